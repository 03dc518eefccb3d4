//! Signs in older people told by their carers, neighbours and home helps in the seven
//! languages (batch 122, session 22g in TRIAGE.md): a catheter that drains nothing or has
//! come out, no urine at all since the night, too breathless to say two words in a row,
//! found on the floor and not answering, shaking with the eyes rolled back, a pressure
//! on the chest told in Dutch and German, a plan to drive the car into a tree, a pressure
//! sore that has opened or smells. Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md`; the blocked catheter with a swollen, painful belly is a
//! row in `presentations.rs`. Tests in other words, with hard negatives, are in
//! `older_people_told_by_carers_tests.rs`.

use super::lexicon::Sig;

/// Findings told by the people who look after an older person.
pub(crate) const OLDER_PEOPLE_TOLD_BY_CARERS: &[(Sig, &str)] = &[
    // ------------------------------------------- a catheter draining nothing [AUR, NG51]
    (
        // A catheter that drains nothing or hardly anything, or has slipped out: urine
        // is kept in until a nurse unblocks or replaces it, a same-day visit. With a
        // swollen, painful belly the retention row reads an emergency.
        Sig::LessUrine,
        pats![
            "catheter ~drained|draining|drains ~hardly|barely|nothing|little",
            "catheter|catheters ~fell|came|come|slipped|pulled ~out",
            "!catetere ~non ~scarica|drena|butta",
            "catetere ~uscito|sfilato|caduto",
            "!sonda ~no ~drena|sale|echa ~nada",
            "sonda ~se ~ha ~salido|caido",
            "!sonde ~ne ~coule|draine ~plus|pas|rien",
            "sonde ~sortie|tombee|arrachee",
            "!katheter ~lauft|fordert ~nichts|kaum",
            "katheter ~rausgerutscht|herausgerutscht|rausgefallen",
            "!cateter|sonda ~nao ~drena|sai ~nada",
            "cateter ~saiu|caiu",
            "!katheter ~loopt|produceert ~niks|niets|nauwelijks",
            "katheter ~eruit ~gegleden|gevallen|getrokken",
        ],
    ),
    (
        // No urine at all since the night before, told with "could not" and "nothing"
        // (the "cannot pass urine" reading is already there in the present tense).
        Sig::UrineRetention,
        pats![
            "!no ~podido ~orinar|mear ~nada",
            "!nao ~conseguiu ~urinar|mijar ~nada",
            "!konnte|kann ~nichts ~wasser ~lassen",
            "!niets ~kunnen ~plassen",
            "!couldnt|hasnt|havent ~passed|pass ~any ~urine|water ~since",
        ],
    ),
    // ---------------------------------------- too breathless for two words [BTS, MTS]
    (
        // Not two words in a row: a sentence cannot be finished, acute severe
        // breathlessness (BTS); with the negation, so a chatty "two words" stays out.
        Sig::CantFinishSentence,
        pats![
            "!non ~riesce ~dire ~due|2 ~parole ~fila|seguito",
            "!no ~puede ~decir ~dos|2 ~palabras ~seguidas",
            "!pas ~dire ~deux|2 ~mots ~affilee|suite",
            "!keine ~zwei|2 ~worte|worter ~am ~stuck|hintereinander",
            "!nao ~consegue ~dizer ~duas|2 ~palavras ~seguidas",
            "!geen ~twee|2 ~woorden ~achter ~elkaar|achtereen",
            "!cant|cannot ~say ~two|2 ~words ~in ~a ~row|together",
        ],
    ),
    // ------------------------------------------------- found down, not answering [MTS]
    (
        // Found on the floor (the infinitive the existing perfect lacks: "je viens de la
        // trouver par terre") and not answering when called, told with French "ne ... pas"
        // which the negation cue would otherwise take.
        Sig::Unconscious,
        pats![
            "la|le|l ~trouver ~par ~terre",
            "la|le|l ~trouver ~au ~sol",
            "!ne|n ~repond|reagit ~pas|plus ~quand|lorsque ~je|on ~l|la|le|lui ~appelle",
        ],
    ),
    // --------------------------------------------- a fit told by what is seen [EPI]
    (
        // Shaking all over with the eyes rolled back: a seizure told by the onlooker. The
        // eyes alone are also an eye-roll ("poner los ojos en blanco"), so the shaking is
        // part of the pattern.
        Sig::Seizure,
        pats![
            "temblando|tiembla|sacudidas|convulsionando ~ojos ~en ~blanco",
            "ojos ~en ~blanco ~temblando|tiembla|sacudidas",
            "tremble|secousses ~yeux ~revulses",
            "yeux ~revulses ~tremble|secousses",
            "trema|tremava|scatti ~occhi ~rovesciati|girati|indietro",
            "occhi ~rovesciati|girati ~trema|tremava|scatti",
            "zittert|zuckt|zuckungen ~augen ~verdreht",
            "augen ~verdreht ~zittert|zuckt|zuckungen",
            "treme|tremendo|tremia ~olhos ~revirados",
            "olhos ~revirados ~treme|tremendo|tremia",
            "trilt|schokt|schokken ~ogen ~weggedraaid",
            "ogen ~weggedraaid ~trilt|schokt|schokken",
            "shaking|jerking|twitching ~eyes ~rolled",
            "eyes ~rolled ~back ~shaking|jerking|twitching",
        ],
    ),
    // ---------------------------------------------- a pressure on the chest [CG95]
    (
        // "Het drukt op haar borst", "es drückt auf der Brust": chest pain told by its
        // pressing, in Dutch and German.
        Sig::ChestPain,
        pats![
            "drukt|drukken|drukte ~op ~de|haar|zijn|mijn ~borst",
            "druckt|drucken|druckte ~auf ~der|die|seiner|ihrer|meiner ~brust",
        ],
    ),
    // -------------------------------------- a plan to drive into a tree [MHF, consensus]
    (
        // Saying they will drive the car into a tree or a wall: a suicide plan with the
        // means at hand. The infinitive and the future; a crash told in the past
        // ("tegen een boom gereden", "crashed into a wall") is an injury, not here.
        Sig::Suicidal,
        pats![
            "drive|crash|steer ~car|himself|herself|myself|it ~into|off ~a ~tree|wall|bridge",
            "tegen ~een|de ~boom|muur ~rijden|aanrijden|knallen",
            "gegen ~einen|eine|die|den ~baum|wand|mauer ~fahren|rasen|setzen",
            "estrellarse|estrellarme|estrellar ~contra ~un|una ~arbol|muro|pared",
            "foncer|encastrer|planter ~dans|contre ~un ~arbre|mur",
            "schiantarsi|schiantarmi|schiantare ~contro ~un ~albero|muro",
            "jogar|atirar ~carro ~contra ~uma|um ~arvore|muro|parede",
        ],
    ),
    // ----------------------------------- a pressure sore opened or smelling [NG141]
    (
        // A pressure sore (bedsore) that has opened, smells or leaks: infected, a
        // same-day look by the nurse or the doctor.
        Sig::Infection,
        pats![
            "pressure ~sore|ulcer ~smells|smelly|opened|oozing|weeping",
            "bedsore ~smells|smelly|opened|oozing|weeping",
            "doorligplek|decubitus|decubituswond ~opengegaan|open|ruikt|stinkt|lekt",
            "escarre ~sent|pue|coule|ouverte|noire|noir",
            "escara ~huele|supura|abierta|negra",
            "piaga|decubito ~puzza|odore|aperta|nera|bolla",
            "dekubitus|druckgeschwur|wundliegen ~riecht|stinkt|offen|schwarz|nasst",
            "escara ~cheira|aberta|preta",
            "ulcera ~de ~pressao ~cheira|aberta|preta|supura",
        ],
    ),
];
