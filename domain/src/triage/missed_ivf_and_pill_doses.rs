//! A fertility injection missed, late or botched, and contraceptive pills missed before sex:
//! "completely forgot my trigger shot", "esqueci a injeção de Gonal-f", "Puregon-injectie
//! vergeten", "Ovitrelle con 12 ore di ritardo", "half of it leaked back out", "missed 2 of
//! my pills and had sex". In a stimulated cycle the timing decides the egg collection: the
//! clinic's nurse the same day [GTG5, consensus] (row "an IVF injection missed, late,
//! leaked or doubled" in `presentations.rs`). Pills missed with sex since is the
//! emergency-contraception clock (`EmergencyContraception`, urgent). Tests, in other words
//! than the corpus, with hard negatives (a missed appointment, an injection booked for
//! later, the pill taken late with no sex), are in `missed_ivf_and_pill_doses_tests.rs`.

use super::lexicon::Sig;

/// Doses missed, late or lost, and missed pills with sex.
pub(crate) const MISSED_IVF_AND_PILL_DOSES: &[(Sig, &str)] = &[
    (
        // A dose missed, late or lost out of the skin, in seven languages.
        Sig::MissedDose,
        pats![
            "forgot|forgotten|missed ~injection|injections|shot|jab|dose|trigger",
            "trigger|shot|injection ~completely|totally ~forgot",
            "did ~trigger|injection|shot ~wrong",
            "leaked ~back ~out",
            "completely|totally ~forgot",
            "#1 ~hours ~late",
            "#1 ~horas ~de ~retraso|atraso",
            "#1 ~heures ~de ~retard",
            "#1 ~stunden ~zu ~spat",
            "#1 ~ore ~di ~ritardo",
            "#1 ~uur ~te ~laat",
            "olvide|olvido|olvidado ~inyeccion|pinchazo|dosis",
            "inyeccion ~tarde|retraso",
            "oublie|oubliee ~injection|piqure|dose",
            "injection|piqure ~en ~retard",
            "spritze|injektion ~vergessen|verpasst|zu ~spat",
            "vergessen ~spritze|injektion",
            "dimenticat*|scordat* ~iniezione|puntura|dose",
            "iniezione|puntura ~ritardo|dimenticata",
            "esqueci|esqueceu|esquecido ~injecao|dose|aplicar",
            "injecao ~atrasada|atraso",
            "vergeten ~injectie|prik|spuit",
            "injectie|prik ~vergeten|te ~laat",
        ],
    ),
    (
        // The trigger told without "shot" ("I did my trigger wrong"): with a dose missed,
        // late or leaked, the IVF row.
        Sig::Ivf,
        pats!["my|the ~trigger ~wrong|late|forgot|missed|leaked"],
    ),
    (
        // Contraceptive pills missed with sex since [consensus: FSRH missed-pill rules].
        Sig::EmergencyContraception,
        pats![
            "missed|forgot|forgotten ~pill|pills ~sex",
            "olvide ~pastilla|pastillas|pildora ~relaciones|sexo",
            "oublie ~pilule|comprimes ~rapport|rapports",
            "pille ~vergessen ~sex|verkehr",
            "dimenticat* ~pillola|pillole ~rapporto|rapporti",
            "esqueci ~pilula|comprimidos ~relacao|relacoes|sexo",
            "pil|pillen ~vergeten ~seks",
        ],
    ),
];
