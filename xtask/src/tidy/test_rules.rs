//! The test suites' own rules: API tests name routes through `tests/api/paths.rs` (never
//! a `/v1/…` path written by hand) and call the API through `app::TestApp` (never an
//! untyped HTTP helper with hand-built JSON), and browser tests reach the page through
//! the page objects in `tests/e2e/pages/` (never a raw `data-testid` selector).

use std::fs;
use std::path::Path;

use super::sources::{crate_sources, sources};

/// Where each hand-written request path sits in the API tests: (file, line, literal).
///
/// A path literal is a string that starts with `/v1/` (or with one `{…}` placeholder for
/// the base URL and then `/v1/`). It is written by hand unless it is
/// - in `paths.rs`, the one place that spells routes;
/// - a route template such as `/v1/conversations/{id}/messages` outside `format!`, which
///   names the OpenAPI document's operation the test checks a reply against;
/// - the argument of `starts_with(` or `contains(`, which matches a path the server
///   wrote instead of building one.
fn hand_built_api_paths(sources: &[(String, String)]) -> Vec<(String, usize, String)> {
    let mut found = Vec::new();
    for (path, text) in sources {
        if path == "paths.rs" {
            continue;
        }
        for (at, _) in text.match_indices("/v1/") {
            let Some(literal) = path_literal_at(text, at) else {
                continue;
            };
            let before = text[..literal.start].trim_end();
            let matches_a_path = before.ends_with("starts_with(") || before.ends_with("contains(");
            let body = &text[at..literal.end];
            let template = body.contains('{') && !before.ends_with("format!(");
            let in_comment = text[..at]
                .rsplit('\n')
                .next()
                .is_some_and(|line| line.trim_start().starts_with("//"));
            if !(matches_a_path || template || in_comment) {
                let line = text[..at].matches('\n').count() + 1;
                found.push((
                    path.clone(),
                    line,
                    text[literal.start..literal.end].to_owned(),
                ));
            }
        }
    }
    found
}

/// The span of the string literal (from its opening quote to its closing one, exclusive)
/// when `/v1/` at `at` starts it, after at most one `{…}` placeholder.
fn path_literal_at(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let quote = line_start + text[line_start..at].rfind('"')?;
    let between = &text[quote + 1..at];
    let placeholder = between.starts_with('{') && between.ends_with('}') && between.len() >= 2;
    if !(between.is_empty() || placeholder) {
        return None;
    }
    let end = at + text[at..].find('"')?;
    Some(quote..end + 1)
}

/// The untyped HTTP helpers the API tests once called (session 22 moved the last file
/// onto `TestApp` and deleted them from `tests/api/support.rs`): each took a path and, for
/// the writes, a body built by hand. `request` is still there, as the transport `TestApp`
/// calls through; a test that calls it, or brings one of the others back as a helper of
/// its own, reaches the server around the wire types. A test calls `TestApp` instead,
/// and sends what no wire type holds through `TestApp::send_forged`.
const UNTYPED_HELPERS: [&str; 7] = [
    "get",
    "post",
    "put",
    "request",
    "visitor_send",
    "create_with_visitor",
    "identified_conversation",
];

/// The files that hold the client (`app.rs`), its transport (`support.rs`) and the
/// routes (`paths.rs`).
const CLIENT_FILES: [&str; 3] = ["app.rs", "support.rs", "paths.rs"];

/// Where API test files call an untyped helper: (file, line, helper). A call is the
/// helper's name and `(`, after neither a letter, digit, `_` or `.` (a method of that
/// name, `map.get(…)`, is not one) nor a path other than `support::`. Comment lines and
/// the client's own files are skipped.
fn untyped_calls(sources: &[(String, String)]) -> Vec<(String, usize, &'static str)> {
    let mut found = Vec::new();
    for (path, text) in sources {
        if CLIENT_FILES.contains(&path.as_str()) {
            continue;
        }
        for (index, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for helper in UNTYPED_HELPERS {
                let call = format!("{helper}(");
                for (at, _) in line.match_indices(&call) {
                    let before = &line[..at];
                    let joined = before
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
                    let qualified = before.ends_with("::") && !before.ends_with("support::");
                    if !(joined || qualified) {
                        found.push((path.clone(), index + 1, helper));
                    }
                }
            }
        }
    }
    found
}

/// The `TestApp` calls that take a body as bytes the test serialized: the role walk's
/// `send_documented` (bytes of a wire type) and a file upload. Hand-built JSON belongs in
/// neither; it goes through the escape hatches `send_forged` and `send_webhook`, which
/// say in their name that the body is written by hand on purpose.
const BYTE_BODY_CALLS: [&str; 2] = ["send_documented", "upload_staff_attachment"];

/// What hand-built JSON looks like in a call's arguments.
const HAND_BUILT_JSON: [&str; 3] = ["json!(", "serde_json::to_vec(", "serde_json::to_string("];

/// Where API test files reach the server around `TestApp`'s typed calls and its escape
/// hatches: (file, line, what). That is an HTTP client of the file's own (`ureq::`:
/// the one client is in `support.rs`, the provider sandbox's included), or hand-built
/// JSON in the arguments of a call in `BYTE_BODY_CALLS`. (A typed call cannot take hand-
/// built JSON: its parameters are the protocol crate's types, which the compiler holds.)
/// The client's own files are skipped, as comment lines are.
fn hand_built_sends(sources: &[(String, String)]) -> Vec<(String, usize, &'static str)> {
    let mut found = Vec::new();
    for (path, text) in sources {
        if CLIENT_FILES.contains(&path.as_str()) {
            continue;
        }
        let mut in_file = Vec::new();
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        let in_comment = |at: usize| {
            text[..at]
                .rsplit('\n')
                .next()
                .is_some_and(|line| line.trim_start().starts_with("//"))
        };
        for (at, _) in text.match_indices("ureq::") {
            if !in_comment(at) {
                in_file.push((line_of(at), "an HTTP client of its own (ureq::)"));
            }
        }
        for call in BYTE_BODY_CALLS {
            let opening = format!("{call}(");
            for (at, _) in text.match_indices(&opening) {
                if in_comment(at) {
                    continue;
                }
                let start = at + opening.len();
                let arguments = &text[start..start + argument_span(&text[start..])];
                if HAND_BUILT_JSON.iter().any(|json| arguments.contains(json)) {
                    in_file.push((
                        line_of(at),
                        "hand-built JSON outside send_forged/send_webhook",
                    ));
                }
            }
        }
        in_file.sort();
        found.extend(
            in_file
                .into_iter()
                .map(|(line, what)| (path.clone(), line, what)),
        );
    }
    found
}

/// The length of a call's arguments: up to the `)` that closes the call whose `(` came
/// just before `rest` (string literals are not parsed: an unbalanced parenthesis inside
/// one ends the span early, which only makes the check see less).
fn argument_span(rest: &str) -> usize {
    let mut depth = 0usize;
    for (at, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return at,
            ')' => depth -= 1,
            _ => {}
        }
    }
    rest.len()
}

/// Browser test files outside `pages/` that name a `data-testid` themselves.
fn raw_test_ids(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .filter(|(path, _)| !path.starts_with("pages/"))
        .filter(|(_, text)| text.contains("data-testid") || text.contains("getByTestId("))
        .map(|(path, _)| path.clone())
        .collect()
}

/// The browser tests' JavaScript as (path under `tests/e2e`, text).
fn e2e_sources() -> Vec<(String, String)> {
    let root = crate::workspace_root().join("tests/e2e");
    let mut files = Vec::new();
    collect_mjs(&root, &root, &mut files);
    files
}

fn collect_mjs(root: &Path, dir: &Path, found: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_mjs(root, &path, found);
        } else if path.extension().is_some_and(|e| e == "mjs") {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let relative = relative.to_string_lossy().replace('\\', "/");
            found.push((relative, fs::read_to_string(&path).unwrap_or_default()));
        }
    }
}

#[test]
fn api_tests_name_routes_through_paths() {
    let sources = crate_sources("tests/api");
    assert!(
        sources.iter().any(|(path, _)| path == "paths.rs"),
        "tests/api/paths.rs is where the routes are spelled"
    );
    let hand_built = hand_built_api_paths(&sources);
    assert!(
        hand_built.is_empty(),
        "name these routes through tests/api/paths.rs (or call them through app::TestApp):\n{}",
        hand_built
            .iter()
            .map(|(path, line, literal)| format!("{path}:{line}: {literal}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn no_api_test_calls_an_untyped_http_helper() {
    let sources = crate_sources("tests/api");
    assert!(
        sources.iter().any(|(path, _)| path == "app.rs"),
        "tests/api/app.rs holds TestApp"
    );
    let calls = untyped_calls(&sources);
    assert!(
        calls.is_empty(),
        "call these through app::TestApp's typed calls (input malformed or forged on \
         purpose through TestApp::send_forged):\n{}",
        calls
            .iter()
            .map(|(path, line, helper)| format!("{path}:{line}: {helper}(…)"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn an_untyped_call_fails_and_typed_calls_pass() {
    let made_up = sources(&[
        (
            "visitor.rs",
            r#"fn t() {
    let sent = post(&paths::conversation_messages(&id), Some(&token), &json!({"text": "hi"}));
    let read = support::get(&paths::staff_me(), Some(&staff));
    let typed = app.send_visitor_message(&visitor, &says("hi")).answered(201);
    let minutes = config.reply_minutes.get(&Department::Clinical);
    let forged = app.send_forged("POST", paths::staff_search(), None, &[], Some(b"{"));
    // post(&path, None, &json!({})) in a comment is prose.
    let fetched = ureq::get(&url);
}"#,
        ),
        (
            "channels_sms.rs",
            "fn t() { let sent = post(&path, None, &json!({})); }",
        ),
        ("team.rs", "fn t() { app.team(&admin).answered(200); }"),
        (
            "support.rs",
            "pub fn get(path: &str) -> Reply { request(\"GET\", path) }",
        ),
    ]);
    let found: Vec<(String, usize, &str)> = untyped_calls(&made_up);
    assert_eq!(
        found,
        vec![
            ("visitor.rs".to_owned(), 2, "post"),
            ("visitor.rs".to_owned(), 3, "get"),
            ("channels_sms.rs".to_owned(), 1, "post"),
        ]
    );
}

#[test]
fn api_tests_send_hand_built_json_only_through_the_escape_hatches() {
    let sources = crate_sources("tests/api");
    let found = hand_built_sends(&sources);
    assert!(
        found.is_empty(),
        "send hand-built bodies through TestApp::send_forged (or send_webhook for a \
         provider's), and reach the server (and the sandbox) through support.rs:\n{}",
        found
            .iter()
            .map(|(path, line, what)| format!("{path}:{line}: {what}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn hand_built_json_outside_the_escape_hatches_fails() {
    let made_up = sources(&[
        (
            "visitor.rs",
            r#"fn t() {
    let forged = app.send_forged("POST", &path, None, &[], Some(json!({"x": 1}).to_string().as_bytes()));
    let walked = app.send_documented("POST", &path, &staff, Some(&serde_json::to_vec(&json!({"q": "x"})).unwrap()));
    let typed = app.send_documented("POST", &path, &staff, body_for("search").as_deref());
    let signed = app.send_webhook("POST", &hook, &headers, Some(json!({}).to_string().as_bytes()));
    let own = ureq::post(&url).send_json(json!({"text": "hi"}));
    // ureq::get(&url) in a comment is prose.
    let upload = app.upload_staff_attachment(&staff, &id, "application/json", serde_json::to_string(&v).unwrap().as_bytes());
    assert_eq!(answer.json, json!({"ok": true}));
}"#,
        ),
        ("channels_sms.rs", "fn t() { let own = ureq::agent(); }"),
        ("team.rs", "fn t() { let own = ureq::agent(); }"),
        (
            "support.rs",
            "pub fn request() { let agent = ureq::agent(); }",
        ),
    ]);
    assert_eq!(
        hand_built_sends(&made_up),
        vec![
            (
                "visitor.rs".to_owned(),
                3,
                "hand-built JSON outside send_forged/send_webhook"
            ),
            (
                "visitor.rs".to_owned(),
                6,
                "an HTTP client of its own (ureq::)"
            ),
            (
                "visitor.rs".to_owned(),
                8,
                "hand-built JSON outside send_forged/send_webhook"
            ),
            (
                "channels_sms.rs".to_owned(),
                1,
                "an HTTP client of its own (ureq::)"
            ),
            (
                "team.rs".to_owned(),
                1,
                "an HTTP client of its own (ureq::)"
            ),
        ]
    );
}

#[test]
fn browser_tests_reach_the_page_through_page_objects() {
    let sources = e2e_sources();
    assert!(
        sources.iter().any(|(path, _)| path.starts_with("pages/")),
        "tests/e2e/pages/ holds the page objects"
    );
    let raw = raw_test_ids(&sources);
    assert!(
        raw.is_empty(),
        "move these files' data-testid selectors into a page object in tests/e2e/pages/: {raw:?}"
    );
}

#[test]
fn a_hand_built_path_fails_and_named_routes_templates_and_matches_pass() {
    let made_up = sources(&[
        (
            "visitor.rs",
            r#"fn t() {
    let listed = get(&format!("/v1/conversations/{id}/messages"), Some(&token));
    let me = get("/v1/staff/me", Some(&token));
    let url = format!("{}/v1/channels/demo/twilio", base_url());
    let named = get(&paths::conversation_messages(&id), Some(&token));
    check(&doc, "POST", "/v1/conversations/{id}/attachments", &uploaded);
    assert!(callback.starts_with("/v1/channels/"));
    // "/v1/staff/me" in a comment is prose.
    let detail = "GET /v1/staff/inbox";
}"#,
        ),
        (
            "paths.rs",
            r#"pub fn me() -> &'static str { "/v1/staff/me" }"#,
        ),
    ]);
    let found: Vec<(usize, String)> = hand_built_api_paths(&made_up)
        .into_iter()
        .map(|(path, line, literal)| {
            assert_eq!(path, "visitor.rs");
            (line, literal)
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (2, r#""/v1/conversations/{id}/messages""#.to_owned()),
            (3, r#""/v1/staff/me""#.to_owned()),
            (4, r#""{}/v1/channels/demo/twilio""#.to_owned()),
        ]
    );
}

#[test]
fn a_raw_test_id_outside_the_page_objects_fails() {
    let made_up = sources(&[
        (
            "inbox.test.mjs",
            "await page.locator('[data-testid=\"inbox-row\"]').click();",
        ),
        (
            "widget.test.mjs",
            "await page.getByTestId('fd-send').click();",
        ),
        ("loop.test.mjs", "await inbox.row(text).click();"),
        (
            "pages/inbox.mjs",
            "row(text) { return this.page.locator('[data-testid=\"inbox-row\"]'); }",
        ),
    ]);
    assert_eq!(
        raw_test_ids(&made_up),
        vec!["inbox.test.mjs".to_owned(), "widget.test.mjs".to_owned()]
    );
}
