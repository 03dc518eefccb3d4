//! A belly pain that eased and then came back worse: NHS appendicitis names it as the
//! sign of a burst appendix, an emergency [APP] ("easing then returning worse"), where a
//! pain simply getting worse is a same-day look. The rules read the return ("now worse",
//! "again") as `Recur`, urgent with the pain; here the three steps together in one clause
//! in each language: the belly named ("tummy", "barriga", "ventre", "Bauch", "pancia",
//! "buik", the appendix), the easing ("settled", "se calmó", "passée", "besser", "passata",
//! "melhorou", "gezakt") and the return worse ("back worse", "volvió peor", "revient pire",
//! "wieder schlimmer", "tornato peggio", "voltou pior", "terug erger"). Tests, in other
//! words than the corpus, with hard negatives, are in `belly_pain_back_worse_tests.rs`.

use super::lexicon::Sig;

/// The belly, the easing, the return worse: one pattern per language.
pub(crate) const BELLY_PAIN_BACK_WORSE: &[(Sig, &str)] = &[(
    Sig::BellyPainBackWorse,
    pats![
        "tummy|belly|stomach|abdomen|abdominal|appendix|appendicitis|gut ~eased|easing|settled|calmed|better|improved|subsided|went|gone ~back|now ~worse",
        "barriga|tripa|vientre|panza|estomago|apendice|apendicitis ~calmo|calmad*|paso|pasado|mejoro|mejor|alivio|quito ~volvio|vuelve|regreso|ahora ~peor",
        "ventre|estomac|abdomen|appendicite ~calme|calmee|passe|passee|mieux|parti|partie|soulag* ~revient|revenu*|reviens|maintenant ~pire",
        "bauch|bauchschmerz*|bauchweh|blinddarm* ~besser|weg|nachgelassen|ruhiger ~wieder|zuruck|zurueck|jetzt ~schlimmer|starker|staerker",
        "pancia|addome|stomaco|appendice|appendicite ~calmat*|passat*|meglio|migliorat* ~tornat*|ritornat*|torna|ora ~peggio|peggiorat*",
        "barriga|abdomen|abdome|estomago|apendice|apendicite ~passou|melhorou|melhor|acalmou|aliviou ~voltou|volta|agora ~pior",
        "buik|buikpijn|blindedarm* ~beter|weg|gezakt|minder ~terug|nu ~erger|heviger",
    ],
)];
