//! The whole mentoring programme with one mentee: meetings planned by the contract against
//! those held (the journal), and its closing with the summary's figures.
//!
//! Pages read three documents for it: the contract (goals, frequency, length), the agenda
//! document's journal (meetings, items, progress) and [`ProgrammeDoc`] (key `…/przebieg`: the
//! closing). Closing also archives the mentee in the roster ([`Roster::archive`]); reopening
//! brings them back ([`Roster::unarchive`]): the page does both, in that order.
//!
//! [`Roster::archive`]: crate::model::mentees::Roster::archive
//! [`Roster::unarchive`]: crate::model::mentees::Roster::unarchive

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contract::Contract;
use super::date;
use super::goals::{GoalId, GoalKind};
use super::journal::{Journal, MeetingId};
use super::text::count_noun;

/// Meetings planned by the contract against those held, as of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanVsHeld {
    /// All meetings the contract plans (frequency × length); 0 while its dates are incomplete.
    pub planned_total: usize,
    /// Planned on or before the day.
    pub planned_so_far: usize,
    /// Meetings recorded on or before the day.
    pub held: usize,
    /// The next planned day after the day, if any.
    pub next_planned: Option<NaiveDate>,
}

impl PlanVsHeld {
    /// „Odbyte: 3 spotkania z 13 zaplanowanych (do dziś planowo 4).”
    pub fn line(&self) -> String {
        if self.planned_total == 0 {
            return format!(
                "Odbyte: {}. Plan spotkań powstanie po wpisaniu daty pierwszego spotkania w kontrakcie.",
                count_noun(self.held, "spotkanie", "spotkania", "spotkań")
            );
        }
        format!(
            "Odbyte: {} z {} zaplanowanych (do dziś planowo {}).",
            count_noun(self.held, "spotkanie", "spotkania", "spotkań"),
            self.planned_total,
            self.planned_so_far
        )
    }
}

/// The planned meeting days on or before `until`.
pub fn planned_until(contract: &Contract, until: NaiveDate) -> Vec<NaiveDate> {
    contract
        .meeting_dates()
        .into_iter()
        .take_while(|d| *d <= until)
        .collect()
}

/// Planned against held as of `day`.
pub fn plan_vs_held(contract: &Contract, journal: &Journal, day: NaiveDate) -> PlanVsHeld {
    let planned = contract.meeting_dates();
    PlanVsHeld {
        planned_total: planned.len(),
        planned_so_far: planned.iter().filter(|d| **d <= day).count(),
        held: journal.meetings().iter().filter(|m| m.date <= day).count(),
        next_planned: planned.into_iter().find(|d| *d > day),
    }
}

/// One day on the programme's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineDay {
    pub date: NaiveDate,
    /// The contract plans a meeting that day.
    pub planned: bool,
    /// Meetings recorded that day.
    pub held: Vec<MeetingId>,
}

/// What the timeline shows for a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayState {
    /// A meeting was recorded (planned that day or not).
    Held,
    /// Planned, still ahead (today included: the meeting may not have been recorded yet).
    Ahead,
    /// Planned, past, and no meeting recorded that day.
    Missed,
}

impl TimelineDay {
    pub fn state(&self, today: NaiveDate) -> DayState {
        if !self.held.is_empty() {
            DayState::Held
        } else if self.date >= today {
            DayState::Ahead
        } else {
            DayState::Missed
        }
    }

    /// „odbyte”, „zaplanowane”, „bez zapisu” (planned and past: maybe held on another day), or
    /// „poza planem” for a meeting on a day the contract did not plan.
    pub fn label(&self, today: NaiveDate) -> &'static str {
        match (self.state(today), self.planned) {
            (DayState::Held, true) => "odbyte",
            (DayState::Held, false) => "poza planem",
            (DayState::Ahead, _) => "zaplanowane",
            (DayState::Missed, _) => "bez zapisu",
        }
    }
}

/// The line of a goal's progress chart in a `width` × `height` box (0 at the bottom, 10 at
/// the top), one point per reading, spread evenly left to right (a lone reading in the
/// middle): `(x, y)` in whole units, for an SVG `points` attribute.
pub fn chart_points(values: &[u8], width: u32, height: u32) -> Vec<(u32, u32)> {
    let n = values.len() as u32;
    values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let x = match n {
                0 | 1 => width / 2,
                _ => i as u32 * width / (n - 1),
            };
            let y = height - u32::from((*value).min(10)) * height / 10;
            (x, y)
        })
        .collect()
}

/// Planned days and held meetings on one line, by date.
pub fn timeline(contract: &Contract, journal: &Journal) -> Vec<TimelineDay> {
    let mut days: Vec<TimelineDay> = contract
        .meeting_dates()
        .into_iter()
        .map(|date| TimelineDay {
            date,
            planned: true,
            held: Vec::new(),
        })
        .collect();
    let mut meetings: Vec<_> = journal.meetings().iter().collect();
    meetings.sort_by_key(|m| (m.date, m.id));
    for meeting in meetings {
        match days.iter_mut().find(|d| d.date == meeting.date) {
            Some(day) => day.held.push(meeting.id),
            None => days.push(TimelineDay {
                date: meeting.date,
                planned: false,
                held: vec![meeting.id],
            }),
        }
    }
    days.sort_by_key(|d| d.date);
    days
}

/// The programme's own document per mentee: whether and how it was closed. Every field is
/// required (a new document has no older shape), so no other document reads as this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ProgrammeDoc {
    /// The day the programme was closed; `None` while it runs (or after reopening).
    #[serde(with = "crate::model::date::optional_iso")]
    pub closed_on: Option<NaiveDate>,
    /// What the mentee takes away, in the mentor's words. Kept when the programme is reopened,
    /// so closing again starts from them.
    pub takeaways: String,
    /// The last day it was reopened, if ever.
    #[serde(with = "crate::model::date::optional_iso")]
    pub reopened_on: Option<NaiveDate>,
}

/// Why closing was refused; `Display` is the message at the date field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosingError {
    /// Closed before a meeting already recorded.
    BeforeLastMeeting { closing: NaiveDate, last: NaiveDate },
}

impl std::fmt::Display for ClosingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClosingError::BeforeLastMeeting { closing, last } => write!(
                f,
                "Data zamknięcia ({}) jest przed ostatnim zapisanym spotkaniem ({}). Wybierz ten dzień lub późniejszy.",
                date::long(*closing),
                date::long(*last)
            ),
        }
    }
}

impl std::error::Error for ClosingError {}

impl ProgrammeDoc {
    pub fn is_closed(&self) -> bool {
        self.closed_on.is_some()
    }

    /// Closes the programme on `on` with the mentor's words (kept as typed, trimmed). A day
    /// before the last recorded meeting is refused and nothing changes.
    pub fn close(
        &mut self,
        on: NaiveDate,
        takeaways: &str,
        journal: &Journal,
    ) -> Result<(), ClosingError> {
        if let Some(last) = journal.meetings().iter().map(|m| m.date).max()
            && on < last
        {
            return Err(ClosingError::BeforeLastMeeting { closing: on, last });
        }
        self.closed_on = Some(on);
        self.takeaways = takeaways.trim().to_string();
        Ok(())
    }

    /// The mentor's words, editable before and after closing.
    pub fn set_takeaways(&mut self, text: &str) {
        self.takeaways = text.to_string();
    }

    /// Opens a closed programme again; the words stay.
    pub fn reopen(&mut self, today: NaiveDate) {
        if self.closed_on.take().is_some() {
            self.reopened_on = Some(today);
        }
    }
}

/// One goal in the closing summary: at the start against at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSummary {
    pub goal: GoalId,
    pub kind: GoalKind,
    /// The first wording, and the wording at the end (the same when never reworded).
    pub text_at_start: String,
    pub text_at_end: String,
    /// The first and the last progress recorded (0–10), if any.
    pub progress_at_start: Option<u8>,
    pub progress_at_end: Option<u8>,
    /// Taken off the contract on this day.
    pub dropped: Option<NaiveDate>,
}

impl GoalSummary {
    /// „3 → 8”, „5” (one reading), or „bez oceny”.
    pub fn progress_text(&self) -> String {
        match (self.progress_at_start, self.progress_at_end) {
            (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
            (Some(a), _) => a.to_string(),
            _ => "bez oceny".to_string(),
        }
    }
}

/// The closing summary's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingSummary {
    /// The day it was closed, or the day the summary is drawn while still open.
    pub as_of: NaiveDate,
    pub closed: bool,
    pub takeaways: String,
    pub goals: Vec<GoalSummary>,
    pub meetings: PlanVsHeld,
    pub first_meeting: Option<NaiveDate>,
    pub last_meeting: Option<NaiveDate>,
    pub actions_done: usize,
    pub actions_open: usize,
}

impl ClosingSummary {
    /// „Mentoring zamknięty 29 grudnia 2026.” or „Stan na … (mentoring trwa).”
    pub fn state_line(&self) -> String {
        if self.closed {
            format!("Mentoring zamknięty {}.", date::long(self.as_of))
        } else {
            format!("Stan na {} (mentoring trwa).", date::long(self.as_of))
        }
    }

    /// When the meetings were: „Spotkania od … do ….”, „Jedno spotkanie: ….”, or none.
    pub fn period_line(&self) -> String {
        match (self.first_meeting, self.last_meeting) {
            (Some(first), Some(last)) if first != last => format!(
                "Spotkania od {} do {}.",
                date::long(first),
                date::long(last)
            ),
            (Some(only), _) => format!("Jedno spotkanie: {}.", date::long(only)),
            _ => "Bez zapisanych spotkań.".to_string(),
        }
    }

    /// Held against planned as of the summary's day (not „do dziś”: a closed programme's
    /// summary is read later).
    pub fn meetings_line(&self) -> String {
        let m = self.meetings;
        let held = count_noun(m.held, "spotkanie", "spotkania", "spotkań");
        if m.planned_total == 0 {
            return format!("Odbyte: {held}.");
        }
        format!(
            "Odbyte: {held} z {} zaplanowanych w kontrakcie (do {} planowo {}).",
            m.planned_total,
            date::long(self.as_of),
            m.planned_so_far
        )
    }

    /// „Zadania: zrobione 1, otwarte 0.”
    pub fn actions_line(&self) -> String {
        format!(
            "Zadania: zrobione {}, otwarte {}.",
            self.actions_done, self.actions_open
        )
    }
}

/// The figures for the closing summary (printable on A4), as of the closing day or `today`.
pub fn closing_summary(
    contract: &Contract,
    journal: &Journal,
    programme: &ProgrammeDoc,
    today: NaiveDate,
) -> ClosingSummary {
    let as_of = programme.closed_on.unwrap_or(today);
    let goals = contract
        .goals
        .all()
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .map(|g| {
            let series = journal.progress_series(g.id);
            GoalSummary {
                goal: g.id,
                kind: g.kind,
                text_at_start: g.first_text().to_string(),
                text_at_end: g.text.clone(),
                progress_at_start: series.first().map(|p| p.value),
                progress_at_end: series.last().map(|p| p.value),
                dropped: g.dropped,
            }
        })
        .collect();
    let dates = journal.meetings().iter().map(|m| m.date);
    let actions = journal.meetings().iter().flat_map(|m| &m.actions);
    ClosingSummary {
        as_of,
        closed: programme.is_closed(),
        takeaways: programme.takeaways.trim().to_string(),
        goals,
        meetings: plan_vs_held(contract, journal, as_of),
        first_meeting: dates.clone().min(),
        last_meeting: dates.max(),
        actions_done: actions.clone().filter(|a| !a.is_open()).count(),
        actions_open: actions.filter(|a| a.is_open()).count(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
