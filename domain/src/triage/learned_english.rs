//! Lay words of people who learned English as adults, found by blind batch 67 (session
//! 13b in TRIAGE.md): a symptom said through the first language ("her talk was like
//! drunk", "the mouth went down one side", "eyes going up", "belly hard like wood"),
//! without articles or with the tense of the first language. Kept apart so the older
//! files do not grow; each entry is a concept in the syntax of [`super::matcher`], and
//! the tests (`learned_english_tests.rs`) say each one in other words than the batch.

use super::lexicon::Sig;

/// Findings, contexts and scope cues added from batch 67.
pub(crate) const LEARNED_ENGLISH_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------- stroke [FAST]
    (
        // Slurred speech told as a drunk's speech, or as drink never taken.
        Sig::SpeechLoss,
        pats![
            "talk|talks|talking|speak|speaks|speaking|speech|voice|words ~like ~drunk|drunken|drink|drinks|drinking|drank|alcohol",
        ],
    ),
    (
        // A face or mouth that "went down", "fell" or "is falling" on one side.
        Sig::Stroke,
        pats![
            "mouth|face|lip|lips|smile|cheek ~went|go|goes|going|gone|fell|fall|falls|falling|fallen|dropped|drop|dropping|hanging|hang|pulled ~down ~side",
            "mouth|face|lip|lips|smile|cheek ~went|go|goes|going|gone|fell|falling|fallen|dropped|dropping|hanging|pulled ~crooked|sideways|lopsided",
            "side ~of ~face|mouth ~down|fell|falling|fallen|dropped|dropping|drooping|hanging",
            // One side of the body weak, numb or dead.
            "left|right|one ~side ~body ~weak|numb|heavy|dead|paralysed|paralyzed",
            "body ~left|right|one ~side ~weak|numb|heavy|dead",
        ],
    ),
    // ---------------------------------------------------------- seizure [NG217]
    (
        // Eyes rolled up or back: a fit in a child's or a carer's words.
        Sig::Seizure,
        pats![
            "eyes ~rolling|rolled|roll ~up|upward|upwards|back|backwards",
            "eyes ~going|went|gone|go|turning|turned|turn ~up|upward|upwards",
            "eyes ~turning|turned ~backwards",
        ],
    ),
    // ------------------------------------------------------ self-harm [NG225]
    (
        // A means of hanging in hand, or a goodbye with a means: a suicide in progress.
        Sig::Suicidal,
        pats![
            "rope|noose ~neck|hang|hanging|hanged|ceiling|beam|tree|garage",
            "goodbye|farewell ~rope|noose|knife|gun|bridge|roof|pills|tablets",
            "rope|noose|knife|gun ~goodbye|farewell",
            "goodbye|farewell ~letter|note",
        ],
    ),
    (
        // Wanting to disappear or not to wake up: passive thoughts of death, a same-day look.
        Sig::DarkThoughts,
        pats![
            "want|wants|wanting|wish|wishes ~to ~disappear|vanish",
            "want|wants|wish|wishes ~to ~sleep ~forever",
            "making|make|makes|doing|do|does ~cuts|cut|scratches|burns ~arm|arms|wrist|wrists|leg|legs|thigh|thighs|body|skin",
        ],
    ),
    // ------------------------------------------------- ectopic pregnancy [NG126]
    (
        Sig::ShoulderTip,
        pats!["top|tip ~of ~my|her|the ~shoulder|shoulders"],
    ),
    (
        // Nearly fainting or falling, told as "almost fall".
        Sig::Dizziness,
        pats!["almost|nearly ~fall|fell|falling|faint|fainted|fainting|collapse|collapsed|passing|pass ~out"],
    ),
    // ------------------------------------------------------- peritonitis [APP]
    (
        // A belly hard as wood or a board is the rigid belly of peritonitis.
        Sig::PainEverywhere,
        pats!["belly|stomach|tummy|abdomen ~hard|stiff|rigid ~like|as ~wood|board|rock|stone|wall|brick|table"],
    ),
    // ------------------------------------------- necrotising fasciitis [NF]
    (
        // Pain "more than it looks", the first-language form of "out of proportion".
        Sig::NecrotisingPain,
        pats!["pain|hurts|hurt|hurting|painful ~more|stronger|bigger ~than ~it|the|skin|wound ~look|looks|looking|seem|seems"],
    ),
    // ----------------------------------------------------- filler, eye [ACE]
    (
        // Seeing two of everything.
        Sig::VisionChange,
        pats!["see|seeing|sees|saw ~double|two ~of ~everything|all|things", "see|seeing|sees|saw ~double"],
    ),
    // -------------------------------------------------------- fever in babies
    (
        // "The baby is very hot": a carer's fever, said of the body.
        Sig::Fever,
        pats!["baby|babies|bebe|newborn|infant|son|daughter|boy|girl|child|kid ~is|feels|feel|very|so|too ~hot|burning|boiling"],
    ),
    // ---------------------------------------------- critical medicine run out
    (
        // "I finish my tablets", "no tablets for tomorrow", a pump or pen broken.
        Sig::RanOut,
        pats![
            "finish|finishing my|his|her|the|all",
            "!no ~tablets|pills|medicine|insulin ~for ~tomorrow|tonight|morning",
            "pump|pen|pens ~broken|broke|stopped|failed|failing",
        ],
    ),
    (
        // Epilepsy tablets, not only "epilepsy medicine": running out risks a fit.
        Sig::CriticalMedicine,
        pats!["seizure|epilepsy|epileptic|fits ~tablets|tablet|tabs|drugs|medication"],
    ),
    // ---------------------------------------------------- cellulitis [MTS, NICE]
    (
        // "Hot and spreading": redness around a bite or wound that grows.
        Sig::HotSwelling,
        pats!["hot|warm and spreading|spreads|growing"],
    ),
    // ------------------------------------------- a red flag told as absent
    (
        // "No breath problem", "no problem with breathing": the phrase "no problem" is
        // neutral (it swallows the negation), so the whole denial hides the finding.
        Sig::Benign,
        pats![
            "!no ~breath|breathing|breathe|swallow|swallowing|toilet|pee|peeing|bladder ~problem|problems|issue|issues|trouble",
            "!no ~problem|problems|issue|issues|trouble|difficulty ~with|to ~breath|breathing|breathe|swallow|swallowing|toilet|pee|peeing|bladder",
            "!no ~problem|problems|issue|issues|trouble|difficulty ~breathing|swallowing|peeing",
        ],
    ),
    // --------------------------------------------------------- the past (ConText)
    (
        // "As small child", "when she was small": childhood history, without articles.
        Sig::Past,
        pats!["as ~small|little|young ~child|kid|baby|boy|girl"],
    ),
];
