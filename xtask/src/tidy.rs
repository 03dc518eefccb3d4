//! Tidy checks that run inside `cargo test`: house rules no compiler enforces.

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::{Path, PathBuf};

    const CRATES: [&str; 9] = [
        "protocol",
        "domain",
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
}
