//! `#/pytania`: the bank of 50 opening questions, grouped by category.

use leptos::prelude::*;

use crate::content::questions::{self, Category};

#[component]
pub fn PytaniaPage() -> impl IntoView {
    view! {
        <h1>"Pytania otwarcia"</h1>
        <p class="lead">{questions::INTRO}</p>
        {Category::ALL
            .into_iter()
            .map(|category| {
                let heading_id = format!("kategoria-{}", category.slug());
                let labelled_by = heading_id.clone();
                view! {
                    <section class=format!("card category category-{}", category.slug()) aria-labelledby=labelled_by>
                        <h2 id=heading_id>{category.title()}</h2>
                        <ol class="questions">
                            {questions::QUESTIONS
                                .iter()
                                .filter(|question| question.category == category)
                                .map(|question| {
                                    view! {
                                        <li value=question.id>{question.text}</li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </section>
                }
            })
            .collect_view()}
    }
}
