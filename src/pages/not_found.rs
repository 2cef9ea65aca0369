//! Any unknown hash.

use leptos::prelude::*;

use crate::route::Route;

#[component]
pub fn NotFoundPage(
    /// The path that was asked for, shown back to the user.
    path: String,
) -> impl IntoView {
    view! {
        <h1>"Nie ma takiej strony"</h1>
        <p>
            "Adres „" <code>{format!("#{path}")}</code>
            "” nie prowadzi do żadnego narzędzia. Może link był niepełny albo pochodzi z nowszej wersji aplikacji."
        </p>
        <p>
            <a class="button" href=Route::Start.to_hash()>"Wróć na stronę główną"</a>
        </p>
    }
}
