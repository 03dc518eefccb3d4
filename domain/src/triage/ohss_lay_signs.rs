//! Severe ovarian hyperstimulation after egg collection told in lay words: the IVF itself in
//! French ("FIV", "ponction ovocytaire"), little urine ("only had a wee twice since
//! yesterday", "presque plus de pipi") and unable to lie flat to breathe ("j'arrive plus à me
//! coucher à plat"). A swollen belly after IVF with little urine or breathlessness is severe
//! OHSS, an emergency [GTG5]; the presentation table already has the row. Tests, in other
//! words than the corpus, with hard negatives (a lumbar puncture, plenty of urine, a pregnant
//! friend's IVF), are in `ohss_lay_signs_tests.rs`.

use super::lexicon::Sig;

/// Contexts and findings for severe OHSS after egg collection.
pub(crate) const OHSS_LAY_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::Ivf,
        pats![
            "fiv|fivete|icsi",
            "ponction ~ovarienne|ovocytaire|ovocytes|folliculaire",
            "puncion ~ovarica|folicular",
            "pick ~up ~ovocitario|ovociti",
            "eicelpunctie|follikelpunctie|punctie ~eicellen",
            "follikelpunktion|eizellentnahme",
        ],
    ),
    (
        Sig::LessUrine,
        pats![
            "only ~had|done ~a ~wee|pee|wees|pees ~once|twice",
            "only ~weed|peed ~once|twice",
            "hardly|barely ~weeing|peeing|any ~wee|pee|urine",
            "!presque|quasi ~plus|pas ~de ~pipi|urine",
            "!fais|fait ~presque|quasi ~pas|plus ~pipi",
            "!kaum|fast ~kein|keinen ~urin|pipi",
            "!kaum|fast ~nicht ~mehr ~pinkeln|wasserlassen",
            "!quase ~nao ~faco|fez ~xixi",
            "!quasi ~niente|nulla ~pipi",
            "!bijna ~niet|geen ~plassen|plas|urine",
            "!plas|plast ~bijna|haast ~niet|nooit",
            "!nauwelijks ~geplast|plassen|plas",
        ],
    ),
    (
        Sig::CantLieFlat,
        pats![
            "!arrive|peux ~plus|pas ~coucher|allonger ~plat",
            "!kann ~nicht ~mehr|nicht ~flach ~liegen",
            "!kan ~niet ~meer|niet ~plat ~liggen",
        ],
    ),
];
