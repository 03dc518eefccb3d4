//! "Stopped bleeding with pressure but it's gaping": the stop is told of the bleeding, not
//! of the wound. A cut that gapes or is deep still needs closing the same day [MTS wounds,
//! NG141 aftercare], so a stop whose words name the bleeding ("bleeding stopped", "ya no
//! sangra", "blutet nicht mehr", "ne saigne plus", "non sanguina più", "parou de sangrar",
//! "bloedt niet meer") does not read the wound as over. The bleeding itself stays over.

use super::{Match, Sig, Token};

/// Stems of the words for bleeding in the seven languages.
const BLEEDING: &[&str] = &["bleed", "bled", "blut", "sangr", "saign", "sangu", "bloed"];

/// Whether `cue` tells only that the bleeding stopped while `m` is the wound itself.
pub(super) fn only_the_bleeding_stopped(
    tokens: &[Token],
    m: &Match<Sig>,
    cue: &Match<Sig>,
) -> bool {
    let names_bleeding = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| BLEEDING.iter().any(|stem| t.key.starts_with(stem)))
    };
    matches!(m.signal, Sig::WoundOpen | Sig::Laceration)
        && (cue.start.saturating_sub(2)..=cue.end + 2).any(names_bleeding)
}
