//! Builds the edge worker (worker-build), the widget and console (cargo + wasm-bindgen +
//! wasm-opt), and assembles the static site the worker serves from `dist/site`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::cmd::{self, run, step};

/// The origin the demo site's embed snippet points at in the repo.
const CANONICAL_ORIGIN: &str = "http://127.0.0.1:8787";

/// The wasm features rustc's wasm32 target emits, which wasm-opt must accept.
pub const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// wasm-opt's passes for the widget and the console, which have brotli budgets: `-Oz`, then
/// the control flow rebuilt (flatten, rereloop) and `-Oz` repeated while it still shrinks
/// the module, 1.3 KB brotli smaller than `-Oz` alone for the widget and 5.5 KB for the
/// console; rustc's data and stack start at 1 MiB, so the lowest 1 KiB is unused and pointer
/// offsets fold (BENCHMARKS.md, "Widget weight: room for attachments", "Console size,
/// round 2"). About 30 s more than `-Oz` for the widget, a minute for the console.
const SMALL_OPT: [&str; 6] = [
    "--low-memory-unused",
    "-Oz",
    "--flatten",
    "--rereloop",
    "-Oz",
    "--converge",
];

/// The console's rustc flags: Leptos' type-erased views (see `browser_app`).
const CONSOLE_RUSTFLAGS: &str = "--cfg erase_components";
/// Where the console's wasm build goes, apart from the widget's (see `browser_app`).
const CONSOLE_TARGET_DIR: &str = "target/console";

/// `$CARGO_HOME`, or `~/.cargo` when it is not set.
fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
}

/// wasm-split, which cuts the console's `#[lazy]` screens into chunks (see `tools`).
fn wasm_split_bin() -> PathBuf {
    let installed = cargo_home().join("bin/wasm-split-cli");
    if installed.exists() {
        installed
    } else {
        PathBuf::from("wasm-split-cli")
    }
}

pub fn wasm_bindgen_bin() -> PathBuf {
    let installed = cargo_home().join("bin/wasm-bindgen");
    if installed.exists() {
        installed
    } else {
        PathBuf::from("wasm-bindgen")
    }
}

/// Everything `wrangler dev` and `wrangler deploy` need; the demo site's embed snippet
/// points at `http://127.0.0.1:{port}`.
pub fn all(port: u16) -> Result<()> {
    let root = crate::workspace_root();
    edge(&root)?;
    let site = root.join("dist/site");
    if site.exists() {
        fs::remove_dir_all(&site).context("clearing dist/site")?;
    }
    fs::create_dir_all(&site)?;
    browser_app(
        &root,
        "frontdesk-widget",
        "frontdesk_widget",
        &site.join("widget"),
    )?;
    browser_app(
        &root,
        "frontdesk-console",
        "frontdesk_console",
        &site.join("console"),
    )?;
    assemble_site(&root, &site, port)
}

fn edge(root: &Path) -> Result<()> {
    step("[build 1/4] edge worker (worker-build --release; first build about 1 minute)");
    worker_build(root, "edge")?;
    strip_names(root, &root.join("edge/build/index_bg.wasm"))
}

/// worker-build always passes `--debuginfo` to its wasm-opt run, which keeps the `name`
/// section (function names for stack traces): about 350 KB raw, 80 KB gzip of the edge's
/// 1 MB budget. workerd runs the module the same without it; panics still log their
/// message through console_error_panic_hook, and `cargo build --release` keeps the names
/// in target/ for twiggy (BENCHMARKS.md, "Edge worker size").
fn strip_names(root: &Path, wasm: &Path) -> Result<()> {
    let before = fs::metadata(wasm)
        .with_context(|| format!("reading {}", wasm.display()))?
        .len();
    run(Command::new(cmd::npm_bin(root, "wasm-opt"))
        .args(["--strip-debug", "--strip-producers"])
        .args(WASM_FEATURES)
        // wasm-bindgen's catch wrappers use exception handling in the edge build.
        .arg("--enable-exception-handling")
        .arg("-o")
        .arg(wasm)
        .arg(wasm))?;
    let after = fs::metadata(wasm)?.len();
    println!("    index_bg.wasm: {after} bytes ({before} before stripping names)");
    Ok(())
}

/// The Rust floor relay the bench compares against (bench/floor-rs; not product code).
pub fn bench_floor(root: &Path) -> Result<()> {
    step("[build] the benchmark's Rust floor relay (worker-build --release; about 20 s)");
    worker_build(root, "bench/floor-rs")
}

/// worker-build with our local wasm-bindgen, wasm-opt and esbuild (it would download them),
/// and the release wasm's path remapping.
fn worker_build(root: &Path, dir: &str) -> Result<()> {
    run(Command::new("worker-build")
        .arg("--release")
        .current_dir(root.join(dir))
        .env("CARGO_ENCODED_RUSTFLAGS", release_wasm_rustflags(root))
        .env("WASM_BINDGEN_BIN", wasm_bindgen_bin())
        .env("WASM_OPT_BIN", cmd::npm_bin(root, "wasm-opt"))
        .env("ESBUILD_BIN", cmd::npm_bin(root, "esbuild")))
}

/// `CARGO_ENCODED_RUSTFLAGS` for every release wasm32 build (the edge, the floor relay,
/// the triage bench harness): the caller's own flags, then `--remap-path-prefix` for the
/// workspace and the registry's and git's sources, so the file paths in panic locations
/// are short and the same on every machine. The edge's wasm held 65
/// `$CARGO_HOME/registry/src/<index>/` prefixes (203 B gzip); its size no longer depends
/// on `CARGO_HOME` (BENCHMARKS.md, "Edge size, round 5"). The standard library's paths
/// (`/rustc/<commit>/library/`) come that way in its precompiled rlibs and stay. The
/// builds that share `target/wasm32-unknown-unknown/release` must pass the same flags, or
/// each would rebuild the others' dependencies. With `--target`, cargo gives these flags
/// to wasm32 crates only, never to build scripts and proc macros, so native crates are
/// not rebuilt.
pub fn release_wasm_rustflags(root: &Path) -> String {
    let mut flags: Vec<String> = match std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        Ok(encoded) => encoded
            .split('\x1f')
            .filter(|flag| !flag.is_empty())
            .map(str::to_owned)
            .collect(),
        Err(_) => std::env::var("RUSTFLAGS")
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
    };
    // rustc lets the last matching prefix win: the narrower ones come after the root.
    let mut prefixes = vec![root.to_path_buf()];
    let cargo_home = cargo_home();
    if let Ok(indexes) = fs::read_dir(cargo_home.join("registry/src")) {
        prefixes.extend(indexes.flatten().map(|index| index.path()));
    }
    prefixes.push(cargo_home.join("git/checkouts"));
    for prefix in prefixes {
        flags.push(format!("--remap-path-prefix={}/=", prefix.display()));
    }
    flags.join("\x1f")
}

fn browser_app(root: &Path, package: &str, lib_name: &str, out_dir: &Path) -> Result<()> {
    let index = if package.ends_with("widget") { 2 } else { 3 };
    step(&format!(
        "[build {index}/4] {package} (cargo rustc --profile small; first build about 2 minutes)"
    ));
    let console = package.ends_with("console");
    let mut cargo = Command::new("cargo");
    cargo.args([
        "rustc",
        "--quiet",
        "--package",
        package,
        "--lib",
        "--crate-type",
        "cdylib",
        "--profile",
        "small",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    let target_dir = if console {
        // Leptos' erased views: every component and reactive closure renders through one
        // boxed type instead of a type per view: 55 KB brotli less console wasm
        // (BENCHMARKS.md, "Console size, round 2"). The cfg must reach Leptos itself, so
        // it goes in RUSTFLAGS, with a target dir of its own: the widget's Leptos (not
        // erased) would otherwise be rebuilt on every switch.
        cargo
            .env("RUSTFLAGS", CONSOLE_RUSTFLAGS)
            .args(["--target-dir", CONSOLE_TARGET_DIR]);
        root.join(CONSOLE_TARGET_DIR)
    } else {
        root.join("target")
    };
    if console {
        // The relocations wasm-split needs to cut the admin screens (`#[lazy]`) out of the
        // main module; given to the final crate only, so the dependencies' builds are reused.
        cargo.args(["--", "-C", "link-args=--emit-relocs"]);
    }
    run(&mut cargo)?;
    let mut wasm = target_dir.join(format!("wasm32-unknown-unknown/small/{lib_name}.wasm"));
    let mut chunks = Vec::new();
    if console {
        let split_dir = target_dir.join("split");
        if split_dir.exists() {
            fs::remove_dir_all(&split_dir)?;
        }
        run(Command::new(wasm_split_bin())
            .arg(&wasm)
            .arg(&split_dir)
            .args(["--target", "web", "--out-name", lib_name]))?;
        fs::create_dir_all(out_dir)?;
        for entry in fs::read_dir(&split_dir)? {
            let path = entry?.path();
            let name = path.file_name().unwrap_or_default().to_owned();
            if path.extension().is_some_and(|ext| ext == "wasm") {
                if name.to_string_lossy() != format!("{lib_name}.wasm") {
                    fs::copy(&path, out_dir.join(&name))?;
                    chunks.push(out_dir.join(&name));
                }
            } else {
                // The loader (`__wasm_split.js`) the main module imports its chunks through.
                fs::copy(&path, out_dir.join(&name))?;
            }
        }
        wasm = split_dir.join(format!("{lib_name}.wasm"));
    }
    let mut bindgen = Command::new(wasm_bindgen_bin());
    bindgen.args([
        "--target",
        "web",
        "--no-typescript",
        "--out-name",
        lib_name,
        "--out-dir",
    ]);
    bindgen.arg(out_dir);
    if console {
        // The chunks call into the main module through the linker's exports.
        bindgen.arg("--keep-lld-exports");
    }
    run(bindgen.arg(&wasm))?;
    let bindgen_wasm = out_dir.join(format!("{lib_name}_bg.wasm"));
    for module in std::iter::once(&bindgen_wasm).chain(&chunks) {
        run(Command::new(cmd::npm_bin(root, "wasm-opt"))
            .args(SMALL_OPT)
            // Tool metadata no browser reads: about 300 B brotli off the widget.
            .args(["--strip-producers", "--strip-target-features"])
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(module)
            .arg(module))?;
        let size = fs::metadata(module)?.len();
        println!(
            "    {}: {size} bytes",
            module.file_name().unwrap_or_default().to_string_lossy()
        );
    }
    Ok(())
}

/// The demo's strict page: what a locked-down clinic site sends, the widget on its own origin.
/// `'self'` in `connect-src` covers the live socket's `ws:` on the same host.
const STRICT_DEMO_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

/// `esbuild --minify` from `from` to `to` (the same path is fine); JS or CSS by extension.
fn minify(root: &Path, from: &Path, to: &Path) -> Result<()> {
    let minified = cmd::output(
        Command::new(cmd::npm_bin(root, "esbuild"))
            .arg("--minify")
            .arg("--log-level=warning")
            .arg(from),
    )
    .with_context(|| format!("esbuild --minify {}", from.display()))?;
    fs::write(to, minified)?;
    Ok(())
}

/// Minifies every `.js` file under `dir`, in place.
fn minify_all(root: &Path, dir: &Path) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            minify_all(root, &path)?;
        } else if path.extension().is_some_and(|ext| ext == "js") {
            minify(root, &path, &path)?;
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path, rewrite: &dyn Fn(&Path, String) -> String) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target, rewrite)?;
        } else if matches!(
            entry.path().extension().and_then(|e| e.to_str()),
            Some("html" | "css" | "js")
        ) {
            let text = fs::read_to_string(entry.path())?;
            fs::write(&target, rewrite(&entry.path(), text))?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn assemble_site(root: &Path, site: &Path, port: u16) -> Result<()> {
    step("[build 4/4] static site: demo clinic, widget loader, console");
    let origin = format!("http://127.0.0.1:{port}");
    copy_dir(&root.join("demo-site"), site, &|_, text| {
        text.replace(CANONICAL_ORIGIN, &origin)
    })?;
    minify(
        root,
        &root.join("widget/loader/widget.js"),
        &site.join("widget.js"),
    )
    .context("minifying the widget loader")?;
    // The panel's JS glue and the snippets it imports are fetched on open; minified, the
    // glue is a third of wasm-bindgen's output. The attachment code is fetched on first
    // use from `widget/lazy/` (BENCHMARKS.md, "Widget weight: room for attachments").
    let widget = site.join("widget");
    copy_dir(
        &root.join("widget/lazy"),
        &widget.join("lazy"),
        &|_, text| text,
    )?;
    minify_all(root, &widget).context("minifying the widget's JavaScript")?;
    // The page, its style, and the installable app's manifest, icons and shell-only worker.
    for file in [
        "index.html",
        "boot.js",
        "console.css",
        "favicon.svg",
        "manifest.webmanifest",
        "sw.js",
        "icon-192.png",
        "icon-512.png",
    ] {
        let from = root.join("console").join(file);
        if from.exists() {
            fs::copy(&from, site.join("console").join(file))
                .with_context(|| format!("copying console/{file}"))?;
        }
    }
    // The console's glue, boot script, service worker and style, minified: 3 KB brotli
    // less than as written (BENCHMARKS.md, "Console size, round 2").
    let console = site.join("console");
    minify_all(root, &console).context("minifying the console's JavaScript")?;
    let style = console.join("console.css");
    minify(root, &style, &style).context("minifying console.css")?;
    // The page a notice link opens (issue 18): plain HTML, CSS and JS, no build step.
    fs::create_dir_all(site.join("notice"))?;
    for file in ["index.html", "notice.css", "notice.js"] {
        fs::copy(
            root.join("notice-page").join(file),
            site.join("notice").join(file),
        )
        .with_context(|| format!("copying notice-page/{file}"))?;
    }
    // Cloudflare static assets read `_headers`: the widget is loaded cross-origin by
    // clinic websites, so its files need CORS and timing headers.
    fs::write(
        site.join("_headers"),
        format!("/widget.js\n  Access-Control-Allow-Origin: *\n  Timing-Allow-Origin: *\n  Cache-Control: public, max-age=300\n\
         /widget/*\n  Access-Control-Allow-Origin: *\n  Timing-Allow-Origin: *\n\
         /strict\n  Content-Security-Policy: {STRICT_DEMO_CSP}\n\
         /strict.html\n  Content-Security-Policy: {STRICT_DEMO_CSP}\n\
         /notice/*\n  X-Frame-Options: DENY\n  Referrer-Policy: no-referrer\n  Cache-Control: no-store\n  Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'\n\
         /console/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' ws: wss:; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'\n"),
    )?;
    println!("    dist/site ready (embed origin {origin})");
    Ok(())
}
