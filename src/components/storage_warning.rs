//! The warning that storage is nearly full ([`crate::state::notices::nearly_full`]), on the
//! start page and the data page.

use leptos::prelude::*;

use crate::route::Route;
use crate::state::notices;
use crate::store::Usage;

/// The warning for `usage`, or nothing below the threshold. `to_data` adds the way to the
/// data page (the start page's copy).
pub fn storage_warning(usage: Usage, to_data: bool) -> Option<impl IntoView> {
    let (headline, steps) = notices::nearly_full(usage)?;
    Some(view! {
        <section class="banner banner-warning storage-warning" role="status" data-testid="pamiec-prawie-pelna">
            <p><strong>{headline}</strong></p>
            <p>"Co zrobić:"</p>
            <ol>{steps.map(|step| view! { <li>{step}</li> }).collect_view()}</ol>
            {to_data.then(|| view! {
                <p><a class="button" href=Route::Dane.to_hash()>"Przejdź do danych"</a></p>
            })}
        </section>
    })
}
