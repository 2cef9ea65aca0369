//! Meetings held with this mentee: planned against actual time per block, and the notes.

use leptos::prelude::*;

use crate::browser::clock;
use crate::model::agenda_doc::LogEntry;
use crate::model::contract::Parties;
use crate::model::date;
use crate::model::timer::block_plan_text;
use crate::model::timer::minutes_text;
use crate::model::typography::typeset;
use crate::route::Route;
use crate::state::agenda::AgendaState;

#[component]
pub fn MeetingLog() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    // A timer tap must not redraw the log in its own frame (the redraw reads the contract
    // from storage for the names). The log only grows (a finished meeting goes in first,
    // shown at once) or is replaced by another mentee's or another tab's (shown when the
    // document is settled; also after each delayed write, off the taps' frames).
    let length = Memo::new(move |_| tool.doc.value.with(|doc| doc.log.len()));
    let log = move || {
        // `get`, not `track`: tracking alone does not evaluate a memo.
        let _ = length.get();
        tool.doc.track_settled();
        // The goals' names are read from the contract as the list is drawn, like the names.
        let goals = tool.goals();
        tool.doc.value.with_untracked(|doc| doc.log_entries(&goals))
    };
    view! {
        <section class="card meeting-log" aria-labelledby="dziennik">
            <h2 id="dziennik">"Dziennik spotkań"</h2>
            {move || {
                let log = log();
                if log.is_empty() {
                    view! {
                        <p class="muted">"Tu pojawi się podsumowanie każdego spotkania zakończonego przyciskiem „✓ Zakończ spotkanie i\u{a0}zapisz podsumowanie”."</p>
                    }
                        .into_any()
                } else {
                    // Names for the printed summary; read as the list is drawn, so a contract
                    // edited since shows.
                    let parties = tool.parties();
                    // Untracked: bringing the summary into view must not redraw the list.
                    let just_finished = tool.just_finished.get_untracked();
                    log.into_iter()
                        .enumerate()
                        .map(|(index, entry)| {
                            let parties = parties.clone();
                            let bring_into_view = just_finished && index == 0;
                            view! { <Summary entry parties bring_into_view /> }
                        })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
}

/// Bar width in the chart for a duration, against the longest bar.
fn bar(millis: i64, longest: i64) -> String {
    (300 * millis.max(0) / longest.max(1)).to_string()
}

#[component]
fn Summary(
    /// The meeting to summarise, with what it settled.
    entry: LogEntry,
    /// Who it was between.
    parties: Parties,
    /// The meeting was just finished: scroll here and take the focus.
    bring_into_view: bool,
) -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let LogEntry {
        id,
        record,
        outcome,
    } = entry;
    let overrun = record.overrun();
    let overrun_text = if overrun > 30_000 {
        format!("przekroczenie o {}", minutes_text(overrun))
    } else if overrun < -30_000 {
        format!("krócej o {}", minutes_text(-overrun))
    } else {
        "zgodnie z planem".to_string()
    };
    let longest = record
        .blocks
        .iter()
        .map(|b| b.budget().max(b.spent))
        .max()
        .unwrap_or(1);
    let row_height = 34;
    let height = record.blocks.len() * row_height;
    // Printing marks this summary, so the print CSS leaves it alone on the sheet.
    let article = NodeRef::<leptos::html::Article>::new();
    let print = move |_| {
        let marked = article.get_untracked().map(|article| {
            let element: &web_sys::Element = &article;
            element.clone()
        });
        crate::browser::print::print_with("printing-summary", marked);
    };
    if bring_into_view {
        article.on_load(move |article| {
            article.scroll_into_view();
            let _ = article.focus();
            tool.just_finished.set(false);
        });
    }
    let parties_line = parties.line();
    view! {
        <article class="summary" node_ref=article tabindex="-1">
            <h3>
                {format!(
                    "Spotkanie {} · {}–{}",
                    date::long(record.date),
                    clock::local_time(record.started_at),
                    clock::local_time(record.finished_at),
                )}
            </h3>
            {(!parties_line.is_empty()).then(|| view! { <p class="summary-parties">{parties_line}</p> })}
            <p class="summary-line">
                {format!(
                    "Plan {} · faktycznie {} · {}",
                    record.plan_text(),
                    minutes_text(record.actual()),
                    overrun_text,
                )}
            </p>
            <svg
                class="summary-chart"
                viewBox=format!("0 0 480 {height}")
                role="img"
                aria-label="Wykres: plan i faktyczny czas każdego bloku; dokładne liczby w tabeli poniżej"
            >
                {record
                    .blocks
                    .iter()
                    .enumerate()
                    .map(|(index, block)| {
                        let y = index * row_height;
                        let actual_class = if block.ran_over() {
                            "bar-actual bar-over"
                        } else {
                            "bar-actual"
                        };
                        view! {
                            <text x="0" y=(y + 14).to_string() class="chart-label">{format!("{}.", index + 1)}</text>
                            <rect class="bar-planned" x="24" y=(y + 2).to_string() width=bar(block.budget(), longest) height="12" rx="2" />
                            <rect
                                class=actual_class
                                x="24"
                                y=(y + 16).to_string()
                                width=bar(block.spent, longest)
                                height="12"
                                rx="2"
                            />
                            <text x="332" y=(y + 26).to_string() class="chart-label">
                                {format!("{} / {}", minutes_text(block.spent), minutes_text(block.budget()))}
                            </text>
                        }
                    })
                    .collect_view()}
            </svg>
            <p class="chart-legend muted">"Jasny pasek: plan · ciemny: faktycznie · czerwony: ponad plan"</p>
            <table class="summary-table">
                <thead>
                    <tr>
                        <th scope="col">"Blok"</th>
                        <th scope="col">"Plan"</th>
                        <th scope="col">"Faktycznie"</th>
                    </tr>
                </thead>
                <tbody>
                    {record
                        .blocks
                        .iter()
                        .enumerate()
                        .map(|(index, block)| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        {typeset(&format!("{}. {}", index + 1, block.title))}
                                        {block.skipped.then_some(" (pominięty)")}
                                    </th>
                                    <td>{block_plan_text(block)}</td>
                                    <td>{minutes_text(block.spent)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {
                let notes: Vec<(usize, String)> = record
                    .blocks
                    .iter()
                    .enumerate()
                    .filter(|(_, block)| !block.note.trim().is_empty())
                    .map(|(index, block)| (index + 1, block.note.clone()))
                    .collect();
                (!notes.is_empty())
                    .then(|| {
                        view! {
                            <h4>"Notatki"</h4>
                            <ul class="summary-notes">
                                {notes
                                    .into_iter()
                                    .map(|(n, note)| view! { <li><strong>{format!("Blok {n}: ")}</strong>{note}</li> })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }
            {[
                ("Postęp celów", outcome.progress),
                ("Nowe zadania", outcome.new_items),
                ("Odhaczone zadania z wcześniejszych spotkań", outcome.ticked),
            ]
                .into_iter()
                .filter(|(_, lines)| !lines.is_empty())
                .map(|(title, lines)| {
                    view! {
                        <h4>{title}</h4>
                        <ul class="summary-outcome">
                            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
            <p class="row no-print">
                <a class="button button-quiet" href=Route::Przebieg { meeting: Some(id.0) }.to_hash()>
                    "Zapis spotkania: notatki, zadania, postęp"
                </a>
                <button type="button" class="button button-quiet" on:click=print>
                    "Drukuj podsumowanie"
                </button>
            </p>
        </article>
    }
}
