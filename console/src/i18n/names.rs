//! The names of the domain's values (roles, teams, urgencies, statuses) in a table's language.

use frontdesk_protocol::{ConversationStatus, Department, StaffRole, Urgency};

use super::Strings;

impl Strings {
    pub fn role(&self, role: StaffRole) -> &'static str {
        match role {
            StaffRole::Admin => self.role_admin,
            StaffRole::Clinician => self.role_clinician,
            StaffRole::FrontDesk => self.role_front_desk,
        }
    }

    pub fn department(&self, department: Department) -> &'static str {
        match department {
            Department::Clinical => self.department_clinical,
            Department::Appointments => self.department_appointments,
            Department::Billing => self.department_billing,
            Department::FrontDesk => self.department_front_desk,
        }
    }

    pub fn urgency(&self, urgency: Urgency) -> &'static str {
        match urgency {
            Urgency::Emergency => self.urgency_emergency,
            Urgency::Urgent => self.urgency_urgent,
            Urgency::Routine => self.urgency_routine,
        }
    }

    pub fn status(&self, status: ConversationStatus) -> &'static str {
        match status {
            ConversationStatus::Open => self.status_open,
            ConversationStatus::Pending => self.status_pending,
            ConversationStatus::Resolved => self.status_resolved,
        }
    }
}
