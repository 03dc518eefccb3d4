//! When staff sessions end: how long one lasts under the clinic's policy, and which of
//! the sessions that hold live sockets are due to be closed now, and when to look again.
//! A socket must not outlive its session: the clinic's `InboxHub` keeps one alarm at
//! the earliest expiry and closes what this plan says is due.

/// What the hub does at `now_ms` with the sessions it knows (session, expiry in Unix ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryPlan {
    /// Sessions that have ended: close their sockets and forget them.
    pub due: Vec<String>,
    /// When the next one ends; `None` when none is left.
    pub next_check_ms: Option<i64>,
}

/// The sessions due at `now_ms` (an expiry at or before it), and the earliest expiry of
/// the rest.
pub fn expiry_plan<'a>(
    sessions: impl IntoIterator<Item = (&'a str, i64)>,
    now_ms: i64,
) -> ExpiryPlan {
    let mut due = Vec::new();
    let mut next_check_ms: Option<i64> = None;
    for (session, expires_ms) in sessions {
        if expires_ms <= now_ms {
            due.push(session.to_owned());
        } else {
            next_check_ms = Some(next_check_ms.map_or(expires_ms, |next| next.min(expires_ms)));
        }
    }
    ExpiryPlan { due, next_check_ms }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sessions with their ends, now, the due ones, the next check.
    type Case = (
        Vec<(&'static str, i64)>,
        i64,
        Vec<&'static str>,
        Option<i64>,
    );

    #[test]
    fn due_sessions_close_and_the_earliest_of_the_rest_is_next() {
        let cases: Vec<Case> = vec![
            (vec![], 1_000, vec![], None),
            (vec![("a", 900)], 1_000, vec!["a"], None),
            (vec![("a", 1_000)], 1_000, vec!["a"], None),
            (vec![("a", 1_001)], 1_000, vec![], Some(1_001)),
            (
                vec![("a", 5_000), ("b", 500), ("c", 2_000), ("d", 1_000)],
                1_000,
                vec!["b", "d"],
                Some(2_000),
            ),
        ];
        for (sessions, now, due, next) in cases {
            let plan = expiry_plan(sessions.clone(), now);
            assert_eq!(plan.due, due, "{sessions:?} at {now}");
            assert_eq!(plan.next_check_ms, next, "{sessions:?} at {now}");
        }
    }
}
