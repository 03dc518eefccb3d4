//! A wound or its stitches come apart, in the words people use: "pulled apart", "gaping",
//! "come apart", "puntos que se han soltado", "die Naht klafft", "hechtingen los". A wound
//! that opens after an operation needs a clinician the same day [MTS: surgery in the last
//! six weeks], even when it does not bleed: a "not bleeding" beside it must not take the
//! opening with it. Tests, in other words than batch 120, with hard negatives (stitches
//! taken out, a scar closed, a seam of clothing), are in `stitches_pulled_apart_tests.rs`.

use super::lexicon::Sig;

/// The stitches, the wound or the cut come apart or gape.
pub(crate) const STITCHES_PULLED_APART: &[(Sig, &str)] = &[(
    Sig::WoundOpen,
    pats![
        "stitches|stitch|wound|incision|cut|scar ~pulled|pulling|come|came|coming|split|splitting ~apart|open",
        "stitches|wound|incision|cut ~gaping|gapes|gape",
        // The operation named, then the opening: "the stitches from the op have pulled apart".
        "op|operation|surgery|stitches|wound|incision ~have|has ~pulled|come|split ~apart|open",
        "gaping ~wound|cut|incision|hole",
        "puntos|grapas|herida ~soltado|soltaron|separado|separando|saltado",
        "points|agrafes ~lache|laches|sautes|saute",
        "plaie|cicatrice ~beante",
        "naht|nahte|faden|klammern ~aufgegangen|gerissen|klafft|klaffen|offen",
        "wunde|schnitt ~klafft|klaffen",
        "punti|graffette ~saltati|saltato|ceduti|ceduto|staccati",
        "saltati|saltato|staccati ~punti|graffette",
        "ferita ~si ~e ~aperta|riaperta|allargata",
        "pontos ~soltaram|soltou|estouraram|arrebentaram|abriram",
        "hechtingen|hechting|nietjes ~losgeschoten|losgegaan|opengesprongen|opengegaan",
        "wond ~gaapt|wijkt",
    ],
)];
