//! Poisonings and drugs told plainly: a handful of someone's tablets, everything in the
//! cupboard, a poison that harms hours later even when the person "is fine" (antifreeze,
//! rat poison), alcohol in a bottle that is not a drink (cologne, hand sanitiser), a
//! child's few tablets of an antidepressant, an opioid user very hard to wake, a party
//! drug with confusion, and a stimulant (cocaine, speed) with a racing heart or a high
//! temperature. Each joins rows the presentation table has: an overdose is an emergency
//! even if well [POIS]; something swallowed with vomiting or drowsiness, or by a child, is
//! one [POIS]; someone hard to wake or newly confused is one [RCUK, NG51]. Written in
//! en es fr de. Tests, in other words than batch 99, with hard negatives (a drink of
//! cologne's name, cleaning with sanitiser, a normal dose), are in
//! `drugs_and_poisons_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Overdoses, poisons and drug toxicity told plainly.
pub(crate) const DRUGS_AND_POISONS_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        // A handful or everything there was: an overdose [POIS].
        Sig::Overdose,
        pats![
            "took|taken|swallowed ~a ~handful ~of ~my|his|her|mums|dads",
            "taken|took|swallowed ~everything ~in ~the ~cupboard|cabinet|drawer|box",
            // Poisons that harm hours later, however well the person feels.
            "drank|drunk|swallowed|drinking ~antifreeze|coolant|screenwash|methanol|weedkiller|paraquat",
            "drank|drunk|swallowed|ate|eaten ~rat|slug ~poison|pellets", "took|taken|drank|swallowed ~poison",
            "tomado|tomo|bebido|bebio|tragado|trago|comido|comio ~veneno|raticida|matarratas|anticongelante",
            "bu|avale|avalee|pris|mange ~de|du ~la ~mort ~aux ~rats", "bu|avale|avalee|pris ~du ~poison|raticide|antigel|methanol",
            "liquide ~de ~refroidissement", "rattengift|frostschutzmittel|frostschutz|kuhlmittel|kuehlmittel ~getrunken|geschluckt|gegessen|genommen",
            "gift ~getrunken|geschluckt|genommen",
        ],
    ),
    (
        // Alcohol from a bottle that is not a drink: cologne, hand sanitiser, mouthwash;
        // a child's few tablets of an antidepressant or a sleeping tablet [POIS].
        Sig::Ingested,
        pats![
            "drank|drunk|swallowed|drinking ~cologne|perfume|aftershave|mouthwash|sanitiser|sanitizer",
            "bebio|bebido|bebe|tomo|tomado|trago ~colonia|perfume|enjuague|hidroalcoholico", "bebio|bebido|bebe|tomo|tomado|trago ~alcohol ~de ~farmacia",
            "bu|avale|boit ~cologne|parfum|hydroalcoolique", "bu|avale|boit ~bain ~de ~bouche",
            "*desinfektion|desinfektionsmittel|handedesinfektion|haendedesinfektion|parfum|mundwasser|kolnisch|koelnisch ~getrunken|geschluckt",
            "ate|eaten|swallowed ~few|some|#1 ~of ~my|his|her|nans|mums|dads ~sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|quetiapine|olanzapine|zopiclone|diazepam|lorazepam|tramadol|codeine|methylphenidate|ritalin|melatonin|lithium",
        ],
    ),
    (
        // Very hard to wake [RCUK]: fr es de.
        Sig::Unconscious,
        pats![
            "dure|difficile ~a ~reveiller", "cuesta|dificil ~mucho ~despertarla|despertarlo|despertar", "schwer ~zu ~wecken", "kaum ~wach ~zu ~kriegen|bekommen",
        ],
    ),
    (
        // "doesn't take anything in": new confusion [NG51].
        Sig::Confusion,
        pats!["!no ~se ~entera ~de ~nada", "!comprend ~plus ~rien", "!kriegt ~nichts ~mehr ~mit"],
    ),
    (
        // Cocaine, amphetamine, ecstasy or mephedrone taken.
        Sig::Stimulant,
        pats![
            "cocaine|crack|amphetamine|amphetamines|mdma|ecstasy|mephedrone", "crystal ~meth", "took|taking|taken|on ~speed",
            "cocaina|anfetamina|anfetaminas|extasis", "kokain|amphetamin|crystal", "speed ~genommen|gezogen|geschnupft", "kokain ~und ~speed",
        ],
    ),
];
