//! Lay words for the concepts of [`super::findings`] found by blind batches 52-55
//! (session 12 in TRIAGE.md: young adults' slang, dictated German, Italian, Portuguese
//! and Dutch, short texts after procedures, hard negatives). Kept apart so the older
//! files do not grow; each entry is a concept with its words in the seven languages,
//! in the syntax of [`super::matcher`].

use super::lexicon::Sig;

/// Findings, contexts and non-symptoms added from batches 52-55.
pub(crate) const S12_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------- haemorrhage [BLEED, SDCEP]
    (
        // Bleeding through every dressing, or a count of soaked gauzes, is heavy loss.
        Sig::Haemorrhage,
        pats![
            "bleeding|bleeds|bled through ~everything|every|bandage|bandages|plaster|dressing|dressings|clothes|gauze|gauzes|tissue|tissues|towel|towels",
            "gone|went|going through|thru ~#3 ~gauze|gauzes|pads|dressings|towels|bandages",
            "sangra|sangrando traves ~todo|venda|gasa|gasas|aposito", "#3 ~gasas ~empapad*|llenas",
            "saigne|saignement travers|traverse ~tout|pansement|compresse|compresses", "#3 ~compresses ~trempe*|pleines",
            "blutet|blutung durch ~alles|verband|pflaster|tupfer", "#3 ~tupfer ~durch|voll|durchgeblutet",
            "sanguina|sanguinamento attraverso|passa ~tutto|garza|garze|cerotto|benda", "#3 ~garze ~piene|zuppe",
            "sangra|sangrando atraves ~tudo|curativo|gaze|gazes", "#3 ~gazes|compressas ~encharcad*|cheias",
            "bloedt|bloeden ~door ~alles|verband|pleister|gaasje|gaasjes|gaas ~heen", "#3 ~gaasjes ~doorweekt|vol",
        ],
    ),
    (
        // Still bleeding after ten minutes of firm pressure, or despite pressure [BLEED].
        Sig::Haemorrhage,
        pats![
            "!pressing|pressed|pressure ~#10 ~min|mins|minutes ~wont|not|doesnt|still ~stop|stopping|stopped|bleeding",
            "!non ~si ~ferma|smette ~anche se|nonostante ~premo|premendo|pressione",
            "sanguina|sanguinando ~nonostante|malgrado ~pressione|premo|premere",
            "!no ~para|se detiene ~aunque|aun ~aprieto|presiono|presion", "sangra|sangrando ~a pesar ~presion|apretar",
            "!arrete ~pas ~malgre|meme ~pression|appuie|appuyer", "saigne ~malgre ~pression|appui",
            "!hort ~nicht ~auf ~trotz ~druck|drucken", "blutet ~trotz ~druck|drucken",
            "!nao ~para ~mesmo|apesar ~apertando|pressao", "sangra|sangrando ~apesar ~pressao",
            "!stopt ~niet ~ondanks|hoewel ~druk|druk", "bloedt ~ondanks ~druk|drukken",
        ],
    ),
    // ------------------------------------------- Italian "si" is read as a pronoun
    (
        // In Italian text "si" becomes a pronoun token, so a pattern spelled with it
        // ("non si ferma") never matched there; the gap carries the pronoun instead.
        Sig::Nonstop,
        pats!["!nn|non ~ferma|smette|fermarsi|arresta"],
    ),
    (
        Sig::FetalMovement,
        pats!["muove ~meno|poco|piu"],
    ),
    (
        Sig::DarkThoughts,
        pats!["taglia ~braccia|braccio|polsi|gambe", "tagliata|tagliato|taglia ~di nuovo|ancora"],
    ),
    // ------------------------------------------------------ after filler [ACE]
    (
        // Lips "done", told in the other languages: the context for vascular occlusion.
        Sig::Filler,
        pats![
            "fait|refait|faire ~les|mes ~levres", "hecho|hice|hizo ~los|mis ~labios", "lippen ~machen|gemacht|machen lassen",
            "fatto|rifatto|rifare ~le ~labbra", "fiz|feito|fez ~os|meus ~labios|boca", "lippen ~laten ~doen|gedaan",
        ],
    ),
    // --------------------------------------------------- cauda equina [CES, NG59]
    (
        Sig::SaddleNumb,
        pats![
            "!non ~sento ~niente|nulla ~ano|genitali|inguine|parti intime", "intorno ~ano|genitali ~insensibil*|addormentat*",
            "regiao|parte|partes ~intima|intimas ~dormente|dormentes|anestesiad*|adormecid*", "coxas ~dormente|dormentes|anestesiad*",
            "!merke|spure|fuhle ~nichts|kaum ~abwischen|untenrum", "!abwischen ~nichts|kaum ~merke|spure", "!merke|spure|fuhle ~abwischen ~nichts|kaum", "untenrum ~taub|gefuhllos",
            "zona|partes ~intima|intimas ~dormida|adormecida|entumecida", "!no ~siento ~nada ~zona|partes ~intima|intimas", "parties ~intimes ~engourdi*|insensible*",
            "schaamstreek|kruis ~doof|gevoelloos", "numb ~down ~there",
        ],
    ),
    (
        Sig::Incontinence,
        pats![
            "scappata|scappato ~pipi|urina", "perdi|perdeu|perdendo ~controle ~xixi|urina|bexiga",
            "perdi|perdio ~control ~pis|orina|vejiga", "perdu ~controle ~vessie|urine", "kontrolle ~blase|urin ~verloren",
            "controle ~over ~blaas|plas ~kwijt|verloren",
        ],
    ),
    (
        Sig::UrineRetention,
        pats!["!pinkeln|wasserlassen ~geht ~nicht", "!plassen ~gaat ~niet"],
    ),
    // ------------------------------------------- thunderclap headache [NG150 red flags]
    (
        // Something bursting in the head: the onset of a subarachnoid bleed in lay words.
        Sig::ThunderclapHeadache,
        pats![
            "something ~popped|snapped|exploded|burst|banged ~in ~my|his|her ~head", "knalde|knapte|ontplofte|plofte ~iets ~in ~hoofd",
            "iets ~knalde|knapte|ontplofte ~in ~hoofd", "hoofdpijn ~zo erg|erger ~als|dan ~nooit",
            "algo ~exploto|estallo|revento ~cabeza", "quelque chose ~explose|claque|pete ~tete", "etwas ~geknallt|explodiert|geplatzt ~kopf",
            "qualcosa ~esploso|scoppiato ~testa", "algo ~explodiu|estourou ~cabeca",
            "kopfschmerz* ~wie ~noch nie", "mal di testa ~come ~mai", "mal de tete ~comme ~jamais", "dor de cabeca ~como ~nunca",
        ],
    ),
    // ------------------------------------------------------- DKA breathing [DKA]
    (
        Sig::KetoneBreath,
        pats!["adem|ademt|ademen ~zo|heel ~zwaar|diep", "atme|atmet ~so|ganz ~schwer|tief", "respira|respiro ~cosi|molto ~pesante|profondo"],
    ),
    // ---------------------------------------------- anticoagulants misspelled [HI]
    (
        Sig::Anticoagulant,
        pats!["charelto|xarleto|zarelto|xarelto|xareltto|elikwis|elliquis|eliquiss|eliquis|sintron|sintrom|marcoumar"],
    ),
    // -------------------------------------------------- chemical in the eye [EYE]
    (
        // A cleaning or skin product splashed into the eye is a chemical injury.
        Sig::ChemicalEye,
        pats![
            "spray|sprays|cleaner|peel|peeling|product ~splashed|sprayed|squirted|dripped|ran ~eye",
            "ins ~auge ~gespritzt|gekommen|gelaufen",
            "produit|peeling|acide ~coule|gicle|tombe|rentre ~oeil",
            "producto|peeling|spray ~salpico|salto|cayo|entro ~ojo", "prodotto|peeling|spray ~schizzato|finito|entrato ~occhio",
            "produto|peeling|spray ~espirrou|caiu|entrou ~olho", "product|peeling|spray ~in ~oog ~gespoten|gespat|gekomen",
        ],
    ),
    // ---------------------------------------------------------- curtain over the sight
    (
        // A shadow or curtain coming over the sight, with or without flashes: a
        // retinal detachment until seen, a same-day look [EYE].
        Sig::VisionChange,
        pats![
            "curtain|shadow|veil ~over|across|coming|down ~eye|vision|sight", "tenda|ombra|velo ~scende|davanti ~occhio|vista",
            "tenda ~scura", "cortina|sombra|velo ~baja|bajando|tapa|tapando|cubre ~ojo|vista", "rideau|voile|ombre ~descend|tombe|devant ~oeil|vue",
            "vorhang|schatten ~vor|uber ~auge|sicht",
            "cortina|sombra|veu ~descendo|desce|cobrindo|tapando ~olho|vista", "gordijn|schaduw ~voor|over ~oog|zicht",
        ],
    ),
    // -------------------------------------------- spreading redness, infection [NG141]
    (
        Sig::Infection,
        pats![
            "arrossamento|rossore ~allarga|allargando|espande", "enrojecimiento|rojez ~extiende|extendiendo", "rougeur ~etend|gagne",
            "rotung ~breitet|ausbreitet", "vermelhidao ~espalha|espalhando|aumenta", "roodheid ~verspreidt|breidt",
        ],
    ),
    (
        // A breast or a site swelling fast and hard after a procedure (a haematoma).
        Sig::Swelling,
        pats!["inchando|inchou", "hinchando|hincho", "gonflant|enfle", "schwellend", "gonfiando", "zwellend|zwelt"],
    ),
    // ----------------------------------------------------------- speech trouble [FAST]
    (
        Sig::SpeechLoss,
        pats![
            "!slecht|niet|moeilijk ~uit ~mijn|zijn|haar ~woorden", "!couldnt|cant|cannot ~get ~words|word ~out", "!words ~wouldnt|wont|didnt ~come ~out",
            "!no ~me|le ~salian ~palabras", "!mots ~sortaient|sortent ~pas", "!worte ~kamen|kommen ~nicht", "!parole ~non ~uscivano|escono",
            "!palavras ~nao ~saiam|saem",
            // Speech gone, told in the past tense: "konnte ich kurz nicht sprechen".
            "!konnte nicht sprechen|reden", "!kon slecht|moeilijk|niet praten|spreken", "!non riuscivo|riusciva|potevo|poteva parlare",
            "!nao conseguia|conseguiu falar",
        ],
    ),
    (
        // ... but not being able to speak to someone is an admin matter.
        Sig::ClinicIgnore,
        pats![
            "konnte nicht mit sprechen|reden", "konnte vor nicht sprechen|reden", "kon niet met praten|spreken", "non riuscivo|riusciva|potevo|poteva parlare con",
            "nao conseguia|conseguiu falar com",
        ],
    ),
    // ----------------------------------------------------------- psychosis after birth
    (
        Sig::Psychosis,
        pats!["vendo|ve|viendo ~coisas|cosas ~que ~nao|no ~existem|existen", "voit ~choses ~qui ~existent ~pas", "sieht ~dinge ~die ~nicht", "vede ~cose ~che ~non", "ziet ~dingen ~die ~er ~niet"],
    ),
    (
        Sig::BabyHarm,
        // Said as an intent ("vai fazer mal a ele"), not a question ("pode fazer mal ao bebê?").
        pats![
            "vai|quer|vou ~fazer ~mal ~ele|ela|bebe|nenem", "va|voy|quiere ~hacer ~dano ~el|ella|bebe",
            "va|veut|vais ~faire ~du ~mal ~bebe", "vuole|vuol|vado ~fare ~male ~bambino|bimbo",
        ],
    ),
    // --------------------------------------------------------- self-harm again [NG225]
    (
        Sig::DarkThoughts,
        pats!["cutting again", "started ~cutting|self harming ~again", "cortando ~me ~de ~nuevo", "ritze ~mich ~wieder", "mi ~taglio ~ancora|di nuovo", "ben ~weer ~aan ~het ~snijden|krassen"],
    ),
    // ------------------------------------------------------- history: age at the time
    (
        // An age in the past tense dates the event it tells ("when she was 1").
        Sig::Past,
        pats![
            // With a unit, so "als ich 5 Minuten weg war" (a time today) dates nothing.
            "quand ~il|elle|j ~avait|avais ~#1 ~an|ans|mois", "als ~er|sie|ich ~#1 ~jahre|jahr|monate", "als baby",
            "cuando ~tenia ~#1 ~ano|anos|meses", "quando ~aveva|avevo ~#1 ~anno|anni|mesi", "a un anno",
            "quando ~tinha ~#1 ~ano|anos|meses", "toen ~hij|zij|ze|ik ~#1 ~jaar|maanden",
            "last ~summer|winter|spring|autumn|christmas", "el ~verano|invierno ~pasado", "l ete ~dernier", "letzten ~sommer|winter",
            "l estate ~scorsa", "verao ~passado", "vorige ~zomer|winter",
        ],
    ),
    // ------------------------------------ a safety question is not a thought of harm
    (
        // "Can eating cheese harm the baby?" asks whether a food or a medicine is safe in
        // pregnancy; it is not a thought of harming the baby (which stays an emergency:
        // "I'm scared I could harm the baby", "tenho medo de fazer mal ao bebê").
        Sig::ClinicIgnore,
        pats![
            "eating|drinking|taking|using|smoking|having ~harm|hurt ~baby", "is|does|will|would|could|can ~it|this|that ~harm|hurt ~baby",
            "harm|hurt ~baby ~if ~i ~eat|drink|take|use|have",
            "tomar|comer|beber|usar|tomando|comendo|bebendo|isso|isto|cafe|remedio ~fazer ~mal ~bebe|nenem", "pode ~fazer ~mal ~bebe|nenem ~tomar|comer|beber|usar",
            "comer|tomar|beber|usar|esto|eso ~hacer ~dano ~bebe", "puede ~hacer ~dano ~bebe ~comer|tomar|beber|usar",
            "manger|boire|prendre|utiliser|ca|cela ~faire ~mal ~bebe", "faire ~mal ~bebe ~manger|boire|prendre|utiliser",
            "mangiare|bere|prendere|questo ~fare ~male ~bambino|bambina|neonato", "fare ~male ~bambino|bambina|neonato ~mangiare|bere|prendere",
        ],
    ),
    // --------------------------------------------------------- words that are not symptoms
    (
        // A brace or a denture "fitting" is an appointment, not a fit; a discharge
        // summary is a document; "gave me a heart attack" is a figure of speech; Dutch
        // blood pressure and blood vessels are not bleeding; "bij mijn slaap" is the
        // temple, not sleep; "dood van de zenuwen" is nerves.
        Sig::ClinicIgnore,
        pats![
            "brace|braces|crown|denture|dentures|glasses|lens|lenses|aid|retainer|aligner|aligners|implant fitting",
            "fitting ~appointment|appt|session|next week",
            "discharge ~summary|letter|papers|note|form|report", "gave|give|giving ~me ~a ~heart attack",
            "bloeddruk*|bloedvat*|bloedvaatje*|bloedsuiker*|bloedgroep|bloedafname",
            "bij|aan|op ~mijn|de|zijn|haar ~slaap", "ga|gaat|ging ~dood ~van ~de ~zenuwen|stress|schrik|verveling",
            "cutting|cut ~hair|nails|fringe|grass|hedge|lawn|carbs|sugar ~again",
        ],
    ),
];
