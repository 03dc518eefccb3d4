//! Lip filler told without the word "filler": "1ml in my lips", "les lèvres faites ce
//! matin", "me hicieron labios". With skin gone white, purple or mottled after it, the
//! table reads a vascular occlusion, an emergency [ACE]. Tests, in other words than the
//! corpus, with hard negatives (lips done months ago and fine, a lip balm), are in
//! `lip_filler_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Lips injected, told by the amount or as done.
pub(crate) const LIP_FILLER_TOLD_PLAINLY: &[(Sig, &str)] = &[(
    Sig::Filler,
    pats![
        "*ml ~lips|lip|levres|labios|labbra|lippen",
        "levres|labios|labbra|lippen ~faites|hechos|fatte|feitos|gedaan",
        "hicieron|fizeram|rifatto ~labios|labbra",
    ],
)];
