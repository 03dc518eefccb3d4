//! A household product a child got into, told by the product and by who the child is. The
//! dishwasher products (tablets, powder, rinse aid), the drain unblocker and the kettle or
//! limescale descaler ("anticalcare", "ontkalker", "détartrant") are corrosive
//! [POIS]; "a little brother" or "mijn zusje" is a child as much as "my son" is. With these,
//! the presentation table's existing rows decide: a child with a caustic chemical who
//! drools, coughs or cannot swallow, a caustic swallowed with coughing or a sore mouth, a
//! child who swallowed something harmful. Tests, in other words than the corpus, with hard
//! negatives (dish soap on the hands, an adult brother, rinse aid bought), are in
//! `household_chemicals_in_a_child_tests.rs`.

use super::lexicon::Sig;

/// The corrosive household products, a mouth burnt by them, and a younger sibling as a child.
pub(crate) const HOUSEHOLD_CHEMICALS_IN_A_CHILD: &[(Sig, &str)] = &[
    (
        // Named only as taken: the product words by themselves are a question or a shopping
        // list ("which dishwasher tablets are safe?"), and a chemical mentioned is read as
        // a poisoning.
        Sig::Chemical,
        pats![
            "drank|drunk|swallowed|ate|eaten|chewed|bit|sucked|licked|gulped|bebio|trago|comio|chupo|mordio|bu|avale|croque|suce|getrunken|geschluckt|gekaut|gelutscht|bevuto|ingoiato|masticato|succhiato|bebeu|engoliu|mastigou|chupou|gedronken|ingeslikt|gekauwd|gelikt ~rinse|unblocker|dishwasher|klarspuler|klarspueler|glansspoelmiddel|abrillantador|abrilhantador|brillantante|lavavajillas|lavastoviglie|spulmaschinentab*|vaatwas*|afwasmiddel|rincage|descaler|anticalcare|ontkalker|entkalker|detartrant|antical|descalcificador|anticalcario",
            "rinse|unblocker|dishwasher|lavavajillas|lavastoviglie|vaatwas*|afwasmiddel ~in ~his|her|its|zn|zijn|haar|de|su|la|sa|seinen|ihren|den|bocca ~mouth|mond|boca|bouche|mund|bocca",
        ],
    ),
    (
        // A descaler drunk is a corrosive taken, as the dishwasher products are
        // (`findings.rs`), for the child rows.
        Sig::Ingested,
        pats!["drank|drunk|swallowed|bebio|trago|bu|avale|getrunken|geschluckt|bevuto|ingoiato|bebeu|engoliu|gedronken|ingeslikt ~descaler|anticalcare|ontkalker|entkalker|detartrant|antical|descalcificador|anticalcario"],
    ),
    (
        // A mouth red or raw after a caustic: burnt [POIS]. Not blisters: the burn
        // patterns read those ("blaren", "cloques") and a context here would take them.
        Sig::CausticHarm,
        pats!["mouth|mond|boca|bouche|mund|bocca ~red|raw|rood|rot|rossa|roja|vermelha|rouge"],
    ),
    (
        Sig::Child,
        pats![
            "little|baby|younger|kid ~brother|sister|bro|sis", "hermanito|hermanita|hermano pequeno|hermana pequena",
            "petit frere|petite soeur", "bruderchen|schwesterchen|kleiner bruder|kleine schwester", "fratellino|sorellina",
            "irmaozinho|irmazinha", "broertje|zusje",
        ],
    ),
];
