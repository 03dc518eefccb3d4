//! A small child who may have got at a grandparent's or parent's tablets, told as what was
//! found ("pillen van opa gepakt", "tomou comprimidos da avó", "hat Omas Herztabletten
//! erwischt"): a child who may have swallowed a medicine is an emergency even when they
//! seem well [POIS]; the existing row joins `Ingested` to a child. Dutch writes the
//! medicine as a compound ("hartpillen", "bloeddruktabletten") before the verb, Portuguese
//! takes "tomou/tomado/apanhou". Tests, in other words than batch 133, with hard
//! negatives (a parent taking their own tablets, a child's vitamins as prescribed, tablets
//! put out of reach), are in `a_child_at_someone_elses_pills_tests.rs`.

use super::lexicon::Sig;

/// Tablets got at, in Dutch and Portuguese word order.
pub(crate) const A_CHILD_AT_SOMEONE_ELSES_PILLS: &[(Sig, &str)] = &[(
    Sig::Ingested,
    pats![
        "*pillen|*tabletten|pillen|tabletten|pilletjes|medicijnen ~gepakt|gepikt|opgegeten",
        "aan ~de ~pillen|tabletten|medicijnen ~gezeten",
        "tomou|tomado|apanhou|mexeu ~comprimido*|remedio*|pilula* ~da|do|dos|das ~avo|avos|pai|mae",
        "comprimidos|remedios ~da|do ~avo|avo ~no ~chao",
    ],
)];
