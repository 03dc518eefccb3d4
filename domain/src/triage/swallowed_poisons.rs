//! A child who drank, chewed or had in the mouth a household poison or someone's
//! medicine, told in lay words the lexicon lacked: the verb a few words from the product
//! ("drinking from the bottle of toilet cleaner", "ha bebido de una botella que tenía
//! lejía", "aan het flesje lampolie gezeten"), the product named by its everyday name
//! (lavandina, lampolie, a detergent capsule, a mothball, a button battery, a fentanyl
//! patch), pills missing from a blister pack. A child who may have swallowed something
//! harmful is an emergency even when well [POIS]; the presentation table combines
//! `Ingested` with a child, and a child who "seems fine" still counts (the harm of a
//! battery, a heart tablet or an antidepressant comes hours later).
//!
//! Ingested alone is a same-day look, so the medicine patterns use the verbs of a child
//! (ate, chewed, had in the mouth), not of an adult taking a dose ("took my pills",
//! "pillen ingenomen"). Tests, in other words than the corpus, with hard negatives, are in
//! `swallowed_poisons_tests.rs`.

use super::lexicon::Sig;

/// Swallowing, drinking or chewing a household poison or a medicine.
pub(crate) const SWALLOWED_POISONS: &[(Sig, &str)] = &[
    (
        Sig::Ingested,
        pats![
            // English: the verb, then the product within a few words.
            "drink|drinking|drinks|drank|swallow|swallowed|swallowing|chewing|chewed|bit|bitten|biting|sucking|sucked|licking|licked|ate|eaten ~bleach|cleaner|detergent|pod|pods|capsule|capsules|mothball|mothballs|naphthalene|paraffin|kerosene|eliquid|antifreeze|weedkiller|dishwasher|descaler|turps",
            "swallow|swallowed|chewing|chewed|bit|bitten|sucking|sucked ~battery|batteries|magnet|magnets|patch",
            "lamp ~oil ~drink|drinking|drank|swallowed",
            "drink|drinking|drank|swallowed ~lamp ~oil",
            "chewing|chewed|sucking|sucked ~blister|tablets|pills|sertraline|citalopram|fluoxetine|amitriptyline|tramadol|codeine|oxycodone|morphine|melatonin|propranolol|amlodipine|digoxin|diazepam|zopiclone|paracetamol|ibuprofen",
            "eaten|ate ~some ~of ~his|her|my|nans|nannas|grans|grandads|dads|mums ~tablets|pills|meds|medicine|sertraline|citalopram|amitriptyline|tramadol|iron",
            "battery|batteries|mothball|mothballs|pod|tablet|tablets|pill|pills ~in ~his|her|their|the ~mouth",
            "put|popped ~mothball|battery|button|pod|tablet|tablets|pill|pills ~in ~mouth",
            "heart|bp|pressure ~pills|tablets ~in ~her|his ~mouth",
            "#1 ~gone|missing ~from ~blister|strip|pack|packet",
            "blister|strip|pack ~with ~#1 ~gone|missing", "blister|strip|pack ~#1 ~gone|missing",
            "got ~hold ~of ~blister|pills|tablets|meds",
            // Spanish.
            "bebido|bebio|bebe|tomo|tomado|trago|tragado|mordido|mordio|mastico|masticado|chupado|chupo|comido|comio ~lejia|lavandina|cloro|detergente|capsula|capsulas|desatascador|limpiador|pila|pilas|naftalina|parche|queroseno|parafina",
            "lejia|lavandina ~trago|traguito|bebido|bebio",
            "bebido|bebio|tomado|tomo ~botella|vaso|agua ~tenia|habia|con ~lejia|lavandina|cloro",
            "lejia|lavandina|cloro|desatascador|detergente ~tose|tosido|toser|tosiendo",
            "cogido|agarrado ~blister|pastillas|pastillero",
            "blister ~faltan",
            // French.
            "avale|bu|bois|mange|mache|croque|leche|suce|mordu ~javel|deboucheur|debouche|destop|lessive|capsule|capsules|dosette|pile|piles|naphtaline|antimite|gelule|gelules|cachets|comprimes|patch|petrole|paraffine",
            "huile ~lampe|paraffine ~bu|avale", "bu|avale ~huile ~lampe|paraffine", "bu|avale ~petrole",
            // German: the verb comes last.
            "liquid|eliquid|reiniger|*reiniger|waschmittel*|kapsel|knopfzelle|knopfbatterie|batterie|mottenkugel*|lampenol|lampenoel|tabletten|pillen|pflaster ~getrunken|geschluckt|gegessen|gekaut|zerbissen|genuckelt|abgeleckt",
            // Italian.
            "bevuto|ingoiato|inghiottito|mangiato|masticato|morso|leccato|succhiato ~candeggina|varechina|detersivo|capsula|pila|pile|batteria|naftalina|pastiglie|compresse|cerotto|petrolio|sgrassatore",
            "in ~bocca ~pila|batteria|pastiglia|pastiglie|capsula|compressa",
            // Portuguese.
            "bebeu|engoliu|comeu|mastigou|mordeu|chupou|lambeu ~lixivia|cloro|sanitaria|detergente|capsula|pilha|pilhas|bateria|naftalina|comprimidos|remedios|adesivo|querosene|desentupidor",
            // Dutch: the verb comes last; "aan ... gezeten" is a child who was at the bottle.
            "lampolie|olie|bleek|bleekmiddel|chloor|*ontstopper|ontstopper|wasmiddel*|capsule|batterij|knoopcel*|mottenbal*|pillen|tabletten|antidepressiva|slaappillen|hartpillen|pleister ~gedronken|ingeslikt|doorgeslikt|gegeten|opgegeten|gekauwd|afgelikt",
            "aan ~lampolie|bleek|bleekmiddel|chloor|*ontstopper|ontstopper|wasmiddel*|pillen|tabletten ~gezeten",
            // Medicines named in one compound word, eaten up: "strip bloeddrukpillen leeggegeten" (batch 102).
            "*pillen|*tabletten|*tabletjes ~leeggegeten|opgegeten|aufgegessen|leeggemaakt",
            "lampolie|bleek|chloor|*ontstopper|ontstopper ~hoest|hoesten",
        ],
    ),
    (
        // Household products by their everyday names, for the rule of a child with a
        // caustic that coughs, drools or vomits [POIS].
        Sig::Chemical,
        pats![
            "lavandina", "toilet ~cleaner", "debouche evier", "*ontstopper", "lampolie", "lamp ~oil",
            "lampenol|lampenoel", "huile ~a ~lampe", "detergent ~pod|capsule", "capsula ~detergente",
        ],
    ),
    (
        // Drain cleaner in the eye, in French words the lexicon lacked [EYE].
        Sig::ChemicalEye,
        pats!["debouche|deboucheur|destop|javel ~dans ~l ~oeil|yeux", "debouche|deboucheur|destop ~oeil|yeux"],
    ),
];
