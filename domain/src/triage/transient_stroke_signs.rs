//! A stroke sign told as a spell of minutes, in the words people use when it has passed:
//! "hand went numb and clumsy", "mouth went lopsided", "couldn't use my left hand",
//! "non riusciva a muovere la mano", "sem conseguir mexer a mão", "die Hand nicht
//! benutzen", "mijn hand niet goed gebruiken", "haar woorden niet vinden", "la bouche a
//! dévié", "se me durmieron la mano y media boca". Passed, it is a suspected TIA: a
//! same-day specialist look, an emergency within the day [NG128, CG68]; scope decides
//! which. Kept to one side of the body or to a clumsy numbness, so a hand numb from sleep
//! or a knee that gives way does not read as a stroke. Tests in other words, with hard
//! negatives, in `transient_stroke_signs_tests.rs`.

use super::lexicon::Sig;

/// One-sided weakness or numbness, or a face that pulled, told as a spell.
pub(crate) const TRANSIENT_STROKE_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::Stroke,
        pats![
            "hand|arm ~numb ~and ~clumsy",
            "mouth|face ~go|went|gone ~lopsided",
            "!couldnt|cant ~use ~left|right ~hand|arm",
            "!riusciva|riuscivo ~muovere ~mano|braccio|gamba ~sinistra|destra",
            "!conseguir ~mexer ~mao|braco|perna ~esquerda|direita|esquerdo|direito",
            "!linke|rechte ~hand|arm|bein ~nicht ~benutzen|bewegen",
            "!rechterhand|linkerhand|rechterarm|linkerarm ~niet ~gebruiken|bewegen",
            "geen ~gevoel ~linkerhand|rechterhand ~mondhoek",
            "bouche ~devie|deviee",
            "durmieron ~mano ~boca",
            "perna|braco ~esquerda|direita|esquerdo|direito ~ficou ~fraca|fraco",
        ],
    ),
    (
        Sig::SpeechLoss,
        pats!["!woorden ~niet ~vinden", "!niet ~goed ~kunnen|kon ~praten"],
    ),
    (
        // The spell told as over: "went away completely", "ging vanzelf over", "daarna
        // weer goed", "luego bien", "depois passou". Scope reads the sign as passed.
        Sig::Resolved,
        pats![
            "went|gone ~away ~completely",
            "vanzelf ~over",
            "daarna ~weer ~goed",
            "luego ~bien",
            "depois ~passou",
        ],
    ),
];
