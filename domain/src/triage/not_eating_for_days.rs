//! Eating or drinking almost nothing, told the way families and carers type it: "barely
//! eating", "refusing most food", "only having sips", "declining fluids", "casi no come",
//! "isst kaum", "eet bijna niets". In an older person dehydration and delirium follow,
//! so it is a same-day look [consensus; NG143 amber for reduced intake in a child]. It
//! feeds `Sig::NotFeeding`, whose row already reads urgent; session 17e's table holds
//! the phrasings with a duration. Tests in other words, with hard negatives (a fussy
//! eater, eating fine, a diet), in `not_eating_for_days_tests.rs`.

use super::lexicon::Sig;

/// Intake fallen to almost nothing.
pub(crate) const NOT_EATING_FOR_DAYS: &[(Sig, &str)] = &[(
    Sig::NotFeeding,
    pats![
        "barely|hardly ~eating|eaten|eats|drinking|drinks",
        "refusing|refuses|declining|declines ~most|any|all ~food|fluids|drinks|meals",
        "declining|declined ~fluids",
        "only ~sips|sip",
        "gone|went ~off ~his|her ~food",
        "!not ~hungry ~for ~week|days",
        "apenas|casi ~no ~come|bebe",
        "!no ~come ~ni ~bebe",
        "mange|boit ~presque|quasiment ~rien|plus",
        "!ne ~mange|boit ~presque|quasiment ~rien",
        "isst|trinkt ~kaum|fast ~nichts",
        "mangia|beve ~pochissimo",
        "!non ~mangia ~ne ~beve",
        "!nem ~quer ~comer",
        "!quase ~nao ~come|bebe",
        "eet|drinkt|drink ~bijna|nauwelijks|slecht ~niets|niks",
        "eet|drinkt|drink ~nauwelijks|slecht",
    ],
)];
