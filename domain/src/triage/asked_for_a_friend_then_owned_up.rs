//! A question about an overdose asked as someone else's or as a "what if", then owned up
//! to: "asking for a friend. ok it's me. did it an hour ago", "frag für ne Freundin. also
//! für mich. hab ich vorhin", "c'est pour une amie... enfin pour moi, je l'ai fait". The
//! joke or the friend is how the person plays it down; the act is done, an emergency
//! [POIS]. `Sig::OwnedUp` after the mention ends its hypothetical reading (`scope.rs`),
//! for overdoses, swallowed things and suicidal acts only. Tests, in other words than
//! batch 133, with hard negatives (a what-if with no owning up, a friend's question
//! passed on, "I did it" about a form), are in `asked_for_a_friend_then_owned_up_tests.rs`.

use super::lexicon::Sig;

/// "It's me", "I did it earlier", after a question.
pub(crate) const ASKED_FOR_A_FRIEND_THEN_OWNED_UP: &[(Sig, &str)] = &[(
    Sig::OwnedUp,
    pats![
        "ok|okay|actually|well|fine ~its|it|is ~me",
        "the ~friend ~is ~me",
        "i ~did ~it|them ~earlier|already|tonight|ago",
        "also|eigentlich|naja ~fur ~mich",
        "hab|habe ~ich ~vorhin|schon|gerade|heute ~gemacht|genommen",
        "hab|habe ~ich ~vorhin",
        "enfin|bon ~pour ~moi",
        "en ~fait ~pour ~moi",
        "c ~est ~moi ~en ~fait",
        "je ~l|les ~ai ~deja|fait|pris|avales",
        "bueno|vale ~para ~mi",
        "en ~realidad ~para|soy ~mi|yo",
        "ya ~lo|las|los ~he ~hecho|tomado",
        "cioe|beh ~per ~me",
        "in ~realta ~per|sono ~me|io",
        "l|le ~ho ~gia ~fatto|fatta|prese|preso",
        "na ~verdade ~para|sou ~mim|eu",
        "bem|ok ~para ~mim",
        "ja ~o|os|as ~tomei|fiz",
        "eigenlijk|nou ~voor ~mij",
        "eigenlijk ~ben ~ik ~het",
        "heb ~ik ~al|net ~gedaan|genomen|ingenomen",
    ],
)];
