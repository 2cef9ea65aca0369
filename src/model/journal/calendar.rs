//! A meeting's action items in the mentee's calendar: the open ones with a due day, each as
//! an all-day event, written with the app's calendar writer ([`crate::model::ics`]).

use std::fmt::Write as _;

use crate::model::date;
use crate::model::form::Choice;
use crate::model::ics::{self, Reminder};
use crate::model::mentees::MenteeId;

use super::{ActionItem, Meeting};

#[cfg(test)]
mod tests;

impl Meeting {
    /// The meeting's open action items that have a due day, in the order they fall due.
    pub fn calendar_actions(&self) -> Vec<&ActionItem> {
        let mut items: Vec<_> = self
            .actions
            .iter()
            .filter(|a| a.is_open() && a.due.is_some())
            .collect();
        items.sort_by_key(|a| (a.due, a.id));
        items
    }

    /// Whether [`Meeting::to_ics`] has anything to write: the question a page asks before it
    /// offers the calendar button.
    pub fn has_calendar(&self) -> bool {
        self.actions.iter().any(|a| a.is_open() && a.due.is_some())
    }

    /// The open action items with a due day as all-day events on that day, each with the
    /// `reminder` the contract's meetings have. Its UID stays the same for the item (the
    /// mentee's id and the item's), so adding the file again updates the event rather than
    /// doubling it. `None` when no open item has a due day.
    pub fn to_ics(
        &self,
        mentee: &MenteeId,
        mentee_name: &str,
        reminder: Reminder,
        stamp_utc: &str,
    ) -> Option<String> {
        let items = self.calendar_actions();
        if items.is_empty() {
            return None;
        }
        let mut lines = Vec::new();
        for item in items {
            let mut description = format!(
                "Kto: {}\nUstalone na spotkaniu {}",
                item.owner.label(),
                date::long(self.date)
            );
            if !mentee_name.trim().is_empty() {
                let _ = write!(description, "\nMentee: {}", mentee_name.trim());
            }
            lines.extend(ics::all_day_event(
                &format!("zadanie-{mentee}-{}@niezbednik-mentora", item.id.0),
                stamp_utc,
                item.due?,
                &format!("Zadanie z mentoringu: {}", item.what.trim()),
                &description,
                reminder,
            )?);
        }
        Some(ics::calendar("Zadania", lines))
    }
}
