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

fn relative_luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio between two colours, from 1 to 21.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// White, near-black or (for mid-tones where neither reaches it) black: the first that
/// reads at 4.5:1 (WCAG AA for normal text) on `background`. Black always reaches it when
/// white does not, so every brand colour gets readable text.
pub fn readable_text_color(background: [u8; 3]) -> &'static str {
    const WHITE: [u8; 3] = [255, 255, 255];
    const INK: [u8; 3] = [17, 24, 39];
    if contrast_ratio(background, WHITE) >= 4.5 {
        "#ffffff"
    } else if contrast_ratio(background, INK) >= 4.5 {
        "#111827"
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
