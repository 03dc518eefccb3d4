//! The staff member's language: a select in the top bar (and on the sign-in screen) that
//! switches the console at once.

use leptos::prelude::*;

use crate::i18n::{choice, use_strings, Lang};

/// Each language is listed by its own name, so someone who can't read the current one
/// still finds theirs. `on_pick` runs after the switch (the workspace saves it to the
/// account).
#[component]
pub fn LanguagePicker(#[prop(optional, into)] on_pick: Option<Callback<Lang>>) -> impl IntoView {
    let i18n = expect_context::<choice::I18n>();
    let t = use_strings();
    let current = i18n.lang.get_untracked();
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{t.language}</span>
            <select
                data-testid="language-picker"
                on:change=move |event| {
                    let Some(lang) = Lang::from_tag(&event_target_value(&event)) else {
                        return;
                    };
                    choice::remember(lang);
                    i18n.lang.set(lang);
                    if let Some(on_pick) = on_pick {
                        on_pick.run(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=lang == current>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
