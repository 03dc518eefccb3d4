//! The same-day line and its look-alikes in lay words (blind batch 91, session 17d):
//!
//! - a beta-blocker run out is a critical medicine gone (rebound fast heart) [consensus];
//!   a dose of a critical medicine forgotten or missed ("missed both my levetiracetam
//!   doses", "ho dimenticato la pillola dell'epilessia") counts as run out [EPI];
//! - a wound "red and angry" or seeping cloudy fluid is infected [NG141];
//! - someone else's sepsis ("a friend of mine", "mon voisin") is not the writer's, and a
//!   programme about sepsis is a general question (ConText) [NG51];
//! - "finish all the tablets" is a course of antibiotics, not an overdose [POIS];
//! - "já parou", "già smesso" mean already stopped; a fever that broke, "the morning after my
//!   extraction", a "derrame" in the eye (a burst vessel, not a stroke), a stitch end
//!   poking out, a food no longer eaten and a septic tank are not red flags (ConText).
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `same_day_lookalikes_tests.rs`.

use super::lexicon::Sig;

/// Lay words for the same-day line and the words that are not it.
pub(crate) const SAME_DAY_LOOKALIKES: &[(Sig, &str)] = &[
    (
        Sig::CriticalMedicine,
        pats![
            "bisoprolol|metoprolol|atenolol|propranolol|carvedilol|nebivolol|betablocker|betablockers|betabloqueante|betabloquant",
            "beta ~blocker|blockers",
            "pillola|pastiglia|pastiglie|farmaco|farmaci|medicina ~epilessia",
            "pastilla|pastillas ~epilepsia",
            "cachet|cachets|comprime|comprimes ~epilepsie",
        ],
    ),
    (
        // A dose forgotten or missed (counts with a critical medicine only).
        Sig::RanOut,
        pats![
            "missed|forgot|forgotten|skipped ~dose|doses|tablet|tablets|pill|pills",
            "dimenticat*|scordat*|saltat* ~pillola|dose|pastiglia|compressa",
            "olvide|olvidado|salte ~pastilla|dosis|toma",
            "oublie|oubliee|saute ~comprime|dose|cachet|prise",
            "tablette|dosis|einnahme ~vergessen|verpasst",
            "esqueci|esqueceu ~comprimido|dose|remedio",
            "dosis|pil|tablet ~vergeten|gemist",
        ],
    ),
    (
        Sig::Infection,
        pats![
            "red ~and ~angry",
            "cloudy|milky|yellow|green|smelly ~fluid|liquid|discharge ~seeping|oozing|leaking|coming",
            "seeping|oozing|leaking ~cloudy|milky|yellow|green ~fluid|liquid",
        ],
    ),
    (
        // Someone else who had it: a friend, a neighbour, a colleague.
        Sig::FamilyHistory,
        pats![
            "friend|neighbour|neighbor|colleague|coworker ~of ~mine ~ended|had|got|was",
            "a|my ~friend|neighbour|neighbor|colleague|coworker ~ended ~up",
            "mon|ma ~voisin|voisine|ami|amie|collegue ~a ~fait|eu",
            "mi ~vecino|vecina|amigo|amiga|companero ~tuvo|acabo",
            "mein|meine ~nachbar|nachbarin|freund|freundin|kollege ~hatte",
            "il ~mio ~vicino|amico ~ha ~avuto",
            "meu|minha ~vizinho|vizinha|amigo|amiga ~teve",
            "mijn ~buurman|buurvrouw|vriend|vriendin|collega ~had|kreeg",
        ],
    ),
    (
        // A programme or an article about it: a general question.
        Sig::Informational,
        pats![
            "watched|saw|seen|read ~programme|program|documentary|article|video|post ~about|on",
            "programa|documental|articulo ~sobre",
            "emission|documentaire|article ~sur",
            "sendung|dokumentation|artikel ~uber",
        ],
    ),
    (
        // Asked whether to finish a course of tablets.
        Sig::Benign,
        pats![
            "do|should|must ~i|we ~finish|complete ~all",
            "need ~to ~finish|complete ~all ~course|antibiotics|tablets|pills",
            "tengo|hay ~que ~terminar|acabar ~todas ~pastillas",
            "dois|faut ~finir|terminer ~tous|toutes ~comprimes|cachets",
            "muss ~ich ~alle ~tabletten",
            "devo ~finire|terminare ~tutte ~pastiglie|compresse",
            "tenho ~que|de ~terminar|acabar ~todos ~comprimidos",
            "moet ~ik ~alle ~pillen|tabletten",
        ],
    ),
    (
        // Already stopped, in Portuguese and Italian ("já parou de sangrar", "ha già smesso
        // di sanguinare"); a bare "parou" also ends other things (held out, it hid a
        // current sign), so only with "already".
        Sig::Resolved,
        pats!["ja ~parou", "gia ~smesso"],
    ),
    (
        // Not a red flag: a fever that broke, "the morning after" an operation (a time,
        // not emergency contraception), a "derrame" in the eye (a burst vessel, not a
        // stroke), a stitch end poking out of a closed wound, a food no longer eaten.
        Sig::Benign,
        pats![
            "fever|temperature|temp ~broke|broken",
            "morning ~after ~my|his|her|the ~extraction|surgery|op|operation|procedure|treatment|filler|botox|implant|appointment",
            "derrame ~ojo|ocular|conjuntival|olho",
            "derrame ~sin ~importancia",
            "stitch|stitches|suture|thread ~sticking|poking ~out",
            "stopped|stop ~eating ~it|them|that|those|beetroot",
            "septic ~tank|tanks|system",
            // "No duele y veo bien": the "no" is the pain's, the sight is fine.
            "!no|nao|non ~duele|dolor|doi|dor|fa|male ~y|e ~veo|vejo|vedo ~bien|bem|bene",
        ],
    ),
];
