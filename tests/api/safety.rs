//! Instant replies: localised safety instructions for emergencies, an acknowledgement
//! for urgent messages, in the POST response and over the live socket.

use crate::paths;
use crate::support::*;

fn emergency_number() -> String {
    let config = get(&paths::widget_config("demo"), None).body;
    config["emergency_number"]
        .as_str()
        .expect("emergency_number")
        .to_owned()
}

const CLINIC_PHONE: &str = "+49 30 555 0142";

#[test]
fn emergencies_get_a_safety_reply_in_the_visitors_language() {
    let number = emergency_number();
    // (message, urgency, phrase of the reply in that language)
    let cases = [
        (
            "my father has chest pain and can't breathe",
            "emergency",
            "Call",
        ),
        (
            "mi padre tiene dolor en el pecho y no puede respirar",
            "emergency",
            "Llame",
        ),
        (
            "mon père a une douleur thoracique et ne peut pas respirer",
            "emergency",
            "Appelez",
        ),
        (
            "mein Vater hat Brustschmerzen und kann nicht atmen",
            "emergency",
            "Rufen Sie",
        ),
        (
            "the wound from my surgery is still bleeding 5 hours later",
            "urgent",
            "clinician has been alerted",
        ),
    ];
    for (text, urgency, phrase) in cases {
        let (id, token) = new_conversation();
        let reply = visitor_send(&id, &token, &uuid(), &format!("{text} {}", canary()));
        assert_eq!(reply.status, 201, "{text}: {:?}", reply.body);
        assert_eq!(reply.body["triage"]["urgency"], urgency, "{text}");
        let instant = &reply.body["auto_replies"][0];
        assert_eq!(instant["author"], "bot", "{text}");
        let said = instant["text"].as_str().unwrap_or_default();
        assert!(said.contains(phrase), "{text}: {said}");
        assert!(said.contains(&number), "{text}: {said}");
        assert!(said.contains(CLINIC_PHONE), "{text}: {said}");
    }
}

#[test]
fn a_routine_message_gets_no_safety_reply() {
    let (id, token) = new_conversation();
    let reply = visitor_send(&id, &token, &uuid(), "how much is a chest x-ray?");
    assert_eq!(reply.body["triage"]["urgency"], "routine");
    let replies = reply.body["auto_replies"].as_array().expect("array");
    assert!(
        replies
            .iter()
            .all(|r| !r["text"].as_str().unwrap_or_default().contains("emergency")),
        "{replies:?}"
    );
}

#[test]
fn the_safety_reply_arrives_over_the_live_socket() {
    let (id, token) = new_conversation();
    let mut live = Live::connect(&format!(
        "{}?token={token}&after=0",
        paths::conversation_live(&id)
    ));
    assert_eq!(live.next()["type"], "ready");
    let reply = visitor_send(
        &id,
        &token,
        &uuid(),
        &format!("I have crushing chest pain {}", canary()),
    );
    assert_eq!(reply.status, 201);
    let visitor = live.until(|f| f["type"] == "message");
    assert_eq!(visitor["message"]["author"], "visitor");
    let safety = live.until(|f| f["type"] == "message");
    assert_eq!(safety["message"]["author"], "bot");
    assert_eq!(safety["message"]["seq"], 2);
    assert_eq!(
        safety["message"]["text"], reply.body["auto_replies"][0]["text"],
        "the socket carries the same safety reply as the POST response"
    );
    assert!(safety["message"]["text"]
        .as_str()
        .is_some_and(|t| t.contains(&emergency_number())));
}
