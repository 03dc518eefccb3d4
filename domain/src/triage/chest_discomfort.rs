//! Possibly cardiac pain told as something less than pain, in lay words the lexicon
//! lacked. A pressure or tightness in the chest is chest pain, as the lexicon already
//! reads "pressure on my chest" ("a tight feeling in the chest", "drückt auf der Brust",
//! "knellend gevoel op mn borst", "as if someone is sitting on my chest"). A vaguer
//! "discomfort", "a weird feeling", "un fastidio al petto", "um incômodo no peito", "raar
//! gevoel op mn borst" is `ChestDiscomfort`, an emergency with sweating, spreading to
//! the arm, jaw or back, nausea, faintness or breathlessness, or in a diabetic: CG95 says
//! it can feel like indigestion, and names those companions. The spread itself in the
//! words of each language ("vai pras costas", "me sube a la mandíbula", "tot in mn kaak",
//! "zieht in den Kiefer") and heartburn told as the pit of the stomach burning ("me arde
//! la boca del estómago") join the existing rules. Tests, in other words than the corpus,
//! with hard negatives, are in `chest_discomfort_tests.rs`.

use super::lexicon::Sig;

/// Chest pressure, vague chest discomfort, and the spread of cardiac pain.
pub(crate) const CHEST_DISCOMFORT: &[(Sig, &str)] = &[
    (
        Sig::ChestPain,
        pats![
            "tight|tightness|squeezing|crushing|heavy ~feeling ~in|on|across ~chest",
            "drueckt|drueckts|druckt|druckts ~auf ~der|die ~brust",
            "bruschtschmerz*|bruschtschmaerz*",
            "knellend|beklemmend|drukkend ~gevoel ~op|in ~borst",
            "borst ~alsof ~er ~iemand|olifant|iets ~op ~zit",
            // The weight told before the chest: "alsof er een olifant op zijn borst zit" (batch 102).
            "olifant|elefant|elefante|elephant ~borst|brust|pecho|poitrine|petto|peito",
            "chest ~like ~someone|something|elephant ~sitting",
            "duele|dolor ~mandibula|brazo|espalda ~y ~el ~pecho",
        ],
    ),
    (
        Sig::ChestDiscomfort,
        pats![
            "discomfort|weird|funny|odd|strange ~feeling ~in|on|across ~chest",
            "chest ~discomfort",
            "molestia|incomodidad ~en ~el ~pecho",
            "gene|genes ~dans ~la ~poitrine",
            "gene ~thoracique",
            "komisches|seltsames|merkwurdiges ~gefuhl|gefuehl ~in|auf ~der ~brust",
            "fastidio|pressione|oppressione ~al|sul ~petto",
            "incomodo|desconforto ~no ~peito",
            "raar|vreemd|naar ~gevoel ~op|in ~borst",
        ],
    ),
    (
        Sig::Radiating,
        pats![
            "vai|vem|desce ~costas|braco|queixo|pescoco",
            "sube|iba|pasa|baja ~mandibula|brazo|espalda|cuello",
            "tot ~in ~kaak|arm|schouder",
            "zieht|strahlt ~kiefer|arm",
            "goes|spreading|shooting ~arm|jaw",
            "going ~to|into ~left ~arm",
            "monte|descend|va ~machoire|bras",
        ],
    ),
    (
        Sig::Indigestion,
        pats!["arde|quema ~la ~boca ~del ~estomago"],
    ),
];
