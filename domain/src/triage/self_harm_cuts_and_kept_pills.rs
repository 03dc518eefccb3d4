//! Self-harm told plainly in the other languages: cuts on the arms, wrists or thighs
//! ("cortou-se nos braços", "se ha cortado las muñecas", "si è tagliata le braccia", "hat
//! sich die Arme geritzt", "heeft zich in de armen gesneden"; English "cut her arms" was
//! read), and pills kept for an overdose told object last ("tengo guardadas las
//! pastillas", "I've stockpiled the tablets": the lexicon read "pastillas guardadas" but not
//! the other order). A recent self-harm is a same-day assessment; the means kept ready with
//! thoughts of ending life is an emergency (the presentation table's rows [NG225], [MHF]).
//! Tests, in other words than batch 102, with hard negatives (a cut finger in the kitchen, a
//! haircut, pills kept in the fridge), are in `self_harm_cuts_and_kept_pills_tests.rs`.

use super::lexicon::Sig;

/// Cuts on the arms in six languages, and pills hoarded told object last.
pub(crate) const SELF_HARM_CUTS_AND_KEPT_PILLS: &[(Sig, &str)] = &[
    (
        // Reflexive forms only, so "cutting the grass, my arms ache" and a haircut are not
        // read; German "ritzen" and French "se scarifier" are self-harm words already.
        Sig::DarkThoughts,
        pats![
            "cortou|cortar|cortando|corta|cortava se ~bracos|braco|pulsos|pernas|coxas",
            "se cortou|corta|cortava ~bracos|braco|pulsos|pernas|coxas",
            "se|me ~cortado|corto|corta|cortaba|cortandose|cortarse ~brazos|munecas|piernas|muslos",
            "si|mi ~tagliata|tagliato|taglia|tagliava ~braccia|polsi|gambe|cosce",
            "geritzt|ritzt|ritzen ~arme|arm|handgelenke|unterarme|beine|oberschenkel",
            "zich|zichzelf ~armen|arm|polsen|benen ~gesneden|snijden|gekrast",
            "snijdt|sneed|krast zich ~armen|arm|polsen|benen",
            "scarifie|scarifiee|scarifier|scarifiait",
        ],
    ),
    (
        Sig::Suicidal,
        pats![
            "saved|stockpiled|stashed|hoarded|guardadas|guardados|guardei|juntei|acumulado|acumuladas|gesammelt|gehortet|gespaard|opgespaard|verzameld|accumulato|accumulate|accumule|accumules ~pills|tablets|pastillas|pastiglie|compresse|comprimidos|comprimes|cachets|tabletten|pillen|remedios",
            // German and Dutch put the verb last: "Tabletten gesammelt", "pillen opgespaard".
            "tabletten|pillen|pills|tablets ~gesammelt|gehortet|gespaard|opgespaard|verzameld|stockpiled|hoarded",
        ],
    ),
];
