//! A mouth told as full of sores, the mouth named first ("la bocca piena di piaghe", "la
//! boca llena de llagas", "mouth full of ulcers"): the mouth sores that, after a new
//! medicine with blisters, a rash or a fever, are Stevens-Johnson syndrome (the row of
//! session 21d, which read the sores only when they came before the mouth). Tests, with
//! hard negatives (a mouth full of food, one ulcer without a new medicine), are in
//! `mouth_full_of_sores_tests.rs`.

use super::lexicon::Sig;

pub(crate) const MOUTH_FULL_OF_SORES: &[(Sig, &str)] = &[(
    Sig::MouthSores,
    pats![
        "mouth|boca|bouche|mund|bocca|mond ~full|llena|pleine|voll|piena|cheia|vol sores|ulcers|blisters|llagas|aftas|ampollas|aphtes|ulceres|cloques|blasen|geschwure|piaghe|afte|vesciche|bolle|feridas|bolhas|zweren",
    ],
)];
