//! Outbound messages on external channels: every reply to an SMS, WhatsApp, Messenger,
//! WeChat or X patient (staff, bot, safety; WhatsApp templates) is checked against the
//! platform's rules (`checks`), queued (`queue`) and sent by the queue consumer
//! (`deliver`, `outgoing`, `media`) through the domain's adapter (`accounts`), with
//! retries and backoff; its delivery state is kept in D1 and moved by the provider's
//! status callbacks. Nothing fails silently: every way out of `deliver` leaves the
//! message `sent`, or `failed` with a reason staff can read.

mod accounts;
mod checks;
mod deliver;
mod media;
mod outgoing;
mod queue;

pub use accounts::{messenger, secret, twilio, wechat, whatsapp, x, x_oauth1};
pub use checks::{
    check_reply_to, check_resend, check_staff_reply, delivery_state, platform, ChannelReply,
};
pub use deliver::{deliver, Outcome};
pub use queue::{after_staff_reply, queue, resend, survey_invitation, Callback};
