//! Pills at a party and a child who took someone else's medicine, told without a drug's
//! name: "took some pills at a party", "des cachets en soirée", "the pills going round",
//! overheating told as "boiling hot"; a toddler with grandma's pills ("pillen van oma
//! ingenomen"), a whole supply of a stimulant medicine taken ("alle seine Ritalin
//! genommen"), pills taken "on purpose". A party pill is read as a stimulant: with
//! overheating, shaking or confusion, stimulant toxicity (hyperthermia, arrhythmia) is an
//! emergency [POIS: any poisoning with abnormal observations]; a child with another's
//! medicine, or an intentional overdose, is one even when well [POIS]. Tests, in other
//! words than the corpus, with hard negatives (a party without pills, a hot day, an
//! adult's own tablets taken as prescribed), are in
//! `party_pills_and_someone_elses_pills_tests.rs`.

use super::lexicon::Sig;

/// Party pills, overheating and someone else's medicine.
pub(crate) const PARTY_PILLS_AND_SOMEONE_ELSES_PILLS: &[(Sig, &str)] = &[
    (
        // Pills taken at a party or going round one.
        Sig::Stimulant,
        pats![
            "pill|pills|tablets|cachets|cachet|pilules|pastillas|pastis|pillen|pasticche|comprimidos|bombas ~party|festival|rave|club|soiree|teuf|fiesta|feest|festa|boite",
            "pills|tablets ~going|doing ~round|around",
        ],
    ),
    (
        // Overheating told by touch [POIS].
        Sig::Fever,
        pats!["hes|shes|he|she|skin ~boiling|roasting|overheating", "er|sie ~gluht|glueht"],
    ),
    (
        // Medicine taken on purpose: an intentional overdose, an emergency even if well
        // (paracetamol harm is delayed) [POIS].
        Sig::Overdose,
        pats![
            "pills|tablets|paracetamol|meds|pastillas|comprimidos|cachets|comprimes|pillole|compresse|remedios ~purpose|proposito|adrede|expres|apposta",
            "absichtlich|opzet ~tabletten|pillen|medikamente|medicijnen ~genommen|geschluckt|ingenomen|geslikt",
        ],
    ),
    (
        // A child with a grandparent's or parent's medicine [POIS].
        Sig::Ingested,
        pats![
            "pillen|tabletten|medicijnen|pillen ~van ~oma|opa|mama|papa|moeder|vader ~ingenomen|gegeten|geslikt",
            "alle ~seine|ihre ~ritalin|medikinet|elvanse|tabletten|pillen ~genommen|geschluckt",
        ],
    ),
];
