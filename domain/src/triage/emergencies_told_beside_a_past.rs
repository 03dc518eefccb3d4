//! Emergencies told now in words the rules had no pattern for, found in messages that also
//! tell a past, a history form or an old diagnosis (session 21e, batch 115): a named medicine
//! taken all at once ("swallowed a load of her sertraline", "al mijn oxazepam genomen", "die
//! ganze Dosette leer gegessen"); a one-sided weak arm and words that will not come in German
//! ("mein rechter Arm seit einer halben Stunde schwach", "mir fallen die Wörter nicht ein");
//! air getting short told verb second ("Luft krieg ich schlechter"); a bang in the head in
//! Dutch and German ("een knal in mijn achterhoofd"); a belly "keihard" in Dutch and German;
//! someone seen lying in the hall through a window. Every concept feeds a signal and a row the
//! table already had. Tests, in other words than the batch, with hard negatives (a daily
//! dose, an arm sore after a jab, a door slammed), are in
//! `emergencies_told_beside_a_past_tests.rs`.

use super::lexicon::Sig;

/// A named medicine taken all at once, the signs above, someone seen lying on the floor.
pub(crate) const EMERGENCIES_TOLD_BESIDE_A_PAST: &[(Sig, &str)] = &[
    (
        // A named medicine (by its family's ending) or pills taken by the handful or the
        // whole supply: an overdose [POIS, TOXBASE]. "All my pills" alone is a daily dose
        // ("took all my pills this morning"), so "all" takes a named medicine.
        Sig::Overdose,
        pats![
            "swallowed|took|taken|necked|downed ~load|lot|bunch|handful|pile ~of ~*azepam|*azolam|*pram|*traline|*oxetine|*tyline|*faxine|*apine|*codone|*clone|codeine|tramadol|paracetamol|pills|tablets",
            "al|alle ~mijn|haar|zijn|meine|ihre|seine ~*azepam|*azolam|*pram|*traline|*oxetine|*tyline|*faxine|*apine|*codone|*clone|codeine|tramadol|paracetamol ~genomen|ingenomen|geslikt|genommen|eingenommen|geschluckt",
            "hele|ganze ~weekdoos|pillendoos|medicijndoos|doos|strip|dosette|wochendosette|packung|schachtel ~leeg*|ingenomen|geslikt|genommen|geschluckt|gegessen",
        ],
    ),
    (
        // One arm or leg weak on one side, and words that will not come: stroke [FAST, NG128].
        Sig::Stroke,
        pats![
            "rechter|linker|rechte|linke|rechten|linken ~arm|bein|hand ~schwach|kraftlos|lahm",
            "worter|woerter ~fallen|fielen ~nicht ~ein",
            "fallen|fielen ~worter|woerter ~nicht ~ein",
        ],
    ),
    (
        // Air getting short, told with the verb second: breathing difficulty [RCUK].
        Sig::Breathing,
        pats!["luft ~krieg|kriege|kriegt|bekomme|bekommt ~schlechter|kaum|schwer"],
    ),
    (
        // "A bang in the back of my head": a thunderclap headache [NG228].
        Sig::ThunderclapHeadache,
        pats!["knal|knall ~in|im ~hoofd|achterhoofd|kopf|hinterkopf"],
    ),
    (
        // A belly hard as stone: guarding (the row needs pain with it) [APP].
        Sig::Guarding,
        pats!["buik|bauch ~keihard|steenhard|steinhart|bretthart"],
    ),
    (
        // Someone seen lying on the floor or in the hall: a collapse or a long lie [MTS].
        Sig::Unconscious,
        pats!["sehe|sah|zie|zag ~sie|ihn|haar|hem ~flur|boden|gang|vloer|grond ~liegen|liggen"],
    ),
];
