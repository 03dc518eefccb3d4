//! The edge's own rules: only `store/` holds D1 SQL and it takes conversation ids typed,
//! only the conversation object's `meta.rs` reads and writes its `meta` table, and each
//! error code is written once.

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

/// The files that may name the conversation object's `meta` table in SQL: its typed
/// rows, and the schema that creates it.
const META_OWNERS: [&str; 2] = ["conversation_do/meta.rs", "conversation_do/schema.rs"];

/// Edge files outside [`META_OWNERS`] whose code names the `meta` table in SQL (`FROM
/// meta`, `INTO meta`, `UPDATE meta`, `TABLE meta`, any case), or calls a `meta(` reader
/// with a string literal key: each would spell a key or parse a value itself.
fn meta_outside_its_module(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .filter(|(path, _)| !META_OWNERS.contains(&path.as_str()))
        .filter(|(_, text)| names_the_meta_table(&code_of(text)))
        .map(|(path, _)| path.clone())
        .collect()
}

fn names_the_meta_table(code: &str) -> bool {
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .collect();
    let in_sql = words.windows(2).any(|pair| {
        pair[1] == "meta"
            && ["from", "into", "update", "table", "exists"]
                .iter()
                .any(|keyword| pair[0].eq_ignore_ascii_case(keyword))
    });
    in_sql || code.contains("meta(\"")
}

/// The id parameters the store takes typed (`&ConversationId`, `&StaffId`), as they read
/// untyped with the whitespace taken out. `clinic_id: &str` joins them once clinic ids
/// travel typed through the routes (issue 15).
const UNTYPED_ID_PARAMETERS: [&str; 2] = ["conversation_id:&str", "staff_id:&str"];

/// `store/` files with an untyped id parameter ([`UNTYPED_ID_PARAMETERS`]): the store takes
/// parsed ids, so an id is checked once where it comes in and no route hands the store a
/// raw path segment.
fn untyped_ids_in_the_store(sources: &[(String, String)]) -> Vec<String> {
    sources
        .iter()
        .filter(|(path, _)| path.starts_with("store/"))
        .filter(|(_, text)| {
            let code: String = code_of(text).split_whitespace().collect();
            UNTYPED_ID_PARAMETERS
                .iter()
                .any(|untyped| code.contains(untyped))
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
fn only_the_meta_module_reads_and_writes_the_conversation_meta_table() {
    let outside = meta_outside_its_module(&edge_sources());
    assert!(
        outside.is_empty(),
        "the conversation object's meta rows are read and written only through \
         edge/src/conversation_do/meta.rs (add a typed key there), found in: {outside:?}"
    );
}

#[test]
fn the_meta_check_finds_the_table_outside_its_module_only() {
    let files = sources(&[
        (
            "conversation_do/erase.rs",
            "self.sql().run(\"DELETE FROM messages; DELETE FROM meta\", &[])?;",
        ),
        (
            "conversation_do/presence.rs",
            "self.sql().run(\n    \"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)\",",
        ),
        (
            "conversation_do/ladder.rs",
            "let c = self.meta(\"clinic_id\")?;",
        ),
        (
            "conversation_do/meta.rs",
            "self.sql().first(\"SELECT value FROM meta WHERE key = ?\", &[json!(key.name)])",
        ),
        (
            "conversation_do/schema.rs",
            "\"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)\"",
        ),
        (
            "conversation_do/mod.rs",
            "// a comment may say DELETE FROM meta\nlet n = self.get(meta::ERASED)?;",
        ),
        (
            "incoming.rs",
            "/// Cloudflare's metadata\nlet m = result.meta()?; // from metadata",
        ),
        ("store/events.rs", "SELECT metadata FROM metas"),
    ]);
    assert_eq!(
        meta_outside_its_module(&files),
        vec![
            "conversation_do/erase.rs".to_owned(),
            "conversation_do/presence.rs".to_owned(),
            "conversation_do/ladder.rs".to_owned(),
        ]
    );
}

#[test]
fn the_store_takes_typed_ids() {
    let untyped = untyped_ids_in_the_store(&edge_sources());
    assert!(
        untyped.is_empty(),
        "store functions take `conversation_id: &ConversationId` and `staff_id: &StaffId`, \
         parsed where the id comes in; found `conversation_id: &str` or `staff_id: &str` \
         in: {untyped:?}"
    );
}

#[test]
fn the_id_check_finds_untyped_store_parameters_only() {
    let files = sources(&[
        (
            "store/details.rs",
            "pub async fn notes(env: &Env, clinic_id: &str, conversation_id: &str) {}",
        ),
        (
            "store/inbox/mod.rs",
            "pub async fn set_status(\n    env: &Env,\n    conversation_id:\n        &str,\n) {}",
        ),
        (
            "store/surveys.rs",
            "pub async fn survey(env: &Env, conversation_id: &ConversationId) {}\n\
             pub struct Row<'a> { pub conversation_id: &'a str }",
        ),
        ("store/retention.rs", "// once took conversation_id: &str"),
        ("routes/staff.rs", "fn publish(conversation_id: &str) {}"),
        (
            "store/staff.rs",
            "pub async fn staff_by_id(env: &Env, staff_id: &str) {}",
        ),
        (
            "store/api_keys.rs",
            "pub async fn key(env: &Env, staff_id: &StaffId) {}",
        ),
        ("routes/team.rs", "fn reset_link(staff_id: &str) {}"),
    ]);
    assert_eq!(
        untyped_ids_in_the_store(&files),
        vec![
            "store/details.rs".to_owned(),
            "store/inbox/mod.rs".to_owned(),
            "store/staff.rs".to_owned()
        ]
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
