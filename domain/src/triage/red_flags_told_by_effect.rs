//! Emergencies told by what the sign does rather than by its name (batch 101, English,
//! Spanish and French on phones): blood that comes out "in squirts" or jets (an artery
//! [MTS, BLEED]); a drink that runs out of one side of the mouth (a face weak on one side,
//! a stroke sign [FAST, NG128]); only a few words between breaths (cannot complete
//! sentences, a life-threatening asthma or breathing sign [BTS]); a drink taken from the
//! cleaning cupboard or from under the sink (a household chemical swallowed [POIS]); a
//! baby who rolled or tumbled off a bed or a changing table (a head injury, as "fell off
//! the bed" already reads [HI]). Tests, in other words than the batch, with hard negatives
//! (a language spoken in few words, a sore side of the mouth, a cupboard tidied), are in
//! `red_flags_told_by_effect_tests.rs`.

use super::lexicon::Sig;

/// Signs told by their effect, in English, Spanish and French.
pub(crate) const RED_FLAGS_TOLD_BY_EFFECT: &[(Sig, &str)] = &[
    (
        Sig::Haemorrhage,
        pats![
            "blood|bleeding|bleeds ~squirts|jets",
            "squirts|spurts|jets ~blood|sangre|sang",
        ],
    ),
    (
        Sig::Stroke,
        pats![
            "dribbl*|spilling|spills|leaking|leaks|pouring|runs|running ~out ~left|right|one ~side ~mouth",
            "cae|sale|escurre|chorrea ~lado ~boca",
            "coule|ressort|echappe ~cote ~bouche",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats![
            "!words ~without ~stopping|pausing|breath|breathing|gasping",
            "!words ~between ~breaths",
            "!palabras ~sin ~parar|respirar|ahogarme|ahogarse",
            "!palabras ~entre ~respiraciones",
            "!mots ~sans ~reprendre|respirer|arreter|souffle",
            "!mots ~entre ~respirations|inspirations",
        ],
    ),
    (
        Sig::Ingested,
        pats![
            "drank|drunk|swallowed ~from ~under ~sink",
            "drank|drunk|swallowed ~cleaning|cleaner|chemicals ~cupboard",
            "bebido|bebio|tragado|trago ~armario|mueble ~limpieza|fregadero",
            "bu|avale ~placard ~menage|evier|produits",
        ],
    ),
    (
        Sig::HeadInjury,
        pats![
            "rolled|tumbled ~off ~bed|sofa|couch|changing|table",
            "cayo|caido ~de ~cama|cambiador|sofa",
            "tombe|tombee ~du|de ~lit|table|canape",
        ],
    ),
];
