//! Something a child has put in a nose or an ear, told by the thing or by the putting:
//! "se ha metido una perla en la nariz", "s'est mis un petit pois dans le nez", "hat
//! sich eine Perle in die Nase gesteckt", "si è infilato una pallina nel naso", "enfiou
//! um feijão no nariz", "heeft een kraaltje in zijn neus gestopt", "pushed a bead up his
//! nose". An object in the nose needs removing the same day (a button battery or a
//! magnet is an emergency elsewhere) [MTS]. Tests in other words, with hard negatives (a
//! nose piercing, a blocked nose, drops put in an ear), are in
//! `something_put_in_a_nose_or_ear_tests.rs`. Retried from session 22f's dropped tables.

use super::lexicon::Sig;

/// The object, or the act of putting it, with the nose or the ear.
pub(crate) const SOMETHING_PUT_IN_A_NOSE_OR_EAR: &[(Sig, &str)] = &[(
    Sig::ForeignBody,
    pats![
        "pushed|put|stuck|shoved bead|pea|bean|stone|button|lego|crayon|rubber|sweet ~up|in ~nose|ear|nostril",
        "metido|metio|meti perla|perlita|canica|bolita|garbanzo|frijol|piedrita|lenteja|boton ~nariz|oido",
        "perla|perlita|canica|lenteja|frijol|piedrita ~nariz|oido",
        "mis|mise|enfonce petit|pois|perle|bille|haricot|caillou|bouton ~nez|oreille",
        "gesteckt|geschoben perle|erbse|bohne|murmel|stein|knopf|kugel ~nase|ohr",
        "perle|erbse|bohne|murmel|knopf|kugel ~nase|ohr ~gesteckt|geschoben",
        "infilato|infilata|messo|messa perlina|pallina|cece|fagiolo|sassolino|bottone ~naso|orecchio",
        "enfiou|colocou|meteu conta|bolinha|feijao|pedrinha|botao|micanga ~nariz|ouvido",
        "gestopt|gestoken kraal|kraaltje|erwt|boon|knikker|steentje|knoopje ~neus|oor",
        "kraal|kraaltje|erwt|boon|knikker|steentje|knoopje ~neus|oor ~gestopt|gestoken",
    ],
)];
