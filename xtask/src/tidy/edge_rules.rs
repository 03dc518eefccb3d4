//! The edge's own rules: only `store/` holds D1 SQL, and each error code is written once.

use std::collections::BTreeMap;

use super::sources::{code_of, edge_sources, sources};

/// What only `store/` may do with D1: prepare statements, run batches, name its types.
const D1_MARKERS: [&str; 5] = [
    ".prepare(",
    ".batch(",
    ".d1(",
    "D1Database",
    "D1PreparedStatement",
];

/// Edge files outside `store/` that use D1's SQL API.
fn d1_sql_outside_store(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .filter(|(path, _)| !path.starts_with("store/"))
        .filter(|(_, text)| {
            let code = code_of(text);
            D1_MARKERS.iter().any(|marker| code.contains(marker))
        })
        .map(|(path, _)| path.clone())
        .collect()
}

/// The `AppError`/`ApiError` constructors that take a code as their first argument
/// (after a status for `new`).
const ERROR_CONSTRUCTORS: [&str; 6] = [
    "new(",
    "bad_request(",
    "unauthorized(",
    "forbidden(",
    "not_found(",
    "invalid(",
];

/// Each error code written as a string literal in a constructor call, with the files
/// that write it (once per call). `error.rs` may call them as `Self::`.
fn error_code_literals(sources: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let mut codes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, text) in sources {
        let code = code_of(text);
        let mut owners = vec!["AppError::", "ApiError::"];
        if path == "error.rs" {
            owners.push("Self::");
        }
        for owner in owners {
            for constructor in ERROR_CONSTRUCTORS {
                let call = format!("{owner}{constructor}");
                for (at, _) in code.match_indices(&call) {
                    if let Some(literal) = first_code_argument(&code[at + call.len()..]) {
                        codes.entry(literal).or_default().push(path.clone());
                    }
                }
            }
        }
    }
    codes
}

/// The code literal a call's arguments start with (`"code"`, or `404, "code"`).
fn first_code_argument(arguments: &str) -> Option<String> {
    let rest = arguments.trim_start();
    let rest = match rest.find(|c: char| !c.is_ascii_digit()) {
        Some(end) if end > 0 => rest[end..].trim_start().strip_prefix(',')?.trim_start(),
        _ => rest,
    };
    let literal = rest.strip_prefix('"')?;
    let end = literal.find('"')?;
    let code = &literal[..end];
    code.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        .then(|| code.to_owned())
}

/// The codes written in more than one constructor call.
fn duplicated_error_codes(sources: &[(String, String)]) -> Vec<(String, Vec<String>)> {
    error_code_literals(sources)
        .into_iter()
        .filter(|(_, places)| places.len() > 1)
        .collect()
}

#[test]
fn only_the_store_holds_d1_sql() {
    let outside = d1_sql_outside_store(&edge_sources());
    assert!(
        outside.is_empty(),
        "D1 SQL belongs in edge/src/store/, found in: {outside:?}"
    );
}

#[test]
fn the_sql_check_finds_d1_outside_the_store_only() {
    let files = sources(&[
        ("routes/staff.rs", "let s = db.prepare(\"SELECT 1\");"),
        ("store/inbox.rs", "let s = db.prepare(\"SELECT 1\");"),
        ("auth.rs", "// a comment may say db.prepare( anywhere"),
        ("inbox_do.rs", "self.sql().exec(\"SELECT 1\", None)"),
    ]);
    assert_eq!(
        d1_sql_outside_store(&files),
        vec!["routes/staff.rs".to_owned()]
    );
}

#[test]
fn each_error_code_is_written_once() {
    let sources = edge_sources();
    let codes = error_code_literals(&sources);
    assert!(
        codes.len() > 50 && codes.contains_key("unknown_conversation"),
        "tidy read too few error codes: {codes:?}"
    );
    let duplicated = duplicated_error_codes(&sources);
    assert!(
        duplicated.is_empty(),
        "these error codes are written in more than one place; give each one \
         constructor in edge/src/error.rs and call it: {duplicated:?}"
    );
}

#[test]
fn the_error_code_check_finds_a_code_written_twice() {
    let planted = sources(&[
        (
            "error.rs",
            "fn unknown_clinic() -> Self { Self::not_found(\"unknown_clinic\", \"No clinic.\") }\n\
             fn f() { Self::new(status, code, message) }",
        ),
        (
            "routes/visitor.rs",
            "let e = AppError::new(\n    404,\n    \"unknown_clinic\",\n    \"No clinic has this id.\",\n);",
        ),
        (
            "routes/staff.rs",
            "AppError::unknown_clinic(); AppError::forbidden(\"outside_your_teams\", m);\n\
             // AppError::forbidden(\"outside_your_teams\", m) in a comment is no call",
        ),
        (
            "auth.rs",
            "fn h() { Self::forbidden(\"outside_your_teams\", m) } // not error.rs: not a constructor",
        ),
    ]);
    assert_eq!(
        duplicated_error_codes(&planted),
        vec![(
            "unknown_clinic".to_owned(),
            vec!["error.rs".to_owned(), "routes/visitor.rs".to_owned()]
        )]
    );
}
