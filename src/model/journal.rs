//! Every meeting with a mentee as a record: its day, the agenda it followed, notes per block,
//! action items, progress on the goals, and how it was held (on the agenda timer, or logged
//! afterwards). The journal lives in the agenda tool's document ([`AgendaDoc::log`], key
//! `…/agenda`, schema 2); logs saved before (timer runs only) migrate in
//! ([`migrate_agenda_v1`]).
//!
//! Action items live only in the meeting that gave them; what carries over to later meetings
//! is a view ([`Journal::open_actions`]), so an item can never be duplicated and stays open,
//! across any number of meetings, until it is ticked.
//!
//! [`AgendaDoc::log`]: crate::model::agenda_doc::AgendaDoc::log

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::agenda::{Agenda, AgendaTemplate};
use super::date;
use super::goals::GoalId;
use super::text::count_noun;
use super::timer::MeetingRecord;
use super::timer::{Millis, RunBlock};

mod calendar;
mod reflection;
mod reported;
pub use reflection::{Reflection, ReflectionOrigin, ReportedDone};
pub use reported::{ReportMatch, ReportedTask, marked_text, open_count};

/// Stable identifier of a meeting in one mentee's journal; never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MeetingId(pub u32);

/// Stable identifier of an action item in one mentee's journal; never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActionId(pub u32);

/// The name a meeting on the seed's first-meeting agenda is recorded under.
pub const SEED_AGENDA: &str = "Pierwsze spotkanie";

/// How the meeting was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Held {
    /// Run with the agenda timer, from start to „Zakończ spotkanie”.
    Timer {
        started_at: Millis,
        finished_at: Millis,
    },
    /// Written down afterwards, without the timer.
    Logged,
}

/// What the timer measured in one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockTiming {
    pub planned: Millis,
    pub added: Millis,
    pub spent: Millis,
    pub skipped: bool,
    #[serde(default)]
    pub held: bool,
}

/// One block of a held meeting, with the mentor's notes.
///
/// Stored without its talking points when they are the ones the app ships under its title
/// ([`crate::content::agenda_templates::shipped_points`]): they were a sixth of a heavy
/// mentor's storage, copied into every meeting. Read back, the block has them again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredBlock", into = "StoredBlock")]
pub struct BlockRecord {
    pub title: String,
    pub points: Vec<String>,
    pub note: String,
    /// Only for meetings run with the timer.
    #[serde(default)]
    pub timing: Option<BlockTiming>,
}

/// A [`BlockRecord`] as stored: `points` left out when they are the shipped ones.
#[derive(Serialize, Deserialize)]
struct StoredBlock {
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    points: Option<Vec<String>>,
    note: String,
    #[serde(default)]
    timing: Option<BlockTiming>,
}

impl From<StoredBlock> for BlockRecord {
    fn from(stored: StoredBlock) -> BlockRecord {
        let points = stored.points.unwrap_or_else(|| {
            crate::content::agenda_templates::shipped_points(&stored.title)
                .unwrap_or_default()
                .iter()
                .map(|point| point.to_string())
                .collect()
        });
        BlockRecord {
            title: stored.title,
            points,
            note: stored.note,
            timing: stored.timing,
        }
    }
}

impl From<BlockRecord> for StoredBlock {
    fn from(block: BlockRecord) -> StoredBlock {
        let shipped =
            crate::content::agenda_templates::shipped_points(&block.title).is_some_and(|shipped| {
                shipped
                    .iter()
                    .copied()
                    .eq(block.points.iter().map(String::as_str))
            });
        StoredBlock {
            points: (!shipped).then_some(block.points),
            title: block.title,
            note: block.note,
            timing: block.timing,
        }
    }
}

/// Who takes an action item on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionOwner {
    Mentor,
    Mentee,
}

impl super::form::Choice for ActionOwner {
    const ALL: &'static [ActionOwner] = &[ActionOwner::Mentee, ActionOwner::Mentor];

    fn value(self) -> &'static str {
        match self {
            ActionOwner::Mentor => "mentor",
            ActionOwner::Mentee => "mentee",
        }
    }

    fn label(self) -> &'static str {
        match self {
            ActionOwner::Mentor => "mentor",
            ActionOwner::Mentee => "mentee",
        }
    }
}

/// Something agreed at a meeting to be done by the next ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: ActionId,
    pub what: String,
    pub owner: ActionOwner,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
    /// Ticked on this day; `None` while open.
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub done: Option<NaiveDate>,
    /// The day the mentee reported it done (in a reflection), when the mentor marked it done
    /// from that report; `None` for an item the mentor ticked on the record. Journals
    /// saved before it read as none, and an item without one is written as before.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::date::optional_iso"
    )]
    pub reported: Option<NaiveDate>,
}

impl ActionItem {
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    /// „zgłoszone przez osobę mentee 3 grudnia 2026”, for an item marked done from the
    /// mentee's report.
    pub fn reported_text(&self) -> Option<String> {
        self.reported
            .map(|day| format!("zgłoszone przez osobę mentee {}", date::long(day)))
    }

    /// Its done state in words: „zrobione 3 grudnia 2026”, and who reported it when the
    /// mentee did („zrobione 3 grudnia 2026 · zgłoszone przez osobę mentee 3 grudnia 2026”);
    /// `None` while open.
    pub fn done_text(&self) -> Option<String> {
        let done = format!("zrobione {}", date::long(self.done?));
        Some(match self.reported_text() {
            Some(reported) => format!("{done} · {reported}"),
            None => done,
        })
    }

    /// Open past its due day.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// Progress on one goal, as recorded at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub goal: GoalId,
    /// 0–10.
    pub value: u8,
    pub note: String,
}

/// One meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    /// The local day it was held (a meeting near midnight or across a DST change keeps its day).
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    /// The agenda or template it followed, as named then ([`SEED_AGENDA`], a template's name);
    /// empty for the mentor's own agenda.
    pub agenda: String,
    pub blocks: Vec<BlockRecord>,
    pub held: Held,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    #[serde(default)]
    pub progress: Vec<Progress>,
    /// The mentee's reflection after the meeting, sent back by link and attached here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection: Option<Reflection>,
}

impl Meeting {
    /// The timer's summary of this meeting, as the log shows it; `None` for a meeting logged
    /// afterwards.
    pub fn timer_record(&self) -> Option<MeetingRecord> {
        let Held::Timer {
            started_at,
            finished_at,
        } = self.held
        else {
            return None;
        };
        Some(MeetingRecord {
            date: self.date,
            started_at,
            finished_at,
            blocks: self
                .blocks
                .iter()
                .map(|b| {
                    let t = b.timing.unwrap_or(BlockTiming {
                        planned: 0,
                        added: 0,
                        spent: 0,
                        skipped: false,
                        held: false,
                    });
                    RunBlock {
                        title: b.title.clone(),
                        points: b.points.clone(),
                        planned: t.planned,
                        added: t.added,
                        spent: t.spent,
                        skipped: t.skipped,
                        note: b.note.clone(),
                        held: t.held,
                        goals: false,
                    }
                })
                .collect(),
        })
    }

    /// How it was held, as lists name it: „z timerem”, „zapisane po spotkaniu”.
    pub fn held_label(&self) -> &'static str {
        match self.held {
            Held::Timer { .. } => "z timerem",
            Held::Logged => "zapisane po spotkaniu",
        }
    }

    /// The agenda it followed, as lists name it: „własna agenda” for the mentor's own.
    pub fn agenda_label(&self) -> &str {
        if self.agenda.is_empty() {
            "własna agenda"
        } else {
            &self.agenda
        }
    }

    /// Its action items in a few words: „2 zadania, otwarte: 1”, „1 zadanie, wszystkie
    /// zrobione”; `None` with no items.
    pub fn items_text(&self) -> Option<String> {
        let all = self.actions.len();
        let open = self.actions.iter().filter(|a| a.is_open()).count();
        let count = count_noun(all, "zadanie", "zadania", "zadań");
        match (all, open) {
            (0, _) => None,
            (_, 0) => Some(format!("{count}, wszystkie zrobione")),
            (_, open) => Some(format!("{count}, otwarte: {open}")),
        }
    }

    /// The progress recorded for `goal` at this meeting.
    pub fn progress_of(&self, goal: GoalId) -> Option<&Progress> {
        self.progress.iter().find(|p| p.goal == goal)
    }
}

/// The agenda a run followed, recognised by its blocks' titles (minutes may have been
/// changed): the seed's, one of the app's templates, one of the mentor's `own` templates, or
/// an agenda of the mentor's own making (empty).
pub fn agenda_name_of(blocks: &[RunBlock], own: &[AgendaTemplate]) -> String {
    let titles: Vec<&str> = blocks.iter().map(|b| b.title.as_str()).collect();
    agenda_name_by_titles(&titles, own)
}

/// [`agenda_name_of`] from the blocks' titles alone (an agenda not run yet).
pub fn agenda_name_by_titles(blocks: &[&str], own: &[AgendaTemplate]) -> String {
    let same = |titles: &mut dyn ExactSizeIterator<Item = &str>| {
        blocks.len() == titles.len() && blocks.iter().zip(titles).all(|(b, t)| *b == t)
    };
    if same(&mut crate::content::agenda::BLOCKS.iter().map(|b| b.title)) {
        return SEED_AGENDA.to_string();
    }
    if let Some(app) = crate::content::agenda_templates::ALL
        .iter()
        .find(|t| same(&mut t.blocks.iter().map(|b| b.title)))
    {
        return app.name.to_string();
    }
    own.iter()
        .find(|t| same(&mut t.agenda.blocks.iter().map(|b| b.title.as_str())))
        .map_or_else(String::new, |t| t.name.clone())
}

/// Why a meeting's field was refused. Each carries what was typed, so the page can keep it in
/// the field ([`crate::model::form::Refused`]); `Display` is the message under the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Progress must be a whole number 0–10.
    ProgressOutOfRange { typed: String },
    /// Not a date (`YYYY-MM-DD` from a date field).
    NotADate { typed: String },
    /// An action item's due date before the meeting that set it.
    DueBeforeMeeting { due: NaiveDate, meeting: NaiveDate },
    /// A meeting moved past an action item's due date.
    MeetingAfterDue { meeting: NaiveDate, due: NaiveDate },
    /// An action item needs to say what is to be done.
    EmptyAction,
    /// The meeting or item is not there any more (deleted in another tab).
    Gone,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::ProgressOutOfRange { typed } if typed.trim().is_empty() => {
                f.write_str("Wpisz ocenę postępu: liczbę całkowitą od 0\u{a0}do 10.")
            }
            RecordError::ProgressOutOfRange { typed } => write!(
                f,
                "„{typed}” to nie ocena postępu. Wpisz liczbę całkowitą od 0 do 10."
            ),
            // An empty field is not quoted back („„” to nie data”): it only needs a day.
            RecordError::NotADate { typed } if typed.trim().is_empty() => {
                f.write_str("Wybierz dzień z\u{a0}kalendarza.")
            }
            RecordError::NotADate { typed } => write!(
                f,
                "„{typed}” to nie data. Wybierz dzień z kalendarza (RRRR-MM-DD)."
            ),
            RecordError::DueBeforeMeeting { due, meeting } => write!(
                f,
                "Termin {} jest przed spotkaniem ({}). Wybierz dzień spotkania lub późniejszy.",
                date::long(*due),
                date::long(*meeting)
            ),
            RecordError::MeetingAfterDue { meeting, due } => write!(
                f,
                "Spotkanie {} byłoby po terminie zadania z tego spotkania ({}). Najpierw zmień termin zadania.",
                date::long(*meeting),
                date::long(*due)
            ),
            RecordError::EmptyAction => f.write_str("Wpisz, co jest do zrobienia."),
            RecordError::Gone => {
                f.write_str("Tego już nie ma w dzienniku (może zostało usunięte w innej karcie).")
            }
        }
    }
}

impl std::error::Error for RecordError {}

/// Reads a day field (`YYYY-MM-DD` from a date field, spaces around allowed).
pub fn parse_day(text: &str) -> Result<NaiveDate, RecordError> {
    date::from_iso(text.trim()).ok_or_else(|| RecordError::NotADate {
        typed: text.trim().to_string(),
    })
}

/// Reads a progress field: a whole number 0–10 (spaces around allowed).
pub fn parse_progress(text: &str) -> Result<u8, RecordError> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|v| *v <= 10)
        .ok_or_else(|| RecordError::ProgressOutOfRange {
            typed: text.trim().to_string(),
        })
}

/// Reads a due-date field for an item set at a meeting on `meeting`: empty is no due date.
pub fn parse_due(text: &str, meeting: NaiveDate) -> Result<Option<NaiveDate>, RecordError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    checked_due(Some(parse_day(text)?), meeting)
}

/// A new action item's text (trimmed, not empty) and due day (not before the meeting on
/// `meeting`), for a meeting's record and for the running meeting alike.
pub fn checked_action(
    what: &str,
    due: Option<NaiveDate>,
    meeting: NaiveDate,
) -> Result<(String, Option<NaiveDate>), RecordError> {
    let what = what.trim();
    if what.is_empty() {
        return Err(RecordError::EmptyAction);
    }
    Ok((what.to_string(), checked_due(due, meeting)?))
}

fn checked_due(
    due: Option<NaiveDate>,
    meeting: NaiveDate,
) -> Result<Option<NaiveDate>, RecordError> {
    match due {
        Some(due) if due < meeting => Err(RecordError::DueBeforeMeeting { due, meeting }),
        due => Ok(due),
    }
}

/// Puts progress on `goal` in `list` (a meeting's, or the running meeting's until it is
/// recorded), replacing what was there for that goal; above 10 is refused.
pub fn record_progress(
    list: &mut Vec<Progress>,
    goal: GoalId,
    value: u8,
    note: &str,
) -> Result<(), RecordError> {
    if value > 10 {
        return Err(RecordError::ProgressOutOfRange {
            typed: value.to_string(),
        });
    }
    let note = note.trim().to_string();
    match list.iter_mut().find(|p| p.goal == goal) {
        Some(p) => {
            p.value = value;
            p.note = note;
        }
        None => list.push(Progress { goal, value, note }),
    }
    Ok(())
}

/// The fields of a meeting's form, for [`crate::model::form::Refused`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordField {
    Date,
    Note(usize),
    NewAction,
    NewActionDue,
    ActionWhat(ActionId),
    ActionDue(ActionId),
    Progress(GoalId),
}

/// An open (or just ticked) action item from an earlier meeting, for the next meeting's first
/// block and the programme page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriedAction {
    pub item: ActionItem,
    pub from: MeetingId,
    pub from_date: NaiveDate,
    pub overdue: bool,
}

impl CarriedAction {
    /// Who, by when and from which meeting: „mentee · termin: 11 grudnia 2026 · ze spotkania
    /// 1 grudnia 2026”, and „zgłoszone przez osobę mentee …” for an item marked done from
    /// the mentee's report.
    pub fn meta_text(&self) -> String {
        let mut meta = vec![super::form::Choice::label(self.item.owner).to_string()];
        if let Some(due) = self.item.due {
            meta.push(format!("termin: {}", date::long(due)));
        }
        meta.push(format!("ze spotkania {}", date::long(self.from_date)));
        meta.extend(self.item.reported_text());
        meta.join(" · ")
    }
}

/// One point of a goal's progress chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressPoint {
    pub meeting: MeetingId,
    pub date: NaiveDate,
    pub value: u8,
    pub note: String,
}

impl ProgressPoint {
    /// „Ostatnio: 6/10 (29 grudnia 2026) — pierwsza prezentacja”.
    pub fn latest_text(&self) -> String {
        let note = if self.note.is_empty() {
            String::new()
        } else {
            format!(" – {}", self.note)
        };
        format!(
            "Ostatnio: {}/10 ({}){note}",
            self.value,
            date::long(self.date)
        )
    }
}

/// The chart's text equivalent: „3 (1 grudnia 2026) → 5 (15 grudnia 2026)”.
pub fn series_text(points: &[ProgressPoint]) -> String {
    if points.is_empty() {
        return "Jeszcze bez oceny postępu.".to_string();
    }
    points
        .iter()
        .map(|p| format!("{} ({})", p.value, date::long(p.date)))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// All meetings with one mentee, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Journal {
    meetings: Vec<Meeting>,
    /// Next id for a meeting or an action item.
    next_id: u32,
}

impl Journal {
    pub fn meetings(&self) -> &[Meeting] {
        &self.meetings
    }

    pub fn len(&self) -> usize {
        self.meetings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }

    pub fn get(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The meeting a run with the timer made (`agenda` as [`Meeting::agenda`]).
    pub fn record_run(&mut self, record: MeetingRecord, agenda: &str) -> MeetingId {
        let id = MeetingId(self.fresh_id());
        let blocks = record
            .blocks
            .into_iter()
            .map(|b| BlockRecord {
                timing: Some(BlockTiming {
                    planned: b.planned,
                    added: b.added,
                    spent: b.spent,
                    skipped: b.skipped,
                    held: b.held,
                }),
                title: b.title,
                points: b.points,
                note: b.note,
            })
            .collect();
        self.insert(Meeting {
            id,
            date: record.date,
            agenda: agenda.to_string(),
            blocks,
            held: Held::Timer {
                started_at: record.started_at,
                finished_at: record.finished_at,
            },
            actions: Vec::new(),
            progress: Vec::new(),
            reflection: None,
        });
        id
    }

    /// A meeting written down afterwards, following `agenda` (its blocks, empty notes).
    pub fn log_meeting(&mut self, date: NaiveDate, name: &str, agenda: &Agenda) -> MeetingId {
        let id = MeetingId(self.fresh_id());
        self.insert(Meeting {
            id,
            date,
            agenda: name.to_string(),
            blocks: agenda
                .blocks
                .iter()
                .map(|b| BlockRecord {
                    title: b.title.clone(),
                    points: b.points.clone(),
                    note: String::new(),
                    timing: None,
                })
                .collect(),
            held: Held::Logged,
            actions: Vec::new(),
            progress: Vec::new(),
            reflection: None,
        });
        id
    }

    /// Moves a meeting to another day; refused when one of its action items would then be
    /// due before it.
    pub fn set_date(&mut self, id: MeetingId, date: NaiveDate) -> Result<(), RecordError> {
        let meeting = self.meeting_mut(id)?;
        if let Some(due) = meeting.actions.iter().filter_map(|a| a.due).min()
            && due < date
        {
            return Err(RecordError::MeetingAfterDue { meeting: date, due });
        }
        let mut meeting = self.remove(id).ok_or(RecordError::Gone)?;
        meeting.date = date;
        self.insert(meeting);
        Ok(())
    }

    /// Attaches the mentee's reflection to meeting `id`; a later one replaces the earlier
    /// (the page asks first, see [`Meeting::reflection`]).
    pub fn attach_reflection(
        &mut self,
        id: MeetingId,
        reflection: Reflection,
    ) -> Result<(), RecordError> {
        self.meeting_mut(id)?.reflection = Some(reflection);
        Ok(())
    }

    pub fn set_note(&mut self, id: MeetingId, block: usize, text: &str) -> Result<(), RecordError> {
        let block = self
            .meeting_mut(id)?
            .blocks
            .get_mut(block)
            .ok_or(RecordError::Gone)?;
        block.note = text.to_string();
        Ok(())
    }

    /// Adds an action item to meeting `id`; its due date may not be before the meeting.
    pub fn add_action(
        &mut self,
        id: MeetingId,
        what: &str,
        owner: ActionOwner,
        due: Option<NaiveDate>,
    ) -> Result<ActionId, RecordError> {
        let meeting_date = self.meeting_mut(id)?.date;
        let (what, due) = checked_action(what, due, meeting_date)?;
        let action = ActionId(self.fresh_id());
        self.meeting_mut(id)?.actions.push(ActionItem {
            id: action,
            what,
            owner,
            due,
            done: None,
            reported: None,
        });
        Ok(action)
    }

    pub fn set_action_what(&mut self, action: ActionId, what: &str) -> Result<(), RecordError> {
        let what = what.trim();
        if what.is_empty() {
            return Err(RecordError::EmptyAction);
        }
        self.action_mut(action)?.1.what = what.to_string();
        Ok(())
    }

    pub fn set_action_owner(
        &mut self,
        action: ActionId,
        owner: ActionOwner,
    ) -> Result<(), RecordError> {
        self.action_mut(action)?.1.owner = owner;
        Ok(())
    }

    pub fn set_action_due(
        &mut self,
        action: ActionId,
        due: Option<NaiveDate>,
    ) -> Result<(), RecordError> {
        let (meeting, item) = self.action_mut(action)?;
        item.due = checked_due(due, meeting)?;
        Ok(())
    }

    /// Ticks an item done on `today`, or opens it again (and then it is no longer the
    /// mentee's report that it was done).
    pub fn tick(
        &mut self,
        action: ActionId,
        done: bool,
        today: NaiveDate,
    ) -> Result<(), RecordError> {
        let item = self.action_mut(action)?.1;
        item.done = done.then_some(item.done.unwrap_or(today));
        if !done {
            item.reported = None;
        }
        Ok(())
    }

    /// Ticks an item done at meeting `at` (on its record): done on that meeting's day, not on
    /// the day the record is written (a meeting logged afterwards), or opens it again.
    pub fn tick_at(
        &mut self,
        action: ActionId,
        done: bool,
        at: MeetingId,
    ) -> Result<(), RecordError> {
        let day = self.get(at).ok_or(RecordError::Gone)?.date;
        self.tick(action, done, day)
    }

    /// The meetings recorded on `day`.
    pub fn on_day(&self, day: NaiveDate) -> impl Iterator<Item = &Meeting> {
        self.meetings.iter().filter(move |m| m.date == day)
    }

    /// What to ask before recording another meeting on `day`, when one is recorded that day
    /// already (a meeting logged afterwards on the day a timer meeting was held is most
    /// likely the same one); `None` when the day is free.
    pub fn second_meeting_question(&self, day: NaiveDate) -> Option<String> {
        let there: Vec<&Meeting> = self.on_day(day).collect();
        let recorded = match there.as_slice() {
            [] => return None,
            [one] => format!(
                "{} jest już zapisane spotkanie ({}, {})",
                super::text::capitalised(&date::long(day)),
                one.agenda_label(),
                one.held_label()
            ),
            many => format!(
                "{} są już zapisane {}",
                super::text::capitalised(&date::long(day)),
                count_noun(many.len(), "spotkanie", "spotkania", "spotkań")
            ),
        };
        Some(format!(
            "{recorded}. Zapisać jeszcze jedno spotkanie tego samego dnia? Jeśli to to samo spotkanie, otwórz jego zapis z listy."
        ))
    }

    pub fn remove_action(&mut self, action: ActionId) -> Result<ActionItem, RecordError> {
        for meeting in &mut self.meetings {
            if let Some(i) = meeting.actions.iter().position(|a| a.id == action) {
                return Ok(meeting.actions.remove(i));
            }
        }
        Err(RecordError::Gone)
    }

    /// Records progress on `goal` at meeting `id` (replacing what was recorded there before).
    pub fn set_progress(
        &mut self,
        id: MeetingId,
        goal: GoalId,
        value: u8,
        note: &str,
    ) -> Result<(), RecordError> {
        record_progress(&mut self.meeting_mut(id)?.progress, goal, value, note)
    }

    pub fn clear_progress(&mut self, id: MeetingId, goal: GoalId) -> Result<(), RecordError> {
        self.meeting_mut(id)?.progress.retain(|p| p.goal != goal);
        Ok(())
    }

    /// Deletes a meeting with its notes and items.
    pub fn remove(&mut self, id: MeetingId) -> Option<Meeting> {
        let i = self.meetings.iter().position(|m| m.id == id)?;
        Some(self.meetings.remove(i))
    }

    /// Every open action item, overdue first (by due day), then by due day, then those with
    /// no due day, oldest meeting first.
    pub fn open_actions(&self, today: NaiveDate) -> Vec<CarriedAction> {
        self.open_actions_keeping(today, &[])
    }

    /// [`Journal::open_actions`] and the items in `ticked` even once done: the ones ticked
    /// on the page being looked at, which stay in place (struck through) until it is left, so
    /// a slip of the thumb is one tap to undo.
    pub fn open_actions_keeping(
        &self,
        today: NaiveDate,
        ticked: &[ActionId],
    ) -> Vec<CarriedAction> {
        self.carried(today, |_, item| item.is_open() || ticked.contains(&item.id))
    }

    /// What the first block of meeting `id` lists: the items from earlier meetings still open,
    /// and those ticked on or after its day (ticked during it, so they can be unticked there).
    pub fn carried_into(&self, id: MeetingId, today: NaiveDate) -> Vec<CarriedAction> {
        let Some(this) = self.get(id) else {
            return Vec::new();
        };
        let (day, this_id) = (this.date, this.id);
        self.carried(today, |meeting, item| {
            let earlier = (meeting.date, meeting.id) < (day, this_id);
            earlier && item.done.is_none_or(|done| done >= day)
        })
    }

    /// What the first block of a meeting running on `day`, not yet in the journal, lists:
    /// every item still open, and those ticked on or after `day` (ticked during it).
    pub fn carried_into_run(&self, day: NaiveDate, today: NaiveDate) -> Vec<CarriedAction> {
        self.carried(today, |_, item| item.done.is_none_or(|done| done >= day))
    }

    fn carried(
        &self,
        today: NaiveDate,
        keep: impl Fn(&Meeting, &ActionItem) -> bool,
    ) -> Vec<CarriedAction> {
        let mut list: Vec<CarriedAction> = self
            .meetings
            .iter()
            .flat_map(|m| m.actions.iter().map(move |a| (m, a)))
            .filter(|(m, a)| keep(m, a))
            .map(|(m, a)| CarriedAction {
                item: a.clone(),
                from: m.id,
                from_date: m.date,
                overdue: a.is_overdue(today),
            })
            .collect();
        list.sort_by_key(|c| {
            (
                !c.overdue,
                c.item.due.is_none(),
                c.item.due,
                c.from_date,
                c.item.id,
            )
        });
        list
    }

    /// A goal's progress over the meetings, oldest first (the chart's series).
    pub fn progress_series(&self, goal: GoalId) -> Vec<ProgressPoint> {
        let mut points: Vec<ProgressPoint> = self
            .meetings
            .iter()
            .filter_map(|m| {
                m.progress_of(goal).map(|p| ProgressPoint {
                    meeting: m.id,
                    date: m.date,
                    value: p.value,
                    note: p.note.clone(),
                })
            })
            .collect();
        points.sort_by_key(|p| (p.date, p.meeting));
        points
    }

    /// The goal's latest recorded progress.
    pub fn latest_progress(&self, goal: GoalId) -> Option<ProgressPoint> {
        self.progress_series(goal).pop()
    }

    fn meeting_mut(&mut self, id: MeetingId) -> Result<&mut Meeting, RecordError> {
        self.meetings
            .iter_mut()
            .find(|m| m.id == id)
            .ok_or(RecordError::Gone)
    }

    /// The item with the day of its meeting.
    fn action_mut(
        &mut self,
        action: ActionId,
    ) -> Result<(NaiveDate, &mut ActionItem), RecordError> {
        self.meetings
            .iter_mut()
            .find_map(|m| {
                let date = m.date;
                m.actions
                    .iter_mut()
                    .find(|a| a.id == action)
                    .map(|a| (date, a))
            })
            .ok_or(RecordError::Gone)
    }

    /// Newest first; of meetings on the same day, the one recorded later first.
    fn insert(&mut self, meeting: Meeting) {
        let at = self
            .meetings
            .iter()
            .position(|m| (m.date, m.id) < (meeting.date, meeting.id))
            .unwrap_or(self.meetings.len());
        self.meetings.insert(at, meeting);
    }

    fn fresh_id(&mut self) -> u32 {
        let highest = self
            .meetings
            .iter()
            .flat_map(|m| std::iter::once(m.id.0).chain(m.actions.iter().map(|a| a.id.0)))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(highest + 1).max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }
}

/// Agenda document schema 1 → 2: the log of timer runs (newest first) becomes the journal,
/// each run a meeting held on the timer with its blocks, times and notes as they were.
pub fn migrate_agenda_v1(mut data: Value) -> Result<Value, String> {
    let object = data
        .as_object_mut()
        .ok_or_else(|| "agenda nie jest obiektem".to_string())?;
    let log = object.remove("log").unwrap_or(Value::Array(Vec::new()));
    let records: Vec<MeetingRecord> =
        serde_json::from_value(log).map_err(|e| format!("nieczytelny dziennik spotkań ({e})"))?;
    let mut journal = Journal::default();
    // Oldest first, so ids follow the order they were held in.
    for record in records.into_iter().rev() {
        let name = agenda_name_of(&record.blocks, &[]);
        journal.record_run(record, &name);
    }
    object.insert(
        "log".to_string(),
        serde_json::to_value(&journal).map_err(|e| e.to_string())?,
    );
    Ok(data)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
