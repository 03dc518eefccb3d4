//! The triage benchmark's workload, shared by the native runner (`main.rs`) and the wasm
//! build that `run.mjs` times in V8 (the engine workerd embeds).
//!
//! Not product code. The wasm build stands in for the worker because a worker's own clock
//! stands still while it computes, so it can't time itself.

use chrono::{DateTime, Utc};
use frontdesk_domain::knowledge;
use frontdesk_domain::triage::Triager;
use frontdesk_domain::ClinicConfig;
use frontdesk_protocol::Urgency;
use wasm_bindgen::prelude::wasm_bindgen;

/// The corpus messages and a triager built from a clinic's configuration.
#[wasm_bindgen]
pub struct TriageBench {
    config: ClinicConfig,
    triager: Triager,
    messages: Vec<String>,
}

#[wasm_bindgen]
impl TriageBench {
    /// `clinic_toml` is a clinic file; `corpus_tsv` the labelled corpus (text in column 4).
    #[wasm_bindgen(constructor)]
    pub fn new(clinic_toml: &str, corpus_tsv: &str) -> Result<TriageBench, String> {
        let config: ClinicConfig = toml::from_str(clinic_toml).map_err(|e| e.to_string())?;
        Ok(TriageBench {
            triager: Triager::new(&config.triage),
            config,
            messages: corpus_messages(corpus_tsv),
        })
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Mean message length in characters, to describe the workload.
    pub fn mean_chars(&self) -> f64 {
        let total: usize = self.messages.iter().map(|m| m.chars().count()).sum();
        total as f64 / self.messages.len().max(1) as f64
    }

    /// Triages every message `rounds` times; returns how many came out non-routine so
    /// the work can't be optimised away.
    pub fn triage(&self, rounds: u32) -> u32 {
        let mut flagged = 0;
        for _ in 0..rounds {
            for message in &self.messages {
                let assessment = self.triager.assess(message);
                flagged += u32::from(assessment.urgency != Urgency::Routine);
            }
        }
        flagged
    }

    /// Runs the bot's knowledge matching (`knowledge::decide`, as the message path calls
    /// it for routine messages) over every message `rounds` times; returns how many got
    /// an answer or a handoff.
    pub fn knowledge(&self, rounds: u32) -> u32 {
        // A fixed Tuesday, 10:00 UTC: the hours answer depends on the time, not the run.
        let now = DateTime::<Utc>::from_timestamp(1_779_789_600, 0).unwrap_or_default();
        let mut decided = 0;
        for _ in 0..rounds {
            for message in &self.messages {
                let decision = knowledge::decide(&self.config, message, "en", now);
                decided += u32::from(decision.is_some());
            }
        }
        decided
    }

    /// The same baseline as the native benchmark: lowercase, then a few `contains`.
    pub fn baseline(&self, rounds: u32) -> u32 {
        const WORDS: [&str; 8] = [
            "chest pain",
            "breath",
            "bleeding",
            "fever",
            "appointment",
            "invoice",
            "parking",
            "stitches",
        ];
        let mut hits = 0;
        for _ in 0..rounds {
            for message in &self.messages {
                let lower = message.to_lowercase();
                hits += u32::from(WORDS.iter().any(|w| lower.contains(w)));
            }
        }
        hits
    }
}

/// The CPU of an upload (issue 21): `attachment::inspect` (type from the bytes, the
/// structure walk, metadata removal, the polyglot checks) over `bytes`, `rounds` times.
/// Returns the stored size, so the work can't be optimised away; 0 when refused.
#[wasm_bindgen]
pub fn inspect_rounds(bytes: &[u8], rounds: u32) -> f64 {
    let mut stored = 0.0;
    for _ in 0..rounds {
        stored = frontdesk_domain::attachment::inspect(bytes)
            .map_or(0.0, |accepted| accepted.bytes.len() as f64);
    }
    stored
}

fn corpus_messages(corpus_tsv: &str) -> Vec<String> {
    corpus_tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.splitn(4, '\t').nth(3))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_message_column_and_skips_comments() {
        let tsv =
            "# header\nemergency\tclinical\ten\tchest pain now\n\nroutine\tbilling\ten\tinvoice?\n";
        assert_eq!(corpus_messages(tsv), ["chest pain now", "invoice?"]);
    }
}
