//! A stroke, a heart attack or a fit told as what happens in a story: a show, a film, a
//! series, a documentary or a book "where" or "about" it happens ("watching a show where
//! a man has a stroke", "une série où le père fait un AVC", "ein Film, in dem jemand einen
//! Herzinfarkt hat"), or a child's homework or school project about it ("her homework is
//! about strokes"). A quoted or fictional frame is not the writer's symptom (session 23b
//! and 23f left a TV stroke and a film's overdose read high; the sources' signs are the
//! patient's own [NG128, CG95]). Only a story word followed by "where", "about" or "in
//! which" and then the sign: "we were watching a film and dad had a stroke" and "watching
//! TV when her face dropped" keep their reading, and a sign of the writer's own told after
//! the story ("... and now my own arm is weak") is outside the covered words and still
//! reads. Each pattern covers the sign it hides (`Sig::NotASign`), as in
//! `tests_pens_and_shows_not_signs.rs`. Tests, in seven languages, with the emergencies
//! these must not hide, are in `signs_in_stories_and_homework_tests.rs`.

use super::lexicon::Sig;

/// Signs that happen in a story or a school subject: not a sign.
pub(crate) const SIGNS_IN_STORIES_AND_HOMEWORK: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "show|film|movie|series|documentary|novel|serie|pelicula|peli|documental|libro|novela|documentaire|livre|roman|buch|doku|filme|livro|boek|docu|aflevering ~where|about|donde|sobre|ou|sur|wo|dem|der|uber|ueber|dove|cui|onde|waarin|waar ~stroke|strokes|ictus|avc|schlaganfall|beroerte|derrame|herzinfarkt|infarto|infarctus|hartaanval|seizure|seizures|convulsiones|convulsioni|convulsoes|krampfanfall",
        "show|film|movie|series|documentary|novel ~where|about ~heart ~attack|attacks",
        "homework|project|essay|deberes|tarea|devoir|devoirs|expose|hausaufgabe|hausaufgaben|referat|compiti|ricerca|werkstuk|spreekbeurt ~about|sobre|sur|uber|ueber|su ~stroke|strokes|ictus|avc|avcs|schlaganfall|schlaganfalle|beroerte|derrame|herzinfarkt|infarto|infarctus|hartaanval|heart|epilepsie|epilepsia|epilepsy",
        "werkstuk|spreekbeurt|huiswerk ~over ~beroerte|hartaanval|herseninfarct|epilepsie",
    ],
)];
