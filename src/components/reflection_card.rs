//! „Refleksja mentee” on a meeting's record: what the mentee sent back after it (attached
//! from a link on `#/udostepnione`), on screen and on the meeting's print.

use leptos::prelude::*;

use crate::model::journal::MeetingId;
use crate::model::share::Reflection;
use crate::state::AppState;
use crate::state::programme::Programme;

/// The mentee's reflection on meeting `id`, if one is attached; nothing otherwise.
#[component]
pub fn ReflectionCard(
    /// The meeting in the active mentee's journal.
    id: MeetingId,
) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let state = expect_context::<AppState>();
    // The record is the active mentee's: their name from the mentor's own list, not the
    // name the link claimed.
    let listed = move || state.roster.with(|r| r.active().name.clone());
    let reflection =
        Memo::new(move |_| programme.journal(|j| j.get(id).and_then(|m| m.reflection.clone())));
    move || {
        reflection.get().map(|r| {
            view! {
                <section class="card reflection-card" aria-labelledby="refleksja-naglowek">
                    <h2 id="refleksja-naglowek">"Refleksja mentee"</h2>
                    <p class="muted">{r.byline_listed(&listed())}</p>
                    <ReflectionAnswers reflection=r />
                </section>
            }
        })
    }
}

/// A reflection's answers and rating, as text; the same wherever a reflection is shown.
#[component]
pub fn ReflectionAnswers(
    /// The mentee's reflection.
    reflection: Reflection,
) -> impl IntoView {
    let answer = |text: &str| {
        if text.is_empty() {
            "—".to_string()
        } else {
            text.to_string()
        }
    };
    view! {
        <dl class="reflection-answers">
            <dt>"Co zabieram ze spotkania"</dt>
            <dd class="prewrap">{answer(&reflection.takeaway)}</dd>
            <dt>"Co zrobię do następnego spotkania"</dt>
            <dd class="prewrap">{answer(&reflection.next)}</dd>
        </dl>
        <p><strong>{reflection.usefulness_text()}</strong></p>
    }
}
