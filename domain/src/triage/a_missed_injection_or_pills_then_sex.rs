//! A contraceptive injection forgotten or overdue, or pills missed for days, and sex
//! since, told in the words a phone uses ("dovevo fare la puntura ... dimenticata, ho
//! avuto rapporti", "esqueci o anticoncepcional 3 dias ... transei", "prikpil vergeten
//! ... gevreeën"): emergency contraception is time-limited, a same-day answer [FSRH].
//! English "missed depo ... sex" was read; the other six were not. `Sig::
//! EmergencyContraception` is urgent. Tests in other words, with negatives (an injection
//! booked, pills forgotten with no sex, a flu jab), are in
//! `a_missed_injection_or_pills_then_sex_tests.rs`.

use super::lexicon::Sig;

/// A late injection or missed pills followed by sex, in seven languages.
pub(crate) const A_MISSED_INJECTION_OR_PILLS_THEN_SEX: &[(Sig, &str)] = &[(
    Sig::EmergencyContraception,
    pats![
        "puntura|iniezione|pillola ~dimenticata|dimenticato|saltata|saltato|scordata ~rapporti|rapporto|sesso",
        "dimenticata|dimenticato|saltato|scordata ~puntura|iniezione|pillola ~rapporti|rapporto|sesso",
        "esqueci|esqueceu ~injecao|anticoncepcional|pilula ~relacoes|relacao|transei|transamos|sexo",
        "injecao|trimestral|anticoncepcional|pilula ~relacoes|relacao|transei|transamos|sexo",
        "injecao|anticoncepcional|pilula ~esquecida|atrasada ~relacoes|relacao|transei|transamos|sexo",
        "olvide|olvido ~inyeccion|pastilla|pastillas|anticonceptivo ~relaciones|sexo",
        "oublie|oubliee ~injection|piqure|pilule ~rapport|rapports",
        "vergessen ~spritze|pille|dreimonatsspritze ~sex|verkehr|geschlafen",
        "spritze|pille ~vergessen ~sex|verkehr|geschlafen",
        "vergeten ~prik|prikpil|pil ~seks|gevreeen|gemeenschap",
        "prik|prikpil|pil ~vergeten ~seks|gevreeen|gemeenschap",
        // The days or weeks missed between the method and the sex: "ho saltato la pillola
        // per 2 giorni e abbiamo avuto un rapporto", "oublié ma pilule trois jours et".
        "saltato|saltata|dimenticato|dimenticata|scordato ~pillola|puntura|iniezione ~giorni|giorno|settimane ~rapporto|rapporti",
        "oublie|oubliee ~pilule|injection|piqure ~jours|jour|semaines ~rapport|rapports",
        "prik|prikpil|pil ~te ~laat ~seks|gevreeen|gemeenschap",
        "sono ~dimenticata|dimenticato|scordata ~ho ~avuto ~rapporti|rapporto",
        "forgot|forgotten|missed ~pill|pills ~sex|unprotected",
    ],
)];
