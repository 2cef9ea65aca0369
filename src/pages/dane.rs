//! `#/dane`: the mentor's mentees (add, rename, switch, delete) and the state of saved data.

use leptos::prelude::*;

use crate::browser::clock;
use crate::model::mentees::{Mentee, MenteeId};
use crate::state::AppState;

#[component]
pub fn DanePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h1>"Dane i ustawienia"</h1>
        <section class="card" aria-labelledby="mentee-naglowek">
            <h2 id="mentee-naglowek">"Twoi mentee"</h2>
            <p class="muted">
                "Każde narzędzie zapisuje notatki dla aktywnego mentee. Wystarczy imię albo pseudonim."
            </p>
            <AddMentee />
            <ul class="mentee-list">
                // Re-rendered whole on each roster change (a handful of rows): a keyed <For>
                // would add its diffing machinery to the bundle for no visible gain.
                {move || {
                    state
                        .roster
                        .with(|roster| {
                            roster
                                .mentees()
                                .iter()
                                .map(|mentee| view! { <MenteeRow mentee=mentee.clone() /> })
                                .collect_view()
                        })
                }}
            </ul>
        </section>
        <section class="card" aria-labelledby="zapis-naglowek">
            <h2 id="zapis-naglowek">"Zapis w przeglądarce"</h2>
            <p data-testid="storage-status">
                {move || {
                    let saving = state.problems.with(|problems| {
                        !problems
                            .iter()
                            .any(|p| matches!(p, crate::store::Problem::NotSaving { .. }))
                    });
                    if saving {
                        "✓ Zmiany zapisują się na bieżąco w tej przeglądarce (localStorage)."
                    } else {
                        "⚠ Zmiany nie są teraz zapisywane — szczegóły w komunikacie u góry strony."
                    }
                }}
            </p>
            <p class="muted">
                "Dane nie opuszczają tego urządzenia. Wyczyszczenie danych witryny w przeglądarce usuwa je bezpowrotnie."
            </p>
        </section>
    }
}

#[component]
fn AddMentee() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.change_roster(|roster| roster.add(&name.get_untracked(), clock::today())) {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <label for="nowy-mentee">"Nowy mentee"</label>
            <div class="row">
                <input
                    id="nowy-mentee"
                    type="text"
                    autocomplete="off"
                    maxlength="80"
                    placeholder="np. Anna K."
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="nowy-mentee-blad"
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" class="button">"Dodaj"</button>
            </div>
            <p id="nowy-mentee-blad" class="field-error" aria-live="polite">
                {move || error.get()}
            </p>
        </form>
    }
}

/// What a mentee's row shows: the name with its actions, the rename form, or the delete question.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowMode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

#[component]
fn MenteeRow(
    /// The mentee this row shows.
    mentee: Mentee,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(mentee.id.clone());
    let name = StoredValue::new(mentee.name.clone());
    let mode = RwSignal::new(RowMode::Idle);
    let draft = RwSignal::new(mentee.name.clone());
    let error = RwSignal::new(None::<String>);
    let is_active = Memo::new(move |_| {
        state
            .roster
            .with(|roster| id.with_value(|id| roster.active_id() == id))
    });
    let input_id = format!("nazwa-{}", mentee.id);
    let error_id = format!("nazwa-blad-{}", mentee.id);

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = id.with_value(|id| {
            state.change_roster(|roster| roster.rename(id, &draft.get_untracked()))
        });
        match outcome {
            Ok(()) => {
                error.set(None);
                mode.set(RowMode::Idle);
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    let activate = move |_| {
        let _ = id.with_value(|id| state.change_roster(|roster| roster.switch_to(id)));
    };
    let remove = move |_| {
        if let Err(problem) = id.with_value(|id: &MenteeId| state.remove_mentee(id)) {
            error.set(Some(problem.to_string()));
        }
    };
    let cancel = move |_| {
        mode.set(RowMode::Idle);
        error.set(None);
    };
    let input_for_label = input_id.clone();
    let described_by = error_id.clone();

    let body = move || {
        match mode.get() {
        RowMode::Idle => view! {
            <span class="mentee-name">{name.get_value()}</span>
            {move || {
                if is_active.get() {
                    view! { <span class="badge">"aktywny"</span> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button-quiet" on:click=activate>
                            "Ustaw jako aktywnego"
                        </button>
                    }
                    .into_any()
                }
            }}
            <button type="button" class="button button-quiet" on:click=move |_| mode.set(RowMode::Renaming)>
                "Zmień nazwę"
            </button>
            <button type="button" class="button button-danger" on:click=move |_| mode.set(RowMode::ConfirmingDelete)>
                "Usuń"
            </button>
        }
        .into_any(),
        RowMode::Renaming => view! {
            <form class="inline-form" on:submit=rename>
                <label for=input_for_label.clone()>"Nowa nazwa"</label>
                <div class="row">
                    <input
                        id=input_id.clone()
                        type="text"
                        maxlength="80"
                        aria-describedby=described_by.clone()
                        prop:value=draft
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">"Zapisz"</button>
                    <button type="button" class="button button-quiet" on:click=cancel>"Anuluj"</button>
                </div>
            </form>
        }
        .into_any(),
        RowMode::ConfirmingDelete => view! {
            <span class="mentee-name">{name.get_value()}</span>
            <div class="confirm" role="alertdialog" aria-label="Potwierdź usunięcie">
                <p>
                    {format!(
                        "Usunąć „{}” i wszystkie notatki zapisane dla tej osoby? Tego nie da się cofnąć.",
                        name.get_value(),
                    )}
                </p>
                <div class="row">
                    <button type="button" class="button button-danger" on:click=remove>"Tak, usuń"</button>
                    <button type="button" class="button button-quiet" on:click=cancel>"Anuluj"</button>
                </div>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <li class="mentee-row" class:is-active=is_active>
            {body}
            <p id=error_id class="field-error" aria-live="polite">{move || error.get()}</p>
        </li>
    }
}
