//! What staff keep about a conversation: the visitor's identity (from the widget's
//! identify() or staff), search and earlier conversations, labels, private notes, and
//! the "my teams" inbox.

use frontdesk_protocol::{
    AssignRequest, ConversationStatus, Department, NoteRequest, SearchRequest, SetLabelsRequest,
    SetStatusRequest, SetVisitorRequest, VisitorIdentity,
};

use crate::app::{Outcome, TestApp};
use crate::support::*;

/// An identity with only an email.
fn email_only(address: &str) -> VisitorIdentity {
    VisitorIdentity {
        email: Some(address.to_owned()),
        ..VisitorIdentity::default()
    }
}

#[test]
fn the_widget_identity_reaches_staff_and_bad_fields_are_dropped() {
    let staff = sign_in_every_team("front-desk");
    let app = TestApp::new();
    let address = unique_email();
    let stated = VisitorIdentity {
        name: Some(" Ana Ruiz ".into()),
        email: Some(address.to_uppercase()),
        phone: Some("not a phone".into()),
        user_id: None,
    };
    let visitor = app.identified_visitor(&staff, stated);
    let (row, sent) = app
        .inbox_row_as_sent(&staff, visitor.id(), &[])
        .expect("row");
    assert_eq!(row.visitor.name.as_deref(), Some("Ana Ruiz"));
    assert_eq!(row.visitor.email.as_deref(), Some(address.as_str()));
    assert!(sent["visitor"].get("phone").is_none(), "{sent:?}");
    // identify() later adds the phone and keeps the rest.
    let phone = VisitorIdentity {
        phone: Some("+34 600 111 222".into()),
        ..VisitorIdentity::default()
    };
    let later = app.identify(&visitor, &phone).answered(200).body;
    assert_eq!(later.visitor.name.as_deref(), Some("Ana Ruiz"));
    assert_eq!(later.visitor.phone.as_deref(), Some("+34 600 111 222"));
    let refused = app.identify(&visitor, &email_only("nope")).refused(422);
    assert_eq!(refused.code, "invalid_visitor");
}

#[test]
fn staff_set_identity_search_and_see_earlier_conversations() {
    let staff = sign_in_every_team("front-desk");
    let app = TestApp::new();
    let address = unique_email();
    let first = app.identified_visitor(&staff, email_only(&address));
    let first = first.id().to_owned();
    // Earlier conversations link only through verified identities: staff check this one.
    let checked = SetVisitorRequest {
        visitor: email_only(&address),
        verified: true,
    };
    app.set_visitor(&staff, &first, &checked).answered(200);
    // Resolved conversations are found by a search too.
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    app.set_status(&staff, &first, &resolved).answered(200);
    let second = app.identified_visitor(&staff, VisitorIdentity::default());
    let second = second.id().to_owned();
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain("0000000".chars())
        .take(7)
        .collect();
    let phone = format!("+49 151 {digits}");
    let known = SetVisitorRequest {
        visitor: VisitorIdentity {
            name: Some("Ana Ruiz".into()),
            email: Some(address.clone()),
            phone: Some(phone.clone()),
            user_id: None,
        },
        verified: true,
    };
    let set = app.set_visitor(&staff, &second, &known).answered(200);
    assert_eq!(set.body.visitor.phone.as_deref(), Some(phone.as_str()));
    assert_eq!(app.history_ids(&staff, &second), vec![first.clone()]);
    // Search by part of the email, and by phone digits written differently.
    // Written with spaces, searched without (and the number is this run's own, so
    // conversations of earlier runs on the same state don't join the history).
    for query in [address[..10].to_owned(), format!("49151{digits}")] {
        let request = SearchRequest {
            q: query.clone(),
            status: None,
        };
        let found = app.search(&staff, &request).answered(200).body;
        let ids: Vec<&str> = found
            .conversations
            .iter()
            .map(|c| c.conversation_id.as_str())
            .collect();
        assert!(ids.contains(&second.as_str()), "{query}: {ids:?}");
        if query.contains('@') || query.starts_with("ana") {
            assert!(ids.contains(&first.as_str()), "{query}: {ids:?}");
        }
    }
    let bad = SetVisitorRequest {
        visitor: VisitorIdentity {
            phone: Some("12".into()),
            ..VisitorIdentity::default()
        },
        verified: false,
    };
    let refused = app.set_visitor(&staff, &second, &bad).refused(422);
    assert_eq!(refused.code, "invalid_visitor");
}

#[test]
fn labels_are_cleaned_filtered_and_checked() {
    let staff = sign_in_every_team("front-desk");
    let app = TestApp::new();
    let visitor = app.identified_visitor(&staff, VisitorIdentity::default());
    let id = visitor.id();
    let labels = |labels: &[&str]| SetLabelsRequest {
        labels: labels.iter().map(|label| (*label).to_owned()).collect(),
    };
    let set = app
        .set_labels(
            &staff,
            id,
            &labels(&["Insurance ", "insurance", "follow-up"]),
        )
        .answered(200);
    assert_eq!(set.body.labels, ["follow-up", "insurance"]);
    let filtered = app.inbox_row(&staff, id, &[("label", "follow-up")]);
    assert!(filtered.is_some(), "the label filter finds it");
    assert!(app.inbox_row(&staff, id, &[("label", "vip")]).is_none());
    for bad in [labels(&["a/b"]), labels(&[""])] {
        let refused = app.set_labels(&staff, id, &bad).refused(422);
        assert_eq!(refused.code, "invalid_labels", "{bad:?}");
    }
}

#[test]
fn notes_are_for_staff_only() {
    let staff = sign_in("clinician@demo.test");
    let app = TestApp::new();
    let visitor = app.identified_visitor(&staff, VisitorIdentity::default());
    let id = visitor.id();
    // A billing question: handed to the clinician, it is theirs to annotate.
    let to_clinician = AssignRequest {
        staff_id: Some("s_clinician".into()),
    };
    app.assign(&sign_in("admin@demo.test"), id, &to_clinician)
        .answered(200);
    let secret = format!("Private: check the X-ray first {}", canary());
    let note = NoteRequest {
        text: secret.clone(),
    };
    app.add_note(&staff, id, &note).answered(201);
    let notes = app.notes(&staff, id).answered(200).body;
    assert_eq!(notes.notes[0].text, secret);
    assert_eq!(notes.notes[0].author_name, "Lena");
    // The visitor's view of the conversation never has it.
    let seen = app.visitor_messages(&visitor, None).answered(200).json;
    assert!(!seen.to_string().contains("Private: check"), "{seen:?}");
    let blank = NoteRequest { text: "   ".into() };
    let empty = app.add_note(&staff, id, &blank).refused(422);
    assert_eq!(empty.code, "invalid_note");
    // Another clinic's staff can't read them.
    let other = sign_in("admin@other.test");
    app.notes(&other, id).refused(404);
}

#[test]
fn my_teams_shows_only_my_departments() {
    // The front desk account belongs to the front-desk team only.
    let staff = sign_in("frontdesk@demo.test");
    let app = TestApp::new();
    let inbox = app.inbox(&staff, &[("teams", "mine")]).answered(200).body;
    let departments: Vec<Department> = inbox.conversations.iter().map(|c| c.department).collect();
    assert!(
        departments.iter().all(|d| *d == Department::FrontDesk),
        "{departments:?}"
    );
    app.inbox(&staff, &[("teams", "everyone")]).refused(422);
}
