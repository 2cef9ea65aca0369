//! The mentee's side of what was kept: their tasks from every kept meeting and feedback (due
//! first, overdue marked), ticked on their own phone; the next meeting from a kept contract;
//! the reflection to write after the last meeting; what goes back to the mentor.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Received, ReceivedDoc};
use crate::model::contract::Contract;
use crate::model::date;
use crate::model::ics::{self, Reminder};
use crate::model::share::{MAX_ITEMS, Shared, SharedDone, SharedItem};

/// One of the mentee's ticks: the task's place in its item's list, and the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    pub item: u16,
    #[serde(with = "crate::model::date::iso")]
    pub on: NaiveDate,
}

/// A task on the mentee's home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    /// The kept item it comes from, and its place in that item's list.
    pub kept: u32,
    pub index: u16,
    pub what: String,
    /// „mentee” or „oboje” (shown as „do zrobienia razem”).
    pub owner: String,
    pub due: Option<NaiveDate>,
    /// Ticked by the mentee on this day.
    pub ticked: Option<NaiveDate>,
    /// Where it was agreed: „Spotkanie 12 grudnia 2026”, „Kolejne kroki po rozmowie …”.
    pub source: String,
    /// Who sent it (may be empty).
    pub sender: String,
}

impl Task {
    pub fn is_open(&self) -> bool {
        self.ticked.is_none()
    }

    /// Open past its due day on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }

    /// What it says under the task: „termin: 4 grudnia 2026 (po terminie) · razem · ze
    /// spotkania 27 listopada 2026”.
    pub fn meta_text(&self, today: NaiveDate) -> String {
        let mut meta = Vec::new();
        if let Some(due) = self.due {
            let late = if self.is_overdue(today) {
                " (po terminie)"
            } else {
                ""
            };
            meta.push(format!("termin: {}{late}", date::long(due)));
        }
        if self.owner == "oboje" {
            meta.push("do zrobienia razem".to_string());
        }
        meta.push(self.source.clone());
        if !self.sender.is_empty() {
            meta.push(format!("przesyła: {}", self.sender));
        }
        meta.join(" · ")
    }

    /// The task as an all-day event on its due day (`None` without one): its UID stays the
    /// same for the task, so adding it again updates the event.
    pub fn to_ics(&self, stamp_utc: &str) -> Option<String> {
        let due = self.due?;
        let mut description = format!("Ustalone: {}", self.source);
        if !self.sender.is_empty() {
            let _ = write!(description, "\nPrzesyła: {}", self.sender);
        }
        let event = ics::all_day_event(
            &self.uid(),
            stamp_utc,
            due,
            &format!("Zadanie z mentoringu: {}", self.what.trim()),
            &description,
            Reminder::DayBefore,
        )?;
        Some(ics::calendar("Zadania", event))
    }

    /// Stable across reloads and devices: who sent it, where and what it says.
    fn uid(&self) -> String {
        let hash = super::stable_hash(&[&self.sender, &self.source, &self.what]);
        format!("zadanie-{hash:016x}@niezbednik-mentora")
    }
}

/// The item's task list: a meeting's items, next steps' steps; none for a contract.
fn items_of(shared: &Shared) -> &[SharedItem] {
    match shared {
        Shared::Meeting(m) => &m.items,
        Shared::Steps(s) => &s.steps,
        Shared::Contract(_) | Shared::Reflection(_) => &[],
    }
}

/// Where its tasks were agreed, as a task's line names it.
fn source_of(shared: &Shared) -> String {
    match shared {
        Shared::Meeting(m) => format!("ze spotkania {}", date::long(m.date)),
        Shared::Steps(s) => format!("z rozmowy {}", date::long(s.date)),
        Shared::Contract(_) | Shared::Reflection(_) => String::new(),
    }
}

/// The mentee's own: theirs, or the two people's together.
fn is_mentees(item: &SharedItem) -> bool {
    matches!(item.owner.as_str(), "mentee" | "oboje")
}

/// Whether task `index` of `shared` is one the mentee may tick.
pub(super) fn owned(shared: &Shared, index: u16) -> bool {
    items_of(shared)
        .get(usize::from(index))
        .is_some_and(is_mentees)
}

/// The ticks a kept item may hold: one per task at most, each on a task the mentee owns.
pub(super) fn check_ticks(kept: &Received) -> Result<(), super::ItemError> {
    use super::ItemError;
    let items = items_of(&kept.item);
    for (at, tick) in kept.ticks.iter().enumerate() {
        let Some(item) = items.get(usize::from(tick.item)) else {
            return Err(ItemError::NoSuchTask(tick.item));
        };
        if !is_mentees(item) || kept.ticks[..at].iter().any(|t| t.item == tick.item) {
            return Err(ItemError::WrongTick(tick.item));
        }
        // The days a link may carry, so the reflection that reports it stays valid.
        if !(2000..=2100).contains(&tick.on.year()) {
            return Err(ItemError::TickDay(tick.item));
        }
    }
    Ok(())
}

impl Received {
    pub fn ticked(&self, index: u16) -> Option<NaiveDate> {
        self.ticks.iter().find(|t| t.item == index).map(|t| t.on)
    }

    /// The day that a kept item is about: the meeting's, the conversation's; for a contract
    /// the day it was agreed (or kept).
    pub fn day(&self) -> NaiveDate {
        match &self.item {
            Shared::Meeting(m) => m.date,
            Shared::Steps(s) => s.date,
            Shared::Contract(c) => c.agreed_on.unwrap_or(self.saved),
            Shared::Reflection(r) => r.meeting_date,
        }
    }
}

/// The next meeting by a kept contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextMeeting {
    pub kept: u32,
    pub date: NaiveDate,
    /// „18:00”, when the contract gives a time.
    pub time: Option<String>,
    pub mentor: String,
}

/// How far the reflection after the last meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionState {
    NotStarted,
    Started,
    Ready,
}

impl ReceivedDoc {
    /// Ticks task `index` of item `id` as done on `on`; `false` when there is no such task of
    /// the mentee's or it is ticked already.
    pub fn tick(&mut self, id: u32, index: u16, on: NaiveDate) -> bool {
        let Some(kept) = self.items.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        if !owned(&kept.item, index) || kept.ticked(index).is_some() {
            return false;
        }
        kept.ticks.push(Tick { item: index, on });
        true
    }

    /// Takes a tick back; `false` when there was none.
    pub fn untick(&mut self, id: u32, index: u16) -> bool {
        let Some(kept) = self.items.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        let before = kept.ticks.len();
        kept.ticks.retain(|t| t.item != index);
        kept.ticks.len() != before
    }

    /// The mentee's tasks from every kept meeting and feedback that the mentor had not marked
    /// done: open ones first, by due day (overdue first, undated last), then the ticked ones,
    /// latest tick first. A task kept in two versions of the same item (a meeting sent again)
    /// is listed once.
    pub fn tasks(&self) -> Vec<Task> {
        let mut tasks: Vec<Task> = Vec::new();
        // Newest items first, so a task repeated in an older copy is the one skipped.
        let mut kept: Vec<&Received> = self.items.iter().collect();
        kept.sort_by_key(|r| std::cmp::Reverse((r.day(), r.id)));
        for r in kept {
            let source = source_of(&r.item);
            let sender = r.item.sender().to_string();
            for (index, item) in items_of(&r.item).iter().enumerate() {
                let Ok(index) = u16::try_from(index) else {
                    break;
                };
                if item.done || !is_mentees(item) {
                    continue;
                }
                // The same task in an older copy of the same item (two versions kept); two
                // tasks worded alike in one item are both listed.
                let duplicate = tasks.iter().any(|t| {
                    t.kept != r.id
                        && t.what == item.what
                        && t.source == source
                        && t.sender == sender
                });
                if duplicate {
                    continue;
                }
                tasks.push(Task {
                    kept: r.id,
                    index,
                    what: item.what.clone(),
                    owner: item.owner.clone(),
                    due: item.due,
                    ticked: r.ticked(index),
                    source: source.clone(),
                    sender: sender.clone(),
                });
            }
        }
        tasks.sort_by(|a, b| {
            let order = |t: &Task| {
                (
                    t.ticked.is_some(),
                    t.ticked.map(std::cmp::Reverse),
                    t.due.is_none(),
                    t.due,
                )
            };
            order(a).cmp(&order(b))
        });
        tasks
    }

    /// What a reflection on a meeting from `mentor` reports back: the tasks the mentee ticked
    /// on any kept meeting from that mentor, oldest tick first, as many as a link carries.
    pub fn reported_done(&self, mentor: &str) -> Vec<SharedDone> {
        let mut done: Vec<SharedDone> = self
            .tasks()
            .into_iter()
            .filter(|t| t.sender == mentor.trim() && t.source.starts_with("ze spotkania"))
            .filter_map(|t| {
                Some(SharedDone {
                    what: t.what,
                    on: t.ticked?,
                })
            })
            .collect();
        done.sort_by_key(|d| d.on);
        // As many as a link carries: the latest.
        let extra = done.len().saturating_sub(MAX_ITEMS);
        done.drain(..extra);
        done
    }

    /// The contracts kept, the newest version of each first.
    fn contracts(&self) -> impl Iterator<Item = (&Received, &Contract)> {
        self.items.iter().rev().filter_map(|r| match &r.item {
            Shared::Contract(c) => Some((r, &**c)),
            _ => None,
        })
    }

    /// The next meeting on or after `today` by any kept contract (the earliest of them).
    pub fn next_meeting(&self, today: NaiveDate) -> Option<NextMeeting> {
        self.contracts()
            .filter_map(|(r, c)| {
                let date = c.meeting_dates().into_iter().find(|d| *d >= today)?;
                Some(NextMeeting {
                    kept: r.id,
                    date,
                    time: c.time().map(|(h, m)| format!("{h}:{m:02}")),
                    mentor: c.mentor.trim().to_string(),
                })
            })
            .min_by_key(|next| (next.date, next.time.clone()))
    }

    /// The reflection to write: after the last kept meeting held by `today`, unless the
    /// reflection's answers are complete. The kept meeting's id, its day and how far it is.
    pub fn reflection_due(&self, today: NaiveDate) -> Option<(u32, NaiveDate, ReflectionState)> {
        let last = self
            .items
            .iter()
            .filter_map(|r| match &r.item {
                Shared::Meeting(m) if m.date <= today => Some((r, m)),
                _ => None,
            })
            .max_by_key(|(r, m)| (m.date, r.id))?;
        let (r, m) = last;
        let state = match r.draft().reflection(m) {
            Ok(_) => ReflectionState::Ready,
            Err(_) if r.takeaway.trim().is_empty() && r.next.trim().is_empty() => {
                ReflectionState::NotStarted
            }
            Err(_) => ReflectionState::Started,
        };
        Some((r.id, m.date, state))
    }

    /// The kept items by who sent them (the sender with the newest item first), each sender's
    /// newest first. An item that names nobody is listed under „”.
    pub fn by_sender(&self) -> Vec<(String, Vec<&Received>)> {
        let mut groups: Vec<(String, Vec<&Received>)> = Vec::new();
        let mut kept: Vec<&Received> = self.items.iter().collect();
        kept.sort_by_key(|r| std::cmp::Reverse((r.day(), r.id)));
        for r in kept {
            let sender = r.item.sender().to_string();
            match groups.iter_mut().find(|(s, _)| *s == sender) {
                Some((_, list)) => list.push(r),
                None => groups.push((sender, vec![r])),
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests;
