//! Someone at the door now, trying to break it in or threatening to hurt the person, told
//! with a pronoun or in the words of seven languages ("trying to kick it in", "banging on
//! the door saying he's gonna hurt me", "intenta tirarla abajo", "essaie de l'enfoncer",
//! "versucht sie einzutreten", "cerca di sfondarla", "tentando arrombá-la", "probeert hem
//! in te trappen"): violence under way (`Sig::ViolenceNow`), an emergency [MHF,
//! consensus]. Tests, in other words than batch 125, with hard negatives (a parcel at the
//! door, a door that sticks, a joke about hurting someone), are in
//! `a_threat_at_the_door_tests.rs`.

use super::lexicon::Sig;

/// A door being broken in, or a threat shouted through it.
pub(crate) const A_THREAT_AT_THE_DOOR: &[(Sig, &str)] = &[(
    Sig::ViolenceNow,
    pats![
        "trying|tryna|tries ~to ~kick|break|smash ~it ~in|down",
        "banging|pounding|hammering|kicking ~door ~hurt|kill|get ~me",
        "intenta|intentando ~tirarla|tirar ~abajo ~puerta",
        "aporreando|golpeando ~puerta ~hacer ~dano|matar",
        "essaie|essaye ~de ~l ~enfoncer|defoncer",
        "tape|frappe|cogne ~porte ~faire ~du ~mal|tuer",
        "versucht ~sie|die ~tur|tuer ~einzutreten",
        "hammert|tritt ~gegen ~die ~tur|tuer ~wehtun|umbringen",
        "cerca ~di ~sfondarla",
        "prende ~a ~calci ~la ~porta",
        "tentando|tenta ~arromba|arrombar ~la|porta",
        "esmurrando|chutando ~porta ~machucar|matar",
        "probeert ~hem|de ~deur ~in ~te ~trappen",
        "bonkt|bonst ~op ~de ~deur ~pijn|vermoorden",
    ],
)];
