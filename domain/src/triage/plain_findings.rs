//! Lay words and contexts added in session 12 (TRIAGE.md): a clinician's verdict told
//! in the next sentence, and the concepts blind batches 49-50 found missing (English as
//! a second language and from older writers, red flags concept by concept). Kept apart
//! so the larger findings files do not grow; each entry is a concept with its words in
//! the seven languages, in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings and contexts added in session 12.
pub(crate) const PLAIN_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------- a clinician's verdict
    (
        // "The cardiologist did the ECG, it was muscular": the verdict that a pain was
        // the muscles, in the seven languages. A context only: it dates nothing by
        // itself (see `scope/across.rs`).
        Sig::Reviewed,
        pats![
            "muscular|musculoskeletal|musculaire|muskular|muskulaer|muscolare|musculair|muscular",
            "muscle|muscles|muscolo|muscolare|musculo|muskel|spier ~only|just|solo|seulement|nur|alleen|apenas",
        ],
    ),
    // ------------------------------------------------------------ batches 49-50
    (
        // An idiom, not a symptom: "nearly had a fit when I saw the parking fine", "j'ai
        // failli faire un AVC en voyant la facture". Hides the finding inside it.
        Sig::Benign,
        pats![
            "nearly|almost ~had ~fit|stroke|seizure|heartattack", "nearly|almost ~had ~heart attack",
            "failli ~faire|avoir ~avc|crise|infarctus",
            "casi ~me ~da ~infarto|ataque|algo", "quase ~tive|tenho|me deu ~ataque|infarto|avc",
            "bijna ~hartaanval|beroerte|hartverzakking", "fast ~herzinfarkt|schlaganfall|herzkasper",
            "quasi ~infarto|ictus|colpo",
        ],
    ),
    (
        // "wrong number", "remove my number": a phone number, not numbness (the stem
        // "numb*"). Ignored like a clinic's phrase: not a clinical topic either.
        Sig::ClinicIgnore,
        pats!["wrong|my|your|phone|mobile|contact|new|this number|numbers"],
    ),
    (
        // Bleeding in jets or spurts is arterial: severe whatever else is said [BLEED].
        Sig::Severe,
        pats![
            "in|coming ~jets|spurts", "jets|spurts ~blood", "spurts|spurted",
            "a ~chorro|chorros", "gicle|giclee|giclent", "en ~jet|jets", "spritzt|spritzen|schiesst",
            "zampilla|zampillano|zampilli", "a ~fiotti", "esguicha|esguichando|jorra|jorrando",
            "spuit|spuiten|gutst",
        ],
    ),
    (
        // Blue lips in Portuguese phone typing: "roxinho nos labios" [NG143, BTS].
        Sig::Breathing,
        // Not "um roxo no lábio", a bruise on the lip after filler (singular "roxo").
        pats!["roxinho|roxinha ~labio|labios|boca|boquinha", "labios ~roxos|roxas|roxinhos", "boca ~roxa|roxinha"],
    ),
    (
        // "La fontanela esta abultada" [NG143].
        Sig::Fontanelle,
        pats!["fontanela ~abultada|tensa|abombada", "mollera ~abultada|hinchada|hundida"],
    ),
    (
        // Ashen told as a colour: "he looks grey colour". Not grey hair [NG51].
        Sig::Mottled,
        // Only with "colour", "skin" or "face": "looks grey and nauseous" after egg
        // collection was read as ashen above its urgent label.
        pats!["looks|looking|look|gone|went|turned|turning ~grey|gray ~colour|color|skin|face", "grey|gray ~colour|color"],
    ),
    // ------------------------------------------------------- session 10's list
    (
        // "Brûlures en faisant pipi", "ça brûle quand je fais pipi": burning urine, read
        // as a burn before (the burn is dropped where this phrase is, see `scope.rs`).
        Sig::UrinaryInfection,
        pats!["brulure*|brule|brulent|brulant ~uriner|pipi|urine|miction", "pipi|uriner ~brule|brulure*"],
    ),
    (
        // Dutch hypotheticals that cannot also mean "when": "wat als", "stel dat", "voor het
        // geval", "mocht" (bare "als" is also "when" and "as", so it is left out).
        Sig::Hypothetical,
        pats!["wat als", "stel dat", "voor het geval", "mocht|mochten"],
    ),
];
