//! The admin's team screen: who has an account, invitations for new staff and
//! password resets (their one-time links go by email to the person, never to the admin,
//! so the screen says only that one was sent), and disabling, enabling and unlocking a
//! colleague's account.

use frontdesk_protocol::{Department, InviteRequest, LinkSent, StaffProfile, StaffRole};
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use super::department_label;
use crate::api::{self, AccountChange};
use crate::components::role_label;
use crate::state::use_auth;

#[component]
pub fn Team() -> impl IntoView {
    let auth = use_auth();
    let members = RwSignal::new(Vec::<StaffProfile>::new());
    let error = RwSignal::new(None::<String>);
    let link = RwSignal::new(None::<(String, LinkSent)>);
    let (email, name) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let role = RwSignal::new(StaffRole::FrontDesk);
    let teams = RwSignal::new(vec![Department::FrontDesk]);

    let report = move |failure: api::ApiFailure| {
        if !auth.signed_out_by(&failure) {
            error.try_set(Some(failure.to_string()));
        }
    };
    let load = move || {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match api::staff_list(&token).await {
                Ok(list) => _ = members.try_set(list.staff),
                Err(failure) => report(failure),
            }
        });
    };
    load();

    let invite = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(token) = auth.token() else { return };
        let request = InviteRequest {
            email: email.get_untracked(),
            name: name.get_untracked(),
            role: role.get_untracked(),
            departments: teams.get_untracked(),
        };
        spawn_local(async move {
            match api::invite(&token, &request).await {
                Ok(made) => {
                    link.try_set(Some((
                        format!("An invitation went by email to {}", request.email.trim()),
                        made,
                    )));
                    email.try_set(String::new());
                    name.try_set(String::new());
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };
    let reset = move |member: StaffProfile| {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match api::reset_link(&token, &member.id).await {
                Ok(made) => {
                    link.try_set(Some((
                        format!("A password-reset link went by email to {}", member.name),
                        made,
                    )));
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };
    let notice = RwSignal::new(None::<String>);
    let change = move |member: StaffProfile, change: AccountChange| {
        let Some(token) = auth.token() else { return };
        spawn_local(async move {
            match api::change_account(&token, &member.id, change).await {
                Ok(now) => {
                    let said = match change {
                        AccountChange::Disable => "is disabled: signed out everywhere",
                        AccountChange::Enable => "can sign in again",
                        AccountChange::Unlock => "can try signing in again",
                    };
                    notice.try_set(Some(format!("{} {said}.", now.name)));
                    members.try_update(|list| {
                        if let Some(row) = list.iter_mut().find(|m| m.id == now.id) {
                            *row = now;
                        }
                    });
                    error.try_set(None);
                }
                Err(failure) => report(failure),
            }
        });
    };
    view! {
        <section class="templates team" aria-labelledby="team-title" data-testid="team">
            <h1 id="team-title">"Team"</h1>
            <p class="form-error" role="alert" data-testid="team-error">{move || error.get()}</p>
            <p role="status" data-testid="team-notice">{move || notice.get()}</p>
            {move || {
                link.get()
                    .map(|(what, made)| {
                        view! {
                            <div class="one-time-link" role="status" data-testid="link-sent">
                                <p>{what} ". The link works once, until "
                                    {made.expires_at.clone()}
                                    ". Only they receive it: it is not shown here."</p>
                            </div>
                        }
                    })
            }}
            <form class="template-form" on:submit=invite aria-label="Invite a staff member">
                <h2>"Invite a staff member"</h2>
                <label>"Email"
                    <input type="email" data-testid="invite-email" prop:value=move || email.get()
                        on:input=move |e| email.set(event_target_value(&e)) />
                </label>
                <label>"Name"
                    <input data-testid="invite-name" maxlength="100" prop:value=move || name.get()
                        on:input=move |e| name.set(event_target_value(&e)) />
                </label>
                <label>"Role"
                    <select data-testid="invite-role"
                        on:change=move |e| role.set(StaffRole::parse(&event_target_value(&e)).unwrap_or(StaffRole::FrontDesk))>
                        {[StaffRole::FrontDesk, StaffRole::Clinician, StaffRole::Admin]
                            .into_iter()
                            .map(|r| view! { <option value=r.as_str() selected=r == StaffRole::FrontDesk>{role_label(r)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <fieldset class="team-choices">
                    <legend>"Teams"</legend>
                    {Department::ALL
                        .into_iter()
                        .map(|d| {
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid=format!("invite-team-{}", d.as_str())
                                        prop:checked=move || teams.with(|t| t.contains(&d))
                                        on:change=move |_| teams.update(|t| {
                                            if let Some(at) = t.iter().position(|x| *x == d) {
                                                t.remove(at);
                                            } else {
                                                t.push(d);
                                            }
                                        })
                                    />
                                    {department_label(d)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="template-form-actions">
                    <button type="submit" class="button primary" data-testid="invite-send">"Create invitation link"</button>
                </div>
            </form>
            <h2>"Accounts"</h2>
            <ul class="template-list" data-testid="team-list">
                <For each=move || members.get() key=|m| (m.id.clone(), m.disabled) let:member>
                    <li class="template-row" data-testid="team-member" data-disabled=member.disabled.to_string()>
                        <div class="template-row-head">
                            <strong>{member.name.clone()}</strong>
                            <span>{member.email.clone()}</span>
                            {member.disabled.then(|| view! { <span class="template-scope" data-testid="member-disabled">"Disabled"</span> })}
                            <span class="template-scope">
                                {role_label(member.role)} " · "
                                {member.departments.iter().map(|d| department_label(*d)).collect::<Vec<_>>().join(", ")}
                            </span>
                        </div>
                        <div class="template-row-actions">
                            <button type="button" class="button secondary" data-testid="reset-link"
                                on:click={
                                    let member = member.clone();
                                    move |_| reset(member.clone())
                                }>
                                "Email a password reset"
                            </button>
                            <button type="button" class="button secondary" data-testid="unlock-account"
                                on:click={
                                    let member = member.clone();
                                    move |_| change(member.clone(), AccountChange::Unlock)
                                }>
                                "Unlock sign-in"
                            </button>
                            <button type="button" class="button secondary"
                                data-testid=if member.disabled { "enable-account" } else { "disable-account" }
                                on:click={
                                    let member = member.clone();
                                    let what = if member.disabled { AccountChange::Enable } else { AccountChange::Disable };
                                    move |_| change(member.clone(), what)
                                }>
                                {if member.disabled { "Enable account" } else { "Disable account" }}
                            </button>
                        </div>
                    </li>
                </For>
            </ul>
        </section>
    }
}
