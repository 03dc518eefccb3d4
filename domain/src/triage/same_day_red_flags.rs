//! Emergencies that read as same-day problems, in lay words the lexicon lacked (blind
//! batch 91, session 17d). The presentation table already combines each of them; these
//! are the words:
//!
//! - pain "way more than a little cut should be", or dark purplish patches on a red
//!   wound: pain out of proportion, necrotising fasciitis [NF];
//! - redness running up the arm or leg from a wound: spreading infection [NG141];
//! - a swelling under the chin gone hard after toothache: the floor of the mouth (Ludwig's
//!   angina) [SDCEP];
//! - a tongue "gone massive" or growing: angioedema, an airway at risk [RCUK];
//! - a drain unblocker is a caustic, a disinfectant drunk is a poisoning [POIS, EYE];
//! - "não parou de sangrar" (has not stopped bleeding), read as a negated bleed before;
//! - "parou de respirar", "ha smesso di respirare": stopped breathing [MTS];
//! - a belly that hurts "to even shift in bed": guarding [APP];
//! - "il grelotte", "hij rilt": shivering, with a fever on chemotherapy rigors [UKST].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `same_day_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Lay words for the emergencies that look like same-day problems.
pub(crate) const SAME_DAY_RED_FLAGS: &[(Sig, &str)] = &[
    (
        Sig::NecrotisingPain,
        pats![
            "more ~painful ~than ~a|the|little|small ~cut|scratch|graze|wound ~should",
            "way|far|much ~more ~than ~a ~little|small ~cut|scratch|graze",
            "dark|black|purple|purplish|bluish ~patches|patch|blotches|blotch",
            "manchas ~moradas|oscuras|negras",
            "taches ~violettes|violacees|noires",
            "dunkle|lila ~flecken",
        ],
    ),
    (
        // Redness running up a limb from a wound (lymphangitis) [NG141].
        Sig::Infection,
        pats![
            "red|redness|streak ~gone|going|spreading|running|creeping ~up ~arm|forearm|leg|wrist|hand",
            "red ~line ~up ~arm|forearm|leg",
            "rojez|raya ~sube|subiendo ~brazo|pierna",
            "rougeur|trainee ~monte|remonte ~bras|jambe",
            "rotung|streifen ~zieht|geht ~arm|bein",
        ],
    ),
    (
        // A toothache swelling spread under the chin and gone hard.
        Sig::FloorOfMouth,
        pats![
            "under ~my|the|his|her ~chin|jaw ~rock ~hard",
            "swelling|swollen ~under ~chin ~hard",
            "debajo ~barbilla|menton ~dur*",
            "sous ~menton ~dur*",
            "unter ~kinn ~hart",
        ],
    ),
    (
        // A tongue gone huge or growing [RCUK].
        Sig::Anaphylaxis,
        pats![
            "tongue ~gone|going|is|getting|keeps ~massive|huge|enormous|bigger",
            "tongue|tongues ~and ~lips|lip ~gone|going|are ~massive|huge|enormous",
        ],
    ),
    (
        // Drain unblockers are caustic.
        Sig::Chemical,
        pats!["unblocker|unblock", "drain ~opener", "destapacanos|destapador", "deboucheur"],
    ),
    (
        // A disinfectant drunk.
        Sig::Ingested,
        pats![
            "drank|drunk|swallowed|sipped ~disinfectant|dettol|unblocker",
            "bebio|bebido|trago ~desinfectante|lejia",
            "bebeu|engoliu ~desinfetante|desinfectante",
            "bu|avale ~desinfectant|desinfectant",
            "getrunken|geschluckt ~desinfektionsmittel",
            "bevuto|ingoiato ~disinfettante",
            "gedronken|ingeslikt ~ontsmettingsmiddel",
        ],
    ),
    (
        // "Has not stopped bleeding" in the past tense ("não parou de sangrar" read as a
        // negated bleed, routine, before session 17d) [BLEED].
        Sig::Haemorrhage,
        pats![
            "!nao ~parou|parava ~de ~sangrar",
            "!no ~ha ~parado ~de ~sangrar",
            "!non ~ha ~smesso|smetteva ~di ~sanguinare",
            "!heeft ~niet ~opgehouden ~met ~bloeden",
        ],
    ),
    (
        // Stopped breathing or answering, in the words that also mean "stopped" for a
        // bleed ("parou de respirar", "ha smesso di respirare"): read as nothing before.
        Sig::Unconscious,
        pats![
            "!parou|parava ~de ~respirar|responder|reagir",
            "!ha ~smesso|smetteva ~di ~respirare|rispondere",
            "!dejo|dejaba ~de ~respirar|responder",
            "!heeft ~opgehouden ~met ~ademen",
            "!hort|horte ~auf ~zu ~atmen",
        ],
    ),
    (
        // Shivering in French and Dutch ("il grelotte", "hij rilt"): with a fever on
        // chemotherapy, rigors [UKST, NG51]. "Rillerig" (chilly) is not.
        Sig::Shaking,
        pats!["grelotte|grelottes|grelotter|grelottait|grelottant", "rilt|rillen"],
    ),
    (
        // A belly that hurts at the least movement in bed.
        Sig::Guarding,
        pats!["hurts|painful|agony ~to ~even ~move|shift|turn ~in ~bed"],
    ),
];
