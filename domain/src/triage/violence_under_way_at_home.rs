//! Violence at home happening now, told by the victim, a child or a neighbour in Spanish,
//! French and German (English where cheap): a stepfather hitting a mother now, an ex who
//! broke a restraining order pounding on the door with a knife, someone screaming for
//! help next door, a child hiding in the bathroom while things are smashed, a partner who
//! strangled the person until they nearly blacked out and is coming back, a head or face
//! bleeding after a beating. Each feeds a signal the presentation table already joins:
//! violence under way; a weapon with violence; a threat to kill happening now; abuse with
//! a head injury; strangling with a faint (that row now counts a near-blackout)
//! [MHF, consensus, RCUK]. Tests, in other words than batch 107, with hard negatives (a
//! boxing class, a door knocked on by a courier, a neighbour's noise, a past beating
//! asked about), are in `violence_under_way_at_home_tests.rs`.

use super::lexicon::Sig;

/// Violence at home under way now and its injuries.
pub(crate) const VIOLENCE_UNDER_WAY_AT_HOME: &[(Sig, &str)] = &[
    (
        // Hitting a family member now, or pounding the door down [MHF, consensus].
        Sig::ViolenceNow,
        pats![
            "frappe ~ma ~mere|soeur",
            "frappe ~mon ~frere",
            "esta ~pegando ~a ~mi ~madre|hermana|hermano",
            "schlagt|schlaegt ~gerade ~meine ~mutter|mama|schwester",
            "is ~hitting|beating ~my ~mum|mom|mother|sister",
            "defonce ~la ~porte",
            "tritt ~die ~tur|tuer ~ein",
            // it pt nl: the door broken in or kicked, a knife held to someone, shouting
            // and blows heard now.
            "partiu|arrombou ~a ~porta",
            "sfondato|sfonda ~la ~porta",
            "met ~een ~mes|pistool ~bedreigt",
            "bedreigt ~met ~een ~mes|pistool",
            "minaccia|ameaca|ameacando ~con|com ~un|uma ~coltello|faca|pistola|arma",
            "sentivano|sento|sentiamo ~urla ~e ~colpi",
            "ouco|ouvi|ouvimos ~gritos ~e ~pancadas",
            "hoor|hoorde|horen ~geschreeuw ~en ~klappen|gebonk",
            // Trying to break the door in now, in seven languages (batch 119 wrote it in
            // Portuguese: "tentando arrombar").
            "tentando|tenta|quer ~arrombar|derrubar|forcar ~porta",
            "tentando|tenta|querendo ~arrombar",
            "cercando|cerca|prova ~di ~sfondare|forzare|buttare ~giu ~porta",
            "probeert ~deur ~in ~te ~trappen|beuken|breken",
            "probeert ~deur ~open ~te ~breken",
            "trying|tries ~to ~break|kick|force ~door ~down|in|open",
            "intenta|intentando ~tirar|romper|forzar ~la ~puerta",
            "essaie ~de ~defoncer|forcer ~porte",
            "versucht ~tur|tuer ~einzutreten|aufzubrechen",
        ],
    ),
    (
        // A knife carried by the person at the door.
        Sig::Weapon,
        pats![
            "lleva ~un ~cuchillo|machete",
            "a ~un ~couteau ~a|dans ~la ~main",
            "hat ~ein ~messer ~dabei",
            "ha|tem ~un|una|uma ~coltello|pistola|faca|arma",
            "heeft ~een ~mes|pistool|wapen",
            // Phone Portuguese "tá com" (has with him), a knife held in the hand.
            "ta|esta ~com ~uma|um ~faca|arma|pistola|revolver|facao",
            "staat ~met ~een ~mes|pistool|wapen",
            "con ~un ~coltello|pistola ~in ~mano",
            "con ~un ~cuchillo|arma ~en ~la ~mano",
            "foto ~de|da ~uma ~arma",
            "preso ~un ~martello|coltello|bastone",
            "knuppel|honkbalknuppel|mes ~gepakt",
        ],
    ),
    (
        // A threat to kill shouted now.
        Sig::ThreatToKill,
        pats![
            "dass ~er ~sie|ihn|mich ~umbringt|totschlagt",
            "dice ~que ~la|lo|me ~va ~a ~matar",
            "crie ~qu ~il ~va ~la|le|me ~tuer",
            "detto ~che ~ammazza|uccide ~me|noi",
            "disse|diz ~que|q ~me ~mata|matar",
        ],
    ),
    (
        // Now: someone screaming for help, hiding from the person, things smashed.
        Sig::HappeningNow,
        pats![
            "schreit ~um ~hilfe",
            "pide ~auxilio|socorro",
            "crie ~au ~secours",
            "screaming ~for ~help",
            "encerrada|encerrado|escondida|escondido ~en ~el ~bano",
            "cachee|cache|enfermee ~dans ~la ~salle ~de ~bain",
            "im ~bad ~eingeschlossen|versteckt",
            "hiding ~in ~the ~bathroom",
            "esta ~rompiendo ~cosas|todo",
            "aporreando ~la ~puerta",
            "casse ~tout",
            "kommt ~gleich ~wieder|zuruck|zurueck",
            "chiusa|chiuso ~in ~bagno|camera",
            "trancada|trancado ~no|na ~quarto|banheiro|casa",
            "opgesloten ~in ~de ~slaapkamer|badkamer|wc",
            "hoor ~nog ~steeds ~geschreeuw",
        ],
    ),
    (
        // Hit by a partner: the abuse that the head-injury row joins.
        Sig::AbuseRisk,
        pats![
            "m ~a ~frappee|battue|cognee",
            "orden ~de ~alejamiento",
            "me ~ha ~pegado|golpeado ~mi ~marido|pareja|novio",
            "hat ~mich ~geschlagen|verprugelt|verpruegelt",
            // it pt nl: slapped or hit by a partner, followed by an ex (stalking).
            "dato ~uno|un ~schiaffo|pugno",
            "me ~bateu|esbofeteou",
            "mi ~segue|perseguita",
            "me|mij ~volgt|achtervolgt",
        ],
    ),
    (
        // Bleeding from the head or a split eyebrow after a blow.
        Sig::HeadInjury,
        pats![
            "saigne ~de ~la ~tete",
            "l ~arcade ~est ~ouverte",
            "sangra ~de ~la ~cabeza",
            "blutet ~am ~kopf"
        ],
    ),
    (
        // Strangled (de es fr).
        Sig::Strangled,
        pats![
            "hat ~mich ~gewurgt|gewuergt",
            "me ~ha ~estrangulado|ahorcado",
            "m ~a ~etranglee|etrangle"
        ],
    ),
];
