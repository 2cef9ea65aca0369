//! A mentee's reflection on the mentor's phone: opened from a link on `#/udostepnione`,
//! handed over to the programme page ([`crate::state::received::hand_over_reflection`]),
//! shown, then attached to its meeting. The programme page has the journal and its one source
//! ([`Programme`]); the page that opens links on a mentee's phone does not carry them.

use leptos::prelude::*;

use crate::components::controls::Button;
use crate::model::date;
use crate::model::journal::MeetingId;
use crate::model::mentees::MenteeId;
use crate::model::received;
use crate::model::share::Reflection;
use crate::route::Route;
use crate::state::AppState;
use crate::state::programme::Programme;
use crate::state::received::attach_reflection;

/// A mentee's reflection, on the mentor's phone: shown, then attached to its meeting.
#[component]
pub fn ReflectionReceived(reflection: Reflection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let programme = expect_context::<Programme>();
    let r = reflection.clone();
    let reflection = StoredValue::new(reflection);
    // The meeting the link names, if this phone has it (that mentee, that meeting, that day).
    let found: Option<(MenteeId, String, MeetingId, chrono::NaiveDate)> = {
        let r = reflection.get_value();
        let mentee = state
            .roster
            .with_untracked(|roster| roster.get(&r.origin.mentee).map(|m| m.name.clone()));
        mentee.and_then(|name| {
            let journal = state.journal_of(&r.origin.mentee);
            received::meeting_of(&r, &journal)
                .map(|id| (r.origin.mentee.clone(), name, id, r.meeting_date))
        })
    };
    let error = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(None::<(MenteeId, MeetingId)>);
    let attach_now = move |mentee: MenteeId, meeting: MeetingId| match attach_reflection(
        state,
        programme,
        &mentee,
        meeting,
        reflection.get_value(),
    ) {
        Ok(()) => {
            let _ = window().location().set_hash(
                &Route::Przebieg {
                    meeting: Some(meeting.0),
                }
                .to_hash(),
            );
        }
        Err(e) => error.set(Some(e.to_string())),
    };
    let attach = move |mentee: MenteeId, meeting: MeetingId| {
        let has_one = state
            .journal_of(&mentee)
            .get(meeting)
            .is_some_and(|m| m.reflection.is_some());
        if has_one {
            confirm.set(Some((mentee, meeting)));
        } else {
            attach_now(mentee, meeting);
        }
    };
    let sender = r.mentee.trim().to_string();
    view! {
        <h1>"Refleksja od mentee"</h1>
        <p class="lead">
            {if sender.is_empty() {
                format!("Po spotkaniu {}", date::long(r.meeting_date))
            } else {
                format!("{sender}, po spotkaniu {}", date::long(r.meeting_date))
            }}
        </p>
        <section class="card" aria-labelledby="odpowiedzi-naglowek">
            <h2 id="odpowiedzi-naglowek">"Odpowiedzi"</h2>
            <dl class="reflection-answers">
                <dt>"Co zabieram ze spotkania"</dt>
                <dd class="prewrap">{if r.takeaway.is_empty() { "—".to_string() } else { r.takeaway.clone() }}</dd>
                <dt>"Co zrobię do następnego spotkania"</dt>
                <dd class="prewrap">{if r.next.is_empty() { "—".to_string() } else { r.next.clone() }}</dd>
            </dl>
            <p><strong>{r.usefulness_text()}</strong></p>
        </section>
        <section class="card" aria-labelledby="dolacz-naglowek">
            <h2 id="dolacz-naglowek">"Dołącz do spotkania"</h2>
            {match found {
                Some((mentee, name, meeting, day)) => view! {
                    <p>"Refleksja trafi do notatki z tego spotkania, w przebiegu mentoringu."</p>
                    <Button
                        label=format!("Dołącz do spotkania {} ({name})", date::long(day))
                        on_press=Callback::new(move |()| attach(mentee.clone(), meeting))
                    />
                }
                .into_any(),
                None => view! { <PickMeeting on_pick=Callback::new(move |(mentee, meeting)| attach(mentee, meeting)) /> }.into_any(),
            }}
            {move || confirm.get().map(|(mentee, meeting)| view! {
                <div class="confirm" role="alertdialog" aria-labelledby="zastapic">
                    <p id="zastapic"><strong>"Zastąpić poprzednią refleksję?"</strong></p>
                    <div class="row">
                        <Button label="Tak, zastąp" on_press=Callback::new(move |()| {
                            confirm.set(None);
                            attach_now(mentee.clone(), meeting);
                        }) />
                        <Button label="Nie, zostaw" class="button-quiet" on_press=Callback::new(move |()| confirm.set(None)) />
                    </div>
                </div>
            })}
            {move || error.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
        </section>
    }
}

/// No meeting on this phone matches the link: the mentor picks the mentee and the meeting.
#[component]
fn PickMeeting(
    /// The mentee and meeting picked.
    on_pick: Callback<(MenteeId, MeetingId)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mentees: Vec<(MenteeId, String)> = state.roster.with_untracked(|roster| {
        roster
            .mentees()
            .iter()
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect()
    });
    let mentee = RwSignal::new(mentees.first().map(|(id, _)| id.clone()));
    // That mentee's meetings, newest first as the journal keeps them.
    let meetings = Memo::new(move |_| {
        mentee
            .get()
            .map(|id| {
                state
                    .journal_of(&id)
                    .meetings()
                    .iter()
                    .map(|m| {
                        (
                            m.id,
                            format!("{} · {}", date::long(m.date), m.agenda_label()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let meeting = RwSignal::new(None::<MeetingId>);
    Effect::new(move |_| meeting.set(meetings.with(|list| list.first().map(|(id, _)| *id))));
    view! {
        <p>"Na tym telefonie nie ma spotkania, którego dotyczy ta refleksja (mogło zostać przeniesione na inny dzień albo zapisane u innej osoby). Wybierz mentee i spotkanie."</p>
        <div class="field">
            <label for="refleksja-mentee">"Mentee"</label>
            <select id="refleksja-mentee" on:change=move |ev| mentee.set(Some(MenteeId(event_target_value(&ev))))>
                {mentees.into_iter().map(|(id, name)| {
                    let selected = mentee.get_untracked().as_ref() == Some(&id);
                    view! { <option value=id.0.clone() selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="refleksja-spotkanie">"Spotkanie"</label>
            <select
                id="refleksja-spotkanie"
                on:change=move |ev| meeting.set(event_target_value(&ev).parse().ok().map(MeetingId))
            >
                {move || meetings.get().into_iter().map(|(id, label)| view! {
                    <option value=id.0.to_string() prop:selected=move || meeting.get() == Some(id)>{label}</option>
                }).collect_view()}
            </select>
        </div>
        {move || meetings.with(Vec::is_empty).then(|| view! {
            <p class="muted">"Ta osoba nie ma jeszcze zapisanych spotkań."</p>
        })}
        <Button
            label="Dołącz do spotkania"
            disabled=Signal::derive(move || meeting.get().is_none() || mentee.get().is_none())
            on_press=Callback::new(move |()| {
                if let (Some(who), Some(which)) = (mentee.get_untracked(), meeting.get_untracked()) {
                    on_pick.run((who, which));
                }
            })
        />
    }
}
