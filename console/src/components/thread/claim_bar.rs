//! The thread's claim bar: claim, resolve or reopen, send the survey, and open the
//! details panel, with what a refused claim or a failed action says.

use frontdesk_protocol::{ConversationStatus, InboxEntry};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api,
    i18n::use_strings,
    layout::use_layout,
    model::Ownership,
    state::{use_auth, InboxStore},
};

/// Where a claim attempt stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ClaimState {
    Idle,
    Busy,
    Refused(String),
    Failed(String),
}

/// The claim bar for conversation `id`: `meta` is what the inbox (or `snapshot`) knows of
/// it, and an answer that changes the owner or the status updates `snapshot` and the inbox.
#[component]
pub fn ClaimBar(
    id: StoredValue<String>,
    meta: Memo<Option<InboxEntry>>,
    snapshot: RwSignal<Option<InboxEntry>>,
    ownership: Memo<Option<Ownership>>,
) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let store = expect_context::<InboxStore>();
    let layout = use_layout();
    let claim_state = RwSignal::new(ClaimState::Idle);

    let claim = move |_| {
        if claim_state.get_untracked() == ClaimState::Busy {
            return;
        }
        let Some(token) = auth.token() else {
            return;
        };
        claim_state.set(ClaimState::Busy);
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::claim(&token, &conversation_id).await {
                Ok(answer) => {
                    let owner = Some(answer.assigned_to);
                    snapshot.try_update(|snapshot| {
                        if let Some(snapshot) = snapshot {
                            snapshot.assigned_to = owner.clone();
                        }
                    });
                    store.entries.try_update(|entries| {
                        for entry in entries
                            .iter_mut()
                            .filter(|entry| entry.conversation_id == conversation_id)
                        {
                            entry.assigned_to = owner.clone();
                        }
                    });
                    claim_state.try_set(ClaimState::Idle);
                }
                Err(failure) => {
                    if auth.signed_out_by(&failure) {
                        return;
                    }
                    let state = if matches!(failure, api::ApiFailure::Api { status: 409, .. }) {
                        ClaimState::Refused(failure.to_string())
                    } else {
                        ClaimState::Failed(failure.to_string())
                    };
                    claim_state.try_set(state);
                }
            }
        });
    };

    // Resolve or reopen; a new visitor message reopens a resolved conversation anyway.
    let status_busy = RwSignal::new(false);
    let is_resolved = move || {
        meta.with(|meta| {
            meta.as_ref()
                .is_some_and(|meta| meta.status == ConversationStatus::Resolved)
        })
    };
    let change_status = move |_| {
        if status_busy.get_untracked() {
            return;
        }
        let Some(token) = auth.token() else {
            return;
        };
        let target = if is_resolved() {
            ConversationStatus::Open
        } else {
            ConversationStatus::Resolved
        };
        status_busy.set(true);
        claim_state.set(ClaimState::Idle);
        let conversation_id = id.get_value();
        spawn_local(async move {
            match api::set_status(&token, &conversation_id, target).await {
                Ok(entry) => {
                    snapshot.try_set(Some(entry.clone()));
                    store.upsert(entry);
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        claim_state.try_set(ClaimState::Failed(failure.to_string()));
                    }
                }
            }
            status_busy.try_set(false);
        });
    };

    let survey_busy = RwSignal::new(false);
    let send_survey = move |_| {
        let Some(token) = auth.token() else {
            return;
        };
        if survey_busy.get_untracked() {
            return;
        }
        survey_busy.set(true);
        let conversation_id = id.get_value();
        spawn_local(async move {
            // The invitation arrives in the thread over the live socket.
            if let Err(failure) = api::send_survey(&token, &conversation_id).await {
                if !auth.signed_out_by(&failure) {
                    claim_state.try_set(ClaimState::Failed(failure.to_string()));
                }
            }
            survey_busy.try_set(false);
        });
    };

    let claim_label = move || match (claim_state.get(), ownership.get()) {
        (ClaimState::Busy, _) => t.claiming,
        (_, Some(Ownership::Mine)) => t.claimed_by_you,
        (ClaimState::Refused(_), _) | (_, Some(Ownership::Colleague)) => t.claimed_by_colleague,
        _ => t.claim,
    };
    let claim_note = move || match claim_state.get() {
        ClaimState::Refused(text) | ClaimState::Failed(text) => Some(text),
        _ => None,
    };

    view! {
        <div class="claim">
            <button
                type="button"
                class="button"
                class:claimed=move || ownership.get() == Some(Ownership::Mine)
                data-testid="claim-button"
                data-ownership=move || match ownership.get() {
                    Some(Ownership::Mine) => "mine",
                    Some(Ownership::Colleague) => "colleague",
                    _ => "unassigned",
                }
                disabled=move || {
                    claim_state.get() == ClaimState::Busy
                        || ownership.get() == Some(Ownership::Mine)
                }
                on:click=claim
            >
                {claim_label}
            </button>
            <button
                type="button"
                class="button secondary"
                data-testid="status-button"
                disabled=move || status_busy.get()
                on:click=change_status
            >
                {move || if is_resolved() { t.reopen } else { t.resolve }}
            </button>
            <button
                type="button"
                class="button secondary"
                data-testid="survey-button"
                title=t.survey_title
                disabled=move || survey_busy.get()
                on:click=send_survey
            >
                {t.send_survey}
            </button>
            <button
                type="button"
                class="button secondary details-toggle"
                data-testid="details-toggle"
                aria-controls="thread-details"
                aria-expanded=move || layout.details_open.get().to_string()
                on:click=move |_| layout.toggle_details()
            >
                {t.details_toggle}
            </button>
            <p class="claim-note" role="alert" data-testid="claim-error">
                {claim_note}
            </p>
        </div>
    }
}
