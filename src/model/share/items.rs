//! What a link carries: the shared items (a contract, a meeting, next steps, a reflection),
//! as the wire format types. Stored types are converted from them at the boundary.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::contract::Contract;
use crate::model::date;
use crate::model::journal;
use crate::model::mentees::MenteeId;

/// A meeting of one mentee in the mentor's app: the reflection names it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub mentee: MenteeId,
    pub meeting: u32,
}

/// An agreed action item, as the mentee sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedItem {
    pub what: String,
    /// „mentee”, „mentor” or „oboje”, as the mentor's app lists it: the link's word, shown
    /// with [`SharedItem::owner_label`].
    pub owner: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
    pub done: bool,
}

impl SharedItem {
    /// Who takes it, as shown: „razem” for a shared task (the link says „oboje”).
    pub fn owner_label(&self) -> &str {
        match self.owner.as_str() {
            "oboje" => "razem",
            owner => owner,
        }
    }
}

/// A block's note the mentor chose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedNote {
    pub title: String,
    pub note: String,
}

/// Progress on a goal, with the goal's wording that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedProgress {
    pub goal: String,
    pub value: u8,
    pub note: String,
}

/// An item still open from an earlier meeting, on a shared meeting's to-do list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedEarlier {
    pub what: String,
    /// „mentee” or „mentor”, as [`SharedItem::owner`].
    pub owner: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
    /// The day of the meeting that set it.
    #[serde(with = "crate::model::date::iso")]
    pub from: NaiveDate,
}

impl SharedEarlier {
    /// Open past its due day on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|due| due < today)
    }

    /// Who, by when, from which meeting: „mentee · termin: 4 grudnia 2026 (po terminie) · ze
    /// spotkania 27 listopada 2026”.
    pub fn meta_text(&self, today: NaiveDate) -> String {
        let mut meta = vec![self.owner.clone()];
        if let Some(due) = self.due {
            let late = if self.is_overdue(today) {
                " (po terminie)"
            } else {
                ""
            };
            meta.push(format!("termin: {}{late}", date::long(due)));
        }
        meta.push(format!("ze spotkania {}", date::long(self.from)));
        meta.join(" · ")
    }
}

/// A meeting: a message to the mentee, the notes chosen, the items and the progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedMeeting {
    pub origin: Origin,
    pub mentor: String,
    pub mentee: String,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub agenda: String,
    pub message: String,
    pub notes: Vec<SharedNote>,
    pub items: Vec<SharedItem>,
    pub progress: Vec<SharedProgress>,
    /// Items still open from earlier meetings, overdue first (as of the day it was shared).
    /// Links made before it have none; an older app reading a newer link skips them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<SharedEarlier>,
}

/// A feedback conversation's next steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedSteps {
    pub mentor: String,
    pub mentee: String,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub steps: Vec<SharedItem>,
    pub support: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub follow_up: Option<NaiveDate>,
}

/// The mentee's reflection after a meeting, sent back to the mentor: what the link carries.
/// The journal keeps it as its own type ([`journal::Reflection`], converted with `From`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedReflection {
    pub origin: Origin,
    /// The meeting's day, to show and to check the match.
    #[serde(with = "crate::model::date::iso")]
    pub meeting_date: NaiveDate,
    /// Who wrote it, as the mentor's link named them.
    pub mentee: String,
    pub takeaway: String,
    pub next: String,
    /// How useful the meeting was, 1–5 ([`journal::journal::Reflection::SCALE`]).
    pub usefulness: u8,
    /// The mentee's tasks from this mentor's meetings that the mentee ticked as done on
    /// their phone, for the mentor to mark on the record (never by itself). Links made
    /// before it have none; an older app reading a newer link skips them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<SharedDone>,
}

/// A task the mentee reports done, as a reflection's link carries it: its wording as the
/// mentor's link gave it, and the day it was ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedDone {
    pub what: String,
    #[serde(with = "crate::model::date::iso")]
    pub on: NaiveDate,
}

impl From<SharedReflection> for journal::Reflection {
    fn from(shared: SharedReflection) -> journal::Reflection {
        journal::Reflection {
            origin: journal::ReflectionOrigin {
                mentee: shared.origin.mentee,
                meeting: shared.origin.meeting,
            },
            meeting_date: shared.meeting_date,
            mentee: shared.mentee,
            takeaway: shared.takeaway,
            next: shared.next,
            usefulness: shared.usefulness,
            done: shared
                .done
                .into_iter()
                .map(|d| journal::ReportedDone {
                    what: d.what,
                    on: d.on,
                })
                .collect(),
        }
    }
}

/// One thing handed over in a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shared {
    #[serde(rename = "kontrakt")]
    Contract(Box<Contract>),
    #[serde(rename = "spotkanie")]
    Meeting(SharedMeeting),
    #[serde(rename = "kroki")]
    Steps(SharedSteps),
    #[serde(rename = "refleksja")]
    Reflection(SharedReflection),
}

impl Shared {
    /// What it is, as a heading names it: „kontrakt”, „spotkanie 1 grudnia 2026”.
    pub fn title(&self) -> String {
        match self {
            Shared::Contract(_) => "Kontrakt mentoringowy".to_string(),
            Shared::Meeting(m) => format!("Spotkanie {}", date::long(m.date)),
            Shared::Steps(s) => format!("Kolejne kroki po rozmowie {}", date::long(s.date)),
            Shared::Reflection(r) => {
                format!("Refleksja po spotkaniu {}", date::long(r.meeting_date))
            }
        }
    }

    /// Its print button, as the mentor's own pages word theirs: „Drukuj kontrakt”.
    pub fn print_label(&self) -> &'static str {
        match self {
            Shared::Contract(_) => "Drukuj kontrakt",
            Shared::Meeting(_) => "Drukuj notatkę ze spotkania",
            Shared::Steps(_) => "Drukuj kolejne kroki",
            Shared::Reflection(_) => "Drukuj refleksję",
        }
    }

    /// Who sent it: the mentor's name, or the mentee's for a reflection; may be empty.
    pub fn sender(&self) -> &str {
        match self {
            Shared::Contract(c) => c.mentor.trim(),
            Shared::Meeting(m) => m.mentor.trim(),
            Shared::Steps(s) => s.mentor.trim(),
            Shared::Reflection(r) => r.mentee.trim(),
        }
    }

    /// A file name for the link saved as a file: `udostepnione-kontrakt.txt`.
    pub fn file_name(&self) -> &'static str {
        match self {
            Shared::Contract(_) => "udostepnione-kontrakt.txt",
            Shared::Meeting(_) => "udostepnione-spotkanie.txt",
            Shared::Steps(_) => "udostepnione-kroki.txt",
            Shared::Reflection(_) => "udostepnione-refleksja.txt",
        }
    }
}
