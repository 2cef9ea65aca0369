//! „Od moich mentorów”: what the user kept from links a mentor shared (a contract, a meeting,
//! next steps), on their own phone, apart from the mentor's own mentees. One document for the
//! whole app (key `niezbednik/od-mentorow`), not one per mentee.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contract::{Contract, DateField};
use super::journal::Reflection;
use super::journal::{Journal, MeetingId};
use super::share::{self, Shared};

pub mod tasks;
pub mod versions;

pub use tasks::Tick;

/// One kept item, with the mentee's reflection while it is being written (for a meeting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received {
    pub id: u32,
    /// The day it was kept.
    #[serde(with = "crate::model::date::iso")]
    pub saved: NaiveDate,
    pub item: Shared,
    /// The reflection's draft: „Co zabieram ze spotkania”.
    #[serde(default)]
    pub takeaway: String,
    /// „Co zrobię do następnego spotkania”.
    #[serde(default)]
    pub next: String,
    /// 1–5, once picked.
    #[serde(default)]
    pub usefulness: Option<u8>,
    /// The mentee's own ticks on the item's tasks (see [`tasks`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<Tick>,
}

/// The reflection's fields as the form holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub takeaway: String,
    pub next: String,
    pub usefulness: Option<u8>,
    /// The tasks the mentee ticked that go with it ([`ReceivedDoc::reported_done`]).
    pub done: Vec<share::SharedDone>,
}

/// Everything kept, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedDoc {
    pub items: Vec<Received>,
    /// Next id; never reused, so `#/udostepnione?zapisane=N` never opens another item.
    pub next_id: u32,
}

/// Why an item was not kept: there are [`ReceivedDoc::MAX_ITEMS`] already. `Display` says
/// what to remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

impl std::fmt::Display for Full {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Nie zapisano: w „Od moich mentorów” jest już {} pozycji, tyle, ile aplikacja przechowuje. Usuń z tej listy pozycje, których już nie potrzebujesz (na przykład najstarsze spotkania), i zapisz ponownie.",
            ReceivedDoc::MAX_ITEMS
        )
    }
}

impl ReceivedDoc {
    /// Most items kept: every link opened by anyone could add one, and each is loaded with
    /// the page.
    pub const MAX_ITEMS: usize = 200;

    /// Keeps `item` (saved on `on`) and returns its id. The same item kept again (the same link
    /// opened twice) is not added a second time: its id comes back. A full list refuses it.
    pub fn add(&mut self, item: Shared, on: NaiveDate) -> Result<u32, Full> {
        if let Some(id) = self.find(&item) {
            return Ok(id);
        }
        if self.items.len() >= Self::MAX_ITEMS {
            return Err(Full);
        }
        let id = self
            .next_id
            .max(self.items.iter().map(|r| r.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.items.push(Received {
            id,
            saved: on,
            item,
            takeaway: String::new(),
            next: String::new(),
            usefulness: None,
            ticks: Vec::new(),
        });
        Ok(id)
    }

    pub fn get(&self, id: u32) -> Option<&Received> {
        self.items.iter().find(|r| r.id == id)
    }

    /// Whether `item` is kept already.
    pub fn find(&self, item: &Shared) -> Option<u32> {
        self.items.iter().find(|r| &r.item == item).map(|r| r.id)
    }

    pub fn remove(&mut self, id: u32) -> Option<Received> {
        let at = self.items.iter().position(|r| r.id == id)?;
        Some(self.items.remove(at))
    }

    /// Keeps the reflection's draft with its meeting; `false` when the item is gone.
    pub fn set_draft(&mut self, id: u32, draft: &Draft) -> bool {
        let Some(kept) = self.items.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        kept.takeaway = draft.takeaway.clone();
        kept.next = draft.next.clone();
        kept.usefulness = draft.usefulness;
        true
    }
}

/// Highest id a kept item may have (and the next id): far more than anyone keeps, and far
/// from `u32::MAX`, so counting on from a restored list never overflows.
const MAX_ID: u32 = 1_000_000;

impl ReceivedDoc {
    /// Whether a list read from outside (a backup) is one this app could have written: at most
    /// [`ReceivedDoc::MAX_ITEMS`], ids distinct and below the next id, every item passing the
    /// checks a link's item passes, and the drafts within the form's bounds. `Err` says what is
    /// wrong, in Polish.
    pub fn check(&self) -> Result<(), ReceivedError> {
        if self.items.len() > Self::MAX_ITEMS {
            return Err(ReceivedError::TooMany {
                count: self.items.len(),
            });
        }
        if self.next_id > MAX_ID {
            return Err(ReceivedError::BadCounter);
        }
        for (at, kept) in self.items.iter().enumerate() {
            let item = |what| ReceivedError::Item { id: kept.id, what };
            if kept.id >= self.next_id || self.items[..at].iter().any(|r| r.id == kept.id) {
                return Err(ReceivedError::BadId(kept.id));
            }
            kept.item
                .validate()
                .map_err(|e| item(ItemError::Invalid(invalid_reason(e))))?;
            for answer in [&kept.takeaway, &kept.next] {
                share::check_text(answer, share::MAX_TEXT_CHARS)
                    .map_err(|e| item(ItemError::Invalid(invalid_reason(e))))?;
            }
            if kept
                .usefulness
                .is_some_and(|u| !Reflection::SCALE.contains(&u))
            {
                return Err(item(ItemError::Usefulness));
            }
            tasks::check_ticks(kept).map_err(item)?;
        }
        Ok(())
    }
}

/// Why a list read from outside is not one this app could have written; `Display` is the
/// reason a refused backup names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedError {
    TooMany { count: usize },
    BadCounter,
    BadId(u32),
    Item { id: u32, what: ItemError },
}

/// What is wrong with one kept item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemError {
    /// What a link's check names (its own words).
    Invalid(String),
    Usefulness,
    NoSuchTask(u16),
    WrongTick(u16),
    TickDay(u16),
}

impl std::fmt::Display for ReceivedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReceivedError::TooMany { count } => write!(
                f,
                "ma {count} pozycji, a aplikacja przechowuje najwyżej {}",
                ReceivedDoc::MAX_ITEMS
            ),
            ReceivedError::BadCounter => f.write_str("niepoprawny licznik pozycji"),
            ReceivedError::BadId(id) => write!(f, "niepoprawny numer pozycji {id}"),
            ReceivedError::Item { id, what } => write!(f, "pozycja {id}: {what}"),
        }
    }
}

impl std::fmt::Display for ItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ItemError::Invalid(what) => f.write_str(what),
            ItemError::Usefulness => f.write_str("ocena spoza skali 1–5"),
            ItemError::NoSuchTask(n) => write!(f, "odhaczone zadanie {n} nie istnieje"),
            ItemError::WrongTick(n) => write!(f, "niepoprawnie odhaczone zadanie {n}"),
            ItemError::TickDay(n) => write!(f, "niepoprawny dzień odhaczenia zadania {n}"),
        }
    }
}

impl std::error::Error for ReceivedError {}

/// What a refusal names, without the sentence around it a link's refusal has.
fn invalid_reason(error: share::ShareError) -> String {
    match error {
        share::ShareError::Invalid(what) => what,
        other => other.to_string(),
    }
}

impl Received {
    pub fn draft(&self) -> Draft {
        Draft {
            takeaway: self.takeaway.clone(),
            next: self.next.clone(),
            usefulness: self.usefulness,
            done: Vec::new(),
        }
    }

    /// Its line in the list, after its title: who sent it (the name alone, which fits anyone)
    /// and when it was kept: „Anna Kowalska · zapisane 1 grudnia 2026”.
    pub fn list_note(&self) -> String {
        let saved = format!("zapisane {}", super::date::long(self.saved));
        match self.item.sender() {
            "" => saved,
            sender => format!("{sender} · {saved}"),
        }
    }
}

/// The heading over an item opened from a link: who sent it, in a form that fits anyone
/// („Przesyła: Anna Kowalska”, not „Od mentora: Anna Kowalska”), or what it is when the link
/// names nobody.
pub fn sender_heading(sender: &str) -> String {
    match sender.trim() {
        "" => "Udostępnione w linku".to_string(),
        name => format!("Przesyła: {name}"),
    }
}

impl Draft {
    /// The reflection to send back on `meeting`, or why it cannot go yet.
    pub fn reflection(
        &self,
        meeting: &share::SharedMeeting,
    ) -> Result<Shared, share::ReflectionError> {
        share::reflection(
            meeting,
            &self.takeaway,
            &self.next,
            self.usefulness,
            self.done.clone(),
        )
    }
}

/// The meeting a reflection names, when that mentee's journal has it on the reflection's
/// day (a meeting moved to another day since, or a journal restored from elsewhere, is not
/// taken for it: the mentor picks).
pub fn meeting_of(reflection: &Reflection, journal: &Journal) -> Option<MeetingId> {
    journal
        .get(MeetingId(reflection.origin.meeting))
        .filter(|meeting| meeting.date == reflection.meeting_date)
        .map(|meeting| meeting.id)
}

/// The mentee's calendar file for a contract a mentor shared, its events named after the
/// mentor („Mentoring: Anna Kowalska”: the mentee's calendar is theirs, not the mentor's).
/// Every download is the same series ([`mentee_calendar_uid`]), so importing it again updates
/// the meetings rather than adding them all a second time.
pub fn mentee_calendar(contract: &Contract, stamp_utc: &str) -> Option<String> {
    let summary = match contract.mentor.trim() {
        "" => "Mentoring".to_string(),
        mentor => format!("Mentoring: {mentor}"),
    };
    contract.to_ics_titled(&mentee_calendar_uid(contract), 0, stamp_utc, &summary)
}

/// One UID per received contract: the mentor's, when the link carries one (the mentor's file
/// and the mentee's are then one series), else one derived from who agreed it and when, so it
/// is the same on every download, on any device, with nothing to store. A UID of characters
/// a calendar line could be broken with is not taken from the link.
pub fn mentee_calendar_uid(contract: &Contract) -> String {
    let theirs = contract.calendar_uid.trim();
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@');
    if !theirs.is_empty() && theirs.len() <= 200 && theirs.chars().all(safe) {
        return theirs.to_string();
    }
    let hash = stable_hash(&[
        &contract.mentor,
        &contract.mentee,
        &contract.organisation,
        &contract.shown(DateField::AgreedOn),
    ]);
    format!("kontrakt-{hash:016x}@niezbednik-mentora")
}

/// FNV-1a, 64 bits, of the trimmed parts (each closed by a separator): the same across builds
/// and platforms, for calendar UIDs derived from what an item says.
pub(crate) fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.trim().bytes().chain([0x1f]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// How many items are kept, read without parsing them: the start page lives in the shell,
/// which must not carry the code that reads a shared item.
#[derive(Debug, Default, PartialEq, Deserialize)]
pub struct ReceivedCount {
    items: Vec<serde::de::IgnoredAny>,
}

impl ReceivedCount {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::mentees::MenteeId;
    use crate::model::share::{Origin, SharedMeeting, SharedSteps};
    use crate::store::codec::{Decoded, decode, encode};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn meeting(d: u32) -> SharedMeeting {
        SharedMeeting {
            origin: Origin {
                mentee: MenteeId("m2".into()),
                meeting: 3,
            },
            mentor: "Jan Mentor".into(),
            mentee: "Anna".into(),
            date: day(d),
            agenda: "Spotkanie bieżące".into(),
            message: "Dziękuję za rozmowę".into(),
            notes: vec![],
            items: vec![],
            progress: vec![],
            earlier: vec![],
        }
    }

    fn steps() -> Shared {
        Shared::Steps(SharedSteps {
            mentor: "Jan Mentor".into(),
            mentee: "Anna".into(),
            date: day(2),
            steps: vec![],
            support: "Rozmowa co tydzień".into(),
            follow_up: Some(day(16)),
        })
    }

    #[test]
    fn the_sender_is_named_in_a_form_that_fits_anyone() {
        assert_eq!(sender_heading("Anna Kowalska"), "Przesyła: Anna Kowalska");
        assert_eq!(sender_heading("  "), "Udostępnione w\u{a0}linku");
        let mut doc = ReceivedDoc::default();
        let id = doc.add(steps(), day(2)).unwrap();
        assert_eq!(
            doc.get(id).unwrap().list_note(),
            "Jan Mentor · zapisane 2\u{a0}grudnia 2026"
        );
        for text in [sender_heading("Anna"), doc.get(id).unwrap().list_note()] {
            assert!(!text.contains("mentor"), "{text}");
            assert!(!text.starts_with("od:"), "{text}");
        }
    }

    #[test]
    fn the_same_item_kept_twice_is_kept_once() {
        let mut doc = ReceivedDoc::default();
        let a = doc.add(Shared::Meeting(meeting(1)), day(1)).unwrap();
        let b = doc.add(steps(), day(2)).unwrap();
        assert_ne!(a, b);
        assert_eq!(doc.add(Shared::Meeting(meeting(1)), day(5)).unwrap(), a);
        assert_eq!(doc.items.len(), 2);
        assert_eq!(doc.get(a).unwrap().saved, day(1), "the first day stays");
        assert_eq!(doc.find(&steps()), Some(b));
        // A changed item (the mentor added to the meeting) is a new one.
        let c = doc.add(Shared::Meeting(meeting(8)), day(8)).unwrap();
        assert_eq!(doc.items.len(), 3);
        assert_eq!(doc.get(c).unwrap().item, Shared::Meeting(meeting(8)));
    }

    #[test]
    fn a_reflection_finds_its_meeting_only_on_the_same_day() {
        use crate::model::agenda::Agenda;
        let mut journal = Journal::default();
        let first = journal.log_meeting(day(1), "Spotkanie", &Agenda::from_seed());
        let second = journal.log_meeting(day(8), "Spotkanie", &Agenda::from_seed());
        let reflection = |id: u32, d: u32| Reflection {
            origin: crate::model::journal::ReflectionOrigin {
                mentee: MenteeId("m2".into()),
                meeting: id,
            },
            meeting_date: day(d),
            mentee: "Anna".into(),
            takeaway: "Delegowanie".into(),
            next: String::new(),
            usefulness: 5,
            done: Vec::new(),
        };
        assert_eq!(meeting_of(&reflection(first.0, 1), &journal), Some(first));
        assert_eq!(meeting_of(&reflection(second.0, 8), &journal), Some(second));
        assert_eq!(meeting_of(&reflection(first.0, 8), &journal), None);
        assert_eq!(meeting_of(&reflection(99, 1), &journal), None);
    }

    fn a_contract(uid: &str) -> Contract {
        Contract {
            mentor: "Anna Kowalska".into(),
            mentee: "Ola Nowak".into(),
            agreed_on: crate::model::date::from_iso("2026-12-01"),
            start_date: crate::model::date::from_iso("2026-12-01"),
            start_time: crate::model::date::time_from_text("18:00"),
            calendar_uid: uid.into(),
            ..Contract::default()
        }
    }

    fn lines<'a>(ics: &'a str, name: &str) -> Vec<&'a str> {
        ics.lines()
            .filter(|line| line.starts_with(name))
            .collect::<Vec<_>>()
    }

    #[test]
    fn the_mentees_calendar_is_one_series_named_after_the_mentor() {
        // With the mentor's UID in the link: that one, on every download.
        let theirs = a_contract("m2-20261201@niezbednik-mentora");
        let first = mentee_calendar(&theirs, "20261201T100000Z").unwrap();
        let again = mentee_calendar(&theirs, "20261208T100000Z").unwrap();
        assert_eq!(
            lines(&first, "UID:"),
            ["UID:m2-20261201@niezbednik-mentora"]
        );
        assert_eq!(lines(&again, "UID:"), lines(&first, "UID:"));
        assert_eq!(
            lines(&first, "SUMMARY:"),
            ["SUMMARY:Mentoring: Anna Kowalska"]
        );
        assert!(!first.contains("Ola Nowak"), "not the mentee's own name");
        // Without one: derived, the same each time (and for the same contract kept again).
        let none = a_contract("");
        let uid = mentee_calendar_uid(&none);
        assert!(uid.ends_with("@niezbednik-mentora"), "{uid}");
        assert_eq!(mentee_calendar_uid(&none.clone()), uid);
        let one = mentee_calendar(&none, "20261201T100000Z").unwrap();
        let two = mentee_calendar(&none, "20261202T100000Z").unwrap();
        assert_eq!(lines(&one, "UID:"), [format!("UID:{uid}").as_str()]);
        assert_eq!(lines(&two, "UID:"), lines(&one, "UID:"));
        // The meetings' time moved by the mentor: still the same series.
        let moved = Contract {
            start_time: crate::model::date::time_from_text("18:30"),
            ..none.clone()
        };
        assert_eq!(mentee_calendar_uid(&moved), uid);
        // Another mentee's contract with the same mentor is another series.
        let other = Contract {
            mentee: "Jan Wiśniewski".into(),
            ..none.clone()
        };
        assert_ne!(mentee_calendar_uid(&other), uid);
        // A UID that could break a calendar line is not taken from the link.
        let crafted = a_contract("x\r\nURL:https://example.org");
        assert!(mentee_calendar_uid(&crafted).starts_with("kontrakt-"));
        // No mentor's name: the events say what they are.
        let nameless = Contract {
            mentor: " ".into(),
            ..none
        };
        let ics = mentee_calendar(&nameless, "20261201T100000Z").unwrap();
        assert_eq!(lines(&ics, "SUMMARY:"), ["SUMMARY:Mentoring"]);
    }

    /// Issue 23, item 22: every link opened could add an item; the list stops at its cap and
    /// says what to remove, and an item kept already still answers with its id.
    #[test]
    fn the_kept_list_stops_at_its_cap_and_says_what_to_remove() {
        let mut doc = ReceivedDoc::default();
        for d in 0..ReceivedDoc::MAX_ITEMS {
            let mut m = meeting(1);
            m.message = format!("Spotkanie {d}");
            doc.add(Shared::Meeting(m), day(1)).unwrap();
        }
        assert_eq!(doc.items.len(), 200);
        let error = doc.add(steps(), day(2)).unwrap_err();
        assert_eq!(error, Full);
        assert_eq!(doc.items.len(), 200);
        let message = error.to_string();
        assert!(
            message.contains("200") && message.contains("Usuń"),
            "{message}"
        );
        let mut first = meeting(1);
        first.message = "Spotkanie 0".into();
        assert_eq!(doc.add(Shared::Meeting(first), day(3)), Ok(0));
        doc.remove(5);
        assert!(doc.add(steps(), day(2)).is_ok());
    }

    #[test]
    fn ids_are_never_reused_after_a_removal() {
        let mut doc = ReceivedDoc::default();
        let a = doc.add(steps(), day(1)).unwrap();
        let b = doc.add(Shared::Meeting(meeting(1)), day(1)).unwrap();
        assert_eq!(doc.remove(b).map(|r| r.id), Some(b));
        assert_eq!(doc.remove(b), None);
        let c = doc.add(Shared::Meeting(meeting(8)), day(8)).unwrap();
        assert!(c > b);
        assert!(doc.get(a).is_some());
        assert!(doc.get(b).is_none());
    }

    #[test]
    fn a_draft_reflection_is_kept_with_its_meeting() {
        let mut doc = ReceivedDoc::default();
        let id = doc.add(Shared::Meeting(meeting(1)), day(1)).unwrap();
        let draft = Draft {
            takeaway: "Delegowanie".into(),
            next: String::new(),
            usefulness: Some(4),
            done: Vec::new(),
        };
        assert!(doc.set_draft(id, &draft));
        assert!(!doc.set_draft(99, &draft));
        assert_eq!(doc.get(id).unwrap().draft(), draft);
        let Ok(Shared::Reflection(r)) = draft.reflection(&meeting(1)) else {
            panic!("a valid reflection");
        };
        assert_eq!((r.usefulness, r.origin.meeting), (4, 3));
        let none = Draft {
            usefulness: None,
            ..draft
        };
        assert!(none.reflection(&meeting(1)).is_err());
    }

    #[test]
    fn the_document_round_trips_and_its_count_reads_without_the_items() {
        let mut doc = ReceivedDoc::default();
        doc.add(Shared::Meeting(meeting(1)), day(1)).unwrap();
        doc.add(steps(), day(2)).unwrap();
        let saved = encode(&doc);
        assert!(saved.starts_with(r#"{"schema":1,"#), "{saved}");
        assert_eq!(decode::<ReceivedDoc>(&saved), Decoded::Ready(doc));
        let Decoded::Ready(count) = decode::<ReceivedCount>(&saved) else {
            panic!("the count reads");
        };
        assert_eq!(count.len(), 2);
        // An item this build could not read still counts (the page says what is wrong).
        let odd = r#"{"schema":1,"data":{"items":[{"x":1},2],"next_id":2}}"#;
        let Decoded::Ready(count) = decode::<ReceivedCount>(odd) else {
            panic!("the count reads");
        };
        assert_eq!(count.len(), 2);
        // Drafts saved by no build yet (older items) default to empty.
        let old = r#"{"schema":1,"data":{"items":[{"id":0,"saved":"2026-12-01","item":{"kroki":{"mentor":"J","mentee":"A","date":"2026-12-02","steps":[],"support":""}}}],"next_id":1}}"#;
        let Decoded::Ready(doc) = decode::<ReceivedDoc>(old) else {
            panic!("reads");
        };
        assert_eq!(doc.items[0].draft(), Draft::default());
    }
}
