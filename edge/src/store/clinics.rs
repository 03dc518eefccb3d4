//! Clinics: their configuration behind a short per-isolate cache, and the measured
//! first-reply waits the hourly cron stores on them.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use frontdesk_domain::triage::Triager;
use frontdesk_domain::{reply_time, ClinicConfig};
use frontdesk_protocol::{Department, Urgency};
use serde::Deserialize;

use super::{all, bind, db, decode_json, first, run, s};
use crate::error::{AppError, AppResult};
use worker::Env;

// Clinic configs change rarely; a short per-isolate cache saves a D1 read per message.
const CONFIG_TTL_MS: f64 = 30_000.0;

/// A clinic's configuration and its measured first-reply waits.
#[derive(Debug)]
pub struct Clinic {
    pub config: ClinicConfig,
    /// Minutes per department, from the hourly estimate; empty before the first one.
    pub reply_minutes: BTreeMap<Department, u32>,
    /// The clinic's triage rules, compiled once per cached config rather than per message.
    pub triager: Triager,
}

impl Clinic {
    /// The expected first-reply wait of `department`: measured, else its routine SLA.
    pub fn expected_reply_minutes(&self, department: Department) -> u32 {
        self.reply_minutes
            .get(&department)
            .copied()
            .unwrap_or_else(|| {
                reply_time::friendly(self.config.sla_minutes(department, Urgency::Routine))
            })
    }
}

thread_local! {
    static CONFIG_CACHE: RefCell<HashMap<String, (f64, Rc<Clinic>)>> = RefCell::new(HashMap::new());
}

/// A clinic's configuration, or `None` for an unknown clinic.
pub async fn clinic_config(env: &Env, clinic_id: &str) -> AppResult<Option<ClinicConfig>> {
    Ok(clinic(env, clinic_id)
        .await?
        .map(|clinic| clinic.config.clone()))
}

/// A clinic with its reply-time estimates, or `None` for an unknown clinic.
pub async fn clinic(env: &Env, clinic_id: &str) -> AppResult<Option<Rc<Clinic>>> {
    let now = worker::Date::now().as_millis() as f64;
    let cached = CONFIG_CACHE.with(|cache| {
        cache
            .borrow()
            .get(clinic_id)
            .filter(|(fetched, _)| now - fetched < CONFIG_TTL_MS)
            .map(|(_, clinic)| Rc::clone(clinic))
    });
    if cached.is_some() {
        return Ok(cached);
    }
    #[derive(Deserialize)]
    struct Row {
        config: String,
        reply_minutes: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare("SELECT config, reply_minutes FROM clinics WHERE id = ?1"),
        &[s(clinic_id)],
    )?;
    let Some(row) = first::<Row>(statement, "load clinic").await? else {
        return Ok(None);
    };
    let config: ClinicConfig = decode_json(&row.config, "clinic config")?;
    // An unreadable estimate is logged and only costs the measured figure (the SLA stands
    // in): failing the clinic here would stop every message, emergencies included.
    let reply_minutes = match row
        .reply_minutes
        .as_deref()
        .map(|json| decode_json(json, "reply minutes"))
    {
        Some(Ok(minutes)) => minutes,
        Some(Err(_)) | None => BTreeMap::new(),
    };
    let clinic = Rc::new(Clinic {
        triager: Triager::new(&config.triage),
        config,
        reply_minutes,
    });
    CONFIG_CACHE.with(|cache| {
        cache
            .borrow_mut()
            .insert(clinic_id.to_owned(), (now, Rc::clone(&clinic)))
    });
    Ok(Some(clinic))
}

/// Stores a clinic's fresh reply-time estimates.
pub async fn set_reply_minutes(
    env: &Env,
    clinic_id: &str,
    minutes: &BTreeMap<Department, u32>,
) -> AppResult<()> {
    let json = serde_json::to_string(minutes).map_err(|e| AppError::internal("estimates", e))?;
    let statement = bind(
        db(env)?.prepare("UPDATE clinics SET reply_minutes = ?2 WHERE id = ?1"),
        &[s(clinic_id), s(&json)],
    )?;
    run(statement, "store reply estimates").await?;
    // This isolate sees the new figures at once; others within the cache's TTL.
    CONFIG_CACHE.with(|cache| cache.borrow_mut().remove(clinic_id));
    Ok(())
}

/// Every clinic's configuration, for the retention sweep.
pub async fn all_clinics(env: &Env) -> AppResult<Vec<ClinicConfig>> {
    #[derive(Deserialize)]
    struct Row {
        config: String,
    }
    let statement = db(env)?.prepare("SELECT config FROM clinics ORDER BY id");
    let rows = all::<Row>(statement, "list clinics").await?;
    rows.into_iter()
        .map(|row| decode_json(&row.config, "clinic config"))
        .collect()
}
