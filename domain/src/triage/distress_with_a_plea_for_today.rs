//! Distress told with the intent denied and a plea to talk today: "I'm not going to do
//! anything, but can someone call me today", "würd mir nix tun, brauch heut jemand zum
//! reden", "não quero me machucar mas preciso falar com alguém hoje". The denial used to
//! negate the thoughts with the act and the message read routine; a person asking for a
//! talk the same day while saying they would not act is the same-day talk NG225 asks for
//! (row "distress with intent denied and a plea to talk today" in `presentations.rs`).
//! The plea alone lifts nothing ("can someone call me today about my invoice"). Tests, in
//! other words than the corpus, with hard negatives (a call about results or a bill, an
//! old episode, someone asking about a leaflet for later), are in
//! `distress_with_a_plea_for_today_tests.rs`.

use super::lexicon::Sig;

/// The denial of intent and the plea for a talk today, in seven languages.
pub(crate) const DISTRESS_WITH_A_PLEA_FOR_TODAY: &[(Sig, &str)] = &[
    (
        // Intent denied in the words people use [NG225]: each pattern names the act or
        // the doing, so "no pain" or "not going to the party" is not read.
        Sig::NoPlan,
        pats![
            "!not|never ~going ~to ~do ~anything",
            "!wouldnt|wont|never ~do ~anything",
            "!wouldnt|never ~hurt ~myself",
            "!not ~suicidal",
            "!not ~thinking ~of|about ~hurting ~myself",
            "!no ~thoughts ~of ~hurting|harming",
            "!dont ~want ~to ~die",
            "!dont ~think ~id ~act",
            "!dont ~think ~i ~would|will ~act",
            "!wont|wouldnt|not ~act ~on ~it|them",
            "!mir ~nix|nichts ~tun|antun",
            "!nix ~tun|antun",
            "!nichts ~antun",
            "!no ~haria ~nada",
            "!no ~voy ~a ~hacer ~nada",
            "!no ~quiero ~hacerme ~dano",
            "!ne ~vais ~rien ~faire",
            "!ne ~ferais|ferai ~rien",
            "!aucune ~pensee ~de ~faire ~du ~mal",
            "!non|nn ~farei|faro ~niente|nulla",
            "!non|nn ~penso ~di ~farmi ~del ~male",
            "!nao|n ~faria ~nada",
            "!nao|n ~vou ~fazer ~nada",
            "!nao|n ~penso ~em ~me ~machucar|magoar",
            "!nao|n ~quero ~me ~machucar|magoar",
            "!nao|n ~quer ~se ~machucar|magoar",
            "!ga|zou ~niks|niets ~doen",
            "!zou ~mezelf ~niks|niets ~aandoen",
            "!geen ~gedachten ~om",
        ],
    ),
    (
        // A talk or a call asked for today, in the words of a text [NG225, MHF].
        Sig::TalkToday,
        pats![
            "talk|speak ~to|with ~someone|somebody|anyone ~today",
            "speak ~someone ~today",
            "someone|somebody|anyone|gp|doctor|team ~call|ring|see ~me|him|her ~today",
            "someone|somebody|anyone|gp|doctor|team ~call|ring ~today",
            "call|ring ~me|him|her ~today",
            "who ~do|can|should ~i ~talk|speak ~to",
            "heut|heute ~jemand ~mit ~mir ~reden",
            "heut|heute ~jemand ~zum ~reden",
            "aimerais|voudrais|besoin|faut ~parler ~quelqu'un",
            "hablar ~con ~alguien ~hoy",
            "ayudar|ayudeis|ayudais ~hoy",
            "parlare ~con ~qualcuno ~oggi",
            "appuntamento ~oggi",
            "falar ~com|cmg ~alguem ~hoje|hj",
            "ajuda ~hoje|hj",
            "falar|conversar ~com ~alguem ~hoje|hj",
            "vandaag ~bellen|spreken|praten",
            "iemand ~vandaag ~bellen|spreken",
        ],
    ),
];
