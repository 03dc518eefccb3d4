//! Emergency words said of things, treats and television (session 21e, batch 115): "an
//! overdose of sun", "Überdosis Sonne", "een overdosis kerstkransjes"; a sofa, a chair or a
//! booking portal that "collapsed" ("ist zusammengebrochen", "komplett kollabiert"); a heart
//! attack in a film, a crime series or an episode (and anaphylaxis in one, session 22c), and
//! "giving me a heart attack". Each pattern covers the emergency word, so the scope hides it
//! (`Sig::NotASign`, as in `death_words_in_media_and_jokes.rs`); the rest of the message is
//! read as usual. A real overdose, a person who collapsed on the sofa and a heart attack told
//! after watching a film stay emergencies (tests in `emergency_words_for_things_tests.rs`).

use super::lexicon::Sig;

/// Emergency words said of things: not a sign.
pub(crate) const EMERGENCY_WORDS_FOR_THINGS: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "overdose|overdosis|uberdosis|ueberdosis|sobredosis|surdose ~sun|sonne|zon|sol|soleil|sole|chocolate|schokolade|chocola|kerst*|christmas|weihnacht*|cake|kuchen|taart|cookies|kekse|koekjes|platzchen|netflix|tv",
        "sofa|couch|chair|stuhl|stoel|bank|*portal|website|site|app|system|server ~is|has|ist|was|war|heeft ~collapsed|kollabiert|zusammengebrochen|ingestort|ingezakt",
        "film|movie|tatort|krimi|serie|series|episode|aflevering|show ~heart ~attack",
        "film|movie|tatort|krimi|serie|series|episode|aflevering|show ~herzinfarkt|hartaanval|hartinfarct|schlaganfall|beroerte",
        "giving|gives|give ~me|him|her|us ~heart ~attack",
        // Anaphylaxis in a film or a series (session 22c, batch 116).
        "film|movie|serie|series|episode|pelicula|filme|novela|aflevering ~anaphylaxis|anaphylactic|anaphylaxie|anafilaxia|anafilaxis|anafilassi|anafylaxie|anaphylaktischen",
    ],
)];
