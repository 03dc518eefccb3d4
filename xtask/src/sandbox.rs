//! The provider sandbox (`sandbox/`, a dev tool): built and started next to workerd by
//! `cargo xtask dev` (at 8790) and by `cargo xtask test` (its own port, handed to the
//! API tests as `FRONTDESK_SANDBOX_URL`).

use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::cmd::{run, step};

/// The sandbox's port in dev, fixed by CONTRACT.md.
pub const DEV_PORT: u16 = 8790;

/// The test sandbox's port for a test server on `port` (8788 → 8798).
pub fn port_for_tests(port: u16) -> u16 {
    port.wrapping_add(10)
}

/// The sandbox's base URL on `port`.
pub fn url(port: u16) -> String {
    format!("http://127.0.0.1:{port}")
}

/// Builds the sandbox binary (a small debug build: it serves a handful of local calls).
pub fn build(root: &Path) -> Result<()> {
    step("[sandbox] build the provider sandbox");
    run(Command::new("cargo").current_dir(root).args([
        "build",
        "--quiet",
        "-p",
        "frontdesk-sandbox",
    ]))
}

/// A running sandbox, stopped on drop.
pub struct Sandbox {
    child: Child,
    pub url: String,
}

impl Sandbox {
    /// Starts the sandbox on `port`, sending webhooks to `edge`, with output in `log`
    /// (or inherited when `None`), and waits until it answers.
    pub fn start(root: &Path, port: u16, edge: &str, log: Option<&Path>) -> Result<Sandbox> {
        if answers(port) {
            bail!(
                "port {port} is already in use; stop what runs there (the provider sandbox's port)"
            );
        }
        let mut command = Command::new(root.join("target/debug/frontdesk-sandbox"));
        command
            .args(["--port", &port.to_string(), "--edge", edge])
            .stdin(Stdio::null());
        if let Some(log) = log {
            let out = File::create(log).with_context(|| format!("creating {}", log.display()))?;
            command.stdout(out.try_clone()?).stderr(out);
        }
        let child = command.spawn().context("starting the provider sandbox")?;
        let sandbox = Sandbox {
            child,
            url: url(port),
        };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if answers(port) {
                return Ok(sandbox);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        bail!("the provider sandbox did not answer on port {port} within 10 s")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether `GET /sandbox/health` answers 200.
fn answers(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = format!(
        "GET /sandbox/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.ends_with(b"200")
}
