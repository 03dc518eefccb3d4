//! The customer-service windows: how long after the patient's last message a platform lets
//! the clinic send free text (WhatsApp and Messenger 24 hours, WeChat 48 hours).
//!
//! The window runs from the provider's own timestamp on the patient's message, not from
//! when Frontdesk stored it, so a webhook delayed by retries doesn't stretch it.

use serde::Serialize;

use super::OutboundContent;

const HOUR_MS: i64 = 3_600_000;

/// A platform's reply window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceWindow {
    pub hours: i64,
    /// Whether an approved template may go out when the window is closed (WhatsApp).
    pub templates_outside: bool,
}

/// The window is open until this time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WindowOpen {
    pub closes_at_ms: i64,
}

/// Why a reply is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum WindowRefusal {
    /// The patient has never written on this channel, so no window ever opened.
    #[error("the patient has not written on this channel, so only a template may open it")]
    NoPatientMessage,
    /// The window closed at this time.
    #[error("the reply window closed; only an approved template may go out")]
    Closed { closed_at_ms: i64 },
}

impl WindowRefusal {
    /// A stable machine-readable code for the JSON error.
    pub fn code(&self) -> &'static str {
        match self {
            WindowRefusal::NoPatientMessage => "no_patient_message",
            WindowRefusal::Closed { .. } => "outside_reply_window",
        }
    }
}

impl ServiceWindow {
    /// WhatsApp's 24-hour customer-service window; templates go out at any time.
    pub const WHATSAPP: ServiceWindow = ServiceWindow {
        hours: 24,
        templates_outside: true,
    };
    /// Messenger's standard 24-hour messaging window.
    pub const MESSENGER: ServiceWindow = ServiceWindow {
        hours: 24,
        templates_outside: false,
    };
    /// WeChat's 48 hours for customer-service messages.
    pub const WECHAT: ServiceWindow = ServiceWindow {
        hours: 48,
        templates_outside: false,
    };

    /// Whether free text may go out now, given the provider's timestamp (ms) of the
    /// patient's last message. The window is open while `now < last + hours`.
    pub fn check(
        self,
        last_patient_message_ms: Option<i64>,
        now_ms: i64,
    ) -> Result<WindowOpen, WindowRefusal> {
        let last = last_patient_message_ms.ok_or(WindowRefusal::NoPatientMessage)?;
        let closes_at_ms = last.saturating_add(self.hours.saturating_mul(HOUR_MS));
        if now_ms < closes_at_ms {
            Ok(WindowOpen { closes_at_ms })
        } else {
            Err(WindowRefusal::Closed {
                closed_at_ms: closes_at_ms,
            })
        }
    }

    /// Whether this content may go out now: free text inside the window, templates always
    /// where the platform allows them outside it.
    pub fn allows(
        self,
        content: &OutboundContent,
        last_patient_message_ms: Option<i64>,
        now_ms: i64,
    ) -> Result<(), WindowRefusal> {
        if self.templates_outside && matches!(content, OutboundContent::Template(_)) {
            return Ok(());
        }
        self.check(last_patient_message_ms, now_ms).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::TemplateMessage;

    const T0: i64 = 1_764_806_400_000;

    #[test]
    fn windows_close_exactly_at_their_length() {
        let cases = [
            (ServiceWindow::WHATSAPP, Some(T0), T0, Ok(T0 + 24 * HOUR_MS)),
            (
                ServiceWindow::WHATSAPP,
                Some(T0),
                T0 + 24 * HOUR_MS - 1,
                Ok(T0 + 24 * HOUR_MS),
            ),
            (
                ServiceWindow::WHATSAPP,
                Some(T0),
                T0 + 24 * HOUR_MS,
                Err(T0 + 24 * HOUR_MS),
            ),
            (
                ServiceWindow::MESSENGER,
                Some(T0),
                T0 + 25 * HOUR_MS,
                Err(T0 + 24 * HOUR_MS),
            ),
            (
                ServiceWindow::WECHAT,
                Some(T0),
                T0 + 47 * HOUR_MS,
                Ok(T0 + 48 * HOUR_MS),
            ),
            (
                ServiceWindow::WECHAT,
                Some(T0),
                T0 + 48 * HOUR_MS,
                Err(T0 + 48 * HOUR_MS),
            ),
            // A patient clock ahead of ours keeps the window open, never panics.
            (ServiceWindow::WHATSAPP, Some(i64::MAX), T0, Ok(i64::MAX)),
        ];
        for (window, last, now, expected) in cases {
            let got = window
                .check(last, now)
                .map(|open| open.closes_at_ms)
                .map_err(|refusal| match refusal {
                    WindowRefusal::Closed { closed_at_ms } => closed_at_ms,
                    WindowRefusal::NoPatientMessage => panic!("unexpected"),
                });
            assert_eq!(got, expected, "{window:?} last={last:?} now={now}");
        }
        assert_eq!(
            ServiceWindow::WHATSAPP.check(None, T0),
            Err(WindowRefusal::NoPatientMessage)
        );
    }

    #[test]
    fn only_whatsapp_templates_pass_a_closed_window() {
        let late = T0 + 30 * HOUR_MS;
        let text = OutboundContent::Text("Your results are in".into());
        let template = OutboundContent::Template(TemplateMessage {
            name: "results_ready".into(),
            language: "en_US".into(),
            body_parameters: vec![],
        });
        assert_eq!(
            ServiceWindow::WHATSAPP.allows(&template, Some(T0), late),
            Ok(())
        );
        assert_eq!(
            ServiceWindow::WHATSAPP.allows(&template, None, late),
            Ok(())
        );
        let refusal = ServiceWindow::WHATSAPP
            .allows(&text, Some(T0), late)
            .unwrap_err();
        assert_eq!(refusal.code(), "outside_reply_window");
        assert!(ServiceWindow::MESSENGER
            .allows(&template, Some(T0), late)
            .is_err());
        assert_eq!(
            ServiceWindow::WHATSAPP.allows(&text, Some(T0), T0 + HOUR_MS),
            Ok(())
        );
    }
}
