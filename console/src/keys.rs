//! Keyboard shortcuts of the console: which key does what, and where "next" lands. Pure,
//! so the mapping is tested natively; the inbox component wires it to the window.

/// What a shortcut asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    NextConversation,
    PreviousConversation,
    Reply,
    Claim,
    Resolve,
    Search,
    Help,
}

/// The shortcut a key press means. Keys typed into a text field, or held with Ctrl, Alt
/// or Meta, are the browser's and the field's, never ours.
pub fn shortcut_for(key: &str, modified: bool, in_text_field: bool) -> Option<Shortcut> {
    if modified || in_text_field {
        return None;
    }
    Some(match key {
        "j" => Shortcut::NextConversation,
        "k" => Shortcut::PreviousConversation,
        "r" => Shortcut::Reply,
        "a" => Shortcut::Claim,
        "e" => Shortcut::Resolve,
        "/" => Shortcut::Search,
        "?" => Shortcut::Help,
        _ => return None,
    })
}

/// The id `step` places from `current` in `ids` (the inbox as shown), stopping at the
/// ends. With nothing selected, "next" is the top row and "previous" the bottom one.
pub fn neighbour(ids: &[String], current: Option<&str>, step: isize) -> Option<String> {
    let last = ids.len().checked_sub(1)?;
    let at = current.and_then(|current| ids.iter().position(|id| id == current));
    let index = match at {
        None if step >= 0 => 0,
        None => last,
        Some(at) => at.saturating_add_signed(step).min(last),
    };
    ids.get(index).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts_only_outside_text_fields_and_without_modifiers() {
        assert_eq!(
            shortcut_for("j", false, false),
            Some(Shortcut::NextConversation)
        );
        assert_eq!(
            shortcut_for("k", false, false),
            Some(Shortcut::PreviousConversation)
        );
        assert_eq!(shortcut_for("r", false, false), Some(Shortcut::Reply));
        assert_eq!(shortcut_for("a", false, false), Some(Shortcut::Claim));
        assert_eq!(shortcut_for("e", false, false), Some(Shortcut::Resolve));
        assert_eq!(shortcut_for("/", false, false), Some(Shortcut::Search));
        assert_eq!(shortcut_for("?", false, false), Some(Shortcut::Help));
        assert_eq!(
            shortcut_for("/", false, true),
            None,
            "a slash in a reply picks a template"
        );
        assert_eq!(shortcut_for("j", false, true), None, "typing a reply");
        assert_eq!(shortcut_for("r", true, false), None, "Ctrl+R reloads");
        assert_eq!(shortcut_for("x", false, false), None);
        assert_eq!(shortcut_for("J", false, false), None);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let ids: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let cases: [(Option<&str>, isize, Option<&str>); 6] = [
            (None, 1, Some("a")),
            (None, -1, Some("c")),
            (Some("a"), 1, Some("b")),
            (Some("c"), 1, Some("c")),
            (Some("a"), -1, Some("a")),
            (Some("gone"), 1, Some("a")),
        ];
        for (current, step, want) in cases {
            assert_eq!(
                neighbour(&ids, current, step).as_deref(),
                want,
                "{current:?} {step}"
            );
        }
        assert_eq!(neighbour(&[], None, 1), None);
    }
}
