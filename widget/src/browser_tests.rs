//! `wasm_bindgen_test`s in headless chromium: the browser-side JSON codec, the stored state
//! and the mounted panel. Run by `cargo xtask test` (`cargo test --target wasm32-unknown-unknown`).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use frontdesk_protocol::{Author, Department, Message, ReadMarks};
use leptos::prelude::*;

use crate::json::{self, Json};
use crate::live::LiveEvent;
use crate::store::{self, Saved, Session};
use crate::thread::OutboxItem;

wasm_bindgen_test_configure!(run_in_browser);

const MESSAGE: &str = r#"{"id":"m_3","seq":3,"author":"staff","text":"<b>hi</b>","sent_at":"2026-11-25T10:00:00Z","author_name":"Sam"}"#;

const CONFIG: &str = r##"{"clinic_id":"demo","clinic_name":"Lakeside","greeting":"Hello there","theme":{"brand_color":"#0f766e","brand_text_color":"#ffffff","position":"right","launcher_text":"Chat"},"languages":["en","de"],"open_now":true,"emergency_number":"112","privacy_url":"/privacy.html","reply_minutes":{"front-desk":15,"clinical":30,"billing":"x"}}"##;

#[wasm_bindgen_test]
fn messages_are_read_field_by_field_and_incomplete_ones_refused() {
    let parsed = Json::parse(MESSAGE).and_then(|message| json::message(&message));
    let message = parsed.expect("a complete message");
    assert_eq!((message.seq, message.author), (3, Author::Staff));
    assert_eq!(message.text, "<b>hi</b>");
    assert_eq!(message.author_name.as_deref(), Some("Sam"));
    assert_eq!(message.client_msg_id, None);
    for broken in [
        r#"{"id":"m","seq":1,"author":"robot","text":"x","sent_at":"t"}"#,
        r#"{"id":"m","seq":"1","author":"bot","text":"x","sent_at":"t"}"#,
        r#"{"id":"m","seq":1,"author":"bot","sent_at":"t"}"#,
        r#"{"id":"m","seq":-1,"author":"bot","text":"x","sent_at":"t"}"#,
    ] {
        let parsed = Json::parse(broken).and_then(|message| json::message(&message));
        assert_eq!(parsed, None, "{broken}");
    }
    assert!(Json::parse("[1,2]").is_none() && Json::parse("not json").is_none());
}

#[wasm_bindgen_test]
fn widget_config_and_live_frames() {
    let config = Json::parse(CONFIG).and_then(|config| json::widget_config(&config));
    let config = config.expect("a complete config");
    assert_eq!(config.clinic_name, "Lakeside");
    assert_eq!(config.languages, ["en", "de"]);
    assert!(config.open_now && config.next_opening.is_none());
    // Readable waits are kept, others skipped.
    assert_eq!(
        config.reply_minutes,
        [(Department::FrontDesk, 15), (Department::Clinical, 30)].into()
    );

    let frame = format!(r#"{{"type":"message","message":{MESSAGE}}}"#);
    assert!(matches!(LiveEvent::parse(&frame), LiveEvent::Message { message } if message.seq == 3));
    assert_eq!(
        LiveEvent::parse(r#"{"type":"ready","last_seq":4}"#),
        LiveEvent::Ready {
            read: ReadMarks::default()
        }
    );
    assert_eq!(
        LiveEvent::parse(r#"{"type":"ready","last_seq":4,"read":{"visitor":4,"staff":2}}"#),
        LiveEvent::Ready {
            read: ReadMarks {
                visitor: 4,
                staff: 2
            }
        }
    );
    assert_eq!(
        LiveEvent::parse(r#"{"type":"typing","author":"staff","typing":true,"name":"Sam"}"#),
        LiveEvent::Typing {
            author: Author::Staff,
            typing: true,
            name: Some("Sam".into())
        }
    );
    assert_eq!(
        LiveEvent::parse(r#"{"type":"read","reader":"staff","seq":3}"#),
        LiveEvent::Read {
            reader: Author::Staff,
            seq: 3
        }
    );
    for other in [
        r#"{"type":"inbox","conversation":{}}"#,
        r#"{"type":"message","message":{"seq":1}}"#,
        r#"{"type":"typing","author":"staff"}"#,
        r#"{"type":"read","reader":"staff","seq":-2}"#,
        r#"{"type":"read","reader":"robot","seq":2}"#,
        "garbage",
    ] {
        assert_eq!(LiveEvent::parse(other), LiveEvent::Other, "{other}");
    }
}

#[wasm_bindgen_test]
fn stored_state_round_trips_in_the_serde_shape() {
    let session = Session {
        conversation_id: "c_1".into(),
        visitor_token: "tok".into(),
    };
    let outbox = vec![OutboxItem {
        client_msg_id: "id-1".into(),
        text: "offline \"quoted\" é".into(),
    }];
    let saved = Saved::new(Some(&session), outbox);
    let text = store::to_json(&saved);
    let back = Json::parse(&text).map(|json| store::from_json(&json));
    assert_eq!(back.as_ref(), Some(&saved));
    // Nothing to send: no outbox key, like serde's skip_serializing_if.
    let bare = store::to_json(&Saved::new(Some(&session), Vec::new()));
    assert_eq!(bare, r#"{"conversation_id":"c_1","visitor_token":"tok"}"#);
}

/// Lets the reactive system run its effects (they are scheduled, not synchronous).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            _ = window.set_timeout_with_callback(&resolve);
        }
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_mounted_panel_renders_opens_and_switches_language() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let host = document.create_element("div").expect("a host");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("attached");
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    // The loader's launcher, which the panel badges.
    let launcher = document.create_element("button").expect("a button");
    launcher.set_class_name("fd-launcher");
    launcher.set_attribute("aria-label", "Chat").expect("label");
    root.append_child(&launcher).expect("attached");
    crate::mount(
        root.clone(),
        "browser-test".into(),
        "http://127.0.0.1:9".into(),
        Some(CONFIG.into()),
        None,
        JsValue::UNDEFINED,
    );
    let find = |id: &str| {
        root.query_selector(&format!("[data-testid=\"{id}\"]"))
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("{id} is rendered"))
    };
    let panel = find("fd-panel");
    assert!(panel.has_attribute("hidden"), "mounted closed");
    // The mount renders the shell; the rest comes in later tasks (or when opened).
    let rendered = |id: &str| {
        root.query_selector(&format!("[data-testid=\"{id}\"]"))
            .ok()
            .flatten()
            .is_some()
    };
    assert!(rendered("fd-close"), "the header is in the mount's task");
    assert!(!rendered("fd-messages"), "the conversation waits a task");
    crate::set_open(true);
    tick().await;
    assert!(!panel.has_attribute("hidden"));
    assert_eq!(
        find("fd-greeting").text_content().as_deref(),
        Some("Hello there")
    );
    assert!(rendered("fd-input"), "opening renders the composer");
    crate::set_language("de-AT".into());
    tick().await;
    assert_eq!(panel.get_attribute("lang").as_deref(), Some("de"));
    let send = find("fd-send")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("a button");
    assert_eq!(send.inner_text().trim(), "Senden");
    crate::set_open(false);
    tick().await;
    assert!(panel.has_attribute("hidden"));

    // Unread clinic messages badge the launcher and say so in its name.
    let chat = crate::CHAT.with(std::cell::Cell::get).expect("mounted");
    crate::set_language("en".into());
    chat.unread.set(2);
    tick().await;
    assert_eq!(launcher.get_attribute("data-unread").as_deref(), Some("2"));
    assert_eq!(
        launcher.get_attribute("aria-label").as_deref(),
        Some("Chat (2 unread messages)")
    );
    chat.unread.set(0);
    tick().await;
    assert!(!launcher.has_attribute("data-unread"));
    assert_eq!(
        launcher.get_attribute("aria-label").as_deref(),
        Some("Chat")
    );
    assert_eq!(crate::badge::badge_text(12), "9+");

    // The typing line names the staff member, in the panel's language, and goes away.
    let typing = find("fd-typing");
    assert_eq!(typing.get_attribute("role").as_deref(), Some("status"));
    chat.staff_typing.set(Some("Sam".into()));
    tick().await;
    assert_eq!(typing.text_content().as_deref(), Some("Sam is typing…"));
    crate::set_language("es".into());
    tick().await;
    assert_eq!(
        typing.text_content().as_deref(),
        Some("Sam está escribiendo…")
    );
    chat.staff_typing.set(Some(String::new()));
    tick().await;
    assert_eq!(
        typing.text_content().as_deref(),
        Some("Equipo de la clínica está escribiendo…")
    );
    chat.staff_typing.set(None);
    tick().await;
    assert_eq!(typing.text_content().as_deref(), Some(""));
    crate::set_language("en".into());

    // "Read" sits under the visitor's last message the clinic has read.
    chat.thread.update(|thread| {
        thread.merge_all([
            system_message(1, Author::Visitor, "a"),
            system_message(2, Author::Visitor, "b"),
        ])
    });
    chat.staff_read.set(1);
    tick().await;
    let read_seq = || {
        let says_read = |seq: u64| {
            root.query_selector(&format!("[data-seq=\"{seq}\"] [data-testid=\"fd-meta\"]"))
                .ok()
                .flatten()
                .and_then(|meta| meta.text_content())
                .is_some_and(|text| text.ends_with("Read"))
        };
        [1, 2]
            .into_iter()
            .filter(|seq| says_read(*seq))
            .map(|seq| seq.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(read_seq(), "1");
    chat.staff_read.set(2);
    tick().await;
    assert_eq!(read_seq(), "2");
}

fn system_message(seq: u64, author: Author, client_msg_id: &str) -> Message {
    Message {
        id: format!("m_{seq}"),
        seq,
        author,
        text: "How are you since your treatment?".into(),
        sent_at: "2026-11-25T10:00:00Z".into(),
        client_msg_id: Some(client_msg_id.into()),
        author_name: None,
        attachments: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn a_survey_shows_its_form_until_it_is_answered() {
    use std::cell::Cell;
    use std::rc::Rc;

    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a container")
        .dyn_into()
        .expect("an HTML element");
    document
        .body()
        .expect("a body")
        .append_child(&container)
        .expect("attached");
    let cell = Rc::new(Cell::new(None));
    let handle = {
        let cell = cell.clone();
        leptos::mount::mount_to(container.clone(), move || {
            let chat =
                crate::chat::Chat::new("survey-test".into(), "http://127.0.0.1:9", None, false);
            chat.thread
                .update(|t| t.merge(system_message(1, Author::System, "survey:sv_1")));
            cell.set(Some(chat));
            view! { <crate::components::SurveyCard chat survey_id="sv_1".to_owned() /> }
        })
    };
    let chat = cell.get().expect("mounted");
    let find = |id: &str| {
        container
            .query_selector(&format!("[data-testid=\"{id}\"]"))
            .ok()
            .flatten()
    };
    tick().await;
    assert!(find("fd-survey").is_some(), "the form is shown");
    assert!(find("fd-survey-done").is_none());
    // No rating chosen: the form explains instead of sending.
    find("fd-survey-submit")
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("a submit button")
        .click();
    tick().await;
    let note = container
        .query_selector(".fd-survey-note")
        .ok()
        .flatten()
        .and_then(|note| note.text_content());
    assert_eq!(note.as_deref(), Some("Please choose a rating from 1 to 5."));
    // The stored answer (from this tab, another tab or a reload) replaces the form.
    chat.thread
        .update(|t| t.merge(system_message(2, Author::Visitor, "survey-answer:sv_1")));
    tick().await;
    assert!(find("fd-survey").is_none(), "the form is gone");
    assert!(find("fd-survey-done").is_some());
    handle.forget();
}

#[wasm_bindgen_test]
async fn slices_render_a_task_each_and_what_opening_needs_at_once() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::slices::{render_in_tasks, Slice};

    let rendered = Rc::new(RefCell::new(Vec::new()));
    let slice = |name: &'static str| -> Slice {
        let rendered = rendered.clone();
        Box::new(move || rendered.borrow_mut().push(name))
    };
    let open = RwSignal::new(false);
    render_in_tasks(
        vec![slice("conversation"), slice("scope"), slice("footer")],
        open,
        1,
    );
    assert!(rendered.borrow().is_empty(), "nothing in the caller's task");
    // Opening renders the conversation within this task (microtasks only), nothing more.
    open.set(true);
    for _ in 0..10 {
        _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
    }
    assert_eq!(*rendered.borrow(), ["conversation"]);
    for _ in 0..3 {
        tick().await;
    }
    assert_eq!(*rendered.borrow(), ["conversation", "scope", "footer"]);
}
