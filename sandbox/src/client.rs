//! A minimal HTTP/1.1 client for loopback webhooks (`http://host:port/path` only), so
//! this dev tool needs no HTTP client crate.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// How many times a webhook is delivered before the sandbox gives up, and the pause
/// before each retry: providers redeliver a webhook the server failed (Meta and WeChat
/// retry a 5xx or no answer; Twilio's `#rc` retries a failed connection), and the edge
/// dedupes redeliveries by the provider's message id.
const DELIVERY_PAUSES_MS: [u64; 2] = [1_000, 2_000];

/// POSTs a webhook as a provider would: a 5xx answer or a failed connection is retried
/// after a pause (see [`DELIVERY_PAUSES_MS`]); the last answer is returned.
pub fn deliver(
    url: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String), String> {
    let mut answer = post(url, content_type, headers, body);
    for pause in DELIVERY_PAUSES_MS {
        match &answer {
            Ok((status, _)) if *status < 500 => break,
            Ok((status, _)) => eprintln!("sandbox: the edge answered {status}, redelivering"),
            Err(error) => eprintln!("sandbox: not delivered ({error}), redelivering"),
        }
        std::thread::sleep(Duration::from_millis(pause));
        answer = post(url, content_type, headers, body);
    }
    answer
}

/// POSTs `body` once and returns the status and body of the answer.
pub fn post(
    url: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String), String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("only http:// URLs are supported: {url}"))?;
    let (authority, path) = match rest.find('/') {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, "/"),
    };
    let mut stream =
        TcpStream::connect(authority).map_err(|e| format!("connect {authority}: {e}"))?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nUser-Agent: frontdesk-sandbox\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("send: {e}"))?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .map_err(|e| format!("read: {e}"))?;
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> Result<(u16, String), String> {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or("the answer has no header end")?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("the answer has no status")?;
    let chunked = head.lines().any(|l| {
        l.to_ascii_lowercase().starts_with("transfer-encoding:")
            && l.to_ascii_lowercase().contains("chunked")
    });
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_owned()
    };
    Ok((status, body))
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_chunked_answers() {
        let plain = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\n{}";
        assert_eq!(parse_response(plain), Ok((403, "{}".into())));
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<Res\r\n7\r\nponse/>\r\n0\r\n\r\n";
        assert_eq!(parse_response(chunked), Ok((200, "<Response/>".into())));
    }
}
