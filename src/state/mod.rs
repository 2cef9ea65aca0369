//! The bridge between the store and the UI: saved state goes into signals, user intents come
//! back through these methods, which change the model, update the signals and save: the
//! roster at once, documents a moment later (see [`SAVE_DELAY`]).

use std::time::Duration;

use leptos::prelude::*;
use serde::Serialize;

use crate::browser::clock;
use crate::model::contract::{ContractNames, Parties};
use crate::model::feedback::FeedbackDoc;
use crate::model::mentees::{MenteeId, Roster, RosterError};
use crate::store::codec::{self, Document};
use crate::store::documents::{PerMentee, ROSTER_KEY, mentee_prefix};
use crate::store::{BackendError, Problem, Store};

pub mod agenda;
pub mod audience;
pub mod backup;
pub mod notices;
pub mod programme;
pub mod received;

use notices::{NoticeId, StorageNotice};

/// How long a changed document waits at most before it is written: a burst of keystrokes
/// (or taps) becomes one write, off the frames that answer them. The write comes with the
/// app's clock tick (see [`agenda::AgendaState::install`]), so no timer of its own is set per
/// change. Anything that reads storage, replaces the document or may end the page writes it
/// first (see [`AppState::flush_saves`]).
pub const SAVE_DELAY: Duration = Duration::from_millis(500);

/// A document changed but not yet written: encodes it when it is written (not on the
/// keystroke). Not generic, so the saving rules are compiled once for every document type.
type PendingSave = Box<dyn FnOnce() -> String>;

/// App-wide state, provided as context by [`crate::App`].
#[derive(Clone, Copy)]
pub struct AppState {
    /// The mentees and which one is active.
    pub roster: RwSignal<Roster>,
    /// What the user must be told about storage; mirrors [`Store::problems`].
    problems: RwSignal<Vec<Problem>>,
    store: StoredValue<Store<AppBackend>, LocalStorage>,
    /// The last change another tab made to a document other than the roster:
    /// `(key, new text)`, or `None` as key when that tab cleared all storage.
    external: RwSignal<Option<(Option<String>, Option<String>)>>,
    /// Documents changed since the last write; see [`SAVE_DELAY`].
    /// A few at most (the shown tool's document, the timer's): a list, not a map.
    unsaved: StoredValue<Vec<(String, PendingSave)>, LocalStorage>,
    /// Notified when documents were written or replaced; see [`SavedDoc::track_settled`].
    /// Only notified and tracked, never set (a `RwSignal<bool>`: no new type in the wasm).
    settled: RwSignal<bool>,
    /// The field the user typed in last (its element id), for the notice under it when a
    /// write is refused ([`AppState::unsaved_here`]).
    last_typed: RwSignal<Option<String>>,
    /// When held writes were last tried again ([`HELD_RETRY_MS`]).
    last_retry: StoredValue<i64>,
}

/// Where the documents live: localStorage. Native unit tests (`cargo test`, no browser) put an
/// in-memory store in its place (see `tests.rs`); the app itself never sees that.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
type AppBackend = crate::store::local::LocalBackend;
#[cfg(all(test, not(target_arch = "wasm32")))]
type AppBackend = &'static crate::store::MemoryBackend;

/// Opens the storage [`AppState::load`] reads and writes.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
fn open_backend() -> Result<AppBackend, BackendError> {
    crate::store::local::LocalBackend::open()
}
#[cfg(all(test, not(target_arch = "wasm32")))]
fn open_backend() -> Result<AppBackend, BackendError> {
    tests::backend()
}

/// Where this tab keeps what waits for room across a reload (sessionStorage).
const HELD_KEY: &str = "niezbednik/wstrzymane";

/// This tab's sessionStorage, where the browser gives one.
#[cfg(not(all(test, not(target_arch = "wasm32"))))]
pub(crate) fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}
/// Native unit tests run with no browser, so with no sessionStorage.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn session_storage() -> Option<web_sys::Storage> {
    None
}

/// How often writes the storage refused are tried again by themselves, in milliseconds: room
/// freed anywhere (a mentee removed, another tab, the browser's own settings) is used within
/// this, with no button to remember.
const HELD_RETRY_MS: i64 = 2000;

impl AppState {
    /// Opens storage and loads the roster; a first run (or an unreadable roster) starts with
    /// one default mentee.
    pub fn load() -> AppState {
        let mut store = Store::new(open_backend());
        // What waited for room when this tab was reloaded: waiting again (see `keep_held`).
        if let Some(held) = session_storage()
            .and_then(|session| session.get_item(HELD_KEY).ok().flatten())
            .and_then(|text| serde_json::from_str::<Vec<(String, String, String)>>(&text).ok())
        {
            for (key, base, value) in held {
                store.take_back(&key, &base, value);
            }
            store.retry_pending();
        }
        let today = clock::today();
        let roster = match store.load::<Roster>(ROSTER_KEY, &clock::stamp()) {
            Some(roster) => roster.repaired(today),
            None => {
                // Save the first run's roster at once: its id and date stay stable, and a
                // browser that refuses to save is reported before anything is typed.
                let roster = Roster::first_run(today);
                store.save(ROSTER_KEY, &roster);
                roster
            }
        };
        let problems = store.problems().to_vec();
        AppState {
            roster: RwSignal::new(roster),
            problems: RwSignal::new(problems),
            store: StoredValue::new_local(store),
            external: RwSignal::new(None),
            unsaved: StoredValue::new_local(Vec::new()),
            settled: RwSignal::new(false),
            last_typed: RwSignal::new(None),
            last_retry: StoredValue::new(0),
        }
    }

    /// Listens for other tabs' changes and saves anything held when the page is hidden.
    pub fn watch_browser(self) {
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            match event.key() {
                Some(key) if key == ROSTER_KEY => {
                    let new_value = event.new_value();
                    let change = self.store.try_update_value(|store| {
                        store.external_change::<Roster>(&key, new_value.as_deref())
                    });
                    match change.flatten() {
                        Some(Some(roster)) => self.roster.set(roster.repaired(clock::today())),
                        Some(None) => self.roster.set(Roster::first_run(clock::today())),
                        None => {}
                    }
                    self.sync_problems();
                }
                Some(key) => self.external.set(Some((Some(key), event.new_value()))),
                // `localStorage.clear()` in another tab.
                None => {
                    let change = self.store.try_update_value(|store| {
                        store.external_change::<Roster>(ROSTER_KEY, None)
                    });
                    if let Some(Some(None)) = change {
                        // Keep what this tab shows and write it back, so nothing is lost.
                        let roster = self.roster.get_untracked();
                        self.store.update_value(|store| {
                            store.save(ROSTER_KEY, &roster);
                        });
                    }
                    self.external.set(Some((None, None)));
                    self.sync_problems();
                }
            }
        });
        // The page may end here (a closed tab, a phone locking): write everything now.
        let flush = move || {
            self.retry_saving();
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_visibility = window_event_listener_untyped("visibilitychange", move |_| flush());
        // Printing from the browser's menu: views that follow saved documents (the
        // contract's preview) must show what was typed a moment ago.
        let on_print = window_event_listener_untyped("beforeprint", move |_| flush());
        // The shell lives as long as the page; the handles only need to outlive this scope.
        on_cleanup(move || {
            on_storage.remove();
            on_hide.remove();
            on_visibility.remove();
            on_print.remove();
        });
    }

    /// Applies a change to the roster, saves it at once, and shows it. Documents still waiting
    /// to be written are written first: a mentee switch must find them in storage.
    pub fn change_roster<T>(
        &self,
        change: impl FnOnce(&mut Roster) -> Result<T, RosterError>,
    ) -> Result<T, RosterError> {
        self.flush_saves();
        let mut roster = self.roster.get_untracked();
        let outcome = change(&mut roster)?;
        self.save_doc(ROSTER_KEY, &roster);
        self.roster.set(roster);
        Ok(outcome)
    }

    /// The active mentee's name, for forms that start from it (the contract); `None` while it
    /// is still the first run's placeholder, which is nobody's name.
    pub fn active_mentee_name(&self) -> Option<String> {
        self.roster.with(|roster| {
            let active = roster.active();
            (!active.is_stand_in()).then(|| active.name.trim().to_string())
        })
    }

    /// Who the active mentee's programme is between, read once from the contract's names
    /// (see [`Parties::of`]) without loading the whole contract.
    pub fn active_parties(&self) -> Parties {
        let key = self
            .roster
            .with_untracked(|roster| ContractNames::DOC.key(roster.active_id()));
        let names = self.load_doc::<ContractNames>(&key).unwrap_or_default();
        Parties::named(&names.mentor, &names.mentee, self.active_mentee_name())
    }

    /// Removes a mentee and every document saved for them.
    pub fn remove_mentee(&self, id: &MenteeId) -> Result<(), RosterError> {
        self.change_roster(|roster| roster.remove(id, clock::today()))?;
        let prefix = mentee_prefix(id);
        self.use_store(|store| store.delete_prefix(&prefix));
        Ok(())
    }

    /// Every mentee with their saved feedback conversations, read once (not kept in signals):
    /// the start page lists follow-ups across mentees.
    pub fn feedback_of_every_mentee(&self) -> Vec<((MenteeId, String), FeedbackDoc)> {
        let mentees: Vec<(MenteeId, String)> = self.roster.with(|roster| {
            roster
                .mentees()
                .iter()
                .map(|m| (m.id.clone(), m.name.clone()))
                .collect()
        });
        mentees
            .into_iter()
            .filter_map(|who| {
                let doc = self.load_doc::<FeedbackDoc>(&FeedbackDoc::DOC.key(&who.0))?;
                Some((who, doc))
            })
            .collect()
    }

    /// Whether any mentee has feedback saved (tracked: follows the roster); tells the start
    /// page whether to fetch the code that reads it.
    pub fn has_saved_feedback(&self) -> bool {
        self.roster.with(|roster| {
            self.use_store(|store| {
                roster
                    .mentees()
                    .iter()
                    .any(|mentee| store.has_prefix(&FeedbackDoc::DOC.key(&mentee.id)))
            })
            .unwrap_or(false)
        })
    }

    fn load_doc<T: Document>(&self, key: &str) -> Option<T> {
        let document = self
            .use_store(|store| store.load::<T>(key, &clock::stamp()))
            .flatten();
        self.sync_problems();
        document
    }

    fn save_doc<T: Document + Serialize>(&self, key: &str, document: &T) {
        self.store.update_value(|store| {
            store.save(key, document);
        });
        self.sync_problems();
    }

    /// Saves `document` under `key` within [`SAVE_DELAY`]; a later change to the same key
    /// before then replaces it, so a burst of changes is one write.
    fn save_soon<T: Document + Serialize + 'static>(&self, key: String, document: T) {
        let save: PendingSave = Box::new(move || codec::encode(&document));
        self.unsaved.update_value(|unsaved| {
            unsaved.retain(|(waiting, _)| *waiting != key);
            unsaved.push((key, save));
        });
    }

    /// Writes every document changed since the last write, now. Called before anything
    /// reads storage or replaces a shown document (a mentee switch, a load, the backup tools)
    /// and when the page is hidden or left.
    pub fn flush_saves(&self) {
        let unsaved = self
            .unsaved
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if unsaved.is_empty() {
            self.retry_held_now_and_then();
            return;
        }
        self.store.update_value(|store| {
            for (key, encode) in unsaved {
                store.save_encoded(&key, encode());
            }
        });
        self.sync_problems();
        self.settled.notify();
    }

    /// Storage with every pending change written first: what `use_store` reads holds what was
    /// typed a moment ago, and no write still waiting can land after (and undo) what it does.
    /// The one way to read or replace stored data; only saving and other tabs' changes (which
    /// have their own rules) reach the store directly.
    fn use_store<R>(&self, f: impl FnOnce(&mut Store<AppBackend>) -> R) -> Option<R> {
        self.flush_saves();
        self.store.try_update_value(f)
    }

    /// Another tab wrote `key`: what this tab has not written yet for it goes to the store as
    /// held, so the store's rule for a newer write elsewhere applies (theirs is shown, ours
    /// kept aside for the mentor) instead of ours overwriting theirs.
    fn hold_unsaved(&self, key: &str) {
        let save = self
            .unsaved
            .try_update_value(|unsaved| {
                let at = unsaved.iter().position(|(waiting, _)| waiting == key)?;
                Some(unsaved.remove(at).1)
            })
            .flatten();
        if let Some(encode) = save {
            let encoded = encode();
            self.store.update_value(|store| store.hold(key, encoded));
        }
    }

    /// The active mentee's document of type `T` (their contract, their questions…) in a
    /// signal; it follows the active mentee.
    pub fn mentee_doc<T>(self) -> SavedDoc<T>
    where
        T: PerMentee + Serialize + Default + Clone + PartialEq + Send + Sync + 'static,
    {
        self.saved_doc(|roster| T::DOC.key(roster.active_id()))
    }

    /// A document kept in a signal. `key` says where it is saved and may follow the active
    /// mentee: when it changes, the document is loaded from the new key.
    fn saved_doc<T>(self, key: impl Fn(&Roster) -> String + Send + Sync + 'static) -> SavedDoc<T>
    where
        T: Document + Serialize + Default + Clone + PartialEq + Send + Sync + 'static,
    {
        let key = Memo::new(move |_| self.roster.with(&key));
        let value = RwSignal::new(self.load_doc::<T>(&key.get_untracked()).unwrap_or_default());
        Effect::new(move |previous: Option<String>| {
            let current = key.get();
            if previous.is_some_and(|previous| previous != current) {
                value.set(self.load_doc::<T>(&current).unwrap_or_default());
                self.settled.notify();
            }
            current
        });
        Effect::new(move |_| {
            let Some((changed, new_value)) = self.external.get() else {
                return;
            };
            let key = key.get_untracked();
            match changed {
                Some(changed) if changed == key => {
                    self.hold_unsaved(&key);
                    let change = self.store.try_update_value(|store| {
                        store.external_change::<T>(&key, new_value.as_deref())
                    });
                    if let Some(Some(document)) = change {
                        value.set(document.unwrap_or_default());
                        self.settled.notify();
                    }
                    self.sync_problems();
                }
                Some(_) => {}
                // Everything was cleared elsewhere: keep what this tab shows, and save it back.
                None => {
                    self.flush_saves();
                    self.save_doc(&key, &value.get_untracked());
                }
            }
        });
        SavedDoc {
            value,
            key,
            state: self,
        }
    }

    /// Part of a saved document, read and never written, in a signal: it follows `key` (the
    /// active mentee) and other tabs' writes with the store's rules (quarantine, newer
    /// schema), until `stopped` says the whole document has been loaded elsewhere (see
    /// [`agenda::MeetingClock`]). Nothing in this tab writes the entry before then.
    fn read_only_doc<T>(
        self,
        key: impl Fn(&Roster) -> String + Send + Sync + 'static,
        stopped: impl Fn() -> bool + Copy + Send + Sync + 'static,
    ) -> RwSignal<T>
    where
        T: Document + Default + PartialEq + Send + Sync + 'static,
    {
        let key = Memo::new(move |_| self.roster.with(&key));
        let value = RwSignal::new(self.load_doc::<T>(&key.get_untracked()).unwrap_or_default());
        Effect::new(move |previous: Option<String>| {
            let current = key.get();
            if previous.is_some_and(|previous| previous != current) && !stopped() {
                value.set(self.load_doc::<T>(&current).unwrap_or_default());
            }
            current
        });
        Effect::new(move |_| {
            let Some((Some(changed), new_value)) = self.external.get() else {
                return;
            };
            let key = key.get_untracked();
            if changed != key || stopped() {
                return;
            }
            let change = self
                .store
                .try_update_value(|store| store.external_change::<T>(&key, new_value.as_deref()));
            if let Some(Some(document)) = change {
                value.set(document.unwrap_or_default());
            }
            self.sync_problems();
        });
        value
    }

    /// Adds a mentee and makes them active; the app's stand-in „Osoba mentorowana” gives way to the
    /// first one when nothing was saved for it.
    pub fn add_mentee(&self, name: &str) -> Result<MenteeId, RosterError> {
        let unused = self.roster.with_untracked(|roster| {
            roster.placeholder().cloned().filter(|id| {
                self.use_store(|store| !store.has_prefix(&mentee_prefix(id)))
                    .unwrap_or(false)
            })
        });
        self.change_roster(|roster| roster.add_replacing(name, clock::today(), unused.as_ref()))
    }

    /// True while every change reaches storage (tracked).
    pub fn is_saving(&self) -> bool {
        self.problems.with(|problems| {
            !problems
                .iter()
                .any(|problem| matches!(problem, Problem::NotSaving { .. }))
        })
    }

    /// Tries again, every [`HELD_RETRY_MS`], what storage refused: called with the app's
    /// clock, so what waits is written as soon as there is room.
    fn retry_held_now_and_then(&self) {
        let held = self.store.with_value(|store| store.has_pending());
        let now = clock::now_ms();
        if held && now - self.last_retry.get_value() >= HELD_RETRY_MS {
            self.last_retry.set_value(now);
            self.retry_saving();
        }
    }

    /// Keeps what waits for room in this tab's sessionStorage (a room of its own, apart from
    /// localStorage's): a reload, or the phone closing the tab in the background, does not
    /// lose it. Taken back by [`AppState::load`]; removed once everything is written.
    fn keep_held(&self) {
        // Storage already borrowed (called from within a write): the next call keeps it.
        let Some(held) = self
            .store
            .try_with_value(|store| store.has_pending().then(|| store.held()))
        else {
            return;
        };
        let Some(session) = session_storage() else {
            return;
        };
        match held {
            Some(held) => {
                let _ = serde_json::to_string(&held).map(|text| session.set_item(HELD_KEY, &text));
            }
            None => {
                let _ = session.remove_item(HELD_KEY);
            }
        }
    }

    /// The user typed in the field with element id `id` (see [`AppState::unsaved_here`]).
    pub fn typed_in(&self, id: &str) {
        if self
            .last_typed
            .with_untracked(|last| last.as_deref() != Some(id))
        {
            self.last_typed.set(Some(id.to_string()));
        }
    }

    /// What to say under the field `id` while what is typed there cannot be saved: only under
    /// the field typed in last, where the user is looking (tracked).
    pub fn unsaved_here(&self, id: &str) -> Option<String> {
        let reason = self.problems.with(|problems| {
            problems.iter().find_map(|problem| match problem {
                Problem::NotSaving { reason } => Some(reason.clone()),
                _ => None,
            })
        })?;
        self.last_typed
            .with(|last| last.as_deref() == Some(id))
            .then(|| notices::unsaved_here(&reason))
    }

    /// Writes the documents of the mentees not in use in the packed form
    /// ([`crate::store::backup::packed_keys`]); anything held waits no longer if that made
    /// room. Called
    /// where the archive is looked after (the data page, the programme page), never by the
    /// shell, which only reads. Returns the units freed.
    pub fn pack_others(&self) -> u64 {
        let keys = crate::store::backup::packed_keys(&self.roster.get_untracked());
        let freed = self
            .use_store(|store| store.pack(&keys, crate::store::backup::stays_plain))
            .unwrap_or(0);
        self.sync_problems();
        freed
    }

    /// What the site keeps in localStorage against its limit, with everything waiting
    /// written first.
    pub fn usage(&self) -> crate::store::Usage {
        self.use_store(|store| store.usage()).unwrap_or_default()
    }

    /// Writes what waits to be written, and tries again what storage refused earlier.
    pub fn retry_saving(&self) {
        self.use_store(|store| store.retry_pending());
        self.sync_problems();
    }

    /// What the mentor must be told about saved data, in their words (tracked).
    pub fn notices(&self) -> Vec<StorageNotice> {
        let stamp = clock::stamp();
        self.problems.with(|problems| {
            self.roster.with(|roster| {
                problems
                    .iter()
                    .map(|problem| notices::notice(problem, roster, &stamp))
                    .collect()
            })
        })
    }

    /// Hides a notice the mentor has read (a quarantine, another tab's or a newer version's).
    pub fn dismiss(&self, notice: &NoticeId) {
        self.store.update_value(|store| store.dismiss(&notice.0));
        self.sync_problems();
    }

    fn sync_problems(&self) {
        self.keep_held();
        let problems = self.store.with_value(|store| store.problems().to_vec());
        if self.problems.with_untracked(|current| current != &problems) {
            self.problems.set(problems);
        }
    }
}

/// A saved document in a signal; see [`AppState::saved_doc`].
pub struct SavedDoc<T: Send + Sync + 'static> {
    /// The document as shown; change it only through [`SavedDoc::update`].
    pub value: RwSignal<T>,
    key: Memo<String>,
    state: AppState,
}

impl<T: Send + Sync + 'static> Clone for SavedDoc<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for SavedDoc<T> {}

impl<T: Document + Serialize + Clone + Send + Sync + 'static> SavedDoc<T> {
    /// The storage key the document is saved under now (tracked: it changes with the mentee).
    pub fn key(&self) -> String {
        self.key.get()
    }

    /// Subscribes to the moments the document is written or replaced (a write after
    /// [`SAVE_DELAY`], another mentee's or another tab's document shown), not to every
    /// change: for views that may lag a keystroke behind, such as the contract's preview.
    pub fn track_settled(&self) {
        self.state.settled.track();
    }

    /// Writes every change now (before printing, say).
    pub fn flush(&self) {
        self.state.flush_saves();
    }

    /// Changes the document and shows it; it is saved within [`SAVE_DELAY`].
    pub fn update<R>(&self, change: impl FnOnce(&mut T) -> R) -> R
    where
        T: 'static,
    {
        let mut document = self.value.get_untracked();
        let result = change(&mut document);
        self.state
            .save_soon(self.key.get_untracked(), document.clone());
        self.value.set(document);
        result
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
