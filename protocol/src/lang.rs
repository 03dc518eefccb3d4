//! The languages the widget and the console speak: a staff member's console language is
//! stored and sent as one of these codes. How a tag maps to one is tested in the client
//! core, which uses it most.

use serde::{Deserialize, Serialize};

/// A language the clients speak, on the wire by its code (`"de"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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

    /// The language with exactly this code (`de`, not `de-AT`): what a stored or sent
    /// choice must be.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
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
