//! A baby's abnormal cry and a bulging soft spot told in lay words: a cry "high pitch",
//! "pleure d'une voix aiguë", "chora fino", "huilt heel hoog", and the top of the head
//! "bombé", "gewölbt", "sporgente" for the soft spot. NICE's traffic-light table puts a
//! weak, high-pitched or continuous cry and a bulging fontanelle under red [NG143]: the
//! lexicon's cry and soft-spot signals are emergencies on their own. Tests, in other words
//! than the corpus, with hard negatives (a baby crying a lot while teething, a high voice,
//! a bump on an adult's head), are in `a_babys_cry_and_soft_spot_tests.rs`.

use super::lexicon::Sig;

/// A high-pitched cry, and the soft spot told as the top of the head bulging.
pub(crate) const A_BABYS_CRY_AND_SOFT_SPOT: &[(Sig, &str)] = &[
    (
        // The lexicon's abnormal-cry signal ("high pitched cry" was read before the verb).
        Sig::Grunting,
        pats![
            "crying|cries ~high ~pitch|pitched",
            "llora|llorando ~agudo|chillon|chillando",
            "pleure|pleurait ~voix ~aigue|aigu",
            "pleurs ~aigus|aigu",
            "weint|schreit ~schrill|ganz ~hoch",
            "piange|piangendo ~acuto|stridulo|stridula",
            "chora|chorando ~agudo|estridente|fino",
            "huilt|krijst ~hoog|schel|piepend",
        ],
    ),
    (
        Sig::Fontanelle,
        pats![
            "dessus|haut|sommet ~tete ~bombe|bombee",
            "parte ~alta|arriba ~cabeza ~abombad*|abultad*",
            "oben ~am ~kopf ~gewolbt|vorgewolbt",
            "punto ~morbido ~gonfi*|sporgent*|bombat*",
            "topo ~cabeca ~estufad*|abaulad*",
            "zachte ~plek ~bol|bolt|gezwollen",
        ],
    ),
];
