//! Pregnancy, labour, the weeks after a birth and the newborn, in the lay words the
//! lexicon lacked (session 18d, batch 97):
//! - something felt or seen coming out of the vagina ("something hanging down there",
//!   "sento qualcosa che esce dalla vagina", "il cordone esce"): with the waters gone or
//!   in pregnancy, a cord or a limb come down, an emergency (a rule in `presentations.rs`)
//!   [MAT];
//! - a pad changed every hour or faster ("changing my pad every half hour", "cambio la
//!   compresa cada hora"): with a birth or a pregnancy, heavy loss, an emergency (rule)
//!   [CG37; GTG52];
//! - clear fluid trickling or leaking, a pad wet each time she stands: from 20 weeks, the
//!   waters going early, urgent (rule) [MAT];
//! - a baby in the womb "hardly felt" moving [GTG57; MAT];
//! - white, grey or chalky stools, a baby "amarelinho": jaundice that needs a same-day
//!   look (a pale stool with jaundice is a blocked bile duct until shown otherwise)
//!   [consensus, jaundice];
//! - thoughts of disappearing ("Gedanken, dass ich verschwinden will", "I wish I could
//!   just disappear"): dark thoughts, a same-day talk [NG225].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `pregnancy_and_newborn_signs_tests.rs`.

use super::lexicon::Sig;

/// Lay words of pregnancy, birth and the newborn, in seven languages.
pub(crate) const PREGNANCY_AND_NEWBORN_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::SomethingOut,
        pats![
            "something|cord|thing ~hanging|dangling|sticking|poking|coming ~down ~there|below",
            "something|cord|thing ~out|hanging|coming ~of|from ~vagina|fanny",
            "cord ~hanging|dangling|prolapse*",
            "qualcosa|cordone ~esce|uscire|fuori|penzola|pende ~vagina|sotto",
            "cordone ~esce|fuori|penzola",
            "algo|cordon ~sale|saliendo|colgando|asoma ~vagina|abajo",
            "cordon ~sale|saliendo|colgando|fuera",
            "quelque ~chose ~sort|sortir|pend|depasse ~vagin|en ~bas",
            "cordon ~sort|pend|dehors",
            "etwas ~hangt|kommt|raus|heraus ~scheide|vagina|unten",
            "nabelschnur ~hangt|kommt|raus|heraus|draussen",
            "nabelschnurvorfall",
            "algo ~saindo|sai|pendurado ~vagina|baixo",
            "cordao ~saindo|sai|pendurado|fora",
            "iets ~hangt|komt|steekt ~vagina|uit|onder",
            "iets ~uit ~vagina", "iets ~vagina ~hangen|hangt|komen",
            "navelstreng ~hangt|komt|steekt|eruit|buiten",
        ],
    ),
    (
        Sig::PadsChangedFast,
        pats![
            "changing|changed|change|changes ~pad|pads|towel ~every|each ~hour|half|#10",
            "cambio|cambiando|cambie ~compresa|compresas|toalla ~cada ~hora|media",
            "change|changer ~serviette|serviettes|protection ~toutes|chaque ~heure|demi",
            "wechsle|wechseln|gewechselt ~binde|vorlage|binden ~jede|alle ~stunde|halbe",
            "cambio|cambiare|cambiato ~assorbente|assorbenti ~ogni ~ora|mezz*",
            "troco|trocar|trocando ~absorvente ~cada ~hora|meia",
            "verschoon|vervang|wissel ~verband|maandverband ~elk|elke|ieder ~uur|half",
        ],
    ),
    (
        Sig::FluidLeak,
        pats![
            "trickle|trickling|leaking|leak|dribbling|dribble|gush|gushing ~clear|watery ~fluid|liquid|water",
            "fluid|water ~trickling|leaking|dribbling|running ~down ~legs|leg",
            "pad|knickers|underwear|pants ~wet|soaked ~every ~time ~stand",
            "pierdo|perdiendo|sale|saliendo|goteo ~liquido|agua ~transparente|claro|clara",
            "perds|perte|pertes|coule|ecoule ~liquide|eau ~clair|claire|transparent",
            "fruchtwasser ~lauft|verliere|tropft|sickert",
            "verliere|lauft|tropft ~klare|klares ~flussigkeit|wasser",
            "perdo|perdendo|esce|escono|cola ~liquido|acqua ~chiaro|chiara|trasparente",
            // Drops of clear fluid, in seven languages.
            "gocce|goccioline|gotas|gotinhas|gouttes|tropfen|druppels|drops ~liquido|liquid|liquide|flussigkeit|vocht|fluid|acqua|agua|water|eau ~chiaro|chiara|trasparente|transparente|clara|claro|clear|clair|claire|klare|klares|helder|heldere",
            "tropfen|druppels ~klare|klarer|helder|heldere ~flussigkeit|wasser|vocht|water",
            "perdendo|saindo|escorrendo|escorre ~liquido|agua ~claro|clara|transparente",
            "verlies|verliezen|lekt|loopt|druppelt ~helder|heldere ~vocht|water",
            "vruchtwater ~verlies|lekt|loopt|druppelt",
        ],
    ),
    (
        Sig::FetalMovement,
        pats![
            "hardly|barely|scarcely ~felt|feel|feeling ~her|him|baby|them ~move|moving|kick|kicking",
        ],
    ),
    (
        Sig::Jaundice,
        pats![
            "white|grey|gray|chalky|clay ~poo|poos|poop|stool|stools|nappies|nappy",
            "poo|poos|poop|stool|stools ~white|grey|gray|chalky",
            "caca|heces|popo ~blanca|blancas|blanquecina|gris",
            "selles|caca ~blanche|blanches|decolorees|grises",
            "stuhl|stuhlgang ~weiss|weisslich|entfarbt|grau",
            "feci|cacca|popo ~bianca|bianche|biancastre|grigie",
            "coco|fezes ~branco|branca|brancas|esbranquicado|esbranquicada|cinza",
            "poep|ontlasting ~wit|witte|grijs|grijze",
            "amarelinho|amarelinha|amarillito|amarillita",
        ],
    ),
    (
        Sig::DarkThoughts,
        pats![
            "wish|want|thoughts|think ~i ~could ~just ~disappear|vanish",
            "gedanken|denke ~verschwinden", "einfach ~verschwinden ~will|mochte|wollen", "will|mochte ~einfach ~verschwinden",
            "pienso|pensamientos ~desaparecer",
            "pense|pensees|envie ~disparaitre",
            "penso|pensieri ~sparire",
            "pensamentos ~sumir|desaparecer",
            "gedachten|denk ~verdwijnen",
        ],
    ),
];
