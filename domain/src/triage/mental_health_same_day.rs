//! The same-day line of mental health told in lay words (TRIAGE.md "Session 18f"):
//! passive wishes to be gone ("the world would be better without him", "I shouldn't be
//! alive", "he said what's the point"), hopelessness ("ne voit pas comment s'en sortir"),
//! fear of going mad, crying all day, a psychosis coming back (voices again, suspicious
//! again, watched through the television, people following), stopping a long-used
//! sedative, restlessness after a medicine change, and a double dose of a stimulant
//! given to a child. Each is urgent at most: NG225 and the mental-health triage scale
//! put thoughts of death without a plan, and early relapse, at a same-day talk; the
//! rows that make them an emergency (a plan, the means, a goodbye) are unchanged.
//! Written in en es fr de. Tests, in other words than batch 99, with hard negatives
//! (idioms of boredom, a question about a leaflet, "what's the point of booking"), are in
//! `mental_health_same_day_tests.rs`.

use super::lexicon::Sig;

/// Same-day mental-health concepts and their look-alikes.
pub(crate) const MENTAL_HEALTH_SAME_DAY: &[(Sig, &str)] = &[
    (
        // A wish to be gone, told as a thought or as said [NG225: a same-day talk].
        Sig::DarkThoughts,
        pats![
            "world|everyone|family ~would ~be ~better ~without ~him|her|me|them",
            "!shouldnt|should ~not ~be ~alive|here", "!thinking ~i ~shouldnt ~be ~alive|here",
            "happier|better ~if ~he|she|i ~could ~just ~be ~with ~her|him",
            "said|says|saying|keeps ~whats ~the ~point",
            "!voit|vois ~pas ~comment ~s|m ~en ~sortir",
            "!sieht ~keinen ~ausweg", "!see ~a|any ~way ~out",
        ],
    ),
    (
        // Not coping now: crying all day, afraid of going mad, "can't go on like this".
        Sig::MentalCrisis,
        pats![
            // Unwanted images of self-harm (not a wish: read beside the means, a wish would
            // be an emergency).
            "images|pictures ~of ~hurting|harming ~myself",
            "crying ~all ~day", "lloro|llorando ~todo ~el ~dia", "pleure ~toute ~la ~journee", "weine ~den ~ganzen ~tag",
            "scared|afraid|frightened|terrified ~im|i ~am ~going ~mad|crazy", "peur ~de ~devenir ~fou|folle", "miedo ~a|de ~volverme ~loco|loca",
            "angst ~verruckt|verrueckt ~zu ~werden",
            "!no ~puedo ~mas ~asi", "!cant ~go ~on ~like ~this", "!kann ~so ~nicht ~mehr",
            "commence ~a ~replonger", "struggling ~again ~since|after ~discharge", "pensees ~obsedantes",
        ],
    ),
    (
        // A psychosis coming back, or told by a relative [consensus: early intervention].
        Sig::Psychosis,
        pats![
            "becoming|getting|gone ~suspicious|paranoid ~again", "hearing ~things|voices ~again", "oir|oyendo ~cosas ~otra ~vez", "empiezo ~a ~oir ~cosas",
            "entends ~des ~voix ~a ~nouveau", "hore|hoere ~wieder ~stimmen", "thinking ~people|someone ~are|is ~following|watching ~me",
            "vigilan|vigila|espian ~por ~tele|television|camara|camaras|movil|wifi", "surveille|surveillent ~par ~la ~tele|camera",
            "seeing ~things ~that ~arent ~there", "whispering ~when ~no ~one", "gedanken ~rasen", "racing ~thoughts ~and ~not ~sleeping",
        ],
    ),
    (
        // A long-used sedative: stopping it is withdrawal [CG100, consensus].
        Sig::Withdrawal,
        pats![
            "on ~diazepam|valium|lorazepam|clonazepam|alprazolam|xanax|benzos|zopiclone ~for ~years",
            "arrete|arreter|arretee ~les ~benzodiazepines|benzos|anxiolytiques", "arreter ~les ~anxiolytiques",
        ],
    ),
    (
        // Restless after a change of medicine (akathisia), in Spanish.
        Sig::Agitation,
        pats!["!no ~puede ~estarse ~quieto|quieta", "!can ~not|cant ~sit ~still"],
    ),
    (
        Sig::MedChange,
        pats!["cambiado ~la ~medicacion|dosis"],
    ),
    (
        // A dose given twice by mistake.
        Sig::DoubleDose,
        pats![
            "took|taken|had|given ~his|her|their ~dose|tablet|tablets|meds|ritalin|methylphenidate|medikinet|concerta|elvanse ~twice", "pris ~son|sa|ses ~methylphenidate|ritaline|medicament|traitement ~deux ~fois",
            "zweimal ~genommen|bekommen|gegeben", "tomado|tomo ~dos ~veces",
        ],
    ),
    (
        // Methylphenidate and other ADHD medicines named.
        Sig::Medicine,
        pats!["methylphenidate|methylphenidat|metilfenidato|ritalin|ritaline|concerta|medikinet|elvanse|lisdexamfetamine", "adhd ~meds|medication|tablets"],
    ),
    (
        // Idioms of death and thoughts read from a leaflet: not a sign.
        Sig::NotASign,
        pats![
            "die|died|dying ~of ~boredom|embarrassment|shame|laughing|laughter", "mourir|meurs ~d ~ennui", "morir|muero ~de ~aburrimiento|verguenza|risa",
            "sterbe ~vor ~langeweile", "steht ~was|etwas ~von ~suizidgedanken", "suizidgedanken ~als ~nebenwirkung",
            "suicidal ~thoughts ~as ~a ~side ~effect", "side ~effect ~of ~suicidal ~thoughts",
        ],
    ),
];
