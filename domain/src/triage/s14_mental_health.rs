//! Lay words for session 14c (TRIAGE.md): mental health and safeguarding, the concepts
//! blind batch 74 found missing on arrival. Each entry is a concept as a nurse would name
//! it (an act in progress, a plan with the means, a person unreachable after a goodbye, a
//! person in danger at home now, postpartum psychosis, thoughts of death without a plan, a
//! mental-health crisis, abuse of a child or an older person), with lay words in the seven
//! languages where they apply, in the syntax of [`super::matcher`]. Tests, in other words
//! than the batch, with hard negatives, are in `s14_mental_health_tests.rs`.

use super::lexicon::Sig;

/// Findings, contexts and non-symptoms added in session 14c.
pub(crate) const S14_MENTAL_HEALTH: &[(Sig, &str)] = &[
    // ------------------------------------------ an act in progress or just done [NG225]
    (
        // A suicide attempt told as done or under way: "has acted", an emergency whatever
        // the person says now [MHF, NG225]. A year or "years ago" scopes it as history.
        Sig::Suicidal,
        pats![
            "tried|attempted|trying ~to ~hang|strangle|drown|kill|gas ~myself|herself|himself|themselves",
            "tried|attempted ~suicide",
            "intente|intento|intentado ~ahorcarme|ahorcarse|matarme|matarse|suicidarme|suicidarse",
            "tente|essaye ~de ~me|se ~pendre|tuer|suicider", "tentative ~de ~suicide",
            "versucht ~mich|sich ~aufzuhangen|aufzuhaengen|umzubringen", "sich ~aufzuhangen|aufzuhaengen|umzubringen",
            "soll ~sich ~verletzen|umbringen|toten",
            "tentato ~di ~impiccarmi|impiccarsi|uccidermi|uccidersi|ammazzarmi", "tentou|tentei ~se|me ~enforcar|matar",
            "geprobeerd ~zich|me|mezelf ~op ~te ~hangen", "geprobeerd ~zich|me|mezelf ~te ~doden|verhangen",
            // Wrists or veins cut, told as what was done.
            "cut|slit|slashed|opened ~her|his|my|their ~veins", "slit|slashed|opened ~her|his|my|their ~wrist|wrists",
            "cut ~her|his|my|their ~wrists", "ouvert|ouverte|taillade|tailladee ~poignet|poignets|veines",
            "corto|cortado|cortada ~venas|munecas", "pulsadern ~aufgeschnitten|aufgeschlitzt|geschnitten",
            "tagliat* ~vene|polsi", "cortou ~pulsos|veias", "polsen ~doorgesneden|opengesneden",
            // "she's writing that she kills herself today", "will use it on himself".
            "sich ~heute|jetzt|gleich ~umbringt|umbringe|umbringen|toetet|totet",
            "use|turn ~it|gun ~on ~himself|herself|myself|themselves",
            "se ~va ~a ~matar ~hoy|ahora|noche", "va ~se ~tuer",
            // Voices telling the person to harm themselves: command hallucinations with
            // risk, someone who cannot keep themselves safe [NG225, CG192].
            "voices|voice ~telling|tell|tells|saying ~to ~hurt|kill|harm|cut ~herself|himself|myself|themselves",
            "voces ~dicen|diciendo|dice ~que ~se|me ~mate|corte|haga",
            "voix ~disent|dit ~de ~se|me ~faire ~mal", "voix ~disent|dit ~de ~se|me ~tuer|couper",
            "stimmen|stimme ~sagen|sagt ~sich|mich|soll ~verletzen|umbringen|weh|schneiden",
            "voci ~dicono|dice ~di ~farsi|farmi ~male", "voci ~dicono|dice ~di ~uccidersi|uccidermi",
            "vozes|voz ~dizem|diz ~para ~se|me ~machucar|matar|cortar",
            "stemmen|stem ~zeggen|zegt ~zichzelf|mezelf ~pijn|doden|snijden",
        ],
    ),
    (
        // Every tablet taken, told in lay words ("she's taken all her meds") [POIS: any
        // intentional overdose].
        Sig::Overdose,
        pats![
            "taken|took|swallowed|downed ~all ~her|his|my|their|of ~meds|medication|medicines|tablets|pills",
            "tomado|tomo|trago ~todas ~sus|mis ~pastillas|medicinas|pastis", "pris|avale ~tous ~ses|mes ~medicaments|comprimes|cachets",
            "alle ~tabletten|medikamente|pillen ~genommen|geschluckt", "preso|ingoiato ~tutte ~le ~sue|mie ~pillole|medicine",
            "tomou|engoliu ~todos ~os ~remedios|comprimidos", "al ~haar|zijn|mijn ~pillen|medicijnen ~ingenomen|geslikt",
            // A child and a parent's pills with the blister opened and some gone [POIS].
            "blister|packet|pack|strip|box|packung|plaquette|cartela ~open|opened|offen|abierto|ouverte|aperto|aberta ~missing|gone|fehlen|faltan|manque|mancano|faltam|ontbreken",
            "kleiner|kleine|kind|sohn|tochter|baby ~von|vom ~meinem|meinen|meiner ~tabletten|pillen|lithium|medikament*",
            "lithium|tabletten|pillen ~gegessen|geschluckt ~kleiner|kleine|kind|sohn|tochter",
            // Someone else's sedative or strong painkiller taken.
            "took|taken|swallowed|had ~some|few ~of ~dads|mums|nans|grandads|parents|brothers|sisters|friends ~diazepam|valium|lorazepam|zopiclone|tramadol|codeine|morphine|oxycodone|methadone|lithium|pregabalin",
        ],
    ),
    (
        // "can barely wake him": hard to wake, an emergency [EPI, NG143 red].
        Sig::Unconscious,
        pats![
            "!barely|hardly ~wake|rouse ~him|her|them|baby", "!cant|cannot ~keep ~him|her ~awake",
            "!apenas ~reacciona", "!cuesta ~despertarlo|despertarla", "!arrive ~pas|plus ~a ~le|la ~reveiller",
            "!kaum ~wach ~kriegen|bekommen", "kaum ~wachzukriegen|weckbar|aufzuwecken", "!nauwelijks ~wakker ~krijgen",
        ],
    ),
    (
        // Bleeding everywhere: a major haemorrhage [MTS].
        Sig::Haemorrhage,
        pats![
            "bleeding ~everywhere", "saigne ~partout", "sangra|sangrando ~por ~todas ~partes|todos ~lados",
            "blutet ~uberall|ueberall", "sanguina ~dappertutto|ovunque", "sangra|sangrando ~por ~todo ~lado", "bloedt ~overal",
        ],
    ),
    (
        // "dit n'importe quoi": French elision turns "n" into "and"; nonsense talk is
        // new confusion [NG51].
        Sig::Confusion,
        pats!["il|elle ~dit|raconte ~importe ~quoi", "dice|diciendo ~cosas ~sin ~sentido", "redet ~wirres ~zeug"],
    ),
    // --------------------------------------------- a plan with the means at hand [MHF]
    (
        // The means made ready: tablets counted or set out, prepared "for tonight", a
        // dead relative's strong medicine kept, a gun, the gas turned on, a photo of a
        // blade or a rope, a knife in the room.
        Sig::MeansAtHand,
        pats![
            "tablets|pills|meds|paracetamol ~counted|lined|laid ~out|up", "tablets|pills|meds|paracetamol ~set ~out",
            "pastillas|pastis ~preparadas|contadas|juntadas", "prepare|prepares|preparer ~tous|toutes ~mes ~medicaments|comprimes|cachets",
            "medicaments|comprimes|cachets ~prepares|comptes ~pour ~ce ~soir", "tabletten|pillen ~bereitgelegt|hingelegt|zurechtgelegt|gezahlt",
            "pillole|compresse ~preparate|contate", "comprimidos|remedios ~separados|preparados|contados", "pillen|tabletten ~klaargelegd|klaar",
            "kept|keeping|saved|hidden|hid ~his|her|my|grandads|dads|mums ~morphine|oxycodone|fentanyl|methadone|tablets|pills|insulin",
            "guardado|guardo|guardaba|escondido ~morfina|pastillas", "garde|gardee|cache|cachee ~morphine|comprimes",
            "morphin|tabletten ~aufgehoben|behalten|versteckt", "tenuto|nascosto ~morfina|pillole", "guardou|escondeu ~morfina|remedios",
            "morfine|pillen ~bewaard|verstopt",
            "gun|shotgun|rifle|pistol|firearm", "escopeta|pistola|revolver", "arma ~de ~fuego", "fusil|pistolet|carabine",
            "gewehr|flinte|pistole|schusswaffe|jagdgewehr", "fucile|doppietta|pistola", "espingarda|revolver|pistola", "geweer|pistool|jachtgeweer",
            "photo|pic|picture ~of ~razor|blade|knife|rope|noose", "foto ~cuchilla|cuchillo|cuerda|soga", "photo ~lame|couteau|corde",
            "foto ~klinge|messer|strick|seil", "foto ~lametta|coltello|corda", "foto ~lamina|faca|corda", "foto ~mesje|mes|touw",
            "has|got|keeps|hat|tiene ~knife|blade|razor|messer|klinge|cuchillo|couteau|lame ~room|zimmer|cuarto|chambre|pocket|bag",
            "gas ~turned|opened|aufgedreht|angedreht", "turned|put ~on ~the ~gas", "gasherd|gashahn ~aufgedreht|angedreht|offen",
            "abierto|abrio ~el ~gas", "ouvert ~le ~gaz", "gaz ~ouvert", "aperto ~il ~gas", "abriu ~o ~gas", "gas ~opengedraaid|opengezet",
            // A place to jump from: a station, a platform, the tracks.
            "station|platform|tracks|railway|motorway|overpass", "en ~el ~puente|anden|tejado|borde", "vias ~del ~tren",
            "a|sur ~la|le ~gare|quai|rails|voie", "am|auf ~dem|den ~bahnhof|bahnsteig|gleis|gleisen",
            "alla|sui ~stazione|binari|banchina", "na ~estacao|plataforma", "linha ~do ~trem|comboio", "op ~het ~station|perron|spoor",
        ],
    ),
    (
        // Told as what the person will do now: jump, throw themselves, take them tonight.
        // Alone it is nothing ("going to jump on the trampoline"); with a place or the
        // means at hand it is a plan [MHF, NG225].
        Sig::CantGoOn,
        pats![
            "going|gonna|about ~to ~jump", "jump ~in ~front", "jump ~when ~next|train", "taking|take ~them|it|all ~tonight",
            "voy|va|vas ~a ~saltar|tirarme|tirarse", "vais|va ~sauter", "vais|va ~me|se ~jeter", "je ~saute",
            "werde|will|wird ~springen|runterspringen", "werde|will|wird ~mich|sich ~werfen", "ich ~spring|springe",
            "mi ~butto|lancio", "sto ~per ~saltare|buttarmi", "vou|vai ~pular|saltar", "vou|vai ~me|se ~jogar", "ga ~springen|spring",
            // "he's done", "er will nicht mehr", "je supporte plus": unable to go on.
            "!said|says|saying|texted|wrote ~hes|shes|im|he|she ~done", "!er|sie|ich ~will ~nicht ~mehr",
            "!supporte|supporter ~plus|pas", "!no ~soporto|aguanto ~mas|nada", "!non ~sopporto ~piu", "!nao ~suporto ~mais",
        ],
    ),
    (
        // Locked in a room: with the means or with thoughts of death, an act under way.
        Sig::LockedIn,
        pats![
            "locked|barricaded ~herself|himself|themselves|myself ~in", "locked ~in ~bathroom|room|kitchen|garage|car",
            "se ~encerro", "se ~ha ~encerrado", "encerrado|encerrada ~en ~bano|cuarto|habitacion|cocina",
            "enferme|enfermee|enfermes|enfermees ~dans", "s|est ~enferme|enfermee", "sich ~eingeschlossen|eingesperrt|verbarrikadiert",
            "chius* ~dentro", "chius* ~a ~chiave", "trancou|trancado|trancada ~no|na|se", "opgesloten", "zichzelf ~ingesloten",
        ],
    ),
    (
        // Not answering after a goodbye, a threat or the means: no one can check on them.
        Sig::Unreachable,
        pats![
            "!wont|isnt|not|doesnt|cant ~pick|picking ~up", "!wont|isnt|not|doesnt|cant ~answer|answering ~phone|calls|texts|door|messages",
            "!no ~contesta|coge|responde|atiende", "!ne ~repond|decroche ~pas|plus",
            "!geht ~nicht ~ans ~handy|telefon", "!nicht ~erreichbar", "!antwortet ~nicht",
            "!non ~risponde", "!nao ~atende|responde", "!neemt ~niet ~op", "!reageert|antwoordt ~niet",
        ],
    ),
    (
        // A goodbye told as sent: an audio or a message saying goodbye.
        Sig::Farewell,
        pats![
            "despidiendose|despidiendome|despedida", "message|messages|texted|sent ~goodbye", "mensaje|audio ~de ~despedida",
            "message|lettre ~d ~adieu", "abschiedsbrief|abschiedsnachricht|verabschiedet", "messaggio ~di ~addio", "mensagem ~de ~despedida",
            "afscheidsbrief|afscheidsbericht", "suicide ~note|letter", "left|wrote ~a ~note ~goodbye|sorry",
        ],
    ),
    // ------------------------------------------------- danger at home now [consensus]
    (
        // A weapon in the hands of someone threatening now, or at the door trying to
        // get in: violence under way.
        Sig::ViolenceNow,
        pats![
            "knife|gun|couteau|messer|cuchillo|coltello|faca|pistole|pistolet|pistola ~threatening|threatens|menace|droht|amenaza|minaccia|ameaca|dreigt",
            "threatening|menace|droht|amenaza|minaccia|ameaca|dreigt ~with|avec|mit|con|com|met ~knife|gun|couteau|messer|cuchillo|coltello|faca",
            "menace|menacant ~de ~nous|me|la|le ~tuer", "amenaza|amenazando ~con ~matar|matarnos|matarme",
            "droht ~uns|mich|sie ~umzubringen", "droht ~zu ~toten", "minaccia ~di ~ucciderci|uccidermi", "ameaca|ameacando ~matar", "ameaca|ameacando ~nos ~matar",
            "dreigt ~ons|me|mij ~te ~vermoorden|doden",
            "puerta|door|tur|tuer|porte|porta|deur ~con|with|mit|avec|com|met ~cuchillo|knife|messer|couteau|coltello|faca",
            "knife|gun|messer|couteau|cuchillo|coltello|faca ~at|outside|vor|devant|delante|davanti|na|voor ~door|tur|tuer|porte|puerta|porta|deur",
            "trying ~to ~get|break ~in ~knife", "knife ~trying ~to ~get|break ~in",
        ],
    ),
    (
        // Abuse of a child, a partner or an older person, told as happening, with no
        // danger this minute: a same-day talk about safety [consensus; HI safeguarding].
        Sig::AbuseRisk,
        pats![
            "frightened|scared|terrified|afraid ~of ~his|her ~son|daughter|carer|husband|wife|partner|boyfriend|girlfriend",
            "takes|taking|took ~his|her ~pension|benefits", "been ~touching ~her|him", "touching ~her|him ~inappropriately",
            "wont ~let ~her|him|me ~go ~out|see ~friends|family", "hit|slapped|punched|kicked ~my ~little|baby ~sister|brother",
            "carer|carers|aide|pflegedienst|pflegerin|pfleger|cuidadora|cuidador|badante|verzorger|verzorgster ~slaps|hits|pinches|pushes|shouts|pince|frappe|pousse|crie|schubst|anschreit|kneift|ohrfeigt|pega|empuja|grita|picchia|spinge|urla|bate|empurra|slaat|duwt|knijpt",
            "quita|quito ~la|su ~pension", "le ~grita ~y|e ~le ~pega|empuja", "me ~empujo|pego|golpeo ~ayer|anoche|hoy|contra",
            "prend|pris ~ses ~sous|pension", "m ~tordu|tordue", "attouchements",
            "nimmt|nahm ~rente", "mich ~gestern|heute ~geschubst|geschlagen", "prende ~la ~pensione", "pega ~a ~pensao",
            "bate|empurra ~nela|nele|em ~mim", "pakt ~pensioen",
        ],
    ),
    // ---------------------------------------------------- postpartum psychosis [CG192]
    (
        // A new mother: "new mum", "just had a baby".
        Sig::Postpartum,
        pats![
            "new ~mum|mom|mother", "just ~had ~baby", "recien ~parida", "recien ~dado ~a ~luz", "jeune ~maman", "vient ~d ~accoucher",
            "frisch ~entbunden", "neue ~mama", "neomamma|puerpera", "mae ~recem", "recem ~mae", "kersverse ~moeder|mama",
        ],
    ),
    (
        // A new false belief about the baby (swapped, not ours, evil) or a religious
        // mission: psychosis [CG192].
        Sig::Psychosis,
        pats![
            "baby ~was|been|has ~swapped|switched|replaced", "swapped|switched ~our|my|her ~baby", "!bebe ~no ~es ~nuestro|mio|suyo",
            "nos|le ~lo ~han ~cambiado", "!bebe ~pas ~notre|mien|sien", "!pas ~notre|mon ~bebe", "echange|echanges ~bebe", "baby ~nicht ~unser|ihres|meins", "baby ~vertauscht",
            "bambino|bimbo ~non ~e ~nostro|mio|suo", "bebe ~nao ~e ~nosso|meu|dela", "baby ~niet ~van ~ons|haar",
            "god|devil|satan|demon ~talking|speaking|telling|sending", "protect ~baby ~from ~devil|demons|evil",
            "dios|diablo ~me ~habla|dice", "dieu|diable ~me ~parle", "gott|teufel ~spricht|redet ~zu ~mir",
            // A false belief of being listened to, told in the infinitive.
            "uberzeugt|ueberzeugt|glaubt ~abhoren|abhoeren|abhort|verfolgen|vergiften",
        ],
    ),
    (
        // Mania: nights without sleep, talking without stopping: a same-day look
        // by the crisis team [MTS behaving strangely, CG192 after birth].
        Sig::ChangedBehaviour,
        pats![
            "up ~#2 ~nights ~straight|running|row", "talking|talks ~nonstop", "talking|talks ~non ~stop", "talking|talks ~without ~stopping", "manic|hypomanic",
            "habla ~sin ~parar", "esta|sta|ta ~maniaco|maniaca|maniacale", "parle ~sans ~arret|arreter", "ne ~dort ~plus ~depuis ~#2 ~nuits", "phase ~maniaque",
            "redet ~ohne ~ende|pause|punkt", "schlaft|schlaeft ~seit ~#2 ~nachten ~nicht", "ist|is|wieder|weer ~manisch",
            "parla ~senza ~sosta|fermarsi", "fala ~sem ~parar", "praat ~aan ~een ~stuk ~door", "praat ~zonder ~stoppen", "slaapt ~al ~#2 ~nachten ~niet",
        ],
    ),
    // -------------------------------------- thoughts of death without a plan [NG225]
    (
        // Passive thoughts of death told in lay words: better off dead, worth more dead,
        // nobody would miss me, not being here. A same-day talk; with the means at hand
        // the Safety rules make it an emergency.
        Sig::DarkThoughts,
        pats![
            "nobody|noone|one ~would ~miss ~me|her|him", "worth ~more ~dead", "better ~off ~dead",
            "thinking|think|thought|thoughts ~about|of ~not ~being ~here|around", "joking|jokes ~about ~killing|ending ~himself|herself|it",
            "thought|thinking ~about|of ~taking ~all ~my|her|his ~tablets|pills", "sleep ~forever",
            "nadie ~me|la|lo ~echaria ~de ~menos", "pensamientos|ideas ~de ~muerte|morir|morirme", "mejor ~muerto|muerta",
            "personne ~me|ne ~manquerait|regretterait", "pensees|idees ~de ~mort|mourir", "veut|voulait|voudrait ~mourir", "!voudrais|veux|aimerais ~ne ~plus ~etre ~la",
            "niemand ~wurde|wuerde ~mich ~vermissen", "lieber ~tot", "mir|sich ~was|etwas ~anzutun", "gedanken ~mich ~umzubringen",
            "nessuno ~sentirebbe ~mancanza", "pensieri ~di ~morte|morire", "meglio ~morto|morta",
            "ninguem ~sentiria ~falta", "pensamentos ~de ~morte|morrer", "melhor ~morto|morta",
            "niemand ~zou ~me ~missen", "gedachten ~aan ~dood|doodgaan", "beter ~dood",
        ],
    ),
    (
        // Self-harm told as what was done, without the word: cuts made on oneself, urges,
        // burn marks from a lighter. A same-day look [NG225].
        Sig::DarkThoughts,
        pats![
            "cut|cuts ~my|her|his ~thigh|thighs|arms|legs ~again|today|tonight", "cut|cuts ~my|her|his ~thigh|thighs|arms|legs ~last ~night",
            "urges ~still|again|back", "urges ~to ~cut|harm",
            "burn|burns ~marks ~lighter|cigarette", "me ~hice ~cortes", "se ~hizo|hace ~cortes", "me ~suis ~scarifie|scarifiee|mutile|mutilee",
            "mich ~geritzt", "mich ~selbst ~geschnitten", "mi ~sono ~fatt* ~tagli", "mezelf ~gesneden",
        ],
    ),
    (
        // "no plan yet", "pas de projet", "aucun plan", "kein plan": said of thoughts.
        Sig::NoPlan,
        pats![
            "!no ~plan|plans", "!pas|aucun ~de ~projet|plan", "!aucun ~plan|projet", "!kein|keinen ~plan",
            "!no ~pienso ~hacer ~nada", "!nessun ~piano", "!nenhum ~plano", "!geen ~plan",
        ],
    ),
    // ---------------------------------------------------- a mental-health crisis [MTS]
    (
        // Not coping now: panic attack after panic attack, unable to leave home or eat,
        // falling apart. A same-day talk with the crisis team or GP [MTS mental illness,
        // NHS 111 mental health].
        Sig::MentalCrisis,
        pats![
            "panic ~attacks ~every ~day|night", "panic ~attack ~after ~panic", "feel ~like ~im ~losing ~it|mind", "losing ~my ~mind",
            "im|life ~falling ~apart", "im|keep ~breaking ~down", "at ~breaking ~point", "!cant|cannot ~cope ~anymore|any", "!not ~coping ~at ~all",
            "ataque|ataques ~de ~panico|ansiedad ~todos ~los ~dias", "crisis ~de ~ansiedad|panico ~una ~tras ~otra",
            "crise ~d ~angoisse ~sur ~crise", "crises ~d ~angoisse ~tous ~les ~jours", "craque ~completement|totalement",
            "panikattacke|panikattacken ~jeden ~tag|standig|staendig", "breche ~zusammen",
            "attacchi ~di ~panico ~ogni ~giorno", "crises ~de ~panico ~todo ~dia", "paniekaanvallen ~elke ~dag", "!red ~het ~niet ~meer",
        ],
    ),
    (
        // Raped or sexually assaulted in the last days: emergency contraception, HIV
        // prevention and a forensic examination are time-limited, a same-day look
        // (consensus). A concept, so "years ago" scopes it as history.
        Sig::SexualAssault,
        pats![
            "raped", "sexually ~assaulted|abused", "sexual ~assault", "agredieron|agredida|agredido|abusaron ~sexualmente",
            "violada|violaron|violacion", "violee|viol|violer|violes", "agression ~sexuelle", "vergewaltigt|vergewaltigung",
            "sexuell ~missbraucht|belastigt|uberfallen|angegriffen", "violentata|stuprata|stupro", "violenza ~sessuale",
            "estuprada|estupro|estupraram", "abusada|abusaram ~sexualmente", "verkracht|verkrachting|aangerand|aanranding",
        ],
    ),
    (
        // "she says she can't cope", "not coping at all": not coping now [MTS].
        Sig::MentalCrisis,
        pats!["!says|said|saying ~she|he|they ~cant|cannot ~cope", "!not ~coping", "!no ~puede ~mas ~con ~todo", "!ne ~s ~en ~sort ~plus", "!schafft ~es ~nicht ~mehr"],
    ),
    (
        // Within the night or at a clock time: inside the 12 hours in which chest pain
        // that has passed is still an emergency [CG95].
        Sig::Recent,
        pats![
            "at|around|about ~#1 ~am|pm", "at|around|about ~1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm", "cette ~nuit", "esta ~madrugada", "de ~madrugada", "heute ~nacht", "stanotte", "esta ~madrugada", "vannacht",
        ],
    ),
    (
        // A deep or gaping cut: it needs closing the same day [MTS wounds]. Read before
        // as nothing at all when told without the word "laceration" (13:88).
        Sig::Laceration,
        pats![
            "deep ~and ~gaping", "gaping ~cut|wound|gash|open", "cut|wound|gash ~gaping|gapes|deep", "deep ~cut|wound|gash",
            "herida|corte ~profund*|abiert*", "plaie|coupure ~profonde|beante", "tiefe ~wunde|schnittwunde|schnitt", "wunde|schnitt ~tief|klafft|klaffend",
            "ferita|taglio ~profond*|apert*", "ferida|corte ~profund*|abert*", "diepe ~snee|wond|jaap", "snee|wond ~diep|gapend",
        ],
    ),
    // ---------------------------------------------------------- not signs: hard negatives
    (
        // Self-harm as a topic (a dissertation, research, training), old scars, and
        // idioms: nothing to triage.
        Sig::Benign,
        pats![
            "dissertation|thesis|research|essay|survey|study ~self ~harm|harming|injury", "dissertation|thesis|research|essay|survey|study ~suicide",
            "tesis|trabajo|investigacion|estudio ~autolesiones|suicidio", "memoire|these|recherche ~automutilation|suicide",
            "doktorarbeit|bachelorarbeit|masterarbeit|hausarbeit|studie ~selbstverletzung|suizid",
            "old ~scars ~self ~harm", "scars ~from ~self ~harm", "cicatrices ~antiguas|viejas ~autolesiones", "anciennes ~cicatrices ~automutilation|scarification",
            "alte ~narben ~ritzen|selbstverletzung", "vecchie ~cicatrici ~autolesionismo", "cicatrizes ~antigas ~automutilacao", "oude ~littekens ~zelfbeschadiging",
            "formular|papierkram|rechnung ~bringt ~mich ~um", "form|paperwork|bill ~killing ~me", "formulaire|facture ~me ~tue",
        ],
    ),
];
