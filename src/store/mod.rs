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

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use codec::{Decoded, Document};

/// Prefix of every key this app owns, so it never touches another app's data on the same origin.
pub const KEY_PREFIX: &str = "niezbednik/";
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
                problems: Vec::new(),
            },
            Err(reason) => Store {
                backend: None,
                known: BTreeMap::new(),
                pending: BTreeMap::new(),
                protected: BTreeSet::new(),
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
        if self.protected.contains(key) {
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
            Decoded::Corrupt(_) => None,
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

    /// Writes an import: first a copy of the current data under `copy_key` (nothing happens
    /// if that fails), then the plan; if any write fails, everything is put back as it was.
    pub fn apply_import(
        &mut self,
        plan: &backup::ImportPlan,
        copy_key: &str,
        copy: &str,
    ) -> Result<(), BackendError> {
        let backend = self
            .backend
            .as_ref()
            .ok_or_else(|| BackendError::Unavailable("brak pamięci".into()))?;
        let before = self.snapshot();
        backend.write(copy_key, copy)?;
        let outcome = (|| {
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
            // Put back exactly what was there.
            for key in backend.keys().unwrap_or_default() {
                if backup::is_backed_up(&key) && !before.contains_key(&key) {
                    let _ = backend.delete(&key);
                }
            }
            let mut restored = true;
            for (key, value) in &before {
                restored &= backend.write(key, value).is_ok();
            }
            if !restored {
                return Err(BackendError::Failed(format!(
                    "{error}; nie wszystko dało się przywrócić — pełna kopia poprzednich danych jest pod kluczem {copy_key}"
                )));
            }
            return Err(error);
        }
        self.known.clear();
        self.protected.clear();
        Ok(())
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
        self.problems
            .retain(|p| matches!(p, Problem::NotSaving { .. }));
    }

    /// What the app's own data takes in storage, in bytes: every key under [`KEY_PREFIX`] and
    /// its value, as localStorage keeps them (UTF-16, two bytes a unit). The offline copy of
    /// the app itself is not in it.
    pub fn app_bytes(&self) -> u64 {
        let Some(backend) = self.backend.as_ref() else {
            return 0;
        };
        let units = |text: &str| text.encode_utf16().count() as u64;
        backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| key.starts_with(KEY_PREFIX))
            .map(|key| {
                let value = backend.read(&key).ok().flatten().unwrap_or_default();
                2 * (units(&key) + units(&value))
            })
            .sum()
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
