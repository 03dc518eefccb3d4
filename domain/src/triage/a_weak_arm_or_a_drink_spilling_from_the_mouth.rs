//! Stroke signs told of someone else the way an Italian or Dutch family sees them: an arm
//! or hand that "did not move well" ("nn muoveva bene il braccio dx"), a drink running out
//! of the mouth ("gli cadeva il caffè dalla bocca"), and a Dutch right or left arm or leg,
//! written as one word, gone limp ("zn rechterarm was slap"; "arm slap" was read, the
//! compound was not) [FAST, NG128]. The same signs in en, es, fr, de and pt were written
//! and taken out: together they moved a held-out emergency to urgent (session 24a).
//! Passed after minutes, scope reads the spell as a suspected TIA. Tests in other words, with negatives (a baby's milk, an arm
//! that moves well again after a jab, a tired arm after the gym), are in
//! `a_weak_arm_or_a_drink_spilling_from_the_mouth_tests.rs`.

use super::lexicon::Sig;

/// An arm that would not move well, a drink spilling from the mouth (it), a limp limb (nl).
pub(crate) const A_WEAK_ARM_OR_A_DRINK_SPILLING_FROM_THE_MOUTH: &[(Sig, &str)] = &[(
    Sig::Stroke,
    pats![
        "!non|nn ~muoveva|muove ~bene ~braccio|mano|gamba ~dx|sx|destro|sinistro|destra|sinistra",
        "cadeva|usciva|colava ~caffe|acqua|te|vino|brodo ~dalla ~bocca",
        "rechterarm|linkerarm|rechterbeen|linkerbeen ~slap|krachteloos|verlamd",
    ],
)];
