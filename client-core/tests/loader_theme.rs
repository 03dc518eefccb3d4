//! The widget's loader colours the launcher's text before the clinic's settings arrive,
//! in JavaScript (the panel's wasm is not loaded yet); it must follow the server's rule,
//! `domain::theme::readable_text_color`, which holds the thresholds.

use frontdesk_domain::theme::WHITE_TEXT_MAX_LUMINANCE;

const LOADER: &str = include_str!("../../widget/loader/widget.js");

#[test]
fn the_loader_colours_text_by_the_domain_threshold() {
    // The WCAG luminance (sRGB's linear toe included), then the threshold.
    let decision = format!(
        "brand(color, .2126 * r + .7152 * g + .0722 * b > {WHITE_TEXT_MAX_LUMINANCE} ? '#000' : '#fff');"
    );
    assert!(
        LOADER.contains(&decision),
        "widget/loader/widget.js must decide the launcher's text as domain::theme does:\n{decision}"
    );
    let channel = "(h = parseInt(h, 16) / 255) > .03928 ? ((h + .055) / 1.055) ** 2.4 : h / 12.92";
    assert!(
        LOADER.contains(channel),
        "the loader lost the sRGB channel formula {channel:?}"
    );
}
