//! A face that sags on one side told with the Dutch separable verb "wegzakken" ("haar
//! gezicht zakt aan één kant weg", "zijn mond zakt weg"): the "weg" is part of the verb,
//! not "gone", so the sign is read as present, a stroke sign, an emergency [NG128]. Tests,
//! in other words than the corpus, with hard negatives (a face that sagged last week and is
//! better), are in `face_sagging_in_dutch_tests.rs`.

use super::lexicon::Sig;

/// A face or mouth sagging away, with the verb's "weg" inside the match.
pub(crate) const FACE_SAGGING_IN_DUTCH: &[(Sig, &str)] =
    &[(Sig::Stroke, pats!["gezicht|mond|mondhoek zakt|zakte ~weg"])];
