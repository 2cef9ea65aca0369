//! The agenda tool's document for one mentee (key `…/agenda`): the agenda, the meeting
//! running on it, the journal of meetings held, and what the running meeting recorded so far;
//! with what the agenda page says of them (its heading, the log's lines).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, AgendaTemplate};
use super::date;
use super::goals::{GoalId, Goals};
use super::journal::{
    ActionOwner, CarriedAction, Journal, Meeting, MeetingId, Progress, RecordError, SEED_AGENDA,
    agenda_name_by_titles, agenda_name_of, checked_action,
};
use super::timer::{MeetingRecord, MeetingRun, Millis};

/// The agenda tool's document for one mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AgendaDoc {
    pub agenda: Agenda,
    /// The meeting in progress, if any.
    pub run: Option<MeetingRun>,
    /// Every meeting held with this mentee, newest first: run on the timer or logged
    /// afterwards (schema 1 kept only timer runs here; see [`super::journal`]).
    pub log: Journal,
    /// Progress on the goals recorded during the running meeting; goes into its record at
    /// „Zakończ spotkanie”. Kept outside `run`, which is all the shell reads.
    #[serde(default)]
    pub pending_progress: Vec<Progress>,
    /// Action items agreed during the running meeting, likewise.
    #[serde(default)]
    pub pending_actions: Vec<PendingAction>,
}

/// An action item agreed during the running meeting, before the meeting is in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingAction {
    pub what: String,
    pub owner: ActionOwner,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
}

impl AgendaDoc {
    /// Starts a meeting on the agenda's blocks at `now`, on the local day `today`.
    pub fn start_meeting(&mut self, now: Millis, today: NaiveDate, auto_advance: bool) {
        let mut run = MeetingRun::start(&self.agenda.blocks, now, auto_advance);
        run.started_on = Some(today);
        self.run = Some(run);
        self.pending_progress.clear();
        self.pending_actions.clear();
    }

    /// Ends the running meeting at `now` and puts it in the journal, under the day it began
    /// (`today` for a run saved before runs knew it), with the progress and action items
    /// recorded during it.
    pub fn finish_meeting(&mut self, now: Millis, today: NaiveDate) -> Option<MeetingId> {
        self.finish_meeting_with(now, today, &[])
    }

    /// [`Self::finish_meeting`], naming the meeting after the mentor's own template when it
    /// followed one of `templates` (by its blocks' titles) and no agenda of the app.
    pub fn finish_meeting_with(
        &mut self,
        now: Millis,
        today: NaiveDate,
        templates: &[AgendaTemplate],
    ) -> Option<MeetingId> {
        let mut run = self.run.take()?;
        run.finish(now);
        let agenda = agenda_name_of(&run.blocks, templates);
        let id = self.log.record_run(
            MeetingRecord {
                date: run.started_on.unwrap_or(today),
                started_at: run.started_at,
                finished_at: run.finished_at.unwrap_or(now),
                blocks: run.blocks,
            },
            &agenda,
        );
        for p in std::mem::take(&mut self.pending_progress) {
            // Checked when recorded; the meeting was just made.
            let _ = self.log.set_progress(id, p.goal, p.value, &p.note);
        }
        for a in std::mem::take(&mut self.pending_actions) {
            // Its due day was checked against the run's day, which is the meeting's; should
            // that ever differ, the item is kept without it rather than lost.
            if self.log.add_action(id, &a.what, a.owner, a.due).is_err() {
                let _ = self.log.add_action(id, &a.what, a.owner, None);
            }
        }
        Some(id)
    }

    /// „Przerwij bez zapisu”: the running meeting goes, with what was recorded during it.
    pub fn discard_run(&mut self) {
        self.run = None;
        self.pending_progress.clear();
        self.pending_actions.clear();
    }

    /// The local day of the running meeting (`today` for a run saved before runs knew it).
    pub fn run_day(&self, today: NaiveDate) -> NaiveDate {
        self.run
            .as_ref()
            .and_then(|run| run.started_on)
            .unwrap_or(today)
    }

    /// The action items the running meeting's first block lists: from every earlier meeting,
    /// open or ticked during this one; nothing for a first meeting or with no meeting running.
    pub fn carried_into_run(&self, today: NaiveDate) -> Vec<CarriedAction> {
        if self.run.is_none() {
            return Vec::new();
        }
        self.log.carried_into_run(self.run_day(today), today)
    }

    /// Records progress on `goal` during the running meeting (replacing what was recorded).
    pub fn record_progress(
        &mut self,
        goal: GoalId,
        value: u8,
        note: &str,
    ) -> Result<(), RecordError> {
        super::journal::record_progress(&mut self.pending_progress, goal, value, note)
    }

    /// Takes back an action item added during the running meeting.
    pub fn remove_pending_action(&mut self, index: usize) -> Option<PendingAction> {
        (index < self.pending_actions.len()).then(|| self.pending_actions.remove(index))
    }

    /// The progress recorded on `goal` during the running meeting.
    pub fn pending_progress_of(&self, goal: GoalId) -> Option<&Progress> {
        self.pending_progress.iter().find(|p| p.goal == goal)
    }

    /// Adds an action item agreed during the running meeting; its due day may not be before
    /// the meeting's.
    pub fn add_pending_action(
        &mut self,
        what: &str,
        owner: ActionOwner,
        due: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<(), RecordError> {
        let (what, due) = checked_action(what, due, self.run_day(today))?;
        self.pending_actions
            .push(PendingAction { what, owner, due });
        Ok(())
    }

    /// The timer's summaries, newest first, for the agenda page's log.
    pub fn timer_records(&self) -> Vec<MeetingRecord> {
        self.log
            .meetings()
            .iter()
            .filter_map(Meeting::timer_record)
            .collect()
    }

    /// The agenda page's log: each meeting held on the timer, newest first, with what it
    /// settled (the progress, the new items, the earlier items ticked at it), as the finish
    /// dialog promises; the goals are named from `goals` as they were worded that day.
    pub fn log_entries(&self, goals: &Goals) -> Vec<LogEntry> {
        self.log
            .meetings()
            .iter()
            .filter_map(|meeting| {
                Some(LogEntry {
                    id: meeting.id,
                    record: meeting.timer_record()?,
                    outcome: MeetingOutcome::of(meeting, &self.log, goals),
                })
            })
            .collect()
    }

    /// The agenda page's heading and intro for the agenda about to run (or running): the
    /// first meeting's for the seed's agenda, a template's own for the app's templates and the
    /// mentor's, and a plain one for an agenda of the mentor's making once a meeting is in the
    /// log (before that, it is still the first meeting's agenda, reshaped).
    pub fn heading(&self, own: &[AgendaTemplate]) -> AgendaHeading {
        let titles: Vec<&str> = match &self.run {
            Some(run) => run.blocks.iter().map(|b| b.title.as_str()).collect(),
            None => self
                .agenda
                .blocks
                .iter()
                .map(|b| b.title.as_str())
                .collect(),
        };
        // The seed and the app's templates first, by their titles (as a meeting is named),
        // so a template of the mentor's under an app template's name does not pass for it.
        let known = agenda_name_by_titles(&titles, &[]);
        if let Some(app) = crate::content::agenda_templates::ALL
            .iter()
            .find(|t| t.name == known)
        {
            return AgendaHeading::new(app.heading, app.intro);
        }
        let first = AgendaHeading::new(
            crate::content::agenda::HEADING,
            crate::content::agenda::INTRO,
        );
        if known == SEED_AGENDA {
            return first;
        }
        match agenda_name_by_titles(&titles, own).as_str() {
            "" if self.log.is_empty() => first,
            "" => AgendaHeading::new(
                "Agenda spotkania",
                "Agenda ułożona przez Ciebie na to spotkanie. Zmienisz ją w „Zmień agendę” poniżej.",
            ),
            name => AgendaHeading {
                heading: format!("Agenda: {name}"),
                intro: format!(
                    "Agenda z Twojego szablonu „{name}”. Zmienisz ją w „Zmień agendę” poniżej."
                ),
            },
        }
    }
}

/// One meeting in the agenda page's log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Its record in the journal (`#/przebieg?spotkanie=N`).
    pub id: MeetingId,
    pub record: MeetingRecord,
    pub outcome: MeetingOutcome,
}

/// What a meeting settled, each as one line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeetingOutcome {
    /// „Główny cel „Przygotowanie do roli liderki”: 6/10 — pierwsza prezentacja”.
    pub progress: Vec<String>,
    /// Items agreed at it: „Plan rozmowy — mentee · termin: 4 grudnia 2026”.
    pub new_items: Vec<String>,
    /// Items from earlier meetings ticked done on its day: „Plan rozmowy — ze spotkania
    /// 27 listopada 2026”.
    pub ticked: Vec<String>,
}

impl MeetingOutcome {
    pub fn of(meeting: &Meeting, journal: &Journal, goals: &Goals) -> MeetingOutcome {
        let progress = meeting
            .progress
            .iter()
            .map(|p| {
                let goal = match goals.get(p.goal) {
                    Some(goal) => format!(
                        "{} „{}”",
                        goal.kind.label(),
                        goal.text_on(meeting.date).trim()
                    ),
                    None => "Cel spoza kontraktu".to_string(),
                };
                let note = match p.note.trim() {
                    "" => String::new(),
                    note => format!(" – {note}"),
                };
                format!("{goal}: {}/10{note}", p.value)
            })
            .collect();
        let new_items = meeting
            .actions
            .iter()
            .map(|a| {
                let mut meta = vec![super::form::Choice::label(a.owner).to_string()];
                meta.extend(a.due.map(|due| format!("termin: {}", date::long(due))));
                meta.extend(a.done_text());
                format!("{} – {}", a.what, meta.join(" · "))
            })
            .collect();
        let ticked = journal
            .carried_into(meeting.id, meeting.date)
            .into_iter()
            .filter(|c| c.item.done == Some(meeting.date))
            .map(|c| format!("{} – ze spotkania {}", c.item.what, date::long(c.from_date)))
            .collect();
        MeetingOutcome {
            progress,
            new_items,
            ticked,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.progress.is_empty() && self.new_items.is_empty() && self.ticked.is_empty()
    }
}

/// What the agenda page says over the agenda: its heading and the sentence under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaHeading {
    pub heading: String,
    pub intro: String,
}

impl AgendaHeading {
    fn new(heading: &str, intro: &str) -> AgendaHeading {
        AgendaHeading {
            heading: heading.to_string(),
            intro: intro.to_string(),
        }
    }
}

/// The part of the stored [`AgendaDoc`] that the shell reads (the timer pill, the block-end
/// signals): the running meeting alone. Serde skips the agenda and the log, so their reading
/// code and the default agenda stay in the agenda page's chunk.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct RunningMeeting {
    pub run: Option<MeetingRun>,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
