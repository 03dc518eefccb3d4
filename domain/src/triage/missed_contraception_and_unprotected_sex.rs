//! Sex without protection told plainly, or after a method was missed or failed: a window
//! for emergency contraception that closes within days, so a clinician the same day
//! (consensus, as the existing `EmergencyContraception` signal; no source key yet). The
//! words the lexicon lacked: "sex without anything", "lo hemos hecho sin protección", the
//! condom told after its verb ("se rompió el condón"), a late injection or a missed pill
//! followed by sex. Asking about contraception, a pill taken late with no sex, or sex long
//! ago for a screening test stay routine. Tests, in other words than batch 120, with hard
//! negatives, are in `missed_contraception_and_unprotected_sex_tests.rs`.

use super::lexicon::Sig;

/// The act without protection, a condom that failed told verb first, and a late or
/// missed method followed by sex, in the seven languages.
pub(crate) const MISSED_CONTRACEPTION_AND_UNPROTECTED_SEX: &[(Sig, &str)] = &[(
    Sig::EmergencyContraception,
    pats![
        "!sex|intercourse ~without ~anything|protection|condom|contraception",
        "unprotected ~sex|intercourse",
        "!hecho|relaciones|sexo ~sin ~proteccion|condon|preservativo|nada",
        "!rapport|rapports|couche ~sans ~protection|preservatif|capote",
        "rapport|rapports ~non ~protege|proteges",
        "!sex|verkehr|geschlafen ~ohne ~kondom|verhutung|schutz|gummi",
        "ungeschutzt|ungeschutzten ~sex|verkehr|gv",
        "!rapporto|rapporti|sesso ~senza ~protezione|preservativo",
        "rapporto|rapporti ~non ~protetto|protetti",
        "!relacao|relacoes|sexo|transamos ~sem ~protecao|camisinha|preservativo",
        "onbeschermde|onveilige ~seks|vrijen|gemeenschap",
        "!seks|gevreeen|gevreeën ~zonder ~condoom|bescherming",
        "rompio|rompio|roto|rajo|salio ~condon|preservativo",
        "depo|injection|jab ~late|overdue|missed ~sex|unprotected",
        "missed|late ~depo|injection|jab ~sex|unprotected",
    ],
)];
