//! Burns and wounds whose depth or size makes them an emergency, told in lay Spanish,
//! French and German (often self-inflicted, told by the person): a scald or a burn set
//! alight ("ébouillantée", "angezündet"), skin white, leathery or painless (full
//! thickness), skin coming off in strips, a burn "as big as a plate / a hand"; blood
//! that spurts; a knife driven in and still in the wound. Each feeds the existing rows:
//! a burn over a large area (full thickness counted with it) [MTS burns]; a haemorrhage
//! [BLEED]; and one new row, a blade still in the wound [MTS: penetrating injury, do not
//! pull it out]. Tests, in other words than batch 107, with hard negatives (a small
//! blister, a sunburn, a splinter still in, a plate in a recipe), are in
//! `deep_burns_and_wounds_tests.rs`.

use super::lexicon::Sig;

/// Deep or large burns, spurting blood and a blade left in a wound.
pub(crate) const DEEP_BURNS_AND_WOUNDS: &[(Sig, &str)] = &[
    (
        Sig::Burn,
        pats![
            "ebouillante|ebouillantee",
            "angezundet|angezuendet ~arm|unterarm|bein|hand|haut",
            "mit ~grillanzunder|grillanzuender|feuerzeug ~den|die|das"
        ],
    ),
    (
        // Large (bigger than the person's hand) or full thickness (white, leathery,
        // painless) [MTS burns].
        Sig::LargeArea,
        pats![
            "grand|grande ~comme|como ~une|una|un ~assiette|main|mano|plato",
            "so ~gross|groß ~wie ~eine ~hand|teller",
            "as ~big ~as ~a|my ~hand|plate",
            "grosser|großer ~fleck",
            "weiss|weiß ~und ~ledrig",
            "white ~and ~leathery",
            "blanche ~et ~cartonnee",
            "!blanca ~y ~no ~me ~duele",
            "peau ~part ~en ~lambeaux",
        ],
    ),
    (
        // Blood that spurts: an artery [BLEED].
        Sig::Haemorrhage,
        pats![
            "spritzt ~richtig|raus",
            "sale ~a ~chorros",
            "le ~sang ~gicle",
            "ca ~gicle"
        ],
    ),
    (
        // A blade driven into the body.
        Sig::Weapon,
        pats![
            "plante|enfonce ~un|une ~couteau|lame",
            "clavado ~un ~cuchillo",
            "messer ~reingestochen|reingerammt",
            "stabbed ~myself ~with"
        ],
    ),
    (
        // Still in the wound.
        Sig::Lodged,
        pats![
            "encore ~dedans",
            "sigue ~clavado|dentro",
            "steckt ~noch ~drin",
            "still ~in ~the ~wound"
        ],
    ),
];
