//! A medicine just started, then the lips or the face puffing up: an allergy that reaches
//! the airway. The existing allergy row (an allergen with a changed voice, swallowing
//! trouble, or face or tongue swelling) makes it an emergency [RCUK]; the words it lacked
//! were the start of a course told as "started amoxicillin", "empecé el antibiótico",
//! "angefangen mit", and lips "puffing up". A course started, alone, lifts nothing; with a
//! rash alone it is the urgent allergy line. Tests, in other words than batch 120, with hard
//! negatives (a course started and fine, a question about alcohol, puffy eyes from crying),
//! are in `a_new_medicine_then_swelling_tests.rs`.

use super::lexicon::Sig;

/// A course of a medicine started, and the lips, tongue or face puffing up.
pub(crate) const A_NEW_MEDICINE_THEN_SWELLING: &[(Sig, &str)] = &[
    (
        Sig::Allergen,
        pats![
            "started|starting|began ~amoxicillin|penicillin|antibiotic|antibiotics|augmentin|flucloxacillin|doxycycline|trimethoprim|nitrofurantoin|co-amoxiclav",
            "empece|empezado|comence|comenzado ~amoxicilina|antibiotico|penicilina|augmentine",
            "commence|debute ~amoxicilline|antibiotique|antibiotiques|augmentin|penicilline",
            "amoxicillin|antibiotikum|antibiotika|penicillin ~angefangen|begonnen|angesetzt",
            "iniziato|cominciato ~amoxicillina|antibiotico|augmentin|penicillina",
            "comecei|iniciei ~amoxicilina|antibiotico|penicilina",
            "begonnen|gestart ~met ~amoxicilline|antibiotica|antibioticum|penicilline",
        ],
    ),
    (
        Sig::FaceSwelling,
        pats![
            "lip|lips|tongue|face ~puffing|puffed|puffs|blowing ~up",
            "labios|lengua ~inflando|inflandose|inflados|hinchandose",
            "hinchando|hinchandose|inflando ~labios|lengua",
            "levres|langue ~gonflent|enflent",
            "lippen|zunge ~schwellen|schwillt ~an",
            "labbra|lingua ~si ~gonfiano|gonfiando",
            "labios|lingua ~inchando|inchou|incharam",
            "lippen|tong ~zwellen|zwelt ~op",
        ],
    ),
];
