//! A vasectomy named in seven languages, so that a painful, swollen scrotum in the days
//! after one reads as the haematoma or infection it almost always is (a same-day look),
//! not as a torsion. The testicle row of the presentation table stays an emergency without
//! a vasectomy, and with one when the pain is sudden, with vomiting, a fever of 39 or
//! shivering [TT, consensus]; the rows are in `presentations.rs` (`Cond::Absent`). Tests, in
//! other words than the corpus, with torsion in all seven languages as the hard negative,
//! are in `scrotal_swelling_after_a_vasectomy_tests.rs`.

use super::lexicon::Sig;

/// The operation by its name ("vasectomía", "Vasektomie") and the English "the snip".
pub(crate) const SCROTAL_SWELLING_AFTER_A_VASECTOMY: &[(Sig, &str)] = &[(
    Sig::Vasectomy,
    pats![
        "vasectomy|vasectomia|vasectomie|vasektomie",
        "had|after|since ~the snip"
    ],
)];
