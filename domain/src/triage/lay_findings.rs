//! More lay words for the concepts of [`super::findings`], in the seven languages, found
//! by blind batches 38-44 (session 10 in TRIAGE.md): word orders phones use (the verb
//! before the body part: "se le torció la boca"), dialect and shorthand negations
//! ("net", "ni"), brand names of blood thinners, and the contexts that make a finding an
//! emergency (a non-surgical nose job is filler; "anginas" operated are tonsils).
//! Kept apart from `findings.rs` so that file does not grow; each entry is still a
//! concept with its words, in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings and contexts added from batches 38-44.
pub(crate) const LAY_FINDINGS: &[(Sig, &str)] = &[
    // ---------------------------------------------------------------- stroke [FAST, NG128]
    (
        // The verb before the face or limb, as phones type it.
        Sig::Stroke,
        pats![
            "torcio|torcido|torcida|cayo|caido|caida|durmio|dormido|dormida ~boca|cara|sonrisa",
            "durmio|dormida|dormido ~mitad ~cara", "mitad ~cara ~dormida|caida|torcida|paralizada",
            "brazo|pierna|mano ~no ~lo|la ~mueve|mueva|siente|levanta",
            "half ~face|mouth ~numb|dropped|droopy|drooping",
            "moitie ~visage ~engourdi*|paralyse*|tombe*", "halbe ~gesicht ~taub|gelahmt|hing|hangt",
            "meta ~faccia|viso ~addormentat*|paralizzat*|storta", "metade ~rosto|cara ~dormente|paralisad*|caid*",
            "helft ~gezicht ~doof|verlamd|hangt|scheef", "taube|taubes|tauben ~gesicht|gesichtshalfte",
        ],
    ),
    (
        // Words that will not come: a sudden loss of speech [FAST].
        Sig::SpeechLoss,
        pats![
            "!couldnt|cant|cannot ~find ~words|word", "!could ~not ~find ~words|word", "!no ~salian|salia|sale ~palabras",
            "!trouvait|trouve ~plus|pas ~ses|mes ~mots", "!fand|findet ~keine ~worte|worter", "!non ~trovava|trova ~parole", "!non ~riusciva|riesce ~trovare ~parole",
            "!konnte ~nicht|schlecht ~sprechen|reden",
            "!nao ~achava|acha|encontrava|encontra ~palavras", "!kon|kan ~niet ~op ~woorden ~komen", "!kon|kan ~woorden ~niet ~vinden",
        ],
    ),
    (
        // "No sé si le está dando un derrame": doubt about what is happening now, not a
        // supposition; the words are consumed so "si", "if" and "ob" open no hypothetical.
        Sig::Neutral,
        pats![
            "no se si", "not sure if|whether", "dont|didnt know if|whether", "idk if|whether", "sais ~pas ~si",
            "nao sei se", "non so se", "weiss ~nicht ~ob", "weet ~niet ~of",
        ],
    ),
    // ---------------------------------------------------------------- fits [EPI]
    (
        // Five minutes or more is going on too long, whatever the person's usual fits are.
        Sig::Persist,
        pats![
            "fit|fits|seizure|seizures|seizing|fitting|convulsing|convulsion|jerking ~for|over|going|been ~#5 ~minutes|mins|min|minute",
        ],
    ),
    (
        // A fit in pregnancy is eclampsia until shown otherwise [NG133].
        Sig::Seizure,
        pats!["gekrampft", "krampft", "krampfanfall", "convulsiono|convulsionado", "convulsionou", "ha avuto ~convulsion*|crisi"],
    ),
    // ---------------------------------------------------------------- after filler [ACE]
    (
        Sig::Filler,
        pats![
            "non surgical ~nose ~job", "non surgical ~rhinoplasty", "liquid ~nose ~job", "liquid ~rhinoplasty", "nose ~filler", "uronico|ialuron*|hialuron*",
            "rinomodela*|rinomodelacion", "enchimento", "rhinoplastie ~medicale", "rhinoplastie ~sans ~chirurgie", "nasenkorrektur ~ohne ~op",
        ],
    ),
    (
        Sig::SkinColour,
        pats!["whiteish|whitey|blotchy|blotched|dusky", "palido|palida|blanquecin*|blanchatre|weisslich|biancastr*|esbranquicad*|wittig"],
    ),
    (
        Sig::VisionChange,
        pats!["seh|sehe|sieht ~doppelt", "doppelbilder", "vejo|vendo|veo|viendo ~dobrado|dobrada|doble|duplo", "vois ~double", "vedo ~doppio", "zie ~dubbel"],
    ),
    // ------------------------------------------------- necrotising fasciitis [NF]
    (
        Sig::NecrotisingPain,
        pats![
            "pain ~way|far|much ~beyond", "duele|dolor|duelen ~mas de lo q|que se ve", "duele|dolor ~mas de lo q|que parece",
            "plus ~mal ~que ~ca ~l ~air", "mehr ~schmerzen|weh ~als ~aussieht|aussehen", "piu ~male|dolore ~di ~quanto ~sembra",
            "mais ~dor ~do que ~parece", "meer ~pijn ~dan ~eruit ~ziet",
        ],
    ),
    // --------------------------------------------------- a limb without blood [BOAST]
    (
        Sig::LimbCompromise,
        pats![
            "hand|foot|feet ~gone|went|turned|icy ~cold|white|pale|blue", "hand|foot|feet ~cold ~white|pale|blue",
            "pie|mano ~frio|fria|helado|helada ~blanco|blanca|morado|morada", "pied|main ~froid*|glace* ~blanc*|violet*",
            "fuss|hand ~kalt|eiskalt ~weiss|blau", "piede|mano ~fredd*|gelat* ~bianc*|viol*", "pe|mao ~gelad*|fri* ~branc*|rox*",
            "voet|hand ~koud|ijskoud ~wit|blauw",
        ],
    ),
    (
        Sig::NoPulse,
        pats!["!nao|n ~sinto|sente ~pulso", "!no ~siento|noto ~pulso", "!sens ~pas|plus ~pouls", "!spure ~keinen ~puls", "!non ~sento ~polso", "!voel ~geen ~pols"],
    ),
    (
        Sig::Fracture,
        pats!["bent|bend|bending ~wrong ~way", "wrong ~angle|shape", "doblado ~al reves", "tordu ~dans ~mauvais ~sens", "verdreht|schief ~abgeknickt", "piegato ~storto", "torto ~ao contrario"],
    ),
    // ------------------------------------------------ a rash under a glass [NG240]
    (
        // "net", "ned", "ni", "nie" are dialect and phone forms of nicht and niet.
        Sig::NonBlanching,
        pats![
            "!sich ~nicht|net|ned|nich ~wegdrucken|wegdruecken", "!glas ~nicht|net|ned|nich|ni|nie|niet ~weg*|verschwind*|verdwijn*",
            "!nicht|net|ned|nich|ni|nie|niet ~weg*|verdwijn*|verschwind* ~onder|unter|mit|mitm ~glas",
        ],
    ),
    // ------------------------------------------------------------- infants [NG143]
    (
        Sig::Breathing,
        pats![
            "bluish|blueish|blue|grey|purple|purplish ~colour|color|tinge ~around|round ~lips|mouth", "lips ~bluish|blueish|going|turning|turned ~blue",
            "azulad*|morad* ~alrededor ~boca|labios", "bleut*|bleu ~autour ~bouche|levres", "blau* ~um ~mund|lippen", "bluastr* ~intorno ~bocca|labbra",
            "roxo|roxa|azulad* ~volta ~boca|labios", "blauw* ~rond ~mond|lippen",
        ],
    ),
    (
        Sig::Child,
        pats!["*jahriger|*jahrige|*jaehriger|*jaehrige", "manneke|ventje|meiske|bimba|bimbo|kleinen"],
    ),
    // ------------------------------------------------ a child into something [POIS]
    (
        Sig::Ingested,
        pats![
            "got ~into|hold ~dishwasher|washing|tabs|tablet|tablets|cream|pods|pills|meds", "chewed|eaten|ate|sucked ~tab|tabs|pod|pods|cream",
            "numbing|emla|lidocaine ~cream ~eaten|ate|swallowed|eating", "eaten|ate|swallowed ~numbing|emla|lidocaine",
            "spulmaschinentab*|spuelmaschinentab*|geschirrspultab*|geschirrspueltab*|waschmitteltab*|spultab*|spueltab*", "rumgekaut|angekaut|gekaut ~tab*|tablette*|pille*",
            "pastilla|pastillas ~lavavajillas", "tablette|pastille ~lave vaisselle", "pastiglia|pastiglie ~lavastoviglie", "pastilha|pastilhas ~lava loucas",
            "vaatwastablet*|vaatwasblokje*",
        ],
    ),
    // -------------------------------------------------- bleeding [BLEED, SDCEP]
    (
        Sig::Haemorrhage,
        pats![
            "sangue|sangre ~em|en ~jato|jatos|chorro", "jorrando|jorra|esguichando ~sangue", "sang ~gicle|jaillit", "blut ~schiesst|spritzt",
            "sangue ~zampilla|schizza", "bloed ~spuit|gutst",
        ],
    ),
    (
        // Bleeding that minutes of firm pressure have not stopped is severe [BLEED].
        Sig::Haemorrhage,
        pats![
            "pressed|pressing|pressure|held ~#5 ~minutes|mins|min ~still", "!#5 ~minuten ~drukken ~stopt ~niet", "!drukken ~stopt ~niet",
            "!apretando|presionando ~#5 ~minutos ~no ~para", "!appuye ~#5 ~minutes ~arrete ~pas", "!gedruckt ~#5 ~minuten ~hort ~nicht",
            "!premuto|premendo ~#5 ~minuti ~non ~smette", "!apertei|apertando ~nao ~para",
        ],
    ),
    (
        // Something flew into the eye and is still in it, or the eye bleeds after it [EYE].
        Sig::EyeInjury,
        pats![
            "something|bit ~in|into ~eye ~bleed*", "auge ~geflogen|gekommen ~steckt", "auge ~steckt", "steckt ~im ~auge",
            "clavado|clavada ~ojo", "ojo ~clavado|clavada", "plante|coince ~oeil", "conficcat* ~occhio", "cravad*|espetad* ~olho", "vast ~in ~oog",
        ],
    ),
    (
        Sig::Lodged,
        pats![
            "still ~stuck", "still ~in ~there", "steckt ~noch ~drin|fest", "sigue ~clavado|clavada|dentro", "encore ~dedans|plante|coince",
            "ancora ~dentro|conficcat*", "ainda ~preso|presa|cravad*|dentro", "zit ~nog ~vast|erin",
        ],
    ),
    (
        Sig::Child,
        // "2yo", "3yr": the age glued to its unit, as phones type it.
        pats!["#1 yo|yr|yrs|yrold", "1yo|1yr|1yrs|2yo|2yr|2yrs|3yo|3yr|3yrs|4yo|4yr|4yrs|5yo|5yr|5yrs|6yo|6yr|6yrs|7yo|7yr|7yrs|8yo|8yr|8yrs|9yo|9yr|9yrs|10yo|10yr|10yrs|11yo|11yr|11yrs|12yo|12yr|12yrs|13yo|13yr|13yrs|14yo|14yr|14yrs|15yo|15yr|15yrs"],
    ),
    (
        // Pale and shaky together is faintness, in lay words [BLEED].
        Sig::Dizziness,
        pats!["pale|blass|bleek|palido|palida|pallido|pallida ~and|und|en|y|et|e ~shaky|zittrig|trillerig|tembloroso|temblorosa|tremblant|tremblante|tremante|tremulo|tremula"],
    ),
    (
        // Hours of bleeding is ongoing bleeding.
        Sig::Persist,
        pats!["seit ~stunden", "for ~hours", "desde hace ~horas", "depuis ~heures", "da ~ore", "ha ~horas", "al ~uren", "urenlang|stundenlang"],
    ),
    (
        // A double dose, or extra doses, of a medicine: too much of it [POIS]. Not a wrong
        // tablet taken "instead" of the right one, which is a same-day question.
        Sig::DoubleDose,
        pats![
            "extra|double|doubled ~dose|doses|tablet|tablets|pill|pills", "too ~many ~tablets|pills|doses", "took|taken ~too ~much",
            "twice|double ~by ~mistake|accident", "accidentally|mistake ~took|taken|take ~twice|double", "took|taken ~twice|double ~by ~mistake|accident",
            "dos veces ~sin ~querer", "dos veces ~por ~error", "sin querer ~tomado|tomo|tome ~dos veces", "deux fois ~par erreur", "zweimal ~aus ~versehen", "zweimal ~versehentlich",
            "due volte ~per sbaglio|errore", "duas vezes ~sem querer|engano", "twee keer ~per ~ongeluk|abuis",
        ],
    ),
    (
        // A throat closing in European Portuguese ("a fechar") [RCUK].
        Sig::Anaphylaxis,
        pats!["garganta ~a ~fechar", "garganta ~fechar"],
    ),
    (
        // Peanut sauce is an allergen for a child with a nut allergy [RCUK].
        Sig::Allergen,
        pats!["satay|satays|pesto|marzipan|nutella"],
    ),
    (
        // Wheeze by itself is not placed; with swelling or an allergen it is anaphylaxis.
        Sig::Wheeze,
        pats![
            "wheez*", "sibilan*|pitos|pitidos", "sifflement*|siffle|sifflante", "giemen|pfeift|pfeifend*", "sibil*|fischia",
            "chiando|sibilo*", "piepen|piept|piepend*",
        ],
    ),
    (
        // Too breathless to get a sentence out [BTS].
        Sig::CantFinishSentence,
        pats!["!hard|struggl*|cant|cannot ~get ~sentence|sentences|words ~out"],
    ),
    (
        Sig::Anticoagulant,
        pats!["marevan|marcumar|coumadine|sintron", "mar e van"],
    ),
    // ---------------------------------------------------- dental, airway [SDCEP]
    (
        Sig::SwallowTrouble,
        pats!["!nao|n ~consigo|consegue ~engolir", "!no ~puedo|puede ~tragar", "!peux|peut ~pas|plus ~avaler", "!kann ~nicht ~schlucken", "!non ~riesco|riesce ~deglutire|ingoiare", "!kan ~niet ~slikken"],
    ),
    (
        Sig::FloorOfMouth,
        pats![
            "inchad*|inchou|hinchad*|swollen|swelling|gonfl*|geschwollen|gonfi*|gezwollen ~under|bajo|debajo|embaixo|debaixo|sous|unter|sotto|onder ~tongue|lengua|lingua|langue|zunge|tong",
        ],
    ),
    (
        Sig::Hoarse,
        pats!["muffled ~voice", "voice ~muffled", "voz ~abafada|apagada|ahogada", "voix ~etouffee", "stimme ~klossig|dumpf", "voce ~soffocata", "stem ~dof"],
    ),
    // ---------------------------------------------------------- tonsils [ENT]
    (
        // In Spanish "anginas" are the tonsils; operated, they are a tonsillectomy.
        Sig::Tonsillectomy,
        pats!["operaron|operado|operada|operacion|quitaron|quitado|quitar ~anginas"],
    ),
    // --------------------------------------------------- after birth [CG192]
    (
        Sig::Postpartum,
        pats![
            "pario|parido", "teve|ganhou ~nenem|bebe", "ha partorito", "a eu ~bebe", "hat ~baby ~bekommen", "heeft ~baby|kindje ~gekregen",
        ],
    ),
    (
        // Paranoid ideas about the baby: people who want to take or harm it [CG192].
        Sig::Psychosis,
        pats![
            "people|someone ~trying|want|wants|out ~to ~take|get|hurt|steal ~baby", "gente|alguien ~querendo|quer|querem|quiere|quieren ~pegar|levar|roubar|llevar|robar|quitar ~bebe|nenem",
            "veut|veulent ~prendre|voler ~bebe", "vogliono|vuole ~prendere|rubare ~bambino|bimbo", "wollen|will ~baby ~wegnehmen|stehlen", "willen ~baby ~afpakken|stelen",
        ],
    ),
    // -------------------------------------------------------- diabetes [DKA]
    (
        Sig::Hypo,
        pats!["in ipo", "em hipo"],
    ),
    // ------------------------------------------------------ cauda equina [CES]
    (
        Sig::SaddleNumb,
        pats![
            "untenrum ~taub|gefuhllos", "taub ~untenrum", "!no ~siento ~zona|nada ~limpiarme", "!no ~siento ~al ~limpiarme",
            "!sens ~pas|plus ~rien ~essuyant|essuie", "!spure ~nichts ~abwischen", "!non ~sento ~niente ~pulirmi", "!nao ~sinto ~nada ~limpar",
            "!voel ~niks|niets ~afvegen",
        ],
    ),
    (
        Sig::Back,
        pats!["kreuzweh|ruckenweh|lumbalgia|lumbago|hexenschuss"],
    ),
    (
        Sig::UrineRetention,
        pats!["!hasnt|havent|hadnt|not ~passed ~urine|water", "!hasnt|havent|not ~been ~able ~to ~pee|wee|urinate"],
    ),
    // ------------------------------------------------- self-harm, overdose [MHF, POIS]
    (
        Sig::Suicidal,
        pats![
            "cachets|comprimes|medocs|medicaments|pilules ~de cote", "pastillas ~guardadas|apartadas", "guardado|juntado|apartado ~pastillas",
            "pastiglie|pillole ~da parte", "messo ~da parte ~pastiglie|pillole", "guardei|juntei|separei ~comprimidos|remedios",
            "tabletten ~gesammelt|gehortet|beiseite|bereitgelegt", "pillen ~gespaard|verzameld|klaargelegd",
            "wont ~have ~to ~worry ~about ~me", "not ~be ~around ~much ~longer", "will ~is ~on|in ~desk|drawer|table",
            "passwords ~and ~will",
        ],
    ),
    (
        // Tablets taken on purpose are an overdose, whatever the count [POIS, NG225].
        Sig::Overdose,
        pats![
            "expres|exprès ~comprimes|cachets|somniferes|medicaments", "comprimes|cachets|somniferes ~expres",
            "a proposito ~pastillas", "pastillas ~a proposito", "apposta ~pastiglie|pillole", "pastiglie|pillole ~apposta",
            "de proposito ~comprimidos|remedios", "absichtlich ~tabletten", "tabletten ~absichtlich", "expres|opzettelijk ~pillen", "pillen ~expres|opzettelijk",
            "swallowed|took ~all ~painkillers|pills|tablets|meds", "prendre ~trop ~somniferes", "de plus ~somniferes",
        ],
    ),
    // ------------------------------------------------ the urgent line, in lay words
    (
        // Weeping, crusting skin: infected eczema or impetigo, a same-day look [NG141].
        Sig::Infection,
        pats![
            "weepy|weeping|oozing ~yellow|skin|eczema|patch|patches|rash", "eczema|rash|skin|patch|patches ~weepy|weeping|crusty|crusting|oozing",
            "eczema ~supura*|suint*|nassend|trasuda*", "wound|op|cut|incision|scar ~smells|smelly|stinks|stinky",
        ],
    ),
    (
        // Fluid from the vagina in pregnancy: waters breaking [MAT].
        Sig::WatersBroke,
        pats!["chorro ~liquido", "liquido ~transparente|claro ~sale|saliendo|salido|sigue", "salido ~liquido", "perdendo|saiu ~liquido", "fuite ~liquide", "perdo ~liquido", "vocht ~verloren|loopt"],
    ),
    (
        // Self-harm again, or a life that would be easier for others without them [NG225].
        Sig::DarkThoughts,
        pats![
            "cut|cutting|hurt|hurting ~myself ~again", "vuelto ~a ~cortar|lastimar", "cortei|cortando ~de ~novo", "cortei|cortando ~outra ~vez", "me cortei",
            "encore ~coupe|scarifie|scarifiee", "wieder ~geritzt|geschnitten", "di nuovo ~tagliat*", "weer ~gesneden|gekrast",
            "easier ~without ~me", "ohne mich ~leichter|einfacher", "sin mi ~mas facil", "sans moi ~plus facile", "senza di me ~piu facile",
            "sem mim ~mais facil", "zonder mij ~makkelijker", "zur last ~fallen", "niemandem ~zur last",
        ],
    ),
    (
        // A positive blood pregnancy test ("beta positivo") [NG126].
        Sig::Pregnancy,
        pats!["beta ~positivo|positiva|positive|positif|positief|hcg", "beta hcg"],
    ),
    (
        Sig::Swelling,
        pats!["veel ~dikker", "viel ~dicker", "much ~puffier", "mucho ~mas ~hinchad*", "beaucoup ~plus ~gonfl*"],
    ),
    // ------------------------------------------------- from batch 44 (admin first)
    (
        // Sight gone dark in one eye, told as what the eye sees [EYE, FAST].
        Sig::VisionLoss,
        pats![
            "eye ~is|just|all|gone|went ~dark|black|blank", "ojo ~todo|esta ~oscuro|negro", "oeil ~tout|est ~noir|sombre", "auge ~alles|ist ~dunkel|schwarz",
            "occhio ~tutto|e ~buio|nero", "olho ~tudo|esta ~escuro|preto", "oog ~alles|is ~donker|zwart",
        ],
    ),
    (
        // Gauze or a dressing soaked within minutes, or still pouring after long pressure [BLEED, SDCEP].
        Sig::Haemorrhage,
        pats!["soaking|soaked|soaks ~gauze|dressing|towel ~every|few|minutes", "!#20 ~min|mins|minutes ~still ~pouring|gushing|soaking"],
    ),
    (
        Sig::UrineRetention,
        pats!["!no ~consigue|consigo|logra|logro ~orinar|mear|pis", "!nao ~consegue|consigo ~fazer ~xixi", "!arrive ~pas|plus ~a ~uriner", "!arrive ~pas|plus ~a ~faire ~pipi", "!non ~riesce ~a ~fare ~pipi"],
    ),
    (
        // Oven, drain and limescale cleaners in German compounds are caustic [POIS, EYE].
        Sig::Chemical,
        pats!["*reiniger|*ofenreiniger|*entkalker", "agua sanitaria", "sanitaria", "deboucheur|desatascador|desentupidor|ontstopper"],
    ),
    (
        Sig::Ingested,
        pats!["beber|bebe|tomou|tomar|tomo ~agua sanitaria|sanitaria|lixivia|cloro|lejia"],
    ),
    (
        Sig::NoWeight,
        pats!["!cant|cannot|wont|unable ~put|bear ~any ~weight"],
    ),
    (
        // A red, swollen eyelid, or an eye swollen shut: periorbital cellulitis [NG141, MTS].
        Sig::Infection,
        pats![
            "eyelid|lid|parpado|paupiere|augenlid|palpebra|ooglid ~red|rojo|roja|rouge|rot|rossa|vermelha|vermelho|rood ~swollen|hinchado|hinchada|gonflee|gonfle|geschwollen|gonfia|inchada|inchado|gezwollen|puffy",
            "eye ~puffy|swollen ~nearly|almost ~shut|closed", "eye ~puffy|swollen ~shut|closed",
        ],
    ),
    (
        // "Otherwise I feel fine" resolves nothing it follows: the rest is still reported.
        Sig::Neutral,
        pats![
            "otherwise ~fine|ok|okay|well|good", "otherwise ~feel|feeling|im ~fine|ok|okay|well|good", "aparte ~de ~eso ~bien", "sinon ~ca va|bien", "ansonsten ~geht ~gut",
            "per il resto ~bene", "per il resto ~sto ~bene", "fora ~isso ~bem", "verder ~gaat ~goed|prima",
        ],
    ),
    (
        // Times within the day: a TIA that passed then is still an emergency [FAST].
        Sig::Recent,
        pats![
            "agora ~de ~manha", "hoje ~de ~manha|cedo|tarde", "at|over ~lunch|lunchtime|breakfast", "this lunchtime", "a mediodia", "media manana",
            "ce midi", "heute ~mittag", "a pranzo", "na hora ~do ~almoco", "vanmiddag", "tussen de middag",
        ],
    ),
    // ------------------------------------------------ context: negation, review, tests
    (
        // Negation in Italian, Portuguese and Dutch ("sem falta de ar", "non ho febbre",
        // "geen koorts"), as English, Spanish, French and German have it. Patterns that
        // carry their own negation ("!non riesce a respirare") are immune to it.
        Sig::Negation,
        pats!["non", "nao", "sem", "senza", "niet", "geen", "zonder", "nessun|nessuna|nessuno", "nenhum|nenhuma", "nooit"],
    ),
    (
        // "33 sem" is weeks, and "sem querer" (by accident) negates nothing.
        Sig::Neutral,
        pats!["#1 sem", "sem|sin ~querer"],
    ),
    (
        // What negation used to hide by accident: a swollen cheek, a hot red patch, a baby
        // drinking half its bottles, told next to "geen koorts".
        Sig::FaceSwelling,
        pats!["dikke|opgezwollen ~wang|kaak", "wang|kaak ~dik|opgezwollen"],
    ),
    (
        Sig::Infection,
        pats!["rode|rood ~warme|warm|hete|heet ~plek|plekken|zwelling|huid|been|arm", "warme|hete ~plek|plekken|zwelling"],
    ),
    (
        Sig::NotFeeding,
        pats!["drinkt ~maar|slechts ~helft", "drinkt|eet ~slecht|nauwelijks"],
    ),
    (
        Sig::DoubleDose,
        pats!["duas ~doses|vezes", "per ~ongeluk ~twee ~keer", "twee keer ~ingenomen", "due ~dosi"],
    ),
    (
        Sig::Anaphylaxis,
        pats!["gola ~stringe|stringendo|chiudendo"],
    ),
    (
        // A clinician already saw it: with a week or more back, the sentence is history.
        Sig::Reviewed,
        pats![
            "alles ~ok|klar|normal|unauffallig", "sagt|sagte|meinte ~alles ~ok|gut|normal", "alles ~goed|prima|normaal", "in orde",
            "tutto ~ok|normale|a posto", "tudo ~ok|normal|certo", "todo ~ok|normal|bien", "tout ~ok|normal",
        ],
    ),
    (
        // A positive covid, flu or strep test is not a pregnancy test.
        Sig::Benign,
        pats![
            "covid|corona|coronavirus|flu|influenza|strep|antigen|pcr|rsv|lft ~test|teste|tests|testes|prueba|pruebas ~positive|positivo|positiva|positif|positiv|positief",
            "test|teste|prueba|tampone ~covid|corona|coronavirus|antigenico|rapido ~positive|positivo|positiva|positif|positiv|positief",
            "positive|positivo|positiva|positif|positiv|positief ~covid|corona|coronavirus",
        ],
    ),
    (
        // "Sem falta de ar" is no breathlessness: "sem ar" (breathless) must not read
        // across it.
        Sig::Benign,
        pats!["sem|sin ~falta ~de ~ar|aire"],
    ),
    (
        Sig::Breathing,
        pats!["!kan|kon ~niet|nauwelijks ~ademen|ademhalen"],
    ),
];
