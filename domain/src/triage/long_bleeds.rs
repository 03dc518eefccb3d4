//! Bleeding told by how long it has gone on: a nosebleed "for 40 mins", "seit einer
//! halben Stunde", a bleed held under pressure "the whole time". Bleeding not slowing
//! after about 10 minutes of firm pressure is an emergency [BLEED]; a nosebleed of 20
//! minutes or more has had that time. Written in the seven languages; tests, in other
//! words than the corpus, with hard negatives (a runny nose, a bleed that stopped, a
//! short one), are in `long_bleeds_tests.rs`.

use super::lexicon::Sig;

/// Findings: bleeding that has gone on too long.
pub(crate) const LONG_BLEEDS: &[(Sig, &str)] = &[(
    Sig::Haemorrhage,
    pats![
        // A nosebleed of 20 minutes or more, or of an hour ("half an hour" included).
        "nose|nosebleed|nosebleeds ~pouring|bleeding|gushing|streaming|pissing ~for|over|nearly|about ~#20 ~min|mins|minutes",
        "nose|nosebleed|nosebleeds ~pouring|bleeding|gushing|streaming|pissing ~for|over|nearly|about ~an|a|half ~hour|hours|hr|hrs",
        "nose|nosebleed|nosebleeds ~pouring|bleeding|gushing|streaming|pissing ~for ~#1 ~hour|hours|hr|hrs",
        "nosebleed|nosebleeds ~for|over ~#20 ~min|mins|minutes",
        "nosebleed|nosebleeds ~for|over ~an|a|half ~hour|hours",
        "nose ~bleed ~for|over ~#20 ~min|mins|minutes",
        "nose ~bleed ~for|over ~an|a|half ~hour|hours",
        // Pressure held throughout and still bleeding.
        "pinching|pinched|pressing|pressed|holding|held|squeezing ~the ~whole|entire ~time ~still|and ~bleeding|pouring",
        "pinching|pinched|pressing|pressed|holding|held|squeezing ~nose|soft ~the ~whole|entire ~time",
        "sangra|sangrando|sangre ~nariz ~desde|hace ~#20 ~minutos|min",
        "sangra|sangrando|sangre ~nariz ~desde|hace ~media|una ~hora",
        "saigne|saignement ~du ~nez ~depuis ~#20 ~minutes|min",
        "saigne|saignement ~du ~nez ~depuis ~une|demi ~heure|heures",
        "nasenbluten ~seit ~#20 ~minuten|min",
        "nasenbluten ~seit ~einer|ner|halben|ca ~stunde|stunden",
        "sangue ~dal ~naso ~da ~#20 ~minuti|min",
        "sangue ~dal ~naso ~da ~un|mezz|mezza|mezzora ~ora",
        "sangue ~dal ~naso ~da ~mezzora",
        "sangrando|sangue ~pelo|do ~nariz ~ha|faz ~#20 ~minutos|min",
        "sangrando|sangue ~pelo|do ~nariz ~ha|faz ~uma|meia ~hora",
        "bloedneus ~al|sinds ~#20 ~minuten|min",
        "bloedneus ~al|sinds ~een|half ~uur",
    ],
)];
