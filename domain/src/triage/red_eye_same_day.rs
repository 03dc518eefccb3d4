//! A red eye seen the same day, in the seven languages: an eyelid or the skin round the eye
//! red, swollen and sore (periorbital cellulitis, which can reach the orbit [NG141, EYE]),
//! and an eye that is redder, more painful or seeing worse after an operation on it
//! (endophthalmitis after cataract or laser surgery [EYE]). The surgery row existed ("pain,
//! redness or worsening sight after eye surgery") but read only "worse" and "blurred" in a
//! few languages, so "das Auge wird roeter", "l'oeil voit moins bien", "oog wordt steeds
//! roder en pijnlijker" placed nothing. Tests, in other words than the corpus, with hard
//! negatives, are in `red_eye_same_day_tests.rs`.

use super::lexicon::Sig;

/// Redness, pain and sight told as getting worse, and an eyelid swelling nearly shut.
pub(crate) const RED_EYE_SAME_DAY: &[(Sig, &str)] = &[
    (
        // Redder is worse: the comparative carries the change by itself. Not German "roter"
        // alone: it is also the plain adjective ("ein roter Fleck").
        Sig::Worse,
        pats![
            "redder|roeter|roder|rougit", "immer|wird roter", "plus rouge|rouges", "piu rosso|rossa",
            "mais vermelho|vermelha", "mas rojo|roja",
        ],
    ),
    (
        // The eyelid is the eye for these rows.
        Sig::EyeNamed,
        pats!["eyelid|eyelids|palpebra|palpebre|palpebras|paupiere|paupieres|augenlid|augenlider|ooglid|oogleden|parpado|parpados"],
    ),
    (
        // Not "puffed" alone: in British English it is out of breath.
        Sig::Swelling,
        pats!["puffy", "puffed up"],
    ),
    (
        Sig::Pain,
        pats!["pijnlijker|schmerzhafter|wehzutun|douloureuse|douloureux|dolorante"],
    ),
    (
        Sig::VisionChange,
        pats![
            "seh|sehe|voit|vois|voir|vedo|ve|veo|vejo|zie|ziet|see|sees ~schlechter|verschwommener|moins|peggio|peor|pior|slechter|worse",
            "blurrier|fuzzy|fuzzier",
        ],
    ),
];
