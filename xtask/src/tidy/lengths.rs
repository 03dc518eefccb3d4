//! One file, one area: a long file is split by what it does, or says at its top why not.

use super::sources::{crate_sources, sources};

/// Past this many lines a file says at its top why it stays one file.
const LONG_FILE_LINES: usize = 500;

/// Whether a file's opening `//!` block says why it is long: a line naming its length
/// ("Over 600 lines: one module a report screen", "Just over 500 lines because …").
fn says_why_it_is_long(text: &str) -> bool {
    text.lines()
        .take_while(|line| line.trim_start().starts_with("//!"))
        .any(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.windows(2).any(|pair| {
                let number = pair[0].replace(',', "");
                !number.is_empty()
                    && number.chars().all(|c| c.is_ascii_digit())
                    && pair[1].starts_with("lines")
            })
        })
}

/// Files over `LONG_FILE_LINES` lines whose top gives no reason, with their length.
fn long_files_without_a_reason(sources: &[(String, String)]) -> Vec<(String, usize)> {
    let mut long: Vec<(String, usize)> = sources
        .iter()
        .map(|(path, text)| (path, text, text.lines().count()))
        .filter(|(_, text, lines)| *lines > LONG_FILE_LINES && !says_why_it_is_long(text))
        .map(|(path, _, lines)| (path.clone(), lines))
        .collect();
    long.sort();
    long
}

/// The crates whose `src` the length check reads: every crate that ships or builds them.
const LENGTH_CHECKED_CRATES: [&str; 7] = [
    "domain",
    "protocol",
    "client-core",
    "widget",
    "console",
    "edge",
    "xtask",
];

/// Whether a file holds only a module's tests (`tests.rs`, `*_tests.rs`): tables of cases
/// may run long, and they sit beside the code they test.
fn is_test_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "tests.rs" || name.ends_with("_tests.rs")
}

/// Every checked crate's sources as (path from the workspace root, text), test files left out.
fn checked_sources() -> Vec<(String, String)> {
    LENGTH_CHECKED_CRATES
        .iter()
        .flat_map(|krate| {
            crate_sources(&format!("{krate}/src"))
                .into_iter()
                .map(move |(path, text)| (format!("{krate}/src/{path}"), text))
        })
        .filter(|(path, _)| !is_test_file(path))
        .collect()
}

/// One file, one area: a file over 500 lines in any crate's `src` is split by what it
/// does, or says at its top why not.
#[test]
fn no_source_file_is_long_without_a_reason() {
    let sources = checked_sources();
    let edge_files = sources
        .iter()
        .filter(|(path, _)| path.starts_with("edge/src/"));
    assert!(edge_files.count() > 50, "tidy read too few edge files");
    let long: Vec<(String, usize)> = long_files_without_a_reason(&sources).into_iter().collect();
    assert!(
        long.is_empty(),
        "split these files by what they do (or move their tests to a `tests.rs` beside \
         them), or say at their top why they stay one file (a `//!` line such as \
         \"Over 600 lines because …\"): {long:?}"
    );
}

#[test]
fn test_files_are_told_apart() {
    assert!(is_test_file("domain/src/hours/tests.rs"));
    assert!(is_test_file("edge/src/store/inbox_tests.rs"));
    assert!(!is_test_file("domain/src/hours.rs"));
    assert!(!is_test_file("console/src/contests.rs"));
}

#[test]
fn the_length_check_finds_a_long_file_without_a_reason() {
    let body = |lines: usize| "fn f() {}\n".repeat(lines);
    let files = sources(&[
        (
            "channel_send.rs",
            &format!("//! Outbound messages.\n{}", body(1_078)),
        ),
        (
            "routes/staff.rs",
            &format!(
                "//! The Staff API.\n//!\n//! Just over 500 lines because sessions share it.\n{}",
                body(708)
            ),
        ),
        ("http.rs", &format!("//! The front door.\n{}", body(499))),
        (
            "store/inbox.rs",
            &format!(
                "//! The inbox.\nfn g() {{}} // over 600 lines\n{}",
                body(520)
            ),
        ),
    ]);
    assert_eq!(
        long_files_without_a_reason(&files),
        vec![
            ("channel_send.rs".to_owned(), 1_079),
            ("store/inbox.rs".to_owned(), 522)
        ]
    );
}
