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

/// Slack in the data segment for wasm-split-cli (the `split` build only). It relocates each
/// module's share of the app's static data and pads every share to its alignment: with two
/// hundred shares the padding can outgrow the input segment by a few bytes, and then it puts the
/// whole segment in the shell (+65 KiB gzip on every route; scripts/split-wasm.mjs stops such a
/// build). No code refers to this array, so no module gets a share of it: the input segment is
/// 4 KiB longer, the output segments are not, and nothing of it ships.
#[cfg(feature = "split")]
#[used]
static SPLIT_SEGMENT_SLACK: [u8; 4096] = [0xA5; 4096];
