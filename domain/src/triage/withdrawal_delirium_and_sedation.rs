//! Alcohol withdrawal turning dangerous and sedatives taken with drink, told in lay
//! Spanish, French and German (English where cheap): seeing insects on the walls, talking
//! to people who are not there, picking at the bedclothes, not recognising a wife, a
//! bitten tongue and waking on the floor after stopping drink; a drinker who cannot be
//! woken and snores oddly; "about 15 of" a medicine swallowed; eyes that will not stay
//! open. Each feeds a signal the existing rows join: withdrawal with hallucinations,
//! confusion or a fit (delirium tremens) [CG100]; a medicine taken with drowsiness; a
//! count of tablets [POIS]. Tests, in other words than batch 107, with hard negatives (a
//! real insect, a stranger not recognised, a dose of 15 mg, a sleepy evening), are in
//! `withdrawal_delirium_and_sedation_tests.rs`.

use super::lexicon::Sig;

/// Delirium, fits and sedation told in lay words.
pub(crate) const WITHDRAWAL_DELIRIUM_AND_SEDATION: &[(Sig, &str)] = &[
    (
        // Seeing or talking to what is not there [CG100].
        Sig::Psychosis,
        pats![
            "veo|ve ~bichos|insectos|aranas ~por ~las ~paredes",
            "voit ~des ~insectes|araignees|bestioles",
            "sieht ~kafer|kaefer|spinnen|tiere ~an ~der ~wand",
            "parle ~a ~des ~gens ~qui ~sont ~pas ~la",
            "habla ~con ~gente ~que ~no ~esta",
            "redet ~mit ~leuten ~die ~nicht ~da",
            "seeing ~bugs|insects|spiders ~on ~the ~walls",
            // it pt nl: a relative taken for an impostor, sure one can fly.
            "impostora",
            "convinto|convinta ~di ~poter ~volare",
            "convencido|convencida ~que ~consegue ~voar",
            "mandano|mandam|sturen ~onde|raggi|ondas|raios|stralen",
        ],
    ),
    (
        // New confusion: a spouse not recognised, picking at the bedclothes.
        Sig::Confusion,
        pats![
            "!no ~la|lo ~reconozco|reconoce",
            "!erkennt ~mich ~nicht",
            "!ne ~me ~reconnait ~pas|plus",
            "zupft ~an ~der ~bettdecke",
            "tire ~sur ~les ~draps"
        ],
    ),
    (
        // A fit told by its traces.
        Sig::Seizure,
        pats![
            "lengua ~mordida",
            "mordi ~la ~lengua",
            "langue ~mordue",
            "zunge ~zerbissen",
            "bitten ~my|his|her ~tongue ~and|woke",
            "occhi ~all ~indietro|rovesciati|girati",
            "schiuma|espuma|schuim ~alla|pela|op|om ~bocca|boca|mond",
            "ogen ~weggedraaid",
        ],
    ),
    (
        // Stopping a long drinking habit (de).
        Sig::Withdrawal,
        pats!["trinkt|trinke ~seit ~jahren ~aufgehort|aufgehoert"],
    ),
    (
        // Cannot be woken, or cannot keep the eyes open [RCUK].
        Sig::Unconscious,
        pats![
            "!no ~hay ~quien ~lo|la ~despierte",
            "!on ~n ~arrive ~pas ~a ~le|la ~reveiller",
            "!kriegen ~ihn|sie ~nicht ~wach",
            "!reageert ~nergens",
            "!non ~reagisce|risponde ~a ~niente|nulla",
            "!nao ~reage|responde ~a ~nada",
        ],
    ),
    (
        Sig::Drowsy,
        pats![
            "!cuesta ~mantener ~los ~ojos ~abiertos",
            "!arrive ~plus ~a ~garder ~les ~yeux ~ouverts",
            "!kann ~die ~augen ~kaum ~offen ~halten"
        ],
    ),
    (
        // "About 15 of" a medicine swallowed: a count of tablets [POIS].
        Sig::PillCount,
        pats![
            "tome|tomado|trague ~unas|unos #5 ~de",
            "pris ~environ ~#5 ~de",
            "etwa|ungefahr|ungefaehr ~#5 ~von ~meinen|den",
            "tomou|tomei|engoliu|engoli ~uns|umas #5",
        ],
    ),
    (
        // What was left of a medicine swallowed, or found by a toddler.
        Sig::Ingested,
        pats![
            "tomado ~lo ~que ~quedaba ~de",
            "pris ~ce ~qui ~restait ~de",
            "genommen ~was ~noch ~ubrig|uebrig",
            // A toddler who found someone's pills (nl).
            "peuter|kind|zoontje|dochtertje ~pillen|slaappillen|tabletten|medicijnen ~gevonden",
        ],
    ),
    (
        // A Spanish brand of lorazepam.
        Sig::Medicine,
        pats!["orfidal|orfidales"],
    ),
];
