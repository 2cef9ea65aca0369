//! Thin wrappers over browser APIs that pages need: the clock and file downloads.

pub mod clock;
pub mod download;
pub mod offline;
pub mod print;
pub mod signals;
pub mod storage_status;
