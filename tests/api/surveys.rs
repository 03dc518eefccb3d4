//! After-treatment surveys over the real API: staff send one, the visitor answers it once,
//! a red-flag answer reopens the conversation as urgent for the clinical team, the hourly
//! cron sends one after a conversation is resolved, and the reports count them.

use serde_json::{json, Value};

use crate::paths;
use crate::support::*;

/// A demo conversation with one visitor message, indexed for the inbox.
fn conversation(staff: &str) -> (String, String) {
    let (id, token) = new_conversation();
    visitor_send(
        &id,
        &token,
        &uuid(),
        &format!("I had a tooth out on Monday {}", canary()),
    );
    eventually("the conversation in the inbox", || row(staff, &id));
    (id, token)
}

/// The row of `id` in the open inbox or among the resolved ones.
fn row(staff: &str, id: &str) -> Option<Value> {
    inbox_row(staff, id, "").or_else(|| inbox_row(staff, id, "?status=resolved"))
}

pub(crate) fn send_survey(staff: &str, id: &str) -> String {
    let sent = post(&paths::staff_surveys(id), Some(staff), &json!({}));
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    assert_eq!(sent.body["message"]["author"], "system");
    let survey_id = sent.body["survey_id"]
        .as_str()
        .expect("survey_id")
        .to_owned();
    assert_eq!(
        sent.body["message"]["client_msg_id"],
        format!("survey:{survey_id}")
    );
    survey_id
}

pub(crate) fn answer(id: &str, token: &str, survey_id: &str, body: &Value) -> Reply {
    post(
        &paths::conversation_survey(id, survey_id),
        Some(token),
        body,
    )
}

fn set_status(staff: &str, id: &str, status: &str) {
    let reply = post(
        &paths::staff_status(id),
        Some(staff),
        &json!({ "status": status }),
    );
    assert_eq!(reply.status, 200, "{:?}", reply.body);
}

#[test]
fn a_survey_is_answered_once_with_clear_errors() {
    let staff = sign_in_every_team("front-desk");
    let (id, token) = conversation(&staff);
    let survey_id = send_survey(&staff, &id);
    // The visitor sees the invitation in the conversation.
    let listed = get(&paths::conversation_messages(&id), Some(&token));
    assert!(
        listed.body["messages"]
            .as_array()
            .expect("messages")
            .iter()
            .any(|m| m["client_msg_id"] == format!("survey:{survey_id}")),
        "{:?}",
        listed.body
    );
    for (body, status, code) in [
        (
            json!({"rating": 0, "problems": false}),
            422,
            "invalid_survey_answer",
        ),
        (
            json!({"rating": 6, "problems": false}),
            422,
            "invalid_survey_answer",
        ),
        (
            json!({"rating": "five", "problems": false}),
            422,
            "invalid_field",
        ),
        (
            json!({"rating": 3, "problems": false, "comment": "x".repeat(2001)}),
            422,
            "invalid_survey_answer",
        ),
    ] {
        let refused = answer(&id, &token, &survey_id, &body);
        assert_eq!(refused.status, status, "{body}: {:?}", refused.body);
        assert_eq!(refused.error_code(), code, "{body}");
    }
    let unknown = answer(
        &id,
        &token,
        "sv_000000000000000000000000",
        &json!({"rating": 5, "problems": false}),
    );
    assert_eq!(unknown.status, 404, "{:?}", unknown.body);
    assert_eq!(unknown.error_code(), "unknown_survey");
    // Another visitor's token can't answer it.
    let (_, other_token) = new_conversation();
    let foreign = answer(
        &id,
        &other_token,
        &survey_id,
        &json!({"rating": 5, "problems": false}),
    );
    assert_eq!(foreign.status, 403, "{:?}", foreign.body);

    let answered = answer(
        &id,
        &token,
        &survey_id,
        &json!({"rating": 5, "problems": false, "comment": format!("Lovely team {}", canary())}),
    );
    assert_eq!(answered.status, 201, "{:?}", answered.body);
    assert_eq!(answered.body["message"]["author"], "visitor");
    assert_eq!(
        answered.body["message"]["client_msg_id"],
        format!("survey-answer:{survey_id}")
    );
    assert!(answered.body["message"]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Survey answer: rated 5/5")));
    let again = answer(
        &id,
        &token,
        &survey_id,
        &json!({"rating": 1, "problems": true}),
    );
    assert_eq!(again.status, 409, "{:?}", again.body);
    assert_eq!(again.error_code(), "survey_already_answered");
}

#[test]
fn a_red_flag_answer_reopens_the_conversation_as_urgent_for_the_clinical_team() {
    let staff = sign_in_every_team("front-desk");
    let (id, token) = conversation(&staff);
    set_status(&staff, &id, "resolved");
    let survey_id = send_survey(&staff, &id);
    let answered = answer(
        &id,
        &token,
        &survey_id,
        &json!({"rating": 2, "problems": true, "comment": "still swelling and now a fever"}),
    );
    assert_eq!(answered.status, 201, "{:?}", answered.body);
    assert_eq!(
        answered.body["triage"]["urgency"], "urgent",
        "{:?}",
        answered.body
    );
    assert_eq!(answered.body["triage"]["department"], "clinical");
    // The urgent acknowledgement, never a knowledge answer.
    assert_eq!(
        answered.body["auto_replies"].as_array().map(Vec::len),
        Some(1)
    );
    let reopened = eventually("the conversation reopened as urgent", || {
        row(&staff, &id).filter(|r| r["status"] == "open" && r["urgency"] == "urgent")
    });
    assert_eq!(reopened["department"], "clinical", "{reopened:?}");
}

#[test]
fn the_cron_sends_a_survey_after_a_conversation_is_resolved() {
    // The test server's demo clinic sends it 3 seconds (days, in production) after.
    let staff = sign_in_every_team("front-desk");
    let (id, token) = conversation(&staff);
    set_status(&staff, &id, "resolved");
    std::thread::sleep(std::time::Duration::from_secs(4));
    let invitations = || {
        let listed = get(&paths::conversation_messages(&id), Some(&token));
        listed.body["messages"]
            .as_array()
            .expect("messages")
            .iter()
            .filter(|m| {
                m["author"] == "system"
                    && m["client_msg_id"]
                        .as_str()
                        .is_some_and(|c| c.starts_with("survey:"))
            })
            .count()
    };
    assert_eq!(invitations(), 0);
    for _ in 0..2 {
        let cron = get("/__scheduled?cron=0+*+*+*+*", None);
        assert_eq!(cron.status, 200, "{:?}", cron.body);
    }
    assert_eq!(invitations(), 1, "one survey, however often the cron runs");
}

#[test]
fn reports_count_survey_answers_and_bot_deflection() {
    let staff = sign_in_every_team("front-desk");
    let (id, token) = conversation(&staff);
    let survey_id = send_survey(&staff, &id);
    let answered = answer(
        &id,
        &token,
        &survey_id,
        &json!({"rating": 4, "problems": false}),
    );
    assert_eq!(answered.status, 201, "{:?}", answered.body);
    // A question the bot settles on its own.
    let (bot_id, bot_token) = new_conversation();
    visitor_send(&bot_id, &bot_token, &uuid(), "Where can I park?");
    let admin = sign_in("admin@demo.test");
    let report = eventually("the bot's answer in the report", || {
        let report = get(&format!("{}?weeks=1", paths::reports()), Some(&admin));
        assert_eq!(report.status, 200, "{:?}", report.body);
        (report.body["deflection"]["deflected"].as_u64() > Some(0)).then_some(report.body)
    });
    let surveys = &report["surveys"];
    assert!(surveys["answered"].as_u64() >= Some(1), "{surveys:?}");
    let ratings: u64 = surveys["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(Some(ratings), surveys["answered"].as_u64(), "{surveys:?}");
    assert!(report["deflection"]["share"]
        .as_f64()
        .is_some_and(|s| s > 0.0));
}
