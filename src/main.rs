fn main() {
    // Readable panics while developing; release builds abort and ship without the hook.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(niezbednik::App);
    // The static copy of the shell in index.html (painted before the wasm ran) goes in the
    // same task as the app arrived: no frame shows both, or neither.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("wczytywanie") {
        boot.remove();
    }
}
