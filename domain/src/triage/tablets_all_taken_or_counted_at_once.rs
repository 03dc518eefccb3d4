//! Tablets counted "at once" or all taken, told with the noun first: "15 ibuprofen auf
//! einmal", "20 cachets d'un coup", "tomei os comprimidos todos". Ten or more of a
//! medicine at once, or the whole supply, is an overdose, an emergency even when the
//! person feels well [POIS]. Asked about as a "what if" ("is it bad if you take 10 at
//! once?") the hypothetical scope still reads it as a question; "todos os dias", "todas
//! las noches", "tutte le sere" (every day, every night) are a routine, not the whole box
//! (`Sig::NotASign`); a count needs a verb of taking, so "can I get 56 tablets at once on
//! my repeat" is a request. Tests, in other words than batch 133, with hard negatives (a daily
//! dose, a question, a box bought), are in `tablets_all_taken_or_counted_at_once_tests.rs`.

use super::lexicon::Sig;

/// A count at once, or every tablet, with the noun before the "all".
pub(crate) const TABLETS_ALL_TAKEN_OR_COUNTED_AT_ONCE: &[(Sig, &str)] = &[
    (
        Sig::Overdose,
        pats![
            "took|takes|taken|taking|swallowed|popped ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~at|in ~once|one",
            "#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~auf ~einmal ~nimmt|nehme|nehmen|genommen|geschluckt|eingenommen",
            "nimmt|nehme|nahm|geschluckt|genommen ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~auf ~einmal",
            "pris|avale|prend|prends|prendre ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~d|en ~un|une ~coup|fois",
            "tomado|tome|toma|tomar|tragado|trague ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~de ~una ~vez|golpe",
            "preso|prende|prendere|ingoiato ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~in ~una ~volta",
            "preso|prende|prendere|ingoiato ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~tutte|tutti ~insieme",
            "tomei|tomou|tomar|toma|engoli|engoliu ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~de ~uma ~vez",
            "#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~in ~een ~keer|tegelijk ~genomen|geslikt|ingenomen|neemt",
            "neem|neemt|nam ~#10 ~paracetamol*|ibuprofen*|ibus|aspirin*|doliprane|dafalgan|efferalgan|tachipirina|gelocatil|nolotil|nurofen|advil|tylenol|tabletten|pillen|pills|tablets|cachets|comprimes|comprimidos|pastillas|pastiglie|compresse|pillole ~in ~een ~keer",
            "tomei|tomou|engoli|engoliu ~comprimidos|remedios|pilulas ~todos|todas",
            "tomado|tome|tragado|trague ~pastillas|pastis|comprimidos ~todas|todos",
        ],
    ),
    (
        // Every day, every night: how a medicine is taken, not how many.
        Sig::NotASign,
        pats![
            "comprimidos|remedios|pilulas ~todos|todas ~os|as ~dias|noites|manhas",
            "pastillas|comprimidos ~todas|todos ~los|las ~dias|noches|mananas",
        ],
    ),
];
