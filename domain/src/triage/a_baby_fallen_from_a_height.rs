//! A baby or toddler fallen from a changing table, a bed, a sofa or a high chair: a head
//! injury in the making for a child under five [HI]; told with drowsiness or floppiness
//! after it, the existing head-injury rows make it an emergency. `Sig::HeadInjury` is
//! urgent by itself. Tests in other words, with negatives (a baby rolled on the floor
//! mat, a changing table bought), are in `a_baby_fallen_from_a_height_tests.rs`.

use super::lexicon::Sig;

/// A fall from a changing table, bed, sofa or high chair, in seven languages.
pub(crate) const A_BABY_FALLEN_FROM_A_HEIGHT: &[(Sig, &str)] = &[(
    Sig::HeadInjury,
    pats![
        "caduto|caduta ~dal|dalla ~fasciatoio|seggiolone|lettone|divano",
        "fell|fallen|rolled ~off ~changing|high ~table|chair",
        "fell|fallen|rolled ~off ~bed|sofa|couch",
        "cayo|caido ~del|de ~cambiador|trona|cama|sofa",
        "tombe|tombee ~de|du ~table ~a ~langer",
        "tombe|tombee ~du|de ~lit|canape|chaise ~haute",
        "vom ~wickeltisch|hochstuhl|bett|sofa ~gefallen|gesturzt",
        "caiu ~do|da ~trocador|cadeirao|cama|sofa",
        "van ~commode|aankleedkussen|aankleedtafel|kinderstoel|bed|bank ~gevallen|gerold",
    ],
)];
