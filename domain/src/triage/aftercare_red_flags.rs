//! Emergencies after a clinic procedure told in lay words the lexicon lacked (blind batch
//! 92, session 17d). The presentation table already combines each of them; these are
//! the words:
//!
//! - most of the sight gone in one eye ("lost nearly all the vision", "perdu presque
//!   toute la vue"), after eye surgery or not, is sudden visual loss [EYE, ACE];
//! - sight going dim or grey after filler is a filler in an artery of the eye [ACE];
//!   hyaluronic acid is called just "acid" ("me pusieron ácido en la nariz");
//! - double vision with trouble swallowing after botulinum toxin is the toxin spreading
//!   [BoNT]: "kann schlecht schlucken", "me cuesta tragar";
//! - a chemical peel's liquid in the eye is a chemical eye injury [EYE];
//! - blood soaking through the dressing and the clothes is a haemorrhage [BLEED];
//! - "das Atmen wird schwer" with a swelling face is anaphylaxis [RCUK]; "se marea" is
//!   faintness.
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `aftercare_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Lay words for the emergencies after a procedure.
pub(crate) const AFTERCARE_RED_FLAGS: &[(Sig, &str)] = &[
    (
        // Most or all of the sight gone, with the amount between the verb and the word
        // for sight ("lost nearly all the vision"); "lost my glasses" is not it.
        Sig::VisionLoss,
        pats![
            "lost|losing|lose ~nearly|almost|most|all|half ~vision|sight",
            "perdi|perdido|perdiendo|perdio ~casi|toda|mitad ~vision|vista",
            "perdu|perd|perds ~presque|toute|quasi|quasiment|moitie ~vue",
            "!sehe|sieht ~fast|kaum ~nichts|nix ~mehr",
            "perso|perdendo ~quasi|tutta|meta ~vista",
            "perdi|perdeu|perdendo ~quase|toda|metade ~visao|vista",
            "!zie|ziet ~bijna ~niks|niets ~meer",
        ],
    ),
    (
        // Sight dimming, greying or fogging (the words for blurred are already there).
        Sig::VisionChange,
        pats![
            "vision|sight ~dim|dimming|dimmer|dimmed|greying|graying|foggy|misty|hazy|darker",
            "eye ~going|gone|goes ~dim|grey|gray|dark|foggy",
            "veo ~oscuro|nublado|niebla|gris",
            "vue ~baisse|voilee|trouble|sombre|grise",
            "sehe ~dunkler|grau|trub|neblig",
            "vista ~calata|offuscata|oscurata|grigia",
            "vista|visao ~escura|escurecendo|nublada",
            "zie ~donkerder|grijs|mistig",
        ],
    ),
    (
        // Hyaluronic acid called by its last word, next to where it went.
        Sig::Filler,
        pats![
            "acido|acide|acid ~nariz|nez|naso|nose|labios|levres|labbra|lips|ojeras|cernes|occhiaie|surcos|pomulos|menton|olheiras|labios",
            "pusieron|puso|inyectaron|metieron ~acido",
        ],
    ),
    (
        // Swallowing made hard, in the words for "badly" and "it costs me".
        Sig::SwallowTrouble,
        pats![
            "!kann|konnte ~schlecht|schwer ~schlucken",
            "!cuesta|costaba ~tragar",
            "du ~mal ~a ~avaler",
            "fatica ~a ~deglutire|ingoiare|mandare",
            "dificuldade ~para|a|de ~engolir",
            "moeite ~met ~slikken",
        ],
    ),
    (
        // A peel's acid is a caustic: during the peel, or its liquid named.
        Sig::Chemical,
        pats![
            "during|durante|pendant|durant|wahrend|tijdens ~peel|peeling",
            "peel|peeling ~solution|acid|liquid|liquido|liquide|losung|flussigkeit|vloeistof|solucion|soluzione",
        ],
    ),
    (
        // Blood through the dressing and the clothes: more than a dressing holds.
        Sig::Haemorrhage,
        pats![
            "soaked|soaking|soaks|bleeding|bled ~through ~dressing|bandage|trousers|pants|jeans|clothes|sheets",
            "traspasa|traspasando|traspaso|traspasado ~aposito|venda|vendaje|pantalon|ropa",
            "traverse|traversant ~pansement|pantalon|vetements",
            "durchgeblutet|durchblutet",
            "blutet ~durch ~verband|hose|kleidung",
            "trapassa|trapassato|inzuppa|inzuppato ~medicazione|benda|pantaloni|vestiti",
            "atravessa|atravessou|encharca|encharcou ~curativo|calca|roupa",
            "doorgebloed",
            "bloedt ~door ~verband|broek|kleren",
        ],
    ),
    (
        // "The breathing is getting hard" told of the breathing itself.
        Sig::Breathing,
        pats![
            "atmen|atmung ~wird|ist|fallt ~schwer|schwerer",
            "respirar ~se ~hace ~dificil",
            "respirer ~devient ~difficile",
            "respirare ~diventa ~difficile",
            "ademen ~wordt|gaat ~moeilijk|zwaar",
        ],
    ),
    (
        // "Se marea": feels faint (the noun forms are in the lexicon).
        Sig::Dizziness,
        pats!["se|me|te ~marea|mareaba|maree"],
    ),
];
