//! A wish not to be alive told without a plan, in lay words whose own "not" the scope
//! read as a denial: "no vale la pena seguir viviendo", "sería mejor no estar aquí",
//! "no quiero estar aquí", "ce serait plus simple si j'étais plus là", "besser wär ich
//! nicht da", "liever niet meer ben", "non ha senso andare avanti", and "sumir" (to
//! vanish) in Portuguese. Each is written with its negation inside (`!`), so a "no" that
//! belongs to the wish is not read as denying it; "I have no plan, I won't do anything"
//! still denies only a plan. Thoughts of death without a plan or intent are a same-day
//! conversation [NG225, MHF]; with a plan, the means or a goodbye, the existing rules
//! make them an emergency. Tests, in other words than the corpus, with hard negatives
//! (a denied wish, "no vale la pena" about a trip, an idiom), are in
//! `passive_death_wishes_tests.rs`.

use super::lexicon::Sig;

/// A passive wish to be dead or gone, in seven languages.
pub(crate) const PASSIVE_DEATH_WISHES: &[(Sig, &str)] = &[(
    Sig::DarkThoughts,
    pats![
        "!dont|doesnt|cant ~see ~the ~point ~in|of ~living|anything|going",
        "!rather|better ~not ~be ~here|around|alive",
        "!better ~not ~to ~wake|exist",
        "!no ~vale ~la ~pena ~seguir|vivir",
        "!mejor ~no ~estar|existir|despertar|despertarme",
        "!no ~quiero ~estar ~aqui|aca|vivo|viva",
        "pienso|pensando ~en ~morirme|morir",
        "!melhor ~nao ~existir|estar|acordar",
        "melhor ~sumir|desaparecer",
        "pensado|pensamento|pensamentos|penso|pensando ~em|de ~sumir|desaparecer|morrer",
        "!nao ~quero|querer ~mais ~viver|estar ~aqui",
        "!plus ~simple|facile ~si ~etais|jetais ~plus|pas ~la",
        "!si ~j ~etais ~plus ~la",
        "!besser ~waere|waer|ware|wär ~ich ~nicht ~mehr ~da",
        "!besser ~waere|waer|ware|wär ~ich ~nicht ~da",
        "!keinen ~sinn ~mehr ~zu ~leben",
        "!wenn ~ich ~nicht ~mehr ~da ~waere|wäre|ware|waer",
        "!non ~ha ~senso ~andare ~avanti|vivere",
        "!meglio ~non ~esserci|svegliarmi|svegliarsi",
        "!liever ~niet ~meer ~ben|was|zijn|leef|leven",
        "!als ~ik ~er ~niet ~meer ~was|ben|zou ~zijn",
    ],
)];
