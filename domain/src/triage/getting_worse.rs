//! "Getting worse" in Portuguese, Italian and Dutch. The lexicon's `Worse` words were
//! English, Spanish, French and German only, so "a dor está piorando", "il dolore
//! peggiora" and "de pijn wordt steeds erger" carried no severity: a pain getting worse
//! read as a pain, and a tense limb with a worsening pain [BOAST] or a blow to the belly
//! whose pain grows was not placed (batch 98). The words mirror the Spanish ones
//! ("empeora", "peor", "cada vez más", "no mejora"). Tests in `getting_worse_tests.rs`.

use super::lexicon::Sig;

/// Worse, worsening, more and more, not improving.
pub(crate) const GETTING_WORSE: &[(Sig, &str)] = &[(
    Sig::Worse,
    pats![
        "piora|piorando|piorou|pior",
        "cada vez mais",
        "!nao melhora",
        "!nao esta melhorando",
        "peggiora|peggiorando|peggiorato|peggiorata|peggio",
        "sempre di piu",
        "!non migliora",
        "erger|verergert|verergerd|slechter",
        "steeds meer",
        "!niet beter",
        "!wordt niet beter",
    ],
)];
