//! Same-day signs played down ("ça passera peut-être", "deve estar a dormir") and told
//! without the noun the tables wait for: new floaters with the eye named after them
//! ("mouches noires dans l'oeil gauche"), flashes "at the side" with no eye word ("des
//! éclairs sur le côté"): a retinal tear until seen, same day [EYE]; and a baby late in
//! pregnancy named only as "she" ("hoje ela mexeu muito pouco"): reduced movements, same
//! day [RCOG/GTG57 via MAT]. Tests, in other words than batch 133, with hard negatives (a
//! fly in the kitchen, a flash from a camera, a grandmother who moves little), are in
//! `floaters_and_movements_told_without_the_usual_noun_tests.rs`.

use super::lexicon::Sig;

/// Floaters and flashes with the eye after them or at the side; movements as "she".
pub(crate) const FLOATERS_AND_MOVEMENTS_TOLD_WITHOUT_THE_USUAL_NOUN: &[(Sig, &str)] = &[
    (
        Sig::VisionChange,
        pats![
            "mouches|taches ~noires ~oeil",
            "eclairs|flashs ~sur ~le ~cote",
            "moscas|manchas|puntos ~negras|negros ~ojo",
            "destellos ~a|en ~un ~lado",
            "blitze ~am ~rand|seitlich",
            "mosche|macchie|puntini ~nere|neri ~occhio",
            "lampi ~di|sul ~lato",
            "moscas|manchas|pontos|pontinhos ~pretas|pretos ~olho",
            "claroes|flashes ~de|no ~lado",
            "zwarte ~puntjes|vlekjes|stipjes ~oog|*oog",
            "flitsen ~aan ~zijkant",
        ],
    ),
    (
        Sig::FetalMovement,
        pats![
            "ela|ele ~mexeu|mexe|mexendo ~muito ~pouco",
            "ela|ele ~quase ~nao ~mexeu|mexe",
        ],
    ),
];
