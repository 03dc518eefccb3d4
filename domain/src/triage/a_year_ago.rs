//! An event dated one year back, told with the article or the number, in the languages
//! where "a year" cannot mean anything else: "a year ago I had", "hace un año tuve", "il y
//! a un an j'ai eu", "vor einem Jahr hatte ich", "een jaar geleden", and Portuguese "há um
//! ano" with a past verb beside it ("há um ano uso" is still going on). The plural ("years
//! ago", "hace años", "vor Jahren") was already ConText's historical trigger; the singular
//! was not, so a chest pain of a year ago read as one now (session 22f's test). Left out:
//! months (a month back dates an operation or a loss whose thoughts are now: "had a
//! miscarriage a month ago and can't stop thinking I shouldn't be alive"), weeks and days
//! ("desde hace dos días", "depuis deux jours", "seit zwei Tagen" are going on), and
//! Italian, whose "fa" is also "makes" ("il piccolo di un anno fa un verso strano").
//! Tests with the ongoing and the now kept current are in `a_year_ago_tests.rs`.

use super::lexicon::Sig;

/// One year back.
pub(crate) const A_YEAR_AGO: &[(Sig, &str)] = &[(
    Sig::Past,
    pats![
        "a|one|#1 year ago",
        "hace un|#1 ano",
        "il y a un|#1 an",
        "vor einem|#1 jahr",
        "een|#1 jaar geleden",
        // The verb right after: a verb that is itself the finding ("desmaiei") or told
        // before the time ("tive dor no peito há um ano") is not reached (left).
        "ha um|#1 ano tive|teve|tivemos|fiz|fez|fui|foi",
    ],
)];
