//! `#/` in the mentee's layout ([`crate::model::audience`]): what is next — the next meeting by
//! a kept contract with its calendar file, the mentee's open tasks from every kept meeting and
//! feedback (due first, overdue marked, tickable, each with a day to the calendar), the
//! reflection to write after the last meeting — and the kept items by who sent them. In the
//! chunk that reads shared items (`udostepnione`'s), not in the shell.

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::components::controls::Button;
use crate::model::audience::Audience;
use crate::model::date;
use crate::model::ics;
use crate::model::received::tasks::ReflectionState;
use crate::model::received::{self, ReceivedDoc};
use crate::model::share::Shared;
use crate::route::{MENTEE_HOME_SCREEN, Route};
use crate::state::audience::Layout;
use crate::state::{AppState, SavedDoc};

#[component]
pub fn MojePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let received = state.received();
    let layout = expect_context::<Layout>();
    view! {
        <h1>{MENTEE_HOME_SCREEN.heading}</h1>
        <p class="lead">{MENTEE_HOME_SCREEN.lead}</p>
        <NextMeeting received />
        <Tasks received />
        <ReflectionDue received />
        <KeptBySender received />
        <section class="card mentee-switch" aria-labelledby="jestem-mentorem">
            <h2 id="jestem-mentorem">"Prowadzisz też mentoring?"</h2>
            <p class="muted">"Pełny Niezbędnik: agenda spotkania, pytania otwarcia, kontrakt, feedback i strategia CRM, z osobami, które mentorujesz. To, co tu zapisane, zostaje bez zmian."</p>
            <Button
                label="Jestem mentorem/mentorką – pokaż narzędzia"
                class="button-quiet"
                on_press=Callback::new(move |()| layout.choose(Some(Audience::Mentor)))
            />
        </section>
        <section class="privacy" aria-labelledby="prywatnosc">
            <h2 id="prywatnosc">"Poufność"</h2>
            <p>"To, co zapisujesz, zostaje wyłącznie w pamięci tej przeglądarki. Aplikacja nie ma serwera ani konta i nie wysyła żadnych danych."</p>
        </section>
    }
}

/// „Najbliższe spotkanie”, by the kept contract, with its calendar file.
#[component]
fn NextMeeting(received: SavedDoc<ReceivedDoc>) -> impl IntoView {
    move || {
        let today = clock::today();
        let next = received.value.with(|doc| doc.next_meeting(today))?;
        let contract = received
            .value
            .with(|doc| match doc.get(next.kept).map(|r| &r.item) {
                Some(Shared::Contract(c)) => Some((**c).clone()),
                _ => None,
            })?;
        let day = if next.date == today {
            format!("Dziś, {}", date::long(next.date))
        } else {
            date::long(next.date)
        };
        let when = match &next.time {
            Some(time) => format!("{day}, godz. {time}"),
            None => day,
        };
        // A contract with no time of day has no calendar file.
        let calendar = contract.has_meetings();
        let download = move |()| {
            if let Some(text) = received::mentee_calendar(&contract, &clock::utc_stamp()) {
                let name = ics::file_name("spotkania", &contract.mentor);
                let _ = download::download_text(&name, "text/calendar;charset=utf-8", &text);
            }
        };
        Some(view! {
            <section class="card next-meeting" aria-labelledby="najblizsze-naglowek">
                <h2 id="najblizsze-naglowek">"Najbliższe spotkanie"</h2>
                <p class="next-when"><strong>{when}</strong></p>
                {(!next.mentor.is_empty()).then(|| view! {
                    <p class="muted">{format!("Mentoring: {}", next.mentor)}</p>
                })}
                <p class="row">
                    {calendar.then(|| view! {
                        <Button label="Dodaj spotkania do kalendarza (.ics)" class="button-quiet" on_press=Callback::new(download) />
                    })}
                    <a class="button button-quiet" href=Route::Udostepnione { saved: Some(next.kept) }.to_hash()>"Kontrakt"</a>
                </p>
            </section>
        })
    }
}

/// „Moje zadania”: open first (overdue marked), then those ticked, each tickable and back.
#[component]
fn Tasks(received: SavedDoc<ReceivedDoc>) -> impl IntoView {
    // The rows are drawn again only when the tasks themselves change (an item kept or
    // replaced), in the order they had then: a tick changes its row in place, so the focus
    // stays on the checkbox and the task does not jump away under the finger.
    let rows = Memo::new(move |previous: Option<&Vec<(u32, u16)>>| {
        let now: Vec<(u32, u16)> = received
            .value
            .with(|doc| doc.tasks().iter().map(|t| (t.kept, t.index)).collect());
        match previous {
            Some(before) if same_members(before, &now) => before.clone(),
            _ => now,
        }
    });
    let task_of = move |kept: u32, index: u16| {
        received.value.with(|doc| {
            doc.tasks()
                .into_iter()
                .find(|t| t.kept == kept && t.index == index)
        })
    };
    let open = move || {
        received
            .value
            .with(|doc| doc.tasks().iter().filter(|t| t.is_open()).count())
    };
    view! {
        <section class="card my-tasks" aria-labelledby="zadania-naglowek">
            <h2 id="zadania-naglowek">"Moje zadania"</h2>
            {move || {
                let list = rows.get();
                if list.is_empty() {
                    return view! {
                        <p class="muted">"Nie masz zadań z zapisanych spotkań i rozmów. Pojawią się tu, gdy zapiszesz u siebie spotkanie albo kolejne kroki z linku."</p>
                    }
                    .into_any();
                }
                let today = clock::today();
                view! {
                    <p class="muted" aria-live="polite">{move || match open() {
                        0 => "Wszystkie zadania odhaczone.".to_string(),
                        n => format!("Do zrobienia: {n}."),
                    }}</p>
                    <ul class="task-list">
                        {list.into_iter().filter_map(|(kept, index)| {
                            let first = task_of(kept, index)?;
                            let ticked = move || task_of(kept, index).and_then(|t| t.ticked);
                            let overdue = move || ticked().is_none() && first.due.is_some_and(|due| due < today);
                            let meta = first.meta_text(today);
                            let id = format!("zadanie-{kept}-{index}");
                            let what = first.what.clone();
                            let calendar = first.to_ics(&clock::utc_stamp());
                            let name = ics::file_name("zadanie", &first.sender);
                            Some(view! {
                                <li class=move || match (ticked().is_some(), overdue()) {
                                    (true, _) => "task task-done",
                                    (false, true) => "task task-overdue",
                                    (false, false) => "task",
                                }>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=move || ticked().is_some()
                                        on:change=move |ev| {
                                            let done = event_target_checked(&ev);
                                            received.update(|doc| {
                                                if done {
                                                    doc.tick(kept, index, clock::today())
                                                } else {
                                                    doc.untick(kept, index)
                                                }
                                            });
                                        }
                                    />
                                    <label for=id>
                                        <span class="task-what prewrap">{what.clone()}</span>
                                        <span class="task-meta muted">{meta}</span>
                                        {move || overdue().then(|| view! { <span class="chip chip-due">"po terminie"</span> })}
                                        {move || ticked().map(|on| view! {
                                            <span class="task-meta">{format!("Zrobione {}", date::long(on))}</span>
                                        })}
                                    </label>
                                    {calendar.map(|text| view! {
                                        <button
                                            type="button"
                                            class="button button-quiet task-calendar"
                                            aria-label=format!("Dodaj do kalendarza (.ics): {what}")
                                            hidden=move || ticked().is_some()
                                            on:click=move |_| {
                                                let _ = download::download_text(&name, "text/calendar;charset=utf-8", &text);
                                            }
                                        >
                                            "Dodaj do kalendarza (.ics)"
                                        </button>
                                    })}
                                </li>
                            })
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// The same tasks, in any order.
fn same_members(a: &[(u32, u16)], b: &[(u32, u16)]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// The reflection to write after the last meeting held.
#[component]
fn ReflectionDue(received: SavedDoc<ReceivedDoc>) -> impl IntoView {
    move || {
        let (id, day, how) = received
            .value
            .with(|doc| doc.reflection_due(clock::today()))?;
        let (text, action) = match how {
            ReflectionState::NotStarted => (
                "Kilka zdań o tym, co zabierasz ze spotkania i co zrobisz do następnego.",
                "Napisz refleksję",
            ),
            ReflectionState::Started => ("Zaczęta, jeszcze niegotowa.", "Dokończ refleksję"),
            ReflectionState::Ready => (
                "Gotowa: wyślij link albo pokaż kod QR, jeśli jeszcze tego nie zrobiono.",
                "Otwórz refleksję",
            ),
        };
        Some(view! {
            <section class="card" aria-labelledby="refleksja-naglowek">
                <h2 id="refleksja-naglowek">{format!("Refleksja po spotkaniu {}", date::long(day))}</h2>
                <p>{text}</p>
                <p><a class="button" href=Route::Udostepnione { saved: Some(id) }.to_hash()>{action}</a></p>
            </section>
        })
    }
}

/// A kept item's line: its id, title and when it was kept.
type KeptLine = (u32, String, String);

/// What was kept, by who sent it, newest first.
#[component]
fn KeptBySender(received: SavedDoc<ReceivedDoc>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="od-mentorow-naglowek">
            <h2 id="od-mentorow-naglowek">"Od moich mentorów"</h2>
            {move || {
                let groups: Vec<(String, Vec<KeptLine>)> = received.value.with(|doc| {
                    doc.by_sender()
                        .into_iter()
                        .map(|(sender, list)| {
                            let items = list
                                .into_iter()
                                .map(|r| (r.id, r.item.title(), format!("zapisane {}", date::long(r.saved))))
                                .collect();
                            (sender, items)
                        })
                        .collect()
                });
                if groups.is_empty() {
                    return view! {
                        <p class="muted">"Nic jeszcze nie zapisano. Otwórz link albo zeskanuj kod QR, który dostajesz po spotkaniu, i wybierz „Zapisz u mnie”."</p>
                    }
                    .into_any();
                }
                groups.into_iter().map(|(sender, items)| view! {
                    <h3>{if sender.is_empty() { "Bez podpisu".to_string() } else { sender }}</h3>
                    <ul class="kept-list">
                        {items.into_iter().map(|(id, title, note)| view! {
                            <li class="kept-item">
                                <a href=Route::Udostepnione { saved: Some(id) }.to_hash()>{title}</a>
                                <span class="muted">{format!(" {note}")}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }).collect_view().into_any()
            }}
            <p><a class="button button-quiet" href=Route::Udostepnione { saved: None }.to_hash()>"Otwórz link albo plik"</a></p>
        </section>
    }
}
