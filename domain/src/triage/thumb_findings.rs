//! Lay words for the concepts of [`super::findings`] found by blind batches 46-47
//! (session 11 in TRIAGE.md: English and six European languages typed with thumbs).
//! Kept apart so `findings.rs` and `lay_findings.rs` do not grow; each entry is a
//! concept with its words in the seven languages, in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings and contexts added from batches 46-47.
pub(crate) const THUMB_FINDINGS: &[(Sig, &str)] = &[
    // ---------------------------------------------------------------- chest pain [CG95]
    (
        // Pressure told as an image: someone sitting on the chest, a crushing weight.
        Sig::ChestPain,
        pats![
            "sat|sitting|standing|stood ~on ~my|his|her ~chest", "chest ~like ~someone|somebody|someones|something ~sat|sitting|standing|squeezing|crushing",
            "crushing|squeezing|squeezed ~chest", "chest ~crushing|squeezing|squeezed",
            "aplasta|aplastando|aprieta|apretando|oprime ~pecho", "pecho ~aplastado|apretado|oprimido",
            "ecrase|ecrasee|serre|serree ~poitrine", "poitrine ~ecrasee|serree|etau",
            "brust ~eingeschnurt|zugeschnurt|zusammengedruckt", "druck|enge ~auf ~brust",
            "schiaccia|schiacciato|stringe ~petto", "petto ~schiacciato|stretto|morsa",
            "esmaga|esmagando|aperta|apertando ~peito", "peito ~esmagado|apertado",
            "beklemd|dichtgeknepen ~borst", "druk ~op ~borst", "borst ~beklemd|dichtgeknepen",
        ],
    ),
    // ------------------------------------------------------ ashen skin [NG51, UKST]
    (
        // Ashen: grey skin with sweat or pallor, or a grey face. Not grey hair.
        Sig::Mottled,
        pats![
            "grey|gray ~and ~sweaty|clammy|sweating|sweats", "face|skin|lips grey|gray|ashen", "ashen",
            "cara|piel gris|grisacea|ceniza", "visage|peau gris|grise|grisatre|cireux", "gesicht|haut grau|aschfahl",
            "aschgrau|aschfahl", "faccia|viso|pelle grigio|grigia|cinerea", "rosto|cara|pele cinza|cinzenta|acinzentad*",
            "gezicht|huid grauw|grijs|asgrauw", "asgrauw|lijkbleek",
        ],
    ),
    // -------------------------------------------- weakness after toxin [BoNT boxed warning]
    (
        // Neck muscles too weak to hold the head: the distant spread of toxin when it
        // follows botox, a general weakness otherwise.
        Sig::Weakness,
        pats![
            "!cant|cannot|couldnt|unable ~hold ~head ~up", "!no ~puedo|puede|podia ~sostener|aguantar ~cabeza",
            "!tiens|tient|tenir ~plus|pas ~tete", "!kopf ~nicht|kaum ~halten|hochhalten", "!non ~reggo|regge|reggere ~testa",
            "!nao ~consigo|consegue ~segurar|sustentar ~cabeca|pescoco", "!hoofd ~niet ~ophouden|rechthouden|omhoog",
        ],
    ),
    // ------------------------------------------------------- carbon monoxide [POIS]
    (
        // An alarm or a fuel-burning heater: harmful with symptoms (see the table).
        Sig::Fumes,
        pats![
            "co|monoxide ~alarm|alarms|detector|detectors", "boiler|heater|stove ~alarm|detector",
            "alarm|detector ~boiler|co|monoxide", "detecteur|alarme ~co|monoxyde|chaudiere", "chaudiere|poele ~alarme|detecteur",
            "detector|alarma ~co|monoxido|caldera", "caldera|calentador|brasero ~alarma|detector",
            "co|kohlenmonoxid ~melder|alarm", "therme|heizung ~alarm|melder",
            "rilevatore|allarme ~co|monossido|caldaia", "caldaia ~allarme|rilevatore",
            "detetor|detector|alarme ~co|monoxido|caldeira|esquentador", "caldeira|esquentador ~alarme|detetor",
            "co|koolmonoxide ~melder|alarm", "cv ~ketel ~alarm|melder", "ketel ~alarm|melder",
        ],
    ),
    // ------------------------------------------ thoughts of dying or self-harm [NG225]
    (
        // Thoughts without a plan: a same-day conversation.
        Sig::DarkThoughts,
        pats![
            "think|thinks|thinking|thought ~about ~dying|death|killing|hurting|harming ~himself|herself|myself|themselves",
            "think|thinks|thinking ~about ~dying|death", "gedanken ~mich|sich ~zu ~verletzen|wehtun|schaden",
            "piensa|pienso|pensando ~en ~morir|morirse|hacerse|hacerme ~dano", "ganas de ~hacerme|hacerse ~dano",
            "pense|pensees ~a ~mourir", "pense|pensees|envie ~me|se ~faire ~du ~mal",
            "pensa|penso|pensando|pensieri ~a ~morire", "pensa|penso|pensando|pensieri ~farmi|farsi ~male",
            "pensa|penso|pensando|pensamentos ~em ~morrer", "pensa|penso|pensando|pensamentos ~me|se ~machucar|ferir|magoar",
            "denkt|denk ~aan ~dood|doodgaan", "gedachten|denkt|denk ~mezelf|zichzelf ~pijn|iets ~doen",
        ],
    ),
    // ------------------------------------------ bleeding that will not stop [BLEED]
    (
        Sig::Nonstop,
        pats!["senza fermarsi|sosta", "!non si ferma|smette", "sem parar", "!nao para", "zonder ophouden|stoppen", "!houdt niet op", "sans s arreter"],
    ),
    // ------------------------------------------- necrotising fasciitis [NF]
    (
        Sig::NecrotisingPain,
        pats!["dor|doi ~maior|mais ~do que ~parece", "dolor|duele ~mayor|mas ~de lo que ~parece", "dolor|duele ~mayor|mas ~de lo que ~se ve"],
    ),
    // ---------------------------------------- clear fluid after a head injury [NG232]
    (
        Sig::SkullBaseSign,
        pats![
            "liquido ~claro|clarinho|transparente|aguado ~nariz|ouvido|orelha|oido|oreja", "liquide ~clair|transparent ~nez|oreille",
            "liquido ~chiaro|trasparente ~naso|orecchio", "klare|durchsichtige ~flussigkeit ~nase|ohr",
        ],
    ),
    // ------------------------------------------------------ wound infection [NG141]
    (
        // Pus told by its colour: "ça coule jaune", "oozing yellow".
        Sig::Infection,
        pats![
            "oozing|leaking|weeping ~yellow|green|yellowish|greenish", "coming ~out ~yellow|green", "yellow|green ~gunk|goo|stuff ~coming|oozing",
            "coule|suinte|sort ~jaune|vert|verdatre|jaunatre", "sale|supura|supurando ~amarillo|verde|amarillento",
            "gelb|grun|gelblich ~raus|rauskommt|lauft|nasst", "esce ~giallo|verde|giallastro", "sai|saindo ~amarelo|verde|amarelado",
            "komt ~geel|groen|geelachtig ~uit", "lekt ~geel|groen",
        ],
    ),
    // ------------------------------------------- after IVF stimulation [GTG5]
    (
        Sig::Ivf,
        pats!["fivet|icsi|pma", "stimolazione ~ovarica", "stimulation ~ovarienne", "estimulacion ~ovarica", "estimulacao ~ovarica", "hormonstimulation", "hormoonbehandeling ~ivf"],
    ),
    (
        Sig::LessUrine,
        pats!["poca|pochissima|pochissimo|poco ~pipi|urina", "poquito|poquisimo|muy poco ~pis|orina", "pouquinho|pouquissimo ~xixi|urina", "weinig ~plas|geplast"],
    ),
    // ---------------------------------------------- history: as a child [ConText]
    (
        Sig::Past,
        pats![
            "quand ~j ~etais ~petit|petite|enfant|gamin|gamine|bebe|ado", "quand ~jetais ~petit|petite|enfant|gamin|gamine|bebe|ado", "cuando ~era ~pequeno|pequena|nino|nina|chico|chica|bebe",
            "als ~ich ~klein|kind|baby ~war", "quando ~ero ~piccolo|piccola|bambino|bambina", "quando ~era ~pequeno|pequena|crianca|bebe",
            "toen ~ik ~klein|kind|baby ~was", "when ~i ~was ~little|small|young|kid|child|baby",
        ],
    ),
    // -------------------------------- back pain after a cancer [CES, consensus]
    (
        // A context: dated in the past on purpose, since the history is the point.
        Sig::CancerHistory,
        pats![
            "cancer|tumour|tumor|chemo|chemotherapy|radiotherapy|oncolog*|metasta*|lymphoma|myeloma|leukaemia|leukemia|carcinoma",
            "cancro|tumore|quimio|quimioterapia|radioterapia|chimio|chimiotherapie|radiotherapie|chemotherapie|chemokuur|bestraling",
            "krebs|krebserkrankung|brustkrebs|prostatakrebs|darmkrebs|kanker|borstkanker|prostaatkanker",
        ],
    ),
    (
        // "Mi tía", "minha tia": an aunt, not a TIA. Ignored like a clinic's phrase:
        // a relative is not a clinical topic.
        Sig::ClinicIgnore,
        pats!["mi|tu|su|la|una|nuestra|minha|sua|uma|nossa tia"],
    ),
];
