//! An after-treatment survey inside the conversation: a 1–5 rating, "any problems since
//! your treatment?" and free text, answered once.

use frontdesk_protocol::SurveyAnswerRequest;
use leptos::either::Either;
use leptos::prelude::*;

use crate::chat::Chat;
use crate::i18n::LangStrings;

/// The form under a survey invitation; once answered, a thank-you line.
#[component]
pub fn SurveyCard(chat: Chat, survey_id: String) -> impl IntoView {
    let strings = chat.lang.get_untracked().strings();
    let answer_id = format!("survey-answer:{survey_id}");
    // A signal set by an effect, not a `Memo` or `<Show>`: the card was the widget's only
    // user of memos, and their machinery cost about 2 KB brotli of the panel.
    let answered = RwSignal::new(
        chat.thread
            .with_untracked(|t| t.has_client_msg_id(&answer_id)),
    );
    let is_answered = move || chat.thread.with(|t| t.has_client_msg_id(&answer_id));
    Effect::new(move |_| {
        let now = is_answered();
        if now != answered.get_untracked() {
            answered.set(now);
        }
    });
    let group = format!("fd-rating-{survey_id}");
    let rating = RwSignal::new(None::<u8>);
    let problems = RwSignal::new(false);
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let note = RwSignal::new(None::<String>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(rating) = rating.get_untracked() else {
            note.set(Some(strings.survey_pick_rating.to_owned()));
            return;
        };
        busy.set(true);
        note.set(None);
        let text = comment.get_untracked();
        let answer = SurveyAnswerRequest {
            rating: i64::from(rating),
            problems: problems.get_untracked(),
            comment: (!text.trim().is_empty()).then_some(text),
        };
        chat.answer_survey(survey_id.clone(), answer, move |result| {
            busy.set(false);
            note.set(result.err().map(|error| chat.describe(&error)));
        });
    };
    let form = move || {
        let submit = submit.clone();
        let group = group.clone();
        let problem_group = format!("{group}-problems");
        let stars = (1..=5u8)
            .map(|n| {
                view! {
                    <label class="fd-rate">
                        <input
                            type="radio"
                            name=group.clone()
                            value=n.to_string()
                            data-testid=format!("fd-survey-rating-{n}")
                            on:change=move |_| rating.set(Some(n))
                        />
                        <span>{n}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <form class="fd-survey" data-testid="fd-survey" on:submit=submit>
                <fieldset>
                    <legend>{strings.survey_rating}</legend>
                    <div class="fd-rates">{stars}</div>
                </fieldset>
                <fieldset>
                    <legend>{strings.survey_problems}</legend>
                    <label>
                        <input
                            type="radio"
                            name=problem_group.clone()
                            data-testid="fd-survey-problems-yes"
                            on:change=move |_| problems.set(true)
                        />
                        {strings.yes}
                    </label>
                    <label>
                        <input
                            type="radio"
                            name=problem_group
                            checked
                            data-testid="fd-survey-problems-no"
                            on:change=move |_| problems.set(false)
                        />
                        {strings.no}
                    </label>
                </fieldset>
                <label class="fd-survey-comment">
                    {strings.survey_comment}
                    <textarea
                        data-testid="fd-survey-comment"
                        maxlength="2000"
                        rows="2"
                        on:input=move |event| comment.set(event_target_value(&event))
                    ></textarea>
                </label>
                <button
                    type="submit"
                    class="fd-survey-send"
                    data-testid="fd-survey-submit"
                    disabled=move || busy.get()
                >
                    {strings.survey_submit}
                </button>
                <p class="fd-survey-note" role="status">
                    {move || note.get()}
                </p>
            </form>
        }
    };
    move || {
        if answered.get() {
            Either::Left(view! {
                <p class="fd-survey-done" data-testid="fd-survey-done">
                    {strings.survey_thanks}
                </p>
            })
        } else {
            Either::Right(form())
        }
    }
}
