//! Mental health told sideways by young people, and the words of death and self-harm that
//! are not a risk now. A wish not to wake up told as others being "better off" ("everyone
//! would be better off if I just didn't wake up", "estarían mejor sin mí", "wären ohne mich
//! besser dran") is thoughts of death without a plan (`Sig::DarkThoughts`, a same-day
//! talk [NG225, MHF]). Scars of self-harm long healed, asked about for laser or a tattoo,
//! and "gonna kms if I have to fill in one more form" (the chore and "one more" make it a
//! joke) are not a sign (`Sig::NotASign`: the pattern covers the death word, so the rest
//! of the message still reads; "cutting again over the old scars" is still self-harm).
//! In seven languages. Tests, in other words than batch 125, with the messages these must
//! not hide, are in `mental_health_told_sideways_tests.rs`.

use super::lexicon::Sig;

/// Others better off without the person; old scars and chores that are not a risk.
pub(crate) const MENTAL_HEALTH_TOLD_SIDEWAYS: &[(Sig, &str)] = &[
    (
        Sig::DarkThoughts,
        pats![
            "better ~off ~if ~i ~didnt|wasnt|never ~wake|woke|here|around|exist",
            "estarian|estarias|estaria ~mejor ~sin ~mi",
            "seraient|serait ~mieux ~sans ~moi",
            "waren|waeren|ware|waere ~ohne ~mich ~besser",
            "starebbero|starebbe ~meglio ~senza ~di ~me",
            "ficariam|ficaria|estariam ~melhor ~sem ~mim",
            "beter ~af ~zonder ~mij",
        ],
    ),
    (
        Sig::NotASign,
        pats![
            "old|healed|faded ~self ~harm|selfharm ~scars|scar",
            "scars|scar ~from ~self ~harm|selfharm|cutting ~years|ago|laser|tattoo|cover|fade",
            "cicatrices ~de ~autolesiones|cortes ~antiguas|viejas|laser|tatuaje",
            "cicatrices ~d ~automutilation|scarification|scarifications",
            "alte ~ritznarben|selbstverletzungsnarben",
            "narben ~vom ~ritzen ~alt|laser|tattoo|uberdecken|ueberdecken",
            "vecchie ~cicatrici ~di ~autolesionismo|tagli",
            "cicatrizes ~antigas ~de ~automutilacao|cortes",
            "oude ~littekens ~van ~zelfbeschadiging|snijden",
            "kms|kys ~if ~one ~more ~form|exam|essay|meeting|lecture|email|shift|assignment",
            "kill ~myself ~if ~one ~more ~form|exam|essay|meeting|lecture|email|shift|assignment",
            "me ~mato ~si ~otro|otra|mas ~formulario|examen|reunion",
            "me ~tuer ~si ~encore ~un|une ~formulaire|examen|reunion",
            "bring ~mich ~um ~wenn ~noch ~ein|eine ~formular|prufung|pruefung|meeting",
            "ammazzo ~se ~altro|altra|ancora ~modulo|esame|riunione",
            "me ~matar ~se ~mais ~um|uma ~formulario|prova|reuniao",
            "kant ~als ~nog ~een|1 ~formulier|tentamen|vergadering",
        ],
    ),
];
