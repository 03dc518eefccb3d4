//! A medicine taken twice by mistake, told with no symptom yet: "took my blood pressure
//! tablets twice this morning", "ho preso per sbaglio due volte la pastiglia", "per ongeluk
//! 2x mijn metoprolol", "aus Versehen 2x Levemir gespritzt", "tomei a gliclazida 2x sem
//! querer", "got her morning tablets twice, the carer and I both gave them". The double dose
//! was read only with a symptom (an emergency), a blood thinner or insulin; a medicine that
//! lowers the pressure or the pulse, methotrexate, lithium, an opioid or a critical
//! medicine doubled by mistake is a same-day call to check what it means [POIS, consensus]. An
//! antidepressant or a vitamin taken twice stays routine, as its writers labelled it
//! (row "a medicine taken twice by mistake" in `presentations.rs`). Tests, in other words
//! than the corpus, with hard negatives (a tablet taken twice a day as prescribed, a
//! question about a double dose after a missed one, a dose missed), are in
//! `medicine_taken_twice_by_mistake_tests.rs`.

use super::lexicon::Sig;

/// Twice by mistake, in the words people type, in seven languages.
pub(crate) const MEDICINE_TAKEN_TWICE_BY_MISTAKE: &[(Sig, &str)] = &[
    (
    Sig::DoubleDose,
    pats![
        "tablets|pills|meds|tablet|pill|dose|doses ~twice ~this ~morning|evening|today|tonight",
        "took|taken|given|gave|got ~twice ~this ~morning|evening|today|tonight",
        "took|taken|given|gave|got ~twice ~today|tonight",
        "took|taken ~it ~again ~already",
        "per ~sbaglio|errore ~due|2 ~volte",
        "per ~sbaglio|errore ~doppia|doppio",
        "fatto|preso ~due ~volte ~stasera|stamattina",
        "per ~ongeluk|abuis ~2x|twee|dubbel",
        "2x ~per ~ongeluk|abuis",
        "aus ~versehen|versehentlich ~2x|zweimal|doppelt",
        "versehentlich ~2x|zweimal|doppelt|hintereinander",
        "2x|zweimal ~aus ~versehen",
        "sem ~querer ~2x|duas",
        "2x ~sem ~querer|engano",
        "2x ~hoje ~sem ~querer",
        "por ~error|equivocacion ~dos|2 ~veces",
        "dos|2 ~veces ~sin ~querer",
        "par ~erreur ~deux|2 ~fois",
        "deux|2 ~fois ~par ~erreur",
    ],
    ),
    (
        // Blood pressure medicines, by name and in lay words, for a pressure that may fall
        // after a double dose [POIS, consensus].
        Sig::PressureMedicine,
        pats![
            "amlodipine|amlodipin|amlodipino|amlodipina|lisinopril|ramipril|perindopril|enalapril|losartan|candesartan|valsartan|irbesartan|bendroflumethiazide|indapamide|doxazosin|nifedipine|lercanidipine",
            "blood ~pressure|bp ~tablets|tablet|pills|pill|meds|medication|medicine",
            "pastiglia|pastiglie|pillola|farmaco ~della|per ~la ~pressione",
            "comprime|comprimes|medicament|cachet ~pour|de ~la ~tension",
            "pastilla|pastillas ~de|para ~la ~tension|presion", "remedio|comprimido ~da|de|para ~pressao|tensao",
            "blutdrucktablette|blutdrucktabletten|blutdruckmittel|blutdruckmedikament", "bloeddrukpil|bloeddrukpillen|bloeddrukmedicatie|bloeddrukmedicijn",
        ],
    ),
];
