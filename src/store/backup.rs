//! Backups: everything the app saved (or one mentee's part) as one JSON file, and the checks
//! an imported file must pass before anything is written. Pure (no browser): the page applies
//! the plan through the store.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::codec::{Decoded, Document, decode, encode};
use super::documents::{
    AGENDA_PREFS_KEY, MENTEE_PREFIX, MenteeDoc, RECEIVED_KEY, ROSTER_KEY, mentee_prefix,
};
use crate::model::agenda::AgendaPrefs;
use crate::model::agenda_doc::AgendaDoc;
use crate::model::contract::Contract;
use crate::model::crm::CrmDoc;
use crate::model::deck::QuestionsDoc;
use crate::model::feedback::FeedbackDoc;
use crate::model::mentees::{MenteeId, Roster};
use crate::model::programme::ProgrammeDoc;
use crate::model::received::ReceivedDoc;
use crate::model::share;

pub const BACKUP_TYPE: &str = "niezbednik-mentora/kopia";
/// 2: entries may be in the packed form ([`super::packed`]), as a closed mentee's documents
/// are stored. Schema 1 files read as they are.
pub const BACKUP_SCHEMA: u32 = 2;
/// Larger files are refused before they are read: a backup of everything storage can hold
/// ([`super::LIMIT_UNITS`]) takes at most three bytes a unit in the file (a packed character
/// or a letter with a diacritic, an escaped quote), so this lets every backup the app writes
/// through, and stops a film picked by mistake. Whether the data fits is checked after
/// reading ([`super::Store::import_fits`]).
pub const MAX_BYTES: usize = 4 * super::LIMIT_UNITS as usize;

/// The backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    #[serde(rename = "type")]
    pub kind: String,
    pub schema: u32,
    /// When it was made (local, `YYYY-MM-DD HH:MM`).
    pub created: String,
    /// `all` for everything, or the id of the one mentee it holds.
    pub scope: String,
    /// Stored documents by key, as they are in storage (each carries its own schema).
    pub entries: BTreeMap<String, String>,
}

/// Why a file cannot be imported; `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// Not readable as JSON at all: no backup of this app.
    NotJson,
    /// JSON, but without the backup's type mark (another app's file, a note).
    NotABackup,
    /// Marked as a backup, but its frame does not read (entries missing or of the wrong kind).
    Incomplete,
    NewerBackup {
        found: u32,
    },
    UnknownEntry(String),
    /// A stored document inside that does not pass its checks. Why exactly is for a developer
    /// (`reason`, in tests and the debugger), never shown: the message names the document.
    BadEntry {
        key: String,
        reason: String,
    },
    NewerEntry(String),
    NoRoster,
}

/// What to pick instead of a file that is not a backup: where backups come from.
const PICK_A_BACKUP: &str = "Wybierz plik „niezbednik-….json” zapisany przyciskiem „Eksportuj wszystko” albo „Eksportuj tylko aktywną osobę”.";

/// A stored document's key as the mentor knows the document: „kontrakt”, „lista mentee”.
pub fn entry_label(key: &str) -> &'static str {
    match key {
        ROSTER_KEY => "lista mentee",
        AGENDA_PREFS_KEY => "ustawienia agendy",
        RECEIVED_KEY => "„Od moich mentorów”",
        _ => MenteeDoc::parse_key(key).map_or("część danych", |(_, doc)| doc.label()),
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "Plik ma {}, a kopia tej aplikacji ma najwyżej {}. To chyba nie ten plik.",
                crate::model::text::size(*bytes as u64),
                crate::model::text::size(MAX_BYTES as u64)
            ),
            ImportError::NotJson => write!(
                f,
                "To nie jest kopia Niezbędnika mentora: tego pliku nie da się odczytać jako kopii. {PICK_A_BACKUP}"
            ),
            ImportError::NotABackup => write!(
                f,
                "To nie jest kopia Niezbędnika mentora, tylko inny plik. {PICK_A_BACKUP}"
            ),
            ImportError::Incomplete => f.write_str(
                "Ta kopia Niezbędnika mentora jest niepełna albo zmieniona ręcznie, więc nie da się jej wczytać. Wybierz inną kopię.",
            ),
            ImportError::NewerBackup { found } => write!(
                f,
                "Kopię zrobiła nowsza wersja aplikacji (format {found}). Odśwież stronę, aby wczytać najnowszą wersję, i spróbuj ponownie."
            ),
            ImportError::UnknownEntry(_) => f.write_str(
                "Kopia zawiera dane, których ta wersja aplikacji nie zna. Odśwież stronę, aby wczytać najnowszą wersję, i\u{a0}spróbuj ponownie.",
            ),
            ImportError::BadEntry { key, .. } => write!(
                f,
                "Część kopii jest uszkodzona ({}), więc nie da się jej wczytać. Wybierz inną kopię.",
                entry_label(key)
            ),
            ImportError::NewerEntry(key) => write!(
                f,
                "Część kopii ({}) zapisała nowsza wersja aplikacji. Odśwież stronę, aby wczytać najnowszą wersję, i\u{a0}spróbuj ponownie.",
                entry_label(key)
            ),
            ImportError::NoRoster => f.write_str("W kopii brakuje listy mentee."),
        }
    }
}

/// A chosen file's size (bytes, as the browser gives it) checked before it is read: a film
/// picked by mistake is not read into memory.
pub fn check_file_size(bytes: f64) -> Result<(), ImportError> {
    if bytes > MAX_BYTES as f64 {
        return Err(ImportError::TooLarge {
            bytes: bytes.min(usize::MAX as f64) as usize,
        });
    }
    Ok(())
}

/// Builds a backup of `entries` (the stored documents to include).
pub fn make_backup(entries: BTreeMap<String, String>, scope: &str, created: &str) -> String {
    let backup = Backup {
        kind: BACKUP_TYPE.to_string(),
        schema: BACKUP_SCHEMA,
        created: created.to_string(),
        scope: scope.to_string(),
        entries,
    };
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// The stored documents worth backing up: everything of ours but quarantine and old copies.
pub fn is_backed_up(key: &str) -> bool {
    key == ROSTER_KEY
        || key == AGENDA_PREFS_KEY
        || key == RECEIVED_KEY
        || key.starts_with(MENTEE_PREFIX)
}

/// One mentee's part of `all`, with a roster holding just them.
pub fn one_mentee(
    all: &BTreeMap<String, String>,
    roster: &Roster,
    id: &MenteeId,
) -> BTreeMap<String, String> {
    let prefix = mentee_prefix(id);
    let mut entries: BTreeMap<String, String> = all
        .iter()
        .filter(|(k, _)| k.starts_with(&prefix))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Some(only) = roster.only(id) {
        entries.insert(ROSTER_KEY.to_string(), encode(&only));
    }
    entries
}

fn check<T: Document>(key: &str, raw: &str) -> Result<(), ImportError> {
    match decode::<T>(raw) {
        Decoded::Ready(_) => Ok(()),
        Decoded::Newer { .. } => Err(ImportError::NewerEntry(key.to_string())),
        Decoded::Corrupt(reason) => Err(ImportError::BadEntry {
            key: key.to_string(),
            reason,
        }),
        Decoded::Packed => Err(ImportError::BadEntry {
            key: key.to_string(),
            reason: "nieoczekiwany zapis skompresowany".to_string(),
        }),
    }
}

/// Every text anywhere in a stored document (read as JSON, keys too) free of control
/// characters but line breaks and tabs: what a form could not have typed, a file brings only
/// if someone made it so (a CR and LF to add lines to a calendar file, say).
/// Gives how many bytes a packed entry opened to (0 for a plain one).
fn no_control_characters(key: &str, raw: &str) -> Result<usize, ImportError> {
    fn clean(value: &serde_json::Value) -> bool {
        let text_ok = |s: &str| s.chars().all(|c| !c.is_control() || c == '\n' || c == '\t');
        match value {
            serde_json::Value::String(s) => text_ok(s),
            serde_json::Value::Array(items) => items.iter().all(clean),
            serde_json::Value::Object(fields) => fields.iter().all(|(k, v)| text_ok(k) && clean(v)),
            _ => true,
        }
    }
    let bad = || ImportError::BadEntry {
        key: key.to_string(),
        reason: "zawiera znaki sterujące".to_string(),
    };
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| bad())?;
    if !clean(&value) {
        return Err(bad());
    }
    // A packed entry's texts are inside its packed data: opened and checked the same way.
    if super::codec::is_packed(raw) {
        let data = super::codec::data_text(raw).ok_or_else(|| ImportError::BadEntry {
            key: key.to_string(),
            reason: "uszkodzony zapis skompresowany".to_string(),
        })?;
        let inner: serde_json::Value = serde_json::from_str(&data).map_err(|_| bad())?;
        if !clean(&inner) {
            return Err(bad());
        }
        return Ok(data.len());
    }
    Ok(0)
}

/// The mentees' ids and names as the app makes them: an id becomes part of storage keys and
/// calendar UIDs, a name is shown as who the data is about.
fn check_roster(roster: &Roster) -> Result<(), ImportError> {
    let bad = |reason: String| ImportError::BadEntry {
        key: ROSTER_KEY.to_string(),
        reason,
    };
    for (at, mentee) in roster.mentees().iter().enumerate() {
        let id = &mentee.id.0;
        if id.is_empty()
            || id.len() > 40
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            || roster.mentees()[..at].iter().any(|m| m.id == mentee.id)
        {
            return Err(bad(format!("niepoprawny identyfikator „{id}”")));
        }
        share::check_name(&mentee.name, Roster::MAX_NAME_CHARS)
            .map_err(|_| bad(format!("niepoprawne imię i nazwisko przy „{id}”")))?;
    }
    Ok(())
}

/// Reads and checks a backup file completely; nothing is written here.
pub fn parse_backup(text: &str) -> Result<(Backup, Roster), ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("type").and_then(|t| t.as_str()) != Some(BACKUP_TYPE) {
        return Err(ImportError::NotABackup);
    }
    match value.get("schema").and_then(|s| s.as_u64()) {
        Some(s) if s > u64::from(BACKUP_SCHEMA) => {
            return Err(ImportError::NewerBackup {
                found: u32::try_from(s).unwrap_or(u32::MAX),
            });
        }
        Some(s) if s >= 1 => {}
        _ => return Err(ImportError::NotABackup),
    }
    let backup: Backup = serde_json::from_value(value).map_err(|_| ImportError::Incomplete)?;
    let roster_raw = backup
        .entries
        .get(ROSTER_KEY)
        .ok_or(ImportError::NoRoster)?;
    let roster = match decode::<Roster>(roster_raw) {
        Decoded::Ready(roster) => roster,
        Decoded::Newer { .. } => return Err(ImportError::NewerEntry(ROSTER_KEY.to_string())),
        Decoded::Corrupt(reason) => {
            return Err(ImportError::BadEntry {
                key: ROSTER_KEY.to_string(),
                reason,
            });
        }
        Decoded::Packed => return Err(ImportError::NoRoster),
    };
    if roster.mentees().is_empty() {
        return Err(ImportError::NoRoster);
    }
    check_roster(&roster)?;
    // What packed entries open to, all together: a file of many small "zip bombs" stops here,
    // before the tab spends minutes opening them.
    let mut opened = 0usize;
    for (key, raw) in &backup.entries {
        opened += no_control_characters(key, raw)?;
        if opened > super::packed::MAX_PLAIN_BYTES {
            return Err(ImportError::TooLarge { bytes: opened });
        }
        if key == ROSTER_KEY {
            continue;
        }
        if key == AGENDA_PREFS_KEY {
            check::<AgendaPrefs>(key, raw)?;
            continue;
        }
        if key == RECEIVED_KEY {
            // What came from mentors' links is a stranger's data twice over: checked as a
            // link is, item by item.
            if let Decoded::Ready(kept) = decode::<ReceivedDoc>(raw) {
                kept.check().map_err(|reason| ImportError::BadEntry {
                    key: key.to_string(),
                    reason: reason.to_string(),
                })?;
            }
            check::<ReceivedDoc>(key, raw)?;
            continue;
        }
        let owner = roster
            .mentees()
            .iter()
            .find(|m| key.starts_with(&mentee_prefix(&m.id)))
            .ok_or_else(|| ImportError::UnknownEntry(key.clone()))?;
        let tool = &key[mentee_prefix(&owner.id).len()..];
        let doc =
            MenteeDoc::from_tool(tool).ok_or_else(|| ImportError::UnknownEntry(key.clone()))?;
        // Every document, each as its own type: a new tool must be added here to compile.
        match doc {
            MenteeDoc::Agenda => check::<AgendaDoc>(key, raw)?,
            MenteeDoc::Contract => {
                check::<Contract>(key, raw)?;
                // Its calendar UID goes into the mentor's calendar files as it is.
                if let Decoded::Ready(contract) = decode::<Contract>(raw)
                    && !contract.calendar_uid.bytes().all(share::is_identifier_byte)
                {
                    return Err(ImportError::BadEntry {
                        key: key.clone(),
                        reason: "niepoprawny identyfikator kalendarza".to_string(),
                    });
                }
            }
            MenteeDoc::Crm => check::<CrmDoc>(key, raw)?,
            MenteeDoc::Feedback => check::<FeedbackDoc>(key, raw)?,
            MenteeDoc::Questions => check::<QuestionsDoc>(key, raw)?,
            MenteeDoc::Programme => check::<ProgrammeDoc>(key, raw)?,
        }
    }
    Ok((backup, roster))
}

/// What an import will do, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// Names of mentees that replace existing ones.
    pub replaced: Vec<String>,
    /// Names of mentees that are added.
    pub added: Vec<String>,
    /// Everything of ours is removed first (a full backup).
    pub replace_all: bool,
    /// The entries to write, as they will be stored.
    pub writes: BTreeMap<String, String>,
}

/// Plans the import of a checked backup into the current roster. A full backup replaces
/// everything. One mentee's file replaces the mentee with the same id and name, or is added
/// under a fresh id (ids from another device may collide with unrelated mentees here).
pub fn plan_import(
    current: &Roster,
    backup: &Backup,
    incoming: &Roster,
    today: chrono::NaiveDate,
) -> ImportPlan {
    if backup.scope == "all" {
        let current_ids: Vec<&MenteeId> = current.mentees().iter().map(|m| &m.id).collect();
        let (replaced, added): (Vec<_>, Vec<_>) = incoming
            .mentees()
            .iter()
            .partition(|m| current_ids.contains(&&m.id));
        return ImportPlan {
            replaced: replaced.iter().map(|m| m.name.clone()).collect(),
            added: added.iter().map(|m| m.name.clone()).collect(),
            replace_all: true,
            writes: packed_for(incoming, backup.entries.clone()),
        };
    }
    let mut roster = current.clone();
    let mut writes = BTreeMap::new();
    let mut replaced = Vec::new();
    let mut added = Vec::new();
    for mentee in incoming.mentees() {
        let same = current
            .get(&mentee.id)
            .is_some_and(|here| here.name == mentee.name);
        let target = if same {
            replaced.push(mentee.name.clone());
            mentee.id.clone()
        } else {
            added.push(mentee.name.clone());
            roster.adopt(mentee, today)
        };
        let from = mentee_prefix(&mentee.id);
        for (key, raw) in &backup.entries {
            // Checked by `parse_backup`: every entry under the prefix is a known document.
            if let Some(doc) = key.strip_prefix(&from).and_then(MenteeDoc::from_tool) {
                writes.insert(doc.key(&target), raw.clone());
            }
        }
    }
    writes.insert(ROSTER_KEY.to_string(), encode(&roster));
    ImportPlan {
        replaced,
        added,
        replace_all: false,
        writes: packed_for(&roster, writes),
    }
}

/// The keys of the documents kept packed under `roster` ([`super::packed`]), none of the
/// active mentee's (the shell reads them at every start, and they change as the mentor works):
/// every document of a closed (archived) mentee, and the journal of meetings of everyone else
/// — two thirds of a mentee's data, read only once they are picked. The feedback stays plain
/// for every open mentee: the start page reads all of it for the follow-ups.
pub fn packed_keys(roster: &Roster) -> Vec<String> {
    let mut keys = Vec::new();
    for mentee in roster.mentees() {
        if &mentee.id == roster.active_id() {
            continue;
        }
        if mentee.is_archived() {
            keys.extend(MenteeDoc::ALL.map(|doc| doc.key(&mentee.id)));
        } else {
            keys.push(MenteeDoc::Agenda.key(&mentee.id));
        }
    }
    keys
}

/// Whether a document of [`packed_keys`] stays plain all the same: an agenda with a meeting
/// running (the shell's timer reads it, and its reading does not open packed documents).
pub fn stays_plain(key: &str, raw: &str) -> bool {
    use crate::model::agenda_doc::RunningMeeting;
    matches!(MenteeDoc::parse_key(key), Some((_, MenteeDoc::Agenda)))
        && matches!(
            decode::<RunningMeeting>(raw),
            Decoded::Ready(RunningMeeting { run: Some(_), .. })
        )
}

/// `writes` with the documents of [`packed_keys`] packed, as the app keeps them: a restore
/// needs as much room as the data took before the backup.
fn packed_for(roster: &Roster, mut writes: BTreeMap<String, String>) -> BTreeMap<String, String> {
    for key in packed_keys(roster) {
        if let Some(raw) = writes.get_mut(&key)
            && !super::codec::is_packed(raw)
            && !stays_plain(&key, raw)
            && let Some(packed) = super::codec::pack(raw)
            && super::units(&packed) < super::units(raw)
        {
            *raw = packed;
        }
    }
    writes
}

// Native only: the property tests use proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
