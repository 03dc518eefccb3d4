//! Lay words for session 13c (TRIAGE.md): the urgent line of mental health (batch 61's
//! weakest figure), the quick items of session 13's Left lists, and the emergencies
//! blind batches 69 and 70 missed on arrival. Each entry is a concept with its words in
//! the seven languages, in the syntax of [`super::matcher`]; tests in `s13b_tests.rs`.

use super::lexicon::Sig;

/// Findings, contexts and non-symptoms added in session 13c.
pub(crate) const S13B_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------ passive wishes not to wake [NG225]
    (
        // "wish I didn't wake up", "rather not wake up": thoughts of death without a
        // plan, a same-day talk. Read before, through "not wake", as unresponsive.
        // (`Scope::new` drops the unresponsive reading inside them.)
        Sig::DarkThoughts,
        pats![
            "!wish|wishing|wished|hope|hoping ~didnt|wouldnt|wont|not|never|dont ~wake|woke|waking",
            "!not ~wanting|want|wanna ~to ~wake|waking", "!rather|prefer ~not|never ~wake|waking",
            "!ojala ~no ~despert*", "!no ~despertar|despertarme ~mas|nunca", "!nunca ~mas ~despertar|despertarme",
            "!ne ~pas|plus ~me ~reveiller|reveille", "!ne ~jamais ~me ~reveiller", "!plus ~jamais ~me ~reveiller",
            "!nicht ~mehr ~aufwachen|aufzuwachen|aufwache", "!nie ~mehr|wieder ~aufwachen|aufzuwachen",
            "!non ~svegliarmi|risvegliarmi ~piu", "!mai ~piu ~svegliarmi",
            // "mais" opens a clause (French "but"), so "nunca mais acordar" is read from it.
            "!nao ~acordar|acordasse ~mais", "!mais ~acordar", "!nao ~queria|quero ~acordar",
            "!niet ~meer ~wakker ~worden|word", "!nooit ~meer ~wakker",
        ],
    ),
    (
        // Hitting or burning oneself, told as what is done ("se da puñetazos en las
        // piernas", "burning herself with a lighter"): self-harm without a danger now,
        // a same-day look [NG225].
        Sig::DarkThoughts,
        pats![
            "se ~da|pega ~punetazos|golpes|cabezazos", "se ~quema|corta ~mechero|cigarr*|proposito|aproposito",
            "been|keeps|keep ~burning|cutting|scratching ~herself|himself|myself|themselves",
            "hitting|punching ~herself|himself|myself ~when ~upset|angry|stressed|overwhelmed",
            "burnt|burned|cut|hit ~herself|himself|myself ~on ~purpose", "burnt|burned|cut|hit ~herself|himself|myself ~deliberately",
            "se ~brule|frappe|scarifie ~expres|volontairement|cigarette|briquet", "brulures ~cigarette ~bras|jambe|poignet",
            "selbst ~verbrannt|geritzt|geschlagen|gemacht ~feuerzeug|zigarette|arm|bein", "feuerzeug|zigarette ~selbst ~gemacht",
            "si ~brucia|taglia|picchia ~apposta|proposito|sigaretta|accendino",
            "se ~queima|corta|bate|soca ~proposito|cigarro|isqueiro", "zichzelf ~brandt|snijdt|slaat",
        ],
    ),
    (
        // "I'm not going to do anything", "she says she'd never do it": no plan.
        Sig::NoPlan,
        pats![
            "!not ~going ~to ~do ~anything|it", "!never ~do ~it|anything", "!wont ~do ~anything|it",
            "!ni ~haria ~nada", "!nunca ~lo ~haria|haré", "!no ~haria ~nada",
            "!ne ~le ~ferait|ferais ~jamais", "!ne ~ferait ~rien",
            "!wurde|wuerde ~es ~nie|nicht ~tun", "!nie ~tun",
            "!non ~lo ~farebbe|farei ~mai", "!non ~farebbe ~niente|nulla",
            "!nunca ~faria|faria ~isso", "!nao ~faria ~isso",
            "!zou ~het ~nooit|niet ~doen", "!nooit ~doen",
        ],
    ),
    (
        // "thinking about ending it all": suicidal thoughts in the commonest lay words
        // [NG225]; with the plan denied, `thoughts_without_plan` makes it a same-day talk.
        Sig::Suicidal,
        pats![
            "end|ending|ended ~it ~all", "acabar ~con ~todo", "mettre ~fin ~a ~tout", "allem ~ein ~ende",
            "farla ~finita ~con ~tutto", "acabar ~com ~tudo", "er ~een ~einde|eind ~aan ~maken",
        ],
    ),
    (
        // Tablets counted out, lined up or saved: the means at hand, an emergency with
        // thoughts of death [MHF, NG225] ("I counted my tablets, 5 left" has no "out").
        Sig::MeansAtHand,
        pats![
            "counted|counting ~out ~tablets|pills|paracetamol", "lined|lining ~up ~tablets|pills",
            "saving|saved|stockpiling|stockpiled|hoarding|hoarded ~up ~tablets|pills",
            "contado|guardado|juntado ~pastillas", "compte|garde|mis ~de ~cote ~comprimes|cachets",
            "tabletten ~gezahlt|gesammelt|aufgehoben", "contato|messo ~da ~parte ~pillole|compresse",
            "contei|guardei|juntei ~comprimidos|remedios", "pillen ~geteld|gespaard|verzameld",
        ],
    ),
    // ---------------------------------------- a relative acting strangely [CG192, MTS]
    (
        // A new false belief about being poisoned, watched or followed: psychosis, a
        // same-day look (4 h after birth [CG192]). Read before as a poisoning.
        Sig::Psychosis,
        pats![
            "thinks|believes|convinced|sure ~poisoning|poisoned|watching|following|spying|bugged",
            "cree|piensa|convencid* ~envenen*|vigil*|persigu*|espi*",
            "croit|pense|persuade*|convaincu* ~empoison*|surveill*|suit|espionn*",
            "glaubt|denkt|uberzeugt ~vergiftet|vergiften|verfolgt|beobachtet|abgehort",
            "crede|pensa|convint* ~avvelen*|spia|spiano|segue|seguono|sorveglia*",
            "acha|pensa|convencid* ~envenen*|vigia*|persegu*|espion*",
            "denkt|gelooft|overtuigd ~vergiftig*|bespied|achtervolgd|achtervolgt",
        ],
    ),
    (
        // Brain zaps after stopping an antidepressant are not an electric shock, and "I
        // don't know who else to tell" is not confusion.
        Sig::Benign,
        pats![
            "brain ~zaps|zap", "stromschlage|stromschlaege|stromstosse ~kopf", "descargas ~cabeza", "decharges ~tete",
            "scosse ~testa", "choques ~cabeca", "schokjes|schokken ~hoofd",
            "dont ~know ~who ~else ~to ~tell|talk|ask", "do ~not ~know ~who ~else ~to ~tell|talk|ask",
            // "can't see the point": hopelessness, not a loss of sight.
            "!cant|cannot|dont ~see ~the ~point", "!no ~le ~veo ~sentido", "!vois ~pas ~interet|sens|utilite",
            "!sehe ~keinen ~sinn", "!non ~vedo ~il ~senso|motivo", "!nao ~vejo ~sentido|razao", "!zie ~het ~nut ~niet",
        ],
    ),
    // ------------------------------------------------ session 13's Left list items
    (
        // "blood poisoning (sepsis) years ago": sepsis, not a poisoning. (`Scope::new`
        // drops the poisoning reading inside it.)
        Sig::Sepsis,
        pats![
            "blood ~poison|poisoning", "envenenamiento ~sangre", "empoisonnement ~sang", "blutvergiftung",
            "avvelenamento ~sangue", "envenenamento ~sangue", "bloedvergiftiging",
        ],
    ),
    (
        // A foot slapping on the floor when walking (foot drop) is not a long lie.
        Sig::NotASign,
        pats!["floor|ground ~walk|walking|walks|step|steps ~since|all ~night|hours|yesterday|morning|days|week"],
    ),
    // ------------------------------------------------- batches 69 and 70 on arrival
    (
        // "chest is killing me": severe chest pain in a lay idiom [MTS].
        Sig::ChestPain,
        pats!["chest ~killing|kills|agony", "pecho ~me ~mata", "poitrine ~me ~tue", "brust ~bringt ~mich ~um", "petto ~mi ~uccide", "peito ~me ~mata", "borst ~maakt ~me ~dood"],
    ),
    (
        // A child who drank or ate an opioid substitute or a strong painkiller [POIS].
        Sig::Overdose,
        pats![
            "toddler|baby|child|kid|son|daughter|old|boy|girl|grandson|granddaughter|one ~drank|drunk|swallowed|ate|eaten|into ~methadone|morphine|oxycodone|oxycontin|fentanyl|buprenorphine|subutex",
            "nino|nina|hijo|hija|bebe ~bebio|trago|comio ~metadona|morfina",
            "enfant|fils|fille|bebe ~bu|avale|mange ~methadone|morphine",
            "kind|sohn|tochter|baby ~getrunken|geschluckt|gegessen ~methadon|morphin",
            "bambino|bambina|figlio|figlia ~bevuto|ingoiato|mangiato ~metadone|morfina",
            "crianca|filho|filha|bebe ~bebeu|engoliu|comeu ~metadona|morfina",
            "kind|zoon|dochter|peuter ~gedronken|ingeslikt|gegeten ~methadon|morfine",
        ],
    ),
    (
        // Blood that spurts: arterial bleeding [MTS exsanguinating haemorrhage].
        Sig::Haemorrhage,
        pats![
            "sangue ~a ~spruzzo", "sangue ~zampilla|spruzza", "sangre ~a ~chorros|borbotones", "sangre ~sale ~chorro",
            "sang ~gicle|jaillit", "blut ~spritzt|schiesst", "sangue ~esguicha|jorra", "bloed ~spuit",
        ],
    ),
    (
        // "positivo en el test", "test came back positive": early pregnancy, where one-sided
        // pain and faintness are an ectopic [NG126].
        Sig::Pregnancy,
        pats![
            "positivo|positiva|positif|positive ~en|no|sur|auf|on ~el|o|le|the ~test|prueba|teste",
            "salio|sale|dio ~positivo|positiva ~test|prueba",
        ],
    ),
    (
        // Pain "far worse than it looks" in French (necrotising fasciitis) [NF].
        Sig::NecrotisingPain,
        pats!["pire|plus ~que ~ce ~que ~ca ~a ~air", "pire ~que ~ca ~en ~a ~air", "bien ~pire ~que ~aspect"],
    ),
    (
        // Falling down the stairs is a fall from a height [HI, MTS].
        Sig::FallFromHeight,
        pats!["fell|fallen|falls|fall|tumbled ~down ~stairs", "cayo|cai ~escaleras", "tombe|tombee ~escalier*", "treppe ~runtergefallen|gesturzt|hinuntergefallen", "caduto|caduta ~scale", "caiu|cai ~escada*", "trap ~afgevallen|gevallen"],
    ),
    (
        Sig::EarBlood,
        pats!["blood ~coming|came|out ~ear|ears"],
    ),
    (
        // "after my transfer", "ovaries were big": IVF, where sudden one-sided pain with
        // vomiting is a torsion [GTG5, consensus].
        Sig::Ivf,
        pats![
            "after|since ~my|the ~transfer", "embryo|embryon|embrion|embriao ~transfer|transfert|transferencia",
            "transferencia ~embrion|embriones", "transfert ~embryon|embryons", "embryotransfer|embryonentransfer",
            "ovaries|ovary ~big|enlarged|swollen",
        ],
    ),
    (
        // "not sure how much" of a medicine is uncertainty, not a price question.
        Sig::Benign,
        pats!["!not ~sure ~how ~much|many", "!dont|didnt ~know ~how ~much|many", "!no ~idea ~how ~much|many", "!unsure ~how ~much|many"],
    ),
    (
        // A threat to kill told as under way, or hiding from the person: violence now
        // (MHF, consensus).
        Sig::ViolenceNow,
        pats![
            // Not "says she'll kill me" alone: that is mostly an idiom ("if I'm late").
            "threatening|threatens|shouting|screaming ~hell|he|she|hes|shes ~kill ~me|us",
            "hiding ~from ~him|her|them", "escondida|escondido|encerrada ~de ~el|ella", "cache|cachee ~de ~lui",
            "versteckt|verstecke ~vor ~ihm|ihr", "nascost* ~da ~lui|lei", "escondida|escondido ~dele|dela",
            "verstopt ~voor ~hem|haar",
        ],
    ),
    (
        // Locked in with a razor, a knife or pills: the means at hand, an emergency with
        // any word of intent [MHF, NG225].
        Sig::Suicidal,
        pats![
            "locked ~himself|herself|themselves|myself ~in ~with ~razor|knife|blade|pills|rope",
            "esta|hoy ~noche ~se ~acaba ~todo", "se ~acaba ~todo ~esta ~noche", "se ~encerro ~con ~cuchillo|cuchilla|pastillas",
        ],
    ),
    (
        // A small child who ate a parent's tablets, told with the medicine's family.
        Sig::Overdose,
        pats![
            "toddler|baby|child|kid|son|daughter|one ~ate|swallowed|eaten ~antidepressants|amitriptyline|sertraline|citalopram",
            "toddler|baby|child|kid|son|daughter|one ~ate|swallowed|eaten ~sleeping ~pills|tablets",
            "zoontje|dochtertje|peuter|kindje ~antidepressiva|pillen|tabletten|slaappillen ~gegeten|ingeslikt|opgegeten",
        ],
    ),
];
