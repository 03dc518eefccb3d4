//! "So much blood" in Italian, Portuguese and Spanish ("perdo tanto sangue", "tanta
//! sangre", "tantissimo sangue"): the amount that makes a bleed heavy, read as "a lot of
//! blood" already is. In pregnancy or after a birth the table then reads heavy loss, an
//! emergency [MAT, CG37]. Bare "tanto" (so, anyway) is not here. Tests, in other words
//! than the corpus, with hard negatives (a little blood, so much pain without blood), are
//! in `so_much_blood_tests.rs`.

use super::lexicon::Sig;

/// So much blood.
pub(crate) const SO_MUCH_BLOOD: &[(Sig, &str)] = &[(
    Sig::Severe,
    pats![
        "tanto|tanta|tantissimo|tantissima sangue|sangre",
        // The verb with "a lot" after it ("sangrando muito", "sanguino molto", "bloed
        // heel erg"); bare "muito" or "molto" is too common to be a modifier alone.
        "sangrando|sangrei|sangra|sangro|sanguino|sanguina|sanguinando|sangrar ~muito|muita|molto|mucho|tanto",
        // Not "muito sangue" alone: blood drawn at the lab is "muito sangue" too.
        "bloed|bloedt|bloeden ~heel ~veel|erg",
    ],
)];
