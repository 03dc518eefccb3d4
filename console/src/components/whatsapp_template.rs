//! The reply box's approved-template picker (issue 18): once WhatsApp's 24-hour window has
//! closed, free text is refused, so staff pick one of the clinic's approved templates
//! (`channel_rules.whatsapp_templates`), fill one field per `{{n}}` parameter, read the
//! patient's words in the preview (as text), and send it through the staff reply call
//! with `whatsapp_template`; the filled text is what the thread shows.
//!
//! A fieldset inside the reply box's form (forms don't nest): its button is `type=button`
//! and Enter in a parameter field sends the template, not the (refused) draft.

use frontdesk_domain::{
    approved_template::{complete, fill as fill_body, parameter_count, request},
    channels::reply_box::ReplyHint,
};
use frontdesk_protocol::{ApprovedTemplate, ChannelRules, Message, SendMessageRequest};
use leptos::{ev::KeyboardEvent, prelude::*, task::spawn_local};

use crate::{
    api,
    components::{client_msg_id, delivery::Deliveries},
    i18n::{fill, use_strings},
    state::use_auth,
};
use frontdesk_client_core::seq::merge_by_seq;

/// The templates the picker offers now: the clinic's, while the window is closed on a
/// channel that takes templates (WhatsApp); none otherwise.
pub fn offered(rules: Option<&ChannelRules>, hint: ReplyHint) -> Vec<ApprovedTemplate> {
    match (rules, hint) {
        (
            Some(rules),
            ReplyHint::WindowClosed {
                templates: true, ..
            },
        ) => rules.whatsapp_templates.clone(),
        _ => Vec::new(),
    }
}

/// One labelled field per `{{n}}` parameter of `template`, writing `values` (ids and
/// test ids start with `prefix`); Enter in one calls `on_enter`. Shared by the reply box's
/// picker and the "New conversation" dialog.
pub fn parameter_fields(
    template: Memo<Option<ApprovedTemplate>>,
    values: RwSignal<Vec<String>>,
    prefix: &'static str,
    on_enter: impl Fn() + Copy + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Copy + Send + Sync + 'static {
    let t = use_strings();
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            on_enter();
        }
    };
    move || {
        let count = template.with(|t| t.as_ref().map_or(0, |t| parameter_count(&t.body)));
        (1..=count)
            .map(|n| {
                let id = format!("{prefix}-{n}");
                view! {
                    <label for=id.clone()>{fill(t.wa_template_parameter, &[&n.to_string()])}</label>
                    <input
                        id=id
                        type="text"
                        data-testid=prefix
                        maxlength="1024"
                        autocomplete="off"
                        prop:value=move || values.with(|v| v.get(n - 1).cloned().unwrap_or_default())
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            values.update(|list| {
                                if list.len() < n {
                                    list.resize(n, String::new());
                                }
                                list[n - 1] = value;
                            });
                        }
                        on:keydown=on_keydown
                    />
                }
            })
            .collect_view()
            .into_any()
    }
}

/// The options of a template select: each of `templates` by name and language, its
/// index the value, `chosen` selected.
pub fn template_options(
    templates: Memo<Vec<ApprovedTemplate>>,
    chosen: RwSignal<usize>,
) -> impl Fn() -> AnyView + Copy + Send + Sync + 'static {
    move || {
        templates
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, template)| {
                view! {
                    <option value=index.to_string() selected=move || chosen.get() == index>
                        {format!("{} ({})", template.name, template.language)}
                    </option>
                }
            })
            .collect_view()
            .into_any()
    }
}

#[component]
pub fn WhatsappTemplatePicker(
    rules: RwSignal<Option<ChannelRules>>,
    hint: Memo<ReplyHint>,
    messages: RwSignal<Vec<Message>>,
    deliveries: Deliveries,
    conversation_id: StoredValue<String>,
) -> impl IntoView {
    let t = use_strings();
    let auth = use_auth();
    let templates = Memo::new(move |_| rules.with(|rules| offered(rules.as_ref(), hint.get())));
    let chosen = RwSignal::new(0usize);
    let values = RwSignal::new(Vec::<String>::new());
    let sending = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    // The id of a send that may not have arrived, reused on retry so it can't post twice.
    let pending = RwSignal::new(None::<(String, String)>);
    let current =
        Memo::new(move |_| templates.with(|list| list.get(chosen.get()).or(list.first()).cloned()));
    let preview = Memo::new(move |_| {
        current.with(|template| {
            template
                .as_ref()
                .map(|template| values.with(|values| fill_body(&template.body, values)))
        })
    });
    let ready = Memo::new(move |_| {
        current.with(|template| {
            template
                .as_ref()
                .is_some_and(|template| values.with(|values| complete(template, values)))
        })
    });

    let send = move || {
        if sending.get_untracked() || !ready.get_untracked() {
            return;
        }
        let (Some(template), Some(text)) = (current.get_untracked(), preview.get_untracked())
        else {
            return;
        };
        let Some(token) = auth.token() else {
            return;
        };
        let Some(client_msg_id) = client_msg_id::for_text(pending, &text) else {
            error.set(Some(t.no_message_ids.into()));
            return;
        };
        let whatsapp_template = values.with_untracked(|values| request(&template, values));
        sending.set(true);
        error.set(None);
        let id = conversation_id.get_value();
        spawn_local(async move {
            let message = SendMessageRequest {
                client_msg_id,
                text,
                attachment_ids: Vec::new(),
            };
            match api::reply_template(&token, &id, &message, &whatsapp_template).await {
                Ok(answer) => {
                    deliveries.expect(answer.message.seq);
                    messages.try_update(|list| merge_by_seq(list, [answer.message]));
                    pending.try_set(None);
                    values.try_set(Vec::new());
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
    let fields = parameter_fields(current, values, "wa-template-param", send);

    view! {
        <Show when=move || templates.with(|list| !list.is_empty())>
            <fieldset class="wa-template" data-testid="wa-template-picker">
                <legend>{t.wa_template_legend}</legend>
                <label for="wa-template-select">{t.wa_template_label}</label>
                <select
                    id="wa-template-select"
                    data-testid="wa-template-select"
                    on:change=move |event| {
                        let index = event_target_value(&event).parse().unwrap_or(0);
                        chosen.set(index);
                        values.set(Vec::new());
                        pending.set(None);
                    }
                >
                    {template_options(templates, chosen)}
                </select>
                {fields}
                <p class="wa-template-preview-label">
                    {t.wa_template_preview}
                </p>
                <p class="wa-template-preview" data-testid="wa-template-preview">
                    {move || preview.get()}
                </p>
                <div class="wa-template-actions">
                    <span class="form-error" role="alert" data-testid="wa-template-error">
                        {move || error.get()}
                    </span>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="wa-template-send"
                        disabled=move || sending.get() || !ready.get()
                        on:click=move |_| send()
                    >
                        {move || if sending.get() { t.sending } else { t.wa_template_send }}
                    </button>
                </div>
            </fieldset>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ChannelRules {
        ChannelRules {
            opted_out: false,
            window_hours: Some(24),
            templates_outside_window: true,
            last_patient_message_at: None,
            whatsapp_templates: vec![ApprovedTemplate {
                name: "follow_up".into(),
                language: "en_US".into(),
                body: "Hello, {{1}} has news for you.".into(),
            }],
        }
    }

    #[test]
    fn templates_are_offered_only_once_the_window_has_closed() {
        let closed = ReplyHint::WindowClosed {
            hours: 24,
            templates: true,
        };
        assert_eq!(offered(Some(&rules()), closed).len(), 1);
        let open = ReplyHint::WindowOpen {
            closes_at_ms: 0,
            minutes_left: 10,
            hours: 24,
        };
        assert!(offered(Some(&rules()), open).is_empty());
        assert!(offered(Some(&rules()), ReplyHint::OptedOut).is_empty());
        // WeChat's window takes no templates.
        let wechat = ReplyHint::WindowClosed {
            hours: 48,
            templates: false,
        };
        assert!(offered(Some(&rules()), wechat).is_empty());
        assert!(offered(None, closed).is_empty());
    }
}
