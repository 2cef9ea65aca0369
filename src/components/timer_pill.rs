//! While a meeting runs, a one-tap way back to the timer from any other screen.

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::model::timer::{Phase, clock_text};
use crate::route::Route;
use crate::state::agenda::AgendaTool;

#[component]
pub fn TimerPill() -> impl IntoView {
    let tool = expect_context::<AgendaTool>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    move || {
        let status = tool.status.get()?;
        if route.with(|r| *r == Route::Agenda) {
            return None;
        }
        let overtime = status.phase == Phase::Overtime;
        let text = format!(
            "Timer {} · blok {}{} — wróć",
            clock_text(status.remaining),
            status.current + 1,
            if status.running { "" } else { " (pauza)" },
        );
        Some(view! {
            <a class="timer-pill no-print" class:is-overtime=overtime href=Route::Agenda.to_hash()>
                {text}
            </a>
        })
    }
}
