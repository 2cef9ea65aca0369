//! `#/`: what the toolkit is, one entry per tool, and who the active mentee is.

use leptos::prelude::*;

use crate::browser::clock;
use crate::model::date;
use crate::model::feedback::{SOON_DAYS, follow_ups_across};
use crate::model::text::count_noun;
use crate::route::Route;
use crate::state::AppState;
use crate::state::audience::Layout;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let active_name = move || state.roster.with(|roster| roster.active().name.clone());
    let count = move || state.roster.with(|roster| roster.current().len());
    let archived = move || state.roster.with(|roster| roster.active().is_archived());
    // Measured once per visit: a few milliseconds even for years of notes.
    let warning = crate::components::storage_warning::storage_warning(state.usage(), true);
    view! {
        <h1>"Niezbędnik mentora"</h1>
        <p class="lead">
            "Narzędzia na spotkanie z mentee: agenda pierwszego spotkania, pytania otwarcia, kontrakt, feedback i strategia CRM. Wszystko, co wpiszesz, zostaje w tej przeglądarce."
        </p>
        {warning}
        <section class="card active-mentee" aria-labelledby="aktywny-naglowek">
            <h2 id="aktywny-naglowek">"Aktywna osoba"</h2>
            <p class="mentee-name">{active_name}</p>
            <p class="muted">
                {move || match (archived(), count()) {
                    (true, _) => "Mentoring z\u{a0}tą osobą jest zamknięty (archiwum). Wybierz inną osobę u\u{a0}góry albo dodaj nową.".to_string(),
                    (false, 1) => "To jedyna osoba na liście. Notatki z\u{a0}narzędzi zapisują się dla niej.".to_string(),
                    (false, n) => format!("Masz {n} mentee. Notatki z\u{a0}narzędzi zapisują się dla aktywnej osoby."),
                }}
            </p>
            <p class="row">
                <a class="button" href=Route::Przebieg { meeting: None }.to_hash()>"Przebieg mentoringu"</a>
                <a class="button button-quiet" href=Route::Dane.to_hash()>"Dodaj lub zmień mentee"</a>
            </p>
        </section>
        {move || state.has_saved_feedback().then(crate::pages::follow_ups)}
        <ReceivedCard />
        <MenteeLayoutBack />
        <h2>"Narzędzia"</h2>
        <ul class="tiles">
            {Route::navigation()
                .filter(|(route, _)| *route != Route::Start)
                .map(|(route, _)| {
                    view! {
                        <li>
                            <a class="tile" href=route.to_hash()>
                                <span class="tile-title">{route.title()}</span>
                                <span class="tile-text">{route.summary()}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <section class="privacy" aria-labelledby="prywatnosc">
            <h2 id="prywatnosc">"Poufność"</h2>
            <p>
                "To, co wpisujesz, zostaje wyłącznie w pamięci tej przeglądarki. Aplikacja nie ma serwera ani konta i nie wysyła żadnych danych – tak jak rozmowy objęte kontraktem mentoringowym zostają między mentorem a mentee."
            </p>
        </section>
    }
}

/// „Od moich mentorów”: how many items the user kept from mentors' links, when there are any.
/// Counted without reading them (see [`AppState::received_count`]): the shell stays small.
#[component]
fn ReceivedCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = state.received_count();
    (count > 0).then(|| {
        view! {
            <section class="card" aria-labelledby="od-mentorow">
                <h2 id="od-mentorow">"Od moich mentorów"</h2>
                <p>
                    {format!(
                        "Masz {} z linków od mentorów: kontrakt, spotkania i kolejne kroki.",
                        count_noun(count, "zapisaną pozycję", "zapisane pozycje", "zapisanych pozycji")
                    )}
                </p>
                <p>
                    <a class="button" href=Route::Udostepnione { saved: None }.to_hash()>"Otwórz „Od moich mentorów”"</a>
                </p>
            </section>
        }
    })
}

/// Someone who chose the tools on a phone with kept items can go back to the mentee's layout.
#[component]
fn MenteeLayoutBack() -> impl IntoView {
    let layout = expect_context::<Layout>();
    let state = expect_context::<AppState>();
    move || {
        (layout.chose_tools() && state.received_count() > 0).then(|| {
            view! {
                <section class="card" aria-labelledby="widok-mentee">
                    <h2 id="widok-mentee">"Widok osoby mentee"</h2>
                    <p class="muted">"Widok osoby mentee pokazuje to, co zapisano z linków od mentorów, razem z zadaniami i najbliższym spotkaniem."</p>
                    <button type="button" class="button button-quiet" on:click=move |_| layout.back_to_mentee()>
                        "Wróć do widoku osoby mentee"
                    </button>
                </section>
            }
        })
    }
}

/// Feedback follow-ups of every mentee: due or overdue first, then those due within a week.
/// Opening one makes its mentee active and opens the conversation. In a chunk of its own (see
/// [`crate::pages::follow_ups`]).
#[component]
pub fn DueFollowUps() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let today = clock::today();
        let docs = state.feedback_of_every_mentee();
        let entries = follow_ups_across(
            docs.iter().map(|(who, doc)| (who.clone(), doc)),
            today,
            SOON_DAYS,
        );
        (!entries.is_empty()).then(|| {
            view! {
                <section class="card due" aria-labelledby="follow-up">
                    <h2 id="follow-up">"Sprawdź efekty feedbacku"</h2>
                    <ul class="follow-ups">
                        {entries
                            .into_iter()
                            .map(|entry| {
                                let (id, name) = entry.who;
                                let due = entry.state.is_due();
                                let href = Route::Feedback { conversation: Some(entry.conversation) }.to_hash();
                                let open = move |_| {
                                    // The link's hash change follows this click, so the
                                    // conversation opens for the mentee made active here.
                                    let _ = state.change_roster(|roster| roster.switch_to(&id));
                                };
                                view! {
                                    <li>
                                        <a href=href on:click=open>{format!("{name}: {}", entry.label)}</a>
                                        <span class=if due { "chip chip-due" } else { "chip" }>{entry.state.text()}</span>
                                        {format!(" ({})", date::long(entry.day))}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
