//! Someone who has said they will end it, locked in a room with the means ("chiusa in
//! camera con le lamette", "locked in the bathroom with the pills"): means at hand with
//! thoughts of suicide is an emergency, not the same-day talk a thought without a plan
//! gets [MHF, NG225]. `Sig::MeansAtHand` joins the existing row; a locked door alone (a
//! sulking teenager) is not a means. Tests in other words, with negatives (locked in with
//! a book, razors bought for shaving), are in `locked_in_with_the_means_tests.rs`.

use super::lexicon::Sig;

/// Locked in with blades, pills or a rope, in seven languages.
pub(crate) const LOCKED_IN_WITH_THE_MEANS: &[(Sig, &str)] = &[(
    Sig::MeansAtHand,
    pats![
        "chiusa|chiuso ~camera|bagno ~con ~lamette|lametta|rasoio|pillole|pastiglie|corda",
        "locked ~in ~room|bathroom|bedroom ~with ~razor|razors|blades|pills|tablets|rope",
        "encerrada|encerrado|trancada|trancado ~quarto|banheiro ~com ~lamina|laminas|gilete|remedios|comprimidos|corda",
        "encerrada|encerrado ~cuarto|habitacion|bano ~con ~cuchillas|pastillas|cuerda",
        "enfermee|enferme ~chambre|salle ~avec ~lames|rasoir|cachets|medicaments|corde",
        "eingeschlossen ~zimmer|bad ~mit ~klingen|rasierklingen|tabletten|seil",
        "opgesloten ~kamer|badkamer ~met ~mesjes|scheermesjes|pillen|touw",
    ],
)];
