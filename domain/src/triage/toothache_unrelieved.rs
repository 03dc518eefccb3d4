//! A toothache the painkillers do not touch, in the lay words the lexicon lacked: the
//! compound names of a toothache or a back tooth ("kiespijn", "Zahnschmerzen",
//! "Backenzahn", "melkkies") and the many ways of saying the tablets do nothing ("ni el
//! ibuprofeno ni nada", "le doliprane fait rien", "bringen null", "nn fanno nulla", "o remédio
//! não adianta", "helpen niks"). With the existing row (`Dental` with
//! `AnalgesiaFailing`) that is an urgent dental appointment within 24 hours, not an
//! emergency [SDCEP]. Painkillers failing alone stay routine: a headache or a back pain
//! they do not touch is not raised here. Tests, in other words than the corpus, with hard
//! negatives (the tablets worked, another pain, a dandelion, someone asking in advance), are in
//! `toothache_unrelieved_tests.rs`.

use super::lexicon::Sig;

/// A toothache or a tooth named by a compound word, in German and Dutch (listed, not a
/// `*zahn` tail: "Löwenzahn" is a dandelion), and the tablets that do nothing.
pub(crate) const TOOTHACHE_UNRELIEVED: &[(Sig, &str)] = &[
    (
        Sig::Dental,
        pats![
            "zahnschmerz*|zahnweh|backenzahn|backenzahne|weisheitszahn|weisheitszahne|milchzahn|milchzahne|eckzahn|schneidezahn|vorderzahn",
            "kiespijn|tandpijn|kiezenpijn|melkkies|verstandskies|verstandskiezen",
        ],
    ),
    (
        // The tablets do nothing, in the words people type: each pattern names a
        // painkiller so a "nothing helps" about sleep or stress is not read.
        Sig::AnalgesiaFailing,
        pats![
            "!painkillers|painkiller|ibuprofen|paracetamol|co-codamol|codeine|nurofen|tablets ~not|arent|isnt ~holding|controlling|shifting|touching",
            "max|maximum ~painkillers|ibuprofen|paracetamol|nurofen ~still ~agony|unbearable|killing",
            // The dose, not the tablet, named: "max dose of everything isn't touching it" (batch 102).
            "!max|maximum|full dose ~isnt|not|arent ~touching|shifting|helping",
            "!ni ~el|la ~ibuprofeno|paracetamol|nolotil|analgesico|pastilla ~ni ~nada",
            "!no ~se ~me ~calma|quita|pasa ~ni ~con ~ibuprofeno|paracetamol|nolotil|nada",
            "!ibuprofeno|paracetamol|nolotil|pastillas|analgesicos ~no ~me ~hace|hacen|sirve|sirven ~nada|efecto",
            "!aucun ~antidouleur|medicament|doliprane ~marche|fonctionne|soulage|agit",
            "!doliprane|advil|paracetamol|ibuprofene|antidouleur|antidouleurs|dafalgan ~fait|font|marche|marchent ~rien|pas",
            "!schmerzmittel|schmerztabletten|ibu|ibuprofen|paracetamol|tabletten ~bringen|bringt|helfen|hilft ~null|nix|nichts|kaum",
            "!antidolorifici|antidolorifico|oki|tachipirina|brufen|moment ~nn|non ~fanno|fa ~nulla|niente|effetto",
            "!dipirona|paracetamol|ibuprofeno|analgesico|analgesicos|remedio|remedios ~nao|nem ~resolve|resolvem|adianta",
            "!dipirona|paracetamol|ibuprofeno|analgesico|analgesicos|remedio|remedios ~nao ~faz|fazem ~nada|efeito",
            "!paracetamol|ibuprofen|pijnstillers|pijnstiller|tabletten ~helpt|helpen ~nie|niks",
            // Session 22a: the painkillers named after the verb, or told as doing nothing
            // or not controlling it, in the corpus's remaining words.
            "!painkillers|paracetamol|ibuprofen|codamol|codeine|nurofen|tablets|stuff ~doing|do|did ~nothing",
            "!not ~controlled|touched|helped|shifted ~by ~painkillers|paracetamol|ibuprofen|codamol|codeine|nurofen|anything|any",
            "!no ~se ~me ~calma|quita|pasa ~con ~ibuprofeno|paracetamol|nolotil",
            "!no ~me ~calma|quita ~ni ~el|la ~ibuprofeno|paracetamol|nolotil",
            "!halt|halte ~es ~mit ~schmerzmittel|schmerztabletten|ibu|ibuprofen|tabletten ~nicht ~aus",
            "!nem|nao ~dipirona|paracetamol|ibuprofeno|remedio|remedios ~resolve|resolvem|adianta|ajuda",
            "!nao|n ~passa ~com ~nenhum ~remedio|analgesico",
            "!ibuprofeno|paracetamol|dipirona ~nao ~ajuda|ajudam",
            "!anche ~con ~oki|loki|tachipirina|brufen|moment|antidolorifico|antidolorifici",
        ],
    ),
];
