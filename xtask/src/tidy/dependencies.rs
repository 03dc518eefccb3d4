//! No unused dependencies: every crate a `Cargo.toml` names is used in that crate's Rust
//! sources, or is listed here with the reason it stays (a dependency kept for a feature
//! or a pinned version, never called by name).

use std::fs;

use super::sources::{rust_files, CRATES};

/// Dependencies no source names, each with why it stays: `(crate dir, dependency, reason)`.
const KEPT_UNNAMED: [(&str, &str, &str); 2] = [
    (
        "edge",
        "getrandom",
        "its `js` feature gives the wasm build its randomness source (crypto.getRandomValues)",
    ),
    (
        "edge",
        "idna_adapter",
        "pinned to 1.0.0, the no-Unicode-tables backend of `url`'s IDNA: a size choice",
    ),
];

/// Packages whose library has another name in Rust than the package's: `(package, library)`.
const LIBRARY_NAMES: [(&str, &str); 1] = [("kamadak-exif", "exif")];

/// The name a dependency goes by in Rust: its library's name, `-` as `_`.
fn rust_name(dependency: &str) -> String {
    LIBRARY_NAMES
        .iter()
        .find(|(package, _)| *package == dependency)
        .map_or(dependency, |(_, library)| library)
        .replace('-', "_")
}

/// The dependency tables of a manifest: `[dependencies]`, `[dev-dependencies]`,
/// `[build-dependencies]` and their `[target.'cfg(…)'.…]` forms.
fn dependency_names(manifest: &str) -> Vec<String> {
    let Ok(manifest) = manifest.parse::<toml::Table>() else {
        return vec!["<Cargo.toml does not parse>".to_owned()];
    };
    let kinds = ["dependencies", "dev-dependencies", "build-dependencies"];
    let mut tables: Vec<&toml::Table> = kinds
        .iter()
        .filter_map(|kind| manifest.get(*kind)?.as_table())
        .collect();
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        for target in targets.values().filter_map(toml::Value::as_table) {
            tables.extend(
                kinds
                    .iter()
                    .filter_map(|kind| target.get(*kind)?.as_table()),
            );
        }
    }
    let mut names: Vec<String> = tables
        .into_iter()
        .flat_map(|table| table.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether the code names dependency `name` (by its Rust name): a path `name::…`,
/// `use name`, or `extern crate name`, not inside a word.
fn names_crate(code: &str, name: &str) -> bool {
    let ident = rust_name(name);
    code.match_indices(&ident).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = &code[at + ident.len()..];
        let starts_word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let as_path = after.starts_with("::");
        let as_use = {
            let head = code[..at].trim_end();
            (head.ends_with("use") || head.ends_with("extern crate"))
                && !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
        };
        starts_word && (as_path || as_use)
    })
}

/// The dependencies of a crate (its manifest and its sources' text) that no source names
/// and `kept` does not list.
fn unused_dependencies(manifest: &str, sources: &[String], kept: &[&str]) -> Vec<String> {
    let code: String = sources
        .iter()
        .flat_map(|text| text.lines())
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    dependency_names(manifest)
        .into_iter()
        .filter(|name| !kept.contains(&name.as_str()) && !names_crate(&code, name))
        .collect()
}

#[test]
fn every_dependency_is_used() {
    let root = crate::workspace_root();
    let mut unused = Vec::new();
    for krate in CRATES {
        let manifest = fs::read_to_string(root.join(krate).join("Cargo.toml"))
            .unwrap_or_else(|error| panic!("{krate}/Cargo.toml: {error}"));
        let mut files = Vec::new();
        rust_files(&root.join(krate), &mut files);
        let sources: Vec<String> = files
            .iter()
            .map(|path| fs::read_to_string(path).unwrap_or_default())
            .collect();
        let kept: Vec<&str> = KEPT_UNNAMED
            .iter()
            .filter(|(dir, _, _)| *dir == krate)
            .map(|(_, name, _)| *name)
            .collect();
        unused.extend(
            unused_dependencies(&manifest, &sources, &kept)
                .into_iter()
                .map(|name| format!("{krate}: {name}")),
        );
    }
    assert!(
        unused.is_empty(),
        "remove these dependencies, or list them in KEPT_UNNAMED with the reason they \
         stay: {unused:?}"
    );
}

/// The exceptions name real dependencies, so a removed one can't leave a stale reason.
#[test]
fn every_kept_dependency_is_in_its_manifest() {
    let root = crate::workspace_root();
    for (krate, name, _) in KEPT_UNNAMED {
        let manifest = fs::read_to_string(root.join(krate).join("Cargo.toml")).unwrap_or_default();
        assert!(
            dependency_names(&manifest).iter().any(|dep| dep == name),
            "{krate}/Cargo.toml no longer names {name}: take it off KEPT_UNNAMED"
        );
    }
}

#[test]
fn the_dependency_check_finds_an_unused_dependency() {
    let manifest = r#"
        [package]
        name = "made-up"

        [dependencies]
        serde.workspace = true
        percent-encoding = "2"
        regex = "1"
        getrandom = { version = "0.2", features = ["js"] }

        [dev-dependencies]
        serde_json = "1"
        kamadak-exif = "0.6"

        [target.'cfg(target_arch = "wasm32")'.dependencies]
        web-sys = "0.3"
    "#;
    let sources = vec![
        "//! A made-up crate.\nuse serde::Serialize;\n// regex::Regex is only mentioned here.\n\
         fn f() { percent_encoding::utf8_percent_encode(\"\", CONTROLS); }"
            .to_owned(),
        "#[cfg(test)]\nmod tests { use serde_json; fn g() { let ok = myweb_sys::x(); exif::Reader::new(); } }"
            .to_owned(),
    ];
    assert_eq!(
        unused_dependencies(manifest, &sources, &["getrandom"]),
        vec!["regex".to_owned(), "web-sys".to_owned()]
    );
    assert_eq!(
        unused_dependencies(manifest, &sources, &[]),
        vec![
            "getrandom".to_owned(),
            "regex".to_owned(),
            "web-sys".to_owned()
        ]
    );
}
