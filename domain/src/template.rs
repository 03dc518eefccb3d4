//! Saved-reply templates: `{{visitor.name}}`-style variables filled in one pass, with
//! fallbacks for missing values.
//!
//! Values are inserted verbatim and never expanded again, so a visitor who calls
//! themselves `{{clinic.phone}}` gets exactly that name back. The result is plain text;
//! the widget and console render it as text, never as HTML.

use std::collections::BTreeMap;

/// The variables a template may use.
pub const VARIABLES: [&str; 6] = [
    "visitor.name",
    "clinic.name",
    "clinic.phone",
    "clinic.next_opening",
    "staff.first_name",
    // Filled only in an appointment reminder (`appointment`); elsewhere its fallback.
    "appointment.time",
];

/// Longest template a clinic may save, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 4000;

/// Why a template can't be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the template is longer than {MAX_TEMPLATE_CHARS} characters")]
    TooLong,
    #[error("`{{{{` at character {0} is never closed with `}}}}`")]
    Unclosed(usize),
    #[error("unknown variable `{0}`; use one of: visitor.name, clinic.name, clinic.phone, clinic.next_opening, staff.first_name, appointment.time")]
    UnknownVariable(String),
}

/// Values for one rendering; a missing or empty value uses the template's fallback.
pub type Values<'a> = BTreeMap<&'static str, &'a str>;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'t> {
    Text(&'t str),
    /// A variable and its fallback (`{{visitor.name|there}}`).
    Variable {
        name: &'t str,
        fallback: &'t str,
    },
}

fn parse(template: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    if template.chars().count() > MAX_TEMPLATE_CHARS {
        return Err(TemplateError::TooLong);
    }
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        if open > 0 {
            pieces.push(Piece::Text(&rest[..open]));
        }
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            let at = template.len() - rest.len() + open;
            return Err(TemplateError::Unclosed(template[..at].chars().count()));
        };
        let inside = &after[..close];
        let (name, fallback) = inside.split_once('|').unwrap_or((inside, ""));
        let name = name.trim();
        if !VARIABLES.contains(&name) {
            return Err(TemplateError::UnknownVariable(
                name.chars().take(40).collect(),
            ));
        }
        pieces.push(Piece::Variable {
            name,
            fallback: fallback.trim(),
        });
        rest = &after[close + 2..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    Ok(pieces)
}

/// Checks a template before it is saved.
pub fn validate(template: &str) -> Result<(), TemplateError> {
    parse(template).map(|_| ())
}

/// Fills in a template. Missing values take the fallback after `|` (or nothing).
pub fn render(template: &str, values: &Values<'_>) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(template.len());
    for piece in parse(template)? {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Variable { name, fallback } => {
                let value = values.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
                out.push_str(value.unwrap_or(fallback));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<'a>(pairs: &[(&'static str, &'a str)]) -> Values<'a> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn renders_the_table() {
        let all = values(&[
            ("visitor.name", "Ana"),
            ("clinic.phone", "+49 30 555 0142"),
            ("staff.first_name", "Sam"),
        ]);
        let cases = [
            ("Hi {{visitor.name}}!", "Hi Ana!"),
            ("Hi {{ visitor.name | there }}!", "Hi Ana!"),
            ("Call {{clinic.phone}}.", "Call +49 30 555 0142."),
            ("— {{staff.first_name}}", "— Sam"),
            ("Open {{clinic.next_opening|soon}}.", "Open soon."),
            ("{{clinic.name}}", ""),
            ("no variables", "no variables"),
            ("", ""),
            ("a } b { c }} d", "a } b { c }} d"),
        ];
        for (template, want) in cases {
            assert_eq!(render(template, &all).as_deref(), Ok(want), "{template}");
        }
    }

    #[test]
    fn values_are_never_expanded_again() {
        let sneaky = values(&[("visitor.name", "{{clinic.phone}} <b>x</b>")]);
        assert_eq!(
            render("Hi {{visitor.name}}", &sneaky).as_deref(),
            Ok("Hi {{clinic.phone}} <b>x</b>")
        );
        let blank = values(&[("visitor.name", "   ")]);
        assert_eq!(
            render("Hi {{visitor.name|there}}", &blank).as_deref(),
            Ok("Hi there")
        );
    }

    #[test]
    fn bad_templates_are_refused_with_a_reason() {
        assert_eq!(
            validate("Hi {{visitor.nmae}}"),
            Err(TemplateError::UnknownVariable("visitor.nmae".into()))
        );
        assert_eq!(
            validate("Hi {{visitor.name"),
            Err(TemplateError::Unclosed(3))
        );
        assert_eq!(validate("é {{"), Err(TemplateError::Unclosed(2)));
        assert_eq!(
            validate(&"x".repeat(MAX_TEMPLATE_CHARS + 1)),
            Err(TemplateError::TooLong)
        );
        assert!(validate("{{constructor.constructor}}").is_err());
    }
}
