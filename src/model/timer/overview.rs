//! The whole meeting at a glance: each block's state (done, running, upcoming, skipped) and
//! its share of a bar, as the running meeting's overview shows them. One rule for the bar and
//! the list under it.

use super::{MeetingRun, Millis, RunBlock};

/// Where a block stands, seen from the block on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockState {
    Skipped,
    Done,
    Running,
    /// The first block still to come: the one „Następny ▶” starts.
    Next,
    Upcoming,
}

impl BlockState {
    /// Every block's state with block `current` running, as the list of blocks words them:
    /// only the first block still to come is `Next`, the later ones `Upcoming`.
    pub fn all(blocks: &[RunBlock], current: usize) -> Vec<BlockState> {
        let mut next_named = false;
        blocks
            .iter()
            .enumerate()
            .map(
                |(index, block)| match BlockState::of(block, index, current) {
                    BlockState::Upcoming if !next_named => {
                        next_named = true;
                        BlockState::Next
                    }
                    state => state,
                },
            )
            .collect()
    }

    /// Of block `index` when block `current` is the one running.
    pub fn of(block: &RunBlock, index: usize, current: usize) -> BlockState {
        if block.skipped {
            BlockState::Skipped
        } else if index < current {
            BlockState::Done
        } else if index == current {
            BlockState::Running
        } else {
            BlockState::Upcoming
        }
    }

    /// The style's name: `segment-done`.
    pub const fn class(self) -> &'static str {
        match self {
            BlockState::Skipped => "skipped",
            BlockState::Done => "done",
            BlockState::Running => "running",
            BlockState::Next | BlockState::Upcoming => "upcoming",
        }
    }

    /// The word in the list of blocks.
    pub const fn label(self) -> &'static str {
        match self {
            BlockState::Skipped => "pominięty",
            BlockState::Done => "zrobiony",
            BlockState::Running => "trwa",
            BlockState::Next => "następny",
            BlockState::Upcoming => "później",
        }
    }
}

/// One block as a segment of the bar: where it starts, how wide it is, how much of it is
/// filled (the running block's time spent) and its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub x: Millis,
    pub width: Millis,
    pub filled: Millis,
    pub state: BlockState,
}

/// A block's length on the bar: its plan, or the time it took when longer; a skipped block
/// only the time spent in it.
fn length(block: &RunBlock) -> Millis {
    if block.skipped {
        block.spent
    } else {
        block.budget().max(block.spent)
    }
}

impl MeetingRun {
    /// The blocks as segments of a bar `scale` wide, with block `current` running; the run
    /// as read at a moment (see [`MeetingRun::at`]).
    pub fn segments(&self, current: usize, scale: Millis) -> Vec<Segment> {
        let total: Millis = self.blocks.iter().map(length).sum::<Millis>().max(1);
        let mut x = 0;
        self.blocks
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let length = length(block);
                let width = scale * length / total;
                let filled = if index == current {
                    width * block.spent.min(length) / length.max(1)
                } else {
                    0
                };
                let segment = Segment {
                    x,
                    width,
                    filled,
                    state: BlockState::of(block, index, current),
                };
                x += width;
                segment
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::agenda::Agenda;
    use crate::model::timer::MINUTE;

    const T0: Millis = 1_795_000_000_000;

    #[test]
    fn the_bar_gives_each_block_its_share_and_fills_the_running_one() {
        let mut run = MeetingRun::start(&Agenda::from_seed().blocks, T0, false);
        run.next(T0 + 15 * MINUTE);
        run.toggle_skip(T0 + 15 * MINUTE, 3);
        let run = run.at(T0 + 20 * MINUTE);
        let bar = run.segments(1, 1000);
        let states: Vec<_> = bar.iter().map(|s| s.state).collect();
        assert_eq!(
            states,
            [
                BlockState::Done,
                BlockState::Running,
                BlockState::Upcoming,
                BlockState::Skipped,
                BlockState::Upcoming
            ]
        );
        // 15 + 10 + 25 + 0 (skipped, nothing spent) + 5 = 55 minutes on the bar.
        assert_eq!(bar[0].width, 1000 * 15 / 55);
        assert_eq!(bar[3].width, 0);
        assert_eq!(bar[1].x, bar[0].width);
        assert_eq!(bar[1].filled, bar[1].width / 2, "5 of its 10 minutes");
        assert!(
            bar.iter()
                .filter(|s| s.state != BlockState::Running)
                .all(|s| s.filled == 0)
        );
        assert!(bar.iter().map(|s| s.width).sum::<Millis>() <= 1000);
        assert_eq!(BlockState::Done.label(), "zrobiony");
        assert_eq!(BlockState::Running.class(), "running");
    }

    #[test]
    fn only_the_first_block_still_to_come_is_named_next() {
        let blocks = |skipped: &[usize]| -> Vec<RunBlock> {
            let mut run = MeetingRun::start(&Agenda::from_seed().blocks, T0, false);
            for &index in skipped {
                run.toggle_skip(T0, index);
            }
            run.blocks
        };
        let words = |blocks: &[RunBlock], current| -> Vec<&str> {
            BlockState::all(blocks, current)
                .into_iter()
                .map(BlockState::label)
                .collect()
        };
        assert_eq!(
            words(&blocks(&[]), 1),
            ["zrobiony", "trwa", "następny", "później", "później"]
        );
        // A skipped block is passed over: the next is the one „Następny ▶” would start.
        assert_eq!(
            words(&blocks(&[2]), 1),
            ["zrobiony", "trwa", "pominięty", "następny", "później"]
        );
        assert_eq!(
            words(&blocks(&[]), 4),
            ["zrobiony", "zrobiony", "zrobiony", "zrobiony", "trwa"]
        );
    }
}
