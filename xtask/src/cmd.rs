//! Running commands with a visible step header, timing, and the offline environment.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

/// Environment that keeps wrangler from reaching the internet.
pub const OFFLINE_ENV: [(&str, &str); 3] = [
    ("CLOUDFLARE_CF_FETCH_ENABLED", "false"),
    ("WRANGLER_SEND_METRICS", "false"),
    ("WRANGLER_HIDE_BANNER", "true"),
];

/// Prints a step header so long runs show where they are.
pub fn step(label: &str) {
    println!("\n==> {label}");
}

/// Runs `command` to completion, failing with its name when it fails.
pub fn run(command: &mut Command) -> Result<()> {
    let shown = describe(command);
    let started = Instant::now();
    let status = command
        .status()
        .with_context(|| format!("could not start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    println!("    done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Runs `command` and returns its stdout, or `None` if it can't start or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// A local npm binary from `node_modules/.bin`.
pub fn npm_bin(root: &Path, name: &str) -> std::path::PathBuf {
    root.join("node_modules/.bin").join(name)
}

/// `wrangler` with the offline environment, run from `edge/`.
pub fn wrangler(root: &Path) -> Command {
    let mut command = Command::new(npm_bin(root, "wrangler"));
    command.current_dir(root.join("edge")).envs(OFFLINE_ENV);
    command
}
