//! Tests for the strict JSON readers: each reader against serde_json-made input, and the errors on bad input.

use std::fmt::Debug;

use frontdesk_protocol::*;
use serde::Serialize;
use serde_json::{json, Value};

use super::*;

impl JsonValue for Value {
    fn field(&self, key: &str) -> Option<Value> {
        self.as_object()?.get(key).cloned()
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn is_null(&self) -> bool {
        Value::is_null(self)
    }

    fn items(&self) -> Option<Vec<Value>> {
        self.as_array().cloned()
    }
}

/// What serde writes for `value`, the reader reads back equal.
fn reads_back<T: Serialize + Decode + PartialEq + Debug>(value: T) {
    let written = serde_json::to_value(&value).expect("serialize");
    assert_eq!(T::decode(&written), Some(value), "{written}");
}

fn message(seq: u64) -> Message {
    Message {
        id: format!("m_{seq}"),
        seq,
        author: Author::Visitor,
        text: "My tooth hurts".into(),
        sent_at: "2026-11-25T10:00:00Z".into(),
        client_msg_id: Some("c-1".into()),
        author_name: Some("Ana".into()),
        attachments: vec![Attachment {
            id: "a_1".into(),
            content_type: "image/png".into(),
            size: 2048,
        }],
    }
}

fn entry() -> InboxEntry {
    InboxEntry {
        conversation_id: "c_1".into(),
        channel: Channel::Whatsapp,
        address: Some("+15550123456".into()),
        urgency: Urgency::Urgent,
        department: Department::FrontDesk,
        status: ConversationStatus::Pending,
        sla_deadline: Some("2026-11-25T10:05:00Z".into()),
        created_at: "2026-11-25T10:00:00Z".into(),
        last_message_at: None,
        last_message_preview: Some("hello".into()),
        last_seq: 3,
        assigned_to: Some("s_1".into()),
        page_url: None,
        triage_reason: Some("pain".into()),
        visitor: VisitorIdentity {
            name: Some("Ana".into()),
            phone: Some("+15550123456".into()),
            ..VisitorIdentity::default()
        },
        verified: IdentityProofs {
            phone: Some(VerificationMethod::SmsCode),
            ..IdentityProofs::default()
        },
        labels: vec!["vip".into()],
    }
}

fn delivery(status: DeliveryStatus) -> Delivery {
    Delivery {
        seq: 2,
        status,
        reason: Some("unreachable".into()),
        updated_at: "2026-11-25T10:01:00Z".into(),
        attempt: 2,
    }
}

fn profile() -> StaffProfile {
    StaffProfile {
        id: "s_1".into(),
        clinic_id: "demo".into(),
        email: "fran@demo.test".into(),
        name: "Fran".into(),
        role: StaffRole::FrontDesk,
        departments: vec![Department::FrontDesk, Department::Billing],
        disabled: true,
        language: Some(Lang::De),
    }
}

#[test]
fn the_workspace_answers_read_back_as_serde_wrote_them() {
    reads_back(StaffSession {
        token: "t".into(),
        expires_at: "2026-11-25T22:00:00Z".into(),
        staff: profile(),
        time_zone: Some("Europe/Madrid".into()),
    });
    reads_back(InboxResponse {
        conversations: vec![entry(), entry()],
        next: Some("WzIsIngiXQ".into()),
    });
    reads_back(HistoryResponse {
        conversations: vec![],
    });
    reads_back(StaffMessagesResponse {
        conversation: entry(),
        messages: vec![message(1), message(2)],
        escalations: vec![EscalationRecord {
            at: "2026-11-25T10:10:00Z".into(),
            urgency: Urgency::Emergency,
            step: 1,
            notify: "on-call".into(),
            waited_seconds: 600,
        }],
        deliveries: vec![delivery(DeliveryStatus::Failed)],
        channel_rules: Some(ChannelRules {
            opted_out: false,
            window_hours: Some(24),
            templates_outside_window: true,
            last_patient_message_at: Some("2026-11-25T09:00:00Z".into()),
            whatsapp_templates: vec![ApprovedTemplate {
                name: "reminder".into(),
                language: "es".into(),
                body: "Hola {{1}}".into(),
            }],
        }),
    });
    reads_back(StaffReplyResponse {
        message: message(4),
    });
    reads_back(ChannelDeliveriesResponse {
        deliveries: vec![delivery(DeliveryStatus::Read)],
    });
    reads_back(ResendResponse {
        delivery: delivery(DeliveryStatus::Queued),
    });
    reads_back(AttachmentUploaded {
        attachment: message(1).attachments.remove(0),
    });
    reads_back(AttachmentLink {
        url: "https://files.test/a".into(),
        expires_at: "2026-11-25T10:05:00Z".into(),
    });
    reads_back(ClaimResponse {
        conversation_id: "c_1".into(),
        assigned_to: "s_1".into(),
    });
    reads_back(TriageCorrectionResponse {
        conversation: entry(),
        correction: TriageCorrection {
            change: TriageChange {
                from_urgency: Urgency::Routine,
                to_urgency: Urgency::Urgent,
                from_department: Department::Billing,
                to_department: Department::Clinical,
                direction: CorrectionDirection::Up,
            },
            language: Some("es".into()),
            triage_reason: None,
            reason: "swelling".into(),
            staff_id: "s_1".into(),
            corrected_at: "2026-11-25T10:00:00Z".into(),
        },
    });
    reads_back(NotesResponse {
        notes: vec![Note {
            id: 7,
            author_name: "Fran".into(),
            text: "Called back".into(),
            created_at: "2026-11-25T10:00:00Z".into(),
        }],
    });
    reads_back(SurveySentResponse {
        survey_id: "sv_1".into(),
        message: message(5),
    });
    reads_back(OutreachOptions {
        channels: vec![Channel::Sms, Channel::Whatsapp],
        whatsapp_templates: vec![],
    });
    reads_back(StartConversationResponse {
        conversation_id: "c_2".into(),
        new_conversation: true,
        message: message(1),
    });
    reads_back(ApiError::new("already_claimed", "Sam owns it."));
}

#[test]
fn live_frames_read_back_as_serde_wrote_them() {
    for event in [
        LiveEvent::Message {
            message: message(9),
        },
        LiveEvent::Inbox {
            conversation: Box::new(entry()),
        },
        LiveEvent::Ready {
            last_seq: 9,
            read: Some(ReadMarks {
                visitor: 8,
                staff: 9,
            }),
        },
        LiveEvent::Ready {
            last_seq: 0,
            read: None,
        },
        LiveEvent::Typing {
            author: Author::Staff,
            typing: true,
            name: Some("Fran".into()),
        },
        LiveEvent::Read {
            reader: Author::Visitor,
            seq: 9,
        },
        LiveEvent::Delivery {
            delivery: delivery(DeliveryStatus::Delivered),
        },
    ] {
        reads_back(event);
    }
    let unknown = json!({"type": "presence", "who": "s_2"});
    assert_eq!(LiveEvent::decode(&unknown), None);
}

#[test]
fn the_admin_answers_read_back_as_serde_wrote_them() {
    reads_back(StaffListResponse {
        staff: vec![profile()],
    });
    reads_back(LinkSent {
        sent_by: LinkDelivery::Email,
        sent_to: LinkRecipient::AccountHolder,
        expires_at: "2026-11-26T10:00:00Z".into(),
    });
    let counts = CorrectionCounts {
        language: "de".into(),
        conversations: 10,
        corrections: 2,
        up: 1,
        down: 0,
        department_only: 1,
        corrected_share: Some(0.2),
    };
    reads_back(ClinicReport {
        from: "2026-11-01".into(),
        to: "2026-11-29".into(),
        time_zone: "Europe/Berlin".into(),
        first_response: vec![FirstResponseRow {
            department: Department::Clinical,
            week_start: "2026-11-02".into(),
            conversations: 12,
            answered: 11,
            median_minutes: Some(4.5),
            p90_minutes: None,
        }],
        sla: SlaCompliance {
            due: 5,
            answered_in_time: 4,
            share: Some(0.8),
            by_urgency: vec![UrgencySla {
                urgency: Urgency::Emergency,
                due: 1,
                answered_in_time: 1,
            }],
        },
        volume: Volume {
            conversations: 12,
            by_hour: vec![0; 24],
            by_weekday: vec![1, 2, 3, 4, 5, 6, 7],
            after_hours: 2,
            after_hours_share: Some(0.16),
        },
        surveys: SurveyReport {
            sent: 4,
            answered: 3,
            response_share: Some(0.75),
            average_rating: Some(4.33),
            ratings: vec![0, 0, 1, 0, 2],
            problems: 1,
            red_flags: 0,
        },
        deflection: Deflection {
            conversations: 12,
            answered_by_bot: 3,
            deflected: 2,
            share: None,
        },
        corrections: CorrectionReport {
            total: counts.clone(),
            by_language: vec![counts],
        },
        by_channel: vec![ChannelReportRow {
            channel: Channel::Sms,
            conversations: 3,
            answered: 3,
            median_minutes: Some(2.0),
            p90_minutes: Some(9.5),
            emergency: 0,
            urgent: 1,
            routine: 2,
            sla_due: 1,
            sla_answered_in_time: 1,
        }],
    });
    let reply = SavedReply {
        id: "t_1".into(),
        shortcut: "parking".into(),
        title: "Parking".into(),
        body: "Call {{clinic.phone}}".into(),
        department: Some(Department::FrontDesk),
        updated_at: "2026-11-25T10:00:00Z".into(),
        updated_by: "seed".into(),
        rendered: Some("Call +49".into()),
    };
    reads_back(TemplatesResponse {
        templates: vec![reply.clone()],
    });
    reads_back(SavedReply {
        department: None,
        rendered: None,
        ..reply
    });
    reads_back(DeletedTemplate {
        id: "t_1".into(),
        deleted: true,
    });
    reads_back(ApiKeysResponse {
        api_keys: vec![ApiKey {
            id: "k_1".into(),
            name: "PMS".into(),
            prefix: "fdk_ab12".into(),
            scopes: ApiScope::ALL.to_vec(),
            created_at: "2026-11-25T10:00:00Z".into(),
            created_by: "s_1".into(),
            last_used_at: None,
            revoked_at: Some("2026-11-26T10:00:00Z".into()),
            secret: Some("fdk_secret".into()),
        }],
    });
    reads_back(RevokedApiKey {
        id: "k_1".into(),
        revoked: true,
    });
    reads_back(SubscriptionsResponse {
        subscriptions: vec![Subscription {
            id: "sub_1".into(),
            url: "https://pms.test/hook".into(),
            events: vec!["conversation.created".into()],
            include_text: false,
            created_at: "2026-11-25T10:00:00Z".into(),
            created_by: "s_1".into(),
            secret: None,
        }],
    });
    reads_back(DeliveriesResponse {
        deliveries: vec![EventDelivery {
            id: "d_1".into(),
            event: "conversation.created".into(),
            occurred_at: "2026-11-25T10:00:00Z".into(),
            attempts: 3,
            last_status: Some(502),
            last_error: Some("bad gateway".into()),
            last_attempt_at: None,
            delivered_at: None,
        }],
    });
    reads_back(Redelivery {
        id: "d_1".into(),
        queued: true,
    });
}

#[test]
fn a_missing_or_wrong_required_field_refuses_the_answer() {
    let good = serde_json::to_value(message(1)).expect("serialize");
    assert!(Message::decode(&good).is_some());
    let broken = |key: &str, replacement: Option<Value>| {
        let mut value = good.clone();
        let object = value.as_object_mut().expect("an object");
        match replacement {
            Some(replacement) => object.insert(key.into(), replacement),
            None => object.remove(key),
        };
        Message::decode(&value)
    };
    assert_eq!(broken("id", None), None);
    assert_eq!(broken("text", Some(Value::Null)), None);
    assert_eq!(broken("seq", Some(json!("1"))), None);
    assert_eq!(broken("seq", Some(json!(-1))), None);
    assert_eq!(broken("seq", Some(json!(1.5))), None);
    assert_eq!(broken("author", Some(json!("robot"))), None);
    assert_eq!(broken("attachments", Some(json!([{"id": "a_1"}]))), None);
    assert_eq!(broken("client_msg_id", Some(json!(7))), None);
    assert_eq!(Message::decode(&json!([good.clone()])), None);
    assert_eq!(InboxResponse::decode(&json!({"next": null})), None);
}

#[test]
fn absent_optional_and_defaulted_fields_read_as_serde_reads_them() {
    let bare = json!({
        "conversation_id": "c_1", "urgency": "routine", "department": "billing",
        "status": "open", "created_at": "2026-11-25T10:00:00Z", "last_seq": 0,
    });
    let read = InboxEntry::decode(&bare).expect("optional and defaulted fields may be absent");
    assert_eq!(
        read,
        serde_json::from_value::<InboxEntry>(bare).expect("serde reads it too")
    );
    assert_eq!(read.channel, Channel::Web);
    assert!(read.labels.is_empty() && read.sla_deadline.is_none());

    let first = json!({"seq": 1, "status": "sent", "updated_at": "2026-11-25T10:00:00Z"});
    assert_eq!(Delivery::decode(&first).map(|d| d.attempt), Some(1));
    let null_attempt = json!({"seq": 1, "status": "sent", "updated_at": "x", "attempt": null});
    assert_eq!(Delivery::decode(&null_attempt), None);
    assert!(serde_json::from_value::<Delivery>(null_attempt).is_err());
}
