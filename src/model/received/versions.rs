//! The same item sent again: a mentor who adds to a meeting, or amends the contract, sends a
//! link to a new version of something the mentee has kept. It replaces the kept one (what
//! changed is said first), never becomes a second copy.

use chrono::NaiveDate;

use super::{ReceivedDoc, mentee_calendar_uid};
use crate::model::share::Shared;
use crate::model::text;

/// What makes two versions the same item: its kind, who sent it and what it is about.
fn identity(shared: &Shared) -> Option<String> {
    let sender = text::lower(shared.sender());
    Some(match shared {
        // The mentor's calendar UID (or one derived from the parties and the day agreed).
        Shared::Contract(c) => format!("k|{sender}|{}", mentee_calendar_uid(c)),
        // That meeting of that mentee in the mentor's app.
        Shared::Meeting(m) => format!("s|{sender}|{}|{}", m.origin.mentee.0, m.origin.meeting),
        // The conversation of that day with that mentee.
        Shared::Steps(s) => format!("f|{sender}|{}|{}", text::lower(&s.mentee), s.date),
        Shared::Reflection(_) => return None,
    })
}

impl ReceivedDoc {
    /// A kept item that `item` is another version of (not the same one, see
    /// [`ReceivedDoc::find`]): the newest such.
    pub fn earlier_version(&self, item: &Shared) -> Option<u32> {
        let wanted = identity(item)?;
        self.items
            .iter()
            .rev()
            .find(|r| &r.item != item && identity(&r.item).as_ref() == Some(&wanted))
            .map(|r| r.id)
    }

    /// Puts `item` in place of kept item `id`: the same place in the list and the same id (so
    /// its address still opens it), the reflection's draft kept, and each tick kept on the
    /// task with the same wording. `false` when `id` is not kept.
    pub fn replace(&mut self, id: u32, item: Shared, on: NaiveDate) -> bool {
        let Some(kept) = self.items.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        let old = std::mem::replace(&mut kept.item, item);
        kept.saved = on;
        let ticks = std::mem::take(&mut kept.ticks);
        let texts = |shared: &Shared| -> Vec<String> {
            match shared {
                Shared::Meeting(m) => m.items.iter().map(|i| i.what.clone()).collect(),
                Shared::Steps(s) => s.steps.iter().map(|i| i.what.clone()).collect(),
                _ => Vec::new(),
            }
        };
        let (before, after) = (texts(&old), texts(&kept.item));
        for tick in ticks {
            let Some(what) = before.get(usize::from(tick.item)) else {
                continue;
            };
            if let Some(at) = after.iter().position(|w| w == what) {
                // A task the mentor has since given to someone else keeps no tick.
                if let Ok(index) = u16::try_from(at)
                    && kept.ticked(index).is_none()
                    && super::tasks::owned(&kept.item, index)
                {
                    kept.ticks.push(super::Tick {
                        item: index,
                        on: tick.on,
                    });
                }
            }
        }
        true
    }
}

/// What differs between the kept version and the new one, as the mentee reads it: „zadania”,
/// „notatki”, „termin sprawdzenia efektów”…; empty when nothing shown differs.
pub fn changes(old: &Shared, new: &Shared) -> Vec<&'static str> {
    let mut changed = Vec::new();
    let mut note = |differs: bool, what: &'static str| {
        if differs {
            changed.push(what);
        }
    };
    match (old, new) {
        (Shared::Contract(a), Shared::Contract(b)) => {
            note(
                (&a.mentor, &a.mentee, &a.organisation, &a.agreed_on)
                    != (&b.mentor, &b.mentee, &b.organisation, &b.agreed_on),
                "strony",
            );
            note(a.goals != b.goals, "cele");
            note(a.rules != b.rules, "zasady współpracy");
            note(
                a.logistics_lines() != b.logistics_lines(),
                "logistyka spotkań",
            );
            note(a.status != b.status, "status");
        }
        (Shared::Meeting(a), Shared::Meeting(b)) => {
            note(a.date != b.date, "dzień spotkania");
            note(a.message != b.message, "wiadomość");
            note(a.notes != b.notes, "notatki");
            note(a.items != b.items, "zadania");
            note(a.earlier != b.earlier, "zadania z wcześniejszych spotkań");
            note(a.progress != b.progress, "postęp celów");
        }
        (Shared::Steps(a), Shared::Steps(b)) => {
            note(a.steps != b.steps, "kroki");
            note(a.support != b.support, "wsparcie");
            note(a.follow_up != b.follow_up, "termin sprawdzenia efektów");
        }
        _ => {}
    }
    changed
}
