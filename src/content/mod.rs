//! The seed's texts as typed static data: no logic, no UI.
//!
//! Everything here is transcribed word for word from the training company's materials
//! (`tests/fixtures/seed.txt`); `tests` below checks that every string still appears there verbatim.
//! The one exception is [`agenda_templates`]: agendas for later meetings, the app's own wording,
//! which the app marks as its own wherever it offers them.

pub mod agenda;
pub mod agenda_templates;
pub mod contract;
pub mod crm;
pub mod feedback;
pub mod questions;
pub mod wording;

#[cfg(test)]
mod tests;
