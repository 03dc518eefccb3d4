//! The client core: the rules the widget and the console share, in plain Rust.
//!
//! No `web-sys`, `js-sys` or `leptos` here (a tidy test checks it), so every rule is
//! tested natively and both browser apps link the same code: a draft is validated by
//! `domain::text` the way the server validates it, a thread merges by `seq`, a retry
//! waits by one backoff or the server's `Retry-After`, a failed call is one type, a language is read from a tag one way, the API's JSON answers are read into the protocol's types one way, path
//! components are percent-encoded one way, and live sockets are addressed one way.

pub mod draft;
pub mod failure;
pub mod json;
pub mod lang;
pub mod links;
pub mod live;
pub mod path;
pub mod retry;
pub mod seq;
