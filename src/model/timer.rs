//! The meeting timer: a pure model computed from timestamps, never from counted ticks.
//!
//! Every operation takes `now` (milliseconds since the epoch, from the browser's clock), so the
//! timer stays right when the tab sleeps, the phone locks or the page reloads: the saved
//! [`MeetingRun`] plus the clock is all it needs. By default a block whose time is up runs on
//! in overtime until the mentor moves on. Auto-advance, when chosen, hands over to the next
//! block at the exact millisecond the running block's time runs out, however late it is
//! observed; going back right after such a hand-over takes the time since it back to the block
//! the mentor returns to, and a block returned to is never handed over automatically again.

use serde::{Deserialize, Serialize};

use super::agenda::AgendaBlock;

mod overview;
mod record;
mod signal;

pub use overview::{BlockState, Segment};
pub use record::{MeetingRecord, block_plan_text, plan_text, returned_time_message};
pub use signal::{TimerSignal, signal_between};

/// Milliseconds since the Unix epoch.
pub type Millis = i64;

pub const MINUTE: Millis = 60_000;

/// A block as it is run: its plan and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunBlock {
    pub title: String,
    pub points: Vec<String>,
    pub planned: Millis,
    /// Minutes added during the meeting (+1, +5).
    pub added: Millis,
    /// Time spent in this block, not counting the stretch running right now.
    pub spent: Millis,
    pub skipped: bool,
    /// The mentor's notes typed during this block.
    pub note: String,
    /// The mentor came back to this block: it runs into overtime instead of being handed
    /// over automatically (runs saved before this field have none).
    #[serde(default)]
    pub held: bool,
    /// The block about the goals, where progress is recorded ([`AgendaBlock::goals`]).
    #[serde(default)]
    pub goals: bool,
}

impl RunBlock {
    /// Planned time including added minutes.
    pub fn budget(&self) -> Millis {
        self.planned + self.added
    }

    /// Ran over its plan (added minutes included) as the summary shows it, in whole minutes:
    /// the seconds between a block's end and the tap on „Następny” are no overrun.
    pub fn ran_over(&self) -> bool {
        let minutes = |millis: Millis| (millis + 30_000).div_euclid(MINUTE);
        minutes(self.spent) > minutes(self.budget())
    }
}

/// How the running block is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// More than 20 % of the block's time left.
    OnTime,
    /// 20 % or less left.
    Warning,
    /// Past the block's time.
    Overtime,
}

impl Phase {
    /// The words under the clock. Past the block's time they say the time is exceeded, which
    /// fits a minute over as well as twenty („nadgodziny”, overtime hours, did not).
    pub const fn label(self, running: bool) -> &'static str {
        match (running, self) {
            (false, Phase::Overtime) => "‖ pauza · czas przekroczony",
            (false, _) => "‖ pauza",
            (true, Phase::OnTime) => "zostało",
            (true, Phase::Warning) => "⚠ kończy się czas",
            (true, Phase::Overtime) => "‼ czas przekroczony",
        }
    }
}

/// A meeting being run (or paused, or finished).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRun {
    pub blocks: Vec<RunBlock>,
    pub current: usize,
    /// When the current stretch of running began; `None` while paused or finished.
    pub running_since: Option<Millis>,
    pub started_at: Millis,
    pub finished_at: Option<Millis>,
    pub auto_advance: bool,
    /// The local day the meeting began, which its record keeps (a meeting that runs past
    /// midnight is still that day's). Runs saved before this field take the day they end.
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub started_on: Option<chrono::NaiveDate>,
    /// The last automatic hand-over, while the mentor has not acted since; going back then
    /// returns the time since it to the block handed over from. Never saved: the saved run is
    /// only brought up to date by an action, and every action consumes or clears this.
    #[serde(skip)]
    pub last_hand_over: Option<HandOver>,
}

/// An automatic move from one block to the next when time ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandOver {
    pub from: usize,
    pub to: usize,
    pub at: Millis,
}

/// What the screen shows at one moment, derived from a run and the clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunStatus {
    pub current: usize,
    pub running: bool,
    pub finished: bool,
    /// Time spent in the current block.
    pub block_elapsed: Millis,
    /// The current block's planned plus added time.
    pub block_budget: Millis,
    /// `block_budget - block_elapsed`: negative once in overtime.
    pub remaining: Millis,
    pub phase: Phase,
    /// Meeting time spent so far (pauses excluded).
    pub elapsed: Millis,
    /// Planned plus added time of every block not skipped.
    pub planned: Millis,
    /// When the meeting should end if the rest goes to plan.
    pub projected_end: Millis,
}

impl MeetingRun {
    /// Starts running the agenda's blocks at `now`.
    pub fn start(blocks: &[AgendaBlock], now: Millis, auto_advance: bool) -> MeetingRun {
        MeetingRun {
            blocks: blocks
                .iter()
                .map(|block| RunBlock {
                    title: block.title.clone(),
                    points: block.points.clone(),
                    planned: Millis::from(block.minutes) * MINUTE,
                    added: 0,
                    spent: 0,
                    skipped: false,
                    note: String::new(),
                    held: false,
                    goals: block.goals,
                })
                .collect(),
            current: 0,
            running_since: Some(now),
            started_at: now,
            finished_at: None,
            auto_advance,
            started_on: None,
            last_hand_over: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// The next block after `index` that is not skipped.
    fn next_from(&self, index: usize) -> Option<usize> {
        (index + 1..self.blocks.len()).find(|&i| !self.blocks[i].skipped)
    }

    fn previous_from(&self, index: usize) -> Option<usize> {
        (0..index).rev().find(|&i| !self.blocks[i].skipped)
    }

    /// Brings the run up to `now`: credits the running stretch to the blocks it covered.
    /// With auto-advance on, a block hands over at the exact moment its time runs out, unless
    /// the mentor came back to it or it was already out of time when it began to run (a block
    /// entered in overtime stays in overtime). After this, `running_since` is `now` (if running).
    pub fn settle(&mut self, now: Millis) {
        let Some(mut since) = self.running_since else {
            return;
        };
        // A clock that went backwards (changed by hand) must not un-spend time.
        let now = now.max(since);
        loop {
            let block = &self.blocks[self.current];
            let left = block.budget() - block.spent;
            let runs_out = self.auto_advance && !block.held && left > 0 && left <= now - since;
            match self.next_from(self.current) {
                Some(next) if runs_out => {
                    let at = since + left;
                    self.blocks[self.current].spent += left;
                    self.last_hand_over = Some(HandOver {
                        from: self.current,
                        to: next,
                        at,
                    });
                    self.current = next;
                    since = at;
                }
                _ => {
                    self.blocks[self.current].spent += now - since;
                    break;
                }
            }
        }
        self.running_since = Some(now);
    }

    /// Settles the run before a mentor's action: after it, no hand-over counts as "just now".
    fn act(&mut self, now: Millis) {
        self.settle(now);
        self.last_hand_over = None;
    }

    /// A copy brought up to `now`.
    pub fn at(&self, now: Millis) -> MeetingRun {
        let mut run = self.clone();
        run.settle(now);
        run
    }

    pub fn pause(&mut self, now: Millis) {
        self.act(now);
        self.running_since = None;
    }

    /// Runs the clock again. Like any action, it first brings the run up to `now`: a hand-over
    /// before it is then no longer "just now", whether or not the screen looked in between.
    pub fn resume(&mut self, now: Millis) {
        self.act(now);
        if self.running_since.is_none() && !self.is_finished() {
            self.running_since = Some(now);
        }
    }

    /// Ends the current block now and moves to the next one (no-op on the last block).
    pub fn next(&mut self, now: Millis) {
        self.act(now);
        if let Some(next) = self.next_from(self.current) {
            self.current = next;
        }
    }

    /// Goes back to the previous block; its time keeps counting from where it stopped, and it
    /// is not handed over automatically again. Right after an automatic hand-over (the mentor
    /// has not acted since), the time since the hand-over was spent on the block left, so it
    /// goes back with the mentor: that time is returned (`None` when nothing moved).
    pub fn previous(&mut self, now: Millis) -> Option<Millis> {
        self.settle(now);
        let hand_over = self.last_hand_over.take();
        let previous = self.previous_from(self.current)?;
        let mut returned = None;
        if let Some(hand_over) = hand_over.filter(|h| h.to == self.current && h.from == previous) {
            // `running_since` is the settled now (a clock set back cannot make this negative).
            let settled_now = self.running_since.unwrap_or(hand_over.at);
            let moved = (settled_now - hand_over.at).clamp(0, self.blocks[self.current].spent);
            self.blocks[self.current].spent -= moved;
            self.blocks[previous].spent += moved;
            returned = Some(moved).filter(|&moved| moved > 0);
        }
        self.current = previous;
        self.blocks[previous].held = true;
        returned
    }

    /// Skips the current block (its time so far stays on record) and moves on.
    pub fn skip_current(&mut self, now: Millis) {
        self.act(now);
        if let Some(next) = self.next_from(self.current) {
            self.blocks[self.current].skipped = true;
            self.current = next;
        }
    }

    /// Marks an upcoming block as skipped, or brings it back.
    pub fn toggle_skip(&mut self, now: Millis, index: usize) {
        self.act(now);
        if index > self.current && index < self.blocks.len() {
            self.blocks[index].skipped = !self.blocks[index].skipped;
        }
    }

    /// Gives the current block more time.
    pub fn add_minutes(&mut self, now: Millis, minutes: u32) {
        self.act(now);
        self.blocks[self.current].added += Millis::from(minutes) * MINUTE;
    }

    pub fn set_auto_advance(&mut self, now: Millis, on: bool) {
        self.act(now);
        self.auto_advance = on;
    }

    pub fn finish(&mut self, now: Millis) {
        self.act(now);
        self.running_since = None;
        self.finished_at = Some(now.max(self.started_at));
    }

    pub fn set_note(&mut self, index: usize, note: &str) {
        if let Some(block) = self.blocks.get_mut(index) {
            block.note = note.to_string();
        }
    }

    /// Everything the screen needs at `now`.
    pub fn status(&self, now: Millis) -> RunStatus {
        let run = self.at(now);
        let block = &run.blocks[run.current];
        let block_budget = block.budget();
        let remaining = block_budget - block.spent;
        let phase = if remaining < 0 {
            Phase::Overtime
        } else if remaining * 5 <= block_budget {
            Phase::Warning
        } else {
            Phase::OnTime
        };
        let counted = |b: &&RunBlock| !b.skipped;
        let elapsed = run.blocks.iter().map(|b| b.spent).sum();
        let planned = run
            .blocks
            .iter()
            .filter(counted)
            .map(RunBlock::budget)
            .sum();
        let still_to_do: Millis = run.blocks[run.current + 1..]
            .iter()
            .filter(counted)
            .map(|b| (b.budget() - b.spent).max(0))
            .sum();
        let from = run.finished_at.unwrap_or(now);
        let projected_end = if run.is_finished() {
            from
        } else {
            from + remaining.max(0) + still_to_do
        };
        RunStatus {
            current: run.current,
            running: run.is_running(),
            finished: run.is_finished(),
            block_elapsed: block.spent,
            block_budget,
            remaining,
            phase,
            elapsed,
            planned,
            projected_end,
        }
    }
}

/// `mm:ss` for the big clock; overtime is shown as `+mm:ss`. Hours roll into minutes (`75:00`).
pub fn clock_text(remaining: Millis) -> String {
    let overtime = remaining < 0;
    // Round up while counting down (a block shows 15:00 for its whole first second), and down
    // in overtime (+00:00 during the first overtime second).
    let seconds = if overtime {
        (-remaining) / 1000
    } else {
        (remaining + 999) / 1000
    };
    let text = format!("{:02}:{:02}", seconds / 60, seconds % 60);
    if overtime { format!("+{text}") } else { text }
}

/// `mm:ss` of a time already spent, rounded down (05:00 until the full 5:01 has passed).
pub fn elapsed_text(millis: Millis) -> String {
    let seconds = millis.max(0) / 1000;
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

/// Whole minutes, rounded to the nearest, for summaries ("12 min").
pub fn minutes_text(millis: Millis) -> String {
    let minutes = (millis + 30_000).div_euclid(MINUTE);
    format!("{minutes} min")
}

// Native only: the property tests use proptest, which is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
