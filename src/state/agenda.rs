//! The agenda tool's live state. The shell keeps the meeting clock ([`MeetingClock`]): the
//! running meeting, its status, the block-end signals and the screen kept on, for the agenda
//! page and the „back to the timer” pill on every route. The shell reads only the running
//! meeting and the signal settings from storage; the whole agenda document (the agenda with its
//! texts, the meeting log, the templates) and the code that reads and changes it come with the
//! agenda page's chunk ([`AgendaState`]), which then becomes the one source of the run.

use leptos::prelude::*;

use super::{AppState, SavedDoc};
use crate::browser::{clock, signals};
use chrono::NaiveDate;

use crate::model::agenda::{AgendaPrefs, SignalPrefs, SignalSettings};
use crate::model::agenda_doc::{AgendaDoc, RunningMeeting};
use crate::model::contract::Contract;
use crate::model::contract::Parties;
use crate::model::goals::{Goal, GoalId, Goals};
use crate::model::journal::{self, ActionId, RecordError};
use crate::model::timer::{MeetingRun, Millis, RunStatus};
use crate::model::timer::{returned_time_message, signal_between};
use crate::store::documents::{AGENDA_PREFS_KEY, PerMentee};

/// A signal that just fired: when, and what was announced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiredSignal {
    pub at: Millis,
    pub message: String,
}

/// The shell's part of the agenda tool, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct MeetingClock {
    /// The clock, refreshed twice a second; time itself always comes from timestamps.
    pub now: RwSignal<Millis>,
    /// The meeting in progress: the agenda document's `run`, read by the shell alone until
    /// the agenda page's chunk has taken the document over (see [`AgendaState::take_over`]).
    pub run: Memo<Option<MeetingRun>>,
    pub signals: Memo<SignalSettings>,
    /// The running meeting's status at `now`, if a meeting is in progress.
    pub status: Memo<Option<RunStatus>>,
    /// The block on screen and whether the clock runs: they change on a tap, not on every
    /// tick as the status does, so what shows only them is not redrawn twice a second.
    pub current: Memo<usize>,
    pub running: Memo<bool>,
    pub fired: RwSignal<Option<FiredSignal>>,
    /// The whole tool, once the agenda page's chunk has set it up; from then on it owns the
    /// document and the shell's reading of it stops.
    tool: RwSignal<Option<AgendaState>>,
    /// Where the tool is set up, so it lives as long as the shell, not as one visit to the page.
    owner: StoredValue<Owner>,
    state: AppState,
}

impl MeetingClock {
    /// Sets up the clock for the whole app (call once, in the shell).
    pub fn install(state: AppState) -> MeetingClock {
        let tool = RwSignal::new(None::<AgendaState>);
        let taken_over = move || tool.with_untracked(Option::is_some);
        let shell_run = state.read_only_doc::<RunningMeeting>(
            |roster| RunningMeeting::DOC.key(roster.active_id()),
            taken_over,
        );
        let shell_signals =
            state.read_only_doc::<SignalPrefs>(|_| AGENDA_PREFS_KEY.to_string(), taken_over);
        // One source at a time: the full document once the chunk has it, else the shell's
        // reading of the same storage entry.
        let run = Memo::new(move |_| match tool.get() {
            Some(tool) => tool.doc.value.with(|doc| doc.run.clone()),
            None => shell_run.with(|view| view.run.clone()),
        });
        let signals = Memo::new(move |_| match tool.get() {
            Some(tool) => tool.prefs.value.with(|prefs| prefs.signals),
            None => shell_signals.with(|view| view.signals),
        });
        let now = RwSignal::new(clock::now_ms());
        // The app's one clock: it also writes the documents changed since the last tick
        // (see `SAVE_DELAY`), so saving sets no timer of its own.
        let tick = set_interval_with_handle(
            move || {
                state.flush_saves();
                now.set(clock::now_ms());
            },
            super::SAVE_DELAY,
        );
        on_cleanup(move || {
            if let Ok(tick) = tick {
                tick.clear();
            }
        });
        let status = Memo::new(move |_| {
            let now = now.get();
            run.with(|run| run.as_ref().map(|run| run.status(now)))
        });
        let fired = RwSignal::new(None::<FiredSignal>);
        let current = Memo::new(move |_| status.with(|s| s.as_ref().map_or(0, |s| s.current)));
        let running = Memo::new(move |_| status.with(|s| s.as_ref().is_some_and(|s| s.running)));
        let clock = MeetingClock {
            now,
            run,
            signals,
            status,
            current,
            running,
            fired,
            tool,
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            state,
        };

        // Signals at block end and overtime: compare each reading with the previous one of
        // the same run; a changed run means the mentor acted, which needs no alarm.
        let previous = StoredValue::new(None::<(MeetingRun, RunStatus)>);
        Effect::new(move |_| {
            let Some(status) = status.get() else {
                previous.set_value(None);
                return;
            };
            let Some(run) = run.get_untracked() else {
                return;
            };
            let signal = previous.with_value(|previous| match previous {
                Some((before_run, before)) if *before_run == run => {
                    signal_between(&run, before, &status)
                }
                _ => None,
            });
            previous.set_value(Some((run, status)));
            if let Some(signal) = signal {
                let settings = signals.get_untracked();
                if settings.sound {
                    signals::chime();
                }
                if settings.vibration {
                    signals::vibrate();
                }
                fired.set(Some(FiredSignal {
                    at: now.get_untracked(),
                    message: signal.message(),
                }));
            }
        });

        // The screen stays on while the meeting runs: asked on every tick (not through
        // `running`), so a refused request is tried again.
        Effect::new(move |_| {
            if status.with(|status| status.as_ref().is_some_and(|s| s.running)) {
                signals::keep_screen_on();
            } else {
                signals::let_screen_sleep();
            }
        });
        let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
            let visible = document().visibility_state() == web_sys::VisibilityState::Visible;
            if visible && status.with_untracked(|s| s.as_ref().is_some_and(|s| s.running)) {
                signals::forget_released_lock();
                signals::keep_screen_on();
            }
            now.set(clock::now_ms());
        });
        // Browsers let sound start only from a tap or a key. Start and Resume unlock it, but a
        // meeting that carries on after a reload has had neither: any tap or key will do.
        let unlock = move |_| {
            if run.with_untracked(Option::is_some) {
                signals::unlock_audio();
            }
        };
        // A finger's pointerdown is not a gesture that may start sound; its pointerup is.
        let on_pointer = window_event_listener_untyped("pointerup", unlock);
        let on_key = window_event_listener_untyped("keydown", unlock);
        on_cleanup(move || {
            on_visible.remove();
            on_pointer.remove();
            on_key.remove();
        });
        clock
    }
}

/// The whole agenda tool, for the agenda page (its chunk): the mentee's agenda document, the
/// mentor's settings, and the intents that change them.
#[derive(Clone, Copy)]
pub struct AgendaState {
    pub doc: SavedDoc<AgendaDoc>,
    pub prefs: SavedDoc<AgendaPrefs>,
    pub now: RwSignal<Millis>,
    pub status: Memo<Option<RunStatus>>,
    pub current: Memo<usize>,
    pub running: Memo<bool>,
    pub fired: RwSignal<Option<FiredSignal>>,
    /// What the last tap did that the mentor should know (time returned to a block).
    pub notice: RwSignal<Option<String>>,
    /// Set when a meeting was just finished: the log brings its summary into view.
    pub just_finished: RwSignal<bool>,
    state: AppState,
}

impl AgendaState {
    /// The tool, set up on the first call: it loads the whole document and takes the run over
    /// from the shell, for as long as the app runs. Writes go through the document alone
    /// (whole, with the deferred save), so the run on every screen is the document's run.
    pub fn take_over(clock: MeetingClock) -> AgendaState {
        if let Some(tool) = clock.tool.get_untracked() {
            return tool;
        }
        let state = clock.state;
        let tool = clock.owner.with_value(|owner| {
            owner.with(|| AgendaState {
                doc: state.mentee_doc::<AgendaDoc>(),
                prefs: state.saved_doc::<AgendaPrefs>(|_| AGENDA_PREFS_KEY.to_string()),
                now: clock.now,
                status: clock.status,
                current: clock.current,
                running: clock.running,
                fired: clock.fired,
                notice: RwSignal::new(None),
                just_finished: RwSignal::new(false),
                state,
            })
        });
        clock.tool.set(Some(tool));
        tool
    }

    /// Applies a timer action at the current moment and saves it.
    pub fn act(&self, action: impl FnOnce(&mut MeetingRun, Millis)) {
        let now = clock::now_ms();
        self.now.set(now);
        self.notice.set(None);
        self.doc.update(|doc| {
            if let Some(run) = doc.run.as_mut() {
                action(run, now);
            }
        });
    }

    /// „◀ Poprzedni”: says on screen when time spent since an automatic hand-over went back
    /// with the mentor.
    pub fn go_back(&self) {
        let now = clock::now_ms();
        self.now.set(now);
        let returned = self.doc.update(|doc| {
            let run = doc.run.as_mut()?;
            let moved = run.previous(now)?;
            Some(returned_time_message(moved, run.current))
        });
        self.notice.set(returned);
    }

    /// Who the meeting was between, for the printed summary: the names in the active mentee's
    /// contract (full names, as signed), else the mentee's name on the list; the first run's
    /// stand-in „Osoba mentorowana” is nobody's name and is left out.
    pub fn parties(&self) -> Parties {
        Parties::of(self.contract().as_ref(), self.state.active_mentee_name())
    }

    /// The active mentee's contract, read fresh each time: it is edited on its own page.
    fn contract(&self) -> Option<Contract> {
        let key = self
            .state
            .roster
            .with(|roster| Contract::DOC.key(roster.active_id()));
        self.state.load_doc::<Contract>(&key)
    }

    /// All the contract's goals (with earlier wordings and those taken off), to name the
    /// progress recorded at past meetings.
    pub fn goals(&self) -> Goals {
        self.contract()
            .map(|contract| contract.goals)
            .unwrap_or_default()
    }

    /// The goals the contract shows now, for the progress scale in the goals block.
    pub fn current_goals(&self) -> Vec<Goal> {
        self.contract()
            .map(|contract| contract.goals.current().cloned().collect())
            .unwrap_or_default()
    }

    /// Ticks an action item from an earlier meeting done today, or opens it again.
    pub fn tick(&self, action: ActionId, done: bool) {
        let today = clock::today();
        self.doc.update(|doc| {
            // An item deleted in another tab is simply gone from the list.
            let _ = doc.log.tick(action, done, today);
        });
    }

    /// Records progress on a goal during the running meeting.
    pub fn record_progress(&self, goal: GoalId, value: u8, note: &str) {
        self.doc.update(|doc| {
            // The scale only sends 0–10.
            let _ = doc.record_progress(goal, value, note);
        });
    }

    /// Adds an action item agreed during the running meeting.
    pub fn add_action(
        &self,
        what: &str,
        owner: journal::ActionOwner,
        due: Option<NaiveDate>,
    ) -> Result<(), RecordError> {
        let today = clock::today();
        self.doc
            .update(|doc| doc.add_pending_action(what, owner, due, today))
    }

    pub fn remove_pending_action(&self, index: usize) {
        self.doc.update(|doc| {
            doc.remove_pending_action(index);
        });
    }

    pub fn start(&self) {
        signals::unlock_audio();
        let now = clock::now_ms();
        self.now.set(now);
        let auto_advance = self.prefs.value.with_untracked(|prefs| prefs.auto_advance);
        self.doc.update(|doc| {
            doc.start_meeting(now, clock::today(), auto_advance);
        });
    }

    /// Ends the meeting, saves its summary in the log, and brings that summary into view.
    pub fn finish(&self) {
        let now = clock::now_ms();
        self.notice.set(None);
        self.just_finished.set(true);
        let templates = self
            .prefs
            .value
            .with_untracked(|prefs| prefs.templates.clone());
        self.doc.update(|doc| {
            doc.finish_meeting_with(now, clock::today(), &templates);
        });
    }

    /// „Przerwij bez zapisu”: the run goes, with the progress and items recorded during it.
    pub fn discard_run(&self) {
        self.doc.update(AgendaDoc::discard_run);
    }
}
