//! The seed's texts as typed static data: no logic, no UI.
//!
//! Everything here is transcribed word for word from the training company's materials
//! (`tests/fixtures/seed.txt`); `tests` below checks that every string still appears there verbatim.

pub mod agenda;
pub mod contract;
pub mod crm;
pub mod feedback;
pub mod questions;
pub mod wording;

#[cfg(test)]
mod tests;
