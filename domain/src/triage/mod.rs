//! Over 600 lines because `decide` and `affirmed_level` are the one place levels are
//! combined; the table tests live in `tests.rs`. Moving the second opinion and the
//! department choice to their own files is the next split.
//!
//! Triage: how urgent a visitor message is, which team it goes to, and why.
//!
//! The pipeline is deliberately boring and explainable: normalise the text
//! ([`normalize`]), find every lexicon pattern in it ([`matcher`], [`lexicon`]),
//! decide for each symptom mention whether it is reported now or negated, resolved,
//! hypothetical, a general question or a price question ([`scope`]), then combine
//! concepts with modifiers ("bleeding" + "won't stop", "pain" + "after surgery") into
//! a level. Every decision names the signal that caused it, so staff can see why.
//!
//! Invariant: pure and total. No I/O, no panics on any input, same answer every time.

/// A signal's patterns, written as a list and stored as one string with a newline between
/// them (split when the matcher is built). A `&[&str]` per signal cost a pointer and a
/// length per pattern in the edge's data section: over 10,000 of them, about 30 KB of its
/// gzip size (BENCHMARKS.md "Edge size, round 4"). The tables themselves reach the binary
/// only as one packed text ([`packed_tables`]).
macro_rules! pats {
    ($first:literal $(, $rest:literal)* $(,)?) => {
        concat!($first $(, "\n", $rest)*)
    };
}

/// The patterns of one `pats!` entry.
fn patterns(joined: &str) -> impl Iterator<Item = &str> {
    joined.split('\n')
}

mod a_baby_fallen_from_a_height;
mod a_baby_grunting_with_ribs_drawn_in;
mod a_babys_cry_and_soft_spot;
mod a_bleed_stopped_in_portuguese_and_italian;
mod a_breathing_rate;
mod a_child_at_someone_elses_pills;
mod a_face_gone_crooked_told_as_a_verb;
mod a_floppy_child;
mod a_heavy_bleed_with_faintness;
mod a_hot_swollen_joint;
mod a_missed_injection_or_pills_then_sex;
mod a_slow_pulse_and_a_grey_face;
mod a_weak_arm_or_a_drink_spilling_from_the_mouth;
mod a_weak_arm_told_in_dutch_french_german_spanish;
mod aftercare_red_flags;
mod aftercare_same_day;
mod ages_told_in_years;
mod airway_and_alertness_danger;
mod asked_for_a_friend_then_owned_up;
mod asthma_attack_signs;
mod baby_moving_less;
mod belly_pain_back_worse;
mod belly_pain_lower_right;
mod bleeding_not_stopping;
mod bleeding_told_as_pouring;
mod bleeding_with_faintness;
mod bleeding_with_pallor;
mod blood_thinner_injections;
mod blow_to_a_pregnant_belly;
mod blurred_sight;
mod cannot_wake_them_told_plainly;
mod carer_not_signs;
mod carer_red_flags;
mod carer_same_day_signs;
mod cauda_equina_signs;
mod chat_typed_signs;
mod cheek_swelling_from_a_tooth;
mod chest_burning_and_a_grey_face;
mod chest_discomfort;
mod chronic_care_red_flags;
mod chronic_findings;
mod cold_pale_limb;
mod crisis_told_in_passing;
mod critical_typos;
mod death_words_in_media_and_jokes;
mod deep_burns_and_wounds;
mod denied_thoughts_of_self_harm;
mod distress_with_a_plea_for_today;
mod double_vision_balance;
mod drowsy_with_low_oxygen_in_copd;
mod drug_reaction_blisters;
mod drugs_and_poisons_told_plainly;
mod dry_socket_told_by_its_signs;
mod emergencies_told_beside_a_past;
mod emergency_signs_told_plainly;
mod emergency_words_for_things;
mod everyday_lay_signs;
mod everyday_signs_in_seven_languages;
mod exploding_headache;
mod eye_ear_mouth_skin_lay_signs;
mod face_sagging_in_dutch;
mod findings;
mod floaters_and_movements_told_without_the_usual_noun;
mod fumes_from_a_heater_or_stove;
mod getting_worse;
mod grunting_with_each_breath;
mod half_an_hour_ago;
mod halos_round_lights;
mod harm_to_a_baby_told_after_the_birth;
mod harm_to_a_child_told_as_a_thought;
mod head_blows;
mod head_injury_lay_flags;
mod heard_voices;
mod hitting_and_kicking_now;
mod hours_and_suppositions;
mod household_chemicals_in_a_child;
mod inabilities_and_counts_told_plainly;
mod infected_wounds_told_plainly;
mod injury_red_flags;
mod italian_questions_ahead;
mod ketoacidosis;
mod kidney_infection_signs;
mod language;
mod lay_body_system_signs;
mod lay_findings;
mod lay_phone_signs;
mod lay_red_flags;
mod lay_red_flags_europe;
mod lay_red_flags_multilingual;
mod learned_english;
mod lexicon;
mod lip_filler_told_plainly;
mod list_commas;
mod locked_in_with_the_means;
mod long_bleeds;
mod long_term_conditions_getting_worse;
pub(crate) mod matcher;
mod medicine_mixups_and_device_shocks;
mod medicine_taken_twice_by_mistake;
mod mental_health_risk;
mod mental_health_same_day;
mod methadone_named_in_other_languages;
mod missed_ivf_and_pill_doses;
pub mod model;
mod months_ago_told_with_a_past_verb;
mod mouth_full_of_sores;
mod non_blanching_rash;
pub(crate) mod normalize;
mod not_eating_for_days;
mod not_knowing_family;
mod not_now_cues;
mod ohss_lay_signs;
mod older_people_told_by_carers;
mod older_typing;
mod packed_tables;
mod pads_soaked_each_hour;
mod pain_in_a_cast;
mod parents_and_pregnancy_lay_signs;
mod party_pills_and_someone_elses_pills;
mod passive_death_wishes;
mod pill_counts_of_strong_medicines;
mod plain_findings;
mod pregnancy_and_newborn_signs;
mod presentations;
mod quiet_plans_told_by_phone;
mod readings;
mod red_eye_same_day;
mod red_flags_in_one_line;
mod red_flags_told_by_effect;
mod regional_words;
mod run_together;
mod s12_findings;
mod s13_findings;
mod s13b_findings;
mod s14_mental_health;
mod s14_phone_english;
mod s14b_findings;
mod same_day_lookalikes;
mod same_day_mental_health_told_plainly;
mod same_day_red_flags;
mod same_day_signs_in_one_line;
mod same_day_signs_told_plainly;
mod scalp_sore_to_comb_and_jaw_tired_to_chew;
mod scope;
mod scrotal_swelling_after_a_vasectomy;
mod self_harm_cuts_and_kept_pills;
mod self_harm_cuts_needing_care;
mod severity_details;
mod shingles_and_growing_swelling;
mod sight_gone_in_an_injured_eye;
mod signs_a_first_message_buries;
mod signs_in_stories_and_homework;
mod signs_told_literally_or_autocorrected;
mod since_then;
mod sms_red_flags;
mod so_much_blood;
mod someone_elses_event;
mod something_in_the_eye;
mod sorry_to_be_a_pain;
mod spotting_in_pregnancy;
mod strangled_or_shut_in_from_a_partner;
mod suicide_acts_under_way;
mod suicide_means_and_plans;
mod suicide_told_as_a_farewell;
mod swallowed_lay_objects;
mod swallowed_poisons;
mod swelling_growing_after_a_procedure;
mod tablets_all_taken_or_counted_at_once;
mod testicle_pain;
mod tests_pens_and_shows_not_signs;
mod the_eye_pushed_out_or_seeing_double;
mod threats_and_assault_now;
mod thumb_findings;
mod told_casually;
mod toothache_unrelieved;
mod toxidromes;
mod transient_stroke_signs;
mod unusable_limb_and_short_relief;
mod urgent_findings;
mod urine_retention_with_a_swollen_belly;
mod violence_under_way_at_home;
mod warning_signs_for_a_same_day_talk;
mod well_child_fever;
mod withdrawal_delirium_and_sedation;
// Session 22f (batch 120): the same-day line in English and Spanish.
mod a_new_medicine_then_swelling;
mod chest_pain_told_with_its_strength;
mod household_chemicals_in_the_eye;
mod missed_contraception_and_unprotected_sex;
mod stitches_pulled_apart;
// Session 23c (batch 125): English by teenagers and young adults on phones.
mod a_threat_at_the_door;
mod drink_and_drugs_told_by_young_adults;
mod eating_disorders_told_by_their_acts;
mod mental_health_told_sideways;
mod piercings_and_late_contraception;
mod sports_injuries_told_plainly;
// Session 23b (batch 121): English, German and French dictated by voice.
mod dictated_signs;
mod dictation_splits;
mod spoken_numbers;
// Session 23e: reading errors (a year ago, a duration, units).
mod a_bite_told_verb_first;
mod a_year_ago;
mod one_calf_bigger_than_the_other;
mod something_put_in_a_nose_or_ear;

use std::sync::{Arc, OnceLock};

use frontdesk_protocol::{Department, Triage, Urgency};
use serde::{Deserialize, Serialize};

use a_baby_fallen_from_a_height::A_BABY_FALLEN_FROM_A_HEIGHT;
use a_baby_grunting_with_ribs_drawn_in::A_BABY_GRUNTING_WITH_RIBS_DRAWN_IN;
use a_babys_cry_and_soft_spot::A_BABYS_CRY_AND_SOFT_SPOT;
use a_bite_told_verb_first::A_BITE_TOLD_VERB_FIRST;
use a_bleed_stopped_in_portuguese_and_italian::A_BLEED_STOPPED_IN_PORTUGUESE_AND_ITALIAN;
use a_child_at_someone_elses_pills::A_CHILD_AT_SOMEONE_ELSES_PILLS;
use a_face_gone_crooked_told_as_a_verb::A_FACE_GONE_CROOKED_TOLD_AS_A_VERB;
use a_floppy_child::A_FLOPPY_CHILD;
use a_heavy_bleed_with_faintness::A_HEAVY_BLEED_WITH_FAINTNESS;
use a_hot_swollen_joint::A_HOT_SWOLLEN_JOINT;
use a_missed_injection_or_pills_then_sex::A_MISSED_INJECTION_OR_PILLS_THEN_SEX;
use a_new_medicine_then_swelling::A_NEW_MEDICINE_THEN_SWELLING;
use a_slow_pulse_and_a_grey_face::A_SLOW_PULSE_AND_A_GREY_FACE;
use a_threat_at_the_door::A_THREAT_AT_THE_DOOR;
use a_weak_arm_or_a_drink_spilling_from_the_mouth::A_WEAK_ARM_OR_A_DRINK_SPILLING_FROM_THE_MOUTH;
use a_weak_arm_told_in_dutch_french_german_spanish::A_WEAK_ARM_TOLD_IN_DUTCH_FRENCH_GERMAN_SPANISH;
use a_year_ago::A_YEAR_AGO;
use aftercare_red_flags::AFTERCARE_RED_FLAGS;
use aftercare_same_day::AFTERCARE_SAME_DAY;
use ages_told_in_years::AGES_TOLD_IN_YEARS;
use airway_and_alertness_danger::AIRWAY_AND_ALERTNESS_DANGER;
use asked_for_a_friend_then_owned_up::ASKED_FOR_A_FRIEND_THEN_OWNED_UP;
use asthma_attack_signs::ASTHMA_ATTACK_SIGNS;
use baby_moving_less::BABY_MOVING_LESS;
use belly_pain_back_worse::BELLY_PAIN_BACK_WORSE;
use belly_pain_lower_right::BELLY_PAIN_LOWER_RIGHT;
use bleeding_not_stopping::BLEEDING_NOT_STOPPING;
use bleeding_told_as_pouring::BLEEDING_TOLD_AS_POURING;
use bleeding_with_faintness::BLEEDING_WITH_FAINTNESS;
use bleeding_with_pallor::BLEEDING_WITH_PALLOR;
use blood_thinner_injections::BLOOD_THINNER_INJECTIONS;
use blow_to_a_pregnant_belly::BLOW_TO_A_PREGNANT_BELLY;
use blurred_sight::BLURRED_SIGHT;
use cannot_wake_them_told_plainly::CANNOT_WAKE_THEM_TOLD_PLAINLY;
use carer_not_signs::CARER_NOT_SIGNS;
use carer_red_flags::CARER_RED_FLAGS;
use carer_same_day_signs::CARER_SAME_DAY_SIGNS;
use cauda_equina_signs::CAUDA_EQUINA_SIGNS;
use chat_typed_signs::CHAT_TYPED_SIGNS;
use cheek_swelling_from_a_tooth::CHEEK_SWELLING_FROM_A_TOOTH;
use chest_burning_and_a_grey_face::CHEST_BURNING_AND_A_GREY_FACE;
use chest_discomfort::CHEST_DISCOMFORT;
use chest_pain_told_with_its_strength::CHEST_PAIN_TOLD_WITH_ITS_STRENGTH;
use chronic_care_red_flags::CHRONIC_CARE_RED_FLAGS;
use chronic_findings::CHRONIC_FINDINGS;
use cold_pale_limb::COLD_PALE_LIMB;
use crisis_told_in_passing::CRISIS_TOLD_IN_PASSING;
use death_words_in_media_and_jokes::DEATH_WORDS_IN_MEDIA_AND_JOKES;
use deep_burns_and_wounds::DEEP_BURNS_AND_WOUNDS;
use denied_thoughts_of_self_harm::DENIED_THOUGHTS_OF_SELF_HARM;
use dictated_signs::DICTATED_SIGNS;
use distress_with_a_plea_for_today::DISTRESS_WITH_A_PLEA_FOR_TODAY;
use double_vision_balance::DOUBLE_VISION_BALANCE;
use drink_and_drugs_told_by_young_adults::DRINK_AND_DRUGS_TOLD_BY_YOUNG_ADULTS;
use drowsy_with_low_oxygen_in_copd::DROWSY_WITH_LOW_OXYGEN_IN_COPD;
use drug_reaction_blisters::DRUG_REACTION_BLISTERS;
use drugs_and_poisons_told_plainly::DRUGS_AND_POISONS_TOLD_PLAINLY;
use dry_socket_told_by_its_signs::DRY_SOCKET_TOLD_BY_ITS_SIGNS;
use eating_disorders_told_by_their_acts::EATING_DISORDERS_TOLD_BY_THEIR_ACTS;
use emergencies_told_beside_a_past::EMERGENCIES_TOLD_BESIDE_A_PAST;
use emergency_signs_told_plainly::EMERGENCY_SIGNS_TOLD_PLAINLY;
use emergency_words_for_things::EMERGENCY_WORDS_FOR_THINGS;
use everyday_lay_signs::EVERYDAY_LAY_SIGNS;
use everyday_signs_in_seven_languages::EVERYDAY_SIGNS_IN_SEVEN_LANGUAGES;
use exploding_headache::EXPLODING_HEADACHE;
use eye_ear_mouth_skin_lay_signs::EYE_EAR_MOUTH_SKIN_LAY_SIGNS;
use face_sagging_in_dutch::FACE_SAGGING_IN_DUTCH;
use findings::FINDINGS;
use floaters_and_movements_told_without_the_usual_noun::FLOATERS_AND_MOVEMENTS_TOLD_WITHOUT_THE_USUAL_NOUN;
use fumes_from_a_heater_or_stove::FUMES_FROM_A_HEATER_OR_STOVE;
use getting_worse::GETTING_WORSE;
use grunting_with_each_breath::GRUNTING_WITH_EACH_BREATH;
use half_an_hour_ago::HALF_AN_HOUR_AGO;
use halos_round_lights::HALOS_ROUND_LIGHTS;
use harm_to_a_baby_told_after_the_birth::HARM_TO_A_BABY_TOLD_AFTER_THE_BIRTH;
use harm_to_a_child_told_as_a_thought::HARM_TO_A_CHILD_TOLD_AS_A_THOUGHT;
use head_blows::HEAD_BLOWS;
use head_injury_lay_flags::HEAD_INJURY_LAY_FLAGS;
use heard_voices::HEARD_VOICES;
use hitting_and_kicking_now::HITTING_AND_KICKING_NOW;
use hours_and_suppositions::HOURS_AND_SUPPOSITIONS;
use household_chemicals_in_a_child::HOUSEHOLD_CHEMICALS_IN_A_CHILD;
use household_chemicals_in_the_eye::HOUSEHOLD_CHEMICALS_IN_THE_EYE;
use inabilities_and_counts_told_plainly::INABILITIES_AND_COUNTS_TOLD_PLAINLY;
use infected_wounds_told_plainly::INFECTED_WOUNDS_TOLD_PLAINLY;
use injury_red_flags::INJURY_RED_FLAGS;
use italian_questions_ahead::ITALIAN_QUESTIONS_AHEAD;
use ketoacidosis::KETOACIDOSIS;
use kidney_infection_signs::KIDNEY_INFECTION_SIGNS;
use lay_body_system_signs::LAY_BODY_SYSTEM_SIGNS;
use lay_findings::LAY_FINDINGS;
use lay_phone_signs::LAY_PHONE_SIGNS;
use lay_red_flags::LAY_RED_FLAGS;
use lay_red_flags_europe::LAY_RED_FLAGS_EUROPE;
use lay_red_flags_multilingual::LAY_RED_FLAGS_MULTILINGUAL;
use learned_english::LEARNED_ENGLISH_FINDINGS;
use lexicon::{Sig, LEXICON};
use lip_filler_told_plainly::LIP_FILLER_TOLD_PLAINLY;
use locked_in_with_the_means::LOCKED_IN_WITH_THE_MEANS;
use long_bleeds::LONG_BLEEDS;
use long_term_conditions_getting_worse::LONG_TERM_CONDITIONS_GETTING_WORSE;
use matcher::{Match, Matcher};
use medicine_mixups_and_device_shocks::MEDICINE_MIXUPS_AND_DEVICE_SHOCKS;
use medicine_taken_twice_by_mistake::MEDICINE_TAKEN_TWICE_BY_MISTAKE;
use mental_health_risk::MENTAL_HEALTH_RISK;
use mental_health_same_day::MENTAL_HEALTH_SAME_DAY;
use mental_health_told_sideways::MENTAL_HEALTH_TOLD_SIDEWAYS;
use methadone_named_in_other_languages::METHADONE_NAMED_IN_OTHER_LANGUAGES;
use missed_contraception_and_unprotected_sex::MISSED_CONTRACEPTION_AND_UNPROTECTED_SEX;
use missed_ivf_and_pill_doses::MISSED_IVF_AND_PILL_DOSES;
use model::{Head, Model, HEADS};
use months_ago_told_with_a_past_verb::MONTHS_AGO_TOLD_WITH_A_PAST_VERB;
use mouth_full_of_sores::MOUTH_FULL_OF_SORES;
use non_blanching_rash::NON_BLANCHING_RASH;
use normalize::{normalize, Token};
use not_eating_for_days::NOT_EATING_FOR_DAYS;
use not_knowing_family::NOT_KNOWING_FAMILY;
use not_now_cues::NOT_NOW_CUES;
use ohss_lay_signs::OHSS_LAY_SIGNS;
use older_people_told_by_carers::OLDER_PEOPLE_TOLD_BY_CARERS;
use older_typing::OLDER_TYPING_FINDINGS;
use one_calf_bigger_than_the_other::ONE_CALF_BIGGER_THAN_THE_OTHER;
use pads_soaked_each_hour::PADS_SOAKED_EACH_HOUR;
use pain_in_a_cast::PAIN_IN_A_CAST;
use parents_and_pregnancy_lay_signs::PARENTS_AND_PREGNANCY_LAY_SIGNS;
use party_pills_and_someone_elses_pills::PARTY_PILLS_AND_SOMEONE_ELSES_PILLS;
use passive_death_wishes::PASSIVE_DEATH_WISHES;
use piercings_and_late_contraception::PIERCINGS_AND_LATE_CONTRACEPTION;
use pill_counts_of_strong_medicines::PILL_COUNTS_OF_STRONG_MEDICINES;
use plain_findings::PLAIN_FINDINGS;
use pregnancy_and_newborn_signs::PREGNANCY_AND_NEWBORN_SIGNS;
pub use presentations::Presentation;
use presentations::{finding_level, presentation_of, Facts};
use quiet_plans_told_by_phone::QUIET_PLANS_TOLD_BY_PHONE;
use red_eye_same_day::RED_EYE_SAME_DAY;
use red_flags_in_one_line::RED_FLAGS_IN_ONE_LINE;
use red_flags_told_by_effect::RED_FLAGS_TOLD_BY_EFFECT;
use s12_findings::S12_FINDINGS;
use s13_findings::S13_FINDINGS;
use s13b_findings::S13B_FINDINGS;
use s14_mental_health::S14_MENTAL_HEALTH;
use s14_phone_english::S14_FINDINGS;
use s14b_findings::S14B_FINDINGS;
use same_day_lookalikes::SAME_DAY_LOOKALIKES;
use same_day_mental_health_told_plainly::SAME_DAY_MENTAL_HEALTH_TOLD_PLAINLY;
use same_day_red_flags::SAME_DAY_RED_FLAGS;
use same_day_signs_in_one_line::SAME_DAY_SIGNS_IN_ONE_LINE;
use same_day_signs_told_plainly::SAME_DAY_SIGNS_TOLD_PLAINLY;
use scalp_sore_to_comb_and_jaw_tired_to_chew::SCALP_SORE_TO_COMB_AND_JAW_TIRED_TO_CHEW;
use scope::{Scope, Status};
use scrotal_swelling_after_a_vasectomy::SCROTAL_SWELLING_AFTER_A_VASECTOMY;
use self_harm_cuts_and_kept_pills::SELF_HARM_CUTS_AND_KEPT_PILLS;
use self_harm_cuts_needing_care::SELF_HARM_CUTS_NEEDING_CARE;
use severity_details::SEVERITY_DETAILS;
use shingles_and_growing_swelling::SHINGLES_AND_GROWING_SWELLING;
use sight_gone_in_an_injured_eye::SIGHT_GONE_IN_AN_INJURED_EYE;
use signs_a_first_message_buries::SIGNS_A_FIRST_MESSAGE_BURIES;
use signs_in_stories_and_homework::SIGNS_IN_STORIES_AND_HOMEWORK;
use signs_told_literally_or_autocorrected::SIGNS_TOLD_LITERALLY_OR_AUTOCORRECTED;
use since_then::SINCE_THEN;
use sms_red_flags::SMS_RED_FLAGS;
use so_much_blood::SO_MUCH_BLOOD;
use someone_elses_event::SOMEONE_ELSES_EVENT;
use something_in_the_eye::SOMETHING_IN_THE_EYE;
use something_put_in_a_nose_or_ear::SOMETHING_PUT_IN_A_NOSE_OR_EAR;
use sorry_to_be_a_pain::SORRY_TO_BE_A_PAIN;
use sports_injuries_told_plainly::SPORTS_INJURIES_TOLD_PLAINLY;
use spotting_in_pregnancy::SPOTTING_IN_PREGNANCY;
use stitches_pulled_apart::STITCHES_PULLED_APART;
use strangled_or_shut_in_from_a_partner::STRANGLED_OR_SHUT_IN_FROM_A_PARTNER;
use suicide_acts_under_way::SUICIDE_ACTS_UNDER_WAY;
use suicide_means_and_plans::SUICIDE_MEANS_AND_PLANS;
use suicide_told_as_a_farewell::SUICIDE_TOLD_AS_A_FAREWELL;
use swallowed_lay_objects::SWALLOWED_LAY_OBJECTS;
use swallowed_poisons::SWALLOWED_POISONS;
use swelling_growing_after_a_procedure::SWELLING_GROWING_AFTER_A_PROCEDURE;
use tablets_all_taken_or_counted_at_once::TABLETS_ALL_TAKEN_OR_COUNTED_AT_ONCE;
use testicle_pain::TESTICLE_PAIN;
use tests_pens_and_shows_not_signs::TESTS_PENS_AND_SHOWS_NOT_SIGNS;
use the_eye_pushed_out_or_seeing_double::THE_EYE_PUSHED_OUT_OR_SEEING_DOUBLE;
use threats_and_assault_now::THREATS_AND_ASSAULT_NOW;
use thumb_findings::THUMB_FINDINGS;
use told_casually::TOLD_CASUALLY;
use toothache_unrelieved::TOOTHACHE_UNRELIEVED;
use toxidromes::TOXIDROMES;
use transient_stroke_signs::TRANSIENT_STROKE_SIGNS;
use unusable_limb_and_short_relief::UNUSABLE_LIMB_AND_SHORT_RELIEF;
use urgent_findings::URGENT_FINDINGS;
use urine_retention_with_a_swollen_belly::URINE_RETENTION_WITH_A_SWOLLEN_BELLY;
use violence_under_way_at_home::VIOLENCE_UNDER_WAY_AT_HOME;
use warning_signs_for_a_same_day_talk::WARNING_SIGNS_FOR_A_SAME_DAY_TALK;
use well_child_fever::WELL_CHILD_FEVER;
use withdrawal_delirium_and_sedation::WITHDRAWAL_DELIRIUM_AND_SEDATION;

/// Per-clinic triage vocabulary, on top of the built-in multilingual lexicon.
///
/// Phrases use the lexicon's pattern syntax: words (accents and case don't matter),
/// `a|b` alternatives, `stem*`, `*tail`. Reported phrases still go through negation,
/// resolution and question handling, exactly like built-in symptoms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRules {
    /// Extra phrases that mean `emergency` when reported, e.g. `"allergic to latex|latex reaction"`.
    #[serde(default)]
    pub emergency: Vec<String>,
    /// Extra phrases that mean `urgent` when reported, e.g. `"implant loose"`.
    #[serde(default)]
    pub urgent: Vec<String>,
    /// Phrases that are never a symptom at this clinic, e.g. `"bleeding gums treatment"`.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Built-in signals this clinic turns off, by id (see [`TriageRules::signal_ids`]).
    #[serde(default)]
    pub disabled: Vec<String>,
    /// Extra topic phrases that route routine messages to a department.
    #[serde(default)]
    pub departments: DepartmentPhrases,
}

/// Extra topic phrases per department.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentPhrases {
    #[serde(default)]
    pub clinical: Vec<String>,
    #[serde(default)]
    pub appointments: Vec<String>,
    #[serde(default)]
    pub billing: Vec<String>,
    #[serde(default, rename = "front-desk")]
    pub front_desk: Vec<String>,
}

impl TriageRules {
    /// Ids of the built-in signals a clinic may list in `disabled`.
    pub fn signal_ids() -> impl Iterator<Item = &'static str> {
        Sig::DISABLEABLE.into_iter().filter_map(Sig::id)
    }

    /// Refuses unknown signal ids and empty phrases.
    pub fn validate(&self) -> Result<(), String> {
        for id in &self.disabled {
            if !Self::signal_ids().any(|known| known == id) {
                return Err(format!("triage: unknown signal {id:?} in disabled"));
            }
        }
        let phrases = self
            .emergency
            .iter()
            .chain(&self.urgent)
            .chain(&self.ignore)
            .chain(&self.departments.clinical)
            .chain(&self.departments.appointments)
            .chain(&self.departments.billing)
            .chain(&self.departments.front_desk);
        for phrase in phrases {
            if normalize::normalize(phrase.trim_start_matches('!'))
                .tokens
                .is_empty()
            {
                return Err(format!("triage: phrase {phrase:?} has no words"));
            }
        }
        Ok(())
    }

    fn is_empty(&self) -> bool {
        self.emergency.is_empty()
            && self.urgent.is_empty()
            && self.ignore.is_empty()
            && self.departments.clinical.is_empty()
            && self.departments.appointments.is_empty()
            && self.departments.billing.is_empty()
            && self.departments.front_desk.is_empty()
    }

    fn matcher(&self) -> Matcher<Sig> {
        let groups: [(Sig, &Vec<String>); 7] = [
            (Sig::ClinicEmergency, &self.emergency),
            (Sig::ClinicUrgent, &self.urgent),
            (Sig::ClinicIgnore, &self.ignore),
            (
                Sig::Topic(Department::Clinical, 3),
                &self.departments.clinical,
            ),
            (
                Sig::Topic(Department::Appointments, 3),
                &self.departments.appointments,
            ),
            (
                Sig::Topic(Department::Billing, 3),
                &self.departments.billing,
            ),
            (
                Sig::Topic(Department::FrontDesk, 3),
                &self.departments.front_desk,
            ),
        ];
        Matcher::new(groups.into_iter().flat_map(|(signal, phrases)| {
            phrases.iter().map(move |phrase| (signal, phrase.as_str()))
        }))
    }
}

/// The full triage result: the wire [`Triage`] plus what the edge needs to reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub urgency: Urgency,
    pub department: Department,
    /// Which rule or signal decided, in words staff can read.
    pub reason: String,
    /// Best guess at the message language (`en`, `es`, `fr`, `de`) for localised replies.
    pub language: &'static str,
    /// Every signal seen, with its reading (e.g. `bleeding`, `fever (negated)`).
    pub signals: Vec<String>,
    /// The presenting complaint that decided a clinical level, e.g. `stroke signs`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presentation: Option<&'static str>,
    /// The discriminator within it, e.g. `fever under 3 months`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    /// Where the rule comes from (a key of `shared/CLINICAL-SOURCES.md`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
}

impl From<Assessment> for Triage {
    fn from(assessment: Assessment) -> Triage {
        Triage {
            urgency: assessment.urgency,
            department: assessment.department,
            reason: assessment.reason,
        }
    }
}

/// Every built-in pattern table, one per concept file. A slice of tables rather than one
/// long `.chain()`: sixty chained iterators overflow the compiler's recursion limit.
const BUILT_IN_TABLES: &[&[(Sig, &str)]] = &[
    LEXICON,
    FINDINGS,
    LAY_FINDINGS,
    THUMB_FINDINGS,
    S12_FINDINGS,
    S13_FINDINGS,
    S13B_FINDINGS,
    S14_MENTAL_HEALTH,
    S14_FINDINGS,
    S14B_FINDINGS,
    URGENT_FINDINGS,
    LEARNED_ENGLISH_FINDINGS,
    OLDER_TYPING_FINDINGS,
    PLAIN_FINDINGS,
    LAY_RED_FLAGS,
    LAY_RED_FLAGS_EUROPE,
    LAY_PHONE_SIGNS,
    CHRONIC_FINDINGS,
    MENTAL_HEALTH_RISK,
    TOXIDROMES,
    LONG_BLEEDS,
    BLEEDING_NOT_STOPPING,
    HEAD_INJURY_LAY_FLAGS,
    AIRWAY_AND_ALERTNESS_DANGER,
    OHSS_LAY_SIGNS,
    LAY_BODY_SYSTEM_SIGNS,
    UNUSABLE_LIMB_AND_SHORT_RELIEF,
    CHEEK_SWELLING_FROM_A_TOOTH,
    RED_EYE_SAME_DAY,
    KIDNEY_INFECTION_SIGNS,
    SOMETHING_IN_THE_EYE,
    RED_FLAGS_IN_ONE_LINE,
    SAME_DAY_SIGNS_IN_ONE_LINE,
    EMERGENCY_SIGNS_TOLD_PLAINLY,
    THREATS_AND_ASSAULT_NOW,
    EMERGENCIES_TOLD_BESIDE_A_PAST,
    EMERGENCY_WORDS_FOR_THINGS,
    RED_FLAGS_TOLD_BY_EFFECT,
    SAME_DAY_SIGNS_TOLD_PLAINLY,
    SINCE_THEN,
    HEAD_BLOWS,
    EVERYDAY_LAY_SIGNS,
    KETOACIDOSIS,
    NON_BLANCHING_RASH,
    TESTICLE_PAIN,
    DOUBLE_VISION_BALANCE,
    LAY_RED_FLAGS_MULTILINGUAL,
    NOT_NOW_CUES,
    CHAT_TYPED_SIGNS,
    SMS_RED_FLAGS,
    AFTERCARE_RED_FLAGS,
    AFTERCARE_SAME_DAY,
    SAME_DAY_RED_FLAGS,
    SAME_DAY_LOOKALIKES,
    CARER_RED_FLAGS,
    CARER_SAME_DAY_SIGNS,
    NOT_EATING_FOR_DAYS,
    TRANSIENT_STROKE_SIGNS,
    CARER_NOT_SIGNS,
    SWALLOWED_POISONS,
    CAUDA_EQUINA_SIGNS,
    ASTHMA_ATTACK_SIGNS,
    SUICIDE_MEANS_AND_PLANS,
    CHEST_DISCOMFORT,
    BELLY_PAIN_BACK_WORSE,
    PASSIVE_DEATH_WISHES,
    BLURRED_SIGHT,
    HEARD_VOICES,
    INJURY_RED_FLAGS,
    GETTING_WORSE,
    TOOTHACHE_UNRELIEVED,
    BABY_MOVING_LESS,
    PREGNANCY_AND_NEWBORN_SIGNS,
    WELL_CHILD_FEVER,
    SWALLOWED_LAY_OBJECTS,
    SEVERITY_DETAILS,
    CHRONIC_CARE_RED_FLAGS,
    CRISIS_TOLD_IN_PASSING,
    DRUGS_AND_POISONS_TOLD_PLAINLY,
    MENTAL_HEALTH_SAME_DAY,
    BLOOD_THINNER_INJECTIONS,
    HOURS_AND_SUPPOSITIONS,
    SELF_HARM_CUTS_AND_KEPT_PILLS,
    SHINGLES_AND_GROWING_SWELLING,
    HOUSEHOLD_CHEMICALS_IN_A_CHILD,
    HALOS_ROUND_LIGHTS,
    DRUG_REACTION_BLISTERS,
    EYE_EAR_MOUTH_SKIN_LAY_SIGNS,
    BELLY_PAIN_LOWER_RIGHT,
    SOMEONE_ELSES_EVENT,
    TOLD_CASUALLY,
    MEDICINE_MIXUPS_AND_DEVICE_SHOCKS,
    SAME_DAY_MENTAL_HEALTH_TOLD_PLAINLY,
    SUICIDE_ACTS_UNDER_WAY,
    VIOLENCE_UNDER_WAY_AT_HOME,
    WITHDRAWAL_DELIRIUM_AND_SEDATION,
    DEEP_BURNS_AND_WOUNDS,
    DEATH_WORDS_IN_MEDIA_AND_JOKES,
    SIGNS_IN_STORIES_AND_HOMEWORK,
    AGES_TOLD_IN_YEARS,
    BLEEDING_TOLD_AS_POURING,
    DENIED_THOUGHTS_OF_SELF_HARM,
    EVERYDAY_SIGNS_IN_SEVEN_LANGUAGES,
    TESTS_PENS_AND_SHOWS_NOT_SIGNS,
    PARENTS_AND_PREGNANCY_LAY_SIGNS,
    SWELLING_GROWING_AFTER_A_PROCEDURE,
    ITALIAN_QUESTIONS_AHEAD,
    SCROTAL_SWELLING_AFTER_A_VASECTOMY,
    SUICIDE_TOLD_AS_A_FAREWELL,
    PARTY_PILLS_AND_SOMEONE_ELSES_PILLS,
    HARM_TO_A_CHILD_TOLD_AS_A_THOUGHT,
    URINE_RETENTION_WITH_A_SWOLLEN_BELLY,
    LIP_FILLER_TOLD_PLAINLY,
    PADS_SOAKED_EACH_HOUR,
    BLOW_TO_A_PREGNANT_BELLY,
    BLEEDING_WITH_PALLOR,
    EXPLODING_HEADACHE,
    METHADONE_NAMED_IN_OTHER_LANGUAGES,
    HALF_AN_HOUR_AGO,
    SO_MUCH_BLOOD,
    FACE_SAGGING_IN_DUTCH,
    QUIET_PLANS_TOLD_BY_PHONE,
    WARNING_SIGNS_FOR_A_SAME_DAY_TALK,
    SIGNS_TOLD_LITERALLY_OR_AUTOCORRECTED,
    PAIN_IN_A_CAST,
    SELF_HARM_CUTS_NEEDING_CARE,
    CHEST_BURNING_AND_A_GREY_FACE,
    A_BABYS_CRY_AND_SOFT_SPOT,
    DISTRESS_WITH_A_PLEA_FOR_TODAY,
    SPOTTING_IN_PREGNANCY,
    MEDICINE_TAKEN_TWICE_BY_MISTAKE,
    INFECTED_WOUNDS_TOLD_PLAINLY,
    MISSED_IVF_AND_PILL_DOSES,
    DRY_SOCKET_TOLD_BY_ITS_SIGNS,
    OLDER_PEOPLE_TOLD_BY_CARERS,
    MISSED_CONTRACEPTION_AND_UNPROTECTED_SEX,
    HOUSEHOLD_CHEMICALS_IN_THE_EYE,
    A_NEW_MEDICINE_THEN_SWELLING,
    STITCHES_PULLED_APART,
    CHEST_PAIN_TOLD_WITH_ITS_STRENGTH,
    LONG_TERM_CONDITIONS_GETTING_WORSE,
    A_THREAT_AT_THE_DOOR,
    DRINK_AND_DRUGS_TOLD_BY_YOUNG_ADULTS,
    EATING_DISORDERS_TOLD_BY_THEIR_ACTS,
    MENTAL_HEALTH_TOLD_SIDEWAYS,
    PIERCINGS_AND_LATE_CONTRACEPTION,
    SPORTS_INJURIES_TOLD_PLAINLY,
    DICTATED_SIGNS,
    A_YEAR_AGO,
    A_BITE_TOLD_VERB_FIRST,
    SOMETHING_PUT_IN_A_NOSE_OR_EAR,
    ONE_CALF_BIGGER_THAN_THE_OTHER,
    SIGNS_A_FIRST_MESSAGE_BURIES,
    A_FLOPPY_CHILD,
    A_SLOW_PULSE_AND_A_GREY_FACE,
    INABILITIES_AND_COUNTS_TOLD_PLAINLY,
    BLEEDING_WITH_FAINTNESS,
    COLD_PALE_LIMB,
    NOT_KNOWING_FAMILY,
    DROWSY_WITH_LOW_OXYGEN_IN_COPD,
    MOUTH_FULL_OF_SORES,
    MONTHS_AGO_TOLD_WITH_A_PAST_VERB,
    SCALP_SORE_TO_COMB_AND_JAW_TIRED_TO_CHEW,
    SIGHT_GONE_IN_AN_INJURED_EYE,
    A_HOT_SWOLLEN_JOINT,
    HITTING_AND_KICKING_NOW,
    LOCKED_IN_WITH_THE_MEANS,
    A_BABY_FALLEN_FROM_A_HEIGHT,
    A_MISSED_INJECTION_OR_PILLS_THEN_SEX,
    A_WEAK_ARM_OR_A_DRINK_SPILLING_FROM_THE_MOUTH,
    STRANGLED_OR_SHUT_IN_FROM_A_PARTNER,
    FUMES_FROM_A_HEATER_OR_STOVE,
    A_CHILD_AT_SOMEONE_ELSES_PILLS,
    A_BABY_GRUNTING_WITH_RIBS_DRAWN_IN,
    CANNOT_WAKE_THEM_TOLD_PLAINLY,
    A_HEAVY_BLEED_WITH_FAINTNESS,
    HARM_TO_A_BABY_TOLD_AFTER_THE_BIRTH,
    TABLETS_ALL_TAKEN_OR_COUNTED_AT_ONCE,
    ASKED_FOR_A_FRIEND_THEN_OWNED_UP,
    FLOATERS_AND_MOVEMENTS_TOLD_WITHOUT_THE_USUAL_NOUN,
    SORRY_TO_BE_A_PAIN,
    A_FACE_GONE_CROOKED_TOLD_AS_A_VERB,
    A_BLEED_STOPPED_IN_PORTUGUESE_AND_ITALIAN,
    THE_EYE_PUSHED_OUT_OR_SEEING_DOUBLE,
    A_WEAK_ARM_TOLD_IN_DUTCH_FRENCH_GERMAN_SPANISH,
    PILL_COUNTS_OF_STRONG_MEDICINES,
    GRUNTING_WITH_EACH_BREATH,
];

fn built_in() -> &'static Matcher<Sig> {
    static BUILT_IN: OnceLock<Matcher<Sig>> = OnceLock::new();
    BUILT_IN.get_or_init(|| {
        // Lossy only in name: the packed text is whole `&str`s, so this borrows it.
        let text = String::from_utf8_lossy(&packed_tables::TEXT);
        Matcher::new(
            packed_tables::entries(&text, &packed_tables::SIGNALS)
                .flat_map(|(signal, joined)| patterns(joined).map(move |p| (signal, p))),
        )
    })
}

/// Triage one visitor message with a clinic's rules.
pub fn triage(rules: &TriageRules, text: &str) -> Triage {
    assess(rules, text).into()
}

/// Triage one visitor message, with the language guess and every signal seen.
///
/// Compiles the clinic's extra phrases on each call; use a [`Triager`] for many messages.
pub fn assess(rules: &TriageRules, text: &str) -> Assessment {
    Triager::new(rules).assess(text)
}

/// The learned opinion's probability above which it raises a message to emergency.
pub const LEARNED_EMERGENCY: f32 = 0.90;

/// The learned opinion's probability above which it raises a routine message to urgent.
pub const LEARNED_URGENT: f32 = 0.90;

/// The learned opinion's probability above which it raises a message the rules read as
/// urgent, from a current clinical finding, to emergency; `None` keeps it silent there
/// (leave-one-batch-out figures in TRIAGE.md, "Lifting urgent to emergency").
pub const LEARNED_LIFT: Option<f32> = None;

fn built_in_model() -> Option<Arc<Model>> {
    static MODEL: OnceLock<Option<Arc<Model>>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::built_in().cloned().map(Arc::new))
        .clone()
}

/// A clinic's rules compiled once, for triaging many messages.
#[derive(Debug, Clone)]
pub struct Triager {
    rules: TriageRules,
    clinic: Option<Matcher<Sig>>,
    model: Option<Arc<Model>>,
    thresholds: (f32, f32),
    lift: Option<f32>,
}

impl Triager {
    /// The rules with the shipped learned second opinion (`model.bin`), as the edge and
    /// `frontdesk-triage` run them.
    pub fn new(rules: &TriageRules) -> Triager {
        Triager::with_model(rules, built_in_model())
    }

    /// Rules with another learned model, or none (for training and evaluation).
    pub fn with_model(rules: &TriageRules, model: Option<Arc<Model>>) -> Triager {
        Triager {
            rules: rules.clone(),
            clinic: (!rules.is_empty()).then(|| rules.matcher()),
            model,
            thresholds: (LEARNED_EMERGENCY, LEARNED_URGENT),
            lift: LEARNED_LIFT,
        }
    }

    /// Another probability (or none) for the learned opinion to raise an urgent
    /// finding to emergency (for measuring it on held-out batches).
    pub fn with_lift(mut self, lift: Option<f32>) -> Triager {
        self.lift = lift;
        self
    }

    /// Other probabilities for the learned opinion to raise to emergency and urgent
    /// (for choosing the shipped ones on held-out batches).
    pub fn with_thresholds(mut self, emergency: f32, urgent: f32) -> Triager {
        self.thresholds = (emergency, urgent);
        self
    }

    /// Triage one visitor message.
    pub fn triage(&self, text: &str) -> Triage {
        self.assess(text).into()
    }

    /// Triage one visitor message, with the language guess and every signal seen.
    pub fn assess(&self, text: &str) -> Assessment {
        let learned = self
            .model
            .as_deref()
            .map(|model| (model, self.thresholds, self.lift));
        assess_with(&self.rules, self.clinic.as_ref(), learned, text)
    }
}

fn assess_with(
    rules: &TriageRules,
    clinic: Option<&Matcher<Sig>>,
    learned: Option<(&Model, (f32, f32), Option<f32>)>,
    text: &str,
) -> Assessment {
    // Numbers dictated as words are read as digits and long words dictation split are
    // joined, for the lexicon, the readings and the model alike (`spoken_numbers.rs`,
    // `dictation_splits.rs`).
    let spoken = dictation_splits::as_typed(text);
    let text: &str = &spoken;
    let mut normalized = normalize(text);
    let language = language::guess(&normalized);
    regional_words::rewrite(&mut normalized, language);
    if !matches!(language, "pt" | "es" | "it") {
        // A bare "n" is "and" in English texting ("wheezy n dizzy"), "não" in Portuguese.
        for token in &mut normalized.tokens {
            if token.key == "n" {
                token.key = "and".into();
            }
        }
    }
    if language == "it" {
        // Italian "si" is a pronoun ("la gola che si stringe e le labbra"), never the
        // Spanish and French "if" that opens a hypothetical ("se" is the Italian "if").
        for token in &mut normalized.tokens {
            if token.key == "si" {
                token.key = "si-pronoun".into();
            }
        }
    }
    let tokens = &normalized.tokens;
    let mut matches = built_in().find(tokens);
    if let Some(clinic) = clinic {
        matches.extend(clinic.find(tokens));
    }
    if !rules.disabled.is_empty() {
        // A disabled signal no longer raises urgency but is still a clinical topic.
        for m in &mut matches {
            if m.signal
                .id()
                .is_some_and(|id| rules.disabled.iter().any(|d| d == id))
            {
                m.signal = Sig::Topic(Department::Clinical, 2);
            }
        }
    }
    let scope = Scope::new(tokens, &normalized.questions, matches);
    // Each number is scoped like a finding: mapped to its token by normalising the text
    // before it (normalisation reads left to right, so the count of tokens before a
    // word is its index).
    let token_at = |byte: usize| {
        let before = normalize(&text[..byte]).tokens.len();
        let glued = text[..byte]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        before - usize::from(glued && before > 0)
    };
    let measured = readings::read_scoped(text, |(start, number)| {
        scope.reading_is_current(token_at(start), token_at(number))
    });
    let mut decision = decide(&scope, tokens, measured);
    if let Some((model, thresholds, lift)) = learned {
        let lift = lift.filter(|_| decision.urgency == Urgency::Urgent && decision.current_finding);
        let wanted = decision.department_default
            || lift.is_some()
            || (decision.urgency == Urgency::Routine && !decision.scoped_out && decision.clinical);
        if wanted {
            let probabilities = model.probabilities(&normalized);
            second_opinion(&mut decision, &probabilities, thresholds);
            if let Some(at) = lift {
                lift_urgent(&mut decision, &probabilities, at);
            }
            department_opinion(&mut decision, &probabilities);
        }
    }
    Assessment {
        urgency: decision.urgency,
        department: decision.department,
        reason: decision.reason,
        language,
        signals: decision.signals,
        presentation: decision.presentation.map(Presentation::name),
        discriminator: decision.discriminator,
        source: decision.source,
    }
}

/// Lets the learned model raise the rules' level, never lower it.
fn second_opinion(
    decision: &mut Decision,
    probabilities: &[f32; HEADS],
    (emergency_at, urgent_at): (f32, f32),
) {
    // It stays silent where the rules read every symptom as not current, and on text
    // with nothing clinical in it ("message 3", "a fresh passphrase here"), where its
    // weights are guesses: held out, it raised 4 of 542 such messages.
    // And it lifts only what the rules left routine: an urgent message already has a
    // clinician on the way and its ladder running ("severe pain and swelling since
    // yesterday" is not an ambulance).
    if decision.urgency != Urgency::Routine || decision.scoped_out || !decision.clinical {
        return;
    }
    let emergency = probabilities[Head::Emergency as usize];
    let urgent = probabilities[Head::AtLeastUrgent as usize];
    let raised = if emergency >= emergency_at {
        Urgency::Emergency
    } else if decision.urgency == Urgency::Routine && urgent >= urgent_at {
        Urgency::Urgent
    } else {
        return;
    };
    let probability = if raised == Urgency::Emergency {
        emergency
    } else {
        urgent
    };
    decision.urgency = raised;
    decision.department = Department::Clinical;
    decision.presentation = Some(Presentation::Unplaced);
    decision.discriminator = Some("learned second opinion".into());
    decision.source = None;
    decision.signals.push("learned second opinion".into());
    decision.reason = format!(
        "{}: learned second opinion ({:.0}% like the labelled {} messages); the rules alone said {}",
        raised.as_str(),
        probability * 100.0,
        raised.as_str(),
        decision.reason
    );
}

/// Lets the learned model raise an urgent message to emergency, only where the rules
/// read it urgent from a current clinical finding (never a bare call for help, a
/// medicine run out, or text where every finding is negated, past or someone else's).
fn lift_urgent(decision: &mut Decision, probabilities: &[f32; HEADS], at: f32) {
    let emergency = probabilities[Head::Emergency as usize];
    if decision.urgency != Urgency::Urgent || !decision.current_finding || emergency < at {
        return;
    }
    decision.urgency = Urgency::Emergency;
    decision.discriminator = Some("learned second opinion over an urgent finding".into());
    decision.signals.push("learned second opinion".into());
    decision.reason = format!(
        "emergency: urgent by the rules; emergency by learned opinion ({:.0}% like its labelled emergencies); the rules said {}",
        emergency * 100.0,
        decision.reason
    );
}

/// How sure the department heads must be to route a message whose words named no
/// department (held out, TRIAGE.md).
const LEARNED_DEPARTMENT: f32 = 0.65;

/// What the rules say when no word names a department.
const FRONT_DESK_BY_DEFAULT: &str = "no clinical or topic signal; front desk by default";

/// Routes a routine message that named no department by the department heads; the
/// front desk stays the default when none of the others is likely enough.
fn department_opinion(decision: &mut Decision, probabilities: &[f32; HEADS]) {
    if !decision.department_default || decision.urgency != Urgency::Routine {
        return;
    }
    let candidates = [
        (Head::Clinical, Department::Clinical),
        (Head::Appointments, Department::Appointments),
        (Head::Billing, Department::Billing),
        (Head::FrontDesk, Department::FrontDesk),
    ];
    let Some((department, probability)) = candidates
        .into_iter()
        .map(|(head, department)| (department, probabilities[head as usize]))
        .max_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return;
    };
    if department == Department::FrontDesk || probability < LEARNED_DEPARTMENT {
        return;
    }
    decision.department = department;
    decision.reason = decision.reason.replace(
        FRONT_DESK_BY_DEFAULT,
        &format!(
            "no topic word; {} by learned opinion ({:.0}% like its labelled messages)",
            department.as_str(),
            probability * 100.0
        ),
    );
}

struct Decision {
    urgency: Urgency,
    department: Department,
    reason: String,
    signals: Vec<String>,
    presentation: Option<Presentation>,
    discriminator: Option<String>,
    source: Option<&'static str>,
    /// The rules saw symptoms and read every one as not current (negated, past, a
    /// relative's, hypothetical, a question): context the learned model cannot see.
    scoped_out: bool,
    /// The rules saw anything clinical at all: a symptom in any reading, or a clinical
    /// context (a child, diabetes, a procedure, a medicine, a call for help, "tonight").
    clinical: bool,
    /// No word named a department, so the front desk has it by default.
    department_default: bool,
    /// The rules read at least one clinical finding as current (affirmed), so their
    /// level rests on something the patient reports now.
    current_finding: bool,
}

/// One symptom mention with its reading and the level it implies.
struct Reading {
    mention: Match<Sig>,
    status: Status,
    level: Urgency,
    because: Vec<&'static str>,
}

fn quote(tokens: &[Token], m: &Match<Sig>) -> String {
    tokens[m.start..=m.end]
        .iter()
        .map(|t| t.plain.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The level a reported (affirmed) mention implies, and the modifiers that decided it.
fn affirmed_level(scope: &Scope, m: &Match<Sig>) -> (Urgency, Vec<&'static str>) {
    let near = |signal| scope.near(m, signal);
    let severe = near(Sig::Severe) || near(Sig::Nonstop);
    let mild = near(Sig::Mild);
    let ongoing = near(Sig::Persist) || near(Sig::Recur) || near(Sig::Since);
    let worse = near(Sig::Worse);
    let procedure = scope.after_procedure();
    let pregnant = scope.pregnant();
    let mut because = Vec::new();
    let mut note = |flag: bool, signal: Sig| {
        if flag {
            because.push(signal.label());
        }
    };
    let level = match m.signal {
        // A typical seizure in known epilepsy, over or "as usual": a same-day look. One
        // still going is not typical, whatever the person's usual fits are like. "One of
        // his usual fits" names a known seizure disorder as "epilepsy" does.
        // A fit that is not stopping is not one of the usual ones [EPI].
        // "Not stopping" counts anywhere in the fit's sentence (session 25a).
        Sig::Seizure
            if scope.context(Sig::Usual)
                && !near(Sig::Persist)
                && !scope.in_its_sentence(m, Sig::Nonstop) =>
        {
            note(true, Sig::Epilepsy);
            Urgency::Urgent
        }
        s if s.is_emergency() => Urgency::Emergency,
        Sig::ClinicUrgent => Urgency::Urgent,
        Sig::Bleeding => {
            note(severe, Sig::Severe);
            note(pregnant, Sig::Pregnancy);
            note(ongoing, Sig::Persist);
            note(procedure, Sig::Procedure);
            if severe {
                Urgency::Emergency
            } else if mild && !procedure && !ongoing && !worse {
                note(true, Sig::Mild);
                Urgency::Routine
            } else {
                Urgency::Urgent
            }
        }
        Sig::Pain => {
            note(severe, Sig::Severe);
            note(worse, Sig::Worse);
            // Plain pain after a procedure is urgent when reported, not when asked about.
            let reported_after_procedure = procedure && !mild && !scope.in_question(m);
            note(reported_after_procedure, Sig::Procedure);
            // Severe pain in pregnancy is an emergency (abruption, ectopic) [MAT, NG126];
            // a severe headache is a pre-eclampsia sign, a same-day look at the maternity
            // unit [NG133], which the presentation table gives.
            let headache = scope.overlapped_by(m, Sig::Headache);
            if severe && pregnant && !headache {
                note(true, Sig::Pregnancy);
                Urgency::Emergency
            } else if severe || worse || reported_after_procedure {
                Urgency::Urgent
            } else {
                Urgency::Routine
            }
        }
        Sig::Swelling => {
            note(severe, Sig::Severe);
            note(worse, Sig::Worse);
            note(procedure && !mild, Sig::Procedure);
            if severe || worse || (procedure && !mild) {
                Urgency::Urgent
            } else {
                Urgency::Routine
            }
        }
        Sig::Fever => {
            // A child said to be playing and eating normally is NG143 green (session 18d),
            // when the fever is the only thing told: any other sign, in any reading, keeps
            // the fever where it was (a rash the scope misreads must not be cleared).
            let alone = scope
                .mentions()
                .all(|o| !o.signal.is_concept() || matches!(o.signal, Sig::Fever | Sig::Symptom));
            let well = alone
                && scope.context(Sig::WellChild)
                && !scope.context(Sig::PlaysLittle)
                && scope.context(Sig::Child)
                && !scope.context(Sig::Infant)
                && !ongoing;
            if (mild || well) && !procedure {
                note(true, Sig::Mild);
                Urgency::Routine
            } else {
                note(procedure, Sig::Procedure);
                Urgency::Urgent
            }
        }
        Sig::Symptom => {
            note(worse, Sig::Worse);
            if worse && procedure {
                Urgency::Urgent
            } else {
                Urgency::Routine
            }
        }
        s => match finding_level(s) {
            Some((level, _)) if level < Urgency::Urgent && (worse || severe) => {
                note(worse, Sig::Worse);
                note(severe, Sig::Severe);
                Urgency::Urgent
            }
            Some((level, _)) => level,
            // Safe default: a reported symptom the rules cannot place gets a person soon.
            None => Urgency::Urgent,
        },
    };
    (level, because)
}

/// A faint, or a fit with a fever, followed by a full recovery ("came round straight
/// away", "back to himself and playing"): a same-day look, not an ambulance (consensus
/// in CLINICAL-SOURCES.md, after EPI). Not in pregnancy (ectopic, eclampsia), in a
/// diabetic (a hypo), on blood thinners or with a head injury, which keep their level.
fn recovered_fully(scope: &Scope, m: &Match<Sig>) -> bool {
    let febrile_fit = m.signal == Sig::Seizure
        && scope
            .mentions()
            .any(|f| f.signal == Sig::Fever && scope.status(f) != Status::Negated);
    (m.signal == Sig::Unconscious || febrile_fit)
        && scope.context(Sig::CameRound)
        && !scope.pregnant()
        && !scope.context(Sig::Postpartum)
        && !scope.context(Sig::Diabetic)
        && !scope.context(Sig::Anticoagulant)
        && !scope.told(Sig::HeadInjury)
        // Pale and clammy, drowsy, muddled or breathless after it is not a recovery.
        && ![
            Sig::Sweating,
            Sig::Mottled,
            Sig::Drowsy,
            Sig::Confusion,
            Sig::Breathing,
            Sig::ChestPain,
            Sig::Weakness,
            Sig::SpeechLoss,
            Sig::Stroke,
        ]
        .into_iter()
        .any(|sign| scope.told(sign))
}

fn read(scope: &Scope, m: &Match<Sig>) -> Reading {
    let status = scope.status(m);
    let (affirmed, mut because) = affirmed_level(scope, m);
    let recovered =
        matches!(status, Status::Affirmed | Status::Resolved) && recovered_fully(scope, m);
    if recovered {
        because.push(Sig::CameRound.label());
    }
    // "I think I'd be better off not here, but I have no plan and wouldn't do anything":
    // the denial of a plan reads the thoughts as a "what if" or as over, yet they are
    // there now, and thoughts without a plan are a same-day talk [NG225].
    // Told as present with the plan denied ("no quiero seguir viviendo, pero no tengo
    // plan ni haría nada"), the same: a same-day talk, unless another sign decides.
    // Self-harm told as superficial ("just scratches", "small burns") with no intent is
    // self-harm needing no physical care: a same-day talk [NG225] (session 15b). "Better
    // off without me" is about a baby only after birth.
    let baby_harm_not_postpartum = m.signal == Sig::BabyHarm && !scope.context(Sig::Postpartum);
    let thoughts_without_plan = (matches!(m.signal, Sig::DarkThoughts | Sig::Suicidal)
        || baby_harm_not_postpartum)
        && matches!(
            status,
            Status::Hypothetical | Status::Resolved | Status::Affirmed
        )
        && (scope.has_cue(Sig::NoPlan) || scope.has_cue(Sig::Superficial));
    let level = match status {
        _ if recovered => Urgency::Urgent,
        _ if thoughts_without_plan => Urgency::Urgent,
        Status::Affirmed => affirmed,
        // A life-threatening sign that has passed still deserves a same-day look.
        // A time-critical sign that passed within the day (a fading FAST sign, a herald
        // bleed) is still an emergency; one that passed days ago gets a same-day look.
        // A fit that is over in known epilepsy, with recovery, is a same-day look [EPI].
        Status::Resolved
            if m.signal == Sig::Seizure
                && (scope.context(Sig::Epilepsy) || scope.context(Sig::Usual)) =>
        {
            Urgency::Urgent
        }
        // Tablets taken do not un-happen: an overdose stays an emergency when the person
        // feels fine (paracetamol harm is delayed) [POIS].
        Status::Resolved if m.signal == Sig::Overdose => Urgency::Emergency,
        // A visit to the emergency department a clinician asked for, and that is over.
        Status::Resolved if m.signal == Sig::SentToEmergency => Urgency::Routine,
        Status::Resolved if affirmed == Urgency::Emergency && scope.recent_event() => {
            Urgency::Emergency
        }
        // A stroke sign that passed yesterday is within the 24 hours in which a TIA is
        // still sent on as an emergency [NG128, consensus].
        Status::Resolved if scope.fast_sign_yesterday(m) => Urgency::Emergency,
        // One that passed earlier today, placed by a part of the day or minutes, is a
        // suspected TIA: the same [NG128, FAST].
        Status::Resolved if scope.fast_sign_passed_today(m) => Urgency::Emergency,
        // A typical fit that is over, in known epilepsy, still gets a same-day look.
        Status::Resolved if affirmed == Urgency::Emergency || m.signal.is_emergency() => {
            Urgency::Urgent
        }
        _ => Urgency::Routine,
    };
    Reading {
        mention: *m,
        status,
        level,
        because,
    }
}

/// A message that is only the chest ("chest", "chest!!", "my chest"), in any language.
fn chest_alone(tokens: &[Token]) -> bool {
    const CHEST: &[&str] = &[
        "chest", "pecho", "poitrine", "brust", "petto", "peito", "borst",
    ];
    tokens.len() <= 2 && tokens.iter().any(|t| CHEST.contains(&t.key.as_str()))
}

fn decide(scope: &Scope, tokens: &[Token], measured: readings::Readings) -> Decision {
    let readings: Vec<Reading> = scope.mentions().map(|m| read(scope, m)).collect();
    let clinical = !readings.is_empty() || scope.clinical_context();
    // An emergency sign explained away ("lips blue from the lolly") counts as a sign
    // read as not current.
    let scoped_out = (!readings.is_empty() || scope.explained())
        && readings
            .iter()
            .all(|r| !matches!(r.status, Status::Affirmed | Status::Resolved));
    let mut signals: Vec<String> = readings
        .iter()
        .map(|r| match r.status {
            Status::Affirmed => r.mention.signal.label().to_owned(),
            status => format!("{} ({})", r.mention.signal.label(), status.label()),
        })
        .collect();
    signals.dedup();

    // The most severe reading wins; on a tie, the first one in the message.
    let mut best: Option<&Reading> = None;
    for reading in &readings {
        if best.is_none_or(|b| reading.level > b.level) {
            best = Some(reading);
        }
    }
    let mut urgency = best.map_or(Urgency::Routine, |b| b.level);
    let mut presentation = best
        .filter(|b| b.level > Urgency::Routine)
        .map(|b| presentation_of(b.mention.signal));
    let mut discriminator = best
        .filter(|b| b.level > Urgency::Routine)
        .map(|b| b.mention.signal.label().to_owned());
    let mut source = None;
    let mut reason = best.filter(|b| b.level > Urgency::Routine).map(|b| {
        let mut words = vec![b.mention.signal.label()];
        words.extend(b.because.iter().copied());
        let unplaced = presentation_of(b.mention.signal) == Presentation::Unplaced;
        format!(
            "{}: {} (\"{}\"){}",
            b.level.as_str(),
            words.join(" + "),
            quote(tokens, &b.mention),
            if unplaced {
                "; symptoms the rules cannot place, so a person looks within the hour"
            } else {
                ""
            }
        )
    });

    // Combinations from the presentation table ("fever" + "stiff neck").
    let affirmed: Vec<Sig> = readings
        .iter()
        .filter(|r| r.status == Status::Affirmed)
        .map(|r| r.mention.signal)
        .collect();
    let resolved: Vec<Sig> = readings
        .iter()
        .filter(|r| r.status == Status::Resolved)
        .map(|r| r.mention.signal)
        .collect();
    let hypothetical: Vec<Sig> = readings
        .iter()
        .filter(|r| r.status == Status::Hypothetical)
        .map(|r| r.mention.signal)
        .collect();
    let contexts = scope.contexts();
    let facts = Facts {
        affirmed: &affirmed,
        contexts: &contexts,
        resolved: &resolved,
        hypothetical: &hypothetical,
        readings: measured,
    };
    if let Some(rule) = facts.strongest().filter(|rule| rule.level > urgency) {
        urgency = rule.level;
        presentation = Some(rule.presentation);
        discriminator = Some(rule.discriminator.to_owned());
        source = Some(rule.source);
        signals.push(rule.discriminator.to_owned());
        reason = Some(format!(
            "{}: {}: {} [{}]",
            rule.level.as_str(),
            rule.presentation.name(),
            rule.discriminator,
            rule.source
        ));
    }

    if urgency < Urgency::Urgent {
        if let Some(medicine) = scope.critical_medicine_gone() {
            urgency = Urgency::Urgent;
            signals.push("ran out of a critical medicine".into());
            reason = Some(format!(
                "urgent: ran out of a critical medicine (\"{}\")",
                quote(tokens, &medicine)
            ));
        }
    }
    if urgency < Urgency::Emergency && chest_alone(tokens) {
        // A one- or two-word "chest" is most likely chest pain: the safer reading.
        urgency = Urgency::Emergency;
        presentation = Some(Presentation::ChestPain);
        discriminator = Some("the chest named alone".into());
        source = Some("CG95");
        reason =
            Some("emergency: chest pain: the chest named alone, read the safer way [CG95]".into());
    }
    if urgency == Urgency::Routine {
        let affirmed_symptom = readings
            .iter()
            .find(|r| r.status == Status::Affirmed && r.mention.signal.is_concept());
        if let (Some(symptom), Some(alarm)) = (affirmed_symptom, scope.alarm()) {
            // A reported symptom plus a cry for help: let a clinician look today.
            urgency = Urgency::Urgent;
            signals.push(Sig::Alarm.label().into());
            reason = Some(format!(
                "urgent: {} + call for help (\"{}\")",
                symptom.mention.signal.label(),
                quote(tokens, &alarm)
            ));
        }
    }

    if urgency == Urgency::Routine && readings.is_empty() {
        // A short message that is only a call for help ("help", "socorro", "besoin
        // d'aide svp"): nothing to place, so a person looks within the hour.
        const FILLER: &[&str] = &[
            "please",
            "s",
            "il",
            "vous",
            "te",
            "plait",
            "por",
            "favor",
            "bitte",
            "per",
            "favore",
            "alsjeblieft",
            "aub",
            "me",
            "i",
            "need",
            "nodig",
            "besoin",
            "d",
            "ik",
            "heb",
            "preciso",
            "de",
            "necesito",
            "brauche",
            "ho",
            "bisogno",
            "di",
            "urgent",
            "now",
        ];
        let alarm_words = scope.alarm().map(|m| m.end + 1 - m.start).unwrap_or(0);
        let other_words = tokens
            .iter()
            .filter(|t| !FILLER.contains(&t.key.as_str()))
            .count()
            .saturating_sub(alarm_words);
        let bare = other_words <= 2 && scope.department(&[]).1.is_none();
        if let Some(alarm) = scope.alarm().filter(|_| bare) {
            urgency = Urgency::Urgent;
            signals.push(Sig::Alarm.label().into());
            reason = Some(format!(
                "urgent: a call for help with nothing else (\"{}\"); a person looks within the hour",
                quote(tokens, &alarm)
            ));
        }
    }

    let current_finding = readings
        .iter()
        .any(|r| r.status == Status::Affirmed && r.mention.signal.is_concept());
    if urgency >= Urgency::Urgent {
        return Decision {
            urgency,
            department: Department::Clinical,
            reason: reason.unwrap_or_default(),
            signals,
            presentation,
            discriminator,
            source,
            scoped_out: false,
            clinical: true,
            department_default: false,
            current_finding,
        };
    }
    // A symptom named in a price question is the billing team's business.
    let clinical_mentions: Vec<Match<Sig>> = readings
        .iter()
        .filter(|r| r.status != Status::Price)
        .map(|r| r.mention)
        .collect();
    let (department, topic) = scope.department(&clinical_mentions);
    let mut parts = Vec::new();
    if let Some(quiet) = readings.iter().find(|r| r.status != Status::Affirmed) {
        parts.push(format!(
            "{} {}",
            quiet.mention.signal.label(),
            quiet.status.label()
        ));
    } else if let Some(mild) = readings.first() {
        parts.push(format!(
            "{} without warning signs",
            mild.mention.signal.label()
        ));
    }
    match topic {
        Some(m) => parts.push(format!(
            "{} topic (\"{}\")",
            department.as_str(),
            quote(tokens, &m)
        )),
        None if department == Department::FrontDesk => {
            parts.push(FRONT_DESK_BY_DEFAULT.into());
        }
        None => parts.push(format!("{} topic", department.as_str())),
    }
    Decision {
        urgency: Urgency::Routine,
        department,
        reason: format!("routine: {}", parts.join("; ")),
        signals,
        presentation: None,
        discriminator: None,
        source: None,
        scoped_out,
        clinical,
        department_default: topic.is_none() && department == Department::FrontDesk,
        current_finding,
    }
}

#[cfg(test)]
mod a_baby_fallen_from_a_height_tests;
#[cfg(test)]
mod a_baby_grunting_with_ribs_drawn_in_tests;
#[cfg(test)]
mod a_babys_cry_and_soft_spot_tests;
#[cfg(test)]
mod a_bite_told_verb_first_tests;
#[cfg(test)]
mod a_bleed_stopped_in_portuguese_and_italian_tests;
#[cfg(test)]
mod a_breathing_rate_tests;
#[cfg(test)]
mod a_child_at_someone_elses_pills_tests;
#[cfg(test)]
mod a_face_gone_crooked_told_as_a_verb_tests;
#[cfg(test)]
mod a_fit_still_going_in_known_epilepsy_tests;
#[cfg(test)]
mod a_floppy_child_tests;
#[cfg(test)]
mod a_heavy_bleed_with_faintness_tests;
#[cfg(test)]
mod a_hot_swollen_joint_tests;
#[cfg(test)]
mod a_missed_injection_or_pills_then_sex_tests;
#[cfg(test)]
mod a_new_medicine_then_swelling_tests;
#[cfg(test)]
mod a_slow_pulse_and_a_grey_face_tests;
#[cfg(test)]
mod a_weak_arm_or_a_drink_spilling_from_the_mouth_tests;
#[cfg(test)]
mod a_weak_arm_told_in_dutch_french_german_spanish_tests;
#[cfg(test)]
mod a_year_ago_tests;
#[cfg(test)]
mod aftercare_red_flags_tests;
#[cfg(test)]
mod aftercare_same_day_tests;
#[cfg(test)]
mod ages_told_in_years_tests;
#[cfg(test)]
mod airway_and_alertness_danger_tests;
#[cfg(test)]
mod asked_for_a_friend_then_owned_up_tests;
#[cfg(test)]
mod asthma_attack_signs_tests;
#[cfg(test)]
mod baby_moving_less_tests;
#[cfg(test)]
mod belly_pain_back_worse_tests;
#[cfg(test)]
mod belly_pain_lower_right_tests;
#[cfg(test)]
mod bleeding_not_stopping_tests;
#[cfg(test)]
mod bleeding_stopped_tests;
#[cfg(test)]
mod bleeding_told_as_pouring_tests;
#[cfg(test)]
mod bleeding_with_faintness_tests;
#[cfg(test)]
mod bleeding_with_pallor_tests;
#[cfg(test)]
mod blood_thinner_injections_tests;
#[cfg(test)]
mod blow_to_a_pregnant_belly_tests;
#[cfg(test)]
mod blurred_sight_tests;
#[cfg(test)]
mod cannot_wake_them_told_plainly_tests;
#[cfg(test)]
mod carer_not_signs_tests;
#[cfg(test)]
mod carer_red_flags_tests;
#[cfg(test)]
mod carer_same_day_signs_tests;
#[cfg(test)]
mod cauda_equina_signs_tests;
#[cfg(test)]
mod chat_typed_signs_tests;
#[cfg(test)]
mod checked_and_cleared_tests;
#[cfg(test)]
mod cheek_swelling_from_a_tooth_tests;
#[cfg(test)]
mod chest_burning_and_a_grey_face_tests;
#[cfg(test)]
mod chest_discomfort_tests;
#[cfg(test)]
mod chest_pain_told_with_its_strength_tests;
#[cfg(test)]
mod chronic_care_red_flags_tests;
#[cfg(test)]
mod chronic_tests;
#[cfg(test)]
mod cold_pale_limb_tests;
#[cfg(test)]
mod context_tests;
#[cfg(test)]
mod crisis_told_in_passing_tests;
#[cfg(test)]
mod days_ago_tests;
#[cfg(test)]
mod death_words_in_media_and_jokes_tests;
#[cfg(test)]
mod deep_burns_and_wounds_tests;
#[cfg(test)]
mod denied_thoughts_of_self_harm_tests;
#[cfg(test)]
mod dictated_signs_tests;
#[cfg(test)]
mod distress_with_a_plea_for_today_tests;
#[cfg(test)]
mod double_vision_balance_tests;
#[cfg(test)]
mod drowsy_with_low_oxygen_in_copd_tests;
#[cfg(test)]
mod drug_reaction_blisters_tests;
#[cfg(test)]
mod drugs_and_poisons_told_plainly_tests;
#[cfg(test)]
mod dry_socket_told_by_its_signs_tests;
#[cfg(test)]
mod durations_and_units_read_right_tests;
#[cfg(test)]
mod emergencies_told_beside_a_past_tests;
#[cfg(test)]
mod emergency_signs_told_plainly_tests;
#[cfg(test)]
mod emergency_words_for_things_tests;
#[cfg(test)]
mod everyday_lay_signs_tests;
#[cfg(test)]
mod everyday_signs_in_seven_languages_tests;
#[cfg(test)]
mod exploding_headache_tests;
#[cfg(test)]
mod eye_ear_mouth_skin_lay_signs_tests;
#[cfg(test)]
mod face_sagging_in_dutch_tests;
#[cfg(test)]
mod faint_with_a_bleed_tests;
#[cfg(test)]
mod floaters_and_movements_told_without_the_usual_noun_tests;
#[cfg(test)]
mod fumes_from_a_heater_or_stove_tests;
#[cfg(test)]
mod getting_worse_tests;
#[cfg(test)]
mod half_an_hour_ago_tests;
#[cfg(test)]
mod halos_round_lights_tests;
#[cfg(test)]
mod harm_to_a_baby_told_after_the_birth_tests;
#[cfg(test)]
mod harm_to_a_child_told_as_a_thought_tests;
#[cfg(test)]
mod head_blows_tests;
#[cfg(test)]
mod head_injury_lay_flags_tests;
#[cfg(test)]
mod heard_voices_tests;
#[cfg(test)]
mod history_form_tests;
#[cfg(test)]
mod hitting_and_kicking_now_tests;
#[cfg(test)]
mod hours_and_suppositions_tests;
#[cfg(test)]
mod household_chemicals_in_a_child_tests;
#[cfg(test)]
mod household_chemicals_in_the_eye_tests;
#[cfg(test)]
mod inabilities_and_counts_told_plainly_tests;
#[cfg(test)]
mod infected_wounds_told_plainly_tests;
#[cfg(test)]
mod injury_red_flags_tests;
#[cfg(test)]
mod italian_questions_ahead_tests;
#[cfg(test)]
mod ketoacidosis_tests;
#[cfg(test)]
mod kidney_infection_signs_tests;
#[cfg(test)]
mod lay_body_system_signs_tests;
#[cfg(test)]
mod lay_phone_signs_tests;
#[cfg(test)]
mod lay_red_flags_europe_tests;
#[cfg(test)]
mod lay_red_flags_multilingual_tests;
#[cfg(test)]
mod lay_red_flags_tests;
#[cfg(test)]
mod learned_english_tests;
#[cfg(test)]
mod lip_filler_told_plainly_tests;
#[cfg(test)]
mod list_commas_tests;
#[cfg(test)]
mod locked_in_with_the_means_tests;
#[cfg(test)]
mod long_bleeds_tests;
#[cfg(test)]
mod long_term_conditions_getting_worse_tests;
#[cfg(test)]
mod lookalike_words_tests;
#[cfg(test)]
mod medicine_mixups_and_device_shocks_tests;
#[cfg(test)]
mod medicine_taken_twice_by_mistake_tests;
#[cfg(test)]
mod mental_health_risk_tests;
#[cfg(test)]
mod mental_health_same_day_tests;
#[cfg(test)]
mod methadone_named_in_other_languages_tests;
#[cfg(test)]
mod missed_contraception_and_unprotected_sex_tests;
#[cfg(test)]
mod missed_ivf_and_pill_doses_tests;
#[cfg(test)]
mod months_ago_told_with_a_past_verb_tests;
#[cfg(test)]
mod mouth_full_of_sores_tests;
#[cfg(test)]
mod non_blanching_rash_tests;
#[cfg(test)]
mod not_eating_for_days_tests;
#[cfg(test)]
mod not_knowing_family_tests;
#[cfg(test)]
mod not_now_cues_tests;
#[cfg(test)]
mod ohss_lay_signs_tests;
#[cfg(test)]
mod older_people_told_by_carers_tests;
#[cfg(test)]
mod older_typing_tests;
#[cfg(test)]
mod one_calf_bigger_than_the_other_tests;
#[cfg(test)]
mod packed_tables_tests;
#[cfg(test)]
mod pads_soaked_each_hour_tests;
#[cfg(test)]
mod pain_in_a_cast_tests;
#[cfg(test)]
mod parents_and_pregnancy_lay_signs_tests;
#[cfg(test)]
mod party_pills_and_someone_elses_pills_tests;
#[cfg(test)]
mod passed_stroke_signs_tests;
#[cfg(test)]
mod passive_death_wishes_tests;
#[cfg(test)]
mod pill_counts_of_strong_medicines_tests;
#[cfg(test)]
mod pregnancy_and_newborn_signs_tests;
#[cfg(test)]
mod pulse_from_a_watch_tests;
#[cfg(test)]
mod quiet_plans_told_by_phone_tests;
#[cfg(test)]
mod reassurance_and_onset_tests;
#[cfg(test)]
mod recovery_today_tests;
#[cfg(test)]
mod red_eye_same_day_tests;
#[cfg(test)]
mod red_flags_in_one_line_tests;
#[cfg(test)]
mod red_flags_told_by_effect_tests;
#[cfg(test)]
mod run_together_tests;
#[cfg(test)]
mod s12_tests;
#[cfg(test)]
mod s13_tests;
#[cfg(test)]
mod s13b_tests;
#[cfg(test)]
mod s14_mental_health_tests;
#[cfg(test)]
mod s14_tests;
#[cfg(test)]
mod s14b_tests;
#[cfg(test)]
mod same_day_lookalikes_tests;
#[cfg(test)]
mod same_day_mental_health_told_plainly_tests;
#[cfg(test)]
mod same_day_red_flags_tests;
#[cfg(test)]
mod same_day_signs_in_one_line_tests;
#[cfg(test)]
mod same_day_signs_told_plainly_tests;
#[cfg(test)]
mod scalp_sore_to_comb_and_jaw_tired_to_chew_tests;
#[cfg(test)]
mod scope_leftovers_tests;
#[cfg(test)]
mod scrotal_swelling_after_a_vasectomy_tests;
#[cfg(test)]
mod self_harm_cuts_and_kept_pills_tests;
#[cfg(test)]
mod self_harm_cuts_needing_care_tests;
#[cfg(test)]
mod severity_details_tests;
#[cfg(test)]
mod shingles_and_growing_swelling_tests;
#[cfg(test)]
mod sight_gone_in_an_injured_eye_tests;
#[cfg(test)]
mod signs_a_first_message_buries_tests;
#[cfg(test)]
mod signs_in_stories_and_homework_tests;
#[cfg(test)]
mod signs_told_literally_or_autocorrected_tests;
#[cfg(test)]
mod sms_red_flags_tests;
#[cfg(test)]
mod so_much_blood_tests;
#[cfg(test)]
mod someone_elses_event_tests;
#[cfg(test)]
mod something_in_the_eye_tests;
#[cfg(test)]
mod something_put_in_a_nose_or_ear_tests;
#[cfg(test)]
mod sorry_to_be_a_pain_tests;
#[cfg(test)]
mod spoken_numbers_tests;
#[cfg(test)]
mod spotting_in_pregnancy_tests;
#[cfg(test)]
mod stitches_pulled_apart_tests;
#[cfg(test)]
mod strangled_or_shut_in_from_a_partner_tests;
#[cfg(test)]
mod stroke_signs_that_passed_today_tests;
#[cfg(test)]
mod suicide_acts_under_way_tests;
#[cfg(test)]
mod suicide_means_and_plans_tests;
#[cfg(test)]
mod suicide_told_as_a_farewell_tests;
#[cfg(test)]
mod swallowed_lay_objects_tests;
#[cfg(test)]
mod swallowed_poisons_tests;
#[cfg(test)]
mod swelling_growing_after_a_procedure_tests;
#[cfg(test)]
mod tablets_all_taken_or_counted_at_once_tests;
#[cfg(test)]
mod testicle_pain_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_pens_and_shows_not_signs_tests;
#[cfg(test)]
mod the_eye_pushed_out_or_seeing_double_tests;
#[cfg(test)]
mod threats_and_assault_now_tests;
#[cfg(test)]
mod thumb_tests;
#[cfg(test)]
mod told_casually_tests;
#[cfg(test)]
mod toothache_unrelieved_tests;
#[cfg(test)]
mod toxidromes_tests;
#[cfg(test)]
mod transient_stroke_signs_tests;
#[cfg(test)]
mod unusable_limb_and_short_relief_tests;
#[cfg(test)]
mod urgent_tests;
#[cfg(test)]
mod urine_retention_with_a_swollen_belly_tests;
#[cfg(test)]
mod violence_under_way_at_home_tests;
#[cfg(test)]
mod warning_signs_for_a_same_day_talk_tests;
#[cfg(test)]
mod well_child_fever_tests;
#[cfg(test)]
mod withdrawal_delirium_and_sedation_tests;
// Session 23c (batch 125).
#[cfg(test)]
mod a_threat_at_the_door_tests;
#[cfg(test)]
mod drink_and_drugs_told_by_young_adults_tests;
#[cfg(test)]
mod durations_are_not_counts_tests;
#[cfg(test)]
mod eating_disorders_told_by_their_acts_tests;
#[cfg(test)]
mod grunting_with_each_breath_tests;
#[cfg(test)]
mod mental_health_told_sideways_tests;
#[cfg(test)]
mod piercings_and_late_contraception_tests;
#[cfg(test)]
mod pulse_readings_tests;
#[cfg(test)]
mod sports_injuries_told_plainly_tests;
