//! Everything the agenda tool keeps per mentee, and what it keeps for the mentor.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, AgendaTemplate};
use super::date;
use super::goals::{GoalId, Goals};
use super::journal::{
    CarriedAction, Journal, Meeting, MeetingId, Owner, Progress, RecordError, SEED_AGENDA,
    agenda_name_by_titles, agenda_name_of, checked_action,
};
use super::timer::{MeetingRun, Millis, Phase, RunBlock, RunStatus, minutes_text};

/// One held meeting, as it goes into the mentee's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRecord {
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub started_at: Millis,
    pub finished_at: Millis,
    pub blocks: Vec<RunBlock>,
}

impl MeetingRecord {
    /// The plan of the blocks held, including minutes added during the meeting.
    pub fn planned(&self) -> Millis {
        self.blocks
            .iter()
            .filter(|b| !b.skipped)
            .map(RunBlock::budget)
            .sum()
    }

    /// Minutes added (+1, +5) to the blocks held.
    pub fn added(&self) -> Millis {
        self.blocks
            .iter()
            .filter(|b| !b.skipped)
            .map(|b| b.added)
            .sum()
    }

    /// The meeting's plan as the summary says it: „70 min + 5 min dodane”.
    pub fn plan_text(&self) -> String {
        plan_text(self.planned() - self.added(), self.added())
    }

    pub fn actual(&self) -> Millis {
        self.blocks.iter().map(|b| b.spent).sum()
    }

    /// Actual minus planned: positive when the meeting ran over.
    pub fn overrun(&self) -> Millis {
        self.actual() - self.planned()
    }
}

/// A plan with what was added to it during the meeting: „25 min + 5 min dodane”, or „25 min”.
pub fn plan_text(planned: Millis, added: Millis) -> String {
    if added > 0 {
        format!("{} + {} dodane", minutes_text(planned), minutes_text(added))
    } else {
        minutes_text(planned)
    }
}

/// One block's plan in the summary (see [`plan_text`]).
pub fn block_plan_text(block: &RunBlock) -> String {
    plan_text(block.planned, block.added)
}

/// The two names of a saved contract, read without the rest of it: the feedback page names
/// the mentor on shared steps and should not carry the whole contract's reading code.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct ContractNames {
    #[serde(default)]
    pub mentor: String,
    #[serde(default)]
    pub mentee: String,
}

/// Who a meeting was between, as the printed summary names them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parties {
    pub mentee: String,
    /// From the mentee's contract; empty until it is filled in.
    pub mentor: String,
}

impl Parties {
    /// The names in the mentee's contract (full names, as signed), else the mentee's name on
    /// the list (`listed`, without the first run's stand-in, which is nobody's name).
    pub fn of(contract: Option<&super::contract::Contract>, listed: Option<String>) -> Parties {
        match contract {
            Some(c) => Parties::named(&c.mentor, &c.mentee, listed),
            None => Parties::named("", "", listed),
        }
    }

    /// As [`Parties::of`], from the contract's two names alone ([`ContractNames`]).
    pub fn named(mentor: &str, mentee: &str, listed: Option<String>) -> Parties {
        let named = |name: &str| Some(name.trim().to_string()).filter(|name| !name.is_empty());
        Parties {
            mentee: named(mentee).or(listed).unwrap_or_default(),
            mentor: named(mentor).unwrap_or_default(),
        }
    }

    /// „Mentee: Anna Nowak · Mentor: Jan Kowalski”; a name not known yet is left out.
    pub fn line(&self) -> String {
        let mut line = String::new();
        for (role, name) in [("Mentee", &self.mentee), ("Mentor", &self.mentor)] {
            let name = name.trim();
            if !name.is_empty() {
                if !line.is_empty() {
                    line.push_str(" · ");
                }
                line.push_str(role);
                line.push_str(": ");
                line.push_str(name);
            }
        }
        line
    }
}

/// Said on screen after „◀ Poprzedni” right after an automatic hand-over: the time since it
/// went back to the block returned to (`index` counts from 0).
pub fn returned_time_message(moved: Millis, index: usize) -> String {
    format!(
        "Czas od automatycznego przejścia ({}) wrócił do bloku {} — wtedy jeszcze o nim rozmawialiście.",
        super::timer::elapsed_text(moved),
        index + 1
    )
}

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
    pub owner: Owner,
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

    /// „Od nowa”: the running meeting goes, with what was recorded during it.
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
        owner: Owner,
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
                "Agenda ułożona przez Ciebie na to spotkanie. Zmienisz ją w „Zmień agendę” poniżej.",
            ),
            name => AgendaHeading {
                heading: format!("Agenda: {name}"),
                intro: format!(
                    "Agenda z Twojego szablonu „{name}”. Zmienisz ją w „Zmień agendę” poniżej."
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
                    note => format!(" — {note}"),
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
                format!("{} — {}", a.what, meta.join(" · "))
            })
            .collect();
        let ticked = journal
            .carried_into(meeting.id, meeting.date)
            .into_iter()
            .filter(|c| c.item.done == Some(meeting.date))
            .map(|c| format!("{} — ze spotkania {}", c.item.what, date::long(c.from_date)))
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

/// Which signals mark a block's end and overtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalSettings {
    pub sound: bool,
    pub vibration: bool,
    pub flash: bool,
    pub announce: bool,
}

impl Default for SignalSettings {
    fn default() -> SignalSettings {
        SignalSettings {
            sound: true,
            vibration: true,
            flash: true,
            announce: true,
        }
    }
}

/// The mentor's own agenda settings, shared by all mentees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AgendaPrefs {
    pub templates: Vec<AgendaTemplate>,
    pub signals: SignalSettings,
    /// Move on to the next block when time is up. Off unless the mentor chooses it: a mentor
    /// in mid-sentence should not be moved on silently, so a block runs into overtime.
    ///
    /// Saved under a new name: builds before December 2026 saved `auto_advance: true` as their
    /// default for everyone, which cannot be told from a choice. Those settings now read as
    /// off (the old field is ignored), once; the box in „Ustawienia timera” turns it back on.
    #[serde(rename = "auto_advance_chosen", default)]
    pub auto_advance: bool,
}

/// The part of the stored [`AgendaPrefs`] that the shell reads: the signal settings alone,
/// without the saved templates.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct SignalPrefs {
    pub signals: SignalSettings,
}

impl AgendaPrefs {
    /// The longest template name, as for a mentee's name: it has to fit one line on a phone.
    pub const MAX_TEMPLATE_NAME_CHARS: usize = 60;

    /// Saves `agenda` as a template under `name` (trimmed), replacing one of the same name.
    pub fn save_template(&mut self, name: &str, agenda: Agenda) -> Result<(), TemplateError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(TemplateError::NoName);
        }
        if name.chars().count() > Self::MAX_TEMPLATE_NAME_CHARS {
            return Err(TemplateError::TooLong);
        }
        self.templates.retain(|t| t.name != name);
        self.templates.push(AgendaTemplate {
            name: name.to_string(),
            agenda,
        });
        Ok(())
    }
}

/// Why a template was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateError {
    NoName,
    TooLong,
}

impl TemplateError {
    /// What to tell the mentor, in Polish.
    pub fn message(self) -> String {
        match self {
            TemplateError::NoName => "Nazwij szablon, np. „Spotkanie kontrolne”.".to_string(),
            TemplateError::TooLong => format!(
                "Nazwa szablonu może mieć najwyżej {} znaków.",
                AgendaPrefs::MAX_TEMPLATE_NAME_CHARS
            ),
        }
    }
}

/// A moment the meeting should be signalled (chime, vibration, flash, announcement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimerSignal {
    /// Time ran out and the timer moved on to this block.
    NextBlock { index: usize, title: String },
    /// The block's time ran out and it goes on in overtime.
    Overtime { title: String },
}

/// What to signal between two readings of the same run (`None` when the mentor acted in
/// between: their own tap needs no alarm).
pub fn signal_between(
    run: &MeetingRun,
    before: &RunStatus,
    after: &RunStatus,
) -> Option<TimerSignal> {
    if after.finished || before.finished {
        return None;
    }
    if after.current != before.current {
        let block = run.blocks.get(after.current)?;
        return Some(TimerSignal::NextBlock {
            index: after.current,
            title: block.title.clone(),
        });
    }
    if before.phase != Phase::Overtime && after.phase == Phase::Overtime {
        let block = run.blocks.get(after.current)?;
        return Some(TimerSignal::Overtime {
            title: block.title.clone(),
        });
    }
    None
}

impl TimerSignal {
    /// The sentence announced to screen readers and shown in the flash.
    pub fn message(&self) -> String {
        match self {
            TimerSignal::NextBlock { index, title } => {
                format!("Czas minął. Blok {}: {title}.", index + 1)
            }
            TimerSignal::Overtime { title } => {
                format!("Czas bloku „{title}” minął — liczymy czas ponad plan.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timer::MINUTE;

    const T0: Millis = 1_795_000_000_000;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    #[test]
    fn a_template_needs_a_name_that_fits_and_replaces_one_of_the_same_name() {
        let mut prefs = AgendaPrefs::default();
        let agenda = Agenda::from_seed();
        assert_eq!(
            prefs.save_template("   ", agenda.clone()),
            Err(TemplateError::NoName)
        );
        let long = "x".repeat(AgendaPrefs::MAX_TEMPLATE_NAME_CHARS + 1);
        assert_eq!(
            prefs.save_template(&long, agenda.clone()),
            Err(TemplateError::TooLong)
        );
        assert!(TemplateError::TooLong.message().contains("60 znaków"));
        assert!(prefs.templates.is_empty(), "a refused name saves nothing");
        let longest = "ż".repeat(AgendaPrefs::MAX_TEMPLATE_NAME_CHARS);
        assert_eq!(prefs.save_template(&longest, agenda.clone()), Ok(()));
        prefs.save_template(" Kontrolne ", agenda.clone()).unwrap();
        let mut shorter = agenda.clone();
        shorter.blocks.truncate(2);
        prefs.save_template("Kontrolne", shorter.clone()).unwrap();
        assert_eq!(prefs.templates.len(), 2, "same name replaces");
        assert_eq!(prefs.templates[1].name, "Kontrolne");
        assert_eq!(prefs.templates[1].agenda, shorter);
    }

    #[test]
    fn finishing_puts_the_meeting_in_the_log_with_its_overrun() {
        let mut doc = AgendaDoc::default();
        doc.run = Some(MeetingRun::start(&doc.agenda.blocks, T0, true));
        let id = doc.finish_meeting(T0 + 75 * MINUTE, day()).unwrap();
        let record = doc.log.get(id).unwrap().timer_record().unwrap();
        assert_eq!(doc.log.get(id).unwrap().agenda, "Pierwsze spotkanie");
        assert!(doc.run.is_none());
        assert_eq!(record.date, day());
        assert_eq!(record.planned(), 70 * MINUTE);
        assert_eq!(record.actual(), 75 * MINUTE);
        assert_eq!(record.overrun(), 5 * MINUTE);
        assert_eq!(record.blocks[4].spent, 10 * MINUTE);
        assert_eq!(doc.log.len(), 1);
        assert!(doc.finish_meeting(T0, day()).is_none());
    }

    #[test]
    fn the_parties_are_the_contracts_names_else_the_name_on_the_list() {
        use crate::model::contract::Contract;
        let listed = Some("Ola".to_string());
        let none = Parties::of(None, listed.clone());
        assert_eq!((none.mentee.as_str(), none.mentor.as_str()), ("Ola", ""));
        let mut contract = Contract {
            mentee: "  ".into(),
            mentor: " Jan Mentor ".into(),
            ..Contract::default()
        };
        let blank = Parties::of(Some(&contract), listed.clone());
        assert_eq!(
            (blank.mentee.as_str(), blank.mentor.as_str()),
            ("Ola", "Jan Mentor")
        );
        contract.mentee = "Aleksandra Nowak".into();
        assert_eq!(
            Parties::of(Some(&contract), listed).mentee,
            "Aleksandra Nowak"
        );
        assert_eq!(Parties::of(None, None).line(), "");
    }

    /// Started at 23:30 and finished after midnight (or across a DST change): the record
    /// keeps the local day it began.
    #[test]
    fn a_meeting_past_midnight_keeps_the_day_it_began() {
        let mut doc = AgendaDoc::default();
        doc.start_meeting(T0, day(), false);
        let next_day = day().succ_opt().unwrap();
        let id = doc.finish_meeting(T0 + 70 * MINUTE, next_day).unwrap();
        assert_eq!(doc.log.get(id).unwrap().date, day());
        // Saved and read back mid-meeting, the run still knows its day.
        doc.start_meeting(T0, day(), false);
        let json = serde_json::to_string(&doc).unwrap();
        let back: AgendaDoc = serde_json::from_str(&json).unwrap();
        assert_eq!(back.run.unwrap().started_on, Some(day()));
        // A run saved before runs knew their day takes the day it ends.
        let old = json.replace(r#","started_on":"2026-11-27""#, "");
        assert_ne!(old, json);
        let mut old: AgendaDoc = serde_json::from_str(&old).unwrap();
        let id = old.finish_meeting(T0 + MINUTE, next_day).unwrap();
        assert_eq!(old.log.get(id).unwrap().date, next_day);
    }

    fn goal(n: u32) -> GoalId {
        GoalId(n)
    }

    /// A first meeting on the seed's agenda that sets one action item, due `due`.
    fn first_meeting_with_an_item(due: Option<NaiveDate>) -> AgendaDoc {
        let mut doc = AgendaDoc::default();
        doc.start_meeting(T0, day(), false);
        assert!(
            doc.carried_into_run(day()).is_empty(),
            "nothing before the first"
        );
        doc.add_pending_action("Plan rozmowy z przełożonym", Owner::Mentee, due, day())
            .unwrap();
        doc.finish_meeting(T0 + 70 * MINUTE, day()).unwrap();
        doc
    }

    #[test]
    fn progress_and_items_recorded_during_the_run_move_into_its_record_once() {
        let mut doc = AgendaDoc {
            agenda: Agenda::from_app_template(&crate::content::agenda_templates::REGULAR),
            ..AgendaDoc::default()
        };
        doc.start_meeting(T0, day(), false);
        assert!(doc.run.as_ref().unwrap().blocks[1].goals);
        doc.record_progress(goal(1), 4, "").unwrap();
        doc.record_progress(goal(1), 6, " pierwsza prezentacja ")
            .unwrap();
        doc.record_progress(goal(2), 3, "").unwrap();
        assert_eq!(
            doc.record_progress(goal(2), 11, ""),
            Err(RecordError::ProgressOutOfRange { typed: "11".into() })
        );
        assert_eq!(doc.pending_progress_of(goal(2)).unwrap().value, 3);
        doc.add_pending_action("Plan rozmowy", Owner::Mentee, Some(day()), day())
            .unwrap();
        doc.add_pending_action("Lista kontaktów", Owner::Mentor, None, day())
            .unwrap();
        doc.add_pending_action("Pomyłka", Owner::Mentor, None, day())
            .unwrap();
        assert_eq!(doc.remove_pending_action(2).unwrap().what, "Pomyłka");
        assert_eq!(doc.remove_pending_action(2), None);
        // Saved mid-meeting and read back, nothing recorded is lost.
        let json = serde_json::to_string(&doc).unwrap();
        let mut doc: AgendaDoc = serde_json::from_str(&json).unwrap();
        let id = doc.finish_meeting(T0 + 60 * MINUTE, day()).unwrap();
        let meeting = doc.log.get(id).unwrap();
        assert_eq!(meeting.agenda, "Spotkanie bieżące");
        assert_eq!(meeting.progress.len(), 2);
        let p = meeting.progress_of(goal(1)).unwrap();
        assert_eq!((p.value, p.note.as_str()), (6, "pierwsza prezentacja"));
        let whats: Vec<&str> = meeting.actions.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(whats, ["Plan rozmowy", "Lista kontaktów"]);
        assert_eq!(meeting.actions[0].due, Some(day()));
        assert!(doc.pending_progress.is_empty() && doc.pending_actions.is_empty());
        // Once: a second finish has no run, and the next meeting starts clean.
        assert!(doc.finish_meeting(T0 + 61 * MINUTE, day()).is_none());
        doc.start_meeting(T0 + 100 * MINUTE, day(), false);
        let next = doc.finish_meeting(T0 + 160 * MINUTE, day()).unwrap();
        assert!(doc.log.get(next).unwrap().progress.is_empty());
        assert!(doc.log.get(next).unwrap().actions.is_empty());
        assert_eq!(doc.log.open_actions(day()).len(), 2, "never duplicated");
    }

    #[test]
    fn discarding_the_run_drops_what_was_recorded_during_it() {
        let mut doc = AgendaDoc::default();
        doc.start_meeting(T0, day(), false);
        doc.record_progress(goal(1), 7, "").unwrap();
        doc.add_pending_action("Plan", Owner::Mentee, None, day())
            .unwrap();
        doc.discard_run();
        assert!(doc.run.is_none());
        assert!(doc.pending_progress.is_empty() && doc.pending_actions.is_empty());
        assert!(doc.log.is_empty());
        doc.start_meeting(T0, day(), false);
        let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
        assert!(doc.log.get(id).unwrap().progress.is_empty());
        assert!(doc.log.get(id).unwrap().actions.is_empty());
    }

    #[test]
    fn an_item_due_before_the_meeting_or_saying_nothing_is_refused() {
        let mut doc = AgendaDoc::default();
        doc.start_meeting(T0, day(), false);
        let before = day().pred_opt().unwrap();
        assert_eq!(
            doc.add_pending_action("Plan", Owner::Mentee, Some(before), day()),
            Err(RecordError::DueBeforeMeeting {
                due: before,
                meeting: day()
            })
        );
        assert_eq!(
            doc.add_pending_action("  ", Owner::Mentee, None, day()),
            Err(RecordError::EmptyAction)
        );
        // Past midnight the run is still the day it began: a due day that day is fine.
        let next_day = day().succ_opt().unwrap();
        doc.add_pending_action("Plan", Owner::Mentee, Some(day()), next_day)
            .unwrap();
        assert!(doc.pending_actions.len() == 1);
    }

    #[test]
    fn the_next_meeting_lists_the_items_carried_over_overdue_first_and_keeps_one_ticked_in_it() {
        let mut doc = first_meeting_with_an_item(day().succ_opt());
        // A second item from a later meeting, with no due day.
        let later = day() + chrono::Days::new(7);
        doc.start_meeting(T0 + 7 * 24 * 60 * MINUTE, later, false);
        let carried = doc.carried_into_run(later);
        assert_eq!(carried.len(), 1);
        assert!(carried[0].overdue, "due the day after the first meeting");
        doc.add_pending_action("Przeczytać książkę", Owner::Mentee, None, later)
            .unwrap();
        doc.finish_meeting(T0 + 7 * 24 * 60 * MINUTE + 60 * MINUTE, later)
            .unwrap();
        let fortnight = day() + chrono::Days::new(14);
        doc.start_meeting(T0 + 14 * 24 * 60 * MINUTE, fortnight, false);
        let carried = doc.carried_into_run(fortnight);
        let whats: Vec<&str> = carried.iter().map(|c| c.item.what.as_str()).collect();
        assert_eq!(whats, ["Plan rozmowy z przełożonym", "Przeczytać książkę"]);
        assert!(carried[0].overdue && !carried[1].overdue);
        // Ticked during the talk: still listed here, so it can be unticked.
        let first = carried[0].item.id;
        doc.log.tick(first, true, fortnight).unwrap();
        let carried = doc.carried_into_run(fortnight);
        assert_eq!(carried.len(), 2);
        let ticked = carried.iter().find(|c| c.item.id == first).unwrap();
        assert_eq!(ticked.item.done, Some(fortnight));
        assert!(!ticked.overdue, "done is not overdue");
        doc.finish_meeting(T0 + 14 * 24 * 60 * MINUTE + 60 * MINUTE, fortnight)
            .unwrap();
        // The meeting after that no longer lists it; the other one is still open.
        let month = day() + chrono::Days::new(28);
        doc.start_meeting(T0 + 28 * 24 * 60 * MINUTE, month, false);
        let whats: Vec<String> = doc
            .carried_into_run(month)
            .into_iter()
            .map(|c| c.item.what)
            .collect();
        assert_eq!(whats, ["Przeczytać książkę"]);
        doc.discard_run();
        assert!(doc.carried_into_run(month).is_empty(), "no meeting running");
    }

    #[test]
    fn a_later_meeting_on_a_template_is_headed_by_the_template_not_as_the_first() {
        use crate::content::agenda_templates::ALL;
        let fresh = AgendaDoc::default();
        let first = fresh.heading(&[]);
        assert_eq!(first.heading, "Agenda pierwszego spotkania");
        assert_eq!(first.intro, crate::content::agenda::INTRO);
        let mut doc = first_meeting_with_an_item(None);
        assert_eq!(
            doc.heading(&[]),
            first,
            "the seed's agenda is the first meeting's"
        );
        for template in ALL {
            doc.agenda = Agenda::from_app_template(template);
            let said = doc.heading(&[]);
            assert_eq!(said.heading, template.heading);
            assert_eq!(said.intro, template.intro);
            assert!(!said.heading.contains("pierwszego") && !said.intro.contains("Pierwsze"));
            // Running, the run's blocks say which agenda it is.
            doc.start_meeting(T0, day(), false);
            doc.agenda = Agenda::from_seed();
            assert_eq!(doc.heading(&[]).heading, template.heading);
            doc.discard_run();
        }
        // The mentor's own template, and an agenda of the mentor's making.
        let mut own = Agenda::from_app_template(&ALL[0]);
        own.set_title(0, "Co nowego").unwrap();
        let templates = vec![AgendaTemplate {
            name: "Kontrolne".into(),
            agenda: own.clone(),
        }];
        doc.agenda = own.clone();
        assert_eq!(doc.heading(&templates).heading, "Agenda: Kontrolne");
        assert!(doc.heading(&templates).intro.contains("„Kontrolne”"));
        assert_eq!(doc.heading(&[]).heading, "Agenda spotkania");
        // Before any meeting, a reshaped agenda is still the first meeting's.
        let reshaped = AgendaDoc {
            agenda: own,
            ..AgendaDoc::default()
        };
        assert_eq!(reshaped.heading(&[]), first);
        // A template of the mentor's named like one of the app's is not taken for it.
        let mut seed = Agenda::from_seed();
        seed.set_title(1, "Role").unwrap();
        doc.agenda = seed.clone();
        let named_like_the_app = vec![AgendaTemplate {
            name: ALL[0].name.into(),
            agenda: seed,
        }];
        assert_eq!(
            doc.heading(&named_like_the_app).heading,
            format!("Agenda: {}", ALL[0].name)
        );
    }

    #[test]
    fn the_log_shows_what_a_meeting_settled_and_names_its_record() {
        use crate::model::goals::GoalKind;
        let mut goals = Goals::default();
        let main = goals
            .add(GoalKind::Main, "Rola liderki zespołu", day())
            .unwrap();
        let area = goals.add(GoalKind::Area, "Delegowanie", day()).unwrap();
        let mut doc = first_meeting_with_an_item(day().succ_opt());
        let fortnight = day() + chrono::Days::new(14);
        doc.agenda = Agenda::from_app_template(&crate::content::agenda_templates::REGULAR);
        doc.start_meeting(T0 + 14 * 24 * 60 * MINUTE, fortnight, false);
        let carried = doc.carried_into_run(fortnight)[0].item.id;
        doc.log.tick(carried, true, fortnight).unwrap();
        doc.record_progress(main, 6, " pierwsza prezentacja ")
            .unwrap();
        doc.record_progress(area, 3, "").unwrap();
        doc.add_pending_action("Rozmowa z zespołem", Owner::Mentee, None, fortnight)
            .unwrap();
        let id = doc
            .finish_meeting(T0 + 14 * 24 * 60 * MINUTE + 60 * MINUTE, fortnight)
            .unwrap();
        let entries = doc.log_entries(&goals);
        assert_eq!(entries.len(), 2);
        let entry = &entries[0];
        assert_eq!(entry.id, id);
        assert_eq!(entry.record.date, fortnight);
        assert_eq!(
            entry.outcome.progress,
            [
                "Główny cel „Rola liderki zespołu”: 6/10 — pierwsza prezentacja",
                "Obszar do rozwoju „Delegowanie”: 3/10"
            ]
        );
        assert_eq!(entry.outcome.new_items, ["Rozmowa z zespołem — mentee"]);
        assert_eq!(
            entry.outcome.ticked,
            [format!(
                "Plan rozmowy z przełożonym — ze spotkania {}",
                date::long(day())
            )]
        );
        // The first meeting set the item (done since) and ticked nothing.
        let first = &entries[1].outcome;
        assert_eq!(
            first.new_items,
            [format!(
                "Plan rozmowy z przełożonym — mentee · termin: {} · zrobione {}",
                date::long(day().succ_opt().unwrap()),
                date::long(fortnight)
            )]
        );
        assert!(first.progress.is_empty() && first.ticked.is_empty());
        // A goal gone from the contract still shows its score.
        let entry = &doc.log_entries(&Goals::default())[0];
        assert_eq!(entry.outcome.progress[1], "Cel spoza kontraktu: 3/10");
    }

    #[test]
    fn an_agenda_document_saved_before_pending_records_still_loads() {
        let doc = first_meeting_with_an_item(None);
        let mut value = serde_json::to_value(&doc).unwrap();
        let object = value.as_object_mut().unwrap();
        object.remove("pending_progress").unwrap();
        object.remove("pending_actions").unwrap();
        for block in object["agenda"]["blocks"].as_array_mut().unwrap() {
            block.as_object_mut().unwrap().remove("goals").unwrap();
        }
        let back: AgendaDoc = serde_json::from_value(value).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn a_run_on_an_app_template_is_recorded_under_its_name_even_with_other_minutes() {
        use crate::content::agenda_templates::ALL;
        for template in ALL {
            let mut doc = AgendaDoc {
                agenda: Agenda::from_app_template(template),
                ..AgendaDoc::default()
            };
            doc.agenda.set_minutes(0, "12").unwrap();
            doc.start_meeting(T0, day(), false);
            let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
            assert_eq!(doc.log.get(id).unwrap().agenda, template.name);
        }
        let mut doc = AgendaDoc {
            agenda: Agenda::from_app_template(&ALL[0]),
            ..AgendaDoc::default()
        };
        doc.agenda.set_title(2, "Rozmowa o awansie").unwrap();
        doc.start_meeting(T0, day(), false);
        let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
        assert_eq!(
            doc.log.get(id).unwrap().agenda,
            "",
            "the mentor's own agenda"
        );
        // Saved as the mentor's template, it is recorded under that name.
        let mut prefs = AgendaPrefs::default();
        prefs.save_template("Awans", doc.agenda.clone()).unwrap();
        prefs
            .save_template("Pierwsze inaczej", Agenda::from_seed())
            .unwrap();
        doc.start_meeting(T0, day(), false);
        let id = doc
            .finish_meeting_with(T0 + MINUTE, day(), &prefs.templates)
            .unwrap();
        assert_eq!(doc.log.get(id).unwrap().agenda, "Awans");
        // The seed's agenda keeps its own name even when the mentor saved it under another.
        doc.agenda = Agenda::from_seed();
        doc.start_meeting(T0, day(), false);
        let id = doc
            .finish_meeting_with(T0 + MINUTE, day(), &prefs.templates)
            .unwrap();
        assert_eq!(
            doc.log.get(id).unwrap().agenda,
            crate::model::journal::SEED_AGENDA
        );
    }

    #[test]
    fn signals_fire_on_hand_over_and_overtime_only() {
        let run = MeetingRun::start(&AgendaDoc::default().agenda.blocks, T0, true);
        let a = run.status(T0 + 15 * MINUTE - 1);
        let b = run.status(T0 + 15 * MINUTE);
        assert_eq!(
            signal_between(&run, &a, &b),
            Some(TimerSignal::NextBlock {
                index: 1,
                title: "Omówienie roli mentora i mentee".into()
            })
        );
        assert_eq!(signal_between(&run, &b, &b), None);
        let end = run.status(T0 + 70 * MINUTE);
        let over = run.status(T0 + 70 * MINUTE + 1);
        let signal = signal_between(&run, &end, &over).unwrap();
        assert!(matches!(signal, TimerSignal::Overtime { .. }));
        assert_eq!(
            signal.message(),
            "Czas bloku „Podsumowanie i plan na kolejne spotkanie” minął — liczymy czas ponad plan."
        );
    }

    #[test]
    fn prefs_default_to_every_signal_and_no_auto_advance() {
        let prefs: AgendaPrefs = serde_json::from_str(r#"{"templates":[],"signals":{"sound":true,"vibration":false,"flash":true,"announce":true}}"#).unwrap();
        assert!(!prefs.auto_advance);
        assert!(!prefs.signals.vibration);
        assert!(AgendaPrefs::default().signals.sound);
        assert!(!AgendaPrefs::default().auto_advance);
    }

    #[test]
    fn auto_advance_saved_by_older_builds_as_their_default_reads_as_off_once() {
        // Older builds wrote the default `true` for everyone.
        let old: AgendaPrefs = serde_json::from_str(r#"{"templates":[],"signals":{"sound":true,"vibration":true,"flash":true,"announce":true},"auto_advance":true}"#).unwrap();
        assert!(!old.auto_advance);
        assert!(old.signals.sound, "the rest of the settings stay");
        // A choice made in this build is kept.
        let chosen = AgendaPrefs {
            auto_advance: true,
            ..AgendaPrefs::default()
        };
        let json = serde_json::to_string(&chosen).unwrap();
        assert!(json.contains(r#""auto_advance_chosen":true"#));
        let back: AgendaPrefs = serde_json::from_str(&json).unwrap();
        assert!(back.auto_advance);
    }

    #[test]
    fn the_summary_names_both_parties_when_known() {
        let both = Parties {
            mentee: "Anna Nowak".into(),
            mentor: " Jan Kowalski ".into(),
        };
        assert_eq!(both.line(), "Mentee: Anna Nowak · Mentor: Jan Kowalski");
        let no_contract = Parties {
            mentee: "Anna Nowak".into(),
            mentor: String::new(),
        };
        assert_eq!(no_contract.line(), "Mentee: Anna Nowak");
    }

    #[test]
    fn the_returned_time_is_said_in_minutes_and_seconds() {
        assert_eq!(
            returned_time_message(2 * MINUTE + 5_000, 0),
            "Czas od automatycznego przejścia (02:05) wrócił do bloku 1 — wtedy jeszcze o nim rozmawialiście."
        );
    }

    #[test]
    fn added_minutes_are_part_of_the_logged_plan_and_say_so() {
        let mut doc = AgendaDoc::default();
        let mut run = MeetingRun::start(&doc.agenda.blocks, T0, false);
        run.next(T0 + 15 * MINUTE);
        run.next(T0 + 25 * MINUTE);
        run.add_minutes(T0 + 40 * MINUTE, 5);
        doc.run = Some(run);
        doc.run.as_mut().unwrap().next(T0 + 55 * MINUTE);
        doc.finish_meeting(T0 + 55 * MINUTE, day()).unwrap();
        let record = &doc.timer_records()[0];
        let block = &record.blocks[2];
        assert_eq!(block.spent, 30 * MINUTE);
        assert_eq!(block_plan_text(block), "25 min + 5 min dodane");
        assert!(block.spent <= block.budget(), "30 of 25 + 5 is no overrun");
        assert_eq!(block_plan_text(&record.blocks[0]), "15 min");
        assert_eq!(record.planned(), 75 * MINUTE);
        assert_eq!(record.plan_text(), "70 min + 5 min dodane");
        assert_eq!(record.overrun(), -20 * MINUTE);
    }
}
