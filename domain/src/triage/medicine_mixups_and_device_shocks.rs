//! Medicine mix-ups, a heart device that fires, and the words carers of older people use
//! for a breath fought for or a mind switched off, in English, Italian, Portuguese and Dutch
//! (batch 108, session 20d in TRIAGE.md). A weekly medicine taken daily, or one insulin
//! injected instead of the other, is a dose error like "twice" [POIS]; with the context
//! the presentation table already has (methotrexate, diabetes, a blood thinner) it decides
//! the level. A defibrillator that fired once and left the person well is a same-day call
//! to the device clinic; more than once, an electrical storm [consensus]. Tests, in other
//! words than the batch, with hard negatives, are in
//! `medicine_mixups_and_device_shocks_tests.rs`.

use super::lexicon::Sig;

/// Dose errors, device shocks, gasping and a mind switched off, by their lay words.
pub(crate) const MEDICINE_MIXUPS_AND_DEVICE_SHOCKS: &[(Sig, &str)] = &[
    (
        // A weekly medicine taken every day, or one medicine in place of another: a dose
        // error ("daily instead of weekly", "elke dag in plaats van", "em vez da lenta",
        // "invece di una volta") [POIS]. The Spanish and French are in `s14b_findings.rs`.
        Sig::DoubleDose,
        pats![
            "daily|everyday|day ~instead ~of ~weekly|week|once",
            "elke|iedere ~dag ~in ~plaats ~van",
            "ogni|tutti ~giorno|giorni ~invece ~di|della|del",
            "todo|todos ~dia|dias ~em ~vez ~de|da|do",
            "unidades|insulina ~em ~vez ~de|da|do",
            "unita|insulina ~invece ~di|della|dell",
            "eenheden|insuline ~in ~plaats ~van",
            "insulin|units ~instead ~of ~my|the ~long|slow|basal|lantus|levemir",
        ],
    ),
    (
        // A defibrillator that fired two or more times: an electrical storm, 999
        // [consensus; BHF device advice]. Adds the Portuguese, Dutch and Italian the 18c
        // patterns lacked, and "gave me three shocks".
        Sig::DeviceShocks,
        pats![
            "defibrillator|defib|icd ~gave|given|delivered ~two|three|several|#2 ~shocks",
            "desfibrilhador|desfibrilador|cardiodesfibrilhador|cdi ~deu|deram|disparou|dispararam ~dois|tres|varios|#2 ~choques",
            "desfibrilhador|desfibrilador|cardiodesfibrilhador|cdi ~choques ~seguidos|repetidos",
            "icd|defibrillator ~heeft|gaf ~twee|drie|meerdere|#2 ~schokken|shocks",
            "icd|defibrillator ~blijft ~schokken|afgaan",
            "icd|defibrillator ~twee|drie|meerdere|#2 ~keer ~geschokt|afgegaan",
            "defibrillatore|icd ~ha|dato ~due|tre|piu|#2 ~scariche|shock",
        ],
    ),
    (
        // A defibrillator that fired once: the device clinic the same day [consensus].
        Sig::DeviceShockOnce,
        pats![
            "defibrillator|defib|icd ~shocked|fired|zapped|shock",
            "defibrillator|defib|icd ~went|gone ~off",
            "desfibrilhador|desfibrilador|cardiodesfibrilhador|cdi ~deu|disparou ~choque|descarga",
            "icd|defibrillator ~schok|geschokt|afgegaan",
            "defibrillatore|icd ~scarica|scattato|shock",
        ],
    ),
    (
        // Medicines that slow the heart, for a slow pulse on them [BNF; consensus].
        Sig::RateSlowingMedicine,
        pats![
            "bisoprolol|metoprolol|atenolol|propranolol|carvedilol|nebivolol|sotalol|betablocker|betabloccante|betabloqueador|betabloqueante",
            "beta ~blocker|blockers",
            "digoxin|digoxine|digossina|digoxina|lanoxin|amiodarone|amiodaron|amiodarona|cordarone|diltiazem|verapamil|ivabradine",
        ],
    ),
    (
        // Heart failure named by its Italian short form ("scompenso: peso salito") [consensus].
        Sig::HeartFailure,
        pats!["scompenso|scompensato|scompensata"],
    ),
    (
        // Gasping, sitting up fighting for air: too breathless (nl "naar lucht happen",
        // it "boccheggia") [BTS].
        Sig::Breathing,
        pats![
            "hapt|happen|happte|hapte ~naar ~lucht|adem",
            "naar ~lucht|adem ~te ~happen|snakken",
            "boccheggia|boccheggiava|boccheggiando",
        ],
    ),
    (
        // New confusion in a carer's words: not knowing a close person's name, or "meio
        // desligada" (half switched off) [NG51 red: new confusion].
        Sig::Confusion,
        pats![
            "!didnt|doesnt|did|does ~not ~know|recognise|recognize ~my|her|his ~name",
            "!didnt|doesnt ~know|recognise|recognize ~my|her|his ~name",
            "meio|meia|todo|toda ~desligado|desligada|aerea|aereo",
        ],
    ),
];
