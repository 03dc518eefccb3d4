//! A bleed with the signs of shock beside it: faint or lightheaded and clammy, pale or
//! grey ("keeps filling the gauze ... now I'm lightheaded and clammy"). Bleeding that
//! makes a person faint, pale, cold or clammy is an emergency [BLEED: "pale, cold, faint,
//! confused"; RCUK: circulation]; faintness alone, or a bleed alone, is read by the rows
//! that were there. Also a gauze that keeps filling after a tooth out as the bleed it
//! is, and German "angeschwollen" as a swelling (a swelling after an operation with
//! faintness is the row of session 17f). Tests, in other words than the corpus, with
//! hard negatives (faint at the sight of a little blood that stopped, dizzy without a
//! bleed, a gauze soaked in salt water), are in `bleeding_with_faintness_tests.rs`.

use super::lexicon::Sig;

pub(crate) const BLEEDING_WITH_FAINTNESS: &[(Sig, &str)] = &[
    (
        Sig::Bleeding,
        pats![
            "gauze|gauzes ~keeps|kept|keep filling|soaking|refilling",
            "gauze|gauzes ~soaked|drenched through",
            "gasa|gasas ~empapada|empapadas|llena|llenas sangre",
            "compresse|compresses ~imbibee|imbibees|trempee|trempees|pleine|pleines sang",
            "tupfer ~durchgeblutet|vollgeblutet",
            "garza|garze ~inzuppata|inzuppate|piena|piene sangue",
            "gaze|gazes ~encharcada|encharcadas|cheia|cheias sangue",
            "gaasje|gaasjes|gaas ~doorweekt|vol bloed",
        ],
    ),
    (
        Sig::Swelling,
        pats!["angeschwollen|aufgeschwollen|dick angeschwollen"],
    ),
];
