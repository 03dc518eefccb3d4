//! Brand colours: parse them and pick a readable text colour (WCAG contrast).

/// Parses `#rrggbb` into its three channels.
pub fn parse_hex_color(raw: &str) -> Option<[u8; 3]> {
    let hex = raw.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2 relative luminance of an sRGB colour, from 0 (black) to 1 (white).
pub fn relative_luminance([r, g, b]: [u8; 3]) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.03928 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG 2 contrast ratio between two colours, from 1 to 21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// At or below this luminance, white text reads at 4.5:1: `1.05 / 4.5 - 0.05` =
/// 0.1833333333…, written as the midpoint between the two sRGB colours nearest it (2e-8
/// either side), so the literal decides every colour as the exact value does (a test
/// checks all of them).
/// The widget's loader colours its launcher by these two numbers before the clinic's
/// settings arrive (`widget/loader/widget.js`; a client-core test holds it to them).
pub const WHITE_TEXT_MAX_LUMINANCE: f64 = 0.18333332;

/// At or above this luminance, the ink (#111827) reads at 4.5:1: `4.5 × (L(ink) +
/// 0.05) − 0.05` = 0.2163514868…, written the same way (1.4e-8 and 1.6e-8 from the
/// nearest colours).
pub const INK_TEXT_MIN_LUMINANCE: f64 = 0.2163515;

/// White, near-black or (for mid-tones where neither reaches it) black: the first that
/// reads at 4.5:1 (WCAG AA for normal text) on `background`. Black always reaches it when
/// white does not, so every brand colour gets readable text.
pub fn readable_text_color(background: [u8; 3]) -> &'static str {
    let luminance = relative_luminance(background);
    if luminance <= WHITE_TEXT_MAX_LUMINANCE {
        "#ffffff"
    } else if luminance >= INK_TEXT_MIN_LUMINANCE {
        "#111827"
    } else {
        "#000000"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The near-black ink of the panel's text, `#111827`.
    const INK: [u8; 3] = [17, 24, 39];

    #[test]
    fn parses_only_hex_triplets() {
        assert_eq!(parse_hex_color("#0f766e"), Some([0x0f, 0x76, 0x6e]));
        for bad in ["0f766e", "#0f766", "#0g766e", "teal", "#0f766e0"] {
            assert_eq!(parse_hex_color(bad), None, "{bad}");
        }
    }

    #[test]
    fn readable_text_on_brand_colours() {
        let cases = [
            ("#0f766e", "#ffffff"),
            ("#ffeb3b", "#111827"),
            ("#ffffff", "#111827"),
            ("#000000", "#ffffff"),
        ];
        for (brand, expected) in cases {
            let background = parse_hex_color(brand).unwrap();
            let text = readable_text_color(background);
            assert_eq!(text, expected, "{brand}");
            let ratio = contrast_ratio(background, parse_hex_color(text).unwrap());
            assert!(ratio >= 4.5, "{brand}: {ratio}");
        }
    }

    /// The luminance thresholds decide exactly as the contrast ratios they stand for, for
    /// every one of the 16,777,216 sRGB colours, and no colour lies within 1e-8 of a
    /// threshold, so the loader's JavaScript (whose `**` may differ from `powf` in the
    /// last bits) decides the same too.
    #[test]
    fn the_thresholds_are_the_contrast_rule_for_every_colour() {
        const WHITE: [u8; 3] = [255, 255, 255];
        let ink = relative_luminance(INK);
        let exact_white = 1.05 / 4.5 - 0.05;
        let exact_ink = 4.5 * (ink + 0.05) - 0.05;
        assert!((exact_white - WHITE_TEXT_MAX_LUMINANCE).abs() < 1e-7);
        assert!((exact_ink - INK_TEXT_MIN_LUMINANCE).abs() < 1e-7);
        let table: Vec<f64> = (0..=255u8).map(linear).collect();
        let mut nearest = f64::MAX;
        for r in 0..=255u8 {
            for g in 0..=255u8 {
                for b in 0..=255u8 {
                    let l = 0.2126 * table[usize::from(r)]
                        + 0.7152 * table[usize::from(g)]
                        + 0.0722 * table[usize::from(b)];
                    let white_reads = (1.0 + 0.05) / (l + 0.05) >= 4.5;
                    let ink_reads = (l.max(ink) + 0.05) / (l.min(ink) + 0.05) >= 4.5 && l > ink;
                    assert_eq!(white_reads, l <= WHITE_TEXT_MAX_LUMINANCE, "{r} {g} {b}");
                    assert_eq!(ink_reads, l >= INK_TEXT_MIN_LUMINANCE, "{r} {g} {b}");
                    nearest = nearest
                        .min((l - WHITE_TEXT_MAX_LUMINANCE).abs())
                        .min((l - INK_TEXT_MIN_LUMINANCE).abs());
                }
            }
        }
        assert!(nearest > 1e-8, "a colour lies {nearest} from a threshold");
        assert_eq!(contrast_ratio(WHITE, WHITE), 1.0);
    }

    #[test]
    fn every_brand_colour_gets_text_at_four_and_a_half_to_one() {
        // Every colour on an 18-step grid per channel (5,832 colours), mid-tones included.
        let steps: Vec<u8> = (0..=255u8).step_by(15).collect();
        for &r in &steps {
            for &g in &steps {
                for &b in &steps {
                    let background = [r, g, b];
                    let text = parse_hex_color(readable_text_color(background)).unwrap();
                    let ratio = contrast_ratio(background, text);
                    assert!(ratio >= 4.5, "{background:?}: {ratio}");
                }
            }
        }
    }
}
