//! Red flags and urgent signs told in the words lay people type on phones in Spanish,
//! French and German (and the other languages where the words are cheap), found by
//! blind batch 85 (session 16c in TRIAGE.md): a crooked mouth, a fit told as shaking
//! and not answering, a child's "huevito" that hurts, a finger "hanging half off", a pot
//! of hot water spilled on a child, an old man found on the floor, a cut that gapes, a
//! heart that races unevenly. Each entry is a concept, in the syntax of
//! [`super::matcher`]; tests in `lay_phone_signs_tests.rs`, in other words than the
//! batch, with hard negatives.

use super::lexicon::Sig;

/// Findings, contexts and cue-swallowers added from batch 85.
pub(crate) const LAY_PHONE_SIGNS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------- stroke [FAST]
    (
        // The face gone crooked, in the lay words ("so nen schiefen Mund", "la boca
        // chueca"). One arm or leg that cannot be felt ("no siente el brazo izq") was
        // tried and taken out: it moved an emergency of a held-out set to urgent.
        Sig::Stroke,
        pats![
            "schief|schiefe|schiefen|schiefer|schiefes ~mund|gesicht|lacheln", "mund|gesicht|mundwinkel ~ganz ~schief",
            "boca|cara ~chueca|torcida|ladeada|caida", "bocca|faccia ~storta|storto|cadente", "boca|cara ~torta|caida|entortada",
            "bouche|visage ~tordue|tordu|de ~travers", "scheve|scheef ~mond|gezicht",
        ],
    ),
    // ------------------------------------------------------------ seizure [EPI]
    (
        // Shaking all over and not answering: a fit told by what was seen.
        Sig::Seizure,
        pats![
            "!temblando|tiembla|temblaba|sacudiendo|sacude ~todo ~cuerpo ~no ~contesta|responde|reacciona",
            "!tremble|tremblait|secoue ~tout ~corps ~repond|reagit ~pas|plus",
            "!zittert|zitterte|zuckt|zuckte ~ganzen ~korper ~reagiert|antwortet ~nicht|nich",
            "!trema|tremava ~tutto ~non ~risponde|reagisce", "!tremendo|treme|tremia ~corpo ~todo|inteiro ~nao ~responde|reage",
            "!trilt|trilde|schokt|schokte ~helemaal|lichaam ~reageert ~niet", "!shaking|jerking ~all ~over ~not ~responding|answering",
        ],
    ),
    // ----------------------------------------------------- testicular torsion [TT]
    (
        // A child's or a man's testicle in the family words: "un huevito", "une
        // couille", "das Ei", "una palla", "um ovo", with the pain a few words before.
        Sig::Testicle,
        pats![
            "dolor|duele|dolorcito|molestia ~huevito|huevitos|bolita|bolitas", "dolor|duele ~en ~un|el ~huevo|testiculo",
            "mal|douleur ~couille|couilles|testicule|bourses", "schmerz*|weh ~im ~ei|sack|hoden", "tut ~ei|hoden ~weh",
            "dolore|male ~una|alla ~palla|testicolo", "dor|doi ~no|num ~ovo|saco|testiculo", "pijn ~in ~zijn|mijn ~bal|zak",
        ],
    ),
    // ------------------------------------------------------- after tonsils [ENT]
    (
        // The tonsils taken out, told with the verb first ("le quitaron las amigdalas").
        // Not "operated": a pattern starting with it would take the word from the
        // procedure context of every other operation.
        Sig::Tonsillectomy,
        pats![
            "quitaron|sacaron|quitado|sacado ~amigdalas|anginas", "enleve|enlevees|retire|retirees ~amygdales",
            "tolto|tolte|tolti ~tonsille", "tirou|tiraram|tirado ~amigdalas|amidalas",
            "mandeln ~rausgenommen|rausgemacht|entfernt", "amandelen ~geknipt|gehaald|verwijderd",
        ],
    ),
    // ------------------------------------------------ ectopic pregnancy [NG126]
    (
        // Pain that climbs into the shoulder ("qui monte dans l'épaule").
        Sig::ShoulderTip,
        pats![
            "monte|remonte|irradie|part ~dans|vers ~epaule", "sube|va|irradia|pasa ~al|hacia|hasta ~hombro",
            "zieht|strahlt|geht ~in ~die ~schulter", "sale|va|arriva|si ~irradia ~spalla", "sobe|vai|irradia ~ombro",
            "trekt|straalt ~naar|in ~schouder",
        ],
    ),
    // ---------------------------------------------------------- abdomen [APP, MTS]
    (
        // Tearing pain, the word for an aortic dissection or a leaking aneurysm.
        Sig::Severe,
        pats![
            "dechirante|dechirant|desgarrador|desgarradora|reissend|reissende|reissenden|lacerante|straziante|dilacerante",
            "scheurend|scheurende|tearing|ripping",
        ],
    ),
    (
        // "Il est tout pâle", "está blanco como la pared": pallor told by a bystander.
        Sig::SkinColour,
        pats!["tout|toute|tres ~pale|blanc|blanche|gris|grise", "blanco|blanca|palido|palida ~como ~pared|papel", "kreidebleich|leichenblass"],
    ),
    // ------------------------------------------------------------------ burns [MTS]
    (
        // A pot, kettle or cup of something hot spilled on someone: a scald without the word.
        Sig::Burn,
        pats![
            "renverse|renversee|tombe ~casserole|bouilloire|marmite", "casserole|bouilloire|marmite ~eau ~sur",
            "cayo|tiro|volco|echo ~encima ~olla|cazo|cacerola", "olla|cazo|cacerola|hervidor ~encima|volco|cayo",
            "volco|tiro|echo ~taza|tazon|olla|cazo ~cafe|te|caldo|sopa|leche ~encima",
            "verbruhung|verbruhungen|verbruht|verbrueht", "teewasser|kaffeewasser|nudelwasser ~uber|auf|arm|bein|brust|bauch",
            "umgekippt|umgeworfen|runtergezogen ~topf|wasserkocher", "topf|wasserkocher ~umgekippt|umgeworfen|runtergezogen",
            "rovesciato|rovesciata|caduta ~pentola|bollitore", "derramou|derrubou|virou|caiu ~panela|chaleira",
            "omgegooid|omgestoten ~pan|waterkoker", "spilled|knocked|pulled ~kettle|pan|pot ~over|onto|on",
        ],
    ),
    (
        // Blisters over a large part of the body ("cloques sur une grande surface").
        Sig::LargeArea,
        pats!["grande ~surface|partie", "gran ~parte|superficie|zona", "grosse|grossen ~flache|stelle", "grande ~parte|superficie|area", "grote ~plek|oppervlakte"],
    ),
    // ------------------------------------------------------------- collapse [MTS]
    (
        // Someone found on the floor, perhaps since the night before: a collapse or a
        // long lie (cold, muscle breakdown), by the words of the one who found them.
        Sig::Unconscious,
        pats![
            "l|le|la ~a|avons|ai|ont ~trouve|trouvee|retrouve|retrouvee ~par ~terre", "l|le|la ~a|avons|ai|ont ~trouve|trouvee|retrouve|retrouvee ~au ~sol",
            "lo|la ~encontre|encontramos|encontraron|hallamos ~tirado|tirada|suelo|piso", "encontrado|encontrada ~tirado|tirada|en ~el ~suelo|piso",
            "am|auf ~dem ~boden ~gefunden|aufgefunden|liegend", "liegend ~gefunden|aufgefunden",
            "trovato|trovata ~a|per ~terra", "encontrei|encontramos|encontrado|encontrada ~no ~chao", "op ~de ~grond|vloer ~gevonden|aangetroffen",
        ],
    ),
    // -------------------------------------------------------- amputation [BLEED, MTS]
    (
        // A finger or a limb cut off or hanging: heavy bleeding and a part to save.
        Sig::Haemorrhage,
        pats![
            "hangt ~nur ~noch ~halb|dran", "abgetrennt|abgeschnitten|ab ~finger|daumen|zeh|fingerkuppe", "finger|daumen|fingerkuppe ~abgetrennt|ab|weg",
            "dedo|pulgar|punta ~cortado|cortada|colgando|amputado|amputada|arrancado", "colgando ~dedo|pulgar", "corto|corte|arranco ~punta ~dedo",
            "doigt|pouce|bout ~coupe|coupee|sectionne|arrache|pend|pendouille", "dito|pollice|punta ~tagliato|tagliata|staccato|amputato|penzola",
            "dedo|polegar|ponta ~decepado|cortado|arrancado|pendurado", "vinger|duim|topje ~eraf|afgezaagd|afgesneden|hangt",
            "cut|chopped|sawed|sliced ~off ~finger|thumb|tip|toe", "finger|thumb|tip|toe ~cut|chopped|sawed|sliced|hanging ~off",
        ],
    ),
    // ------------------------------------------------------------ airway [RCUK]
    (
        // A throat closing up ("ma gorge se resserre", "se me cierra la garganta").
        Sig::Breathing,
        pats![
            "gorge ~se ~resserre|ferme|bouche", "se ~me|le ~cierra|esta ~cerrando ~garganta", "garganta ~se ~cierra|cerrando|esta ~cerrando",
            "hals|kehle ~schnurt|zieht ~sich ~zu", "hals|kehle ~geht|wird ~zu", "gola ~si ~chiude|stringe|sta ~chiudendo",
            "garganta ~fechando|fecha|esta ~fechando", "keel ~zit|gaat|wordt ~dicht", "throat ~closing|closes|closed ~up",
        ],
    ),
    // ---------------------------------------------------------- wounds [MTS, BLEED]
    (
        // A cut that gapes or needs stitching, even when it has stopped bleeding.
        Sig::WoundOpen,
        pats![
            "se ~abre ~cuando|al ~muevo|mover|mueve", "hacen|hace|haran ~falta ~puntos", "necesita|necesito|hay ~que ~coser|dar ~puntos",
            "ca ~baille|bailler|baillait", "faut|faudrait ~des ~points", "plaie|entaille|coupure ~beante",
            "klafft|klaffend|klaffende", "muss ~genaht|geklebt ~werden", "geht ~auf ~wenn ~bewege",
            "va|vanno ~cucita|cucito|suturata|ricucita", "ferita|taglio ~aperta|aperto ~quando ~muovo",
            "precisa|preciso ~levar ~pontos", "moet ~gehecht|geniet", "gaapt|gapende ~wond|snee",
            "needs|need ~stitching|stitched|gluing|glued", "gaping|gapes ~open|wound|cut",
        ],
    ),
    // ------------------------------------------------------------ self-harm [NG225]
    (
        // Cutting themselves told as a habit ("se está cortando los brazos"): urgent
        // even when they say they do not want to die.
        Sig::DarkThoughts,
        pats![
            "se ~esta ~cortando|quemando", "se ~corta|cortaba|cortan ~los|las ~brazos|piernas|munecas|muslos",
            "se ~coupe|coupait|mutile|mutilait ~les ~bras|poignets|cuisses", "se ~taglia|tagliava ~braccia|polsi|cosce",
            "se|si ~corta|cortava|cortando ~bracos|pulsos|pernas", "snijdt|sneed ~zichzelf|armen|polsen", "schneidet|ritzt ~sich ~arme|unterarme|beine",
        ],
    ),
    // ------------------------------------------------------- hearing [ENT]
    (
        // Hearing gone in one ear, told with the ear after the verb ("hör ich auf dem
        // rechten Ohr fast nix mehr").
        Sig::SuddenDeafness,
        pats![
            "!hor|hore|horen ~ohr ~nix|nichts|kaum", "!ohr ~hor|hore ~nix|nichts|kaum",
            "!oigo|oye|escucho ~nada ~oido", "!entends|entend ~plus|rien ~oreille", "!sento|sente ~niente|nulla ~orecchio",
            "!ouco|ouve|escuto ~nada ~ouvido", "!hoor|hoort ~niks|niets ~oor",
        ],
    ),
    // ------------------------------------------------------ retinal detachment [EYE]
    (
        // A dark curtain that rises or falls across the sight, told with long gaps.
        Sig::VisionChange,
        pats![
            "rideau|voile ~noir|sombre|gris ~monte|remonte|descend|avance", "cortina|sombra ~negra|oscura ~sube|baja|avanza",
            "vorhang|schatten ~schwarz|schwarzer|dunkler ~kommt|zieht|schiebt", "tenda|ombra ~nera|scura ~sale|scende|avanza",
            "cortina|sombra ~preta|escura ~sobe|desce|avanca", "gordijn|schaduw ~zwart|zwarte|donker ~komt|schuift",
        ],
    ),
    // ------------------------------------------------------ more lay words, urgent line
    (
        // Spitting blood in the past tense, as "escupiendo sangre" and "spitting blood"
        // already are: a tonsil bleed asked "is that normal?" is still a report.
        Sig::BloodFromMouth,
        pats!["escupio|escupi|escupia|escupe|escupo ~sangre", "spat ~blood", "spat|spit|spits ~out ~blood"],
    ),
    (
        // "D'un coup", "de golpe", "auf einmal": all at once.
        Sig::Sudden,
        pats!["d ~un ~coup", "tout ~d ~un ~coup", "de ~golpe|repente", "auf ~einmal", "all ~improvviso", "de ~repente|supetao", "ineens|opeens"],
    ),
    (
        // Feeling the baby move less, the verb before the baby [GTG57].
        Sig::FetalMovement,
        pats!["sens|sent|siento|spure|sento|sinto|voel ~moins|menos|weniger|meno|minder ~bouger|moverse|mover|bewegen|muovere|mexer ~bebe|baby|bimbo|bambino|nene"],
    ),
    (
        // A bite told with the verb: "m'a mordu le mollet", "hat mich gebissen".
        Sig::AnimalBite,
        pats![
            "m|l ~a ~mordu|mordue", "perro|gato|chucho|perrito ~me|le|la|lo ~mordio", "hund|katze|pferd ~hat ~mich|ihn|sie|ihm ~gebissen",
            "mi|l ~ha ~morso|morsa", "cachorro|cao|gato ~me|o|a ~mordeu", "hond|kat ~heeft ~mij|me|hem|haar ~gebeten",
        ],
    ),
    (
        // "Pas capable de mettre du poids dessus" (Quebec), "kann kaum auftreten".
        Sig::NoWeight,
        pats!["!pas ~capable|capables ~mettre|poser ~poids|pied", "!capable|capables ~mettre|poser ~poids|pied", "!kann ~nicht|nich|kaum ~auftreten|belasten|drauf ~stehen", "!no ~puede|puedo ~pisar|apoyar"],
    ),
    (
        // "Wirkt anders als sonst", "no es el mismo de siempre": a family that notices.
        Sig::ChangedBehaviour,
        pats!["anders ~als ~sonst", "pas ~comme ~d ~habitude|hab", "no ~es ~el|la ~mismo|misma", "nao ~e ~o|a ~mesmo|mesma", "is ~zichzelf ~niet"],
    ),
    (
        // Shingles in the lay words, so the eye rule can see it.
        Sig::Shingles,
        pats!["culebrilla", "herpes ~frente|ojo|parpado|sien", "zona ~front|oeil|paupiere", "gurtelrose ~stirn|auge|lid", "fuoco ~di ~sant ~antonio", "cobreiro", "gordelroos ~oog|voorhoofd"],
    ),
    (
        // Pus running from an ear: an ear infection to look at today [MTS].
        Sig::Infection,
        pats![
            "coule|sort ~jaune|pus ~oreille", "sale|supura ~pus|amarillo ~oido|oreja", "oido|oreja ~supura|pus",
            "eiter ~aus ~ohr", "ohr ~eitert|lauft ~gelb|eiter", "esce ~pus ~orecchio", "sai|escorre ~pus ~ouvido", "pus ~uit ~oor",
        ],
    ),
    (
        // Redness that went past the line drawn on it: spreading cellulitis [NG141].
        Sig::Worse,
        pats![
            "paso|pasa|pasado ~raya|linea|marca|trazo", "depasse|deborde ~trait|ligne|marque", "uber ~linie|markierung ~hinaus",
            "supera|superato|oltre ~linea|segno", "passou ~linha|marca|risco", "over ~lijn|streep", "past|beyond ~line|mark",
        ],
    ),
    (
        // A broken or lost pen and no other: insulin gone as surely as run out.
        Sig::RanOut,
        pats![
            "!en ~ai ~pas ~d ~autre", "!no ~tengo ~otro|otra", "!keinen ~anderen|ersatz", "!non ~ho ~altra|altro|altre", "!nao ~tenho ~outra|outro",
            "stylo|pen|boli|penna|caneta ~casse|cassee|kaputt|roto|rota|rotta|rotto|quebrado|quebrada|stuk",
        ],
    ),
    // ------------------------------------------------- cue-swallowers (hard negatives)
    (
        // "Ya no duerme", "schläft gar nicht mehr": a new sleeplessness, not something
        // that has passed.
        Sig::Neutral,
        pats![
            "schlaft|schlafe|schlaeft ~gar|kaum ~nicht|nich ~mehr", "ya ~no ~duerme|duermo", "dort|dors ~plus",
            "non ~dorme|dormo ~piu", "nao ~dorme|durmo ~mais", "slaapt|slaap ~niet ~meer",
        ],
    ),
    (
        // "Krampfartige Schmerzen" are cramps, not a fit; "no le veo sentido" is about
        // meaning, not sight.
        Sig::Benign,
        pats!["krampfartig|krampfartige|krampfartigen|krampfartiger", "!no ~le ~veo|encuentro ~sentido", "!no ~le ~veo|encuentro ~sentido ~a ~nada|nadie", "!vois ~pas|plus ~le ~sens"],
    ),
];
