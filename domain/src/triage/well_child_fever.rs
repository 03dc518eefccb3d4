//! A child with a fever who is said to be well: playing happily, eating and drinking
//! normally. NICE NG143's green column (normal colour, responds normally, content,
//! awake, moist) is care at home with advice, so such a fever alone is routine; under
//! three months any fever stays an emergency and a fever of five days or more stays
//! urgent (amber), by their own rows [NG143]. "Playing a bit", "eating a little" are not
//! green ([`Sig::PlaysLittle`]); only a child, never a baby, is read so. The effect is in
//! `affirmed_level` (`mod.rs`). Tests, in other words than the batch, with hard
//! negatives, are in `well_child_fever_tests.rs`.

use super::lexicon::Sig;

/// A child said to be well, and the words that say only partly, in seven languages.
pub(crate) const WELL_CHILD_FEVER: &[(Sig, &str)] = &[
    (
        Sig::WellChild,
        pats![
            "playing|plays ~normally|normal|happily|happy|fine|away|loads|lego|football|outside",
            "happily ~playing", "bouncing|running|charging|zooming ~around|about",
            "bouncing ~on|off ~sofa|bed|walls",
            "eating|eats|ate|drinking ~normally|normal|loads|everything",
            "jugando|juega ~normal|normalmente|tranquilo|tranquila|feliz|contento|contenta|pelota|futbol|play",
            "come|comiendo|comio ~normal|normalmente",
            "joue|jouer ~normalement|tranquillement|lego|legos|ballon|dehors",
            "mange ~normalement", "joue ~et ~rigole",
            "spielt|spielen ~normal|frohlich|munter|draussen|fussball",
            "gioca|giocando ~normale|normalmente|tranquillo|tranquilla|playstation|palla|fuori|felice",
            "mangia|beve ~normale|normalmente",
            "brincando|brinca|jogando|joga ~normal|normalmente|tranquilo|tranquila|bola|feliz",
            "comeu|come|comendo ~normal|normalmente",
            "speelt|spelen ~gewoon|vrolijk|normaal|buiten",
            // Cheerful, said of the child: NG143 green "content"; alone, since "aber"
            // ("spielt aber fröhlich") opens a new clause.
            "frohlich|munter|vrolijk",
            "eet|drinkt ~gewoon|normaal",
        ],
    ),
    (
        Sig::PlaysLittle,
        pats![
            "playing|plays|eating|eats ~bit|little|less|sometimes", "hardly|barely ~playing|eating",
            "playing|eating ~on ~and ~off", "not ~herself|himself",
            "juega|jugando|come ~poco|menos|un ~poco",
            "joue|mange ~un ~peu|moins|peu|de ~temps",
            "spielt ~kaum|wenig|weniger|bisschen",
            "gioca|mangia ~un ~po|poco|meno",
            "brinca|joga|come ~pouco|menos",
            "speelt|eet ~weinig|minder|beetje",
        ],
    ),
];
