//! Red flags and urgent signs told the way people type in a chat app (WhatsApp) in
//! Spanish, French, German, Italian, Portuguese and Dutch, and in English where the words
//! are cheap, found by blind batch 90 (session 17c in TRIAGE.md): a child who emptied a
//! pack of tablets, a body that went stiff and then shook, "the worst headache of my
//! life" told as the strongest, the third pad in an hour after a birth, a wish not to
//! live told about someone else, a drain cleaner named as a compound. Each entry is a
//! concept, in the syntax of [`super::matcher`]; tests in `chat_typed_signs_tests.rs`, in
//! other words than the batch, with hard negatives.

use super::lexicon::Sig;

/// Findings and contexts added from batch 90.
pub(crate) const CHAT_TYPED_SIGNS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------ overdose [POIS]
    (
        // A pack or bottle emptied by a child or an adult ("hat ne Packung Ibuprofen leer
        // gemacht", "a vidé la boîte"), and everything there was taken ("tomei tudo que
        // tinha de remédio"): the amount is unknown, so it is an overdose until a poisons
        // service says otherwise.
        Sig::Overdose,
        pats![
            "packung|schachtel|flasche|dose|blister|streifen ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup ~leer ~gemacht|gegessen|getrunken",
            "packung|schachtel|flasche|dose|blister|streifen ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup ~leergemacht|leergegessen|leergetrunken|ausgetrunken",
            "emptied|vide|videe|vaciado|vaciada|svuotato|svuotata|esvaziou|esvaziado|leeggemaakt|leeggegeten|leeggedronken ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup",
            "doos|strip|fles|potje ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup ~leeggemaakt|leeggegeten|leeggedronken", "doos|strip|fles|potje ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup ~leeg ~gemaakt|gegeten|gedronken",
            "took|taken|swallowed|tomei|tomou|tome|tomo|tomado|pris|prise|avale|genommen|geschluckt|preso|presa|ingoiato|genomen|geslikt ~everything|tudo|todo|alles|tutto|tout ~had|tinha|tenia|habia|hatte|avevo|aveva|avais|avait|hadden ~paracetamol*|ibuprofen*|aspirin*|tachipirin*|doliprane|dafalgan|nurofen|tylenol|pills|tablets|meds|medicine|medication|pastillas|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|pastiglie|compresse|farmaci|remedio|remedios|medicijnen|xarope|jarabe|sirop|sirup|sciroppo|siroop|syrup",
        ],
    ),
    // ------------------------------------------------------------ seizure [EPI]
    (
        // A body that went stiff and then shook: a tonic-clonic fit told by what was
        // seen. The stiffening is a verb here ("si è irrigidito", "se puso rígido", "ficou
        // duro", "werd stijf"), so a stiff neck or back with shivers is not one.
        Sig::Seizure,
        pats![
            "irrigidito|irrigidita|irrigidisce ~trema|tremava|tremare|scatti|scuote|sussulta",
            "puso|quedo|quedado ~rigido|rigida|tieso|tiesa ~tiembla|temblando|temblar|sacude|sacudiendo|sacudidas",
            "raidi|raidie ~tremble|tremblait|secoue|secousses",
            "wurde ~steif ~zittert|zittern|zitterte|zuckt|zucken|zuckte", "steif ~geworden ~zittert|zittern|zitterte|zuckt|zucken|zuckte",
            "ficou|ficaram ~rigido|rigida|duro|dura|tesa|teso ~treme|tremendo|tremer|tremia|sacode|sacudindo",
            "werd ~stijf ~schokt|schokken|schokte|trilt|trillen|trilde", "verstijfde|verstijfd ~schokt|schokken|schokte|trilt|trillen|trilde",
            "went ~stiff ~shaking|jerking|shook|jerked|twitching",
        ],
    ),
    // ----------------------------------------------------- thunderclap headache [NG228]
    (
        // "The strongest headache of my life", the words of "the worst" said with
        // "strongest": a sudden severe headache (subarachnoid haemorrhage).
        Sig::ThunderclapHeadache,
        pats![
            "cabeca|cabeza|tete|testa|head|headache ~mais|mas|plus|piu|most ~forte|fuerte|fort|strong ~vida|vie|vita|life",
            "starkste|starksten ~kopfschmerz*|kopfweh ~lebens", "sterkste ~hoofdpijn ~leven", "strongest ~headache ~life",
        ],
    ),
    (
        // "Out of nowhere" as sudden onset.
        Sig::Sudden,
        pats!["do nada", "de la nada", "out of nowhere", "aus dem nichts", "uit het niets", "dal nulla", "de nulle part"],
    ),
    // ------------------------------------------------ postpartum haemorrhage [CG37]
    (
        // Pads counted by the hour with an ordinal ("já vou no terceiro penso na última
        // hora"): soaking a pad an hour or faster is a haemorrhage. From the third on:
        // "segundo" is also "according to", and a new lexicon word stops a typo being read
        // as its neighbour. Marked `!`: the Portuguese "no" (in the) before the ordinal is
        // not a negation.
        Sig::Haemorrhage,
        pats![
            "!terceiro|terceira|quarto|quarta ~penso|pensos|absorvente|compressa ~hora",
            "!segunda|tercera|cuarta ~compresa|toalla|toallita ~hora",
            "!deuxieme|troisieme|quatrieme|2eme|3eme|4eme ~serviette|protection ~heure",
            "!zweite|dritte|vierte ~binde|vorlage ~stunde",
            "!terzo|quarto ~assorbente ~ora",
            "!tweede|derde|vierde ~maandverband|verband ~uur",
            "!second|third|fourth|2nd|3rd|4th ~pad ~hour",
        ],
    ),
    // ---------------------------------------------------- necrotising fasciitis [NF]
    (
        // A red patch that grows while one watches ("in een uur tot aan mn knie",
        // "grandit à vue d'oeil"): spreading within hours is the necrotising sign, with
        // the fever or the pain the row asks for. Redness that spreads over days is the
        // cellulitis row.
        Sig::NecrotisingPain,
        pats![
            "plek|vlek|roodheid ~wordt ~heel|zo ~snel ~groter", "rougeur|tache|plaque ~grandit|etend ~vite|vue",
            "mancha|rojez|enrojecimiento ~crece|extiende ~muy ~rapido|deprisa", "mancha|vermelhidao ~cresce|espalha ~muito ~rapido|depressa",
            "macchia|rossore ~cresce|allarga ~velocemente|vista", "rotung|fleck ~wird ~schnell ~grosser|breitet",
            "redness|red ~patch ~spreading|growing ~fast|quickly",
        ],
    ),
    (
        // Pain "not to be borne", the Dutch and the other languages' words for unbearable.
        Sig::Severe,
        pats!["niet te harden", "niet uit te houden", "insupportable", "insopportabile", "insuportavel", "unbearable"],
    ),
    // ------------------------------------------------------- thoughts of suicide [NG225]
    (
        // Not wanting to live told about someone else ("dit qu'il veut plus vivre", "ya no
        // quiere vivir"): the first person was read, the third was not. Read as dark
        // thoughts (urgent), not intent: what the other person means is second-hand, and
        // the rows of means, a locked door or a farewell lift it to an emergency. The
        // Spanish needs "ya" or "más": "no quiere vivir en una residencia" is a place.
        Sig::DarkThoughts,
        pats![
            "!ya ~no ~quiere|queria ~vivir", "!no ~quiere|queria ~vivir ~mas", "!veut|voulait ~plus|pas ~vivre", "!non|nn ~vuole|voleva ~piu ~vivere",
            "!nao|n ~quer|queria ~mais ~viver", "!wil|wilde ~niet ~meer ~leven", "!doesnt|didnt ~want ~to ~live",
        ],
    ),
    // ----------------------------------------------------------- vision [EYE]
    (
        // Flashes told as little lights, with a shadow or not: a retinal tear.
        Sig::VisionChange,
        pats![
            "veo|ve|vejo|vedo|vois|voit|sehe|zie|seeing ~lucecitas|destellos|luzinhas|lampi|lucine|eclairs|flashes|lichtflitsen|flitsen",
            "veo|ve|vejo|vedo|vois|voit|sehe|zie|see|seeing ~sombra|cortina|ombra|tenda|ombre|rideau|schatten|vorhang|schaduw|gordijn|shadow|curtain",
        ],
    ),
    // ------------------------------------------------- changed in an older person [NG51]
    (
        // "Como rara", "más despistada de lo normal": a change from her usual self, read
        // as a changed behaviour (urgent), not as the acute confusion of the emergency row.
        Sig::ChangedBehaviour,
        pats![
            "esta|anda ~como ~rara|raro", "mas|plus|piu|mais|more ~despistad*|distraid*|perdid*|paumee|paume|svampit*|distratt*|avoad*|aerea|verward|durcheinander ~normal|habitude|solito|sonst|normaal|usual",
        ],
    ),
    // --------------------------------------------------------- limb [MTS, Ottawa]
    (
        // Not able to put the foot down, French typed without "ne" ("il arrive pas à poser
        // le pied").
        Sig::NoWeight,
        pats![
            "!arrive|arrivait|peut|peux|pouvait ~pas|plus ~poser|appuyer|mettre ~pied|jambe",
            "!nao ~consegue|consigo ~apoiar|pisar|por ~pe", "!kan ~niet ~staan|steunen ~op ~voet|been|enkel",
        ],
    ),
    // ----------------------------------------------------- wound after surgery [NG125]
    (
        // A scar that opens, the German compound with the operation in it
        // ("Kaiserschnittnarbe geht auf").
        Sig::WoundOpen,
        pats![
            "*narbe ~geht ~auf", "*narbe ~aufgegangen|offen|nasst", "cicatrice ~ouvre|ouverte",
            "cicatriz ~abre|abierta|abriu|aberta", "cicatrice ~si ~apre|aperta|aperto", "litteken ~gaat ~open|opengegaan",
            "scar ~opening|opened|split|gaping",
        ],
    ),
    // ----------------------------------------------------- reduced movements [GTG57]
    (
        // The baby moving little, in Brazilian lay words ("o neném mexeu bem pouquinho").
        Sig::FetalMovement,
        pats!["bebe|nenem|bebezinho ~mexeu|mexe|mexendo ~pouco|pouquinho|menos"],
    ),
    // ------------------------------------------------------------ jaundice [NG98]
    (
        // Yellower and yellower: jaundice that grows, in a newborn above all.
        Sig::Jaundice,
        pats![
            "steeds ~geler", "cada vez mas amarill*", "de plus en plus jaune", "immer gelber", "sempre piu giall*",
            "cada vez mais amarel*", "more and more yellow",
        ],
    ),
    // ---------------------------------------------- emergency contraception [FSRH]
    (
        // The pill missed and sex without a condom: a window for emergency contraception.
        Sig::EmergencyContraception,
        pats![
            "pil|pille|pildora|pilule|pillola|pilula|pill ~vergeten|vergessen|olvide|olvidado|oublie|oubliee|dimenticato|dimenticata|esqueci|forgot|missed ~onveilig|ungeschutzt|ungeschutzten|unprotected",
            "pildora|pilule|pillola|pilula ~olvide|olvidado|oublie|oubliee|dimenticato|dimenticata|esqueci ~sin|sans|senza|sem ~proteccion|protection|protezione|protecao|preservativo|condon",
        ],
    ),
    // ------------------------------------------------------------ psychosis [CG178]
    (
        // The television or the radio that controls or speaks to him: a delusion of
        // control.
        Sig::Psychosis,
        pats![
            "tv|televisie|tele|television|televisione|televisao|fernseher ~bestuurt|controleert|controla|controle|controlla|steuert|kontrolliert|controls|controlling",
        ],
    ),
    // ------------------------------------------------------- deep vein thrombosis [NG158]
    (
        // A fat warm calf in Dutch, and the calf words of the other languages after the
        // adjective.
        Sig::CalfSwelling,
        pats![
            "dikke|gezwollen|warme ~kuit", "kuit ~dik|gezwollen|warm|rood|hard",
            "polpaccio ~gonfio|caldo|duro", "panturrilha ~inchada|quente|dura",
        ],
    ),
    // ------------------------------------------------------- chemical in the eye [EYE]
    (
        // A drain cleaner or descaler named as a compound ("gootsteenontstopper",
        // "Rohrreiniger"), in the eye.
        Sig::ChemicalEye,
        pats!["*ontstopper|*ontkalker|*reiniger ~oog|ogen|auge|augen"],
    ),
    // ------------------------------------------------------- abscess [MTS, consensus]
    (
        // A lump that throbs or is hot ("een bult die klopt", "une boule qui lance"): an
        // abscess that needs draining.
        Sig::HotSwelling,
        pats![
            "bult|knobbel|bobbel ~klopt|kloppend|bonkt", "bult|knobbel|bobbel ~groter|dikker ~klopt|kloppend|bonkt|warm", "boule|bosse ~lance|chaude", "beule|knubbel ~pocht|pulsiert|heiss",
            "bulto|bola ~late|palpita|caliente", "bozzo|nodulo|pallina ~pulsa|caldo|calda", "caroco|inchaco ~lateja|quente",
            "lump ~throbbing|throbs|hot",
        ],
    ),
    // --------------------------------------------- a critical medicine missing [consensus]
    (
        // Steroid replacement named in the other languages (Addison's disease), and the
        // anti-epileptic tablets named after the word for them ("mes cachets pour
        // l'épilepsie").
        Sig::CriticalMedicine,
        pats![
            "cortisone|cortisona|kortison|idrocortisone|hidrocortisona|hydrocortison|hydrocortone",
            "cachets|comprimes|medicaments|traitement|pastillas|medicamentos|tabletten|pillen|pastiglie ~epilepsie|epilepsia|epilessia",
        ],
    ),
    (
        // "Forgot my tablets" in French, Spanish and German, as Dutch, Italian and
        // Portuguese already were.
        Sig::RanOut,
        pats![
            "oublie|oubliee|olvide|olvidado|olvidada|vergessen ~cachets|comprimes|medicaments|traitement|pastillas|medicamentos|tabletten|medikamente|pillen",
        ],
    ),
    // ------------------------------------------------------------- wheeze [BTS]
    (
        // Wheeze in the lay words of the other languages ("o peito a chiar", "pitos en
        // el pecho", "ça siffle").
        Sig::Wheeze,
        // Tied to the chest or the breath: an ear that whistles or rings is tinnitus.
        pats![
            "peito ~chiar|chiando|chiado|chia", "chiado|chiando ~peito", "pitos|silbidos ~pecho", "sibilancias",
            "siffle|sifflement|sifflements ~poitrine|respire|respiration|bronches", "giemt|giemen", "sibili ~petto|respiro",
            "piept|piepen|piepende ~borst|longen|adem|ademhaling",
        ],
    ),
    // ----------------------------------------------------------- dental [SDCEP]
    (
        // A "flemón": the lay word for a dental abscess that swells the face.
        Sig::Dental,
        pats!["flemon|flemones|flemao|fleimao|flemmone"],
    ),
    (
        // A cheek swelling as it happens ("se me está hinchando"), the verb in its
        // progressive form; a "flemón" is a swollen face by its meaning.
        Sig::FaceSwelling,
        pats![
            "mejilla|cara|cachete|moflete ~hinchando|hinchandose", "bochecha|rosto ~inchando", "guancia|faccia ~gonfiando|gonfiandosi",
            "wange|gesicht ~schwillt", "wang|gezicht ~zwelt|zwellen|opzwellen", "flemon|flemones|flemao|fleimao|flemmone",
        ],
    ),
    // ------------------------------------------------------- not a sign [RCUK]
    (
        // An EpiPen packed for a trip or a school bag ("mag de epipen mee in de
        // handbagage?"), or how to use one asked ("je fais quoi avec le stylo?"): carried
        // or asked about, not given. Only the match inside the phrase is hidden: "puse la
        // epipen en el muslo" is still an adrenaline given.
        Sig::NotASign,
        pats![
            "epipen|epipens|jext|emerade|stylo|adrenalin|adrenaline|adrenalina ~in|mee|mit|dans|en|na|nella ~handbagage|bagage|koffer|vliegtuig|tas|rugzak|school|luggage|bag|plane|flight|suitcase|avion|valise|sac|cartable|ecole|handgepack|gepack|flugzeug|schule|maleta|equipaje|mochila|colegio|bagaglio|aereo|borsa|zaino|scuola|mala|aviao|bolsa|escola",
            "fais|faire|hago|faccio|faco|doe ~quoi|que|cosa|wat|comment|hoe ~stylo|epipen|pen|boli|penna|caneta",
        ],
    ),
];
