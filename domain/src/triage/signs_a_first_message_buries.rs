//! Signs a first message to the clinic tells late, after the background, often written by
//! someone else (batch 128, session 23f in TRIAGE.md): the cord seen in labour, a person on
//! a bridge or a roof who wants to jump, the toilet paper not felt when wiping, a foot that
//! drops, a skin flap torn on a shin, a newborn's navel that oozes or smells, red urine,
//! thoughts of cutting oneself, purple skin with blisters, a headache like a blow from
//! inside. Each entry is a concept from `shared/CLINICAL-SOURCES.md`, in the languages it
//! is told in; tests in other words, with hard negatives, are in
//! `signs_a_first_message_buries_tests.rs`. No Dutch "blaren" and no French "urines" as
//! words here (French has the stem "urin*"): a word in the lexicon is never read as a
//! typo of another, and those two reach the "blasen" and "uriner" patterns by one typo
//! (written as words, they moved four corpus lines down).

use super::lexicon::Sig;

/// Findings a first message buries behind its background, in seven languages.
pub(crate) const SIGNS_A_FIRST_MESSAGE_BURIES: &[(Sig, &str)] = &[
    // -------------------------------------------------------- a cord seen in labour [MAT]
    (
        // The cord seen at the opening, told by what the partner sees ("man sieht die
        // Nabelschnur hängen"): cord prolapse, with the pregnancy rows an emergency.
        Sig::SomethingOut,
        pats![
            "see|seen|saw|showing|visible ~umbilical|the ~cord",
            "ve|veo|vemos|asoma ~cordon",
            "vois|voit|voyons|apercois ~cordon",
            "sieht|sehe|sehen ~nabelschnur",
            "nabelschnur ~hangen|sehen|sichtbar",
            "vede|vedo|vediamo ~cordone",
            "vejo|ve|vemos ~cordao",
            "zie|ziet|zien ~navelstreng",
        ],
    ),
    // ---------------------------------------- on a bridge or a roof, wanting to jump [MHF]
    (
        // Standing on a bridge, a roof or a ledge and wanting or threatening to jump: a
        // suicide attempt under way (NG225, MHF), whoever tells it.
        Sig::Suicidal,
        pats![
            "bridge|roof|ledge|balcony ~wants|going|threatening ~to ~jump",
            "puente|tejado|azotea|balcon|cornisa ~quiere|va|amenaza ~tirarse|saltar|lanzarse",
            "pont|toit|balcon|rebord ~veut|va|menace ~sauter|jeter",
            "brucke|dach|balkon ~springen|runterspringen ~will|wolle|mochte",
            "runterspringen|hinunterspringen|herunterspringen ~will|wolle|mochte",
            "ponte|tetto|balcone|cornicione ~vuole|minaccia ~buttarsi|lanciarsi|saltare",
            "ponte|telhado|varanda|parapeito ~quer|ameaca|vai ~pular|saltar|atirar|jogar",
            "brug|dak|balkon ~wil|dreigt ~springen",
        ],
    ),
    // ------------------------------------------ the toilet paper not felt [CES, NG59]
    (
        // Not feeling the paper when wiping: saddle numbness, told the way people notice it
        // (the English "toilet paper", the Spanish and the French are there already).
        Sig::SaddleNumb,
        pats![
            "!couldnt|cant|cannot|didnt ~feel ~paper ~wipe|wiped|wiping",
            "!spure|spurt|fuhle|fuhlt ~klopapier|toilettenpapier ~nicht",
            "!spure|spurt|fuhle|fuhlt ~nicht ~klopapier|toilettenpapier",
            "!non ~sento|sente ~carta ~pulisco|pulisce|pulirmi",
            "!nao ~sinto|sente ~papel ~limpo|limpa|limpar",
            "!voel|voelt ~wc|toiletpapier|papier ~niet ~afvegen|veeg|veegt",
        ],
    ),
    // --------------------------------------------------------------- a foot drop [NG59]
    (
        // A foot that drops and toes that cannot be lifted, with or without sciatica: a
        // nerve root losing its function, seen the same day.
        Sig::Weakness,
        pats![
            "foot ~drop|drops|dropping",
            "pied ~droit|gauche ~tombe",
            "!arrive|peux|peut ~plus|pas ~relever ~pied|orteils|pointe",
            "!puedo|puede ~levantar ~punta|dedos ~pie",
            "!kann ~fuss|zehen ~nicht ~anheben|heben|hochziehen",
            "fussheberschwache",
            "piede ~cadente",
            "!riesco|riesce ~alzare|sollevare ~punta|dita ~piede",
            "!consigo|consegue ~levantar ~ponta|dedos ~pe",
            "klapvoet",
            "!kan ~voet|tenen ~niet ~optillen|heffen",
        ],
    ),
    // ------------------------------------------- a skin flap torn on a shin [MTSwounds]
    (
        // A flap of skin torn up by a knock, the skin tear of older skin: closed or
        // dressed the same day, whether or not it still bleeds.
        Sig::Laceration,
        pats![
            "skin ~flap",
            "flap ~of ~skin",
            "colgajo ~piel|grande|enorme",
            "piel ~arrancada|despegada",
            "lambeau ~peau",
            "peau ~arrachee|decollee",
            "hautlappen",
            "haut ~abgerissen",
            "lembo ~pelle",
            "pelle ~strappata|staccata",
            "retalho ~pele",
            "pele ~arrancada",
            "huidflap",
            "huid ~losgescheurd|afgescheurd",
        ],
    ),
    // --------------------------------------------- a newborn's navel that oozes [NG143]
    (
        // The navel or the cord stump oozing, smelling or red around: an infection of the
        // stump (omphalitis), which spreads fast in a newborn.
        Sig::Infection,
        pats![
            "belly button|buttons ~oozing|weeping|smells|smelly|pus|redness",
            "navel|umbilicus|stump ~oozing|weeping|smells|smelly|pus|redness",
            "ombligo ~supura|huele|pus|enrojecido",
            "nombril ~suinte|sent|pus",
            "nabel|nabelschnurrest ~nasst|riecht|eitert|gerotet",
            "ombelico|moncone ~trasuda|puzza|pus|arrossato",
            "umbigo|coto ~cheira|secrecao|pus",
            "navel|navelstomp ~nat|ruikt|stinkt|pus|ontstoken",
        ],
    ),
    // -------------------------------------------------------------- red urine [BLEED]
    (
        // Urine that has turned red or bloody, told by its colour (the English is there):
        // blood in the urine, urgent on a blood thinner.
        Sig::Bleeding,
        pats![
            "urin* ~rouges|rouge|sanglantes",
            "orina|pis ~roja|sanguinolenta",
            "urin ~rot|blutig",
            "urina|pipi ~rossa|sanguinolenta",
            "urina|xixi ~vermelha|avermelhada",
            "urine|plas ~rood|roodgekleurd",
        ],
    ),
    // ---------------------------------------------- thinking of cutting oneself [NG225]
    (
        // Thinking of cutting or hurting oneself, with no act: thoughts of self-harm, the
        // same day. Only the words that cannot be a haircut ("se couper les cheveux").
        Sig::DarkThoughts,
        pats![
            "denkt|denke|gedanken ~daran|dran ~sich|mich ~ritzen|verletzen",
            "daran|dran ~denkt|denke ~sich|mich ~ritzen|verletzen",
            "sich|mich ~zu ~ritzen",
            "pense|penser|pensees ~scarifier|mutiler",
            "pensa|pensando|pensieri ~autolesionarsi",
            "pensa|pensando|pensamentos ~automutilar|mutilar",
            "denkt|denk|gedachten ~zichzelf ~snijden|krassen|beschadigen",
        ],
    ),
    // --------------------------------------------- purple skin with blisters [NF]
    (
        // Skin gone purple or violet with blisters: the dark skin of a necrotising
        // infection (the pain far beyond the wound is the row's other half).
        Sig::NecrotisingPain,
        pats![
            "plaques|taches|peau ~violettes|violette|violacee ~cloques|bulles",
            "manchas|piel ~moradas|violetas ~ampollas",
            "flecken|haut ~lila|violett|violette ~blasen",
            "macchie|pelle ~viola|violacee ~vesciche|bolle",
            "manchas|pele ~roxas|arroxeadas ~bolhas",
        ],
    ),
    // ------------------------------------- a headache like a blow from inside [NG228]
    (
        // "Like being hit with a bat from the inside": the thunderclap of a bleed round the
        // brain, told by its force (the head may be in the sentence before).
        Sig::ThunderclapHeadache,
        pats![
            "hit|struck|whacked ~bat|hammer|baseball ~inside",
            "como ~martillazo|mazazo|batazo ~dentro|cabeza|nuca",
            "como ~martelada|pancada ~dentro|cabeca|nuca",
            "als ~hamerslag|knuppel ~hoofd|achterhoofd|binnen",
        ],
    ),
];
