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
use super::form::Choice;
use super::goals::{GoalId, GoalKind};
use super::journal::{Journal, MeetingId};
use super::text::{capitalised, count_noun};

/// Meetings planned by the contract against those held, as of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanVsHeld {
    /// All meetings the contract plans (frequency × length); 0 while its dates are incomplete.
    pub planned_total: usize,
    /// Planned by the contract on or before the day (called off or moved ones too).
    pub planned_so_far: usize,
    /// Meetings recorded on or before the day.
    pub held: usize,
    /// Planned meetings called off, of those planned on or before the day.
    pub cancelled: usize,
    /// Planned meetings moved to another day, of those planned on or before the day.
    pub moved: usize,
    /// Planned days before the day (moved ones on their new day) with no meeting recorded
    /// and not called off: „bez zapisu”.
    pub unrecorded: usize,
    /// The next planned meeting: [`next_planned`].
    pub next_planned: Option<NaiveDate>,
}

impl PlanVsHeld {
    /// „Odbyte: 3 spotkania z 13 zaplanowanych (według planu do dziś: 4).”, then what became of
    /// the planned meetings not held, when any: „ Odwołane: 1, bez zapisu: 1.”
    pub fn line(&self) -> String {
        if self.planned_total == 0 {
            return format!(
                "Odbyte: {}. Plan spotkań powstanie po wpisaniu daty pierwszego spotkania w kontrakcie.",
                count_noun(self.held, "spotkanie", "spotkania", "spotkań")
            );
        }
        format!(
            "Odbyte: {} z\u{a0}{} zaplanowanych (według planu do dziś: {}).{}",
            count_noun(self.held, "spotkanie", "spotkania", "spotkań"),
            self.planned_total,
            self.planned_so_far,
            self.exceptions_text()
        )
    }

    /// „ Odwołane: 1, przeniesione: 1, bez zapisu: 2.” (only what there is), or nothing.
    pub fn exceptions_text(&self) -> String {
        let parts: Vec<String> = [
            ("odwołane", self.cancelled),
            ("przeniesione", self.moved),
            ("bez zapisu", self.unrecorded),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| format!("{what}: {n}"))
        .collect();
        if parts.is_empty() {
            return String::new();
        }
        format!(" {}.", capitalised(&parts.join(", ")))
    }

    /// „Następne planowe spotkanie: dziś, 5 grudnia 2026, o 17:00.” (`time` as the contract
    /// has it, when it reads as a time); `None` when no planned meeting is ahead.
    pub fn next_line(&self, today: NaiveDate, time: Option<(u32, u32)>) -> Option<String> {
        let next = self.next_planned?;
        let when = if next == today {
            format!("dziś, {}", date::long(next))
        } else {
            date::long(next)
        };
        let at = time
            .map(|(h, m)| format!(", o {h}:{m:02}"))
            .unwrap_or_default();
        Some(format!("Następne planowe spotkanie: {when}{at}."))
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

/// Planned against held as of `day`, with the planned meetings called off or moved
/// (`changes`, [`ProgrammeDoc::plan_changes`]).
pub fn plan_vs_held(
    contract: &Contract,
    journal: &Journal,
    changes: &[PlannedChange],
    day: NaiveDate,
) -> PlanVsHeld {
    let planned = contract.meeting_dates();
    let days = timeline(contract, journal, changes);
    let planned_by = |d: &&TimelineDay| d.planned && d.moved_from.is_none() && d.date <= day;
    let count = |state: DayState| {
        days.iter()
            .filter(planned_by)
            .filter(|d| d.state(day) == state)
            .count()
    };
    PlanVsHeld {
        planned_total: planned.len(),
        planned_so_far: planned.iter().filter(|d| **d <= day).count(),
        held: journal.meetings().iter().filter(|m| m.date <= day).count(),
        cancelled: count(DayState::Cancelled),
        moved: count(DayState::Moved),
        unrecorded: days
            .iter()
            .filter(|d| d.planned && d.date < day && d.state(day) == DayState::Missed)
            .count(),
        next_planned: next_of(&days, day),
    }
}

/// The next planned meeting as of `today`: the first planned day (a moved meeting on its new
/// day) from today on with no meeting recorded that day and not called off. Today's counts
/// until a meeting is recorded today, whatever the hour: the timeline calls it
/// „zaplanowane” as long. Every view that names the next meeting asks this.
pub fn next_planned(
    contract: &Contract,
    journal: &Journal,
    changes: &[PlannedChange],
    today: NaiveDate,
) -> Option<NaiveDate> {
    next_of(&timeline(contract, journal, changes), today)
}

fn next_of(days: &[TimelineDay], today: NaiveDate) -> Option<NaiveDate> {
    days.iter()
        .find(|d| d.planned && d.state(today) == DayState::Ahead)
        .map(|d| d.date)
}

/// Who called a planned meeting off. Worded to fit anyone: the roles as the app names them,
/// or both together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CalledOffBy {
    Mentee,
    Mentor,
    Both,
}

impl Choice for CalledOffBy {
    const ALL: &'static [CalledOffBy] =
        &[CalledOffBy::Mentee, CalledOffBy::Mentor, CalledOffBy::Both];

    fn value(self) -> &'static str {
        match self {
            CalledOffBy::Mentee => "mentee",
            CalledOffBy::Mentor => "mentor",
            CalledOffBy::Both => "razem",
        }
    }

    fn label(self) -> &'static str {
        match self {
            CalledOffBy::Mentee => "mentee",
            CalledOffBy::Mentor => "mentor",
            CalledOffBy::Both => "wspólna decyzja",
        }
    }
}

/// What became of a planned meeting not held on its day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanChange {
    /// Called off, by whom and why (the reason may be empty).
    Cancelled { by: CalledOffBy, reason: String },
    /// Held, or to be held, on another day instead.
    Moved {
        #[serde(with = "crate::model::date::iso")]
        to: NaiveDate,
    },
}

impl PlanChange {
    /// The longest reason, in characters (the field's `maxlength`).
    pub const MAX_REASON_CHARS: usize = 200;
}

/// A change to one planned meeting, by its planned day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedChange {
    #[serde(with = "crate::model::date::iso")]
    pub planned: NaiveDate,
    pub change: PlanChange,
}

/// Why a planned meeting could not be marked; `Display` is the message at the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// The contract plans no meeting that day (it changed in the meantime).
    NotPlanned(NaiveDate),
    /// Moved to the day it was planned for.
    SameDay,
    /// Moved to a day with a planned meeting already.
    DayTaken(NaiveDate),
    ReasonTooLong,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::NotPlanned(day) => write!(
                f,
                "Kontrakt nie planuje spotkania {} (może zmieniły się jego daty).",
                date::long(*day)
            ),
            PlanError::SameDay => {
                f.write_str("To ten sam dzień. Wybierz dzień, na który spotkanie przeniesiono.")
            }
            PlanError::DayTaken(day) => write!(
                f,
                "{} jest już planowe spotkanie. Wybierz inny dzień albo oznacz to spotkanie jako odwołane.",
                capitalised(&date::long(*day))
            ),
            PlanError::ReasonTooLong => write!(
                f,
                "Powód może mieć najwyżej {} znaków.",
                PlanChange::MAX_REASON_CHARS
            ),
        }
    }
}

impl std::error::Error for PlanError {}

/// One day on the programme's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineDay {
    pub date: NaiveDate,
    /// The contract plans a meeting that day, or a planned one was moved to it.
    pub planned: bool,
    /// Meetings recorded that day.
    pub held: Vec<MeetingId>,
    /// What became of the meeting planned that day, if it was called off or moved.
    pub change: Option<PlanChange>,
    /// The planned day a meeting was moved here from.
    pub moved_from: Option<NaiveDate>,
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
    /// Planned and called off.
    Cancelled,
    /// Planned and moved to another day.
    Moved,
}

impl TimelineDay {
    pub fn state(&self, today: NaiveDate) -> DayState {
        match (&self.change, self.held.is_empty()) {
            (_, false) => DayState::Held,
            (Some(PlanChange::Cancelled { .. }), _) => DayState::Cancelled,
            (Some(PlanChange::Moved { .. }), _) => DayState::Moved,
            (None, true) if self.date >= today => DayState::Ahead,
            (None, true) => DayState::Missed,
        }
    }

    /// „odbyte”, „zaplanowane”, „bez zapisu” (planned and past: maybe held on another day),
    /// „odwołane”, „przeniesione”, or „poza planem” for a meeting on a day the contract did
    /// not plan.
    pub fn label(&self, today: NaiveDate) -> &'static str {
        match (self.state(today), self.planned) {
            (DayState::Held, true) => "odbyte",
            (DayState::Held, false) => "poza planem",
            (DayState::Ahead, _) => "zaplanowane",
            (DayState::Missed, _) => "bez zapisu",
            (DayState::Cancelled, _) => "odwołane",
            (DayState::Moved, _) => "przeniesione",
        }
    }

    /// What the label leaves out: „inicjatywa: mentee; powód: choroba”, „na 12 stycznia
    /// 2027”, „przeniesione z 5 stycznia 2027”.
    pub fn detail(&self) -> Option<String> {
        match (&self.change, self.moved_from) {
            (Some(PlanChange::Cancelled { by, reason }), _) => {
                let who = match by {
                    CalledOffBy::Both => by.label().to_string(),
                    _ => format!("inicjatywa: {}", by.label()),
                };
                Some(if reason.is_empty() {
                    who
                } else {
                    format!("{who}; powód: {reason}")
                })
            }
            (Some(PlanChange::Moved { to }), _) => Some(format!("na {}", date::long(*to))),
            (None, Some(from)) => Some(format!("przeniesione z {}", date::long(from))),
            (None, None) => None,
        }
    }

    /// A planned meeting not recorded yet can be marked called off or moved (or the mark
    /// taken back).
    pub fn can_be_marked(&self) -> bool {
        self.planned && self.moved_from.is_none() && self.held.is_empty()
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

/// Planned days and held meetings on one line, by date: the contract's days with what
/// became of them (`changes`), the days meetings were moved to, and every recorded meeting.
pub fn timeline(
    contract: &Contract,
    journal: &Journal,
    changes: &[PlannedChange],
) -> Vec<TimelineDay> {
    let blank = |date, planned| TimelineDay {
        date,
        planned,
        held: Vec::new(),
        change: None,
        moved_from: None,
    };
    let mut days: Vec<TimelineDay> = contract
        .meeting_dates()
        .into_iter()
        .map(|date| TimelineDay {
            change: changes
                .iter()
                .find(|c| c.planned == date)
                .map(|c| c.change.clone()),
            ..blank(date, true)
        })
        .collect();
    let moves: Vec<(NaiveDate, NaiveDate)> = days
        .iter()
        .filter_map(|d| match d.change {
            Some(PlanChange::Moved { to }) => Some((d.date, to)),
            _ => None,
        })
        .collect();
    for (from, to) in moves {
        match days.iter_mut().find(|d| d.date == to) {
            Some(day) => {
                day.planned = true;
                day.moved_from = Some(from);
            }
            None => days.push(TimelineDay {
                moved_from: Some(from),
                ..blank(to, true)
            }),
        }
    }
    let mut meetings: Vec<_> = journal.meetings().iter().collect();
    meetings.sort_by_key(|m| (m.date, m.id));
    for meeting in meetings {
        match days.iter_mut().find(|d| d.date == meeting.date) {
            Some(day) => day.held.push(meeting.id),
            None => days.push(TimelineDay {
                held: vec![meeting.id],
                ..blank(meeting.date, false)
            }),
        }
    }
    days.sort_by_key(|d| d.date);
    days
}

/// The programme's own document per mentee: whether and how it was closed, and the planned
/// meetings called off or moved. The first three fields are required, so no other document
/// reads as this one; the changes came with schema 2 (schema 1 reads as having none).
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
    /// Planned meetings called off or moved, one entry per planned day.
    #[serde(default)]
    pub plan_changes: Vec<PlannedChange>,
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

    /// Marks the meeting the contract plans on `planned` as called off (`reason` trimmed, may
    /// be empty), in place of any earlier mark for that day.
    pub fn cancel_meeting(
        &mut self,
        contract: &Contract,
        planned: NaiveDate,
        by: CalledOffBy,
        reason: &str,
    ) -> Result<(), PlanError> {
        let reason = reason.trim();
        if reason.chars().count() > PlanChange::MAX_REASON_CHARS {
            return Err(PlanError::ReasonTooLong);
        }
        self.mark(
            contract,
            planned,
            PlanChange::Cancelled {
                by,
                reason: reason.to_string(),
            },
        )
    }

    /// Marks the meeting the contract plans on `planned` as moved to `to`: not its own day,
    /// nor a day with a planned meeting already.
    pub fn move_meeting(
        &mut self,
        contract: &Contract,
        planned: NaiveDate,
        to: NaiveDate,
    ) -> Result<(), PlanError> {
        if to == planned {
            return Err(PlanError::SameDay);
        }
        let taken = contract.meeting_dates().contains(&to)
            || self.plan_changes.iter().any(|c| {
                c.planned != planned
                    && matches!(c.change, PlanChange::Moved { to: other } if other == to)
            });
        if taken {
            return Err(PlanError::DayTaken(to));
        }
        self.mark(contract, planned, PlanChange::Moved { to })
    }

    /// The planned meeting on `planned` is as the contract plans it again.
    pub fn unmark_meeting(&mut self, planned: NaiveDate) {
        self.plan_changes.retain(|c| c.planned != planned);
    }

    fn mark(
        &mut self,
        contract: &Contract,
        planned: NaiveDate,
        change: PlanChange,
    ) -> Result<(), PlanError> {
        if !contract.meeting_dates().contains(&planned) {
            return Err(PlanError::NotPlanned(planned));
        }
        self.unmark_meeting(planned);
        self.plan_changes.push(PlannedChange { planned, change });
        self.plan_changes.sort_by_key(|c| c.planned);
        Ok(())
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
            "Odbyte: {held} z\u{a0}{} zaplanowanych w\u{a0}kontrakcie (według planu do {}: {}).{}",
            m.planned_total,
            date::long(self.as_of),
            m.planned_so_far,
            m.exceptions_text()
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
        meetings: plan_vs_held(contract, journal, &programme.plan_changes, as_of),
        first_meeting: dates.clone().min(),
        last_meeting: dates.max(),
        actions_done: actions.clone().filter(|a| !a.is_open()).count(),
        actions_open: actions.filter(|a| a.is_open()).count(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
