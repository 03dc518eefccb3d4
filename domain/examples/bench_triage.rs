//! Triage cost per message, native: the corpus through the demo clinic's rules, against a
//! baseline of a plain lowercase-and-contains pass over the same lines.
//!
//! Run with `cargo xtask bench-triage` (which appends the result to BENCHMARKS.md), or
//! `cargo run --release -p frontdesk-domain --example bench_triage`.

use std::hint::black_box;
use std::time::Instant;

use frontdesk_domain::triage::Triager;
use frontdesk_domain::ClinicConfig;

/// A handful of keywords, as a naive keyword filter would use.
const BASELINE_WORDS: [&str; 8] = [
    "chest pain",
    "breath",
    "bleeding",
    "fever",
    "appointment",
    "invoice",
    "parking",
    "stitches",
];

fn main() {
    let corpus = include_str!("../tests/triage_corpus.tsv");
    let lines: Vec<&str> = corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.splitn(4, '\t').nth(3))
        .collect();
    let config: ClinicConfig = match toml_config() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("clinics/demo.toml: {error}");
            std::process::exit(1);
        }
    };
    let triager = Triager::new(&config.triage);
    let rounds = 200;

    // Warm up caches and the built-in lexicon.
    for line in &lines {
        black_box(triager.assess(line));
    }
    let started = Instant::now();
    for _ in 0..rounds {
        for line in &lines {
            black_box(triager.assess(black_box(line)));
        }
    }
    let triage_us = started.elapsed().as_secs_f64() * 1e6 / (rounds * lines.len()) as f64;

    let started = Instant::now();
    for _ in 0..rounds {
        for line in &lines {
            let lower = black_box(line).to_lowercase();
            black_box(BASELINE_WORDS.iter().any(|w| lower.contains(w)));
        }
    }
    let baseline_us = started.elapsed().as_secs_f64() * 1e6 / (rounds * lines.len()) as f64;

    let mean_chars =
        lines.iter().map(|l| l.chars().count()).sum::<usize>() as f64 / lines.len() as f64;
    println!(
        "triage: {triage_us:.2} µs/message; baseline lowercase+contains: {baseline_us:.2} µs/message; \
         {} messages (mean {mean_chars:.0} chars) x {rounds} rounds, native release build",
        lines.len()
    );
}

fn toml_config() -> Result<ClinicConfig, String> {
    let source = include_str!("../../clinics/demo.toml");
    toml::from_str(source).map_err(|e| e.to_string())
}
