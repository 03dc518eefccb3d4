//! Cauda equina told in lay words the lexicon lacked: numbness "down there", between the
//! legs, round the back passage or when wiping ("the loo roll feels like nothing", "im
//! Schritt taub", "je ne sens plus le périnée", "não sinto a zona entre as pernas"), and
//! wetting or soiling without noticing ("pooed myself, didn't feel it", "in die Hose
//! gemacht ohne es zu merken", "fiz xixi sem perceber"). Saddle numbness is an emergency
//! by itself; loss of bladder or bowel control is one with back pain or sciatica [CES];
//! the presentation table already says so, these are the words. Tests, in other words
//! than the corpus, with hard negatives, are in `cauda_equina_signs_tests.rs`.

use super::lexicon::Sig;

/// Numbness of the saddle area, and wetting or soiling that was not felt.
pub(crate) const CAUDA_EQUINA_SIGNS: &[(Sig, &str)] =
    &[
        (
            Sig::SaddleNumb,
            pats![
                "roll|paper|tissue ~feels ~like ~nothing",
                "!cant|cannot|dont ~feel ~anything|much|nothing ~down ~there|below",
                "numb ~down ~there",
                "!feel ~nothing ~down ~there|below",
                "!cant|cannot ~feel ~myself ~wiping|wipe",
                "schritt ~taub|gefuhllos|gefuehllos",
                "taub|gefuhllos|gefuehllos ~im ~schritt",
                "fourmis|fourmillements ~fesses|sexe|entrejambe|parties|perinee",
                "!sens|jsens ~plus|pas|rien ~perinee|perine",
                "!sens|jsens ~plus|pas|rien ~entre ~jambes",
                "!nao|n ~sinto ~zona|regiao|parte ~entre ~pernas",
                "!no ~noto|siento ~nada ~al ~orinar|limpiarme|entrepierna",
                "!non|nn ~sento ~niente|nulla ~ano|inguine|sedere|genitali|cosce",
                "!voel ~niks|niets|nix ~tussen ~benen|kruis|onderkant",
                "virilha|entrepernas ~dormente|adormecida|adormecido",
            ],
        ),
        (
            Sig::Incontinence,
            pats![
            "pooed|pooped|poohed|pood|shat|soiled ~myself|himself|herself|pants",
            "wet|peed ~myself|himself|herself ~without|didnt ~noticing|notice|feel|feeling|knowing",
            "leaked|leaking ~wee|pee|urine",
            "in ~die ~hose ~gemacht|gepinkelt|gepullert", "urin|pipi ~ohne ~es ~zu ~merken",
            "xixi|urina ~sem ~perceber|sentir|notar", "!nao ~controlo|seguro ~xixi|urina",
            "pipi ~senza ~accorgermene|accorgersene|rendermene",
            "plas|urine ~zonder ~dat ~ik ~het ~merk|merkte|voel|voelde",
            "pis|orina ~sin ~darme ~cuenta",
            "pipi ~sans ~m ~en ~rendre ~compte",
        ],
        ),
        (
            Sig::UrineRetention,
            pats!["!arrive|jarrive|peux ~pas|plus ~a ~pisser"],
        ),
    ];
