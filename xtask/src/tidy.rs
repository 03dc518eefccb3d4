//! Tidy checks that run inside `cargo test`: house rules no compiler enforces.

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::fs;
    use std::path::{Path, PathBuf};

    const CRATES: [&str; 10] = [
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

    fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
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

    fn all_rust_files() -> Vec<PathBuf> {
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
            .filter(|path| !path.ends_with("tidy.rs"))
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
    fn edge_sources() -> Vec<(String, String)> {
        crate_sources("edge/src")
    }

    /// A crate's sources as (path under `src`, e.g. `console/src`, text).
    fn crate_sources(src: &str) -> Vec<(String, String)> {
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
    fn code_of(text: &str) -> String {
        let text = match text.find("#[cfg(test)]") {
            Some(at) => &text[..at],
            None => text,
        };
        text.lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The top-level edge module a file belongs to (`routes/staff.rs` → `routes`);
    /// `None` for `lib.rs`, which declares and wires every module.
    fn top_module(path: &str) -> Option<String> {
        let first = path.split('/').next()?.trim_end_matches(".rs");
        (first != "lib").then(|| first.to_owned())
    }

    /// The names right after `crate::`, including each name of a `use crate::{a, b::c}`.
    fn crate_paths(code: &str) -> Vec<String> {
        let mut names = Vec::new();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                // Only the first name of each item; nested groups name items, not modules.
                let mut depth = 0;
                let mut item_start = true;
                let mut word = String::new();
                for c in group[..end].chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            item_start = true;
                            continue;
                        }
                        _ => {}
                    }
                    if item_start && depth == 0 {
                        if c.is_alphanumeric() || c == '_' {
                            word.push(c);
                        } else if !word.is_empty() {
                            names.push(std::mem::take(&mut word));
                            item_start = false;
                        }
                    }
                }
                if !word.is_empty() {
                    names.push(word);
                }
            } else {
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(word);
            }
        }
        names
    }

    /// Which top-level module imports which, from `(path, text)` sources.
    fn import_graph(sources: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
        let modules: BTreeSet<String> = sources
            .iter()
            .filter_map(|(path, _)| top_module(path))
            .collect();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (path, text) in sources {
            let Some(from) = top_module(path) else {
                continue;
            };
            let targets = graph.entry(from.clone()).or_default();
            for name in crate_paths(&code_of(text)) {
                if name != from && modules.contains(&name) {
                    targets.insert(name);
                }
            }
        }
        graph
    }

    /// The import circles: every strongly connected group of two or more modules
    /// (Tarjan's algorithm), each sorted.
    fn import_circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
        struct Walk<'a> {
            graph: &'a BTreeMap<String, BTreeSet<String>>,
            next: usize,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            circles: Vec<Vec<String>>,
        }
        impl<'a> Walk<'a> {
            fn visit(&mut self, node: &'a str) {
                self.index.insert(node, self.next);
                self.low.insert(node, self.next);
                self.next += 1;
                self.stack.push(node);
                for target in self.graph.get(node).into_iter().flatten() {
                    let target = target.as_str();
                    if !self.index.contains_key(target) {
                        self.visit(target);
                        let low = self.low[node].min(self.low[target]);
                        self.low.insert(node, low);
                    } else if self.stack.contains(&target) {
                        let low = self.low[node].min(self.index[target]);
                        self.low.insert(node, low);
                    }
                }
                if self.low[node] == self.index[node] {
                    let mut group = Vec::new();
                    while let Some(member) = self.stack.pop() {
                        group.push(member.to_owned());
                        if member == node {
                            break;
                        }
                    }
                    if group.len() > 1 {
                        group.sort();
                        self.circles.push(group);
                    }
                }
            }
        }
        let mut walk = Walk {
            graph,
            next: 0,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            circles: Vec::new(),
        };
        for node in graph.keys() {
            if !walk.index.contains_key(node.as_str()) {
                walk.visit(node);
            }
        }
        walk.circles
    }

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

    /// Past this many lines an edge file says at its top why it stays one file.
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

    /// Edge files over `LONG_FILE_LINES` lines whose top gives no reason, with their length.
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

    fn sources(files: &[(&str, &str)]) -> Vec<(String, String)> {
        files
            .iter()
            .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
            .collect()
    }

    #[test]
    fn the_edge_modules_import_no_circle() {
        let graph = import_graph(&edge_sources());
        assert!(
            graph.len() > 10,
            "tidy read too few edge modules: {graph:?}"
        );
        let circles = import_circles(&graph);
        assert!(
            circles.is_empty(),
            "edge modules import each other in a circle (layers point down: responses \
             and errors at the bottom, `http` above the handlers): {circles:?}"
        );
    }

    /// The console's shell (`app`) wires components to the shared state (`state`);
    /// components import `state`, never `app`, so no module is above and below another.
    #[test]
    fn the_console_modules_import_no_circle() {
        let graph = import_graph(&crate_sources("console/src"));
        assert!(
            graph.contains_key("app") && graph.contains_key("components"),
            "tidy read too few console modules: {graph:?}"
        );
        let circles = import_circles(&graph);
        assert!(
            circles.is_empty(),
            "console modules import each other in a circle (shared state lives in \
             `state`, which components import instead of `app`): {circles:?}"
        );
    }

    /// The check fails on the circle the console had: `app` importing the components
    /// and the components taking `use_auth` and `InboxStore` from `app`.
    #[test]
    fn the_circle_check_finds_the_consoles_old_circle() {
        let old = sources(&[
            ("lib.rs", "pub mod app; pub mod components;"),
            (
                "app.rs",
                "use crate::{components::{inbox::Inbox}, api};\npub struct InboxStore;",
            ),
            (
                "components/inbox.rs",
                "use crate::app::{use_auth, InboxStore};",
            ),
            ("api.rs", "pub fn inbox() {}"),
        ]);
        assert_eq!(
            import_circles(&import_graph(&old)),
            vec![vec!["app".to_owned(), "components".to_owned()]]
        );
        let now = sources(&[
            (
                "app.rs",
                "use crate::{components::{inbox::Inbox}, state::InboxStore};",
            ),
            (
                "components/inbox.rs",
                "use crate::state::{use_auth, InboxStore};",
            ),
            ("state.rs", "use crate::{api, model::sort_inbox};"),
            ("api.rs", "pub fn inbox() {}"),
        ]);
        assert_eq!(
            import_circles(&import_graph(&now)),
            Vec::<Vec<String>>::new()
        );
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
    fn the_circle_check_finds_a_circle_and_passes_layers() {
        let circle = sources(&[
            ("lib.rs", "mod error; mod http; mod routes;"),
            ("error.rs", "pub fn f() { crate::http::json_response(); }"),
            ("http.rs", "use crate::{error::AppError, routes};"),
            ("routes/staff.rs", "use crate::http::query;"),
            ("routes/mod.rs", "pub mod staff;"),
        ]);
        assert_eq!(
            import_circles(&import_graph(&circle)),
            vec![vec![
                "error".to_owned(),
                "http".to_owned(),
                "routes".to_owned()
            ]]
        );
        let layers = sources(&[
            ("response.rs", "//! Uses crate::http in a comment only."),
            ("error.rs", "use crate::response::json_response;"),
            (
                "http.rs",
                "use crate::{error::{AppError, AppResult}, routes};",
            ),
            ("routes/staff.rs", "use crate::{error, response};"),
            (
                "store/mod.rs",
                "fn f() {}\n#[cfg(test)]\nmod tests { use crate::http; }",
            ),
        ]);
        assert_eq!(
            import_circles(&import_graph(&layers)),
            Vec::<Vec<String>>::new()
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

    /// One file, one area: an edge file over 500 lines is split by what it does, or says
    /// at its top why not.
    #[test]
    fn no_edge_file_is_long_without_a_reason() {
        let sources = edge_sources();
        assert!(sources.len() > 50, "tidy read too few edge files");
        let long = long_files_without_a_reason(&sources);
        assert!(
            long.is_empty(),
            "split these edge files by what they do, or say at their top why they stay \
             one file (a `//!` line such as \"Over 600 lines because …\"): {long:?}"
        );
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
                &format!("//! The inbox.\nfn g() {{}} // over 600 lines\n{}", body(520)),
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
}
