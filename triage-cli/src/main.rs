//! `frontdesk-triage`: one visitor message per stdin line in, one triage JSON object per line out.
//!
//! Each output line is `{"urgency","department","reason","language","signals"}`, in input
//! order; an empty input line still gets an output line. The demo clinic's rules apply
//! unless `--clinic <file.toml>` names another configuration.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use frontdesk_domain::triage::Triager;
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
    config.triage.validate()?;
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
    let triager = Triager::new(&config.triage);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut raw = Vec::new();
    loop {
        raw.clear();
        match input.read_until(b'\n', &mut raw) {
            Ok(0) => break,
            Ok(_) => {}
            Err(error) => {
                eprintln!("frontdesk-triage: cannot read stdin: {error}");
                return ExitCode::from(1);
            }
        }
        // One bad byte must not stop the stream or shift every later answer by a line.
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\n', '\r']);
        let result = triager.assess(line);
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
