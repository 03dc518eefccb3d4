//! Helpers shared by the API tests: the HTTP transport `TestApp` calls through, sign-in
//! and the suite's fixtures (made through `TestApp`), and a WebSocket reader.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use frontdesk_protocol::{AcceptTokenRequest, Department, InviteRequest, StaffRole};
use serde_json::Value;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message as Frame, WebSocket};

use crate::app::{says, Outcome, TestApp};

pub fn base_url() -> String {
    std::env::var("FRONTDESK_BASE_URL").expect(
        "FRONTDESK_BASE_URL is not set: run these tests through `cargo xtask test`, \
         which starts local workerd",
    )
}

/// Marker text the xtask looks for in the worker log after the run.
pub fn canary() -> String {
    std::env::var("FRONTDESK_CANARY").unwrap_or_else(|_| "fd-private-canary".into())
}

/// A random version-4-shaped UUID.
pub fn uuid() -> String {
    let mut hi = RandomState::new().build_hasher();
    hi.write_u8(1);
    let mut lo = RandomState::new().build_hasher();
    lo.write_u8(2);
    let (a, b) = (hi.finish(), lo.finish());
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// One HTTP exchange's outcome.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }

    /// Asserts the contract's error shape and returns the code.
    pub fn error_code(&self) -> &str {
        let code = self.body["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("not an error body: {}", self.body));
        assert!(
            self.body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "error without message: {}",
            self.body
        );
        code
    }
}

/// A header among `headers`, the name matched case-insensitively.
pub fn header_in<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// The client for `path`: 30 s for API calls, 120 s for a cron trigger, whose sweep walks
/// every fixture the suite has left (the 505-conversation retention fixture among them) and
/// has outlived 30 s on a machine shared with other builds. Cloudflare gives a cron
/// trigger minutes of wall time, so the longer wait is not hiding a slow API.
fn agent(path: &str) -> ureq::Agent {
    let seconds = if path.starts_with("/__scheduled") {
        120
    } else {
        30
    };
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(seconds))
        .build()
}

/// Sends a request with optional bearer token, extra headers and raw body.
pub fn request(
    method: &str,
    path: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Reply {
    let reply = request_once(method, path, token, headers, body);
    // Local wrangler answers this plain-text 503 when workerd restarts its isolate under
    // a request (seen while the 505-conversation retention fixture is swept alongside);
    // it is the dev runtime's, never the edge's (whose errors are JSON), and it says to
    // send again. Any other 5xx stays a failure.
    if reply.status == 503
        && reply
            .body
            .as_str()
            .is_some_and(|text| text.starts_with("Your worker restarted mid-request"))
    {
        std::thread::sleep(std::time::Duration::from_secs(1));
        return request_once(method, path, token, headers, body);
    }
    reply
}

fn request_once(
    method: &str,
    path: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Reply {
    let mut req = agent(path).request(method, &format!("{}{path}", base_url()));
    if let Some(token) = token {
        req = req.set("Authorization", &format!("Bearer {token}"));
    }
    for (name, value) in headers {
        req = req.set(name, value);
    }
    let result = match body {
        Some(bytes) => req.send_bytes(bytes),
        None => req.call(),
    };
    let response = match result {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => panic!("{method} {path}: {error}"),
    };
    let status = response.status();
    let headers = headers_of(&response);
    let text = response.into_string().unwrap_or_default();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Reply {
        status,
        body,
        headers,
    }
}

/// A GET of an absolute URL with no credentials (a signed attachment link, a provider's
/// media URL): status, headers and the raw bytes.
pub fn fetch(url: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    use std::io::Read;
    let response = match ureq::get(url).timeout(Duration::from_secs(30)).call() {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => panic!("GET {url}: {error}"),
    };
    let status = response.status();
    let headers = headers_of(&response);
    let mut bytes = Vec::new();
    response
        .into_reader()
        .read_to_end(&mut bytes)
        .expect("body");
    (status, headers, bytes)
}

/// A response's headers, names as sent.
pub fn headers_of(response: &ureq::Response) -> Vec<(String, String)> {
    response
        .headers_names()
        .into_iter()
        .map(|name| {
            let value = response.header(&name).unwrap_or_default().to_owned();
            (name, value)
        })
        .collect()
}

/// The provider sandbox's address (`cargo xtask test` starts it): not the API, so its
/// calls are plain JSON in the sandbox's own shape.
fn sandbox_url() -> String {
    std::env::var("FRONTDESK_SANDBOX_URL")
        .expect("FRONTDESK_SANDBOX_URL is not set: `cargo xtask test` starts the provider sandbox")
}

/// A call to the provider sandbox (the patient's side, the recorded outbox, failure
/// orders): its JSON answer.
pub fn sandbox(method: &str, path: &str, body: Option<&Value>) -> Value {
    let agent = ureq::agent();
    let request = agent.request(method, &format!("{}{path}", sandbox_url()));
    let result = match body {
        Some(body) => request.send_json(body.clone()),
        None => request.call(),
    };
    match result {
        Ok(response) => response.into_json().expect("sandbox JSON"),
        Err(error) => panic!("sandbox {method} {path}: {error}"),
    }
}

/// A made-up visitor address (local workerd passes `CF-Connecting-IP` through), so the
/// suite's many visitors don't share one address's rate limit.
pub fn visitor_ip() -> String {
    let hex = uuid().replace('-', "");
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(1);
    format!("198.18.{}.{}", byte(0), byte(2))
}

/// Signs in a dev account and returns its bearer token.
pub fn sign_in(email: &str) -> String {
    TestApp::new().dev_session(email).token
}

/// A new staff member of the demo clinic with `role` in every team, made through an
/// invitation: its session token. For tests about something other than team access,
/// whose conversations land in any team (the dev accounts each read their own team's).
pub fn sign_in_every_team(role: &str) -> String {
    let every_team = ["clinical", "appointments", "billing", "front-desk"];
    invited_staff(role, &every_team, "every team password").1
}

/// A new staff member of the demo clinic made through an invitation (so signing it out
/// or changing it touches no other test): (email, session token, staff id).
pub fn invited_staff(role: &str, departments: &[&str], password: &str) -> (String, String, String) {
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    let email = format!("invited.{}@lakeside.example", &uuid()[..8]);
    let invitation = InviteRequest {
        email: email.clone(),
        name: "Ivy Invited".into(),
        role: StaffRole::parse(role).unwrap_or_else(|| panic!("not a role: {role}")),
        departments: departments
            .iter()
            .map(|team| Department::parse(team).unwrap_or_else(|| panic!("not a team: {team}")))
            .collect(),
    };
    app.invite(&admin, &invitation).answered(202);
    let token = crate::mailbox::token_of(&crate::mailbox::link_emailed_to(&email, "invite"));
    let acceptance = AcceptTokenRequest {
        token,
        password: password.to_owned(),
    };
    let accepted = app.accept_invite(&acceptance).answered(201).body;
    (email, accepted.token, accepted.staff.id)
}

/// A new demo conversation with a front-desk question, routed: (id, visitor token).
pub fn front_desk_conversation() -> (String, String) {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let text = format!("{FRONT_DESK_QUESTION} {}", canary());
    app.send_visitor_message(&visitor, &says(&text))
        .answered(201);
    app.routed(visitor.id());
    (visitor.id().to_owned(), visitor.token)
}

/// A question triage routes to the front-desk team, the only team of the dev front-desk
/// account (each account opens its own teams' conversations).
pub const FRONT_DESK_QUESTION: &str = "Is there a bus to the clinic?";

/// The conversation's inbox row as sent, from the inbox listing with `query` (e.g.
/// `?status=resolved`), through every page (a full suite leaves more than one page of
/// open conversations).
pub fn inbox_row(staff: &str, id: &str, query: &str) -> Option<Value> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    TestApp::new()
        .inbox_row_as_sent(staff, id, &pairs)
        .map(|(_, sent)| sent)
}

/// Polls `check` until it returns `Some`, for state that arrives through the queue.
pub fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A connected WebSocket that reads JSON frames with a timeout.
pub struct Live {
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
}

impl Live {
    /// Connects carrying `token` as the `bearer.<token>` subprotocol, and checks that
    /// the server answers with the `frontdesk` subprotocol.
    pub fn connect_with_subprotocol(path: &str, token: &str) -> Live {
        let offered = format!("frontdesk, bearer.{token}");
        Live::try_connect(path, &[("Sec-WebSocket-Protocol", &offered)])
            .unwrap_or_else(|status| panic!("upgrade refused: {status}"))
    }

    /// Connects with extra request headers, a `?token=` in `path` moved into the
    /// subprotocols; `Err` holds the HTTP status of a refusal.
    pub fn try_connect(path: &str, headers: &[(&str, &str)]) -> Result<Live, u16> {
        let (path, token) = take_token(path);
        let offered = token.map(|token| format!("frontdesk, bearer.{token}"));
        let mut all: Vec<(&str, &str)> = headers.to_vec();
        if let Some(offered) = &offered {
            all.push(("Sec-WebSocket-Protocol", offered));
        }
        Live::try_connect_as_sent(&path, &all)
    }

    /// Connects with `path` and `headers` exactly as given.
    pub fn try_connect_as_sent(path: &str, headers: &[(&str, &str)]) -> Result<Live, u16> {
        use tungstenite::client::IntoClientRequest;
        use tungstenite::http::HeaderValue;

        let url = format!("{}{path}", base_url().replacen("http", "ws", 1));
        let mut request = url.into_client_request().expect("websocket request");
        for (name, value) in headers {
            request.headers_mut().insert(
                tungstenite::http::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
                HeaderValue::from_str(value).expect("header value"),
            );
        }
        let (socket, response) = match tungstenite::connect(request) {
            Ok(connected) => connected,
            Err(tungstenite::Error::Http(response)) => return Err(response.status().as_u16()),
            Err(error) => panic!("websocket connect failed: {error}"),
        };
        if headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("Sec-WebSocket-Protocol"))
        {
            assert_eq!(
                response
                    .headers()
                    .get("Sec-WebSocket-Protocol")
                    .and_then(|v| v.to_str().ok()),
                Some("frontdesk"),
                "the server must answer with the frontdesk subprotocol"
            );
        }
        if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream
                .set_read_timeout(Some(Duration::from_secs(20)))
                .expect("timeout");
        }
        Ok(Live { socket })
    }

    /// The next JSON frame, skipping pings.
    pub fn next(&mut self) -> Value {
        serde_json::from_str(&self.next_text()).expect("json frame")
    }

    /// The next text frame as it came, skipping pings.
    pub fn next_text(&mut self) -> String {
        loop {
            match self.socket.read().expect("websocket frame") {
                Frame::Text(text) => return text.as_str().to_owned(),
                Frame::Close(_) => panic!("socket closed"),
                _ => continue,
            }
        }
    }

    /// Sends one text frame; `false` once the socket is closed.
    pub fn send(&mut self, text: &str) -> bool {
        self.socket.send(Frame::text(text)).is_ok()
    }

    /// Reads until the server closes the socket: its close code and reason.
    pub fn close_frame(&mut self) -> (u16, String) {
        loop {
            match self.socket.read() {
                Ok(Frame::Close(Some(frame))) => {
                    return (frame.code.into(), frame.reason.into_owned())
                }
                Ok(Frame::Close(None)) => return (1005, String::new()),
                Ok(_) => continue,
                Err(error) => panic!("socket ended without a close frame: {error}"),
            }
        }
    }

    /// The text frames that arrive until the server closes the socket, and its close
    /// code; the code is `None` when `within` passes (or the connection drops) first.
    pub fn frames_until_close(&mut self, within: Duration) -> (Vec<String>, Option<u16>) {
        let deadline = Instant::now() + within;
        let mut texts = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return (texts, None);
            }
            if let MaybeTlsStream::Plain(stream) = self.socket.get_ref() {
                let _ = stream.set_read_timeout(Some(left));
            }
            match self.socket.read() {
                Ok(Frame::Text(text)) => texts.push(text.as_str().to_owned()),
                Ok(Frame::Close(frame)) => {
                    return (texts, Some(frame.map_or(1005, |f| f.code.into())))
                }
                Ok(_) => continue,
                Err(_) => return (texts, None),
            }
        }
    }

    /// Reads until a frame matches `want`, returning it.
    pub fn until(&mut self, want: impl Fn(&Value) -> bool) -> Value {
        loop {
            let frame = self.next();
            if want(&frame) {
                return frame;
            }
        }
    }
}

/// `path` without its `token` query parameter, and that token.
fn take_token(path: &str) -> (String, Option<String>) {
    let Some((route, query)) = path.split_once('?') else {
        return (path.to_owned(), None);
    };
    let mut token = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("token=") {
            Some(value) => {
                token = Some(value.to_owned());
                false
            }
            None => true,
        })
        .collect();
    let path = if kept.is_empty() {
        route.to_owned()
    } else {
        format!("{route}?{}", kept.join("&"))
    };
    (path, token)
}

/// A unique, valid email address for this test run.
pub fn unique_email() -> String {
    format!("ana.{}@example.org", &uuid()[..8])
}

/// A dev secret from `edge/.dev.vars`.
pub fn dev_secret(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../edge/.dev.vars");
    let vars = std::fs::read_to_string(path).expect("edge/.dev.vars");
    vars.lines()
        .find_map(|line| {
            let (key, value) = line.split_once('=')?;
            (key.trim() == name).then(|| value.trim().trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| panic!("{name} is not in edge/.dev.vars"))
}

/// The digits the verification tests' phone numbers carry (`FRONTDESK_PHONE_CANARY`, set
/// by `cargo xtask test`, which fails if they reach the worker log).
pub fn phone_canary() -> String {
    std::env::var("FRONTDESK_PHONE_CANARY").unwrap_or_else(|_| "5550187".into())
}

/// Records a one-time code the sandbox received, for the log check of `cargo xtask test`
/// (`FRONTDESK_CODE_LOG`); nothing when run without it.
pub fn remember_code(code: &str) {
    use std::io::Write;
    if let Ok(path) = std::env::var("FRONTDESK_CODE_LOG") {
        if let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            _ = writeln!(file, "{code}");
        }
    }
}

/// Runs `tests/api/<script>` with node, `input` as JSON on its stdin: its stdout when it
/// exits 0, else its stderr. For checks made with the npm packages a clinic would use.
pub fn node_script(script: &str, input: &Value) -> Result<Vec<u8>, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let path = format!("{}/api/{script}", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("node")
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.to_string().as_bytes())
        .expect("write to node");
    let output = child.wait_with_output().expect("node ends");
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}
