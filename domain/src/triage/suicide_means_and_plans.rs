//! A suicide plan or an overdose told in everyday words the lexicon lacked: the means at
//! hand ("I've got a rope", "the pills are here", "j'ai compté mes cachets"), a time set
//! ("going to do it tonight", "je compte les prendre ce soir"), a whole bottle or box
//! swallowed ("me tomé el frasco"), empty packets found beside someone, a goodbye that
//! hands over a pet or a child ("zorg goed voor de kat"), someone who cannot be woken
//! ("niet wakker te krijgen", "desacordado"). Each joins rules the table already has:
//! the means or a decision with a goodbye, thoughts of death or "I can't go on" are an
//! emergency [MHF, NG225]; an overdose is one even if well, and anyone found unconscious
//! is [POIS]. Tests, in other words than the corpus, with hard negatives (a climbing rope,
//! pills ready for the morning, a box of plasters, a sleepy teenager), are in
//! `suicide_means_and_plans_tests.rs`.

use super::lexicon::Sig;

/// Means, plans, goodbyes and overdoses told plainly.
pub(crate) const SUICIDE_MEANS_AND_PLANS: &[(Sig, &str)] = &[
    (
        Sig::MeansAtHand,
        pats![
            "have|got|bought|ive ~a|the ~rope|noose", "rope|noose ~ready|here|tied|up",
            "have|got ~the|my|all ~pills|tablets|meds ~here|ready|next|beside",
            "pills|tablets|meds ~lined ~up", "all ~my ~pills|tablets ~on ~the ~table",
            "compte|compté ~mes|les ~cachets|comprimes|pilules|somniferes",
            "tengo ~la|una ~cuerda|soga", "j ~ai ~une ~corde", "ho ~una ~corda", "tenho ~uma ~corda", "hab|habe ~ein ~seil|strick", "heb ~een ~touw",
        ],
    ),
    (
        Sig::Decided,
        pats![
            "going|gonna ~to ~do ~it ~tonight|today|now", "will ~do ~it ~tonight",
            "will|going|gonna ~take ~them|all|it|everything ~tonight",
            "compte ~les ~prendre ~ce ~soir", "vais ~les ~prendre ~ce ~soir", "je ~le ~fais ~ce ~soir",
            "voy ~a ~hacerlo ~esta ~noche|hoy", "lo ~hago ~esta ~noche|hoy",
            "mach|mache ~es ~heute ~nacht|abend", "lo ~faccio ~stanotte|stasera|oggi",
            "vou ~fazer ~isso ~hoje|noite", "ik ~doe ~het ~vannacht|vanavond",
        ],
    ),
    (
        // A goodbye that hands over a pet, a child or a parent.
        Sig::Farewell,
        pats![
            "zorg ~goed ~voor ~de ~kat|hond|kinderen|mama|papa",
            "cuida|cuidad ~a|de ~mi ~gato|perro|madre|mama|los ~ninos",
            "prends ~soin ~de ~mon|ma|du ~chat|chien|maman|enfants",
            "kummer|kuemmer ~dich ~um ~katze|hund|kinder|mama",
            "prenditi ~cura ~del|della ~gatto|cane|mamma|bambini",
            "cuida ~do|da|dos ~gato|cao|mae|filhos",
            "given|giving|gave ~away ~his|her|my ~dog|cat|guitar|guitars|things|stuff",
        ],
    ),
    (
        // A whole bottle or box swallowed, or empty packets found beside someone [POIS].
        Sig::Overdose,
        pats![
            "me|se ~tome|tomo|trague|trago ~el|la ~frasco|bote|caja ~de|entero|entera",
            "frascos|caixas|cartelas ~de ~remedio|remedios|comprimidos ~vazios|vazias",
            "empty ~pill|tablet|paracetamol ~packet*|bottle*|box*|blister* ~beside|next|around|by|near|floor|bed",
            "leere ~tablettenpackungen|packungen|blister ~neben|um|auf|bett|boden",
            "boites|plaquettes ~vides ~a ~cote|autour|par",
            "lege ~strips|doosjes|potjes|pillenpotjes ~naast|rond|bij|op",
            "took|swallowed ~all ~my|his|her ~pills|tablets|meds|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|venlafaxine|quetiapine|zopiclone|diazepam|tramadol|codeine|oxycodone|paracetamol ~tonight|sorry",
            "alle ~seine|ihre ~tabletten|pillen|ritalin|medikamente ~auf ~einmal",
        ],
    ),
    (
        // Cannot be woken or brought round [POIS, RCUK].
        Sig::Unconscious,
        pats![
            "desacordado|desacordada", "!niet|nie|ni ~wakker ~krijgen",
            "!komt|kwam ~niet|ni|nie ~meer ~bij",
        ],
    ),
];
