//! The rules of the stores that carry them (the inbox's claims and monotonic rows, staff
//! sessions, the audit log), written against small traits so they run off Workers types.
//!
//! The edge implements each trait over D1 in `edge/src/store/` as a thin adapter whose
//! SQL keeps the guarantees (a claim is one conditional `UPDATE`, a row folds forward in
//! one statement, batches stay one transaction). [`memory::MemoryStore`] implements the
//! same traits in plain Rust with the rules of this module, so the rules have native unit
//! tests; `tests/api` checks the SQL against the same behaviour on a running workerd.
//!
//! The traits use `async fn`: on Workers a future is never sent between threads, so the
//! callers need no `Send` bound (hence `allow(async_fn_in_trait)`).

pub mod audit;
pub mod inbox;
pub mod memory;
pub mod sessions;
