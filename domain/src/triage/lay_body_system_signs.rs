//! Signs across the body systems in the lay words of Italian, Portuguese, Dutch and German
//! phone messages (batch 104), written as concepts in the other languages where cheap. Most
//! are images: a weight on the chest told as a brick or a stone ("come un mattone sul
//! petto", "um tijolo no peito", "zwaar gevoel op mn borst") is chest pain [CG95]; a
//! headache "like a blow to the back of the head", or "out of nowhere" and extreme, is a
//! thunderclap [NG228]; shaking with the eyes rolled back is a fit [EPI]; a baby's grunt
//! with each breath ("grugnito") and the skin pulled in under the ribs are grunting and
//! recession [NG143 red]; going white and cold is the skin of shock, read as clammy, so a
//! bleed with it is an emergency [BLEED]; "talking things without sense" is new confusion
//! [NG51]; sleeping pills named by what they are for, and "a heap of" tablets, are a sedative
//! overdose [POIS]. Thirst in Portuguese and Dutch, drinking all the time, and a sugar that
//! stays high despite insulin are the high-sugar signs of the sick-day rules [DKA];
//! erysipelas, a red swollen eyelid told adjective first in German and an eye that hurts to
//! move are skin and orbital infection [NG141]; "chiado no peito" is a wheeze [BTS]. Two
//! scope words: "passou no mesmo dia", "nunca mais voltou", "poi basta", "na een minuut
//! over" tell a sign as resolved; "segnali dell'ictus", "wat betekent" make it a general
//! question. Tests, in other words than the batch, with hard negatives, are in
//! `lay_body_system_signs_tests.rs`.

use super::lexicon::Sig;

/// Lay words and images for signs the presentation table already reads.
pub(crate) const LAY_BODY_SYSTEM_SIGNS: &[(Sig, &str)] = &[
    (
        // A brick, a stone or an elephant on the chest: cardiac pressure [CG95].
        Sig::ChestPain,
        pats![
            "mattone|macigno|masso|sasso|elefante ~sul|sullo|nel ~petto|torace|sterno",
            "tijolo|pedra|elefante ~no|em|sobre ~peito",
            "zwaar|zware|baksteen|steen|olifant ~op|in ~borst",
            "brick|bricks|anvil ~on|sitting ~chest",
        ],
    ),
    (
        // A headache like a blow to the head, or out of nowhere and extreme [NG228].
        Sig::ThunderclapHeadache,
        pats![
            "wie ~schlag|hammerschlag|keulenschlag ~auf|gegen ~kopf|hinterkopf",
            "come ~botta|mazzata|martellata|bastonata ~testa|nuca",
            "como ~pancada|martelada|paulada ~cabeca|nuca",
            "als|alsof ~klap|mokerslag|hamerslag ~hoofd|achterhoofd",
            "like ~hit|whacked|smacked|hammer|bat ~back ~head",
            "!nichts|schlagartig|plotzlich|ploetzlich extrem|heftig*|starkst*|brutal* ~kopfschmerz*|kopfweh",
        ],
    ),
    (
        // Shaking all over with the eyes rolled back: a fit [EPI].
        Sig::Seizure,
        pats![
            "tremer|tremendo|treme|tremia|tremeu|sacudindo|debatendo ~olhos ~revirados|revirando|virados",
            "olhos ~revirados|revirando ~tremer|tremendo|treme|tremia|tremeu|sacudindo|debatendo",
            "trema|tremava|tremare|scosse|scuote|sussulta ~occhi ~rovesciati|rivoltati|indietro|girati",
            "occhi ~rovesciati|rivoltati|indietro ~trema|tremava|tremare|scosse|sussulta",
        ],
    ),
    (
        // A baby's grunt with each breath [NG143 red].
        Sig::Grunting,
        pats!["grugni* ~ogni|quando ~respiro|respira", "respira|respiro ~grugni*"],
    ),
    (
        // The skin pulled in under or between the ribs: recession [NG143 red].
        Sig::Breathing,
        pats![
            "pelle ~dentro|rientra ~costole", "costole ~pelle ~dentro|rientra",
            "pele ~afunda|entra|puxa ~costelas", "costelas ~pele ~afunda|entra",
            "huid ~ribben ~trekt|zuigt", "trekt|zuigt ~huid ~ribben", "huid ~trekt|zuigt ~in ~tussen|onder ~ribben",
            "haut ~rippen ~zieht ~ein", "skin ~sucking|sucks|pulling ~in ~ribs",
        ],
    ),
    (
        // Going white and cold: the skin of shock [BLEED, MTS].
        Sig::Sweating,
        pats![
            "branco|branca|palido|palida gelado|gelada",
            "pallido|pallida|bianco|bianca freddo|fredda|gelido|gelida|ghiacciato",
            "bleek koud|klam", "blass|bleich kalt|eiskalt",
        ],
    ),
    (
        // Talking things without sense: new confusion [NG51].
        Sig::Confusion,
        pats![
            "!falando|fala|falou|dizendo|diz ~coisa|coisas ~sem ~sentido|nexo",
            "wartaal", "redet|spricht ~wirres ~zeug", "wirres zeug",
        ],
    ),
    (
        // Sleeping pills named by their use: a sedative [POIS].
        Sig::Opioid,
        pats![
            "comprimido|comprimidos|remedio|remedios|pilula|pilulas|pastillas ~de|para|pra ~dormir",
            "pillole|pastiglie|pasticche|compresse ~per ~dormire", "slaaptablet*",
        ],
    ),
    (
        // "A heap of" tablets taken: many tablets [POIS].
        Sig::PillCount,
        pats![
            "tomou|tomei|tomaram|tomado|tomo|tome|preso|ingoiato|genomen|ingenomen|geslikt|genommen|geschluckt ~monte|montao|punhado|monton|punado|mucchio|sacco|manciata|handvol|hoop|heleboel|haufen|handvoll ~comprimido*|remedio*|pilula*|pastillas|pastiglie|pillole|compresse|pillen|tabletten|medicijnen|medikamente",
            "handvol|hoop|heleboel|handvoll|haufen ~pillen|tabletten|slaappillen|slaaptabletten|medicijnen|schlaftabletten ~genomen|ingenomen|geslikt|genommen|geschluckt",
        ],
    ),
    (
        // Thirst, drinking all the time, a sugar high despite insulin: the sick-day
        // rules' high-sugar signs [DKA].
        Sig::HighSugarSign,
        pats![
            "sede|sedento|sedenta", "dorst|dorstig",
            "beve|bevo|bevuto tantissimo|moltissimo|continuamente",
            "bebe|bebo|bebendo muita|muito|litros ~agua",
            "drinkt|drink ~liters|constant", "drinkt|drink ~heel ~veel", "trinkt|trinke literweise|ununterbrochen",
            "trotz|despite|ondanks insulin|insuline",
            "mesmo|anche ~com|con ~insulina",
        ],
    ),
    (
        // Erysipelas: a skin infection [NG141].
        Sig::Infection,
        pats!["erisipela|erisipelas|erysipel|wondroos"],
    ),
    (
        // Wheeze in Brazilian Portuguese ("chiado no peito"), not the ear's ringing [BTS].
        Sig::Wheeze,
        pats!["!chiado ~nao ~melhora|passa", "chiado|chiadeira ~no ~peito", "peito ~chiando|chiado", "pieira"],
    ),
    (
        // A swollen red eyelid, or the eye hurting when it moves: periorbital or orbital
        // cellulitis [NG141].
        Sig::Infection,
        pats![
            "dick*|geschwoll* ~rot*|roten ~augenlid|oberlid|unterlid", "rot*|roten ~dick*|geschwoll* ~augenlid|oberlid|unterlid",
            "auge|augen ~tut|tun|schmerzt ~bei|beim ~bewegen",
        ],
    ),
    (
        // Gone the same day, by itself or after a minute, never came back: resolved.
        Sig::Resolved,
        pats![
            "passou ~no ~mesmo ~dia", "passou ~sozinho|sozinha|rapido",
            "!nunca ~mais ~voltou|volto", "!mai ~piu ~tornato|tornata|ricapitato", "poi ~basta|smesso",
            "na ~minuut|minuten|seconden ~over|weg",
        ],
    ),
    (
        // "What are the signs of", "what does it mean": a general question.
        Sig::Informational,
        pats![
            "segnali|sintomi|segni ~di|del|dell|della", "sinais|sintomas ~de|do|da",
            "tekenen|signalen|symptomen ~van", "wat betekent|betekenen",
        ],
    ),
];
