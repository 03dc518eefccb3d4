//! Fuzzes triage with the demo clinic's real rules: any text gets an answer, no panic.
#![no_main]

use std::sync::OnceLock;

use frontdesk_domain::{triage, ClinicConfig};
use libfuzzer_sys::fuzz_target;

fn demo() -> &'static ClinicConfig {
    static DEMO: OnceLock<ClinicConfig> = OnceLock::new();
    DEMO.get_or_init(|| {
        toml::from_str(include_str!("../../clinics/demo.toml")).expect("demo.toml parses")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = triage::triage(&demo().triage, &text);
});
