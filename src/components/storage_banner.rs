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
            let file_name = format!("niezbednik-odzyskane-{}.txt", crate::browser::clock::stamp());
            let dismiss_key = key.clone();
            view! {
                <div class="banner banner-warning" data-problem="quarantined">
                    <p>
                        <strong>{format!("Nie udało się odczytać: {}. ", describe_key(&key))}</strong>
                        {format!("({reason}) Zaczynasz od wartości domyślnych dla tej części. {where_kept}")}
                    </p>
                    <div class="banner-actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                let _ = download_text(&file_name, "text/plain;charset=utf-8", &raw);
                            }
                        >
                            "Pobierz odłożone dane"
                        </button>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.dismiss(&dismiss_key)
                        >
                            "Rozumiem"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        Problem::Superseded { key, ours } => {
            let file_name = format!("niezbednik-moje-zmiany-{}.json", crate::browser::clock::stamp());
            let dismiss_key = key.clone();
            view! {
                <div class="banner banner-warning" data-problem="superseded">
                    <p>
                        <strong>{format!("Inna karta zapisała nowszą wersję: {}. ", describe_key(&key))}</strong>
                        "Pokazujemy ją. Zmian z tej karty nie udało się zapisać (brak miejsca) — pobierz je, zanim zamkniesz kartę."
                    </p>
                    <div class="banner-actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                let _ = download_text(&file_name, "application/json", &ours);
                            }
                        >
                            "Pobierz moje zmiany"
                        </button>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.dismiss(&dismiss_key)
                        >
                            "Rozumiem"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        Problem::NewerSchema { key, found, supported } => {
            let dismiss_key = key.clone();
            view! {
                <div class="banner banner-warning" data-problem="newer">
                    <p>
                        <strong>{format!("Dane ({}) zapisała nowsza wersja aplikacji. ", describe_key(&key))}</strong>
                        {format!(
                            "(wersja danych {found}, ta aplikacja zna {supported}) Nie nadpiszemy ich. Odśwież stronę, aby wczytać najnowszą wersję aplikacji; do tego czasu zmiany w tej części nie są zapisywane.",
                        )}
                    </p>
                    <div class="banner-actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                let _ = window().location().reload();
                            }
                        >
                            "Odśwież"
                        </button>
                        <button
                            type="button"
                            class="button button-quiet"
                            on:click=move |_| state.dismiss(&dismiss_key)
                        >
                            "Rozumiem"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}
