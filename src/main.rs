fn main() {
    // Readable panics while developing; release builds abort and ship without the hook.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(niezbednik::App);
}
