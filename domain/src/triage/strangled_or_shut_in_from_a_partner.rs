//! Violence at home told before a practical request ("he choked me earlier, I only need a
//! note for work"): hands round the neck, told in seven languages, and a partner raging
//! and kicking or banging at a door the writer is behind. Strangling joins the existing
//! row (with a second sign), and a new one: strangled today ("earlier", "vorhin") is an
//! emergency whatever the request after it, for the neck can swell and the person may
//! still be there [RCUK, MHF, consensus]. Tests, in other words than batch 133, with hard
//! negatives (a scarf, "I could strangle him", a tight collar, a child's tantrum at a
//! door, strangling years ago), are in `strangled_or_shut_in_from_a_partner_tests.rs`.

use super::lexicon::Sig;

/// Hands round the neck, and raging at a door, in seven languages.
pub(crate) const STRANGLED_OR_SHUT_IN_FROM_A_PARTNER: &[(Sig, &str)] = &[
    (
        Sig::Strangled,
        pats![
            "strangled|throttled ~me",
            "his|her ~hands ~round|around ~my ~neck|throat",
            "grabbed|squeezed ~me ~by ~the ~throat|neck",
            "me ~estrangulo|ahorco|asfixio",
            "me ~apreto|agarro ~el|del ~cuello",
            "m ~a ~serre|serree|attrape|pris ~le|la ~cou|gorge",
            "m ~a ~etranglee|etrangle",
            "wurgte ~mich",
            "mich ~gewurgt|gewuergt",
            "mich ~am ~hals ~gepackt",
            "mi ~ha ~strangolato|strangolata",
            "stretto|strette|messo ~le ~mani ~al ~collo",
            "mi ~ha ~preso ~per ~il ~collo|la ~gola",
            "me ~estrangulou|enforcou|esganou",
            "apertou|agarrou ~me ~o|pelo ~pescoco",
            "me ~apertou|agarrou ~o|pelo ~pescoco",
            "heeft ~me|mij ~gewurgd",
            "wurgde ~me|mij",
            "handen ~om ~mijn ~keel|nek",
        ],
    ),
    (
        // A partner out of control, kicking or hammering at a door: the writer is behind it.
        Sig::ViolenceNow,
        pats![
            "lost ~it|raging ~kicking|banging|punching ~door",
            "fuera ~de ~si ~pateando|golpeando|aporreando ~puerta",
            "pete ~un ~cable ~tape|frappe|cogne ~porte",
            "hors ~de ~lui ~tape|frappe|cogne ~porte",
            "ausgerastet|tobt|randaliert ~tritt|hammert|schlagt ~gegen ~tur|*tur",
            "fuori ~di ~se ~prende ~a ~calci|pugni ~porta",
            "descontrolado|transtornado ~chutando|esmurrando|batendo ~porta",
            "door ~het ~lint ~schopt|bonkt|slaat ~tegen ~deur|*deur",
        ],
    ),
];
