//! Lay words and contexts added in session 12 (TRIAGE.md): a clinician's verdict told
//! in the next sentence, and the concepts blind batches 49-50 found missing (English as
//! a second language and from older writers, red flags concept by concept). Kept apart
//! so the larger findings files do not grow; each entry is a concept with its words in
//! the seven languages, in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings and contexts added in session 12.
pub(crate) const PLAIN_FINDINGS: &[(Sig, &[&str])] = &[
    // ------------------------------------------------------- a clinician's verdict
    (
        // "The cardiologist did the ECG, it was muscular": the verdict that a pain was
        // the muscles, in the seven languages. A context only: it dates nothing by
        // itself (see `scope/across.rs`).
        Sig::Reviewed,
        &[
            "muscular|musculoskeletal|musculaire|muskular|muskulaer|muscolare|musculair|muscular",
            "muscle|muscles|muscolo|muscolare|musculo|muskel|spier ~only|just|solo|seulement|nur|alleen|apenas",
        ],
    ),
];
