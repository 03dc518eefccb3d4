//! Schemathesis against `openapi/frontdesk.json` and the running test workerd.
//!
//! A fixed seed and example count keep the run repeatable and bounded; the hooks in
//! `tests/schemathesis/hooks.py` give it a real conversation, its token and a staff
//! session, so it gets past authentication into validation and storage.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::tools;

/// The same seed every run: a failure reproduces with the printed command.
const SEED: &str = "20261126";
/// Generated cases per operation in the fuzzing phase.
const MAX_EXAMPLES: &str = "25";

pub fn run(root: &Path, base_url: &str) -> Result<()> {
    let started = Instant::now();
    let report = root.join("target/schemathesis");
    let _ = std::fs::remove_dir_all(&report);
    let mut command = Command::new(tools::schemathesis_bin(root));
    command
        .args(["--config-file", "tests/schemathesis/schemathesis.toml"])
        .args(["run", "openapi/frontdesk.json", "--url", base_url])
        .args(["--seed", SEED, "--max-examples", MAX_EXAMPLES])
        .args(["--phases", "examples,coverage,fuzzing"])
        // Every check: no 5xx; every status, content type, header and body as documented;
        // invalid input refused, valid input accepted, undocumented methods 405, auth
        // enforced, and what was created is there and what was deleted is gone.
        .args(["--checks", "all"])
        .args(["--workers", "1", "--no-color"])
        .args(["--generation-database", "none"])
        // Valid UTF-8 only: JSON can't carry lone surrogates, so they'd only test serde.
        .args(["--generation-codec", "utf-8"])
        .args(["--suppress-health-check", "all"])
        .args(["--report", "ndjson", "--report-dir"])
        .arg(&report)
        .current_dir(root)
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .env("PYTHONPATH", root.join("tests/schemathesis"))
        .env("FRONTDESK_BASE_URL", base_url)
        .stdin(Stdio::null());
    let shown = crate::cmd::describe(&command);
    let status = command
        .status()
        .with_context(|| format!("could not start `{shown}`"))?;
    let (calls, operations, statuses) = summarise(&report).unwrap_or_default();
    println!(
        "    schemathesis: {calls} calls over {operations} operations in {:.0}s (seed {SEED}); \
         statuses seen: {statuses}",
        started.elapsed().as_secs_f64()
    );
    if !status.success() {
        bail!("schemathesis found failures (see above; reproduce with `{shown}`)");
    }
    if calls == 0 {
        bail!("schemathesis made no calls");
    }
    Ok(())
}

/// Counts the calls, the operations they covered and the statuses from the ndjson report.
fn summarise(report: &Path) -> Option<(usize, usize, String)> {
    let file = std::fs::read_dir(report)
        .ok()?
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "ndjson"))?;
    let text = std::fs::read_to_string(file.path()).ok()?;
    let mut calls = 0;
    let mut operations = BTreeSet::new();
    let mut statuses = BTreeMap::<u64, usize>::new();
    for line in text.lines() {
        let Ok(event) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let recorder = &event["ScenarioFinished"]["recorder"];
        let Some(interactions) = recorder["interactions"].as_object() else {
            continue;
        };
        if let Some(label) = recorder["label"].as_str() {
            operations.insert(label.to_owned());
        }
        for interaction in interactions.values() {
            calls += 1;
            if let Some(status) = interaction["response"]["status_code"].as_u64() {
                *statuses.entry(status).or_default() += 1;
            }
        }
    }
    let statuses = statuses
        .iter()
        .map(|(status, count)| format!("{status}×{count}"))
        .collect::<Vec<_>>()
        .join(" ");
    Some((calls, operations.len(), statuses))
}
