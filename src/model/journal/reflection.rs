//! The mentee's reflection as the journal keeps it, attached to the meeting it follows: its
//! answers, its rating and the tasks the mentee reported done. It arrives by link as
//! [`crate::model::share::SharedReflection`] and is converted at that boundary, so the saved
//! journal's schema is its own and a change to the link's format is no change to it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::date;
use crate::model::mentees::MenteeId;
use crate::model::text;

/// The meeting a reflection names back: the mentee's id on the mentor's list and the meeting's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReflectionOrigin {
    pub mentee: MenteeId,
    pub meeting: u32,
}

/// The mentee's reflection after a meeting, as attached to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub origin: ReflectionOrigin,
    /// The meeting's day, to show and to check the match.
    #[serde(with = "crate::model::date::iso")]
    pub meeting_date: NaiveDate,
    /// Who wrote it, as the mentor's link named them.
    pub mentee: String,
    pub takeaway: String,
    pub next: String,
    /// How useful the meeting was, 1–5.
    pub usefulness: u8,
    /// The mentee's tasks the mentee ticked as done on their phone, for the mentor to mark on
    /// the record (never by itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<ReportedDone>,
}

/// A task the mentee reports done: its wording as the mentor's link gave it, and the day it
/// was ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedDone {
    pub what: String,
    #[serde(with = "crate::model::date::iso")]
    pub on: NaiveDate,
}

impl ReportedDone {
    /// When the mentee did it: „zrobione 3 grudnia 2026”.
    pub fn day_text(&self) -> String {
        format!("zrobione {}", date::long(self.on))
    }
}

impl Reflection {
    /// The rating's scale.
    pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

    /// The usefulness as a line: „Przydatność spotkania: 4 z 5”.
    pub fn usefulness_text(&self) -> String {
        format!("Przydatność spotkania: {} z 5", self.usefulness)
    }

    /// Who wrote it and after which meeting: „Anna Kowalska, po spotkaniu 1 grudnia 2026”.
    pub fn byline(&self) -> String {
        let day = date::long(self.meeting_date);
        match self.mentee.trim() {
            "" => format!("Po spotkaniu {day}"),
            name => format!("{name}, po spotkaniu {day}"),
        }
    }

    /// The byline on the mentor's meeting record: the name in the link is only what the link
    /// claims, so the name from the mentor's own list leads, and the link's stands beside it
    /// when it differs: „Anna Kowalska (z Twojej listy), po spotkaniu 1 grudnia 2026;
    /// podpis w linku: „Ania””.
    pub fn byline_listed(&self, listed: &str) -> String {
        let listed = listed.trim();
        if listed.is_empty() {
            return self.byline();
        }
        let day = date::long(self.meeting_date);
        let claimed = self.mentee.trim();
        let mut line = format!("{listed} (z Twojej listy), po spotkaniu {day}");
        if !claimed.is_empty() && text::lower(claimed) != text::lower(listed) {
            line.push_str(&format!("; podpis w linku: „{claimed}”"));
        }
        line
    }
}
