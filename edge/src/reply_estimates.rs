//! The hourly cron job that measures each team's usual first-reply wait, which the
//! widget and the "a person will reply" message show.

use chrono::Duration;
use frontdesk_domain::reply_time;

use crate::error::AppResult;
use crate::routes::reports::facts_of;
use crate::{store, time};

/// Recomputes every clinic's estimates from its last weeks of conversations.
pub async fn refresh(env: &worker::Env) -> AppResult<()> {
    let now = time::now();
    let since = time::rfc3339(now - Duration::days(reply_time::WINDOW_DAYS));
    for config in store::clinics::all_clinics(env).await? {
        let rows = store::reports::report_facts(env, &config.id, &since).await?;
        let facts: Vec<_> = rows.iter().filter_map(facts_of).collect();
        let estimates = reply_time::estimates(&config, &facts, now);
        store::clinics::set_reply_minutes(env, &config.id, &estimates).await?;
    }
    Ok(())
}
