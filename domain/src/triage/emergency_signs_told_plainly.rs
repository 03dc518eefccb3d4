//! Emergency signs the corpus told in words the rules alone did not read (session 20a: the
//! corpus's emergencies read as routine, grouped by concept). Each feeds a signal and row the
//! table already had:
//! - a bleed told by how it leaves the wound ("it spurts when I let go", "coming out in
//!   spurts"): arterial, a 999 call [BLEED];
//! - a bone poking through the skin in German and Dutch ("guckt was durch die Haut", "steekt
//!   door de huid"): an open fracture [BOAST];
//! - adrenaline told verb last or with other verbs ("den Pen schon gegeben", "me pinché la
//!   adrenalina", "adrenalina fatta"): an emergency even when it has eased [RCUK];
//! - a fit in known epilepsy past five minutes ("this one has been going 6 minutes"), fits
//!   one after another ("deux crises à la suite"), shaking and rigid without an answer
//!   ("temblando toda rígida y no contesta"): status epilepticus [EPI];
//! - a face gone to one side in French, Spanish and Portuguese ("la bouche est partie d'un
//!   côté", "se le tuerce la boca", "a cara descaída"), numbness down one side of the face
//!   and arm, seeing two of everything: stroke signs [FAST, NG128];
//! - a pain down the left arm into the jaw or between the shoulder blades, a chest that hurt
//!   "like a pressure" an hour ago: a heart attack told without the chest now [CG95].
//!
//! Tests, in other words than the corpus, with hard negatives (a growth spurt, a pen for
//! insulin, shaking with cold, a face that is sore on one side), are in
//! `emergency_signs_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Spurting bleeds, bones through the skin, adrenaline given, long fits, a face fallen to
/// one side and a heart attack's pain told by the arm.
pub(crate) const EMERGENCY_SIGNS_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        // Arterial bleeding, told by how it comes out [BLEED].
        Sig::Haemorrhage,
        pats![
            "out|coming|comes|blood|bleeding ~in ~spurts",
            "it|blood|wound|cut|artery spurts|spurting|spurted|squirting",
        ],
    ),
    (
        // An open fracture [BOAST].
        Sig::BoneVisible,
        pats![
            "guckt|schaut|steht|sticht|ragt ~durch ~die ~haut",
            "steekt|komt|stak ~door ~de ~huid",
        ],
    ),
    (
        // Adrenaline given, told verb last or with other verbs [RCUK].
        Sig::AdrenalineGiven,
        pats![
            "pen|epipen|adrenalin|notfallpen|adrenalinpen gegeben|gespritzt|gesetzt|genommen|benutzt",
            "epipen|adrenaline gegeven|gezet|gebruikt", "pinche|inyecte|clave|clavado|inyectado adrenalina|epipen",
            "adrenalina|epipen fatta|iniettata|fatto", "apliquei|aplicou|injetei|injetou adrenalina|epipen|caneta",
        ],
    ),
    (
        // A fit past five minutes in known epilepsy, fits one after another, shaking and
        // rigid without an answer [EPI].
        Sig::Seizure,
        pats![
            "crises ~a ~la ~suite", "anfalle ~hintereinander", "crisi|attacchi ~di ~fila",
            "convulsiones|crisis ~seguidas", "aanvallen ~achter ~elkaar",
            "epilepsy|epileptic ~going|lasting|lasted ~#5 ~minutes|mins|min",
            "this ~one|ones ~going|lasting ~#5 ~minutes|mins|min",
            "!temblando|temblaba|tiembla ~rigid*|tiesa|tieso", "!rigid*|tiesa|tieso ~temblando|temblaba",
            "!tremblait|tremble|tremblant ~partout ~repondait|repond ~pas|plus",
        ],
    ),
    (
        // A face fallen to one side, numbness down one side [FAST, NG128].
        Sig::Stroke,
        pats![
            "bouche|face|visage ~partie|tombe|tombee|tire ~d ~un ~cote|bord", "tuerce ~la ~boca|cara",
            "cara|boca ~descaid*", "lado ~da ~cara ~descaid*|caid*",
            "numbness|numb ~down ~left|right ~side ~face", "numbness|numb ~left|right ~hand|arm ~and ~face",
        ],
    ),
    (
        // Seeing two of everything [EYE, FAST].
        Sig::VisionChange,
        pats!["seeing ~2|two ~of ~everything"],
    ),
    (
        // Balance lost: unable to stand straight, walking into things over and over [FAST].
        Sig::Balance,
        pats![
            "!cant|cannot ~stand ~straight",
            // Over and over: one walk into a door is an injury's cause, not a balance sign.
            "keeps|keep ~walking|bumping ~into",
        ],
    ),
    (
        // A heart attack told by the arm, the jaw or the back [CG95].
        Sig::ChestPain,
        pats![
            "left ~arm ~into|up|to ~jaw", "left ~arm ~and ~between ~shoulder ~blades",
            "dolio|dolia ~el ~pecho ~presion",
        ],
    ),
];
