//! `cargo xtask`: build, dev, test and deploy-check orchestration for Frontdesk.
//!
//! Every command first installs what is missing (see `tools`), so a fresh clone on a
//! fresh Debian machine needs only `cargo xtask dev` or `cargo xtask test`.

mod api_fuzz;
mod bench;
mod bench_suites;
mod build;
mod cmd;
mod fault;
mod sandbox;
mod seed;
mod server;
mod test;
mod tidy;
mod tools;

use std::path::PathBuf;

use anyhow::{bail, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

  dev      install what is missing, build, seed, and run everything on local workerd
           at http://127.0.0.1:$PORT (default 8787), with the provider sandbox at
           http://127.0.0.1:8790
  test     install what is missing, then run every check and test (fmt, clippy,
           native tests, build, API and browser tests on local workerd, deploy dry-run)
  test-fault
           only the restart fault step (SIGKILL workerd mid-conversation, restart,
           check nothing was lost) on FRONTDESK_TEST_PORT + 1; run `build` first
  setup    only install what is missing
  build    only build the edge worker, widget, console and demo site into dist/
  seed     reset the local dev database and load the dev seed
  bench [suite]
           run every benchmark suite (or one: weight, console-weight, edge, relay, ingest,
           channels, load, widget-speed, lighthouse, triage) against same-run baselines; append to
           BENCHMARKS.md
  bench-triage
           time triage per message (native, release) over the corpus against a
           lowercase+contains baseline, and append the result to BENCHMARKS.md
";

fn main() {
    if let Err(error) = run() {
        eprintln!("\nxtask: error: {error:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("dev") => {
            let port = port_from_env("PORT", 8787)?;
            tools::setup()?;
            build::all(port)?;
            let state = root.join(".state/dev");
            seed::reset(&state, port, &seed::SeedOptions::default())?;
            sandbox::build(&root)?;
            let provider_sandbox = sandbox::Sandbox::start(
                &root,
                sandbox::DEV_PORT,
                &format!("http://127.0.0.1:{port}"),
                None,
            )?;
            println!(
                "    provider sandbox: {}/  (play the patient on SMS)",
                provider_sandbox.url
            );
            server::run_foreground(&state, port)
        }
        Some("test") => test::all(),
        Some("bench") => bench_suites::run(args.get(1).map(String::as_str)),
        // The restart fault step alone, on its own server (after `cargo xtask build`).
        Some("test-fault") => {
            let port = port_from_env("FRONTDESK_TEST_PORT", 8788)?;
            fault::run(port.wrapping_add(1), test::PRIVACY_CANARY)
        }
        Some("bench-triage") => bench::triage(),
        Some("setup") => tools::setup(),
        Some("build") => {
            tools::setup()?;
            build::all(port_from_env("PORT", 8787)?)
        }
        Some("seed") => seed::reset(
            &root.join(".state/dev"),
            port_from_env("PORT", 8787)?,
            &seed::SeedOptions::from_env(),
        ),
        _ => {
            eprint!("{USAGE}");
            bail!("unknown command")
        }
    }
}

fn port_from_env(name: &str, default: u16) -> Result<u16> {
    match std::env::var(name) {
        Ok(raw) => raw
            .parse()
            .map_err(|_| anyhow::anyhow!("{name}={raw} is not a port number")),
        Err(_) => Ok(default),
    }
}

/// The workspace root: this crate's parent directory.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
