//! What a child swallowed, told the long way round (session 18d, batch 97): a battery
//! by its shape ("swallowed one of those little round watch batteries", "se tragó una
//! de esas pilas redondas"), and a sip of a descaler or another caustic ("einen Schluck
//! Entkalker erwischt", "une gorgée de détartrant"). A swallowed button battery burns
//! through the gullet within hours and a caustic burns the mouth and throat: "anyone,
//! especially a child, who may have swallowed something harmful" is an emergency even if
//! well [POIS]. Tests, in other words than the batch, with hard negatives (a battery
//! changed, a descaler bought, a sip of juice), are in `swallowed_lay_objects_tests.rs`.

use super::lexicon::Sig;

/// A battery by its shape, and a sip of a caustic, in seven languages.
pub(crate) const SWALLOWED_LAY_OBJECTS: &[(Sig, &str)] = &[
    (
        Sig::Overdose,
        pats![
            "swallowed|swallow|swallowing ~one|little|tiny|small|round|flat|coin|watch ~battery|batteries",
            "trago|tragado|trago ~pila|pilas|boton",
            "avale|avalee ~pile|piles ~bouton|ronde|montre",
            "verschluckt|geschluckt ~batterie|batterien|knopfzelle",
            "ingoiato|inghiottito ~pila|pile|pilette|batteria",
            "engoliu|engolido ~pilha|pilhas|bateria",
            "ingeslikt|doorgeslikt ~batterij|batterijtje|knoopcel",
        ],
    ),
    (
        Sig::Ingested,
        pats![
            "sip|swig|mouthful|gulp|taste ~descaler|bleach|cleaner|drain|oven|dishwasher",
            "schluck ~entkalker|reiniger|*reiniger|bleiche|spulmittel|waschmittel|lauge",
            "entkalker|reiniger|*reiniger ~getrunken|geschluckt|erwischt|probiert",
            "gorgee ~detartrant|javel|deboucheur|nettoyant|produit",
            "detartrant|deboucheur ~bu|avale",
            "trago|sorbo ~lejia|desatascador|antical|descalcificador|limpiador",
            "sorso|goccio ~anticalcare|candeggina|detersivo|sgrassatore|disgorgante",
            "anticalcare|disgorgante ~bevuto|ingoiato",
            "gole ~agua ~sanitaria|desentupidor|antical|detergente",
            "slok|slokje ~ontkalker|bleek|ontstopper|schoonmaakmiddel|allesreiniger",
            "ontkalker ~gedronken|ingeslikt|doorgeslikt",
        ],
    ),
];
