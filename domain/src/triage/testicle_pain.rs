//! A boy's or young man's testicle named in lay words the lexicon lacked: "his privates,
//! one side", "une couille", "zn zakje", "dói o saco". Sudden pain in one testicle is
//! torsion until shown otherwise, an emergency with or without vomiting [TT]; the
//! presentation table already combines the testicle with pain, swelling or vomiting, so
//! these are the words. Words that are also everyday things ("zakje" is a small bag,
//! "que saco" an annoyance) count only next to pain or swelling. Tests, in other words
//! than the corpus, with hard negatives, are in `testicle_pain_tests.rs`.

use super::lexicon::Sig;

/// Lay names for a testicle or the scrotum.
pub(crate) const TESTICLE_PAIN: &[(Sig, &str)] = &[(
    Sig::Testicle,
    pats![
        "privates|private ~one ~side",
        "one|1 ~side ~of ~his|my ~privates",
        "his ~privates|nuts ~hurt*|sore|swollen|pain*|agony|killing",
        "pain|hurt*|agony|ache ~his ~privates",
        "couille|couilles",
        "zakje|balzakje ~pijn|doet|dik|gezwollen|opgezwollen",
        "pijn ~zakje|balzakje",
        "doi|doendo|doeu|inchado ~saco",
        "saco ~doendo|inchado|doeu",
        "dolor|duele|duelen ~testiculo|testiculos|huevo|huevos",
        "palla|palle|testicolo ~male|fa|dolore|gonfi*",
        "ei|eier ~tut|tun|geschwollen",
        "testikel|testikels|zaadbal|zaadballen",
    ],
)];
