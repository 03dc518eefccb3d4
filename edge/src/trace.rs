//! Debug timings of the message path, for the load profile ("Load profile, session 20"
//! in BENCHMARKS.md): each request's call and its time in the worker, and each round
//! trip it makes (a D1 statement or batch, an object call, a queue send) with its wait.
//! Off unless the worker has the `FRONTDESK_TRACE` variable, which wrangler.toml never
//! sets; the load bench sets it with `FRONTDESK_BENCH_LOG=debug`. A line carries a
//! static label and milliseconds, never a body, an id or a contact.

use std::cell::Cell;
use std::future::Future;

use worker::Env;

thread_local! {
    /// Read once per isolate: whether this worker traces.
    static ON: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Reads the switch from `env` the first time; later calls cost one thread-local read.
pub fn init(env: &Env) {
    if ON.get().is_none() {
        ON.set(Some(env.var("FRONTDESK_TRACE").is_ok()));
    }
}

fn on() -> bool {
    ON.get().unwrap_or(false)
}

/// Milliseconds since the epoch: it moves across I/O, which is the wait we measure.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Awaits `work`, logging `kind label ms` at debug level when tracing.
pub async fn timed<F: Future>(kind: &'static str, label: &str, work: F) -> F::Output {
    if !on() {
        return work.await;
    }
    let started = now();
    let output = work.await;
    worker::console_debug!("trace {kind} {label} {:.0}", now() - started);
    output
}

/// Logs one finished request (its call's name and status) when tracing.
pub fn request(call: &dyn std::fmt::Debug, status: u16, started: f64) {
    if on() {
        worker::console_debug!("trace request {call:?} {status} {:.0}", now() - started);
    }
}

/// Logs `kind label` with the milliseconds since `started`, when tracing.
pub fn since(kind: &'static str, label: &str, started: f64) {
    if on() {
        worker::console_debug!("trace {kind} {label} {:.0}", now() - started);
    }
}
