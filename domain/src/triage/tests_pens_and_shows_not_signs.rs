//! Emergency words that name a thing, not a sign (batch 117, session 22d in TRIAGE.md):
//! - a stroke, a heart attack or a fit that happens to a character in a series or a film
//!   ("la protagonista le da un ictus", "der Kommissar kriegt einen Herzinfarkt", "dans
//!   Grey's Anatomy ... un AVC"): the show's character words only, never a bare "film",
//!   so "we were watching a film and dad had a stroke" still reads as a stroke;
//! - an adrenaline pen that expires or needs a prescription ("mon stylo d'adrénaline
//!   expire"): a pen named, not given;
//! - a covid, flu or strep test that came back positive: not a pregnancy test (the
//!   positive test of `everyday_signs_in_seven_languages.rs`).
//!
//! Each pattern covers the word it hides (`Sig::NotASign`), as in
//! `death_words_in_media_and_jokes.rs`. Tests, with the emergencies these must not hide,
//! are in `tests_pens_and_shows_not_signs_tests.rs`.

use super::lexicon::Sig;

/// Shows, pens and other tests: not a sign.
pub(crate) const TESTS_PENS_AND_SHOWS_NOT_SIGNS: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "protagonista|protagoniste|personaje|personnage|personaggio|personagem|kommissar|hauptfigur|kommissarin|character ~ictus|avc|herzinfarkt|infarctus|infarto|schlaganfall|stroke|beroerte|hartaanval|herzstillstand|convulsion|attack",
        "anatomy|tatort|netflix|telenovela|soap ~ictus|avc|herzinfarkt|infarctus|infarto|schlaganfall|stroke|beroerte|hartaanval",
        "stylo|epipen|pen|pluma|penna|caneta ~adrenaline|adrenalina|adrenalin ~expire|perime|caduca|vence|ablauft|abgelaufen|scade|scaduta|verloopt|expires|expired",
        "ordonnance|ordo|receta|rezept|ricetta|receita|recept|prescription ~stylo|epipen|pen ~adrenaline|adrenalina|adrenalin",
        "covid|corona|grippe|gripe|influenza|flu|strep|rsv ~positiv|positive|positief ~getestet|tested|getest",
        "positiv|positive|positief ~getestet|tested|getest ~auf|on|for|op ~covid|corona|grippe|influenza|flu|strep|rsv",
        "getestet|tested ~positiv|positive ~auf|for ~covid|corona|grippe|influenza|flu|strep|rsv",
        "positiv|positive|positief ~auf|for|op ~covid|corona|grippe|influenza|flu|strep|rsv ~getestet|tested|getest",
    ],
)];
