//! A rash that does not fade when pressed, told the way parents describe the glass test:
//! "still there when I roll a glass over", "stays when I push on it", "doesn't go away
//! when I press", "não desaparecem quando aperto", "paarse puntjes". A non-blanching rash
//! is an emergency with a fever or illness [NG240, NG143]; the lexicon reads it as one
//! alone, as it did before. A rash that fades when pressed is not one. Tests, in other
//! words than the corpus, with hard negatives, are in `non_blanching_rash_tests.rs`.

use super::lexicon::Sig;

/// The glass or press test failed, in lay words; small purple or dark spots.
pub(crate) const NON_BLANCHING_RASH: &[(Sig, &str)] = &[(
    Sig::NonBlanching,
    pats![
        "still|stay|stays|staying ~there|visible ~when|if|after ~press*|push*|roll*|glass",
        "stay|stays|stayed ~when|if ~i|you ~press*|push*|roll*",
        "!dont|doesnt|didnt|wont|not ~go ~away ~when|if ~press*|push*|roll*|glass",
        "!dont|doesnt|didnt|wont|not ~blanch|blanching",
        "!nao ~desaparecem|desaparece|somem|some|saem ~quando|se ~carrego|aperto|pressiono|copo",
        "!no ~desaparecen|desaparece|se ~van|quitan ~cuando|si ~aprieto|presiono",
        "!ne ~partent|part|disparaissent|disparait ~pas ~quand ~appuie|presse|appuyant",
        "!gehen|geht|verschwinden|verschwindet ~nicht ~weg ~wenn ~druck*|drucke",
        "!non ~vanno ~via|spariscono ~quando|se ~premo|schiaccio",
        "!gaan|gaat|verdwijnen|verdwijnt ~niet ~weg ~als|wanneer ~druk|drukt",
        "puntjes|stipjes|vlekjes ~paars*|donkerrood|donkerrode",
        "paarse|donkerrode ~puntjes|stipjes|vlekjes",
        "tiny|small|little ~purple|dark ~dots|spots|specks",
    ],
)];
