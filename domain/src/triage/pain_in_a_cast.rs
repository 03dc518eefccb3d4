//! A limb in a cast with pain out of proportion, told in the words people use: the cast
//! told as a verb or after the limb ("leg in plaster", "engessaram a perna", "ihm das Bein
//! eingegipst"), pain that a named painkiller does not touch or that holds "even with" it
//! ("el tramadol no me hace nada", "trotz Schmerzmitteln", "mesmo com remédio"), and
//! tingling or icy toes and fingers ("los dedos me hormiguean", "dedos gelados"). With a
//! cast, two of these are the compartment-syndrome row the table already has [BOAST]
//! (pain worse despite painkillers, pins and needles, a tight cast). Tests, in other words
//! than the corpus, with hard negatives (an itchy cast, a cast off, a sticking plaster,
//! tingling fingers at night, painkillers that work), are in
//! `pain_in_a_cast_tests.rs`.

use super::lexicon::Sig;

/// The cast as a verb or after the limb, painkillers that fail, tingling or icy digits.
pub(crate) const PAIN_IN_A_CAST: &[(Sig, &str)] = &[
    (
        // "in plaster" after the limb ("in" is not a token; the lexicon read "plaster" only
        // before the limb).
        Sig::Cast,
        pats![
            "arm|leg|wrist|ankle|foot|hand plaster",
            "engessad*|engessaram|engessou|enyesad*|enyesaron|eingegipst|gegipst|ingessat*|ingessato|platre|platree|gegipst",
            "in het gips|gips zit",
        ],
    ),
    (
        // Pain that holds even with painkillers, and the stronger painkillers named as
        // failing: "pain out of proportion, worse despite painkillers" [BOAST].
        Sig::AnalgesiaFailing,
        pats![
            "even with|despite ~painkillers|paracetamol|ibuprofen|codeine|codamol|tramadol|morphine",
            "tramadol|codeine|morphine|oramorph ~not|isnt|arent|doing ~helping|touching|nothing|working",
            "!tramadol|nolotil|metamizol|codeina|morfina ~no ~hace|hacen ~nada",
            "incluso|aun ~con ~calmantes|analgesicos|ibuprofeno|paracetamol|tramadol|nolotil",
            "meme|malgre ~avec ~antidouleur*|doliprane|tramadol|paracetamol|ibuprofene",
            "trotz ~schmerzmittel*|ibuprofen|tramadol|novalgin|paracetamol",
            "anche ~con|nonostante ~antidolorific*|tachipirina|tramadolo|tramadol|ibuprofene",
            "mesmo ~com ~remedio|remedios|analgesico*|dipirona|paracetamol|tramadol",
            "ondanks|zelfs ~met ~pijnstillers|paracetamol|tramadol|ibuprofen",
        ],
    ),
    (
        // "agony" as severe: the lexicon's stem "agoni*" reads "agonising" but not the noun.
        Sig::Severe,
        pats!["agony"],
    ),
    (
        // Tingling told of the toes or fingers. Tingling alone is common (a hand asleep at
        // night), so it counts as a loss of feeling, which lifts nothing alone; with a cast
        // and severe pain it is the compartment row.
        Sig::LimbNoFeeling,
        pats![
            "dedos ~hormiguean|hormigueo", "orteils|doigts ~fourmill*",
            "dita ~formicolano|formicolio", "dedos ~formigando|formigam", "tenen|vingers ~prikkelen",
        ],
    ),
    (
        // Icy toes and fingers (the lexicon read cold, white and blue ones).
        Sig::LimbCompromise,
        pats![
            "dedos ~helados|congelados", "orteils|doigts ~glaces|geles", "zehen|finger ~eiskalt|eisig",
            "dita ~gelate|ghiacciate", "dedos ~gelados|congelados", "tenen|vingers ~ijskoud",
        ],
    ),
];
