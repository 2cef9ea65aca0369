//! `#/crm`: the article on CRM strategy, typeset for reading on a phone.

use leptos::prelude::*;

use crate::content::crm::{self, Block};

#[component]
pub fn CrmPage() -> impl IntoView {
    view! {
        <article class="article">
            <h1>{crm::TITLE}</h1>
            <p class="byline">{format!("Autorka: {} · materiały EITT", crm::AUTHOR.name)}</p>
            <nav class="toc" aria-label="Spis treści artykułu">
                <h2>"Spis treści"</h2>
                <ol>
                    {crm::SECTIONS
                        .iter()
                        .map(|section| {
                            let id = section.id;
                            view! {
                                <li>
                                    <a
                                        href=format!("#{id}")
                                        on:click=move |ev| {
                                            // The hash holds the route; scroll without touching it.
                                            ev.prevent_default();
                                            if let Some(target) = document().get_element_by_id(id) {
                                                target.scroll_into_view();
                                            }
                                        }
                                    >
                                        {section.heading}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            {crm::INTRO.iter().map(|paragraph| view! { <p>{*paragraph}</p> }).collect_view()}
            {crm::SECTIONS
                .iter()
                .map(|section| {
                    view! {
                        <section id=section.id class="article-section">
                            <h2>{section.heading}</h2>
                            {section.blocks.iter().map(render_block).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <footer class="card author">
                <h2>"O autorce"</h2>
                <p><strong>{crm::AUTHOR.name}</strong></p>
                {crm::AUTHOR.bio.iter().map(|paragraph| view! { <p>{*paragraph}</p> }).collect_view()}
            </footer>
        </article>
    }
}

fn render_block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
        Block::List(items) => view! {
            <ul class="lead-list">
                {items
                    .iter()
                    .map(|item| view! { <li><strong>{item.lead} ": "</strong>{item.text}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::PillarTable => view! {
            <table class="pillars">
                <thead>
                    <tr>
                        <th scope="col">{crm::PILLAR_TABLE_HEADERS[0]}</th>
                        <th scope="col">{crm::PILLAR_TABLE_HEADERS[1]}</th>
                    </tr>
                </thead>
                <tbody>
                    {crm::PILLARS
                        .iter()
                        .map(|pillar| {
                            view! {
                                <tr>
                                    <th scope="row">{format!("{}. {}", pillar.number, pillar.name)}</th>
                                    <td>{pillar.description}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}
