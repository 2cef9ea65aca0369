//! Checking what a link brought: every field as its document type, with the reason in Polish
//! ([`ShareError`]).

use chrono::NaiveDate;

use crate::model::contract::{Contract, DateField, Frequency, NumberField, Status};
use crate::model::goals::Goals;
use crate::model::journal;
use crate::model::text;

use super::*;

/// Why a link was not opened. `Display` is the message the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing that looks like shared data.
    NoData,
    /// Over [`MAX_LINK_CHARS`]: not even decoded.
    TooLong,
    /// Not base64url, too short for its header, or cut off.
    Broken,
    /// Written by a newer build.
    Newer { found: u8 },
    /// The body would not inflate, or inflated to something that is not the document.
    Unreadable,
    /// Inflates past [`MAX_JSON_BYTES`].
    TooBig,
    /// A field out of its range; says which.
    Invalid(String),
    /// The passphrase does not open it (or the encrypted data was changed).
    WrongPassphrase,
    /// A chosen file over [`MAX_FILE_BYTES`]: not read at all.
    FileTooBig { bytes: u64 },
}

/// Largest file read for a link: the link with room for a message around it.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A chosen file's size (bytes, as the browser gives it) checked before it is read.
pub fn check_file_size(bytes: f64) -> Result<(), ShareError> {
    if bytes > MAX_FILE_BYTES as f64 {
        return Err(ShareError::FileTooBig {
            bytes: bytes.min(u64::MAX as f64) as u64,
        });
    }
    Ok(())
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NoData => f.write_str(
                "W\u{a0}tym tekście nie ma danych udostępnionych z\u{a0}Niezbędnika mentora. Wklej cały otrzymany link.",
            ),
            ShareError::TooLong => write!(
                f,
                "Ten link jest dłuższy niż {} znaków, więc aplikacja go nie otworzy. Poproś o nowy link albo plik.",
                group(MAX_LINK_CHARS)
            ),
            ShareError::Broken => f.write_str(
                "Link jest uszkodzony albo niepełny: brakuje jego części lub zmieniono w nim znaki. Skopiuj go jeszcze raz w całości albo poproś o nowy.",
            ),
            ShareError::Newer { found } => write!(
                f,
                "Ten link zapisała nowsza wersja aplikacji (format {found}, ta wersja zna formaty do {NEWEST}). Odśwież aplikację i otwórz link ponownie."
            ),
            ShareError::Unreadable => f.write_str(
                "Danych z tego linku nie da się odczytać: link jest uszkodzony albo ktoś go zmienił. Poproś o nowy link.",
            ),
            ShareError::TooBig => f.write_str(
                "Dane w tym linku są większe, niż aplikacja przyjmuje. Nic nie zostało zapisane.",
            ),
            ShareError::Invalid(what) => write!(
                f,
                "Link zawiera niepoprawne dane ({what}), więc aplikacja go nie otworzy. Poproś o nowy link."
            ),
            ShareError::WrongPassphrase => f.write_str(
                "To hasło nie otwiera tego linku: hasło jest inne albo link jest niepełny lub zmieniony. Sprawdź hasło (wielkość liter ma znaczenie) i spróbuj jeszcze raz.",
            ),
            ShareError::FileTooBig { bytes } => write!(
                f,
                "Ten plik ma {} KiB, a plik z linkiem ma najwyżej {} KiB, więc aplikacja go nie odczyta. To chyba nie ten plik.",
                group(usize::try_from(bytes.div_ceil(1024)).unwrap_or(usize::MAX)),
                MAX_FILE_BYTES / 1024
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// A field of free text (a note, a message): `Err` names the field in the message. Line
/// breaks and tabs are text; every other control character is refused.
fn text(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    too_long(value, max, field)?;
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(control(field));
    }
    Ok(())
}

/// A one-line field (a name, a title): no control character at all (no CR or LF to start a
/// line of its own in a calendar file), and none of the characters that make a name read
/// other than it is (see [`text::is_deceptive`]).
fn line(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    too_long(value, max, field)?;
    if value.chars().any(char::is_control) {
        return Err(control(field));
    }
    if value.chars().any(text::is_deceptive) {
        return Err(ShareError::Invalid(format!(
            "pole „{field}” zawiera niewidoczne znaki zmieniające kierunek tekstu"
        )));
    }
    Ok(())
}

/// An identifier read from outside (the calendar's UID): only letters, digits and `-_.@`, so
/// it cannot carry a line, a property or a path of its own wherever it is written.
fn identifier(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    if value.len() > max || !value.bytes().all(is_identifier_byte) {
        return Err(ShareError::Invalid(format!("niepoprawny {field}")));
    }
    Ok(())
}

/// The characters [`identifier`] takes.
pub fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'@')
}

/// A free text kept with a link's item (a reflection's draft), checked as a link's text is.
pub fn check_text(value: &str, max: usize) -> Result<(), ShareError> {
    text(value, max, "odpowiedź")
}

/// A name from outside (a backup's list of mentees), checked as a link's name is.
pub fn check_name(value: &str, max: usize) -> Result<(), ShareError> {
    line(value, max, "imię i nazwisko")
}

fn too_long(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    if value.chars().count() > max {
        return Err(ShareError::Invalid(format!(
            "pole „{field}” jest za długie"
        )));
    }
    Ok(())
}

fn control(field: &str) -> ShareError {
    ShareError::Invalid(format!("pole „{field}” zawiera znaki sterujące"))
}

fn count(len: usize, field: &str) -> Result<(), ShareError> {
    if len > MAX_ITEMS {
        return Err(ShareError::Invalid(format!("za dużo pozycji: {field}")));
    }
    Ok(())
}

fn day(value: NaiveDate, field: &str) -> Result<(), ShareError> {
    let plausible = (
        NaiveDate::from_ymd_opt(2000, 1, 1),
        NaiveDate::from_ymd_opt(2101, 1, 1),
    );
    match plausible {
        (Some(from), Some(to)) if (from..to).contains(&value) => Ok(()),
        _ => Err(ShareError::Invalid(format!("data poza zakresem: {field}"))),
    }
}

fn origin(origin: &Origin) -> Result<(), ShareError> {
    let id = &origin.mentee.0;
    if id.is_empty()
        || id.len() > 40
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::Invalid(
            "niepoprawny identyfikator mentee".into(),
        ));
    }
    Ok(())
}

fn items(items: &[SharedItem], field: &str) -> Result<(), ShareError> {
    count(items.len(), field)?;
    for item in items {
        text(&item.what, MAX_TEXT_CHARS, field)?;
        if !matches!(item.owner.as_str(), "mentee" | "mentor" | "oboje") {
            return Err(ShareError::Invalid(format!(
                "nieznana osoba w polu „{field}”"
            )));
        }
        if let Some(due) = item.due {
            day(due, field)?;
        }
    }
    Ok(())
}

/// Items from earlier meetings: as [`items`], each from a meeting on or before `meeting`.
fn earlier(earlier: &[SharedEarlier], meeting: NaiveDate) -> Result<(), ShareError> {
    let field = "zadania z wcześniejszych spotkań";
    count(earlier.len(), field)?;
    for item in earlier {
        text(&item.what, MAX_TEXT_CHARS, field)?;
        if !matches!(item.owner.as_str(), "mentee" | "mentor") {
            return Err(ShareError::Invalid(format!(
                "nieznana osoba w polu „{field}”"
            )));
        }
        if let Some(due) = item.due {
            day(due, field)?;
        }
        day(item.from, field)?;
        if item.from > meeting {
            return Err(ShareError::Invalid(format!("data poza zakresem: {field}")));
        }
    }
    Ok(())
}

impl Shared {
    /// Every field within its document's bounds; what the app would not have written is
    /// refused, so a tampered link cannot put it on screen or in storage.
    pub fn validate(&self) -> Result<(), ShareError> {
        match self {
            Shared::Contract(c) => validate_contract(c),
            Shared::Meeting(m) => {
                origin(&m.origin)?;
                line(&m.mentor, MAX_NAME_CHARS, "mentor")?;
                line(&m.mentee, MAX_NAME_CHARS, "mentee")?;
                day(m.date, "dzień spotkania")?;
                line(&m.agenda, MAX_NAME_CHARS, "agenda")?;
                text(&m.message, MAX_TEXT_CHARS, "wiadomość")?;
                count(m.notes.len(), "notatki")?;
                for n in &m.notes {
                    line(&n.title, MAX_NAME_CHARS, "blok")?;
                    text(&n.note, MAX_TEXT_CHARS, "notatka")?;
                }
                items(&m.items, "zadania")?;
                earlier(&m.earlier, m.date)?;
                count(m.progress.len(), "postęp")?;
                for p in &m.progress {
                    text(&p.goal, MAX_TEXT_CHARS, "cel")?;
                    text(&p.note, MAX_TEXT_CHARS, "postęp")?;
                    if p.value > 10 {
                        return Err(ShareError::Invalid("postęp spoza skali 0–10".into()));
                    }
                }
                Ok(())
            }
            Shared::Steps(s) => {
                line(&s.mentor, MAX_NAME_CHARS, "mentor")?;
                line(&s.mentee, MAX_NAME_CHARS, "mentee")?;
                day(s.date, "dzień rozmowy")?;
                items(&s.steps, "kroki")?;
                text(&s.support, MAX_TEXT_CHARS, "wsparcie")?;
                if let Some(d) = s.follow_up {
                    day(d, "sprawdzenie efektów")?;
                }
                Ok(())
            }
            Shared::Reflection(r) => {
                origin(&r.origin)?;
                day(r.meeting_date, "dzień spotkania")?;
                line(&r.mentee, MAX_NAME_CHARS, "mentee")?;
                text(&r.takeaway, MAX_TEXT_CHARS, "co zabieram")?;
                text(&r.next, MAX_TEXT_CHARS, "co zrobię")?;
                if !journal::Reflection::SCALE.contains(&r.usefulness) {
                    return Err(ShareError::Invalid(
                        "ocena przydatności spoza skali 1–5".into(),
                    ));
                }
                count(r.done.len(), "zrobione zadania")?;
                for done in &r.done {
                    text(&done.what, MAX_TEXT_CHARS, "zrobione zadanie")?;
                    day(done.on, "dzień zrobienia zadania")?;
                }
                Ok(())
            }
        }
    }
}

fn validate_contract(c: &Contract) -> Result<(), ShareError> {
    line(&c.mentor, MAX_NAME_CHARS, "mentor")?;
    line(&c.mentee, MAX_NAME_CHARS, "mentee")?;
    line(&c.organisation, MAX_NAME_CHARS, "organizacja")?;
    // Text that is not a date (a time) stays with the mentor: a link carries none.
    if let Some(entry) = c.refused.entries().first() {
        return Err(ShareError::Invalid(match entry.field {
            DateField::AgreedOn => "niepoprawna data: data zawarcia".into(),
            DateField::StartDate => "niepoprawna data: pierwsze spotkanie".into(),
            DateField::StartTime => "niepoprawna godzina spotkań".into(),
        }));
    }
    if let Some(d) = c.agreed_on {
        day(d, "data zawarcia")?;
    }
    if let Some(d) = c.start_date {
        day(d, "pierwsze spotkanie")?;
    }
    count(c.goals.all().len(), "cele")?;
    for goal in c.goals.all() {
        text(&goal.text, Goals::MAX_CHARS, "cel")?;
        count(goal.earlier.len(), "wcześniejsze brzmienia celu")?;
        for wording in &goal.earlier {
            text(&wording.text, Goals::MAX_CHARS, "cel")?;
        }
    }
    count(c.rules.len(), "zasady")?;
    for rule in &c.rules {
        line(&rule.title, MAX_NAME_CHARS, "zasada")?;
        text(&rule.text, MAX_TEXT_CHARS, "zasada")?;
    }
    let in_range = |field: NumberField, value: u32| {
        let (min, max) = field.range();
        (min..=max).contains(&value)
    };
    if let Frequency::EveryDays(days) = c.frequency
        && !in_range(NumberField::EveryDays, days)
    {
        return Err(ShareError::Invalid("częstotliwość spoza zakresu".into()));
    }
    for (field, value, name) in [
        (
            NumberField::DurationMinutes,
            c.duration_minutes,
            "czas spotkania",
        ),
        (
            NumberField::CancelHours,
            c.cancel_hours,
            "odwołanie spotkania",
        ),
        (NumberField::Months, c.months, "czas trwania"),
    ] {
        if !in_range(field, value) {
            return Err(ShareError::Invalid(format!("{name} spoza zakresu")));
        }
    }
    identifier(&c.calendar_uid, MAX_NAME_CHARS, "identyfikator kalendarza")?;
    text(
        &c.calendar_fingerprint,
        MAX_TEXT_CHARS,
        "stan pliku kalendarza",
    )?;
    if let Status::Accepted {
        on,
        amended,
        accepted_terms,
        changes_accepted,
        changes_accepted_in,
    } = &c.status
    {
        day(*on, "dzień akceptacji")?;
        for d in [amended, changes_accepted].into_iter().flatten() {
            day(*d, "dzień zmiany")?;
        }
        text(
            accepted_terms.as_deref().unwrap_or_default(),
            4 * MAX_TEXT_CHARS,
            "zaakceptowane warunki",
        )?;
        line(changes_accepted_in, MAX_NAME_CHARS, "zmienione części")?;
    }
    Ok(())
}
