//! Paging through the staff inbox: a page size and an opaque cursor.
//!
//! The inbox is ordered by `(urgency rank, created_at, id)`, most urgent then oldest
//! first, and that key is unique (the id breaks ties). A page ends at a row; the cursor
//! carries that row's key, and the next page is every row whose key is greater (keyset
//! paging). Unlike an offset, the position survives rows arriving or leaving while staff
//! scroll: urgency only ever rises, so a row that moves can only move to before the
//! cursor, and no row is shown twice on the way down.
//!
//! The cursor is base64url (no padding) of a JSON array `[rank, created_at, id]`: opaque
//! to clients (the API documents it as a string to pass back), readable when debugging,
//! and free of characters a URL would need to escape. It holds no patient data.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Rows per page when the caller names no `limit`: the inbox's single answer before
/// paging existed, so a client that ignores `next` sees what it always saw.
pub const DEFAULT_PAGE: u32 = 200;
/// The largest page a caller may ask for.
pub const MAX_PAGE: u32 = 200;

/// Longest cursor accepted: a key holds a rank, a timestamp and an id, far below this.
const MAX_CURSOR_LEN: usize = 400;
/// Longest timestamp or id inside a cursor.
const MAX_FIELD_LEN: usize = 100;

/// Where a page ends: the sort key of its last row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InboxCursor {
    /// `Urgency::rank`: 0 is the most urgent.
    pub rank: u8,
    /// The conversation's `created_at` as stored (RFC 3339 UTC, which sorts as text).
    pub created_at: String,
    pub conversation_id: String,
}

impl InboxCursor {
    /// The opaque text handed to clients as `next`.
    pub fn encode(&self) -> String {
        let key = serde_json::json!([self.rank, self.created_at, self.conversation_id]);
        URL_SAFE_NO_PAD.encode(key.to_string())
    }

    /// Reads a cursor a client passed back; `None` for anything this module did not make
    /// (the caller answers 400).
    pub fn decode(raw: &str) -> Option<InboxCursor> {
        if raw.is_empty() || raw.len() > MAX_CURSOR_LEN {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(raw).ok()?;
        let (rank, created_at, conversation_id): (u8, String, String) =
            serde_json::from_slice(&bytes).ok()?;
        let field_ok = |text: &str| {
            (1..=MAX_FIELD_LEN).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic())
        };
        (rank <= 2 && field_ok(&created_at) && field_ok(&conversation_id)).then_some(InboxCursor {
            rank,
            created_at,
            conversation_id,
        })
    }
}

/// Why a page request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageError {
    /// `limit` is not a whole number from 1 to [`MAX_PAGE`].
    Limit,
    /// `cursor` is not one the inbox handed out.
    Cursor,
}

/// A validated page request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: u32,
    /// Rows after this key; `None` for the first page.
    pub after: Option<InboxCursor>,
}

impl PageRequest {
    /// The first page at the default size.
    pub fn first() -> PageRequest {
        PageRequest {
            limit: DEFAULT_PAGE,
            after: None,
        }
    }

    /// Reads the `limit` and `cursor` query parameters (absent or empty means the default).
    pub fn parse(limit: Option<&str>, cursor: Option<&str>) -> Result<PageRequest, PageError> {
        let limit = match limit.filter(|raw| !raw.is_empty()) {
            None => DEFAULT_PAGE,
            Some(raw) => raw
                .parse::<u32>()
                .ok()
                .filter(|limit| (1..=MAX_PAGE).contains(limit))
                .ok_or(PageError::Limit)?,
        };
        let after = match cursor.filter(|raw| !raw.is_empty()) {
            None => None,
            Some(raw) => Some(InboxCursor::decode(raw).ok_or(PageError::Cursor)?),
        };
        Ok(PageRequest { limit, after })
    }

    /// How many rows to read: one more than the page, so a full page knows whether another
    /// follows without a second query.
    pub fn fetch(&self) -> u32 {
        self.limit + 1
    }

    /// Cuts what the store read (`fetch` rows at most, in inbox order) to the page, and
    /// the cursor of the next page when more rows followed. `key` gives a row's sort key.
    pub fn split<T>(
        &self,
        mut rows: Vec<T>,
        key: impl Fn(&T) -> InboxCursor,
    ) -> (Vec<T>, Option<String>) {
        let limit = self.limit as usize;
        if rows.len() <= limit {
            return (rows, None);
        }
        rows.truncate(limit);
        let next = rows.last().map(|last| key(last).encode());
        (rows, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(rank: u8, at: &str, id: &str) -> InboxCursor {
        InboxCursor {
            rank,
            created_at: at.into(),
            conversation_id: id.into(),
        }
    }

    #[test]
    fn a_cursor_reads_back_as_the_key_it_was_made_from() {
        let cursor = key(2, "2026-12-06T13:44:00.123Z", "c_0123456789abcdef");
        let text = cursor.encode();
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{text}"
        );
        assert_eq!(InboxCursor::decode(&text), Some(cursor));
    }

    #[test]
    fn anything_the_inbox_did_not_make_is_refused() {
        let encode = |json: &str| URL_SAFE_NO_PAD.encode(json);
        for bad in [
            "".to_owned(),
            "not base64!".to_owned(),
            encode("{}"),
            encode("[3, \"2026-12-06T13:44:00Z\", \"c_1\"]"),
            encode("[-1, \"2026-12-06T13:44:00Z\", \"c_1\"]"),
            encode("[1, \"\", \"c_1\"]"),
            encode("[1, \"2026-12-06T13:44:00Z\", \"c 1\"]"),
            encode("[1, \"2026-12-06T13:44:00Z\"]"),
            encode(&format!("[1, \"2026\", \"{}\"]", "c".repeat(101))),
            "A".repeat(401),
        ] {
            assert_eq!(InboxCursor::decode(&bad), None, "{bad}");
        }
    }

    #[test]
    fn the_default_page_is_the_inbox_before_paging() {
        let page = PageRequest::parse(None, None).unwrap();
        assert_eq!(
            page,
            PageRequest {
                limit: 200,
                after: None
            }
        );
        assert_eq!(PageRequest::parse(Some(""), Some("")).unwrap(), page);
        assert_eq!(page.fetch(), 201);
    }

    #[test]
    fn limits_outside_one_to_two_hundred_are_refused() {
        for bad in ["0", "201", "-5", "ten", "1.5"] {
            assert_eq!(
                PageRequest::parse(Some(bad), None),
                Err(PageError::Limit),
                "{bad}"
            );
        }
        assert_eq!(PageRequest::parse(Some("1"), None).unwrap().limit, 1);
        assert_eq!(PageRequest::parse(Some("200"), None).unwrap().limit, 200);
        assert_eq!(PageRequest::parse(None, Some("%%")), Err(PageError::Cursor));
    }

    #[test]
    fn a_full_page_points_at_its_last_row_and_a_short_one_ends_the_list() {
        let page = PageRequest::parse(Some("2"), None).unwrap();
        let rows = vec![key(0, "a", "c_1"), key(2, "b", "c_2"), key(2, "c", "c_3")];
        let (shown, next) = page.split(rows.clone(), Clone::clone);
        assert_eq!(shown, rows[..2]);
        assert_eq!(
            next.as_deref().and_then(InboxCursor::decode),
            Some(rows[1].clone())
        );
        let (shown, next) = page.split(rows[..2].to_vec(), Clone::clone);
        assert_eq!(shown.len(), 2);
        assert_eq!(next, None);
    }

    #[test]
    fn cursors_order_like_the_inbox() {
        assert!(key(0, "z", "c_9") < key(1, "a", "c_1"));
        assert!(key(2, "2026-01-01T00:00:00Z", "c_9") < key(2, "2026-01-02T00:00:00Z", "c_1"));
        assert!(key(2, "x", "c_1") < key(2, "x", "c_2"));
    }
}
