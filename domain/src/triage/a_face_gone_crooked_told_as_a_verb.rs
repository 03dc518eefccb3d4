//! A stroke's face told as something that happened to it, in Italian: "si è storta la
//! bocca", "mi si è storta la faccia" (the mouth, the face went crooked), where the tables
//! knew the adjective after the noun ("bocca storta"). Found by this session's probe of red
//! flags behind a practical request ("siete aperti sabato? a mio padre si è storta la
//! bocca"): a drooping face is a stroke sign, an emergency [FAST, NG128]. Tests, with hard
//! negatives (a twisted ankle, "storta" as a sprain, a crooked picture), are in
//! `a_face_gone_crooked_told_as_a_verb_tests.rs`.

use super::lexicon::Sig;

/// The mouth or face gone crooked, verb first.
pub(crate) const A_FACE_GONE_CROOKED_TOLD_AS_A_VERB: &[(Sig, &str)] = &[(
    Sig::Stroke,
    pats!["storta|storto ~la|il ~bocca|faccia|viso|labbro"],
)];
