//! Lay words for the urgent line: concepts found by blind batches 56-58 (session 12b in
//! TRIAGE.md: the urgent line in English and six languages; carers, pregnancy and after
//! birth, the elderly) and the items session 12 left (chemotherapy and fever, drooling,
//! a tooth knocked out, a passed stroke sign, a worry about dry socket). Each entry is
//! a concept with its words in the seven languages, in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings, contexts and non-symptoms added for the urgent line.
pub(crate) const URGENT_FINDINGS: &[(Sig, &str)] = &[
    // --------------------------------------- fever on chemotherapy [NG51, neutropenic]
    (
        // Chemotherapy now or in the last weeks, told by a word for "on", a cycle, a
        // day or "last"/"next": "had chemo in 2015" alone is not it.
        Sig::Chemotherapy,
        pats![
            "on|having|getting|receiving|doing|during|started|finished|mid ~chemo|chemotherapy",
            "chemo|chemotherapy ~cycle|round|session|infusion|yesterday|today|week|days|ward|nurse|unit|hotline",
            "last|latest|recent|next ~chemo|chemotherapy",
            "en|haciendo|recibiendo|con|durante|empece|empezo|termine|termino ~quimio|quimioterapia",
            "quimio|quimioterapia ~ciclo|sesion|ayer|hoy|semana|dias|mes",
            "ultima|proxima ~quimio|quimioterapia",
            "sous|pendant|fais|recois|commence|fini|termine ~chimio|chimiotherapie",
            "chimio|chimiotherapie ~cure|seance|hier|semaine|jours|mois",
            "derniere|prochaine ~chimio|chimiotherapie",
            "bekomme|bekommt|kriege|kriegt|mache|macht|wahrend|unter ~chemo|chemotherapie",
            "chemo|chemotherapie ~zyklus|gestern|heute|woche|tagen|monat",
            "letzte|letzten|nachste|nachsten ~chemo|chemotherapie",
            "faccio|fa|facendo|durante|sotto|iniziato|finito ~chemio|chemioterapia",
            "chemio|chemioterapia ~ciclo|seduta|ieri|oggi|settimana|giorni|mese",
            "ultima|prossima ~chemio|chemioterapia",
            "fazendo|faco|faz|durante|comecei|terminei|fiz ~quimio|quimioterapia",
            "quimio|quimioterapia ~sessao|ontem|hoje",
            "krijg|krijgt|doe|tijdens|begonnen ~chemo|chemokuur|chemotherapie",
            "chemo|chemokuur|chemotherapie ~kuur|gisteren|vandaag|week|dagen|maand",
            "laatste|volgende ~chemo|chemokuur|chemotherapie",
        ],
    ),
    (
        // "Chemo last month" dates the chemotherapy, not the fever told with it: the
        // words are swallowed so the month does not put the fever in the past.
        Sig::Neutral,
        pats![
            "chemo|chemotherapy ~last ~month|week",
            "quimio|quimioterapia ~mes ~pasado|passado",
            "chimio|chimiotherapie ~mois ~dernier",
            "chemo|chemotherapie ~letzten ~monat",
            "chemio|chemioterapia ~mese ~scorso",
            "chemo|chemokuur|chemotherapie ~vorige ~maand|week",
        ],
    ),
    // ------------------------------------------------------ drooling [ENT, BTS]
    (
        Sig::Drooling,
        pats![
            "drool*", "dribbling ~saliva|spit", "babea|babeando", "cae ~la ~baba", "bave|bavant|baver",
            "sabbert|sabbern|gesabbert", "speichel ~lauft|tropft", "sbava|sbavando|sbavare", "babando|babar",
            "kwijl*",
        ],
    ),
    (
        // Cannot swallow even saliva or a sip of water [ENT].
        Sig::NoSwallowAtAll,
        pats![
            "!cant|cannot|unable|not ~swallow ~spit|saliva|water|anything",
            "!no ~puede|puedo ~tragar ~ni ~saliva|agua", "!no ~traga|tragar ~nada|saliva",
            "!peut|peux|arrive ~pas ~avaler ~salive|eau|rien", "!avale ~rien|plus",
            "!kann ~nicht ~speichel|wasser ~schlucken", "!kann ~nichts ~schlucken",
            "!non ~riesce|riesco ~deglutire|ingoiare ~saliva|acqua|niente", "!manda ~giu ~niente",
            "!nao ~consegue|consigo ~engolir ~saliva|agua|nada", "!engole ~nada",
            "!kan ~niet ~speeksel|water ~slikken", "!kan ~niks|niets ~slikken",
        ],
    ),
    (
        // Noisy breathing in, "like a seal": stridor, with drooling an airway emergency.
        Sig::Wheeze,
        pats!["stridor", "like ~a ~seal", "como ~una ~foca", "comme ~un ~phoque", "wie ~ein ~seehund", "come ~una ~foca", "como ~uma ~foca", "als ~een ~zeehond"],
    ),
    (
        // A muffled "hot potato" voice [ENT].
        Sig::Hoarse,
        pats![
            "potato ~mouth|voice", "patata ~boca", "patate ~bouche", "kartoffel ~mund",
            "patata ~bocca", "batata ~boca", "aardappel ~mond", "voice|voz|voix|stimme|voce|stem ~potato|patata|patate|kartoffel|batata|aardappel",
        ],
    ),
    // ---------------------------------------------- a tooth knocked out [dental]
    (
        // "He knocked out his front tooth" is a tooth, not a knock-out: the mention
        // starts at the person so the knock-out words inside the phrase below are hidden.
        Sig::Fracture,
        pats![
            "he|she|i|son|daughter|kid|child|boy|girl|has|have|had|got|just knocked ~out ~tooth|teeth",
        ],
    ),
    (
        Sig::Benign,
        pats!["knocked ~out ~his|her|my|their|a|the|front|adult|baby|two ~tooth|teeth"],
    ),
    // ------------------------------------------------- batches 56-58: the urgent line
    (
        // Yellow skin or eyes, above all in a newborn: "looks yellow", "amarelinho".
        Sig::Jaundice,
        pats![
            // Yellow told of the skin or the eyes, or of a baby's age: "turning yellow" alone
            // is also a bruise fading ("bruising is turning yellow-green").
            "jaundice*", "yellow ~skin|eyes|face|chest|body", "face|chest|skin|eyes|eye|whites ~look|looks|looking|gone|turning|are|is ~yellow|yellowish",
            "gone ~yellow ~eyes|skin", "old ~yellow",
            "ictericia|icterico|ictericia", "amarill*|amarel* ~piel|ojos|cara|pele|olhos|rosto", "jaunisse|ictere", "jaune ~peau|yeux|visage|bebe", "gelbsucht|gelbfarbung|neugeborenengelbsucht",
            "gelb ~haut|augen|gesicht|baby", "ittero|itterizia", "giall* ~pelle|occhi|viso|neonato", "geelzucht", "geel ~huid|ogen|gezicht|baby",
            "skin|eyes|piel|ojos|pele|olhos|peau|yeux|haut|augen|pelle|occhi|huid|ogen yellow|amarill*|amarel*|jaune|jaunes|gelb|gelbe|giall*|geel|gele",
        ],
    ),
    (
        // Drinking next to nothing, passing little urine (an older person, dehydrated).
        Sig::LessUrine,
        pats![
            "plast|plassen ~weinig|nauwelijks", "pinkelt ~kaum|wenig", "fa ~poca ~pipi", "urina ~poco",
            "orina ~poco", "fait ~peu ~pipi", "urine ~peu", "faz ~pouco ~xixi",
            "!drinks|drinking|drunk ~hardly|barely|almost ~anything|nothing", "!drinkt|drinken ~bijna ~niets|niks",
            "!bebe ~casi ~nada", "!trinkt ~kaum|fast ~nichts", "!beve ~quasi ~niente|nulla", "!boit ~presque ~rien",
        ],
    ),
    (
        // Wetting herself when she never did: new incontinence in an older person.
        Sig::Incontinence,
        pats!["fa ~pipi ~addosso", "plast ~in ~broek", "macht ~in ~die ~hose", "se ~hace ~pis|pipi ~encima", "fait ~pipi ~sur ~elle|lui", "faz ~xixi ~nas ~calcas"],
    ),
    (
        // A hot, red, swollen joint after an injection or physio [NG141, septic joint].
        Sig::HotSwelling,
        pats![
            "heiss ~rot|dick|geschwollen", "rot ~heiss", "quente ~inchad*|vermelh*", "inchad* ~quente", "caliente ~hinchad*|rojo|roja",
            "chaud ~gonfle*|rouge", "caldo|calda ~gonfi*|rosso|rossa", "warm|heet ~rood|dik|gezwollen",
            // A joint named hot in its own clause ("mein Knie ist heiss, rot und dick").
            "knee|knie|joelho|rodilla|genou|ginocchio ~hot|heiss|quente|caliente|chaud|caldo|heet",
        ],
    ),
    (
        // "Tô de 7 semanas": weeks of pregnancy told without the word pregnant.
        Sig::Pregnancy,
        pats!["to|tou|estou|estoy|sono ~de|di|a ~#4 ~semanas|settimane", "#4 wks|weeks ~pregnant|preg|pg"],
    ),
    (
        // Spotting seen on wiping is bleeding (in pregnancy a same-day look); "pink
        // spotting" alone stays a hard negative (`findings.rs`).
        Sig::Bleeding,
        pats!["spotting ~when|after ~wiped|wipe|wiping", "manchado|manchando|manchas ~rosa|marron|cafe", "sangramento ~pequeno|pouco"],
    ),
    (
        // A rash spreading since a new medicine: a drug reaction [MTS].
        Sig::AllergicReaction,
        pats![
            "uitslag|huiduitslag ~sinds|na|door ~antibiotica|antibioticum|medicijn|medicijnen|tabletten|pillen",
            "rash ~since|after|from ~antibiotic|antibiotics|medication|medicine|tablets|pills",
            "sarpullido|erupcion|ronchas ~desde|tras ~antibiotico|medicamento|pastillas",
            "ausschlag ~seit|nach|vom ~antibiotikum|medikament|tabletten", "eruzione|macchie ~da|dopo ~antibiotico|farmaco",
            "eruption|boutons|plaques ~depuis|apres ~antibiotique|medicament", "manchas|erupcao|brotoeja ~desde|depois ~antibiotico|remedio",
        ],
    ),
    (
        // Slurred or thick speech told in Italian ("parlo male", "parla impastato").
        Sig::SpeechLoss,
        pats!["parlo|parla|parlando ~impastat*|strano|strana", "!non ~riesco|riesce ~parlare ~bene"],
    ),
    (
        Sig::Weakness,
        // Weak all over (a drooping eyelid or brow alone after toxin is a routine question).
        pats!["debole|deboli ~dappertutto|ovunque|tutto"],
    ),
    (
        // After a birth, told as the days since it: the context for postpartum psychosis.
        Sig::Postpartum,
        pats![
            "desde|despues ~que ~nacio|pari|naciera", "since|after ~baby|she|he ~was ~born", "since ~birth|delivery",
            "seit|nach ~geburt|entbindung", "sinds|na ~bevalling|geboorte", "depuis ~naissance|accouchement",
            "da ~quando ~nata|nato|partorito", "desde ~que ~nasceu|pari",
        ],
    ),
    (
        // A fall onto the head, told in German ("auf den Hinterkopf gefallen").
        Sig::HeadInjury,
        pats!["auf|mit ~kopf|hinterkopf ~gefallen|geknallt|gestossen|aufgeschlagen", "hinterkopf|kopf ~angeschlagen|aufgeschlagen|gestossen"],
    ),
    (
        // Pain far worse than the skin looks: necrotising fasciitis [NF].
        Sig::NecrotisingPain,
        pats!["peor ~de ~lo ~que ~se ~ve|parece", "peor ~lo ~q ~se ~ve", "pire ~que ~ce ~qu ~on ~voit", "schlimmer ~als ~es ~aussieht", "peggio ~di ~come ~sembra", "pior ~do ~que ~parece", "erger ~dan ~het ~eruitziet"],
    ),
    (
        // A mouth that keeps filling (with blood) after an extraction [SDCEP].
        Sig::Haemorrhage,
        pats!["mouth ~keeps ~filling", "boca ~se ~llena ~sangre", "bouche ~remplit ~sang", "mund ~voller ~blut", "bocca ~piena ~sangue", "boca ~enche ~sangue", "mond ~vol ~bloed"],
    ),
    (
        // Emergencies the rules read as routine in 56-58: a lip blown up on an ACE
        // inhibitor (angioedema), a mother who says she will kill herself, a baby "possessed".
        Sig::FaceSwelling,
        pats!["lip|lips|labio|labios|levre|levres|lippe|lippen|labbro|labbra ~blown|puffed|ballooned|swelled|inchou|inchado|gonfiato|gonfiata|opgezwollen"],
    ),
    (
        Sig::Allergen,
        pats!["ramipril|lisinopril|enalapril|perindopril|captopril|losartan|candesartan"],
    ),
    (
        Sig::Suicidal,
        pats![
            "vai|quer|vou ~se|me ~matar", "va|voy|quiere ~a ~matarse|suicidarse", "va|vais ~se|me ~tuer|suicider",
            "will|wird|werde ~sich|mich ~umbringen", "vuole|vado ~uccidersi|ammazzarsi|suicidarsi", "gaat ~zichzelf ~doden|ombrengen",
        ],
    ),
    (
        // Beliefs out of touch with reality after a birth: postpartum psychosis [CG192].
        Sig::Psychosis,
        pats!["possessed|besessen|poseido|poseida|possede|possedee|posseduto|posseduta|possuido|possuida|bezeten", "vom ~teufel", "by ~the ~devil", "del ~diablo|demonio", "du ~diable|demon"],
    ),
    (
        // A baby with few wet nappies [NG143 amber: less urine].
        Sig::LessUrine,
        pats![
            "only|just ~#1 ~wet ~nappies|nappy|diapers|diaper", "nur ~#1 ~nasse ~windeln|windel", "pocos|pocas ~panales", "solo ~#1 ~panales ~mojados",
            "so ~#1 ~fraldas ~molhadas", "poucas ~fraldas", "seulement ~#1 ~couches", "peu ~couches ~mouillees", "solo ~#1 ~pannolini",
            "pochi ~pannolini ~bagnati", "maar|alleen ~#1 ~natte ~luiers|luier", "trinkt ~wenig|kaum", "urin ~dunkel|braun",
        ],
    ),
    (
        Sig::Jaundice,
        pats![
            "devient|devenu|devenue ~jaune", "poo|poop|stool|stools ~pale|white|putty|chalky",
            "caca|heces ~blanca|blancas|palida", "selles ~blanches|pales", "stuhl ~weiss|hell", "feci|cacca ~bianca|bianche|chiare", "coco ~branco|claro", "poep ~wit|bleek",
        ],
    ),
    (
        // "The baby's jaundice has cleared" reports no jaundice.
        Sig::Benign,
        pats!["jaundice|yellow ~cleared|gone|resolved|better"],
    ),
    (
        // Shingles, a finding read in its time ("shingles near my eye in 2020" is past).
        Sig::Shingles,
        pats!["shingles|zoster|gurtelrose|guertelrose|gordelroos|cobreiro|culebrilla", "fuoco ~sant ~antonio"],
    ),
    (
        Sig::FetalMovement,
        pats!["muove ~pochissimo|niente", "mexe ~pouco|menos", "bewegt ~sich ~weniger|kaum", "beweegt ~minder|nauwelijks", "bouge ~moins|peu", "mueve ~menos|poco"],
    ),
    (
        // "34 wk zw": weeks and Dutch "zw" (zwanger).
        Sig::Pregnancy,
        pats!["#4 wk|wks|wkn|weken ~zw|zwanger"],
    ),
    (
        // Flashes, a shower of floaters or a curtain: a retinal tear [EYE].
        Sig::VisionChange,
        pats![
            "flashes|flashing ~light|lights", "eclairs ~oeil|yeux", "pluie ~points ~noirs", "rideau ~monte|descend", "lichtflitsen", "blitze ~auge",
            "lampi ~luce|occhio", "flashes ~olho", "destellos ~ojo", "shower ~floaters|spots", "mouches ~volantes",
        ],
    ),
    (
        // Redness spreading, past a line drawn round it [NG141].
        Sig::Infection,
        pats![
            "red|redness ~spreading|spread ~up|past|beyond", "past|beyond ~the ~line|pen|mark", "rossore ~salendo|sale|allarga",
            "rojez|rojo ~sube|subiendo|extiende", "rougeur ~monte|etend", "rotung ~breitet|wandert", "vermelhidao|vermelho ~subindo|espalhando", "roodheid ~trekt|breidt",
        ],
    ),
    (
        // "Has gone red", "gone from annoying to unbearable": became, not went away.
        Sig::Neutral,
        pats!["gone|going ~red|swollen|yellow|black|white|blue|purple|numb|pale|grey|gray|hard|stiff|cold|floppy|worse|from|past"],
    ),
    (
        // A wrist or a limb bent out of shape after a fall.
        Sig::Fracture,
        pats![
            "wrist|arm|leg|ankle|finger|polso|braccio|gamba|caviglia|muneca|brazo|pierna|tobillo|poignet|bras|jambe|cheville|handgelenk|bein|knochel|pulso|braco|perna|tornozelo|pols|been|enkel ~bent|crooked|deformed|storto|storta|torcido|torcida|tordu|tordue|krumm|torto|torta|misshapen",
        ],
    ),
    (
        // Breaking out in itchy blotches, an itchy rash everywhere: a drug reaction [MTS].
        Sig::AllergicReaction,
        pats!["broke|break|breaking ~out ~itchy|blotches|hives|welts", "grattent|gratte ~partout", "itchy ~all ~over"],
    ),
    (
        // A teething baby drools: the drooling is not swallowing trouble.
        Sig::Benign,
        pats![
            "teething|teeth ~drool*|dribbl*", "drool*|dribbl* ~teething", "denticion|dientes ~babea|babeando",
            "dents|poussee ~bave|bavant", "zahnt|zahnen|zahnchen ~sabbert|sabbern", "dentizione|dentini ~sbav*",
            "dentes|denticao|dentinhos ~babando", "tandjes ~kwijl*",
        ],
    ),
    (
        // A coil, an implant or a lens "fitting" is not a fit.
        Sig::Benign,
        pats!["coil|iud|implant|cap|hearing ~fitting"],
    ),
    // --------------------------------------------- a worry about what may come
    (
        // "Worried I might get dry socket" is a worry about later, not a symptom now.
        Sig::Hypothetical,
        pats![
            "worried|scared|afraid|nervous|anxious|concerned|worry ~might|could|may|will|ll|ill ~get|develop",
            "miedo|preocupa ~desarrollar|coger|pillar", "peur ~faire|developper|attraper",
            "paura ~prendere|sviluppare|venga", "medo ~pegar|desenvolver",
        ],
    ),
];
