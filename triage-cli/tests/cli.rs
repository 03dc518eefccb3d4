//! Runs the `frontdesk-triage` binary on a few lines and checks order and JSON shape.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &[u8]) -> (String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontdesk-triage"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("input written");
    let output = child.wait_with_output().expect("binary finishes");
    (
        String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        output.status.success(),
    )
}

#[test]
fn one_json_object_per_line_in_order() {
    let input: &[u8] = b"I can't breathe\n\nstill bleeding after my extraction\r\nhow much is a cleaning?\nwhere do I park\xff?";
    let (stdout, ok) = run(&[], input);
    assert!(ok);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    let got: Vec<(&str, &str)> = lines
        .iter()
        .map(|v| {
            (
                v["urgency"].as_str().expect("urgency"),
                v["department"].as_str().expect("department"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("emergency", "clinical"),
            ("routine", "front-desk"),
            ("urgent", "clinical"),
            ("routine", "billing"),
            ("routine", "front-desk"),
        ]
    );
    for value in &lines {
        assert!(value["reason"].as_str().is_some_and(|r| !r.is_empty()));
        assert!(value["language"].is_string());
        assert!(value["signals"].is_array());
    }
}

#[test]
fn clinic_file_is_used_and_bad_arguments_fail() {
    let dir = std::env::temp_dir().join(format!("frontdesk-triage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let demo = include_str!("../../clinics/demo.toml");
    let custom = demo.replace("emergency = []", "emergency = [\"code blue\"]");
    assert_ne!(custom, demo, "demo.toml has an emergency list to extend");
    let path = dir.join("clinic.toml");
    std::fs::write(&path, custom).expect("config written");
    let path = path.to_str().expect("UTF-8 path");
    let (stdout, ok) = run(&["--clinic", path], b"code blue in room 2\n");
    assert!(ok);
    assert!(stdout.contains("\"emergency\""), "{stdout}");
    let (_, ok) = run(&["--clinic"], b"");
    assert!(!ok);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_names_the_presentation_and_discriminator() {
    let (stdout, ok) = run(&[], b"fever and a stiff neck\n");
    assert!(ok);
    let value: serde_json::Value = serde_json::from_str(stdout.trim()).expect("JSON");
    assert_eq!(value["urgency"], "emergency");
    assert_eq!(value["presentation"], "fever (adult, sepsis)");
    assert!(value["discriminator"]
        .as_str()
        .is_some_and(|d| d.contains("stiff neck")));
}

#[test]
fn the_shipped_model_is_what_the_corpus_trains() {
    // Retrain with `cargo run --release -p frontdesk-triage --bin frontdesk-triage-train`
    // after changing the corpus, the normaliser or the features.
    let output = Command::new(env!("CARGO_BIN_EXE_frontdesk-triage-train"))
        .arg("--check")
        .output()
        .expect("trainer runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn rules_only_leaves_out_the_learned_second_opinion() {
    let corpus: String = include_str!("../../domain/tests/corpus/05-en-phone.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('\t').nth(3))
        .map(|text| format!("{text}\n"))
        .collect();
    let (with_model, ok) = run(&[], corpus.as_bytes());
    assert!(ok);
    let (rules_only, ok) = run(&["--rules-only"], corpus.as_bytes());
    assert!(ok);
    assert_eq!(with_model.lines().count(), rules_only.lines().count());
    assert!(
        with_model.contains("learned second opinion"),
        "the model lifts some lines"
    );
    assert!(
        !rules_only.contains("learned second opinion"),
        "{rules_only}"
    );
    let (_, ok) = run(&["--rules-only", "--rules-only"], b"");
    assert!(!ok, "a repeated flag is a usage error");
}
