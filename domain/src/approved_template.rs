//! The clinic's approved WhatsApp templates (`[[channels.whatsapp.templates]]`, issue 18):
//! outside WhatsApp's 24-hour window free text is refused, so staff pick one of these in
//! the reply box, fill its `{{1}}`, `{{2}}`... parameters and send it. The body is kept as
//! Meta approved it so the console shows the patient's words before sending; the send
//! itself carries only the name, language and parameter values (Meta fills the body).

use frontdesk_protocol::{ApprovedTemplate, WhatsappTemplate};

use crate::channels::meta::whatsapp::check_template;
use crate::channels::TemplateMessage;

/// Meta's limit on a template body's text.
pub const MAX_BODY_CHARS: usize = 1_024;

/// Meta's limit on a body's parameters (as `whatsapp::check_template` enforces on send).
pub const MAX_PARAMETERS: usize = 20;

/// One piece of a body: text as written, or the n-th parameter (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Parameter(usize),
}

/// The body split into text and `{{n}}` parameters. `{{` not followed by digits and `}}`
/// stays text, as Meta shows it.
pub fn pieces(body: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let number = (digits > 0 && after[digits..].starts_with("}}"))
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten();
        match number {
            Some(n) => {
                if start > 0 {
                    out.push(Piece::Text(&rest[..start]));
                }
                out.push(Piece::Parameter(n));
                rest = &after[digits + 2..];
            }
            None => {
                out.push(Piece::Text(&rest[..start + 2]));
                rest = after;
            }
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// How many parameters the body takes: the highest `{{n}}` (0 without any).
pub fn parameter_count(body: &str) -> usize {
    pieces(body)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Parameter(n) => Some(n),
            Piece::Text(_) => None,
        })
        .max()
        .unwrap_or(0)
}

/// The text the patient reads: each `{{n}}` replaced by `values[n - 1]`; a parameter with
/// no value yet stays `{{n}}`, so a preview shows what is still to fill.
pub fn fill(body: &str, values: &[String]) -> String {
    pieces(body)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.to_owned(),
            Piece::Parameter(n) => values
                .get(n - 1)
                .filter(|value| !value.trim().is_empty())
                .map_or_else(|| format!("{{{{{n}}}}}"), |value| value.trim().to_owned()),
        })
        .collect()
}

/// The staff send call's `whatsapp_template` for `template` with `values`, trimmed.
pub fn request(template: &ApprovedTemplate, values: &[String]) -> WhatsappTemplate {
    WhatsappTemplate {
        name: template.name.clone(),
        language: template.language.clone(),
        parameters: values.iter().map(|v| v.trim().to_owned()).collect(),
    }
}

/// Whether every parameter has a value, so the template may be sent.
pub fn complete(template: &ApprovedTemplate, values: &[String]) -> bool {
    let wanted = parameter_count(&template.body);
    values.len() >= wanted && values[..wanted].iter().all(|v| !v.trim().is_empty())
}

/// Checks one template as Meta approves them: a name and language a send would accept,
/// a body of at most 1,024 characters whose parameters are `{{1}}` to `{{n}}` with none
/// skipped (Meta refuses `{{1}} … {{3}}` without `{{2}}`), at most 20 of them.
pub fn validate(template: &ApprovedTemplate) -> Result<(), String> {
    let at = |problem: &str| {
        format!(
            "channels.whatsapp.templates ({:?}, {:?}): {problem}",
            template.name, template.language
        )
    };
    let count = parameter_count(&template.body);
    let sample = TemplateMessage {
        name: template.name.clone(),
        language: template.language.clone(),
        body_parameters: vec!["x".into(); count.min(MAX_PARAMETERS)],
    };
    check_template(&sample).map_err(at)?;
    if template.body.trim().is_empty() {
        return Err(at("the body is the approved text and cannot be empty"));
    }
    if template.body.chars().count() > MAX_BODY_CHARS {
        return Err(at("the body is at most 1,024 characters"));
    }
    if count > MAX_PARAMETERS {
        return Err(at("a body takes at most 20 parameters"));
    }
    let used: Vec<usize> = pieces(&template.body)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Parameter(n) => Some(n),
            Piece::Text(_) => None,
        })
        .collect();
    if let Some(missing) = (1..=count).find(|n| !used.contains(n)) {
        return Err(at(&format!(
            "parameters are {{{{1}}}} to {{{{{count}}}}} with none skipped; {{{{{missing}}}}} is missing"
        )));
    }
    Ok(())
}

/// Checks every template and that no name and language pair is listed twice.
pub fn validate_all(templates: &[ApprovedTemplate]) -> Result<(), String> {
    for (i, template) in templates.iter().enumerate() {
        validate(template)?;
        if templates[..i]
            .iter()
            .any(|t| t.name == template.name && t.language == template.language)
        {
            return Err(format!(
                "channels.whatsapp.templates: {:?} in {:?} is listed twice",
                template.name, template.language
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(name: &str, body: &str) -> ApprovedTemplate {
        ApprovedTemplate {
            name: name.into(),
            language: "en_US".into(),
            body: body.into(),
        }
    }

    fn values(list: &[&str]) -> Vec<String> {
        list.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn a_body_splits_into_text_and_numbered_parameters() {
        assert_eq!(
            pieces("Hi {{1}}, see you {{2}}."),
            vec![
                Piece::Text("Hi "),
                Piece::Parameter(1),
                Piece::Text(", see you "),
                Piece::Parameter(2),
                Piece::Text("."),
            ]
        );
        // Braces that aren't a parameter stay text.
        assert_eq!(parameter_count("{{name}} {{ 1 }} {{}} {1}"), 0);
        assert_eq!(fill("{{name}} {{}}", &[]), "{{name}} {{}}");
        assert_eq!(parameter_count("{{{{2}}}}"), 2);
        assert_eq!(parameter_count("No parameters."), 0);
    }

    #[test]
    fn filling_shows_the_patients_words_and_what_is_still_empty() {
        let body = "Hello, {{1}} has news for you: please reply. ({{1}}, {{2}})";
        assert_eq!(
            fill(body, &values(&["Lakeside", " Dr Chen "])),
            "Hello, Lakeside has news for you: please reply. (Lakeside, Dr Chen)"
        );
        assert_eq!(
            fill(body, &values(&["Lakeside", "  "])),
            "Hello, Lakeside has news for you: please reply. (Lakeside, {{2}})"
        );
        let follow_up = template("treatment_follow_up", body);
        assert!(!complete(&follow_up, &values(&["Lakeside"])));
        assert!(!complete(&follow_up, &values(&["Lakeside", " "])));
        assert!(complete(&follow_up, &values(&["Lakeside", "Dr Chen"])));
        assert_eq!(
            request(&follow_up, &values(&[" Lakeside ", "Dr Chen"])),
            WhatsappTemplate {
                name: "treatment_follow_up".into(),
                language: "en_US".into(),
                parameters: values(&["Lakeside", "Dr Chen"]),
            }
        );
        assert!(complete(&template("hello", "No parameters."), &[]));
    }

    #[test]
    fn templates_are_checked_as_meta_approves_them() {
        assert_eq!(
            validate(&template("follow_up", "Hi {{1}} and {{2}}")),
            Ok(())
        );
        assert_eq!(validate(&template("no_params", "Please reply.")), Ok(()));
        let refused = |t: ApprovedTemplate, needle: &str| {
            let problem = validate(&t).expect_err("refused");
            assert!(problem.contains(needle), "{problem}");
        };
        refused(template("Follow Up", "Hi {{1}}"), "lowercase");
        refused(template("follow_up", "  "), "cannot be empty");
        refused(
            template("follow_up", "Hi {{1}} and {{3}}"),
            "{{2}} is missing",
        );
        refused(template("follow_up", &"a".repeat(1_025)), "1,024");
        refused(template("follow_up", "{{21}}"), "at most 20");
        refused(
            ApprovedTemplate {
                language: "english!".into(),
                ..template("follow_up", "Hi")
            },
            "language",
        );
        let twice = [template("follow_up", "Hi"), template("follow_up", "Hello")];
        assert!(validate_all(&twice).is_err_and(|p| p.contains("twice")));
        let other_language = [
            template("follow_up", "Hi"),
            ApprovedTemplate {
                language: "de_DE".into(),
                ..template("follow_up", "Hallo")
            },
        ];
        assert_eq!(validate_all(&other_language), Ok(()));
    }
}
