//! One calf or leg bigger, fatter or thicker than the other, the sign people see of a
//! deep vein thrombosis before they feel it: "my left calf looks fatter than the right",
//! "la pantorrilla derecha más gorda que la otra", "un mollet plus gros que l'autre",
//! "eine Wade dicker als die andere", "un polpaccio più grosso dell'altro", "uma
//! panturrilha mais grossa que a outra", "de ene kuit dikker dan de andere"; and a calf
//! that aches. A swollen calf is urgent alone, an emergency with breathlessness or chest
//! pain (the existing rows) [NG158]. Tests in other words, with hard negatives (a calf
//! stiff after a run, legs both swollen in the heat, a calf tattoo), are in
//! `one_calf_bigger_than_the_other_tests.rs`. Retried from session 22f's dropped tables.

use super::lexicon::Sig;

/// One calf or leg compared with the other, or a calf that aches.
pub(crate) const ONE_CALF_BIGGER_THAN_THE_OTHER: &[(Sig, &str)] = &[(
    Sig::CalfSwelling,
    pats![
        "calf|leg ~fatter|bigger|thicker|wider ~than ~other|right|left",
        "calf ~aching|aches|throbbing",
        "pantorrilla|gemelo|pierna ~mas ~gorda|gordo|grande|hinchada|ancha ~que ~otra|otro",
        "mollet|jambe ~plus ~gros|grosse|gonfle|gonflee ~que ~autre",
        "wade|bein ~dicker|grosser ~als ~andere",
        "polpaccio|gamba ~piu ~grosso|grossa|gonfio|gonfia ~altro|altra",
        "panturrilha|batata|perna ~mais ~grossa|inchada ~que ~outra",
        "kuit|been ~dikker ~dan ~andere",
    ],
)];
