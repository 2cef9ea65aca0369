//! `#/przebieg?spotkanie=N`: one meeting's record: its day, the tasks the mentee reported
//! done in the reflection attached to it (to mark with one tap), the items carried from
//! earlier meetings (to tick), notes per block, progress on each goal, its own action items
//! (to the calendar), the reflection, and a print on one A4 page.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::CarriedItem;
use crate::browser::clock;
use crate::components::calendar_button::ActionItemsCalendar;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::controls::{Button, Checkbox, TextArea, TextField};
use crate::components::new_action_form::NewActionForm;
use crate::components::progress_scale::ProgressScale;
use crate::components::reflection_card::{ReflectionCard, ReportedDoneCard};
use crate::components::share_panel::ShareCard;
use crate::model::date;
use crate::model::form::Choice;
use crate::model::goals::GoalId;
use crate::model::journal::{ActionOwner, Held, Meeting, MeetingId, parse_day};
use crate::model::share;
use crate::model::typography::typeset;
use crate::route::Route;
use crate::state::programme::Programme;

#[component]
pub fn MeetingPage(id: u32) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let id = MeetingId(id);
    // Redrawn when the meeting appears or goes (another tab, a deletion), not on every note.
    let exists = Memo::new(move |_| programme.journal(|j| j.get(id).is_some()));
    move || {
        if exists.get() {
            view! { <Record id /> }.into_any()
        } else {
            view! {
                <h1>"Nie ma takiego spotkania"</h1>
                <p>"To spotkanie nie jest zapisane u\u{a0}tej osoby (mogło zostać usunięte albo zapisane u\u{a0}innej osoby)."</p>
                <p><a class="button" href=Route::Przebieg { meeting: None }.to_hash()>"Przebieg mentoringu"</a></p>
            }
            .into_any()
        }
    }
}

#[component]
fn Record(id: MeetingId) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let meeting = Memo::new(move |_| programme.journal(|j| j.get(id).cloned()));
    let field = move |read: fn(&Meeting) -> String| {
        Memo::new(move |_| meeting.with(|m| m.as_ref().map(read).unwrap_or_default()))
    };
    let day = field(|m| date::to_iso(m.date));
    let day_long = field(|m| date::long(m.date));
    let agenda = field(|m| {
        let agenda = m.agenda_label();
        match m.held {
            Held::Timer {
                started_at,
                finished_at,
            } => format!(
                "{agenda} · z timerem, {}–{}",
                clock::local_time(started_at),
                clock::local_time(finished_at)
            ),
            Held::Logged => format!("{agenda} · zapisane po spotkaniu"),
        }
    });
    // A refused day stays in the field with the reason.
    let typed_day = RwSignal::new(None::<String>);
    let day_error = RwSignal::new(None::<String>);
    let set_day = move |text: String| {
        let outcome =
            parse_day(&text).and_then(|on| programme.change_journal(|j| j.set_date(id, on)));
        match outcome {
            Ok(()) => {
                typed_day.set(None);
                day_error.set(None);
            }
            Err(error) => {
                typed_day.set(Some(text));
                day_error.set(Some(error.to_string()));
            }
        }
    };
    let blocks = Memo::new(move |_| meeting.with(|m| m.as_ref().map_or(0, |m| m.blocks.len())));
    let carried = move || {
        let today = clock::today();
        programme.journal(|j| j.carried_into(id, today))
    };
    let confirm_delete = RwSignal::new(false);
    let print = move |()| {
        programme.agenda.doc.flush();
        crate::browser::print::print_with("printing-meeting", None);
    };
    view! {
        <p class="no-print"><a href=Route::Przebieg { meeting: None }.to_hash()>"← Przebieg mentoringu"</a></p>
        <h1 class="no-print">{move || format!("Spotkanie {}", day_long.get())}</h1>
        <p class="lead no-print">{move || agenda.get()}</p>
        <div class="no-print">
            <TextField
                id="spotkanie-data"
                label="Dzień spotkania"
                input_type="date"
                value=Signal::derive(move || typed_day.get().unwrap_or_else(|| day.get()))
                error=day_error
                on_commit=Callback::new(set_day)
            />
            <ReportedDoneCard id />
            {move || {
                let carried = carried();
                (!carried.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="wczesniej-naglowek">
                        <h2 id="wczesniej-naglowek">"Zadania z wcześniejszych spotkań"</h2>
                        <p class="muted">"Odhacz to, co zostało zrobione. Nieodhaczone przechodzą na kolejne spotkania."</p>
                        <ul class="carried-list">{carried.into_iter().map(|item| view! { <CarriedItem item at=id /> }).collect_view()}</ul>
                    </section>
                })
            }}
            <section class="card" aria-labelledby="notatki-naglowek">
                <h2 id="notatki-naglowek">"Notatki"</h2>
                <p class="muted">"Notatki są prywatne: do mentee trafiają tylko te, które zaznaczysz przy udostępnianiu."</p>
                {move || (0..blocks.get()).map(|i| {
                    let title = meeting.with_untracked(|m| m.as_ref().and_then(|m| m.blocks.get(i)).map(|b| b.title.clone()).unwrap_or_default());
                    let note = Memo::new(move |_| meeting.with(|m| m.as_ref().and_then(|m| m.blocks.get(i)).map(|b| b.note.clone()).unwrap_or_default()));
                    view! {
                        <TextArea
                            id=format!("notatka-{i}")
                            label=format!("{}. {title}", i + 1)
                            live=true
                            value=note
                            on_commit=Callback::new(move |text: String| {
                                let _ = programme.change_journal(|j| j.set_note(id, i, &text));
                            })
                        />
                    }
                }).collect_view()}
            </section>
            <ProgressCard id />
            <ActionsCard id />
            <ShareMeeting id />
            <div class="row">
                <Button label="Drukuj notatkę ze spotkania" on_press=Callback::new(print) />
                <Button label="Usuń spotkanie" class="button-danger" on_press=Callback::new(move |()| confirm_delete.set(true)) />
            </div>
            {move || confirm_delete.get().then(|| view! {
                <ConfirmDialog
                    question="Usunąć to spotkanie z notatkami, postępem i zadaniami? Tego nie da się cofnąć."
                    question_id="usun-spotkanie"
                    strong=true
                    yes="Tak, usuń"
                    yes_class="button-danger"
                    no="Nie, zostaw"
                    on_yes=Callback::new(move |()| {
                        programme.change_journal(|j| j.remove(id));
                        programme.agenda.doc.flush();
                        let _ = window().location().set_hash(&Route::Przebieg { meeting: None }.to_hash());
                    })
                    on_no=Callback::new(move |()| confirm_delete.set(false))
                />
            })}
        </div>
        <MeetingSheet meeting />
        <ReflectionCard id />
    }
}

/// „Udostępnij mentee”: the meeting's items and progress, a message, and only the block notes
/// the mentor ticks (they are private by default).
#[component]
fn ShareMeeting(id: MeetingId) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let notes = Memo::new(move |_| {
        programme.journal(|j| {
            j.get(id)
                .map(|m| {
                    m.blocks
                        .iter()
                        .map(|b| (b.title.clone(), !b.note.trim().is_empty()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The items still open from earlier meetings, for the mentee's whole to-do list.
    let open_earlier = Memo::new(move |_| {
        programme.journal(|j| {
            j.carried_into(id, clock::today())
                .iter()
                .filter(|c| c.item.is_open())
                .count()
        })
    });
    // The scores with a note beside them: each note private unless ticked.
    let noted_scores = Memo::new(move |_| {
        programme.contract.value.with(|c| {
            programme.journal(|j| {
                j.get(id)
                    .map(|m| {
                        m.progress
                            .iter()
                            .filter(|p| !p.note.trim().is_empty())
                            .map(|p| {
                                let goal = c
                                    .goals
                                    .get(p.goal)
                                    .map(|g| g.text_on(m.date).to_string())
                                    .unwrap_or_default();
                                (p.goal, goal)
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let picked_notes = RwSignal::new(Vec::<bool>::new());
    let picked_score_notes = RwSignal::new(Vec::<GoalId>::new());
    let items = RwSignal::new(true);
    let earlier = RwSignal::new(true);
    let progress = RwSignal::new(true);
    let message = RwSignal::new(String::new());
    let item = Callback::new(move |()| {
        let pick = share::MeetingPick {
            message: message.get(),
            notes: picked_notes.get(),
            items: items.get(),
            earlier: earlier.get(),
            progress: progress.get(),
            progress_notes: picked_score_notes.get(),
        };
        let parties = programme.parties();
        let origin = share::Origin {
            mentee: programme.mentee_id(),
            meeting: id.0,
        };
        programme.contract.value.with(|c| {
            programme.journal(|j| {
                j.get(id).map(|m| {
                    share::meeting(
                        origin,
                        (&parties.mentor, &parties.mentee),
                        m,
                        &j.carried_into(id, clock::today()),
                        &c.goals,
                        &pick,
                    )
                })
            })
        })
    });
    let tick = |flag: RwSignal<bool>| Callback::new(move |on: bool| flag.set(on));
    view! {
        <ShareCard label="Udostępnij mentee" item>
            <fieldset class="share-pick">
                <legend>"Co udostępnić"</legend>
                <TextArea
                    id="wiadomosc-dla-mentee"
                    label="Wiadomość dla mentee (opcjonalnie)"
                    live=true
                    value=message
                    on_commit=Callback::new(move |text: String| message.set(text))
                />
                <Checkbox label="Zadania ze spotkania" checked=items on_toggle=tick(items) />
                {move || {
                    let open = open_earlier.get();
                    (open > 0).then(|| view! {
                        <Checkbox
                            label=format!("Otwarte zadania z wcześniejszych spotkań ({open})")
                            checked=earlier
                            on_toggle=tick(earlier)
                        />
                    })
                }}
                <Checkbox label="Postęp celów (oceny)" checked=progress on_toggle=tick(progress) />
                {move || {
                    let noted = noted_scores.get();
                    (progress.get() && !noted.is_empty()).then(|| view! {
                        <p class="muted">"Notatki przy ocenach są prywatne i\u{a0}domyślnie nie są udostępniane. Zaznacz te, które mentee ma zobaczyć:"</p>
                        {noted.into_iter().map(|(goal, text)| {
                            let checked = Signal::derive(move || picked_score_notes.with(|p| p.contains(&goal)));
                            view! {
                                <Checkbox
                                    label=format!("Notatka przy ocenie celu „{text}” (prywatna)")
                                    checked
                                    on_toggle=Callback::new(move |on: bool| picked_score_notes.update(|p| {
                                        p.retain(|g| *g != goal);
                                        if on {
                                            p.push(goal);
                                        }
                                    }))
                                />
                            }
                        }).collect_view()}
                    })
                }}
                {move || {
                    let with_notes: Vec<(usize, String)> = notes
                        .get()
                        .into_iter()
                        .enumerate()
                        .filter(|(_, (_, has))| *has)
                        .map(|(i, (title, _))| (i, title))
                        .collect();
                    (!with_notes.is_empty()).then(|| view! {
                        <p class="muted">"Notatki z\u{a0}bloków są prywatne i\u{a0}domyślnie nie są udostępniane. Zaznacz te, które mentee ma zobaczyć:"</p>
                        {with_notes.into_iter().map(|(i, title)| {
                            let checked = Signal::derive(move || picked_notes.with(|p| p.get(i).copied().unwrap_or(false)));
                            view! {
                                <Checkbox
                                    label=format!("Notatka z bloku „{title}” (prywatna)")
                                    checked
                                    on_toggle=Callback::new(move |on: bool| picked_notes.update(|p| {
                                        if p.len() <= i {
                                            p.resize(i + 1, false);
                                        }
                                        p[i] = on;
                                    }))
                                />
                            }
                        }).collect_view()}
                    })
                }}
            </fieldset>
        </ShareCard>
    }
}

/// Progress on each current goal at this meeting.
#[component]
fn ProgressCard(id: MeetingId) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let goals = Memo::new(move |_| {
        programme.contract.value.with(|c| {
            c.goals
                .current()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| (g.id, g.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="postep-naglowek">
            <h2 id="postep-naglowek">"Postęp celów"</h2>
            {move || {
                let goals = goals.get();
                if goals.is_empty() {
                    return view! {
                        <p class="muted">"Kontrakt nie ma jeszcze celów. Wpisz je w "<a href=Route::Kontrakt.to_hash()>"kontrakcie"</a>"."</p>
                    }.into_any();
                }
                goals.into_iter().map(|(goal, text)| {
                    let recorded = Memo::new(move |_| programme.journal(|j| {
                        j.get(id).and_then(|m| m.progress_of(goal)).map(|p| (p.value, p.note.clone()))
                    }));
                    view! {
                        <ProgressScale
                            id=format!("postep-{}", goal.0)
                            goal=text
                            value=Signal::derive(move || recorded.with(|r| r.as_ref().map(|r| r.0)))
                            note=Signal::derive(move || recorded.with(|r| r.as_ref().map(|r| r.1.clone()).unwrap_or_default()))
                            on_record=Callback::new(move |(value, note): (u8, String)| {
                                let _ = programme.change_journal(|j| j.set_progress(id, goal, value, &note));
                            })
                        />
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}

/// This meeting's own action items.
#[component]
fn ActionsCard(id: MeetingId) -> impl IntoView {
    let programme = expect_context::<Programme>();
    let items =
        move || programme.journal(|j| j.get(id).map(|m| m.actions.clone()).unwrap_or_default());
    let meeting_day = Signal::derive(move || {
        programme
            .journal(|j| j.get(id).map(|m| m.date))
            .unwrap_or_else(clock::today)
    });
    view! {
        <section class="card" aria-labelledby="zadania-spotkania">
            <h2 id="zadania-spotkania">"Zadania z tego spotkania"</h2>
            {move || {
                let items = items();
                if items.is_empty() {
                    view! { <p class="muted">"Jeszcze bez zadań."</p> }.into_any()
                } else {
                    view! {
                        <ul class="actions">
                            {items.into_iter().map(|item| {
                                let action = item.id;
                                let due = item.due.map(|d| format!(" · do {}", date::long(d))).unwrap_or_default();
                                let done = item.done_text().map(|d| format!(" · {d}")).unwrap_or_default();
                                view! {
                                    <li class="action">
                                        <label class="check">
                                            <input type="checkbox" prop:checked=item.done.is_some() on:change=move |ev| {
                                                let ticked = event_target_checked(&ev);
                                                let _ = programme.change_journal(|j| j.tick(action, ticked, clock::today()));
                                            } />
                                            <span>{item.what.clone()}</span>
                                        </label>
                                        <p class="action-meta">{format!("{}{due}{done}", item.owner.label())}</p>
                                        <button type="button" class="link-button" on:click=move |_| {
                                            let _ = programme.change_journal(|j| j.remove_action(action));
                                        }>{format!("Usuń zadanie „{}”", item.what)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <NewActionForm
                id="nowe-zadanie"
                meeting_day=meeting_day
                on_add=Callback::new(move |(what, owner, due): (String, ActionOwner, Option<NaiveDate>)| {
                    let _ = programme.change_journal(|j| j.add_action(id, &what, owner, due));
                })
            />
            <ActionItemsCalendar
                meeting=Signal::derive(move || programme.journal(|j| j.get(id).cloned()).unwrap_or_else(|| placeholder_meeting(id)))
                mentee=Signal::derive(move || programme.mentee_id())
                mentee_name=Signal::derive(move || programme.parties().mentee)
                reminder=Signal::derive(move || programme.contract.value.with(|c| c.reminder))
            />
        </section>
    }
}

/// A meeting with nothing in it, for the moment a deleted meeting's page is still drawn.
fn placeholder_meeting(id: MeetingId) -> Meeting {
    Meeting {
        id,
        date: clock::today(),
        agenda: String::new(),
        blocks: Vec::new(),
        held: Held::Logged,
        actions: Vec::new(),
        progress: Vec::new(),
        reflection: None,
    }
}

/// The meeting on paper (shown only when printing): notes, progress and items on one A4 page.
#[component]
fn MeetingSheet(meeting: Memo<Option<Meeting>>) -> impl IntoView {
    let programme = expect_context::<Programme>();
    move || {
        let m = meeting.get()?;
        let contract = programme.contract.value.get_untracked();
        let who = programme.parties();
        let parties = [("Mentor", who.mentor), ("Mentee", who.mentee)]
            .into_iter()
            .filter(|(_, name)| !name.is_empty())
            .map(|(role, name)| format!("{role}: {name}"))
            .collect::<Vec<_>>()
            .join(" · ");
        let carried = programme.journal(|j| j.carried_into(m.id, clock::today()));
        let progress: Vec<(String, String, String)> = m
            .progress
            .iter()
            .map(|p| {
                let goal = contract
                    .goals
                    .get(p.goal)
                    .map(|g| g.text_on(m.date).to_string())
                    .unwrap_or_default();
                let note = if p.note.is_empty() {
                    String::new()
                } else {
                    format!(" – {}", p.note)
                };
                (goal, format!("{}/10", p.value), note)
            })
            .collect();
        Some(view! {
            <article class="meeting-doc">
                <h2 class="doc-title">{format!("Notatka ze spotkania mentoringowego, {}", date::long(m.date))}</h2>
                <p>{parties}</p>
                {(!m.agenda.is_empty()).then(|| view! { <p>{format!("Agenda: {}", m.agenda)}</p> })}
                <h3>"Notatki"</h3>
                <ol>
                    {m.blocks.iter().map(|b| view! {
                        <li><strong>{typeset(&b.title)}</strong>{if b.note.trim().is_empty() { " –".to_string() } else { format!(": {}", b.note.trim()) }}</li>
                    }).collect_view()}
                </ol>
                {(!progress.is_empty()).then(|| view! {
                    <h3>"Postęp celów"</h3>
                    <ul>{progress.into_iter().map(|(goal, value, note)| view! { <li>{goal}": "<strong>{value}</strong>{note}</li> }).collect_view()}</ul>
                })}
                {(!carried.is_empty()).then(|| view! {
                    <h3>"Zadania z wcześniejszych spotkań"</h3>
                    <ul>
                        {carried.into_iter().map(|c| {
                            let state = match c.item.done_text() {
                                Some(done) => done,
                                None if c.overdue => "otwarte, po terminie".to_string(),
                                None => "otwarte".to_string(),
                            };
                            view! { <li>{format!("{} ({}, ze spotkania {}) – {state}", c.item.what, c.item.owner.label(), date::long(c.from_date))}</li> }
                        }).collect_view()}
                    </ul>
                })}
                <h3>"Zadania z tego spotkania"</h3>
                {if m.actions.is_empty() {
                    view! { <p>"Bez zadań."</p> }.into_any()
                } else {
                    view! {
                        <table class="summary-table">
                            <thead><tr><th>"Co"</th><th>"Kto"</th><th>"Do kiedy"</th><th>"Zrobione"</th></tr></thead>
                            <tbody>
                                {m.actions.iter().map(|a| view! {
                                    <tr>
                                        <td>{a.what.clone()}</td>
                                        <td>{a.owner.label()}</td>
                                        <td>{a.due.map(date::long).unwrap_or_else(|| "—".to_string())}</td>
                                        <td>
                                            {a.done.map(date::long).unwrap_or_else(|| "☐".to_string())}
                                            {a.reported_text().map(|r| view! { <br /><small>{r}</small> })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </article>
        })
    }
}
