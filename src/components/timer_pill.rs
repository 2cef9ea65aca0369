//! While a meeting runs, a one-tap way back to the timer from any other screen.

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::model::timer::{Phase, clock_text};
use crate::route::Route;
use crate::state::agenda::MeetingClock;

#[component]
pub fn TimerPill() -> impl IntoView {
    let tool = expect_context::<MeetingClock>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let elsewhere = move || route.with(|r| *r != Route::Agenda);
    // Block end and overtime reach the mentor on any screen: the timer page shows and says
    // them itself; elsewhere the pill flashes with the news and a live region says it.
    let news = move || {
        tool.fired.with(|fired| {
            fired
                .as_ref()
                .filter(|f| tool.now.get() - f.at < 4_000)
                .map(|f| f.message.clone())
        })
    };
    let announcement = move || {
        tool.signals
            .with(|signals| signals.announce)
            .then(news)
            .flatten()
    };
    let pill = move || {
        let status = tool.status.get()?;
        if !elsewhere() {
            return None;
        }
        let overtime = status.phase == Phase::Overtime;
        let paused = !status.running;
        let flashing = tool.signals.with(|signals| signals.flash) && news().is_some();
        let text = match news().filter(|_| flashing) {
            Some(message) => format!("{message} Wróć do timera"),
            None => format!(
                "Timer {} · blok {}{} – wróć",
                clock_text(status.remaining),
                status.current + 1,
                if status.running { "" } else { " (pauza)" },
            ),
        };
        Some(view! {
            <a
                class="timer-pill no-print"
                class:is-overtime=overtime
                class:is-paused=paused
                class:is-flashing=flashing
                href=Route::Agenda.to_hash()
            >
                {text}
            </a>
        })
    };
    view! {
        {move || {
            elsewhere()
                .then(|| view! { <p class="visually-hidden" aria-live="assertive">{announcement}</p> })
        }}
        {pill}
    }
}
