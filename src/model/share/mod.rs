//! What a mentor hands to a mentee (and a mentee back) with no server: a link whose data sits in
//! the URL fragment, or the same link in a QR code. Browsers never send the fragment, so the
//! data goes only where the user takes it.
//!
//! The link's data: `[format, flags]` + (for a passphrase: salt and IV) + the body, in
//! base64url. The body is the [`Shared`] item as JSON, compressed with raw DEFLATE; with a
//! passphrase it is encrypted by the browser (AES-GCM, the key from PBKDF2), which this module
//! only frames. Everything read from a link is untrusted: its length is capped before
//! decoding, the inflated size is capped, and every field is checked as its document type.
//!
//! One concept per file: [`items`] (the wire types), [`picks`] (what the mentor picks and the
//! item built from it), [`validation`] (what a link may hold), [`format`] (the bytes of a link)
//! and [`passphrase`].

mod format;
mod items;
mod passphrase;
mod picks;
mod validation;

pub use format::*;
pub use items::*;
pub use passphrase::*;
pub use picks::*;
pub use validation::*;

// Native only: the property tests use proptest, which is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// The format of a link with no passphrase (the first one: every build reads it).
pub const FORMAT: u8 = 1;
/// The format of a link with a passphrase since its header (format and flags) is AES-GCM's
/// additional data: a changed header fails the decryption like a changed body. Links with a
/// passphrase in [`FORMAT`] (no additional data) keep opening.
pub const FORMAT_AUTHENTICATED: u8 = 2;
/// The newest format this build reads; a link with a higher one is refused with a message.
pub const NEWEST: u8 = FORMAT_AUTHENTICATED;

/// The route that opens a shared link: `#/udostepnione?d=…`.
pub const ROUTE: &str = "udostepnione";
/// The query parameter that carries the data.
pub const PARAM: &str = "d";

/// Longest data part of a link read at all (characters), checked before any decoding.
pub const MAX_LINK_CHARS: usize = 16_000;
/// Largest JSON a body may inflate to: a zip bomb stops here.
pub const MAX_JSON_BYTES: usize = 64 * 1024;
/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Longest name or title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Most items in any list.
pub const MAX_ITEMS: usize = 60;

/// Bit of the flags byte: the body is encrypted with a passphrase.
const LOCKED: u8 = 1;
/// PBKDF2's salt and AES-GCM's IV, as the browser makes them.
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// PBKDF2-SHA-256 iterations (OWASP's 2023 figure): a guessed passphrase costs this much each.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// AES-GCM's tag, which every encrypted body ends with.
const TAG_BYTES: usize = 16;

/// `4 000`: thousands spaced as Polish writes them, never split across lines.
pub(crate) fn group(n: usize) -> String {
    crate::model::number::group(&n.to_string())
}
