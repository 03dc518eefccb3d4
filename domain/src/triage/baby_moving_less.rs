//! A baby in the womb moving less, in the lay words the lexicon lacked: "has hardly
//! kicked", "barely moved today", "the bump has been quiet", "je sens beaucoup moins le
//! bébé bouger", "spüre das Baby kaum", "casi no he notado al bebé", "o bebê mexeu quase
//! nada", "sento a malapena il bimbo", "voel de baby amper". Baby moving less from 24-28
//! weeks is a call to the maternity unit now: urgent, not an emergency [GTG57; MAT]. The
//! kicks and the bump are words of pregnancy; "hardly moved" is read only with the baby or
//! the bump named (not "I barely moved from the sofa").
//! Tests, in other words than the corpus, with hard negatives (moving well again, a
//! hypothetical, a friend's pregnancy, an idiom), are in `baby_moving_less_tests.rs`.

use super::lexicon::Sig;

/// Fewer movements of a baby not yet born, in seven languages.
pub(crate) const BABY_MOVING_LESS: &[(Sig, &str)] = &[(
    Sig::FetalMovement,
    pats![
        "hardly|barely|scarcely ~kicked|kicking|kicks",
        "baby|babys|bump|bub ~hardly|barely|scarcely ~moved|moving",
        "bump|baby ~been|is|has ~quiet|still ~all ~day|today",
        "bump ~really|very|so ~quiet",
        "sens|sent ~beaucoup|bien ~moins ~bebe|bouger",
        "spure|spurt ~baby|kind ~kaum|weniger|fast ~nicht",
        "!casi ~no ~he|ha ~notado|sentido ~bebe",
        "bebe ~mexeu|mexe ~quase ~nada",
        "!quase ~nao ~sinto|senti ~bebe",
        "sento|sente ~a ~malapena ~bimbo|bambino|bebe",
        "voel|voelt ~baby|kindje ~amper|nauwelijks",
    ],
)];
