//! The panel's first render in slices, a task each, so that mounting it ahead of the
//! visitor's click never makes a long task on a slow phone.
//!
//! Rendered at once, the closed panel was one task of about 75 ms at 4x CPU (BENCHMARKS.md,
//! "Widget speed, session 19"): a long task (over 50 ms) holds up whatever the host page
//! does next. The shell and header render in the mount's task, the conversation and the
//! composer in the next, the scope notice and then the footer in the two after. Opening
//! the panel renders what it needs to be used (the conversation) at once, if it is not
//! there yet; the rest keeps to its own tasks, so the first frame after a click has fewer
//! nodes to lay out.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// One part of the panel, rendered into its slot when called.
pub type Slice = Box<dyn FnOnce()>;

/// A slice that mounts `view` into `slot`, a `display: contents` element of the shell (so
/// the panel's flex layout sees the slice's own elements), for as long as the page lives.
/// A mount of its own, not a view behind a signal: the reactive insert's code for the
/// panel's parts cost about 4 KB brotli, over the panel's budget.
pub fn into_slot<V: IntoView + 'static>(
    slot: NodeRef<html::Div>,
    view: impl FnOnce() -> V + 'static,
) -> Slice {
    Box::new(move || {
        if let Some(element) = slot.get_untracked() {
            leptos::mount::mount_to(element.into(), view).forget();
        }
    })
}

/// Renders `slices` in order, a task each after the caller's (the shell's); when `open`
/// turns true, the first `needed_to_open` of them at once if they are not yet.
pub fn render_in_tasks(slices: Vec<Slice>, open: RwSignal<bool>, needed_to_open: usize) {
    let total = slices.len();
    let left = Rc::new(RefCell::new(VecDeque::from(slices)));
    let next = {
        let left = left.clone();
        move || {
            let slice = left.borrow_mut().pop_front();
            slice.map(|render| render()).is_some()
        }
    };
    let needed = next.clone();
    Effect::new(move |_| {
        if open.get() {
            // In a microtask of this task, outside the effect: a slice mounted under the
            // effect's owner would be disposed when the effect runs again.
            let (left, needed) = (left.clone(), needed.clone());
            spawn_local(async move {
                while total - left.borrow().len() < needed_to_open && needed() {}
            });
        }
    });
    spawn_local(async move {
        loop {
            next_task().await;
            if !next() {
                break;
            }
        }
    });
}

/// Resolves in a later task: through `scheduler.yield()` where the browser has it (the
/// rest then runs ahead of other queued work), else a zero-delay timeout.
pub async fn next_task() {
    let promise = scheduler_yield().unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            set_timeout(
                move || _ = resolve.call0(&JsValue::UNDEFINED),
                Duration::ZERO,
            );
        })
    });
    _ = JsFuture::from(promise).await;
}

/// `scheduler.yield()`'s promise; `None` where there is no such call (Safari, Firefox).
fn scheduler_yield() -> Option<js_sys::Promise> {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("scheduler"))
        .ok()
        .filter(JsValue::is_object)?;
    let yield_now = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    yield_now.call0(&scheduler).ok()?.dyn_into().ok()
}
