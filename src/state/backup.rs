//! Backup and restore for `#/dane`: the export, the import's check, preview and writing,
//! deleting everything, and what the data takes. Only the data page uses it, so the backup
//! file's reader and the importer stay out of the shell's code (and, with the per-page split,
//! ship in that page's part).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{AppState, session_storage};
use crate::browser::clock;
use crate::model::mentees::MenteeId;
use crate::model::{date, text};
use crate::store::backup;
use crate::store::documents::{BACKUP_LOG_KEY, BackupLog};
use crate::store::{BackendError, Store};

/// What an import will do, shown before anything is written.
pub use crate::store::backup::ImportPlan;

/// Where the data as it was before an import waits in this tab's sessionStorage (a separate
/// room from localStorage, gone with the tab), to download after the page reloads.
const BEFORE_IMPORT_KEY: &str = "niezbednik/przed-importem";

/// After this many days without an export, the data page asks for a new one.
const REMIND_AFTER_DAYS: i64 = 30;

/// Copies kept in storage before an import by earlier builds go after this many days: the
/// imported data has been used long enough.
const SAFETY_COPY_DAYS: i64 = 14;

/// A copy of all data that an earlier build kept in storage before an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyCopy {
    pub key: String,
    /// The day of that import, from the key.
    pub made: Option<NaiveDate>,
    /// What it takes, in UTF-16 units.
    pub units: u64,
}

/// The data page's backup tools; see the module docs.
#[derive(Clone, Copy)]
pub struct BackupState {
    state: AppState,
    /// The day of the last export, shown at once when an export saves a new one.
    last_export: RwSignal<Option<NaiveDate>>,
}

impl BackupState {
    /// Reads the day of the last export.
    pub fn new(state: AppState) -> BackupState {
        let last_export = state.use_store(read_last_export).flatten();
        state.sync_problems();
        BackupState {
            state,
            last_export: RwSignal::new(last_export),
        }
    }

    /// The day of the last export, if any (tracked: an export updates it at once).
    pub fn last_export(&self) -> Option<NaiveDate> {
        self.last_export.get()
    }

    /// The reminder to make a backup, if one is due today (tracked).
    pub fn reminder(&self) -> Option<String> {
        reminder(self.last_export(), clock::today())
    }

    /// A backup file of everything, or of one mentee: `(file name, JSON)`.
    pub fn export(&self, mentee: Option<&MenteeId>) -> (String, String) {
        let all = self
            .state
            .use_store(|store| store.snapshot())
            .unwrap_or_default();
        let roster = self.state.roster.get_untracked();
        let (entries, scope, label) = match mentee {
            Some(id) => {
                let name = roster.get(id).map(|m| m.name.clone()).unwrap_or_default();
                (
                    backup::one_mentee(&all, &roster, id),
                    id.0.clone(),
                    slug(&name),
                )
            }
            None => (all, "all".to_string(), "wszystko".to_string()),
        };
        let stamp = clock::stamp();
        let json = backup::make_backup(entries, &scope, &stamp);
        // Saved like any document: versioned, and a refused write shows the "not saving" notice.
        let log = BackupLog {
            last_export: clock::today(),
        };
        self.state.save_doc(BACKUP_LOG_KEY, &log);
        self.last_export.set(Some(log.last_export));
        (format!("niezbednik-{label}-{}.json", &stamp[..8]), json)
    }

    /// Whether a chosen file of `bytes` is worth reading at all (before it is read); `Err` is
    /// the message for the mentor.
    pub fn check_file_size(&self, bytes: f64) -> Result<(), String> {
        backup::check_file_size(bytes)
            .map_err(|error| format!("Nie zaimportowano niczego. {error}"))
    }

    /// Checks a file and says what importing it would do; writes nothing. `Err` is the
    /// message for the mentor: also when the data would not fit in this browser.
    pub fn preview_import(&self, text: &str) -> Result<ImportPlan, String> {
        let (file, incoming) = backup::parse_backup(text)
            .map_err(|error| format!("Nie zaimportowano niczego. {error}"))?;
        let plan = backup::plan_import(
            &self.state.roster.get_untracked(),
            &file,
            &incoming,
            clock::today(),
        );
        self.state
            .use_store(|store| store.import_fits(&plan))
            .unwrap_or(Ok(()))
            .map_err(|(needed, limit)| {
                format!(
                    "Nie zaimportowano niczego. Po imporcie dane zajęłyby {}, a przeglądarka daje tej stronie {}. Zwolnij miejsce (usuń mentee, których notatek nie potrzebujesz, albo stare kopie sprzed importu poniżej) i spróbuj ponownie.",
                    text::stored_size(needed),
                    text::stored_size(limit)
                )
            })?;
        Ok(plan)
    }

    /// Imports a previewed plan. The data as it was before is held in this tab (not in
    /// localStorage, where it would need the same room again) to download after the reload;
    /// `Err` is the message for the mentor, with that data to download at once when it could
    /// not be held.
    pub fn apply_import(&self, plan: &ImportPlan) -> Result<(), (String, Option<String>)> {
        let stamp = clock::stamp();
        let outcome = self
            .state
            .use_store(|store| store.apply_import(plan))
            .unwrap_or_else(|| Err(BackendError::Failed("brak pamięci".into())));
        let before = outcome.map_err(|reason| {
            (
                format!("Nie zaimportowano: {reason}. Twoje dane zostały bez zmian."),
                None,
            )
        })?;
        let json = backup::make_backup(before, "all", &stamp);
        if session_storage()
            .and_then(|session| session.set_item(BEFORE_IMPORT_KEY, &json).ok())
            .is_none()
        {
            return Err((
                "Zaimportowano. Danych sprzed importu nie da się przechować w tej karcie: pobierz je teraz, jeśli chcesz móc do nich wrócić.".to_string(),
                Some(json),
            ));
        }
        Ok(())
    }

    /// The data as it was before the last import in this tab, as a backup file: `(file name,
    /// JSON)`.
    pub fn before_import(&self) -> Option<(String, String)> {
        let json = session_storage()?.get_item(BEFORE_IMPORT_KEY).ok()??;
        let created = serde_json::from_str::<backup::Backup>(&json)
            .map(|file| file.created)
            .unwrap_or_default();
        let day = created.get(..8).unwrap_or("kopia").to_string();
        Some((format!("niezbednik-przed-importem-{day}.json"), json))
    }

    /// Lets go of the data held since the last import.
    pub fn forget_before_import(&self) {
        if let Some(session) = session_storage() {
            let _ = session.remove_item(BEFORE_IMPORT_KEY);
        }
    }

    /// The copies earlier builds kept in storage before an import, oldest first; those older
    /// than [`SAFETY_COPY_DAYS`] are removed first.
    pub fn safety_copies(&self) -> Vec<SafetyCopy> {
        let today = clock::today();
        let copies = self
            .state
            .use_store(|store| store.safety_copies())
            .unwrap_or_default();
        let mut kept = Vec::new();
        for (key, units) in copies {
            let made = key
                .strip_prefix(crate::store::SAFETY_COPY_PREFIX)
                .and_then(|stamp| stamp.get(..8))
                .and_then(|day| NaiveDate::parse_from_str(day, "%Y%m%d").ok());
            if made.is_some_and(|made| (today - made).num_days() > SAFETY_COPY_DAYS) {
                self.remove_safety_copy(&key);
            } else {
                kept.push(SafetyCopy { key, made, units });
            }
        }
        kept
    }

    /// One copy's text, to download.
    pub fn safety_copy_text(&self, key: &str) -> Option<String> {
        self.state.use_store(|store| store.read_raw(key)).flatten()
    }

    /// Removes one copy; the room goes at once to anything waiting to be written.
    pub fn remove_safety_copy(&self, key: &str) {
        self.state.use_store(|store| store.remove_entry(key));
        self.state.sync_problems();
    }

    /// Removes everything the app stored on this device, the data held in this tab since an
    /// import too.
    pub fn delete_all(&self) {
        self.state.use_store(|store| store.delete_all());
        self.forget_before_import();
    }

    /// What the site keeps in localStorage against its limit (see [`Store::usage`]).
    pub fn usage(&self) -> crate::store::Usage {
        self.state.usage()
    }
}

/// The day of the last export, from the backup log.
fn read_last_export(store: &mut Store<super::AppBackend>) -> Option<NaiveDate> {
    // Builds before 2026-11-27 stored the bare date; read that as it is.
    let legacy = store
        .read_raw(BACKUP_LOG_KEY)
        .and_then(|text| date::from_iso(text.trim()));
    legacy.or_else(|| {
        store
            .load::<BackupLog>(BACKUP_LOG_KEY, &clock::stamp())
            .map(|log| log.last_export)
    })
}

/// What to tell a mentor whose last export was `last` (`None`: never), or nothing while the
/// backup is recent.
fn reminder(last: Option<NaiveDate>, today: NaiveDate) -> Option<String> {
    match last {
        None => {
            Some("Nie masz jeszcze kopii zapasowej. Zrób ją teraz – to jeden plik.".to_string())
        }
        Some(day) if (today - day).num_days() > REMIND_AFTER_DAYS => Some(format!(
            "Ostatnia kopia ma {} dni. Zrób nową.",
            (today - day).num_days()
        )),
        Some(_) => None,
    }
}

/// A file-name-friendly form of a name: `Anna K.` → `anna-k`.
fn slug(name: &str) -> String {
    let folded = crate::model::text::fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "mentee".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn the_reminder_asks_for_a_first_backup_and_for_a_new_one_after_a_month() {
        let today = day(31);
        assert_eq!(
            reminder(None, today).as_deref(),
            Some("Nie masz jeszcze kopii zapasowej. Zrób ją teraz\u{a0}– to jeden plik.")
        );
        assert_eq!(reminder(Some(today), today), None);
        assert_eq!(
            reminder(Some(day(1)), today),
            None,
            "30 days is recent enough"
        );
        let old = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(
            reminder(Some(old), today).as_deref(),
            Some("Ostatnia kopia ma 41\u{a0}dni. Zrób nową.")
        );
    }

    #[test]
    fn file_names_carry_a_plain_form_of_the_name() {
        assert_eq!(slug("Anna K."), "anna-k");
        assert_eq!(slug("Łucja Żółć"), "lucja-zolc");
        assert_eq!(slug("  "), "mentee");
    }
}
