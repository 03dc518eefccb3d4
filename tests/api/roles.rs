//! The role-by-route matrix, read from the OpenAPI document so a new call can't skip
//! it: admins-only calls refuse the other roles with 403 `admins_only`; every staff call
//! works for every role on a conversation of the caller's team; a conversation of
//! another team is refused on every conversation call (403 `outside_your_teams`, its
//! socket too) until it is assigned to the caller; admins reach every conversation.

use frontdesk_protocol::{
    AssignRequest, ConversationStatus, Department, NoteRequest, SearchRequest, SetLabelsRequest,
    SetStatusRequest, SetVisitorRequest, VisitorIdentity,
};
use serde::Serialize;
use serde_json::Value;

use crate::app::{says, Outcome, TestApp};
use crate::paths;
use crate::support::*;

/// Calls only admins may make.
fn admins_only(path: &str, operation_id: &str) -> bool {
    path.starts_with("/v1/admin/") || operation_id == "assign"
}

/// Calls about one conversation: the team rule applies to them.
fn about_a_conversation(path: &str) -> bool {
    path.starts_with("/v1/staff/conversations/{id}/")
}

/// A body each call accepts, so only the role can stand in the way: the call's wire
/// type, serialized.
fn body_for(operation_id: &str) -> Option<Vec<u8>> {
    fn wire(body: &impl Serialize) -> Option<Vec<u8>> {
        Some(serde_json::to_vec(body).expect("a wire type serializes"))
    }
    match operation_id {
        "staffReply" | "reply" => wire(&says(&format!("hi {}", canary()))),
        "setStatus" => wire(&SetStatusRequest {
            status: ConversationStatus::Open,
        }),
        "assign" => wire(&AssignRequest { staff_id: None }),
        // The claim takes no fields; the console sends an empty object.
        "claim" => wire(&serde_json::Map::new()),
        "setVisitor" => wire(&SetVisitorRequest {
            visitor: VisitorIdentity {
                name: Some("Role Check".into()),
                ..VisitorIdentity::default()
            },
            verified: false,
        }),
        "setLabels" => wire(&SetLabelsRequest {
            labels: vec!["roles".into()],
        }),
        "addNote" => wire(&NoteRequest {
            text: format!("roles note {}", canary()),
        }),
        "search" => wire(&SearchRequest {
            q: "role check".into(),
            status: None,
        }),
        _ => None,
    }
}

/// What a caller should get from a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Anything but 401, 403 and 5xx.
    Allowed,
    /// 403 with this error code.
    Refused(&'static str),
}

/// The staff and admin calls of the OpenAPI document (signing in needs no session,
/// signing out would end the caller's): (method, path, operationId).
fn staff_calls() -> Vec<(String, String, String)> {
    let doc: Value =
        serde_json::from_str(include_str!("../../openapi/frontdesk.json")).expect("openapi");
    let mut calls = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if !(path.starts_with("/v1/staff/") || path.starts_with("/v1/admin/"))
            || path.starts_with(paths::staff_sessions())
        {
            continue;
        }
        for (method, operation) in item.as_object().expect("path item") {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                let operation_id = operation["operationId"].as_str().unwrap_or_default();
                calls.push((method.clone(), path.clone(), operation_id.to_owned()));
            }
        }
    }
    calls
}

/// Makes every staff and admin call as `staff` about conversation `id` and checks each
/// answer against `expect`. Sockets (`…/live`) are opened as sockets. Returns how many
/// calls were checked.
fn walk(
    email: &str,
    staff: &str,
    id: &str,
    skip: impl Fn(&str) -> bool,
    expect: impl Fn(&str, &str) -> Expect,
) -> usize {
    let mut checked = 0;
    for (method, path, operation_id) in staff_calls() {
        if skip(&operation_id) {
            continue;
        }
        let concrete = path.replace("{id}", id);
        let (status, code, what) = if path.ends_with("/live") {
            let offered = format!("frontdesk, bearer.{staff}");
            match Live::try_connect(&concrete, &[("Sec-WebSocket-Protocol", &offered)]) {
                Ok(_) => (101, String::new(), format!("{email} socket {path}: opened")),
                Err(status) => (
                    status,
                    String::new(),
                    format!("{email} socket {path}: {status}"),
                ),
            }
        } else {
            let body = body_for(&operation_id);
            let reply = TestApp::new().send_documented(
                &method.to_ascii_uppercase(),
                &concrete,
                staff,
                body.as_deref(),
            );
            let what = format!("{email} {method} {path}: {} {:?}", reply.status, reply.body);
            let code = if reply.status >= 400 {
                reply.error_code().to_owned()
            } else {
                String::new()
            };
            (reply.status, code, what)
        };
        assert_ne!(status, 401, "{what}");
        match expect(&path, &operation_id) {
            Expect::Allowed => {
                assert_ne!(status, 403, "{what}");
                assert!(status < 500, "{what}");
            }
            Expect::Refused(expected_code) => {
                assert_eq!(status, 403, "{what}");
                // A refused upgrade carries no body the client can read.
                if !path.ends_with("/live") {
                    assert_eq!(code, expected_code, "{what}");
                }
            }
        }
        checked += 1;
    }
    checked
}

/// A new demo conversation whose first message triage routes to `department`.
fn conversation_of(department: Department, text: &str) -> String {
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let sent = app
        .send_visitor_message(&visitor, &says(&format!("{text} {}", canary())))
        .answered(201);
    assert_eq!(sent.body.triage.department, department, "{:?}", sent.json);
    // Routed once the inbox queue has indexed it; until then it is no team's.
    let row = app.routed(visitor.id());
    assert_eq!(row.department, department);
    visitor.id().to_owned()
}

fn clinical_conversation() -> String {
    conversation_of(
        Department::Clinical,
        "I have had a fever and a rash since yesterday",
    )
}

fn front_desk_conversation() -> String {
    conversation_of(Department::FrontDesk, FRONT_DESK_QUESTION)
}

#[test]
fn every_staff_call_checks_the_role() {
    // Each caller on a conversation of their own team, so only the role can refuse.
    let mut checked = 0;
    for (email, id) in [
        ("clinician@demo.test", clinical_conversation()),
        ("frontdesk@demo.test", front_desk_conversation()),
        ("admin@demo.test", clinical_conversation()),
    ] {
        let staff = sign_in(email);
        let is_admin = email.starts_with("admin");
        checked += walk(
            email,
            &staff,
            &id,
            |_| false,
            |path, operation_id| {
                if admins_only(path, operation_id) && !is_admin {
                    Expect::Refused("admins_only")
                } else {
                    Expect::Allowed
                }
            },
        );
    }
    assert!(checked >= 3 * 9, "only {checked} calls checked");
}

#[test]
fn conversation_calls_stay_within_the_callers_teams_until_assigned() {
    let id = clinical_conversation();
    let front_desk = sign_in("frontdesk@demo.test");
    let clinician = sign_in("clinician@demo.test");
    let admin = sign_in("admin@demo.test");
    let team_rule = |may_open: bool, is_admin: bool| {
        move |path: &str, operation_id: &str| {
            if admins_only(path, operation_id) && !is_admin {
                Expect::Refused("admins_only")
            } else if about_a_conversation(path) && !may_open {
                Expect::Refused("outside_your_teams")
            } else {
                Expect::Allowed
            }
        }
    };
    // Front desk first, while the conversation is nobody's.
    let refused = walk(
        "frontdesk",
        &front_desk,
        &id,
        |_| false,
        team_rule(false, false),
    );
    assert!(refused >= 13, "only {refused} calls checked");
    // The clinician's team: every call, and the clinician now owns it (claim, reply).
    walk(
        "clinician",
        &clinician,
        &id,
        |_| false,
        team_rule(true, false),
    );
    let owned = TestApp::new().staff_thread(&clinician, &id).answered(200);
    assert_eq!(
        owned.body.conversation.assigned_to.as_deref(),
        Some("s_clinician")
    );
    // Owned by a colleague of another team, it is still closed to front desk.
    walk(
        "frontdesk",
        &front_desk,
        &id,
        |_| false,
        team_rule(false, false),
    );

    // Handed to front desk by an admin, it is theirs to see and work on.
    let to_front_desk = AssignRequest {
        staff_id: Some("s_frontdesk".into()),
    };
    TestApp::new()
        .assign(&admin, &id, &to_front_desk)
        .answered(200);
    // Releasing it (the assign call with null) would hand it back to the clinical team
    // halfway through the walk, so that one call is left out here.
    walk(
        "frontdesk",
        &front_desk,
        &id,
        |operation_id| operation_id == "assign",
        team_rule(true, false),
    );
    // The clinical team keeps it too: its department is still theirs.
    walk(
        "clinician",
        &clinician,
        &id,
        |operation_id| operation_id == "assign",
        team_rule(true, false),
    );
    // Admins reach every conversation (this walk ends by erasing it).
    walk("admin", &admin, &id, |_| false, team_rule(true, true));
}
