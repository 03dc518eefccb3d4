//! Carbon monoxide told only by its source: the symptoms began "since we lit the butane
//! stove", "depuis qu'on a allumé le chauffage au gaz", "desde que ligámos o esquentador".
//! A household with headaches, dizziness or vomiting together, from a flame heater, a
//! water heater or a barbecue indoors, is poisoning [POIS]; the existing row asks two of
//! those signs beside the source, so a heater named alone (a boiler to service) lifts
//! nothing. Tests, in other words than batch 133, with hard negatives (a boiler service
//! booked, a heater asked about for a waiting room, a headache with an electric heater
//! off), are in `fumes_from_a_heater_or_stove_tests.rs`.

use super::lexicon::Sig;

/// A flame heater, water heater or charcoal indoors, in seven languages.
pub(crate) const FUMES_FROM_A_HEATER_OR_STOVE: &[(Sig, &str)] = &[(
    Sig::Fumes,
    pats![
        "butane|propane|paraffin|kerosene ~heater|stove|fire",
        "bbq|barbecue|charcoal ~inside|indoors|tent|garage",
        "estufa|calentador|brasero ~de ~butano|gas|propano|lena|carbon",
        "chauffage|chauffe|poele|radiateur ~au|a ~gaz|petrole|fioul",
        "chaudiere|brasero",
        "aquecedor|braseira|braseiro ~a|de ~gas|butano|carvao|lenha",
        "esquentador|caldeira",
        "stufa|caldaia|braciere ~a|al|del ~gas|pellet|carbone|kerosene",
        "scaldabagno|caldaia",
        "gasheizer|heizpilz|holzkohlegrill|therme",
        "petroleumkachel|gaskachel|geiser|cv ~ketel",
    ],
)];
