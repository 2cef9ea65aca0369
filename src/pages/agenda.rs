//! `#/agenda`: the seed's first-meeting agenda, block by block.

use leptos::prelude::*;

use crate::content::agenda;

#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        <h1>"Agenda pierwszego spotkania"</h1>
        <p class="lead">{agenda::INTRO}</p>
        <p class="summary-line">
            {format!("{} bloków · razem {} min", agenda::BLOCKS.len(), agenda::total_minutes())}
        </p>
        <ol class="blocks">
            {agenda::BLOCKS
                .iter()
                .enumerate()
                .map(|(index, block)| {
                    view! {
                        <li class="card block">
                            <div class="block-head">
                                <span class="block-number">{index + 1}</span>
                                <h2>{block.title}</h2>
                                <span class="chip">{format!("ok. {} min", block.minutes)}</span>
                            </div>
                            <ul class="points">
                                {block.points.iter().map(|point| view! { <li>{*point}</li> }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
