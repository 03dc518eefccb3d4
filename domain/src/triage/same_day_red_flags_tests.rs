//! Tests for the emergencies that look like same-day problems (`same_day_red_flags.rs`),
//! in other words than batch 91, with hard negatives (numb with no pain, a red mark that
//! stays put, a tongue that was big and is fine, a drain unblocker bought, a belly
//! comfortable in bed).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn pain_out_of_proportion_or_dark_patches_on_a_wound_is_an_emergency() {
    check(&[
        (
            "scraped my shin on the garden step, it hurts far more than a small graze should and I'm feverish",
            Emergency,
        ),
        (
            "since the dog bite the redness is spreading and there are dark blotches, the pain is excruciating",
            Emergency,
        ),
        // Hard negative: numb after the dentist, no pain.
        (
            "my lip is still numb from the dentist this morning, no pain at all. Normal?",
            Routine,
        ),
    ]);
}

#[test]
fn a_hard_swelling_under_the_chin_after_toothache_is_an_emergency() {
    check(&[
        (
            "wisdom tooth pain all week, now under my jaw is rock hard and I can hardly open my mouth",
            Emergency,
        ),
        // Hard negative: a small soft lump under the chin for months.
        (
            "small soft lump under my chin for months, not sore, can I book a check?",
            Routine,
        ),
    ]);
}

#[test]
fn a_tongue_gone_huge_or_growing_is_an_emergency() {
    check(&[
        (
            "my tongue is getting bigger since the new tablets",
            Emergency,
        ),
        (
            "woke up and his tongue and lips are huge, he can talk though",
            Emergency,
        ),
        // Hard negative: a tongue bitten, nothing swelling.
        (
            "bit my tongue at dinner, it's a bit sore, any gel you recommend?",
            Routine,
        ),
    ]);
}

#[test]
fn a_drain_unblocker_or_a_disinfectant_drunk_is_an_emergency() {
    check(&[
        (
            "got some sink unblocker in my eye, rinsed it but it burns",
            Emergency,
        ),
        (
            "mi hijo de 2 años bebió desinfectante del suelo y tose",
            Emergency,
        ),
        // Hard negative: the product bought, nothing spilled.
        (
            "which drain unblocker is safe to use with a septic tank? asking for the clinic toilet",
            Routine,
        ),
    ]);
}

#[test]
fn a_belly_too_sore_to_move_in_bed_after_a_procedure_is_an_emergency() {
    check(&[
        (
            "hernia repair on tuesday, tummy pain worse today, it hurts to even turn in bed and I have a fever",
            Emergency,
        ),
        // Hard negative: comfortable in bed, a question about work.
        (
            "hernia repair on tuesday, comfortable in bed and walking a bit, when can I drive?",
            Routine,
        ),
    ]);
}

#[test]
fn shivering_in_french_or_dutch_with_fever_on_chemotherapy_is_an_emergency() {
    check(&[
        (
            "ma femme est sous chimio, 38,4 ce soir et elle grelotte sans arrêt",
            Emergency,
        ),
        (
            "mijn vader krijgt chemo, hij heeft 38,5 en rilt over zijn hele lijf",
            Emergency,
        ),
        // Hard negative: cold after a swim, no chemotherapy, no fever.
        (
            "mon fils grelottait après la piscine, maintenant ça va. Rendez-vous mardi ?",
            Routine,
        ),
    ]);
}
