//! Signs of the eye, ear, mouth and skin told in lay words the tables lacked, each feeding
//! a signal and a row that already existed (session 21d, batch 113: English, Spanish and
//! French):
//! - words that "come out odd" (speech, FAST) and eyes that "went double" (vision);
//! - a noise breathing in (stridor: with drooling an airway closing [ENT, BTS]);
//! - a dental swelling gone down into the neck (Ludwig's angina, [SDCEP] emergency);
//! - a firework or a blast at the face or eye (a penetrating eye injury, consensus);
//! - a pain "unreal compared to how it looks", skin gone purple with blisters
//!   (necrotising fasciitis [NF]);
//! - a face or neck burnt, in French participles ("le visage brûlé"; with a hoarse voice
//!   an airway burn [MTS]);
//! - an ear gone dead or muffled on waking, hearing lost at once (sudden deafness, a
//!   same-day look);
//! - a painkiller that wears off within the hour or barely takes the edge off (with a
//!   toothache, urgent [SDCEP]); "rage de dents"; a gum swollen round one tooth (an
//!   abscess: the dental swelling row [SDCEP]);
//! - a meter "saying HI" (`readings.rs`), passing water all the time beside a high sugar,
//!   "bajadas" for hypos.
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `eye_ear_mouth_skin_lay_signs_tests.rs`.

use super::lexicon::Sig;

pub(crate) const EYE_EAR_MOUTH_SKIN_LAY_SIGNS: &[(Sig, &str)] = &[
    (Sig::SpeechLoss, pats!["words ~coming|come|came ~out ~odd|funny|weird|strange|garbled|muddled"]),
    (Sig::VisionChange, pats!["eye|eyes ~went|gone|going ~double"]),
    (
        // Stridor told as a noise breathing in; a snore or a blocked nose is not it.
        Sig::Wheeze,
        pats!["noise|noises|noisy ~breathing|breathes|breathe in", "ruido|ruidito|pitido ~al ~respirar|inspirar"],
    ),
    (
        Sig::FloorOfMouth,
        pats![
            "swelling ~moved|spread|spreading|gone|going|travelled ~neck|throat",
            "hinchazon ~bajado|bajando|pasado|extendido ~cuello", "gonflement ~descend|descendu|jusqu ~cou",
        ],
    ),
    (
        Sig::EyeInjury,
        pats!["firework|firecracker|banger|petard|petardo|cohete ~exploded|explose|exploto|estallo ~face|eye|visage|oeil|cara|ojo"],
    ),
    (
        Sig::NecrotisingPain,
        pats![
            "pain ~compared ~to|with ~how ~looks",
            "dusky|purple|violet|violace|violaces|violacee|violacees|morado|morada|roxo|roxa|paars blisters|bulles|cloques|ampollas|bolhas|blasen",
        ],
    ),
    (Sig::Burn, pats!["visage|cou|bras|main|mains|jambe|jambes|dos ~brulee|brules|brulees", "visage|cou ~brule"]),
    (
        Sig::SuddenDeafness,
        pats![
            "woke|woken|waking ~ear ~muffled|underwater|deaf|dead", "ear ~totally|completely|feels|gone|went ~muffled|underwater|dead",
            "!desperte|desperto|levante ~sin ~oir|escuchar", "!perdu|perdi|perdido ~audition|ouie|audicion|oido ~coup|repente|golpe",
        ],
    ),
    (
        Sig::AnalgesiaFailing,
        pats![
            "!tablets|painkillers|paracetamol|ibuprofen|nurofen ~barely|hardly|dont|doesnt ~take|takes|taking ~edge",
            "!paracetamol|ibuprofeno|nolotil|pastilla|pastillas ~dura|duran ~una|1|media ~hora",
            "!ibuprofene|doliprane|paracetamol|dafalgan|antidouleur ~tient|tiennent ~pas",
        ],
    ),
    (Sig::Dental, pats!["rage ~dent|dents"]),
    (
        // One gum swollen round one tooth; "gums" swollen from brushing is gingivitis.
        Sig::FaceSwelling,
        pats!["encia|gencive|gum ~hinchada|gonflee|swollen ~muela|molaire|molar|tooth|dent|diente"],
    ),
    (
        Sig::HighSugarSign,
        pats!["peeing|weeing|urinating ~constantly|nonstop", "orino|meo ~todo|cada ~rato", "pipi ~tout ~temps|arret"],
    ),
    // Stems, not whole words: a whole word would stop "bajadas" being read as a typo of the
    // phrases that already hold it.
    (Sig::Hypo, pats!["tengo|tiene|hace ~bajad*|bajon*"]),
];
