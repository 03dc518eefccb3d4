//! Tests for context across sentences (`scope/across.rs`, session 12 in TRIAGE.md): a
//! resolution or a clinician's verdict in the next sentence, and the reports that must
//! stay current.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_resolution_in_the_next_sentence_resolves_the_finding() {
    check(&[
        // A fit yesterday, fine now: over, a same-day look, not an ambulance.
        ("had a seizure yesterday. he is fine now", Urgent),
        ("he collapsed yesterday. hes ok now", Urgent),
        ("ayer tuvo una convulsion. ya esta bien", Urgent),
        // Only an emergency sign, and only to a same-day look: a bleed after an
        // extraction that stopped with gauze keeps its urgent look.
        (
            "I had bleeding after the extraction. It stopped after biting on gauze.",
            Urgent,
        ),
        (
            "I've had three hypos in the night this week. I'm fine now.",
            Urgent,
        ),
        // Another time in the next sentence speaks of something else.
        (
            "Back's playing up with a temperature. Had prostate cancer a few years ago, all clear since",
            Urgent,
        ),
    ]);
}

#[test]
fn a_clinicians_verdict_in_the_next_sentence_dates_the_finding() {
    check(&[
        (
            "I had chest pain on Monday. The cardiologist did the ECG, it was muscular. Can I go back to the gym?",
            Routine,
        ),
        (
            "I had chest pain on Monday. Went to A&E, ECG normal, they said it was muscular",
            Routine,
        ),
        (
            "dolor en el pecho el lunes. el cardiologo hizo el electro, era muscular",
            Routine,
        ),
        (
            "Brustschmerzen am Montag. Der Kardiologe hat ein EKG gemacht, alles in Ordnung",
            Routine,
        ),
    ]);
}

#[test]
fn a_current_report_is_never_read_as_the_earlier_sentences_history() {
    check(&[
        // The next sentence reports something of its own, now.
        (
            "my dad had a stroke in 2019. his face is drooping now",
            Emergency,
        ),
        (
            "had chest pain yesterday. ecg normal. now I cant breathe",
            Emergency,
        ),
        // Something still going on later in the message.
        (
            "chest pain on monday. went to a&e, ecg normal. still hurting",
            Emergency,
        ),
        (
            "had a seizure yesterday. he is fine now but still very drowsy",
            Emergency,
        ),
        // Not dated before today: a verdict from another time does not date it.
        ("crushing chest pain. ECG was normal last year", Emergency),
        ("I have chest pain. It was muscular last time", Emergency),
        // A question is not a resolution.
        ("had chest pain on monday. is it fine now?", Emergency),
    ]);
}

#[test]
fn concepts_from_batches_49_and_50() {
    check(&[
        // Bleeding in jets is arterial.
        ("cut my thigh with the saw, blood coming in jets", Emergency),
        ("el corte sangra a chorros", Emergency),
        ("es spritzt Blut aus der Wunde", Emergency),
        ("il sangue esce a fiotti dalla ferita", Emergency),
        // A fit that is not stopping is not the usual one.
        (
            "she is epileptic, usual fits are short, this one is not stopping",
            Emergency,
        ),
        (
            "he is epileptic, had one of his usual fits, over now",
            Urgent,
        ),
        // Blue lips and a bulging fontanelle in Portuguese and Spanish phone typing.
        ("bebe com os labios roxos e respirando rapido", Emergency),
        ("la fontanela esta abultada y tiene fiebre", Emergency),
        // Ashen told as a colour.
        ("he looks grey colour and sweaty", Emergency),
        // Idioms: nearly having a fit or a stroke over a bill or a queue.
        (
            "nearly had a fit when i saw the bill, can i pay monthly",
            Routine,
        ),
        ("j'ai failli faire un AVC en voyant la facture", Routine),
        ("casi me da un infarto con la factura jaja", Routine),
        // A phone number is not numbness, which still reads.
        ("sorry wrong number", Routine),
        ("my fingers are numb and tingling", Urgent),
        // Hard negatives: a bruise on the lip after filler is not blue lips, grey hair is
        // not ashen skin.
        ("my hair is going grey, can i book a colour", Routine),
    ]);
}

#[test]
fn left_from_session_10() {
    check(&[
        // Burning urine is not a burn: a urine infection alone is routine, a kidney
        // infection in pregnancy urgent, neither a burn on a pregnant woman (emergency).
        ("brûlures en faisant pipi depuis 2 jours", Routine),
        (
            "enceinte de 20 sem, ca brule quand je fais pipi et mal dans le bas du dos, frissons",
            Urgent,
        ),
        // A burn is still a burn.
        ("je me suis brûlé la main avec de l'eau bouillante", Urgent),
        // Dutch hypotheticals.
        ("wat als ik koorts krijg na de vaccinatie?", Routine),
        ("stel dat hij weer bloedt, moet ik dan bellen?", Routine),
        (
            "mijn zoon bloedt al een uur uit zijn neus en het stopt niet",
            Emergency,
        ),
    ]);
}

/// A clinician's verdict in the next sentence covers a dated finding only when nothing
/// in the finding's sentence is told as now: after "now", the finding is current.
#[test]
fn a_verdict_in_the_next_sentence_does_not_cover_what_is_told_as_now() {
    check(&[
        (
            "dad has had a bad back for years and since sunday now he can't lift his arm and his face droops. the doctor said his bloods were fine in january",
            Emergency,
        ),
        (
            "had chest pain on monday. the cardiologist did the ecg, it was muscular",
            Routine,
        ),
    ]);
}
