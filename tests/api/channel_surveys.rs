//! After-treatment surveys on the patient's channel (issue 22), against workerd and the
//! provider sandbox: a treatment the practice software reports for an SMS or WhatsApp
//! patient sends the survey invitation there, with the link to the conversation's page
//! where it is answered, at the clinic's delay (3 seconds on the test server) and not
//! before; never after an SMS STOP; on WhatsApp outside the 24-hour window, as the
//! clinic's approved template.

use frontdesk_protocol::{SurveyAnswerRequest, TreatmentEventRequest};
use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::app::{Outcome, TestApp};
use crate::channels_sms::{field, patient_number, patient_texts, row_of, sent_to, thread};
use crate::channels_whatsapp::graph_calls;
use crate::integrations::{from_now, hourly_cron, is_invitation, now_secs};
use crate::openapi::{check, document};
use crate::support::*;

const INVITATION: &str = "How are you since your treatment?";

/// Reports a treatment done a few seconds from now for conversation `id`; returns when
/// its survey is due (unix seconds).
fn treatment_reported(practice: &str, id: &str) -> i64 {
    let performed_at = from_now(4);
    let event = TreatmentEventRequest {
        event_id: format!("pms-visit:{}", uuid()),
        conversation_id: Some(id.to_owned()),
        phone: None,
        procedure: "Wisdom tooth extraction".into(),
        performed_at,
    };
    let scheduled = TestApp::new()
        .report_treatment(practice, &event)
        .answered(202);
    chrono::DateTime::parse_from_rfc3339(&scheduled.body.survey_due_at)
        .expect("RFC 3339")
        .timestamp()
}

/// Runs the survey round once the survey is due.
fn round_after(due_at: i64) {
    while now_secs() <= due_at {
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    hourly_cron();
}

/// The SMS bodies sent to `number` that carry a conversation link.
fn sms_links_to(number: &str) -> Vec<String> {
    sent_to(number)
        .into_iter()
        .filter_map(|(_, form)| field(&form, "Body").map(str::to_owned))
        .filter(|body| body.contains("/notice/#fdn_"))
        .collect()
}

fn token_in(text: &str) -> String {
    let (_, fragment) = text.split_once("/notice/#").expect("a link");
    fragment
        .split_whitespace()
        .next()
        .expect("the token")
        .to_owned()
}

/// The survey invitations in the staff thread.
fn invitations(staff: &str, id: &str) -> Vec<Value> {
    thread(staff, id)["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| is_invitation(m))
        .cloned()
        .collect()
}

#[test]
fn a_treatment_survey_reaches_an_sms_patient_after_the_delay_and_is_answered_through_its_link() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["surveys:write"]);
    let from = patient_number("+1555");
    patient_texts(
        &from,
        &format!("Thanks for today, see you soon {}", canary()),
    );
    let row = row_of(&admin, &from);
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let due_at = treatment_reported(&practice, &id);

    // Not before it is due…
    hourly_cron();
    if now_secs() < due_at {
        std::thread::sleep(std::time::Duration::from_secs(1));
        assert!(sms_links_to(&from).is_empty(), "a survey before it was due");
    }
    // …then on SMS, with the link, once however often the round runs.
    round_after(due_at);
    let sms = eventually("the survey invitation by SMS", || {
        sms_links_to(&from).into_iter().next()
    });
    assert!(sms.starts_with(INVITATION), "{sms}");
    assert!(
        sms.contains(&format!("{}/notice/#fdn_", base_url())),
        "{sms}"
    );
    hourly_cron();
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(sms_links_to(&from).len(), 1, "one survey");
    assert_eq!(invitations(&admin, &id).len(), 1);

    // The link opens the conversation with the survey, which the patient answers there.
    let token = token_in(&sms);
    let app = TestApp::new();
    let page = app.notice_conversation(Some(&token)).answered(200);
    let survey_id = page
        .body
        .messages
        .iter()
        .find_map(|m| m.client_msg_id.as_deref()?.strip_prefix("survey:"))
        .expect("the invitation on the page")
        .to_owned();
    let rated = SurveyAnswerRequest {
        rating: 4,
        problems: false,
        comment: Some("All good, thank you".into()),
    };
    let answer = app.answer_notice_survey(&token, &survey_id, &rated);
    assert_eq!(answer.status(), 201, "{answer:?}");
    check(
        &document(),
        "POST",
        "/v1/notice/surveys/{survey_id}",
        &answer,
    );
    let again = app
        .answer_notice_survey(&token, &survey_id, &rated)
        .refused(409);
    assert_eq!(again.code, "survey_already_answered");
    // A survey of another conversation is not this link's.
    let unhappy = SurveyAnswerRequest {
        rating: 1,
        problems: true,
        comment: None,
    };
    let elsewhere = format!("sv_{}", "0".repeat(24));
    app.answer_notice_survey(&token, &elsewhere, &unhappy)
        .refused(404);
}

#[test]
fn an_opted_out_number_gets_no_survey_by_sms() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["surveys:write"]);
    let from = patient_number("+1555");
    patient_texts(&from, &format!("Thanks for today {}", canary()));
    let row = row_of(&admin, &from);
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let (_, status) = patient_texts(&from, "STOP");
    assert_eq!(status, 200);
    eventually("the opt-out on the thread", || {
        (thread(&admin, &id)["channel_rules"]["opted_out"] == true).then_some(())
    });
    let due_at = treatment_reported(&practice, &id);
    round_after(due_at);
    // The survey is in the conversation, and nothing went by SMS.
    eventually("the invitation in the thread", || {
        (!invitations(&admin, &id).is_empty()).then_some(())
    });
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert!(sms_links_to(&from).is_empty(), "{:?}", sent_to(&from));
}

/// A WhatsApp patient writes to the demo clinic, `age_seconds` ago by Meta's timestamp.
fn whatsapp_patient(age_seconds: u64) -> String {
    let from = patient_number("1555").trim_start_matches('+').to_owned();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let answer = crate::channels_sms::sandbox(
        "POST",
        "/sandbox/patient/whatsapp",
        Some(&json!({
            "clinic": "demo",
            "from": from,
            "text": format!("Thank you for today {}", canary()),
            "timestamp": now - age_seconds,
        })),
    );
    assert_eq!(answer["edge_status"], 200, "{answer}");
    from
}

fn graph_calls_to(to: &str) -> Vec<Value> {
    graph_calls("whatsapp")
        .into_iter()
        .filter(|(_, body)| body["to"] == to)
        .map(|(_, body)| body)
        .collect()
}

#[test]
fn on_whatsapp_the_survey_goes_as_text_within_the_window_and_as_the_template_outside_it() {
    let admin = sign_in("admin@demo.test");
    let (_, practice) = new_key(&admin, &["surveys:write"]);
    let recent = whatsapp_patient(60);
    let late = whatsapp_patient(25 * 3600);
    let recent_id = row_of(&admin, &recent)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let late_id = row_of(&admin, &late)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let due_at =
        treatment_reported(&practice, &recent_id).max(treatment_reported(&practice, &late_id));
    round_after(due_at);

    let text = eventually("the survey as text at Graph", || {
        graph_calls_to(&recent)
            .into_iter()
            .filter_map(|body| body["text"]["body"].as_str().map(str::to_owned))
            .find(|text| text.contains("/notice/#fdn_"))
    });
    assert!(text.starts_with(INVITATION), "{text}");

    let template = eventually("the survey template at Graph", || {
        graph_calls_to(&late)
            .into_iter()
            .find(|body| body["type"] == "template")
    });
    assert_eq!(template["template"]["name"], "treatment_follow_up");
    assert_eq!(template["template"]["language"]["code"], "en_US");
    let link = template["template"]["components"][0]["parameters"][0]["text"]
        .as_str()
        .expect("the link parameter");
    assert!(
        link.starts_with(&format!("{}/notice/#fdn_", base_url())),
        "{link}"
    );
    assert!(template.get("text").is_none(), "no free text: {template}");
    TestApp::new()
        .notice_conversation(Some(&token_in(link)))
        .answered(200);
}
