//! Red flags told in lay words by people typing on phones in Italian, Portuguese, Dutch,
//! French, German and English as a second language, often in the middle of an admin
//! request (session 16d, TRIAGE.md). Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md` in the words of someone who does not know the medical
//! term, in the syntax of [`super::matcher`]; the combinations are in `presentations.rs`,
//! tests in other words in `lay_red_flags_multilingual_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts for red flags told in lay words, in seven languages.
pub(crate) const LAY_RED_FLAGS_MULTILINGUAL: &[(Sig, &str)] = &[
    // --------------------------------------------------------- airway [RCUK, BTS]
    (
        // Lips or face gone blue, told as a look ("lips look blueish"): cyanosis.
        Sig::Breathing,
        pats![
            "lips|lip ~look|looks|looking|seem|seems|are|is|gone|going|turning|turned ~blueish|bluish|blue|purple|purplish|grey|gray",
            "blueish|bluish|purplish ~lips|lip",
            // Air that will not go in: "struggling to get air in", "can't get enough air".
            "struggling|struggle|fighting|cant|cannot|hard ~to ~get ~air|breath ~in|enough|down",
            "!cant|cannot|couldnt|not ~get ~enough ~air",
            // Without a long gap: "lèvres gonflées et un petit bleu" is a bruise.
            "labbra|lippen|lippe|levres|labios viola|violacee|blu|bluastre|blauw|blauwe|blau|bleues|roxos|roxas|azuis|morados|moradas",
        ],
    ),
    // ------------------------------------------------ gastrointestinal bleed [BLEED]
    (
        // Vomit "black like coffee", "come fondi di caffè", "borra de café": coffee
        // grounds, blood digested in the stomach.
        Sig::BloodFromMouth,
        pats![
            // "Black", or "like coffee": a coffee drunk before vomiting is not it.
            "vomited|vomiting|vomits|vomit|puked|puking ~black", "threw|throwing ~up ~black",
            "vomited|vomiting|vomits|vomit|puked|puking|threw|sick ~like|looked|looks|looking ~coffee",
            "vomitato|vomita|vomitando|vomito ~nero|nera|neri", "fondi|fondo ~di ~caffe",
            "vomitou|vomitei|vomitando|vomito|vomitar ~preto|preta|pretos", "borra ~de ~cafe",
            "braakt|braken|overgeven|overgegeven|gespuugd|spuugt|kotst ~zwart|zwarte|zwarts",
            "zwart|zwarte|zwarts|koffiedik ~overgegeven|uitgespuugd|gespuugd|gebraakt",
            "erbrochen|erbricht|erbrechen|gekotzt ~schwarz|schwarzes|kaffeesatz",
            "vomi|vomit|vomissait|vomissements ~noir|noire|noires", "marc ~de ~cafe",
        ],
    ),
    (
        // A low fever by its diminutive: "febbricola", "febrinha", "koortsje".
        Sig::Fever,
        pats!["febbricola|febbriciattola|febrinha|febricula|koortsje|fieberchen|febricule"],
    ),
    // ---------------------------------------------------------- meningococcal [NG240]
    (
        // Purple spots in Dutch ("paarse vlekjes", "paarse puntjes").
        Sig::Purpura,
        pats!["paars|paarse|paarsrode ~vlek|vlekken|vlekjes|plekjes|plekken|puntjes|stipjes"],
    ),
    (
        // The glass test in Dutch, with the Flemish "nie": spots that do not go away
        // under a glass.
        Sig::NonBlanching,
        pats![
            "!niet|nie|ni ~weg|weggaan|weggaat|verdwijnen|verdwijnt|verbleken|verbleekt|wegdrukken ~glas|glaasje",
            "!glas|glaasje ~niet|nie|ni ~weg|weggaan|weggaat|verdwijnen|verdwijnt|verbleken|verbleekt",
        ],
    ),
    (
        // A headache that came on at once and hard: "opeens keiharde hoofdpijn",
        // "all'improvviso un mal di testa fortissimo" (a thunderclap) [NG228].
        Sig::ThunderclapHeadache,
        pats![
            "opeens|plots|plotseling|ineens ~keiharde|hevige|heftige|vreselijke|ergste|barstende ~hoofdpijn",
            "improvvisamente|improvviso|colpo ~fortissimo|terribile|atroce|lancinante ~mal ~di ~testa",
            "de ~repente ~dor ~de ~cabeca ~fortissima|horrivel|terrivel|insuportavel",
        ],
    ),
    (
        // A child who will not stand or walk on a leg: with fever a septic joint [NG143].
        Sig::NoWeight,
        pats![
            "dont|doesnt|wont|not|refuses|refusing ~want ~to ~stand|walk|step ~on ~leg|foot|ankle|knee|hip|it",
            "wont|refuses|refusing ~to ~stand|walk ~on ~leg|foot|ankle|knee|hip|it",
        ],
    ),
    // ------------------------------------------------------------ open fracture [MTS]
    (
        // "Something white sticking out of my leg": bone through the skin.
        Sig::BoneVisible,
        pats![
            // Sticking out, not coming out: white coming out of an ear is discharge.
            "steekt|stak ~iets ~wit|wits ~uit",
            "something|somthing ~white ~sticking|poking ~out|through",
            "qualcosa ~di ~bianco ~spunta",
            "osso|ossos ~saindo|aparecendo", "osso|ossos ~pra|para ~fora",
        ],
    ),
    // ------------------------------------------------------------- chest pain [CG95]
    (
        // "Une barre dans la poitrine", "un étau": the pressure of cardiac pain in French.
        Sig::ChestPain,
        pats![
            "barre|etau|poids|serrement ~dans|sur ~la ~poitrine|thorax",
            "barre|etau ~poitrine|thorax",
        ],
    ),
    // -------------------------------------------------- ectopic pregnancy [GTG5, APP]
    (
        // A period late or missed: a pregnancy nobody has confirmed, which makes severe
        // one-sided belly pain with pallor or faintness an ectopic until proved otherwise.
        Sig::Pregnancy,
        pats![
            "period|periods ~late|overdue|missed", "missed ~period|periods",
            "regla|periodo ~retraso|atrasada|atrasado", "retraso ~de ~regla", "no ~me ~ha ~bajado ~regla",
            "regles ~retard", "retard ~de ~regles",
            "periode|regel|tage ~uberfallig|ausgeblieben", "periode|regel ~bleibt ~aus",
            "ciclo|mestruazioni ~ritardo", "ritardo ~del ~ciclo|mestruazioni",
            "menstruacao|regra ~atrasada|atrasou", "menstruatie|ongesteld ~laat|uitgebleven", "over tijd",
        ],
    ),
    // ---------------------------------------------------------------- ear [consensus]
    (
        // Deaf in one ear overnight ("l'orecchio sordo di colpo", "ineens doof").
        Sig::SuddenDeafness,
        pats![
            "orecchio ~sordo|sorda|tappato|chiuso ~colpo|improvviso|improvvisamente",
            "sordo|sorda ~da ~un ~orecchio", "sordo|sorda ~di ~colpo",
            "ouvido ~surdo|tapado ~de ~repente", "surdo|surda ~de ~repente|um ~ouvido",
            "plots|opeens|ineens ~doof", "doof ~aan ~een|1|mijn|mn ~oor",
            "sourd|sourde ~d ~un ~coup|soudain|soudainement",
            "sordo|sorda ~de ~repente|golpe|un ~oido",
        ],
    ),
    // ---------------------------------------------------------- psychosis [MHF]
    (
        // Plots and being spied on: persecutory beliefs told by a relative.
        Sig::Psychosis,
        pats![
            // Not "complot": one typo from "completo".
            "complotten|samenzwering|samenzweringen",
            "afluisteren|afgeluisterd|bespioneren|bespioneerd|achtervolgd|achtervolgen ~hem|haar|mij|me|hen",
            "hem|haar|mij|me ~afluisteren|bespioneren|achtervolgen",
            "complotto|complotti|cospirazione", "lo|la|mi|ci ~spiano",
            "conspiracao|conspiracoes|espionando|espiando|perseguindo ~ele|ela|me",
            "verschworung|verschworungen", "abgehort|abhoren|bespitzelt|verfolgt ~ihn|sie|mich",
            "conspiracy|conspiracies|plots ~about|against",
            "spying|listening ~on ~him|her|me|them",
        ],
    ),
    // --------------------------------------------------------- jaundice [consensus]
    (
        // Yellow eyes, urine "dark like cola" in Dutch and Italian.
        Sig::Jaundice,
        pats![
            "ogen|oogwit ~geel|gele", "plas|urine ~donker|bruin ~cola",
            "occhi ~gialli", "pipi|urina ~scura|scure ~coca",
        ],
    ),
    // ----------------------------------------- periorbital cellulitis [NG141, EYE]
    (
        // An eyelid so swollen it will not open ("la palpebra non si apre").
        Sig::EyeShut,
        pats![
            "palpebra ~gonfia|gonfio|chiusa|chiuso", "!palpebra ~nn|non ~si ~apre",
            "palpebra|palpebras ~inchada|inchado|fechada", "ooglid|oog ~dik|gezwollen|dicht|opgezwollen",
            "augenlid|lid ~geschwollen|zugeschwollen|dick",
        ],
    ),
    // ---------------------------------------- a critical medicine missing [consensus]
    (
        // "Insulin is finished", "will miss the evening dose", "vergeten mee te nemen".
        Sig::RanOut,
        pats![
            "is|are|got ~finished|over|empty", "miss|missed|missing|skip|skipped ~evening|morning|night|next|two|2|the ~dose|doses|injection",
            "vergeten|vergeet|kwijt", "niet ~meegenomen", "saltato|saltata ~la ~dose", "dimenticat* ~pastiglie|farmaci|medicine",
            "esqueci|esqueceu|esquecido ~remedio|remedios|comprimidos",
        ],
    ),
    (
        // Anti-epileptic medicines named by what they are for in Dutch, Italian,
        // Portuguese, German and Spanish.
        Sig::CriticalMedicine,
        pats![
            "anti ~epilepsie|epilessia|epilepsia|epileptica|epileptico",
            "epilepsie|epilessia|epilepsia ~pillen|medicijnen|medicatie|farmaci|pastiglie|remedios|remedio|medikamente|tabletten|medicamentos",
        ],
    ),
    // --------------------------------------------------------- self-harm [NG225]
    (
        // Self-harm told about someone else: "cut himself on the arm". A same-day talk.
        Sig::DarkThoughts,
        pats![
            "cut|cuts|cutting ~himself|herself|themselves ~on ~arm|arms|wrist|wrists|thigh|thighs|legs|leg",
            "cutting ~his|her|their ~arm|arms|wrist|wrists|thigh|thighs",
        ],
    ),
    (
        // Better off not here, in Italian, Portuguese, Dutch, French, Spanish and German:
        // thoughts of death without a plan, a same-day talk [NG225].
        Sig::DarkThoughts,
        pats![
            "meglio ~se ~nn|non ~ci ~fossi|fosse|sono", "meglio ~se ~sparissi|morissi",
            "melhor ~se ~eu ~nao ~estivesse|existisse|acordasse", "melhor ~se ~eu ~morresse|sumisse",
            "beter ~als ~ik ~er ~niet|nie|ni ~meer ~was|ben|zou",
            "mieux ~si ~j ~etais ~plus ~la", "mieux ~si ~je ~n ~etais ~plus|pas ~la",
            "mejor ~si ~no ~estuviera|existiera", "mejor ~si ~me ~muriera",
            "besser ~wenn ~ich ~nicht ~mehr ~da ~ware|bin", "besser ~wenn ~ich ~tot ~ware",
        ],
    ),
    // ------------------------------------------------- cellulitis [NG141, MTS]
    (
        // Redness that spreads, in Italian, Portuguese, Dutch, French, German, Spanish.
        Sig::HotSwelling,
        pats![
            "rosso|rossore ~si ~allarga|espande|estende|allargando", "rosso|rossore ~andato ~oltre",
            "vermelhidao|vermelho ~espalhando|espalha|espalhou|aumentando|alastrando",
            "roodheid|rood|rode ~breidt|verspreidt|uitbreidt", "roodheid ~groter",
            "rougeur|rouge ~s ~etend|etale|progresse|deborde",
            "rotung|rote|rot ~breitet|ausbreitet|wandert", "rotung ~grosser",
            "enrojecimiento|rojez|rojo ~se ~extiende|expande|agranda",
        ],
    ),
    // ------------------------------------------------------ foreign body [ENT, MTS]
    (
        // Something stuck in the throat since eating: a bone or a bolus, a same-day look.
        Sig::ForeignBody,
        pats!["something|bone|smth|food ~stuck ~in ~my|the|his|her ~throat", "stuck ~in ~my|his|her ~throat ~since|after ~ate|eating|eat"],
    ),
    (
        // "Pain when I pee": a urine infection told by when it hurts [PYELO].
        Sig::UrinaryInfection,
        pats!["pain|painful|hurts|hurt|sore|stings|stinging ~when|while|to ~i ~pee|wee|urinate"],
    ),
    // ------------------------------------------------------------ renal colic [MTS]
    (
        // Colicky flank pain in German ("kolikartige Schmerzen in der Flanke").
        Sig::Pain,
        pats!["kolik*|kolikartig* ~flanke|seite|rucken", "flankenschmerz*", "nierenkolik*"],
    ),
    (
        Sig::Severe,
        // Not "Koliken" alone: a baby's colic is not a severe pain.
        pats!["kolikartig*|nierenkolik*|gallenkolik*"],
    ),
    // ------------------------------------------------------ fetal movements [RCOG]
    (
        // "Quase não senti a bebé mexer": the baby moving less, in Portuguese.
        Sig::FetalMovement,
        pats![
            "!nao|quase ~senti|sinto|sente ~bebe|bebé|nenem ~mexer|mexendo",
            "!bebe ~nao ~mexe|mexeu|se ~mexe", "bebe ~mexe|mexendo ~menos|pouco",
        ],
    ),
];
