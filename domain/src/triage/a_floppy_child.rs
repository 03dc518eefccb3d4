//! A child gone floppy, or a baby who no longer looks at or reacts to their parent.
//! Reduced tone and no response to social cues are NICE's red features in a child under
//! five [NG143 red], and a floppy child is an "Unconscious"-level word in the sources'
//! lay list: with a child or a baby named, an emergency; a floppy adult alone is a
//! same-day look (tiredness told as "schlapp" or "molle" in flu). Not looking at a
//! parent counts only in a baby or child with a fever, drowsiness, floppiness or not
//! feeding (a teenager who won't look at their mother after a row is not a sign).
//! Tests, in other words than the corpus, with hard negatives (a limp from football, a
//! soft belly, a sulking teenager, a floppy adult with flu), are in
//! `a_floppy_child_tests.rs`.

use super::lexicon::Sig;

pub(crate) const A_FLOPPY_CHILD: &[(Sig, &str)] = &[
    (
        Sig::Floppy,
        pats![
            "floppy",
            "gone|went|is|so|all|very limp",
            "toute|tout|tres|peu molle|moue|mou",
            "comme une poupee de chiffon",
            "flojito|flojita",
            "como un trapo",
            "ganz|total|voellig|vollig|so schlapp",
            "wie ein nasser sack",
            "tutto|tutta molle",
            "come una bambola di pezza",
            "molinho|molinha",
            "todo|toda|ficou mole",
            "helemaal|heel|zo|erg slap",
            "als een lappenpop",
        ],
    ),
    (
        Sig::NoSocialResponse,
        pats![
            "doesnt|wont|isnt|not look|looking at me|us",
            "doesnt|not react|reacting|respond|responding when|to me|us",
            "ne me|nous regarde pas|plus",
            "reagit presque|plus|pas quand",
            "no me|nos mira",
            "no reacciona cuando",
            "schaut|sieht mich|uns nicht|kaum an",
            "reagiert kaum|nicht auf mich|uns|ansprache",
            "non mi|ci guarda",
            "non reagisce quando",
            "nao olha pra|para mim|nos",
            "nao reage quando",
            "kijkt me|ons niet|nauwelijks aan",
            "reageert nauwelijks|niet op mij|ons",
        ],
    ),
];
