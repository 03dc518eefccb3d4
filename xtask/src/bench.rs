//! `cargo xtask bench-triage`: triage cost per message, native and as wasm in V8, appended
//! to BENCHMARKS.md.

use std::fs;
use std::io::Write;
use std::process::Command;

use anyhow::{Context, Result};

use crate::cmd::{self, run, step};

const NATIVE_COMMAND: &str = "cargo run --release -q -p frontdesk-bench-triage";
const WASM_COMMAND: &str = "node bench/triage/run.mjs target/bench-triage-wasm";

const HEADER: &str = "# Benchmarks\n\n\
Measured results, newest last. Each entry names the command that produced it; rerun it \
on your machine rather than comparing across machines.\n";

pub fn triage() -> Result<()> {
    let root = crate::workspace_root();
    step(
        "[bench 1/2] triage per message, native release build, over domain/tests/corpus/00-seed.tsv",
    );
    let native = cmd::output(Command::new("cargo").args([
        "run",
        "--release",
        "-q",
        "-p",
        "frontdesk-bench-triage",
    ]))
    .context("running the native triage benchmark")?;
    let native = native.trim().to_owned();
    println!("    {native}");

    step("[bench 2/2] triage per message as wasm32 in V8 (the edge's release profile + wasm-opt)");
    build_triage_wasm(&root)?;
    let wasm = cmd::output(
        Command::new("node").args(["bench/triage/run.mjs", "target/bench-triage-wasm"]),
    )
    .context("running the wasm triage benchmark")?;
    let wasm = wasm.trim().to_owned();
    println!("    {wasm}");

    let path = root.join("BENCHMARKS.md");
    let mut text = fs::read_to_string(&path).unwrap_or_else(|_| HEADER.to_owned());
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "\n## Triage, native and wasm ({}, {})\n\n`cargo xtask bench-triage` runs:\n\n\
         - `{NATIVE_COMMAND}`\n\n      {native}\n\n- `{WASM_COMMAND}`\n\n      {wasm}\n",
        today(),
        machine()
    ));
    fs::File::create(&path)?.write_all(text.as_bytes())?;
    println!("    appended to {}", path.display());
    Ok(())
}

/// Builds the harness crate the way worker-build builds the edge: release profile,
/// wasm-bindgen, then wasm-opt.
fn build_triage_wasm(root: &std::path::Path) -> Result<()> {
    run(Command::new("cargo")
        .args([
            "build",
            "--quiet",
            "--release",
            "-p",
            "frontdesk-bench-triage",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env(
            "CARGO_ENCODED_RUSTFLAGS",
            crate::build::release_wasm_rustflags(root),
        ))?;
    let out_dir = root.join("target/bench-triage-wasm");
    run(Command::new(crate::build::wasm_bindgen_bin())
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&out_dir)
        .arg(root.join("target/wasm32-unknown-unknown/release/frontdesk_bench_triage.wasm")))?;
    let wasm = out_dir.join("frontdesk_bench_triage_bg.wasm");
    run(Command::new(cmd::npm_bin(root, "wasm-opt"))
        .arg("-O")
        .args(crate::build::WASM_FEATURES)
        .arg("-o")
        .arg(&wasm)
        .arg(&wasm))
}

fn today() -> String {
    cmd::output(Command::new("date").args(["-u", "+%Y-%m-%d"]))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// "2 cores, <CPU model>", from the standard library and /proc/cpuinfo.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    format!("{cores} cores, {cpu}")
}
