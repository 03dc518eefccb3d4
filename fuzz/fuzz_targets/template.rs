//! Fuzzes saved-reply template rendering: any template and any visitor name give an
//! answer or a reason, never a panic, and a value is never expanded as a template.
#![no_main]

use frontdesk_domain::template::{self, Values};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first line is a visitor name, the rest the template.
    let (name, body) = text.split_once('\n').unwrap_or(("", &text));
    let values: Values = [("visitor.name", name), ("clinic.phone", "+1 555 0100")]
        .into_iter()
        .collect();
    let rendered = template::render(body, &values);
    assert_eq!(rendered.is_ok(), template::validate(body).is_ok());
    if let Ok(out) = rendered {
        // The name is inserted verbatim: rendering it alone gives it back unchanged.
        let alone = template::render("{{visitor.name}}", &values).expect("valid");
        assert_eq!(alone, name.trim());
        assert!(out.len() <= body.len() + name.len() * body.matches("{{").count() + 16 * body.matches("{{").count());
    }
});
