//! `frontdesk-triage`: one visitor message per stdin line in, one triage JSON object per line out.
//!
//! Each output line is `{"urgency","department","reason","language","signals"}`, in input
//! order; an empty input line still gets an output line. The demo clinic's rules apply
//! unless `--clinic <file.toml>` names another configuration. `--rules-only` leaves out the
//! learned second opinion, so a reviewer sees what the written rules alone decide.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use frontdesk_domain::triage::Triager;
use frontdesk_domain::ClinicConfig;

const DEMO_CONFIG: &str = include_str!("../../clinics/demo.toml");

const USAGE: &str = "usage: frontdesk-triage [--clinic <config.toml>] [--rules-only]";

struct Options {
    config: ClinicConfig,
    rules_only: bool,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut source = None;
    let mut rules_only = false;
    while let Some(arg) = args.next() {
        match (arg.as_str(), source.is_none()) {
            ("--clinic", true) => {
                let path = args.next().ok_or(USAGE)?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {path}: {e}"))?;
                source = Some(text);
            }
            ("--rules-only", _) if !rules_only => rules_only = true,
            _ => return Err(USAGE.into()),
        }
    }
    let source = source.unwrap_or_else(|| DEMO_CONFIG.to_owned());
    let config: ClinicConfig = toml::from_str(&source).map_err(|e| e.to_string())?;
    config.validate().map_err(|e| e.to_string())?;
    config.triage.validate()?;
    Ok(Options { config, rules_only })
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("frontdesk-triage: {message}");
            return ExitCode::from(2);
        }
    };
    let triager = if options.rules_only {
        Triager::with_model(&options.config.triage, None)
    } else {
        Triager::new(&options.config.triage)
    };
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
