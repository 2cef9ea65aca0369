//! „Nowa wersja — odśwież”: shown when a new build is installed and waiting.

use leptos::prelude::*;

use crate::browser::offline;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    offline::register(move || ready.set(true));
    move || {
        ready.get().then(|| {
            view! {
                <div class="banner" role="status" data-problem="update">
                    <p><strong>"Nowa wersja – odśwież. "</strong>"Twoje dane zostają, zmieni się tylko aplikacja."</p>
                    <button type="button" class="button" on:click=move |_| offline::apply_update()>"Odśwież teraz"</button>
                </div>
            }
        })
    }
}
