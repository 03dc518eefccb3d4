//! Drink and drugs as young adults tell them. Drinking every day for weeks or months is a
//! dependence, so the withdrawal rows read it (`Sig::Withdrawal`): with shaking, sweating
//! or a racing heart a same-day look, with seeing things or a fit delirium tremens, an
//! emergency [CG100]. The stop itself often sits in the next clause ("been drinking every
//! day for months, stopped 2 days ago"), where the matcher cannot join it, hence the
//! habit alone. A harm-reduction question about naloxone kits is not an overdose
//! (`Sig::NotASign`): only the plural kits, handed out or asked for, so "used the naloxone
//! kit, he is not waking" still reads. In seven languages. Tests, in other words than
//! batch 125, with hard negatives (a weekend drinker, a hangover, a kit question), are in
//! `drink_and_drugs_told_by_young_adults_tests.rs`.

use super::lexicon::Sig;

/// Daily drinking as a dependence; naloxone kits asked about.
pub(crate) const DRINK_AND_DRUGS_TOLD_BY_YOUNG_ADULTS: &[(Sig, &str)] = &[
    (
        Sig::Withdrawal,
        pats![
            "drinking|drunk|boozing ~every ~day|night ~for ~weeks|months|years",
            "on ~the ~drink|booze|piss ~for ~#2 ~days|weeks ~straight",
            "on ~the ~drink|booze ~every ~day",
            "bebiendo|bebo|bebia ~todos ~los ~dias ~desde ~hace ~meses|semanas|anos",
            "bois|buvais ~tous ~les ~jours ~depuis ~des ~mois|semaines|annees",
            "trinke|trinkt|getrunken ~seit ~monaten|wochen|jahren ~jeden ~tag|taglich|taeglich",
            "jeden ~tag ~getrunken|gesoffen",
            "bevo|bevuto|bevendo ~tutti ~i ~giorni ~da ~mesi|settimane|anni",
            "bebo|bebendo|bebia ~todo|todos ~dia|dias ~ha|faz ~meses|semanas|anos",
            "drink|dronk ~al ~maanden|weken|jaren ~elke|iedere ~dag",
        ],
    ),
    (
        Sig::NotASign,
        pats![
            "give|giving|hand|handing ~out ~naloxone|narcan",
            "naloxone|narcan ~kits",
            "kits ~de ~naloxona|naloxone",
            "naloxon ~kits",
            "naloxonkits",
            "kit ~di ~naloxone ~gratis|gratuiti|distribuite",
        ],
    ),
];
