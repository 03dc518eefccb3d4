//! Installs what the build and tests need, only when it is missing or the wrong version.
//!
//! Cargo tools go to `~/.cargo/bin`, so later clones on the same machine reuse them.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::cmd::{self, output, run, step};

/// Must equal the `wasm-bindgen` crate version pinned in the root Cargo.toml.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
/// wasm-split (wasm_split_cli_support's binary): cuts the console's `#[lazy]` admin screens
/// out of its main module, as `cargo leptos --split` does; the version the console's
/// `wasm_split_helpers` 0.2 pairs with.
pub const WASM_SPLIT_VERSION: &str = "0.2.4";
pub const WORKER_BUILD_VERSION: &str = "0.8.7";
/// The API fuzzer, installed from PyPI into `.venv/` in the workspace.
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

pub fn setup() -> Result<()> {
    let started = Instant::now();
    let root = crate::workspace_root();
    step("[setup 1/8] Rust target wasm32-unknown-unknown");
    wasm_target()?;
    step(&format!(
        "[setup 2/8] wasm-bindgen-cli {WASM_BINDGEN_VERSION}"
    ));
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        WASM_BINDGEN_VERSION,
        "about 4 minutes on 2 cores",
    )?;
    step(&format!("[setup 3/8] wasm-split-cli {WASM_SPLIT_VERSION}"));
    wasm_split()?;
    step(&format!("[setup 4/8] worker-build {WORKER_BUILD_VERSION}"));
    cargo_tool(
        "worker-build",
        "worker-build",
        WORKER_BUILD_VERSION,
        "about 3 minutes on 2 cores",
    )?;
    step("[setup 5/8] Node.js and npm");
    node()?;
    step("[setup 6/8] npm packages (wrangler/workerd, esbuild, binaryen, playwright-core, lighthouse)");
    npm_packages(&root)?;
    step("[setup 7/8] Debian chromium and chromium-driver (the test browser)");
    chromium()?;
    step(&format!(
        "[setup 8/8] Python venv .venv/ with schemathesis {SCHEMATHESIS_VERSION} (the API fuzzer)"
    ));
    schemathesis(&root)?;
    println!(
        "\nsetup complete in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn wasm_target() -> Result<()> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        println!("    present");
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn cargo_tool(binary: &str, krate: &str, version: &str, how_long: &str) -> Result<()> {
    let found = output(Command::new(binary).arg("--version")).unwrap_or_default();
    if found.split_whitespace().any(|word| word == version) {
        println!("    present: {}", found.trim());
        return Ok(());
    }
    println!("    installing {krate} {version} with cargo install ({how_long})…");
    // Not --locked: the registry copy of wasm-bindgen-cli lacks one locked dependency.
    run(Command::new("cargo").args([
        "install",
        krate,
        "--version",
        &format!("={version}"),
        "--force",
    ]))
}

/// The binary has no `--version`, so its install record is what says which one is there.
fn wasm_split() -> Result<()> {
    let crates = cmd::output(Command::new("cargo").args(["install", "--list"])).unwrap_or_default();
    let wanted = format!("wasm_split_cli_support v{WASM_SPLIT_VERSION}:");
    if crates.lines().any(|line| line.trim() == wanted) {
        println!("    present: wasm_split_cli_support {WASM_SPLIT_VERSION}");
        return Ok(());
    }
    println!("    installing wasm_split_cli_support {WASM_SPLIT_VERSION} with cargo install (about 2 minutes on 2 cores)…");
    run(Command::new("cargo").args([
        "install",
        "wasm_split_cli_support",
        "--version",
        &format!("={WASM_SPLIT_VERSION}"),
        "--features",
        "build-binary",
        "--locked",
        "--force",
    ]))
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

/// `apt-get install`, as root directly or through sudo.
fn apt_install(packages: &[&str]) -> Result<()> {
    let mut prefix: Vec<&str> = Vec::new();
    if !is_root() {
        if output(Command::new("sudo").arg("-n").arg("true")).is_none() {
            bail!(
                "installing {} needs root: run `sudo apt-get install -y {}` and try again",
                packages.join(" "),
                packages.join(" ")
            );
        }
        prefix.push("sudo");
    }
    let apt = |args: &[&str]| {
        let mut all = prefix.clone();
        all.extend_from_slice(args);
        let mut command = Command::new(all[0]);
        command
            .args(&all[1..])
            .env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    println!("    apt-get update…");
    run(&mut apt(&["apt-get", "update", "-q"]))?;
    println!("    apt-get install {}…", packages.join(" "));
    let mut install = vec!["apt-get", "install", "-y", "-q", "--no-install-recommends"];
    install.extend_from_slice(packages);
    run(&mut apt(&install))
}

fn node() -> Result<()> {
    match output(Command::new("node").arg("--version")) {
        Some(version) => {
            let major: u32 = version
                .trim()
                .trim_start_matches('v')
                .split('.')
                .next()
                .and_then(|m| m.parse().ok())
                .unwrap_or(0);
            if major < 20 {
                bail!("Node.js 20 or newer is needed, found {}", version.trim());
            }
            println!("    present: node {}", version.trim());
            Ok(())
        }
        None => apt_install(&["nodejs", "npm"]),
    }
}

fn npm_packages(root: &Path) -> Result<()> {
    let lock = root.join("package-lock.json");
    let stamp = root.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&stamp)) {
        (Ok(lock), Ok(stamp)) => stamp.modified()? >= lock.modified()?,
        _ => false,
    };
    let complete = ["wrangler", "esbuild", "wasm-opt"]
        .iter()
        .all(|bin| cmd::npm_bin(root, bin).exists());
    if fresh && complete {
        println!("    present: node_modules matches package-lock.json");
        return Ok(());
    }
    println!("    npm ci (about 20 s)…");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(root))
    .context("npm ci failed; is the npm registry reachable?")
}

fn chromium() -> Result<()> {
    let have_browser = Path::new("/usr/bin/chromium").exists();
    let have_driver = Path::new("/usr/bin/chromedriver").exists();
    if have_browser && have_driver {
        let version =
            output(Command::new("/usr/bin/chromium").arg("--version")).unwrap_or_default();
        println!("    present: {}", version.trim());
        return Ok(());
    }
    println!("    installing Debian's chromium (about 1–2 minutes)…");
    apt_install(&["chromium", "chromium-driver"])
}

/// The schemathesis command in the workspace's `.venv/`.
pub fn schemathesis_bin(root: &Path) -> std::path::PathBuf {
    root.join(".venv/bin/schemathesis")
}

fn schemathesis(root: &Path) -> Result<()> {
    let bin = schemathesis_bin(root);
    let found = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if found
        .split_whitespace()
        .any(|word| word == SCHEMATHESIS_VERSION)
    {
        println!("    present: {}", found.trim());
        return Ok(());
    }
    let venv = root.join(".venv");
    if !venv.join("bin/pip").exists() {
        if output(Command::new("python3").arg("--version")).is_none() {
            apt_install(&["python3", "python3-venv"])?;
        }
        println!("    python3 -m venv .venv…");
        if run(Command::new("python3").arg("-m").arg("venv").arg(&venv)).is_err() {
            // Debian's python3 ships venv's pip bootstrap separately.
            let _ = std::fs::remove_dir_all(&venv);
            apt_install(&["python3-venv"])?;
            run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        }
    }
    println!("    pip install schemathesis=={SCHEMATHESIS_VERSION} (about 30 s)…");
    run(Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}")))
    .context("pip install schemathesis failed; is the PyPI registry reachable?")
}
