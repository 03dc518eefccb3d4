//! Sports and street injuries as young people tell them: landing on the neck or the head
//! in a tackle or a fall (read as a head injury, so with legs or arms that cannot be felt
//! it is the row "a head injury with numb limbs" [HI], which covers the neck); a joint
//! that "popped out" (a dislocation, like a fracture a same-day look); a wrist shaped like
//! a dinner fork or a finger bent sideways (a deformity, [MTS]); a knee that keeps giving
//! way after a twist (an unstable joint, like not bearing weight). In seven languages.
//! Tests, in other words than batch 125, with hard negatives (a knee that clicks, a
//! shoulder that popped years ago, a fork at dinner), are in
//! `sports_injuries_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// A neck landing, a dislocation, a deformity, a knee giving way.
pub(crate) const SPORTS_INJURIES_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        // Landed on the neck or head: a head and neck injury [HI].
        Sig::HeadInjury,
        pats![
            "landed|land|fell ~on ~my|his|her|their ~neck|head",
            "cai|cayo|caido ~de ~cabeza|cuello",
            "tombe|tombee ~sur ~la ~tete|nuque",
            "auf ~den ~kopf|nacken ~gefallen|gelandet",
            "caduto|caduta|atterrato ~di ~testa|collo",
            "caiu|cai ~de ~cabeca|pescoco",
            "op ~zijn|haar|mijn ~nek|hoofd ~geland|gevallen",
        ],
    ),
    (
        // A joint out of place, or bent out of its shape [MTS].
        Sig::Fracture,
        pats![
            // No long gap between the joint and its verb: a date inside ("schouder is twee
            // jaar geleden uit de kom geweest") would be hidden in the match.
            "shoulder|kneecap|knee|finger|elbow|hip popped|came|slipped out",
            "dinner fork",
            "bent sideways",
            "hombro|rodilla|rotula|dedo se salio",
            "epaule|rotule|genou|doigt est sorti|sortie|deboite|deboitee",
            "schulter|kniescheibe|finger rausgesprungen|ausgerenkt",
            "spalla|rotula|dito uscita|uscito|lussata|lussato",
            "ombro|rotula|dedo saiu do lugar",
            "schouder|knieschijf|vinger uit de kom",
        ],
    ),
    (
        // A knee that gives way after a twist: an unstable joint, not to be walked on.
        Sig::NoWeight,
        pats![
            "knee|leg ~giving|gives|keeps ~way",
            "its|keeps|kept ~giving ~way",
            "rodilla ~se ~me ~va|falla",
            "genou ~lache",
            "knie ~knickt ~weg",
            "ginocchio ~cede",
            "joelho ~falha|falseia",
            "knie ~zakt ~weg|door",
        ],
    ),
];
