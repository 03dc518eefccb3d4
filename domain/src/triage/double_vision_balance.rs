//! Sudden double vision with the person veering to one side, unable to stay on their feet
//! or walking into things: the "B" and "E" of BE-FAST together, an emergency [FAST,
//! NG128]. The presentation table already combines a loss of balance with a change in
//! vision; these are the lay words it lacked ("se va hacia un lado", "valt steeds opzij",
//! "sieht alles doppelt"). Tests, in other words than the corpus, with hard negatives,
//! are in `double_vision_balance_tests.rs`.

use super::lexicon::Sig;

/// Lay words for veering, falling to one side or walking into things, and for seeing
/// everything double.
pub(crate) const DOUBLE_VISION_BALANCE: &[(Sig, &str)] = &[
    (
        Sig::Balance,
        pats![
            "walking|walks|walked|keeps ~into ~things|doors|walls|furniture",
            "bumping|bumps|banging ~into ~things|doors|walls|everything",
            "veering|veers|veered ~to|towards ~one ~side",
            "keeps ~falling|veering|drifting ~to|towards ~one ~side",
            "voy|va|iba|vas ~de|hacia|para|pa ~lado",
            "!no ~puede ~mantener* ~pie",
            "valt|viel|zakt ~steeds|telkens ~opzij",
            "valt|viel ~opzij",
            "se ~cogne ~partout|murs|portes",
            "penche|part ~sur ~cote",
            "fallt|kippt ~zur ~seite",
            "lauft|lauft|geht ~gegen ~wande|turen|turrahmen",
            "sbatte|sbattere ~contro ~muri|porte|cose",
            "cai|caindo|vai ~pro|para ~lado",
            "batendo|bate ~nas ~coisas|paredes|portas",
        ],
    ),
    (
        Sig::VisionChange,
        pats![
            "alles ~doppelt",
            "todo ~doble",
            "tout ~en ~double",
            "tutto ~doppio",
            "tudo ~duplo|dobrado",
            "alles ~dubbel"
        ],
    ),
];
