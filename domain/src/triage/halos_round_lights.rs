//! Halos or rainbow rings round lights, in the seven languages ("rainbow rings round the
//! lights", "veo halos alrededor de las luces", "des halos autour des lampes", "Ringe um die
//! Lampen", "aloni intorno alle luci", "halos em volta das luzes", "kringen rond de lampen").
//! With a painful eye and a headache or vomiting that is acute angle-closure glaucoma: the
//! pressure in the eye rises within hours and sight is lost, so emergency eye care now, not
//! the same-day slot a painful eye gets alone [EYE, consensus]. Halos alone (after laser
//! surgery, at night) lift nothing here. Tests, in other words than the corpus, with hard
//! negatives (halos after LASIK, a migraine with halos and no eye named), are in
//! `halos_round_lights_tests.rs`.

use super::lexicon::Sig;

/// Halos round lights, or rings or rainbows round them.
pub(crate) const HALOS_ROUND_LIGHTS: &[(Sig, &str)] = &[(
    Sig::Halos,
    pats![
        // Not "halo" alone: repeated letters are squeezed, so German "hallo" reads "halo".
        "halos|haloes|aureola|aureolas|aloni",
        "halo|rainbow|rainbows|rings|ringe|kringen|anneaux|cercles|anillos|arcoiris|anelli|aneis ~lights|lamps|luces|lumieres|lampes|lichter|lampen|luci|luzes|lichten|lampade",
    ],
)];
