//! Something in the eye that will not come out, or a scratched eye, in the seven languages:
//! a corneal foreign body or abrasion, seen the same day [EYE]. Something that flew in and
//! bleeds, or is still lodged, is the emergency row (`Sig::EyeInjury`); this is the dust,
//! grit, sawdust or a child's fingernail told with no blood, which read as nothing. It is a
//! foreign body, the same-day sign the nose and ear already have. Tests, in other words than
//! the corpus, with hard negatives, are in `something_in_the_eye_tests.rs`.

use super::lexicon::Sig;

/// Dust, grit or something stuck in the eye; an eye scratched or poked.
pub(crate) const SOMETHING_IN_THE_EYE: &[(Sig, &str)] = &[(
    Sig::ForeignBody,
    pats![
        "dust|sawdust|grit|sand|speck|something|somethings ~in ~eye|eyes",
        "stuck ~in ~eye",
        "scratched|poked|scratch ~eye",
        "eye ~scratched|poked",
        "polvo|arena|serrin|algo ~en ~ojo",
        "arañazo|rasguño|araño|rasguñó ~ojo",
        "poussiere|sable|sciure|chose ~dans ~oeil",
        "griffe|egratigne|griffure ~oeil",
        "staub|sand|sagespane|etwas ~im|ins ~auge",
        "kratzer|gekratzt ~auge",
        "polvere|sabbia|segatura|qualcosa ~occhio",
        "graffiato|graffio ~occhio",
        "poeira|areia|serradura|serragem|algo ~no ~olho",
        "arranhou|arranhao ~olho",
        "stof|zand|zaagsel|iets ~in ~oog",
        "gekrast|krab ~oog",
    ],
)];
