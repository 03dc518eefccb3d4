//! A suicide plan told as a farewell, without a word for death: things given away ("he's
//! given his guitars and his dog away"), someone asked to look after a parent or the
//! children "for me", the children or the cat handed over ("dropped the kids at my
//! sister's", "j'ai confié mon chat à ma voisine"), an absence announced ("I don't think
//! I'll be here when they get back"), a readiness ("je suis prête maintenant", "everything
//! in order"), a wish to join someone who died soon ("würde Oma bald besuchen"), and the
//! means told as a hose in the car. Each feeds a context the presentation table already
//! combines: a goodbye with no answer, a decision, the means or "I can't go on" is an
//! emergency [MHF, NG225]; one alone lifts nothing. Tests, in other words than the corpus,
//! with hard negatives (a pram given away, a babysitter, a hose for the garden, "ready
//! now" for an appointment), are in `suicide_told_as_a_farewell_tests.rs`.

use super::lexicon::Sig;

/// Goodbyes, announced absences and the means told plainly.
pub(crate) const SUICIDE_TOLD_AS_A_FAREWELL: &[(Sig, &str)] = &[
    (
        // What is handed over or given away, in the seven languages.
        Sig::Farewell,
        pats![
            "given|gave|giving ~away", "regalado|regalo|regalando|regalato|doou|doado ~sus|mis|le|sue|mie|as|suas|todas|tutte ~cosas|cose|coisas",
            "donne|donnes ~ses|mes|toutes ~affaires|choses", "verschenkt|verschenken|weggegeven|weggeven",
            "look|looking ~after ~for ~me", "take ~care ~of ~for ~me",
            "cuida|cuidad|cuidem|occupe|occupez|kummer|kuemmer|zorg ~por|pour|fur|voor ~mi|moi|mim|mich|mij",
            "dropped|left ~the|my ~kids|children ~at|with", "confie|confiee ~mon|ma|mes ~chat|chien|enfants|fils|fille",
            "dejado|deje ~a ~los ~ninos|nenes|perro|gato ~con|en", "kinder|katze|hund ~zu|bei ~abgegeben|gebracht",
            // Joining someone who died, soon.
            "oma|opa|mama|papa|frau|mann ~bald ~besuchen|wiedersehen|folgen", "join|joining ~her|him|mum|mom|dad|nan|grandma|wife|husband ~soon",
            "rejoindre ~bientot", "reunirme|reunirse ~con ~pronto", "raggiungere|raggiungerla|raggiungerlo ~presto",
        ],
    ),
    (
        // An absence announced, or ready now: counted only with a goodbye, the means or
        // thoughts of death (the "decision" row).
        Sig::Decided,
        pats![
            "!dont ~think ~ill|i ~be ~here|around", "!wont ~be ~here|around ~when",
            "suis|sens ~prete|pret ~maintenant", "tout ~range|regle", "affairs ~in ~order", "alles ~geregelt",
            "ya ~estoy ~lista|listo", "ich ~bin ~jetzt ~bereit", "ora ~sono ~pronta|pronto", "agora ~estou ~pronta|pronto", "ik ~ben ~er ~klaar ~voor",
        ],
    ),
    (
        // A hose in the car: exhaust fumes [MHF].
        Sig::MeansAtHand,
        pats!["hose|hosepipe|schlauch|gartenschlauch|slang|tuyau|manguera|mangueira ~car|auto|voiture|coche|carro|macchina|wagen"],
    ),
];
