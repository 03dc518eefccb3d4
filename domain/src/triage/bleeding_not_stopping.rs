//! A bleed told by what does not stop it: "can't get the bleeding to stop", blood
//! through two or more towels, still bleeding despite pressure ("stopt niet na drukken",
//! "ça s'arrête pas malgré la serviette"). Bleeding not slowing under firm pressure is an
//! emergency [BLEED]. And two lay words for a bleed itself: "soaking pads" and French
//! "jsaigne" (typed "j'saigne"), which with clots is the existing row for heavy bleeding
//! [CG37, GTG52; MAT]. Each pattern names the bleed or the pressure, so a crying baby
//! one "can't get to stop" is not read. Tests, in other words than the corpus, with hard
//! negatives, are in `bleeding_not_stopping_tests.rs`.

use super::lexicon::Sig;

/// Findings: a bleed that pressure or towels do not stop, and two words for a bleed.
pub(crate) const BLEEDING_NOT_STOPPING: &[(Sig, &str)] = &[
    (
        Sig::Haemorrhage,
        pats![
            "cant|couldnt|cannot ~get ~bleeding|bleed ~to ~stop|stopping",
            "bleeding|bled|blood ~through ~#2 ~towels|towel|pads|dressings|bandages",
            "blutet|blut|geblutet ~durch ~#2 ~handtucher|handtuch|tucher|tupfer|verbande",
            "!hort|horte ~nicht ~auf ~trotz ~druck|drucken|verband",
            "blutet ~trotz ~druck|drucken|verband",
            "!stopt|stopte ~niet ~na|ondanks|bij ~drukken|druk|verband",
            "bloedt|bloed ~door ~#2 ~handdoeken|doeken|verbanden",
            "!arrete|arretait ~pas ~malgre ~serviette|pression|compresse|pansement|torchon",
            "saigne ~a ~travers ~#2 ~serviettes|compresses",
            "!no ~para|deja ~de ~sangrar ~aunque|apretando|presionando",
            "!non|nn ~smette ~di ~sanguinare ~anche|neanche|nemmeno ~premendo|comprimendo",
            "!nao ~para ~de ~sangrar ~mesmo ~apertando|pressionando",
        ],
    ),
    (
        Sig::Bleeding,
        pats![
            "jsaigne|jsaignes",
            "soaking|soaked|drenching ~pad|pads|sanitary"
        ],
    ),
];
