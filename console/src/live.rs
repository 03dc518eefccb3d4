//! Live WebSockets (inbox and conversation) that reconnect with backoff until closed.
//!
//! Usage:
//! ```text
//! let handle = LiveHandle::new();
//! handle.start(move || live_url(STAFF_INBOX_PATH, &token, None), move |signal| { /* … */ });
//! on_cleanup(move || handle.close());
//! ```
//!
//! Sockets live in a thread-local registry behind a `Copy` handle, so a component's
//! `on_cleanup` (which must be `Send`) can close one.

use std::{
    cell::{Cell, RefCell},
    collections::{HashMap, HashSet},
    rc::{Rc, Weak},
    time::Duration,
};

pub use frontdesk_client_core::live::LiveTarget;
use frontdesk_client_core::retry::{backoff, jittered};
use frontdesk_protocol::LiveEvent;
use leptos::prelude::{set_timeout, set_timeout_with_handle, TimeoutHandle};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{CloseEvent, Event, MessageEvent, WebSocket};

use crate::i18n::Strings;

/// What a live socket reports to its owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveSignal {
    /// Connected (again); anything missed while away must be fetched or replayed.
    Opened,
    /// A frame from the server (boxed: it is far larger than the other variants).
    Event(Box<LiveEvent>),
    /// The connection dropped or could not open; the next try starts after `retry_in_ms`.
    Dropped { retry_in_ms: u32 },
}

/// The connection state shown to staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveStatus {
    Connecting,
    Live,
    Reconnecting,
}

impl LiveStatus {
    pub fn label(self, t: &'static Strings) -> &'static str {
        match self {
            LiveStatus::Connecting => t.live_connecting,
            LiveStatus::Live => t.live_live,
            LiveStatus::Reconnecting => t.live_reconnecting,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LiveStatus::Connecting => "connecting",
            LiveStatus::Live => "live",
            LiveStatus::Reconnecting => "reconnecting",
        }
    }
}

/// The target of a same-origin live socket at `path`, resuming after `after`.
pub fn live_url(path: &str, token: &str, after: Option<u64>) -> Option<LiveTarget> {
    let location = web_sys::window()?.location();
    let origin = format!("{}//{}", location.protocol().ok()?, location.host().ok()?);
    Some(LiveTarget::new(&origin, path, after, token))
}

type UrlFn = Box<dyn Fn() -> Option<LiveTarget>>;
type SignalFn = Box<dyn Fn(LiveSignal)>;

struct Socket {
    websocket: WebSocket,
    _on_open: Closure<dyn FnMut(Event)>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
}

impl Socket {
    fn detach(&self) {
        self.websocket.set_onopen(None);
        self.websocket.set_onmessage(None);
        self.websocket.set_onclose(None);
    }
}

struct Connection {
    url: UrlFn,
    on_signal: SignalFn,
    socket: RefCell<Option<Socket>>,
    attempt: Cell<u32>,
    retry: Cell<Option<TimeoutHandle>>,
    closed: Cell<bool>,
}

thread_local! {
    static CONNECTIONS: RefCell<HashMap<u32, Rc<Connection>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Handles closed before they started, so a late `start` stays a no-op.
    static CLOSED_BEFORE_START: RefCell<HashSet<u32>> = RefCell::new(HashSet::new());
}

/// A reconnecting socket, addressed by a `Copy + Send` id so cleanups can close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveHandle(u32);

impl LiveHandle {
    /// Reserves a handle before the socket is started, so cleanup can run before `start`.
    pub fn new() -> LiveHandle {
        LiveHandle(NEXT_ID.with(|next| {
            let id = next.get();
            next.set(id.wrapping_add(1));
            id
        }))
    }

    /// Opens the socket. `url` is asked again before every reconnect so it can resume
    /// from the newest state. Does nothing once the handle is closed or already started.
    pub fn start(
        self,
        url: impl Fn() -> Option<LiveTarget> + 'static,
        on_signal: impl Fn(LiveSignal) + 'static,
    ) {
        if CLOSED_BEFORE_START.with(|closed| closed.borrow_mut().remove(&self.0)) {
            return;
        }
        let connection = Rc::new(Connection {
            url: Box::new(url),
            on_signal: Box::new(on_signal),
            socket: RefCell::new(None),
            attempt: Cell::new(0),
            retry: Cell::new(None),
            closed: Cell::new(false),
        });
        let fresh = CONNECTIONS.with(|connections| {
            let mut connections = connections.borrow_mut();
            if connections.contains_key(&self.0) {
                return false;
            }
            connections.insert(self.0, Rc::clone(&connection));
            true
        });
        if fresh {
            open(&connection);
        }
    }

    /// Sends one text frame; `false` when the socket is not open.
    pub fn send(self, text: &str) -> bool {
        let connection = CONNECTIONS.with(|connections| connections.borrow().get(&self.0).cloned());
        connection.is_some_and(|connection| {
            connection.socket.borrow().as_ref().is_some_and(|socket| {
                socket.websocket.ready_state() == WebSocket::OPEN
                    && socket.websocket.send_with_str(text).is_ok()
            })
        })
    }

    /// Closes the socket for good and stops reconnecting.
    pub fn close(self) {
        let connection = CONNECTIONS.with(|connections| connections.borrow_mut().remove(&self.0));
        let Some(connection) = connection else {
            CLOSED_BEFORE_START.with(|closed| closed.borrow_mut().insert(self.0));
            return;
        };
        connection.closed.set(true);
        if let Some(retry) = connection.retry.take() {
            retry.clear();
        }
        let socket = connection.socket.borrow_mut().take();
        if let Some(socket) = socket {
            socket.detach();
            _ = socket.websocket.close_with_code(1000);
            // This may run inside one of the socket's own callbacks; drop them afterwards.
            set_timeout(move || drop(socket), Duration::ZERO);
        }
    }
}

impl Default for LiveHandle {
    fn default() -> Self {
        LiveHandle::new()
    }
}

fn open(connection: &Rc<Connection>) {
    if connection.closed.get() {
        return;
    }
    let Some(target) = (connection.url)() else {
        schedule_retry(connection);
        return;
    };
    let offered: js_sys::Array = target
        .protocols
        .iter()
        .map(|protocol| wasm_bindgen::JsValue::from_str(protocol))
        .collect();
    let websocket = match WebSocket::new_with_str_sequence(&target.url, &offered) {
        Ok(websocket) => websocket,
        Err(_) => {
            schedule_retry(connection);
            return;
        }
    };

    let weak = Rc::downgrade(connection);
    let on_open = Closure::<dyn FnMut(Event)>::new(move |_event: Event| {
        if let Some(connection) = live(&weak) {
            connection.attempt.set(0);
            (connection.on_signal)(LiveSignal::Opened);
        }
    });
    let weak = Rc::downgrade(connection);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(connection) = live(&weak) else {
            return;
        };
        let Some(text) = event.data().as_string() else {
            return;
        };
        // Frame types this console doesn't know yet are skipped, not treated as errors.
        if let Some(live_event) = crate::json::decode::<LiveEvent>(&text) {
            (connection.on_signal)(LiveSignal::Event(Box::new(live_event)));
        }
    });
    let weak = Rc::downgrade(connection);
    let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |_event: CloseEvent| {
        if let Some(connection) = live(&weak) {
            schedule_retry(&connection);
        }
    });
    websocket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    websocket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    websocket.set_onclose(Some(on_close.as_ref().unchecked_ref()));

    let previous = connection.socket.borrow_mut().replace(Socket {
        websocket,
        _on_open: on_open,
        _on_message: on_message,
        _on_close: on_close,
    });
    if let Some(previous) = previous {
        previous.detach();
        _ = previous.websocket.close_with_code(1000);
    }
}

fn live(weak: &Weak<Connection>) -> Option<Rc<Connection>> {
    weak.upgrade().filter(|connection| !connection.closed.get())
}

fn schedule_retry(connection: &Rc<Connection>) {
    let attempt = connection.attempt.get();
    connection.attempt.set(attempt.saturating_add(1));
    // Up to a quarter of jitter so a restarted server isn't hit by every console at once.
    let delay = jittered(backoff(attempt), js_sys::Math::random());
    (connection.on_signal)(LiveSignal::Dropped {
        retry_in_ms: delay.as_millis() as u32,
    });

    let weak = Rc::downgrade(connection);
    let retry = set_timeout_with_handle(
        move || {
            if let Some(connection) = live(&weak) {
                connection.retry.set(None);
                // A timer callback, so dropping the old socket's closures here is safe.
                let stale = connection.socket.borrow_mut().take();
                if let Some(stale) = stale {
                    stale.detach();
                }
                open(&connection);
            }
        },
        delay,
    );
    connection.retry.set(retry.ok());
}
