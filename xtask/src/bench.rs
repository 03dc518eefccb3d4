//! `cargo xtask bench-triage`: triage cost per message, appended to BENCHMARKS.md.

use std::fs;
use std::io::Write;
use std::process::Command;

use anyhow::{Context, Result};

use crate::cmd::{self, step};

const COMMAND: &str = "cargo run --release -q -p frontdesk-domain --example bench_triage";

const HEADER: &str = "# Benchmarks\n\n\
Measured results, newest last. Each entry names the command that produced it; rerun it \
on your machine rather than comparing across machines.\n";

pub fn triage() -> Result<()> {
    step("[bench] triage per message, native release build, over domain/tests/triage_corpus.tsv");
    let output = cmd::output(Command::new("cargo").args([
        "run",
        "--release",
        "-q",
        "-p",
        "frontdesk-domain",
        "--example",
        "bench_triage",
    ]))
    .context("running the triage benchmark")?;
    let result = output.trim();
    println!("    {result}");
    let path = crate::workspace_root().join("BENCHMARKS.md");
    let mut text = fs::read_to_string(&path).unwrap_or_else(|_| HEADER.to_owned());
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let date = cmd::output(Command::new("date").args(["-u", "+%Y-%m-%d"]))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    text.push_str(&format!(
        "\n## Triage, native ({date}, {cores} cores)\n\n`{COMMAND}` (via `cargo xtask bench-triage`)\n\n    {result}\n"
    ));
    fs::File::create(&path)?.write_all(text.as_bytes())?;
    println!("    appended to {}", path.display());
    Ok(())
}
