//! Words of death, overdose and self-harm that name a film, a book, a documentary or a
//! joke, in Spanish, French and German (English where cheap): "un libro sobre
//! autolesiones", "la Suizidszene in der Serie", "un documentaire sur les overdoses",
//! "une overdose de séries", "mi jefe me va a matar con tanto curro", "estoy que me muero"
//! (worn out), "je suis effondrée" (heartbroken). Each pattern covers the death word, so
//! the scope hides it (`Sig::NotASign`); the rest of the message is read as usual, so a
//! film that left the person with a plan still reads through its other words. Tests, in
//! other words than batch 107, with the emergencies these must not hide (a threat with a
//! knife, a real overdose), are in `death_words_in_media_and_jokes_tests.rs`.

use super::lexicon::Sig;

/// Death words in media and in jokes: not a sign.
pub(crate) const DEATH_WORDS_IN_MEDIA_AND_JOKES: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "libro|peli|pelicula|serie|documental|livre|film|documentaire|buch|book|movie|documentary ~sobre|sur|uber|ueber|about ~autolesiones|suicidio|suicide|overdoses|sobredosis|suizid|selbstverletzung",
        "peli|pelicula|film|serie ~sobre|sur|uber ~un|una|une|einen ~chico|chica|garcon|fille|jungen|madchen ~que|qui|der|das ~se|s|sich ~suicida|suicide|umbringt",
        "suizidszene|suizidszenen",
        "overdose|sobredosis ~de|of ~series|netflix|chocolat|chocolate|travail|trabajo",
        "chef|prof|boss|jefe|profe|lehrer ~bringt ~mich ~noch ~um", "prof|chef|patron|boss ~va ~me ~tuer", "jefe|profe ~me ~va ~a ~matar",
        "estoy ~que ~me ~muero", "je ~suis ~effondre|effondree",
    ],
)];
