//! `cargo xtask bench [suite]`: every benchmark suite against a baseline measured in the
//! same run, each appended to BENCHMARKS.md with the date, the machine and the command.
//!
//! The suites themselves are Node scripts in `bench/` (load generation, Miniflare, the
//! browser); this module builds, seeds, runs them in order and records what they print.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::cmd::step;
use crate::{build, seed, tools};

/// One suite: its name on the command line, its heading, its script, and whether it needs
/// a freshly seeded state directory.
struct Suite {
    name: &'static str,
    title: &'static str,
    script: &'static str,
    seeded: bool,
    /// Runs bench/floor-rs beside the JS floor.
    uses_rust_floor: bool,
    /// Starts the provider sandbox (`target/debug/frontdesk-sandbox`) itself.
    uses_sandbox: bool,
}

/// In priority order; `cargo xtask bench` runs them all, then the triage benchmark.
const SUITES: [Suite; 9] = [
    Suite {
        name: "weight",
        title: "Widget weight",
        script: "bench/weight.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: false,
    },
    Suite {
        name: "console-weight",
        title: "Console weight",
        script: "bench/console_weight.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: false,
    },
    Suite {
        name: "edge",
        title: "Edge worker size and cold start",
        script: "bench/edge.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: true,
    },
    Suite {
        name: "relay",
        title: "Relay latency over WebSockets",
        script: "bench/relay.mjs",
        uses_rust_floor: true,
        uses_sandbox: false,
        seeded: true,
    },
    Suite {
        name: "ingest",
        title: "Ingest throughput and CPU per message",
        script: "bench/ingest.mjs",
        uses_rust_floor: true,
        uses_sandbox: false,
        seeded: true,
    },
    Suite {
        name: "channels",
        title: "Channel webhooks: CPU per inbound message against the web path",
        script: "bench/channels.mjs",
        uses_rust_floor: false,
        uses_sandbox: true,
        seeded: true,
    },
    Suite {
        name: "load",
        title: "Load test: concurrent visitors, nothing lost or duplicated",
        script: "bench/load.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: true,
    },
    Suite {
        name: "widget-speed",
        title: "Widget speed in headless chromium",
        script: "bench/widget_speed.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: true,
    },
    Suite {
        name: "lighthouse",
        title: "Lighthouse performance score with and without the widget",
        script: "bench/lighthouse.mjs",
        uses_rust_floor: false,
        uses_sandbox: false,
        seeded: true,
    },
];

/// The triage suite is `cargo xtask bench-triage`, which records itself.
const TRIAGE: &str = "triage";

pub fn names() -> String {
    let mut names: Vec<&str> = SUITES.iter().map(|suite| suite.name).collect();
    names.push(TRIAGE);
    names.join(", ")
}

/// Where a seeded suite keeps its state, for Frontdesk and the floors alike:
/// `FRONTDESK_BENCH_STATE` when set, else `.state/bench`, except the load suite's, which
/// goes to tmpfs (`/dev/shm`) when there is one. Locally every object's commit is an
/// fsync on workerd's one thread, so on a shared disk the load suite measured the other
/// builds' disk traffic more than either server (BENCHMARKS.md, "Load, session 19").
fn bench_state(root: &Path, suite: &Suite, port: u16) -> std::path::PathBuf {
    if let Some(chosen) = std::env::var_os("FRONTDESK_BENCH_STATE") {
        return chosen.into();
    }
    let tmpfs = Path::new("/dev/shm");
    if suite.name == "load" && tmpfs.is_dir() {
        return tmpfs.join(format!("frontdesk-bench-{port}"));
    }
    root.join(".state/bench")
}

/// Runs `only` (a suite name) or every suite.
pub fn run(only: Option<&str>) -> Result<()> {
    let started = Instant::now();
    let chosen: Vec<&Suite> = SUITES
        .iter()
        .filter(|suite| only.is_none_or(|name| name == suite.name))
        .collect();
    if chosen.is_empty() && only != Some(TRIAGE) {
        bail!("unknown suite; the suites are: {}", names());
    }
    let root = crate::workspace_root();
    let port = crate::port_from_env("FRONTDESK_BENCH_PORT", 8794)?;
    tools::setup()?;
    if !chosen.is_empty() {
        build::all(port)?;
    }
    if chosen.iter().any(|suite| suite.uses_rust_floor) {
        build::bench_floor(&root)?;
    }
    if chosen.iter().any(|suite| suite.uses_sandbox) {
        crate::sandbox::build(&root)?;
    }
    let machine = crate::bench::machine();
    let mut summaries = Vec::new();
    // Set-up and build first, then each suite: where a full run's minutes go.
    let mut phases = vec![("set-up and build", started.elapsed().as_secs_f64())];
    for suite in chosen {
        step(&format!("[bench {}] {}", suite.name, suite.title));
        let state = bench_state(&root, suite, port);
        if suite.seeded {
            let sandbox_port = crate::sandbox::port_for_tests(port);
            seed::reset(&state, port, &seed::SeedOptions::for_bench(sandbox_port))?;
        }
        let suite_started = Instant::now();
        let report_file = root.join(format!("target/bench-{}.md", suite.name));
        let _ = fs::remove_file(&report_file);
        let status = Command::new("node")
            .arg(suite.script)
            .env("FRONTDESK_BENCH_PORT", port.to_string())
            .env("FRONTDESK_BENCH_STATE", &state)
            .env("FRONTDESK_BENCH_REPORT", &report_file)
            .stdin(Stdio::null())
            .status()
            .with_context(|| format!("starting node {}", suite.script))?;
        let suite_secs = suite_started.elapsed().as_secs_f64();
        println!("    {} finished in {suite_secs:.0}s", suite.name);
        phases.push((suite.name, suite_secs));
        let text = fs::read_to_string(&report_file).unwrap_or_default();
        if text.trim().is_empty() {
            bail!("{} wrote no report ({status})", suite.script);
        }
        append(&root, suite, &machine, text.trim())?;
        if !status.success() {
            bail!(
                "{} failed ({status}); its report is in BENCHMARKS.md",
                suite.script
            );
        }
        if let Some(line) = text.lines().find(|line| line.starts_with("**Summary:**")) {
            summaries.push(format!(
                "{}: {}",
                suite.name,
                line.trim_start_matches("**Summary:** ")
            ));
        }
    }
    if only.is_none() || only == Some(TRIAGE) {
        let triage_started = Instant::now();
        crate::bench::triage()?;
        phases.push((TRIAGE, triage_started.elapsed().as_secs_f64()));
    }
    if !summaries.is_empty() {
        step("[bench] summary (ratios against same-run baselines)");
        for line in summaries {
            println!("    {line}");
        }
    }
    let total = started.elapsed().as_secs_f64();
    if only.is_none() {
        append_total(&root, &machine, total, &phases)?;
    }
    println!("\nbenchmarks finished in {total:.0}s; results appended to BENCHMARKS.md");
    Ok(())
}

/// A full run must fit in this on 2 cores (issue 8).
const FULL_RUN_BUDGET_SECS: f64 = 15.0 * 60.0;

/// Records how long the whole `cargo xtask bench` took, and where the time went.
fn append_total(root: &Path, machine: &str, total: f64, phases: &[(&str, f64)]) -> Result<()> {
    let verdict = if total < FULL_RUN_BUDGET_SECS {
        "met"
    } else {
        "MISSED"
    };
    let seconds = total.round() as u64;
    let parts: Vec<String> = phases
        .iter()
        .map(|(name, secs)| format!("{name} {secs:.0} s"))
        .collect();
    let entry = format!(
        "\n## Full benchmark run ({}, {machine})\n\n`cargo xtask bench` took {} min {} s \
         in all (target: under 15 minutes on 2 cores: {verdict}): {}.\n",
        utc_now(),
        seconds / 60,
        seconds % 60,
        parts.join(", "),
    );
    let path = root.join("BENCHMARKS.md");
    let mut text = fs::read_to_string(&path).context("reading BENCHMARKS.md")?;
    text.push_str(&entry);
    fs::write(&path, text)?;
    println!("    run time appended to {}", path.display());
    Ok(())
}

fn utc_now() -> String {
    crate::cmd::output(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"]))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn append(root: &Path, suite: &Suite, machine: &str, report: &str) -> Result<()> {
    let path = root.join("BENCHMARKS.md");
    let mut text = fs::read_to_string(&path).context("reading BENCHMARKS.md")?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "\n## {} ({}, {machine})\n\n`cargo xtask bench {}` (runs `node {}` against a fresh build)\n\n{report}\n",
        suite.title,
        utc_now(),
        suite.name,
        suite.script,
    ));
    fs::File::create(&path)?.write_all(text.as_bytes())?;
    println!("    appended to {}", path.display());
    Ok(())
}
