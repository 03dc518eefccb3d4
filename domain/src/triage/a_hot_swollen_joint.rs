//! A joint suddenly hot, red and swollen (gout or an infected joint), told by the joint and
//! its heat ("grote teen dik rood en gloeit", "il ginocchio gonfio e scotta") or by the
//! bedsheet it cannot bear: a same-day look [consensus: a hot swollen joint]. The heat is
//! told as burning or glowing only: "hot", "chaud", "caldo", "heiss", "heet", "quente" are
//! also the weather ("chevilles gonflées quand il fait chaud"). `Sig::HotSwelling` is
//! urgent by itself. Tests in other words, with negatives (a warm compress, ankles swollen
//! in the heat, a knee swollen last year), are in `a_hot_swollen_joint_tests.rs`.

use super::lexicon::Sig;

/// A hot swollen joint, or one the bedsheet hurts, in seven languages.
pub(crate) const A_HOT_SWOLLEN_JOINT: &[(Sig, &str)] = &[(
    Sig::HotSwelling,
    pats![
        "teen|knie|enkel|pols|gewricht ~dik|gezwollen|rood ~gloeit|gloeiend",
        "toe|knee|ankle|wrist|joint ~swollen|red ~burning",
        "alluce|dito|ginocchio|caviglia|polso|articolazione ~gonfio|gonfia|rosso|rossa ~scotta|bollente",
        "dedao|joelho|tornozelo|pulso|articulacao ~inchado|inchada|vermelho|vermelha ~queimando|pelando",
        "dedo|rodilla|tobillo|muneca|articulacion ~hinchado|hinchada|rojo|roja ~arde|ardiendo",
        "orteil|genou|cheville|poignet|articulation ~gonfle|gonflee|rouge ~brulant|brulante",
        "zeh|zehe|knie|knochel|gelenk ~geschwollen|dick|rot ~gluht|glueht",
        "!kan ~geen ~laken|deken ~op ~hebben|verdragen",
        "!cant|cannot ~bear|stand ~the ~sheet|sheets|duvet|blanket ~on|touching",
        "!non ~sopporto ~neanche ~il ~lenzuolo",
        "!no ~soporto ~ni ~la ~sabana",
        "!supporte ~pas ~meme ~le ~drap",
        "!nicht ~mal ~die ~bettdecke ~ertragen",
        "!nao ~aguento ~nem ~o ~lencol",
    ],
)];
