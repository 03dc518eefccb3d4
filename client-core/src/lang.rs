//! The languages the widget and the console speak (`Lang`, a wire type: a staff member's
//! stored language is one of them), how a BCP 47 tag maps to one (tested here), and how a
//! value fills a `{}` in a translated string. Each app keeps its own table of words; this is
//! the part both need to agree on.

pub use frontdesk_protocol::Lang;

/// Replaces each `{}` in `template` with the next value.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages_by_primary_subtag() {
        let table = [
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("ES-mx", Some(Lang::Es)),
            ("fr_CA", Some(Lang::Fr)),
            (" de-AT ", Some(Lang::De)),
            ("pt-BR", None),
            ("deu", None),
            ("", None),
        ];
        for (tag, lang) in table {
            assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    #[test]
    fn explicit_beats_page_beats_browser_and_english_is_the_fallback() {
        type Case<'a> = (Option<&'a str>, Option<&'a str>, &'a [&'a str], Lang);
        let table: [Case; 7] = [
            (Some("de"), Some("fr"), &["es"], Lang::De),
            (None, Some("fr"), &["es"], Lang::Fr),
            (None, None, &["es-ES", "en"], Lang::Es),
            // An unsupported choice falls through to the next source.
            (Some("ja"), Some("fr-CH"), &["es"], Lang::Fr),
            (None, Some("pt"), &["it", "de-DE"], Lang::De),
            (None, None, &["zh"], Lang::En),
            (None, None, &[], Lang::En),
        ];
        for (explicit, page, browser, expected) in table {
            assert_eq!(
                Lang::pick(explicit, page, browser.iter().copied()),
                expected,
                "{explicit:?} {page:?} {browser:?}"
            );
        }
    }

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(fill("Chat with {}", &["Lakeside"]), "Chat with Lakeside");
        assert_eq!(fill("{} and {}", &["a"]), "a and ");
        assert_eq!(fill("no values", &["x"]), "no values");
    }
}
