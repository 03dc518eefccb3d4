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

/// A cached value: when it was read, and whether a request is reading it again.
struct Cached<T> {
    fetched: f64,
    value: Rc<T>,
    refreshing: bool,
}

thread_local! {
    static CONFIG_CACHE: RefCell<HashMap<String, Cached<Clinic>>> = RefCell::new(HashMap::new());
}

/// What a cache holds for a key at `now`.
#[derive(Debug, PartialEq)]
enum Lookup<T> {
    /// Read within the TTL, or past it while another request reads it again.
    Use(Rc<T>),
    /// Past the TTL, and this request reads it again (the others keep the old copy).
    Refresh,
    /// Nothing cached: every request that finds nothing reads it.
    Missing,
}

/// Looks `key` up at `now`, marking an expired entry as being read again.
fn lookup<T>(cache: &mut HashMap<String, Cached<T>>, key: &str, now: f64) -> Lookup<T> {
    let Some(cached) = cache.get_mut(key) else {
        return Lookup::Missing;
    };
    if now - cached.fetched < CONFIG_TTL_MS || cached.refreshing {
        return Lookup::Use(Rc::clone(&cached.value));
    }
    cached.refreshing = true;
    Lookup::Refresh
}

/// Clears a refresh mark its request left (it failed or was dropped), so the next
/// request reads the clinic again.
struct RefreshMark<'a>(&'a str);

impl Drop for RefreshMark<'_> {
    fn drop(&mut self) {
        CONFIG_CACHE.with(|cache| {
            if let Some(cached) = cache.borrow_mut().get_mut(self.0) {
                cached.refreshing = false;
            }
        });
    }
}

/// A clinic's configuration, or `None` for an unknown clinic.
pub async fn clinic_config(env: &Env, clinic_id: &str) -> AppResult<Option<ClinicConfig>> {
    Ok(clinic(env, clinic_id)
        .await?
        .map(|clinic| clinic.config.clone()))
}

/// A clinic with its reply-time estimates, or `None` for an unknown clinic.
///
/// When the cached copy passes its TTL, one request reads it again while the others
/// keep using the copy they have, so a config change reaches this isolate within the
/// TTL and one D1 read. Before session 20 every request that found it expired read
/// it, and compiled its triager: under the load bench 408 identical reads in the send
/// phase, each waiting about 6 s in D1's queue (BENCHMARKS.md, "Load profile,
/// session 20").
pub async fn clinic(env: &Env, clinic_id: &str) -> AppResult<Option<Rc<Clinic>>> {
    let now = worker::Date::now().as_millis() as f64;
    let _mark = match CONFIG_CACHE.with(|cache| lookup(&mut cache.borrow_mut(), clinic_id, now)) {
        Lookup::Use(clinic) => return Ok(Some(clinic)),
        Lookup::Refresh => Some(RefreshMark(clinic_id)),
        Lookup::Missing => None,
    };
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
        // Gone: no request may go on using the old copy.
        CONFIG_CACHE.with(|cache| cache.borrow_mut().remove(clinic_id));
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
        cache.borrow_mut().insert(
            clinic_id.to_owned(),
            Cached {
                fetched: now,
                value: Rc::clone(&clinic),
                refreshing: false,
            },
        )
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cache_with(fetched: f64) -> HashMap<String, Cached<u32>> {
        let mut cache = HashMap::new();
        let value = Rc::new(7);
        cache.insert(
            "demo".to_owned(),
            Cached {
                fetched,
                value,
                refreshing: false,
            },
        );
        cache
    }

    #[test]
    fn a_fresh_copy_is_used_and_a_missing_one_read_by_every_request() {
        let mut cache = cache_with(1_000.0);
        assert_eq!(lookup(&mut cache, "demo", 2_000.0), Lookup::Use(Rc::new(7)));
        assert_eq!(lookup(&mut cache, "other", 2_000.0), Lookup::Missing);
        assert_eq!(lookup(&mut cache, "other", 2_000.0), Lookup::Missing);
    }

    #[test]
    fn an_expired_copy_is_read_again_by_one_request_while_the_others_use_it() {
        let mut cache = cache_with(0.0);
        let later = CONFIG_TTL_MS + 1.0;
        assert_eq!(lookup(&mut cache, "demo", later), Lookup::Refresh);
        assert_eq!(lookup(&mut cache, "demo", later), Lookup::Use(Rc::new(7)));
        // The reading request failed or was dropped: the next one reads it again.
        cache.get_mut("demo").unwrap().refreshing = false;
        assert_eq!(lookup(&mut cache, "demo", later), Lookup::Refresh);
    }
}
