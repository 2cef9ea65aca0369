//! The service worker that makes the app work offline, and telling the user when a new
//! version is ready (it never switches under their hands).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Registers `./sw.js` (scope `./`, so it works under any sub-path) and calls `on_update`
/// when a new version is installed and waiting. Not in debug builds: `trunk serve` rebuilds
/// too often for a cache.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if js_sys::Reflect::get(&navigator, &"serviceWorker".into()).is_ok_and(|v| v.is_undefined()) {
        return;
    }
    let container = navigator.service_worker();
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        // Not always a registration: a browser (or a test) that blocks service workers may
        // answer with nothing.
        let Some(registration) = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        let has_controller = move || {
            web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
        };
        // A version that finished installing while the app was closed.
        if registration.waiting().is_some() && has_controller() {
            on_update();
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        on_found.forget();
    });
}

/// Lets the waiting version take over, then reloads once it controls the page.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let Ok(ready) = container.ready() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await {
            let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
            if let Some(waiting) = registration.waiting() {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
        }
    });
}
