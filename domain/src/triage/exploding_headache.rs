//! A headache told as an explosion: "sudden exploding pain in the back of my head",
//! "explosieve pijn in mijn hoofd", "dolore esplosivo alla testa". A pain that explodes in
//! the head is the thunderclap of a bleed round the brain, an emergency [NG228]. A head
//! "about to explode" over a form names no pain and stays routine. Tests, in other words
//! than the corpus, with hard negatives, are in `exploding_headache_tests.rs`.

use super::lexicon::Sig;

/// A pain or headache that explodes, said of the head.
pub(crate) const EXPLODING_HEADACHE: &[(Sig, &str)] = &[(
    Sig::ThunderclapHeadache,
    pats![
        "explod*|explosi*|esplosi*|esplod* ~pain|dolor|douleur|schmerz*|dolore|dor|pijn ~head|kopf|tete|testa|cabeza|cabeca|hoofd",
        "dolor|douleur|schmerz*|dolore|dor|pijn explosi*|esplosi*|explod* ~head|kopf|tete|testa|cabeza|cabeca|hoofd",
        "explod*|explosi*|esplosi* headache|kopfschmerz*|hoofdpijn|cefalea|migraine|migrane",
    ],
)];
