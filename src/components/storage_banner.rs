//! Persistent notices about saved data: not saving, a value set aside, a newer version's data.

use leptos::prelude::*;

use crate::browser::download::download_text;
use crate::state::AppState;
use crate::store::Problem;

/// Human name of a storage key, for the notices.
fn describe_key(key: &str) -> String {
    if key == crate::store::documents::ROSTER_KEY {
        "lista mentee".to_string()
    } else {
        format!("wpis „{key}”")
    }
}

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="banners" role="status" aria-live="polite">
            {move || {
                state
                    .problems
                    .get()
                    .into_iter()
                    .map(|problem| notice(state, problem))
                    .collect_view()
            }}
        </div>
    }
}

fn notice(state: AppState, problem: Problem) -> AnyView {
    match problem {
        Problem::NotSaving { reason } => view! {
            <div class="banner banner-alert" data-problem="not-saving">
                <p>
                    <strong>"Dane nie są zapisywane. "</strong>
                    {format!(
                        "Powód: {reason}. Możesz dalej pracować, ale po zamknięciu karty zmiany przepadną.",
                    )}
                </p>
                <button type="button" class="button" on:click=move |_| state.retry_saving()>
                    "Spróbuj zapisać ponownie"
                </button>
            </div>
        }
        .into_any(),
        Problem::Quarantined { key, quarantine_key, raw, reason } => {
            let where_kept = match &quarantine_key {
                Some(q) => format!("Oryginalny tekst odłożono w przeglądarce pod kluczem „{q}”."),
                None => "Oryginał zostawiono bez zmian (brak miejsca na kopię).".to_string(),
            };
            dismissable(
                state,
                Notice {
                    kind: "quarantined",
                    headline: format!("Nie udało się odczytać: {}. ", describe_key(&key)),
                    body: format!("({reason}) Zaczynasz od wartości domyślnych dla tej części. {where_kept}"),
                    button: "Pobierz odłożone dane",
                    action: download("odzyskane", "txt", "text/plain;charset=utf-8", raw),
                    key,
                },
            )
        }
        Problem::Superseded { key, ours } => dismissable(
            state,
            Notice {
                kind: "superseded",
                headline: format!("Inna karta zapisała nowszą wersję: {}. ", describe_key(&key)),
                body: "Pokazujemy ją. Zmian z tej karty nie udało się zapisać (brak miejsca) — pobierz je, zanim zamkniesz kartę.".to_string(),
                button: "Pobierz moje zmiany",
                action: download("moje-zmiany", "json", "application/json", ours),
                key,
            },
        ),
        Problem::NewerSchema { key, found, supported } => dismissable(
            state,
            Notice {
                kind: "newer",
                headline: format!("Dane ({}) zapisała nowsza wersja aplikacji. ", describe_key(&key)),
                body: format!(
                    "(wersja danych {found}, ta aplikacja zna {supported}) Nie nadpiszemy ich. Odśwież stronę, aby wczytać najnowszą wersję aplikacji; do tego czasu zmiany w tej części nie są zapisywane.",
                ),
                button: "Odśwież",
                action: Box::new(|| {
                    let _ = window().location().reload();
                }),
                key,
            },
        ),
    }
}

/// A notice with one action, which the mentor can dismiss.
struct Notice {
    /// `data-problem` value.
    kind: &'static str,
    headline: String,
    body: String,
    button: &'static str,
    action: Box<dyn Fn()>,
    /// The storage key the notice is about, for dismissing it.
    key: String,
}

/// Downloads `text` as `niezbednik-{name}-{stamp}.{extension}`.
fn download(name: &str, extension: &str, mime: &'static str, text: String) -> Box<dyn Fn()> {
    let file_name = format!(
        "niezbednik-{name}-{}.{extension}",
        crate::browser::clock::stamp()
    );
    Box::new(move || {
        let _ = download_text(&file_name, mime, &text);
    })
}

fn dismissable(state: AppState, notice: Notice) -> AnyView {
    let Notice {
        kind,
        headline,
        body,
        button,
        action,
        key,
    } = notice;
    view! {
        <div class="banner banner-warning" data-problem=kind>
            <p>
                <strong>{headline}</strong>
                {body}
            </p>
            <div class="banner-actions">
                <button type="button" class="button" on:click=move |_| action()>
                    {button}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| state.dismiss(&key)>
                    "Rozumiem"
                </button>
            </div>
        </div>
    }
    .into_any()
}
