//! The widget's loader colours the launcher's text before the clinic's settings arrive,
//! in JavaScript (the panel's wasm is not loaded yet); it must follow the server's rule,
//! `domain::theme::readable_text_color`, which holds the thresholds.

use frontdesk_domain::theme::{INK_TEXT_MIN_LUMINANCE, WHITE_TEXT_MAX_LUMINANCE};

const LOADER: &str = include_str!("../../widget/loader/widget.js");

#[test]
fn the_loader_colours_text_by_the_domain_thresholds() {
    let decision = format!(
        "brand(color, l > {WHITE_TEXT_MAX_LUMINANCE} ? l < {INK_TEXT_MIN_LUMINANCE} ? '#000' : '#111827' : '#fff');"
    );
    assert!(
        LOADER.contains(&decision),
        "widget/loader/widget.js must decide the launcher's text as domain::theme does:\n{decision}"
    );
    // The same luminance: sRGB's linear toe and the WCAG weights.
    for part in [
        "> 0.03928 ? ((h + .055) / 1.055) ** 2.4 : h / 12.92",
        "const l = .2126 * r + .7152 * g + .0722 * b;",
    ] {
        assert!(LOADER.contains(part), "the loader lost {part:?}");
    }
}
