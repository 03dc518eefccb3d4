//! The app shell: wires the shared state (`state.rs`) to the sign-in gate and the
//! signed-in workspace with the live inbox. Components import `state`, never this
//! module, so no import runs in a circle (a tidy test checks it).

use std::time::Duration;

use frontdesk_client_core::{links::one_time_link, live::STAFF_INBOX_PATH};
use frontdesk_protocol::{LiveEvent, StaffProfile, StaffRole};
use leptos::prelude::*;

use crate::{
    alerts::Alerts,
    components::{
        accept_link::AcceptLink, inbox::Inbox, language_picker::LanguagePicker, reports::Reports,
        role_label, sign_in::SignIn, team::Team, templates::Templates, thread::Thread,
    },
    i18n::{choice, fill, set_current, use_strings},
    layout::Layout,
    live::{live_url, LiveHandle, LiveSignal, LiveStatus},
    model::{needs_alert, Ownership},
    session,
    state::{now_ms, use_auth, Auth, Clock, InboxStore},
};

/// The root component: the sign-in screen or the workspace.
#[component]
pub fn App() -> impl IntoView {
    let auth = Auth {
        session: RwSignal::new(session::load(now_ms())),
    };
    provide_context(auth);

    let staff = Memo::new(move |_| {
        auth.session
            .with(|session| session.as_ref().map(|session| session.staff.clone()))
    });
    // An invitation or reset link wins: it signs in whoever opens it.
    let link = RwSignal::new(
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .and_then(|hash| one_time_link(&hash)),
    );
    Effect::new(move |_| {
        // Once the link has signed someone in, show the workspace.
        if auth.session.with(Option::is_some) {
            link.set(None);
        }
    });
    let lang = RwSignal::new(choice::initial());
    provide_context(choice::I18n { lang });
    // A new language rebuilds the screen: every component reads its words once, as it is
    // built (the selected conversation and the session survive in storage).
    move || {
        let lang = lang.get();
        set_current(lang);
        choice::mark_page(lang);
        match (link.get(), staff.get()) {
            (Some((kind, token)), _) => view! { <AcceptLink kind token /> }.into_any(),
            (None, Some(staff)) => view! { <Workspace staff=staff /> }.into_any(),
            (None, None) => view! { <SignIn /> }.into_any(),
        }
    }
}

/// The signed-in screen: header, inbox on the left, the open conversation on the right.
#[component]
fn Workspace(staff: StaffProfile) -> impl IntoView {
    let auth = use_auth();
    let t = use_strings();
    let clock = Clock {
        now_ms: RwSignal::new(now_ms()),
    };
    let store = InboxStore::new();
    let live_status = RwSignal::new(LiveStatus::Connecting);
    // Only admins see the reports button; the API refuses everyone else anyway.
    let is_admin = staff.role == StaffRole::Admin;
    let showing_reports = RwSignal::new(false);
    let showing_templates = RwSignal::new(false);
    let showing_team = RwSignal::new(false);
    let layout = Layout::new();
    layout.follow_address_bar();
    let selected = layout.selected;
    let selected_id = Memo::new(move |_| selected.get());
    // A phone shows one pane: the open thread, or else the inbox (console.css).
    let pane = move || {
        let elsewhere = showing_reports.get() || showing_templates.get() || showing_team.get();
        if selected_id.with(Option::is_some) && !elsewhere {
            "thread"
        } else {
            "inbox"
        }
    };
    provide_context(layout);
    provide_context(clock);
    provide_context(store);
    provide_context(staff.clone());

    if let Ok(tick) = set_interval_with_handle(
        move || {
            clock.now_ms.try_set(now_ms());
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || tick.clear());
    }

    let alerts = Alerts::new();
    store.refresh(auth);
    let inbox_socket = LiveHandle::new();
    on_cleanup(move || inbox_socket.close());
    if let Some(token) = auth.token() {
        inbox_socket.start(
            move || live_url(STAFF_INBOX_PATH, &token, None),
            move |signal| match signal {
                LiveSignal::Opened => {
                    live_status.set(LiveStatus::Live);
                    // The inbox socket doesn't replay, so catch up on whatever changed while away.
                    store.refresh(auth);
                }
                LiveSignal::Event(event) => {
                    if let LiveEvent::Inbox { conversation } = *event {
                        let previous = store.entries.with_untracked(|entries| {
                            entries
                                .iter()
                                .find(|e| e.conversation_id == conversation.conversation_id)
                                .cloned()
                        });
                        if needs_alert(previous.as_ref(), &conversation) {
                            alerts.announce(&conversation);
                        }
                        store.upsert(*conversation);
                    }
                }
                LiveSignal::Dropped { .. } => {
                    live_status.set(LiveStatus::Reconnecting);
                    // Also finds out whether the socket failed because the session ended (401).
                    store.refresh(auth);
                }
            },
        );
    }

    // The tab title counts conversations nobody has claimed yet, visible from other tabs.
    let my_id = staff.id.clone();
    Effect::new(move |_| {
        let waiting = store.entries.with(|entries| {
            entries
                .iter()
                .filter(|entry| Ownership::of(entry, &my_id) == Ownership::Unassigned)
                .count()
        });
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            let title = if waiting == 0 {
                t.tab_title.to_string()
            } else {
                fill(t.tab_title_waiting, &[&waiting.to_string()])
            };
            document.set_title(&title);
        }
    });

    view! {
        <div class="shell" data-pane=pane>
            <header class="topbar">
                <div class="brand">
                    <span class="brand-name">"Frontdesk"</span>
                    <span class="brand-sub">{t.staff_console}</span>
                </div>
                <div class="who">
                    <span
                        class="live-status"
                        data-testid="live-status"
                        data-status=move || live_status.get().as_str()
                        role="status"
                    >
                        {move || live_status.get().label(t)}
                    </span>
                    <span class="staff-name" data-testid="staff-name">
                        {staff.name.clone()}
                    </span>
                    <span class="staff-role" data-testid="staff-role">
                        {role_label(staff.role)}
                    </span>
                    {is_admin
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="nav-reports"
                                    aria-pressed=move || showing_reports.get().to_string()
                                    on:click=move |_| {
                                        showing_templates.set(false);
                                        showing_team.set(false);
                                        showing_reports.update(|on| *on = !*on);
                                    }
                                >
                                    {move || if showing_reports.get() { t.inbox } else { t.reports }}
                                </button>
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="nav-templates"
                                    aria-pressed=move || showing_templates.get().to_string()
                                    on:click=move |_| {
                                        showing_reports.set(false);
                                        showing_team.set(false);
                                        showing_templates.update(|on| *on = !*on);
                                    }
                                >
                                    {move || if showing_templates.get() { t.inbox } else { t.templates }}
                                </button>
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="nav-team"
                                    aria-pressed=move || showing_team.get().to_string()
                                    on:click=move |_| {
                                        showing_reports.set(false);
                                        showing_templates.set(false);
                                        showing_team.update(|on| *on = !*on);
                                    }
                                >
                                    {move || if showing_team.get() { t.inbox } else { t.team }}
                                </button>
                            }
                        })}
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="alerts-toggle"
                        title=t.alerts_title
                        aria-pressed=move || alerts.enabled.get().to_string()
                        on:click=move |_| alerts.toggle()
                    >
                        {move || if alerts.enabled.get() { t.alerts_on } else { t.alerts_off }}
                    </button>
                    <LanguagePicker />
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="sign-out"
                        on:click=move |_| auth.sign_out()
                    >
                        {t.sign_out}
                    </button>
                </div>
            </header>
            <Show when=move || showing_reports.get()>
                <main class="workspace workspace-reports">
                    <Reports />
                </main>
            </Show>
            <Show when=move || showing_templates.get()>
                <main class="workspace workspace-reports">
                    <Templates />
                </main>
            </Show>
            <Show when=move || showing_team.get()>
                <main class="workspace workspace-reports">
                    <Team />
                </main>
            </Show>
            <main
                class="workspace"
                class:hidden=move || {
                    showing_reports.get() || showing_templates.get() || showing_team.get()
                }
            >
                <Inbox selected=selected />
                {move || match selected_id.get() {
                    Some(conversation_id) => view! { <Thread conversation_id=conversation_id /> }.into_any(),
                    None => {
                        view! {
                            <section class="thread thread-empty" aria-label=t.conversation>
                                <p>{t.select_conversation}</p>
                            </section>
                        }
                            .into_any()
                    }
                }}
            </main>
        </div>
    }
}
