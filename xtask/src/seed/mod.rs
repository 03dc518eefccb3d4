//! The dev seed: applies D1 migrations to a fresh local state directory, then loads the
//! demo clinic from `clinics/demo.toml`, two test fixture clinics derived from it, and the
//! dev-only staff accounts.

mod fixtures;

use self::fixtures::{
    bulk_retention_sql, fixture_clinics, report_fixture_sql, BRIEF_SESSIONS_CLINIC,
    BULK_RETENTION_CLINIC, CONTINUITY_CLINIC, NOTICE_CLINIC, OTHER_CLINIC, REPORTS_CLINIC,
    RETENTION_CLINIC, WECHAT_SAFE_CLINIC,
};

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use frontdesk_domain::hours::WeeklyHours;
use frontdesk_domain::rate_limit::{Rate, RateLimits};
use frontdesk_domain::{password, ClinicConfig};

use crate::cmd::{self, run, step};

/// Dev-only accounts (id, clinic, email, name, role, departments); they exist in this seed
/// and nowhere else.
const DEV_STAFF: [(&str, &str, &str, &str, &str, &str); 13] = [
    (
        "s_admin",
        "demo",
        "admin@demo.test",
        "Morgan Reyes",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    (
        "s_frontdesk",
        "demo",
        "frontdesk@demo.test",
        "Sam Taylor",
        "front-desk",
        r#"["front-desk"]"#,
    ),
    (
        "s_clinician",
        "demo",
        "clinician@demo.test",
        "Lena Hoffmann",
        "clinician",
        r#"["clinical"]"#,
    ),
    // The test fixture clinic's admin: proves staff of one clinic can't reach another's.
    (
        "s_other_admin",
        OTHER_CLINIC,
        "admin@other.test",
        "Alex Other",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Reads the short-retention fixture's inbox and audit log in the retention tests.
    (
        "s_retention_admin",
        RETENTION_CLINIC,
        "admin@retention.test",
        "Robin Retention",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // The reports fixture clinic's admin: its report has known figures.
    (
        "s_reports_admin",
        REPORTS_CLINIC,
        "admin@reports.test",
        "Rae Ports",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Only the sign-out-everywhere test uses this one, since it ends all its sessions.
    (
        "s_other_clinician",
        OTHER_CLINIC,
        "clinician@other.test",
        "Kim Other",
        "clinician",
        r#"["clinical"]"#,
    ),
    // The brief-sessions fixture's admin: its sessions last seconds, so the API tests see
    // a session's sockets close when it ends.
    (
        "s_brief_admin",
        BRIEF_SESSIONS_CLINIC,
        "admin@brief.test",
        "Bri Brief",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Reads the bulk-retention fixture's inbox and audit log in the paging sweep test.
    (
        "s_bulk_admin",
        BULK_RETENTION_CLINIC,
        "admin@bulk.test",
        "Bo Bulk",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Answers SMS patients of the notice fixture, whose replies go out as notices.
    (
        "s_notice_admin",
        NOTICE_CLINIC,
        "admin@notice.test",
        "Noor Notice",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Answers website visitors of the continuity fixture, whose verified phones get a
    // notice seconds after an unseen reply.
    (
        "s_continuity_admin",
        CONTINUITY_CLINIC,
        "admin@continuity.test",
        "Cai Continuity",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Reads the inbox of the WeChat safe-mode fixture, whose pushes come encrypted.
    (
        "s_wechat_safe_admin",
        WECHAT_SAFE_CLINIC,
        "admin@wechat-safe.test",
        "Wen Safe",
        "admin",
        r#"["clinical","appointments","billing","front-desk"]"#,
    ),
    // Only the lockout test signs in as this one, since it locks the account.
    (
        "s_other_frontdesk",
        OTHER_CLINIC,
        "frontdesk@other.test",
        "Jo Other",
        "front-desk",
        r#"["front-desk"]"#,
    ),
];
const DEV_PASSWORD: &str = "demo-password";

/// A session that expired long ago, so the API tests can prove expiry is enforced.
/// Dev-only: it exists in this seed and nowhere else.
pub const EXPIRED_SESSION_TOKEN: &str = "dev-only-expired-session-token-for-the-api-tests";

fn expired_session_sql() -> String {
    use sha2::{Digest, Sha256};
    let hash: String = Sha256::digest(EXPIRED_SESSION_TOKEN.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        "INSERT OR REPLACE INTO staff_sessions (token_hash, staff_id, created_at, expires_at) \
         VALUES ({}, 's_clinician', '2026-01-01T00:00:00.000Z', '2026-01-01T12:00:00.000Z');\n",
        sql_text(&hash)
    )
}

fn sql_text(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// How the test server's seed differs from the dev seed. `cargo xtask seed` reads these
/// from the environment (`FRONTDESK_SEED_ALWAYS_OPEN=1`, `FRONTDESK_SEED_FAST_ESCALATION=1`,
/// `FRONTDESK_SEED_WEBHOOK_BASE=http://127.0.0.1:18791`,
/// `FRONTDESK_SEED_SANDBOX_BASE=http://127.0.0.1:8798`) for quick local loops.
#[derive(Debug, Clone, Default)]
pub struct SeedOptions {
    /// Open round the clock, so no after-hours reply shifts `seq` numbers in tests that
    /// run at any hour (after-hours replies are covered by the domain's table tests).
    pub always_open: bool,
    /// Escalation delays in seconds instead of minutes (10 min becomes 10 s), and the
    /// scheduled survey's days after resolving in seconds, so those tests take seconds.
    pub fast_escalation: bool,
    /// Sends every escalation channel to `{base}/{target}/{kind}`: the tests' receiver.
    pub webhook_base: Option<String>,
    /// Rate limits far above any benchmark's load, so the benchmarks measure the message
    /// path (the buckets are still checked on every call) rather than refusals.
    pub bench_limits: bool,
    /// Where the clinics' provider APIs are: the provider sandbox (dev: port 8790), never
    /// the real providers. `None` means the dev sandbox.
    pub sandbox_base: Option<String>,
}

/// The port of the API tests' webhook receiver, for a test server on `port`.
pub fn webhook_receiver_port(port: u16) -> u16 {
    port.wrapping_add(10_000)
}

impl SeedOptions {
    /// The options the API and browser tests need, with the webhook receiver's port.
    pub fn for_tests(receiver_port: u16, sandbox_port: u16) -> SeedOptions {
        SeedOptions {
            always_open: true,
            fast_escalation: true,
            webhook_base: Some(format!("http://127.0.0.1:{receiver_port}")),
            bench_limits: false,
            sandbox_base: Some(crate::sandbox::url(sandbox_port)),
        }
    }

    /// The benchmarks' seed: always open (no after-hours replies), unreachable limits, and
    /// the provider APIs at the bench's own sandbox port (the channels suite starts the
    /// sandbox there), never at a developer's dev sandbox.
    pub fn for_bench(sandbox_port: u16) -> SeedOptions {
        SeedOptions {
            always_open: true,
            bench_limits: true,
            sandbox_base: Some(crate::sandbox::url(sandbox_port)),
            ..SeedOptions::default()
        }
    }

    /// Options from `FRONTDESK_SEED_*` environment variables.
    pub fn from_env() -> SeedOptions {
        let flag = |name: &str| std::env::var(name).is_ok_and(|v| v == "1");
        SeedOptions {
            always_open: flag("FRONTDESK_SEED_ALWAYS_OPEN"),
            fast_escalation: flag("FRONTDESK_SEED_FAST_ESCALATION"),
            webhook_base: std::env::var("FRONTDESK_SEED_WEBHOOK_BASE").ok(),
            bench_limits: false,
            sandbox_base: std::env::var("FRONTDESK_SEED_SANDBOX_BASE").ok(),
        }
    }

    fn apply(&self, config: &mut ClinicConfig) {
        let sandbox = self
            .sandbox_base
            .clone()
            .unwrap_or_else(|| crate::sandbox::url(crate::sandbox::DEV_PORT));
        if let Some(sms) = &mut config.channels.sms {
            sms.api_base = sandbox.clone();
        }
        if let Some(whatsapp) = &mut config.channels.whatsapp {
            whatsapp.api_base = sandbox.clone();
        }
        if let Some(messenger) = &mut config.channels.messenger {
            messenger.api_base = sandbox.clone();
        }
        if let Some(wechat) = &mut config.channels.wechat {
            wechat.api_base = sandbox.clone();
        }
        if let Some(email) = &mut config.channels.email {
            email.api_base = sandbox.clone();
        }
        if let Some(x) = &mut config.channels.x {
            x.api_base = sandbox;
        }
        let policy = &mut config.escalation;
        if self.fast_escalation {
            for step in policy.emergency.iter_mut().chain(policy.urgent.iter_mut()) {
                if let Some(minutes) = step.after_minutes.take() {
                    step.after_seconds = Some(minutes);
                }
            }
        }
        if self.fast_escalation {
            // The survey clock runs as fast: days after resolving become seconds.
            if let Some(days) = config.surveys.after_resolved_days {
                config.surveys.after_resolved_seconds = Some(days);
            }
        }
        if let Some(base) = &self.webhook_base {
            for target in &mut policy.targets {
                for channel in &mut target.channels {
                    let kind = serde_json::to_value(channel.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default();
                    channel.url = format!("{base}/{}/{kind}", target.id);
                }
            }
        }
        if self.bench_limits {
            let unreachable = Rate::new(1_000_000, 1_000_000);
            config.rate_limits = RateLimits {
                conversations_per_ip: unreachable,
                messages_per_conversation: unreachable,
                messages_per_ip: unreachable,
            };
        }
        if self.always_open {
            config.hours = vec![WeeklyHours {
                days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .map(String::from)
                    .to_vec(),
                open: "00:00".into(),
                close: "24:00".into(),
            }];
            config.holidays.clear();
            for department in &mut config.departments {
                department.hours = None;
                department.holidays = None;
            }
        }
    }
}

/// The demo clinic, validated, with the local origins for `port` allowed.
pub fn demo_config(port: u16) -> Result<ClinicConfig> {
    let root = crate::workspace_root();
    let source = fs::read_to_string(root.join("clinics/demo.toml"))?;
    let mut config: ClinicConfig = toml::from_str(&source).context("clinics/demo.toml")?;
    config.escalation.console_url = format!("http://127.0.0.1:{port}/console/");
    for host in ["127.0.0.1", "localhost"] {
        let origin = format!("http://{host}:{port}");
        if !config.allowed_origins.contains(&origin) {
            config.allowed_origins.push(origin);
        }
    }
    config
        .validate()
        .context("clinics/demo.toml is not a valid clinic configuration")?;
    Ok(config)
}

fn seed_sql(clinics: &[ClinicConfig]) -> Result<String> {
    let now = "2026-01-01T00:00:00.000Z";
    let mut sql = String::from("-- Generated by `cargo xtask seed`: DEV ONLY.\n");
    for config in clinics {
        // The templates table is where the worker reads saved replies from.
        let stored = ClinicConfig {
            templates: Vec::new(),
            ..config.clone()
        };
        sql.push_str(&format!(
            "INSERT OR REPLACE INTO clinics (id, config, updated_at) VALUES ({}, {}, {});\n",
            sql_text(&config.id),
            sql_text(&serde_json::to_string(&stored)?),
            sql_text(now)
        ));
        sql.push_str(&templates_sql(config, now));
    }
    for (id, clinic_id, email, name, role, departments) in DEV_STAFF {
        let mut salt = [0u8; 16];
        getrandom::getrandom(&mut salt)
            .map_err(|e| anyhow::anyhow!("no randomness for password salts: {e}"))?;
        let hash = password::hash(DEV_PASSWORD, &salt, password::ITERATIONS);
        sql.push_str(&format!(
            "INSERT OR REPLACE INTO staff (id, clinic_id, email, name, role, departments, password_hash, created_at) \
             VALUES ({}, {}, {}, {}, {}, {}, {}, {});\n",
            sql_text(id),
            sql_text(clinic_id),
            sql_text(email),
            sql_text(name),
            sql_text(role),
            sql_text(departments),
            sql_text(&hash),
            sql_text(now)
        ));
    }
    sql.push_str(&report_fixture_sql(chrono::Utc::now()));
    sql.push_str(&bulk_retention_sql());
    sql.push_str(&expired_session_sql());
    Ok(sql)
}

/// Upserts the clinic's `[[templates]]` by shortcut: seeding again puts the file's
/// versions back (overwriting console edits) and never duplicates one.
fn templates_sql(config: &ClinicConfig, now: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut sql = String::new();
    for saved in &config.templates {
        // The same id on every seed, so links to a seeded template stay valid.
        let digest = Sha256::digest(format!("{}/{}", config.id, saved.shortcut).as_bytes());
        let id: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        let department = saved
            .department
            .map_or("NULL".to_owned(), |d| sql_text(d.as_str()));
        sql.push_str(&format!(
            "INSERT INTO templates (id, clinic_id, department, shortcut, title, body, updated_at, updated_by) \
             VALUES ({}, {}, {department}, {}, {}, {}, {}, 'seed') \
             ON CONFLICT (clinic_id, shortcut) DO UPDATE SET department = excluded.department, \
             title = excluded.title, body = excluded.body, updated_at = excluded.updated_at, \
             updated_by = 'seed';\n",
            sql_text(&format!("t_{id}")),
            sql_text(&config.id),
            sql_text(&saved.shortcut),
            sql_text(&saved.title),
            sql_text(&saved.body),
            sql_text(now),
        ));
    }
    sql
}

/// Wipes `state` and loads migrations plus the dev seed into it.
pub fn reset(state: &Path, port: u16, options: &SeedOptions) -> Result<()> {
    step("[seed] fresh local D1 database with the demo clinic and dev staff");
    let root = crate::workspace_root();
    if state.exists() {
        fs::remove_dir_all(state).with_context(|| format!("clearing {}", state.display()))?;
    }
    fs::create_dir_all(state)?;
    let mut config = demo_config(port)?;
    options.apply(&mut config);
    config
        .validate()
        .context("the seed options made an invalid configuration")?;
    let mut clinics = fixture_clinics(&config)?;
    clinics.insert(0, config);
    let seed_file = state.join("seed.sql");
    fs::write(&seed_file, seed_sql(&clinics)?)?;
    run(cmd::wrangler(&root)
        .args([
            "d1",
            "migrations",
            "apply",
            "frontdesk",
            "--local",
            "--persist-to",
        ])
        .arg(state))?;
    run(cmd::wrangler(&root)
        .args(["d1", "execute", "frontdesk", "--local", "--persist-to"])
        .arg(state)
        .arg("--file")
        .arg(&seed_file))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seeding again upserts by shortcut with the same ids, so it never duplicates.
    #[test]
    fn template_seed_is_an_upsert_with_stable_ids() {
        let config = demo_config(8787).expect("demo config");
        assert!(config.templates.len() >= 8);
        let sql = templates_sql(&config, "2026-01-01T00:00:00.000Z");
        assert_eq!(sql, templates_sql(&config, "2026-01-01T00:00:00.000Z"));
        // Split on the statements, not lines: a body may hold line breaks.
        let statements: Vec<&str> = sql.split("INSERT INTO templates").skip(1).collect();
        assert_eq!(statements.len(), config.templates.len());
        assert!(statements
            .iter()
            .all(|s| s.contains("ON CONFLICT (clinic_id, shortcut) DO UPDATE")));
        let mut ids: Vec<&str> = statements
            .iter()
            .filter_map(|s| s.split("VALUES ('").nth(1)?.split('\'').next())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), config.templates.len(), "one id per template");
        assert!(ids.iter().all(|id| id.len() == 34 && id.starts_with("t_")));
    }
}
