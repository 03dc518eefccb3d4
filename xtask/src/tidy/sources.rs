//! What the tidy checks read: every crate's Rust files, a crate's sources as (path, text),
//! and a file's code without comments and tests.

use std::fs;
use std::path::{Path, PathBuf};

pub(super) const CRATES: [&str; 10] = [
    "protocol",
    "domain",
    "client-core",
    "triage-cli",
    "edge",
    "widget",
    "console",
    "tests",
    "xtask",
    "sandbox",
];

pub(super) fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let name = entry.file_name();
            if name != "target" && name != "build" && name != "node_modules" {
                rust_files(&path, found);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

pub(super) fn all_rust_files() -> Vec<PathBuf> {
    let root = crate::workspace_root();
    let mut found = Vec::new();
    for krate in CRATES {
        rust_files(&root.join(krate), &mut found);
    }
    assert!(
        found.len() > 20,
        "tidy found too few files: {}",
        found.len()
    );
    found
}

#[test]
fn every_rust_file_starts_with_a_module_doc_line() {
    let missing: Vec<String> = all_rust_files()
        .into_iter()
        .filter(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            !text.trim_start().starts_with("//!")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "start these files with a `//!` line saying what they are for:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_debugging_leftovers() {
    let leftovers: Vec<String> = all_rust_files()
        .into_iter()
        // The tidy checks name what they look for.
        .filter(|path| {
            !path
                .to_string_lossy()
                .replace('\\', "/")
                .contains("xtask/src/tidy/")
        })
        .filter(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            text.contains("dbg!(") || text.contains("todo!(")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        leftovers.is_empty(),
        "remove dbg!/todo! from:\n{}",
        leftovers.join("\n")
    );
}

/// The edge's sources as (path under `edge/src`, text).
pub(super) fn edge_sources() -> Vec<(String, String)> {
    crate_sources("edge/src")
}

/// A crate's sources as (path under `src`, e.g. `console/src`, text).
pub(super) fn crate_sources(src: &str) -> Vec<(String, String)> {
    let src = crate::workspace_root().join(src);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap_or(&path);
            let relative = relative.to_string_lossy().replace('\\', "/");
            (relative, fs::read_to_string(&path).unwrap_or_default())
        })
        .collect()
}

/// The code of a file without comments and without its trailing `#[cfg(test)]`
/// module: doc links and tests may name any module without making a layer.
pub(super) fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Made-up sources for the checks' own tests.
pub(super) fn sources(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
        .collect()
}
