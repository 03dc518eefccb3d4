//! A wound, scar, cut, stitches or piercing that looks infected, told plainly: "red and
//! there's yellowy stuff coming out and it smells", "die Wunde ist rot, nässt und riecht",
//! "a ferida cheira mal", "la plaie suinte", "de wond ruikt vies", "c'è una striscia rossa
//! che sale verso il polso", "cartilage piercing red, swollen and very painful". A wound
//! infection is a same-day look, a red streak up the limb (lymphangitis) sooner [NG141,
//! NG51 sepsis overlay]; the existing `Infection` finding reads urgent. Each pattern names
//! the discharge, the smell or the streak: a wound that is only "a bit red" is routine.
//! Tests, in other words than the corpus, with hard negatives (a clean wound, a scar that
//! is pink and healing, stitches to come out, a wound that smelled last week and was
//! treated), are in `infected_wounds_told_plainly_tests.rs`.

use super::lexicon::Sig;

/// Discharge, smell or a red streak from a wound, in seven languages.
pub(crate) const INFECTED_WOUNDS_TOLD_PLAINLY: &[(Sig, &str)] = &[(
    Sig::Infection,
    pats![
        "yellow|yellowy|green|greenish ~stuff|gunk|goo|gooey ~coming|out|oozing",
        "wound|wounds|cut|scar|incision|stitches|piercing|site ~smells|smelly|stinks|pus|oozing|oozy|weeping|leaking",
        "wound|cut|scar|incision|stitches ~yellow|yellowy|green ~stuff|gunk|pus",
        "red ~streak|line|stripe ~up|going|spreading|towards",
        "piercing|pierced ~red ~swollen|hot|pus|infected",
        "wunde|narbe|schnitt|naht ~nasst|eitert|riecht|stinkt|gelb", "nasst ~und ~riecht",
        "plaie|cicatrice|coupure|points ~suinte|pue|sent ~mauvais|pus|jaune",
        "herida|cicatriz|corte|puntos ~supura|huele|pus|amarillo",
        "ferita|cicatrice|taglio|punti ~puzza|pus|trasuda|secerne|giallo", "striscia ~rossa", "rosso ~sale ~verso",
        "ferida|cicatriz|corte|pontos ~cheira|pus|secrecao|amarelo",
        "wond|wondje|litteken|snee|hechtingen ~ruikt|stinkt|pus|etter|lekt|geel", "rode ~streep",
        "linha|risca ~vermelha ~subindo|sobe|subiu", "linea|raya ~roja ~sube|subiendo|subio",
        "trainee|ligne ~rouge ~monte|remonte", "roter ~streifen|strich ~hoch|nach ~oben",
    ],
)];
