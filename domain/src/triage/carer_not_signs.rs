//! What carers describe that is not a sign (batch 93, session 17e in TRIAGE.md): a
//! newborn's breathing that goes fast then slow in sleep, a snuffly nose while feeding,
//! grunting while doing a poo, the swelling a ventouse leaves, a parent "tired and
//! confused lol" about a dose, and "what to do if" questions in French, Spanish,
//! Portuguese and Italian. Benign phrases hide only the finding wholly inside them, so
//! any other sign in the message still counts. Tests, with the real signs beside them,
//! in `carer_not_signs_tests.rs`.

use super::lexicon::Sig;

/// Benign phrases and question cues in carers' words.
pub(crate) const CARER_NOT_SIGNS: &[(Sig, &str)] = &[
    // ---------------------------------------------- normal newborn breathing [NG143]
    (
        // Periodic breathing in sleep ("fast then slow"), a snuffly or snorty nose while
        // feeding: normal in a newborn (NG143 names grunting, recession and a rate over
        // 60, which still count when told).
        Sig::Benign,
        pats![
            "breathing|breaths ~goes|go|is|are ~fast|quick ~then ~slow|slower",
            "breathing|breaths ~slow ~then ~fast|quick",
            "breathing ~sounds|is|a ~snuffly|snorty|snuffley|stuffy|blocked|congested ~and ~noisy",
            "snuffly|snorty|stuffy|blocked ~noisy ~breathing",
        ],
    ),
    (
        // Grunting or straining while doing a poo: a baby learning to push (infant
        // dyschezia), not the grunting of a baby working to breathe.
        Sig::Benign,
        pats![
            "grunt|grunts|grunted|grunting|groans|groaning ~when|while|doing|to ~poo|pooing|pooping|poop|stools",
            "grunt|grunts|grunted|grunting ~and ~strain|strains|strained|straining",
            "strain|strains|strained|straining ~and ~grunt|grunts|grunted|grunting",
        ],
    ),
    (
        // A swelling on the head from the birth (ventouse, forceps, a cone shape):
        // moulding or a cephalohaematoma, not a head injury.
        Sig::Benign,
        pats![
            "lump|bump|swelling|mark ~on ~head ~from|after|since ~delivery|birth|ventouse|forceps|labour",
            "ventouse|forceps ~lump|bump|swelling|mark|cone",
        ],
    ),
    (
        // A parent "tired and confused lol" about a label: puzzled, not new confusion.
        Sig::Benign,
        pats!["im|am|i ~tired ~and ~confused|muddled ~lol|haha|lmao", "confused ~lol|haha|lmao"],
    ),
    (
        // "The dentist can't see her till Monday": no appointment, not lost sight. Only
        // a clinician or a service as the subject ("I can't see out of my eye" counts).
        Sig::Benign,
        pats![
            "dentist|doctor|doctors|dr|gp|nurse|midwife|surgery|clinic|practice|hospital|they|nobody|noone ~cant|cannot|couldnt ~see ~her|him|me|us|them|you|anyone ~till|until|before|for|today|this",
        ],
    ),
    // ------------------------------------------------------------- questions
    (
        // "Que faire si ma fille avale...", "qué hago si...": a question about what to do
        // if something happened, opening its clause.
        Sig::Hypothetical,
        pats![
            "que ~faire|fais|fait ~si", "que ~hacer|hago|hacemos ~si", "o ~que ~fazer|faco ~se",
            "cosa ~fare|faccio ~se",
        ],
    ),
];
