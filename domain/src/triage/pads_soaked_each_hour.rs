//! Heavy bleeding told as a pad soaked each hour ("encharcando um absorvente por hora",
//! "elk uur een volle maandverband"): after a birth or in pregnancy the table reads heavy
//! loss, an emergency [CG37, GTG52]. Tests, in other words than the corpus, with hard
//! negatives (a heavy period, a pad changed each morning), are in
//! `pads_soaked_each_hour_tests.rs`.

use super::lexicon::Sig;

/// A pad soaked through each hour.
pub(crate) const PADS_SOAKED_EACH_HOUR: &[(Sig, &str)] = &[(
    Sig::PadsChangedFast,
    pats![
        "soak|soaking|soaked|soaks|encharcando|encharco|encharquei|empapo|empapando|trempe|tremper|durchnasse|inzuppo ~pad|pads|absorvente|compresa|compresas|serviette|binde|vorlage|assorbente ~hour|hora|heure|stunde|ora",
        // Pads soaked within minutes ("encharquei 2 absorventes em 20 min").
        "soak|soaked|encharquei|encharcou|empape|empapado|trempe|trempee|durchnasst|durchgeblutet|inzuppato|inzuppati|doorweekt|doorgebloed ~pad|pads|absorvente|absorventes|compresa|compresas|serviette|serviettes|binde|binden|vorlage|vorlagen|assorbente|assorbenti|maandverband|maandverbanden ~min|mins|minutes|minutos|minuti|minuten",
        // Dutch and German put the pads before the participle.
        "maandverband|maandverbanden|verband|binde|binden|vorlage|vorlagen ~doorweekt|doorgebloed|durchnasst|durchgeblutet ~min|minuten",
        "every|cada|chaque|jede|ogni|elk|elke|ieder ~hour|hora|heure|stunde|ora|uur ~pad|pads|absorvente|compresa|serviette|binde|vorlage|assorbente|maandverband|verband",
    ],
)];
