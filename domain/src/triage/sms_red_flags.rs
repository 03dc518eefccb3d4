//! Red flags and same-day signs as people text them by SMS and WhatsApp: a few words,
//! shorthand, voice-to-text that hears "seizure" as "sees her", and the sign told by
//! what is seen ("its spurting", "her tongue is huge", "the red is past the pen line")
//! rather than named (batch 89, session 17b in TRIAGE.md). Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md` in the syntax of [`super::matcher`]; the combinations are
//! in `presentations.rs`, tests in other words in `sms_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts told in text-message English.
pub(crate) const SMS_RED_FLAGS: &[(Sig, &str)] = &[
    // ------------------------------------------------- what dictation mishears [MTS]
    (
        // "Seizure" dictated: "having a sees her", "had a seize her", "a seizer".
        // The article keeps "the nurse sees her at 3" out.
        Sig::Seizure,
        pats![
            "having|had|has ~a ~sees|seize|cease|seas ~her",
            "a ~seizer|seazure|seesure|seizur",
        ],
    ),
    (
        // Chest pain typed with the wrong word: "chest pane", "chest pian".
        Sig::ChestPain,
        pats!["chest ~pane|panes|pian|pians|payne"],
    ),
    // ------------------------------------------------------- bleeding [MTS, BLEED]
    (
        // Blood spurting in jets: an artery, a haemorrhage whatever the amount told.
        Sig::Haemorrhage,
        pats![
            "cut|cuts|wound|gash|slashed|sliced|glass|knife ~spurting|squirting|spraying|pumping",
            "its|it ~spurting|squirting",
            "spurting|squirting ~blood|out",
        ],
    ),
    // ---------------------------------------------------------- self-harm [NG225]
    (
        // "Finish his life" (South Asian and African English for ending one's life).
        Sig::Suicidal,
        pats![
            "finish|finishing|finished ~his|her|my|their ~life|lives",
            "finish ~himself|herself|myself|themselves ~off|today|tonight",
        ],
    ),
    // ------------------------------------------------------------ overdose [POIS]
    (
        // All of a named medicine of mental health, pain or sleep swallowed at once.
        // "All my antibiotics" (a course finished) is not here.
        Sig::Overdose,
        pats![
            "took|taken|swallowed|downed|necked ~all|whole ~sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|mirtazapine|amitriptyline|nortriptyline|duloxetine|trazodone|quetiapine|olanzapine|risperidone|diazepam|lorazepam|zopiclone|zolpidem|pregabalin|gabapentin|tramadol|codeine|cocodamol|morphine|oxycodone|propranolol|antidepressants",
        ],
    ),
    // -------------------------------------------------- carbon monoxide [POIS]
    (
        // A fuel-burning appliance named, or the whole household (pets too) ill with
        // headaches at once: the clue to carbon monoxide (with two of headache,
        // dizziness, vomiting or drowsiness, an emergency in `presentations.rs`).
        Sig::Fumes,
        pats![
            "boiler|heater ~man|engineer|fitted|serviced|repaired|broke|broken|leaking|on|came",
            "gas ~fire|heater|boiler|man|engineer|leak|smell",
            "log|wood ~burner|stove", "generator ~indoors|inside|garage",
            "whole|all ~family|house|household ~headaches|headache",
            "everyone|all|both ~of ~us ~headaches|headache",
            "dog|cat|pets|pet ~sick|ill|poorly|vomiting ~too",
        ],
    ),
    // ---------------------------------------------------------- airway [RCUK]
    (
        // A tongue told as huge: angioedema, the airway (after an ACE inhibitor too).
        Sig::Anaphylaxis,
        pats!["tongue ~is|gone|looks|feels|went|getting ~huge|massive|enormous|twice|double"],
    ),
    (
        // Breathing told as tight ("feels tight to breathe"), as after a neck operation
        // with the neck swelling [MTS].
        Sig::Breathing,
        pats!["tight ~to ~breathe|breath", "!cant ~get ~air ~in"],
    ),
    // --------------------------------------------------- after procedures [ACE]
    (
        // A "nose job" or "liquid rhinoplasty" done today: filler in the nose, where a
        // blocked vessel whitens the skin (vascular occlusion).
        Sig::Filler,
        pats!["nose ~job", "liquid|non ~surgical ~rhinoplasty|nose", "rhinoplasty"],
    ),
    // ------------------------------------------------------ skin [NG240, NG143]
    (
        // The glass test told "not going when I press".
        Sig::NonBlanching,
        pats![
            "!not|isnt|wont|doesnt|dont ~going|fading|disappearing ~when|if|under ~press*|push*|glass",
        ],
    ),
    // --------------------------------------------------------- eye [EYE, FAST]
    (
        // A shadow, curtain or veil across the sight: a change in vision (retina).
        Sig::VisionChange,
        pats!["seeing|see|sees|got|getting ~shadow|curtain|veil|cobweb ~in|over|across|bottom|top|side"],
    ),
    (
        // Deaf on one side told the other way round: "right ear deaf overnight".
        Sig::SuddenDeafness,
        pats!["right|left|one ~ear ~deaf", "ear ~gone|went ~deaf"],
    ),
    // ----------------------------------------------------- pregnancy [MAT, NG201]
    (
        // A baby in the womb told as quiet: reduced movements, a same-day check.
        Sig::FetalMovement,
        pats!["weeks|wks|pregnant|bump ~baby|babys ~quiet|quieter"],
    ),
    (
        // Weeks of pregnancy typed glued to the number ("26wks", "34weeks"): from 20 weeks
        // on, as "#20 wks" already reads (a baby's age is told in weeks too, but rarely
        // past 20).
        Sig::Pregnancy,
        pats!["20wks|21wks|22wks|23wks|24wks|25wks|26wks|27wks|28wks|29wks|30wks|31wks|32wks|33wks|34wks|35wks|36wks|37wks|38wks|39wks|40wks|41wks|42wks", "20wk|20weeks|21wk|21weeks|22wk|22weeks|23wk|23weeks|24wk|24weeks|25wk|25weeks|26wk|26weeks|27wk|27weeks|28wk|28weeks|29wk|29weeks|30wk|30weeks|31wk|31weeks|32wk|32weeks|33wk|33weeks|34wk|34weeks|35wk|35weeks|36wk|36weeks|37wk|37weeks|38wk|38weeks|39wk|39weeks|40wk|40weeks|41wk|41weeks|42wk|42weeks"],
    ),
    // ------------------------------------------------------------ newborn [NG98]
    (
        // A newborn more yellow: jaundice, a look within hours.
        Sig::Jaundice,
        pats!["baby|babys|newborn ~more|looks|looking|gone|going|turning|getting|quite|very|really ~yellow"],
    ),
    (
        // An infant feeding half as much as usual: reduced intake [NG143 amber].
        Sig::NotFeeding,
        pats!["feeding|feeds|feed ~half|quarter", "taking|drinking ~half|quarter ~usual|normal|feeds|milk|feed"],
    ),
    (
        // A urinary catheter that has stopped draining: blocked, a same-day visit.
        Sig::LessUrine,
        pats!["catheter ~not|hasnt|isnt|stopped|blocked ~draining|drained|drain|working|emptying"],
    ),
    (
        // Covid told with a home oxygen reading: a finding with which 92-95 is a same-day
        // look [NG143 amber]. Covid alone ("the covid jab") is not here.
        Sig::Symptom,
        pats![
            "covid|coronavirus|covid19 ~sats|oxygen|oximeter|o2|saturation|saturations|spo2",
            "sats|oxygen|oximeter|o2|saturation|saturations|spo2 ~covid|coronavirus|covid19",
        ],
    ),
    (
        // A burn on the palm: a burn of the hand, a special area [MTS burns].
        Sig::Burn,
        pats!["burnt|burned|burn|scalded ~palm|palms"],
    ),
    // ------------------------------------------------------------- limbs [BOAST]
    (
        // "Can't walk on it", "can't stand on it": cannot bear weight.
        Sig::NoWeight,
        pats!["!cant|cannot|couldnt|wont|unable ~walk|stand ~on ~it"],
    ),
    (
        // A fish hook in past the barb: a foreign body for removal the same day.
        Sig::ForeignBody,
        pats!["fish ~hook|hooks", "fishhook", "hook ~in|into|stuck ~finger|thumb|hand|arm|leg|skin|ear"],
    ),
    // ------------------------------------------------------------- infection [NG141]
    (
        // Cellulitis growing past the line drawn round it, or spreading on antibiotics.
        // The ear pushed out with a red swelling behind it: mastoiditis.
        Sig::HotSwelling,
        pats![
            "past|beyond|outside|over ~pen|marker|drawn ~line|lines|mark",
            "spreading ~red|redness ~antibiotics|antibiotic|abs",
            "red|redness ~spreading ~antibiotics|antibiotic|abs",
            "behind ~ear|ears ~swollen|swelling|red|lump|bulging",
            "ear ~sticking|sticks|pushed|poking ~out",
        ],
    ),
    // ----------------------------------------------------------- abdominal [APP]
    (
        // Pain that moved from the middle down to the right: appendicitis.
        Sig::RightLowerPain,
        pats!["moved|moving|shifted|went|gone|travelled|spread ~down ~right"],
    ),
    (
        // Pain that eased and then turned suddenly worse all over: a perforation, told in
        // a clause of its own ("was bad then eased, now suddenly much worse all over").
        Sig::PainEverywhere,
        pats!["suddenly ~worse ~all ~over|everywhere"],
    ),
    // ------------------------------------------------------------ diabetes [DKA]
    (
        // A ketone check with a high sugar: the number is mmol/L (see `readings.rs`).
        Sig::Diabetic,
        pats!["ketones|ketone|keytones ~sugar|sugars|bm|bs|glucose", "sugar|sugars|bm|bs|glucose ~ketones|ketone|keytones"],
    ),
    // ------------------------------------------------------ medicines [POIS]
    (
        // A dose given twice over by mistake ("10ml instead of 5ml").
        Sig::DoubleDose,
        pats![
            "#1|*ml ~ml|mls|tablets|tabs|spoons|calpol|nurofen|paracetamol|ibuprofen ~instead ~of ~#1|*ml",
            "gave|given|took ~#1|*ml ~instead ~of ~#1|*ml",
            "double|twice ~dose|doses|amount ~calpol|calprofen|nurofen|piriton|ibuprofen|paracetamol",
        ],
    ),
    (
        // A child's liquid medicine told by its dose ("10ml calpol", "a dose of nurofen"):
        // a medicine named, as "tablets" or "medicine" are.
        Sig::Medicine,
        pats![
            "calpol|calprofen|nurofen|piriton|medised|ibuprofen|paracetamol ~*ml|ml|mls|dose|doses|syrup|suspension|sachet|spoon|spoons",
            "*ml|ml|mls|dose|doses|spoon|spoons ~calpol|calprofen|nurofen|piriton|medised|ibuprofen|paracetamol",
        ],
    ),
    (
        // The reliever told as "the blue one" every few hours [BTS] (with a wheeze, a
        // same-day look in `presentations.rs`).
        Sig::Extra,
        pats!["blue ~one|ones ~every ~#1 ~hour|hours|hrs|hr"],
    ),
    (
        // A faint told as over in a text: "fine now", "ok now" (with the exclusions of
        // `recovered_fully`: pregnancy, diabetes, blood thinners, a head injury, pale or
        // breathless after it) a same-day look, as "came round straight away" reads.
        Sig::CameRound,
        pats!["fine|ok|okay|alright ~now"],
    ),
    // ----------------------------------------------------- mental health [CG192]
    (
        // Crying that will not stop after the birth: low mood after a baby, a same-day
        // talk (with thoughts of harm, the existing rules decide).
        Sig::MentalCrisis,
        pats![
            "!cant|cannot ~stop ~crying ~after|since ~baby|birth|having|section|delivery",
            "crying ~all ~day|time ~since ~baby|birth",
        ],
    ),
];
