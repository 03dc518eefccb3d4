//! The words for grunting are everyday grumbling too: "mon mari grogne parce qu'il doit
//! attendre", "mi padre está gruñendo porque tiene que esperar", "er grunzt, weil er
//! warten muss", "mijn maag knort". The lexicon reads them as breathing trouble wherever
//! they stand (session 24's list): grunting is a red sign in a baby or a child and in
//! anyone barely rousable [NG143 red; RCUK], so the bare word keeps its reading (session
//! 25b measured a held-out emergency that rests on it), and only grumbling about a wait or
//! an appointment, or a stomach that rumbles, is not a sign (`Sig::NotASign` over the word).
//! And someone who answers a shake or their name only with a grunt ("elle grogne quand on
//! la secoue", "ne répond qu'en grognant") is barely rousable, an emergency (AVPU: voice
//! or pain only) [RCUK, NG51]. Tests, in seven languages, with grunting babies kept, are
//! in `grunting_with_each_breath_tests.rs`.

use super::lexicon::Sig;

/// Grumbling about a wait, a rumbling stomach; a grunt as the only answer.
pub(crate) const GRUNTING_WITH_EACH_BREATH: &[(Sig, &str)] = &[
    (
        Sig::NotASign,
        pats![
            "grogne|grunzt|grunendo|grugnisce|grunhe|knort ~parce|contre|car|weil|wegen|porque|perche|omdat|vanwege ~attendre|attente|rendez|warten|termin|esperar|espera|cita|aspettare|attesa|appuntamento|consulta|wachten|afspraak",
            "maag|buik|ventre|estomac|bauch|magen|estomago|barriga|pancia|stomaco ~knort|grogne|grunzt|gruñe|grugnisce|grunhe",
        ],
    ),
    (
        // AVPU: answers a shake, a touch or a call only with a grunt [RCUK, NG51].
        Sig::Unconscious,
        pats![
            "grogne|grognait|grunzt|grune|grugnisce|grunhe|knort|kreunt ~quand|wenn|cuando|quando|als|si ~secoue|touche|appelle|parle|stimule|schuttelt|anspricht|beruhrt|sacude|toca|llama|habla|scuote|tocca|chiama|parla|sacode|chama|schudt|aanraakt|roept|aanspreekt",
            "repond|reagit|antwortet|reagiert|responde|reacciona|risponde|reagisce|reage|reageert|antwoordt ~que|nur|solo|so|alleen ~grognant|grognements|grognement|grunzen|grunzend|grunidos|grugniti|grunhidos|knorren|gekreun",
        ],
    ),
];
