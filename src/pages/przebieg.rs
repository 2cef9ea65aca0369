//! `#/przebieg`: the whole programme with the active mentee, the page a mentor opens five
//! minutes before a meeting: the contract's state and plan, the meetings planned against those
//! held, each goal's progress, open action items, what the other tools hold, and the closing.
//! `#/przebieg?spotkanie=N` opens one meeting's record ([`meeting`]).

mod closing;
mod meeting;

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::browser::clock;
use crate::components::carried_action::CarriedActionItem;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::controls::{Button, TextField, choice_select};
use crate::content::agenda_templates::ALL as APP_TEMPLATES;

/// The app's templates in the agenda picker, marked as [`crate::content::agenda_templates::MARK`]
/// marks them elsewhere, so nobody takes them for the materials' text.
const APP_TEMPLATES_GROUP: &str = "Szablony aplikacji";
use crate::content::questions;
use crate::model::agenda::Agenda;
use crate::model::date;
use crate::model::feedback::{SOON_DAYS, follow_ups_across};
use crate::model::journal::{
    ActionId, CarriedAction, MeetingId, ProgressPoint, SEED_AGENDA, parse_day, series_text,
};
use crate::model::programme::{
    CalledOffBy, DayState, PlanChange, chart_points, plan_vs_held, timeline,
};
use crate::model::text::count_noun;
use crate::model::typography::typeset;
use crate::route::Route;
use crate::state::AppState;
use crate::state::programme::Programme;

#[component]
pub fn PrzebiegPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let programme = Programme::new(state);
    provide_context(programme);
    // The archive is looked after here too: closed mentees' documents packed, after the page
    // is shown (see `AppState::pack_others`).
    set_timeout(
        move || {
            state.pack_others();
        },
        std::time::Duration::from_millis(0),
    );
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let meeting = Memo::new(move |_| match route.get() {
        Route::Przebieg { meeting } => meeting,
        _ => None,
    });
    move || match meeting.get() {
        Some(id) => view! { <meeting::MeetingPage id /> }.into_any(),
        None => view! { <Overview /> }.into_any(),
    }
}

#[component]
fn Overview() -> impl IntoView {
    let programme = expect_context::<Programme>();
    let name = move || programme.mentee().0;
    let archived = move || programme.mentee().1;
    view! {
        <h1 class="no-print">"Przebieg mentoringu"</h1>
        // The lead as the static first screen painted it (src/route.rs); the mentee's name
        // under it, so nothing painted before the wasm moves or grows.
        <p class="lead no-print">{crate::route::PRZEBIEG_LEAD}</p>
        <p class="byline no-print">{move || format!("Mentee: {}", name())}</p>
        {move || archived().then(|| view! {
            <p class="warning-note no-print" role="status">
                "Ten mentoring jest zamknięty, a mentee jest w archiwum. Wszystko zostaje zapisane; możesz go otworzyć ponownie na dole strony."
            </p>
        })}
        <div class="no-print">
            <PlanCard />
            <GoalsCard />
            <OpenActions />
            <Meetings />
            <OtherToolsCard />
        </div>
        <closing::Closing />
    }
}

/// The contract's state and dates, planned meetings against held ones, on a timeline.
#[component]
fn PlanCard() -> impl IntoView {
    let programme = expect_context::<Programme>();
    move || {
        let today = clock::today();
        let contract = programme.contract.value.get();
        let changes = programme.closing.value.with(|doc| doc.plan_changes.clone());
        let (figures, days) = programme.journal(|j| {
            (
                plan_vs_held(&contract, j, &changes, today),
                timeline(&contract, j, &changes),
            )
        });
        let plan = match (contract.start(), contract.end_date()) {
            (Some(start), Some(end)) => format!(
                "Spotkania {} po {} min, od {} do {}.",
                contract.frequency.label(),
                contract.duration_minutes,
                date::long(start),
                date::long(end)
            ),
            _ => "Kontrakt nie ma jeszcze daty pierwszego spotkania ani czasu trwania programu."
                .to_string(),
        };
        view! {
            <section class="card" aria-labelledby="plan-naglowek">
                <h2 id="plan-naglowek">"Kontrakt i plan spotkań"</h2>
                {contract.status_lines().into_iter().map(|line| view! { <p class="contract-line">{line}</p> }).collect_view()}
                <p>{plan}</p>
                <p class="summary-line" id="plan-vs-held">{figures.line()}</p>
                {figures.next_line(today, contract.time()).map(|line| view! {
                    <p id="nastepne-spotkanie">{line}</p>
                })}
                {(!days.is_empty()).then(|| view! {
                    <ol class="timeline" aria-label="Oś czasu programu">
                        {days.into_iter().map(|day| {
                            let state = day.state(today);
                            let class = match state {
                                DayState::Held => "chip chip-held",
                                DayState::Ahead | DayState::Cancelled | DayState::Moved => "chip",
                                DayState::Missed => "chip chip-due",
                            };
                            let label = day.label(today);
                            let when = date::long(day.date);
                            let detail = day.detail().map(|d| view! { <span class="timeline-detail">{d}</span> });
                            let mark = day.can_be_marked().then(|| view! { <MarkPlanned day=day.date marked=day.change.is_some() /> });
                            match day.held.first() {
                                Some(id) => {
                                    let href = Route::Przebieg { meeting: Some(id.0) }.to_hash();
                                    view! { <li><a href=href>{when}</a>" "<span class=class>{label}</span>{detail}</li> }.into_any()
                                }
                                None => view! { <li><span>{when}</span>" "<span class=class>{label}</span>{detail}{mark}</li> }.into_any(),
                            }
                        }).collect_view()}
                    </ol>
                })}
                <p><a href=Route::Kontrakt.to_hash()>"Otwórz kontrakt"</a></p>
            </section>
        }
    }
}

/// Marks a planned meeting not held as called off (by whom, why) or moved (to which day), or
/// takes the mark back.
#[component]
fn MarkPlanned(
    /// The day the contract plans it.
    day: chrono::NaiveDate,
    /// Already marked.
    marked: bool,
) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let iso = date::to_iso(day);
    let by = RwSignal::new(CalledOffBy::Mentee);
    let reason = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let apply = move |moved: bool| {
        let contract = programme.contract.value.get_untracked();
        let outcome = if moved {
            parse_day(&to.get_untracked())
                .map_err(|e| e.to_string())
                .and_then(|on| {
                    programme
                        .closing
                        .update(|doc| doc.move_meeting(&contract, day, on))
                        .map_err(|e| e.to_string())
                })
        } else {
            programme
                .closing
                .update(|doc| {
                    doc.cancel_meeting(&contract, day, by.get_untracked(), &reason.get_untracked())
                })
                .map_err(|e| e.to_string())
        };
        match outcome {
            Ok(()) => programme.closing.flush(),
            Err(message) => error.set(Some(message)),
        }
    };
    let unmark = move |()| {
        programme.closing.update(|doc| doc.unmark_meeting(day));
        programme.closing.flush();
    };
    view! {
        <details class="plan-mark">
            <summary>{if marked { "Zmień oznaczenie" } else { "Odwołane lub przeniesione?" }}</summary>
            <fieldset>
                <legend>"Odwołane"</legend>
                {choice_select(format!("odwolane-{iso}-kto"), "Z czyjej inicjatywy", "", move || by.get(), move |choice| by.set(choice))}
                <TextField
                    id=format!("odwolane-{iso}-powod")
                    label="Powód (opcjonalnie)"
                    maxlength=PlanChange::MAX_REASON_CHARS
                    value=reason
                    on_commit=Callback::new(move |text: String| reason.set(text))
                />
                <Button label="Zapisz jako odwołane" class="button-small" on_press=Callback::new(move |()| apply(false)) />
            </fieldset>
            <fieldset>
                <legend>"Przeniesione"</legend>
                <TextField
                    id=format!("przeniesione-{iso}")
                    label="Przeniesione na dzień"
                    input_type="date"
                    value=to
                    on_commit=Callback::new(move |text: String| to.set(text))
                />
                <Button label="Zapisz jako przeniesione" class="button-small" on_press=Callback::new(move |()| apply(true)) />
            </fieldset>
            {marked.then(|| view! {
                <Button label="Cofnij oznaczenie" class="button-quiet button-small" on_press=Callback::new(unmark) />
            })}
            <p class="field-error" role="alert">{move || error.get()}</p>
        </details>
    }
}

/// Each current goal with its latest progress and a chart of the readings.
#[component]
fn GoalsCard() -> impl IntoView {
    let programme = expect_context::<Programme>();
    move || {
        let goals: Vec<_> = programme.contract.value.with(|c| {
            c.goals
                .current()
                .filter(|g| !g.text.trim().is_empty())
                .cloned()
                .collect()
        });
        // With no goals the sentence stands alone: a list holds only its items.
        let body = if goals.is_empty() {
            view! {
                <p class="muted">
                    "Nie ma jeszcze celów. Wpisz główny cel, obszary rozwoju i wskaźniki sukcesu w "
                    <a href=Route::Kontrakt.to_hash()>"kontrakcie"</a>
                    " – tu będzie widać postęp każdego z nich."
                </p>
            }
            .into_any()
        } else {
            let items = goals
                .into_iter()
                .map(|goal| {
                    let series = programme.journal(|j| j.progress_series(goal.id));
                    let latest = series.last().map(ProgressPoint::latest_text);
                    let values: Vec<u8> = series.iter().map(|p| p.value).collect();
                    let text = series_text(&series);
                    view! {
                        <li class="goal">
                            <p class="goal-kind">{goal.kind.label()}</p>
                            <p class="goal-text">{goal.text.clone()}</p>
                            <p class="goal-latest">{latest.unwrap_or_else(|| "Jeszcze bez oceny postępu.".to_string())}</p>
                            {(!values.is_empty()).then(|| progress_chart(&values, text))}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="goals">{items}</ul> }.into_any()
        };
        view! {
            <section class="card" aria-labelledby="cele-naglowek">
                <h2 id="cele-naglowek">"Cele i postęp"</h2>
                <p class="muted">"Postęp w skali 0–10 (10 – cel osiągnięty) zapisujesz na spotkaniu: w bloku o celach albo w notatce ze spotkania."</p>
                {body}
            </section>
        }
    }
}

/// A small line chart of a goal's readings (0–10), with its text equivalent beside it.
fn progress_chart(values: &[u8], text: String) -> impl IntoView + use<> {
    const W: u32 = 280;
    const H: u32 = 80;
    let points = chart_points(values, W, H);
    let line = points
        .iter()
        .map(|(x, y)| format!("{},{}", x + 10, y + 10))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <figure class="progress-chart">
            <svg viewBox=format!("0 0 {} {}", W + 20, H + 20) role="img" aria-label=format!("Wykres postępu: {text}")>
                <line class="chart-grid" x1="10" y1="10" x2=W + 10 y2="10" />
                <line class="chart-grid" x1="10" y1=H / 2 + 10 x2=W + 10 y2=H / 2 + 10 />
                <line class="chart-axis" x1="10" y1="10" x2="10" y2=H + 10 />
                <line class="chart-axis" x1="10" y1=H + 10 x2=W + 10 y2=H + 10 />
                <polyline class="chart-line" points=line />
                {points.into_iter().map(|(x, y)| view! { <circle class="chart-point" cx=x + 10 cy=y + 10 r="5" /> }).collect_view()}
            </svg>
            <figcaption>{text}</figcaption>
        </figure>
    }
}

/// Every open action item, overdue first, to tick here or at the next meeting.
#[component]
fn OpenActions() -> impl IntoView {
    let programme = expect_context::<Programme>();
    // Ticked here: kept in the list, struck through, until the page is left (one tap undoes).
    let ticked_here = RwSignal::new(Vec::<ActionId>::new());
    move || {
        let open = ticked_here
            .with(|kept| programme.journal(|j| j.open_actions_keeping(clock::today(), kept)));
        view! {
            <section class="card" aria-labelledby="zadania-naglowek">
                <h2 id="zadania-naglowek">"Otwarte zadania"</h2>
                {if open.is_empty() {
                    view! { <p class="muted">"Brak otwartych zadań. Zadania dopisujesz w notatce ze spotkania."</p> }.into_any()
                } else {
                    view! { <ul class="carried-list">{open.into_iter().map(|item| view! { <CarriedItem item ticked_here /> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    }
}

/// One action item from an earlier meeting, ticked in the journal.
#[component]
pub fn CarriedItem(
    /// The item.
    item: CarriedAction,
    /// Ticked on this meeting's record: done on the meeting's day, not today.
    #[prop(optional)]
    at: Option<MeetingId>,
    /// The items ticked on this page, kept in its list until it is left.
    #[prop(optional)]
    ticked_here: Option<RwSignal<Vec<ActionId>>>,
) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let id = item.item.id;
    let tick = move |done: bool| {
        if let Some(kept) = ticked_here {
            kept.update(|kept| {
                if !kept.contains(&id) {
                    kept.push(id);
                }
            });
        }
        let _ = programme.change_journal(|j| match at {
            Some(meeting) => j.tick_at(id, done, meeting),
            None => j.tick(id, done, clock::today()),
        });
    };
    view! { <CarriedActionItem item on_tick=Callback::new(tick) /> }
}

/// The meetings held, newest first, and a meeting written down afterwards.
#[component]
fn Meetings() -> impl IntoView {
    let programme = expect_context::<Programme>();
    let day = RwSignal::new(date::to_iso(clock::today()));
    let day_error = RwSignal::new(None::<String>);
    // The seed's agenda for a first meeting, the app's regular meeting after it.
    let agenda = RwSignal::new(if programme.journal(|j| j.is_empty()) {
        String::new()
    } else {
        APP_TEMPLATES[0].name.to_string()
    });
    // The question asked before a second meeting is recorded on one day.
    let second = RwSignal::new(None::<String>);
    let log = move |confirmed: bool| {
        let on = match parse_day(&day.get_untracked()) {
            Ok(on) => on,
            Err(error) => {
                day_error.set(Some(error.to_string()));
                return;
            }
        };
        day_error.set(None);
        if !confirmed && let Some(question) = programme.journal(|j| j.second_meeting_question(on)) {
            second.set(Some(question));
            return;
        }
        second.set(None);
        let choice = agenda.get_untracked();
        let (name, plan) = agenda_choice(&programme, &choice);
        let id = programme.change_journal(|j| j.log_meeting(on, &name, &plan));
        programme.agenda.doc.flush();
        let _ = window().location().set_hash(
            &Route::Przebieg {
                meeting: Some(id.0),
            }
            .to_hash(),
        );
    };
    let list = move || {
        programme.journal(|j| {
            j.meetings()
                .iter()
                .map(|m| {
                    let how = m.held_label();
                    let items = m.items_text().map(|t| format!(" · {t}")).unwrap_or_default();
                    let href = Route::Przebieg {
                        meeting: Some(m.id.0),
                    }
                    .to_hash();
                    view! {
                        <li>
                            <a href=href>{format!("Spotkanie {}", date::long(m.date))}</a>
                            <span class="muted">{format!(" · {} · {how}{items}", m.agenda_label())}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let templates = move || {
        programme.agenda.prefs.value.with(|prefs| {
            prefs
                .templates
                .iter()
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="spotkania-naglowek">
            <h2 id="spotkania-naglowek">"Spotkania"</h2>
            {move || {
                let none = programme.journal(|j| j.is_empty());
                if none {
                    view! { <p class="muted">"Nie ma jeszcze zapisanych spotkań."</p> }.into_any()
                } else {
                    view! { <ul class="meeting-list">{list()}</ul> }.into_any()
                }
            }}
            <p>
                <a class="button button-quiet" href=Route::Agenda.to_hash()>"Poprowadź spotkanie z timerem"</a>
            </p>
            <fieldset class="log-meeting">
                <legend>"Spotkanie odbyte bez timera"</legend>
                <TextField
                    id="nowe-spotkanie-data"
                    label="Dzień spotkania"
                    input_type="date"
                    value=day
                    error=day_error
                    on_commit=Callback::new(move |text: String| day.set(text))
                />
                <div class="field">
                    <label for="nowe-spotkanie-agenda">"Agenda"</label>
                    <select id="nowe-spotkanie-agenda" on:change=move |ev| agenda.set(event_target_value(&ev))>
                        // Where each agenda comes from is the group's label, not a suffix to
                        // every option: a phone's picker cuts long options off.
                        <optgroup label="Z\u{a0}materiałów">
                            <option value="" selected=move || agenda.get().is_empty()>{SEED_AGENDA}</option>
                        </optgroup>
                        <optgroup label=APP_TEMPLATES_GROUP>
                            {APP_TEMPLATES.iter().map(|t| {
                                let name = t.name;
                                view! { <option value=name selected=move || agenda.get() == name>{typeset(name)}</option> }
                            }).collect_view()}
                        </optgroup>
                        {move || {
                            let names = templates();
                            (!names.is_empty()).then(|| view! {
                                <optgroup label="Twoje szablony">
                                    {names.into_iter().map(|name| {
                                        let selected = agenda.get_untracked() == name;
                                        view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                                    }).collect_view()}
                                </optgroup>
                            })
                        }}
                    </select>
                </div>
                <Button label="Zapisz spotkanie" on_press=Callback::new(move |()| log(false)) />
                {move || second.get().map(|question| view! {
                    <ConfirmDialog
                        question
                        question_id="drugie-spotkanie"
                        strong=true
                        yes="Tak, zapisz drugie spotkanie"
                        no="Anuluj"
                        on_yes=Callback::new(move |()| log(true))
                        on_no=Callback::new(move |()| second.set(None))
                    />
                })}
            </fieldset>
        </section>
    }
}

/// The agenda a meeting logged afterwards follows: one of the app's templates, one of the
/// mentor's own (by name), or the seed's first-meeting agenda.
fn agenda_choice(programme: &Programme, choice: &str) -> (String, Agenda) {
    if let Some(template) = APP_TEMPLATES.iter().find(|t| t.name == choice) {
        return (
            template.name.to_string(),
            Agenda::from_app_template(template),
        );
    }
    programme
        .agenda
        .prefs
        .value
        .with_untracked(|prefs| {
            prefs
                .templates
                .iter()
                .find(|t| t.name == choice)
                .map(|t| (t.name.clone(), t.agenda.clone()))
        })
        .unwrap_or_else(|| (SEED_AGENDA.to_string(), Agenda::from_seed()))
}

/// What the other tools hold for this mentee: feedback follow-ups, questions asked, the last
/// CRM self-assessment.
#[component]
fn OtherToolsCard() -> impl IntoView {
    let programme = expect_context::<Programme>();
    move || {
        let today = clock::today();
        let tools = programme.other_tools();
        let follow_ups = tools
            .feedback
            .as_ref()
            .map(|doc| follow_ups_across([((), doc)], today, SOON_DAYS))
            .unwrap_or_default();
        let asked = tools
            .questions
            .as_ref()
            .map(|q| q.history.clone())
            .unwrap_or_default();
        let crm = tools.crm.as_ref().and_then(|c| c.history.first().cloned());
        view! {
            <section class="card" aria-labelledby="narzedzia-naglowek">
                <h2 id="narzedzia-naglowek">"Z innych narzędzi"</h2>
                <h3>"Feedback do sprawdzenia"</h3>
                {if follow_ups.is_empty() {
                    view! { <p class="muted">"Brak terminów sprawdzenia efektów w najbliższym tygodniu."</p> }.into_any()
                } else {
                    view! {
                        <ul class="follow-ups">
                            {follow_ups.into_iter().map(|entry| {
                                let href = Route::Feedback { conversation: Some(entry.conversation) }.to_hash();
                                view! {
                                    <li>
                                        <a href=href>{entry.label.clone()}</a>
                                        <span class=if entry.state.is_due() { "chip chip-due" } else { "chip" }>{entry.state.text()}</span>
                                        {format!(" ({})", date::long(entry.day))}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h3>"Pytania zadane dotąd"</h3>
                {if asked.is_empty() {
                    view! { <p class="muted">"Żadne pytanie otwarcia nie jest jeszcze oznaczone jako zadane."</p> }.into_any()
                } else {
                    let count = count_noun(asked.len(), "pytanie", "pytania", "pytań");
                    view! {
                        <p>{format!("Zadane: {count} z 50.")}</p>
                        <ul class="asked">
                            {asked.into_iter().rev().take(5).map(|a| {
                                let text = questions::by_id(a.id).map(|q| q.text).unwrap_or("");
                                view! { <li>{typeset(&format!("„{text}” ({})", date::long(a.date)))}</li> }
                            }).collect_view()}
                        </ul>
                        <p><a href=Route::Pytania.to_hash()>"Wszystkie pytania"</a></p>
                    }.into_any()
                }}
                <h3>"Ostatnia samoocena CRM"</h3>
                {match crm {
                    None => view! { <p class="muted">"Nie ma jeszcze zapisanej samooceny sześciu filarów."</p> }.into_any(),
                    Some(assessment) => {
                        let average = assessment.average_text().unwrap_or_else(|| "—".to_string());
                        view! {
                            <p>{format!("Samoocena z\u{a0}{}: średnio {average} na 5.", date::long(assessment.date))}</p>
                            <p><a href=Route::Crm.to_hash()>"Otwórz samoocenę CRM"</a></p>
                        }.into_any()
                    }
                }}
            </section>
        }
    }
}
