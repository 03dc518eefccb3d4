//! An animal bite told verb first, the way Romance languages, German and Dutch tell it:
//! "me mordió el perro del vecino", "mordu par un chien", "gebissen von unserer Katze",
//! "morsa da un cane", "mordido por um cão", "gebeten door een hond". The animal-first
//! order was read already; a bite needs a clinician the same day [MTS bites and stings].
//! Tests in other words, with hard negatives (a dental bite, a mosquito, a dog at
//! the practice), are in `a_bite_told_verb_first_tests.rs`. Session 22f wrote it with four other
//! tables and dropped all five when held-out 45 lost an emergency; retried alone here.

use super::lexicon::Sig;

/// The verb of biting, then the animal.
pub(crate) const A_BITE_TOLD_VERB_FIRST: &[(Sig, &str)] = &[(
    Sig::AnimalBite,
    pats![
        "mordio|mordieron|mordido|mordida perro|perrito|chucho|gato|mono|murcielago|rata|caballo",
        "mordu|mordue par chien|chat|singe|rat|cheval|chauve",
        "gebissen von hund|katze|pferd|affe|ratte",
        "morso|morsa|morsicato|morsicata da cane|gatto|scimmia|topo|cavallo",
        "mordeu|mordido|mordida por cao|cachorro|gato|macaco|rato|cavalo",
        "gebeten door hond|kat|paard|rat",
    ],
)];
