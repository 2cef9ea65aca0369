//! The only code that touches browser storage: load, migrate, save, quarantine.
//!
//! [`Store`] holds the rules that keep data safe whatever the browser does, over any
//! [`Backend`]: the real one is [`local::LocalBackend`] (localStorage), the tests use
//! [`MemoryBackend`] with injected faults.
//!
//! The rules:
//! - a write that fails (private mode, quota, blocked storage) keeps the document in memory as
//!   pending, reports [`Problem::NotSaving`] and is retried later; `setItem` is atomic, so nothing
//!   half-written is ever left behind;
//! - a stored value that does not parse is moved, raw, to a fresh quarantine key (never
//!   overwritten) and reported; that part starts from defaults;
//! - a value written by a newer schema is never overwritten by this build;
//! - a value that could not be read at all is never overwritten either.

pub mod backup;
pub mod codec;
pub mod documents;
pub mod local;
pub mod packed;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use codec::{Decoded, Document};

/// Prefix of every key this app owns, so it never touches another app's data on the same origin.
pub const KEY_PREFIX: &str = "niezbednik/";
/// Where builds before issue 28 kept a copy of all data before each import (the stamp of the
/// import follows); listed on the data page, removable, and removed a while after.
pub const SAFETY_COPY_PREFIX: &str = "niezbednik/kopia-przed-importem/";

/// Where unreadable values are moved, followed by the original key and a timestamp.
pub const QUARANTINE_PREFIX: &str = "niezbednik/kwarantanna/";

/// Why the storage refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// No storage at all (blocked by settings, some private modes) or it threw on access.
    Unavailable(String),
    /// `QuotaExceededError` (or Firefox's `NS_ERROR_DOM_QUOTA_REACHED`): storage is full.
    QuotaExceeded,
    /// Anything else the browser threw.
    Failed(String),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::Unavailable(_) => f.write_str(
                "przeglądarka nie pozwala na zapis danych (np. tryb prywatny albo zablokowane dane witryn)",
            ),
            BackendError::QuotaExceeded => f.write_str("pamięć przeglądarki dla tej strony jest pełna"),
            BackendError::Failed(detail) => write!(f, "zapis się nie powiódł ({detail})"),
        }
    }
}

/// A key-value storage, as localStorage offers it.
pub trait Backend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn write(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn delete(&self, key: &str) -> Result<(), BackendError>;
    fn keys(&self) -> Result<Vec<String>, BackendError>;
    /// The length of the value under `key` in UTF-16 units, as the storage limit counts it;
    /// `None` when there is none.
    fn units(&self, key: &str) -> Option<u64> {
        self.read(key).ok().flatten().map(|value| units(&value))
    }
}

/// What localStorage gives one site, in UTF-16 units of keys and values together: Chromium
/// refuses a write beyond 5 242 880 (10 MiB as UTF-16), Firefox and Safari stop about there.
/// The browser's storage estimate leaves localStorage out, so the app counts against this.
pub const LIMIT_UNITS: u64 = 5 * 1024 * 1024;

/// From this share of [`LIMIT_UNITS`] on, the mentor is warned and told what to do.
pub const WARN_PERCENT: u64 = 80;

/// Whether storage has something else under a key than this tab last read or wrote there
/// (`known`): another tab's write. The same data in another form (packed, or plain again) is
/// no change.
fn changed_elsewhere(known: Option<&str>, stored: Option<&str>) -> bool {
    match (known, stored) {
        // Never read here (a first write, a key written without reading): nothing to compare.
        (_, None) | (None, _) => false,
        (Some(known), Some(stored)) => !codec::same_data(known, stored),
    }
}

/// A short fingerprint of a stored text (FNV-1a, 64 bits, in hex): enough to tell whether a
/// key still holds what it held, without keeping the text twice.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A text's length as the storage limit counts it.
pub fn units(text: &str) -> u64 {
    text.encode_utf16().count() as u64
}

/// What this site keeps in localStorage, as its limit counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    /// Every key of the site (another app on the same address counts against the same limit).
    pub all: u64,
    /// The app's own keys ([`KEY_PREFIX`]).
    pub ours: u64,
}

impl Usage {
    /// Share of [`LIMIT_UNITS`] in use, in whole percent (rounded down, so 80 % is reached
    /// only at 80 %).
    pub fn percent(self) -> u64 {
        self.all * 100 / LIMIT_UNITS
    }

    /// Whether the mentor must be warned ([`WARN_PERCENT`]).
    pub fn is_nearly_full(self) -> bool {
        self.percent() >= WARN_PERCENT
    }
}

/// Something the user must be told about; shown as a banner until resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Changes are kept only in this tab's memory.
    NotSaving { reason: BackendError },
    /// A stored value could not be read and was set aside.
    Quarantined {
        key: String,
        /// Where the raw text now lives; `None` if even that copy could not be written
        /// (then the original key is left untouched).
        quarantine_key: Option<String>,
        raw: String,
        reason: String,
    },
    /// Another tab saved `key` while this tab's change to it was still waiting for room:
    /// the other tab's version is shown, and this tab's change is kept here to download.
    Superseded { key: String, ours: String },
    /// Data saved by a newer version of the app; left as it is.
    NewerSchema {
        key: String,
        found: u32,
        supported: u32,
    },
}

/// What [`Store::save`] did with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    /// Same text as already stored: nothing written (and no `storage` event for other tabs).
    Unchanged,
    /// Storage refused; the document waits in memory for [`Store::retry_pending`].
    Held,
    /// The stored value must not be overwritten (newer schema, or unreadable).
    Protected,
}

pub struct Store<B: Backend> {
    backend: Option<B>,
    /// What we last read or wrote per key, to skip identical writes.
    known: BTreeMap<String, String>,
    /// Encoded documents that storage refused, by key.
    pending: BTreeMap<String, String>,
    /// Keys whose stored value must never be overwritten by this tab.
    protected: BTreeSet<String>,
    /// Keys last read by a reading that does not open packed documents (and found one): not
    /// written until a full reading has opened them.
    unopened: BTreeSet<String>,
    problems: Vec<Problem>,
}

impl<B: Backend> Store<B> {
    /// `backend` is `Err` when the browser gives no storage at all.
    pub fn new(backend: Result<B, BackendError>) -> Store<B> {
        match backend {
            Ok(backend) => Store {
                backend: Some(backend),
                known: BTreeMap::new(),
                pending: BTreeMap::new(),
                protected: BTreeSet::new(),
                unopened: BTreeSet::new(),
                problems: Vec::new(),
            },
            Err(reason) => Store {
                backend: None,
                known: BTreeMap::new(),
                pending: BTreeMap::new(),
                protected: BTreeSet::new(),
                unopened: BTreeSet::new(),
                problems: vec![Problem::NotSaving { reason }],
            },
        }
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// True while every change reaches storage.
    pub fn is_saving(&self) -> bool {
        !self
            .problems
            .iter()
            .any(|problem| matches!(problem, Problem::NotSaving { .. }))
    }

    /// Forgets a problem the user has acknowledged (quarantine and newer-schema notices only;
    /// "not saving" stays until saving works again).
    pub fn dismiss(&mut self, key: &str) {
        self.problems.retain(|problem| match problem {
            Problem::Quarantined { key: k, .. }
            | Problem::NewerSchema { key: k, .. }
            | Problem::Superseded { key: k, .. } => k != key,
            Problem::NotSaving { .. } => true,
        });
    }

    /// Reads a document. Anything wrong with the stored value is handled by the rules above and
    /// gives `None`: the caller starts from defaults for that part only.
    /// `stamp` makes quarantine keys unique (a timestamp).
    pub fn load<T: Document>(&mut self, key: &str, stamp: &str) -> Option<T> {
        // What this tab holds for the key is newer than what storage has: a mentee picked
        // again while their notes wait for room must show those notes, or the next change
        // would be made to the older text and replace them.
        if let Some(held) = self.pending.get(key)
            && let Decoded::Ready(document) = codec::decode::<T>(held)
        {
            return Some(document);
        }
        let backend = self.backend.as_ref()?;
        let raw = match backend.read(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return None,
            Err(reason) => {
                // We could not see what is there, so we must not overwrite it.
                self.protected.insert(key.to_string());
                self.report_not_saving(reason);
                return None;
            }
        };
        match codec::decode::<T>(&raw) {
            Decoded::Ready(document) => {
                self.known.insert(key.to_string(), raw);
                self.unopened.remove(key);
                Some(document)
            }
            Decoded::Newer { found } => {
                self.protected.insert(key.to_string());
                self.problems.push(Problem::NewerSchema {
                    key: key.to_string(),
                    found,
                    supported: T::SCHEMA,
                });
                None
            }
            Decoded::Corrupt(reason) => {
                self.quarantine(key, raw, reason, stamp);
                None
            }
            // A shell's reading of a packed document: the page's own reading opens it. Never
            // overwritten from here: this reading did not see what is there.
            Decoded::Packed => {
                self.unopened.insert(key.to_string());
                None
            }
        }
    }

    fn quarantine(&mut self, key: &str, raw: String, reason: String, stamp: &str) {
        let Some(backend) = self.backend.as_ref() else {
            return;
        };
        let existing: BTreeSet<String> = backend.keys().unwrap_or_default().into_iter().collect();
        let base = format!("{QUARANTINE_PREFIX}{key}/{stamp}");
        let mut quarantine_key = base.clone();
        let mut n = 2;
        while existing.contains(&quarantine_key) {
            quarantine_key = format!("{base}-{n}");
            n += 1;
        }
        let moved = match backend.write(&quarantine_key, &raw) {
            Ok(()) => {
                // The copy is safe; only now may the original go.
                let _ = backend.delete(key);
                Some(quarantine_key)
            }
            Err(_) => {
                // No room even for the copy: leave the original exactly where it is.
                self.protected.insert(key.to_string());
                None
            }
        };
        self.problems.push(Problem::Quarantined {
            key: key.to_string(),
            quarantine_key: moved,
            raw,
            reason,
        });
    }

    /// Saves a document under `key` (one atomic write).
    pub fn save<T: Document + serde::Serialize>(&mut self, key: &str, document: &T) -> SaveOutcome {
        if self.protected.contains(key) {
            return SaveOutcome::Protected;
        }
        self.save_encoded(key, codec::encode(document))
    }

    /// [`Store::save`] of a document already encoded with [`codec::encode`] (a write the
    /// state layer delayed); one copy of the saving rules for every document type.
    pub fn save_encoded(&mut self, key: &str, encoded: String) -> SaveOutcome {
        if self.protected.contains(key) || self.unopened.contains(key) {
            return SaveOutcome::Protected;
        }
        if self.known.get(key) == Some(&encoded) {
            self.pending.remove(key);
            return SaveOutcome::Unchanged;
        }
        self.pending.insert(key.to_string(), encoded);
        if self.retry_pending() {
            SaveOutcome::Saved
        } else if self.pending.contains_key(key) {
            SaveOutcome::Held
        } else {
            SaveOutcome::Saved
        }
    }

    /// Queues a document as if storage had refused it, without writing: the caller learned
    /// that another tab wrote `key` and hands over what it had not written yet, so that
    /// [`Store::external_change`] keeps it aside instead of letting it overwrite theirs.
    /// `encoded` comes from [`codec::encode`].
    pub fn hold(&mut self, key: &str, encoded: String) {
        if self.known.get(key) == Some(&encoded) {
            self.pending.remove(key);
        } else {
            self.pending.insert(key.to_string(), encoded);
        }
    }

    /// Tries every held write again. True when nothing is left pending; then the
    /// "not saving" notice goes away.
    pub fn retry_pending(&mut self) -> bool {
        let Some(backend) = self.backend.as_ref() else {
            return self.pending.is_empty();
        };
        let mut failure = None;
        // A key that must not be overwritten never is: what was queued for it is set aside
        // for the mentor to download instead.
        let blocked: Vec<String> = (self.pending.keys())
            .filter(|key| self.protected.contains(*key))
            .cloned()
            .collect();
        for key in blocked {
            if let Some(ours) = self.pending.remove(&key) {
                self.problems.push(Problem::Superseded { key, ours });
            }
        }
        let keys: Vec<String> = self.pending.keys().cloned().collect();
        for key in keys {
            // Written meanwhile by another tab, whose change this tab never took (no page here
            // shows that document): ours must not overwrite theirs, and is set aside instead.
            if let Ok(stored) = backend.read(&key)
                && changed_elsewhere(self.known.get(&key).map(String::as_str), stored.as_deref())
            {
                if let Some(ours) = self.pending.remove(&key) {
                    self.problems.push(Problem::Superseded { key, ours });
                }
                continue;
            }
            let value = self.pending[&key].clone();
            match backend.write(&key, &value) {
                Ok(()) => {
                    self.pending.remove(&key);
                    self.known.insert(key, value);
                }
                Err(reason) => {
                    failure = Some(reason);
                    break;
                }
            }
        }
        match failure {
            Some(reason) => {
                self.report_not_saving(reason);
                false
            }
            None => {
                if self.pending.is_empty() {
                    self.problems
                        .retain(|problem| !matches!(problem, Problem::NotSaving { .. }));
                }
                self.pending.is_empty()
            }
        }
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// What waits for room, to keep outside localStorage until it is written (this tab's
    /// sessionStorage survives a reload): `(key, what storage had then, as [`fingerprint`],
    /// what waits)`.
    pub fn held(&self) -> Vec<(String, String, String)> {
        self.pending
            .iter()
            .map(|(key, value)| {
                let base = self.known.get(key).map(String::as_str).unwrap_or("");
                (key.clone(), fingerprint(base), value.clone())
            })
            .collect()
    }

    /// Takes back what [`Store::held`] gave before a reload: held again when storage still
    /// has what it had then (`base`), or set aside for the user to download when another
    /// tab wrote the key since, as a held write is whenever that happens.
    pub fn take_back(&mut self, key: &str, base: &str, value: String) {
        let Some(backend) = self.backend.as_ref() else {
            return;
        };
        let stored = match backend.read(key) {
            Ok(stored) => stored.unwrap_or_default(),
            Err(_) => return,
        };
        if stored == value {
            return;
        }
        if fingerprint(&stored) == base && !self.protected.contains(key) {
            self.known.insert(key.to_string(), stored);
            self.pending.insert(key.to_string(), value);
        } else {
            self.problems.push(Problem::Superseded {
                key: key.to_string(),
                ours: value,
            });
        }
    }

    /// Another tab changed `key` (a `storage` event). Returns the document to show now:
    /// `Some(Some(doc))` new data, `Some(None)` the entry was removed (use defaults),
    /// `None` nothing to change here.
    pub fn external_change<T: Document>(
        &mut self,
        key: &str,
        new_value: Option<&str>,
    ) -> Option<Option<T>> {
        let Some(raw) = new_value else {
            self.known.remove(key);
            self.pending.remove(key);
            return Some(None);
        };
        if self.known.get(key).map(String::as_str) == Some(raw) {
            return None;
        }
        // The same data in another form (another tab packed it, or wrote it plain again): what
        // this tab shows and holds stays as it is.
        if let Some(known) = self.known.get(key)
            && !changed_elsewhere(Some(known), Some(raw))
        {
            self.known.insert(key.to_string(), raw.to_string());
            return None;
        }
        match codec::decode::<T>(raw) {
            Decoded::Ready(document) => {
                self.known.insert(key.to_string(), raw.to_string());
                self.set_aside_pending(key, raw);
                Some(Some(document))
            }
            Decoded::Newer { found } => {
                self.set_aside_pending(key, raw);
                self.protected.insert(key.to_string());
                self.problems.push(Problem::NewerSchema {
                    key: key.to_string(),
                    found,
                    supported: T::SCHEMA,
                });
                None
            }
            // Whatever wrote that will be quarantined at the next load; keep working with ours.
            Decoded::Corrupt(_) | Decoded::Packed => None,
        }
    }

    /// Another tab's write to `key` is newer than what this tab still had queued for it:
    /// ours must not overwrite theirs, and must not vanish either. It becomes a notice the
    /// mentor can download from (unless it says the same as theirs).
    fn set_aside_pending(&mut self, key: &str, theirs: &str) {
        let Some(ours) = self.pending.remove(key) else {
            return;
        };
        if ours != theirs {
            self.problems.push(Problem::Superseded {
                key: key.to_string(),
                ours,
            });
        }
        if self.pending.is_empty() {
            self.problems
                .retain(|problem| !matches!(problem, Problem::NotSaving { .. }));
        }
    }

    /// Removes every key that starts with `prefix` (a deleted mentee's documents).
    pub fn delete_prefix(&mut self, prefix: &str) {
        let Some(backend) = self.backend.as_ref() else {
            return;
        };
        for key in backend.keys().unwrap_or_default() {
            if key.starts_with(prefix) && !self.protected.contains(&key) {
                let _ = backend.delete(&key);
                self.known.remove(&key);
            }
        }
        self.pending.retain(|key, _| !key.starts_with(prefix));
        // The room freed goes at once to anything held.
        if self.has_pending() {
            self.retry_pending();
        }
    }

    /// Every backed-up document as stored (see [`backup::is_backed_up`]).
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        let Some(backend) = self.backend.as_ref() else {
            return BTreeMap::new();
        };
        backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| backup::is_backed_up(key))
            .filter_map(|key| backend.read(&key).ok().flatten().map(|value| (key, value)))
            .collect()
    }

    /// Writes an import; if any write fails, everything is put back as it was. The data as it
    /// was before comes back to the caller, held in memory and never written again here: a
    /// copy in storage would need the same room as the data, and is what made a restore on
    /// the same phone fail at half the limit.
    pub fn apply_import(
        &mut self,
        plan: &backup::ImportPlan,
    ) -> Result<BTreeMap<String, String>, BackendError> {
        let backend = self
            .backend
            .as_ref()
            .ok_or_else(|| BackendError::Unavailable("brak pamięci".into()))?;
        let before = self.snapshot();
        // Storage that refuses every write (blocked, broken) is found before anything is
        // deleted; a full one is not refused here: the import's deletions make its room.
        let probe = format!("{KEY_PREFIX}proba-zapisu");
        match backend.write(&probe, "") {
            Ok(()) => {
                let _ = backend.delete(&probe);
            }
            Err(BackendError::QuotaExceeded) => {}
            Err(error) => return Err(error),
        }
        let outcome: Result<(), BackendError> = (|| {
            if plan.replace_all {
                for key in before.keys() {
                    backend.delete(key)?;
                }
            }
            for (key, value) in &plan.writes {
                backend.write(key, value)?;
            }
            Ok(())
        })();
        if let Err(error) = outcome {
            // Put back exactly what was there: everything backed up goes first, so what was
            // there fits again whatever the import made larger or smaller.
            for key in backend.keys().unwrap_or_default() {
                if backup::is_backed_up(&key) {
                    let _ = backend.delete(&key);
                }
            }
            let mut unrestored = BTreeMap::new();
            for (key, value) in before {
                if backend.write(&key, &value).is_err() {
                    unrestored.insert(key, value);
                }
            }
            if !unrestored.is_empty() {
                // Never lost: held like any refused write, written as soon as storage lets;
                // what this tab held already for a key is newer and stays.
                for (key, value) in unrestored {
                    self.pending.entry(key).or_insert(value);
                }
                self.report_not_saving(error.clone());
                return Err(BackendError::Failed(format!(
                    "{error}; część poprzednich danych czeka w tej karcie na zapis – nie zamykaj jej"
                )));
            }
            return Err(error);
        }
        // What this tab still held for the old data would overwrite the import at the next
        // retry (the page reloads): it goes into the data as it was, for the mentor to keep.
        let mut before = before;
        for (key, value) in std::mem::take(&mut self.pending) {
            if backup::is_backed_up(&key) {
                before.insert(key, value);
            }
        }
        self.problems
            .retain(|problem| !matches!(problem, Problem::NotSaving { .. }));
        self.known.clear();
        self.protected.clear();
        self.unopened.clear();
        Ok(before)
    }

    /// Room left for an import: the units the site would use after `plan` is written, against
    /// [`LIMIT_UNITS`]. `Err((needed, limit))` when it cannot fit.
    pub fn import_fits(&self, plan: &backup::ImportPlan) -> Result<(), (u64, u64)> {
        let Some(backend) = self.backend.as_ref() else {
            return Ok(());
        };
        let mut after = self.usage().all;
        for key in backend.keys().unwrap_or_default() {
            let goes =
                (plan.replace_all && backup::is_backed_up(&key)) || plan.writes.contains_key(&key);
            if goes {
                after -= (units(&key) + backend.units(&key).unwrap_or(0)).min(after);
            }
        }
        after += plan
            .writes
            .iter()
            .map(|(key, value)| units(key) + units(value))
            .sum::<u64>();
        if after > LIMIT_UNITS {
            Err((after, LIMIT_UNITS))
        } else {
            Ok(())
        }
    }

    /// Writes the documents under `keys` in the packed form ([`packed`]): those of mentees not
    /// in use, read rarely. A key whose document waits to be written, may not be overwritten,
    /// is packed already, `stays_plain` (key, text) or would not get smaller is left as it
    /// is. Returns the units freed.
    pub fn pack(&mut self, keys: &[String], stays_plain: impl Fn(&str, &str) -> bool) -> u64 {
        let Some(backend) = self.backend.as_ref() else {
            return 0;
        };
        let mut freed = 0;
        for key in keys {
            if self.pending.contains_key(key) || self.protected.contains(key) {
                continue;
            }
            let Some(raw) = backend.read(key).ok().flatten() else {
                continue;
            };
            if codec::is_packed(&raw) || stays_plain(key, &raw) {
                continue;
            }
            let Some(packed) = codec::pack(&raw) else {
                continue;
            };
            let (before, after) = (units(&raw), units(&packed));
            if after < before && backend.write(key, &packed).is_ok() {
                freed += before - after;
                self.known.insert(key.clone(), packed);
            }
        }
        if freed > 0 {
            // Room was made: anything held waits no longer.
            self.retry_pending();
        }
        freed
    }

    /// The copies of the data that builds before issue 28 kept in storage before each import
    /// (key, units), oldest first.
    pub fn safety_copies(&self) -> Vec<(String, u64)> {
        let Some(backend) = self.backend.as_ref() else {
            return Vec::new();
        };
        backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| key.starts_with(SAFETY_COPY_PREFIX))
            .map(|key| {
                let size = units(&key) + backend.units(&key).unwrap_or(0);
                (key, size)
            })
            .collect::<BTreeMap<_, _>>()
            .into_iter()
            .collect()
    }

    /// Removes one entry that is not a document (an old safety copy, a quarantined value);
    /// the room it frees goes at once to anything held.
    pub fn remove_entry(&mut self, key: &str) {
        if let Some(backend) = self.backend.as_ref() {
            let _ = backend.delete(key);
        }
        self.known.remove(key);
        if self.has_pending() {
            self.retry_pending();
        }
    }

    /// Removes everything this app stored on this device.
    pub fn delete_all(&mut self) {
        if let Some(backend) = self.backend.as_ref() {
            for key in backend.keys().unwrap_or_default() {
                if key.starts_with(KEY_PREFIX) {
                    let _ = backend.delete(&key);
                }
            }
        }
        self.known.clear();
        self.pending.clear();
        self.protected.clear();
        self.unopened.clear();
        self.problems
            .retain(|p| matches!(p, Problem::NotSaving { .. }));
    }

    /// What the site keeps in localStorage, counted as its limit counts ([`Usage`]).
    pub fn usage(&self) -> Usage {
        let Some(backend) = self.backend.as_ref() else {
            return Usage::default();
        };
        let mut usage = Usage::default();
        for key in backend.keys().unwrap_or_default() {
            let size = units(&key) + backend.units(&key).unwrap_or(0);
            usage.all += size;
            if key.starts_with(KEY_PREFIX) {
                usage.ours += size;
            }
        }
        usage
    }

    /// Whether anything is stored (or waiting to be) under `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.pending.keys().any(|key| key.starts_with(prefix))
            || self.backend.as_ref().is_some_and(|backend| {
                backend
                    .keys()
                    .unwrap_or_default()
                    .iter()
                    .any(|key| key.starts_with(prefix))
            })
    }

    /// The text stored under `key` as it is, without reading it as a document (older builds
    /// kept the last backup's bare date this way); `None` when there is none or the storage
    /// cannot be read.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        self.backend.as_ref()?.read(key).ok().flatten()
    }

    fn report_not_saving(&mut self, reason: BackendError) {
        self.problems
            .retain(|problem| !matches!(problem, Problem::NotSaving { .. }));
        self.problems.insert(0, Problem::NotSaving { reason });
    }
}

/// An in-memory [`Backend`] whose faults can be switched on, for tests.
#[derive(Default)]
pub struct MemoryBackend {
    pub entries: RefCell<BTreeMap<String, String>>,
    /// When set, every write fails with this error.
    pub write_fault: RefCell<Option<BackendError>>,
    /// When set, every read fails with this error.
    pub read_fault: RefCell<Option<BackendError>>,
    /// When set, a write that would make all entries together longer than this many bytes
    /// fails with `QuotaExceeded`, as a full localStorage does.
    pub capacity: RefCell<Option<usize>>,
}

impl Backend for &MemoryBackend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
        if let Some(fault) = self.read_fault.borrow().clone() {
            return Err(fault);
        }
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        if let Some(fault) = self.write_fault.borrow().clone() {
            return Err(fault);
        }
        if let Some(capacity) = *self.capacity.borrow() {
            let entries = self.entries.borrow();
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > capacity {
                return Err(BackendError::QuotaExceeded);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<(), BackendError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests;
