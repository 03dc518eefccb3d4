//! Tests for ketoacidosis in typed words (`ketoacidosis.rs`), in other words than the
//! corpus, with hard negatives (one plus, a low blood reading, a plus that is no strip).

use super::readings::read;
use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn strong_urine_ketones_or_deep_breathing_with_vomiting_is_an_emergency() {
    check(&[
        (
            "type 1 here, ketones in my wee are +++ on the strip",
            Emergency,
        ),
        (
            "mi hijo es diabético, la tira de cetonas sale ++ y está vomitando",
            Emergency,
        ),
        (
            "ketone strip came up deep purple this morning and I keep being sick",
            Emergency,
        ),
        ("blood keytones 4.2 and throwing up", Emergency),
        (
            "diabética tipo 1, vomitei a noite toda e agora estou respirando fundo",
            Emergency,
        ),
        // Lower readings stay lower: one plus, and a low blood value.
        ("ketones in urine + this morning, type 1, feel ok", Urgent),
        ("ketones 0.3 after my run, sugar 9, all fine", Routine),
        // A strip in the past, and a question about what a strip means.
        (
            "last spring my strips showed +++ ketones when I was admitted, fine since, repeat please",
            Routine,
        ),
        ("what should I do if the ketones come up ++ on the stick?", Routine),
    ]);
}

#[test]
fn a_strip_reads_as_its_blood_equivalent_only_after_a_word_for_ketones() {
    assert_eq!(read("cetona na urina deu +++").ketones, Some(3.0));
    assert_eq!(read("Ketone im Urin ++").ketones, Some(3.0));
    assert_eq!(read("ketones + in the urine").ketones, Some(1.0));
    assert_eq!(read("ketone stick went dark purple").ketones, Some(3.0));
    // A plus in another sentence, or with no ketone word, is no strip.
    assert_eq!(read("ketones checked. blood group A++").ketones, None);
    assert_eq!(read("rated it ++ on the survey").ketones, None);
}
