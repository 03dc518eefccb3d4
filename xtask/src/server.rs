//! Starting and stopping `wrangler dev` (local workerd) for dev and for tests.

use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::cmd::{self, step};

fn dev_command(state: &Path, port: u16) -> Command {
    let root = crate::workspace_root();
    let mut command = cmd::wrangler(&root);
    command
        .args(["dev", "--ip", "127.0.0.1", "--port"])
        .arg(port.to_string())
        .args(["--persist-to"])
        .arg(state)
        // Its own inspector port: workerd fails to start when another wrangler holds the
        // default 9229.
        .arg("--inspector-port")
        .arg(inspector_port(port).to_string())
        .args(["--test-scheduled", "--show-interactive-dev-session=false"]);
    command
}

/// The inspector port of the server on `port`.
fn inspector_port(port: u16) -> u16 {
    port.wrapping_add(20_000)
}

/// Runs the whole system in the foreground until Ctrl-C.
pub fn run_foreground(state: &Path, port: u16) -> Result<()> {
    step(&format!("[dev] wrangler dev on http://127.0.0.1:{port}"));
    println!("    demo clinic site: http://127.0.0.1:{port}/");
    println!(
        "    staff console:    http://127.0.0.1:{port}/console/  (admin@demo.test / demo-password)"
    );
    println!("    widget loader:    http://127.0.0.1:{port}/widget.js");
    cmd::run(&mut dev_command(state, port))
}

/// A `wrangler dev` running in its own process group, stopped on drop.
pub struct Server {
    child: Child,
    pub base_url: String,
}

impl Server {
    /// Starts workerd with output captured in `log` and waits until it answers.
    pub fn start(state: &Path, port: u16, log: &Path) -> Result<Server> {
        // A server killed a moment ago may still be letting go of the port.
        let free_by = Instant::now() + Duration::from_secs(10);
        let in_use = |port| TcpStream::connect(("127.0.0.1", port)).is_ok();
        while in_use(port) || in_use(inspector_port(port)) {
            if Instant::now() > free_by {
                bail!(
                    "port {port} is already in use; stop what runs there or set FRONTDESK_TEST_PORT"
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        let out = File::create(log).with_context(|| format!("creating {}", log.display()))?;
        let child = dev_command(state, port)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            // Its own process group, so stopping it also stops workerd.
            .process_group(0)
            .spawn()
            .context("starting wrangler dev")?;
        let server = Server {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
        };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if health(port) {
                println!(
                    "    workerd ready at {} in {:.1}s",
                    server.base_url,
                    started.elapsed().as_secs_f64()
                );
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        bail!(
            "wrangler dev did not answer within 60 s; see {}",
            log.display()
        )
    }
}

impl Server {
    /// SIGKILL to the whole process group: a crash, with no chance to flush or close.
    pub fn kill_hard(mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

/// Whether `GET /v1/health` answers 200.
fn health(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request =
        format!("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.ends_with(b"200")
}
