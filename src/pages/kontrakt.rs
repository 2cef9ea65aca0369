//! `#/kontrakt`: the mentoring contract template.

use leptos::prelude::*;

use crate::content::contract;

#[component]
pub fn KontraktPage() -> impl IntoView {
    view! {
        <h1>"Kontrakt mentoringowy"</h1>
        <p class="lead">{contract::INTRO}</p>
        {contract::SECTIONS
            .iter()
            .map(|section| {
                view! {
                    <section class="card">
                        <h2>{format!("{}. {}", section.number, section.title)}</h2>
                        <ul class="points">
                            {section
                                .items
                                .iter()
                                .map(|item| {
                                    view! {
                                        <li>
                                            {item.label.map(|label| view! { <strong>{label} ": "</strong> })}
                                            {item.text}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}
