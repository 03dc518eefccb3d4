//! A blow to the belly in pregnancy told the way it happens: kicks and punches from a
//! partner ("le ha dato dei calci nella pancia", "me pegó en la barriga", "hat mir in den
//! Bauch getreten"). With bleeding, pain, tightenings or the baby moving less, the table
//! reads the placenta coming away, an emergency [GTG63, MAT]. Tests, in other words than
//! the corpus, with hard negatives (the baby kicking, a blow without a pregnancy), are in
//! `blow_to_a_pregnant_belly_tests.rs`.

use super::lexicon::Sig;

/// Kicked, punched or hit in the belly, in the words a frightened person uses.
pub(crate) const BLOW_TO_A_PREGNANT_BELLY: &[(Sig, &str)] = &[(
    Sig::BellyBlow,
    pats![
        "dato|preso|presa ~calci|pugni|colpi|botte ~pancia|addome|stomaco",
        "pugno|pugni ~pancia",
        "pego|golpeo|pateo|punetazo|punetazos|golpes ~barriga|vientre|panza|tripa",
        "getreten|geschlagen|geboxt|schlug ~bauch|magen",
        "bauch|magen ~getreten|geschlagen|geboxt",
        "frappe|frappee|cogne ~ventre",
        "bateu|socos|murro|murros|chutou ~barriga|estomago",
        "geslagen|sloeg|stompte|gestompt ~buik",
        "buik ~geslagen|geschopt|gestompt",
        "hit|punch|punching|elbowed ~me ~belly|stomach|tummy|bump",
    ],
)];
