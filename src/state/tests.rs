//! The saved-document bridge, natively: [`AppState`] over an in-memory store (in place of
//! localStorage, see `AppBackend`), a reactive [`Owner`] for its signals, effects run with
//! `Executor::poll_local` (in the browser they run on the next microtask), and the test clock
//! of [`crate::browser::clock`].
//!
//! Left to the browser tests and the e2e: what needs `window` (other tabs' `storage` events
//! as the browser delivers them, `pagehide`/`visibilitychange`, sessionStorage keeping held
//! writes across a reload, the app's clock tick itself) and the agenda's [`MeetingClock`]
//! with what needs it (the programme page, attaching a reflection), which sets an interval.
//! Another tab's write is given here as the storage listener passes it on (`external`).
//!
//! [`MeetingClock`]: super::agenda::MeetingClock

use std::cell::RefCell;

use any_spawner::Executor;
use leptos::prelude::*;

use super::backup::BackupState;
use super::notices::NoticeKind;
use super::{AppState, HELD_RETRY_MS};
use crate::browser::clock;
use crate::model::contract::Contract;
use crate::model::mentees::{MenteeId, Roster};
use crate::store::codec::{self, Decoded, Document};
use crate::store::documents::{BACKUP_LOG_KEY, PerMentee, ROSTER_KEY, mentee_prefix};
use crate::store::{BackendError, MemoryBackend, QUARANTINE_PREFIX};

thread_local! {
    /// The storage [`AppState::load`] opens on this test's thread.
    static BACKEND: RefCell<Option<Result<&'static MemoryBackend, BackendError>>> =
        const { RefCell::new(None) };
}

/// What `AppState::load` opens in native tests: the device the test set up.
pub(super) fn backend() -> Result<&'static MemoryBackend, BackendError> {
    BACKEND
        .with(|backend| backend.borrow().clone())
        .expect("a test opens the app with `open_on` first")
}

/// A device's storage, empty; it lives as long as the test process (the state holds it).
fn device() -> &'static MemoryBackend {
    Box::leak(Box::default())
}

/// The app opened on `storage` (a page load): the state, and the owner its signals live in.
fn open_on(storage: Result<&'static MemoryBackend, BackendError>) -> (Owner, AppState) {
    // Once per process; later calls are refused, harmlessly.
    let _ = Executor::init_futures_executor();
    BACKEND.with(|backend| *backend.borrow_mut() = Some(storage));
    let owner = Owner::new();
    let state = owner.with(AppState::load);
    (owner, state)
}

/// Runs the effects that are due, as the browser does right after the change.
fn run_effects() {
    Executor::poll_local();
}

fn stored<T: Document>(device: &MemoryBackend, key: &str) -> Option<T> {
    let raw = device.entries.borrow().get(key).cloned()?;
    match codec::decode::<T>(&raw) {
        Decoded::Ready(document) => Some(document),
        _ => panic!("{key} holds something else: {raw}"),
    }
}

fn put<T: Document + serde::Serialize>(device: &MemoryBackend, key: &str, document: &T) {
    device
        .entries
        .borrow_mut()
        .insert(key.to_string(), codec::encode(document));
}

/// The mentor's name in `id`'s stored contract (`None`: no contract stored).
fn stored_mentor(device: &MemoryBackend, id: &MenteeId) -> Option<String> {
    stored::<Contract>(device, &contract_key(id)).map(|c| c.mentor)
}

fn contract_key(id: &MenteeId) -> String {
    Contract::DOC.key(id)
}

fn contract_by(mentor: &str) -> Contract {
    Contract {
        mentor: mentor.to_string(),
        ..Contract::default()
    }
}

/// A device where `names` were added (the first run's stand-in replaced), the first active.
fn device_with(names: &[&str]) -> (&'static MemoryBackend, Vec<MenteeId>) {
    let device = device();
    let today = clock::today();
    let mut roster = Roster::first_run(today);
    let stand_in = roster.placeholder().cloned();
    let mut ids = Vec::new();
    for name in names {
        let id = roster
            .add_replacing(name, today, stand_in.as_ref().filter(|_| ids.is_empty()))
            .unwrap();
        ids.push(id);
    }
    roster.switch_to(&ids[0]).unwrap();
    put(device, ROSTER_KEY, &roster);
    (device, ids)
}

#[test]
fn a_first_run_saves_its_roster_at_once() {
    let device = device();
    let (_owner, state) = open_on(Ok(device));
    let roster = state.roster.get_untracked();
    assert_eq!(roster.mentees().len(), 1);
    assert!(roster.only_stand_in(), "the first run's stand-in");
    assert_eq!(stored::<Roster>(device, ROSTER_KEY), Some(roster));
    assert!(state.is_saving());
    assert!(state.notices().is_empty());
    assert_eq!(
        state.active_mentee_name(),
        None,
        "the stand-in is nobody's name"
    );
}

#[test]
fn a_saved_roster_and_document_load_into_signals() {
    let (device, ids) = device_with(&["Ola", "Zosia"]);
    put(device, &contract_key(&ids[0]), &contract_by("Jan Mentor"));
    let (owner, state) = open_on(Ok(device));
    assert_eq!(state.roster.get_untracked().active_id(), &ids[0]);
    assert_eq!(state.active_mentee_name().as_deref(), Some("Ola"));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    assert_eq!(contract.value.get_untracked().mentor, "Jan Mentor");
    assert_eq!(contract.key(), contract_key(&ids[0]));
    // The names the pages print: the contract's mentor, the mentee as listed (none in it yet).
    let parties = state.active_parties();
    assert_eq!(
        (parties.mentor.as_str(), parties.mentee.as_str()),
        ("Jan Mentor", "Ola")
    );
}

#[test]
fn a_change_is_shown_at_once_and_written_with_the_next_tick() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    run_effects();
    for typed in ["J", "Ja", "Jan"] {
        contract.update(|c| c.mentor = typed.to_string());
    }
    assert_eq!(
        contract.value.get_untracked().mentor,
        "Jan",
        "shown at once"
    );
    assert_eq!(
        stored::<Contract>(device, &contract_key(&ids[0])),
        None,
        "not written on the keystroke"
    );
    assert_eq!(
        state.unsaved.with_value(Vec::len),
        1,
        "a burst of changes waits as one write"
    );
    // What the app's clock does every SAVE_DELAY.
    state.flush_saves();
    assert_eq!(stored_mentor(device, &ids[0]).as_deref(), Some("Jan"));
    assert_eq!(state.unsaved.with_value(Vec::len), 0);
}

#[test]
fn reading_storage_writes_what_waits_first() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    contract.update(|c| c.mentor = "Ewa".into());
    // Any read of storage (here the start page's count of kept items) sees what was typed.
    assert_eq!(state.received_count(), 0);
    assert_eq!(stored_mentor(device, &ids[0]).as_deref(), Some("Ewa"));
}

#[test]
fn switching_the_mentee_writes_first_and_shows_the_other_ones_document() {
    let (device, ids) = device_with(&["Ola", "Zosia"]);
    put(device, &contract_key(&ids[1]), &contract_by("Maria"));
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    run_effects();
    contract.update(|c| c.mentor = "Jan".into());

    state
        .change_roster(|roster| roster.switch_to(&ids[1]))
        .unwrap();
    assert_eq!(
        stored_mentor(device, &ids[0]).as_deref(),
        Some("Jan"),
        "Ola's change written before the switch"
    );
    assert_eq!(
        stored::<Roster>(device, ROSTER_KEY).unwrap().active_id(),
        &ids[1],
        "the roster saved at once"
    );
    run_effects();
    assert_eq!(contract.key(), contract_key(&ids[1]));
    assert_eq!(contract.value.get_untracked().mentor, "Maria");

    // A change now lands on Zosia's document, and switching back finds Ola's.
    contract.update(|c| c.mentor = "Maria Nowak".into());
    state
        .change_roster(|roster| roster.switch_to(&ids[0]))
        .unwrap();
    run_effects();
    assert_eq!(contract.value.get_untracked().mentor, "Jan");
    assert_eq!(
        stored_mentor(device, &ids[1]).as_deref(),
        Some("Maria Nowak")
    );
}

#[test]
fn a_refused_write_is_held_said_under_the_field_and_written_once_there_is_room() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    run_effects();
    *device.write_fault.borrow_mut() = Some(BackendError::QuotaExceeded);
    state.typed_in("k-mentor");
    contract.update(|c| c.mentor = "Jan".into());
    state.flush_saves();
    assert!(!state.is_saving());
    assert_eq!(stored::<Contract>(device, &contract_key(&ids[0])), None);
    let notices = state.notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::NotSaving);
    assert_eq!(notices[0].headline, "Dane nie są zapisywane. ");
    assert!(
        notices[0]
            .body
            .contains("zapisze się samo, gdy zwolnisz miejsce"),
        "{}",
        notices[0].body
    );
    let under = state
        .unsaved_here("k-mentor")
        .expect("a line under the field typed in");
    assert!(under.starts_with("Nie zapisano"), "{under}");
    assert_eq!(
        state.unsaved_here("k-mentee"),
        None,
        "only under the field typed in last"
    );
    assert_eq!(
        contract.value.get_untracked().mentor,
        "Jan",
        "still on screen"
    );

    // Room again: tried with the clock every HELD_RETRY_MS, not on every tick.
    *device.write_fault.borrow_mut() = None;
    let start = clock::now_ms();
    clock::set_now_ms(start + HELD_RETRY_MS - 1);
    state.last_retry.set_value(start);
    state.flush_saves();
    assert_eq!(
        stored::<Contract>(device, &contract_key(&ids[0])),
        None,
        "not before the retry is due"
    );
    clock::set_now_ms(start + HELD_RETRY_MS);
    state.flush_saves();
    assert_eq!(stored_mentor(device, &ids[0]).as_deref(), Some("Jan"));
    assert!(state.is_saving());
    assert!(
        state.notices().is_empty(),
        "the notice goes once everything is written"
    );
    assert_eq!(state.unsaved_here("k-mentor"), None);
    clock::set_now_ms(start);
}

#[test]
fn the_retry_button_writes_what_was_held_at_once() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    *device.write_fault.borrow_mut() = Some(BackendError::QuotaExceeded);
    contract.update(|c| c.mentor = "Jan".into());
    state.retry_saving();
    assert!(!state.is_saving());
    *device.write_fault.borrow_mut() = None;
    state.retry_saving();
    assert!(state.is_saving());
    assert_eq!(stored_mentor(device, &ids[0]).as_deref(), Some("Jan"));
}

#[test]
fn no_storage_at_all_keeps_working_in_memory_and_says_so() {
    let (owner, state) = open_on(Err(BackendError::Unavailable("SecurityError".into())));
    assert!(!state.is_saving());
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    contract.update(|c| c.mentor = "Jan".into());
    state.flush_saves();
    assert_eq!(contract.value.get_untracked().mentor, "Jan");
    let notices = state.notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::NotSaving);
    assert!(
        notices[0].body.contains("po zamknięciu karty przepadną"),
        "{}",
        notices[0].body
    );
}

#[test]
fn an_unreadable_document_is_set_aside_and_the_notice_names_tool_and_mentee() {
    let (device, ids) = device_with(&["Ola"]);
    let key = contract_key(&ids[0]);
    device
        .entries
        .borrow_mut()
        .insert(key.clone(), "{nie json".into());
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    assert_eq!(
        contract.value.get_untracked(),
        Contract::default(),
        "that part starts from defaults"
    );
    let set_aside: Vec<String> = device
        .entries
        .borrow()
        .iter()
        .filter(|(k, v)| k.starts_with(QUARANTINE_PREFIX) && v.as_str() == "{nie json")
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(
        set_aside.len(),
        1,
        "the raw text kept under a quarantine key"
    );
    let notices = state.notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::Quarantined);
    assert!(
        notices[0].headline.contains("Ola"),
        "{}",
        notices[0].headline
    );
    assert!(
        !notices[0].headline.contains(&key),
        "no storage key in the notice's words"
    );
    state.dismiss(notices[0].dismiss.as_ref().unwrap());
    assert!(state.notices().is_empty());
}

#[test]
fn removing_a_mentee_removes_every_document_of_theirs() {
    let (device, ids) = device_with(&["Ola", "Zosia"]);
    put(device, &contract_key(&ids[1]), &contract_by("Maria"));
    put(device, &contract_key(&ids[0]), &contract_by("Jan"));
    let (_owner, state) = open_on(Ok(device));
    state.remove_mentee(&ids[1]).unwrap();
    let prefix = mentee_prefix(&ids[1]);
    assert!(
        device
            .entries
            .borrow()
            .keys()
            .all(|k| !k.starts_with(&prefix))
    );
    assert!(
        device.entries.borrow().contains_key(&contract_key(&ids[0])),
        "the others' stay"
    );
    assert!(
        stored::<Roster>(device, ROSTER_KEY)
            .unwrap()
            .get(&ids[1])
            .is_none()
    );
    assert!(state.roster.get_untracked().get(&ids[1]).is_none());
}

#[test]
fn the_stand_in_gives_way_to_the_first_mentee_unless_something_was_saved_for_it() {
    let (_owner, state) = open_on(Ok(device()));
    let added = state.add_mentee("Ola").unwrap();
    let roster = state.roster.get_untracked();
    assert_eq!(roster.mentees().len(), 1, "the stand-in replaced");
    assert_eq!(roster.active_id(), &added);

    let (owner, state) = open_on(Ok(device()));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    contract.update(|c| c.mentor = "Jan".into());
    state.add_mentee("Ola").unwrap();
    assert_eq!(
        state.roster.get_untracked().mentees().len(),
        2,
        "the stand-in's notes are kept"
    );
}

#[test]
fn another_tabs_write_to_the_shown_document_is_shown_at_once() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    run_effects();
    let theirs = codec::encode(&contract_by("Z innej karty"));
    device
        .entries
        .borrow_mut()
        .insert(contract_key(&ids[0]), theirs.clone());
    // What the `storage` listener passes on for a document.
    state
        .external
        .set(Some((Some(contract_key(&ids[0])), Some(theirs))));
    run_effects();
    assert_eq!(contract.value.get_untracked().mentor, "Z innej karty");
    assert!(state.notices().is_empty());
}

/// The app's intent (`saved_doc`: „keep what this tab shows, and save it back”) is not what it
/// does: the store still knows the document's text as written, so saving it back is skipped as
/// unchanged and storage stays empty until the next edit (the roster is written back: its
/// listener tells the store first). A fix changes the app, which this test change must not.
#[test]
#[ignore = "fails: a document is not written back after another tab clears storage (the store skips it as unchanged); needs an app fix"]
fn storage_cleared_in_another_tab_gets_what_this_tab_shows_back() {
    let (device, ids) = device_with(&["Ola"]);
    let (owner, state) = open_on(Ok(device));
    let contract = owner.with(|| state.mentee_doc::<Contract>());
    run_effects();
    contract.update(|c| c.mentor = "Jan".into());
    state.flush_saves();
    device.entries.borrow_mut().clear();
    state.external.set(Some((None, None)));
    run_effects();
    assert_eq!(stored_mentor(device, &ids[0]).as_deref(), Some("Jan"));
}

#[test]
fn an_export_records_its_day_and_the_reminder_waits_a_month() {
    let (device, ids) = device_with(&["Ola"]);
    put(device, &contract_key(&ids[0]), &contract_by("Jan"));
    let (owner, state) = open_on(Ok(device));
    let backup = owner.with(|| BackupState::new(state));
    assert!(
        backup
            .reminder()
            .unwrap()
            .starts_with("Nie masz jeszcze kopii")
    );
    let (name, json) = backup.export(None);
    assert_eq!(name, "niezbednik-wszystko-20261127.json");
    assert!(json.contains("Jan"), "the contract is in the file");
    assert_eq!(backup.last_export(), Some(clock::today()));
    assert_eq!(backup.reminder(), None);
    assert!(device.entries.borrow().contains_key(BACKUP_LOG_KEY));
    // The next page load reads the day back.
    let (owner, state) = open_on(Ok(device));
    let backup = owner.with(|| BackupState::new(state));
    assert_eq!(backup.last_export(), Some(clock::today()));
    let (one, _) = backup.export(Some(&ids[0]));
    assert_eq!(one, "niezbednik-ola-20261127.json");
}
