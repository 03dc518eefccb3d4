//! Verified vs stated identities: anyone can type another patient's email into a chat,
//! so staff see a stated identity marked as such and nothing of other conversations
//! through it; only an identity verified on both conversations links them.

use frontdesk_protocol::{IdentityProofs, SetVisitorRequest, VerificationMethod, VisitorIdentity};

use crate::app::{Outcome, TestApp};
use crate::support::*;

/// An identity stating `email` (and `name` when given).
fn stating(email: &str, name: Option<&str>) -> VisitorIdentity {
    VisitorIdentity {
        name: name.map(str::to_owned),
        email: Some(email.to_owned()),
        ..VisitorIdentity::default()
    }
}

/// Staff save `visitor` on conversation `id`, `verified` when they checked it: the row.
fn saved_by_staff(
    app: &TestApp,
    staff: &str,
    id: &str,
    visitor: VisitorIdentity,
    verified: bool,
) -> frontdesk_protocol::InboxEntry {
    let request = SetVisitorRequest { visitor, verified };
    app.set_visitor(staff, id, &request).answered(200).body
}

#[test]
fn a_stated_email_shows_nothing_of_another_patients_conversations_until_verified() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let address = unique_email();
    // The patient: their email checked by staff.
    let patient = app.identified_visitor(&staff, stating(&address, Some("Ana Ruiz")));
    let patient = patient.id();
    let row = saved_by_staff(
        &app,
        &staff,
        patient,
        stating(&address, Some("Ana Ruiz")),
        true,
    );
    assert_eq!(
        row.verified.email,
        Some(VerificationMethod::Staff),
        "{row:?}"
    );

    // Someone else states the same email, at the start and again through identify().
    let spoofer = app.identified_visitor(&staff, stating(&address, None));
    let spoof = spoofer.id();
    let again = app
        .identify(
            &spoofer,
            &stating(&address.to_uppercase(), Some("Ana Ruiz")),
        )
        .answered(200)
        .body;
    assert_eq!(again.visitor.email.as_deref(), Some(address.as_str()));
    assert_eq!(again.verified, IdentityProofs::default(), "{again:?}");
    let row = app.inbox_row(&staff, spoof, &[]).expect("row");
    assert_eq!(row.visitor.email.as_deref(), Some(address.as_str()));
    assert_eq!(
        row.verified,
        IdentityProofs::default(),
        "stated, not verified: {row:?}"
    );
    // Staff see nothing of the patient's conversation, in either direction.
    assert_eq!(app.history_ids(&staff, spoof), Vec::<String>::new());
    assert!(!app
        .history_ids(&staff, patient)
        .iter()
        .any(|id| id == spoof));
    let thread = app.staff_thread(&staff, spoof).answered(200);
    assert!(
        !thread.json.to_string().contains(patient),
        "{:?}",
        thread.json
    );

    // Staff saving the form unchanged, without checking, verifies nothing.
    let resaved = saved_by_staff(
        &app,
        &staff,
        spoof,
        stating(&address, Some("Ana Ruiz")),
        false,
    );
    assert_eq!(resaved.verified, IdentityProofs::default());
    assert_eq!(app.history_ids(&staff, spoof), Vec::<String>::new());

    // Once verified (it was the same patient after all), the conversations link.
    saved_by_staff(&app, &staff, spoof, stating(&address, None), true);
    assert_eq!(app.history_ids(&staff, spoof), [patient.to_owned()]);
    assert!(app
        .history_ids(&staff, patient)
        .iter()
        .any(|id| id == spoof));
}

#[test]
fn a_visitor_changing_a_verified_email_makes_it_stated() {
    let app = TestApp::new();
    let staff = sign_in("admin@demo.test");
    let address = unique_email();
    let visitor = app.identified_visitor(&staff, stating(&address, None));
    let id = visitor.id();
    saved_by_staff(&app, &staff, id, stating(&address, None), true);
    // Re-stating the same address keeps it verified…
    let same = app
        .identify(&visitor, &stating(&address, None))
        .answered(200)
        .body;
    assert_eq!(
        same.verified.email,
        Some(VerificationMethod::Staff),
        "{same:?}"
    );
    // …another address is only stated, and links to nothing.
    let other = app
        .identify(&visitor, &stating(&unique_email(), None))
        .answered(200)
        .body;
    assert_eq!(other.verified, IdentityProofs::default(), "{other:?}");
    let row = app.inbox_row(&staff, id, &[]).expect("row");
    assert_eq!(row.verified, IdentityProofs::default(), "{row:?}");
}
