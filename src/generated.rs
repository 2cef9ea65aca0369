//! Files written from the app's own sources by native tests, for the build and the bench
//! (`public/boot/screens.json`, `tests/fixtures/links.json`): each test builds the file's text,
//! and this writes it when its variable is set, and otherwise fails on a stale file.

/// `path` is relative to the crate; `update` names the variable that rewrites it.
pub fn check(path: &str, text: &str, update: &str, how: &str) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os(update).is_some() {
        std::fs::write(&full, text).unwrap();
    }
    let file = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(file == text, "{path} is stale: {update}=1 {how}");
}
