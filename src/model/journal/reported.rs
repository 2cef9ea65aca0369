//! The tasks a mentee reported done in a reflection ([`Reflection::done`]), found among the
//! mentor's action items. A report names an item only by its wording (the link carries no
//! ids the mentor's app could trust), so each is matched here and shown with what it found;
//! the mentor marks the open ones done with one tap ([`Journal::mark_reported`]), never the
//! app by itself: the report is only what the link says.
//!
//! [`Reflection::done`]: super::Reflection::done

use chrono::NaiveDate;

use super::{ActionId, ActionOwner, Journal, MeetingId, RecordError, ReportedDone};
use crate::model::date;
use crate::model::text::{count_noun, lower};

/// What a reported task is on the mentor's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportMatch {
    /// This meeting's item, still open: the mentor can mark it done.
    Open(MeetingId, ActionId),
    /// This meeting's item, which the mentor has marked done already.
    AlreadyDone(MeetingId, ActionId),
    /// No item says this (its wording was changed, or it was removed): shown only.
    NotFound,
}

/// A task the mentee reported done, with the mentor's item it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedTask {
    /// Its wording as the mentee's app reported it (trimmed).
    pub what: String,
    /// The day the mentee ticked it.
    pub on: NaiveDate,
    pub found: ReportMatch,
}

impl ReportedTask {
    /// The mentor's item it names, when there is one.
    pub fn action(&self) -> Option<ActionId> {
        match self.found {
            ReportMatch::Open(_, action) | ReportMatch::AlreadyDone(_, action) => Some(action),
            ReportMatch::NotFound => None,
        }
    }

    /// Whether marking it would change the mentor's list.
    pub fn is_open(&self) -> bool {
        matches!(self.found, ReportMatch::Open(..))
    }

    /// When it was done and what the mentor's list says of it: „zrobione 3 grudnia 2026 ·
    /// na Twojej liście jeszcze otwarte”, „… · już odhaczone”, „… · nie ma go na liście zadań
    /// (mogło zostać zmienione)”.
    pub fn meta_text(&self) -> String {
        let state = match self.found {
            ReportMatch::Open(..) => "na Twojej liście jeszcze otwarte",
            ReportMatch::AlreadyDone(..) => "już odhaczone",
            ReportMatch::NotFound => "nie ma go na liście zadań (mogło zostać zmienione)",
        };
        format!("zrobione {} · {state}", date::long(self.on))
    }
}

/// What the mentor's tap did: „Oznaczono jako zrobione: 2 zadania.”
pub fn marked_text(marked: usize) -> String {
    match marked {
        0 => "Nie było już nic do oznaczenia: te zadania są odhaczone.".to_string(),
        n => format!(
            "Oznaczono jako zrobione: {}.",
            count_noun(n, "zadanie", "zadania", "zadań")
        ),
    }
}

/// An item a report's words name.
struct Named {
    meeting: MeetingId,
    action: ActionId,
    open: bool,
}

/// The order of the items a report's words name: exact words first, then a meeting held by
/// the tick day, then the reflection's own meeting, then the newest (its place in the
/// journal).
type NamedOrder = (bool, bool, bool, usize);

/// How many of `tasks` the mentor's tap would mark: the button's count.
pub fn open_count(tasks: &[ReportedTask]) -> usize {
    tasks.iter().filter(|t| t.is_open()).count()
}

impl Journal {
    /// The tasks of a reflection on meeting `meeting` reported `done`, each with the item it
    /// names: one with the same wording (trimmed, in any letter case). Of several, the one
    /// with exactly the words, then one from a meeting held by the day the mentee ticked it
    /// (a task set later is another one with the same words), then the reflection's own
    /// meeting's, then the newest. Two reports never take one item while another with those
    /// words is free; a report of an item already taken (a task kept twice on the mentee's
    /// phone) is listed once, with the earlier day. Only reads: nothing is marked here.
    pub fn reported_tasks(&self, meeting: MeetingId, done: &[ReportedDone]) -> Vec<ReportedTask> {
        let mut tasks: Vec<ReportedTask> = Vec::new();
        for report in done {
            let what = report.what.trim();
            if what.is_empty() {
                continue;
            }
            let candidates = self.named_by(what, report.on, meeting);
            let taken = |action: ActionId| tasks.iter().any(|t| t.action() == Some(action));
            if let Some(free) = candidates.iter().find(|c| !taken(c.action)) {
                tasks.push(ReportedTask {
                    what: what.to_string(),
                    on: report.on,
                    found: if free.open {
                        ReportMatch::Open(free.meeting, free.action)
                    } else {
                        ReportMatch::AlreadyDone(free.meeting, free.action)
                    },
                });
                continue;
            }
            let folded = lower(what);
            let same = |t: &ReportedTask| match candidates.first() {
                Some(best) => t.action() == Some(best.action),
                None => t.found == ReportMatch::NotFound && lower(&t.what) == folded,
            };
            match tasks.iter_mut().find(|t| same(t)) {
                Some(earlier) => earlier.on = earlier.on.min(report.on),
                None => tasks.push(ReportedTask {
                    what: what.to_string(),
                    on: report.on,
                    found: ReportMatch::NotFound,
                }),
            }
        }
        tasks
    }

    /// The items worded `what`, best first (see [`Journal::reported_tasks`]).
    fn named_by(&self, what: &str, ticked: NaiveDate, own: MeetingId) -> Vec<Named> {
        let folded = lower(what);
        let mut found: Vec<(NamedOrder, Named)> = self
            .meetings
            .iter()
            // Newest first, as the journal keeps them.
            .enumerate()
            .flat_map(|(newest, m)| m.actions.iter().map(move |a| (newest, m, a)))
            // The mentor's own tasks are not the mentee's to report done.
            .filter(|(_, _, a)| a.owner != ActionOwner::Mentor)
            .filter_map(|(newest, m, a)| {
                let theirs = a.what.trim();
                let exact = theirs == what;
                (exact || lower(theirs) == folded).then_some((
                    (!exact, m.date > ticked, m.id != own, newest),
                    Named {
                        meeting: m.id,
                        action: a.id,
                        open: a.is_open(),
                    },
                ))
            })
            .collect();
        found.sort_by_key(|(order, _)| *order);
        found.into_iter().map(|(_, named)| named).collect()
    }

    /// The tasks reported in the reflection attached to meeting `id`; none without one.
    pub fn reported_in(&self, id: MeetingId) -> Vec<ReportedTask> {
        self.get(id)
            .and_then(|m| m.reflection.as_ref())
            .map(|r| self.reported_tasks(id, &r.done))
            .unwrap_or_default()
    }

    /// Marks the `chosen` reported tasks done, as the mentor confirmed: each open item done
    /// on the day the mentee ticked it (when it was done), and reported that day. An item
    /// done or removed since, an item already done and a task not found are left as they
    /// are. How many were marked.
    pub fn mark_reported(&mut self, chosen: &[ReportedTask]) -> usize {
        let mut marked = 0;
        for task in chosen {
            let ReportMatch::Open(_, action) = task.found else {
                continue;
            };
            if let Ok((set_on, item)) = self.action_mut(action)
                && item.is_open()
            {
                // Not done before it was agreed, whatever day the phone said.
                let on = task.on.max(set_on);
                item.done = Some(on);
                item.reported = Some(on);
                marked += 1;
            }
        }
        marked
    }

    /// The record's one tap: marks every open task reported in the reflection attached to
    /// meeting `id`, as found now. How many were marked.
    pub fn mark_reported_in(&mut self, id: MeetingId) -> Result<usize, RecordError> {
        if self.get(id).is_none() {
            return Err(RecordError::Gone);
        }
        let tasks = self.reported_in(id);
        Ok(self.mark_reported(&tasks))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
