//! Layers point down: no two modules of a crate import each other, directly or around a
//! circle (the edge's and the console's top-level modules).

use std::collections::{BTreeMap, BTreeSet};

use super::sources::{code_of, crate_sources, edge_sources, sources};

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
