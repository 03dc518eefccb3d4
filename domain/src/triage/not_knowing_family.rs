//! Spanish "ya no nos conoce", "no me conoce": a person who no longer knows their own
//! family, new confusion [NG51 red: new confusion; the other six languages' "does not
//! recognise us" were read already]. A clinic that does not know a patient ("no me
//! conocen en la clínica") is not this: the subject must be the person and the object
//! "me" or "nos". Tests, with hard negatives, are in `not_knowing_family_tests.rs`.

use super::lexicon::Sig;

pub(crate) const NOT_KNOWING_FAMILY: &[(Sig, &str)] = &[(
    Sig::Confusion,
    pats!["ya no nos|me conoce", "no nos conoce"],
)];
