//! Tests for `crisis_told_in_passing.rs`: danger now told beside an errand or by a
//! relative, in other words than blind batch 99, with hard negatives (a climbing trip, a
//! dental bridge, a shooting club, a goodbye party, a plan for dinner).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn the_means_got_ready_with_a_time_or_a_goodbye_is_an_emergency() {
    check(&[
        ("please move my smear test. i've lined all my pills out on the desk, going to take them when everyone's asleep", Emergency),
        ("been stockpiling my amitriptyline since christmas. this is goodbye, thanks for everything", Emergency),
        ("je garde mes cachets depuis des semaines, c'est un adieu", Emergency),
        ("Ich sammle seit Wochen Tabletten. Das ist ein Abschied, tut mir leid für alles", Emergency),
        // Hard negatives: a dosette box set out, a plan for the evening, a leaving do.
        ("i set my tablets out in the dosette box for the week, can I get a bigger one?", Routine),
        ("made a plan for tonight with my friends, can I move my appointment to Friday?", Routine),
        ("it's my colleague's leaving do, this is goodbye to the old surgery building!", Routine),
    ]);
}

#[test]
fn on_the_rails_or_a_bridge_and_not_wanting_to_come_down_is_an_emergency() {
    check(&[
        (
            "my brother is walking on the railway tracks and texted he doesn't want to come back",
            Emergency,
        ),
        (
            "Mein Vater steht an der Brücke über die Autobahn und antwortet nicht mehr",
            Emergency,
        ),
        (
            "mi hija está en las vías del tren y dice que no quiere bajar",
            Emergency,
        ),
        // Hard negatives: a dental bridge, a train journey, a bridge on a walk.
        (
            "meine Zahnbrücke ist locker, wann ist ein Termin frei?",
            Routine,
        ),
        (
            "we walked past the bridge on our holiday, can I get travel jabs?",
            Routine,
        ),
    ]);
}

#[test]
fn psychosis_on_a_roof_or_in_traffic_is_an_emergency() {
    check(&[
        (
            "my flatmate is up on the roof, convinced she can fly",
            Emergency,
        ),
        (
            "mon oncle court sur l'autoroute sans regarder, il dit qu'on le poursuit",
            Emergency,
        ),
        (
            "he's on the roof and says the voices are telling him to jump",
            Emergency,
        ),
        // Hard negative: someone fixing the roof.
        (
            "my husband is on the roof fixing the gutter, can he book a flu jab?",
            Routine,
        ),
    ]);
}

#[test]
fn a_gun_or_a_blade_with_a_threat_or_shut_in_is_an_emergency() {
    check(&[
        (
            "my grandad has a shotgun in the garage and he won't come in now, he's been so low",
            Emergency,
        ),
        (
            "mi sobrina tiene una navaja y dice que se va a matar",
            Emergency,
        ),
        (
            "ma voisine a un pistolet et il dit qu'il va nous tuer",
            Emergency,
        ),
        (
            "er hält ein Messer und ist seit Tagen total paranoid, sagt dass man ihn verfolgt",
            Emergency,
        ),
        // Hard negatives: a shooting club, a knife in cooking.
        (
            "I need a medical form for my shotgun licence, can the doctor sign it?",
            Routine,
        ),
        (
            "cut my finger with a knife while cooking, it's stopped bleeding",
            Routine,
        ),
    ]);
}

#[test]
fn locked_in_by_a_partner_or_a_cord_round_the_neck_is_an_emergency() {
    check(&[
        (
            "she's locked me in the flat again and took my keys, my face is bleeding",
            Emergency,
        ),
        (
            "found my son with a cord round his neck, he's talking but his voice is hoarse",
            Emergency,
        ),
        ("Mein Mann hat mich eingesperrt und geschlagen", Emergency),
        // Hard negatives: a scarf worn, locked out of the house.
        (
            "I wear a scarf round my neck for my sore throat, is that ok?",
            Routine,
        ),
        (
            "I locked myself out of the house, can I collect my prescription tomorrow?",
            Routine,
        ),
    ]);
}
