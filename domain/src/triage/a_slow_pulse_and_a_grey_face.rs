//! A pulse told as very slow, a face gone grey, and nearly falling on standing: the
//! signs that make a slow heart or a medicine taken in excess an emergency (a slow heart
//! with fainting or a grey, clammy face is one with shock coming; a blood pressure or
//! heart-rate medicine taken to excess with faintness or a slow pulse is a poisoning
//! with abnormal signs [POIS]). Grey joins `Pallor` in six languages (English had "gone
//! grey"), so the bleeding and chest rows that take pallor take it too. Tests, in other
//! words than the corpus, with hard negatives (grey weather, grey hair, a slow internet,
//! a trip on the stairs), are in `a_slow_pulse_and_a_grey_face_tests.rs`.

use super::lexicon::Sig;

pub(crate) const A_SLOW_PULSE_AND_A_GREY_FACE: &[(Sig, &str)] = &[
    (
        Sig::SlowPulse,
        pats![
            "pulse|heartbeat|heart ~really|very|so|super slow",
            "pouls ~tres|trop|super lent",
            "puls ~sehr|ganz|total|extrem langsam",
            "pulso|latido ~muy lento|lentisimo",
            "polso|battito ~molto|troppo lento|lentissimo",
            "pulso|batimento ~muito lento|lentinho",
            "hartslag|pols ~heel|erg|zo|super traag",
        ],
    ),
    (
        Sig::Pallor,
        pats![
            "tout|toute|visage|teint gris|grise|grisatre|cireux",
            "est gris|grise|grisatre",
            "aschgrau",
            "grau im gesicht",
            "ganz|total grau",
            "puso|cara|esta gris|grisaceo|grisacea|ceniza",
            "diventato|diventata|viso|faccia grigio|grigia|grigiastro|grigiastra|cinereo",
            "ficou|rosto|esta cinzento|cinzenta|acinzentado|acinzentada",
            "ziet|is|werd|gezicht grauw|grijs",
        ],
    ),
    (
        Sig::Dizziness,
        pats![
            "nearly|almost falls|fell|falling ~stands|standing|stood|gets",
            "manque|manquer|failli de tomber ~leve|debout",
            "casi se cae ~levanta|pie",
            "faellt|fallt fast um ~aufsteht|aufstehen",
            "beim aufstehen fast um|umgekippt",
            "quasi cade ~alza|piedi",
            "quase cai ~levanta|pe",
            "valt bijna ~opstaat|staan",
        ],
    ),
];
