//! Table tests for the escalation ladder and its notification payloads.

use super::*;

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T19:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
        + Duration::seconds(seconds)
}

fn step(after_minutes: u32, notify: &str) -> EscalationStep {
    EscalationStep {
        after_minutes: Some(after_minutes),
        after_seconds: None,
        notify: notify.into(),
    }
}

fn policy() -> EscalationPolicy {
    let webhook = |url: &str| Channel {
        kind: ChannelKind::Webhook,
        url: url.into(),
        to: None,
    };
    EscalationPolicy {
        console_url: "https://fd.example/console/".into(),
        signing_secret: Some("ESCALATION_WEBHOOK_SECRET".into()),
        emergency: vec![step(0, "on-call"), step(5, "lead")],
        urgent: vec![step(10, "on-call"), step(20, "lead")],
        targets: vec![
            NotifyTarget {
                id: "on-call".into(),
                channels: vec![webhook("https://a.example/hook")],
            },
            NotifyTarget {
                id: "lead".into(),
                channels: vec![webhook("https://b.example/hook")],
            },
        ],
    }
}

use LadderEvent::{Fired, Staff, Visitor};
use Urgency::{Emergency, Routine, Urgent};

#[test]
fn ladder_table() {
    let minute = 60;
    // In seconds.
    let cases: Vec<PlanCase> = vec![
        // Nothing yet.
        (vec![], 0, vec![], None),
        // Routine messages have no ladder here.
        (
            vec![Visitor {
                at: at(0),
                urgency: Routine,
            }],
            3600,
            vec![],
            None,
        ),
        // Urgent: nothing at 9 min, first step due at 10.
        (
            vec![Visitor {
                at: at(0),
                urgency: Urgent,
            }],
            9 * minute,
            vec![],
            Some(10 * minute),
        ),
        (
            vec![Visitor {
                at: at(0),
                urgency: Urgent,
            }],
            10 * minute,
            vec![(Urgent, 1, 10 * minute)],
            Some(20 * minute),
        ),
        // Step 1 fired; step 2 at 20 min.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Fired {
                    urgency: Urgent,
                    step: 1,
                },
            ],
            15 * minute,
            vec![],
            Some(20 * minute),
        ),
        // A late alarm fires every overdue step at once.
        (
            vec![Visitor {
                at: at(0),
                urgency: Urgent,
            }],
            25 * minute,
            vec![(Urgent, 1, 25 * minute), (Urgent, 2, 25 * minute)],
            None,
        ),
        // Emergency: on-call at once.
        (
            vec![Visitor {
                at: at(0),
                urgency: Emergency,
            }],
            0,
            vec![(Emergency, 1, 0)],
            Some(5 * minute),
        ),
        // A staff reply stops the ladder.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Staff { at: at(60) },
            ],
            30 * minute,
            vec![],
            None,
        ),
        // A claim after step 1 stops step 2.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Fired {
                    urgency: Urgent,
                    step: 1,
                },
                Staff {
                    at: at(11 * minute),
                },
            ],
            30 * minute,
            vec![],
            None,
        ),
        // A new urgent message after the staff reply starts a fresh ladder.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Fired {
                    urgency: Urgent,
                    step: 1,
                },
                Staff {
                    at: at(11 * minute),
                },
                Visitor {
                    at: at(12 * minute),
                    urgency: Urgent,
                },
            ],
            22 * minute,
            vec![(Urgent, 1, 10 * minute)],
            Some(32 * minute),
        ),
        // Routine follow-ups don't restart or lower the ladder.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Visitor {
                    at: at(5 * minute),
                    urgency: Routine,
                },
            ],
            10 * minute,
            vec![(Urgent, 1, 10 * minute)],
            Some(20 * minute),
        ),
        // An upgrade to emergency switches ladders, timed from the emergency.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Urgent,
                },
                Fired {
                    urgency: Urgent,
                    step: 1,
                },
                Visitor {
                    at: at(12 * minute),
                    urgency: Emergency,
                },
            ],
            12 * minute,
            vec![(Emergency, 1, 0)],
            Some(17 * minute),
        ),
    ];
    check_plans(cases, 1);
}

/// (events, now, due steps as (urgency, step, waited), next deadline), times in
/// units of `unit` seconds.
type PlanCase = (
    Vec<LadderEvent>,
    i64,
    Vec<(Urgency, usize, i64)>,
    Option<i64>,
);

fn check_plans(cases: Vec<PlanCase>, unit: i64) {
    for (index, (events, now, due, next)) in cases.into_iter().enumerate() {
        let result = plan(&policy(), &events, at(now * unit));
        let got: Vec<_> = result
            .due
            .iter()
            .map(|d| (d.urgency, d.step, d.waited.num_seconds() / unit))
            .collect();
        assert_eq!(got, due, "case {index}");
        assert_eq!(
            result.next_deadline,
            next.map(|n| at(n * unit)),
            "case {index}"
        );
    }
}

#[test]
fn a_staff_correction_starts_or_stops_the_ladder() {
    let minute = 60;
    let urgent_at_0 = Visitor {
        at: at(0),
        urgency: Urgent,
    };
    let retriaged = |minutes: i64, urgency| LadderEvent::Retriaged {
        at: at(minutes * minute),
        urgency,
    };
    // In minutes.
    let cases: Vec<PlanCase> = vec![
        // A routine conversation raised to urgent escalates as an urgent message would,
        // timed from the correction.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Routine,
                },
                retriaged(30, Urgent),
            ],
            35,
            vec![],
            Some(40),
        ),
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Routine,
                },
                retriaged(30, Urgent),
            ],
            40,
            vec![(Urgent, 1, 10)],
            Some(50),
        ),
        // Raised to emergency: on-call at once.
        (
            vec![retriaged(1, Emergency)],
            1,
            vec![(Emergency, 1, 0)],
            Some(6),
        ),
        // Lowered to routine: the running ladder stops.
        (
            vec![urgent_at_0.clone(), retriaged(2, Routine)],
            30,
            vec![],
            None,
        ),
        // ...until a new urgent message after the correction starts a fresh one.
        (
            vec![
                urgent_at_0.clone(),
                retriaged(2, Routine),
                Visitor {
                    at: at(5 * minute),
                    urgency: Urgent,
                },
            ],
            15,
            vec![(Urgent, 1, 10)],
            Some(25),
        ),
        // An emergency lowered to urgent runs the urgent ladder from the correction.
        (
            vec![
                Visitor {
                    at: at(0),
                    urgency: Emergency,
                },
                Fired {
                    urgency: Emergency,
                    step: 1,
                },
                retriaged(3, Urgent),
            ],
            4,
            vec![],
            Some(13),
        ),
        // A step fired after the correction is not fired again.
        (
            vec![
                retriaged(0, Urgent),
                Fired {
                    urgency: Urgent,
                    step: 1,
                },
            ],
            12,
            vec![],
            Some(20),
        ),
        // A staff reply after a correction still ends the ladder.
        (
            vec![retriaged(0, Emergency), Staff { at: at(minute) }],
            10,
            vec![],
            None,
        ),
    ];
    check_plans(cases, minute);
}

#[test]
fn seconds_override_minutes_for_test_servers() {
    let mut fast = policy();
    fast.urgent[0].after_minutes = None;
    fast.urgent[0].after_seconds = Some(3);
    let events = [Visitor {
        at: at(0),
        urgency: Urgent,
    }];
    assert_eq!(plan(&fast, &events, at(3)).due.len(), 1);
    assert_eq!(plan(&fast, &events, at(2)).next_deadline, Some(at(3)));
}

#[test]
fn validation_table() {
    type Breakage = fn(&mut EscalationPolicy);
    let cases: Vec<(Breakage, &str)> = vec![
        (|p| p.urgent[0].after_seconds = Some(5), "after_minutes"),
        (|p| p.urgent[0].after_minutes = None, "after_minutes"),
        (|p| p.urgent.swap(0, 1), "time order"),
        (|p| p.urgent[0].notify = "nobody".into(), "unknown target"),
        (|p| p.targets[0].channels[0].url = "ftp://x".into(), "https"),
        // Clear text only to a local dev server.
        (
            |p| p.targets[0].channels[0].url = "http://hooks.example/x".into(),
            "https",
        ),
        (|p| p.signing_secret = None, "signing_secret"),
        (
            |p| p.signing_secret = Some("whsec_abc".into()),
            "not a secret name",
        ),
        (
            |p| p.targets[0].channels[0].kind = ChannelKind::Sms,
            "need `to`",
        ),
    ];
    assert_eq!(policy().validate(), Ok(()));
    let mut local = policy();
    local.targets[0].channels[0].url = "http://127.0.0.1:18860/on-call".into();
    assert_eq!(local.validate(), Ok(()));
    // No targets, nothing to sign.
    let quiet = EscalationPolicy::default();
    assert_eq!(quiet.validate(), Ok(()));
    for (break_it, expected) in cases {
        let mut broken = policy();
        break_it(&mut broken);
        let error = broken.validate().unwrap_err();
        assert!(
            error.contains(expected),
            "{error} should mention {expected}"
        );
    }
}

#[test]
fn payloads_carry_no_message_text() {
    let due = DueStep {
        urgency: Urgent,
        step: 1,
        notify: "on-call".into(),
        waited: Duration::seconds(600),
    };
    let notification = Notification::new(&policy(), "demo", "c_abc", Department::Clinical, &due);
    let webhook = Channel {
        kind: ChannelKind::Webhook,
        url: "https://a.example".into(),
        to: None,
    };
    let body = notification.body_for(&webhook);
    let back: Notification = serde_json::from_str(&body).unwrap();
    assert_eq!(back, notification);
    assert_eq!(
        back.conversation_url,
        "https://fd.example/console/#/conversations/c_abc"
    );
    assert_eq!(back.id, "c_abc:urgent:1");
    let sms = Channel {
        kind: ChannelKind::Sms,
        url: "https://sms.example".into(),
        to: Some("+49 151 0".into()),
    };
    let text = notification.body_for(&sms);
    assert!(text.contains("waited 10 min"), "{text}");
    assert!(text.contains("\"to\":\"+49 151 0\""), "{text}");
}
