//! Types of the team calls: the staff list, invitations and password resets.

use serde::{Deserialize, Serialize};

use crate::{Department, StaffProfile, StaffRole};

/// `GET /v1/admin/staff`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffListResponse {
    pub staff: Vec<StaffProfile>,
}

/// `POST /v1/admin/invites`: who to invite, with which role and teams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteRequest {
    pub email: String,
    pub name: String,
    pub role: StaffRole,
    pub departments: Vec<Department>,
}

/// `POST /v1/admin/invites` and `POST /v1/admin/staff/{id}/password-reset` (202): the
/// one-time link goes by email to the person it is for, never to the admin who asked,
/// so the answer says only that, to whom by role, and until when it works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkSent {
    /// How the link travels: `email`.
    pub sent_by: LinkDelivery,
    /// Who receives it.
    pub sent_to: LinkRecipient,
    /// RFC 3339.
    pub expires_at: String,
}

/// How a one-time link travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkDelivery {
    Email,
}

/// Who a one-time link is sent to, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkRecipient {
    /// The person invited, at the address the invitation names.
    Invitee,
    /// The account's own holder, at the account's email.
    AccountHolder,
}

/// `POST /v1/staff/invites/accept` and `POST /v1/staff/password-resets/accept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptTokenRequest {
    pub token: String,
    pub password: String,
}
