//! A held run of the timer as it goes into the mentee's journal: its day, its start and end,
//! and its blocks with the time each took, with the plan said in minutes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Millis, RunBlock, minutes_text};

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

/// Said on screen after „◀ Poprzedni” right after an automatic hand-over: the time since it
/// went back to the block returned to (`index` counts from 0).
pub fn returned_time_message(moved: Millis, index: usize) -> String {
    format!(
        "Czas od automatycznego przejścia ({}) wrócił do bloku {} – wtedy jeszcze o nim rozmawialiście.",
        super::elapsed_text(moved),
        index + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timer::MINUTE;

    #[test]
    fn the_returned_time_is_said_in_minutes_and_seconds() {
        assert_eq!(
            returned_time_message(2 * MINUTE + 5_000, 0),
            "Czas od automatycznego przejścia (02:05) wrócił do bloku 1\u{a0}– wtedy jeszcze o\u{a0}nim rozmawialiście."
        );
    }
}
