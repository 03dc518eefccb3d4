//! A partner or parent hitting and kicking now, told as going on ("mn man is aan het slaan
//! en schoppen", "mi sta picchiando", "está me batendo"), and the writer hiding locked in a
//! room from them: violence under way at home [MHF, consensus]. `Sig::ViolenceNow` joins
//! the existing row. "Slot" ("op slot", locked) is not an appointment slot then. Tests in
//! other words, with negatives (a boxing lesson, a past beating, a child's game of
//! tag), are in `hitting_and_kicking_now_tests.rs`.

use super::lexicon::Sig;

/// Hitting now, and hiding from it, in seven languages.
pub(crate) const HITTING_AND_KICKING_NOW: &[(Sig, &str)] = &[(
    Sig::ViolenceNow,
    pats![
        "man|vriend|partner|vader|ex|stiefvader ~is ~aan ~het ~slaan|schoppen|meppen",
        "zit|zitten|verstopt ~badkamer|wc|slaapkamer ~deur ~op ~slot",
        "husband|boyfriend|partner|dad|ex ~is ~hitting|kicking|punching ~me|us",
        "hiding|locked ~in ~bathroom|bedroom ~from ~him|her",
        "marido|novio|pareja|padre ~me|nos ~esta ~pegando|golpeando",
        "encerrada|escondida|escondidos ~en ~bano|cuarto ~porque ~el",
        "mari|copain|pere ~est ~en ~train ~de ~me|nous ~frapper",
        "enfermee|cachee|caches ~dans ~salle ~de ~bain ~porte",
        "mann|freund|vater ~schlagt|schlaegt|tritt ~mich|uns ~gerade",
        "eingeschlossen|versteckt ~im ~bad|badezimmer ~vor ~ihm",
        "marito|compagno|padre ~mi|ci ~sta ~picchiando|menando",
        "chiusa|chiusi|nascosta|nascosti ~in ~bagno ~perche ~lui",
        "marido|namorado|pai ~esta|ta ~me|nos ~batendo",
        "trancada|trancados|escondida ~no ~banheiro ~porque ~ele",
    ],
)];
