//! Hearing voices or the television talking to oneself, told in the first person and in
//! typed spellings the lexicon lacked ("sento voci", "hoert sie Stimmen", "la
//! televisione le parla"). After a birth, with the existing row, this is postpartum
//! psychosis, an emergency [CG192]; otherwise a same-day look. Tests, in other words
//! than the corpus, with hard negatives (a voice on the phone, a TV programme, a
//! neighbour's voices through the wall told as noise), are in `heard_voices_tests.rs`.

use super::lexicon::Sig;

/// Voices heard that are not there, and the television speaking to the person.
pub(crate) const HEARD_VOICES: &[(Sig, &str)] = &[(
    Sig::Psychosis,
    pats![
        "hear|hears|hearing ~voices ~that|nobody|noone|nobodys",
        "sento|sentendo ~voci", "hoert|hoere|hore|hort ~stimmen",
        "escucho|escucha|oigo|oye ~voces ~que ~no", "entends|entend ~des ~voix ~qui",
        "ouco|ouve|escuto|escuta ~vozes", "hoor|hoort ~stemmen ~die",
        "televisione|tv|tele|television|fernseher|televisao ~le|gli|ihr|ihm|lui|her|him|haar|hem ~parla|spricht|habla|parle|fala|praat|talks|talking",
        "televisione|tv|tele|television|fernseher|televisao ~parla|spricht|habla|parle|fala|praat|talks|talking ~to|con|mit|met|avec|com ~her|him|lei|lui|ihr|ihm|haar|hem|ella|elle|ela",
    ],
)];
