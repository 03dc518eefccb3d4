//! The templates screen (admins): the clinic's saved replies, with a form to add, change
//! and delete them. The server validates; its error message is shown as it comes.

use frontdesk_protocol::{Department, SaveTemplateRequest, SavedReply};
use leptos::{ev::SubmitEvent, html, prelude::*, task::spawn_local};

use crate::{api, components::department_label, state::use_auth};

/// What the form edits: a new template (`None`) or an existing one's id.
type Editing = Option<String>;

#[component]
pub fn Templates() -> impl IntoView {
    let auth = use_auth();
    let templates = RwSignal::new(Vec::<SavedReply>::new());
    let list_error = RwSignal::new(None::<String>);
    let editing = RwSignal::new(None::<String>);
    let shortcut = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let department = RwSignal::new(String::new());
    let form_error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    let shortcut_input = NodeRef::<html::Input>::new();

    let reload = move || {
        let Some(token) = auth.token() else {
            return;
        };
        spawn_local(async move {
            match api::templates(&token, None).await {
                Ok(answer) => {
                    templates.try_set(answer.templates);
                    list_error.try_set(None);
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        list_error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    };
    reload();

    let fill_form = move |template: Option<&SavedReply>| {
        editing.set(template.map(|t| t.id.clone()));
        shortcut.set(template.map(|t| t.shortcut.clone()).unwrap_or_default());
        title.set(template.map(|t| t.title.clone()).unwrap_or_default());
        body.set(template.map(|t| t.body.clone()).unwrap_or_default());
        department.set(
            template
                .and_then(|t| t.department)
                .map(|d| d.as_str().to_owned())
                .unwrap_or_default(),
        );
        form_error.set(None);
        // Editing a row far down the list: bring the form to the keyboard and the eye.
        if template.is_some() {
            if let Some(input) = shortcut_input.get_untracked() {
                input.scroll_into_view();
                let _ = input.focus();
            }
        }
    };

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        if saving.get_untracked() {
            return;
        }
        let Some(token) = auth.token() else {
            return;
        };
        let request = SaveTemplateRequest {
            shortcut: shortcut
                .get_untracked()
                .trim()
                .trim_start_matches('/')
                .to_owned(),
            title: title.get_untracked(),
            body: body.get_untracked(),
            department: Department::parse(&department.get_untracked()),
        };
        let id: Editing = editing.get_untracked();
        saving.set(true);
        form_error.set(None);
        spawn_local(async move {
            match api::save_template(&token, id.as_deref(), &request).await {
                Ok(saved) => {
                    notice.try_set(Some(format!("Saved /{}.", saved.shortcut)));
                    fill_form(None);
                    reload();
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        form_error.try_set(Some(failure.to_string()));
                    }
                }
            }
            saving.try_set(false);
        });
    };

    let remove = move |template: SavedReply| {
        let Some(token) = auth.token() else {
            return;
        };
        spawn_local(async move {
            match api::delete_template(&token, &template.id).await {
                Ok(_) => {
                    notice.try_set(Some(format!("Deleted /{}.", template.shortcut)));
                    if editing.get_untracked().as_deref() == Some(template.id.as_str()) {
                        fill_form(None);
                    }
                    reload();
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        list_error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    };

    view! {
        <section class="templates" aria-label="Templates" data-testid="templates-screen">
            <header class="reports-head">
                <h1>"Saved replies"</h1>
            </header>
            <p class="hint">
                "Staff type /shortcut in the reply box to use one. Variables: {{visitor.name}}, "
                "{{clinic.name}}, {{clinic.phone}}, {{clinic.next_opening}}, {{staff.first_name}}, "
                "{{appointment.time}} (in appointment reminders from the practice software: the "
                "appointment in the clinic's time zone); "
                "{{visitor.name|there}} shows \"there\" when the value is missing."
            </p>
            <p class="notice" role="status" data-testid="templates-notice">{move || notice.get()}</p>
            <p class="inbox-error" role="alert" data-testid="templates-error">{move || list_error.get()}</p>
            <form class="template-form" data-testid="template-form" on:submit=on_submit>
                <h2>{move || if editing.get().is_some() { "Edit template" } else { "New template" }}</h2>
                <label>
                    "Shortcut"
                    <input
                        data-testid="template-shortcut"
                        node_ref=shortcut_input
                        required
                        maxlength="33"
                        placeholder="parking"
                        autocomplete="off"
                        prop:value=move || shortcut.get()
                        on:input=move |event| shortcut.set(event_target_value(&event))
                    />
                </label>
                <label>
                    "Title"
                    <input
                        data-testid="template-title"
                        required
                        maxlength="120"
                        prop:value=move || title.get()
                        on:input=move |event| title.set(event_target_value(&event))
                    />
                </label>
                <label>
                    "Department"
                    <select
                        data-testid="template-department"
                        prop:value=move || department.get()
                        on:change=move |event| department.set(event_target_value(&event))
                    >
                        <option value="">"All departments"</option>
                        {Department::ALL
                            .into_iter()
                            .map(|d| view! { <option value=d.as_str()>{department_label(d)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    "Text"
                    <textarea
                        data-testid="template-body"
                        rows="5"
                        required
                        prop:value=move || body.get()
                        on:input=move |event| body.set(event_target_value(&event))
                    ></textarea>
                </label>
                <p class="form-error" role="alert" data-testid="template-form-error">
                    {move || form_error.get()}
                </p>
                <div class="template-form-actions">
                    <button type="submit" class="button primary" data-testid="template-save" disabled=move || saving.get()>
                        {move || if editing.get().is_some() { "Save changes" } else { "Add template" }}
                    </button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="button secondary" on:click=move |_| fill_form(None)>
                            "Cancel"
                        </button>
                    </Show>
                </div>
            </form>
            <ul class="template-list" aria-label="Templates" data-testid="template-list">
                <For each=move || templates.get() key=|t| (t.id.clone(), t.updated_at.clone()) let:template>
                    <TemplateRow template=template on_edit=fill_form on_delete=remove />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn TemplateRow(
    template: SavedReply,
    on_edit: impl Fn(Option<&SavedReply>) + Copy + 'static,
    on_delete: impl Fn(SavedReply) + Copy + 'static,
) -> impl IntoView {
    let scope = template
        .department
        .map_or("All departments", department_label);
    let for_edit = template.clone();
    let for_delete = template.clone();
    view! {
        <li class="template-row" data-testid="template-row" data-shortcut=template.shortcut.clone()>
            <div class="template-row-head">
                <span class="template-shortcut">"/" {template.shortcut.clone()}</span>
                <span class="template-title">{template.title.clone()}</span>
                <span class="template-scope">{scope}</span>
            </div>
            // Text, never HTML: a template may hold anything an admin typed.
            <p class="template-body">{template.body.clone()}</p>
            <div class="template-row-actions">
                <button
                    type="button"
                    class="button secondary"
                    data-testid="template-edit"
                    aria-label=format!("Edit /{}", template.shortcut)
                    on:click=move |_| on_edit(Some(&for_edit))
                >
                    "Edit"
                </button>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="template-delete"
                    aria-label=format!("Delete /{}", template.shortcut)
                    on:click=move |_| on_delete(for_delete.clone())
                >
                    "Delete"
                </button>
            </div>
        </li>
    }
}
