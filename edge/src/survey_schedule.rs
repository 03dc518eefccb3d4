//! The hourly cron's survey round: each clinic that schedules surveys gets one sent into
//! every conversation resolved long enough ago that has had none, and into the
//! conversation of every treatment the practice software reported whose delay is over.

use crate::error::AppResult;
use crate::routes::surveys;
use crate::{channel_send, store, time};
use frontdesk_domain::ClinicConfig;

/// Conversations surveyed per clinic and round; the next hour takes the rest.
const ROUND_BATCH: u32 = 200;

pub async fn send_due(env: &worker::Env) -> AppResult<()> {
    let now = time::now();
    for config in store::clinics::all_clinics(env).await? {
        let Some(cutoff) = config.surveys.due_if_resolved_before(now) else {
            continue;
        };
        let due = store::surveys::resolved_without_survey(
            env,
            &config.id,
            &time::rfc3339(cutoff),
            ROUND_BATCH,
        )
        .await?;
        for (conversation_id, language) in due {
            surveys::invite(env, &config.id, &conversation_id, language.as_deref(), None).await?;
        }
        send_treatment_surveys(env, &config).await?;
    }
    Ok(())
}

/// The surveys of reported treatments now due. Each event is taken (marked sent) before
/// its survey goes, so two overlapping rounds never send one twice; a conversation
/// erased meanwhile has lost its events with it. A patient on SMS or WhatsApp also gets
/// the invitation there, with its link, under the channel's rules
/// (`channel_send::survey_invitation`).
async fn send_treatment_surveys(env: &worker::Env, config: &ClinicConfig) -> AppResult<()> {
    let now = time::now_rfc3339();
    for due in store::treatments::due(env, &config.id, &now, ROUND_BATCH).await? {
        if !store::treatments::take(env, &config.id, &due.event_id, &now).await? {
            continue;
        }
        let conversation_id = due.conversation_id;
        let language = store::details::conversation_language(env, &conversation_id).await?;
        let (_, invitation) =
            surveys::invite(env, &config.id, &conversation_id, language.as_deref(), None).await?;
        if let Some(base) = due.callback_base {
            let callback = channel_send::Callback::from_base(base);
            channel_send::survey_invitation(
                env,
                config,
                &conversation_id,
                invitation.seq,
                &callback,
            )
            .await?;
        }
    }
    Ok(())
}
