//! Signs parents, pregnant women and new mothers type in French, Spanish, Italian and
//! German that the lexicon missed (batch 109): a fit told as "she was not answering" in
//! the past tense ("répondait plus", "no respondía", "non rispondeva"), waters breaking in
//! the present ("je perds les eaux"), a baby with only one or two wet nappies, cuts made on
//! an arm told with "do" ("se ha hecho cortes", "s'est fait des coupures"), a new mother who
//! says she is a bad mother, a scald told as a hot drink tipped over oneself, a head knock
//! and vomiting in Bavarian and Austrian ("Kopf angschlagn", "2x gspieben"), and "estoy
//! confundido" kept apart from "confundido con" (mistaken for). Each feeds a row the
//! presentation table already had. Look-alikes are hidden: hyaluronic acid near the eye is
//! a filler, not a chemical; a tooth socket gone grey is a dry socket, not grey skin.
//! Tests, in other words than the batch, with hard negatives, are in
//! `parents_and_pregnancy_lay_signs_tests.rs`.

use super::lexicon::Sig;

/// The signs, each read through an existing row.
pub(crate) const PARENTS_AND_PREGNANCY_LAY_SIGNS: &[(Sig, &str)] = &[
    (
        // Not answering, in the past tense: with shaking, a fit; alone, unresponsive [EPI].
        Sig::Unconscious,
        pats![
            "!repondait|reagissait ~plus|pas",
            "!no ~respondia|reaccionaba",
            "!non ~rispondeva|reagiva",
            "!reagierte|antwortete ~nicht|nimmer",
            "!reageerde ~niet|nergens",
            "!nao ~respondia|reagia",
        ],
    ),
    (
        // Waters breaking told in the present or the plural [NG25 via the pregnancy rows].
        Sig::WatersBroke,
        pats!["perds|perd|perdu|perte|pertes ~eaux", "perdo|perdendo|perdere ~acque", "pierdo|perdiendo ~aguas"],
    ),
    (
        // One, two or three wet nappies in a day: less urine in a baby [NG143 amber].
        Sig::LessUrine,
        pats![
            "only|just|nur|maar|so ~one|1|2|3|two|three|eine|einer|zwei|drei|een|twee|drie|uma|duas ~wet|nasse|nassen|natte|molhada|molhadas ~nappy|nappies|diaper|diapers|windel|windeln|luier|luiers|fralda|fraldas",
            "solo|sola|seulement|seule|so ~un|una|une|uma|uno|1|2|3|dos|tres|deux|trois|due|duas ~panal|panales|pannolino|pannolini|couche|couches|fralda|fraldas ~mojado|mojados|bagnato|bagnati|mouillee|mouillees|molhada|molhadas",
            "un|una|une ~solo|seul|seule ~panal|pannolino|couche ~mojado|bagnato|mouillee",
        ],
    ),
    (
        // Cuts made on oneself, told with "do" [NG225: a same-day assessment].
        Sig::DarkThoughts,
        pats![
            "se|me ~hecho|hace|hacia|hizo ~cortes ~brazo|brazos|munecas|piernas|muslos",
            "fait|faisait ~coupures|entailles ~bras|poignets|cuisses|jambes",
            "si|mi ~fatta|fatto|fa|faceva ~tagli ~braccio|braccia|polsi|gambe|cosce",
            "se|me ~fez|faz|fazia ~cortes ~braco|bracos|pulsos|pernas|coxas",
        ],
    ),
    (
        // A new mother who says she is a bad mother: low mood after birth [CG192].
        Sig::MentalCrisis,
        pats![
            "feel|feels|felt|says|said|thinks ~bad|terrible|awful|useless|rubbish|horrible ~mother|mum|mom",
            "dice|dit|dis|sagt|zegt|diz|siento|sens|sento|fuhle|voel|sinto ~pessima|cattiva|mauvaise|nulle|mala|pesima|schlechte|slechte|ma|pessima ~madre|mere|maman|mutter|mama|moeder|mae|mamma",
        ],
    ),
    (
        // A hot drink tipped over oneself: a scald [MTS burns].
        Sig::Burn,
        pats![
            "se|me ~echo|eche|tiro|tire|volco|volque|derramo|derrame|cayo ~encima ~caliente|hirviendo",
            "renverse|renversee ~chaud|chaude|bouillant|bouillante|brulant|brulante",
            "rovesciato|rovesciata|versato|versata ~addosso ~bollente|caldo|calda",
            "heissen|heisses|heisse|kochendes|kochend ~tee|kaffee|wasser|suppe ~gekippt|geschuttet|verschuttet",
            "derramou|entornou ~quente|fervendo|ferver",
        ],
    ),
    (
        // Bavarian and Austrian: a knocked head, vomiting ("speiben") [NG232].
        Sig::HeadInjury,
        pats!["kopf ~angschlagn|anghaut|angehaut|ogschlogn|angschlogn|angstessn"],
    ),
    (
        Sig::Vomiting,
        pats!["gspieben|gspiebn|gspiem|gespieben|speibt|gspeibt|speibn"],
    ),
    (
        // "estoy confundido y con manchas": not "confundido con" (mistaken for), which hides.
        Sig::Confusion,
        pats!["estoy|esta|estaba|anda|muy confundido|confundida"],
    ),
    (
        // Hyaluronic acid under the eye is a filler, not a chemical splash; a tooth socket
        // gone grey is a dry socket, not grey skin.
        Sig::Benign,
        pats![
            "acide|acido|hyaluronic ~hyaluronique|hialuronico|ialuronico|acid ~oeil|yeux|il|ojo|ojos|occhio|occhi|eye|eyes",
            // A clinic, a phone or messages that did not answer.
            "!repondait|respondia|rispondeva|antwortete|reageerde ~pas|plus|nicht|niet ~telephone|tel|telefono|telefon|telefoon|telefone|mail|mails|messages|mensajes|messaggi|nachrichten|berichten|portable|movil|handy|cellulare|whatsapp",
            "!clinica|recepcion|consulta|secretaria|segreteria|studio|telefono ~respondia|rispondeva",
            "!no|non ~respondia|rispondeva ~telefono|movil|mensajes|messaggi|cellulare|whatsapp|mail",
            "!clinique|cabinet|accueil|secretariat|telephone|praxis|klinik|rezeption|telefon ~repondait|antwortete|reagierte ~pas|plus|nicht",
            "buco|alveolo|trou|alveole|hueco|herida|buraco|socket|hole ~grigiastro|grigio|gris|grisatre|grisaceo|cinza|grey|gray|greyish",
        ],
    ),
];
