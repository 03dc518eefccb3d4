//! A household chemical in the eye, named by its brand or its everyday name rather than as
//! "a chemical": hydrochloric acid sold as "salfumán" or "acido muriatico", bleach ("lejía",
//! "candeggina", "lixívia", "bleekmiddel"), drain and oven cleaners, ammonia, caustic soda.
//! A splash in the eye is an emergency: rinse for 20 minutes and go to emergency eye care
//! [EYE]. The names alone are not read: only with the eye. Tests, in other words than
//! batch 120, with hard negatives (a bleach question, a cleaner bought, an eye drop), are in
//! `household_chemicals_in_the_eye_tests.rs`.

use super::lexicon::Sig;

/// The chemical then the eye, and the eye then the chemical.
pub(crate) const HOUSEHOLD_CHEMICALS_IN_THE_EYE: &[(Sig, &str)] = &[(
    Sig::ChemicalEye,
    pats![
        "salfuman|lejia|amoniaco|desatascador|sosa|aguafuerte ~ojo|ojos",
        "ojo|ojos ~salfuman|lejia|amoniaco|desatascador|sosa",
        "bleach|ammonia|descaler|limescale ~eye|eyes",
        "oven|drain ~cleaner ~eye|eyes",
        "eye|eyes ~bleach|ammonia",
        "javel|destop|deboucheur|ammoniaque ~oeil|yeux",
        "abflussreiniger|rohrreiniger|backofenspray|backofenreiniger|chlorreiniger|entkalker|salmiak ~auge|augen",
        "auge|augen ~abflussreiniger|rohrreiniger|backofenspray|chlorreiniger|salmiak",
        "candeggina|varechina|ammoniaca|muriatico|sgorgante|anticalcare ~occhio|occhi",
        "occhio|occhi ~candeggina|varechina|ammoniaca|muriatico|sgorgante",
        "lixivia|sanitaria|caustica|desentupidor|amoniaco|muriatico ~olho|olhos",
        "olho|olhos ~lixivia|sanitaria|caustica|desentupidor",
        "bleekmiddel|ontstopper|ammoniak|ovenreiniger|ontkalker ~oog|ogen",
        "oog|ogen ~bleekmiddel|ontstopper|ammoniak",
    ],
)];
