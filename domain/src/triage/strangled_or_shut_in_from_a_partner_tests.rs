//! Tests for `strangled_or_shut_in_from_a_partner.rs`, in other words than batch 133, with
//! hard negatives (a scarf, an idiom, a tight collar, a toddler at a door, long ago).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn strangled_today_or_raging_at_a_locked_door_is_an_emergency() {
    check(&[
        ("sorry to bother you, he put his hands round my neck this morning, can i get a sick note", Emergency),
        ("il m'a serré le cou ce matin, je voulais juste un certificat", Emergency),
        ("mi ha stretto le mani al collo stamattina, volevo solo spostare la visita", Emergency),
        ("ele me apertou o pescoço hoje de manhã, só queria um atestado", Emergency),
        ("hij heeft me vanochtend gewurgd, ik wil alleen een briefje voor mijn werk", Emergency),
        ("mein Mann tobt und hämmert gegen die Schlafzimmertür, ich bin drin", Emergency),
    ]);
}

#[test]
fn a_scarf_an_idiom_a_collar_a_tantrum_or_long_ago_is_not() {
    check(&[
        (
            "the new uniform collar is so tight round my neck lol, do you have a bigger size?",
            Routine,
        ),
        (
            "I could strangle my brother, he took my car again. can I move my appointment",
            Routine,
        ),
        (
            "mon col de chemise me serre le cou, c'est normal pour la visite ?",
            Routine,
        ),
        (
            "onze peuter schopt tegen de deur als hij naar bed moet, tips?",
            Routine,
        ),
    ]);
}
