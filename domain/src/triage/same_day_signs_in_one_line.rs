//! Same-day signs sent as one SMS line (batch 106, session 20b in TRIAGE.md), in words the
//! tables lacked:
//! - "weeing less", "barely weeing" (less urine, an older person drying out) and a catheter
//!   bag "not filling" (a blocked catheter) [NG51, AUR];
//! - a fishbone swallowed and still felt [ENT];
//! - "leaking clear watery stuff" in pregnancy: the waters going early [MAT];
//! - "darker thoughts", "the bad thoughts are back": thoughts of self-harm without a plan,
//!   and "the voices are back": psychosis come back [NG225];
//! - cuts found on a child's arm: self-harm found by a parent [NG225];
//! - redness spreading round an eye: periorbital cellulitis [NG141];
//! - an inhaler that "helps for a bit": the short relief row of asthma [BTS].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `same_day_signs_in_one_line_tests.rs`.

use super::lexicon::Sig;

/// Urgent signs as one-line texts tell them.
pub(crate) const SAME_DAY_SIGNS_IN_ONE_LINE: &[(Sig, &str)] = &[
    (
        Sig::LessUrine,
        pats![
            "weeing|peeing|wee|pee ~less|barely|hardly",
            "!catheter ~bag ~not|isnt|hasnt ~filling|draining|emptying",
        ],
    ),
    (
        Sig::ForeignBody,
        pats!["swallowed ~fishbone|fishbones", "swallowed ~fish ~bone", "fishbone ~stuck|scratch*|throat"],
    ),
    (
        Sig::FluidLeak,
        pats!["leaking|leak|trickling ~clear|watery ~stuff|discharge"],
    ),
    (
        Sig::DarkThoughts,
        pats!["darker ~thoughts", "bad|dark ~thoughts ~again|back"],
    ),
    (Sig::Psychosis, pats!["voices ~are ~back|again"]),
    (
        Sig::DarkThoughts,
        pats!["found|noticed|seen|saw ~cuts|scratches ~her|his|on ~arm|arms|wrist|wrists|thigh|thighs"],
    ),
    (
        Sig::Infection,
        pats!["redness|red|swelling ~spread|spreading|spreads ~round|around ~eye|eyes"],
    ),
    (
        Sig::RelieverOften,
        pats!["inhaler|pump|puffer|ventolin|reliever ~helps|works ~for ~bit"],
    ),
];
