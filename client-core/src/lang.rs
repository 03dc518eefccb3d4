//! The languages the widget and the console speak, how a BCP 47 tag maps to one, and how a
//! value fills a `{}` in a translated string. Each app keeps its own table of words; this is
//! the part both need to agree on (a staff member's stored language is one of these codes).

/// A language the clients speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    De,
}

impl Lang {
    /// Every language, in the order a picker lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::De];

    /// Reads a BCP 47 tag by its primary subtag: `de-AT` is German, `pt` is unknown.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The first language we speak from: an explicit choice, then the page's `<html lang>`,
    /// then the browser's preferences.
    pub fn pick<'a>(
        explicit: Option<&'a str>,
        page: Option<&'a str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        explicit
            .into_iter()
            .chain(page)
            .chain(browser)
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    /// The language's own name, as a picker shows it to someone who may not read the
    /// current one.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
        }
    }
}

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
