//! The bot's answer texts: the clinic's own words, framed in the visitor's language.

use chrono::{DateTime, Utc, Weekday};

use super::matching::Topic;
use super::Localized;
use crate::hours::{self, WeeklyHours};
use crate::ClinicConfig;

/// How far ahead the hours answer warns about closed dates.
const HOLIDAY_NOTICE_DAYS: i64 = 14;

/// The answer to `topic`, or `None` when the clinic has not said anything about it.
pub(super) fn answer(
    config: &ClinicConfig,
    topic: Topic,
    language: &str,
    now: DateTime<Utc>,
) -> Option<String> {
    let knowledge = &config.knowledge;
    let text = |field: &Option<Localized>| field.as_ref().map(|t| t.get(language).to_owned());
    let body = match topic {
        Topic::Hours => hours_answer(config, language, now)?,
        Topic::Location => {
            let parts: Vec<String> = [text(&knowledge.address), text(&knowledge.directions)]
                .into_iter()
                .flatten()
                .collect();
            if parts.is_empty() {
                return None;
            }
            parts.join("\n")
        }
        Topic::Parking => text(&knowledge.parking)?,
        Topic::Transport => text(&knowledge.public_transport)?,
        Topic::Insurance => text(&knowledge.insurance)?,
        Topic::Payment => text(&knowledge.payment)?,
        Topic::Cancellation => text(&knowledge.cancellation)?,
        Topic::Phone => phone_answer(language, &config.phone),
        Topic::Prices => {
            if knowledge.services.is_empty() {
                return None;
            }
            let lines: Vec<String> = knowledge
                .services
                .iter()
                .map(|s| format!("• {}: {}", s.name.get(language), s.price))
                .collect();
            with_note(lines.join("\n"), text(&knowledge.price_note))
        }
        Topic::Service(index) => {
            let service = knowledge.services.get(usize::from(index))?;
            with_note(
                format!("{}: {}", service.name.get(language), service.price),
                text(&knowledge.price_note),
            )
        }
        Topic::Faq(index) => knowledge
            .faq
            .get(usize::from(index))?
            .answer
            .get(language)
            .to_owned(),
        Topic::Handoff | Topic::Booking | Topic::Clinical => return None,
    };
    Some(format!("{body}\n\n{}", footer(language)))
}

fn with_note(body: String, note: Option<String>) -> String {
    match note {
        Some(note) => format!("{body}\n{note}"),
        None => body,
    }
}

/// Tells the visitor this was automatic and how to reach a person.
fn footer(language: &str) -> &'static str {
    match language {
        "es" => "(Respuesta automática. ¿Necesita a una persona? Pídalo aquí y nuestro equipo le responderá.)",
        "fr" => "(Réponse automatique. Besoin d'une personne ? Demandez-le ici et notre équipe vous répondra.)",
        "de" => "(Automatische Antwort. Sie möchten mit einem Menschen sprechen? Schreiben Sie es hier, unser Team antwortet.)",
        _ => "(Automatic answer. Need a person? Just ask here and our team will reply.)",
    }
}

fn phone_answer(language: &str, phone: &str) -> String {
    match language {
        "es" => format!("Puede llamarnos al {phone}."),
        "fr" => format!("Vous pouvez nous appeler au {phone}."),
        "de" => format!("Sie erreichen uns telefonisch unter {phone}."),
        _ => format!("You can call us on {phone}."),
    }
}

/// Open or closed right now (with the next opening), the weekly hours and any closed
/// dates in the next two weeks, all from the live schedule.
fn hours_answer(config: &ClinicConfig, language: &str, now: DateTime<Utc>) -> Option<String> {
    let schedule = config.schedule().ok()?;
    if schedule.hours.is_empty() {
        return None;
    }
    let state = if schedule.is_open(now) {
        match language {
            "es" => "Ahora estamos abiertos.".to_owned(),
            "fr" => "Nous sommes ouverts en ce moment.".to_owned(),
            "de" => "Wir haben gerade geöffnet.".to_owned(),
            _ => "We're open right now.".to_owned(),
        }
    } else {
        let next = schedule
            .next_opening(now)
            .map(|at| hours::opening_text(language, at))
            .unwrap_or_default();
        match language {
            "es" => format!("Ahora estamos cerrados; volvemos a abrir el {next}."),
            "fr" => format!("Nous sommes fermés en ce moment ; nous rouvrons {next}."),
            "de" => format!("Wir haben gerade geschlossen; wir öffnen wieder am {next}."),
            _ => format!("We're closed right now; we open again {next}."),
        }
    };
    let weekly: Vec<String> = schedule
        .hours
        .iter()
        .map(|span| weekly_line(language, span))
        .collect();
    let label = match language {
        "es" => "Horario",
        "fr" => "Horaires",
        "de" => "Öffnungszeiten",
        _ => "Opening hours",
    };
    let mut text = format!("{state}\n{label}: {}", weekly.join(" · "));
    let today = now.with_timezone(&schedule.tz).date_naive();
    let closed = hours::holidays_within(schedule.holidays, today, HOLIDAY_NOTICE_DAYS);
    if !closed.is_empty() {
        let dates: Vec<String> = closed
            .iter()
            .map(|d| crate::clock_text::date_text(*d))
            .collect();
        let label = match language {
            "es" => "Cerrado",
            "fr" => "Fermé",
            "de" => "Geschlossen",
            _ => "Closed",
        };
        text.push_str(&format!("\n{label}: {}", dates.join(", ")));
    }
    Some(text)
}

/// `Mon–Fri 08:00–18:00`: consecutive days joined with a dash.
fn weekly_line(language: &str, span: &WeeklyHours) -> String {
    let days = span.weekdays();
    let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
    for day in days {
        match runs.last_mut() {
            Some((_, end)) if end.succ() == day && day != Weekday::Mon => *end = day,
            _ => runs.push((day, day)),
        }
    }
    let name = |day| hours::weekday_abbreviation(language, day);
    let days: Vec<String> = runs
        .into_iter()
        .map(|(start, end)| match start == end {
            true => name(start).to_owned(),
            false if end == start.succ() => format!("{}, {}", name(start), name(end)),
            false => format!("{}–{}", name(start), name(end)),
        })
        .collect();
    format!("{} {}–{}", days.join(", "), span.open, span.close)
}

/// The message for a visitor who waits for a person.
pub(super) fn person_will_reply(language: &str, expected_minutes: u32, asked: bool) -> String {
    let wait = wait_phrase(language, expected_minutes);
    match (language, asked) {
        ("es", true) => format!("Por supuesto. Una persona de nuestro equipo le responderá aquí, normalmente en {wait}."),
        ("es", false) => format!("Gracias por su mensaje. Una persona de nuestro equipo le responderá aquí, normalmente en {wait}."),
        ("fr", true) => format!("Bien sûr. Un membre de notre équipe vous répondra ici, en général sous {wait}."),
        ("fr", false) => format!("Merci pour votre message. Un membre de notre équipe vous répondra ici, en général sous {wait}."),
        ("de", true) => format!("Gern. Jemand aus unserem Team antwortet Ihnen hier, meist innerhalb von {wait}."),
        ("de", false) => format!("Danke für Ihre Nachricht. Jemand aus unserem Team antwortet Ihnen hier, meist innerhalb von {wait}."),
        (_, true) => format!("Of course. A member of our team will reply here, usually within {wait}."),
        (_, false) => format!("Thanks for your message. A member of our team will reply here, usually within {wait}."),
    }
}

/// "about 15 minutes", "about 2 hours", localised.
fn wait_phrase(language: &str, minutes: u32) -> String {
    let minutes = minutes.max(1);
    if minutes < 90 {
        return match language {
            "es" => format!("unos {minutes} minutos"),
            "fr" => format!("environ {minutes} minutes"),
            "de" => format!("etwa {minutes} Minuten"),
            _ => format!("about {minutes} minutes"),
        };
    }
    let hours = (minutes + 30) / 60;
    match language {
        "es" => format!("unas {hours} horas"),
        "fr" => format!("environ {hours} heures"),
        "de" => format!("etwa {hours} Stunden"),
        _ => format!("about {hours} hours"),
    }
}
