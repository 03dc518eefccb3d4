//! `cargo xtask test`: every check, from formatting to a real browser on local workerd.

use std::fs;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::cmd::{self, run, step};
use crate::server::Server;
use crate::{api_fuzz, build, fault, sandbox, seed, tools};

/// Test messages carry this marker; it must never show up in the worker's logs.
pub const PRIVACY_CANARY: &str = "fd-private-canary";

/// The phone numbers of the verification tests carry these digits (`+1 555 0187 …`);
/// they must never show up in the worker's logs, however the number is written.
pub const PHONE_CANARY: &str = "5550187";
/// The local part every email verification test's address starts with; the worker log
/// must not hold it.
pub const EMAIL_CANARY: &str = "fd-mail-canary";

/// The Workers free plan's limit on a compressed worker bundle.
const FREE_PLAN_LIMIT_KIB: f64 = 3.0 * 1024.0;

pub fn all() -> Result<()> {
    let started = Instant::now();
    let root = crate::workspace_root();
    let port = crate::port_from_env("FRONTDESK_TEST_PORT", 8788)?;
    tools::setup()?;

    // Local loops may skip the static checks (steps 1-5) with FRONTDESK_TEST_FROM=6;
    // CI never sets it.
    let first_step: u32 = std::env::var("FRONTDESK_TEST_FROM")
        .ok()
        .and_then(|raw| raw.parse().ok())
        .unwrap_or(1);
    if first_step <= 5 {
        static_checks()?;
    } else {
        println!("==> FRONTDESK_TEST_FROM={first_step}: skipping the static checks (steps 1-5)");
    }

    step("[test 6/12] build everything for the test server, then check the widget's, the console's and the edge's size budgets");
    build::all(port)?;
    run(Command::new("node").args(["bench/weight.mjs", "--check"]))?;
    run(Command::new("node").args(["bench/console_weight.mjs", "--check"]))?;
    run(Command::new("node").args(["bench/edge.mjs", "--check"]))?;

    step("[test 7/12] deploy dry-run (bundle and config deploy; size against the Workers limit)");
    deploy_dry_run(&root)?;

    step("[test 8/12] start local workerd with a fresh seeded state");
    let state = root.join(".state/test");
    let receiver_port = seed::webhook_receiver_port(port);
    seed::reset(
        &state,
        port,
        &seed::SeedOptions::for_tests(receiver_port, sandbox::port_for_tests(port)),
    )?;
    let log = root.join("target/workerd-test.log");
    let server = Server::start(&state, port, &log)?;
    sandbox::build(&root)?;
    let provider_sandbox = sandbox::Sandbox::start(
        &root,
        sandbox::port_for_tests(port),
        &server.base_url,
        Some(&root.join("target/sandbox-test.log")),
    )?;

    // Before the API suite: browser tests find their conversations in the console's
    // inbox, and the API suite leaves hundreds of open conversations that would push
    // theirs past its first page.
    step("[test 9/12] browser end-to-end tests in headless Debian chromium (playwright-core)");
    run(Command::new("node")
        .args(["--test", "--test-concurrency=1", "tests/e2e/"])
        .env("FRONTDESK_BASE_URL", &server.base_url)
        // console_integrations listens on the API tests' receiver port (free until they run).
        .env("FRONTDESK_WEBHOOK_PORT", receiver_port.to_string())
        .env("FRONTDESK_SANDBOX_URL", &provider_sandbox.url)
        .env("FRONTDESK_CANARY", PRIVACY_CANARY))?;

    step("[test 10/12] API integration suite against workerd (cargo test -p frontdesk-tests)");
    // The one-time codes the tests receive from the sandbox, to look for in the log.
    let code_log = root.join("target/test-codes.txt");
    _ = fs::remove_file(&code_log);
    run(Command::new("cargo")
        .args([
            "test",
            "--quiet",
            "-p",
            "frontdesk-tests",
            "--",
            "--test-threads=2",
        ])
        .env("FRONTDESK_BASE_URL", &server.base_url)
        .env("FRONTDESK_WEBHOOK_PORT", receiver_port.to_string())
        .env("FRONTDESK_SANDBOX_URL", &provider_sandbox.url)
        .env("FRONTDESK_CANARY", PRIVACY_CANARY)
        .env("FRONTDESK_PHONE_CANARY", PHONE_CANARY)
        .env("FRONTDESK_EMAIL_CANARY", EMAIL_CANARY)
        .env("FRONTDESK_CODE_LOG", &code_log))?;

    step("[test 11/12] schemathesis: the OpenAPI document against workerd (no 5xx, no schema or status violations)");
    api_fuzz::run(&root, &server.base_url)?;

    drop(provider_sandbox);
    drop(server);
    let logged = fs::read_to_string(&log).unwrap_or_default();
    if logged.contains(PRIVACY_CANARY) {
        bail!(
            "message text leaked into the worker log ({})",
            log.display()
        );
    }
    println!(
        "    worker log holds no message text (canary absent in {} bytes)",
        logged.len()
    );
    let codes = fs::read_to_string(&code_log).unwrap_or_default();
    check_no_phone_or_code(&logged, &codes)?;

    let fault_port = port.wrapping_add(1);
    step(&format!(
        "[test 12/12] fault: SIGKILL workerd mid-conversation, restart on the same state (port {fault_port})"
    ));
    fault::run(fault_port, PRIVACY_CANARY)?;

    println!(
        "\nall tests passed in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn deploy_dry_run(root: &std::path::Path) -> Result<()> {
    let out_dir = root.join("target/deploy-dry-run");
    let output = cmd::wrangler(root)
        .args(["deploy", "--dry-run", "--outdir"])
        .arg(&out_dir)
        .output()
        .context("running wrangler deploy --dry-run")?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if !output.status.success() {
        bail!("wrangler deploy --dry-run failed:\n{text}");
    }
    let upload = text
        .lines()
        .find(|l| l.contains("Total Upload"))
        .context("wrangler printed no upload size")?;
    let gzip_kib: f64 = upload
        .split("gzip:")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .context("could not read the gzip size")?;
    println!("    {}", upload.trim());
    println!(
        "    compressed bundle {gzip_kib:.0} KiB = {:.0}% of the {FREE_PLAN_LIMIT_KIB:.0} KiB free-plan limit",
        100.0 * gzip_kib / FREE_PLAN_LIMIT_KIB
    );
    if gzip_kib > FREE_PLAN_LIMIT_KIB {
        bail!("the worker bundle is over the Workers free-plan limit");
    }
    Ok(())
}

/// Steps 1-5: formatting, lints, native and browser unit tests, the domain's purity.
fn static_checks() -> Result<()> {
    step("[test 1/12] cargo fmt --check");
    run(Command::new("cargo").args(["fmt", "--all", "--", "--check"]))?;

    step("[test 2/12] cargo clippy --all-targets -D warnings (native, then wasm32 for browser and edge crates)");
    run(Command::new("cargo").args([
        "clippy",
        "--quiet",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(Command::new("cargo").args([
        "clippy",
        "--quiet",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "frontdesk-edge",
        "-p",
        "frontdesk-widget",
        "-p",
        "frontdesk-console",
        "-p",
        "frontdesk-domain",
        "-p",
        "frontdesk-bench-floor",
        "--",
        "-D",
        "warnings",
    ]))?;

    step(
        "[test 3/12] native unit tests (protocol, domain, client core, triage, widget and console logic, tidy: no edge or console import circle, D1 SQL only in store/, each error code written once, no edge file over 500 lines without a reason)",
    );
    run(Command::new("cargo").args([
        "test",
        "--quiet",
        "--workspace",
        "--exclude",
        "frontdesk-tests",
    ]))?;

    step("[test 4/12] widget components and browser-side code in headless chromium (wasm_bindgen_test)");
    run(Command::new("cargo")
        .args([
            // No --quiet: cargo would pass it on to wasm-bindgen-test-runner, which refuses it.
            "test",
            "-p",
            "frontdesk-widget",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env("CHROMEDRIVER", "/usr/bin/chromedriver"))?;

    step("[test 5/12] the pure crates (domain, client core) build for wasm32 and don't depend on the platform");
    for pure in ["frontdesk-domain", "frontdesk-client-core"] {
        run(Command::new("cargo").args([
            "build",
            "--quiet",
            "-p",
            pure,
            "--target",
            "wasm32-unknown-unknown",
        ]))?;
        let tree = cmd::output(Command::new("cargo").args([
            "tree",
            "-p",
            pure,
            "--target",
            "wasm32-unknown-unknown",
            "-e",
            "normal",
        ]))
        .with_context(|| format!("cargo tree -p {pure} failed"))?;
        for platform in ["worker ", "web-sys", "js-sys", "leptos"] {
            if tree.contains(platform) {
                bail!("{pure} must not depend on {platform}");
            }
        }
    }
    println!("    no worker, web-sys, js-sys or leptos in frontdesk-domain's or frontdesk-client-core's tree");
    Ok(())
}

/// The verification tests' phone numbers (by their canary digits, however written), email
/// addresses (by their canary local part) and the one-time codes they received must not
/// be in the worker's log.
fn check_no_phone_or_code(logged: &str, codes: &str) -> Result<()> {
    if logged.to_lowercase().contains(EMAIL_CANARY) {
        bail!("a verification email address leaked into the worker log");
    }
    let squeezed: String = logged
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    if squeezed.contains(PHONE_CANARY) {
        bail!("a verification phone number leaked into the worker log");
    }
    let codes: Vec<&str> = codes.split_whitespace().collect();
    if codes.is_empty() {
        bail!("the API tests recorded no one-time code: the code canary checked nothing");
    }
    // A code is six digits standing alone (not inside a longer number like a timestamp).
    let tokens: std::collections::HashSet<&str> = logged
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 6)
        .collect();
    if let Some(code) = codes.iter().find(|code| tokens.contains(**code)) {
        bail!("a one-time code ({code}) leaked into the worker log");
    }
    println!(
        "    worker log holds no verification phone number or email and none of the {} codes sent",
        codes.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_no_phone_or_code;

    #[test]
    fn the_log_check_finds_a_phone_or_a_code_and_passes_a_clean_log() {
        let clean =
            "[wrangler:info] POST /v1/conversations/c_1/verification/sms 202 (85ms) 1733440000123";
        assert!(check_no_phone_or_code(clean, "123456\n").is_ok());
        // A timestamp holding the digits is not a code standing alone.
        assert!(check_no_phone_or_code("at 17331234567890", "123456").is_ok());
        assert!(check_no_phone_or_code("sent 123456 to someone", "123456").is_err());
        assert!(check_no_phone_or_code("to +1 (555) 018-7123", "123456").is_err());
        assert!(check_no_phone_or_code("to FD-Mail-Canary.1a2b@x.example", "123456").is_err());
        // No code recorded means the check would prove nothing: it fails.
        assert!(check_no_phone_or_code(clean, "").is_err());
    }
}
