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
use crate::model::received::tasks::{ReflectionState, Task};
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
            <p class="muted">"Pełny Niezbędnik: agenda spotkania, pytania otwarcia, kontrakt, feedback i strategia CRM, z osobami, które mentorujesz. To, co tu zapisane, zostaje bez zmian."</p>
            <Button
                label="Jestem mentorem/mentorką — pokaż narzędzia"
                class="button-quiet"
                on_press=Callback::new(move |()| layout.choose(Some(Audience::Mentor)))
            />
        </section>
        <section class="privacy" aria-labelledby="prywatnosc">
            <h2 id="prywatnosc">"Poufność"</h2>
            <p>"To, co zapisujesz, zostaje wyłącznie w pamięci tej przeglądarki. Aplikacja nie ma serwera ani konta i nie wysyła żadnych danych."</p>
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
                        <Button label="Pobierz spotkania do kalendarza (.ics)" class="button-quiet" on_press=Callback::new(download) />
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
    let tasks = Memo::new(move |_| received.value.with(ReceivedDoc::tasks));
    let tick = move |task: &Task, done: bool| {
        let (id, index) = (task.kept, task.index);
        received.update(|doc| {
            if done {
                doc.tick(id, index, clock::today())
            } else {
                doc.untick(id, index)
            }
        });
    };
    view! {
        <section class="card my-tasks" aria-labelledby="zadania-naglowek">
            <h2 id="zadania-naglowek">"Moje zadania"</h2>
            {move || {
                let today = clock::today();
                let list = tasks.get();
                if list.is_empty() {
                    return view! {
                        <p class="muted">"Nie masz zadań z zapisanych spotkań i rozmów. Pojawią się tu, gdy zapiszesz u siebie spotkanie albo kolejne kroki z linku."</p>
                    }
                    .into_any();
                }
                let open = list.iter().filter(|t| t.is_open()).count();
                view! {
                    <p class="muted">{match open {
                        0 => "Wszystkie zadania odhaczone.".to_string(),
                        n => format!("Do zrobienia: {n}."),
                    }}</p>
                    <ul class="task-list">
                        {list.into_iter().map(|task| {
                            let overdue = task.is_overdue(today);
                            let meta = task.meta_text(today);
                            let done = !task.is_open();
                            let id = format!("zadanie-{}-{}", task.kept, task.index);
                            let calendar = task.to_ics(&clock::utc_stamp()).filter(|_| !done);
                            let task = StoredValue::new(task);
                            view! {
                                <li class=if done { "task task-done" } else if overdue { "task task-overdue" } else { "task" }>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=done
                                        on:change=move |ev| {
                                            let checked = event_target_checked(&ev);
                                            task.with_value(|t| tick(t, checked));
                                        }
                                    />
                                    <label for=id>
                                        <span class="task-what prewrap">{task.with_value(|t| t.what.clone())}</span>
                                        <span class="task-meta muted">{meta}</span>
                                        {overdue.then(|| view! { <span class="chip chip-due">"po terminie"</span> })}
                                        {task.with_value(|t| t.ticked).map(|on| view! {
                                            <span class="task-meta">{format!("Zrobione {}", date::long(on))}</span>
                                        })}
                                    </label>
                                    {calendar.map(|text| {
                                        let name = ics::file_name("zadanie", &task.with_value(|t| t.sender.clone()));
                                        let what = task.with_value(|t| t.what.clone());
                                        view! {
                                            <button
                                                type="button"
                                                class="button button-quiet task-calendar"
                                                aria-label=format!("Dodaj do kalendarza: {what}")
                                                on:click=move |_| {
                                                    let _ = download::download_text(&name, "text/calendar;charset=utf-8", &text);
                                                }
                                            >
                                                "Dodaj do kalendarza"
                                            </button>
                                        }
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
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
                "Kilka zdań o tym, co zabierasz ze spotkania i co zrobisz do następnego.",
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
                        <p class="muted">"Nic jeszcze nie zapisano. Otwórz link albo zeskanuj kod QR, który dostajesz po spotkaniu, i wybierz „Zapisz u mnie”."</p>
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
