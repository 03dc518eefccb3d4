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
    pats!["tanto|tanta|tantissimo|tantissima sangue|sangre"],
)];
