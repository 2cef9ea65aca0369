//! Pure domain logic: plain structs and functions, no web-sys, no signals.
//! Everything here is tested natively with `cargo test`.

pub mod agenda;
pub mod agenda_doc;
pub mod audience;
pub mod contract;
pub mod crm;
pub mod date;
pub mod deck;
pub mod feedback;
pub mod form;
pub mod goals;
pub mod ics;
pub mod journal;
pub mod mentees;
pub mod number;
pub mod programme;
pub mod qr;
pub mod received;
pub mod share;
pub mod text;
pub mod timer;
pub mod typography;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
