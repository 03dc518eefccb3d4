//! Tests for session 16a (TRIAGE.md): bleeding told by how long it has gone on, and a
//! very high INR with a bleed, in other words than the corpus, with hard negatives (a
//! runny nose, a bleed that stopped, a short one, a high INR with no bleed).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_nosebleed_of_twenty_minutes_or_more_is_an_emergency() {
    check(&[
        ("nosebleed for 25 minutes now, on apixaban", Emergency),
        (
            "my son's nose has been bleeding for over an hour",
            Emergency,
        ),
        ("grandad's nose gushing for half an hour", Emergency),
        (
            "held the soft part of her nose the whole time and still bleeding",
            Emergency,
        ),
        (
            "Nasenbluten seit einer halben Stunde, nimmt Xarelto",
            Emergency,
        ),
        ("sangra la nariz desde hace una hora", Emergency),
        ("il saigne du nez depuis 30 minutes", Emergency),
        ("sangue dal naso da mezzora", Emergency),
        ("bloedneus al een half uur", Emergency),
        // Hard negatives: a short bleed that stopped, a runny nose.
        (
            "nosebleed for 5 minutes earlier, stopped on its own",
            Routine,
        ),
        (
            "nose pouring with a cold for two days, can I get a sick note",
            Routine,
        ),
    ]);
}

#[test]
fn bleeding_with_an_inr_of_eight_or_more_is_an_emergency() {
    check(&[
        ("INR 8.4 today and my gums are bleeding", Emergency),
        ("inr came back 9, blood in my pee", Emergency),
        ("INR de 8,5 y sangre en la orina", Emergency),
        // Hard negatives: lower INRs with a bleed, a high INR with none, a bleed gone.
        ("INR 6.5 and a bit of blood when I brush my teeth", Urgent),
        ("inr 8.2 at clinic, no bleeding, what dose tonight?", Urgent),
    ]);
}
