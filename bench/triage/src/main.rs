//! Triage cost per message, native release build: the corpus through the demo clinic's
//! rules, against a lowercase-and-contains baseline over the same lines.
//!
//! Run with `cargo xtask bench-triage`, which also times the wasm build and appends both
//! results to BENCHMARKS.md.

use std::time::Instant;

use frontdesk_bench_triage::TriageBench;

const ROUNDS: u32 = 200;

fn main() {
    let bench = match TriageBench::new(
        include_str!("../../../clinics/demo.toml"),
        include_str!("../../../domain/tests/corpus/00-seed.tsv"),
    ) {
        Ok(bench) => bench,
        Err(error) => {
            eprintln!("clinics/demo.toml: {error}");
            std::process::exit(1);
        }
    };
    // Warm up caches and the built-in lexicon, as the JS runner lets V8 tier up.
    bench.triage(20);
    bench.knowledge(20);
    bench.baseline(20);

    let per_message = |started: Instant| {
        started.elapsed().as_secs_f64() * 1e6 / (f64::from(ROUNDS) * bench.len() as f64)
    };
    let started = Instant::now();
    let flagged = bench.triage(ROUNDS);
    let triage_us = per_message(started);
    let started = Instant::now();
    let decided = bench.knowledge(ROUNDS);
    let knowledge_us = per_message(started);
    let started = Instant::now();
    bench.baseline(ROUNDS);
    let baseline_us = per_message(started);
    assert!(
        flagged > 0 && decided > 0,
        "triage flagged or the bot answered nothing: the corpus did not load"
    );
    println!(
        "triage: {triage_us:.2} µs/message; knowledge matching: {knowledge_us:.2} µs/message; baseline lowercase+contains: {baseline_us:.2} µs/message; \
         {} messages (mean {:.0} chars) x {ROUNDS} rounds, native release build",
        bench.len(),
        bench.mean_chars()
    );
}
