//! After-treatment surveys over the real API: staff send one, the visitor answers it once,
//! a red-flag answer reopens the conversation as urgent for the clinical team, the hourly
//! cron sends one after a conversation is resolved, and the reports count them.

use frontdesk_protocol::{
    Author, ConversationStatus, Department, InboxEntry, SendMessageResponse, SetStatusRequest,
    SurveyAnswerRequest, Urgency,
};
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp, Visitor};
use crate::paths;
use crate::support::*;

/// A demo conversation with one visitor message, indexed for the inbox.
fn conversation(staff: &str) -> Visitor {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let question = format!("I had a tooth out on Monday {}", canary());
    app.send_visitor_message(&visitor, &says(&question))
        .answered(201);
    eventually("the conversation in the inbox", || row(staff, visitor.id()));
    visitor
}

/// The row of `id` in the open inbox or among the resolved ones.
fn row(staff: &str, id: &str) -> Option<InboxEntry> {
    let app = TestApp::new();
    app.inbox_row(staff, id, &[])
        .or_else(|| app.inbox_row(staff, id, &[("status", "resolved")]))
}

pub(crate) fn send_survey(staff: &str, id: &str) -> String {
    let sent = TestApp::new().send_survey(staff, id).answered(201).body;
    assert_eq!(sent.message.author, Author::System);
    assert_eq!(
        sent.message.client_msg_id,
        Some(format!("survey:{}", sent.survey_id))
    );
    sent.survey_id
}

/// A survey answer: `rating` 1 to 5, red flags in `problems`, an optional comment.
pub(crate) fn rated(rating: i64, problems: bool, comment: Option<&str>) -> SurveyAnswerRequest {
    SurveyAnswerRequest {
        rating,
        problems,
        comment: comment.map(str::to_owned),
    }
}

pub(crate) fn answer(
    id: &str,
    token: &str,
    survey_id: &str,
    answer: &SurveyAnswerRequest,
) -> Called<SendMessageResponse> {
    TestApp::new().answer_survey(id, token, survey_id, answer)
}

fn resolve(staff: &str, id: &str) {
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    TestApp::new()
        .set_status(staff, id, &resolved)
        .answered(200);
}

/// The survey invitations in the visitor's view of the conversation.
fn invitations(visitor: &Visitor) -> usize {
    let listed = TestApp::new().visitor_messages(visitor, None).answered(200);
    listed
        .body
        .messages
        .iter()
        .filter(|m| {
            m.author == Author::System
                && m.client_msg_id
                    .as_deref()
                    .is_some_and(|c| c.starts_with("survey:"))
        })
        .count()
}

#[test]
fn a_survey_is_answered_once_with_clear_errors() {
    let staff = sign_in_every_team("front-desk");
    let visitor = conversation(&staff);
    let (id, token) = (visitor.id(), visitor.token.as_str());
    let survey_id = send_survey(&staff, id);
    // The visitor sees the invitation in the conversation.
    let listed = TestApp::new()
        .visitor_messages(&visitor, None)
        .answered(200);
    let invitation = format!("survey:{survey_id}");
    assert!(
        listed
            .body
            .messages
            .iter()
            .any(|m| m.client_msg_id.as_deref() == Some(invitation.as_str())),
        "{:?}",
        listed.json
    );
    let long = "x".repeat(2001);
    for (body, code) in [
        (rated(0, false, None), "invalid_survey_answer"),
        (rated(6, false, None), "invalid_survey_answer"),
        (rated(3, false, Some(&long)), "invalid_survey_answer"),
    ] {
        let refused = answer(id, token, &survey_id, &body).refused(422);
        assert_eq!(refused.code, code, "{body:?}");
    }
    // A rating that is no number: no `SurveyAnswerRequest` holds it.
    let five = json!({"rating": "five", "problems": false}).to_string();
    let refused = TestApp::new().send_forged(
        "POST",
        &paths::conversation_survey(id, &survey_id),
        Some(token),
        &[("Content-Type", "application/json")],
        Some(five.as_bytes()),
    );
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "invalid_field");
    let unknown = answer(
        id,
        token,
        "sv_000000000000000000000000",
        &rated(5, false, None),
    )
    .refused(404);
    assert_eq!(unknown.code, "unknown_survey");
    // Another visitor's token can't answer it.
    let other = TestApp::new().new_visitor();
    answer(id, &other.token, &survey_id, &rated(5, false, None)).refused(403);

    let lovely = format!("Lovely team {}", canary());
    let answered = answer(id, token, &survey_id, &rated(5, false, Some(&lovely)))
        .answered(201)
        .body;
    assert_eq!(answered.message.author, Author::Visitor);
    assert_eq!(
        answered.message.client_msg_id,
        Some(format!("survey-answer:{survey_id}"))
    );
    assert!(answered
        .message
        .text
        .starts_with("Survey answer: rated 5/5"));
    let again = answer(id, token, &survey_id, &rated(1, true, None)).refused(409);
    assert_eq!(again.code, "survey_already_answered");
}

#[test]
fn a_red_flag_answer_reopens_the_conversation_as_urgent_for_the_clinical_team() {
    let staff = sign_in_every_team("front-desk");
    let visitor = conversation(&staff);
    let id = visitor.id();
    resolve(&staff, id);
    let survey_id = send_survey(&staff, id);
    let fever = rated(2, true, Some("still swelling and now a fever"));
    let answered = answer(id, &visitor.token, &survey_id, &fever).answered(201);
    assert_eq!(
        answered.body.triage.urgency,
        Urgency::Urgent,
        "{:?}",
        answered.json
    );
    assert_eq!(answered.body.triage.department, Department::Clinical);
    // The urgent acknowledgement, never a knowledge answer.
    assert_eq!(answered.body.auto_replies.len(), 1);
    let reopened = eventually("the conversation reopened as urgent", || {
        row(&staff, id)
            .filter(|r| r.status == ConversationStatus::Open && r.urgency == Urgency::Urgent)
    });
    assert_eq!(reopened.department, Department::Clinical, "{reopened:?}");
}

#[test]
fn the_cron_sends_a_survey_after_a_conversation_is_resolved() {
    // The test server's demo clinic sends it 3 seconds (days, in production) after.
    let staff = sign_in_every_team("front-desk");
    let visitor = conversation(&staff);
    resolve(&staff, visitor.id());
    std::thread::sleep(std::time::Duration::from_secs(4));
    assert_eq!(invitations(&visitor), 0);
    for _ in 0..2 {
        TestApp::new().run_cron("0 * * * *");
    }
    assert_eq!(
        invitations(&visitor),
        1,
        "one survey, however often the cron runs"
    );
}

#[test]
fn reports_count_survey_answers_and_bot_deflection() {
    let staff = sign_in_every_team("front-desk");
    let visitor = conversation(&staff);
    let survey_id = send_survey(&staff, visitor.id());
    answer(
        visitor.id(),
        &visitor.token,
        &survey_id,
        &rated(4, false, None),
    )
    .answered(201);
    // A question the bot settles on its own.
    let app = TestApp::new();
    let bot = app.new_visitor();
    app.send_visitor_message(&bot, &says("Where can I park?"))
        .answered(201);
    let admin = sign_in("admin@demo.test");
    let report = eventually("the bot's answer in the report", || {
        let report = app.report(Some(&admin), &[("weeks", "1")]).answered(200);
        (report.json["deflection"]["deflected"].as_u64() > Some(0)).then_some(report.json)
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
