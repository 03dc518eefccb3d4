//! The inbox's "New conversation" (issue 20): a dialog in which staff start a
//! conversation with a patient by SMS or WhatsApp (`POST /v1/staff/conversations`), to a
//! number they type or to the open conversation's verified phone, which is named by the
//! conversation's id so the number never leaves the server. SMS takes text; a first
//! WhatsApp message is one of the clinic's approved templates, filled in as the reply
//! box's picker fills them. The server's refusals (opt-out, a bad number) show as its
//! words. Escape or Cancel closes it and the focus goes back to the button; once sent,
//! the new (or joined) conversation opens.

use frontdesk_domain::approved_template::{complete, fill as fill_body, request};
use frontdesk_protocol::{
    Channel, OutreachOptions, StartConversationRequest, StartConversationResponse,
};
use leptos::{ev::KeyboardEvent, html, prelude::*, task::spawn_local};

use crate::{
    api::{call, encode, ApiFailure},
    components::{
        channel_label, client_msg_id,
        whatsapp_template::{parameter_fields, template_options},
    },
    i18n::use_strings,
    state::{use_auth, InboxStore},
};

/// `GET /v1/staff/outreach`: the channels and templates the dialog offers.
async fn options(token: &str) -> Result<OutreachOptions, ApiFailure> {
    call("GET", "/v1/staff/outreach", Some(token), None).await
}

/// `POST /v1/staff/conversations`.
async fn start(
    token: &str,
    request: &StartConversationRequest,
) -> Result<StartConversationResponse, ApiFailure> {
    call(
        "POST",
        "/v1/staff/conversations",
        Some(token),
        Some(encode(request)?),
    )
    .await
}

#[component]
pub fn NewConversation(selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let store = expect_context::<InboxStore>();
    let open = RwSignal::new(false);
    let opener = NodeRef::<html::Button>::new();
    let first_field = NodeRef::<html::Select>::new();
    let offered = RwSignal::new(None::<OutreachOptions>);
    let channel = RwSignal::new(Channel::Sms);
    let to_patient = RwSignal::new(false);
    let number = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let chosen = RwSignal::new(0usize);
    let values = RwSignal::new(Vec::<String>::new());
    let sending = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    // The id of a start that may not have arrived, reused on retry so it can't send twice.
    let pending = RwSignal::new(None::<(String, String)>);

    // The open conversation, when its phone is verified: offered as the recipient.
    let patient = Memo::new(move |_| {
        let id = selected.get()?;
        store.entries.with(|list| {
            list.iter()
                .any(|e| e.conversation_id == id && e.verified.phone.is_some())
                .then_some(id)
        })
    });
    let templates = Memo::new(move |_| {
        offered.with(|o| {
            o.as_ref()
                .map(|o| o.whatsapp_templates.clone())
                .unwrap_or_default()
        })
    });
    let template =
        Memo::new(move |_| templates.with(|list| list.get(chosen.get()).or(list.first()).cloned()));
    let on_whatsapp = move || channel.get() == Channel::Whatsapp;
    // What the patient will read: the typed text, or the template filled in.
    let message = Memo::new(move |_| {
        if channel.get() == Channel::Whatsapp {
            template.with(|t| {
                t.as_ref()
                    .map(|t| values.with(|v| fill_body(&t.body, v)))
                    .unwrap_or_default()
            })
        } else {
            text.get()
        }
    });
    let ready = Memo::new(move |_| {
        let recipient =
            to_patient.get() && patient.get().is_some() || !number.get().trim().is_empty();
        let content = if channel.get() == Channel::Whatsapp {
            template.with(|t| t.as_ref().is_some_and(|t| values.with(|v| complete(t, v))))
        } else {
            !text.get().trim().is_empty()
        };
        recipient && content
    });

    let show = move || {
        // The dialog's fields are drawn afresh each time: its state starts over too.
        error.set(None);
        number.set(String::new());
        text.set(String::new());
        values.set(Vec::new());
        chosen.set(0);
        to_patient.set(false);
        pending.set(None);
        if let Some(first) =
            offered.with_untracked(|o| o.as_ref().and_then(|o| o.channels.first().copied()))
        {
            channel.set(first);
        }
        open.set(true);
        if offered.get_untracked().is_none() {
            if let Some(token) = auth.token() {
                spawn_local(async move {
                    match options(&token).await {
                        Ok(found) => {
                            if let Some(first) = found.channels.first() {
                                channel.try_set(*first);
                            }
                            offered.try_set(Some(found));
                        }
                        Err(failure) => {
                            if !auth.signed_out_by(&failure) {
                                error.try_set(Some(failure.to_string()));
                            }
                        }
                    }
                });
            }
        }
        request_animation_frame(move || {
            if let Some(field) = first_field.try_get_untracked().flatten() {
                _ = field.focus();
            }
        });
    };
    let hide = move || {
        open.set(false);
        if let Some(button) = opener.try_get_untracked().flatten() {
            _ = button.focus();
        }
    };
    let send = move || {
        if sending.get_untracked() || !ready.get_untracked() {
            return;
        }
        let Some(token) = auth.token() else {
            return;
        };
        let by_patient = to_patient
            .get_untracked()
            .then(|| patient.get_untracked())
            .flatten();
        let channel_now = channel.get_untracked();
        let whatsapp_template = (channel_now == Channel::Whatsapp)
            .then(|| template.get_untracked())
            .flatten()
            .map(|t| values.with_untracked(|v| request(&t, v)));
        let typed = number.get_untracked().trim().to_owned();
        // A retry of the same message to the same patient reuses its id.
        let key = format!(
            "{}|{}|{}",
            channel_now.as_str(),
            by_patient.as_deref().unwrap_or(&typed),
            message.get_untracked()
        );
        let Some(client_msg_id) = client_msg_id::for_text(pending, &key) else {
            error.set(Some(t.no_message_ids.into()));
            return;
        };
        let body = StartConversationRequest {
            client_msg_id,
            channel: channel_now,
            to: by_patient.is_none().then_some(typed),
            patient_of: by_patient,
            text: if whatsapp_template.is_some() {
                String::new()
            } else {
                text.get_untracked()
            },
            whatsapp_template,
        };
        sending.set(true);
        error.set(None);
        spawn_local(async move {
            match start(&token, &body).await {
                Ok(answer) => {
                    hide();
                    selected.try_set(Some(answer.conversation_id));
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        error.try_set(Some(failure.to_string()));
                    }
                }
            }
            sending.try_set(false);
        });
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            hide();
        }
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        send();
    };

    let parameter_fields = parameter_fields(template, values, "start-param", send);
    let channel_options = move || {
        offered
            .with(|o| o.as_ref().map(|o| o.channels.clone()).unwrap_or_default())
            .into_iter()
            .map(|option| {
                view! {
                    <option value=option.as_str()>
                        {channel_label(option)}
                    </option>
                }
            })
            .collect_view()
    };

    view! {
        <button
            type="button"
            class="button primary new-conversation"
            data-testid="new-conversation"
            aria-haspopup="dialog"
            node_ref=opener
            on:click=move |_| show()
        >
            {t.new_conversation}
        </button>
        <Show when=move || open.get()>
            <div class="key-help-backdrop">
                <form
                    class="key-help start-dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="start-title"
                    data-testid="start-dialog"
                    on:keydown=on_keydown
                    on:submit=on_submit
                >
                    <h2 id="start-title">{t.new_conversation}</h2>
                    <label for="start-channel">{t.channel}</label>
                    <select
                        id="start-channel"
                        data-testid="start-channel"
                        node_ref=first_field
                        on:change=move |event| {
                            if let Some(picked) = Channel::parse(&event_target_value(&event)) {
                                channel.set(picked);
                                pending.set(None);
                            }
                        }
                    >
                        {channel_options}
                    </select>
                    <div hidden=move || patient.get().is_none()>
                        <label for="start-recipient">{t.start_to}</label>
                        <select
                            id="start-recipient"
                            data-testid="start-recipient"
                            on:change=move |event| to_patient.set(event_target_value(&event) == "patient")
                        >
                            <option value="typed">{t.start_typed_number}</option>
                            <option value="patient">{t.start_verified_phone}</option>
                        </select>
                    </div>
                    <div hidden=move || to_patient.get() && patient.get().is_some()>
                        <label for="start-number">{t.start_number}</label>
                        <input
                            id="start-number"
                            type="tel"
                            data-testid="start-number"
                            maxlength="32"
                            autocomplete="off"
                            placeholder="+493055501420"
                            on:input=move |event| number.set(event_target_value(&event))
                        />
                    </div>
                    <div hidden=on_whatsapp>
                        <label for="start-text">{t.start_message}</label>
                        <textarea
                            id="start-text"
                            data-testid="start-text"
                            rows="4"
                            maxlength="1600"
                            on:input=move |event| text.set(event_target_value(&event))
                        ></textarea>
                    </div>
                    <div hidden=move || !on_whatsapp()>
                        <p class="start-note">{t.start_needs_template}</p>
                        <label for="start-template">{t.wa_template_label}</label>
                        <select
                            id="start-template"
                            data-testid="start-template"
                            on:change=move |event| {
                                chosen.set(event_target_value(&event).parse().unwrap_or(0));
                                values.set(Vec::new());
                            }
                        >
                            {template_options(templates, chosen)}
                        </select>
                        {parameter_fields}
                        <p class="wa-template-preview-label">{t.wa_template_preview}</p>
                        <p class="wa-template-preview" data-testid="start-preview">
                            {move || message.get()}
                        </p>
                    </div>
                    <p class="form-error" role="alert" data-testid="start-error">
                        {move || error.get()}
                    </p>
                    <div class="start-actions">
                        <button type="button" class="button" data-testid="start-cancel" on:click=move |_| hide()>
                            {t.cancel}
                        </button>
                        <button
                            type="submit"
                            class="button primary"
                            data-testid="start-send"
                            disabled=move || sending.get() || !ready.get()
                        >
                            {move || if sending.get() { t.sending } else { t.send }}
                        </button>
                    </div>
                </form>
            </div>
        </Show>
    }
}
