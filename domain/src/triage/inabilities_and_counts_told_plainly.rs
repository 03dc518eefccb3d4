//! What a person can no longer do, and counts of hours, told plainly without calling
//! them bad (session 24b):
//! - an everyday task managed before and now not without stopping or sitting down (the
//!   stairs, the walk to the kitchen): new breathlessness or weakness on exertion, a
//!   same-day look [NG51 amber: loss of function; BTS]; with chest pain or a one-sided
//!   weakness the rows for those already make it an emergency;
//! - a sentence the person could not finish for breath [BTS: acute severe asthma];
//! - an arm that will not lift on one side [FAST];
//! - hours without passing urine: 18 or more an emergency, 12 or more a same-day look
//!   [NG51]; hours since a baby fed (under 3 months an emergency, `presentations.rs`)
//!   [NG143].
//!
//! Tests, in other words than any batch, with hard negatives (a knee that stops the
//! stairs for years, a fast for a blood test, a sentence in a letter), are in
//! `inabilities_and_counts_told_plainly_tests.rs`.

use super::lexicon::Sig;

pub(crate) const INABILITIES_AND_COUNTS_TOLD_PLAINLY: &[(Sig, &str)] = &[
    (
        Sig::BreathlessOnATask,
        pats![
            "!cant|cannot|couldnt ~get|go|walk|climb|manage ~up ~stairs|stair|hill ~without ~stopping|stop|resting|rest|sitting|breath|break",
            "!cant|cannot|couldnt ~climb|manage|do ~stairs|stair|hill ~without ~stopping|stop|resting|rest|sitting|breath|break",
            "had|have|has ~to ~sit|stop ~halfway ~kitchen|stairs|toilet|bathroom|landing|hall|car|shop",
            "halfway ~up ~stairs ~stop|stopped|sit|sat|rest|breath",
            "!no ~puedo|puede|podia ~subir ~escaleras|escalera|cuesta ~sin ~parar|pararme|pararse|descansar|ahogarme|sentarme",
            "tuve|tengo|tiene|tuvo ~que ~sentarme|sentarse|pararme|pararse ~mitad ~camino|pasillo|escalera|cocina",
            "!arrive|peux|peut ~plus|pas ~monter ~escalier|escaliers|marches ~sans ~arreter|pause|souffler|reprendre",
            "du|dois|doit ~asseoir|arreter ~milieu|moitie ~chemin|couloir|escalier|cuisine",
            "!schaffe|schafft ~treppe|treppen ~nicht ~mehr|ohne ~pause",
            "!komme|kommt ~treppe|treppen ~nicht ~mehr ~hoch|rauf|ohne",
            "musste|muss ~auf ~halbem|halber ~weg|treppe ~hinsetzen|setzen|stehen|pause",
            "!riesco|riesce ~piu ~fare|salire ~scale ~senza ~fermar*",
            "!non ~riesco|riesce ~piu ~fare|salire ~scale",
            "dovuto|dovuta|devo|deve ~sedermi|sedersi|fermarmi|fermarsi ~meta|mezzo ~strada|corridoio|scale|cucina",
            "!nao ~consigo|consegue ~subir ~escadas|escada ~sem ~parar|descansar|sentar",
            "tive|tenho|teve ~que|de ~sentar|parar ~meio ~caminho|corredor|escadas|cozinha",
            "!kom|komt ~trap ~niet ~meer ~op|zonder",
            "moest|moet ~halverwege ~zitten|stoppen|rusten|stilstaan",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats![
            "!couldnt ~finish|complete ~sentence|sentences",
            "!could ~not ~finish|complete ~sentence|sentences",
            "!nao ~consigo|consegue|conseguia ~acabar ~frase|frases",
            "!no ~pude|podia|pudo ~terminar|acabar ~frase|frases",
            "!pas ~pu ~finir|terminer ~phrase|phrases",
            "!konnte ~satz|satze ~nicht ~zu ~ende|beenden",
            "!non ~sono|e ~riuscito|riuscita ~finire ~frase",
            "!kon ~zin|zinnen ~niet ~afmaken",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "!kan ~linkerarm|rechterarm ~niet ~optillen|heffen|omhoog",
            "!kan ~linker|rechter ~arm ~niet ~optillen|heffen|omhoog",
            "!kann ~linken|rechten ~arm ~nicht ~heben|hochheben|hoch",
        ],
    ),
    (
        Sig::UrineRetention,
        pats![
            "!no|not|hasnt|havent|didnt ~wee|wees|weed|pee|peed|urine|passed|weeing|peeing ~#18 ~hours|hrs",
            "!no ~hace|hecho|orina|orinado ~pis|pipi ~desde|hace ~#18 ~horas",
            "!lleva ~#18 ~horas ~sin ~orinar|pis|mear",
            "!pas ~fait ~pipi|urine ~depuis ~#18 ~heures",
            "!seit ~#18 ~stunden ~nicht|kein ~gepinkelt|uriniert|pipi|urin",
            "!non ~fa|fatto ~pipi ~da ~#18 ~ore",
            "!nao ~faz|fez ~xixi ~ha|desde ~#18 ~horas",
            "!al ~#18 ~uur ~niet ~geplast",
            "!niet ~geplast ~sinds ~#18 ~uur",
        ],
    ),
    (
        Sig::LessUrine,
        pats![
            "!no|not|hasnt|havent|didnt ~wee|wees|weed|pee|peed|urine|passed|weeing|peeing ~#12 ~hours|hrs",
            "!no ~hace|hecho|orina|orinado ~pis|pipi ~desde|hace ~#12 ~horas",
            "!lleva ~#12 ~horas ~sin ~orinar|pis|mear",
            "!pas ~fait ~pipi|urine ~depuis ~#12 ~heures",
            "!seit ~#12 ~stunden ~nicht|kein ~gepinkelt|uriniert|pipi|urin",
            "!non ~fa|fatto ~pipi ~da ~#12 ~ore",
            "!nao ~faz|fez ~xixi ~ha|desde ~#12 ~horas",
            "!al ~#12 ~uur ~niet ~geplast",
            "!niet ~geplast ~sinds ~#12 ~uur",
        ],
    ),
    (
        Sig::NotFeeding,
        pats![
            "!skipped|missed ~#2|two|three|last ~feeds|feed|bottles",
            "!no|not|hasnt|didnt ~fed|feed|feeds|bottle ~for|in|since ~#4 ~hours|hrs",
            "!no ~come|mama|toma|comido|mamado|tomado ~desde|hace ~#4 ~horas",
            "!pas|rien ~bu|tete|mange|pris ~depuis ~#4 ~heures",
            "!seit ~#4 ~stunden ~nicht|nichts ~getrunken|gegessen|gestillt",
            "!nicht|nichts ~getrunken|gegessen ~seit ~#4 ~stunden",
            "!non ~mangia|beve|poppa|mangiato|bevuto|poppato ~da ~#4 ~ore",
            "!nao ~mama|come|bebe|mamou|comeu|bebeu ~ha|desde ~#4 ~horas",
            "!al ~#4 ~uur ~niet ~gedronken|gegeten|gevoed",
            "!niet ~gedronken|gegeten ~sinds ~#4 ~uur",
        ],
    ),
];
