//! The app shell: wires the shared state (`state.rs`) to the sign-in gate and the
//! signed-in workspace with the live inbox. Components import `state`, never this
//! module, so no import runs in a circle (a tidy test checks it).

use std::time::Duration;

use frontdesk_client_core::{links::one_time_link, live::STAFF_INBOX_PATH};
use frontdesk_protocol::{Lang, LiveEvent, StaffProfile, StaffRole};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    alerts::Alerts,
    api,
    components::{
        accept_link::AcceptLink, inbox::Inbox, integrations::Integrations,
        language_picker::LanguagePicker, reports::Reports, role_label, set_clinic_zone,
        sign_in::SignIn, team::Team, templates::Templates, thread::Thread,
    },
    i18n::{choice, fill, set_current, use_strings, Strings},
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
    // Signing in applies the account's language and the clinic's time zone, on any device.
    Effect::new(move |_| {
        let (chosen, zone) = auth.session.with(|session| match session {
            Some(session) => (session.staff.language, session.time_zone.clone()),
            None => (None, None),
        });
        set_clinic_zone(zone);
        if let Some(chosen) = chosen.filter(|chosen| *chosen != lang.get_untracked()) {
            choice::remember(chosen);
            lang.set(chosen);
        }
    });
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

/// The admins' screens, each shown instead of the inbox and thread by its top-bar button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AdminScreen {
    Reports,
    Templates,
    Team,
    Integrations,
}

impl AdminScreen {
    const ALL: [AdminScreen; 4] = [
        AdminScreen::Reports,
        AdminScreen::Templates,
        AdminScreen::Team,
        AdminScreen::Integrations,
    ];

    fn nav_testid(self) -> &'static str {
        match self {
            AdminScreen::Reports => "nav-reports",
            AdminScreen::Templates => "nav-templates",
            AdminScreen::Team => "nav-team",
            AdminScreen::Integrations => "nav-integrations",
        }
    }

    fn label(self, t: &Strings) -> &'static str {
        match self {
            AdminScreen::Reports => t.reports,
            AdminScreen::Templates => t.templates,
            AdminScreen::Team => t.team,
            AdminScreen::Integrations => t.integrations,
        }
    }
}

// The admin screens, each in a wasm chunk fetched on its first open (`#[lazy]`, cut out by
// wasm-split in `cargo xtask build`): the first load carries sign-in, inbox and thread
// only (BENCHMARKS.md, "Console size, round 6").
#[lazy]
fn reports_screen() -> AnyView {
    view! { <Reports /> }.into_any()
}

#[lazy]
fn templates_screen() -> AnyView {
    view! { <Templates /> }.into_any()
}

#[lazy]
fn team_screen() -> AnyView {
    view! { <Team /> }.into_any()
}

#[lazy]
fn integrations_screen() -> AnyView {
    view! { <Integrations /> }.into_any()
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
    // The admin screen shown instead of the workspace, if any.
    let screen = RwSignal::new(None::<AdminScreen>);
    let layout = Layout::new();
    layout.follow_address_bar();
    let selected = layout.selected;
    let selected_id = Memo::new(move |_| selected.get());
    // A phone shows one pane: the open thread, or else the inbox (console.css).
    let pane = move || {
        if selected_id.with(Option::is_some) && screen.with(Option::is_none) {
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

    // A language picked here goes with the account, so the next sign-in anywhere uses it.
    let save_language = Callback::new(move |chosen: Lang| {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match api::set_language(&token, chosen).await {
                Ok(profile) => auth.session.update(|session| {
                    if let Some(session) = session {
                        session.staff.language = profile.language;
                        session::save(session);
                    }
                }),
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        store.error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    });

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
                                {AdminScreen::ALL
                                    .into_iter()
                                    .map(|which| {
                                        let shown = move || screen.get() == Some(which);
                                        view! {
                                            <button
                                                type="button"
                                                class="button secondary"
                                                data-testid=which.nav_testid()
                                                aria-pressed=move || shown().to_string()
                                                on:click=move |_| {
                                                    screen.update(|s| {
                                                        *s = if *s == Some(which) { None } else { Some(which) };
                                                    })
                                                }
                                            >
                                                {move || if shown() { t.inbox } else { which.label(t) }}
                                            </button>
                                        }
                                    })
                                    .collect_view()}
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
                    <LanguagePicker on_pick=save_language />
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
            {move || {
                screen.get().map(|which| {
                    let shown = Suspend::new(async move {
                        match which {
                            AdminScreen::Reports => reports_screen().await,
                            AdminScreen::Templates => templates_screen().await,
                            AdminScreen::Team => team_screen().await,
                            AdminScreen::Integrations => integrations_screen().await,
                        }
                    });
                    view! { <main class="workspace workspace-reports">{shown}</main> }
                })
            }}
            <main
                class="workspace"
                class:hidden=move || screen.with(Option::is_some)
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
