//! The hourly cron's survey round: each clinic that schedules surveys gets one sent into
//! every conversation resolved long enough ago that has had none.

use crate::error::AppResult;
use crate::routes::surveys;
use crate::{store, time};

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
    }
    Ok(())
}
