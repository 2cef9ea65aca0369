//! `#/feedback`: the checklist „Dobre praktyki w feedbacku”, phase by phase.

use leptos::prelude::*;

use crate::content::feedback;

#[component]
pub fn FeedbackPage() -> impl IntoView {
    view! {
        <h1>"Feedback krok po kroku"</h1>
        <p class="lead">{feedback::INTRO}</p>
        {feedback::PHASES
            .iter()
            .map(|phase| {
                view! {
                    <section class="card">
                        <h2>{phase.title}</h2>
                        <ul class="checklist">
                            {phase
                                .items
                                .iter()
                                .map(|item| {
                                    view! {
                                        <li>
                                            <details>
                                                <summary>{item.title}</summary>
                                                <p>{item.explanation}</p>
                                            </details>
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
