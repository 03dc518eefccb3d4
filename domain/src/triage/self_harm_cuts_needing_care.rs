//! A self-harm cut that needs physical care: deep, gaping, fat showing, or reopening. A
//! recent self-harm alone is a same-day talk; a person who has acted and is injured is an
//! emergency [MHF, NG225] (one row in `presentations.rs`: a deep cut with self-harm). The
//! depth in lay words ("deep and gaping", "fat showing", "grasa amarilla", "uma parte
//! amarela por dentro", "il taglio è largo", "si riapre"), the cut told as deeper than the
//! usual ones or than meant ("deeper than I meant", "más hondo que nunca", "tiefer als
//! sonst": both the act and the depth), and a cut wrist or self-inflicted hurt ("cut his
//! wrist", "mi sono fatta male da sola"). Tests, in other words than the corpus, with hard
//! negatives (a kitchen cut, a deep cut from a fall without self-harm, thoughts without an
//! injury, a paper cut on a wrist, a stitched wound healing), are in
//! `self_harm_cuts_needing_care_tests.rs`.

use super::lexicon::Sig;

/// A cut told deeper than usual or than meant: the act and the depth in one phrase.
const DEEPER_THAN_MEANT: &str = pats![
    "deeper ~than ~i ~meant|wanted|intended|usual|normal|ever|before",
    "!didnt|dont ~mean|meant|want ~to ~go|cut|be ~this|that|so ~deep",
    "mas ~hondo|profundo ~que ~nunca|normal|queria",
    "mas ~hondo|profundo ~de ~lo ~normal|que",
    "plus ~profond* ~habitude|prevu|voulu",
    "tiefer ~als ~sonst|gewollt|geplant|je",
    "piu ~profondo|profonda ~del ~solito|di ~quanto",
    "mais ~fundo|profundo ~que ~nunca|normal|queria",
    "dieper ~dan ~anders|ooit|bedoeling|gepland",
];

/// The depth of a cut in lay words, the act told plainly, and a cut deeper than meant.
pub(crate) const SELF_HARM_CUTS_NEEDING_CARE: &[(Sig, &str)] = &[
    (
        Sig::Laceration,
        pats![
            "deep ~and ~gaping", "gaping ~cut|wound|open", "cut|wound ~gaping|gapes",
            "fat ~showing|visible|inside|poking", "yellow ~fat", "see|seeing ~fat",
            "grasa amarilla", "ve ~grasa", "graisse ~jaune|visible", "voit ~graisse",
            "gelbes|gelbe ~fett", "sieht ~fett", "fett ~sichtbar", "grasso ~giallo|visibile", "vede ~grasso",
            "gordura ~amarela|aparecendo", "parte ~amarela ~dentro", "geel ~vet", "vet ~zichtbaar|zien",
            "cortei|cortou|cortaste ~fundo|profundo", "taglio ~largo|profondo|aperto", "si ~riapre",
        ],
    ),
    (
        // "not deep" told of the cut: a self-harm needing no physical care, the same-day
        // talk; the row below is written without it.
        Sig::Superficial,
        pats![
            "!not|isnt|wasnt|arent deep", "!not|isnt|wasnt|arent ~too|very|that ~deep",
            "!no|nao|non|nicht|niet|pas profundo|profunda|hondo|fundo|profondo|tief|diep|profond*",
            "!no|nao|non|nicht|niet|pas ~muy|muito|molto|sehr|erg|tres ~profundo|profunda|hondo|fundo|profondo|tief|diep|profond*",
        ],
    ),
    (Sig::Laceration, DEEPER_THAN_MEANT),
    (Sig::DarkThoughts, DEEPER_THAN_MEANT),
    (
        // A wrist cut told of oneself or a person. An accident ("cut my wrist on a glass")
        // reads the same: it is offered the same-day talk, the safer side. Hurt told as done
        // alone, in Italian (the other languages' reflexive cuts were read).
        Sig::DarkThoughts,
        pats![
            "cut|slit|slashed ~my|his|her|their ~wrist|wrists",
            "fatta|fatto ~male ~da ~sola|solo",
        ],
    ),
];
