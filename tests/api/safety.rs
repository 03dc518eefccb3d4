//! Instant replies: localised safety instructions for emergencies, an acknowledgement
//! for urgent messages, in the POST response and over the live socket.

use frontdesk_protocol::{Author, Urgency};

use crate::app::{says, Outcome, TestApp};
use crate::support::*;

fn emergency_number(app: &TestApp) -> String {
    app.widget_config("demo")
        .answered(200)
        .body
        .emergency_number
}

const CLINIC_PHONE: &str = "+49 30 555 0142";

#[test]
fn emergencies_get_a_safety_reply_in_the_visitors_language() {
    let app = TestApp::new();
    let number = emergency_number(&app);
    // (message, urgency, phrase of the reply in that language)
    let cases = [
        (
            "my father has chest pain and can't breathe",
            Urgency::Emergency,
            "Call",
        ),
        (
            "mi padre tiene dolor en el pecho y no puede respirar",
            Urgency::Emergency,
            "Llame",
        ),
        (
            "mon père a une douleur thoracique et ne peut pas respirer",
            Urgency::Emergency,
            "Appelez",
        ),
        (
            "mein Vater hat Brustschmerzen und kann nicht atmen",
            Urgency::Emergency,
            "Rufen Sie",
        ),
        (
            "the wound from my surgery is still bleeding 5 hours later",
            Urgency::Urgent,
            "clinician has been alerted",
        ),
    ];
    for (text, urgency, phrase) in cases {
        let visitor = app.new_visitor();
        let reply = app
            .send_visitor_message(&visitor, &says(&format!("{text} {}", canary())))
            .answered(201)
            .body;
        assert_eq!(reply.triage.urgency, urgency, "{text}");
        let instant = reply.auto_replies.first().expect("an instant reply");
        assert_eq!(instant.author, Author::Bot, "{text}");
        let said = &instant.text;
        assert!(said.contains(phrase), "{text}: {said}");
        assert!(said.contains(&number), "{text}: {said}");
        assert!(said.contains(CLINIC_PHONE), "{text}: {said}");
    }
}

#[test]
fn a_routine_message_gets_no_safety_reply() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let reply = app
        .send_visitor_message(&visitor, &says("how much is a chest x-ray?"))
        .answered(201)
        .body;
    assert_eq!(reply.triage.urgency, Urgency::Routine);
    let replies = &reply.auto_replies;
    assert!(
        replies.iter().all(|r| !r.text.contains("emergency")),
        "{replies:?}"
    );
}

#[test]
fn the_safety_reply_arrives_over_the_live_socket() {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let mut live = app.visitor_live(&visitor, Some(0));
    assert_eq!(live.next()["type"], "ready");
    let reply = app
        .send_visitor_message(
            &visitor,
            &says(&format!("I have crushing chest pain {}", canary())),
        )
        .answered(201)
        .body;
    let visitor = live.until(|f| f["type"] == "message");
    assert_eq!(visitor["message"]["author"], "visitor");
    let safety = live.until(|f| f["type"] == "message");
    assert_eq!(safety["message"]["author"], "bot");
    assert_eq!(safety["message"]["seq"], 2);
    assert_eq!(
        safety["message"]["text"],
        reply.auto_replies[0].text.as_str(),
        "the socket carries the same safety reply as the POST response"
    );
    assert!(safety["message"]["text"]
        .as_str()
        .is_some_and(|t| t.contains(&emergency_number(&app))));
}
