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

/// A one-time link (an invitation or a password reset), shown once to the admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneTimeLink {
    /// A console path with the token: `/console/#/invite/<token>`.
    pub link: String,
    /// RFC 3339.
    pub expires_at: String,
}

/// `POST /v1/staff/invites/accept` and `POST /v1/staff/password-resets/accept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptTokenRequest {
    pub token: String,
    pub password: String,
}
