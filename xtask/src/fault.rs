//! The restart fault test: SIGKILL local workerd mid-conversation, start it again on the
//! same state directory, and check that nothing acknowledged was lost or duplicated.
//!
//! It runs its own server (test port + 1, `.state/fault`) because it kills it.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use serde_json::{json, Value};

use crate::seed;
use crate::server::Server;

/// What a webhook receiver got: (path, body).
type Deliveries = Arc<Mutex<Vec<(String, String)>>>;

/// How long an answer that arrives through the queue or an alarm may take.
const PATIENCE: Duration = Duration::from_secs(60);

pub fn run(port: u16, canary: &str) -> Result<()> {
    let root = crate::workspace_root();
    let state = root.join(".state/fault");
    let receiver_port = seed::webhook_receiver_port(port);
    seed::reset(
        &state,
        port,
        &seed::SeedOptions::for_tests(receiver_port, crate::sandbox::port_for_tests(port)),
    )?;
    let deliveries = start_receiver(receiver_port)?;
    let log = root.join("target/workerd-fault.log");
    let server = Server::start(&state, port, &log)?;
    let api = Api::new(&server.base_url);

    // Before the crash: a visitor's widget in a real browser with its socket open, ...
    let mut browser = BrowserVisitor::start(&server.base_url)?;
    // ... and a conversation with acknowledged messages and an armed escalation alarm.
    let (conversation, token) = api.new_conversation()?;
    let staff = api.sign_in("admin@demo.test")?;
    let mut sent: Vec<(String, String)> = Vec::new();
    let mut acknowledged: HashMap<String, u64> = HashMap::new();
    for n in 1..=5 {
        let (id, text) = (
            uuid()?,
            format!("{canary} question {n} about my appointment"),
        );
        let seq = api.send(&conversation, &token, &id, &text)?;
        acknowledged.insert(id.clone(), seq);
        sent.push((id, text));
    }
    // Severe pain is urgent: with the test seed's seconds for
    // minutes, on-call is due 10 s after this message, so after the restart.
    let urgent = (
        uuid()?,
        format!("{canary} I have severe pain and swelling since yesterday"),
    );
    let urgent_at = Instant::now();
    acknowledged.insert(
        urgent.0.clone(),
        api.send(&conversation, &token, &urgent.0, &urgent.1)?,
    );
    sent.push(urgent);
    // One more message in flight while the process dies: its answer may never come.
    let in_flight = (uuid()?, format!("{canary} are you still there?"));
    let flying = {
        let (api, conversation, token) = (api.clone(), conversation.clone(), token.clone());
        let (id, text) = in_flight.clone();
        std::thread::spawn(move || api.send(&conversation, &token, &id, &text))
    };
    std::thread::sleep(Duration::from_millis(30));
    server.kill_hard();
    let killed_after = urgent_at.elapsed();
    ensure!(
        killed_after < Duration::from_secs(8),
        "the kill came {killed_after:?} after the urgent message; the alarm would fire before it"
    );
    let in_flight_seq = flying.join().ok().and_then(Result::ok);
    println!(
        "    killed workerd (SIGKILL to its process group) with 6 messages acknowledged and one \
         in flight ({})",
        if in_flight_seq.is_some() {
            "acknowledged"
        } else {
            "no answer"
        }
    );
    sent.push(in_flight.clone());
    if let Some(seq) = in_flight_seq {
        acknowledged.insert(in_flight.0.clone(), seq);
    }

    let server = Server::start(
        &state,
        port,
        &root.join("target/workerd-fault-restarted.log"),
    )?;
    // The widget's reconnect: it resends what it has no answer for, with the same id, and a
    // flaky network may resend what was answered. Each must store once.
    let resent = api.send(&conversation, &token, &in_flight.0, &in_flight.1)?;
    if let Some(seq) = in_flight_seq {
        ensure!(resent == seq, "the in-flight message was stored twice");
    }
    acknowledged.insert(in_flight.0.clone(), resent);
    for (id, text) in &sent[..2] {
        let again = api.send(&conversation, &token, id, text)?;
        ensure!(
            again == acknowledged[id],
            "a resend after restart got a new seq"
        );
    }

    let messages = api.messages(&conversation, &token)?;
    check_messages(&messages, &sent, &acknowledged)?;
    println!(
        "    after restart and resends: all {} visitor messages there, in order, each once, \
         the acknowledged ones at their seq ({} messages with the automatic replies, seq \
         1..{} without gaps)",
        sent.len(),
        messages.len(),
        messages.len()
    );

    // Only its presence is checked: locally the queue lives in memory, so the index job of
    // a message acknowledged an instant before the kill can be lost (its urgency then
    // never reaches the row). Cloudflare Queues persist a message before `send` returns.
    let entry = eventually("the inbox entry", || {
        let inbox = api.get("/v1/staff/inbox", &staff).ok()?;
        let entry = inbox["conversations"]
            .as_array()?
            .iter()
            .find(|e| e["conversation_id"] == conversation.as_str())
            .cloned();
        entry
    })?;
    println!(
        "    the staff inbox still lists it (urgency {}, the staff session survived too)",
        entry["urgency"]
    );

    let fired = eventually("the escalation alarm to fire after the restart", || {
        let received = deliveries.lock().ok()?;
        let found = received
            .iter()
            .find(|(path, body)| path.starts_with("/on-call/") && body.contains(&conversation))
            .cloned();
        found
    })?;
    ensure!(
        !fired.1.contains(canary),
        "a notification carried message text"
    );
    println!(
        "    the escalation alarm armed before the kill fired after the restart ({})",
        fired.0
    );

    // A socket opened after the restart gets the staff reply live.
    let mut socket = api.visitor_socket(&conversation, &token, messages.len() as u64)?;
    let reply_id = uuid()?;
    api.post(
        &format!("/v1/staff/conversations/{conversation}/messages"),
        Some(&staff),
        &json!({"client_msg_id": reply_id, "text": "Staff here, after the restart."}),
    )?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        ensure!(
            Instant::now() < deadline,
            "the staff reply never reached the reconnected socket"
        );
        if let Ok(tungstenite::Message::Text(frame)) = socket.read() {
            let event: Value = serde_json::from_str(&frame).unwrap_or_default();
            if event["message"]["author"] == "staff" {
                break;
            }
        }
    }
    println!("    a socket opened after the restart received the staff reply live");
    let (status, body) = api.post(
        &format!("/v1/staff/conversations/{}/messages", browser.conversation),
        Some(&staff),
        &json!({"client_msg_id": uuid()?, "text": BROWSER_REPLY}),
    )?;
    ensure!(
        status == 201,
        "the staff reply to the browser visitor: {status} {body}"
    );
    browser.wait_for_reply()?;
    println!("    the widget in chromium reconnected by itself and showed the staff reply");
    drop(server);
    for log in ["workerd-fault.log", "workerd-fault-restarted.log"] {
        let text = std::fs::read_to_string(root.join("target").join(log)).unwrap_or_default();
        ensure!(!text.contains(canary), "message text leaked into {log}");
    }
    Ok(())
}

/// Every sent message once, in sending order, with its acknowledged `seq`; `seq` runs
/// 1..n without gaps.
fn check_messages(
    messages: &[Value],
    sent: &[(String, String)],
    acknowledged: &HashMap<String, u64>,
) -> Result<()> {
    for (index, message) in messages.iter().enumerate() {
        ensure!(
            message["seq"].as_u64() == Some(index as u64 + 1),
            "seq numbers have a gap or a repeat: {messages:?}"
        );
    }
    let visitor: Vec<&Value> = messages
        .iter()
        .filter(|m| m["author"] == "visitor")
        .collect();
    let texts: Vec<&str> = visitor.iter().filter_map(|m| m["text"].as_str()).collect();
    let expected: Vec<&str> = sent.iter().map(|(_, text)| text.as_str()).collect();
    ensure!(
        texts == expected,
        "visitor messages after restart: {texts:?}, expected {expected:?}"
    );
    for ((id, _), message) in sent.iter().zip(&visitor) {
        if let Some(seq) = acknowledged.get(id) {
            ensure!(
                message["seq"].as_u64() == Some(*seq),
                "an acknowledged message moved"
            );
        }
    }
    Ok(())
}

const BROWSER_QUESTION: &str = "Is the clinic open on Saturdays?";
const BROWSER_REPLY: &str = "Yes, 9 to 12. (sent after the restart)";

/// `tests/e2e/restart_widget.mjs` in chromium: the widget with an open socket, waiting
/// for a staff reply that only its own reconnect can bring.
struct BrowserVisitor {
    child: std::process::Child,
    conversation: String,
    lines: std::sync::mpsc::Receiver<String>,
}

impl BrowserVisitor {
    fn start(base_url: &str) -> Result<BrowserVisitor> {
        let root = crate::workspace_root();
        let mut child = std::process::Command::new("node")
            .arg("tests/e2e/restart_widget.mjs")
            .current_dir(&root)
            .env("FRONTDESK_BASE_URL", base_url)
            .env("FRONTDESK_QUESTION_TEXT", BROWSER_QUESTION)
            .env("FRONTDESK_REPLY_TEXT", BROWSER_REPLY)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .context("starting node tests/e2e/restart_widget.mjs")?;
        let stdout = child.stdout.take().context("node stdout")?;
        let (send, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut browser = BrowserVisitor {
            child,
            conversation: String::new(),
            lines,
        };
        let ready = browser.line_starting("READY ")?;
        browser.conversation = ready.trim_start_matches("READY ").trim().to_owned();
        Ok(browser)
    }

    fn line_starting(&mut self, prefix: &str) -> Result<String> {
        let deadline = Instant::now() + Duration::from_secs(120);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if line.starts_with(prefix) => return Ok(line),
                Ok(_) => continue,
                Err(_) => break,
            }
        }
        bail!("the browser visitor never printed {prefix:?}")
    }

    fn wait_for_reply(&mut self) -> Result<()> {
        self.line_starting("RECONNECTED")?;
        let status = self.child.wait()?;
        ensure!(status.success(), "the browser visitor failed ({status})");
        Ok(())
    }
}

impl Drop for BrowserVisitor {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> Result<T> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = check() {
            return Ok(value);
        }
        if Instant::now() > deadline {
            bail!("gave up waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

fn uuid() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    // Version 4, variant 1: the shape the API's client_msg_id check accepts.
    let n = u128::from_be_bytes(bytes) & !(0xf000 << 64) & !(0xc000 << 48)
        | (0x4000 << 64)
        | (0x8000 << 48);
    let hex = format!("{n:032x}");
    Ok([
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..],
    ]
    .join("-"))
}

/// Records every POST to `127.0.0.1:port` and answers 200.
fn start_receiver(port: u16) -> Result<Deliveries> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("webhook receiver on port {port}"))?;
    let deliveries: Deliveries = Arc::default();
    let record = deliveries.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            let mut length = 0;
            let _ = reader.read_line(&mut request_line);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    if name.trim().eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or_default();
            if let Ok(mut received) = record.lock() {
                received.push((path.to_owned(), String::from_utf8_lossy(&body).into_owned()));
            }
            let _ = reader
                .into_inner()
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    Ok(deliveries)
}

/// A small client for the calls this test makes.
#[derive(Clone)]
struct Api {
    base: String,
    agent: ureq::Agent,
}

impl Api {
    fn new(base: &str) -> Api {
        Api {
            base: base.to_owned(),
            agent: ureq::AgentBuilder::new()
                .timeout(Duration::from_secs(30))
                .build(),
        }
    }

    fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Result<(u16, Value)> {
        let mut request = self.agent.post(&format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.set("Authorization", &format!("Bearer {token}"));
        }
        let response = match request.send_json(body) {
            Ok(response) | Err(ureq::Error::Status(_, response)) => response,
            Err(error) => bail!("POST {path}: {error}"),
        };
        Ok((response.status(), response.into_json()?))
    }

    fn get(&self, path: &str, token: &str) -> Result<Value> {
        let response = self
            .agent
            .get(&format!("{}{path}", self.base))
            .set("Authorization", &format!("Bearer {token}"))
            .call()
            .with_context(|| format!("GET {path}"))?;
        Ok(response.into_json()?)
    }

    fn new_conversation(&self) -> Result<(String, String)> {
        let (status, body) = self.post(
            "/v1/clinics/demo/conversations",
            None,
            &json!({"language": "en"}),
        )?;
        ensure!(status == 201, "creating a conversation: {status} {body}");
        Ok((
            body["conversation_id"].as_str().unwrap_or_default().into(),
            body["visitor_token"].as_str().unwrap_or_default().into(),
        ))
    }

    fn sign_in(&self, email: &str) -> Result<String> {
        let (status, body) = self.post(
            "/v1/staff/sessions",
            None,
            &json!({"email": email, "password": "demo-password"}),
        )?;
        ensure!(status == 201, "signing in: {status} {body}");
        Ok(body["token"].as_str().unwrap_or_default().into())
    }

    /// Sends a visitor message and returns its acknowledged `seq`.
    fn send(&self, conversation: &str, token: &str, id: &str, text: &str) -> Result<u64> {
        let (status, body) = self.post(
            &format!("/v1/conversations/{conversation}/messages"),
            Some(token),
            &json!({"client_msg_id": id, "text": text}),
        )?;
        ensure!(
            status == 201 || status == 200,
            "sending a message: {status} {body}"
        );
        body["message"]["seq"]
            .as_u64()
            .context("an acknowledgement without seq")
    }

    fn messages(&self, conversation: &str, token: &str) -> Result<Vec<Value>> {
        let body = self.get(&format!("/v1/conversations/{conversation}/messages"), token)?;
        Ok(body["messages"].as_array().cloned().unwrap_or_default())
    }

    fn visitor_socket(
        &self,
        conversation: &str,
        token: &str,
        after: u64,
    ) -> Result<tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>>
    {
        use tungstenite::client::IntoClientRequest;
        // The bearer goes in the subprotocol list, never the URL (CONTRACT.md): the edge
        // refuses `?token=` with 401.
        let url = format!(
            "{}/v1/conversations/{conversation}/live?after={after}",
            self.base.replacen("http", "ws", 1)
        );
        let mut request = url
            .into_client_request()
            .context("the visitor socket's request")?;
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            format!("frontdesk, bearer.{token}")
                .parse()
                .context("the socket's subprotocols")?,
        );
        let (socket, _) = tungstenite::connect(request).context("opening the visitor socket")?;
        if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        }
        Ok(socket)
    }
}
