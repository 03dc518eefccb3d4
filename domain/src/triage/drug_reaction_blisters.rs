//! Sores or blisters in the mouth or on the lips after a new medicine, with skin blisters, a
//! rash, a fever or red eyes: Stevens-Johnson syndrome or toxic epidermal necrolysis, which
//! begins with a fever and sore mouth and eyes days to weeks after starting a drug
//! (allopurinol, lamotrigine, carbamazepine, co-trimoxazole, an antibiotic) and is an
//! emergency [NICE CKS, consensus]. Mouth sores without a new medicine (hand, foot and mouth
//! disease, a cold sore, methotrexate ulcers, which have their own row) lift nothing here.
//! Tests, in other words than the corpus, with hard negatives, are in
//! `drug_reaction_blisters_tests.rs`.

use super::lexicon::Sig;

/// Mouth or lip sores, and a medicine just started or known for the reaction.
pub(crate) const DRUG_REACTION_BLISTERS: &[(Sig, &str)] = &[
    (
        Sig::MouthSores,
        pats![
            "sores|ulcers|blisters|llagas|aftas|ampollas|ulceras|aphtes|ulceres|cloques|bulles|blasen|geschwure|afte|piaghe|vesciche|feridas|bolhas|zweren ~mouth|lips|boca|labios|bouche|levres|mund|lippen|bocca|labbra|mond",
            "mouth|lips|labios|levres|lippen|labbra|lippen ~cracked|crusted|crusty|peeling|agrietados|costras|croutes|crevassees|aufgesprungen|verkrustet|screpolate|crosta|rachados|kloven",
        ],
    ),
    (
        Sig::NewMedicine,
        pats![
            "allopurinol|lamotrigin*|lamictal|carbamazepin*|tegretol|phenytoin*|fenitoin*|septrin|bactrim|cotrimoxazol*|trimethoprim|sulfamethoxazol*|nevirapin*",
            "started|starting|new|nuevo|nueva|empece|nouveau|nouvel|nouvelle|neues|neuen|nuovo|nuova|novo|nova|nieuw|nieuwe ~medicine|medication|tablets|antibiotic|antibiotics|medicamento|antibiotico|medicament|antibiotique|medikament|antibiotikum|farmaco|medicijn|antibioticum",
        ],
    ),
];
