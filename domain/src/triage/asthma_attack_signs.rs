//! A severe breathing attack told in lay words the lexicon lacked: a reliever that does
//! nothing ("10 puffs and nothing", "la ventoline fait rien", "el puff no le hace
//! efecto", "puffer helpt niks"), a sentence that cannot be said ("can't get a whole
//! sentence out", "non riesce a dire una frase", "kan geen zin meer afmaken"), ribs or the
//! skin under them pulling in with each breath ("ribs suck in", "ça creuse sous les
//! côtes", "costillas hundiéndose"), a baby grunting as it breathes ("respire en
//! grognant"), lips gone "bluey". Each is an emergency [BTS, NG143 red]; the rules
//! already say so, these are the words. Tests, in other words than the corpus, with
//! hard negatives, are in `asthma_attack_signs_tests.rs`.

use super::lexicon::Sig;

/// The signs of a life-threatening attack of asthma or of a child's breathing.
pub(crate) const ASTHMA_ATTACK_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::InhalerFailing,
        pats![
            "puffs|puff|sprays ~and ~nothing|no ~better|change",
            "ventoline|ventolin|inhalateur|pompe ~fait|font ~rien",
            "ventoline|ventolin|inhalateur|pompe ~aucun ~effet",
            "puff|inhalador|ventolin|salbutamol|bomba ~no ~le|me ~hace ~efecto|nada",
            "bombinha|inalador|ventolin ~nao ~esta|ta ~fazer|fazendo|a ~efeito",
            "bombinha|inalador|ventolin ~nao ~faz ~efeito",
            "ventolin|spruzzi|puff|inalatore ~non|nn ~migliora|serve|passa",
            "puffer|pufjes|ventolin|inhalator ~helpt|helpen ~niks|niets|nix|geen",
            "spray|hub|hube|asthmaspray|notfallspray ~nix|nichts ~gebracht|geholfen",
        ],
    ),
    (
        Sig::CantFinishSentence,
        pats![
            "!cant|cannot|couldnt ~get ~whole|full|a ~sentence ~out",
            "!arrive|jarrive|peut|peux ~plus|pas ~faire|dire|finir ~phrase ~entiere|complete",
            "!non|nn ~riesce|riesco ~dire|fare|finire ~frase ~intera|completa",
            "!nao|n ~consegue|consigo ~dizer|falar|acabar ~frase ~inteira|completa",
            "!no ~puede|puedo ~decir|hablar ~frase ~entera|completa",
            "!kan ~geen ~zin|zinnen ~afmaken|uitspreken",
            "!kann ~keinen ~ganzen ~satz ~sagen|sprechen",
            "!kann ~keinen ~satz ~beenden",
            "!kann ~keinen ~satz ~zu ~ende",
        ],
    ),
    (
        Sig::Breathing,
        pats![
            "ribs|ribcage ~suck|sucks|pull|pulls|sink|sinks ~in",
            "skin ~under|between ~ribs ~sucks|sucking|pulls|pulling|sinks ~in",
            "creuse|creusent ~sous|entre ~cotes",
            "costillas|costelas ~hundiendose|hundiendo|hunden|marcan|marcando",
            "lips ~look|are|gone|going ~bluey|bluish|blueish",
        ],
    ),
    (
        Sig::Grunting,
        pats![
            "respire|respirant ~en ~grognant",
            "grognant|grogne ~quand ~respire"
        ],
    ),
];
