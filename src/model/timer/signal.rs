//! The moments a running meeting is signalled (chime, vibration, flash, announcement): a
//! hand-over to the next block, or a block running into overtime.

use super::{MeetingRun, Phase, RunStatus};

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
                format!("Czas bloku „{title}” minął – liczymy czas ponad plan.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::agenda::Agenda;
    use crate::model::timer::{MINUTE, Millis};

    const T0: Millis = 1_795_000_000_000;

    #[test]
    fn signals_fire_on_hand_over_and_overtime_only() {
        let run = MeetingRun::start(&Agenda::default().blocks, T0, true);
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
            "Czas bloku „Podsumowanie i plan na kolejne spotkanie” minął\u{a0}– liczymy czas ponad plan."
        );
    }
}
