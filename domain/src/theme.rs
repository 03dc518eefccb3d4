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
/// checks all of them). The widget's loader colours its launcher by this number before
/// the clinic's settings arrive (`widget/loader/widget.js`; a client-core test holds it
/// to it).
pub const WHITE_TEXT_MAX_LUMINANCE: f64 = 0.18333332;

/// White where it reads at 4.5:1 (WCAG AA for normal text) on `background`, else black,
/// which then always does (a test checks every colour). Two colours and one threshold,
/// because the loader must apply the same rule in JavaScript within its 1,500 B brotli
/// budget: a third colour (the panel's ink, #111827, where it reaches 4.5:1) took the
/// loader to 1,521 B (BENCHMARKS.md, "Client core").
pub fn readable_text_color(background: [u8; 3]) -> &'static str {
    if relative_luminance(background) <= WHITE_TEXT_MAX_LUMINANCE {
        "#ffffff"
    } else {
        "#000000"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("#ffeb3b", "#000000"),
            ("#ffffff", "#000000"),
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

    /// The luminance threshold decides exactly as the contrast ratio it stands for, for
    /// every one of the 16,777,216 sRGB colours, and no colour lies within 1e-8 of it,
    /// so the loader's JavaScript (whose `**` may differ from `powf` in the last bits)
    /// decides the same too.
    #[test]
    fn the_threshold_is_the_contrast_rule_for_every_colour() {
        let exact = 1.05 / 4.5 - 0.05;
        assert!((exact - WHITE_TEXT_MAX_LUMINANCE).abs() < 1e-7);
        let table: Vec<f64> = (0..=255u8).map(linear).collect();
        let mut nearest = f64::MAX;
        for r in 0..=255u8 {
            for g in 0..=255u8 {
                for b in 0..=255u8 {
                    let l = 0.2126 * table[usize::from(r)]
                        + 0.7152 * table[usize::from(g)]
                        + 0.0722 * table[usize::from(b)];
                    let white_reads = (1.0 + 0.05) / (l + 0.05) >= 4.5;
                    assert_eq!(white_reads, l <= WHITE_TEXT_MAX_LUMINANCE, "{r} {g} {b}");
                    nearest = nearest.min((l - WHITE_TEXT_MAX_LUMINANCE).abs());
                }
            }
        }
        assert!(nearest > 1e-8, "a colour lies {nearest} from the threshold");
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
