//! Red flags told by older people with long-term conditions and by those who care for
//! them (batch 96, session 18c in TRIAGE.md): a heart device that fires again and again,
//! bleach drunk by someone with dementia who now coughs, bowel seen through an opened
//! wound, blood brought up by the mugful, a pain that squeezes behind the breastbone,
//! gasping, seeing people who are not there, pink urine on a blood thinner. Carers tell
//! what they see, not the sign's name. Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md`; the combinations are in `presentations.rs`, tests in
//! other words in `chronic_care_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts in the words of older people and carers.
pub(crate) const CHRONIC_CARE_RED_FLAGS: &[(Sig, &str)] = &[
    (
        // An implanted defibrillator that fired more than once, or keeps firing: an
        // electrical storm (BHF/ESC device advice: two or more shocks in a day, call 999;
        // one shock and well, the clinic the same day) [consensus].
        Sig::DeviceShocks,
        pats![
            "defibrillator|defib|icd ~gone|went|going|fired|shocked|shock|shocks|zapped ~twice|again|several|repeatedly|times|#2",
            "defibrillator|defib|icd ~keeps ~going|firing|shocking|zapping",
            "shocked|zapped ~twice|again|repeatedly|#2 ~times ~by ~his|her|my|the ~defibrillator|defib|icd",
            "desfibrilador|dai ~descarga|descargas|disparado|saltado ~dos|varias|otra ~veces|vez",
            "desfibrilador|dai ~dado|dio|da|dispara ~descarga|descargas|choques ~dos|varias|otra|mas ~veces|vez",
            "defibrillateur ~choc|chocs|declenche ~deux|plusieurs|encore ~fois",
            "defibrillator|defi ~ausgelost|geschockt|schocks|schock ~zweimal|mehrmals|wieder",
            "defibrillatore ~scarica|scariche|scattato|scattata ~due|piu|ancora ~volte",
        ],
    ),
    (
        // Something pink or red poking out of an opened wound after a belly operation:
        // the bowel through a burst wound (evisceration), an emergency [MTS; NG125].
        Sig::OrganOut,
        pats![
            "wound|cut|scar|incision|stitches ~open|opened|split|burst ~pink|red|bowel|gut|guts|intestine|something ~poking|sticking|coming|hanging|bulging ~out",
            "herida|cicatriz ~abierto|abierta|abrio ~algo|rosa|tripa|intestino ~sale|saliendo|asoma",
            "plaie|cicatrice ~ouverte|ouvert ~quelque|rose|intestin ~sort|depasse",
            "wunde|narbe ~offen|aufgegangen ~rosa|darm|etwas ~raus|heraus|schaut",
            "ferita|cicatrice ~aperta ~qualcosa|rosa|intestino ~esce|fuori",
        ],
    ),
    (
        // A large amount told by the vessel it fills ("a mugful", "una taza"): with
        // blood brought up, a large upper GI bleed (the presentation table) [BLEED].
        Sig::LargeVolume,
        pats![
            "mugful|cupful|bowlful|glassful", "a|half ~mug|cup|bowl|glass|pint ~of|full",
            "una|media ~taza|vaso|tazon", "un|une|demi ~verre|tasse|bol", "eine|halbe ~tasse|glas ~voll",
            "una|mezza ~tazza|bicchiere",
        ],
    ),
    (
        // Bringing up blood: the lay words for vomited or coughed blood [BLEED].
        Sig::BloodFromMouth,
        pats!["bringing|brought ~up ~blood|bloody"],
    ),
    (
        // A pain that squeezes or presses behind the breastbone: cardiac chest pain in
        // the words the lexicon lacked ("douleur qui serre derrière le sternum") [CG95].
        Sig::ChestPain,
        pats![
            "pain|pressure|squeezing|tightness|tight|crushing ~behind ~my|the|her|his ~breastbone|sternum",
            "douleur|serre|serrement|oppression|pression ~derriere ~le ~sternum",
            "dolor|opresion|presion|aprieta ~detras ~del ~esternon",
            "schmerz*|druck|drueckt|druckt|enge ~hinter ~dem ~brustbein",
            "dolore|stringe|peso|oppressione ~dietro ~lo ~sterno",
        ],
    ),
    (
        // Gasping for air in German ("japst", "ringt nach Luft") [BTS: too breathless].
        Sig::Breathing,
        // Not "japsen": one typo from a surname ("Janssen").
        pats!["japst|japste", "ringt|ringe|rang ~nach ~luft", "schnappt ~nach ~luft"],
    ),
    (
        // Ending it told of someone else in Italian ("ha detto che la fa finita"): dark
        // thoughts, which a plan with a time or the means at hand lifts [NG225]. Not the
        // first person: "la faccio finita con questo lavoro" is being done with a job.
        Sig::DarkThoughts,
        pats!["la ~fa|fara|vuole ~finita", "vuole ~farla ~finita"],
    ),
    (
        // Seeing people or animals that are not there: new hallucinations in an older
        // person, with dementia or Parkinson's, are delirium or a medicine's effect until
        // shown otherwise, a same-day look [NG51; CG103].
        Sig::Psychosis,
        pats![
            "!seeing|sees|saw|seen ~things|people|cats|dogs|animals|children|kids|men|someone|insects|bugs ~arent|werent|isnt|wasnt ~there",
            "!seeing|sees|saw|seen ~things|people|cats|dogs|animals|children|kids|men|someone|insects|bugs ~not ~there",
            "!vede|vedo|vedeva ~persone|gente|cose|animali|gatti|bambini ~che ~non ~ci ~sono|erano",
            "!ve|veo|veia ~personas|gente|cosas|animales|gatos|ninos ~que ~no ~estan|hay|existen",
            "!voit|vois|voyait ~des ~gens|personnes|choses|animaux|chats|enfants ~qui ~ne ~sont|existent ~pas",
            "!sieht|sehe|sah ~leute|menschen|dinge|tiere|katzen|kinder ~die ~nicht ~da",
        ],
    ),
    (
        // Pink or red urine: blood in it, with a blood thinner a same-day look [BLEED].
        Sig::Bleeding,
        pats![
            "pink|red|bloody|rosy wee|pee|urine|piss",
            "wee|pee|urine pink|red|bloody|blood",
            "pipi|urine* rose|rouge|sang",
            "orina|pis|pipi rosa|roja|rojo|sangre",
            "urin|pipi rosa|rot|blutig", "pipi|urina rosa|rossa|sangue",
        ],
    ),
    (
        // Talking nonsense, in the forms the lexicon lacked: new confusion [NG51].
        Sig::Confusion,
        pats![
            "hablando|diciendo ~cosas ~sin ~sentido",
            "parla|dice|parlando|dicendo ~cose ~senza ~senso",
            "redet|spricht ~wirr|wirres|unsinn",
            "raconte|dit|parle ~des ~choses ~sans ~sens",
        ],
    ),
    (
        // Coughing, or a mouth or throat that burns: with a caustic swallowed, the airway
        // or gullet is hurt (the presentation table combines it) [POIS].
        Sig::CausticHarm,
        pats![
            "coughing|cough|coughs|coughed|choking|chokes|spluttering",
            "mouth|throat ~burning|burns|burnt|stinging",
            "tose|tosiendo|toser|atraganta", "arde|quema|ardor ~la ~boca|garganta",
            "tousse|toussant", "brule|brulure ~la|a ~la ~bouche|gorge",
            "hustet|husten", "brennt|brennen ~mund|hals", "tossisce|tosse", "brucia|bruciore ~bocca|gola",
        ],
    ),
    (
        // Missed dialysis told as not going ("no fue ayer", "didn't go yesterday"); the
        // rules read it only with dialysis named [consensus].
        Sig::MissedSession,
        pats![
            "!didnt|couldnt ~go|make ~yesterday|today|friday|monday|wednesday",
            "!did|could ~not ~go|make ~yesterday|today|friday|monday|wednesday",
            "!no ~fue|fui ~ayer|hoy", "!no ~pudo ~ir ~ayer|hoy", "!no ~fue|fui ~a ~dialisis|sesion",
            "!n ~est|suis ~pas ~alle|allee ~hier", "!nicht ~hingegangen|gegangen|hin",
            "!non ~e|sono ~andato|andata ~ieri",
        ],
    ),
    (
        // No strength in the legs: weakness [consensus].
        Sig::Weakness,
        pats!["!no ~tiene|tengo ~fuerza ~en ~las ~piernas", "!keine ~kraft ~in ~den ~beinen", "!n ~a ~plus ~de ~force ~dans ~les ~jambes"],
    ),
    (
        // Thirst, or ketones not checked ("no ketone strips", "chetoni non li ho
        // misurati"): with a glucose of 15 mmol/L (270 mg/dL) or more, the sick-day rules
        // ask for a same-day look (the presentation table) [DKA].
        Sig::HighSugarSign,
        pats![
            "thirsty|thirst", "!no|not|cant|cannot|havent ~ketone|ketones ~strips|meter|checked|tested|measured",
            "!ketone|ketones ~not ~checked|tested|measured", "!cant|cannot|couldnt ~test|check|measure ~ketone|ketones",
            "sed|sediento|sedienta",
            "!cetonas ~sin ~medir|tiras", "!no ~tengo ~tiras ~cetonas", "soif|assoiffe|assoiffee",
            "!cetones|cetonemie ~pas ~mesure|mesuree|mesures|verifie", "!pas ~de ~bandelettes ~cetones",
            "durst|durstig", "!keton|ketone ~nicht ~gemessen|getestet", "!keine ~ketonstreifen|keton",
            "sete|assetato|assetata", "!chetoni ~non ~misurati|misurato|li ~ho|controllati",
        ],
    ),
    (
        // A wound leaking yellow or green: infection of a wound [NG125].
        Sig::Infection,
        pats![
            "leaking|oozing|weeping|draining|seeping ~yellow|yellowy|yellowish|green|greeny|greenish|cloudy",
            "sale|saliendo|supura ~liquido ~amarillo|verde", "coule|suinte ~jaune|verdatre",
            "nasst|naesst|nassen ~gelb|gelblich|grun|gruen", "esce|cola ~liquido ~giallo|verde|giallastro",
        ],
    ),
    (
        // Cannot put weight on a leg after a fall: a same-day look for a fracture [BOAST].
        Sig::NoWeight,
        pats![
            "!cant|cannot|unable|couldnt ~put|take|bear ~weight", "!kann ~nicht ~auftreten|belasten",
            "!no ~puede|puedo ~apoyar ~peso",
        ],
    ),
    (
        // Someone else's tablets taken or given by mistake (a carer's or care home's
        // error): poisons advice the same day [POIS].
        Sig::Ingested,
        pats![
            "by ~mistake|accident ~gave|given|took|taken ~tablets|pills|meds|medication|medicine",
            "gave|given|took|taken ~tablets|pills|meds|medication ~by ~mistake|accident",
            "wrong ~tablets|pills|meds|medication ~gave|given|took|taken",
            "gave|given|took|taken ~wrong|someone|somebody ~tablets|pills|meds|medication|else*",
            "versehen ~tabletten|*tabletten|medikamente ~gegeben|genommen", "falschen ~tabletten|medikamente",
            "dado|di|dio ~por ~error|equivocacion ~pastillas|medicacion|medicamentos",
            "donne ~par ~erreur ~medicaments|comprimes|cachets", "dato|data ~per ~sbaglio ~pastiglie|compresse|farmaci|medicine",
        ],
    ),
    (
        // A blood test is not bleeding ("zum Blut abnehmen", "prise de sang"); the blood
        // inside the phrase is hidden.
        Sig::Benign,
        pats![
            "blut ~abnehmen", "blutabnehmen", "sacar|sacarme ~sangre", "prise ~de ~sang",
            "prelievo ~di ~sangue", "blood ~taken|draw",
        ],
    ),
];
