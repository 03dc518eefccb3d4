//! Same-day signs told plainly on phones (batch 101, English, Spanish and French), each a
//! word the lexicon lacked for a concept it has: black spots and flashes in one eye in
//! French and Spanish ("plein de points noirs dans l'oeil", "moscas volantes": a retinal
//! tear until seen [EYE]); life "not worth living" told without a plan (a passive death
//! wish, a same-day conversation [NG225]); hearing people whisper about oneself, ongoing
//! (new psychotic symptoms [CG178]); the reliever needed every few hours in Spanish and
//! French ("cada 3 horas", "toutes les 3 heures"; with asthma, a same-day look [BTS], the
//! row in `presentations.rs`); a sore or wound gone smelly (infected [NG141, CKS]); a
//! belly pain "low on the right" in English (appendicitis until seen [APP]). Tests, in other words than the batch, with hard negatives
//! (a trip "not worth" it, gossip overheard once, a reliever every day for a month), are in
//! `same_day_signs_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Same-day signs told plainly, in English, Spanish and French.
pub(crate) const SAME_DAY_SIGNS_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        Sig::VisionChange,
        pats![
            "points|taches ~noirs|noires ~oeil|yeux|vue",
            "eclairs ~lumineux",
            "puntos|manchas ~negros|negras ~ojo|vista",
            "moscas ~volantes",
        ],
    ),
    (
        Sig::DarkThoughts,
        pats![
            "!life ~isnt|not|aint ~worth ~living",
            "!no ~merece ~la ~pena ~vivir*|seguir",
            "!vaut ~pas|plus ~la ~peine ~de ~vivre",
        ],
    ),
    (
        Sig::Psychosis,
        pats![
            "hears|hearing ~people|voices ~whispering|whisper",
            "heard ~people|voices ~whispering ~about ~for",
            "oye|escucha ~gente|voces ~susurrando|cuchicheando|susurrar",
            "entend ~gens|voix ~chuchoter|chuchotent|murmurer",
        ],
    ),
    (
        Sig::Infection,
        // Not "stinky": one typo from "sticky", and a baby's sticky eye is no wound.
        pats![
            "sore|ulcer|wound|cut|blister|graze|bite ~smelly|stinks|whiffy",
            "red ~and ~smelly"
        ],
    ),
    (
        Sig::RightLowerPain,
        // Not Spanish "abajo a la derecha" yet: alone it read a pain that eased and came
        // back much worse as urgent, and the learned opinion then no longer lifted it.
        pats!["pain|ache|tummy|belly|stomach|sore ~low ~on ~right"],
    ),
    (
        Sig::RelieverOften,
        pats![
            "inhaler|pump|puffer|ventolin|salbutamol|reliever|blue ~every ~#1 ~hour|hours|hrs|hr|h",
            "inhaler|pump|puffer|ventolin|salbutamol|reliever|blue ~#3 ~times",
            "ventolin|inhalador|puff|bomba|salbutamol ~cada ~#1 ~horas|hora|h",
            "ventolin|inhalador|puff|bomba|salbutamol ~#3 ~veces",
            "ventoline|inhalateur|pompe|salbutamol ~toutes ~les ~#1 ~heures|h",
            "ventoline|inhalateur|pompe|salbutamol ~toutes ~les ~*h",
            "ventoline|inhalateur|pompe|salbutamol ~#3 ~fois",
        ],
    ),
];
