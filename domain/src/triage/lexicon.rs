//! Over 600 lines because the `Sig` enum, its labels and ids and the original data table
//! change together whenever a signal is added.
//!
//! The built-in vocabularies: symptom concepts, modifiers and scope cues in English,
//! Spanish, French and German.
//!
//! Patterns use the syntax documented in [`super::matcher`]: words written naturally
//! (accents optional; they are normalised like messages), `a|b` alternatives, `stem*`,
//! `*tail`, and `!` for patterns that contain their own negation. Languages share one
//! table on purpose: patients mix languages, and one pass is cheaper than four.

use frontdesk_protocol::Department;

/// Everything the lexicon can recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Sig {
    // Emergency concepts: affirmed, present mentions mean `emergency`.
    ChestPain,
    Breathing,
    Stroke,
    Unconscious,
    Seizure,
    Anaphylaxis,
    Suicidal,
    Overdose,
    Haemorrhage,
    BloodFromMouth,
    ThunderclapHeadache,
    Sepsis,
    FetalMovement,
    /// A lab, hospital or doctor said to go to the emergency department now.
    SentToEmergency,
    // Urgent concepts: same-day clinical review.
    Fever,
    Infection,
    WoundOpen,
    Vomiting,
    HeadInjury,
    Fracture,
    Burn,
    AllergicReaction,
    DrySocket,
    Laceration,
    // Concepts whose level depends on modifiers and context.
    Bleeding,
    Pain,
    Swelling,
    Symptom,
    // Findings the presentation table combines (see `findings.rs`).
    Confusion,
    Drowsy,
    Sweating,
    Shaking,
    Hypo,
    StiffNeck,
    Photophobia,
    Headache,
    VisionLoss,
    VisionChange,
    Pupil,
    SpeechLoss,
    Radiating,
    Indigestion,
    Nausea,
    Dizziness,
    InhalerFailing,
    CantFinishSentence,
    Rash,
    NonBlanching,
    Mottled,
    NotFeeding,
    Grunting,
    Clots,
    BabyHarm,
    WatersBroke,
    ShoulderTip,
    BellySwelling,
    SwallowTrouble,
    Trismus,
    Hoarse,
    Wheeze,
    BoneVisible,
    SaddleNumb,
    UrineRetention,
    Incontinence,
    ChemicalEye,
    LimbCompromise,
    NoPulse,
    AdrenalineGiven,
    FloorOfMouth,
    BlackStool,
    LimbNoFeeling,
    AnalgesiaFailing,
    SuddenDeafness,
    EmergencyContraception,
    Fall,
    HipFractureSign,
    ForeignBody,
    Catheter,
    Reviewed,
    WeeksAgo,
    KetoneBreath,
    EyeInjury,
    NecrotisingPain,
    LargeArea,
    SkullBaseSign,
    Ingested,
    CalfSwelling,
    FaceSwelling,
    Balance,
    Psychosis,
    ChangedBehaviour,
    Doom,
    Fontanelle,
    NoWeight,
    DarkThoughts,
    Contractions,
    GiantCellArteritis,
    Itch,
    LessUrine,
    RightLowerPain,
    Weakness,
    Purpura,
    HotSwelling,
    AnimalBite,
    UrinaryInfection,
    PainEverywhere,
    ElectricShock,
    CantLieFlat,
    /// Breathing a little faster than usual or nostrils flaring: NG143 amber in a child,
    /// a same-day look (session 17e).
    FastBreathing,
    /// Thirst, passing water a lot and weight loss together: new diabetes, seen the same
    /// day (session 17e).
    DiabetesOnset,
    /// Cannot swallow even saliva or water: an obstructed upper airway [ENT].
    NoSwallowAtAll,
    /// Yellow skin or eyes: a same-day look (in a newborn, jaundice needs a bilirubin check).
    Jaundice,
    /// Shingles: by itself routine, with the eye involved a same-day look.
    Shingles,
    /// A vague discomfort or odd feeling in the chest (less than pain): with sweating,
    /// spread, nausea, faintness or breathlessness, possibly cardiac [CG95].
    ChestDiscomfort,
    /// A belly pain that eased and came back worse: a burst appendix [APP].
    BellyPainBackWorse,
    /// A fever that has gone on for five days or more [NG143 amber].
    LongFever,
    /// An implanted defibrillator that fired more than once: an electrical storm.
    DeviceShocks,
    /// An implanted defibrillator that fired once: the device clinic the same day.
    DeviceShockOnce,
    /// A medicine that slows the heart (a beta-blocker, digoxin, amiodarone): a slow
    /// pulse on it is the medicine's doing, a same-day review.
    RateSlowingMedicine,
    /// Something poking out of an opened wound (bowel through a burst wound).
    OrganOut,
    /// Phlegm changed in colour or amount ("phlegm gone green"): with COPD, a flare.
    SputumChange,
    /// Vomit that smells or looks like stool: a bowel obstruction.
    FaecalVomit,
    /// "I'll take it all tonight": with the means at hand or "can't go on", a plan.
    AllTonight,
    /// A dialysis fistula that stopped buzzing: clotted access, the renal unit today.
    FistulaQuiet,
    /// A PICC line, midline or port in the arm: swelling of that arm is a clot.
    LineInArm,
    // Contexts the presentation table combines.
    Usual,
    BodyPart,
    PeakFlow,
    Dental,
    HeartRate,
    Recent,
    SkinColour,
    Testicle,
    Diabetic,
    Infant,
    Child,
    Postpartum,
    Filler,
    Toxin,
    Extraction,
    Tonsillectomy,
    Allergen,
    Anticoagulant,
    Ivf,
    Opioid,
    Extra,
    /// The asthma reliever needed every few hours or several times a day [BTS].
    RelieverOften,
    PillCount,
    Asthma,
    Epilepsy,
    Back,
    FamilyHistory,
    Cast,
    /// A cancer, now or in the past: with new back pain, a same-day look.
    CancerHistory,
    Sudden,
    EyeSurgery,
    Chemical,
    EyeNamed,
    Lodged,
    DoubleDose,
    /// A vasectomy (done or planned): a swollen scrotum after one is a haematoma [TT].
    Vasectomy,
    Fumes,
    HeadNamed,
    /// Chemotherapy now or in the last weeks: a fever then may be neutropenic sepsis.
    Chemotherapy,
    /// Drooling, which with swallowing or airway trouble is an obstructed airway.
    Drooling,
    /// Came round at once, back to normal: a faint or a febrile fit with full recovery.
    CameRound,
    /// Methotrexate or a like immunosuppressant: mouth ulcers, a sore throat or a fever
    /// on it may be a low white count.
    Methotrexate,
    /// Heart failure: a weight gain or lying flat that is a warning sign in it.
    HeartFailure,
    /// On dialysis.
    Dialysis,
    /// A treatment session missed or cut short ("missed friday and monday sessions");
    /// with dialysis, potassium and fluid build up.
    MissedSession,
    /// Coughing or a burning mouth: with a caustic swallowed, harm to airway or gullet.
    CausticHarm,
    /// A large amount told by the vessel it fills ("a mugful", "una taza").
    LargeVolume,
    /// Thirst, or ketones not checked: with a high glucose, a same-day look.
    HighSugarSign,
    /// COPD: the oxygen saturation is judged against a lower target.
    Copd,
    /// Adrenal insufficiency (Addison's) on steroid replacement: a crisis risk when ill.
    AdrenalInsufficiency,
    /// A mechanical heart valve: a low INR is a clot risk.
    MechanicalValve,
    /// An eye swelling shut (with a dental swelling, spreading infection [SDCEP]).
    EyeShut,
    /// Double vision or an eye pushed out: with a swollen eye, orbital
    /// cellulitis [NG141] (`the_eye_pushed_out_or_seeing_double.rs`).
    OrbitalSign,
    /// "All over", "everywhere": with pain that began in the lower right, a burst appendix.
    AllOver,
    /// A pain that eased or went away ("it settled this morning"): with a return worse in a
    /// later clause, the easing of a burst appendix [APP] (session 19a).
    Eased,
    /// At a high place or with the means of suicide at hand (a rope, the edge of a roof).
    MeansAtHand,
    /// "I can't go on", "no puedo más", "ik kan niet meer".
    CantGoOn,
    /// A goodbye: "thanks for everything", "before I go".
    Farewell,
    /// Someone who no longer answers their phone or messages ("won't pick up", "no
    /// contesta al móvil"): with a goodbye or the means at hand, an emergency.
    Unreachable,
    /// Violence under way: someone being hit, hurt or threatened now.
    ViolenceNow,
    /// Strangled or choked by someone.
    Strangled,
    /// "Asking for a friend ... it's me, I did it earlier": a question owned up to as
    /// the writer's own act (`asked_for_a_friend_then_owned_up.rs`).
    OwnedUp,
    /// A sign explained away by what caused it ("lips blue from the ice lolly"): hidden
    /// like [`Sig::Benign`], and the learned model is not asked to overrule it.
    NotASign,
    /// A fall from a height: a ladder, a roof, a balcony, a changing table.
    FallFromHeight,
    /// Blood from the ear.
    EarBlood,
    /// A tooth knocked out whole.
    ToothOut,
    /// A permanent tooth, or one kept in milk to be put back.
    PermanentTooth,
    /// Afraid of a partner or threatened: a same-day talk about safety.
    AbuseRisk,
    /// The soft spot (fontanelle) of a baby's head.
    SoftSpot,
    /// Bulging.
    Bulging,
    /// "No plan", "I wouldn't do anything": said of thoughts of death.
    NoPlan,
    /// A blue sweet or drink: what turned the lips blue.
    BlueFood,
    /// Locked in a room ("locked herself in the bathroom"): with the means or with
    /// thoughts of death, an act under way (session 14c).
    LockedIn,
    /// Not coping now: panic attack after panic attack, falling apart (a same-day talk).
    MentalCrisis,
    /// Raped or sexually assaulted: emergency contraception, HIV prevention and a forensic
    /// examination are time-limited (a same-day look; consensus).
    SexualAssault,
    /// A belly too sore to touch or to move ("won't let me touch his tummy"): guarding,
    /// peritonitis with belly pain (session 15a).
    Guarding,
    /// A deep burn: white or charred and leathery, or painless [MTS burns].
    DeepBurn,
    /// A venomous bite or sting (a snake, an adder, a scorpion).
    Venom,
    /// A serotonergic medicine or drug (an SSRI or SNRI, tramadol, a triptan, linezolid,
    /// ecstasy): with jerking muscles and fever or agitation, serotonin syndrome.
    Serotonergic,
    /// Muscles or eyes jerking on their own, a clenching jaw: clonus (Hunter criteria).
    Clonus,
    /// Agitated, restless, unable to sit still.
    Agitation,
    /// Lithium named: with vomiting, unsteadiness or slurred speech, toxicity.
    Lithium,
    /// A medicine that raises lithium levels (an anti-inflammatory, a water tablet).
    LithiumRaiser,
    /// Stopping alcohol or a sedative (a benzodiazepine, pregabalin) after regular use.
    Withdrawal,
    /// An eating disorder named (anorexia, bulimia).
    EatingDisorder,
    /// A weapon in someone's hands (a knife, a hammer, an axe).
    Weapon,
    /// Happening now: "right now", "I can hear it", "he's downstairs now".
    HappeningNow,
    /// A threat to kill someone else, told as said ("says he'll kill him tonight").
    ThreatToKill,
    /// A decision taken with its time: "tonight's the night", "it's decided".
    Decided,
    /// Panic attacks named.
    PanicAttacks,
    /// A medicine started, changed, raised, lowered or stopped.
    MedChange,
    /// Self-harm told as superficial ("just scratches", "only on the surface").
    Superficial,
    /// Intrusive images or thoughts feared and unwanted ("flashes of him falling"),
    /// told after birth: a same-day talk, not a sign about the baby.
    IntrusiveThoughts,
    /// Alcohol or drugs used again after a period clean: overdose risk once tolerance
    /// is gone, a same-day call.
    Relapse,
    /// Cocaine, amphetamine, ecstasy or mephedrone taken: with a racing heart, a high
    /// temperature or confusion, stimulant toxicity [POIS].
    Stimulant,
    /// Drink or air passing between the mouth and the nose after an upper back tooth
    /// came out: an opening into the sinus, a same-day dental look [SDCEP].
    SinusOpening,
    /// Under water or pulled out of it, or through the ice (`injury_red_flags.rs`).
    Submerged,
    /// In a fire or its smoke, or coughing soot.
    SmokeBreathed,
    /// A blow to the belly or the side (kicked, punched, a handlebar).
    BellyBlow,
    /// A dive head first into shallow water.
    ShallowDive,
    /// A lower leg or forearm gone hard and tense.
    TenseLimb,
    /// The blow or the fall not remembered.
    NoMemoryOfIt,
    /// Something felt or seen coming out of the vagina, or the cord named there: with
    /// the waters gone or in pregnancy, a cord or a limb come down (session 18d).
    SomethingOut,
    /// A pad changed every hour or faster: with a birth or a pregnancy, heavy loss.
    PadsChangedFast,
    /// Clear fluid trickling or leaking, a pad wet on standing: in late pregnancy, the
    /// waters going early.
    FluidLeak,
    /// A child said to be well: playing happily, eating normally (NG143 green).
    WellChild,
    /// Playing or eating only a little: not the green of [`Sig::WellChild`].
    PlaysLittle,
    /// Halos or rainbow rings round lights: with a painful eye and a headache or vomiting,
    /// acute angle-closure glaucoma (session 21d).
    Halos,
    /// Sores, blisters or crusts in the mouth or on the lips: after a new medicine, with
    /// skin blisters, a rash or red eyes, Stevens-Johnson syndrome (session 21d).
    MouthSores,
    /// A medicine just started, or one known for severe skin reactions (session 21d).
    NewMedicine,
    /// A person gone pale or white: with a bleed, blood loss with shock coming.
    Pallor,
    /// A plea to talk to someone, or to be called, today ("can someone ring me today",
    /// "kann heute jemand mit mir reden"): with distress told beside it, a same-day talk
    /// (session 22a).
    TalkToday,
    /// Spotting, brown or pink included ("brown spotting", "manchado marrón", "bruin
    /// bloedverlies"): old blood and routine alone, in pregnancy a same-day look
    /// (session 22a).
    Spotting,
    /// A blood pressure medicine (amlodipine, an ACE inhibitor, "my blood pressure
    /// tablets"): taken twice, the pressure may fall (session 22a).
    PressureMedicine,
    /// A dose missed, late or lost ("forgot my trigger shot", "injectie vergeten"): in a
    /// stimulated IVF cycle, a same-day call (session 22a).
    MissedDose,
    /// Pain that goes to the ear, or a foul taste, after a tooth came out: a dry socket
    /// [SDCEP] (session 22a).
    DrySocketSign,
    /// A child gone floppy ("toute molle", "helemaal slap", "molinho"): with a child or a
    /// baby named, reduced tone, an emergency [NG143 red] (session 23d).
    Floppy,
    /// A baby or child who does not look at or react to their parent ("ne me regarde pas",
    /// "reageert nauwelijks"): no response to social cues [NG143 red] (session 23d).
    NoSocialResponse,
    /// A leg, foot or arm gone cold and white, pale or blue: with pain, the blood supply
    /// cut off [BOAST] (session 23d).
    ColdPaleLimb,
    /// A pulse told as very slow without a figure ("pulse is really slow", "pouls très
    /// lent"): with faintness or a grey face, an emergency (session 23d).
    SlowPulse,
    /// An everyday task the person managed before and now cannot without stopping for
    /// breath or sitting down ("can't get up the stairs", "had to sit down halfway to the
    /// kitchen"): new breathlessness or weakness on exertion, a same-day look (session 24b).
    BreathlessOnATask,
    // Context that combines with concepts.
    Pregnancy,
    Procedure,
    ProcedureDone,
    After,
    CriticalMedicine,
    Medicine,
    RanOut,
    Today,
    // Modifiers near a concept.
    Severe,
    Nonstop,
    Persist,
    Since,
    Recur,
    Worse,
    Mild,
    Alarm,
    // Scope cues that change how a mention is read.
    Negation,
    Resolved,
    Hypothetical,
    Informational,
    Price,
    Past,
    PresentReport,
    // Phrases that look clinical but are not a symptom ("blood test").
    Benign,
    // Phrases that only exist to swallow a misleading cue ("no idea").
    Neutral,
    // Department topics: strong and weak cues.
    Topic(Department, u8),
    // Clinic-configured phrases.
    ClinicEmergency,
    ClinicUrgent,
    ClinicIgnore,
}

impl Sig {
    /// Human-readable name used in reasons.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Sig::ChestPain => "chest pain",
            Sig::Breathing => "breathing difficulty",
            Sig::Stroke => "stroke signs",
            Sig::Unconscious => "fainting or unresponsive",
            Sig::Seizure => "seizure",
            Sig::Anaphylaxis => "throat or tongue swelling (anaphylaxis)",
            Sig::Suicidal => "suicidal intent or self-harm",
            Sig::Overdose => "overdose or poisoning",
            Sig::Haemorrhage => "haemorrhage",
            Sig::BloodFromMouth => "vomiting or coughing blood",
            Sig::ThunderclapHeadache => "sudden worst headache",
            Sig::Sepsis => "sepsis",
            Sig::FetalMovement => "baby not moving",
            Sig::SentToEmergency => "told by a clinician to go to the emergency department",
            Sig::Fever => "fever",
            Sig::Infection => "infection signs",
            Sig::WoundOpen => "wound or stitches opened",
            Sig::Vomiting => "vomiting",
            Sig::HeadInjury => "head injury",
            Sig::Fracture => "broken bone or tooth",
            Sig::Burn => "burn",
            Sig::AllergicReaction => "allergic reaction",
            Sig::DrySocket => "dry socket",
            Sig::Laceration => "deep cut",
            Sig::Bleeding => "bleeding",
            Sig::Pain => "pain",
            Sig::Swelling => "swelling",
            Sig::Symptom => "symptom",
            Sig::Confusion => "new confusion",
            Sig::Drowsy => "drowsy or floppy",
            Sig::Sweating => "sweating or clammy",
            Sig::Shaking => "shaking or shivering",
            Sig::Hypo => "low blood sugar",
            Sig::StiffNeck => "stiff neck",
            Sig::Photophobia => "light hurts the eyes",
            Sig::Headache => "headache",
            Sig::VisionLoss => "sudden loss of vision",
            Sig::VisionChange => "change in vision",
            Sig::Pupil => "unequal pupils",
            Sig::SpeechLoss => "speech changed",
            Sig::Radiating => "pain spreading to arm or jaw",
            Sig::Indigestion => "indigestion or heartburn",
            Sig::Nausea => "nausea",
            Sig::Dizziness => "dizzy or faint",
            Sig::InhalerFailing => "inhaler not helping",
            Sig::CantFinishSentence => "too breathless to talk",
            Sig::Rash => "rash or spots",
            Sig::NonBlanching => "rash that does not fade under a glass",
            Sig::Mottled => "mottled or ashen skin",
            Sig::NotFeeding => "not feeding",
            Sig::Grunting => "grunting or abnormal cry",
            Sig::Clots => "clots",
            Sig::BabyHarm => "thoughts of harm after birth",
            Sig::WatersBroke => "waters broken",
            Sig::ShoulderTip => "shoulder-tip pain",
            Sig::BellySwelling => "belly swelling",
            Sig::SwallowTrouble => "cannot swallow",
            Sig::Trismus => "cannot open the mouth",
            Sig::Hoarse => "voice changed",
            Sig::Wheeze => "wheeze",
            Sig::BoneVisible => "bone through the skin",
            Sig::SaddleNumb => "numb between the legs",
            Sig::UrineRetention => "cannot pass urine",
            Sig::Incontinence => "lost bladder or bowel control",
            Sig::ChemicalEye => "chemical in the eye",
            Sig::LimbCompromise => "numb, cold or blue fingers or toes",
            Sig::NoPulse => "no pulse",
            Sig::AdrenalineGiven => "adrenaline (an EpiPen) given",
            Sig::FloorOfMouth => "swelling under the tongue",
            Sig::BlackStool => "black, tarry stools",
            Sig::LimbNoFeeling => "no feeling in a hand, foot or limb",
            Sig::AnalgesiaFailing => "painkillers not helping",
            Sig::SuddenDeafness => "sudden hearing loss",
            Sig::EmergencyContraception => "emergency contraception",
            Sig::Fall => "a fall",
            Sig::HipFractureSign => "leg turned out or shortened after a fall",
            Sig::ForeignBody => "something swallowed or stuck in the nose or ear",
            Sig::Catheter => "a urinary catheter",
            Sig::Reviewed => "already seen by a clinician",
            Sig::WeeksAgo => "a week or more ago",
            Sig::KetoneBreath => "fruity breath or deep breathing",
            Sig::EyeInjury => "something hit or splashed into the eye",
            Sig::NecrotisingPain => "pain far worse than the skin looks",
            Sig::LargeArea => "a large area",
            Sig::SkullBaseSign => "clear fluid or bruising behind the ear after a head injury",
            Sig::Ingested => "swallowed something harmful",
            Sig::CalfSwelling => "swollen painful calf",
            Sig::FaceSwelling => "face, lip or tongue swelling",
            Sig::SkinColour => "skin colour change",
            Sig::Balance => "sudden loss of balance",
            Sig::Psychosis => "seeing or hearing things",
            Sig::ChangedBehaviour => "not their usual self",
            Sig::Doom => "feels like dying",
            Sig::Fontanelle => "bulging soft spot",
            Sig::NoWeight => "cannot bear weight",
            Sig::DarkThoughts => "thoughts of self-harm without a plan",
            Sig::Contractions => "contractions",
            Sig::GiantCellArteritis => "scalp or jaw pain with a new headache",
            Sig::Itch => "itching",
            Sig::LessUrine => "passing less urine",
            Sig::RightLowerPain => "pain in the lower right belly",
            Sig::PeakFlow => "peak flow",
            Sig::Weakness => "weak all over",
            Sig::Purpura => "purple spots or bruise-like rash",
            Sig::HotSwelling => "hot, red swelling",
            Sig::AnimalBite => "an animal bite",
            Sig::UrinaryInfection => "burning or stinging passing urine",
            Sig::EyeSurgery => "after eye surgery",
            Sig::Chemical => "a caustic chemical",
            Sig::EyeNamed => "the eye",
            Sig::Lodged => "still stuck in",
            Sig::DoubleDose => "a double dose",
            Sig::Vasectomy => "a vasectomy",
            Sig::PainEverywhere => "belly pain spreading all over",
            Sig::ElectricShock => "electric shock",
            Sig::CantLieFlat => "cannot lie flat",
            Sig::FastBreathing => "breathing faster than usual",
            Sig::DiabetesOnset => "thirst, passing water a lot and weight loss",
            Sig::Cast => "in a cast",
            Sig::CancerHistory => "a history of cancer",
            Sig::Sudden => "sudden",
            Sig::Fumes => "fumes or carbon monoxide",
            Sig::HeadNamed => "the head",
            Sig::Chemotherapy => "during or soon after chemotherapy",
            Sig::Drooling => "drooling",
            Sig::CameRound => "came round and back to normal",
            Sig::Methotrexate => "on methotrexate",
            Sig::HeartFailure => "heart failure",
            Sig::Dialysis => "on dialysis",
            Sig::MissedSession => "a missed session",
            Sig::CausticHarm => "coughing or a burning mouth",
            Sig::LargeVolume => "a large amount (a cupful)",
            Sig::HighSugarSign => "thirst, or ketones not checked",
            Sig::Copd => "COPD",
            Sig::AdrenalInsufficiency => "adrenal insufficiency (Addison's)",
            Sig::MechanicalValve => "a mechanical heart valve",
            Sig::EyeShut => "the eye swelling shut",
            Sig::OrbitalSign => "double vision or the eye pushed out",
            Sig::AllOver => "all over",
            Sig::Eased => "eased",
            Sig::MeansAtHand => "the means at hand",
            Sig::CantGoOn => "cannot go on",
            Sig::Farewell => "saying goodbye",
            Sig::Halos => "halos round lights",
            Sig::MouthSores => "sores or blisters in the mouth",
            Sig::NewMedicine => "a new medicine",
            Sig::Pallor => "gone pale or white",
            Sig::TalkToday => "a plea to talk today",
            Sig::Spotting => "spotting",
            Sig::PressureMedicine => "a blood pressure medicine",
            Sig::MissedDose => "a dose missed or late",
            Sig::DrySocketSign => "pain to the ear or a foul taste",
            Sig::Unreachable => "not answering",
            Sig::ViolenceNow => "violence under way",
            Sig::Strangled => "strangled",
            Sig::OwnedUp => "a question owned up to as done",
            Sig::NotASign => "explained away",
            Sig::FallFromHeight => "a fall from a height",
            Sig::EarBlood => "blood from the ear",
            Sig::ToothOut => "a tooth knocked out",
            Sig::PermanentTooth => "a permanent tooth",
            Sig::AbuseRisk => "afraid of a partner or threatened",
            Sig::SoftSpot => "the soft spot",
            Sig::Bulging => "bulging",
            Sig::NoPlan => "no plan",
            Sig::BlueFood => "a blue sweet or drink",
            Sig::LockedIn => "locked in",
            Sig::MentalCrisis => "a mental-health crisis",
            Sig::SexualAssault => "sexual assault",
            Sig::Guarding => "a belly too sore to touch or move",
            Sig::DeepBurn => "a deep burn",
            Sig::Venom => "a venomous bite or sting",
            Sig::Serotonergic => "serotonergic medicine",
            Sig::Clonus => "muscles jerking on their own",
            Sig::Agitation => "agitated",
            Sig::Lithium => "on lithium",
            Sig::LithiumRaiser => "a medicine that raises lithium",
            Sig::Withdrawal => "stopping alcohol or a sedative",
            Sig::EatingDisorder => "eating disorder",
            Sig::Weapon => "a weapon in hand",
            Sig::HappeningNow => "happening now",
            Sig::ThreatToKill => "a threat to kill",
            Sig::Decided => "a decision with its time",
            Sig::PanicAttacks => "panic attacks",
            Sig::MedChange => "a medicine changed",
            Sig::Superficial => "superficial",
            Sig::Floppy => "floppy",
            Sig::NoSocialResponse => "not responding to a parent",
            Sig::ColdPaleLimb => "a limb gone cold and pale",
            Sig::SlowPulse => "a very slow pulse",
            Sig::BreathlessOnATask => "breathless or weak on an everyday task, new",
            Sig::IntrusiveThoughts => "unwanted intrusive thoughts",
            Sig::Relapse => "relapse after a period clean",
            Sig::Stimulant => "a stimulant drug taken",
            Sig::SinusOpening => "drink or air through the nose after a tooth out",
            Sig::Submerged => "under water or pulled out of it",
            Sig::SmokeBreathed => "smoke breathed in a fire",
            Sig::BellyBlow => "a blow to the belly or side",
            Sig::ShallowDive => "a dive into shallow water",
            Sig::TenseLimb => "a limb gone hard and tense",
            Sig::NoMemoryOfIt => "the blow or fall not remembered",
            Sig::SomethingOut => "something coming out of the vagina",
            Sig::PadsChangedFast => "a pad changed every hour or faster",
            Sig::FluidLeak => "clear fluid leaking",
            Sig::WellChild => "a child playing and eating normally",
            Sig::PlaysLittle => "playing or eating only a little",
            Sig::Shingles => "shingles",
            Sig::NoSwallowAtAll => "cannot swallow even saliva",
            Sig::Jaundice => "yellow skin or eyes",
            Sig::ChestDiscomfort => "discomfort in the chest",
            Sig::BellyPainBackWorse => "belly pain that eased and came back worse",
            Sig::LongFever => "a fever for five days or more",
            Sig::DeviceShocks => "a heart defibrillator firing again and again",
            Sig::DeviceShockOnce => "a heart defibrillator that fired",
            Sig::RateSlowingMedicine => "on a medicine that slows the heart",
            Sig::OrganOut => "something poking out of an opened wound",
            Sig::SputumChange => "phlegm changed in colour or amount",
            Sig::FaecalVomit => "vomit that smells of stool",
            Sig::AllTonight => "all of it to be taken tonight",
            Sig::FistulaQuiet => "a dialysis fistula that stopped buzzing",
            Sig::LineInArm => "a PICC line or port in the arm",
            Sig::Usual => "as usual",
            Sig::BodyPart => "part of the body",
            Sig::Dental => "dental",
            Sig::HeartRate => "heart rate",
            Sig::Recent => "recent",
            Sig::Testicle => "testicle",
            Sig::Diabetic => "diabetes",
            Sig::Infant => "baby",
            Sig::Child => "child",
            Sig::Postpartum => "after giving birth",
            Sig::Filler => "after filler",
            Sig::Toxin => "after toxin",
            Sig::Extraction => "after an extraction",
            Sig::Tonsillectomy => "after tonsil surgery",
            Sig::Allergen => "allergen exposure",
            Sig::Anticoagulant => "on blood thinners",
            Sig::Ivf => "IVF",
            Sig::Opioid => "strong medicine",
            Sig::Extra => "extra doses",
            Sig::RelieverOften => "the reliever needed every few hours",
            Sig::PillCount => "many tablets",
            Sig::Asthma => "asthma",
            Sig::Epilepsy => "epilepsy",
            Sig::Back => "back",
            Sig::FamilyHistory => "family history",
            Sig::Pregnancy => "pregnancy",
            Sig::Procedure | Sig::ProcedureDone => "after a procedure",
            Sig::After => "after",
            Sig::CriticalMedicine => "critical medicine",
            Sig::Medicine => "medicine",
            Sig::RanOut => "ran out",
            Sig::Today => "today",
            Sig::Severe => "severe",
            Sig::Nonstop => "won't stop",
            Sig::Persist => "ongoing",
            Sig::Recur => "again",
            Sig::Since => "since",
            Sig::Worse => "getting worse",
            Sig::Mild => "mild",
            Sig::Alarm => "call for help",
            Sig::Negation => "negated",
            Sig::Resolved => "resolved",
            Sig::Hypothetical => "hypothetical",
            Sig::Informational => "general question",
            Sig::Price => "price question",
            Sig::Past => "in the past",
            Sig::PresentReport => "present report",
            Sig::Benign => "not a symptom",
            Sig::Neutral => "neutral",
            Sig::Topic(department, _) => department.as_str(),
            Sig::ClinicEmergency => "clinic emergency phrase",
            Sig::ClinicUrgent => "clinic urgent phrase",
            Sig::ClinicIgnore => "clinic ignored phrase",
        }
    }

    /// Stable id used by `disabled` in the clinic configuration.
    pub(crate) fn id(self) -> Option<&'static str> {
        Some(match self {
            Sig::ChestPain => "chest-pain",
            Sig::Breathing => "breathing",
            Sig::Stroke => "stroke",
            Sig::Unconscious => "unconscious",
            Sig::Seizure => "seizure",
            Sig::Anaphylaxis => "anaphylaxis",
            Sig::Suicidal => "suicidal",
            Sig::Overdose => "overdose",
            Sig::Haemorrhage => "haemorrhage",
            Sig::BloodFromMouth => "blood-from-mouth",
            Sig::ThunderclapHeadache => "thunderclap-headache",
            Sig::Sepsis => "sepsis",
            Sig::FetalMovement => "fetal-movement",
            Sig::Fever => "fever",
            Sig::Infection => "infection",
            Sig::WoundOpen => "wound-open",
            Sig::Vomiting => "vomiting",
            Sig::HeadInjury => "head-injury",
            Sig::Fracture => "fracture",
            Sig::Burn => "burn",
            Sig::AllergicReaction => "allergic-reaction",
            Sig::DrySocket => "dry-socket",
            Sig::Laceration => "laceration",
            Sig::Bleeding => "bleeding",
            Sig::Pain => "pain",
            Sig::Swelling => "swelling",
            Sig::CriticalMedicine => "critical-medicine",
            _ => return None,
        })
    }

    /// Every signal that a clinic may disable by id.
    pub(crate) const DISABLEABLE: [Sig; 27] = [
        Sig::Laceration,
        Sig::ChestPain,
        Sig::Breathing,
        Sig::Stroke,
        Sig::Unconscious,
        Sig::Seizure,
        Sig::Anaphylaxis,
        Sig::Suicidal,
        Sig::Overdose,
        Sig::Haemorrhage,
        Sig::BloodFromMouth,
        Sig::ThunderclapHeadache,
        Sig::Sepsis,
        Sig::FetalMovement,
        Sig::Fever,
        Sig::Infection,
        Sig::WoundOpen,
        Sig::Vomiting,
        Sig::HeadInjury,
        Sig::Fracture,
        Sig::Burn,
        Sig::AllergicReaction,
        Sig::DrySocket,
        Sig::Bleeding,
        Sig::Pain,
        Sig::Swelling,
        Sig::CriticalMedicine,
    ];

    /// Symptom concepts: the things negation, resolution and questions apply to.
    pub(crate) fn is_concept(self) -> bool {
        matches!(
            self,
            Sig::ChestPain
                | Sig::Breathing
                | Sig::Stroke
                | Sig::Unconscious
                | Sig::Seizure
                | Sig::Anaphylaxis
                | Sig::Suicidal
                | Sig::Overdose
                | Sig::Haemorrhage
                | Sig::BloodFromMouth
                | Sig::ThunderclapHeadache
                | Sig::Sepsis
                | Sig::FetalMovement
                | Sig::SentToEmergency
                | Sig::Fever
                | Sig::Infection
                | Sig::WoundOpen
                | Sig::Vomiting
                | Sig::HeadInjury
                | Sig::Fracture
                | Sig::Burn
                | Sig::AllergicReaction
                | Sig::DrySocket
                | Sig::Laceration
                | Sig::Bleeding
                | Sig::Pain
                | Sig::Swelling
                | Sig::Symptom
                | Sig::Confusion
                | Sig::Drowsy
                | Sig::Sweating
                | Sig::Shaking
                | Sig::Hypo
                | Sig::StiffNeck
                | Sig::Photophobia
                | Sig::Headache
                | Sig::VisionLoss
                | Sig::VisionChange
                | Sig::Pupil
                | Sig::SpeechLoss
                | Sig::Radiating
                | Sig::Indigestion
                | Sig::Nausea
                | Sig::Dizziness
                | Sig::InhalerFailing
                | Sig::CantFinishSentence
                | Sig::Rash
                | Sig::NonBlanching
                | Sig::Mottled
                | Sig::NotFeeding
                | Sig::Grunting
                | Sig::Clots
                | Sig::BabyHarm
                | Sig::WatersBroke
                | Sig::ShoulderTip
                | Sig::BellySwelling
                | Sig::SwallowTrouble
                | Sig::Trismus
                | Sig::Hoarse
                | Sig::Wheeze
                | Sig::BoneVisible
                | Sig::SaddleNumb
                | Sig::BellyPainBackWorse
                | Sig::LongFever
                | Sig::DeviceShocks
                | Sig::DeviceShockOnce
                | Sig::OrganOut
                | Sig::UrineRetention
                | Sig::Incontinence
                | Sig::ChemicalEye
                | Sig::LimbCompromise
                | Sig::NoPulse
                | Sig::AdrenalineGiven
                | Sig::FloorOfMouth
                | Sig::BlackStool
                | Sig::LimbNoFeeling
                | Sig::AnalgesiaFailing
                | Sig::SuddenDeafness
                | Sig::EmergencyContraception
                | Sig::HipFractureSign
                | Sig::ForeignBody
                | Sig::KetoneBreath
                | Sig::EyeInjury
                | Sig::NecrotisingPain
                | Sig::SkullBaseSign
                | Sig::Ingested
                | Sig::CalfSwelling
                | Sig::FaceSwelling
                | Sig::Balance
                | Sig::Psychosis
                | Sig::ChangedBehaviour
                | Sig::Doom
                | Sig::Fontanelle
                | Sig::NoWeight
                | Sig::DarkThoughts
                | Sig::MentalCrisis
                | Sig::SexualAssault
                | Sig::Guarding
                | Sig::IntrusiveThoughts
                | Sig::Relapse
                | Sig::SinusOpening
                | Sig::Contractions
                | Sig::GiantCellArteritis
                | Sig::Itch
                | Sig::LessUrine
                | Sig::RightLowerPain
                | Sig::Weakness
                | Sig::Purpura
                | Sig::HotSwelling
                | Sig::AnimalBite
                | Sig::UrinaryInfection
                | Sig::PainEverywhere
                | Sig::ElectricShock
                | Sig::CantLieFlat
                | Sig::FastBreathing
                | Sig::DiabetesOnset
                | Sig::NoSwallowAtAll
                | Sig::Jaundice
                | Sig::ChestDiscomfort
                | Sig::Shingles
                | Sig::Halos
                | Sig::Pallor
                | Sig::Floppy
                | Sig::NoSocialResponse
                | Sig::ColdPaleLimb
                | Sig::SlowPulse
                | Sig::BreathlessOnATask
                | Sig::MouthSores
                | Sig::ClinicEmergency
                | Sig::ClinicUrgent
        )
    }

    /// Emergency concepts, by themselves.
    pub(crate) fn is_emergency(self) -> bool {
        matches!(
            self,
            Sig::ChestPain
                | Sig::Breathing
                | Sig::Stroke
                | Sig::Unconscious
                | Sig::Seizure
                | Sig::Anaphylaxis
                | Sig::Suicidal
                | Sig::Overdose
                | Sig::Haemorrhage
                | Sig::BloodFromMouth
                | Sig::ThunderclapHeadache
                | Sig::Sepsis
                | Sig::ClinicEmergency
        )
    }

    /// The weight of a department topic cue; zero for everything else.
    pub(crate) fn topic_weight(self) -> u8 {
        match self {
            Sig::Topic(_, weight) => weight,
            _ => 0,
        }
    }

    /// Scope cues: they never hide other words, and words inside other matches hide them.
    pub(crate) fn is_scope_cue(self) -> bool {
        matches!(
            self,
            Sig::Negation
                | Sig::Resolved
                | Sig::Hypothetical
                | Sig::Informational
                | Sig::Past
                | Sig::Price
                | Sig::Reviewed
                | Sig::WeeksAgo
        )
    }
}

use Department::{Appointments, Billing, Clinical, FrontDesk};

/// The built-in lexicon: each signal with its patterns.
pub(crate) const LEXICON: &[(Sig, &str)] = &[
    // ---------------------------------------------------------------- emergency
    (
        Sig::ChestPain,
        pats![
            "chest pain*|hurt*|hurts|ache*|aching|tight*|pressure|discomfort|crushing|heavy|heaviness|squeez*",
            "pain*|hurt*|ache|aching|tight*|tightness|pressure|crushing|heaviness|squeez* chest",
            "heart attack|pain|pains", "clutch*|clutching|grabbing|holding|gripping chest",
            "elephant|weight|sitting|pressing|squeezing ~chest", "chest ~squeez*|crush*|tight*|heavy|pressure", "chest feels|feel heavy|tight",
            "agarra* pecho", "tient|serre poitrine", "halt|greift|fasst brust", "cardiac arrest", "my heart hurts",
            "dolor*|duele|duelen|opresion|presion|molestia* pecho|torax|toracico",
            "pecho duele|duelen|apretado|oprimido", "dolor toracico", "infarto",
            "ataque corazon", "paro cardiaco",
            "douleur*|mal|serrement|oppression|pression|poids poitrine|thoracique*|thorax",
            "poitrine serre*|comprime*|oppress*", "poitrine fait mal", "crise cardiaque", "infarctus",
            "arret cardiaque", "douleur* coeur",
            "brustschmerz*", "schmerz*|druck|engegefuhl|stechen|enge brust|herz|herzen",
            "brust schmerzt|eng|druckt|weh", "engegefuhl", "brustenge", "herzinfarkt",
            "herzstillstand", "herzschmerz*",
        ],
    ),
    (
        Sig::Breathing,
        pats![
            "!cant|cannot|couldnt|unable|cnat|carnt breath*|breathing|breathe|breath",
            "!can not breath*|breathing|breathe|breath",
            "!not|isnt|stopped|barely|hardly breath*|breathing|breathe|breath",
            "!cant|cannot get|catch air|breath", "!no air",
            "hard|struggling|struggle|trouble|difficulty|difficult|labored|laboured|problem|problems breath*|breathing|breathe|breath",
            "breath*|breathing|breathe|breath hard|difficult|difficulty|laboured|labored|problem*|trouble|heavy|fast|rapid|weird|strange|noisy",
            "short|shortness breath|breathing", "breathless*", "out breath",
            "gasp*", "choking|choked|choke", "suffocat*", "asthma attack", "turning|going|gone|are|is blue",
            "blue lips|face", "lips blue|purple", "wheez* badly|bad|lot|lots",
            "!no puedo|puede|pudo|podia|puedes|podemos|consigo|consigue|logro|logra respirar|respira",
            "!no respira", "!apenas respira|puede|puedo", "dificultad* respirar|respiratoria",
            "falta aire", "sin aire", "sem ar", "falta ar", "cuesta respirar", "ahog*", "asfixi*", "atragant*",
            "labios morados|azules", "morado|morada|azul poniendo", "poniendo morado|morada|azul",
            "!arrive|arrivons|arrivait pas|plus respirer|respire", "!peux|peut|pouvait|pouvons pas|plus respirer",
            "!respire|respirait pas|plus|mal", "mal respirer", "difficult* respir*", "essouffl*", "etouff*",
            "souffle court", "manque air|souffle", "suffoqu*", "levres bleues", "devient|devenu bleu",
            "!kann|kan|konnte|kannst|kaum nicht atmen", "!kann|konnte kaum atmen", "!keine|kaum luft", "schlecht|schwer luft",
            "!atmet|atme|atmen nicht|kaum", "atemnot", "atemprobleme", "atembeschwerden", "luftnot",
            "schwer atmen", "atmet|atme schwer", "erstick*", "blaue lippen", "kurzatmig*",
            "schnapp* luft", "wird|ist blau", "blau angelaufen",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "stroke", "face droop*|dropping|drooped|drooping|sagging|crooked|lopsided|numb|paralysed|paralyzed",
            "droop* face|mouth|side|eye", "drooping", "slurred|slurring|slur",
            "speech slur*|garbled|weird|strange", "cant|cannot|unable|couldnt lift|raise|move|feel ~arm|leg|arms|side|hand|face",
            "words|speech ~wrong|jumbled|garbled|weird|strange|nonsense", "suddenly|sudden ~confused|slurr*|numb|weak",
            "arm|leg|side|face weak*|numb*|paralys*|paralyz*", "weak*|numb*|paralys* side|arm|leg|face",
            "one side face|body", "mouth crooked|droop*",
            "derrame cerebral", "ictus", "embolia", "cara caida|torcida|paralizada|dormida",
            "boca torcida|caida", "habla arrastrada|rara|trabada|raro", "arrastra palabras", "!no puede|puedo hablar|mover", "!no puede|puedo mover ~brazo|pierna|lado|mano",
            "paralisis", "entumec*|dormido|dormida lado|brazo|cara", "debilidad brazo|lado",
            "avc", "accident vasculaire", "visage affaisse|paralyse|tombe|travers|tordu",
            "bouche travers|tordue", "parle bizarrement|mal|difficilement", "difficulte parler",
            "bras faible|engourdi|paralyse|lourd", "!peut|peux|arrive plus|pas bouger ~bras|jambe|cote|main", "!arrive plus|pas parler", "paralysie", "engourdi* cote|bras|visage",
            "schlaganfall", "hirnschlag", "gesicht hangt|schief|gelahmt", "hangend* mundwinkel|gesicht",
            "mundwinkel hangt", "verwaschen* sprache", "spricht|redet verwaschen|undeutlich", "lallt|lallen",
            "sprachstorung", "!kann nicht sprechen|reden", "!kann ~arm|bein|seite|hand nicht bewegen",
            "!kann nicht mehr richtig sprechen|reden", "arm|bein|seite lahm*|schwach|taub",
            "lahmung", "halbseitig*",
        ],
    ),
    (
        Sig::Unconscious,
        pats![
            "faint|fainted|fainting|faints", "pass* out", "black* out", "collaps*", "unconscious*",
            "unresponsive", "!not|isnt|wont|cant|doesnt responsive|waking|wake|rouse",
            "!not|isnt|stopped|wont responding|respond|reacting|react", "!cant|cannot wake",
            "lost|loses|losing consciousness", "knocked out",
            "desmay*", "inconsciente", "perdio|perdi|pierde conocimiento|sentido", "!no reacciona|despierta|responde",
            "colaps*", "evanoui*", "malaise", "perdu|perte|perd connaissance", "inconscient*",
            "!reagit|repond pas|plus", "!se reveille pas|plus", "effondr*", "syncope",
            "ohnmacht*", "ohnmachtig", "bewusstlos*", "umgekippt", "kippt um", "zusammengebrochen",
            "kollabiert", "zusammengeklappt", "!reagiert nicht|kaum", "!reagiert nicht mehr", "!wacht nicht auf",
            "!nicht ansprechbar", "bewusstsein verloren",
        ],
    ),
    (
        Sig::Seizure,
        pats![
            "seizure*", "seizing", "convuls*", "having|had|has fit", "fitting", "epileptic fit|attack|seizure",
            "shaking all over", "shaking uncontrollably", "convulsion*", "ataque|crisis epilep*|convulsiv*",
            "crise epilep*|convulsiv*", "krampfanfall", "anfall", "krampft", "zuckt|zuckungen ganzen|korper",
            "epileptisch* anfall",
        ],
    ),
    (
        Sig::Anaphylaxis,
        pats![
            "anaphyla*", "throat swell*|swollen|closing|clos*|tight*",
            "swell*|swollen|closing throat|tongue", "tongue swell*|swollen", "epipen used|gave|given",
            "used|gave|give|inject* epipen", "anafila*", "garganta hinchad*|cierra|cerrando|inflamad*",
            "cierra|cerrando garganta", "lengua hinchad*", "hinch* garganta|lengua",
            "choque|shock anafilactico|alergico", "gorge gonfl*|serre*|ferme", "gonfl* gorge|langue",
            "langue gonfl*", "oedeme quincke|gorge|langue", "choc anaphylactique",
            "hals schwillt|geschwollen|zu", "zunge schwillt|geschwollen", "geschwollen* zunge|hals|rachen",
            "rachen schwillt", "allergischer schock", "quincke*",
        ],
    ),
    (
        Sig::Suicidal,
        pats![
            "suicid*", "kill|killing myself", "kill my self", "end|ending|take|taking my life",
            "own life", "end it all", "going|gonna|want|wanna|will end it", "want|wanna|going die", "!dont want live|alive", "!do not want live|alive",
            "!dont|not want be alive|here", "hurt|harm|cut|cutting myself", "self harm*",
            "no reason live", "better off dead", "quitar* vida", "matarme", "quiero|quiere morir*|morirme|matar|matarme", "matarse",
            "!no quiero vivir|seguir", "acabar mi vida", "acabar con todo", "hacerme dano", "autolesion*",
            "en finir", "envie mourir", "veux mourir", "me tuer", "mettre fin jours|vie",
            "!plus envie vivre", "me faire mal", "suizid*", "selbstmord*", "umbringen", "mich toten",
            "will sterben", "!nicht mehr leben", "leben beenden|nehmen", "selbstverletz*", "ritze mich",
        ],
    ),
    (
        Sig::Overdose,
        pats![
            "overdos*", "took|taken|take|swallowed|ate|had too many|much pills|tablets|meds|insulin|paracetamol",
            "took|taken|swallowed|ate|drank too many|much", "whole|entire bottle|pack|box|packet",
            "took|taken|take|swallowed|ate|had #10 ~pills|tablets|tabs|meds|ibuprofen|paracetamol|tylenol|advil|aspirin|sleeping|xanax|insulin",
            "tomo|tome|tomado|trago|trague|tragado #10 ~pastillas|pildoras|comprimidos|ibuprofeno|paracetamol",
            "pris|avale #10 ~comprimes|cachets|pilules|medicaments|doliprane|paracetamol",
            "#10 tabletten|pillen|ibuprofen|paracetamol ~genommen|geschluckt|eingenommen",
            "frasco|caja|bote|blister entero|entera", "boite|flacon|plaquette entiere", "avale* ~medicaments|comprimes|pilules|cachets",
            "tabletten|medikamente ~geschluckt|gegessen",
            "comio|comi|comido|trago ~pastillas|pildoras|medicamentos|comprimidos|pastilla",
            "mange|avale ~pastilles|comprimes|medicaments|cachets",
            "dishwasher|detergent|laundry tablets|pods|capsule*|tablet", "lave vaisselle", "lavavajillas", "spulmaschinentab*", "trag* ~pastillas|medicamentos|pildoras",
            "swallowed|swallow|ate|drank|chewed ~pills|tablets|medicine|meds|medication|bleach|batteries|battery",
            "swallowed pills|bleach|battery|batteries|chemical*|cleaner|detergent",
            "poisoned|poisoning|poison", "sobredosis", "demasiadas|demasiado pastilla*|medicamento*|pildoras",
            "tomo|tome|tomado todas pastillas", "trag* pastillas|pila|lejia", "envenen*", "intoxic*",
            "todas pastillas", "surdose|overdose", "trop medicaments|comprimes|cachets|pilules", "pris trop",
            "avale* medicaments|comprimes|pile|javel|boite", "toute boite", "empoisonn*", "intoxiqu*|intoxication",
            "uberdosis", "zu viele tabletten|pillen|medikamente", "ganze packung|schachtel",
            "tabletten geschluckt", "vergift*",
        ],
    ),
    (
        Sig::Haemorrhage,
        pats![
            "hemorrhag*", "haemorrhag*", "hemorragi*", "blutsturz", "blood everywhere",
            "pool blood", "sangre por todas partes", "du sang partout", "uberall blut",
        ],
    ),
    (
        Sig::BloodFromMouth,
        pats![
            "vomit*|vomiting|coughing|cough*|spitting blood", "threw|throwing up blood",
            "blood vomit*", "vomit*|tos*|tosiendo|escupiendo sangre", "vomi*|crach*|tousse sang",
            "blut erbrochen|erbrechen|husten|spucken|gespuckt", "bluterbrechen", "bluthusten",
        ],
    ),
    (
        Sig::ThunderclapHeadache,
        pats![
            "worst headache", "thunderclap", "peor dolor cabeza", "pire mal tete",
            "schlimmste kopfschmerz*", "sudden severe headache",
        ],
    ),
    (
        Sig::Sepsis,
        pats!["sepsis", "septic", "blutvergiftung", "septicemi*", "septicemie"],
    ),
    (
        Sig::FetalMovement,
        pats![
            "!baby|bebe not|isnt|hasnt|stopped moving|kicking|moved",
            "!bebe no se mueve|mueve|movido", "!bebe bouge plus|pas", "!baby bewegt sich nicht|kaum",
        ],
    ),
    // ---------------------------------------------------------------- urgent
    (
        Sig::Fever,
        pats![
            "fever*", "feverish", "febrile", "high temp|temperature", "temperature|temp 38|39|40|41|101|102|103|104|105",
            "fiebre", "calentura", "febril", "temperatura alta|38|39|40|41", "fievre", "fievreux",
            "temperature elevee|38|39|40|41", "de temperature", "fieber*", "hohes fieber",
            "temperatur 38|39|40|41", "erhohte temperatur",
            "38|39|40|41 1|2|3|4|5|6|7|8|9", "have|has|ai|habe|hat|tengo|tiene 38|39|40|41|101|102|103|104",
            "38|39|40|41 grados|degres|grad|degrees|c",
        ],
    ),
    (
        Sig::Infection,
        pats![
            "pus", "infected", "infection", "red hot", "hot red", "warm touch", "red streak*",
            "smell* bad|foul|awful|funny|weird|off", "weeping|weeps",
            "sent|sentir mauvais", "huele mal|raro", "riecht|stinkt ~komisch|schlecht|ubel|faulig", "stinkt",
            // German "nässt" (weeping) only with a wound: squeezed, it is Dutch "naast"
            // (next to; session 15d).
            "suint*", "suintement", "*wunde|*narbe|*naht|schnitt|kruste|krusten ~nasst|nassen|nassend|nassende", "nasst|nassende|nassend ~*wunde|*narbe|*naht|kruste|krusten|stelle", "bad|foul smell", "discharge", "abscess*", "oozing pus", "festering",
            "infectad*|infectada|infeccion", "supura*", "absceso", "roja caliente", "mal olor", "secrecion",
            "infect*|infecte|infectee", "abces", "suppur*", "rouge chaud*", "mauvaise odeur",
            "eiter*", "eitert|eitrig", "*entzundet", "entzundung", "entzundet", "infekt*|infiziert|infektion",
            "abszess", "rot heiss|warm",
        ],
    ),
    (
        Sig::WoundOpen,
        pats![
            "stitch*|stiches|suture*|incision|wound|cut|scar ~open*|opened|reopened|undone|burst|broke|broken|split|ripped|torn|tore|apart|gaping|came|out|loose|popped|pop|popping",
            "opened|reopened wound|incision|stitches",
            "puntos|sutura*|herida|cicatriz|incision ~abiert*|abrio|abrieron|solt*|salieron|salio|rompi*|reventad*",
            "abrieron|abrio|soltaron|saltaron|abierto|abierta|soltado|roto|reventado puntos|herida|sutura*|cicatriz",
            "points|fils|suture*|plaie|cicatrice|incision ~ouvert*|rouvert*|lache*|saute*|arrache*|defait*|ecarte*",
            "plaie|cicatrice s ouvert*|rouvert*",
            "faden|naht|nahte|wunde|narbe ~offen|aufgegangen|gerissen|geplatzt|aufgeplatzt|raus|gelost|klafft",
        ],
    ),
    (
        Sig::Vomiting,
        pats![
            "vomit*", "throwing|throw|threw up", "puking|puke|puked", "been|being|was|keep|keeps sick", "sick #2 times", "!cant keep down|anything|water",
            "vomito|vomitando|vomitar|vomita|vomitado|vomite", "devuelto|devolviendo", "devolviendo", "vomi|vomir|vomis|vomit|vomissement*",
            "erbrechen|erbricht|erbrochen", "ubergeb*", "kotz*",
        ],
    ),
    (
        Sig::HeadInjury,
        pats![
            "hit|bumped|banged|hurt|knocked his|her|my|their head", "head injury", "concussion",
            "golpe* cabeza", "traumatismo craneal", "cogne* tete", "tete cogne*", "choc tete",
            "tombe tete", "kopf gestossen|angeschlagen|aufgeschlagen|gestossen", "kopfverletzung",
            "gehirnerschutterung",
        ],
    ),
    (
        Sig::Fracture,
        pats![
            "broken|broke|cracked|fractured arm|leg|wrist|ankle|bone|finger|toe|nose|hip|tooth|teeth|jaw",
            "arm|leg|wrist|ankle|bone|finger|toe|nose|hip|tooth|jaw broken",
            "fractur*", "dislocat*", "knocked out tooth", "roto|rota|partido|partida brazo|pierna|hueso|diente|muneca",
            "brazo|pierna|hueso|diente|muneca roto|rota|partido", "casse* bras|jambe|poignet|os|dent",
            "bras|jambe|poignet|os|dent casse*", "gebrochen", "bruch", "fraktur",
        ],
    ),
    (
        Sig::Burn,
        pats![
            "burned|burnt|burn myself|hand|arm|leg|face|skin", "bad burn", "blisters", "quemadura*", "queme|quemo|quemado",
            "brulure*", "brule", "verbrennung*", "verbrannt", "grosses cloques", "blasen",
        ],
    ),
    (
        Sig::AllergicReaction,
        pats![
            "allergic reaction", "hives", "face|lip|lips|eye|eyes swell*|swollen", "swollen face|lip|lips|eyes",
            "reaccion alergica", "urticaria", "cara|labios hinchad*", "reaction allergique", "urticaire",
            "visage|levres gonfl*", "allergische reaktion", "nesselsucht", "quaddeln",
            "gesicht|lippen geschwollen|schwillt|schwellen", "labios|cara ~hinch*", "levres|visage ~gonfl*",
        ],
    ),
    (
        Sig::Laceration,
        pats![
            "deep cut|wound|gash", "cut|gash ~deep|badly|bone", "cut|sliced ~myself|finger|hand|leg badly",
            "corte profundo", "herida profunda", "me corte ~mucho|profundo|hondo", "coupure|plaie profonde",
            "coupe ~profond*", "tiefe schnittwunde|wunde", "tief geschnitten", "schnitt ~tief",
        ],
    ),
    (
        Sig::DrySocket,
        pats!["dry socket", "alveolitis", "alveolite", "trockene alveole"],
    ),
    // ---------------------------------------------------------------- graded concepts
    (
        Sig::Bleeding,
        pats![
            "bleed*", "bled", "bleeding|bleeds|bleed", "blood", "oozing|ooze|oozes", "nosebleed*",
            "sangr*", "sangrado|sangrando|sangre", "saign*", "saigne|saignement", "sang",
            "blut", "blutet|bluten|blutend*|blutig*", "blutung*", "*blutung", "*bluten", "*blutungen",
        ],
    ),
    (
        Sig::Pain,
        pats![
            "pain*", "painful", "hurt|hurts|hurting", "ache|aches|aching", "sore|soreness", "toothache",
            "headache*", "migraine*", "cramp*", "throbbing", "agony", "dolor*", "duele|duelen|doliendo",
            "molestia*", "jaqueca", "migrana", "punzante", "douleur*", "ai|as|avoir|a|fait|fais mal",
            "douloureu*", "schmerz*", "*schmerz", "*schmerzen", "*schmerzn", "tut|tun weh", "weh",
            "schmerzhaft", "migrane",
        ],
    ),
    (
        Sig::Swelling,
        pats![
            "swell*", "swollen", "puffy", "redness", "enrojecimiento", "enrojecid*", "rojez",
            "rougeur*", "rotung", "gerotet", "schwellen", "schwellt", "hinchad*", "hincha*", "hinchazon", "inflamad*",
            "inflamacion", "gonfl*", "enfle*", "oedeme", "tumefi*", "geschwollen*", "schwellung*",
            "schwillt",
        ],
    ),
    (
        Sig::Symptom,
        pats![
            "rash", "cough*", "dizzy|dizziness", "nausea|nauseous", "diarrhea|diarrhoea", "numb*",
            "itch*", "lump", "tired", "cold|flu", "sore throat", "confused", "erupcion", "tos",
            "mareo*", "mareada|mareado", "nausea*", "diarrea", "picor", "bulto", "cansad*", "gripe",
            "resfriado", "confundid*", "eruption", "toux", "vertige*", "nausee*", "diarrhee",
            "demangeaison*", "bosse", "fatigue*", "grippe", "rhume", "confus", "ausschlag", "husten",
            "schwindel*", "ubelkeit", "durchfall", "juckreiz", "knoten", "mude", "erkaltung",
            "verwirrt",
        ],
    ),
    // ---------------------------------------------------------------- context
    (
        Sig::Pregnancy,
        pats![
            "pregnant", "pregnancy", "weeks pregnant", "expecting baby", "embarazada", "embarazo",
            "gestacion", "enceinte", "grossesse", "schwanger*", "schwangerschaft*", "ssw",
        ],
    ),
    (
        Sig::Procedure,
        pats![
            "surgery", "operation", "op", "post op", "postop", "procedure", "extraction", "wisdom",
            "biopsy", "implant*", "root canal", "filling", "crown", "vasectomy", "c section",
            "caesarean|cesarean", "injection", "botox", "filler*", "liposuction|lipo", "removal",
            "stitches", "incision", "anaesthe*|anesthe*", "sedation", "cirugia", "operacion",
            "intervencion", "extraccion", "muela", "implante", "endodoncia", "biopsia", "anestesia", "sedacion",
            "puntos", "cesarea", "procedimiento", "empaste", "inyeccion", "chirurgie",
            "intervention", "extraction", "dent sagesse", "biopsie", "anesthesie", "points",
            "cesarienne", "plombage", "piqure", "eingriff", "weisheitszahn*", "implantat", "wurzelbehandlung", "biopsie", "narkose", "betaubung",
            "sedierung", "kaiserschnitt", "spritze", "fullung", "zahnextraktion", "extraktion",
        ],
    ),
    (
        Sig::ProcedureDone,
        pats![
            "extracted", "pulled|removed|out tooth|teeth|wisdom|mole", "tooth|teeth|mole pulled|removed|out",
            "operated", "replaced", "had|got surgery|operation|procedure|extraction|biopsy|filling|implant|injection|op",
            "operaron|opere|operado|operada", "sacaron|quitaron", "me hicieron", "opere|operee",
            "arrache*", "ai ete opere*", "operiert", "gezogen", "entfernt",
        ],
    ),
    (
        Sig::After,
        pats![
            "after", "since", "following", "post", "from", "yesterday", "this morning", "last week",
            "ago", "my", "despues", "desde", "tras", "ayer", "esta manana", "hace", "mi", "la", "el",
            "apres", "depuis", "suite", "hier", "ce matin", "il y a", "mon", "ma", "de l", "nach",
            "seit", "seitdem", "gestern", "heute morgen", "vor", "der", "dem", "meiner", "meinem",
            "ontem", "depois", "ieri", "dopo", "fa", "gisteren", "na", "sinds", "geleden", "ha",
        ],
    ),
    (
        Sig::CriticalMedicine,
        pats![
            "insulin*", "inhaler|puffer|ventolin|salbutamol|albuterol", "epipen|epi pen|adrenaline|epinephrine",
            "warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|anticoagulant*|dabigatran",
            "blood thinner*", "seizure|epilepsy|heart medication|meds|medicine|pills", "antiepilep*",
            "keppra|levetiracetam|lamotrigin*|epilim|valproat*|anticonvuls*", "prednisone|prednisolone|hydrocortisone",
            "tacrolimus|transplant", "nitroglycerin|gtn", "methadone|buprenorphine|suboxone",
            "inhalador", "insulina", "anticoagulante*", "sintrom", "adrenalina", "insuline",
            "inhalateur", "ventoline", "antiepileptique*", "inhalator", "asthmaspray", "notfallspray",
            "blutverdunner*", "marcumar", "gerinnungshemmer", "antiepileptik*", "adrenalin*",
        ],
    ),
    (
        Sig::Medicine,
        pats![
            "medication*|medicine*|meds|pills|tablets|prescription*", "medicamento*", "medicina*",
            "pastilla*", "receta", "medicament*", "ordonnance", "comprime*", "medikament*",
            "tablette*", "rezept",
        ],
    ),
    (
        Sig::RanOut,
        pats![
            "ran|run|running out", "out of", "no more", "none left", "last dose|pill|one", "used up",
            "finished my", "forgot|forgotten|lost", "olvid*", "perdi", "oublie*", "perdu", "vergessen", "verloren",
            "se me termino|terminaron", "termino|terminado|terminada", "!no queda|quedan", "se me acab*", "acabo|acabaron|acabado", "quede sin", "!no me queda|quedan",
            "!no tengo mas", "ultima dosis", "!n ai plus", "plus de", "a court", "manque de",
            "epuise*", "kein|keine|keinen mehr", "leer", "aufgebraucht", "ausgegangen", "alle",
        ],
    ),
    (
        Sig::Today,
        pats![
            "today", "tonight", "this evening", "right now", "now", "asap", "hoy", "esta noche",
            "ahora", "ya", "aujourd hui", "ce soir", "maintenant", "heute", "heute abend", "jetzt",
            "sofort",
        ],
    ),
    // ---------------------------------------------------------------- modifiers
    (
        Sig::Severe,
        pats![
            "heavy|heavily", "a lot", "alot", "lots", "so much", "too much", "profuse*", "gushing",
            "pouring", "spurting|squirting", "soaking|soaked|drenched|soaks", "severe*|severly|sever",
            "really|very|so|super bad|badly", "badly", "terrible|terribly|horrible|awful|unbearable|excruciating",
            "agoni*", "worst", "killing me", "cant take|bear|stand", "extreme|extremely", "intense|intolerable",
            "7|8|9 10", "10 10", "10 out 10", "!not|arent|isnt|dont|doesnt|nothing working|helping|help|helps",
            "!no hacen|hace efecto", "!no funcionan|ayudan", "!ne font|fait pas effet", "!helfen|hilft|wirken|wirkt nicht", "uncontrol*", "excessive*", "through gauze|towel|towels|pad|pads|bandage",
            "huge", "massive", "cant sleep",
            "mucho|mucha|muchisim*", "abundante*", "demasiad*", "fuerte|fuertes|fuertisimo", "chorro*",
            "empap*", "intens*", "grave|graves", "insoportable", "terrible", "horrible", "no aguanto",
            "!no puedo dormir", "beaucoup", "abondan*", "enormement", "fort|forte|fortement", "trop",
            "atroce", "insupportable", "tres mal", "si mal", "trempe*", "flot*", "!peux pas dormir",
            "stark*", "viel|viele", "heftig*", "massiv*", "extrem*", "unertraglich", "schlimm*",
            "!nicht auszuhalten|aushalten", "unstillbar", "durchgeblutet|durchgeweicht",
            "!kann nicht schlafen", "sehr sehr", "rasend*",
        ],
    ),
    (
        Sig::Nonstop,
        pats![
            "!wont|cant|doesnt|does|will|not|isnt|wouldnt|didnt|hasnt|havent|hadnt|never stop*|stoping",
            "!wont|doesnt|not clot*", "nonstop", "non stop",
            "!no para|paro|deja|dejo|dejan|detiene|cesa|corta|paran", "!no se detiene|corta|para",
            "sin parar", "sin control", "!arrete|arretait pas|plus", "!s arrete pas",
            "sans arret", "en continu", "!hort|horte|horen nicht auf", "!nicht aufhoren|stoppen|stillen|stillbar", "!nicht zu stoppen|stillen", "!lasst|lassen sich nicht",
            "!arrete|arretent pas ~vomir|saigner|saigne",
            "ununterbrochen", "standig", "dauernd",
        ],
    ),
    (
        Sig::Persist,
        pats![
            "still", "keeps|keep|kept", "continu*", "all night|day", "ongoing", "on and off",
            "sigue|sigo|siguen|seguir", "todavia", "aun", "toda noche", "continua*", "toujours",
            "toute nuit", "immer noch", "noch immer", "noch", "weiterhin", "ganze nacht",
            // A fit longer than the person's usual ones, or five minutes or more, is not a
            // typical fit: it is going on too long [EPI], whatever "his usual ones" are like.
            "longer ~than ~usual|normal|ever|always|before", "mas ~larga|largo|largas|largos ~normal|habitual*|siempre|costumbre|usual",
            "plus ~longue|long|longues|longs ~habitude|normal|normale|toujours", "langer ~sonst|gewohnlich|ublich|normal|immer",
            "piu ~lunga|lungo|lunghe|lunghi ~solito|normale|sempre", "mais ~longa|longo|longas|longos ~normal|costume|habitua*|sempre",
            "langer ~normaal|gewoonlijk|anders|altijd",
            "lasted|lasting|lasts|dura|durado|durando|dure|dauert|duurt|durato|durou ~#5 ~minutes|mins|min|minutos|minuten|minuti",
        ],
    ),
    (
        // "since" marks duration, but also "not since this morning": it never cancels
        // a resolution by itself.
        Sig::Since,
        pats![
            "since", "hours|hrs", "desde", "horas", "depuis", "heures", "seit", "seitdem", "stunden",
        ],
    ),
    (
        Sig::Recur,
        pats![
            "again", "started again", "came back", "back again", "otra vez", "de nuevo",
            "volvio|vuelve|volvi", "encore", "recommence*", "nouveau", "reprend*", "wieder",
            "erneut",
        ],
    ),
    (
        Sig::Worse,
        pats![
            "worse", "worsening", "spreading", "getting bigger", "!not|isnt|no better|improving", "!not|isnt getting better",
            "!no mejora", "empeora*", "peor", "cada vez mas", "se extiende", "pire", "aggrave*", "empire",
            "plus en plus", "s etend", "!pas mieux", "!s ameliore pas", "schlimmer", "verschlechtert",
            "verschlimmert", "breitet sich aus", "immer mehr", "!nicht besser", "!wird nicht besser",
        ],
    ),
    (
        Sig::Mild,
        pats![
            "a little", "a bit", "bit", "slight*", "minor", "small", "light", "mild", "tiny", "spotting",
            "low grade", "un poco", "poquito", "leve", "ligero|ligera", "manchado", "un peu", "leger|legere",
            "petit*", "etwas", "leicht*", "bisschen", "wenig", "gering*",
        ],
    ),
    (
        Sig::Alarm,
        pats![
            "help", "emergency", "urgent|urgently", "ambulance", "911", "999", "112", "sos", "ayuda",
            "urgencia*", "urgente", "emergencia*", "ambulancia", "au secours", "aidez moi", "urgence*",
            "samu", "pompiers", "hilfe", "notfall", "notarzt", "dringend", "krankenwagen",
            "rettungswagen", "i think im dying", "im dying",
        ],
    ),
    // ---------------------------------------------------------------- scope cues
    (
        Sig::Negation,
        pats![
            "no", "not", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent",
            "hasnt", "hadnt", "never", "without", "none", "nor", "neither", "denies", "free of",
            "sin", "nunca", "ni", "ningun|ninguna|ninguno", "tampoco", "jamas", "pas", "sans",
            "aucun|aucune", "jamais", "ne", "n", "kein|keine|keinen|keiner|keinem|keines", "nicht",
            "nie", "niemals", "ohne", "weder",
        ],
    ),
    (
        Sig::Resolved,
        pats![
            "stopped", "has stopped", "went away", "gone", "no longer", "anymore", "any more",
            "resolved", "healed", "cleared up", "settled", "better now", "fine now", "ok now",
            "okay now", "feel fine", "feeling better", "improved", "under control", "gone down",
            "ya no", "paro", "se detuvo", "se fue", "se quito", "desaparecio", "ya paso",
            "ya esta bien", "me encuentro bien", "curado", "cicatrizado", "se corto",
            "s est arrete|arretee", "arrete", "arretee", "n est plus", "disparu", "passe", "passee",
            "va mieux", "vais bien", "gueri", "cicatrise", "diminue", "aufgehort", "gestoppt",
            "vorbei", "weg", "nicht mehr", "besser", "verheilt", "abgeheilt", "geht es gut",
            "geht mir gut", "abgeklungen", "zuruckgegangen",
        ],
    ),
    (
        Sig::Hypothetical,
        pats![
            "if", "what if", "in case", "incase", "whether", "suppose", "unless", "what happens if",
            "should i expect", "is it possible", "how do i know", "how will i know", "when should i worry",
            // "si" is "if" in Spanish and French but a pronoun in Italian ("mi si chiude").
            "si ~tengo|tiene|hay|sangra|noto|pasa|me|te|le|j|je|ca|il|elle|on|vous|c|rompo|rompe|rompen|empieza|empiezo", "se ~dovesse|succede|ho|hai|avessi|eu|tiver",
            "en caso", "por si", "es posible", "au cas", "en cas", "falls", "wenn", "ob",
            "im fall", "sollte",
        ],
    ),
    (
        Sig::Informational,
        pats![
            "normal", "normally", "side effect*", "sign|signs of", "symptom|symptoms of", "cause|causes",
            "causar|causan|causa|provocar|provoca", "causer|provoquer|provoque", "peut|peuvent donner",
            "verursach*", "auslos*",
            "caused by", "risk*", "common", "usual", "expected", "how long", "what are", "efecto* secundario*",
            "sintoma* de", "signo* de", "riesgo*", "causa", "habitual", "comun", "cuanto tiempo",
            "effet* secondaire*", "effet* indesirable*", "symptome* de", "signe* de", "risque*",
            "habituel", "courant", "frequent", "combien de temps", "nebenwirkung*", "anzeichen",
            "risiko", "ursache", "ublich", "haufig", "wie lange", "typisch",
        ],
    ),
    (
        Sig::Price,
        pats![
            "how much", "cost|costs", "price*", "pricing", "fee|fees", "charge", "quote", "estimate",
            // "covered in hives", "me cuesta respirar": only with money words.
            "covered ~by|insurance|plan|policy", "is it covered", "insurance", "cuanto cuesta|vale|cuestan", "cuesta|cuestan ~euros|dinero|consulta", "precio*", "coste|costo",
            // "combien" is also "how many (pills)" and "seguro" also "surely": only with money.
            "tarifa*", "cubre", "mi|el|del|su|tu seguro", "seguro ~medico|privado|dental|cubre", "presupuesto",
            "combien ~coute|coutent|ca|prix|payer|euros|rembourse*|facture*", "coute", "prix", "tarif*",
            "rembours*", "devis", "mutuelle", "was kostet", "kostet", "kosten", "preis*", "gebuhr*",
            "krankenkasse", "versicherung", "kostenvoranschlag",
        ],
    ),
    (
        Sig::Past,
        pats![
            "years ago", "last year", "months ago", "as a child", "history of", "in the past",
            "hace anos|meses", "ha ~anos|meses", "ano pasado", "de nino|nina", "antecedente*", "historial",
            "il y a ans|annees|mois", "annee derniere", "antecedent*", "vor jahren|monaten",
            "letztes jahr", "als kind", "vorgeschichte",
        ],
    ),
    (
        Sig::PresentReport,
        pats![
            "i have|got", "ive|ive got", "im having", "i am having", "i feel", "right now", "currently",
            "at the moment", "tengo", "estoy", "ahora mismo", "j ai", "je suis", "en ce moment",
            "ich habe", "ich bin", "gerade", "zurzeit",
        ],
    ),
    // ---------------------------------------------------------------- not symptoms
    (
        Sig::Benign,
        pats![
            "blood test*|tests|work|pressure|sugar|results|count|type|donation|draw|panel|glucose|level|levels|bp|report|thinner|thinners|thinning",
            "high|low blood", "food poisoning", "chest x ray", "chest xray|scan|ct|cold|congestion",
            "pain relief|relievers|reliever|killer|killers|killer|medication|meds|management|clinic",
            "painkiller*", "heart rate|rhythm|check", "blood orange",
            "analisis|analitica|analiticas|examen|prueba*|donar|grupo sangre", "sangre analisis",
            "presion arterial|sanguinea", "intoxicacion alimentaria", "radiografia torax|pecho",
            "calmante*", "analgesico*", "antiinflamatorio*",
            "prise|analyse|analyses|bilan|test|tests|don|groupe sang", "tension arterielle",
            "intoxication alimentaire", "radio thorax|poitrine", "antidouleur*", "anti douleur",
            "blutdruck*", "bluttest*", "blutabnahme", "blutbild", "blutwert*", "blutzucker*",
            "blutspende*", "blutuntersuchung*", "blutgruppe", "lebensmittelvergiftung",
            "rontgen* brust|thorax", "rontgenaufnahme", "schmerzmittel*", "schmerztablette*",
            "brustkrebs", "breast", "pregnancy test",
            // Unanswered messages are not an unresponsive patient.
            "not|isnt|arent|stopped|no|nobody|ne|nicht responding|respond|responde|responden|reacting|repond|reagiert|antwortet|contesta ~email*|mail*|message*|messages|call|calls|phone|correo*|mensaje*|llamada*|telefono|courriel*|appel*|anruf*|nachricht*",
        ],
    ),
    (
        Sig::Neutral,
        pats![
            "no idea", "not sure", "no se", "dont know", "no matter", "not only", "je sais pas",
            "ne sais pas", "keine ahnung", "weiss nicht", "no problem", "no worries",
            "no hay problema", "pas de probleme", "kein problem", "noch nicht", "no thanks",
            // German chat's "ne" is "eine" ("hab ne Blasenentzündung"), not French "ne".
            "hab|habe|hat|hast|is|ist|war|gibt|wie|so|noch|fur|mit|auf|in ne",
            // "gone through a pad" is soaking one, not the bleeding having gone; "gone
            // grey", "gone down his neck" are changes for the worse.
            "gone|went through",
            "gone|going|went|turned ~pins|tingly|tingling|dead|hard|pale|grey|gray|white|blue|purple|yellow|colour|color|floppy|limp|quiet|cold|funny|weird|peculiar|stiff|blotchy|mottled|ashen|clammy|droopy|numb|still",
            "gone|going ~under|into|to ~jaw|neck|eye|eyes|throat|chest|tongue|cheek",
            "gone|going ~down ~neck|throat|chest|arm",
            // "no idea how long he's been there" asks nothing.
            "idea|sure|know|unsure how long",
            "nicht nur", "n importe", "no dude", "no duda", "ni idea", "aucune idee",
        ],
    ),
    // ---------------------------------------------------------------- departments
    (
        Sig::Topic(Appointments, 3),
        pats![
            "appointment*", "appt*", "book|booking|booked", "reschedul*", "resched", "cancel*",
            "availability", "available", "slot*", "schedule", "consultation", "check up|checkup",
            "follow up|followup", "waitlist", "waiting list", "cita*", "reservar", "agendar",
            "reprogramar", "cambiar cita", "cancelar|anular", "disponibilidad", "hueco*", "turno",
            "consulta", "pedir hora", "revision", "rendez vous", "rdv", "rendezvous", "reserver",
            "annuler", "deplacer|reporter|decaler", "disponibilit*|dispo", "creneau*", "consultation",
            "termin", "termine", "terminen", "terminvereinbarung", "buchen", "vereinbaren",
            "verschieben", "absagen|sagen ab", "stornieren", "umbuchen", "verfugbar*",
            "sprechstunde", "freien termin",
            // Session 22e: Italian, Portuguese and Dutch had no appointment words of their own.
            "prenotare|prenotazione|prenoto|appuntamento|appuntamenti", "disdire|disdico|disdetta",
            "marcar|marcacao|desmarcar|remarcar", "afspraak|afspraken", "boeken|inplannen|verzetten",
            "afzeggen|annuleren", "meld ~af",
        ],
    ),
    (
        Sig::Topic(Appointments, 1),
        pats![
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday", "next week", "tomorrow",
            "earlier", "visit", "see doctor|dr|nurse|dentist|hygienist", "free", "lunes|martes|miercoles|jueves|viernes",
            "semana", "manana", "lundi|mardi|mercredi|jeudi|vendredi", "semaine", "demain",
            "montag|dienstag|mittwoch|donnerstag|freitag", "woche", "morgen", "move my", "cleaning",
        ],
    ),
    (
        Sig::Topic(Billing, 3),
        pats![
            "how much", "cost|costs", "price*", "pricing", "fee|fees", "pay|paying",
            "instal*", "insurance", "insurer", "claim", "billing", "charge|charges",
            "accept|aceptan|acepta|acceptez|accepte|akzeptieren", "nehmen sie", "quote", "estimate", "copay|co pay|deductible",
            "financing", "afford", "expensive", "card|cards|credit|debit|cash|paypal", "bank transfer", "cuanto cuesta|vale", "cuesta|cuestan ~euros|dinero|consulta", "precio*",
            "coste|costo", "tarifa*", "pagar|pago|pague", "tarjeta", "mi|el|del|su|tu seguro", "seguro ~medico|privado|dental|cubre", "factura*", "recibo",
            "reembolso", "presupuesto", "cobr*", "combien ~coute|coutent|ca|prix|payer|euros|rembourse*|facture*", "coute", "prix", "tarif*", "payer|paye|paiement",
            "carte vitale", "carte bancaire", "assurance", "mutuelle", "rembours*", "facture*", "facture",
            "devis", "honoraires", "frais", "kostet", "kosten", "preis*", "gebuhr*", "bezahlen|bezahlt|zahlung|zahlen",
            "versicherung", "krankenkasse", "kasse", "rechnung*", "erstattung", "kostenvoranschlag",
            "uberweisung",
            // Session 22e: Italian, Portuguese and Dutch money words.
            "fattura|fatture|pagamento|rimborso", "quanto ~costa|costano",
            "boleto|parcelar|parcelas|orcamento|fatura|faturas", "quanto ~custa|custam",
            "factuur|facturen|betalen|betaling|vergoeding|vergoed", "mutualiteit",
        ],
    ),
    (
        // Money already moving: the strongest billing signal.
        Sig::Topic(Billing, 4),
        pats![
            "bill|billed|charged|overcharged|invoice*|invoiced|refund*|receipt|paid|payment*",
            "cobraron|cobrado|cobro", "factura*", "reembolso", "recibo", "facture*", "factures",
            "rembourse*", "paye|payee", "rechnung*", "erstattung", "bezahlt", "abgebucht",
        ],
    ),
    (
        Sig::Topic(FrontDesk, 3),
        pats![
            "opening hours|times", "open|opens|close|closes|closed", "address", "located|location",
            "directions", "parking|park", "bus|train|tram|metro", "wifi", "phone number", "fax",
            "email", "wheelchair", "accessible", "umbrella", "left my", "lost", "holiday*",
            "horario*", "abierto*|abren|cierran|cerrado", "direccion", "ubicacion|ubicados",
            "aparcar|aparcamiento|estacionamiento|estacionar", "llegar", "telefono", "festivo*",
            "horaires", "ouvert*|ouvre|ouvrez|ferme|fermez|fermeture", "adresse", "garer",
            "stationner", "acces", "venir", "telephone", "jours feries", "offnungszeiten",
            "geoffnet|offnen|offen|geschlossen", "adresse", "anfahrt", "parken|parkplatz*",
            "telefonnummer", "feiertag*",
            // Session 22e: Italian, Portuguese and Dutch.
            "parcheggio|parcheggiare|parcheggia", "ascensore", "estacionamento|estacionar",
            "parkeren|parkeerplaats", "rolstoel|rolstoelen", "openingstijden", "sedia ~rotelle",
            "cadeira ~rodas",
        ],
    ),
    (
        Sig::Topic(FrontDesk, 1),
        pats![
            "where", "hours", "hello|hi|hey", "thanks|thank", "donde", "hola", "gracias", "ou",
            "bonjour", "merci", "wo", "hallo", "danke", "forms|form", "formulario", "formulaire",
            "formular",
        ],
    ),
    (
        Sig::Topic(Clinical, 2),
        pats![
            "prescription*", "refill", "repeat prescription", "medication*|medicine*|meds", "dose|dosage",
            "side effect*", "results", "lab", "x ray|xray", "scan|mri|ultrasound", "vaccine*|vaccination",
            "symptom*", "allerg*", "diabetes", "blood pressure", "cholesterol", "treatment*",
            "therapy", "referral", "diagnos*", "sick note", "antibiotic*", "ibuprofen|paracetamol|aspirin",
            "doctor advice", "gym|sport", "stitches|stiches", "gauze", "dementia", "numbness", "surgery",
            "anaesthe*|anesthe*", "sedation", "receta", "medicamento*", "dosis", "resultados",
            "analisis", "radiografia", "vacuna*", "sintoma*", "alergia", "tratamiento", "antibiotico*",
            "ibuprofeno", "gasa", "deporte", "ordonnance", "medicament*", "posologie", "resultats",
            "radio", "vaccin*", "symptome*", "allergie", "traitement", "antibiotique*", "compresse",
            "rezept", "*rezept", "dosis", "befund*", "labor*", "analitica*", "analyse*", "prise sang", "ergebnis*", "rontgen*", "impfung", "symptom*",
            "behandlung", "antibiotik*", "tupfer", "medikament*", "schmerztablette*",
        ],
    ),
];
