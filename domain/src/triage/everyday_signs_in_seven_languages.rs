//! Signs told in the everyday words of web chat and SMS (batch 117, session 22d in
//! TRIAGE.md), in the seven languages where the tables had only one or two of them. Every
//! pattern feeds a signal the presentation table already combines:
//! - a mouth that "barely opens" and swallowing "almost impossible" (trismus and
//!   dysphagia from a tooth: the dental rows) [SDCEP];
//! - lips "swelling up" and breathing "with a little noise" (the allergy rows: lip
//!   swelling with wheeze or stridor) and an auto-injector "jabbed" in French [RCUK];
//! - a fall "from the high chair / the bunk onto the head" with the furniture between the
//!   fall and the head (the head-injury rows) [HI];
//! - "tested positive" (a pregnancy test; a covid or flu test is hidden in
//!   `tests_pens_and_shows_not_signs.rs`), so faintness with pain is the ectopic row [NG126];
//! - the same-day line: a contraceptive injection or pill missed and sex without
//!   protection (emergency contraception); belly tightening "every 10 minutes" told count
//!   first (preterm contractions); "hardly feel kicks" (fewer movements) [MAT, GTG57];
//!   "only 2 wet nappies" (less urine, NG143 amber); a child who "won't put the foot
//!   down" (not weight-bearing) [NG143, consensus]; pain "moved from the navel down to the
//!   right" [APP]; the temple aching, combing the hair and chewing tiring the jaw (GCA)
//!   [EYE]; a toe "bright red and hot" (hot swelling); painkillers "nothing helps" for a
//!   toothache [SDCEP].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `everyday_signs_in_seven_languages_tests.rs`.

use super::lexicon::Sig;

/// Everyday words for signs the rows already combine.
pub(crate) const EVERYDAY_SIGNS_IN_SEVEN_LANGUAGES: &[(Sig, &str)] = &[
    (
        Sig::Trismus,
        pats![
            "mund|bouche|boca|bocca|mond|mouth ~geht|abre|ouvre|apre|gaat|opens ~kaum|apenas|peine|quasi|nauwelijks|barely|hardly",
            "!bekomme|krieg|kriegt ~mund ~kaum|nicht ~auf",
        ],
    ),
    (
        Sig::SwallowTrouble,
        pats!["schlucken|tragar|avaler|deglutire|ingoiare|engolir|slikken|swallowing ~fast|casi|presque|quasi|quase|bijna|almost ~unmoglich|imposible|impossible|impossibile|impossivel|onmogelijk"],
    ),
    (
        Sig::FaceSwelling,
        pats!["hinchando|hinchan|gonflent|schwellen|gonfiano|gonfiando|inchando|incham|zwellen|swelling ~labios|levres|lippen|labbra|lips"],
    ),
    (
        Sig::Wheeze,
        pats![
            "respira|respire|atmet|ademt|breathing|breathes ~con|avec|mit|met|com|with ~ruidito|ruido|ruidos|bruit|gerausch|gerauschen|rumore|barulho|geluid|noise",
            "respiracion|respiration|atmung|respiro|respiracao|ademhaling|breathing ~ruidosa|bruyante|laut|rumoroso|ruidosa|barulhenta|luidruchtig|noisy",
        ],
    ),
    (
        Sig::AdrenalineGiven,
        pats!["pique|piquer|utilise|injecte ~epipen|anapen|jext|emerade|adrenaline", "pique|utilise|injecte ~stylo ~adrenaline|epipen"],
    ),
    (
        Sig::HeadInjury,
        pats![
            "tombe|tombee ~chaise|lit|table|canape|toboggan|escalier ~sur ~tete",
            "cayo|cayo ~silla|cama|mesa|sofa|tobogan|escalera ~cabeza",
            "gefallen|gesturzt ~stuhl|hochstuhl|bett|tisch|sofa|rutsche|treppe ~auf ~kopf",
            "caduto|caduta ~seggiolone|sedia|letto|tavolo|divano|scivolo|scale ~testa",
            "caiu ~cadeira|cama|mesa|sofa|escorrega|escada ~cabeca",
            "gevallen ~kinderstoel|stoel|bed|tafel|bank|glijbaan|trap ~op ~hoofd",
            "fell ~chair|highchair|bed|table|sofa|slide|stairs ~on|onto ~head",
        ],
    ),
    (
        Sig::Pregnancy,
        pats![
            "positiv|positief|positive ~getestet|getest|tested",
            "getestet|tested ~positiv|positive",
        ],
    ),
    (
        Sig::EmergencyContraception,
        pats![
            "!relaciones|rapport|rapports|sex|verkehr|rapporti|relacoes|seks ~sin|sans|ohne|senza|sem|zonder ~proteccion|protection|preservatif|kondom|verhutung|protezione|preservativo|protecao|camisinha|condoom|condon",
            "unprotected ~sex",
        ],
    ),
    (
        Sig::Contractions,
        pats!["alle|toutes|cada|ogni|elke|every ~#2 ~min|mins|minuten|minutes|minutos|minuti ~zieht|hart|durcit|endurece|indurisce|endurece|hard|tightens|tight"],
    ),
    (
        Sig::FetalMovement,
        pats!["spur|spure|sens|siento|sento|sinto|voel|feel ~kaum|peu|poco|pochi|poucos|nauwelijks|hardly|barely ~tritte|bewegungen|coups|mouvements|patadas|movimientos|calci|movimenti|chutes|movimentos|schopjes|bewegingen|kicks|movements"],
    ),
    (
        Sig::LessUrine,
        pats![
            "erst|nur|alleen|only ~#1 ~nasse|natte|wet ~windeln|luiers|nappies|diapers",
            "!seulement|que|solo|apenas ~#1 ~couches|panales|pannolini|fraldas ~mouillees|mojados|bagnati|molhadas",
        ],
    ),
    (
        Sig::NoWeight,
        pats![
            "!veut|veux|peut ~plus|pas ~poser|mettre ~pied|jambe",
            "!no ~quiere ~apoyar|pisar ~pie|pierna",
            "!will|mag ~nicht ~auftreten", "!fuss ~nicht ~aufsetzen|belasten",
            "!non ~vuole ~appoggiare ~piede|gamba",
            "!nao ~quer ~apoiar|pisar ~pe|perna",
            "!wil ~niet ~staan|steunen ~op ~voet|been",
            "!wont|doesnt ~put ~weight|foot ~on|down",
        ],
    ),
    (
        Sig::RightLowerPain,
        pats![
            "fue|paso|bajo|corrio ~abajo ~derecha", "descendue|descendu|partie|passee|deplacee ~vers|en ~bas ~droite",
            "gewandert|gezogen ~rechts ~unten", "spostato|spostata|sceso|scesa ~basso ~destra", "desceu|passou|mudou ~baixo ~direita",
            "verplaatst|gezakt|getrokken ~rechts ~onder", "moved|shifted|spread ~down|lower ~right",
        ],
    ),
    (
        Sig::GiantCellArteritis,
        pats![
            "duele|duelen ~sien|sienes",
            "duele|dolor|mal|weh|male|dor|pijn|hurts ~peinarse|peinar|peigner|kammen|pettinare|pettinarsi|pentear|comb|combing",
            // Tired while chewing (claudication), not on waking after clenching at night.
            "masticar|mastiquer|macher|kauen|masticare|mastigar|kauwen|chewing|chew ~cansa|fatigue|ermudet|stanca|cansa|moe|tires|tired",
            "mandibula|machoire|kiefer|mascella|maxilar|kaak|jaw ~cansa|cansada|fatigue|mude|stanca|cansado|moe|tires|tired ~masticar|mastiquer|macher|kauen|masticare|mastigar|kauwen|chewing|chew|eating",
        ],
    ),
    (
        Sig::HotSwelling,
        pats![
            "knallrot|feuerrot|hochrot|vuurrood ~heiss|warm|heet", "rouge ~vif ~chaud|chaude", "rojo|roja ~vivo|viva ~caliente",
            "rosso ~fuoco ~caldo|calda", "vermelho|vermelha ~vivo|viva ~quente", "bright ~red ~hot|warm",
        ],
    ),
    (
        Sig::AnalgesiaFailing,
        pats![
            "doliprane|dafalgan|efferalgan|ibuprofene|ibu|antidouleur ~rien ~fait",
            "ibuprofeno|paracetamol|nolotil ~no ~me ~hace ~nada",
            "ibuprofen|paracetamol|schmerzmittel|ibu ~hilft|bringt ~nix|nichts",
        ],
    ),
];
