//! Staff starting a conversation with a patient (issue 20, `POST /v1/staff/conversations`)
//! against local workerd and the provider sandbox: an SMS to a typed number goes out in
//! Twilio's shape and the patient's answer lands in the same conversation; WhatsApp takes
//! free text only inside its window, else one of the clinic's approved templates, sent
//! as a template; an opted-out number, a bad address, a stated phone, another team's
//! patient and a key without the scope are refused with nothing stored or sent; a retry
//! of the same `client_msg_id` stores and sends once, and a patient's open conversation
//! is joined rather than doubled. The audit says who started what, never the number or
//! the text.

use frontdesk_protocol::{
    Author, Channel, Department, SearchRequest, SetVisitorRequest, StartConversationRequest,
    StartConversationResponse, VisitorIdentity, WhatsappTemplate,
};
use serde_json::{json, Value};

use crate::api_keys::new_key;
use crate::app::{Called, Outcome, TestApp};
use crate::attachments::audit_entries;
use crate::channels_sms::{field, patient_number, patient_texts, sent_to, thread, CLINIC_NUMBER};
use crate::channels_whatsapp::{graph_calls, patient_writes_on};
use crate::support::*;

/// A front-desk member of their own, so no other test spends their start budget.
fn front_desk() -> (String, String) {
    let (_, session, staff_id) = invited_staff("front-desk", &["front-desk"], "outreach password");
    (session, staff_id)
}

fn start(staff: &str, body: &StartConversationRequest) -> Called<StartConversationResponse> {
    TestApp::new().start_conversation(Some(staff), body)
}

/// A start on `channel` with a fresh `client_msg_id`, to the address `to` when given,
/// saying `text`.
fn to(channel: Channel, to: Option<&str>, text: &str) -> StartConversationRequest {
    StartConversationRequest {
        client_msg_id: uuid(),
        channel,
        to: to.map(str::to_owned),
        patient_of: None,
        text: text.to_owned(),
        whatsapp_template: None,
    }
}

/// An approved WhatsApp template, with its body's parameters.
fn template(name: &str, parameters: &[&str]) -> WhatsappTemplate {
    WhatsappTemplate {
        name: name.to_owned(),
        language: "en_US".to_owned(),
        parameters: parameters.iter().map(|p| (*p).to_owned()).collect(),
    }
}

/// The ids of the conversations a search for `q` finds.
fn found_ids(staff: &str, q: &str) -> Vec<String> {
    let request = SearchRequest {
        q: q.to_owned(),
        status: None,
    };
    let found = TestApp::new().search(staff, &request).answered(200).body;
    found
        .conversations
        .into_iter()
        .map(|row| row.conversation_id)
        .collect()
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
    let body = to(Channel::Sms, Some(&phone), &text);

    let started = start(&staff, &body).answered(201).body;
    assert!(started.new_conversation);
    assert_eq!(started.message.author, Author::Staff);
    assert_eq!(started.message.text, text);
    assert_eq!(started.message.seq, 1);
    let id = started.conversation_id;

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
        TestApp::new().inbox_row(&staff, &id, &[])
    });

    // A retry of the same call: the same message, stored and sent once.
    let again = start(&staff, &body).answered(200).body;
    assert_eq!(again.conversation_id, id);
    assert!(again.new_conversation);
    assert_eq!(again.message.seq, 1);

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
    assert_eq!(found_ids(&admin, &phone), vec![id.clone()]);

    // A second start to the open conversation joins it.
    let follow_up = format!("See you then {}", canary());
    let joined = start(&staff, &to(Channel::Sms, Some(&phone), &follow_up))
        .answered(201)
        .body;
    assert_eq!(joined.conversation_id, id);
    assert!(!joined.new_conversation);
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
    let log = TestApp::new()
        .audit_log(&admin)
        .answered(200)
        .json
        .to_string();
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
    let hello = format!("Hello {}", canary());
    let free = start(&staff, &self::to(Channel::Whatsapp, Some(&to), &hello)).refused(422);
    assert_eq!(free.code, "template_required");
    for (template, code) in [
        (self::template("no_such", &[]), "unknown_whatsapp_template"),
        (
            self::template("follow_up", &[]),
            "invalid_template_parameters",
        ),
    ] {
        let request = StartConversationRequest {
            whatsapp_template: Some(template),
            ..self::to(Channel::Whatsapp, Some(&to), "")
        };
        let refused = start(&staff, &request).refused(422);
        assert_eq!(refused.code, code);
    }

    let request = StartConversationRequest {
        whatsapp_template: Some(template("follow_up", &["Dr Lee"])),
        ..self::to(Channel::Whatsapp, Some(&to), "")
    };
    let templated = start(&staff, &request).answered(201).body;
    assert!(templated.new_conversation);
    // The thread shows the approved body filled in; Graph gets the template itself.
    assert_eq!(
        templated.message.text,
        "Hello, Dr Lee has news for you: please reply to this message."
    );
    let id = templated.conversation_id;
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
    let free_now = start(&staff, &self::to(Channel::Whatsapp, Some(&to), &reply))
        .answered(201)
        .body;
    assert_eq!(free_now.conversation_id, id);
    assert!(!free_now.new_conversation);
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
        found_ids(&admin, &phone).into_iter().next()
    });
    let before = texts_of(&admin, &opted_out_id);
    let refused = start(&staff, &to(Channel::Sms, Some(&phone), &text)).refused(409);
    assert_eq!(refused.code, "recipient_opted_out");
    std::thread::sleep(std::time::Duration::from_secs(1));
    assert_eq!(texts_of(&admin, &opted_out_id), before);
    assert_eq!(bodies_sent_to(&phone, &text), 0);

    // Bad addresses and bodies: 422, each with its code.
    let fresh = patient_number("+1555");
    for (body, code) in [
        (to(Channel::Sms, Some("555-0100"), &text), "invalid_phone"),
        (
            to(Channel::Sms, Some("patient@example.org"), &text),
            "invalid_phone",
        ),
        (
            to(Channel::Messenger, Some(&fresh), &text),
            "unsupported_channel",
        ),
        (to(Channel::Sms, None, &text), "address_or_patient"),
        (
            StartConversationRequest {
                patient_of: Some(opted_out_id.clone()),
                ..to(Channel::Sms, Some(&fresh), &text)
            },
            "address_or_patient",
        ),
        (to(Channel::Sms, Some(&fresh), " "), "empty_text"),
        (
            StartConversationRequest {
                whatsapp_template: Some(template("follow_up", &["x"])),
                ..to(Channel::Sms, Some(&fresh), "")
            },
            "template_not_supported",
        ),
    ] {
        let refused = start(&staff, &body).refused(422);
        assert_eq!(refused.code, code, "{body:?}");
    }
    assert!(sent_to(&fresh).is_empty());

    // Another conversation's phone goes only when verified, and only to staff who may
    // open that conversation.
    let verified_phone = patient_number("+1555");
    let app = TestApp::new();
    let identity = VisitorIdentity {
        name: Some("Vera Verified".into()),
        phone: Some(verified_phone.clone()),
        ..VisitorIdentity::default()
    };
    let patient = app.identified_visitor(&admin, identity.clone());
    let patient = patient.id().to_owned();
    let routed_row = app.routed(&patient);
    let by_patient = |staff: &str| {
        let request = StartConversationRequest {
            patient_of: Some(patient.clone()),
            ..to(Channel::Sms, None, &text)
        };
        start(staff, &request)
    };
    let stated = by_patient(&admin).refused(422);
    assert_eq!(stated.code, "phone_not_verified");
    let verified = SetVisitorRequest {
        visitor: identity,
        verified: true,
    };
    app.set_visitor(&admin, &patient, &verified).answered(200);
    if routed_row.department != Department::FrontDesk {
        let outside = by_patient(&staff).refused(403);
        assert_eq!(outside.code, "outside_your_teams");
    }
    let sent = by_patient(&admin).answered(201).body;
    assert_ne!(sent.conversation_id, patient);
    eventually("the message at the verified phone", || {
        (bodies_sent_to(&verified_phone, &text) == 1).then_some(())
    });
    let entries = audited(&admin, &sent.conversation_id, "conversation_started");
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["detail"], format!("sms new, phone of {patient}"));

    // Callers: none, a key without `messages:write`, and one with it.
    let body = to(Channel::Sms, Some(&fresh), &text);
    app.start_conversation(None, &body).refused(401);
    let (_, reader) = new_key(&admin, &["conversations:read"]);
    let refused = start(&reader, &body).refused(403);
    assert_eq!(refused.code, "missing_scope");
    let (key_id, writer) = new_key(&admin, &["messages:write"]);
    let by_key = start(&writer, &body).answered(201).body;
    assert_eq!(
        by_key.message.author_name.as_deref(),
        Some("Lakeside Family Clinic")
    );
    let entries = audited(&admin, &by_key.conversation_id, "conversation_started");
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["actor"], key_id.as_str());
}

#[test]
fn the_dialog_is_offered_the_clinics_channels_and_templates() {
    let (staff, _) = front_desk();
    let app = TestApp::new();
    let options = app.outreach_options(Some(&staff)).answered(200).body;
    assert_eq!(options.channels, [Channel::Sms, Channel::Whatsapp]);
    assert!(options
        .whatsapp_templates
        .iter()
        .any(|t| t.name == "follow_up" && t.body.contains("{{1}}")));
    app.outreach_options(None).refused(401);
}
