//! The test suites' own rules: API tests name routes through `tests/api/paths.rs` (never
//! a `/v1/…` path written by hand), and browser tests reach the page through the page
//! objects in `tests/e2e/pages/` (never a raw `data-testid` selector).

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
