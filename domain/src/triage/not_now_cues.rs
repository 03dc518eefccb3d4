//! Cues that a clinical word is not something happening to the writer now, in the
//! seven languages (session 16d, TRIAGE.md): a childhood event, an event dated by a
//! month ("last March"), a dream, a condition about a relapse ("if he has a fit again"),
//! a blood test named in Dutch and French. ConText's historical and hypothetical
//! triggers (`scope.rs` reads them); tests with the current report kept current are in
//! `not_now_cues_tests.rs`.

use super::lexicon::Sig;

/// Scope cues and phrases that are not symptoms.
pub(crate) const NOT_NOW_CUES: &[(Sig, &str)] = &[
    (
        // Childhood: "em criança", "da bambino", "toen ik klein was", "de pequeño".
        Sig::Past,
        pats![
            // Each needs the verb "was": "em criança" or "da bambino" with a gap would
            // reach "em casa a criança", "da quando è nato il bambino".
            "quando ~era ~crianca|pequeno|pequena|miudo|miuda", "quando ~ero ~bambino|bambina|piccolo|piccola|ragazzo|ragazza",
            "toen ~ik ~klein|jong|kind|tiener ~was", "als klein kind", "in mijn|mn jeugd|kindertijd",
            "cuando ~era ~pequeno|pequena|nino|nina|chico|chica",
            "quand ~j ~etais ~petit|petite|enfant|ado|gamin|gamine", "etant petit|petite|enfant",
            "in der kindheit|jugend", "als jugendlicher|jugendliche|teenager",
            "when i was a kid|child|teen|teenager|toddler", "as a kid|teen|teenager|toddler",
            // A month named as gone by: "last March", "back in July".
            "back|last in january|february|march|april|june|july|august|september|october|november|december",
            "last january|february|march|april|june|july|august|september|october|november|december",
            // Had it in a month: "l'ho avuto a marzo", "tive em março", "gehad in maart".
            "had|avuto|avuta|tuve|tive|gehad|hatte|gehabt ~in|a|en|em|im|back january|february|march|april|june|july|august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|marz|juni|juli|oktober|dezember|januari|februari|maart|augustus",
        ],
    ),
    (
        // "Nunca mais tive", "mai più successo", "never had one since": long over (a
        // historical cue, not a resolution: a fit that has just stopped is still a fit).
        Sig::Past,
        pats![
            "nunca ~mais ~tive|teve|aconteceu", "mai ~piu ~avuto|successo|capitato",
            "nooit ~meer ~gehad|gebeurd", "plus ~jamais ~eu", "nie ~wieder ~gehabt|passiert",
            "never ~had ~one|it|another ~since|again", "nunca ~mas ~tuve|paso",
        ],
    ),
    (
        // "Non ho intenzione di farmi del male": an intent denied, three words before it.
        Sig::Negation,
        pats![
            "non|nn ho intenzione di", "nao tenho intencao de", "no tengo intencion de",
            "pas l intention de", "niet van plan om", "no intention of|to",
        ],
    ),
    (
        // A dream is not an event: "dreamt I had a stroke", "droomde dat ik ...".
        Sig::Hypothetical,
        pats![
            "dreamt|dreamed|dreaming|nightmare", "dream ~that|about|i",
            "droomde|gedroomd|nachtmerrie", "sognato|sognavo|incubo",
            "sonhei|sonhado|pesadelo", "sone ~que", "sonado|pesadilla",
            "reve ~que|d|de", "revais|cauchemar", "getraumt|traumte|albtraum",
            // A relapse named as a condition: "als mn dochter weer een koortsstuip
            // krijgt", "se al bimbo tornano le convulsioni", "si mi hijo vuelve a tener".
            "als mijn|mn|onze|ons|hij|zij|ze|het weer|opnieuw",
            "se al|il|la|mio|mia|lui|lei tornano|torna|ritorna|ritornano|ricapita",
            "si mi|mis|el|la|le|su vuelve|vuelven|repite|repiten",
            "se meu|minha|ele|ela voltar|voltarem|repetir",
            "si mon|ma|il|elle refait|recommence|reprend",
        ],
    ),
    (
        // A blood test in Dutch and French plural: "bloed laten prikken", "prises de sang".
        Sig::Benign,
        pats![
            "bloed ~laten ~prikken|afnemen|onderzoeken|testen", "bloed ~prikken|afnemen",
            "bloedprik*|bloedafname|bloedonderzoek*|bloedtest*|bloedwaarde*|bloeduitslag*",
            "prises|analyses ~sang",
            // "Il fait la sourde oreille": he turns a deaf ear.
            "fait|faire|faisait|fais ~la ~sourde ~oreille",
            // A service named after a condition: "a follow-up with the stroke nurse".
            "book|see|with|at the stroke nurse|nurses|clinic|team|specialist|service",
        ],
    ),
    (
        // "It's gone brown and cloudy": a colour change, not a symptom gone away.
        Sig::Neutral,
        pats!["gone|going|turned|turning brown|cloudy|dark|darker|red|redder|yellow|green|black|white|pink|purple|grey|gray|blue|smelly|thick|orange"],
    ),
];
