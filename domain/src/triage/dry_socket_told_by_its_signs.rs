//! A dry socket told by its signs, not its name: two to four days after a tooth came out, a
//! throbbing pain that goes up to the ear, a foul or rotten taste, a hole that smells ("a
//! deep throb going up to my ear and tastes horrible", "dor latejante que vai para o ouvido
//! e mau gosto", "ça lance jusque dans l'oreille avec un goût dégueu", "pochender Schmerz
//! bis ins Ohr, eklig im Mund", "kloppende pijn tot in mn oor en smerige smaak"). SDCEP puts
//! a dry socket in its urgent group (a dentist within 24 hours): row "pain after a tooth
//! came out, going to the ear or with a foul taste (dry socket)" in `presentations.rs`. The
//! sign needs the extraction and a pain: a bad taste alone, or an earache with no tooth
//! out, lifts nothing. Tests, in other words than the corpus, with hard negatives (an
//! earache with a cold, a bad taste from a new mouthwash, a socket healing well), are in
//! `dry_socket_told_by_its_signs_tests.rs`.

use super::lexicon::Sig;

/// Pain to the ear, a foul taste, a socket that smells; and the extraction told in words
/// the lexicon lacked ("since the pulling", "nach dem Ziehen", "sinds de trekking").
pub(crate) const DRY_SOCKET_TOLD_BY_ITS_SIGNS: &[(Sig, &str)] = &[
    (
        Sig::DrySocketSign,
        pats![
            "up|into|to ~my|the ~ear",
            "ears ~too",
            "taste|tastes ~horrible|rank|foul|rotten|disgusting|awful|vile",
            "horrible|foul|rotten|bad|disgusting ~taste",
            "hole|socket ~smells|stinks|agony",
            "hasta ~el ~oido",
            "mal ~sabor",
            "sabor ~horrible|asqueroso|podrido",
            "jusque|jusqu ~dans ~l ~oreille",
            "jusqu ~a ~l ~oreille",
            "mauvais ~gout",
            "gout ~degueu|degueulasse|horrible|pourri",
            "bis ~ins ~ohr",
            "bis ~zum ~ohr",
            "eklig ~im ~mund",
            "schlechter|ekliger|fauliger ~geschmack",
            "fino ~all ~orecchio",
            "verso ~l ~orecchio",
            "cattivo|brutto ~sapore",
            "sapore ~orribile|schifoso",
            "vai|vai ~ate|para|pro ~o ~ouvido",
            "pro ~ouvido",
            "mau ~gosto",
            "gosto ~ruim|podre|horrivel",
            "tot ~in ~mn|mijn ~oor",
            "naar ~mijn|mn ~oor",
            "smerige|vieze|rare ~smaak",
        ],
    ),
    (
        // The extraction told by its verb's noun, in the days after it.
        Sig::Extraction,
        pats![
            "arrancaram|arrancou|tiraram|tirou ~dente|siso",
            "dente|siso ~que ~arrancaram|tiraram",
            "nach ~dem ~ziehen",
            "sinds|na ~de ~trekking",
            "depuis ~l ~extraction"
        ],
    ),
];
