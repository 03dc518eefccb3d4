//! An age told in years after "I have" ("j'ai 38 ans", "tengo 39 años", "tenho 38 anos",
//! "ho 38 anni"): the lexicon's fever pattern "have 38" ("j'ai 39", "tengo 39 de fiebre",
//! "ich habe 39") read it as a temperature (sessions 23b and 23f left "j'ai 38 ans" read
//! as a fever). The pattern covers the number and its years (`Sig::NotASign`), so "j'ai
//! 38 de fièvre" and "tengo 39 de fiebre" still read; `readings.rs`
//! (`told_as_years_of_age`) keeps the same numbers, and "ich bin 39", "ik ben 38", "I'm
//! 38", out of the temperature reading (a reading error, as session 23e's: no clinical row
//! changes; a fever told by its number still meets [NG143] and [NG51] as before).
//! Tests, in seven languages, with fevers told by a number, are in
//! `ages_told_in_years_tests.rs`.

use super::lexicon::Sig;

/// An age after "I have" with a word for years: not a fever.
pub(crate) const AGES_TOLD_IN_YEARS: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats!["have|has|ai|habe|hat|tengo|tiene|tenho|tem|ho|ha|heb|heeft 37|38|39|40|41|42 years|ans|anos|anni|jahre|jaar"],
)];
