//! The face swelling of a dental abscess told as the cheek or the jaw, in the seven
//! languages ("swollen cheek from a back tooth", "se me hinchó la mejilla", "la joue a
//! gonflé", "die Backe ist dick geworden", "si è gonfiata la guancia", "bochecha inchada",
//! "mijn wang is dik"). With a tooth named it reads through the existing row "dental swelling
//! of the face" [SDCEP]; a cheek without a tooth (after filler, a bite) lifts nothing here.
//! Tests, in other words than the corpus, with hard negatives, are in
//! `cheek_swelling_from_a_tooth_tests.rs`.

use super::lexicon::Sig;

/// A swollen cheek or jaw, read as face swelling (the dental context is the row's).
pub(crate) const CHEEK_SWELLING_FROM_A_TOOTH: &[(Sig, &str)] = &[(
    Sig::FaceSwelling,
    pats![
        "cheek|cheeks|jaw ~swollen|swelling|swell*|puffy|puffed|fat|big",
        "swollen|puffy cheek|jaw",
        "mejilla|cachete|cara ~hinchad*|inflamad*",
        "hincho|hinchado|hinchada ~mejilla|cachete",
        "joue|machoire ~gonfl*|enfl*",
        "gonfl*|enfl* ~joue",
        "backe|wange|kiefer ~dick|geschwollen|angeschwollen",
        "dicke|geschwollene ~backe|wange",
        "guancia|mascella ~gonfi*",
        "gonfi* ~guancia",
        "bochecha|maxilar|queixo ~inchad*|inchou|incha",
        "inchou|inchada ~bochecha",
        "wang|kaak ~dik|opgezwollen|gezwollen",
        "dikke ~wang",
    ],
)];
