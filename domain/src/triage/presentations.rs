//! Over 600 lines because it is the presentation table itself: every rule with its
//! discriminators and source in one place, the way a clinician reviews it.
//!
//! The clinical presentation table: each presenting complaint with the discriminators
//! that make it an emergency or urgent, and the published source of each rule.
//!
//! Modelled on the Manchester Triage System (presentations with discriminators), the
//! NHS 111 and NICE red-flag lists, and the Emergency Severity Index. Source keys are
//! those of `shared/CLINICAL-SOURCES.md` (e.g. `NG143` is NICE's traffic-light table for
//! feverish children). A rule fires when every condition in `all` holds and at least
//! `min_any` of `any` hold; combinations ("fever with a stiff neck") are rules like any
//! other. Findings count only when reported now (not negated, past, hypothetical or a
//! relative's history; see `scope.rs`).
//!
//! Reviewed like code: a change here changes what a patient is told to do.

use frontdesk_protocol::Urgency;

use super::lexicon::Sig;
use super::readings::Readings;

/// The presenting complaint a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presentation {
    ChestPain,
    Breathing,
    Stroke,
    Consciousness,
    Seizure,
    Allergy,
    SelfHarm,
    Overdose,
    Bleeding,
    Headache,
    FeverAdult,
    FeverChild,
    Diabetes,
    Pregnancy,
    Postpartum,
    AfterProcedure,
    Dental,
    Eye,
    Skin,
    HeadInjury,
    Limb,
    Back,
    Testicular,
    Urinary,
    Abdominal,
    /// Someone in danger now: violence under way, a person at a place or with the means
    /// to end their life.
    Safety,
    /// A clinician (a lab, a hospital, a doctor) has already sent the person to the
    /// emergency department.
    SentOn,
    Unplaced,
}

impl Presentation {
    pub fn name(self) -> &'static str {
        match self {
            Presentation::ChestPain => "chest pain",
            Presentation::Breathing => "shortness of breath",
            Presentation::Stroke => "stroke signs",
            Presentation::Consciousness => "altered consciousness",
            Presentation::Seizure => "fits",
            Presentation::Allergy => "allergy",
            Presentation::SelfHarm => "self-harm",
            Presentation::Overdose => "overdose and poisoning",
            Presentation::Bleeding => "bleeding",
            Presentation::Headache => "headache",
            Presentation::FeverAdult => "fever (adult, sepsis)",
            Presentation::FeverChild => "fever in a child",
            Presentation::Diabetes => "diabetes",
            Presentation::Pregnancy => "pregnancy",
            Presentation::Postpartum => "after birth",
            Presentation::AfterProcedure => "after a procedure",
            Presentation::Dental => "dental",
            Presentation::Eye => "eye",
            Presentation::Skin => "skin",
            Presentation::HeadInjury => "head injury",
            Presentation::Limb => "limb problems",
            Presentation::Back => "back pain",
            Presentation::Testicular => "testicular pain",
            Presentation::Urinary => "urinary",
            Presentation::Abdominal => "abdominal pain",
            Presentation::Safety => "someone in danger now",
            Presentation::SentOn => "sent to the emergency department by a clinician",
            Presentation::Unplaced => "symptoms the rules cannot place",
        }
    }
}

/// One condition of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cond {
    /// A finding reported now.
    F(Sig),
    /// A context mentioned and not negated (a finding reported now also counts).
    C(Sig),
    /// A finding reported now or earlier that has stopped ("it bled, it has stopped").
    Mentioned(Sig),
    /// A baby under three months old (an age quoted, or "newborn").
    InfantUnder3Months,
    /// Glucose at or below 3.0 mmol/L (54 mg/dL).
    SevereLowGlucose,
    /// Glucose below 4.0 mmol/L (72 mg/dL).
    LowGlucose,
    /// Oxygen saturation below 92%.
    LowOxygen,
    /// Oxygen saturation 92-95%.
    BorderlineOxygen,
    /// 20 weeks of pregnancy or more.
    LatePregnancy,
    /// A heart rate over 130.
    FastHeart,
    /// A peak flow quoted below this percentage of normal.
    PeakFlowBelow(u8),
    /// Blood ketones at or above this many tenths of a mmol/L.
    KetonesAtLeast(u8),
    /// Blood pressure at or above this systolic or diastolic.
    PressureAtLeast(u8, u8),
    /// A systolic pressure at or below this.
    SystolicAtMost(u8),
    /// A temperature of 38 °C (100.4 °F) or more quoted as a number.
    FeverReading,
    /// A temperature of 39 °C or more quoted as a number.
    HighFeverReading,
    /// A temperature at or above this many tenths of a °C quoted as a number (37.5 on
    /// chemotherapy).
    TemperatureAtLeast(u16),
    /// A baby under six months old.
    InfantUnder6Months,
    /// An INR at or above this many tenths.
    InrAtLeast(u8),
    /// An INR below this many tenths.
    InrBelow(u8),
    /// A breathing rate at or above this many breaths a minute (`a_breathing_rate.rs`).
    BreathingAtLeast(u8),
    /// A breathing rate at or below this many breaths a minute.
    BreathingAtMost(u8),
    /// A body temperature at or below this many tenths of a °C (named as a temperature).
    TemperatureAtMost(u16),
    /// A heart rate below this many beats a minute.
    HeartBelow(u8),
    /// A heart rate at or above this many beats a minute (not after exertion).
    HeartAtLeast(u8),
    /// A potassium at or above this many tenths of a mmol/L.
    PotassiumAtLeast(u8),
    /// A creatinine at least half again over the one before or the usual one.
    CreatinineRisen,
    /// A weight gain of at least this many kg.
    WeightGainAtLeast(u8),
    /// A glucose of 20 mmol/L (360 mg/dL) or more, or a meter reading "HI".
    VeryHighGlucose,
    /// Glucose at or above 15 mmol/L (270 mg/dL).
    HighGlucose,
    /// Oxygen saturation 88-91% in COPD, whose target is 88-92%.
    CopdLowOxygen,
    /// A mention read as a "what if" or a condition ("he'll kill himself if I leave"):
    /// with the means shown, a threat, not a hypothetical (session 15b).
    Threatened(Sig),
    /// A lithium level at or above this many tenths of a mmol/L.
    LithiumAtLeast(u8),
    /// A context or finding NOT in the message: the benign setting that takes a row's
    /// reading over (a scrotum swelling after a vasectomy is a haematoma, not a torsion).
    Absent(Sig),
    /// Not known to be before 20 weeks of pregnancy (no weeks quoted, or 20 or more):
    /// pre-eclampsia comes from 20 weeks [NG133].
    NotBefore20Weeks,
}

use Cond::{C, F};

/// One row of the table.
#[derive(Debug)]
pub(crate) struct Rule {
    pub presentation: Presentation,
    pub discriminator: &'static str,
    pub level: Urgency,
    pub all: &'static [Cond],
    pub any: &'static [Cond],
    pub min_any: usize,
    pub source: &'static str,
}

const E: Urgency = Urgency::Emergency;
const U: Urgency = Urgency::Urgent;

macro_rules! rule {
    ($p:ident, $d:literal, $l:ident, all: [$($a:expr),*], any($n:literal): [$($b:expr),*], $s:literal) => {
        Rule {
            presentation: Presentation::$p,
            discriminator: $d,
            level: $l,
            all: &[$($a),*],
            any: &[$($b),*],
            min_any: $n,
            source: $s,
        }
    };
}

/// The combination rules. Single findings that are enough on their own are in
/// [`finding_level`]; this table is for what takes two or more.
pub(crate) const RULES: &[Rule] = &[
    // Fever and sepsis.
    rule!(FeverAdult, "fever with a stiff neck, light sensitivity, confusion, drowsiness, mottled skin or a rash that does not fade", E,
        all: [F(Sig::Fever)], any(1): [F(Sig::StiffNeck), F(Sig::Photophobia), F(Sig::NonBlanching), F(Sig::Confusion), F(Sig::Drowsy), F(Sig::Mottled), F(Sig::UrineRetention), F(Sig::Breathing)],
        "NG51, NG240"),
    rule!(FeverAdult, "fever with a heart rate over 130, a feeling of doom or changed behaviour after a procedure", E,
        all: [F(Sig::Fever)], any(1): [Cond::FastHeart, F(Sig::Doom)], "NG51, UKST"),
    rule!(Stroke, "sudden loss of balance with vision change, dizziness, headache or confusion (BE-FAST)", E,
        all: [F(Sig::Balance)], any(1): [F(Sig::VisionChange), F(Sig::VisionLoss), F(Sig::Dizziness), F(Sig::Headache), F(Sig::Confusion)], "FAST"),
    rule!(Stroke, "double or lost vision with dizziness", E,
        all: [F(Sig::VisionChange), F(Sig::Dizziness)], any(0): [], "FAST"),
    rule!(Consciousness, "drowsy and seeing things (delirium)", E,
        all: [F(Sig::Psychosis)], any(1): [F(Sig::Drowsy), F(Sig::Confusion), F(Sig::Fever)], "NG51"),
    rule!(Postpartum, "seeing or hearing things, or a changed mind, after birth (postpartum psychosis)", E,
        all: [C(Sig::Postpartum)], any(1): [F(Sig::Psychosis), F(Sig::Confusion), F(Sig::ChangedBehaviour)], "CG192"),
    rule!(FeverChild, "fever under 3 months", E,
        all: [F(Sig::Fever), Cond::InfantUnder3Months], any(0): [], "NG143 red"),
    rule!(FeverChild, "a baby who is floppy, hard to wake or grunting", E,
        all: [C(Sig::Infant)], any(1): [F(Sig::Drowsy), F(Sig::Grunting), F(Sig::Mottled)], "NG143 red"),
    rule!(FeverChild, "a temperature of 38 or more under 3 months", E,
        all: [Cond::FeverReading, Cond::InfantUnder3Months], any(0): [], "NG143 red"),
    rule!(Skin, "purple spots or a bruise-like rash with fever, drowsiness or mottled skin (meningococcal)", E,
        all: [F(Sig::Purpura)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Drowsy), F(Sig::Mottled), F(Sig::Confusion), F(Sig::StiffNeck)], "NG240, NG143"),
    rule!(Abdominal, "belly pain spreading all over, worse, hard or with fever (a burst appendix, peritonitis)", E,
        all: [F(Sig::PainEverywhere), Cond::Mentioned(Sig::Pain)], any(1): [C(Sig::Worse), C(Sig::Severe), F(Sig::BellySwelling), F(Sig::Fever), F(Sig::RightLowerPain), C(Sig::Sudden)], "APP"),
    rule!(Limb, "numb, white, blue or swollen fingers or toes in a cast, or pain painkillers do not touch (compartment syndrome)", E,
        all: [C(Sig::Cast)], any(2): [C(Sig::SkinColour), F(Sig::LimbNoFeeling), F(Sig::Swelling), C(Sig::Severe), F(Sig::AnalgesiaFailing), F(Sig::LimbCompromise)], "BOAST"),
    rule!(Limb, "pain painkillers do not touch with tingling, numb or cold fingers or toes (compartment syndrome)", E,
        all: [F(Sig::AnalgesiaFailing), F(Sig::LimbCompromise)], any(0): [], "BOAST"),
    rule!(Postpartum, "large clots after birth with faintness, a racing heart or heavy loss", E,
        all: [C(Sig::Postpartum), F(Sig::Clots)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), C(Sig::HeartRate), C(Sig::Severe)], "CG37, GTG52"),
    rule!(Overdose, "something poisonous eaten or breathed (wild mushrooms, carbon monoxide) with vomiting, drowsiness, confusion or headache", E,
        all: [F(Sig::Ingested)], any(1): [F(Sig::Vomiting), F(Sig::Drowsy), F(Sig::Confusion), F(Sig::Unconscious), F(Sig::Seizure), F(Sig::Headache), F(Sig::Dizziness)], "POIS"),
    rule!(Overdose, "fumes or carbon monoxide with two of headache, dizziness, drowsiness, vomiting or confusion", E,
        all: [C(Sig::Fumes)], any(2): [F(Sig::Headache), F(Sig::Dizziness), F(Sig::Drowsy), F(Sig::Unconscious), F(Sig::Vomiting), F(Sig::Confusion)], "POIS"),
    rule!(HeadInjury, "a fall on blood thinners with the head named", E,
        all: [C(Sig::Fall), C(Sig::Anticoagulant), C(Sig::HeadNamed)], any(0): [], "HI"),
    rule!(Limb, "an electric shock with a burn, a racing or irregular heart, faintness or chest pain", E,
        all: [F(Sig::ElectricShock)], any(1): [F(Sig::Burn), C(Sig::HeartRate), F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::ChestPain), F(Sig::Breathing)], "MTS"),
    rule!(FeverChild, "a temperature of 39 or more at 3 to 6 months", U,
        all: [Cond::HighFeverReading, Cond::InfantUnder6Months], any(0): [], "NG143 amber"),
    rule!(Urinary, "burning passing urine with shivering, fever, loin or back pain, or vomiting (kidney infection)", U,
        all: [F(Sig::UrinaryInfection)], any(1): [F(Sig::Shaking), F(Sig::Fever), Cond::FeverReading, C(Sig::Back), F(Sig::Vomiting)], "PYELO"),
    rule!(Eye, "pain, redness or worsening sight after eye surgery", U,
        all: [C(Sig::EyeSurgery)], any(1): [F(Sig::Pain), C(Sig::Worse), F(Sig::VisionChange), F(Sig::Swelling), F(Sig::Infection)], "EYE"),
    rule!(Eye, "sight lost after eye surgery", E,
        all: [C(Sig::EyeSurgery), F(Sig::VisionLoss)], any(0): [], "EYE"),
    rule!(Eye, "a caustic chemical (oven or drain cleaner, lime, bleach) in the eye", E,
        all: [C(Sig::Chemical), C(Sig::EyeNamed)], any(0): [], "EYE"),
    // Something that flew into the eye, is still in it and bleeds: a penetrating injury.
    rule!(Eye, "something still stuck in a bleeding eye (penetrating injury)", E,
        all: [C(Sig::EyeNamed), C(Sig::Lodged), F(Sig::Bleeding)], any(0): [], "EYE, MTS"),
    rule!(Skin, "a caustic chemical on the skin that turns it white or keeps burning", E,
        all: [C(Sig::Chemical)], any(1): [C(Sig::SkinColour), F(Sig::Burn), C(Sig::Persist)], "MTS"),
    rule!(Abdominal, "sudden severe belly or back pain with sweating, pallor or faintness", E,
        all: [F(Sig::Pain), C(Sig::Severe), C(Sig::Sudden)], any(1): [F(Sig::Sweating), C(Sig::SkinColour), F(Sig::Mottled), F(Sig::Dizziness), F(Sig::Unconscious)], "APP, MTS"),
    rule!(Skin, "an itchy rash all over (hives)", U,
        all: [F(Sig::Rash), F(Sig::Itch), C(Sig::LargeArea)], any(0): [], "MTS"),
    rule!(FeverChild, "a baby under 3 months not feeding", E,
        all: [F(Sig::NotFeeding), Cond::InfantUnder3Months], any(0): [], "NG143"),
    rule!(FeverChild, "a feverish child with a rash", U,
        all: [F(Sig::Fever), F(Sig::Rash)], any(0): [], "NG143 amber"),
    rule!(Headache, "stiff neck with light sensitivity (meningism)", E,
        all: [F(Sig::StiffNeck), F(Sig::Photophobia)], any(0): [], "NG240"),
    rule!(Headache, "headache with a stiff neck, confusion, speech or vision loss", E,
        all: [F(Sig::Headache)], any(1): [F(Sig::StiffNeck), F(Sig::Confusion), F(Sig::SpeechLoss), F(Sig::VisionLoss), F(Sig::Drowsy)],
        "NG228"),
    rule!(Headache, "headache with light sensitivity and vomiting or fever", E,
        all: [F(Sig::Headache), F(Sig::Photophobia)], any(1): [F(Sig::Vomiting), F(Sig::Fever)], "NG240"),
    // Chest pain: atypical presentations.
    // Session 22b: a face gone grey or pale with indigestion is CG95's pain with pallor.
    rule!(ChestPain, "indigestion with sweating, spreading pain, faintness or a grey face, or in a diabetic", E,
        all: [F(Sig::Indigestion)], any(1): [F(Sig::Sweating), F(Sig::Radiating), F(Sig::Dizziness), C(Sig::Diabetic), F(Sig::Pallor)],
        "CG95"),
    rule!(ChestPain, "arm or jaw pain with sweating, nausea or faintness", E,
        all: [F(Sig::Radiating)], any(1): [F(Sig::Sweating), F(Sig::Nausea), F(Sig::Dizziness), F(Sig::Indigestion)],
        "CG95"),
    // Breathing.
    rule!(Breathing, "oxygen saturation below 92%", E,
        all: [Cond::LowOxygen], any(0): [], "BTS"),
    // NG143's amber 95% is for children under 5; in an adult 92-95% counts with a chest
    // complaint, breathlessness or fever (a question about a number alone is routine).
    rule!(Breathing, "oxygen saturation 92-95% in a child, or with a chest complaint or fever", U,
        all: [Cond::BorderlineOxygen], any(1): [C(Sig::Infant), C(Sig::Child), F(Sig::Breathing), F(Sig::Wheeze), F(Sig::Fever), Cond::FeverReading, F(Sig::Infection), C(Sig::Asthma), C(Sig::Copd), C(Sig::HeartFailure), F(Sig::ChestPain), F(Sig::Symptom)], "NG143 amber"),
    rule!(Breathing, "oxygen saturation 88-91% in COPD (below its 88-92% target band's middle)", U,
        all: [Cond::CopdLowOxygen], any(0): [], "BTS, consensus"),
    rule!(Breathing, "asthma with drowsiness or confusion", E,
        all: [C(Sig::Asthma)], any(1): [F(Sig::Drowsy), F(Sig::Confusion)], "BTS"),
    // Allergy.
    rule!(Allergy, "allergen with a changed voice, swallowing trouble, face or tongue swelling, or faintness", E,
        all: [C(Sig::Allergen)], any(1): [F(Sig::Hoarse), F(Sig::Wheeze), F(Sig::SwallowTrouble), F(Sig::FaceSwelling), F(Sig::Dizziness), F(Sig::Vomiting)],
        "RCUK, MTS orange"),
    rule!(Allergy, "swallowing trouble with swelling or a changed voice", E,
        all: [F(Sig::SwallowTrouble)], any(1): [F(Sig::FaceSwelling), F(Sig::Swelling), F(Sig::Hoarse), F(Sig::AllergicReaction)],
        "RCUK, ENT"),
    // Airway or breathing with lip, face or tongue swelling is anaphylaxis, whatever the
    // trigger (a food nobody named as an allergen, a dissolving injection) [RCUK].
    rule!(Allergy, "lip, face or tongue swelling with wheeze or breathing trouble", E,
        all: [F(Sig::FaceSwelling)], any(1): [F(Sig::Breathing), F(Sig::Wheeze)], "RCUK"),
    rule!(Allergy, "allergic rash or swelling", U,
        all: [C(Sig::Allergen)], any(1): [F(Sig::Rash), F(Sig::Swelling), F(Sig::AllergicReaction)], "MTS"),
    // Diabetes.
    rule!(Diabetes, "glucose at or below 3.0 mmol/L", E,
        all: [Cond::SevereLowGlucose], any(0): [], "DKA"),
    rule!(Diabetes, "low glucose with symptoms", E,
        all: [Cond::LowGlucose], any(1): [F(Sig::Confusion), F(Sig::Drowsy), F(Sig::Sweating), F(Sig::Shaking), F(Sig::Dizziness)],
        "DKA"),
    rule!(Diabetes, "hypo with confusion, drowsiness, sweating or shaking", E,
        all: [F(Sig::Hypo)], any(1): [F(Sig::Confusion), F(Sig::Drowsy), F(Sig::Sweating), F(Sig::Shaking), F(Sig::Dizziness), F(Sig::SwallowTrouble)],
        "DKA"),
    rule!(Diabetes, "a diabetic who is sweaty, shaky, dizzy, drowsy or confused", E,
        all: [C(Sig::Diabetic)], any(2): [F(Sig::Sweating), F(Sig::Shaking), F(Sig::Confusion), F(Sig::Drowsy), F(Sig::Dizziness), F(Sig::Hypo)],
        "DKA"),
    rule!(Diabetes, "a diabetic vomiting with drowsiness or breathing changes (DKA)", E,
        all: [C(Sig::Diabetic), F(Sig::Vomiting)], any(1): [F(Sig::Drowsy), F(Sig::Breathing), F(Sig::Pain), F(Sig::Confusion)],
        "DKA"),
    rule!(Diabetes, "low glucose", U,
        all: [Cond::LowGlucose], any(0): [], "DKA"),
    // Overdose.
    rule!(Overdose, "extra doses of a strong medicine", E,
        all: [C(Sig::Opioid)], any(1): [C(Sig::Extra), C(Sig::PillCount)], "POIS"),
    rule!(Overdose, "a child who swallowed medicine, a battery, a magnet or a household chemical", E,
        all: [F(Sig::Ingested)], any(1): [C(Sig::Child), C(Sig::Infant)], "POIS"),
    // A child with a caustic (drain cleaner, bleach) and drooling, vomiting or coughing has
    // swallowed it, even when the message does not say so in one sentence [POIS].
    rule!(Overdose, "a child with a caustic chemical who drools, vomits, coughs or cannot swallow", E,
        all: [C(Sig::Chemical), C(Sig::Child)], any(1): [F(Sig::SwallowTrouble), F(Sig::Vomiting), F(Sig::Ingested), F(Sig::Burn), F(Sig::Breathing), C(Sig::Drooling)], "POIS"),
    rule!(Pregnancy, "swollen belly after IVF with little urine, breathlessness or fast weight gain (severe OHSS)", E,
        all: [C(Sig::Ivf), F(Sig::BellySwelling)], any(1): [F(Sig::LessUrine), F(Sig::UrineRetention), F(Sig::Breathing), F(Sig::CantFinishSentence), F(Sig::CantLieFlat)], "GTG5"),
    rule!(Pregnancy, "sudden severe one-sided pain with vomiting during IVF stimulation (ovarian torsion)", E,
        all: [C(Sig::Ivf), F(Sig::Pain), C(Sig::Severe)], any(1): [F(Sig::Vomiting), F(Sig::Dizziness)], "GTG5"),
    rule!(Pregnancy, "pain that came on suddenly with vomiting or faintness during IVF (ovarian torsion)", E,
        all: [C(Sig::Ivf), F(Sig::Pain), C(Sig::Sudden)], any(1): [F(Sig::Vomiting), F(Sig::Dizziness)], "GTG5"),
    rule!(Postpartum, "thoughts of harming themselves or the baby after birth", E,
        all: [C(Sig::Postpartum)], any(1): [F(Sig::DarkThoughts)], "CG192, NG225"),
    rule!(Diabetes, "a diabetic with fruity breath or deep breathing and drowsiness or vomiting (DKA)", E,
        all: [C(Sig::Diabetic), F(Sig::KetoneBreath)], any(1): [F(Sig::Drowsy), F(Sig::Vomiting), F(Sig::Confusion), F(Sig::Breathing)], "DKA"),
    rule!(Allergy, "hives or swelling with wheeze, breathlessness, faintness or a tight throat (anaphylaxis)", E,
        all: [F(Sig::AllergicReaction)], any(1): [F(Sig::Breathing), F(Sig::Wheeze), F(Sig::Dizziness), F(Sig::SwallowTrouble), F(Sig::Hoarse), F(Sig::Vomiting)], "RCUK"),
    rule!(Overdose, "too much of a medicine, with dizziness, drowsiness, confusion or a slow or fast pulse", E,
        all: [C(Sig::DoubleDose), C(Sig::Medicine)], any(1): [F(Sig::Dizziness), F(Sig::Drowsy), F(Sig::Confusion), F(Sig::HeartRate)], "POIS"),
    rule!(Skin, "pain far worse than the wound looks with spreading redness, dark skin or fever (necrotising fasciitis)", E,
        all: [F(Sig::NecrotisingPain)], any(1): [F(Sig::Infection), F(Sig::Fever), F(Sig::Swelling), C(Sig::Severe), F(Sig::Purpura), F(Sig::Burn), F(Sig::Confusion)], "NF"),
    // A blood thinner doubled by mistake: a same-day call about bleeding (session 17d).
    rule!(Overdose, "a blood thinner taken or injected twice by mistake", U,
        all: [C(Sig::DoubleDose), C(Sig::Anticoagulant)], any(0): [], "POIS, consensus"),
    rule!(Limb, "a burn over a large area or on a child", E,
        all: [F(Sig::Burn)], any(1): [C(Sig::LargeArea), C(Sig::Child), C(Sig::Infant)], "MTS"),
    // A scald or fire with the voice going hoarse, noisy or laboured breathing or trouble
    // swallowing: an airway burn (MTS burns: inhalation injury; batch 80).
    rule!(Limb, "a burn with a hoarse voice, breathing or swallowing trouble (inhalation injury)", E,
        all: [F(Sig::Burn)], any(1): [F(Sig::Hoarse), F(Sig::Breathing), F(Sig::SwallowTrouble)], "MTS"),
    // Too much insulin can bring a severe hypo hours later: a same-day call [POIS, DKA].
    rule!(Diabetes, "too much insulin by mistake", U,
        all: [C(Sig::Diabetic), C(Sig::DoubleDose)], any(0): [], "POIS, DKA"),
    // A double dose of a blood thinner needs advice the same day, even with no bleeding.
    rule!(Bleeding, "a double dose of a blood thinner", U,
        all: [C(Sig::Anticoagulant)], any(1): [C(Sig::DoubleDose), C(Sig::Extra)], "BLEED"),
    rule!(Bleeding, "bleeding that will not stop on blood thinners", E,
        all: [C(Sig::Anticoagulant), F(Sig::Bleeding)], any(1): [C(Sig::Nonstop), C(Sig::Persist)], "SDCEP, BLEED"),
    // One swelling told twice ("cheek swollen") is one finding: the airway sign decides.
    rule!(Dental, "dental swelling spreading to the neck or eye, or with swallowing trouble", E,
        all: [C(Sig::Dental), F(Sig::SwallowTrouble)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling), F(Sig::Trismus)], "SDCEP"),
    rule!(HeadInjury, "a fall on blood thinners with headache, vomiting, drowsiness or confusion", E,
        all: [C(Sig::Fall), C(Sig::Anticoagulant)], any(1): [F(Sig::Headache), F(Sig::Vomiting), F(Sig::Drowsy), F(Sig::Confusion)], "HI"),
    rule!(FeverAdult, "fever with a urinary catheter", U,
        all: [F(Sig::Fever), C(Sig::Catheter)], any(0): [], "NG51 amber"),
    rule!(FeverAdult, "a systolic blood pressure of 90 or lower", E,
        all: [Cond::SystolicAtMost(90)], any(0): [], "NG51 red"),
    rule!(AfterProcedure, "a hard or swollen belly with vomiting after an operation", E,
        all: [F(Sig::BellySwelling), F(Sig::Vomiting)], any(1): [C(Sig::ProcedureDone), C(Sig::Procedure)], "MTS"),
    // A swelling after an operation with faintness, pallor or sweating is bleeding under
    // the skin with shock (a haematoma, consensus in the sources) [BLEED].
    rule!(AfterProcedure, "a swelling after a procedure with faintness and pallor or sweating", E,
        all: [C(Sig::ProcedureDone), F(Sig::Dizziness)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling)], "BLEED, consensus"),
    rule!(AfterProcedure, "any change in vision after filler", E,
        all: [C(Sig::Filler)], any(1): [F(Sig::VisionChange), F(Sig::VisionLoss)], "ACE"),
    // Adrenaline wears off and a second reaction can follow: an emergency even when better.
    rule!(Allergy, "adrenaline (an EpiPen) given, even if it has eased", E,
        all: [Cond::Mentioned(Sig::AdrenalineGiven)], any(0): [], "RCUK"),
    rule!(Headache, "a sudden worst-ever headache, even if it has eased", E,
        all: [Cond::Mentioned(Sig::ThunderclapHeadache)], any(0): [], "NG228"),
    rule!(Bleeding, "black, tarry stools with dizziness or weakness (a bleed inside)", E,
        all: [F(Sig::BlackStool)], any(1): [F(Sig::Dizziness), F(Sig::Weakness), F(Sig::Unconscious), F(Sig::BloodFromMouth)], "MTS"),
    rule!(Dental, "dental swelling of the face, or pain painkillers do not touch", U,
        all: [C(Sig::Dental)], any(1): [F(Sig::FaceSwelling), F(Sig::AnalgesiaFailing)], "SDCEP"),
    rule!(Overdose, "many tablets taken at once", E,
        all: [C(Sig::PillCount)], any(0): [], "POIS"),
    // After birth and in pregnancy.
    rule!(Postpartum, "bleeding with clots or faintness", E,
        all: [F(Sig::Bleeding)], any(1): [F(Sig::Clots), F(Sig::Dizziness), F(Sig::Unconscious)], "CG37, GTG52"),
    // Session 21f (`bleeding_with_pallor.rs`): a bleed with the person gone white [BLEED].
    rule!(Bleeding, "bleeding with the person gone pale or white (blood loss with shock coming)", E,
        all: [F(Sig::Bleeding), F(Sig::Pallor)], any(0): [], "BLEED"),
    // Session 22b (`self_harm_cuts_needing_care.rs`): a person who has acted and is injured
    // is an emergency; a recent self-harm alone is the same-day talk [MHF, NG225].
    rule!(SelfHarm, "a self-harm cut that is deep, gaping or showing fat (injured, needs care now)", E,
        all: [F(Sig::Laceration), F(Sig::DarkThoughts), Cond::Absent(Sig::Superficial)], any(0): [], "MHF, NG225"),
    rule!(Postpartum, "fever, headache or a swollen calf after birth", U,
        all: [C(Sig::Postpartum)], any(1): [F(Sig::Fever), F(Sig::Headache), F(Sig::CalfSwelling), F(Sig::VisionChange)], "CG37"),
    // A fit in pregnancy or after birth is eclampsia until shown otherwise [NG133].
    rule!(Pregnancy, "a fit in pregnancy or after birth, even when it is over (eclampsia)", E,
        all: [Cond::Mentioned(Sig::Seizure)], any(1): [C(Sig::Pregnancy), Cond::LatePregnancy, C(Sig::Postpartum)], "NG133"),
    rule!(Pregnancy, "shoulder-tip pain or faintness when pregnant (ectopic)", E,
        all: [C(Sig::Pregnancy)], any(1): [F(Sig::ShoulderTip), F(Sig::Dizziness)], "NG126"),
    rule!(Pregnancy, "headache, vision change or sudden swelling in pregnancy (pre-eclampsia)", U,
        all: [C(Sig::Pregnancy), Cond::NotBefore20Weeks], any(1): [F(Sig::Headache), F(Sig::VisionChange), F(Sig::FaceSwelling), F(Sig::Swelling)], "NG133"),
    rule!(Pregnancy, "headache, vision change or swelling from 20 weeks", U,
        all: [Cond::LatePregnancy], any(1): [F(Sig::Headache), F(Sig::VisionChange), F(Sig::FaceSwelling), F(Sig::Swelling), F(Sig::Pain)], "NG133"),
    rule!(Pregnancy, "blood pressure of 140/90 or more in pregnancy", U,
        all: [C(Sig::Pregnancy), Cond::PressureAtLeast(140, 90)], any(0): [], "NG133"),
    rule!(Headache, "blood pressure of 180/120 or more", U,
        all: [Cond::PressureAtLeast(180, 120)], any(0): [], "NG136"),
    rule!(Pregnancy, "bleeding or pain in pregnancy", U,
        all: [C(Sig::Pregnancy)], any(1): [F(Sig::Bleeding), F(Sig::Pain), F(Sig::Contractions), F(Sig::WatersBroke), F(Sig::Itch)], "GTG63, NG126"),
    rule!(Breathing, "peak flow below half of normal", E,
        all: [Cond::PeakFlowBelow(50)], any(0): [], "BTS"),
    rule!(Breathing, "peak flow 50-75% of normal", U,
        all: [Cond::PeakFlowBelow(76)], any(0): [], "BTS"),
    rule!(Back, "loss of bladder or bowel control with back trouble", E,
        all: [F(Sig::Incontinence), C(Sig::Back)], any(0): [], "CES"),
    // Back pain is a red flag after a cancer, however long ago (spinal metastases).
    rule!(Back, "new back pain with a history of cancer", U,
        all: [F(Sig::Pain), C(Sig::Back), C(Sig::CancerHistory)], any(0): [], "CES"),
    rule!(Pregnancy, "swollen belly with breathlessness after IVF (OHSS)", U,
        all: [C(Sig::Ivf), F(Sig::BellySwelling)], any(0): [], "GTG5"),
    // After procedures.
    rule!(AfterProcedure, "skin turning white, blue, grey or mottled after filler (vascular occlusion)", E,
        all: [C(Sig::Filler)], any(1): [C(Sig::SkinColour), F(Sig::Mottled), F(Sig::VisionChange), F(Sig::VisionLoss)], "ACE"),
    rule!(AfterProcedure, "swallowing, breathing or speech trouble after toxin", E,
        all: [C(Sig::Toxin)], any(1): [F(Sig::SwallowTrouble), F(Sig::SpeechLoss), F(Sig::Hoarse), F(Sig::Weakness)], "BoNT"),
    rule!(Bleeding, "bleeding on blood thinners with faintness", E,
        all: [F(Sig::Bleeding), C(Sig::Anticoagulant)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious)], "BLEED, HI"),
    rule!(Diabetes, "ketones of 3 mmol/L or more, or 2+ on a urine strip", E,
        all: [Cond::KetonesAtLeast(30)], any(0): [], "DKA"),
    rule!(Diabetes, "ketones 1.5-3 mmol/L", U,
        all: [Cond::KetonesAtLeast(15)], any(0): [], "DKA"),
    // 0.6-1.5 mmol/L: retest within two hours, the diabetes team if it rises [DKA].
    rule!(Diabetes, "ketones 0.6-1.5 mmol/L", U,
        all: [Cond::KetonesAtLeast(6)], any(0): [], "DKA"),
    // Even a bleed that stopped: it can be the herald of a larger one.
    rule!(AfterProcedure, "any bleeding after tonsil surgery, even if it stopped", E,
        all: [C(Sig::Tonsillectomy)], any(1): [Cond::Mentioned(Sig::Bleeding), Cond::Mentioned(Sig::BloodFromMouth)], "ENT"),
    rule!(Dental, "swelling with the mouth that will not open", E,
        all: [F(Sig::Trismus)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling), F(Sig::Fever), F(Sig::SwallowTrouble)], "SDCEP"),
    rule!(Dental, "dental swelling with fever, shivering or an eye closing", E,
        all: [C(Sig::Dental), F(Sig::Swelling)], any(1): [F(Sig::Fever), F(Sig::Shaking), F(Sig::SwallowTrouble)], "SDCEP"),
    rule!(Dental, "a dental problem with fever and shivering, swallowing trouble or a mouth that will not open", E,
        all: [C(Sig::Dental), F(Sig::Fever)], any(1): [F(Sig::Shaking), F(Sig::SwallowTrouble), F(Sig::Trismus)], "SDCEP"),
    rule!(Dental, "dental swelling of the face with fever or shivering", E,
        all: [C(Sig::Dental), F(Sig::FaceSwelling)], any(1): [F(Sig::Fever), F(Sig::Shaking), F(Sig::SwallowTrouble)], "SDCEP"),
    rule!(Dental, "swelling with fever after an extraction", E,
        all: [C(Sig::Extraction), F(Sig::Fever)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling)], "SDCEP"),
    rule!(FeverAdult, "fever with swelling or not bearing weight", U,
        all: [F(Sig::Fever)], any(1): [F(Sig::Swelling), F(Sig::NoWeight), F(Sig::Shaking), F(Sig::ChangedBehaviour)], "NG51 amber"),
    rule!(Limb, "numb, cold or blue toes in a cast, or with severe limb pain (compartment syndrome)", E,
        all: [F(Sig::LimbCompromise)], any(1): [F(Sig::Fracture), F(Sig::Pain), F(Sig::Swelling), F(Sig::LimbNoFeeling), C(Sig::ProcedureDone), C(Sig::Procedure)], "BOAST"),
    // A fever on chemotherapy may be neutropenic sepsis. NG51 puts immunosuppression at
    // amber (a same-day look) and the corpus is labelled so; red signs with it are
    // emergencies by the rules above. The rule names the chemotherapy in the reason.
    // Shivering that will not stop ("can't stop shivering", rigors) with a fever is the
    // UK Sepsis Trust's "extreme shivering", an emergency call; on chemotherapy it may be
    // neutropenic sepsis. A fever alone on chemotherapy stays at NG51 amber below.
    rule!(FeverAdult, "a fever with shivering (rigors) during or soon after chemotherapy", E,
        all: [C(Sig::Chemotherapy), F(Sig::Shaking)], any(1): [F(Sig::Fever), Cond::FeverReading], "UKST, NG51"),
    rule!(FeverAdult, "fever or shivering during or soon after chemotherapy (immunosuppressed)", U,
        all: [C(Sig::Chemotherapy)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Shaking), F(Sig::Sepsis)], "NG51"),
    // A new symptom during chemotherapy: a swollen arm by the port (a clot on the line),
    // bleeding, vomiting or diarrhoea, pain: a same-day look for the immunosuppressed.
    rule!(FeverAdult, "a new swelling, bleeding, vomiting, diarrhoea or pain during chemotherapy", U,
        all: [C(Sig::Chemotherapy)], any(1): [F(Sig::Swelling), F(Sig::Vomiting), F(Sig::Symptom), F(Sig::Bleeding), F(Sig::Pain)], "NG51"),
    // Session 14a: combinations phone messages told in other words.
    // Shoulder-tip pain with faintness is blood in the belly until shown otherwise,
    // whether or not a pregnancy is named (an ectopic is the commonest cause) [NG126].
    rule!(Abdominal, "shoulder-tip pain with dizziness or fainting (bleeding inside, ectopic)", E,
        all: [F(Sig::ShoulderTip)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious)], "NG126"),
    rule!(Pregnancy, "shoulder-tip pain in pregnancy (bleeding inside, ectopic)", E,
        all: [F(Sig::ShoulderTip), C(Sig::Pregnancy)], any(0): [], "NG126"),
    // A headache that keeps getting worse after a blow to the head [HI: persistent headache].
    rule!(HeadInjury, "a head injury with a headache getting worse or not going", E,
        all: [F(Sig::HeadInjury), F(Sig::Headache)], any(1): [C(Sig::Worse), C(Sig::Persist), C(Sig::Severe)], "HI"),
    // A deep cut that "won't stop": bleeding not slowing [BLEED].
    // Session 15b (batch 81): mental health told indirectly, and the medicines of
    // mental health whose harm is a set of plain signs.
    rule!(SelfHarm, "a decision with its time, with a goodbye, the means or thoughts of death", E,
        all: [C(Sig::Decided)], any(1): [C(Sig::Farewell), F(Sig::DarkThoughts), F(Sig::Suicidal), C(Sig::CantGoOn), C(Sig::MeansAtHand), C(Sig::PillCount), C(Sig::Unreachable)], "MHF, NG225"),
    rule!(Safety, "a threat to end their life with the means shown", E,
        all: [C(Sig::MeansAtHand), Cond::Threatened(Sig::Suicidal)], any(0): [], "MHF, NG225"),
    rule!(Safety, "a weapon in the hands of someone psychotic, threatening or violent", E,
        all: [C(Sig::Weapon)], any(1): [F(Sig::Psychosis), C(Sig::ThreatToKill), C(Sig::ViolenceNow), C(Sig::HappeningNow), F(Sig::ChangedBehaviour), F(Sig::Confusion)], "MHF, consensus"),
    rule!(Safety, "a threat to kill or burn with a child there, or under way now", E,
        all: [C(Sig::ThreatToKill)], any(1): [C(Sig::Child), C(Sig::Infant), C(Sig::HappeningNow), F(Sig::Psychosis)], "MHF, consensus"),
    rule!(Safety, "abuse happening now", E,
        all: [C(Sig::AbuseRisk), C(Sig::HappeningNow)], any(0): [], "MHF, consensus"),
    rule!(Safety, "abuse with a broken bone or head injury", E,
        all: [C(Sig::AbuseRisk)], any(1): [F(Sig::Fracture), F(Sig::HeadInjury)], "HI, MTS"),
    rule!(Overdose, "a child near a medicine who is drowsy or floppy", E,
        all: [F(Sig::Drowsy)], any(2): [C(Sig::Child), C(Sig::Infant), C(Sig::Opioid), C(Sig::Medicine), F(Sig::Ingested)], "POIS"),
    rule!(Overdose, "a serotonergic medicine with muscles jerking and fever, sweating, shaking or agitation (serotonin syndrome)", E,
        all: [C(Sig::Serotonergic), C(Sig::Clonus)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Sweating), F(Sig::Shaking), C(Sig::Agitation), F(Sig::Confusion), C(Sig::HeartRate)], "POIS, consensus"),
    rule!(Overdose, "a serotonergic medicine with a fever of 39 and agitation or sweating (serotonin syndrome)", E,
        all: [C(Sig::Serotonergic), Cond::HighFeverReading], any(1): [C(Sig::Agitation), F(Sig::Sweating), F(Sig::Confusion)], "POIS, consensus"),
    rule!(Overdose, "lithium with unsteadiness, slurred speech, confusion, drowsiness or a fit (toxicity)", E,
        all: [C(Sig::Lithium)], any(1): [F(Sig::Balance), F(Sig::SpeechLoss), F(Sig::Stroke), F(Sig::Confusion), F(Sig::Drowsy), Cond::Mentioned(Sig::Seizure)], "POIS, consensus"),
    // A level of 1.5 mmol/L or more is toxic whatever the person feels (consensus, the BNF).
    rule!(Overdose, "a lithium level of 1.5 or more", E,
        all: [Cond::LithiumAtLeast(15)], any(0): [], "POIS, consensus"),
    rule!(Overdose, "lithium with vomiting, diarrhoea, a worse tremor, or a medicine that raises it", U,
        all: [C(Sig::Lithium)], any(1): [F(Sig::Vomiting), F(Sig::Shaking), F(Sig::Symptom), F(Sig::Nausea), C(Sig::LithiumRaiser), F(Sig::Dizziness)], "POIS, consensus"),
    rule!(Consciousness, "a fit, seeing things or new confusion when stopping alcohol or a sedative (delirium tremens)", E,
        all: [C(Sig::Withdrawal)], any(1): [Cond::Mentioned(Sig::Seizure), F(Sig::Psychosis), F(Sig::Confusion)], "CG100, consensus"),
    rule!(Consciousness, "shaking, sweating, a racing heart or panic when stopping alcohol or a sedative", U,
        all: [C(Sig::Withdrawal)], any(1): [F(Sig::Shaking), F(Sig::Sweating), C(Sig::HeartRate), C(Sig::PanicAttacks), F(Sig::Vomiting), C(Sig::Agitation), F(Sig::Dizziness), F(Sig::Symptom)], "CG100, consensus"),
    rule!(SelfHarm, "panic attacks after a medicine was changed", U,
        all: [C(Sig::PanicAttacks), C(Sig::MedChange)], any(0): [], "MTS, consensus"),
    rule!(SelfHarm, "restless, unable to sit still, after a medicine was changed (akathisia)", U,
        all: [C(Sig::Agitation), C(Sig::MedChange)], any(0): [], "consensus"),
    rule!(Consciousness, "an eating disorder with dizziness, palpitations, weakness, vomiting or a faint", U,
        all: [C(Sig::EatingDisorder)], any(1): [F(Sig::Dizziness), C(Sig::HeartRate), F(Sig::Weakness), F(Sig::Vomiting), Cond::Mentioned(Sig::Unconscious), F(Sig::Symptom)], "MTS, consensus"),
    // Session 23c (`eating_disorders_told_by_their_acts.rs`): purging or starving with a
    // near-faint and a heart that jumps or a chest that hurts is low potassium or a heart
    // slowed by starving until a test says not; a heart below 50 in it, the same day.
    rule!(Consciousness, "an eating disorder with a faint or near-faint and palpitations or chest pain (electrolytes, a slowed heart)", E,
        all: [C(Sig::EatingDisorder), C(Sig::HeartRate)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::ChestPain)], "MTS, consensus"),
    rule!(Consciousness, "an eating disorder with a heart rate below 50", U,
        all: [C(Sig::EatingDisorder), Cond::HeartBelow(50)], any(0): [], "consensus"),
    // A blade still in the wound: penetrating, not to be pulled out (deep_burns_and_wounds.rs).
    rule!(Limb, "a knife or blade still in the wound", E,
        all: [C(Sig::Lodged), C(Sig::Weapon)], any(0): [], "MTS"),
    rule!(Bleeding, "a deep cut that won't stop bleeding", E,
        all: [F(Sig::Laceration), C(Sig::Nonstop)], any(0): [], "BLEED"),
    // Pear-drop breath with drowsiness or confusion is DKA even when diabetes is not named
    // (a first presentation of type 1) [DKA].
    rule!(Diabetes, "pear-drop or fruity breath with drowsiness or confusion (DKA)", E,
        all: [F(Sig::KetoneBreath)], any(1): [F(Sig::Drowsy), F(Sig::Confusion), F(Sig::Unconscious)], "DKA"),
    // A goodbye, the means at hand or "I can't go on", and then no answer: an emergency welfare call [MHF].
    rule!(SelfHarm, "a goodbye, the means at hand or unable to go on, then no answer", E,
        all: [C(Sig::Unreachable)], any(1): [C(Sig::Farewell), C(Sig::MeansAtHand), C(Sig::CantGoOn)], "MHF, NG225"),
    // Something swallowed with thoughts of death: an intentional overdose [POIS].
    rule!(Overdose, "something swallowed with thoughts of death (intentional overdose)", E,
        all: [F(Sig::Ingested)], any(1): [F(Sig::DarkThoughts), F(Sig::Suicidal)], "POIS, NG225"),
    // A painful eye with light sensitivity, halos, vision change or sickness: keratitis
    // (contact lenses) or acute glaucoma, eye casualty the same day [EYE].
    rule!(Eye, "a painful eye with light sensitivity, halos, blurred sight or vomiting", U,
        all: [C(Sig::EyeNamed), F(Sig::Pain)], any(1): [F(Sig::Photophobia), F(Sig::VisionChange), F(Sig::Nausea), F(Sig::Vomiting)], "EYE"),
    // Safety: a plan with access to means, intent now [MHF, NG225]; anyone in danger
    // now is an emergency call [CG192, consensus].
    rule!(Safety, "at a high place or with the means at hand, and unable to go on or saying goodbye", E,
        all: [C(Sig::MeansAtHand)], any(1): [C(Sig::CantGoOn), C(Sig::Farewell), F(Sig::DarkThoughts), F(Sig::Suicidal)], "MHF, NG225"),
    rule!(Safety, "a goodbye with pills, the means, or unable to go on", E,
        all: [C(Sig::Farewell)], any(1): [C(Sig::CantGoOn), C(Sig::PillCount), F(Sig::DarkThoughts)], "MHF, NG225"),
    rule!(Safety, "violence under way against the person or someone with them", E,
        all: [C(Sig::ViolenceNow)], any(0): [], "MHF, consensus"),
    rule!(Safety, "strangled, with a changed voice, swallowing or breathing trouble", E,
        all: [C(Sig::Strangled)], any(1): [F(Sig::Hoarse), F(Sig::SwallowTrouble), F(Sig::Breathing), F(Sig::Pain), F(Sig::Symptom), F(Sig::Dizziness), F(Sig::Unconscious)], "RCUK, consensus"),
    // Session 25a (`strangled_or_shut_in_from_a_partner.rs`): strangled today, whatever is
    // asked after it: the neck may swell later and the person may still be there.
    rule!(Safety, "strangled today", E,
        all: [C(Sig::Strangled), C(Sig::Recent)], any(0): [], "RCUK, MHF, consensus"),
    rule!(Safety, "afraid of a partner or threatened, safe for now", U,
        all: [C(Sig::AbuseRisk)], any(0): [], "MHF, consensus"),
    // Session 14c (batch 74): the means with no one able to reach the person, locked
    // in, or with voices [MHF, NG225] (a goodbye then silence: the SelfHarm rule above).
    rule!(Safety, "the means at hand, locked in, not answering, or with voices or visions", E,
        all: [C(Sig::MeansAtHand)], any(1): [C(Sig::LockedIn), C(Sig::Unreachable), F(Sig::Psychosis)], "MHF, NG225"),
    rule!(Safety, "locked in with thoughts of death, unable to go on, a goodbye, or voices", E,
        all: [C(Sig::LockedIn)], any(1): [F(Sig::DarkThoughts), F(Sig::Suicidal), C(Sig::CantGoOn), C(Sig::Farewell), F(Sig::Psychosis)], "MHF, NG225"),
    rule!(HeadInjury, "blood from the ear after a blow (safeguarding)", E,
        all: [C(Sig::EarBlood), C(Sig::AbuseRisk)], any(0): [], "HI"),
    // Injuries (batches 59 and 63).
    rule!(HeadInjury, "a fall from a height with a head injury, bleeding, vomiting or numb legs", E,
        all: [C(Sig::FallFromHeight)], any(1): [F(Sig::HeadInjury), F(Sig::Bleeding), F(Sig::Vomiting), F(Sig::LimbNoFeeling), F(Sig::Weakness), C(Sig::EarBlood), F(Sig::Symptom)], "HI, MTS"),
    rule!(HeadInjury, "blood from the ear after a blow to the head", E,
        all: [F(Sig::HeadInjury), C(Sig::EarBlood)], any(0): [], "HI"),
    rule!(Dental, "a permanent tooth knocked out (replant within the hour)", E,
        all: [C(Sig::ToothOut), C(Sig::PermanentTooth)], any(0): [], "SDCEP, consensus"),
    // A tooth knocked out whole, not said to be permanent (a milk tooth is not put back):
    // a same-day dental look (session 18e; the sources name no level, for the clinical lead).
    rule!(Dental, "a tooth knocked out whole", U,
        all: [C(Sig::ToothOut)], any(0): [], "SDCEP, consensus"),
    rule!(Overdose, "something caustic swallowed with drooling, breathing or swallowing trouble", E,
        all: [F(Sig::Ingested)], any(1): [C(Sig::Drooling), F(Sig::Breathing), F(Sig::SwallowTrouble), F(Sig::Drowsy), F(Sig::Wheeze)], "POIS"),
    // Bleeding with signs of shock [BLEED]: pale and sweaty, or faint on blood thinners.
    rule!(Bleeding, "bleeding with pallor and sweating", E,
        all: [F(Sig::Bleeding), F(Sig::Sweating)], any(0): [], "BLEED"),
    rule!(Bleeding, "bleeding on blood thinners with dizziness or faintness", E,
        all: [F(Sig::Bleeding), C(Sig::Anticoagulant)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Confusion)], "BLEED"),
    // After any operation a swelling with faintness is a bleed under the skin with shock
    // [BLEED: "pale, cold, faint"; after cosmetic surgery "E if faint"]. (A bleed with
    // faintness is already an emergency by the "bleeding with clots or faintness" row.)
    rule!(AfterProcedure, "a swelling after an operation with faintness", E,
        all: [C(Sig::Procedure), F(Sig::Dizziness)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling), F(Sig::BellySwelling)], "BLEED, consensus"),
    rule!(Bleeding, "black stools with dizziness or faintness", E,
        all: [F(Sig::BlackStool)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Sweating), F(Sig::Confusion)], "BLEED"),
    rule!(FeverAdult, "an infection with a heart rate over 130 or a feeling of doom", E,
        all: [F(Sig::Infection)], any(1): [Cond::FastHeart, F(Sig::Doom)], "NG51, UKST"),
    rule!(FeverChild, "a bulging soft spot", E,
        all: [C(Sig::SoftSpot), C(Sig::Bulging)], any(0): [], "NG143"),
    // Methotrexate can lower the white count: mouth ulcers, a sore throat, a fever or
    // shivering on it need a blood count the same day (immunosuppressed, NG51 amber).
    rule!(FeverAdult, "mouth ulcers, a sore throat, fever or shivering on methotrexate", U,
        all: [C(Sig::Methotrexate)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Shaking), F(Sig::Symptom), F(Sig::Pain), F(Sig::Infection), F(Sig::Bleeding)], "NG51"),
    // Methotrexate taken daily instead of weekly, or twice, with a fever or mouth ulcers:
    // toxicity with a failing marrow (the MHRA warns of deaths from daily dosing) [POIS].
    rule!(FeverAdult, "too much methotrexate with a fever, mouth ulcers or shivering", E,
        all: [C(Sig::Methotrexate), C(Sig::DoubleDose)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Shaking), F(Sig::Symptom), F(Sig::Infection)], "POIS, NG51"),
    // An INR of 5 or more without bleeding: the anticoagulation team the same day; with
    // bleeding the bleeding rules decide (consensus; a question for the safety lead).
    rule!(Bleeding, "an INR of 5 or more on warfarin", U,
        all: [Cond::InrAtLeast(50)], any(0): [], "BLEED"),
    // A dental swelling closing the eye is spreading infection [SDCEP].
    rule!(Dental, "dental swelling closing the eye", E,
        all: [C(Sig::Dental), C(Sig::EyeShut)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling), F(Sig::Infection), F(Sig::Pain)], "SDCEP"),
    // Pain that began in the lower right and now is all over, worse or with fever: a
    // burst appendix [APP].
    rule!(Abdominal, "pain from the lower right now all over, worse or with fever (burst appendix)", E,
        all: [Cond::Mentioned(Sig::RightLowerPain), C(Sig::AllOver)], any(1): [C(Sig::Worse), C(Sig::Severe), F(Sig::Fever), C(Sig::Sudden)], "APP"),
    // The same pain that eased and came back worse, the return told in its own clause (a
    // burst appendix [APP]; session 19a).
    rule!(Abdominal, "pain from the lower right that eased and came back worse (burst appendix)", E,
        all: [Cond::Mentioned(Sig::RightLowerPain), C(Sig::Eased), C(Sig::Recur)], any(1): [C(Sig::Worse), C(Sig::Severe), F(Sig::Fever)], "APP"),
    // Shingles with the eye on that side red, sore or blurred (ophthalmic zoster).
    rule!(Eye, "shingles with the eye involved", U,
        all: [F(Sig::Shingles), C(Sig::EyeNamed)], any(0): [], "EYE"),
    // Bleeding that keeps coming back on blood thinners.
    rule!(Bleeding, "bleeding that keeps coming back on blood thinners", U,
        all: [C(Sig::Anticoagulant), Cond::Mentioned(Sig::Bleeding)], any(1): [C(Sig::Recur), C(Sig::Persist), C(Sig::Nonstop)], "BLEED"),
    // Drooling with a muffled voice, noisy or hard breathing, or unable to swallow even
    // saliva: the upper airway is closing (epiglottitis, a deep neck abscess).
    rule!(Breathing, "drooling with a muffled voice or breathing trouble (epiglottitis)", E,
        all: [C(Sig::Drooling)], any(1): [F(Sig::Hoarse), F(Sig::Wheeze), F(Sig::Breathing), F(Sig::NoSwallowAtAll)], "ENT, BTS"),
    // Head injury.
    rule!(HeadInjury, "head injury with vomiting, drowsiness, confusion, unequal pupils, a fit or blood thinners", E,
        all: [F(Sig::HeadInjury)], any(1): [F(Sig::Vomiting), F(Sig::Drowsy), F(Sig::Confusion), F(Sig::Pupil), F(Sig::Seizure), F(Sig::Unconscious), C(Sig::Anticoagulant), F(Sig::SpeechLoss), F(Sig::VisionChange), F(Sig::Dizziness)],
        "HI"),
    // Any loss of consciousness with a head injury needs assessment now, however well the
    // person seems after it: "blacked out for a few seconds, seems ok now" [NG232]. "Seems
    // ok now" resolves the blow as well as the knock-out, so both are read as mentioned.
    rule!(HeadInjury, "head injury with any loss of consciousness, even when now recovered", E,
        all: [Cond::Mentioned(Sig::HeadInjury), Cond::Mentioned(Sig::Unconscious)], any(0): [], "NG232"),
    rule!(Testicular, "pain or swelling of a testicle", E,
        all: [C(Sig::Testicle), Cond::Absent(Sig::Vasectomy)], any(1): [F(Sig::Pain), F(Sig::Swelling), F(Sig::Vomiting), C(Sig::Severe)], "TT"),
    // After a vasectomy a painful swelling of the scrotum is a haematoma or an infection (a
    // same-day look); sudden pain, vomiting, a high fever or rigors are still torsion or
    // sepsis [TT, consensus] (`scrotal_swelling_after_a_vasectomy.rs`).
    rule!(Testicular, "sudden pain, vomiting, a high fever or shivering with a testicle after a vasectomy", E,
        all: [C(Sig::Testicle), C(Sig::Vasectomy)], any(1): [C(Sig::Sudden), F(Sig::Vomiting), Cond::HighFeverReading, F(Sig::Shaking)], "TT"),
    rule!(Testicular, "a painful or swollen scrotum after a vasectomy (haematoma)", U,
        all: [C(Sig::Testicle), C(Sig::Vasectomy)], any(1): [F(Sig::Pain), F(Sig::Swelling), C(Sig::Severe)], "TT, consensus"),
    rule!(Back, "back pain with loss of bladder or bowel control (cauda equina)", E,
        all: [F(Sig::Incontinence)], any(1): [C(Sig::Back), F(Sig::SaddleNumb)], "CES"),
    rule!(Skin, "a rash that does not fade with fever or illness", E,
        all: [F(Sig::NonBlanching)], any(0): [], "NG240"),
    rule!(Limb, "a swollen painful calf with breathlessness or chest pain", E,
        all: [F(Sig::CalfSwelling)], any(1): [F(Sig::Breathing), F(Sig::ChestPain)], "NG158"),
    // Session 15a: red flags in lay words typed on phones (`lay_red_flags.rs`).
    // A belly too sore to touch or to move, with pain, vomiting or fever: peritonitis,
    // "pain suddenly worse and spreading" [APP], MTS abdominal pain (guarding, consensus).
    rule!(Abdominal, "a belly too sore to touch or rigid, with pain, vomiting or fever (peritonitis)", E,
        all: [F(Sig::Guarding)], any(1): [Cond::Mentioned(Sig::Pain), F(Sig::BellySwelling), F(Sig::Vomiting), F(Sig::Fever), Cond::FeverReading, C(Sig::Severe)], "APP, MTS"),
    // A deep burn (white, charred, leathery, painless): a burns unit [MTS burns, consensus].
    rule!(Limb, "a deep burn: white, charred, leathery or painless", E,
        all: [Cond::Mentioned(Sig::Burn), C(Sig::DeepBurn)], any(0): [], "MTS"),
    // A venomous bite with swelling, faintness, vomiting or breathing trouble: venom
    // spreading (MTS bites and stings, consensus); the C of RCUK's ABC when faint.
    rule!(Limb, "a snake or other venomous bite with swelling, faintness, vomiting or breathing trouble", E,
        all: [C(Sig::Venom)], any(1): [F(Sig::Swelling), F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Vomiting), F(Sig::Breathing), F(Sig::Drowsy), F(Sig::Bleeding)], "MTS, RCUK"),
    rule!(Limb, "a snake or other venomous bite", U,
        all: [C(Sig::Venom), F(Sig::AnimalBite)], any(0): [], "MTS"),
    // Session 15c (batch 82): readings of people with chronic conditions. Where
    // CLINICAL-SOURCES.md gives no threshold the rule says "consensus" and TRIAGE.md
    // ("Session 15c") gives the clinical reason for the level.
    // Blood pressure of 180/120 or more with a sign of organ harm (headache, sight,
    // confusion, chest pain, breathlessness, weakness or numbness, vomiting) is a
    // hypertensive emergency; with tearing back pain, a dissection.
    rule!(Headache, "blood pressure of 180/120 or more with headache, sight change, confusion, chest pain, breathlessness, weakness, numbness or vomiting", E,
        all: [Cond::PressureAtLeast(180, 120)], any(1): [F(Sig::Headache), F(Sig::VisionChange), F(Sig::VisionLoss), F(Sig::Confusion), F(Sig::ChestPain), F(Sig::Breathing), F(Sig::Weakness), F(Sig::LimbNoFeeling), F(Sig::LimbCompromise), F(Sig::SpeechLoss), F(Sig::Vomiting), F(Sig::Nausea)], "NG136, consensus"),
    rule!(ChestPain, "blood pressure of 180/120 or more with back pain (dissection)", E,
        all: [Cond::PressureAtLeast(180, 120), F(Sig::Pain), C(Sig::Back)], any(0): [], "NG136, consensus"),
    // A heart rate of 40 or under with faintness, breathlessness or chest pain; alone, a
    // same-day look (beta-blockers, digoxin). A resting rate of 110 or more: a same-day
    // look; the fever and infection rules above take over 130 with them. 40 itself is in
    // (session 25b): NEWS2 scores a pulse of 40 or under 3, as over 130, a single red
    // parameter that asks for an urgent clinical review, not an emergency by itself.
    rule!(Consciousness, "a heart rate of 40 or under with dizziness, fainting, breathlessness, chest pain or confusion", E,
        all: [Cond::HeartBelow(41)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Breathing), F(Sig::ChestPain), F(Sig::Confusion), F(Sig::Weakness), F(Sig::Pallor)], "consensus"),
    rule!(Consciousness, "a heart rate of 40 or under", U,
        all: [Cond::HeartBelow(41)], any(0): [], "consensus"),
    // Under 50 on a medicine that slows the heart: the dose wants review the same day
    // (BNF: beta-blockers, digoxin, amiodarone) [consensus].
    rule!(Consciousness, "a heart rate under 50 on a medicine that slows it", U,
        all: [Cond::HeartBelow(50), C(Sig::RateSlowingMedicine)], any(0): [], "consensus"),
    // A catheter with shivering: a urinary infection reaching the blood [NG51 amber].
    rule!(FeverAdult, "shivering with a urinary catheter", U,
        all: [F(Sig::Shaking), C(Sig::Catheter)], any(0): [], "NG51 amber"),
    rule!(ChestPain, "a resting heart rate of 110 or more", U,
        all: [Cond::HeartAtLeast(110)], any(0): [], "NG51 amber, consensus"),
    rule!(ChestPain, "a heart rate of 130 or more with faintness, breathlessness or chest pain", E,
        all: [Cond::HeartAtLeast(130)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Breathing), F(Sig::ChestPain)], "NG51, consensus"),
    // Readings told plainly, at the single values that score 3 in NEWS2 (session 24b):
    // a systolic of 220 or more, a
    // temperature of 35 or under (under 36 is NG51 amber only with an infection, and
    // alone is often a well person's morning reading), and a breathing
    // rate (`a_breathing_rate.rs`): 25 or more in an adult [NG51; BTS], 21-24 a same-day
    // look; in a baby or child over 60 [NG143 red], over 50 a same-day look; 8 or under
    // at any age. NEWS2 is the RCP's National Early Warning Score (consensus here).
    rule!(Headache, "a systolic blood pressure of 220 or more", E,
        all: [Cond::PressureAtLeast(220, 255)], any(0): [], "consensus, NEWS2"),
    rule!(FeverAdult, "a body temperature of 35 °C or lower", E,
        all: [Cond::TemperatureAtMost(350)], any(0): [], "consensus, NEWS2"),
    rule!(Breathing, "an adult breathing 25 or more times a minute", E,
        all: [Cond::BreathingAtLeast(25), Cond::Absent(Sig::Infant), Cond::Absent(Sig::Child)], any(0): [], "NG51, BTS, NEWS2"),
    rule!(Breathing, "an adult breathing 21 to 24 times a minute", U,
        all: [Cond::BreathingAtLeast(21), Cond::Absent(Sig::Infant), Cond::Absent(Sig::Child)], any(0): [], "NG51 amber"),
    rule!(Breathing, "a baby or child breathing over 60 times a minute", E,
        all: [Cond::BreathingAtLeast(61)], any(0): [], "NG143 red"),
    rule!(Breathing, "a baby or child breathing over 50 times a minute", U,
        all: [Cond::BreathingAtLeast(51)], any(0): [], "NG143 amber"),
    rule!(Breathing, "breathing 8 or fewer times a minute", E,
        all: [Cond::BreathingAtMost(8)], any(0): [], "consensus, NEWS2"),
    // Potassium: 6.5 or more is severe hyperkalaemia (arrhythmia), 6.0-6.4 a same-day
    // recheck; weakness or palpitations with a raised one, or missed dialysis with them,
    // are the heart and muscles already affected.
    rule!(Urinary, "potassium of 6.5 or more", E,
        all: [Cond::PotassiumAtLeast(65)], any(0): [], "consensus"),
    rule!(Urinary, "potassium of 6.0 or more", U,
        all: [Cond::PotassiumAtLeast(60)], any(0): [], "consensus"),
    rule!(Urinary, "raised potassium with weakness or palpitations", E,
        all: [Cond::PotassiumAtLeast(55)], any(1): [F(Sig::Weakness), C(Sig::HeartRate), F(Sig::LimbNoFeeling), F(Sig::Dizziness)], "consensus"),
    rule!(Urinary, "missed dialysis", U,
        all: [C(Sig::Dialysis), C(Sig::MissedSession)], any(0): [], "consensus"),
    rule!(Urinary, "missed dialysis with weakness, palpitations, breathlessness or chest pain", E,
        all: [C(Sig::Dialysis), C(Sig::MissedSession)], any(1): [F(Sig::Weakness), C(Sig::HeartRate), F(Sig::Breathing), F(Sig::ChestPain), F(Sig::Dizziness), F(Sig::Confusion), F(Sig::Drowsy), F(Sig::CantLieFlat), F(Sig::LimbNoFeeling)], "consensus"),
    // A creatinine half again over the one before is acute kidney injury (KDIGO stage 1).
    rule!(Urinary, "creatinine risen by half or more", U,
        all: [Cond::CreatinineRisen], any(0): [], "consensus"),
    // Heart failure: 2 kg in a few days is fluid; with lying flat impossible, the lungs.
    rule!(Breathing, "weight up 2 kg or more in heart failure", U,
        all: [C(Sig::HeartFailure), Cond::WeightGainAtLeast(2)], any(0): [], "consensus"),
    rule!(Breathing, "heart failure or fast weight gain with breathlessness lying flat", E,
        all: [F(Sig::CantLieFlat)], any(1): [C(Sig::HeartFailure), Cond::WeightGainAtLeast(2)], "consensus"),
    // INR: bleeding that will not stop on a high INR [BLEED]; 4 or more with a bleed that
    // stopped, a same-day look; a low INR with a mechanical valve, a clot risk.
    rule!(Bleeding, "bleeding that will not stop or is heavy with an INR of 5 or more", E,
        all: [Cond::InrAtLeast(50), F(Sig::Bleeding)], any(1): [C(Sig::Nonstop), C(Sig::Severe), C(Sig::Persist)], "BLEED"),
    // An INR of 8 or more with a bleed told as now: vitamin K by vein and a check in
    // hospital (consensus, from the BNF's warfarin reversal; the sources give no INR).
    rule!(Bleeding, "bleeding with an INR of 8 or more", E,
        all: [Cond::InrAtLeast(80), F(Sig::Bleeding)], any(0): [], "BLEED, consensus"),
    rule!(Bleeding, "an INR of 4 or more with bleeding, even stopped", U,
        all: [Cond::InrAtLeast(40), Cond::Mentioned(Sig::Bleeding)], any(0): [], "BLEED, consensus"),
    rule!(Bleeding, "a low INR with a mechanical heart valve", U,
        all: [Cond::InrBelow(20), C(Sig::MechanicalValve)], any(0): [], "consensus"),
    rule!(Bleeding, "black stools or vomited blood with pallor on blood thinners", E,
        all: [C(Sig::Anticoagulant)], any(2): [F(Sig::BlackStool), F(Sig::BloodFromMouth), C(Sig::SkinColour), F(Sig::Dizziness)], "BLEED"),
    // Glucose very high or too high to read, with DKA or HHS signs; alone, a same-day look.
    rule!(Diabetes, "very high glucose with confusion, drowsiness, vomiting or breathing changes", E,
        all: [Cond::VeryHighGlucose], any(1): [F(Sig::Confusion), F(Sig::Drowsy), F(Sig::Vomiting), F(Sig::Breathing), F(Sig::KetoneBreath)], "DKA"),
    rule!(Diabetes, "glucose of 20 mmol/L or more, or a meter reading HI", U,
        all: [Cond::VeryHighGlucose, C(Sig::Diabetic)], any(0): [], "DKA, consensus"),
    // Addison's: vomiting, or faint, drowsy or confused (adrenal crisis).
    rule!(Consciousness, "adrenal insufficiency with drowsiness, confusion, faintness or low blood pressure (adrenal crisis)", E,
        all: [C(Sig::AdrenalInsufficiency)], any(1): [F(Sig::Drowsy), F(Sig::Confusion), F(Sig::Dizziness), F(Sig::Unconscious), Cond::SystolicAtMost(90)], "consensus"),
    rule!(Consciousness, "adrenal insufficiency with vomiting, fever or feeling unwell", U,
        all: [C(Sig::AdrenalInsufficiency)], any(1): [F(Sig::Vomiting), F(Sig::Nausea), F(Sig::Fever), Cond::FeverReading, F(Sig::Symptom)], "consensus"),
    // Everyday lay words (everyday_lay_signs.rs, session 16b).
    rule!(Pregnancy, "bleeding in pregnancy with a hard or tense belly (abruption)", E,
        all: [F(Sig::Bleeding), C(Sig::Pregnancy), F(Sig::Guarding)], any(0): [], "MAT, GTG63"),
    rule!(SelfHarm, "self-harm that needed no physical care, told by a carer", U,
        all: [Cond::Mentioned(Sig::DarkThoughts), C(Sig::Superficial)], any(0): [], "NG225"),
    rule!(Breathing, "wheeze with the reliever needed again and again today", U,
        all: [C(Sig::Extra), F(Sig::Wheeze)], any(0): [], "BTS"),
    rule!(Skin, "diabetes with a new dark patch on the foot and swelling, redness or pain (diabetic foot)", U,
        all: [C(Sig::Diabetic), C(Sig::SkinColour)], any(1): [F(Sig::Swelling), F(Sig::HotSwelling), F(Sig::Infection), F(Sig::Pain), F(Sig::Rash)], "consensus"),
    // Session 16d (`lay_red_flags_multilingual.rs`): lips or face swelling with the voice
    // changed is the airway, whatever the trigger [RCUK]; an eyelid swollen shut with
    // fever is periorbital cellulitis, a same-day look [NG141, EYE]; a urine infection
    // in pregnancy has the lower threshold PYELO gives it.
    rule!(Allergy, "lip, face or tongue swelling with a changed voice", E,
        all: [F(Sig::FaceSwelling), F(Sig::Hoarse)], any(0): [], "RCUK"),
    rule!(Urinary, "burning or pain passing urine in pregnancy", U,
        all: [F(Sig::UrinaryInfection), C(Sig::Pregnancy)], any(0): [], "PYELO"),
    rule!(Eye, "an eyelid swollen shut with fever or infection (periorbital cellulitis)", U,
        all: [C(Sig::EyeShut)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Infection)], "NG141, EYE"),
    // The eye or its lid swollen and sore, or swollen with a fever, without "shut": the
    // same periorbital cellulitis told earlier (session 20f, `red_eye_same_day.rs`).
    // Session 25b (`the_eye_pushed_out_or_seeing_double.rs`): a swollen eye with double
    // vision or the eye pushed out is infection behind the septum (orbital cellulitis):
    // admission, not the same-day look periorbital needs [NG141].
    rule!(Eye, "a swollen eye with double vision or the eye pushed out (orbital cellulitis)", E,
        all: [C(Sig::OrbitalSign), C(Sig::EyeNamed)], any(1): [F(Sig::Swelling), F(Sig::FaceSwelling), F(Sig::Infection), C(Sig::EyeShut)], "NG141"),
    rule!(Eye, "an eye or eyelid swollen and painful or feverish (periorbital cellulitis)", U,
        all: [C(Sig::EyeNamed), F(Sig::Swelling)], any(1): [F(Sig::Pain), F(Sig::Fever), Cond::FeverReading, F(Sig::Infection)], "NG141, EYE"),
    // Session 17b (`sms_red_flags.rs`): purple spots that spread, or on a baby or child,
    // are a non-blanching rash until shown otherwise [NG240, NG143 red]; a child given
    // too much of a medicine needs advice the same day [POIS].
    rule!(Skin, "purple spots spreading, or on a baby or child (meningococcal)", E,
        all: [F(Sig::Purpura)], any(1): [C(Sig::Worse), C(Sig::Infant), C(Sig::Child)], "NG240, NG143 red"),
    rule!(Overdose, "too much of a medicine given to a baby or child by mistake", U,
        all: [C(Sig::DoubleDose), C(Sig::Medicine)], any(1): [C(Sig::Infant), C(Sig::Child)], "POIS"),
    // Session 17e (`carer_red_flags.rs`): a drowsy child with signs of dehydration (sunken
    // eyes, no wet nappy) is shock until shown otherwise [NG143 red: reduced skin turgor,
    // not responding normally].
    rule!(FeverChild, "a drowsy child with sunken eyes or no wet nappies (dehydration)", E,
        all: [F(Sig::Drowsy), F(Sig::LessUrine), C(Sig::Child)], any(0): [], "NG143 red"),
    // Drowsy or floppy with vomiting: altered responsiveness, the red flag of dehydration in a
    // child (session 19a).
    rule!(FeverChild, "a child drowsy or floppy while vomiting (dehydration)", E,
        all: [F(Sig::Drowsy), F(Sig::Vomiting)], any(1): [C(Sig::Child), C(Sig::Infant)], "NG143 red"),
    rule!(FeverChild, "a drowsy baby with sunken eyes or no wet nappies (dehydration)", E,
        all: [F(Sig::Drowsy), F(Sig::LessUrine), C(Sig::Infant)], any(0): [], "NG143 red"),
    // Shivering or rigors after birth are an infection (mastitis, the womb) until shown
    // otherwise [CG37]; a red or swollen eyelid under 3 months is an eye infection seen
    // the same day [NG143, EYE] (session 17e).
    rule!(Postpartum, "shivering or rigors after birth", U,
        all: [C(Sig::Postpartum), F(Sig::Shaking)], any(0): [], "CG37"),
    rule!(Eye, "a red or swollen eye under 3 months", U,
        all: [Cond::InfantUnder3Months, C(Sig::EyeNamed), F(Sig::Swelling)], any(0): [], "NG143, EYE"),
    // Session 17a (`swallowed_poisons.rs`): a child who may have swallowed something
    // harmful is an emergency "even if well" [POIS], so "she seems fine", which the scope
    // reads as the swallowing resolved, does not clear it.
    rule!(Overdose, "a child who swallowed something harmful and seems well (harm can come hours later)", E,
        all: [Cond::Mentioned(Sig::Ingested)], any(1): [C(Sig::Child), C(Sig::Infant)], "POIS"),
    // Session 18d (`pregnancy_and_newborn_signs.rs`): something coming out of the vagina
    // with the waters gone or in pregnancy is a cord or a limb come down; a pad changed
    // every hour or faster after a birth or in pregnancy is heavy loss; clear fluid
    // leaking in pregnancy is the waters going early, seen now [MAT; CG37; GTG52].
    rule!(Pregnancy, "something coming out of the vagina with the waters gone or in pregnancy (a cord or a limb come down)", E,
        all: [C(Sig::SomethingOut)], any(1): [C(Sig::WatersBroke), C(Sig::Pregnancy), Cond::LatePregnancy, C(Sig::Contractions)], "MAT"),
    rule!(Postpartum, "a pad changed every hour or faster after birth or in pregnancy (heavy loss)", E,
        all: [C(Sig::PadsChangedFast)], any(1): [C(Sig::Postpartum), C(Sig::Pregnancy), Cond::LatePregnancy], "CG37, GTG52"),
    // Session 25a (`a_heavy_bleed_with_faintness.rs`): a pad each hour with faintness or
    // pallor, a period included, is blood loss with shock coming [BLEED].
    rule!(Bleeding, "a pad soaked every hour or faster with faintness or pallor (blood loss with shock coming)", E,
        all: [C(Sig::PadsChangedFast)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Pallor)], "BLEED"),
    rule!(Pregnancy, "clear fluid leaking in pregnancy (the waters going early)", U,
        all: [C(Sig::FluidLeak)], any(1): [C(Sig::Pregnancy), Cond::LatePregnancy], "MAT"),
    // Session 17a (`chest_discomfort.rs`): a vague discomfort in the chest with the
    // companions CG95 names is possibly cardiac pain.
    rule!(ChestPain, "discomfort in the chest with sweating, spread to the arm, jaw or back, nausea, faintness or breathlessness, or in a diabetic", E,
        all: [F(Sig::ChestDiscomfort)], any(1): [F(Sig::Sweating), F(Sig::Radiating), F(Sig::Nausea), F(Sig::Dizziness), F(Sig::Breathing), C(Sig::Diabetic), F(Sig::Pallor)], "CG95"),
    // Session 18e (`injury_red_flags.rs`): injuries whose danger is in the mechanism.
    rule!(Breathing, "pulled out of water or through the ice, then drowsy, blue, breathless or confused", E,
        all: [C(Sig::Submerged)], any(1): [F(Sig::Drowsy), F(Sig::Breathing), F(Sig::Unconscious), Cond::Mentioned(Sig::Unconscious), F(Sig::Confusion), F(Sig::Wheeze), F(Sig::SpeechLoss), F(Sig::Mottled)], "MTS, consensus"),
    rule!(Breathing, "smoke breathed in a fire with a hoarse voice, breathlessness or drowsiness (a burnt airway)", E,
        all: [C(Sig::SmokeBreathed)], any(1): [F(Sig::Hoarse), F(Sig::Breathing), F(Sig::Wheeze), F(Sig::Drowsy), F(Sig::Confusion), F(Sig::SwallowTrouble)], "MTS, consensus"),
    rule!(Abdominal, "a blow to the belly or side with pain and pallor, sweating or faintness (bleeding inside)", E,
        all: [C(Sig::BellyBlow), F(Sig::Pain)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), C(Sig::SkinColour), F(Sig::Sweating), F(Sig::Mottled)], "BLEED, MTS"),
    // Session 21f (`blow_to_a_pregnant_belly.rs`): a blow to the belly in pregnancy with
    // bleeding, pain, tightenings or the baby moving less: the placenta coming away [GTG63, MAT].
    rule!(Pregnancy, "a blow to the belly in pregnancy with bleeding, pain, tightenings or the baby moving less", E,
        all: [C(Sig::BellyBlow), C(Sig::Pregnancy)], any(1): [F(Sig::Bleeding), F(Sig::Pain), F(Sig::FetalMovement), C(Sig::Contractions)], "GTG63, MAT"),
    rule!(Abdominal, "a blow to the belly or side with pain", U,
        all: [C(Sig::BellyBlow), F(Sig::Pain)], any(0): [], "MTS, consensus"),
    rule!(HeadInjury, "a dive into shallow water with pain, a head blow or numb or tingling limbs (a neck injury)", E,
        all: [C(Sig::ShallowDive)], any(1): [F(Sig::StiffNeck), F(Sig::Pain), F(Sig::LimbNoFeeling), F(Sig::HeadInjury), F(Sig::Weakness)], "HI, consensus"),
    rule!(HeadInjury, "a head injury with numb or tingling limbs (a new deficit)", E,
        all: [F(Sig::HeadInjury), F(Sig::LimbNoFeeling)], any(0): [], "HI"),
    rule!(Limb, "a limb gone hard and tense with pain getting worse or severe (compartment syndrome)", E,
        all: [C(Sig::TenseLimb), F(Sig::Pain)], any(1): [C(Sig::Worse), C(Sig::Severe), F(Sig::AnalgesiaFailing)], "BOAST"),
    rule!(HeadInjury, "a fall, a blow or a knock-out not remembered (amnesia)", E,
        all: [C(Sig::NoMemoryOfIt)], any(1): [F(Sig::HeadInjury), Cond::Mentioned(Sig::Unconscious), C(Sig::Fall), C(Sig::HeadNamed), C(Sig::FallFromHeight)], "HI"),
    // Session 18c (`chronic_care_red_flags.rs`): a caustic swallowed by an adult who then
    // coughs or whose mouth burns; blood brought up by the cupful.
    rule!(Overdose, "a caustic chemical swallowed with coughing or a burning mouth", E,
        all: [C(Sig::Chemical), F(Sig::Ingested), C(Sig::CausticHarm)], any(0): [], "POIS"),
    rule!(Bleeding, "blood brought up by the cupful", E,
        all: [F(Sig::BloodFromMouth), C(Sig::LargeVolume)], any(0): [], "BLEED"),
    rule!(Diabetes, "glucose of 15 mmol/L or more with thirst or ketones not checked", U,
        all: [Cond::HighGlucose, C(Sig::HighSugarSign)], any(0): [], "DKA"),
    // Session 18f (`drugs_and_poisons_told_plainly.rs`): a stimulant with a heart over 130,
    // a temperature of 39 or new confusion is stimulant toxicity (hyperthermia,
    // arrhythmia) [POIS: any poisoning with abnormal observations].
    rule!(Overdose, "cocaine, amphetamine or ecstasy with a heart over 130, a high temperature or confusion", E,
        all: [C(Sig::Stimulant)], any(1): [Cond::FastHeart, Cond::HighFeverReading, F(Sig::Confusion)], "POIS, consensus"),
    // Session 21a (`party_pills_and_someone_elses_pills.rs`): a party pill or a stimulant
    // with overheating or shaking told without a number [POIS].
    rule!(Overdose, "a party pill or a stimulant with overheating or shaking", E,
        all: [C(Sig::Stimulant)], any(1): [F(Sig::Fever), F(Sig::Shaking)], "POIS"),
    // Session 21a (`urine_retention_with_a_swollen_belly.rs`): no urine with a swollen lower
    // belly is acute retention [AUR]; a catheter bag that stays empty is its own row (U).
    rule!(Urinary, "no urine passed with a swollen lower belly (retention)", E,
        all: [F(Sig::LessUrine), F(Sig::BellySwelling), Cond::Absent(Sig::Catheter)], any(0): [], "AUR"),
    // Session 22e (`urine_retention_with_a_swollen_belly.rs`): a fever after an operation
    // with no urine passed is sepsis until shown otherwise (NG51 high risk: no urine for
    // 18 hours); a fever with less urine alone stays a same-day look.
    rule!(FeverAdult, "a fever after an operation with little or no urine", E,
        all: [F(Sig::Fever), F(Sig::LessUrine)], any(1): [C(Sig::Procedure), C(Sig::ProcedureDone)], "NG51"),
    // Session 22g (`older_people_told_by_carers.rs`): a catheter draining nothing with the
    // belly swollen and in pain is retention behind a blocked catheter [AUR].
    rule!(Urinary, "a blocked catheter with a swollen, painful belly (retention)", E,
        all: [F(Sig::LessUrine), F(Sig::BellySwelling), C(Sig::Catheter)], any(1): [F(Sig::Pain), C(Sig::Severe)], "AUR"),
    // Session 19b (`same_day_signs_told_plainly.rs`): asthma with the reliever needed every
    // few hours, wheeze told or not, is poorly controlled asthma, a same-day look [BTS].
    rule!(Breathing, "asthma with the reliever needed every few hours", U,
        all: [C(Sig::RelieverOften), C(Sig::Asthma)], any(0): [], "BTS"),
    // Session 21d (`halos_round_lights.rs`): halos round lights in a painful eye with a
    // headache or vomiting is acute angle-closure glaucoma, sight lost within hours.
    rule!(Eye, "a painful eye with halos round lights and a headache or vomiting (acute glaucoma)", E,
        all: [F(Sig::Halos), F(Sig::Pain), C(Sig::EyeNamed)], any(1): [F(Sig::Headache), F(Sig::Vomiting), F(Sig::Nausea)], "EYE, consensus"),
    // Session 21d (`drug_reaction_blisters.rs`): mouth sores after a new medicine with skin
    // blisters, a rash, a fever or red eyes is Stevens-Johnson syndrome.
    rule!(Skin, "mouth sores after a new medicine with blisters, a rash, a fever or sore eyes (Stevens-Johnson)", E,
        all: [F(Sig::MouthSores), C(Sig::NewMedicine)], any(1): [F(Sig::Burn), F(Sig::Rash), F(Sig::Fever), C(Sig::EyeNamed)], "consensus"),
    // Session 22a. A plea to talk today beside thoughts of death, a crisis, panic or a
    // denial of intent (`distress_with_a_plea_for_today.rs`): the denial is not a reason
    // to wait [NG225]. Alone, the plea lifts nothing.
    rule!(SelfHarm, "distress with intent denied and a plea to talk today", U,
        all: [C(Sig::TalkToday)], any(1): [C(Sig::NoPlan), Cond::Mentioned(Sig::DarkThoughts), F(Sig::MentalCrisis), C(Sig::PanicAttacks)], "NG225, MHF"),
    // Spotting in pregnancy, brown or pink included, unless a clinician already checked
    // it (`spotting_in_pregnancy.rs`).
    rule!(Pregnancy, "spotting in pregnancy, brown or pink included", U,
        all: [C(Sig::Pregnancy), C(Sig::Spotting), Cond::Absent(Sig::Reviewed)], any(0): [], "NG126, GTG63"),
    // A medicine that lowers the pressure or the pulse, or one with a narrow margin,
    // doubled by mistake with no symptom yet (`medicine_taken_twice_by_mistake.rs`).
    rule!(Overdose, "a blood pressure, heart-rate or narrow-margin medicine taken twice by mistake", U,
        all: [C(Sig::DoubleDose)], any(1): [C(Sig::PressureMedicine), C(Sig::RateSlowingMedicine), C(Sig::Methotrexate), C(Sig::Lithium), C(Sig::Opioid), C(Sig::CriticalMedicine), C(Sig::Anticoagulant), C(Sig::Diabetic)], "POIS, consensus"),
    // A fertility injection missed, late, leaked or doubled in a stimulated cycle: the
    // clinic the same day (`missed_ivf_and_pill_doses.rs`).
    rule!(AfterProcedure, "an IVF injection missed, late, leaked or doubled", U,
        all: [C(Sig::Ivf)], any(1): [C(Sig::MissedDose), C(Sig::DoubleDose)], "GTG5, consensus"),
    // A dry socket told by its signs (`dry_socket_told_by_its_signs.rs`).
    rule!(Dental, "pain after a tooth came out, going to the ear or with a foul taste (dry socket)", U,
        all: [C(Sig::Extraction), C(Sig::DrySocketSign)], any(1): [F(Sig::Pain), C(Sig::Severe), F(Sig::AnalgesiaFailing)], "SDCEP"),
    // Session 23a (`long_term_conditions_getting_worse.rs`): a long-term condition getting
    // worse, told by the patient or the carer. COPD (or a wheeze) with the phlegm changed is
    // a flare, the rescue pack and a same-day look; green phlegm alone stays routine.
    rule!(Breathing, "COPD with phlegm changed in colour or amount (a flare)", U,
        all: [C(Sig::SputumChange)], any(1): [C(Sig::Copd), F(Sig::Wheeze), F(Sig::Fever), Cond::FeverReading], "BTS, consensus"),
    // Heart failure with swelling told as new (not "as usual"): fluid building up.
    rule!(Breathing, "heart failure with swelling that is not the usual (fluid building up)", U,
        all: [C(Sig::HeartFailure), F(Sig::Swelling), Cond::Absent(Sig::Usual)], any(0): [], "consensus"),
    // A defibrillator that fired once with a faint, chest pain, dizziness, weakness or
    // breathlessness: 999, not the device clinic (BHF device advice).
    rule!(ChestPain, "a heart defibrillator shock with a faint, chest pain, dizziness or breathlessness", E,
        all: [C(Sig::DeviceShockOnce)], any(1): [Cond::Mentioned(Sig::Unconscious), Cond::Mentioned(Sig::ChestPain), F(Sig::Dizziness), F(Sig::Breathing), F(Sig::Weakness)], "consensus"),
    // On chemotherapy, a temperature from 37.5 or a sign of infection: immunosuppressed,
    // a same-day look for neutropenic sepsis [NG51].
    rule!(FeverAdult, "on chemotherapy with a temperature of 37.5 or more or a sign of infection", U,
        all: [C(Sig::Chemotherapy)], any(1): [Cond::TemperatureAtLeast(375), F(Sig::Infection), F(Sig::UrinaryInfection), F(Sig::MouthSores), F(Sig::Shingles), F(Sig::Rash), F(Sig::SwallowTrouble)], "NG51"),
    // "I'll take it all tonight" with the pills in front of them or "I can't go on".
    rule!(SelfHarm, "pills to be taken all tonight, with the means at hand or unable to go on", E,
        all: [C(Sig::AllTonight)], any(1): [C(Sig::MeansAtHand), C(Sig::CantGoOn), Cond::Mentioned(Sig::DarkThoughts), F(Sig::MentalCrisis)], "MHF, NG225"),
    // A dialysis fistula gone quiet: clotted access, the renal unit the same day.
    rule!(Urinary, "a dialysis fistula that stopped buzzing (clotted access)", U,
        all: [C(Sig::FistulaQuiet)], any(0): [], "consensus"),
    // An arm swollen on the side of a PICC line or port: a clot until shown otherwise.
    rule!(Limb, "a swollen arm on the side of a PICC line or port (a clot)", U,
        all: [C(Sig::LineInArm), F(Sig::Swelling)], any(0): [], "NG158"),
    // Drooling and swallowing trouble after a denture or a bone went down: obstructed.
    rule!(Breathing, "drooling and unable to swallow after something was swallowed", E,
        all: [C(Sig::Drooling), C(Sig::ForeignBody)], any(1): [F(Sig::SwallowTrouble), F(Sig::NoSwallowAtAll)], "ENT, BTS"),
    // Clear fluid from the nose or ear after a head blow with drowsiness, vomiting,
    // confusion or a fit: a skull fracture with the brain affected [HI].
    rule!(HeadInjury, "clear fluid from the nose or ear after a head blow with drowsiness, vomiting, confusion or a fit", E,
        all: [F(Sig::SkullBaseSign)], any(1): [F(Sig::Drowsy), F(Sig::Vomiting), F(Sig::Confusion), Cond::Mentioned(Sig::Seizure)], "HI"),
    // Vomit that smells of stool: a blocked bowel.
    rule!(Abdominal, "vomit that smells of stool (a blocked bowel)", E,
        all: [C(Sig::FaecalVomit)], any(0): [], "APP, MTS"),
    // Session 23d: an urgent finding made an emergency by a second sign (the sources' red
    // and MTS orange discriminators). A bleed with faintness and clamminess or pallor is
    // blood loss with shock coming [BLEED] (`bleeding_with_faintness.rs`).
    rule!(Bleeding, "bleeding with faintness and clamminess, pallor or confusion (blood loss with shock coming)", E,
        all: [F(Sig::Bleeding), F(Sig::Dizziness)], any(1): [F(Sig::Sweating), F(Sig::Pallor), F(Sig::Confusion)], "BLEED"),
    // A floppy child, or a baby or child who does not respond to a parent with a fever,
    // drowsiness or not feeding [NG143 red] (`a_floppy_child.rs`).
    rule!(FeverChild, "a floppy child or baby", E,
        all: [F(Sig::Floppy)], any(1): [C(Sig::Child), C(Sig::Infant), Cond::InfantUnder6Months], "NG143 red"),
    rule!(FeverChild, "a baby not responding to a parent, with a fever, drowsiness, floppiness or not feeding", E,
        all: [F(Sig::NoSocialResponse), C(Sig::Infant)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Drowsy), F(Sig::Floppy), F(Sig::NotFeeding)], "NG143 red"),
    rule!(FeverChild, "a child not responding to a parent, with a fever, drowsiness, floppiness or not feeding", E,
        all: [F(Sig::NoSocialResponse), C(Sig::Child)], any(1): [F(Sig::Fever), Cond::FeverReading, F(Sig::Drowsy), F(Sig::Floppy), F(Sig::NotFeeding)], "NG143 red"),
    // A cold, pale limb with pain: the blood supply cut off [BOAST] (`cold_pale_limb.rs`).
    rule!(Limb, "a leg, foot or arm gone cold and pale or blue, with pain (blood supply cut off)", E,
        all: [F(Sig::ColdPaleLimb), F(Sig::Pain)], any(0): [], "BOAST"),
    // A slow pulse told in words with faintness or a grey face; a blood pressure or heart
    // medicine taken to excess with faintness or a slow pulse [POIS]
    // (`a_slow_pulse_and_a_grey_face.rs`).
    rule!(Consciousness, "a pulse told as very slow with faintness, a grey or pale face, breathlessness, chest pain or confusion", E,
        all: [F(Sig::SlowPulse)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::Pallor), F(Sig::Breathing), F(Sig::ChestPain), F(Sig::Confusion)], "consensus"),
    rule!(Overdose, "a blood pressure medicine taken to excess with faintness, a slow pulse or a grey face", E,
        all: [C(Sig::DoubleDose), C(Sig::PressureMedicine)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::SlowPulse), F(Sig::Pallor), Cond::HeartBelow(50)], "POIS"),
    rule!(Overdose, "a heart-rate medicine taken to excess with faintness, a slow pulse or a grey face", E,
        all: [C(Sig::DoubleDose), C(Sig::RateSlowingMedicine)], any(1): [F(Sig::Dizziness), F(Sig::Unconscious), F(Sig::SlowPulse), F(Sig::Pallor), Cond::HeartBelow(50)], "POIS"),
    // Drowsy or confused with a COPD saturation of 88-91%: carbon dioxide building up
    // [BTS: drowsy is life-threatening] (`drowsy_with_low_oxygen_in_copd.rs`).
    rule!(Breathing, "drowsy or confused with a low saturation in COPD", E,
        all: [Cond::CopdLowOxygen], any(1): [F(Sig::Drowsy), F(Sig::Confusion)], "BTS"),
    // Shivering with a heart over 130, not told as panic: sepsis's high-risk heart rate
    // with rigors [NG51].
    rule!(FeverAdult, "shivering with a heart rate over 130", E,
        all: [Cond::FastHeart, F(Sig::Shaking), Cond::Absent(Sig::PanicAttacks)], any(0): [], "NG51"),
];

/// What one reported finding means by itself, before any combination. `None` for
/// concepts whose level depends on modifiers (see `affirmed_level`).
pub(crate) fn finding_level(signal: Sig) -> Option<(Urgency, Presentation)> {
    use Presentation as P;
    let routine = Urgency::Routine;
    Some(match signal {
        Sig::Confusion => (E, P::Consciousness),
        Sig::Pupil => (E, P::HeadInjury),
        Sig::SentToEmergency => (E, P::SentOn),
        Sig::SpeechLoss => (E, P::Stroke),
        Sig::InhalerFailing | Sig::CantFinishSentence => (E, P::Breathing),
        Sig::NonBlanching | Sig::Mottled => (E, P::Skin),
        Sig::Grunting => (E, P::FeverChild),
        Sig::BabyHarm => (E, P::SelfHarm),
        Sig::BoneVisible => (E, P::Limb),
        Sig::SaddleNumb => (E, P::Back),
        Sig::BellyPainBackWorse => (E, P::Abdominal),
        Sig::LongFever => (U, P::FeverChild),
        Sig::DeviceShocks => (E, P::ChestPain),
        Sig::DeviceShockOnce => (U, P::ChestPain),
        Sig::OrganOut => (E, P::AfterProcedure),
        Sig::UrineRetention => (E, P::Urinary),
        Sig::ChemicalEye | Sig::VisionLoss => (E, P::Eye),
        Sig::NoPulse => (E, P::Limb),
        Sig::FloorOfMouth => (E, P::Dental),
        Sig::BlackStool => (U, P::Abdominal),
        Sig::HipFractureSign => (E, P::Limb),
        Sig::ForeignBody => (U, P::Unplaced),
        Sig::AnalgesiaFailing | Sig::LimbNoFeeling => (routine, P::Unplaced),
        Sig::SuddenDeafness => (U, P::Unplaced),
        // Alone these lift nothing; with a painful eye or a new medicine, see the rows.
        Sig::Halos => (routine, P::Eye),
        Sig::MouthSores => (routine, P::Skin),
        Sig::Pallor => (routine, P::Unplaced),
        // Session 23d: alone, a floppy person, a cold pale limb or a slow pulse is a same-day
        // look; a baby not looking at a parent lifts nothing without the rows' companions.
        Sig::Floppy | Sig::SlowPulse => (U, P::Consciousness),
        Sig::ColdPaleLimb => (U, P::Limb),
        Sig::BreathlessOnATask => (U, P::Breathing),
        Sig::NoSocialResponse => (routine, P::Unplaced),
        Sig::EmergencyContraception => (U, P::Unplaced),
        Sig::EyeInjury => (E, P::Eye),
        Sig::NecrotisingPain => (U, P::Skin),
        Sig::SkullBaseSign => (E, P::HeadInjury),
        Sig::Ingested => (U, P::Overdose),
        Sig::Fontanelle => (E, P::FeverChild),
        Sig::Drowsy | Sig::ChangedBehaviour | Sig::Psychosis => (U, P::Consciousness),
        Sig::Balance => (U, P::Stroke),
        Sig::Doom => (U, P::FeverAdult),
        Sig::NoWeight => (U, P::Limb),
        Sig::DarkThoughts => (U, P::SelfHarm),
        Sig::MentalCrisis => (U, P::SelfHarm),
        Sig::IntrusiveThoughts => (U, P::Postpartum),
        Sig::Relapse => (U, P::Overdose),
        Sig::SinusOpening => (U, P::Dental),
        Sig::SexualAssault => (U, P::Safety),
        Sig::Contractions => (U, P::Pregnancy),
        Sig::Incontinence => (U, P::Back),
        Sig::GiantCellArteritis => (U, P::Headache),
        Sig::LessUrine => (U, P::FeverChild),
        Sig::RightLowerPain => (U, P::Abdominal),
        Sig::Weakness => (U, P::Consciousness),
        Sig::Purpura => (U, P::Skin),
        Sig::HotSwelling => (U, P::Skin),
        Sig::AnimalBite => (U, P::Skin),
        Sig::UrinaryInfection => (routine, P::Urinary),
        Sig::PainEverywhere => (U, P::Abdominal),
        Sig::ElectricShock => (U, P::Unplaced),
        Sig::CantLieFlat => (U, P::Breathing),
        Sig::FastBreathing => (U, P::Breathing),
        Sig::DiabetesOnset => (U, P::Diabetes),
        Sig::NoSwallowAtAll => (E, P::Breathing),
        Sig::Jaundice => (U, P::Unplaced),
        Sig::Hypo => (U, P::Diabetes),
        Sig::VisionChange => (U, P::Eye),
        Sig::Dizziness => (U, P::Consciousness),
        Sig::NotFeeding => (U, P::FeverChild),
        Sig::Clots => (U, P::Bleeding),
        Sig::WatersBroke | Sig::FetalMovement => (U, P::Pregnancy),
        Sig::SwallowTrouble | Sig::Trismus => (U, P::Dental),
        Sig::LimbCompromise | Sig::CalfSwelling => (U, P::Limb),
        Sig::Guarding => (U, P::Abdominal),
        Sig::Sweating
        | Sig::Shaking
        | Sig::StiffNeck
        | Sig::Photophobia
        | Sig::Headache
        | Sig::Radiating
        | Sig::Indigestion
        | Sig::Nausea
        | Sig::Rash
        | Sig::ShoulderTip
        | Sig::Hoarse
        | Sig::Wheeze
        | Sig::BellySwelling
        | Sig::Itch
        | Sig::Shingles
        | Sig::FaceSwelling
        | Sig::ChestDiscomfort => (routine, P::Unplaced),
        _ => return None,
    })
}

/// The presentation a built-in single concept belongs to, for reasons.
pub(crate) fn presentation_of(signal: Sig) -> Presentation {
    use Presentation as P;
    if let Some((_, presentation)) = finding_level(signal) {
        return presentation;
    }
    match signal {
        Sig::ChestPain => P::ChestPain,
        Sig::Breathing => P::Breathing,
        Sig::Stroke => P::Stroke,
        Sig::Unconscious => P::Consciousness,
        Sig::Seizure => P::Seizure,
        Sig::Anaphylaxis | Sig::AllergicReaction => P::Allergy,
        Sig::Suicidal => P::SelfHarm,
        Sig::Overdose => P::Overdose,
        Sig::Haemorrhage | Sig::Bleeding | Sig::BloodFromMouth => P::Bleeding,
        Sig::ThunderclapHeadache => P::Headache,
        Sig::Sepsis | Sig::Fever | Sig::Infection => P::FeverAdult,
        Sig::HeadInjury => P::HeadInjury,
        Sig::Fracture | Sig::Burn | Sig::Laceration => P::Limb,
        Sig::DrySocket => P::Dental,
        Sig::WoundOpen => P::AfterProcedure,
        Sig::Vomiting | Sig::Pain => P::Abdominal,
        _ => P::Unplaced,
    }
}

/// What the presentation table can see of one message.
pub(crate) struct Facts<'a> {
    /// Findings reported now.
    pub affirmed: &'a [Sig],
    /// Contexts mentioned and not negated.
    pub contexts: &'a [Sig],
    /// Findings reported as having stopped.
    pub resolved: &'a [Sig],
    /// Findings read as a "what if" or a condition.
    pub hypothetical: &'a [Sig],
    pub readings: Readings,
}

impl Facts<'_> {
    fn holds(&self, cond: Cond) -> bool {
        let r = &self.readings;
        match cond {
            F(signal) => self.affirmed.contains(&signal),
            C(signal) => self.contexts.contains(&signal) || self.affirmed.contains(&signal),
            Cond::Mentioned(signal) => {
                self.affirmed.contains(&signal) || self.resolved.contains(&signal)
            }
            Cond::Threatened(signal) => self.hypothetical.contains(&signal),
            Cond::LithiumAtLeast(tenths) => r
                .lithium
                .is_some_and(|level| level * 10.0 >= f32::from(tenths)),
            Cond::InfantUnder3Months => r.infant_days.is_some_and(|days| days < 90.0),
            Cond::SevereLowGlucose => r.glucose_mmol.is_some_and(|g| g <= 3.0),
            Cond::LowGlucose => r.glucose_mmol.is_some_and(|g| g < 4.0),
            // In COPD the target is 88-92% [BTS, consensus]: 88-91 there is CopdLowOxygen.
            Cond::LowOxygen => r
                .oxygen
                .is_some_and(|o| o < 92.0 && !(self.holds(C(Sig::Copd)) && o >= 88.0)),
            Cond::CopdLowOxygen => {
                self.holds(C(Sig::Copd)) && r.oxygen.is_some_and(|o| (88.0..92.0).contains(&o))
            }
            Cond::BorderlineOxygen => r.oxygen.is_some_and(|o| (92.0..=95.0).contains(&o)),
            Cond::InrBelow(tenths) => r.inr.is_some_and(|inr| inr * 10.0 < f32::from(tenths)),
            Cond::HeartBelow(limit) => r.slowest_heart.is_some_and(|h| h < f32::from(limit)),
            Cond::BreathingAtLeast(limit) => {
                r.breathing_rate.is_some_and(|b| b >= f32::from(limit))
            }
            Cond::BreathingAtMost(limit) => {
                r.slowest_breathing.is_some_and(|b| b <= f32::from(limit))
            }
            Cond::TemperatureAtMost(tenths) => r
                .lowest_temperature_c
                .is_some_and(|t| t * 10.0 <= f32::from(tenths)),
            Cond::HeartAtLeast(limit) => r.heart_rate.is_some_and(|h| h >= f32::from(limit)),
            Cond::PotassiumAtLeast(tenths) => {
                r.potassium.is_some_and(|k| k * 10.0 >= f32::from(tenths))
            }
            Cond::CreatinineRisen => r.creatinine_ratio.is_some_and(|ratio| ratio >= 1.5),
            Cond::WeightGainAtLeast(kg) => r.weight_gain_kg.is_some_and(|w| w >= f32::from(kg)),
            Cond::VeryHighGlucose => r.highest_glucose_mmol.is_some_and(|g| g >= 20.0),
            Cond::HighGlucose => r.highest_glucose_mmol.is_some_and(|g| g >= 15.0),
            Cond::LatePregnancy => r.pregnancy_weeks.is_some_and(|w| w >= 20.0),
            Cond::NotBefore20Weeks => r.pregnancy_weeks.is_none_or(|w| w >= 20.0),
            Cond::Absent(signal) => !self.holds(C(signal)),
            Cond::FastHeart => r.heart_rate.is_some_and(|h| h > 130.0),
            Cond::PeakFlowBelow(limit) => r.peak_flow.is_some_and(|p| p < f32::from(limit)),
            Cond::KetonesAtLeast(tenths) => {
                r.ketones.is_some_and(|k| k * 10.0 >= f32::from(tenths))
            }
            Cond::FeverReading => r.temperature_c.is_some_and(|t| t >= 38.0),
            Cond::HighFeverReading => r.temperature_c.is_some_and(|t| t >= 39.0),
            Cond::TemperatureAtLeast(tenths) => r
                .temperature_c
                .is_some_and(|t| t * 10.0 >= f32::from(tenths)),
            Cond::InfantUnder6Months => r.infant_days.is_some_and(|days| days < 183.0),
            Cond::InrAtLeast(tenths) => r.inr.is_some_and(|inr| inr * 10.0 >= f32::from(tenths)),
            Cond::SystolicAtMost(limit) => r.lowest_systolic.is_some_and(|s| s <= f32::from(limit)),
            Cond::PressureAtLeast(systolic, diastolic) => r
                .blood_pressure
                .is_some_and(|(s, d)| s >= f32::from(systolic) || d >= f32::from(diastolic)),
        }
    }

    /// The most severe rule that fires; the first in the table on a tie.
    pub(crate) fn strongest(&self) -> Option<&'static Rule> {
        let mut best: Option<&'static Rule> = None;
        for rule in RULES {
            let fires = rule.all.iter().all(|&c| self.holds(c))
                && rule.any.iter().filter(|&&c| self.holds(c)).count() >= rule.min_any;
            if fires && best.is_none_or(|b| rule.level > b.level) {
                best = Some(rule);
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_names_a_source_and_can_fire() {
        for rule in RULES {
            assert!(!rule.source.is_empty(), "{}", rule.discriminator);
            assert!(rule.min_any <= rule.any.len(), "{}", rule.discriminator);
            assert!(
                !rule.all.is_empty() || rule.min_any > 0,
                "{} needs a condition",
                rule.discriminator
            );
        }
    }

    #[test]
    fn combinations_need_every_part() {
        let readings = Readings::default();
        let fever = [Sig::Fever];
        let alone = Facts {
            affirmed: &fever,
            contexts: &[],
            resolved: &[],
            hypothetical: &[],
            readings,
        };
        assert_eq!(alone.strongest().map(|r| r.level), None);
        let meningism = [Sig::Fever, Sig::StiffNeck];
        let both = Facts {
            affirmed: &meningism,
            contexts: &[],
            resolved: &[],
            hypothetical: &[],
            readings,
        };
        assert_eq!(both.strongest().map(|r| r.level), Some(Urgency::Emergency));
    }
}
