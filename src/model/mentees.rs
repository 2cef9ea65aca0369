//! A mentor's mentees: the roster every tool's saved state hangs from.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text;

/// Stable identifier of a mentee; per-mentee documents are stored under it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MenteeId(pub String);

impl fmt::Display for MenteeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentee {
    pub id: MenteeId,
    pub name: String,
    /// The day the mentor added this mentee.
    #[serde(with = "crate::model::date::iso")]
    pub created: NaiveDate,
    /// The day the mentee went to the archive (their programme closed): kept with all their
    /// notes, out of the everyday list, and back with [`Roster::unarchive`].
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub archived: Option<NaiveDate>,
}

impl Mentee {
    /// The first run's placeholder (or a nameless entry): nobody's name, no mentor's data.
    pub fn is_stand_in(&self) -> bool {
        let name = self.name.trim();
        name.is_empty() || Roster::is_default_name(name)
    }

    pub fn is_archived(&self) -> bool {
        self.archived.is_some()
    }
}

/// Why a roster change was refused; `Display` is the message shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterError {
    EmptyName,
    NameTooLong { max: usize },
    DuplicateName(String),
    UnknownMentee,
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RosterError::EmptyName => f.write_str("Wpisz imię lub pseudonim mentee."),
            RosterError::NameTooLong { max } => {
                write!(f, "Nazwa może mieć najwyżej {max} znaków.")
            }
            RosterError::DuplicateName(name) => {
                write!(f, "Mentee „{name}” już jest na liście. Wybierz inną nazwę.")
            }
            RosterError::UnknownMentee => f.write_str(
                "Tej osoby nie ma już na liście (może została usunięta w innej karcie).",
            ),
        }
    }
}

impl std::error::Error for RosterError {}

/// All mentees of this mentor and which one is active. Never empty: removing the last mentee
/// creates a fresh default one, so every tool always has someone to save for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roster {
    mentees: Vec<Mentee>,
    active: MenteeId,
    /// Next number for a new id; ids are never reused, so a deleted mentee's leftovers can
    /// never be mistaken for a new mentee's data.
    next_number: u32,
}

impl Roster {
    /// The first run's stand-in: no gender, as it names nobody yet.
    pub const DEFAULT_NAME: &'static str = "Osoba mentorowana";
    /// The stand-in's earlier names, still found in saved rosters and backups: recognised as
    /// the stand-in, and shown under [`Roster::DEFAULT_NAME`] once read ([`Roster::repaired`]).
    pub const OLD_DEFAULT_NAMES: &'static [&'static str] = &["Mój mentee"];
    /// The longest name, in characters: checked here and set as the name fields' `maxlength`.
    pub const MAX_NAME_CHARS: usize = 60;

    /// Whether `name` is the app's stand-in, under its present name or an earlier one.
    pub fn is_default_name(name: &str) -> bool {
        let name = name.trim();
        name == Roster::DEFAULT_NAME || Roster::OLD_DEFAULT_NAMES.contains(&name)
    }

    /// The roster of a first run: one mentee called „Osoba mentorowana”, so nothing must be set
    /// up first.
    pub fn first_run(today: NaiveDate) -> Roster {
        let mut roster = Roster {
            mentees: Vec::new(),
            active: MenteeId(String::new()),
            next_number: 1,
        };
        let id = roster.push(Roster::DEFAULT_NAME.to_string(), today);
        roster.active = id;
        roster
    }

    pub fn mentees(&self) -> &[Mentee] {
        &self.mentees
    }

    pub fn active_id(&self) -> &MenteeId {
        &self.active
    }

    pub fn active(&self) -> &Mentee {
        self.get(&self.active)
            .or_else(|| self.mentees.first())
            .expect("a roster always holds at least one mentee")
    }

    pub fn get(&self, id: &MenteeId) -> Option<&Mentee> {
        self.mentees.iter().find(|mentee| &mentee.id == id)
    }

    /// The mentees in the everyday list (the switcher): all but the archived.
    pub fn current(&self) -> Vec<&Mentee> {
        self.mentees.iter().filter(|m| !m.is_archived()).collect()
    }

    /// The archive: mentees whose programme was closed, kept with all their notes.
    pub fn archived(&self) -> Vec<&Mentee> {
        self.mentees.iter().filter(|m| m.is_archived()).collect()
    }

    /// Moves a mentee to the archive (nothing of theirs is deleted). They stay active until
    /// the mentor picks someone else, so the closing summary stays on screen to be printed;
    /// the switcher lists them under „Archiwum”.
    pub fn archive(&mut self, id: &MenteeId, today: NaiveDate) -> Result<(), RosterError> {
        let mentee = self
            .mentees
            .iter_mut()
            .find(|mentee| &mentee.id == id)
            .ok_or(RosterError::UnknownMentee)?;
        mentee.archived.get_or_insert(today);
        Ok(())
    }

    /// Brings a mentee back from the archive (their programme reopened).
    pub fn unarchive(&mut self, id: &MenteeId) -> Result<(), RosterError> {
        let mentee = self
            .mentees
            .iter_mut()
            .find(|mentee| &mentee.id == id)
            .ok_or(RosterError::UnknownMentee)?;
        mentee.archived = None;
        Ok(())
    }

    /// Adds a mentee and makes them active.
    pub fn add(&mut self, name: &str, today: NaiveDate) -> Result<MenteeId, RosterError> {
        self.add_replacing(name, today, None)
    }

    /// The app's own stand-in, „Osoba mentorowana”, created so that nothing must be set up first (on
    /// a first visit, after deleting all data or the last mentee). A mentee the mentor named
    /// differently is never one.
    /// Nothing but the first run's placeholder: no name the mentor gave (see
    /// [`crate::model::audience`]).
    pub fn only_stand_in(&self) -> bool {
        matches!(self.mentees.as_slice(), [only] if only.is_stand_in())
    }

    pub fn placeholder(&self) -> Option<&MenteeId> {
        self.mentees
            .iter()
            .find(|mentee| Roster::is_default_name(&mentee.name))
            .map(|mentee| &mentee.id)
    }

    /// Adds a mentee and makes them active. `unused` is the placeholder when nothing was saved
    /// for it (the caller knows the storage): the new mentee takes its place, so the stand-in
    /// does not linger beside real mentees.
    pub fn add_replacing(
        &mut self,
        name: &str,
        today: NaiveDate,
        unused: Option<&MenteeId>,
    ) -> Result<MenteeId, RosterError> {
        let unused = unused.filter(|id| self.placeholder() == Some(*id)).cloned();
        let name = self.checked_name(name, unused.as_ref())?;
        let id = self.push(name, today);
        if let Some(unused) = unused {
            let added = self.mentees.pop().expect("just pushed");
            if let Some(slot) = self.mentees.iter_mut().find(|m| m.id == unused) {
                *slot = added;
            }
        }
        self.active = id.clone();
        Ok(id)
    }

    pub fn rename(&mut self, id: &MenteeId, name: &str) -> Result<(), RosterError> {
        let name = self.checked_name(name, Some(id))?;
        let mentee = self
            .mentees
            .iter_mut()
            .find(|mentee| &mentee.id == id)
            .ok_or(RosterError::UnknownMentee)?;
        mentee.name = name;
        Ok(())
    }

    pub fn switch_to(&mut self, id: &MenteeId) -> Result<(), RosterError> {
        if self.get(id).is_none() {
            return Err(RosterError::UnknownMentee);
        }
        self.active = id.clone();
        Ok(())
    }

    /// Removes a mentee. If it was the active one, the first remaining becomes active; if it
    /// was the last one, a fresh default mentee takes its place.
    pub fn remove(&mut self, id: &MenteeId, today: NaiveDate) -> Result<Mentee, RosterError> {
        let index = self
            .mentees
            .iter()
            .position(|mentee| &mentee.id == id)
            .ok_or(RosterError::UnknownMentee)?;
        let removed = self.mentees.remove(index);
        if self.mentees.is_empty() {
            self.push(Roster::DEFAULT_NAME.to_string(), today);
        }
        if &self.active == id {
            self.active = self.mentees[0].id.clone();
        }
        Ok(removed)
    }

    /// Makes a roster read from storage (possibly edited by hand or by an older build)
    /// safe to use: at least one mentee, an active one that exists, unique ids.
    pub fn repaired(mut self, today: NaiveDate) -> Roster {
        let mut seen = std::collections::BTreeSet::new();
        self.mentees.retain(|mentee| seen.insert(mentee.id.clone()));
        if self.mentees.is_empty() {
            self.push(Roster::DEFAULT_NAME.to_string(), today);
        }
        // A stand-in saved under an earlier name is shown under today's, unless someone on
        // the list already has that name.
        let taken = self.mentees.iter().any(|m| m.name == Roster::DEFAULT_NAME);
        if !taken {
            for mentee in &mut self.mentees {
                if Roster::OLD_DEFAULT_NAMES.contains(&mentee.name.trim()) {
                    mentee.name = Roster::DEFAULT_NAME.to_string();
                    break;
                }
            }
        }
        if self.get(&self.active).is_none() {
            self.active = self.mentees[0].id.clone();
        }
        let highest = self
            .mentees
            .iter()
            .filter_map(|mentee| mentee.id.0.strip_prefix('m')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        self.next_number = self.next_number.max(highest + 1);
        self
    }

    /// A roster holding only `id` (for a one-mentee backup).
    pub fn only(&self, id: &MenteeId) -> Option<Roster> {
        let mentee = self.get(id)?.clone();
        Some(Roster {
            mentees: vec![mentee],
            active: id.clone(),
            next_number: self.next_number,
        })
    }

    /// Takes in a mentee from elsewhere under a fresh id (its name made unique if needed).
    pub fn adopt(&mut self, mentee: &Mentee, today: NaiveDate) -> MenteeId {
        let mut name = mentee.name.clone();
        let mut n = 2;
        while self.checked_name(&name, None).is_err() {
            name = format!("{} ({n})", mentee.name);
            n += 1;
            if n > 99 {
                break;
            }
        }
        let id = self.push(name, today);
        if let Some(added) = self.mentees.last_mut() {
            added.created = mentee.created;
            added.archived = mentee.archived;
        }
        id
    }

    fn push(&mut self, name: String, today: NaiveDate) -> MenteeId {
        let id = MenteeId(format!("m{}", self.next_number));
        self.next_number += 1;
        self.mentees.push(Mentee {
            id: id.clone(),
            name,
            created: today,
            archived: None,
        });
        id
    }

    fn checked_name(&self, name: &str, except: Option<&MenteeId>) -> Result<String, RosterError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(RosterError::EmptyName);
        }
        if name.chars().count() > Roster::MAX_NAME_CHARS {
            return Err(RosterError::NameTooLong {
                max: Roster::MAX_NAME_CHARS,
            });
        }
        let taken = self.mentees.iter().any(|mentee| {
            Some(&mentee.id) != except && text::lower(&mentee.name) == text::lower(&name)
        });
        if taken {
            return Err(RosterError::DuplicateName(name));
        }
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn first_run_has_one_active_default_mentee() {
        let roster = Roster::first_run(day(1));
        assert_eq!(roster.mentees().len(), 1);
        assert_eq!(roster.active().name, "Osoba mentorowana");
        assert_eq!(roster.active().created, day(1));
        assert!(roster.only_stand_in(), "nothing of a mentor's own");
        let mut named = roster.clone();
        named.add("Anna Nowak", day(2)).unwrap();
        assert!(!named.only_stand_in());
    }

    #[test]
    fn a_stand_in_saved_under_its_old_name_is_still_the_stand_in() {
        // Saved by builds before issue 29, when the stand-in was „Mój mentee”.
        let json = r#"{"mentees":[{"id":"m1","name":"Mój mentee","created":"2026-10-01"}],
            "active":"m1","next_number":2}"#;
        let saved: Roster = serde_json::from_str(json).unwrap();
        assert!(saved.only_stand_in(), "recognised before it is repaired");
        assert_eq!(saved.placeholder(), Some(&MenteeId("m1".into())));
        let mut roster = saved.repaired(day(1));
        assert_eq!(
            roster.active().name,
            "Osoba mentorowana",
            "shown under today's name"
        );
        assert_eq!(
            roster.active_id(),
            &MenteeId("m1".into()),
            "same id, same notes"
        );
        assert!(roster.only_stand_in());
        let placeholder = roster.placeholder().cloned();
        roster
            .add_replacing("Anna", day(2), placeholder.as_ref())
            .unwrap();
        let names: Vec<&str> = roster.mentees().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Anna"], "gives way to the first mentee as before");

        // Beside a mentee the mentor named „Osoba mentorowana”, the old stand-in keeps its name.
        let json = r#"{"mentees":[{"id":"m1","name":"Mój mentee","created":"2026-10-01"},
            {"id":"m2","name":"Osoba mentorowana","created":"2026-10-02"}],
            "active":"m2","next_number":3}"#;
        let roster = serde_json::from_str::<Roster>(json)
            .unwrap()
            .repaired(day(1));
        let names: Vec<&str> = roster.mentees().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Mój mentee", "Osoba mentorowana"]);
    }

    #[test]
    fn the_static_shell_knows_the_stand_in_by_every_name() {
        // public/boot/head.js picks the first paint's layout before any wasm: it must take
        // the stand-in, under each of its names, for nobody's.
        let head = include_str!("../../public/boot/head.js");
        for name in
            std::iter::once(Roster::DEFAULT_NAME).chain(Roster::OLD_DEFAULT_NAMES.iter().copied())
        {
            assert!(head.contains(&format!("name !== '{name}'")), "{name}");
        }
    }

    #[test]
    fn added_mentee_becomes_active_with_a_fresh_id() {
        let mut roster = Roster::first_run(day(1));
        let first = roster.active_id().clone();
        let anna = roster.add("  Anna   Nowak ", day(2)).unwrap();
        assert_ne!(anna, first);
        assert_eq!(roster.active_id(), &anna);
        assert_eq!(roster.active().name, "Anna Nowak");
    }

    #[test]
    fn the_first_mentee_added_takes_the_place_of_an_unused_placeholder() {
        let mut roster = Roster::first_run(day(1));
        let placeholder = roster.placeholder().cloned().unwrap();
        let anna = roster
            .add_replacing("Anna", day(2), Some(&placeholder))
            .unwrap();
        let names: Vec<&str> = roster.mentees().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Anna"]);
        assert_eq!(roster.active_id(), &anna);
        assert_ne!(
            anna, placeholder,
            "a fresh id: nothing of the stand-in carries over"
        );
        assert_eq!(roster.placeholder(), None);
        // Later mentees are simply added.
        roster.add_replacing("Ola", day(3), None).unwrap();
        assert_eq!(roster.mentees().len(), 2);
    }

    #[test]
    fn a_placeholder_with_data_or_a_renamed_one_stays() {
        // With notes saved for it the caller passes no placeholder: it stays.
        let mut roster = Roster::first_run(day(1));
        roster.add_replacing("Anna", day(2), None).unwrap();
        assert_eq!(roster.mentees().len(), 2);
        // Renamed by the mentor, it is a real mentee.
        let mut roster = Roster::first_run(day(1));
        let id = roster.active_id().clone();
        roster.rename(&id, "Tomek").unwrap();
        assert_eq!(roster.placeholder(), None);
        roster.add_replacing("Anna", day(2), Some(&id)).unwrap();
        assert_eq!(roster.mentees().len(), 2);
        // The stand-in's own name can be given to the new mentee.
        let mut roster = Roster::first_run(day(1));
        let id = roster.placeholder().cloned().unwrap();
        roster
            .add_replacing("osoba mentorowana", day(2), Some(&id))
            .unwrap();
        assert_eq!(roster.mentees().len(), 1);
        // After deleting everything the app starts as on a first visit: one stand-in, replaced
        // by the first mentee added.
        let mut roster = Roster::first_run(day(5));
        let id = roster.placeholder().cloned().unwrap();
        roster.add_replacing("Ewa", day(5), Some(&id)).unwrap();
        assert_eq!(roster.active().name, "Ewa");
        assert_eq!(roster.mentees().len(), 1);
    }

    #[test]
    fn names_are_validated_with_polish_messages() {
        let mut roster = Roster::first_run(day(1));
        assert_eq!(roster.add("   ", day(1)), Err(RosterError::EmptyName));
        let long = "ż".repeat(Roster::MAX_NAME_CHARS + 1);
        assert_eq!(
            roster.add(&long, day(1)),
            Err(RosterError::NameTooLong { max: 60 })
        );
        assert!(
            roster
                .add(&"ż".repeat(Roster::MAX_NAME_CHARS), day(1))
                .is_ok()
        );
        let err = roster.add("osoba MENTOROWANA", day(1)).unwrap_err();
        assert_eq!(err, RosterError::DuplicateName("osoba MENTOROWANA".into()));
        assert_eq!(
            err.to_string(),
            "Mentee „osoba MENTOROWANA” już jest na liście. Wybierz inną nazwę."
        );
        assert_eq!(
            RosterError::EmptyName.to_string(),
            "Wpisz imię lub pseudonim mentee."
        );
        // Whoever the mentee is, the message fits.
        assert_eq!(
            RosterError::UnknownMentee.to_string(),
            "Tej osoby nie ma już na liście (może została usunięta w\u{a0}innej karcie)."
        );
    }

    #[test]
    fn rename_keeps_the_id_and_allows_changing_case_of_own_name() {
        let mut roster = Roster::first_run(day(1));
        let id = roster.active_id().clone();
        roster.rename(&id, "MÓJ MENTEE").unwrap();
        assert_eq!(roster.active().name, "MÓJ MENTEE");
        roster.add("Ola", day(1)).unwrap();
        assert!(matches!(
            roster.rename(&id, "ola"),
            Err(RosterError::DuplicateName(_))
        ));
        assert_eq!(
            roster.rename(&MenteeId("m99".into()), "X"),
            Err(RosterError::UnknownMentee)
        );
    }

    #[test]
    fn switching_to_an_unknown_mentee_is_refused() {
        let mut roster = Roster::first_run(day(1));
        let before = roster.clone();
        assert_eq!(
            roster.switch_to(&MenteeId("m42".into())),
            Err(RosterError::UnknownMentee)
        );
        assert_eq!(roster, before);
    }

    #[test]
    fn removing_the_active_mentee_activates_the_first_remaining() {
        let mut roster = Roster::first_run(day(1));
        let first = roster.active_id().clone();
        let second = roster.add("Ola", day(1)).unwrap();
        roster.remove(&second, day(1)).unwrap();
        assert_eq!(roster.active_id(), &first);
        assert_eq!(roster.mentees().len(), 1);
    }

    #[test]
    fn removing_the_last_mentee_leaves_a_fresh_default_with_a_new_id() {
        let mut roster = Roster::first_run(day(1));
        let only = roster.active_id().clone();
        let removed = roster.remove(&only, day(3)).unwrap();
        assert_eq!(removed.id, only);
        assert_eq!(roster.mentees().len(), 1);
        assert_ne!(roster.active_id(), &only, "ids are never reused");
        assert_eq!(roster.active().created, day(3));
    }

    #[test]
    fn ids_are_never_reused_after_deletion() {
        let mut roster = Roster::first_run(day(1));
        let a = roster.add("A", day(1)).unwrap();
        roster.remove(&a, day(1)).unwrap();
        let b = roster.add("B", day(1)).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn repaired_fixes_a_hand_edited_roster() {
        let json = r#"{"mentees":[
            {"id":"m3","name":"A","created":"2026-01-02"},
            {"id":"m3","name":"A again","created":"2026-01-02"}],
            "active":"m9","next_number":1}"#;
        let roster: Roster = serde_json::from_str(json).unwrap();
        let mut roster = roster.repaired(day(1));
        assert_eq!(roster.mentees().len(), 1);
        assert_eq!(roster.active_id(), &MenteeId("m3".into()));
        let new = roster.add("B", day(1)).unwrap();
        assert_eq!(new, MenteeId("m4".into()));

        let empty: Roster =
            serde_json::from_str(r#"{"mentees":[],"active":"x","next_number":5}"#).unwrap();
        let empty = empty.repaired(day(1));
        assert_eq!(empty.active().name, "Osoba mentorowana");
        assert_eq!(empty.active_id(), &MenteeId("m5".into()));
    }

    #[test]
    fn a_closed_mentee_is_archived_not_deleted_and_can_come_back() {
        let mut roster = Roster::first_run(day(1));
        let first = roster.active_id().clone();
        let anna = roster.add("Anna", day(2)).unwrap();
        roster.archive(&anna, day(20)).unwrap();
        assert_eq!(roster.get(&anna).unwrap().archived, Some(day(20)));
        assert_eq!(roster.mentees().len(), 2, "kept");
        assert_eq!(
            roster.active_id(),
            &anna,
            "stays on screen until the mentor switches"
        );
        roster.switch_to(&first).unwrap();
        let names = |list: Vec<&Mentee>| list.iter().map(|m| m.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(roster.current()), ["Osoba mentorowana"]);
        assert_eq!(names(roster.archived()), ["Anna"]);
        // The name stays taken while archived.
        assert!(matches!(
            roster.add("anna", day(21)),
            Err(RosterError::DuplicateName(_))
        ));
        // Archiving again keeps the first day.
        roster.archive(&anna, day(25)).unwrap();
        assert_eq!(roster.get(&anna).unwrap().archived, Some(day(20)));
        roster.unarchive(&anna).unwrap();
        assert_eq!(names(roster.current()), ["Osoba mentorowana", "Anna"]);
        assert_eq!(
            roster.archive(&MenteeId("m42".into()), day(1)),
            Err(RosterError::UnknownMentee)
        );
    }

    #[test]
    fn archiving_the_only_mentee_keeps_them_active_and_adding_one_still_works() {
        let mut roster = Roster::first_run(day(1));
        let only = roster.active_id().clone();
        roster.rename(&only, "Ola").unwrap();
        roster.archive(&only, day(3)).unwrap();
        assert_eq!(roster.active_id(), &only);
        assert!(roster.active().is_archived());
        assert!(roster.current().is_empty());
        let next = roster.add("Ela", day(4)).unwrap();
        assert_eq!(roster.active_id(), &next);
        assert_eq!(roster.mentees().len(), 2);
    }

    #[test]
    fn an_archived_mentee_keeps_the_archive_in_a_one_mentee_backup() {
        let mut roster = Roster::first_run(day(1));
        let anna = roster.add("Anna", day(2)).unwrap();
        roster.archive(&anna, day(20)).unwrap();
        let only = roster.only(&anna).unwrap();
        let mut elsewhere = Roster::first_run(day(1));
        let adopted = elsewhere.adopt(&only.mentees()[0], day(30));
        assert_eq!(elsewhere.get(&adopted).unwrap().archived, Some(day(20)));
    }
}
