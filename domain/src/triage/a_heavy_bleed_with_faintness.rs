//! A heavy bleed played down ("deve ser da idade") with the signs of blood loss told as
//! what happened: a pad soaked each hour, then the person "went white", "nearly blacked
//! out" ("fiquei branca", "bijna flauwgevallen"), or black stools named in Dutch ("zwarte
//! ontlasting"). "J'ai failli tomber dans les pommes" is a near-faint again unless a sight
//! caused it ("en voyant le devis", the idiom in `lay_red_flags_europe.rs`). A bleed with faintness or pallor is blood loss with shock
//! coming [BLEED]; a new row joins a pad each hour to faintness or pallor outside
//! pregnancy too (a period that will not stop). Tests, in other words than batch 133,
//! with hard negatives (a heavy period asked about, feeling faint at the sight of blood
//! last year, white trainers), are in `a_heavy_bleed_with_faintness_tests.rs`.

use super::lexicon::Sig;

/// Pallor, a near-faint and black stools in the words the corpus lacked.
pub(crate) const A_HEAVY_BLEED_WITH_FAINTNESS: &[(Sig, &str)] = &[
    // European Portuguese names the pad "penso" ("troco de penso de hora a hora").
    (
        Sig::PadsChangedFast,
        pats![
            "troco|mudo|encharco|encharquei ~penso|pensos ~hora",
            "serviette|serviettes ~par ~heure"
        ],
    ),
    (
        Sig::Pallor,
        pats!["fiquei|fiquei-me|estou ~branca|branco|palida|palido"],
    ),
    (
        Sig::Dizziness,
        pats!["!bijna ~flauwgevallen", "nearly|almost ~blacked ~out",],
    ),
    (
        Sig::BlackStool,
        pats![
            "zwarte|teerachtige ~ontlasting|poep|stoelgang",
            "ontlasting ~zwart ~als ~teer"
        ],
    ),
];
