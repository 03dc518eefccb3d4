//! A bleed told by how it flows: streaming, pumping, "bleeding like crazy", "blutet wie
//! verrückt", "bloedt als een gek", "sangra como loco", "saigne comme un bœuf", "sanguina
//! come un matto", "sangrando feito louco", blood through two or more towels or shirts.
//! Words sit close (two words apart at most), so "blood in my snot, nose streaming" and
//! "the heart pumping blood" are not read. Blood that pours or spurts is bleeding that pressure is not holding: an emergency
//! [BLEED]; "gushing blood", "a chorros", "ça pisse le sang", "a fiotti" and "gutst"
//! already read so. Each pattern names the blood or the bleeding, so "pouring with rain"
//! and "es schüttet wie verrückt" are not read, and a bleed told as stopped is over by the
//! usual scope. Tests, in seven languages with hard negatives (rain, a nosebleed that
//! stopped, heavy periods asked about), are in `bleeding_told_as_pouring_tests.rs`.

use super::lexicon::Sig;

/// Findings: a bleed that pours, streams or spurts.
pub(crate) const BLEEDING_TOLD_AS_POURING: &[(Sig, &str)] = &[(
    Sig::Haemorrhage,
    pats![
        "blood streaming|spurting|squirting",
        "streaming|spurting|squirting blood",
        "bleeding like crazy|mad|hell",
        "bleeding like a stuck|tap",
        "blood|bleeding|bled ~soaked|soaking|through ~two|three|several|both|#2 ~towels|towel|shirts|dressings",
        "blutet wie verruckt|wahnsinnig|sau|irre|blode|holle",
        "blut stromt|sprudelt",
        "bloedt als een gek|rund|malle|dolle|varken",
        "bloed spuit|stroomt",
        "sangra|sangrando como loco|loca",
        "sangra|sangrando como un cerdo|grifo",
        "chorrea|chorreando sangre",
        "saigne comme un boeuf|fou|malade|porc",
        "sanguina|sanguinando come un|una matto|pazzo|maiale|fontana",
        "sangra|sangrando feito|como torneira|louco|louca|porco",
        "sangue a jorrar|esguichar",
    ],
)];
