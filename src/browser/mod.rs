//! Thin wrappers over the browser APIs the app uses: the clock, file downloads, the offline
//! service worker and its update notice, printing one part of a page, the timer's signals
//! (chime, vibration, screen kept on), and how much the browser stores for us.

pub mod clock;
pub mod download;
pub mod offline;
pub mod print;
pub mod share;
pub mod signals;
pub mod storage_status;
