//! Niezbędnik mentora: the app shell, its providers and the hash router.
//!
//! Layers, one way: `content` (the seed's texts) → `model` (pure logic) → `store` (browser
//! storage) → `state` (signals) → `pages` and `components` (what the user sees).

pub mod browser;
pub mod components;
pub mod content;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod copy;
#[cfg(test)]
mod generated;
pub mod model;
pub mod pages;
pub mod route;
pub mod state;
pub mod store;

use leptos::prelude::*;

use components::mentee_switcher::MenteeSwitcher;
use components::nav::Nav;
use components::storage_banner::StorageBanner;
use components::timer_pill::TimerPill;
use components::update_banner::UpdateBanner;
use route::Route;
use state::AppState;
use state::agenda::MeetingClock;
use state::audience::Layout;

/// The current route, as read from `location.hash`; provided as context.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

fn route_from_location() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::parse(&hash)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    state.watch_browser();
    provide_context(state);
    // The timer lives with the shell, so a meeting keeps running on every screen.
    provide_context(MeetingClock::install(state));
    // Whose app this is: asked before a page takes the shared link from the address bar.
    let layout = Layout::install(state, browser::share::pending());
    provide_context(layout);

    let (route, set_route) = signal(route_from_location());
    provide_context(CurrentRoute(route));
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        // Leaving a tool writes what was typed in it, as leaving the page does.
        state.flush_saves();
        set_route.set(route_from_location());
    });
    on_cleanup(move || on_hash.remove());

    // Title and focus follow the route, so screen readers and the tab bar tell where you are.
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let first_route = StoredValue::new(true);
    Effect::new(move |_| {
        let current = route.get();
        document().set_title(&match current {
            Route::Start if layout.is_mentee() => {
                format!("{} · Niezbędnik mentora", route::MENTEE_HOME_SCREEN.heading)
            }
            Route::Start => "Niezbędnik mentora".to_string(),
            other => format!("{} · Niezbędnik mentora", other.title()),
        });
        if first_route.get_value() {
            first_route.set_value(false);
            return;
        }
        if let Some(main) = main_ref.get_untracked() {
            if let Ok(Some(heading)) = main.query_selector("h1") {
                let _ = heading.set_attribute("tabindex", "-1");
                if let Some(heading) =
                    wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&heading)
                {
                    let _ = heading.focus();
                }
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });

    view! {
        <a class="skip-link" href="#tresc" on:click=move |ev| {
            // A plain anchor would change the hash route; move focus instead.
            ev.prevent_default();
            if let Some(main) = main_ref.get_untracked() {
                let _ = main.focus();
            }
        }>"Przejdź do treści"</a>
        <header class=move || if layout.is_mentee() { "topbar topbar-mentee" } else { "topbar" }>
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"N"</span>
                <span class="brand-name">"Niezbędnik mentora"</span>
            </a>
            {move || (!layout.is_mentee()).then(|| view! { <MenteeSwitcher /> })}
        </header>
        <StorageBanner />
        <UpdateBanner />
        <div class="layout">
            <Nav />
            <main id="tresc" class="content" tabindex="-1" node_ref=main_ref>
                {move || pages::render(route.get())}
            </main>
        </div>
        <TimerPill />
    }
}
