//! The detail that puts a named complaint on the right side of the emergency, urgent and
//! routine lines, as people type it on a phone (batch 95, session 18b in TRIAGE.md): a
//! croup "noise" that is there even at rest and a child who will not swallow his own spit
//! (the upper airway closing), a fever that has gone on for five days in a child, a wound
//! that gapes at one end, a fragment thrown into the eye by a grinder. Each entry is a
//! concept from `shared/CLINICAL-SOURCES.md` in the syntax of [`super::matcher`]; tests in
//! other words, with hard negatives, in `severity_details_tests.rs`.

use super::lexicon::Sig;

/// Findings whose severity detail is told in lay words.
pub(crate) const SEVERITY_DETAILS: &[(Sig, &str)] = &[
    // ------------------------------------------------- the upper airway [ENT, BTS]
    (
        // Stridor told as a noise heard even at rest (croup at rest is moderate to
        // severe), and the Dutch lay word for it ("gierende ademhaling"). The sources put
        // stridor with the emergencies of breathing [ENT]. A noise "when he breathed in"
        // was tried and left out: told of last night and "fine this morning", the scope
        // kept it current (an emergency for a croup that had settled).
        Sig::Breathing,
        pats![
            "squeaky|squeaking|crowing|honking|screechy|screeching|croupy ~noise|noises|sound|sounds ~even|when|while ~sitting|resting|calm|settled",
            "squeaky|squeaking|crowing|honking|screechy|croupy ~noise|noises|sound|sounds ~at ~rest",
            "gierende|gierend ~ademhaling|adem|ademen|inademen",
        ],
    ),
    (
        // Will not swallow even his own spit: the child lets it run out rather than
        // swallow (epiglottitis, a deep neck abscess) [ENT]. "Won't swallow his tablets"
        // is a child refusing medicine, not here.
        Sig::NoSwallowAtAll,
        pats![
            "!wont|doesnt|dont|refuses|refusing ~swallow|swallowing ~spit|saliva|spittle|dribble",
            "!letting|lets ~spit|saliva ~run|dribble|pour ~out",
        ],
    ),
    // ------------------------------------------------ dehydration in a child [NG143]
    (
        // No wet nappy told with the verb ("he's not had a wet nappy since yesterday"): with
        // drowsiness in a child, the dehydration row in `presentations.rs`.
        Sig::LessUrine,
        pats![
            "!not|hasnt|havent|hadnt ~had ~a|any ~wet ~nappy|nappies|diaper|diapers",
        ],
    ),
    // --------------------------------------------------- fever for days [NG143 amber]
    (
        // A temperature told by its length, five days or more: NG143 amber in a child
        // (seen the same day), whatever eases it for a while ("calpol brings it down").
        // Italian and Portuguese name the person having it: "la febbre è passata da 5
        // giorni" (gone five days ago) would match with the gap a pattern allows.
        Sig::LongFever,
        pats![
            "temp|temps|temperature|temperatures|fever|fevers ~for|since|over ~#5 ~days",
            // Session 22a: the days told after the fever with "now" ("a temp 5 days now").
            "temp|temps|temperature|fever ~#5 ~days ~now|straight|running",
            "fiebre ~desde ~hace ~#5 ~dias", "fievre ~depuis ~#5 ~jours",
            "fieber ~seit ~#5 ~tagen", "ha|ho|con ~febbre ~da ~#5 ~giorni",
            "tem|tenho|com|esta|ta ~febre ~ha ~#5 ~dias", "koorts ~al ~#5 ~dagen",
        ],
    ),
    // ------------------------------------------------------------- wounds [NG51, CG37]
    (
        // A wound that gapes at one end or in a corner: the edges are parting (red,
        // discharging or opening wound: NG51 amber; after a caesarean, CG37).
        Sig::WoundOpen,
        pats!["gaping|gapes|gaped|splitting ~at|in ~one|the ~corner|end|edge"],
    ),
    // --------------------------------------------------------------- eye [EYE]
    (
        // A fragment thrown at speed into the eye while grinding, drilling or hammering
        // metal may have gone in (high-velocity injury): eye casualty the same day.
        Sig::ForeignBody,
        pats![
            "eye ~grinding|grinder|drilling|hammering|welding|chiselling|cutting ~metal|steel|iron",
            "grinding|grinder|drilling|hammering|chiselling ~metal|steel|iron ~eye",
            "esmerilando|amolando|radial ~ojo", "meuleuse|meuler|meulage ~oeil",
            "flex|schleifen|geschliffen|flexen ~auge", "smerigliatrice|flessibile|smerigliando ~occhio",
            "rebarbadora|esmerilhadeira|esmerilhando ~olho", "slijptol|slijpen|haakse ~oog",
        ],
    ),
];
