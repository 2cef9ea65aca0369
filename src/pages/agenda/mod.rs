//! `#/agenda`: the first-meeting agenda as a timer to run the meeting block by block, an
//! editor to shape it beforehand, and the log of meetings held.

mod during;
mod editor;
mod log;
mod runner;

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::signals;
use crate::model::agenda::Agenda;
use crate::model::text;
use crate::model::typography::typeset;
use crate::state::agenda::{AgendaState, MeetingClock};

#[component]
pub fn AgendaPage() -> impl IntoView {
    // The page's chunk brings the code for the whole agenda document: from now on the run
    // on every screen is this document's run.
    let tool = AgendaState::take_over(expect_context::<MeetingClock>());
    provide_context(tool);
    let has_run = Memo::new(move |_| tool.doc.value.with(|doc| doc.run.is_some()));
    // The chime's audio is made ready once the page is on screen, so the tap on „Rozpocznij”
    // only has to unlock it.
    if tool.prefs.value.with_untracked(|prefs| prefs.signals.sound) {
        request_animation_frame(|| set_timeout(signals::prepare_audio, Duration::ZERO));
    }
    // A later meeting's agenda is not the first meeting's: the heading and intro follow it.
    let heading = Memo::new(move |_| {
        tool.prefs
            .value
            .with(|prefs| tool.doc.value.with(|doc| doc.heading(&prefs.templates)))
    });
    view! {
        <h1>{move || heading.with(|h| typeset(&h.heading))}</h1>
        {move || {
            if has_run.get() {
                view! { <runner::Runner /> }.into_any()
            } else {
                view! {
                    <p class="lead no-print">{move || heading.with(|h| typeset(&h.intro))}</p>
                    <section class="card start-panel no-print" aria-label="Start spotkania">
                        <p class="summary-line">
                            {move || {
                                tool.doc
                                    .value
                                    .with(|doc| {
                                        format!(
                                            "{} · razem {} min",
                                            text::count_noun(doc.agenda.blocks.len(), "blok", "bloki", "bloków"),
                                            doc.agenda.total_minutes(),
                                        )
                                    })
                            }}
                        </p>
                        {move || {
                            // After the first meeting, the seed's first-meeting agenda is rarely what is wanted.
                            let first_again = tool
                                .doc
                                .value
                                .with(|doc| !doc.log.is_empty() && doc.agenda == Agenda::from_seed());
                            first_again
                                .then(|| {
                                    view! {
                                        <p class="muted">
                                            "To agenda pierwszego spotkania. Na kolejne spotkania są szablony aplikacji (np. „Spotkanie bieżące”) w „Zmień agendę” poniżej."
                                        </p>
                                    }
                                })
                        }}
                        <button type="button" class="button button-big" on:click=move |_| tool.start()>
                            "▶ Rozpocznij spotkanie"
                        </button>
                        <p class="muted">
                            "Timer liczy czas według zegara urządzenia, więc przeładowanie strony czy zablokowany telefon go nie zatrzymają."
                        </p>
                    </section>
                    <ol class="blocks no-print">
                        {move || {
                            tool.doc
                                .value
                                .with(|doc| doc.agenda.blocks.clone())
                                .into_iter()
                                .enumerate()
                                .map(|(index, block)| {
                                    view! {
                                        <li class="card block">
                                            <div class="block-head">
                                                <span class="block-number">{index + 1}</span>
                                                <h2>{typeset(&block.title)}</h2>
                                                <span class="chip">{format!("{} min", block.minutes)}</span>
                                            </div>
                                            <ul class="points">
                                                {block.points.into_iter().map(|point| view! { <li>{typeset(&point)}</li> }).collect_view()}
                                            </ul>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                    <editor::Editor />
                }
                    .into_any()
            }
        }}
        <log::MeetingLog />
    }
}
