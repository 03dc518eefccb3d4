//! Signs as voice typing leaves them (session 23b, batch 121: English, German and French
//! dictated), each written in the languages where the same words plausibly come: French
//! "brûlures en urinant" (burning urine, which read as a burn), a curtain or a shadow
//! coming over one eye and flashes of light (a retinal tear or detachment, or a passing
//! loss of sight), a new belief that the neighbours listen, spy or poison (new psychosis),
//! a baby grunting told with the German verb. Every concept feeds a signal and a row the
//! table already had. Tests, in other words than the batch, with hard negatives (a
//! curtain at home, lightning in a storm, neighbours who really are noisy, a grunt at the
//! gym), are in `dictated_signs_tests.rs`. Numbers said in words are `spoken_numbers.rs`,
//! long words split by dictation `dictation_splits.rs`.

use super::lexicon::Sig;

/// The signs above, each under the signal its row reads.
pub(crate) const DICTATED_SIGNS: &[(Sig, &str)] = &[
    (
        // Burning "en urinant" (the gerund the earlier pattern missed): burning urine, so
        // the burn is dropped where this phrase is [consensus, PYELO with its companions].
        Sig::UrinaryInfection,
        pats!["brulure*|brule|brulent|brulant|piquer|pique ~en ~urinant|urinent"],
    ),
    (
        // A curtain, shadow or veil coming over the sight of one eye, and flashes of light
        // in it: a retinal detachment, or a passing loss of sight (amaurosis) that needs
        // the same-day look a transient stroke sign gets [EYE, NG128].
        Sig::VisionChange,
        pats![
            "curtain|shadow|veil ~over|across|coming|in ~my|his|her|the|one ~eye|vision|sight",
            "like ~a ~curtain|veil|shadow", "flashes|flashing ~of ~light|lights ~in ~my|his|her|the ~eye",
            "vorhang|schatten|schleier ~vor|uber|im|auf ~dem|einem ~auge", "wie ~ein ~vorhang|schleier", "lichtblitze",
            "blitze ~im|vor|auf ~dem|den ~auge|augen",
            "rideau|voile|ombre ~devant|sur|dans ~l|un|mon|son ~oeil", "comme ~un ~rideau|voile", "eclairs ~dans ~l|mon|son ~oeil",
            "cortina|sombra|velo ~en|sobre|delante ~el|un|mi ~ojo", "como ~una ~cortina", "destellos ~en ~el|mi ~ojo",
            "tenda|ombra|velo ~sull|davanti|nell ~occhio", "come ~una ~tenda", "lampi ~di ~luce|nell ~occhio",
            "cortina|sombra|veu ~no|sobre|na frente ~olho", "como ~uma ~cortina", "clarões|flashes ~de ~luz|no ~olho",
            "gordijn|schaduw|waas ~voor|over|in ~mijn|zijn|haar|het ~oog", "als ~een ~gordijn", "lichtflitsen",
        ],
    ),
    (
        // A new belief that the neighbours or others listen in, spy, follow or poison:
        // new psychosis, a same-day mental health look [NG225, MHF].
        Sig::Psychosis,
        pats![
            "thinks|believes|convinced|says ~neighbours|neighbors|people|someone|they|the ~are ~listening|spying|watching|following|poisoning|bugging",
            "glaubt|denkt|meint|uberzeugt ~nachbarn|leute|jemand ~horen|abhoren|beobachten|verfolgen|vergiften|belauschen",
            "horen|hort ~ihn|sie|mich ~ab",
            "croit|pense|persuade|persuadee ~voisins|gens|on ~ecoutent|ecoute|espionnent|espionne|surveillent|empoisonnent|suivent",
            "cree|piensa|convencido|convencida ~vecinos|gente ~escuchan|espian|vigilan|siguen|envenenan",
            "crede|pensa|convinto|convinta ~vicini|gente ~ascoltano|spiano|seguono|avvelenano",
            "acha|pensa|convencido|convencida ~vizinhos|pessoas ~ouvindo|escutando|espionando|seguindo|envenenando",
            "denkt|gelooft|overtuigd ~buren|mensen ~afluisteren|luisteren|bespioneren|volgen|vergiftigen",
        ],
    ),
    (
        // "Im Fernsehen kam was über Schlaganfall": a programme about an illness, not a
        // sign (the split "Schlag an Fall" joined back reads as the word, batch 104).
        Sig::NotASign,
        pats!["fernsehen|fernseher|radio|tv|doku|sendung ~kam|lief|gab|gesehen|gehort ~was|etwas|viel|einiges ~uber ~schlaganfall|schlaganfalle|herzinfarkt|herzinfarkte|infarkt|sepsis|krebs"],
    ),
    (
        // A baby grunting with each breath, the German and Italian verbs, told with the
        // breath: "grunze" alone is an adult at the gym [NG143 red].
        Sig::Grunting,
        pats!["grunzen|grunzt|grunzend ~bei|beim ~atmen|jedem|atemzug", "atmet ~grunzend", "grunzlaute", "grugnisce|grugnito ~respir*"],
    ),
];
