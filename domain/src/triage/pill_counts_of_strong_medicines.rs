//! Tablets of an overdose-prone medicine counted, taken by the handful or the whole
//! supply, told by the medicine's name or class rather than the word "tablets": "has
//! taken 15 amitriptyline", "took a handful of her antidepressants", "se tomó un puñado de
//! ansiolíticos", "er hat 15 Tavor genommen", "ha preso 15 tavor", "tomou 15 rivotril",
//! "tomei todos os meus antidepressivos", "heeft 20 oxazepam ingenomen". Antidepressants
//! (tricyclics above all), benzodiazepines and sleeping pills, opioids, antipsychotics,
//! lithium, beta blockers and iron are the medicines whose overdose harms; five or more
//! at once, a handful or all of them is an overdose, an emergency even when the person
//! feels well [POIS: any intentional overdose; harm can be delayed] (`Sig::PillCount`).
//! And a child who ate or swallowed an adult's tablets: "my 4 year old ate some of my
//! antidepressants", "mon fils a mangé une pilule de son grand-père", "mein Sohn hat eine
//! Tablette von Oma geschluckt", "mijn dochter heeft een tablet van opa opgegeten": a
//! single adult tablet can harm a small child (`Sig::Ingested`; with a child, the table's
//! [POIS] row). A dose told as usual, a missed or doubled dose of a harmless medicine, or
//! the tablets left in a pack name no count taken and stay as they were. Tests, in seven
//! languages and other words, are in `pill_counts_of_strong_medicines_tests.rs`.

use super::lexicon::Sig;

/// A count, a handful or all of an overdose-prone medicine; a child with adults' pills.
pub(crate) const PILL_COUNTS_OF_STRONG_MEDICINES: &[(Sig, &str)] = &[
    (
        // The strong medicines' other spellings, which the stems below would otherwise
        // take from the typo match that read them as their English names.
        Sig::Opioid,
        pats!["quetiapin|quetiapina|amitriptylin|amitriptilina|amitriptilinas|zopiclon|morphin|codein"],
    ),
    (
        // Methotrexate: taken daily instead of weekly it is a strong medicine's extra dose
        // (NPSA alert) [POIS] (batch 136).
        Sig::Opioid,
        pats!["methotrexat|methotrexate|metotrexato|metotressato"],
    ),
    (
        // A whole insulin pen injected at once [POIS] (batch 136).
        Sig::Overdose,
        pats!["inyectado|injected|injecte|gespritzt|iniettato|injetou|gespoten ~insulin|insulina|insuline ~entera|toda|whole|entiere|ganze|intera|inteira|hele", "injected|gespritzt|gespoten ~whole|entire|ganze|hele ~insulin|insulinpen|insulinepen"],
    ),
    (
        Sig::PillCount,
        pats![
            "took|taken|had|swallowed|downed|necked|popped|tomo|tome|tomado|tomou|tomei|trago|tragado|pris|prise|avale|avalee|genommen|geschluckt|eingenommen|preso|presa|ingoiato|ingenomen|genomen|geslikt ~#5 ~antidepressant*|antidepresivo*|antidepresseur*|antidepressiva|antidepressivi|antidepressivo*|amitriptylin*|amitriptilin*|sertralin*|citalopram|escitalopram|fluoxetin*|prozac|mirtazapin*|venlafaxin*|trazodon*|tavor|rivotril|oxazepam|temazepam|lorazepam|diazepam|alprazolam|xanax|lexomil|seresta|orfidal|lexatin|zopiclon*|zolpidem|stilnox|imovane|ansiolitic*|anxiolytique*|calmantes|kalmeringspil*|lithium|litio|quetiapin*|seroquel|olanzapin*|propranolol|tramadol|oxycodon*|codein*|morfin*|morphin*",
            "#5 ~antidepressiva|amitriptylin*|sertralin*|citalopram|tavor|oxazepam|temazepam|lorazepam|diazepam|zopiclon|zolpidem|lithium|quetiapin|propranolol|tramadol|oxycodon ~genommen|geschluckt|eingenommen|ingenomen|genomen|geslikt",
            "took|taken|swallowed|tomo|tomado|tomou|tomei|pris|avale|genommen|geschluckt|preso|presa|ingenomen|genomen|geslikt ~handful|puñado|punado|poignee|handvoll|handvol|manciata|mao ~antidepressant*|antidepresivo*|antidepresseur*|antidepressiva|antidepressivi|antidepressivo*|ansiolitic*|anxiolytique*|calmantes|tranquilizantes|somniferos|somniferes|sonniferi|schlaftabletten|slaappillen|beruhigungs*",
            "took|taken|swallowed|tomo|tomado|tomou|tomei|pris|avale|genommen|geschluckt|preso|presa|ingenomen|genomen|geslikt ~all|todos|todas|toutes|tous|alle|tutti|tutte ~antidepressant*|antidepresivo*|antidepresseur*|antidepressiva|antidepressivi|antidepressivo*|ansiolitic*|anxiolytique*|calmantes|tranquilizantes|somniferos|somniferes|sonniferi",
            "alle ~seine|ihre|zijn|haar|mijn|meine ~antidepressiva|beruhigungstabletten|kalmeringspillen ~genommen|geschluckt|ingenomen|genomen|geslikt",
            "took|taken|had|drank|drunk|swallowed|downed|bebio|bebeu|bu|getrunken|gedronken|bevuto ~bottle|half|frasco|flacon|flasche|fles|boccetta|flacone ~methadone|metadona|methadon|metadone|oramorph|morphine|morfina|morphin|morfine|codeine|codeina",
            "preso|presa|ingoiato ~tutta|tutto|intera|intero ~scatola|confezione|boccetta|flacone|blister",
        ],
    ),
    (
        Sig::Ingested,
        pats![
            "ate|eaten|chewed|comio|comido|comeu|mange|mangee|gegessen|mangiato|mangiata|opgegeten|gegeten|doorgeslikt|ingeslikt ~antidepressant*|antidepresivo*|antidepresseur*|antidepressiva|antidepressivi|antidepressivo*|pilule|pilules|comprime|comprimes|cachet|cachets|pastilla|pastillas|pastiglia|pastiglie|pillola|pillole|compressa|compresse|comprimido|comprimidos|pilula|pilulas|tablette|tabletten|pille|pillen|pil|tablet",
            "tablette|pille|pillen|pil|tablet|tabletje ~opgegeten|gegessen",
            "tablette|tabletten|pille|pillen|pil|tablet|tabletje ~von|van ~oma|opa|mama|papa|mutter|vater|moeder|vader ~geschluckt|gegessen|verschluckt|genommen|opgegeten|gegeten|doorgeslikt|ingeslikt|ingenomen",
        ],
    ),
];
