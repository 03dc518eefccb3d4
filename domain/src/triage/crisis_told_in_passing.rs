//! Danger now told in passing, beside an errand or by a relative: a plan for tonight,
//! tablets put out or saved up, a goodbye in plain words ("this is goodbye", "tell my mum
//! I love her", "doubt I'll be around"), a person on a bridge or the rails who does not
//! want to come down, someone psychotic on a roof or in traffic, a gun at home with a hint,
//! a belt or cord round the neck, a partner who locks the person in or a gunman at the
//! door. Each joins rows the presentation table already has: the means with a goodbye, no
//! answer, voices or "can't go on"; a decision with the means; a weapon with a threat;
//! strangling with a changed voice [MHF, NG225, CG192, RCUK]. Written in en es fr de, the
//! languages of batch 99 (it pt nl where the words are cheap). Tests, in other words than
//! the batch, with hard negatives (a climbing trip, a dental bridge, a shooting club, a
//! goodbye party), are in `crisis_told_in_passing_tests.rs`.

use super::lexicon::Sig;

/// Plans, means, goodbyes, psychosis in danger and violence told in passing.
pub(crate) const CRISIS_TOLD_IN_PASSING: &[(Sig, &str)] = &[
    (
        // A plan with its time [MHF]: counted only with the means, a goodbye or thoughts
        // of death (the "decision" row).
        Sig::Decided,
        pats![
            "made|got ~a ~plan ~for ~tonight|today", "plan ~is ~for ~tonight",
            "dass ~es ~heute|morgen ~endet|vorbei", "heute ~endet ~es", "it ~ends ~tonight|today",
            "ending ~it ~tonight|today", "hoy ~se ~acaba ~todo", "ca ~se ~termine|finit ~ce ~soir|aujourd",
        ],
    ),
    (
        // The means got ready: tablets put out or saved up, pills and a bottle with them,
        // a blade, a gun at home, the rails or a motorway on foot [MHF].
        Sig::MeansAtHand,
        pats![
            "put|laid|set|lined ~the|my|all ~tablets|pills|meds ~out",
            "saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting ~my|the ~tablets|pills|meds|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|quetiapine|olanzapine|zopiclone|diazepam|tramadol|codeine|paracetamol|lithium",
            "guardando|juntando|ahorrando ~pastillas|comprimidos", "je ~garde|stocke|accumule ~mes ~cachets|comprimes|medicaments",
            "sammle|sammelt|gesammelt|gehortet ~tabletten|pillen|medikamente",
            "with|con|avec|mit ~the|my|las|mis|les|mes|den|meinen ~pills|tablets|pastillas|cachets|comprimes|tabletten ~and|y|et|und ~a|una|une|einer ~bottle|botella|bouteille|flasche",
            "has|have|got|keeps|tiene|a|hat ~a|une|un|eine|ein ~gun|shotgun|rifle|pistol|fusil|pistolet|gewehr|pistole|escopeta|pistola ~in ~the|his|her|la|le|dem|der ~shed|garage|house|drawer",
            "tiene|tengo ~una ~cuchilla|navaja", "a ~une ~lame", "hat ~eine ~klinge|rasierklinge",
            "on|onto ~the ~railway|train ~line|tracks", "sur ~les ~rails|voies", "auf ~den ~gleisen|schienen", "en ~las ~vias ~del ~tren",
            "an ~der|den ~bruecke|brucke|bahnbruecke|bahnbrucke|gleisen",
            "running|ran|walking ~into|in ~the ~traffic|road", "traverse|traversee|court ~nationale|autoroute|route ~sans ~regarder",
            "cruza|cruzo ~la ~carretera|autopista ~sin ~mirar", "lauft|laeuft|rennt ~auf ~die ~strasse|autobahn",
        ],
    ),
    (
        // Not wanting to come down from where they sit, or the day to end [MHF].
        Sig::CantGoOn,
        pats![
            "!not ~sure ~i ~want ~to ~get|come ~down|back", "!dont|doesnt ~want ~to ~get|come ~down|back",
            "wanted ~the ~day ~to ~end", "want ~it ~all ~to ~end",
            "!no ~quiero|quiere ~bajar", "!veux ~pas ~descendre", "!will ~nicht ~runter",
        ],
    ),
    (
        // A goodbye in plain words.
        Sig::Farewell,
        pats![
            "this ~is ~goodbye", "esto ~es ~una ~despedida", "c ~est ~un ~adieu", "das ~ist ~ein ~abschied", "questo ~e ~un ~addio", "isto ~e ~uma ~despedida",
            "say ~sorry ~to ~everyone", "tell ~my ~mum|mom|dad|kids|wife|husband|sister|brother ~i ~love ~her|him|them",
            "!doubt ~ill|i ~be ~around|here", "gracias ~por ~aguantarme", "merci ~de ~m ~avoir ~supporte", "danke ~dass ~ihr ~mich ~ertragen",
        ],
    ),
    (
        // The person will not answer any more (de).
        Sig::Unreachable,
        pats!["!antwortet ~nicht ~mehr", "!no ~contesta|responde ~ya", "!geht ~nicht ~mehr ~ran"],
    ),
    (
        // A threat to kill oneself told of someone else, without the "if" of a threat.
        Sig::Suicidal,
        pats![
            "que ~se ~va ~a ~matar", "qu ~il|elle ~va ~se ~tuer", "dass ~er|sie ~sich ~umbringt|umbringen",
            "been ~told ~to ~jump", "voices ~tell|telling ~him|her|me ~to ~jump",
        ],
    ),
    (
        // Shut in a room.
        Sig::LockedIn,
        pats!["se ~ha ~encerrado", "s ~est ~enferme|enfermee", "hat ~sich ~eingeschlossen", "!wont ~come ~in|inside"],
    ),
    (
        // Thoughts of harming the baby, and after birth, in German.
        Sig::DarkThoughts,
        pats!["dem ~baby|kind ~etwas ~anzutun", "!traue ~mir ~selbst ~nicht ~mehr|mit|bei"],
    ),
    (
        Sig::Postpartum,
        pats!["vor ~#1 ~tagen|wochen ~mutter ~geworden", "hace ~#1 ~dias|semanas ~fui ~madre"],
    ),
    (
        // Delusions of flying and of being chased, told by a relative.
        Sig::Psychosis,
        pats![
            "saying|believes|convinced ~he|she|they ~can ~fly", "qu ~on ~la|le ~poursuit", "que ~le|la ~persiguen", "dass ~man ~ihn|sie ~verfolgt",
            "thinks|says ~people|someone ~are|is ~following|chasing ~him|her",
        ],
    ),
    (
        // A gun or a blade held.
        Sig::Weapon,
        pats![
            "with|con|avec|mit ~a|un|une|einem|einer ~gun|shotgun|rifle|fusil|pistolet|gewehr|pistole|escopeta|pistola",
            "halt|haelt|hielt ~ein|das|einen ~messer|beil|gewehr|pistole", "a ~un ~fusil|pistolet", "has|got ~a ~gun|shotgun|rifle|pistol", "hat ~eine|ein ~pistole|gewehr|waffe", "tient|tenait ~un ~couteau|fusil", "sostiene|tiene ~un ~cuchillo ~en ~la ~mano",
        ],
    ),
    (
        // A threat to kill the whole household.
        Sig::ThreatToKill,
        pats!["va ~tous ~nous ~tuer", "va ~nous ~tuer", "nos ~va ~a ~matar", "will ~uns ~alle ~umbringen|toeten|toten", "bringt ~uns ~alle ~um", "kill ~us ~all", "kill ~all ~of ~us"],
    ),
    (
        // Locked in by a partner after a beating: violence under way.
        Sig::ViolenceNow,
        pats![
            "!hes|he|shes|she ~locked ~me ~in", "!has ~locked ~me ~in", "m ~a ~enfermee|enferme", "me ~ha ~encerrado", "hat ~mich ~eingesperrt|eingeschlossen",
            "hit|punched|kicked ~me ~again ~and", "will ~finish ~it|me ~tonight",
        ],
    ),
    (
        // A belt, a cord or a rope round the neck: a hanging attempt [RCUK].
        Sig::Strangled,
        pats![
            "with|avec|con|mit ~a|une|un|einem|einer ~belt|cord|rope|cable|ligature|ceinture|corde|cinturon|cuerda|gurtel|guertel|seil|kabel ~around|round|autour|alrededor|um ~his|her|my|du|del|den ~neck|cou|cuello|hals",
        ],
    ),
];
