//! What a block of the running meeting offers besides its timer: the action items from earlier
//! meetings to tick (the first block of every meeting after the first), the progress scale for
//! each goal (the goals block), and new action items (the last block). Progress and new items
//! wait in the agenda document and go into the meeting's record at „Zakończ spotkanie”.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::carried_action::CarriedActionItem;
use crate::components::controls::Button;
use crate::components::new_action_form::NewActionForm;
use crate::components::progress_scale::ProgressScale;
use crate::model::date;
use crate::model::form::Choice;
use crate::route::Route;
use crate::state::agenda::AgendaState;

/// The tools of the block on screen.
#[component]
pub fn BlockTools() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    // Which tools the block on screen has: changes on a tap, not as notes are typed.
    let shape = Memo::new(move |_| {
        let current = tool.current.get();
        tool.doc.value.with(|doc| {
            let Some(run) = doc.run.as_ref() else {
                return (false, false, false);
            };
            let goals = run.blocks.get(current).is_some_and(|b| b.goals);
            let last = current + 1 == run.blocks.len();
            (current == 0 && !doc.log.is_empty(), goals, last)
        })
    });
    move || {
        let (carried, goals, last) = shape.get();
        view! {
            {carried.then(|| view! { <CarriedActions /> })}
            {goals.then(|| view! { <GoalsProgress /> })}
            {last.then(|| view! { <NewActions /> })}
        }
    }
}

/// The open action items from earlier meetings, overdue first, each with a box to tick.
#[component]
fn CarriedActions() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let items = Memo::new(move |_| {
        let today = clock::today();
        tool.doc.value.with(|doc| doc.carried_into_run(today))
    });
    view! {
        <section class="card carried no-print" aria-labelledby="zadania-wczesniej">
            <h2 id="zadania-wczesniej">"Zadania z wcześniejszych spotkań"</h2>
            {move || {
                let items = items.get();
                if items.is_empty() {
                    return view! {
                        <p class="muted">"Nie ma otwartych zadań z wcześniejszych spotkań."</p>
                    }
                        .into_any();
                }
                view! {
                    <p class="muted">"Zaznacz, co zostało zrobione."</p>
                    <ul class="carried-list">
                        {items
                            .into_iter()
                            .map(|carried| {
                                let id = carried.item.id;
                                view! {
                                    <CarriedActionItem
                                        item=carried
                                        on_tick=Callback::new(move |done: bool| tool.tick(id, done))
                                    />
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

/// The progress scale for each goal of the contract.
#[component]
fn GoalsProgress() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    // The contract as it is when the block comes up; it is edited on its own page.
    let goals: Vec<_> = tool
        .current_goals()
        .into_iter()
        .filter(|goal| !goal.text.trim().is_empty())
        .collect();
    let body = if goals.is_empty() {
        view! {
            <p class="muted">
                "Kontrakt nie ma jeszcze celów. Zapisz je w kontrakcie, a tu ocenisz postęp w każdym z nich."
            </p>
            <p class="block-links">
                <a class="button button-quiet" href=Route::Kontrakt.to_hash()>"Otwórz kontrakt →"</a>
            </p>
        }
            .into_any()
    } else {
        view! {
            <p class="muted">
                "Oceń postęp w każdym celu w skali 0–10. Oceny trafią do zapisu spotkania, gdy je zakończysz."
            </p>
            {goals
                .into_iter()
                .map(|goal| {
                    let id = goal.id;
                    let recorded = move || {
                        tool.doc.value.with(|doc| doc.pending_progress_of(id).cloned())
                    };
                    view! {
                        <ProgressScale
                            id=format!("postep-{}", id.0)
                            goal=format!("{}: {}", goal.kind.label(), goal.text)
                            value=Signal::derive(move || recorded().map(|p| p.value))
                            note=Signal::derive(move || recorded().map(|p| p.note).unwrap_or_default())
                            on_record=Callback::new(move |(value, note): (u8, String)| {
                                tool.record_progress(id, value, &note)
                            })
                        />
                    }
                })
                .collect_view()}
        }
            .into_any()
    };
    view! {
        <section class="card goals-progress no-print" aria-labelledby="postep-celow">
            <h2 id="postep-celow">"Postęp w celach"</h2>
            {body}
        </section>
    }
}

/// Action items agreed in this meeting, and the form to add one.
#[component]
fn NewActions() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let pending = Memo::new(move |_| tool.doc.value.with(|doc| doc.pending_actions.clone()));
    view! {
        <section class="card new-actions no-print" aria-labelledby="nowe-zadania">
            <h2 id="nowe-zadania">"Zadania z tego spotkania"</h2>
            <ul class="carried-list">
                {move || {
                    pending
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, action)| {
                            let mut meta = vec![action.owner.label().to_string()];
                            if let Some(due) = action.due {
                                meta.push(format!("termin: {}", date::long(due)));
                            }
                            view! {
                                <li class="carried-item">
                                    <p class="pending-what">{action.what.clone()}</p>
                                    <p class="carried-meta">{meta.join(" · ")}</p>
                                    <Button
                                        label="Usuń"
                                        class="button-quiet button-small"
                                        aria_label=format!("Usuń zadanie „{}”", action.what)
                                        on_press=Callback::new(move |()| tool.remove_pending_action(index))
                                    />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <NewActionForm
                id="nowe-zadanie"
                meeting_day=Signal::derive(move || {
                    let today = clock::today();
                    tool.doc.value.with(|doc| doc.run_day(today))
                })
                on_add=Callback::new(move |(what, owner, due): (String, _, _)| {
                    // The form checked it against the same day; nothing else can refuse it.
                    let _ = tool.add_action(&what, owner, due);
                })
            />
        </section>
    }
}
