//! „Refleksja mentee” on a meeting's record: what the mentee sent back after it (attached
//! from a link on `#/udostepnione`), on screen and on the meeting's print; and the tasks it
//! reports done, which the mentor marks on the list with one tap.

use leptos::prelude::*;

use crate::components::controls::Button;
use crate::model::journal::{MeetingId, ReportedTask, marked_text, open_count};
use crate::model::journal::{Reflection, ReportedDone};
use crate::state::AppState;
use crate::state::programme::Programme;
use crate::state::received::mark_reported_done;

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

/// „Zadania zgłoszone jako zrobione” on a meeting's record: the tasks the mentee reported
/// done in the reflection attached to it, each with what the mentor's list says of it, and
/// one button that marks the open ones done. Nothing when the reflection reports none.
#[component]
pub fn ReportedDoneCard(
    /// The meeting in the active mentee's journal.
    id: MeetingId,
) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let tasks = Memo::new(move |_| programme.journal(|j| j.reported_in(id)));
    let any = Memo::new(move |_| tasks.with(|t| !t.is_empty()));
    let open = Memo::new(move |_| tasks.with(|t| open_count(t)));
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let mark = move |()| match mark_reported_done(programme, id) {
        Ok(marked) => {
            error.set(None);
            status.set(Some(marked_text(marked)));
        }
        Err(e) => error.set(Some(e.to_string())),
    };
    move || {
        any.get().then(|| {
            view! {
                <section class="card reported-done no-print" aria-labelledby="zgloszone-naglowek">
                    <h2 id="zgloszone-naglowek">"Zadania zgłoszone jako zrobione"</h2>
                    <p class="muted">"Osoba mentee odhaczyła je na swoim telefonie i przesłała z refleksją. Na Twojej liście zadań zmienią się dopiero, gdy je oznaczysz."</p>
                    {move || view! { <ReportedList tasks=tasks.get() /> }}
                    {move || {
                        let open = open.get();
                        (open > 0).then(|| view! {
                            <Button label=format!("Oznacz jako zrobione ({open})") on_press=Callback::new(mark) />
                        })
                    }}
                    <p class="status-ok" role="status">{move || status.get()}</p>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                </section>
            }
        })
    }
}

/// Reported tasks, each with its day and what the mentor's list says of it.
#[component]
pub fn ReportedList(
    /// The tasks, as found in the mentor's journal.
    tasks: Vec<ReportedTask>,
) -> impl IntoView {
    view! {
        <ul class="reported-list">
            {tasks.into_iter().map(|t| view! {
                <li class="reported-item" class:is-open=t.is_open()>
                    <span class="reported-what prewrap">{t.what.clone()}</span>
                    <span class="reported-meta">{t.meta_text()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Reported tasks not matched to a journal (no meeting found for the reflection yet): each
/// with its day only.
#[component]
pub fn ReportedDays(
    /// The tasks as the reflection reports them.
    done: Vec<ReportedDone>,
) -> impl IntoView {
    view! {
        <ul class="reported-list">
            {done.into_iter().map(|d| view! {
                <li class="reported-item">
                    <span class="reported-what prewrap">{d.what.trim().to_string()}</span>
                    <span class="reported-meta">{d.day_text()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
