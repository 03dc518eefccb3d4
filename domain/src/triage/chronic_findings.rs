//! Chronic conditions that change what a reading or a symptom means (session 15c, batch
//! 82: people with heart failure, kidney failure, COPD, Addison's, a mechanical valve or
//! on chemotherapy reporting readings and medicines on phones), and lay words for the
//! signs they report. Each entry is a concept in the seven languages, in the syntax of
//! [`super::matcher`]; the rules that use them are in `presentations.rs` ("Session 15c").

use super::lexicon::Sig;

/// Contexts, findings and non-symptoms for chronic conditions.
pub(crate) const CHRONIC_FINDINGS: &[(Sig, &str)] = &[
    (
        Sig::HeartFailure,
        pats![
            "heart failure", "hf", "chf", "weak|failing heart", "fluid ~tablets|pills", "insuficiencia cardiaca",
            "insuffisance cardiaque", "herzinsuffizienz|herzschwache", "scompenso ~cardiaco", "insufficienza cardiaca",
            "insuficiencia|insuficiencia cardiaca", "hartfalen|hartfalen", "hartzwakte", "furosemide|furosemid|bumetanide|lasix",
        ],
    ),
    (
        Sig::Dialysis,
        pats!["dialysis|haemodialysis|hemodialysis", "dialisis|hemodialisis", "dialyse|dialyse|dialyse", "dialysiert|dialysepatient*", "dialisi|emodialisi", "dialise|hemodialise", "dialysepatient"],
    ),
    (
        // A session missed, skipped or cut short; with dialysis in the message, a missed
        // dialysis ("missed friday and monday sessions", "raté 2 séances").
        Sig::MissedSession,
        pats![
            "missed|skipped|miss|skip|cancelled ~dialysis|session|sessions|run|runs", "dialysis ~missed|skipped|cancelled",
            "perdi|falte|salte|perdio|falto|salto ~dialisis|sesion|sesiones", "rate|manque ~dialyse|seance|seances",
            "dialyse|seance|seances ~ratee|ratees|manquee|manquees|annulee", "dialyse ~verpasst|ausgefallen|abgesagt",
            "verpasst|versaumt ~dialyse|sitzung", "saltato|perso|saltata ~dialisi|seduta|sedute", "dialisi ~saltata|persa",
            "perdi|faltei ~dialise|sessao", "gemist|overgeslagen ~dialyse|sessie", "dialyse ~gemist|overgeslagen",
        ],
    ),
    (
        Sig::Copd,
        pats!["copd", "emphysema", "epoc", "bpco", "enfisema", "emphyseme", "bpco", "lungenemphysem", "broncopneumopatia", "dpoc", "longemfyseem"],
    ),
    (
        Sig::AdrenalInsufficiency,
        pats![
            "addison|addisons", "adrenal insufficiency|crisis", "hypopituitarism", "insuficiencia suprarrenal",
            "insuffisance surrenal*", "nebenniereninsuffizienz", "insufficienza surrenal*", "bijnierinsufficientie",
            "morbus addison", "ziekte van addison", "enfermedad de addison", "maladie d addison", "malattia di addison",
        ],
    ),
    (
        Sig::MechanicalValve,
        pats![
            "mechanical|metal|artificial ~valve", "valve replacement", "valvula ~mecanica|metalica", "valve ~mecanique",
            "mechanische|kunstliche ~herzklappe|klappe", "kunstklappe", "valvola ~meccanica", "mechanische|kunst ~klep|hartklep",
        ],
    ),
    (
        // Pink frothy sputum: fluid on the lungs (acute heart failure), an emergency.
        Sig::Breathing,
        pats![
            "pink ~frothy|froth|foam|foamy", "frothy ~pink", "espuma ~rosa|rosada", "mousse|ecume ~rose|rosee|rosatre",
            "rosa|rosafarbener ~schaum", "schaum ~rosa", "schiuma ~rosa|rosata", "espuma ~rosa|rosada", "roze ~schuim", "schuim ~roze",
        ],
    ),
    (
        // Sleeping sitting up because lying flat takes the breath (orthopnoea).
        Sig::CantLieFlat,
        pats![
            "sleeping|sleep|slept ~upright|sitting|propped", "sleep ~in ~the|a ~chair", "dors|dormir|dormi ~assis|assise",
            "duermo|dormir|dormi ~sentado|sentada", "schlafe|schlafen ~im ~sitzen|sitzend", "dormo|dormire ~seduto|seduta",
            "durmo|dormir ~sentado|sentada", "slaap|slapen ~rechtop|zittend", "zit ~rechtop",
        ],
    ),
    (
        Sig::Shaking,
        pats!["ril|ril helemaal", "rillen|rilling|rillingen", "koude rillingen", "schuttelfrost", "tiritona|tiritando", "frissons"],
    ),
    (
        // Chemotherapy named by its days after, or by a low white count.
        Sig::Chemotherapy,
        pats![
            "after|post|since ~chemo|chemotherapy", "neutrophils|neutrophil|neutropenic|neutropenia", "neutrophile|neutropenie",
            "neutrofilos|neutropenia", "neutrophiles", "neutrofili", "neutrofielen", "nach ~der ~chemo", "apres ~la ~chimio",
            "despues ~de ~la ~quimio", "dopo ~la ~chemio", "na ~de ~chemo",
            "vorige|afgelopen|last|letzte|letzten|derniere|pasada|scorsa ~week|woche|semaine|semana|settimana ~chemo|chimio|quimio|chemio|chemokuur",
        ],
    ),
    (
        // Coffee-ground vomit is old blood from the stomach.
        Sig::BloodFromMouth,
        pats![
            "coffee ~ground|grounds|granules", "posos|poso ~de ~cafe", "marc ~de ~cafe", "kaffeesatz*", "fondi ~di ~caffe",
            "borra ~de ~cafe", "koffiedik",
        ],
    ),
    (
        // Legs that no longer hold the person up; a heart that misses beats or does strange
        // things (palpitations).
        Sig::Weakness,
        pats![
            "legs ~wont|dont|cant ~hold|carry", "jambes ~ne ~portent ~plus", "piernas ~no ~me ~sostienen", "beine ~tragen ~nicht",
            "gambe ~non ~reggono", "benen ~dragen ~niet", "legs ~heavy ~and ~weak", "debolissimo|debolissima", "legs ~weak",
        ],
    ),
    (
        Sig::HeartRate,
        pats![
            "coeur ~fait ~des ~rates", "cuore ~fa ~cose ~strane", "heart ~doing ~flutters|funny|weird", "palpitations|palpitaciones|palpitazioni|palpitacoes|palpitaties",
            "herzstolpern|herzrasen", "fluttery|flutters|fluttering",
        ],
    ),
    (
        // Words that only look like symptoms: a rule that confuses, being paranoid about
        // a reading, a run of months free of fits.
        Sig::Benign,
        pats![
            "confuses|confusing ~me", "confused ~by|about ~the|how|what|which|when|whether", "being|bit|im|am ~paranoid",
            "seizure|seizures|fit|fits ~free", "anfallsfrei", "sin ~crisis ~desde", "sans ~crise|crises ~depuis", "aanvalsvrij",
            "libero ~da ~crisi", "sem ~crises",
        ],
    ),
];
