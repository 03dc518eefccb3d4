//! Risk in mental health told indirectly (TRIAGE.md "Session 15b"): intent told by its
//! time or as a decision, a goodbye told through what is left behind, a place to jump
//! from, harm to others from someone psychotic with a weapon, a child in danger now,
//! overdoses told as a count or a whole pack, and the urgent line (early psychosis,
//! superficial self-harm, intrusive thoughts after birth, abuse with no danger now,
//! panic after a medicine change, an eating disorder with dizziness). Each concept is
//! written as lay words in en es fr de pt (it nl where cheap), to combine in the
//! presentation table with the contexts the rules already read. Tests, in other words
//! than the batch, with hard negatives, are in `mental_health_risk_tests.rs`.

use super::lexicon::Sig;

/// Findings, contexts and non-signs for risk told indirectly.
pub(crate) const MENTAL_HEALTH_RISK: &[(Sig, &str)] = &[
    // --------------------------------------------------- intent told indirectly [NG225]
    (
        // A decision taken, or its time given: with a goodbye, the means or thoughts of
        // death, intent now [MHF, NG225].
        Sig::Decided,
        pats![
            "tonights|tonight ~the ~night", "its|it ~is ~decided", "heute ~abend|nacht ~ist ~es ~so ~weit", "ya ~esta|ta ~decidido|decidida",
            "ja ~esta|ta ~decidido|decidida", "c ~est ~decide", "j ~ai ~decide", "after ~youve|ive|you|i ~decided", "ive ~decided|made ~my ~mind|decision", "i ~have ~decided",
            "everything|everythings ~sorted|arranged",
            "letters|letter ~are|is ~written", "wrote ~letters ~to ~everyone", "cartas ~escritas", "lettres ~ecrites", "briefe ~geschrieben",
            "esta ~noche|noite ~lo|o ~termino|acabo|termina", "hoy|hoje ~vou|voy ~acabar", "ce ~soir ~j ~en ~finis", "ce ~soir ~je ~finis", "heute ~mache ~ich ~schluss",
            "vou ~tomar ~quando", "voy ~a ~tomarlas|tomarmelas|tomar ~cuando", "going ~to ~take ~them ~when", "je ~les ~prends ~quand", "nehme ~sie ~wenn",
        ],
    ),
    (
        // "lo termino todo", "terminar con todo": ending it all [MHF].
        Sig::Suicidal,
        pats![
            "lo ~termino|acabo ~todo", "terminar|acabar ~con ~todo ~esta|hoy", "en ~finir ~avec ~tout|vie", "schluss ~machen ~mit ~allem|leben",
            // A crash, a cut or a fall done on purpose: an act [MHF, NG225].
            "absichtlich|bewusst|extra ~gegen ~baum|wand|mauer|brucke|pfeiler", "on ~purpose ~crashed|drove|drive|crash", "deliberately ~crashed|drove|crash",
            "crashed|drove ~into ~a|the ~wall|tree ~on ~purpose|deliberately", "a ~proposito|adrede ~contra", "expres ~dans ~un ~arbre|mur", "de ~proposito ~contra|num",
            // "sich selbst was angetan", "se ha hecho algo": an act, unknown what.
            "!cant|cannot ~keep ~myself ~safe", "!no ~puedo ~mantenerme ~a ~salvo",
            // A threat to end their own life, told as said: "he'll kill himself if I go".
            "!hel|shel|hell|shell|will|gonna|going ~kill ~himself|herself", "threatening|threatens|threatened ~to ~kill ~himself|herself",
            "se ~va ~a ~matar ~si", "va ~se ~tuer ~si", "bringt ~sich ~um ~wenn", "vai ~se ~matar ~se",
        ],
    ),
    (
        // A goodbye told through what is left behind: the pets, the children, "sorry for
        // everything", "always loved you", a note saying not to look for them, thanks for
        // trying, "just so someone knows".
        Sig::Farewell,
        pats![
            "sorry ~for ~everything", "thanks ~for ~everything",
            // "I won't be around by then": absence told as a goodbye.
            "!wont ~be ~around|here ~by|tomorrow|next|much", "!will ~not ~be ~around|here", "!no ~estare|voy ~a ~estar ~aqui|ahi", "!ne ~serai ~plus ~la", "!nicht ~mehr ~da ~sein",
            "!nao ~vou ~estar ~mais ~aqui", "!non ~ci ~saro ~piu", "look ~after|for ~the ~dog|cat|kids|children|mum|dad|mom", "take ~care ~of ~the ~dog|cat|kids|mum|mom|dad",
            "always ~loved|love ~you|us", "tell ~them|everyone ~i ~love ~them", "not ~to ~look ~for ~her|him|me", "note ~on|under ~pillow|bed|table|door",
            "left|leaves|wrote ~a ~note", "laisse|laissee ~un ~mot", "dejo ~una ~nota", "deixou ~um ~bilhete", "zettel|brief ~hinterlassen", "wrote ~sorry", "talk ~to ~someone ~before", "before ~i ~do ~it", "thanks|thank ~you|dr|doctor ~for ~trying", "thanks|thank ~for ~trying", "just ~wanted ~someone ~to ~know", "so ~someone ~knows",
            "dont ~know ~why ~im|i ~texting|writing|messaging|emailing", "do ~not ~know ~why ~i ~am",
            "cuidad|cuida|cuidar ~de ~mama|papa|perro|gato|ninos", "siempre ~os|te ~he ~querido", "perdon ~por ~todo", "no ~me ~busqueis|busquen|busques",
            "gracias ~por ~intentarlo", "para ~que ~alguien ~lo ~sepa", "no ~se ~por ~que ~os|te|les ~escribo",
            "occupe|occupez|occuper ~toi|vous ~du|de ~chat|chien|enfants", "je ~t|vous ~ai ~toujours ~aime|aimes", "pardon ~pour ~tout", "cherchez|cherche ~pas",
            "merci ~d ~avoir ~essaye", "prevenir ~quelqu ~un", "jsp|sais ~pas ~pourquoi ~j ~ecris",
            "um ~die ~katze|hund|kinder ~kummern|kuemmern", "immer ~geliebt", "tut ~mir ~leid ~fur ~alles", "sucht ~mich ~nicht", "danke ~dass ~ihr ~es ~versucht",
            "damit ~ihr ~euch ~nicht ~wundert", "damit ~jemand ~es ~weiss",
            "cuida|cuidem ~do ~cachorro|gato|mae|pai", "sempre ~amei", "desculpa ~por ~tudo", "nao ~me ~procurem", "obrigad* ~por ~tentar", "pra|para ~alguem ~saber",
        ],
    ),
    (
        // Not answering, the phone off, gone from home.
        Sig::Unreachable,
        pats![
            "!hes|shes|theyre|he|she ~not ~answering|picking", "!isnt|arent ~answering|responding", "!phone|mobile|cell ~off|dead|switched", "!phone|mobile ~going ~to ~voicemail",
            "!not ~in ~her|his|their ~room|bed", "!not ~at ~home", "!celular|telefone|telemovel ~desligado", "!movil|telefono ~apagado",
            "!tel|telephone|portable ~eteint", "!repond ~plus|pas", "!handy ~aus|ausgeschaltet", "!nicht ~zuhause|daheim", "!nicht ~zu ~hause", "!telefono ~spento", "!telefoon ~uit",
        ],
    ),
    (
        // A place to jump from, told as where the person is now, or the means ready:
        // tablets in front of them, the car exhaust, a gas smell.
        Sig::MeansAtHand,
        pats![
            "on|at ~the ~bridge|roof|rooftop|viaduct|cliff|ledge", "back ~at|on ~the ~bridge|roof|viaduct", "top ~of ~the ~car ~park|multi|building|tower|block|cliff",
            "im ~on|at ~the ~bridge|roof|top", "i ~am ~on|at ~the ~bridge|roof|top", "climb|climbing|climbed ~over|onto ~the ~balcony|railing|railings|edge|parapet",
            "en ~el ~viaducto|puente|tejado|azotea", "estoy ~en ~el ~viaducto|puente|tejado|azotea", "sur ~le ~toit|pont|viaduc", "chui|suis ~sur ~le ~toit|pont",
            "auf ~der|dem ~brucke|bruecke|dach|viadukt", "no ~telhado|viaduto", "na ~ponte", "sul ~tetto|ponte|viadotto", "op ~de ~brug", "op ~het ~dak",
            "packungen|paracetamol|tabletten|pillen ~vor ~mir", "tablets|pills|paracetamol ~in ~front ~of ~me", "pastillas|comprimidos ~delante ~de ~mi", "comprimes|cachets|medicaments ~devant ~moi", "remedios|comprimidos ~na ~minha ~frente",
            "separei|separado|juntei ~os ~remedios|comprimidos", "separado|guardado ~las ~pastillas", "pile ~of ~pills|tablets", "photo|pic|picture ~of ~pills|tablets|pile",
            "hose ~from ~the ~exhaust", "exhaust|engine|car ~running", "gas ~smell", "smell ~of ~gas", "odeur ~de ~gaz", "olor ~a ~gas", "riecht ~nach ~gas", "cheiro ~de ~gas",
        ],
    ),
    (
        // Not come out of a room for days: shut in, as locked in.
        Sig::LockedIn,
        pats![
            "shut ~himself|herself|themselves|myself ~in",
            "!hasnt|havent|not ~come ~out ~of ~his|her|their ~room", "!no ~sale ~de ~su ~cuarto|habitacion", "!sort ~plus ~de ~sa ~chambre",
            "!kommt ~nicht ~aus ~seinem|ihrem ~zimmer", "!nao ~sai ~do ~quarto",
        ],
    ),
    (
        // A threat told as sent: "says he'll kill himself if I leave". Read as a "what if"
        // by the scope; the presentation table counts it with the means shown.
        Sig::CantGoOn,
        pats!["je ~veux ~juste ~que ~ca ~s ~arrete", "i ~just ~want ~it ~to ~stop", "solo ~quiero ~que ~pare|acabe", "ich ~will ~nur ~dass ~es ~aufhort", "so ~quero ~que ~acabe|pare"],
    ),
    // ------------------------------------------- overdoses told as a count or a pack [POIS]
    (
        // Many tablets taken, told by a round number, a pack or a whole box [POIS: any
        // intentional overdose].
        Sig::PillCount,
        pats![
            "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~vingtaine|trentaine|dizaine|quinzaine|cinquantaine|veintena|treintena|decena|dutzend|cartelas|cartela|plaquette|plaquettes|blister|blisters",
            "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~load|loads|bunch|handful|pile|lot|bottle|packet|pack|strip|box|boite|packung|packungen|schachtel|caja|frasco|whole|entire ~pills|tablets|meds|medication|paracetamol|ibuprofen|painkillers|sleeping|hayfever|antidepressants|diazepam|doliprane|dafalgan|efferalgan|pastillas|pastis|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|remedios|pillole|compresse|medicijnen",
            "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~#10 ~pills|tablets|meds|medication|paracetamol|ibuprofen|painkillers|sleeping|hayfever|antidepressants|diazepam|doliprane|dafalgan|efferalgan|pastillas|pastis|comprimidos|comprimes|cachets|medicaments|tabletten|pillen|medikamente|remedios|pillole|compresse|medicijnen", "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~#10 ~of ~my|her|his|their",
            "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~boite|caja|packung|box|plaquette|cartela ~entiere|entera|inteira|whole", "took|taken|swallowed|downed|necked|tomo|tome|tomado|tomou|tomei|trago|tragado|engoli|engoliu|pris|prise|avale|avalee|genommen|geschluckt|preso|ingoiato|ingenomen|geslikt ~toute|toda|ganze|whole ~boite|plaquette|caja|cartela|packung|box|strip|packet",
        ],
    ),
    (
        // Naloxone given: an opioid overdose, an emergency even when the person is
        // breathing again (it wears off before the opioid does) [POIS].
        Sig::Overdose,
        pats![
            "used|gave|given|give|injected ~naloxone|narcan|nyxoid|prenoxad", "naloxone|narcan|nyxoid ~used|given|kit", "naloxona|naloxone ~dado|dada|usado|usada|puesto",
            "injecte|donne ~naloxone", "naloxon ~gegeben|gespritzt",
        ],
    ),
    // ------------------------------------------------ harm to others, psychosis [CG192, MHF]
    (
        // A weapon taken up: with psychosis, a threat or violence, danger now.
        Sig::Weapon,
        pats![
            "with|mit|con|avec|com ~a|an|einem|un|une|uma|the ~knife|hammer|axe|machete|messer|hammer|axt|beil|cuchillo|martillo|hacha|navaja|couteau|marteau|hache|faca|martelo|machado|facao|coltello|martello", "met ~een ~mes|hamer|bijl",
            "kitchen ~knife", "cuchillo ~de ~la ~cocina", "couteau ~de ~cuisine", "kuchenmesser|kuechenmesser", "faca ~da ~cozinha", "coltello ~da ~cucina", "keukenmes",
            "knife|hammer|axe|couteau|marteau|messer|cuchillo|martillo|faca|martelo ~in|a|en|na ~his|her|la|der|sa ~hand|main|mano|mao",
            "grabbed|took|picked|got ~a|the ~knife|hammer|axe", "coger|cogido|cogio|agarro|agarrado ~un|el ~cuchillo|martillo",
            "pris|prend ~un|le ~couteau|marteau", "pegou|pegar ~faca|martelo", "nimmt|nahm|genommen ~ein|das ~messer|beil",
        ],
    ),
    (
        // A threat to kill or hurt someone, told as said or as voices ordering it, or to
        // set the home on fire.
        Sig::ThreatToKill,
        pats![
            "va|vont ~le|la|les ~tuer", "going|gonna ~to ~kill ~him|her|them", "will ~kill ~him|her|them", "lo|la|le ~va ~a ~matar", "vai ~matar|mata ~ele|ela|lo|la",
            "wird|will ~ihn|sie ~umbringen|toten|toeten", "bringt ~ihn|sie ~um",
            "ordonnent|ordonne|order|orders|ordering|command|commanding|befehlen|befiehlt|mandan|manda|mandam|ordenan|comandano ~tuer|kill|hurt|toten|umbringen|erlosen|erloesen|matar|machucar|uccidere",
            "voices|voice ~telling|tell|tells ~him|her|me ~to ~kill|hurt|harm ~baby|her|him|them|dad|mum",
            "set ~fire ~to", "burn ~down ~the", "mettre ~le ~feu", "prender|prenderle ~fuego", "quemar ~la ~casa|casa", "anzunden|anzuenden|abfackeln", "por|tocar ~fogo",
            "fahrt|faehrt|fahren ~mit ~ihm|ihr ~gegen ~die|eine|einen ~wand|baum|mauer", "drive|crash ~into ~a|the ~wall|tree ~with ~him|her|them",
        ],
    ),
    (
        // Lay delusions and hallucinations in early psychosis: read minds, messages from
        // the TV or number plates, a phone hacked, spied on, poisoned, a voice that
        // comments. A same-day look alone (early intervention; consensus); with a weapon
        // or after birth, an emergency.
        Sig::Psychosis,
        pats![
            "read|reading|reads ~my|his|her|their ~thoughts|mind", "lesen|liest ~meine|seine|ihre ~gedanken", "gedanken ~lesen ~konnen|koennen|kann", "lisent|lit ~mes|ses|ses ~pensees",
            "leen|lee ~mis|sus ~pensamientos", "leem|le ~meus|seus ~pensamentos", "leggono ~i ~miei|suoi ~pensieri", "lezen ~mijn|zijn ~gedachten",
            "tv|tele|telly|television|radio ~sending|sends|manda|envoie|envoyer|schickt|sendet ~messages|mensajes|mensagens|botschaften|nachrichten",
            "sending|send ~me|him|her ~messages", "le ~manda ~mensajes", "me ~envoie ~des ~messages",
            "recibe|recebe|recoit|bekommt|receives ~mensajes|mensagens|messages|botschaften ~por|pelas|through|durch|via",
            "phone|laptop|computer ~has ~been ~hacked", "phone ~hacked", "handy|telefon|computer ~gehackt", "ausspionieren|ausspioniert|uberwacht|ueberwacht|abgehort|abgehoert", "espian|espiando|espionnent|espionne|spionieren|spioniert|espionam|espionando", "spying|spy ~on ~him|her|me|them",
            "poisoning ~him|her|me|them", "envenenando|envenenan|empoisonnent|vergiften|envenenam", "cameras ~watching|everywhere",
            "because ~of ~the ~cameras", "says|thinks|convinced ~people|everyone ~are ~talking ~about ~him|her|me",
            "hearing|hears ~a ~mans|man|womans|woman ~voice", "started ~hearing ~voices|voice", "voice ~commenting|comments", "fala|habla|parle|redet ~sozinha|sozinho|sola|solo|seule|seul", "talks|talking ~to ~himself|herself", "redet ~mit ~sich ~selbst",
            "is|es|e|est|ist ~the|el|o|le|der ~devil|diablo|demonio|diable|teufel", "says|thinks ~he|she|they ~can ~fly", "cree ~que ~puede ~volar", "croit|dit ~qu ~il|elle ~peut ~voler", "glaubt|sagt ~er|sie ~kann ~fliegen", "acha|diz ~que ~pode ~voar",
            "surtado|surtada|surtou", "surto ~psicotico", "brote ~psicotico", "bouffee ~delirante", "lost ~it ~completely|completely ~lost ~it",
            "stimmen ~befehlen|befiehlt|sagen", "voix ~lui|me ~ordonnent|disent", "las ~voces ~le|me ~dicen|mandan", "vozes ~mandam|dizem",
        ],
    ),
    (
        // After birth, in the words of the batch's languages: "entbunden", "dio a luz",
        // "tive bebê", "had my baby", "baby is 6 weeks".
        Sig::Postpartum,
        pats![
            "had ~my ~baby", "baby ~is ~#1 ~weeks|days", "weeks ~postnatal|postpartum", "postnatal|postpartum",
            "dio|di ~a ~luz", "tuve|tuvo ~un|el ~bebe", "bebe ~de ~#1 ~semanas|dias", "accouche|accouchee|accouchement", "entbunden|entbindung",
            "tive|teve ~bebe|nene", "deu|dei ~a ~luz", "bebe ~de ~#1 ~semanas", "baby ~ist ~#1 ~wochen", "partorito", "bevallen",
        ],
    ),
    (
        // Thoughts of harming the baby (not the intrusive, feared kind below).
        Sig::DarkThoughts,
        pats![
            "pensamentos|pensamientos|pensees|gedanken|thoughts ~de|of|d|an ~machucar|hacerle|lui|ihm|harming|hurting ~ele|dano|mal|weh|him|her|baby",
            "thought|thoughts ~about|of ~ending ~things|it", "idees|idee ~de ~plus ~me ~reveiller", "plus ~me ~reveiller", "stopped ~caring ~whether|if ~i ~wake",
            "googling|googled|searching|searched ~ways|how ~to ~kill|die|end", "looked ~up ~ways|how ~to ~kill|die|end", "how ~many ~tablets|pills ~it ~would ~take",
            "scratching|scratched|scratches ~arms|arm|legs|thighs|wrists", "arranhados|arranhado|arranhou ~bracos|braco|pernas", "bracos|braco|pernas ~arranhados|arranhado|cortados", "kratzer ~in ~den|die ~arm|arme|bein",
            "se ~brule|brulait ~les ~bras", "se ~quema|quemaba ~los ~brazos", "sich ~verbrennt|brennt", "se ~queima",
            "thinking ~about ~cutting ~again",
        ],
    ),
    (
        // Self-harm told as superficial: with no intent, a same-day talk, not an
        // ambulance [NG225: self-harm needing no physical care].
        Sig::Superficial,
        pats![
            "superficial|superficiales|superficiel|superficielle|superficiels|oberflachlich|oberflaechlich|superficiale|superficiali|oppervlakkig",
            "coisa ~superficial", "just|only ~the ~surface|scratches", "shallow ~scratches|cuts", "nothing ~that ~needs ~stitches", "no ~hace ~falta ~coser",
            "small|little ~burns", "para|pra ~aliviar", "pour ~se ~soulager", "petites ~brulures", "pequenas|pequenas ~quemaduras|queimaduras", "kleine ~verbrennungen",
            "!wont ~do ~worse|anything", "!will ~not ~do ~worse|anything", "!not ~trying ~to ~die", "!no ~quiere ~morir", "!ne ~veut ~pas ~mourir", "!will ~nicht ~sterben", "!nao ~quer ~morrer",
        ],
    ),
    (
        // Unwanted images or thoughts after birth that the mother fears and would never
        // act on: perinatal OCD, a same-day talk [CG192].
        Sig::IntrusiveThoughts,
        pats![
            "intrusive ~thoughts|images", "horrible|awful|scary ~flashes|images|pictures|thoughts ~of ~him|her|baby", "flashes ~of ~him|her|baby",
            "imagenes|imagenes ~horribles|terribles", "pensamientos ~intrusivos", "pensees ~intrusives", "pensees ~qui ~tournent ~en ~boucle",
            "zwangsgedanken", "bilder ~im ~kopf", "ve|vejo|vê ~cenas ~do ~bebe", "pensamentos ~intrusivos", "imagens ~horriveis", "pensieri ~intrusivi", "dwanggedachten",
        ],
    ),
    (
        // "would never hurt him": said of thoughts about a baby, a denial of intent.
        Sig::NoPlan,
        pats![
            "!would|d|id ~never ~hurt|harm ~him|her|them|baby", "!nunca ~le ~haria ~dano", "!ferait|ferais ~jamais ~de ~mal", "!will ~ihm|ihr ~nichts ~tun",
            "!nunca ~faria ~mal", "!not ~going ~to ~do ~anything", "!wont ~do ~anything", "!will ~not ~do ~anything", "!je ~ferai ~rien", "!wurde|wuerde ~nichts ~tun",
            "!nao ~vou ~fazer ~nada", "!no ~voy ~a ~hacer ~nada", "!not ~acting ~on ~them|it", "!not ~planning ~anything",
        ],
    ),
    // --------------------------------------------------- a child or adult in danger now
    (
        // Happening now: told as heard, or "right now".
        Sig::HappeningNow,
        pats![
            "right ~now", "right ~this ~minute", "as ~we ~speak", "ahora ~mismo", "agora ~mesmo", "en ~ce ~moment", "gerade ~jetzt", "proprio ~ora",
            "i ~can ~hear ~him|her|them|the|it", "se ~oye|oyen|escucha ~al|a|los|el", "j ~entends", "ich ~hore|hoere", "estou ~ouvindo|escutando", "ta|esta ~la ~agora",
            "downstairs|upstairs ~right|now", "next ~door ~right ~now", "!hes|he|she|shes ~in ~the ~house|flat ~now",
        ],
    ),
    (
        // Abuse of a child or an older person told as happening (hit, touched, money
        // taken, frightened of a carer, kept from family): a same-day talk; with
        // "right now", an emergency.
        Sig::AbuseRisk,
        pats![
            "battering|beating|hitting|smacking ~his|her|their|the ~kid|kids|child|son|daughter|boy|girl", "pegando|golpeando ~al|a ~crio|nino|nina|hijo|hija",
            "bateu|batendo|bate ~nela|nele", "bateu|batendo|bate ~no ~menino", "bateu|batendo|bate ~na ~menina", "frappe|tape ~son|sa|le|la ~gamin|gosse|enfant|fils|fille", "schlagt|schlaegt|verprugelt ~sein|ihr|das ~kind",
            "trancou|trancado ~ela|ele ~no ~quarto", "locked ~her|him ~in ~her|his|the ~room",
            "coming|comes|came ~into ~her|his ~room ~at ~night", "touched ~her|him|me ~down ~there", "hurt ~my|her ~front ~bottom|private|privates",
            "carer|carers|cuidador|cuidadora|aide|pfleger|pflegerin|badante ~pushed|hit|slapped|shoved|bouscule|bouscule|empujo|pego|schubste|geschlagen",
            "bouscule|bousculee", "prend|prenait ~son|ses ~argent|sous", "toma|quita|quito ~su|el ~dinero", "nimmt|nahm ~ihr|sein ~geld", "pega|pegou ~a|o ~aposentadoria|dinheiro",
            "bank ~card ~gone|missing", "takes|taking|took ~his|her ~pension|money|card", "aposentadoria ~dela|dele",
            "flinched|flinches ~when", "zuckt|zuckte ~zusammen ~wenn", "sursaute ~quand", "se ~encoge ~cuando", "se ~assusta ~quando",
            "tem ~medo ~dele|dela", "tiene ~miedo ~de ~el", "a ~peur ~de ~lui", "hat ~angst ~vor ~ihm|ihr",
            "!wont ~let ~us ~see|talk", "!no ~me ~deja ~hablar ~con ~ella|el ~a ~solas", "!laisse ~pas ~voir", "!lasst|laesst ~uns ~nicht ~zu", "!nao ~deixa ~ver|falar",
            "locks ~his|her ~door", "unexplained ~bruises|bruising", "blutergusse|bluterguesse|blutergusse ~an ~den ~armen", "vive ~com ~roxos", "moratones ~sin ~explicacion",
            "always ~hungry ~no ~coat", "mummy|mommy ~sleeps ~all ~day", "thin|thinner ~and ~unwashed|dirty", "mas ~delgada|delgado ~y ~sucia|sucio",
        ],
    ),
    (
        // "gone round there with a knife" is not a symptom gone.
        Sig::Neutral,
        pats![
            // "gone round there with a knife": gone is a movement, not a recovery.
            "gone|went ~round|over|outside ~there|to|with",
            // "more trembly than usual", "pipi toutes les heures": not extra doses.
            "more ~than ~usual|normal|before|sonst", "mehr ~als ~sonst", "mas ~que ~de ~costumbre|antes", "plus ~que ~d ~habitude",
            "toutes ~les ~heures", "todas ~las ~horas", "alle ~stunde|stunden", "todas ~as ~horas", "every ~hour"
        ],
    ),
    // --------------------------------------------------------------- the urgent line
    (
        // Not bonding with the baby, mania told in lay words: a same-day talk [CG192 for
        // after birth; MTS behaving strangely].
        Sig::MentalCrisis,
        pats!["!not ~bonding|bonded", "!no ~siento ~nada ~por ~el ~bebe", "!pas ~d ~attachement", "!keine ~bindung", "!nao ~sinto ~nada ~pelo ~bebe"],
    ),
    (
        Sig::ChangedBehaviour,
        pats![
            "barely|hardly ~slept|sleeping", "talking ~a ~mile ~a ~minute", "going ~high ~again", "spent ~#100", "gastado|gastou|depense|ausgegeben ~#100",
        ],
    ),
    (
        // Bleeding through pressure or through a towel: not stopping [BLEED].
        Sig::Nonstop,
        pats![
            "bleeding|bleeds ~through", "soaking|soaked ~through", "trotz ~druck", "malgre ~la ~pression", "a ~pesar ~de ~apretar",
            "empapado|empapada|empapando ~toalla|toallas", "encharquei|encharcou|encharcada|encharcado ~toalha", "traverse ~la ~serviette",
        ],
    ),
    (
        // Clozapine missed for two days or more needs restarting at a low dose
        // (consensus, the BNF): a critical medicine.
        Sig::CriticalMedicine,
        pats!["clozapine|clozapina|clozapin|clozaril|leponex|denzapine|zaponex"],
    ),
    (
        // "ficou 3 dias sem", "three days without it".
        Sig::RanOut,
        pats!["#1 ~dias|days|jours|tage|giorni|dagen ~sem|sin|without|sans|ohne|senza|zonder", "ficou|fiquei ~sem"],
    ),
    (
        // Panic attacks named: with a medicine changed, or many a day, a same-day call.
        Sig::PanicAttacks,
        pats![
            "panic|panicky ~attack|attacks", "ataque|ataques|crisis ~de ~panico|ansiedad|angustia", "crise|crises ~d ~angoisse", "crise|crises ~de ~panique",
            "panikattacke|panikattacken|angstattacke|angstattacken", "crise|crises ~de ~panico|ansiedade", "attacco|attacchi ~di ~panico", "paniekaanval|paniekaanvallen",
            "waking ~at ~night ~with ~panic",
        ],
    ),
    (
        // A medicine started, switched, raised, lowered or stopped.
        Sig::MedChange,
        pats![
            "started|starting|switched|changed|upped|increased|raised|lowered|reduced|doubled|stopped|weaning|tapering", "coming|came ~off",
            "put ~my|his|her ~up|down", "put ~up|down ~my|his|her", "new ~dose|medication|meds|tablets",
            "cambiaron|cambio|subieron|aumentaron|bajaron|empece|empezado|deje|dejado|reducido", "desde ~que ~me ~cambiaron|subieron|bajaron",
            "change|changé|augmente|augmentee|baisse|baissee|commence|arrete|sevrage", "a ~baisse|augmente ~ma|mon",
            "umgestellt|erhoht|erhoeht|reduziert|abgesetzt|ausschleichen|angefangen", "neu ~verschrieben", "beim ~ausschleichen",
            "aumentaram|aumentou|trocaram|trocou|mudaram|baixaram|diminuiu|comecei|comecou|parei|parou", "aumentato|ridotto|cambiato|iniziato|sospeso",
            "verhoogd|verlaagd|gewisseld|gestart|afgebouwd",
        ],
    ),
    (
        // An eating disorder named.
        Sig::EatingDisorder,
        pats![
            "anorexia|anorexic|bulimia|bulimic|binging ~and ~purging|purging|arfid", "anorexica|anorexico|bulimica|bulimico", "anorexique|boulimique|boulimie",
            "magersucht|magersuchtig|magersuechtig|bulimie|essstorung|essstoerung", "anoressia|anoressica|bulimica", "anorexia|anorexica|bulimica",
            "eetstoornis|anorexia", "ed ~team|service",
        ],
    ),
    (
        // "nearly passed out", "casi me desmayo": almost fainting is feeling faint.
        Sig::Dizziness,
        pats![
            "nearly|almost ~passed ~out|fainted|blacked", "went ~grey|gray|white ~and ~dizzy", "casi ~me ~desmayo|desmaye", "failli ~m ~evanouir|tomber",
            "fast ~umgekippt|ohnmachtig", "quase ~desmaiei|desmaiou", "heart ~fluttering|flutters|fluttery",
        ],
    ),
    (
        // Negations in the batch's languages that the scope did not know: "nada de",
        // "no me he llegado a", "nicht umgekippt".
        Sig::Negation,
        pats![
            "nada ~de", "no ~me ~he ~llegado ~a", "sin ~llegar ~a", "nao ~cheguei ~a", "havent|hasnt ~actually",
            // "not in danger right this minute", "no creo que corra peligro ahora mismo":
            // said of abuse, safe now.
            "not ~in ~danger", "no ~creo ~que ~corra|este ~peligro", "pas ~en ~danger", "nicht ~in ~gefahr", "nao ~esta|corre ~perigo",
        ],
    ),
    (
        // A "what if" about someone else: "if a friend tells me", "si algún día un amigo".
        Sig::Hypothetical,
        pats![
            "if|wenn|falls ~a|someone|somebody|anyone|ein|eine ~friend|mate|freund|freundin", "si ~algun ~dia|alguien", "si ~un ~amigo|ami", "si ~una ~amiga",
            "se ~alguem", "se ~algum ~amigo", "se ~uma ~amiga",
            "como ~eu ~sei ~se", "how ~do ~i ~know ~if", "comment ~savoir ~si", "como ~se ~si", "woran ~erkenne ~ich",
        ],
    ),
    (
        // Past told as a school year: "back in year 9", "as a teenager".
        Sig::Past,
        pats!["back ~in ~year|grade|form", "in ~year ~#1", "as ~a ~teenager|teen", "when ~i|she|he ~was ~a ~teenager"],
    ),
    (
        // Not signs: a film or a talk about suicide, an idiom with laughter.
        Sig::Benign,
        pats![
            "film|movie|documentary|series|book|pelicula|serie|documental|libro|filme|livro|buch|dokumentation|livre|documentaire ~about|sobre|sur|uber|ueber ~suicide|suicidio|suizid", "film|movie|documentary|book ~about ~self ~harm",
            "va|vai ~me ~matar ~jaja*|jeje*|kkk*|rsrs*|haha*|lol", "me ~va ~a ~matar ~jaja*", "vai ~me ~matar ~kkk*|rsrs*|haha*",
            "papeleo|formulario|papelada|papiers|formulaire|dossier|formular ~me|mich ~va|vai|bringt ~matar|tuer|um",
            // "I don't know who to tell" is not new confusion.
            "dont ~know ~who ~to ~tell|ring|call|contact|talk|turn", "do ~not ~know ~who ~to ~tell|ring|call", "not ~sure ~who ~to ~ring|call|tell",
            "going ~to ~be ~the ~death ~of ~me", "is|was ~killing ~me ~haha|lol",
        ],
    ),
];
