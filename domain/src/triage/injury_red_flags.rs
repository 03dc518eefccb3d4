//! Injuries whose danger is in how they happened or in one sign beside them: someone
//! pulled out of water or through the ice, smoke breathed in a fire, a blow to the belly
//! or the side, a dive into shallow water, a lower leg gone hard and tense after a blow,
//! a head blow told by the helmet or by what the person cannot remember. The signs alone
//! (drowsy, hoarse, pale, a sore neck, pain) read as a same-day look; with the mechanism
//! they are the emergency the sources name: a conscious level or airway at risk [MTS], a
//! bleed inside with pallor or faintness [BLEED], a new deficit or amnesia after a blow
//! [HI], a tense limb with pain out of proportion [BOAST]. Words in en pt it nl (the
//! batch's languages) and es fr de where cheap. Tests, in other words than the batch, with
//! hard negatives, are in `injury_red_flags_tests.rs`.

use super::lexicon::Sig;

/// The mechanisms and the signs that complete them.
pub(crate) const INJURY_RED_FLAGS: &[(Sig, &str)] = &[
    (
        // Under water, face down in water, pulled out of a pool or through the ice.
        Sig::Submerged,
        pats![
            "under|underneath ~water|surface", "underwater", "face ~down ~pool|water|bath|pond",
            "pulled|dragged|fished ~out ~pool|water|lake|river|sea|pond", "fell|went|gone ~through ~ice",
            "nearly|almost ~drowned|drowning", "half drowned",
            "debaixo|embaixo ~dagua|agua", "tiraram|tirei|tiramos ~piscina|agua|mar|rio", "quase ~afogou|afogad*",
            "sott|sotto ~acqua", "sottacqua", "tirato|tirata|ripescat* ~fuori ~acqua|piscina|lago|mare", "quasi ~annegat*|affogat*",
            "onder ~water", "onderwater", "gezicht ~zwembad|zwembadje|water|vijver|sloot", "door ~ijs ~gezakt|gevallen",
            "uit ~water|zwembad|sloot|vijver ~getrokken|gehaald|gevist", "bijna ~verdronken",
            "bajo ~agua", "casi ~ahoga*", "sous ~eau", "presque ~noye*", "unter ~wasser", "fast ~ertrunken",
        ],
    ),
    (
        // In a fire or its smoke: with a hoarse voice or breathlessness, a burnt airway.
        Sig::SmokeBreathed,
        pats![
            "smoke ~inhal*|breathed|breathing|filled|everywhere", "pan|kitchen|house|car ~caught|on ~fire", "singed|scorched",
            "fumaca|fumo ~inalou|respirou|cheia", "incendio|fogo ~casa|cozinha|panela", "chamuscad*",
            "fumo ~respirato|inalato", "incendio|fuoco ~cucina|casa|padella", "bruciacchiat*|strinat*",
            "rook ~ingeademd|binnengekregen", "keukenbrand|woningbrand|huisbrand|pannenbrand", "verschroeid|geschroeid",
            "humo ~respiro|inhalo", "fumee ~respire|inhale", "rauch ~eingeatmet",
            "coughing|cough|coughs|spitting ~black|soot|sooty", "tosse|tossindo|cuspindo ~preto|preta|fuligem",
            "tossisce|sputa ~nero|nera|fuliggine", "hoest|hoesten|spuugt ~zwart|roet",
        ],
    ),
    (
        // A blow to the belly or the side: kicked, punched, a handlebar.
        Sig::BellyBlow,
        pats![
            "kicked|punched|kneed|winded ~side|stomach|tummy|belly|abdomen|ribs|flank", "handlebar|handlebars ~stomach|tummy|belly",
            "pancada|coice|pontape|soco ~barriga|costela|costelas|estomago", "guidao|guiador ~barriga",
            "botta|colpo|pugno|calcio ~fianco|pancia|addome|costole", "manubrio ~pancia",
            "getrapt|geschopt|trap|schop ~buik|maag|ribben|flank", "buik ~stuur", "stuur ~buik",
            "patada|golpe ~barriga|vientre|costado", "coup ~pied|poing|genou ~ventre|flanc|cotes", "tritt|schlag ~bauch|flanke|rippen",
        ],
    ),
    (
        // Pale after an injury: "white as a sheet", "pallido", "bleek".
        Sig::SkinColour,
        pats!["white ~sheet|ghost", "pallido|pallida", "bleek|lijkbleek|spierwit", "branco|branca ~papel|cera"],
    ),
    (
        // A dive head first into water too shallow: a neck injury.
        Sig::ShallowDive,
        pats![
            "dived|dove|dive|diving|jumped ~shallow*", "shallower ~than ~thought|expected|looked",
            "meno ~profond* ~previsto|pensavo", "mais ~raso ~pensava|parecia", "ondieper ~dan ~gedacht|verwacht",
            "mergulhou|mergulhei|mergulhar|saltou ~raso|rasa", "mergulhou|mergulhei|mergulhar|saltou ~pouco ~funda|fundo|profunda|profundo",
            "mergulhou|mergulhei ~bateu ~cabeca", "tuffato|tuffata|tuffo ~bassa|basso", "tuffato|tuffata|tuffo ~poco ~profond*",
            "tuffato|tuffata ~sbattuto|battuto ~testa", "gedoken|dook|duik|sprong ~ondiep|ondiepe", "dook|gedoken ~hoofd ~bodem",
            "tiro|lanzo|zambullo ~poca ~agua|profundidad", "tiro|lanzo|zambullo ~poco ~profund*", "plonge ~peu ~profond*",
            "kopfsprung ~flach|flaches|seicht*",
        ],
    ),
    (
        // Tingling or numb arms or legs, or touch not felt.
        Sig::LimbNoFeeling,
        pats![
            "arms|legs|hands ~tingling|tingly|numb", "tingling|pins ~both ~arms|legs|hands",
            "!nao ~sente|sinto ~bem ~bracos|pernas|maos", "formigueiro|formigamento ~bracos|pernas|maos",
            "formicolio|formicolano ~braccia|gambe|mani", "!non ~sente|sento ~bene ~braccia|gambe",
            "tintelen|tintelende|prikkelen ~armen|benen|handen", "armen|benen ~tintelen|doof",
            "!cant|cannot|couldnt ~feel ~us|me|anyone ~touch*",
        ],
    ),
    (
        // A lower leg or forearm gone hard and tense: compartment syndrome [BOAST].
        Sig::TenseLimb,
        pats![
            "leg|shin|calf|forearm|thigh ~rock ~hard", "leg|shin|calf|forearm|thigh ~tense|drum",
            "perna|canela|panturrilha|antebraco|coxa ~tensa|tenso|durissima|durissimo", "perna|canela|panturrilha|antebraco|coxa ~dura|duro ~pedra",
            "gamba|stinco|polpaccio|avambraccio|coscia ~durissim*|tesa|teso", "gamba|stinco|polpaccio|avambraccio|coscia ~dura|duro ~pietra|marmo|sasso",
            "onderbeen|scheen|kuit|onderarm|dijbeen ~keihard|gespannen", "onderbeen|scheen|kuit|onderarm|dijbeen ~hard ~steen", "onderbeen|scheen|kuit|onderarm ~strak|hard ~hard|strak", "leg|shin|calf|forearm ~tight ~hard",
            "pierna|pantorrilla|antebrazo ~tensa|durisima", "pierna|pantorrilla|antebrazo ~dura ~piedra", "unterschenkel|wade|unterarm ~steinhart|prall|gespannt",
        ],
    ),
    (
        // A blow told by the helmet that took it.
        Sig::HeadInjury,
        pats![
            "helmet ~cracked|broken|split|smashed|dented", "cracked|broken|split|smashed ~helmet",
            "capacete ~partido|rachado|quebrado|partiu|rachou", "casco ~rotto|spaccato|crepato|incrinato|roto|partido|rajado",
            "helm ~gebroken|gescheurd|kapot|gebarsten|gebrochen", "casque ~casse|fendu",
        ],
    ),
    (
        // Asking the same thing again and again, or where they are: amnesia after a blow.
        Sig::Confusion,
        pats![
            "keeps|kept|keep ~asking ~where ~we|she|he|i|they ~are|is|am", "keeps|kept|keep ~asking ~what ~happened",
            "same ~questions ~over|again|every", "fica|ficou|continua ~perguntando|perguntar ~mesma ~coisa", "pergunta ~sempre ~mesma ~coisa",
            "continua|ripete ~chiedere|chiede ~stess* ~cosa|domanda|domande", "chiede ~continuamente|sempre ~dove|cosa",
            "vraagt|blijft ~steeds|telkens ~hetzelfde|dezelfde", "blijft ~vragen ~waar|wat",
        ],
    ),
    (
        // Not remembering the blow or the fall: amnesia after an injury [HI].
        Sig::NoMemoryOfIt,
        pats![
            "!dont|cant|doesnt|didnt|cannot ~remember|recall ~hitting|falling|fall|crash|landing|ground",
            "!nao ~lembro|lembra|recordo ~queda|cair|batida|acidente|chao", "!non ~ricordo|ricorda ~caduta|cadere|botta|incidente|colpo",
            "!weet ~niet ~meer ~val|gevallen|klap|ongeluk|gebeurd", "!herinnert|herinner ~niets|niks ~val|klap|ongeluk",
            "!no ~recuerdo|recuerda ~caida|golpe|accidente", "!souviens ~pas ~chute|choc|accident", "!erinnert|erinnere ~nicht ~sturz|unfall|aufprall",
        ],
    ),
    (
        // Almost fainting on standing, in the batch's languages.
        Sig::Dizziness,
        pats!["svengo|svenire ~quasi", "quasi ~svengo|svenuto|svenuta", "quase ~desmaio|desmaiei|desmaiando", "bijna ~flauw|flauwgevallen"],
    ),
    (
        // A shock from the mains, a socket or a cable.
        Sig::ElectricShock,
        pats!["shock ~off|from ~mains|socket|cable|wire|fuse", "choque ~tomada|fio|quadro", "scossa ~presa|corrente|filo|quadro", "schok ~stopcontact|stroom|meterkast"],
    ),
    (
        // A tooth that came out whole, root and all.
        Sig::ToothOut,
        pats!["tooth|teeth ~came|come|fell ~out ~whole|clean|completely|root"],
    ),
    (
        // A child found holding a blister or someone's pills [POIS: "may have swallowed"].
        Sig::Ingested,
        pats![
            "found|caught ~son|daughter|toddler|child|year|boy|girl|baby|kid|grandson|granddaughter ~blister|pills|tablets|meds", "trovato|trovata ~figlio|figlia|bambino|bambina ~blister|pastiglie|compresse|pillole",
            "blister|pastiglie|compresse ~mancano", "encontrei|apanhei ~filho|filha|bebe ~cartela|comprimidos|remedios", "cartela ~faltam|faltando",
            "betrapt|gevonden ~zoon|dochter|peuter ~strip|doordrukstrip|pillen|tabletten", "strip|doordrukstrip ~ontbreken|missen",
        ],
    ),
    (
        // Descaler: an acid, a caustic, in each language.
        Sig::Chemical,
        pats!["descaler|ontkalker|anticalcare|descalcificante|descalcificador|decalcificante|detartrant"],
    ),
];
