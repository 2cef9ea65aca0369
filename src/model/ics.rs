//! The calendar writer (iCalendar, RFC 5545): the rules every calendar file of the app shares
//! (escaping, folding, CRLF), events and all-day events, and the reminder each event carries.
//! A leaf: it knows text and dates only. The types that have a calendar write their own with it
//! ([`crate::model::contract::Contract::to_ics`], [`crate::model::journal::Meeting::to_ics`]).

use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::form::Choice;

/// When the calendar reminds of an event (VALARM). A setting of the calendar files, not a term
/// of the contract: changing it is no amendment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Reminder {
    Off,
    HourBefore,
    #[default]
    DayBefore,
    TwoDaysBefore,
    WeekBefore,
}

impl Reminder {
    /// The VALARM's TRIGGER, before the event's start; `None` for no reminder.
    pub fn trigger(self) -> Option<&'static str> {
        match self {
            Reminder::Off => None,
            Reminder::HourBefore => Some("-PT1H"),
            Reminder::DayBefore => Some("-P1D"),
            Reminder::TwoDaysBefore => Some("-P2D"),
            Reminder::WeekBefore => Some("-P1W"),
        }
    }

    /// The VALARM lines for an event called `summary` (none when off).
    fn alarm(self, summary: &str) -> Vec<String> {
        let Some(trigger) = self.trigger() else {
            return Vec::new();
        };
        vec![
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("TRIGGER:{trigger}"),
            format!(
                "DESCRIPTION:{}",
                escape(&format!("Przypomnienie: {summary}"))
            ),
            "END:VALARM".to_string(),
        ]
    }
}

impl Choice for Reminder {
    const ALL: &'static [Reminder] = &[
        Reminder::Off,
        Reminder::HourBefore,
        Reminder::DayBefore,
        Reminder::TwoDaysBefore,
        Reminder::WeekBefore,
    ];

    fn value(self) -> &'static str {
        match self {
            Reminder::Off => "brak",
            Reminder::HourBefore => "godzina",
            Reminder::DayBefore => "dzien",
            Reminder::TwoDaysBefore => "dwa-dni",
            Reminder::WeekBefore => "tydzien",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Reminder::Off => "brak",
            Reminder::HourBefore => "godzinę przed",
            Reminder::DayBefore => "dzień przed (domyślnie)",
            Reminder::TwoDaysBefore => "dwa dni przed",
            Reminder::WeekBefore => "tydzień przed",
        }
    }
}

/// One event of a file: the lines that identify and time it, then its SUMMARY, DESCRIPTION
/// and reminder, closed.
pub(crate) fn event(
    head: Vec<String>,
    summary: &str,
    description: &str,
    reminder: Reminder,
) -> Vec<String> {
    let mut lines = vec!["BEGIN:VEVENT".to_string()];
    lines.extend(head);
    lines.push(format!("SUMMARY:{}", escape(summary)));
    lines.push(format!("DESCRIPTION:{}", escape(description)));
    lines.extend(reminder.alarm(summary));
    lines.push("END:VEVENT".to_string());
    lines
}

/// A whole VCALENDAR from its PRODID's product part and its components' lines, folded, CRLF.
pub(crate) fn calendar(product: &str, components: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//Niezbednik mentora//{product}//PL"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ]
    .into_iter()
    .chain(components)
    .chain(["END:VCALENDAR".to_string()])
    {
        fold_into(&mut out, &line);
    }
    out
}

/// An all-day event on `day` (a task's due day), shown as free time; `None` for the last day
/// chrono knows.
pub(crate) fn all_day_event(
    uid: &str,
    stamp_utc: &str,
    day: NaiveDate,
    summary: &str,
    description: &str,
    reminder: Reminder,
) -> Option<Vec<String>> {
    let next = day.checked_add_days(Days::new(1))?;
    Some(event(
        vec![
            format!("UID:{}", escape(uid)),
            format!("DTSTAMP:{stamp_utc}"),
            format!("DTSTART;VALUE=DATE:{}", date_value(day)),
            format!("DTEND;VALUE=DATE:{}", date_value(next)),
            "TRANSP:TRANSPARENT".to_string(),
        ],
        summary,
        description,
        reminder,
    ))
}

/// A DATE value: `20261201`.
fn date_value(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The name a downloaded file gets: `kind-Imię-Nazwisko.ics` (`kind-mentoring.ics` with no name).
/// A name may come from a link: no path, no control or direction-changing character and no
/// extension of its own go into the file's name.
pub fn file_name(kind: &str, mentee: &str) -> String {
    let name: String = mentee
        .split_whitespace()
        .map(|word| {
            word.chars()
                // Not `char::is_alphanumeric`: its Unicode tables cost every page with a
                // calendar file kilobytes of wasm. What a file name must not hold is few.
                .filter(|&c| {
                    !c.is_control()
                        && !super::text::is_deceptive(c)
                        && !matches!(
                            c,
                            '/' | '\\'
                                | ':'
                                | '*'
                                | '?'
                                | '"'
                                | '<'
                                | '>'
                                | '|'
                                | '.'
                                | '\''
                                | '%'
                                | '&'
                                | '#'
                                | ';'
                                | ','
                        )
                })
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        format!("{kind}-mentoring.ics")
    } else {
        format!("{kind}-{name}.ics")
    }
}

/// RFC 5545 TEXT escaping: a line break becomes `\n`, other control characters go. The
/// non-breaking spaces and hyphens the app's own text carries for its screens become plain
/// ones: a calendar sets its own lines, and the file stays as every calendar reads it.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{a0}' => out.push(' '),
            '\u{2011}' => out.push('-'),
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a UTF-8 character), each part ending CRLF.
/// Control characters in it are dropped: whatever a caller passes (a UID read from a link, a
/// name), no value can end its line and start a property of its own.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars().filter(|c| !c.is_control()) {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests;
