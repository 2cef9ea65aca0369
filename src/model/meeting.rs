//! Everything the agenda tool keeps per mentee, and what it keeps for the mentor.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, AgendaTemplate};
use super::timer::{MeetingRun, Millis, Phase, RunBlock, RunStatus};

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
    pub fn planned(&self) -> Millis {
        self.blocks
            .iter()
            .filter(|b| !b.skipped)
            .map(|b| b.planned)
            .sum()
    }

    pub fn actual(&self) -> Millis {
        self.blocks.iter().map(|b| b.spent).sum()
    }

    /// Actual minus planned: positive when the meeting ran over.
    pub fn overrun(&self) -> Millis {
        self.actual() - self.planned()
    }
}

/// The agenda tool's document for one mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AgendaDoc {
    pub agenda: Agenda,
    /// The meeting in progress, if any.
    pub run: Option<MeetingRun>,
    /// Held meetings, newest first.
    pub log: Vec<MeetingRecord>,
}

impl AgendaDoc {
    /// Ends the running meeting at `now` and puts it in the log.
    pub fn finish_meeting(&mut self, now: Millis, today: NaiveDate) -> Option<&MeetingRecord> {
        let mut run = self.run.take()?;
        run.finish(now);
        self.log.insert(
            0,
            MeetingRecord {
                date: today,
                started_at: run.started_at,
                finished_at: run.finished_at.unwrap_or(now),
                blocks: run.blocks,
            },
        );
        self.log.first()
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaPrefs {
    pub templates: Vec<AgendaTemplate>,
    pub signals: SignalSettings,
    /// Move on to the next block when time is up (on unless the mentor turns it off).
    #[serde(default = "default_true")]
    pub auto_advance: bool,
}

fn default_true() -> bool {
    true
}

impl Default for AgendaPrefs {
    fn default() -> AgendaPrefs {
        AgendaPrefs {
            templates: Vec::new(),
            signals: SignalSettings::default(),
            auto_advance: true,
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
                format!("Czas bloku „{title}” minął — liczymy nadgodziny.")
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
    fn finishing_puts_the_meeting_in_the_log_with_its_overrun() {
        let mut doc = AgendaDoc::default();
        doc.run = Some(MeetingRun::start(&doc.agenda.blocks, T0, true));
        let record = doc.finish_meeting(T0 + 75 * MINUTE, day()).unwrap().clone();
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
            "Czas bloku „Podsumowanie i plan na kolejne spotkanie” minął — liczymy nadgodziny."
        );
    }

    #[test]
    fn prefs_default_to_every_signal_and_auto_advance_on() {
        let prefs: AgendaPrefs = serde_json::from_str(r#"{"templates":[],"signals":{"sound":true,"vibration":false,"flash":true,"announce":true}}"#).unwrap();
        assert!(prefs.auto_advance);
        assert!(!prefs.signals.vibration);
        assert!(AgendaPrefs::default().signals.sound);
        assert!(AgendaPrefs::default().auto_advance);
    }
}
