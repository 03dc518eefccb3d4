//! A leg, foot or arm gone cold and white, pale or blue: with pain, the limb's blood
//! supply cut off (a cold, pale, pulseless limb is an emergency [BOAST]). Both the cold
//! and the colour are needed, in either order, on a leg, foot or arm; fingers that go
//! white in the cold (Raynaud's) are not this. Alone, a same-day look. Tests, in other
//! words than the corpus, with hard negatives (cold feet at night, white fingers in
//! winter, a pale leg after a plaster came off without pain), are in
//! `cold_pale_limb_tests.rs`.

use super::lexicon::Sig;

pub(crate) const COLD_PALE_LIMB: &[(Sig, &str)] = &[(
    Sig::ColdPaleLimb,
    pats![
        "leg|legs|foot|feet|arm ~cold|freezing|icy|ice white|pale|blue|grey|gray",
        "leg|legs|foot|feet|arm ~white|pale|blue|grey|gray cold|freezing|icy",
        "jambe|pied|bras ~froide|froid|glacee|glace blanche|blanc|pale|livide|bleue|bleu",
        "jambe|pied|bras ~blanche|blanc|pale|livide|bleue|bleu froide|froid|glacee|glace",
        "jambe|pied|bras ~devenue|devenu blanche|blanc|pale|livide|bleue|bleu ~froide|froid|glacee",
        "bein|fuss|arm ~kalt|eiskalt weiss|blass|bleich|blau",
        "bein|fuss|arm ~weiss|blass|bleich|blau kalt|eiskalt",
        "pierna|pies|brazo ~fria|frio|helada|helado blanca|blanco|palida|palido|morada|morado",
        "pierna|pies|brazo ~blanca|blanco|palida|palido|morada|morado fria|frio|helada|helado",
        "gamba|piede|braccio ~fredda|freddo|gelida|gelido bianca|bianco|pallida|pallido|viola",
        "gamba|piede|braccio ~bianca|bianco|pallida|pallido|viola fredda|freddo|gelida|gelido",
        "perna|pes|braco ~fria|frio|gelada|gelado branca|branco|palida|palido|roxa|roxo",
        "perna|pes|braco ~branca|branco|palida|palido|roxa|roxo fria|frio|gelada|gelado",
        "mijn|zijn|haar|zn been|voet ~koud|ijskoud wit|bleek|blauw",
        "mijn|zijn|haar|zn been|voet ~wit|bleek|blauw koud|ijskoud",
    ],
)];
