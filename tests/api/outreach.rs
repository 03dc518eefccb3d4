//! Staff starting a conversation with a patient (issue 20, `POST /v1/staff/conversations`)
//! against local workerd and the provider sandbox: an SMS to a typed number goes out in
//! Twilio's shape and the patient's answer lands in the same conversation; WhatsApp takes
//! free text only inside its window, else one of the clinic's approved templates, sent
//! as a template; an opted-out number, a bad address, a stated phone, another team's
//! patient and a key without the scope are refused with nothing stored or sent; a retry
//! of the same `client_msg_id` stores and sends once, and a patient's open conversation
//! is joined rather than doubled. The audit says who started what, never the number or
//! the text.

use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::attachments::audit_entries;
use crate::channels_sms::{field, patient_number, patient_texts, sent_to, thread, CLINIC_NUMBER};
use crate::channels_whatsapp::{graph_calls, patient_writes_on};
use crate::paths;
use crate::support::*;

const START: &str = paths::staff_conversations();

/// A front-desk member of their own, so no other test spends their start budget.
fn front_desk() -> (String, String) {
    let (_, session, staff_id) = invited_staff("front-desk", &["front-desk"], "outreach password");
    (session, staff_id)
}

fn start(staff: &str, body: &Value) -> Reply {
    post(START, Some(staff), body)
}

fn texts_of(staff: &str, id: &str) -> Vec<(String, String)> {
    thread(staff, id)["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .map(|m| {
            (
                m["author"].as_str().unwrap_or_default().to_owned(),
                m["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn bodies_sent_to(phone: &str, text: &str) -> usize {
    sent_to(phone)
        .iter()
        .filter(|(_, form)| field(form, "Body") == Some(text))
        .count()
}

/// The audit entries of `action` about conversation `id`.
fn audited(admin: &str, id: &str, action: &str) -> Vec<Value> {
    audit_entries(admin)
        .into_iter()
        .filter(|e| e["action"] == action && e["conversation_id"] == id)
        .collect()
}

#[test]
fn an_sms_start_goes_out_once_and_the_patients_reply_joins_it() {
    let (staff, staff_id) = front_desk();
    let admin = sign_in("admin@demo.test");
    let phone = patient_number("+1555");
    let text = format!(
        "Hello from Lakeside, your new glasses are ready {}",
        canary()
    );
    let body = json!({"client_msg_id": uuid(), "channel": "sms", "to": phone, "text": text});

    let started = start(&staff, &body);
    assert_eq!(started.status, 201, "{:?}", started.body);
    assert_eq!(started.body["new_conversation"], true);
    assert_eq!(started.body["message"]["author"], "staff");
    assert_eq!(started.body["message"]["text"], text.as_str());
    assert_eq!(started.body["message"]["seq"], 1);
    let id = started.body["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();

    // At Twilio: the Messages API form, from the clinic's number to the patient's.
    let (_, form) = eventually("the first message at Twilio", || {
        sent_to(&phone)
            .into_iter()
            .find(|(_, form)| field(form, "Body") == Some(text.as_str()))
    });
    assert_eq!(field(&form, "From"), Some(CLINIC_NUMBER));
    assert_eq!(field(&form, "To"), Some(phone.as_str()));

    // The starter owns it, sees it in the inbox, and it is an SMS conversation.
    let shown = thread(&staff, &id);
    assert_eq!(shown["conversation"]["channel"], "sms");
    assert_eq!(shown["conversation"]["assigned_to"], staff_id.as_str());
    eventually("the started conversation in the inbox", || {
        inbox_row(&staff, &id, "")
    });

    // A retry of the same call: the same message, stored and sent once.
    let again = start(&staff, &body);
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["conversation_id"], id.as_str());
    assert_eq!(again.body["new_conversation"], true);
    assert_eq!(again.body["message"]["seq"], 1);

    // The patient answers by SMS: the same conversation, not a second one; triaged as a
    // patient's message is, while staff text never was.
    let answer = format!("Great, I will come by tomorrow {}", canary());
    assert_eq!(patient_texts(&phone, &answer).1, 200);
    eventually("the patient's answer in the started conversation", || {
        texts_of(&staff, &id)
            .contains(&("visitor".to_owned(), answer.clone()))
            .then_some(())
    });
    // Found by the number (a search, not the inbox's first page: a long run leaves more).
    let found = search(&admin, &phone, None);
    assert_eq!(found.status, 200, "{:?}", found.body);
    let ids: Vec<_> = found.body["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .map(|row| row["conversation_id"].clone())
        .collect();
    assert_eq!(ids, [json!(id)]);

    // A second start to the open conversation joins it.
    let follow_up = format!("See you then {}", canary());
    let joined = start(
        &staff,
        &json!({"client_msg_id": uuid(), "channel": "sms", "to": phone, "text": follow_up}),
    );
    assert_eq!(joined.status, 201, "{:?}", joined.body);
    assert_eq!(joined.body["conversation_id"], id.as_str());
    assert_eq!(joined.body["new_conversation"], false);
    eventually("the follow-up at Twilio", || {
        (bodies_sent_to(&phone, &follow_up) == 1).then_some(())
    });
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(bodies_sent_to(&phone, &text), 1, "sent once");
    let staff_texts: Vec<_> = texts_of(&staff, &id)
        .into_iter()
        .filter(|(author, _)| author == "staff")
        .map(|(_, text)| text)
        .collect();
    assert_eq!(staff_texts, [text.clone(), follow_up.clone()]);

    // Audited: who, which conversation, the channel and how; never the number or text.
    let entries = audited(&admin, &id, "conversation_started");
    let details: Vec<_> = entries.iter().map(|e| e["detail"].clone()).collect();
    assert_eq!(
        details,
        [json!("sms joined"), json!("sms new")],
        "{entries:?}"
    );
    assert!(entries.iter().all(|e| e["actor"] == staff_id.as_str()));
    let log = get(paths::audit_log(), Some(&admin)).body.to_string();
    assert!(!log.contains(&phone[1..]) && !log.contains(&canary()));
}

#[test]
fn whatsapp_takes_an_approved_template_until_the_patient_writes() {
    let (staff, _) = front_desk();
    let wa_id = patient_number("1555");
    let to = format!("+{wa_id}");
    let to_patient = || {
        graph_calls("whatsapp")
            .into_iter()
            .filter(|(_, body)| body["to"] == wa_id.as_str())
            .collect::<Vec<_>>()
    };

    // No window with a new contact: free text is refused, and nothing goes out.
    let free = start(
        &staff,
        &json!({"client_msg_id": uuid(), "channel": "whatsapp", "to": to, "text": format!("Hello {}", canary())}),
    );
    assert_eq!(free.status, 422, "{:?}", free.body);
    assert_eq!(free.error_code(), "template_required");
    for (template, code) in [
        (
            json!({"name": "no_such", "language": "en_US"}),
            "unknown_whatsapp_template",
        ),
        (
            json!({"name": "follow_up", "language": "en_US"}),
            "invalid_template_parameters",
        ),
    ] {
        let refused = start(
            &staff,
            &json!({"client_msg_id": uuid(), "channel": "whatsapp", "to": to, "whatsapp_template": template}),
        );
        assert_eq!(refused.status, 422, "{:?}", refused.body);
        assert_eq!(refused.error_code(), code);
    }

    let templated = start(
        &staff,
        &json!({
            "client_msg_id": uuid(),
            "channel": "whatsapp",
            "to": to,
            "whatsapp_template": {"name": "follow_up", "language": "en_US", "parameters": ["Dr Lee"]},
        }),
    );
    assert_eq!(templated.status, 201, "{:?}", templated.body);
    assert_eq!(templated.body["new_conversation"], true);
    // The thread shows the approved body filled in; Graph gets the template itself.
    assert_eq!(
        templated.body["message"]["text"],
        "Hello, Dr Lee has news for you: please reply to this message."
    );
    let id = templated.body["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (_, body) = eventually("the template at Graph", || to_patient().into_iter().next());
    assert_eq!(body["type"], "template", "{body}");
    assert_eq!(body["template"]["name"], "follow_up");
    assert_eq!(
        body["template"]["components"][0]["parameters"][0]["text"],
        "Dr Lee"
    );
    assert_eq!(to_patient().len(), 1, "only the template went out");

    // The patient answers on WhatsApp: the same conversation, and its window is open.
    let answer = format!("Hi, what news? {}", canary());
    assert_eq!(
        patient_writes_on("whatsapp", &wa_id, &answer, json!({})).1,
        200
    );
    eventually("the answer in the started conversation", || {
        texts_of(&staff, &id)
            .contains(&("visitor".to_owned(), answer.clone()))
            .then_some(())
    });
    let reply = format!("Your crown is ready {}", canary());
    let free_now = start(
        &staff,
        &json!({"client_msg_id": uuid(), "channel": "whatsapp", "to": to, "text": reply}),
    );
    assert_eq!(free_now.status, 201, "{:?}", free_now.body);
    assert_eq!(free_now.body["conversation_id"], id.as_str());
    assert_eq!(free_now.body["new_conversation"], false);
    // Sent as text (the automatic reply to the patient's answer went out as text too).
    eventually("the free text at Graph", || {
        to_patient()
            .into_iter()
            .find(|(_, body)| body["type"] == "text" && body["text"]["body"] == reply.as_str())
    });
}

#[test]
fn opted_out_numbers_bad_addresses_and_callers_without_access_are_refused() {
    let (staff, _) = front_desk();
    let admin = sign_in("admin@demo.test");
    let text = format!("Hello from Lakeside {}", canary());

    // A number that texted STOP: refused, nothing stored in its conversation or sent.
    let phone = patient_number("+1555");
    assert_eq!(
        patient_texts(&phone, &format!("Where do I park? {}", canary())).1,
        200
    );
    assert_eq!(patient_texts(&phone, "STOP").1, 200);
    let opted_out_id = eventually("the opted-out patient's row", || {
        search(&admin, &phone, None).body["conversations"]
            .as_array()
            .and_then(|rows| rows.first().cloned())
    })["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let before = texts_of(&admin, &opted_out_id);
    let refused = start(
        &staff,
        &json!({"client_msg_id": uuid(), "channel": "sms", "to": phone, "text": text}),
    );
    assert_eq!(refused.status, 409, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "recipient_opted_out");
    std::thread::sleep(std::time::Duration::from_secs(1));
    assert_eq!(texts_of(&admin, &opted_out_id), before);
    assert_eq!(bodies_sent_to(&phone, &text), 0);

    // Bad addresses and bodies: 422, each with its code.
    let fresh = patient_number("+1555");
    for (body, code) in [
        (
            json!({"channel": "sms", "to": "555-0100", "text": text}),
            "invalid_phone",
        ),
        (
            json!({"channel": "sms", "to": "patient@example.org", "text": text}),
            "invalid_phone",
        ),
        (
            json!({"channel": "messenger", "to": fresh, "text": text}),
            "unsupported_channel",
        ),
        (
            json!({"channel": "sms", "text": text}),
            "address_or_patient",
        ),
        (
            json!({"channel": "sms", "to": fresh, "patient_of": opted_out_id, "text": text}),
            "address_or_patient",
        ),
        (
            json!({"channel": "sms", "to": fresh, "text": " "}),
            "empty_text",
        ),
        (
            json!({"channel": "sms", "to": fresh, "whatsapp_template": {"name": "follow_up", "language": "en_US", "parameters": ["x"]}}),
            "template_not_supported",
        ),
    ] {
        let mut body = body;
        body["client_msg_id"] = json!(uuid());
        let refused = start(&staff, &body);
        assert_eq!(refused.status, 422, "{body}: {:?}", refused.body);
        assert_eq!(refused.error_code(), code, "{body}");
    }
    assert!(sent_to(&fresh).is_empty());

    // Another conversation's phone goes only when verified, and only to staff who may
    // open that conversation.
    let verified_phone = patient_number("+1555");
    let (patient, _) = identified_conversation(
        &admin,
        json!({"name": "Vera Verified", "phone": verified_phone}),
    );
    let routed_row = routed(&patient);
    let by_patient = |staff: &str| {
        start(
            staff,
            &json!({"client_msg_id": uuid(), "channel": "sms", "patient_of": patient, "text": text}),
        )
    };
    let stated = by_patient(&admin);
    assert_eq!(stated.status, 422, "{:?}", stated.body);
    assert_eq!(stated.error_code(), "phone_not_verified");
    let verified = put(
        &paths::staff_visitor(&patient),
        Some(&admin),
        &json!({"name": "Vera Verified", "phone": verified_phone, "verified": true}),
    );
    assert_eq!(verified.status, 200, "{:?}", verified.body);
    if routed_row["department"] != "front-desk" {
        let outside = by_patient(&staff);
        assert_eq!(outside.status, 403, "{:?}", outside.body);
        assert_eq!(outside.error_code(), "outside_your_teams");
    }
    let sent = by_patient(&admin);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    assert_ne!(sent.body["conversation_id"], patient.as_str());
    eventually("the message at the verified phone", || {
        (bodies_sent_to(&verified_phone, &text) == 1).then_some(())
    });
    let entries = audited(
        &admin,
        sent.body["conversation_id"].as_str().expect("id"),
        "conversation_started",
    );
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["detail"], format!("sms new, phone of {patient}"));

    // Callers: none, a key without `messages:write`, and one with it.
    let body = json!({"client_msg_id": uuid(), "channel": "sms", "to": fresh, "text": text});
    assert_eq!(post(START, None, &body).status, 401);
    let (_, reader) = new_key(&admin, &["conversations:read"]);
    let refused = start(&reader, &body);
    assert_eq!(refused.status, 403, "{:?}", refused.body);
    assert_eq!(refused.error_code(), "missing_scope");
    let (key_id, writer) = new_key(&admin, &["messages:write"]);
    let by_key = start(&writer, &body);
    assert_eq!(by_key.status, 201, "{:?}", by_key.body);
    assert_eq!(
        by_key.body["message"]["author_name"],
        "Lakeside Family Clinic"
    );
    let key_conversation = by_key.body["conversation_id"].as_str().expect("id");
    let entries = audited(&admin, key_conversation, "conversation_started");
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["actor"], key_id.as_str());
}

#[test]
fn the_dialog_is_offered_the_clinics_channels_and_templates() {
    let (staff, _) = front_desk();
    let options = get(paths::staff_outreach(), Some(&staff));
    assert_eq!(options.status, 200, "{:?}", options.body);
    assert_eq!(options.body["channels"], json!(["sms", "whatsapp"]));
    let templates = options.body["whatsapp_templates"]
        .as_array()
        .expect("templates");
    assert!(templates.iter().any(
        |t| t["name"] == "follow_up" && t["body"].as_str().is_some_and(|b| b.contains("{{1}}"))
    ));
    assert_eq!(get(paths::staff_outreach(), None).status, 401);
}
