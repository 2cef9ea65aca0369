//! The local date and time, from the browser's clock (chrono's own clock is not compiled in).
//! Native unit tests have no browser: they get a clock of their own (`set_now_ms`, under `cfg(test)`).

#[cfg(not(all(test, not(target_arch = "wasm32"))))]
use chrono::NaiveDate;

/// Today's date in the user's time zone.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// A compact local timestamp for file and key names: `20261127-101502`.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub fn stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes(),
        now.get_seconds()
    )
}

/// The clock, in milliseconds since the Unix epoch.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// `HH:MM` of a moment, in the user's time zone.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub fn local_time(millis: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// The current moment in UTC as iCalendar writes it: `20261127T101502Z`.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub use native_test::*;

/// The clock of native unit tests (`cargo test`), where js_sys has no `Date`: each test
/// thread's own moment, 27 November 2026, 10:00 until a test sets another; local time is UTC.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod native_test {
    use std::cell::Cell;

    use chrono::{DateTime, NaiveDate, NaiveDateTime};

    /// 2026-11-27T10:00:00Z.
    const START_MS: i64 = 1_795_773_600_000;

    thread_local! {
        static NOW_MS: Cell<i64> = const { Cell::new(START_MS) };
    }

    /// Sets the moment every function of this module reads, on this thread.
    pub fn set_now_ms(millis: i64) {
        NOW_MS.with(|now| now.set(millis));
    }

    fn local(millis: i64) -> NaiveDateTime {
        DateTime::from_timestamp_millis(millis)
            .unwrap_or_default()
            .naive_utc()
    }

    pub fn today() -> NaiveDate {
        local(now_ms()).date()
    }

    pub fn stamp() -> String {
        local(now_ms()).format("%Y%m%d-%H%M%S").to_string()
    }

    pub fn now_ms() -> i64 {
        NOW_MS.with(Cell::get)
    }

    pub fn local_time(millis: i64) -> String {
        local(millis).format("%H:%M").to_string()
    }

    pub fn utc_stamp() -> String {
        local(now_ms()).format("%Y%m%dT%H%M%SZ").to_string()
    }
}
