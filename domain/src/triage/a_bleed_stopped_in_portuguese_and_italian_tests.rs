//! Tests for `a_bleed_stopped_in_portuguese_and_italian.rs`: a bleed told as stopped, in
//! Portuguese and Italian, bleeds still going and breathing that stopped.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A bleed that stopped: small is routine, heavy days ago a same-day look.
#[test]
fn a_bleed_told_as_stopped_is_over() {
    check(&[
        (
            "o meu filho sangrou do nariz 5 minutos, parou com pressão, posso marcar consulta?",
            Routine,
        ),
        (
            "anteontem sangrou muito do nariz mas parou com gelo",
            Urgent,
        ),
        (
            "il naso ha sanguinato un po' ma si è fermato con il ghiaccio, vorrei una visita",
            Routine,
        ),
        (
            "due giorni fa il taglio ha sanguinato tanto ma ha smesso di sanguinare",
            Urgent,
        ),
    ]);
}

/// A bleed still going, or breathing that stopped for seconds, is not a bleed over.
#[test]
fn a_bleed_still_going_is_not_over() {
    check(&[
        (
            "o corte sangra muito e não para, já molhou duas toalhas",
            Emergency,
        ),
        (
            "il naso sanguina tantissimo e non si ferma da mezz'ora",
            Emergency,
        ),
    ]);
}
