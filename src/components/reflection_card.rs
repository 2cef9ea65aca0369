//! „Refleksja mentee” on a meeting's record: what the mentee sent back after it (attached
//! from a link on `#/udostepnione`), on screen and on the meeting's print.

use leptos::prelude::*;

use crate::model::date;
use crate::model::journal::MeetingId;
use crate::state::programme::Programme;

/// The mentee's reflection on meeting `id`, if one is attached; nothing otherwise.
#[component]
pub fn ReflectionCard(
    /// The meeting in the active mentee's journal.
    id: MeetingId,
) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let reflection =
        Memo::new(move |_| programme.journal(|j| j.get(id).and_then(|m| m.reflection.clone())));
    move || {
        reflection.get().map(|r| {
            let sender = r.mentee.trim().to_string();
            view! {
                <section class="card reflection-card" aria-labelledby="refleksja-naglowek">
                    <h2 id="refleksja-naglowek">"Refleksja mentee"</h2>
                    <p class="muted">
                        {if sender.is_empty() {
                            format!("Po spotkaniu {}", date::long(r.meeting_date))
                        } else {
                            format!("{sender}, po spotkaniu {}", date::long(r.meeting_date))
                        }}
                    </p>
                    <dl class="reflection-answers">
                        <dt>"Co zabieram ze spotkania"</dt>
                        <dd class="prewrap">{if r.takeaway.is_empty() { "—".to_string() } else { r.takeaway.clone() }}</dd>
                        <dt>"Co zrobię do następnego spotkania"</dt>
                        <dd class="prewrap">{if r.next.is_empty() { "—".to_string() } else { r.next.clone() }}</dd>
                    </dl>
                    <p><strong>{r.usefulness_text()}</strong></p>
                </section>
            }
        })
    }
}
