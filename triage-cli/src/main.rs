//! `frontdesk-triage`: one visitor message per stdin line in, one triage JSON object per line out.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use frontdesk_domain::triage::triage;
use frontdesk_domain::ClinicConfig;

const DEMO_CONFIG: &str = include_str!("../../clinics/demo.toml");

fn load_config() -> Result<ClinicConfig, String> {
    let mut args = std::env::args().skip(1);
    let source = match (args.next().as_deref(), args.next()) {
        (None, _) => DEMO_CONFIG.to_owned(),
        (Some("--clinic"), Some(path)) => {
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?
        }
        _ => return Err("usage: frontdesk-triage [--clinic <config.toml>]".into()),
    };
    let config: ClinicConfig = toml::from_str(&source).map_err(|e| e.to_string())?;
    config.validate().map_err(|e| e.to_string())?;
    Ok(config)
}

fn main() -> ExitCode {
    let config = match load_config() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("frontdesk-triage: {message}");
            return ExitCode::from(2);
        }
    };
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            eprintln!("frontdesk-triage: stdin is not UTF-8");
            return ExitCode::from(1);
        };
        let result = triage(&config.triage, &line);
        let written = serde_json::to_writer(&mut out, &result)
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if written.is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
