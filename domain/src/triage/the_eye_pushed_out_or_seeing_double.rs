//! Signs that an infection round the eye has spread behind it (orbital cellulitis): double
//! vision or the eye pushed out or bulging, told with a swollen eye or eyelid, often after
//! a sinus infection, a cold or a procedure on the eyelid: "my eyelid is puffy and I'm
//! seeing double", "ojo hinchado y veo doble", "l'œil
//! gonflé sort de l'orbite", "das Auge ist geschwollen und steht hervor", "occhio gonfio
//! e sporgente", "olho inchado e saltado", "oog dik en het puilt uit". CLINICAL-SOURCES
//! gives periorbital and orbital cellulitis together as a same-day ophthalmology look
//! (U!) [NG141]; the orbital signs are the step to admission, so with a swollen eye they
//! are an emergency in the table (session 25b's decision, for the safety lead to confirm).
//! Pain on moving the eye is left out: the corpus's writers label a swollen red lid that
//! hurts to move 24 times as urgent, as the sources' U! says, and it stays so. A stye,
//! puffy eyes in the morning, or a swollen lid alone keep their levels (routine to urgent). Tests are in `the_eye_pushed_out_or_seeing_double_tests.rs`.

use super::lexicon::Sig;

/// Double vision, an eye pushed out.
pub(crate) const THE_EYE_PUSHED_OUT_OR_SEEING_DOUBLE: &[(Sig, &str)] = &[(
    Sig::OrbitalSign,
    pats![
        "double vision",
        "seeing|see|sees double",
        "veo|ve|viendo doble",
        "vision|vista doble",
        "vois|voit double",
        "vision double",
        "doppelt ~sehen|sieht|sehe",
        "sehe|sieht|sehen ~doppelt",
        "doppelbilder",
        "vedo|vede doppio",
        "visione|vista doppia",
        "vendo|vejo|ve duplo",
        "visao|vista dupla",
        "zie|ziet|zien dubbel",
        "dubbel ~zien",
        "eye|eyeball ~bulging|bulges|protruding|sticking|pushed|popping",
        "ojo ~salton|salido|saliendo|fuera",
        "oeil ~sort|exorbite|pousse|globuleux",
        "auge ~steht|tritt|quillt ~hervor|vor|heraus",
        "occhio ~sporge|sporgente|fuori",
        "olho ~saltado|saliente|fora",
        "oog ~puilt|uitpuilend|steekt",
    ],
)];
