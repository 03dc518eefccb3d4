//! Typo tolerance for a short, explicit list of emergency-critical words, inside words
//! as well as whole: "unconcious", "seizuring", "stroek". The general matcher forgives a
//! typo only in whole words, because a blanket stem match read Dutch "factuur" as a
//! fracture and German "vergisst" as a poisoning (TRIAGE.md, session 11); here only the
//! words that must not be missed get it, with a bound by length and a guard list.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::normalize::normalize_word;

/// Emergency-critical words as typed correctly, in the seven languages. A token a typo
/// away from one (or from its start) is read as that word, with the token's own ending.
const CRITICAL_WORDS: &str = pats![
    // en
    "unconscious",
    "seizure",
    "seizures",
    "seizing",
    "breathing",
    "breathe",
    "stroke",
    "choking",
    "collapsed",
    "collapse",
    "overdose",
    "anaphylaxis",
    "anaphylactic",
    // es
    "inconsciente",
    "convulsion",
    "convulsiones",
    "convulsionando",
    "respirar",
    "sangrando",
    "desmayado",
    "desmayada",
    "ahogando",
    "ahogado",
    "atragantado",
    "atragantada",
    "infarto",
    "sobredosis",
    // fr
    "inconscient",
    "inconsciente",
    "convulsion",
    "convulse",
    "respirer",
    "saignement",
    "etouffe",
    "evanoui",
    "evanouie",
    "infarctus",
    "surdose",
    // de
    "bewusstlos",
    "krampfanfall",
    "atemnot",
    "schlaganfall",
    "ersticken",
    "erstickt",
    "kollabiert",
    "zusammengebrochen",
    "blutung",
    "herzinfarkt",
    "vergiftung",
    "vergiftet",
    // it
    "incosciente",
    "svenuto",
    "svenuta",
    "convulsioni",
    "respirare",
    "sanguina",
    "sanguinamento",
    "emorragia",
    "soffoca",
    // pt
    "desmaiou",
    "desmaiado",
    "desmaiada",
    "desmaiar",
    "convulsao",
    "convulsoes",
    "sangramento",
    "engasgado",
    "engasgou",
    "sufocando",
    // nl
    "bewusteloos",
    "stuiptrekking",
    "ademhaling",
    "ademen",
    "bloeding",
    "beroerte",
    "stikken",
    "flauwgevallen",
    "benauwd",
    "hartaanval",
    "overdosis",
    "vergiftiging",
];

/// Real words (or their starts) a typo away from a critical word; never corrected.
const NEVER_CRITICAL: &str = pats![
    // en: "cooking" is one letter from "choking", "overdone" and "overdoes" from "overdose"
    "cooking",
    // "chopping" onions is not "choking" (session 18b)
    "chopping",
    "overdone",
    "overdoes",
    // es: a lawyer is not someone drowning
    "abogado",
    "abogada",
    "abogando",
    // fr: "épanoui" (blooming) is one letter from "évanoui" (fainted)
    "epanoui",
    "epanouie",
    // de: stabbing, not choking (it has its own rules)
    "ersticht",
    // it: "svenduto" is sold off, "sanguigna" of the blood (a blood test)
    "svenduto",
    "svenduta",
    "sanguigna",
    "sanguigne",
    "sanguigno",
    "sanguigni",
    // pt: weaning a baby is not fainting
    "desmamar",
    "desmamou",
    "desmame",
    // nl: "beroerde" is miserable, "bloeiing" flowering, a "strippenkaart" a punch card
    "beroerde",
    "bloeiing",
    "strippen",
];

/// Shortest critical word that may carry a typo; shorter ones collide too often
/// ("strok" with "strong", "sangr" with "sang").
const MIN_LEN: usize = 6;

/// Critical words up to this length allow only swapped letters, and only as whole
/// words: "stroek" is "stroke", "strike" is not.
const SWAP_ONLY_MAX_LEN: usize = 6;

struct Lists {
    words: Vec<String>,
    never: HashSet<String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut words: Vec<String> = super::patterns(CRITICAL_WORDS)
            .map(normalize_word)
            .filter(|word| word.chars().count() >= MIN_LEN)
            .collect();
        words.sort_unstable();
        words.dedup();
        let never = super::patterns(NEVER_CRITICAL)
            .map(normalize_word)
            .collect();
        Lists { words, never }
    })
}

/// The token as it would read with its typo in a critical word corrected, or `None`
/// when it is no such typo. `key` is a normalised token that matched nothing as typed.
pub(crate) fn correct(key: &str) -> Option<String> {
    if !key.is_ascii() || key.len() < MIN_LEN - 1 || key.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lists = lists();
    if lists.never.contains(key)
        || lists
            .words
            .binary_search_by(|w| w.as_str().cmp(key))
            .is_ok()
    {
        return None;
    }
    let first = key.as_bytes()[0];
    let candidates = || {
        lists
            .words
            .iter()
            .filter(move |word| word.as_bytes()[0] == first)
    };
    // The whole token first, so "convulsoin" reads "convulsion", not "convulsao" + "in".
    for word in candidates() {
        let whole = if word.len() <= SWAP_ONLY_MAX_LEN {
            key.len() == word.len() && is_one_swap(key, word)
        } else {
            super::matcher::within_one_edit(key, word)
        };
        if whole {
            return Some(word.clone());
        }
    }
    // Then the token's start, keeping its own ending ("unconciousness").
    for word in candidates().filter(|word| word.len() > SWAP_ONLY_MAX_LEN) {
        for length in [word.len(), word.len() - 1, word.len() + 1] {
            let Some(start) = key.get(..length) else {
                continue;
            };
            if length < key.len()
                && !lists.never.contains(start)
                && super::matcher::within_one_edit(start, word)
            {
                return Some(format!("{word}{}", &key[length..]));
            }
        }
    }
    None
}

/// Whether two words of one length differ by one pair of adjacent letters swapped.
fn is_one_swap(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_in_critical_words_are_corrected_with_their_ending() {
        let cases = [
            ("unconcious", "unconscious"),
            ("unconciousness", "unconsciousness"),
            ("seizuring", "seizureng"),
            ("siezure", "seizure"),
            ("stroek", "stroke"),
            ("chokign", "choking"),
            ("unconsious", "unconscious"),
            ("overdoes", "overdoes"),
            ("inconciente", "inconsciente"),
            ("convulsoin", "convulsion"),
            ("respriar", "respirar"),
            ("bewustlos", "bewustlos"),
            ("bewuslos", "bewustlos"),
            ("svenuot", "svenuto"),
            ("desmaiuo", "desmaiou"),
            ("bewustelos", "bewustelos"),
            ("bewustelso", "bewusteloos"),
            ("beroete", "beroerte"),
        ];
        for (typed, want) in cases {
            let typed = normalize_word(typed);
            let want = normalize_word(want);
            let got = correct(&typed);
            if typed == want || lists().never.contains(&typed) {
                assert_eq!(got, None, "{typed}");
            } else {
                assert_eq!(got.as_deref(), Some(want.as_str()), "{typed}");
            }
        }
    }

    /// Real words a letter or two from a critical word, in the seven languages; none may
    /// be read as one (the collisions that sank a blanket stem match, and their kind).
    #[test]
    fn real_words_near_critical_words_are_never_corrected() {
        let words = [
            // en
            "cooking",
            "overdone",
            "strike",
            "strong",
            "stoke",
            "breeding",
            "leisure",
            // es
            "abogado",
            "abogando",
            "respetar",
            "informo",
            "desmarcar",
            // fr
            "epanoui",
            "epanouie",
            "soigner",
            "etoffe",
            "inspirer",
            // de
            "vergisst",
            "vergessen",
            "ersticht",
            "kalibriert",
            "bluttest",
            // it
            "svenduto",
            "sanguigna",
            "soffice",
            "sfocato",
            // pt
            "desmamar",
            "desmarcou",
            "sangue",
            // nl
            "factuur",
            "beroerde",
            "bloeiing",
            "strippenkaart",
            "stinken",
            "beroerd",
        ];
        for word in words {
            let key = normalize_word(word);
            assert_eq!(correct(&key), None, "{word} must stay itself");
        }
    }
}
