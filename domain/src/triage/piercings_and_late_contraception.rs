//! Two same-day signs young people text about their bodies. A piercing or a tattoo gone
//! bad told as a list, "swollen, red and throbbing", "hinchada, roja y palpitante",
//! "geschwollen, rot und pocht": a hot, red, throbbing swelling (`Sig::HotSwelling`, an
//! infection to see the same day; on the ear's cartilage it can take the cartilage
//! [NG141, MTS]). A contraceptive injection overdue ("my depo was due 3 weeks ago",
//! "Dreimonatsspritze vergessen", "prikpil te laat"): a pregnancy test and emergency
//! contraception the same day when there was sex since (`Sig::EmergencyContraception`,
//! consensus); the sex often sits in the next clause, where the matcher cannot join it.
//! Tests, in other words than batch 125, with hard negatives (a jab due next week, a
//! healing piercing), are in `piercings_and_late_contraception_tests.rs`.

use super::lexicon::Sig;

/// A throbbing red swelling; an overdue contraceptive injection.
pub(crate) const PIERCINGS_AND_LATE_CONTRACEPTION: &[(Sig, &str)] = &[
    (
        Sig::HotSwelling,
        pats![
            "swollen|swelling ~red ~throbbing",
            "hinchada|hinchado ~roja|rojo ~palpitante|late",
            "gonflee|gonfle ~rouge ~lance",
            "geschwollen ~rot ~pocht|pochend",
            "gonfia|gonfio ~rossa|rosso ~pulsa|pulsante",
            "inchada|inchado ~vermelha|vermelho ~latejando|lateja",
            "gezwollen ~rood ~klopt|kloppend",
        ],
    ),
    (
        Sig::EmergencyContraception,
        pats![
            "depo|injection|jab ~was ~due ~weeks|days ~ago",
            "depo ~overdue",
            "inyeccion ~anticonceptiva|trimestral ~atrasada|olvide|se ~me ~paso",
            "piqure ~contraceptive ~en ~retard|oubliee",
            "dreimonatsspritze|verhutungsspritze|verhuetungsspritze ~vergessen|uberfallig|ueberfaellig|verpasst",
            "iniezione ~contraccettiva ~in ~ritardo|dimenticata|saltata",
            "injecao ~anticoncepcional|trimestral ~atrasada|esqueci",
            "prikpil ~vergeten|te ~laat|gemist",
        ],
    ),
];
