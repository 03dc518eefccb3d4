//! Lay words of older people writing to their clinic, found by blind batch 68 (session
//! 13b in TRIAGE.md): long polite messages in seven languages with the red flag told in
//! everyday words ("can't smile on one side", "words that mean nothing", "a boulder on
//! the chest", "not a drop of urine", "out cold for a few seconds"). Kept apart so the
//! older files do not grow; each entry is a concept with its words in the seven
//! languages, in the syntax of [`super::matcher`]; tests in `older_typing_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts added from batch 68.
pub(crate) const OLDER_TYPING_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------- stroke [FAST]
    (
        // A smile gone to one side, or half the face fallen.
        Sig::Stroke,
        pats![
            "!cant|cannot|couldnt ~smile ~side", "smile ~crooked|lopsided|sideways",
            "!arrive|peut|peux ~plus|pas ~sourire", "sourire ~cote|travers|tordu",
            "!no ~puede|puedo ~sonreir", "sonrisa ~torcida|lado",
            "!kann ~nicht ~mehr ~lacheln", "lacheln|lachelt ~schief|seite",
            "!non ~riesce|riesco ~sorridere", "sorriso ~storto|lato",
            "!nao ~consegue|consigo ~sorrir", "sorriso ~torto|lado",
            "!kan ~niet ~meer ~lachen", "glimlach|lach ~scheef",
            "half|halve|halbe|halbes|metade|meia|mitad|meta|moitie ~face|cara|faccia|viso|visage|gesicht|gezicht ~fell|fallen|down|drooping|descaiu|descaida|caiu|caida|cayo|caido|cadut*|tombe*|hangt|hangend|schief|scheef|storta|torta|torcida",
        ],
    ),
    (
        // Words that make no sense, or speech "as if the mouth were full".
        Sig::SpeechLoss,
        pats![
            "words ~make|making|made ~no ~sense", "mots ~veulent ~rien ~dire", "mots ~sans ~sens",
            "palabras ~sin ~sentido", "worter ~ohne ~sinn", "parole ~senza ~senso", "palavras ~sem ~sentido",
            "woorden ~slaan ~nergens", "wirres ~zeug",
            // Speaking with a full mouth, not a mouth full of ulcers or blood.
            "talk*|speak*|speech|sounds|parle|parler|habla*|fala|falar|parla|parlare|spricht|sprechen|redet|praat|praten ~mouth|bouche|boca|bocca|mund|mond ~full|pleine|cheia|llena|piena|voll|vol",
        ],
    ),
    (
        // A fork or cup that falls from one hand: sudden arm weakness (a same-day look
        // alone; with a face or speech sign the stroke rules decide).
        Sig::Weakness,
        pats![
            "dropped|dropping|drops ~fork|cup|spoon|glass", "lache|lachait|tombe ~fourchette|tasse|verre|cuillere",
            "cair|caiu ~garfo|chavena|copo|colher", "cae|cayo|caer ~tenedor|taza|vaso|cuchara",
            "fallt|fiel|fallen ~gabel|tasse|glas|loffel", "cade|caduta|cadere ~forchetta|tazza|bicchiere|cucchiaio",
            "laat|liet ~vork|kopje|glas|lepel ~vallen",
        ],
    ),
    // --------------------------------------------------------- chest pain [MTS]
    (
        // A weight on the chest, or a hand held to it.
        Sig::ChestPain,
        pats![
            "weight|brick|elephant|boulder|stone ~on|sitting ~chest", "holding|clutching|grabbing|gripping ~chest",
            "macigno|masso|peso|morsa ~petto|torace", "petto ~macigno|masso|morsa", "tiene|teneva|stringe ~petto",
            "poids|pierre|etau ~poitrine", "tient|tenait|serre ~poitrine", "agarra|agarraba|aprieta ~pecho",
            "peso|piedra ~pecho", "halt|hielt|fasst|greift ~brust", "stein|gewicht ~brust",
            "agarra|segura|aperta ~peito", "pedra|peso ~peito", "houdt|greep|grijpt ~borst", "steen|gewicht ~borst",
        ],
    ),
    // --------------------------------------------- retention, cauda equina [NG59]
    (
        // Not a drop of urine, unable to pass water.
        Sig::UrineRetention,
        pats![
            "!not|cant|cannot|couldnt|unable|havent|hasnt ~pass ~water|urine", "!not ~drop ~urine|wee|pee",
            "!pas ~goutte ~urine|pipi", "!ni ~gota ~orina|pis", "!nem ~gota ~urina|xixi",
            "!kein|keinen ~tropfen ~urin", "!neanche|nemmeno ~goccia ~urina|pipi", "!geen ~druppel ~urine|plas",
        ],
    ),
    (
        // Numb around the back passage.
        Sig::SaddleNumb,
        pats![
            "round|around ~bottom|anus|passage ~numb", "rond|om ~anus|billen ~doof|gevoelloos",
            "autour ~anus ~engourdi*|insensible", "um ~after ~taub", "alrededor ~ano ~dormido|entumecido",
            "volta ~anus ~dormente",
        ],
    ),
    (
        // Stool lost without meaning to.
        Sig::Incontinence,
        pats![
            "ontlasting|poep ~verloren", "ontlasting|poep ~laten ~lopen", "lost ~control ~bowels|bowel|stool",
            "perdu ~selles", "stuhl ~verloren", "perdido ~heces", "perso ~feci", "perdi ~fezes",
        ],
    ),
    (
        // A belly tight as a drum.
        Sig::BellySwelling,
        pats!["belly|tummy|stomach|ventre|bauch|pancia|barriga|buik|vientre ~drum|tambour|trommel|tamburo|tambor"],
    ),
    // ------------------------------------------------------- consciousness [HI]
    (
        // Out cold for a few seconds.
        Sig::Unconscious,
        pats!["buiten ~westen|bewustzijn", "out ~cold", "knocked|blacked ~out ~seconds|minute|minutes"],
    ),
    (
        // The back of the head, or a head struck against something: with a fall on blood
        // thinners, the head is named [HI]. A context only, so "banging my head against
        // the wall" is no head injury by itself.
        Sig::HeadNamed,
        pats![
            "hinterkopf|achterhoofd|nuca|occiput",
            "head|kopf|tete|cabeza|testa|cabeca|hoofd ~against|gegen|contre|contra|contro|tegen",
        ],
    ),
    (
        // Everything spinning.
        Sig::Dizziness,
        pats!["gira ~tutto", "tout ~tourne", "todo ~vueltas", "alles ~dreht", "dreht ~sich ~alles", "tudo ~gira|roda", "alles ~draait", "everything ~spinning|spins|spinning"],
    ),
    // ---------------------------------------------------- a child and tablets [POIS]
    (
        // Tablets missing, how many taken unknown: a child's ingestion.
        Sig::Ingested,
        pats![
            "!dont|not ~know ~how ~many ~had|took|taken|swallowed|ate|eaten",
            "pack|packet|blister|bottle ~torn|ripped|chewed ~open",
        ],
    ),
    (
        // Seeing double, told in Portuguese ("vejo a dobrar").
        Sig::VisionChange,
        pats!["vejo|ve|ver|vendo|via ~dobrar|dobrado|duplo"],
    ),
    // ---------------------------------------------- retinal detachment [EYE]
    (
        // A blind or curtain drawn over part of the sight (not "shadows under the eyes").
        Sig::VisionChange,
        pats![
            "store|rideau ~oeil|vue|image", "oeil|vue|image ~store|rideau", "cortina|teia ~olho|vista", "cortina ~ojo|vista",
            "tenda ~occhio|vista", "vorhang ~auge", "gordijn ~oog", "curtain ~eye|sight",
        ],
    ),
];
