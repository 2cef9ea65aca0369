//! What the storage banner tells the mentor, in their words: which tool and whose notes, what
//! happened, and the one thing to do. Storage keys, parser errors and stamps stay in here.

use crate::model::mentees::Roster;
use crate::model::{date, text};
use crate::store::documents::{
    AGENDA_PREFS_KEY, BACKUP_LOG_KEY, MenteeDoc, RECEIVED_KEY, ROSTER_KEY,
};
use crate::store::{BackendError, Problem};

/// Which kind of notice (the banner's `data-problem` and its colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    NotSaving,
    Quarantined,
    Superseded,
    Newer,
}

impl NoticeKind {
    /// The `data-problem` value the tests and styles look for.
    pub fn name(self) -> &'static str {
        match self {
            NoticeKind::NotSaving => "not-saving",
            NoticeKind::Quarantined => "quarantined",
            NoticeKind::Superseded => "superseded",
            NoticeKind::Newer => "newer",
        }
    }
}

/// The notice's one action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// Try the refused writes again ([`super::AppState::retry_saving`]).
    Retry,
    /// Download text that was set aside, so nothing is lost.
    Download {
        file_name: String,
        mime: &'static str,
        text: String,
    },
    /// Reload the page, to get the newest version of the app.
    Reload,
}

/// Which notice to hide when the mentor has read it; see [`super::AppState::dismiss`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeId(pub(super) String);

/// One notice, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageNotice {
    pub kind: NoticeKind,
    /// The first words, in bold: what happened to what.
    pub headline: String,
    pub body: String,
    pub button: &'static str,
    pub action: NoticeAction,
    /// `None` for "not saving", which stays until saving works again.
    pub dismiss: Option<NoticeId>,
    /// The technical detail (storage keys, the parser's own words), behind „Szczegóły”: for
    /// whoever helps the mentor, never in the notice's own words.
    pub details: Vec<String>,
}

/// The notice for `problem`, naming the mentees as `roster` has them; `stamp` goes into the
/// names of downloaded files.
pub fn notice(problem: &Problem, roster: &Roster, stamp: &str) -> StorageNotice {
    match problem {
        Problem::NotSaving { reason } => StorageNotice {
            kind: NoticeKind::NotSaving,
            headline: "Dane nie są zapisywane. ".to_string(),
            body: format!(
                "Powód: {}. {}",
                why_not_saving(reason),
                match reason {
                    BackendError::QuotaExceeded => "To, co wpisujesz, zostaje na ekranie i zapisze się samo, gdy zwolnisz miejsce w „Danych”. Do tego czasu nie zamykaj tej karty.",
                    _ => "Możesz dalej pracować; zmiany zapiszą się same, gdy przeglądarka pozwoli, ale po zamknięciu karty przepadną.",
                }
            ),
            button: "Spróbuj zapisać ponownie",
            action: NoticeAction::Retry,
            dismiss: None,
            details: match reason {
                BackendError::Failed(browser) => vec![format!("Przeglądarka: {browser}")],
                _ => Vec::new(),
            },
        },
        Problem::Quarantined {
            key,
            quarantine_key,
            raw,
            reason,
        } => StorageNotice {
            kind: NoticeKind::Quarantined,
            headline: format!("Nie udało się odczytać: {}. ", what(key, roster)),
            body: format!(
                "Zaczynasz od wartości domyślnych dla tej części. {}",
                match quarantine_key {
                    Some(moved) => format!(
                        "Nieczytelny zapis ({}) odłożono{} w pamięci tej przeglądarki, obok danych aplikacji. Nie trafia do kopii zapasowej – pobierz go jako plik, aby nic nie przepadło.",
                        size(raw),
                        set_aside_on(moved)
                            .map(|when| format!(" {when}"))
                            .unwrap_or_default(),
                    ),
                    None => format!(
                        "Nieczytelny zapis ({}) został na swoim miejscu w pamięci tej przeglądarki, bo zabrakło miejsca na kopię; aplikacja go nie nadpisze. Pobierz go jako plik, aby nic nie przepadło.",
                        size(raw)
                    ),
                }
            ),
            button: "Pobierz odłożone dane",
            action: NoticeAction::Download {
                file_name: format!("niezbednik-odzyskane-{stamp}.txt"),
                mime: "text/plain;charset=utf-8",
                text: raw.clone(),
            },
            dismiss: Some(NoticeId(key.clone())),
            details: [
                Some(format!("Klucz: {key}")),
                quarantine_key
                    .as_ref()
                    .map(|moved| format!("Odłożony pod kluczem: {moved}")),
                Some(format!("Błąd odczytu: {reason}")),
            ]
            .into_iter()
            .flatten()
            .collect(),
        },
        Problem::Superseded { key, ours } => StorageNotice {
            kind: NoticeKind::Superseded,
            headline: format!("Inna karta zapisała nowszą wersję: {}. ", what(key, roster)),
            body: "Pokazujemy ją. Zmian z tej karty nie udało się zapisać (brak miejsca) – pobierz je, zanim zamkniesz kartę.".to_string(),
            button: "Pobierz moje zmiany",
            action: NoticeAction::Download {
                file_name: format!("niezbednik-moje-zmiany-{stamp}.json"),
                mime: "application/json",
                text: ours.clone(),
            },
            dismiss: Some(NoticeId(key.clone())),
            details: vec![format!("Klucz: {key}")],
        },
        Problem::NewerSchema {
            key,
            found,
            supported,
        } => StorageNotice {
            kind: NoticeKind::Newer,
            headline: format!(
                "Dane ({}) zapisała nowsza wersja aplikacji. ",
                what(key, roster)
            ),
            body: "Nie nadpiszemy ich. Odśwież stronę, aby wczytać najnowszą wersję aplikacji; do tego czasu zmiany w tej części nie są zapisywane.".to_string(),
            button: "Odśwież",
            action: NoticeAction::Reload,
            dismiss: Some(NoticeId(key.clone())),
            details: vec![
                format!("Klucz: {key}"),
                format!("Format zapisu: {found} (ta wersja czyta do {supported})"),
            ],
        },
    }
}

/// When a value was set aside, read from its quarantine key's stamp
/// (`…/20261127-101500`, maybe with `-2`): „27 listopada 2026 o 10:15”.
fn set_aside_on(quarantine_key: &str) -> Option<String> {
    let stamp = quarantine_key.rsplit_once('/')?.1;
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = stamp.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if stamp.get(8..9)? != "-" {
        return None;
    }
    let day = chrono::NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(4..6)?, digits(6..8)?)?;
    let (hour, minute) = (digits(9..11)?, digits(11..13)?);
    (hour < 24 && minute < 60).then(|| format!("{} o {hour}:{minute:02}", date::long(day)))
}

/// The size of what was set aside, as the mentor would read it: „26 bajtów”, „2,1 kB”.
fn size(raw: &str) -> String {
    match raw.len() {
        small @ 0..1000 => text::count_noun(small, "bajt", "bajty", "bajtów"),
        bytes => text::size(bytes as u64),
    }
}

/// The warning once the site's storage is [`crate::store::WARN_PERCENT`] full: how full, and
/// what to do about it, in the order that frees room without losing anything.
pub fn nearly_full(usage: crate::store::Usage) -> Option<(String, [&'static str; 3])> {
    usage.is_nearly_full().then(|| {
        (
            format!(
                "Pamięć przeglądarki dla tej strony jest prawie pełna: {}. Gdy się zapełni, nowe notatki przestaną się zapisywać.",
                text::storage_share(usage.all, crate::store::LIMIT_UNITS)
            ),
            [
                "Zrób kopię zapasową: „Eksportuj wszystko” w „Danych”.",
                "Zamknij zakończone programy (w „Przebiegu”): notatki osób w archiwum zajmują kilka razy mniej miejsca.",
                "Usuń mentee, których notatek już nie potrzebujesz – po zrobieniu kopii nic nie przepada, a kopię można wczytać z powrotem.",
            ],
        )
    })
}

/// The line under the field the user is typing in while nothing is saved: what happens to
/// the text, and what to do.
pub fn unsaved_here(reason: &BackendError) -> String {
    match reason {
        BackendError::QuotaExceeded => "Nie zapisano: pamięć przeglądarki dla tej strony jest pełna. To, co tu wpisujesz, zostaje na ekranie i zapisze się samo, gdy zwolnisz miejsce w „Danych” (na przykład przenosząc zakończone programy do archiwum).".to_string(),
        other => format!(
            "Nie zapisano: {}. To, co tu wpisujesz, zostaje na ekranie i zapisze się samo, gdy przeglądarka znów pozwoli.",
            why_not_saving(other)
        ),
    }
}

/// Why nothing is saved; the browser's own words (often English) are left out.
fn why_not_saving(reason: &BackendError) -> String {
    match reason {
        BackendError::Failed(_) => "przeglądarka odmówiła zapisu".to_string(),
        known => known.to_string(),
    }
}

/// What a stored document is to the mentor: „kontrakt (mentee: Anna K.)”.
fn what(key: &str, roster: &Roster) -> String {
    match key {
        ROSTER_KEY => return "lista mentee".to_string(),
        AGENDA_PREFS_KEY => return "ustawienia agendy (szablony i sygnały)".to_string(),
        BACKUP_LOG_KEY => return "data ostatniej kopii zapasowej".to_string(),
        RECEIVED_KEY => return "„Od moich mentorów” (zapisane z linków)".to_string(),
        _ => {}
    }
    match MenteeDoc::parse_key(key) {
        Some((id, doc)) => match roster.get(&id) {
            Some(mentee) => format!("{} (mentee: {})", doc.label(), mentee.name),
            None => format!("{} (osoba spoza listy mentee)", doc.label()),
        },
        None => "część zapisanych danych".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn roster() -> (Roster, crate::model::mentees::MenteeId) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let mut roster = Roster::first_run(today);
        let anna = roster.add("Anna K.", today).unwrap();
        (roster, anna)
    }

    /// Nothing a mentor should not have to read: keys, stamps, the parser's English.
    fn assert_plain(notice: &StorageNotice) {
        let text = format!("{}{}", notice.headline, notice.body);
        for raw in [
            "niezbednik/",
            "kwarantanna",
            "20261127",
            "expected",
            "line",
            "schema",
        ] {
            assert!(!text.contains(raw), "{raw:?} in {text:?}");
        }
    }

    #[test]
    fn an_unreadable_document_is_named_by_tool_and_mentee() {
        let (roster, anna) = roster();
        let problem = Problem::Quarantined {
            key: MenteeDoc::Contract.key(&anna),
            quarantine_key: Some(format!(
                "niezbednik/kwarantanna/{}/20261127-101500",
                MenteeDoc::Contract.key(&anna)
            )),
            raw: "{\"schema\":1,\"data\":{\"ment".to_string(),
            reason: "EOF while parsing a string at line 1 column 25".to_string(),
        };
        let notice = notice(&problem, &roster, "20261127-101500");
        assert_eq!(
            notice.headline,
            "Nie udało się odczytać: kontrakt (mentee: Anna K.). "
        );
        assert_plain(&notice);
        // What was kept, when and where, in the mentor's words.
        assert!(
            notice.body.contains(
                "Nieczytelny zapis (25\u{a0}bajtów) odłożono 27\u{a0}listopada 2026 o\u{a0}10:15 w\u{a0}pamięci tej przeglądarki"
            ),
            "{}",
            notice.body
        );
        assert!(
            notice.body.contains("Nie trafia do kopii zapasowej"),
            "{}",
            notice.body
        );
        // The technical detail stays within reach, behind „Szczegóły”.
        assert_eq!(
            notice.details,
            vec![
                format!("Klucz: {}", MenteeDoc::Contract.key(&anna)),
                format!(
                    "Odłożony pod kluczem: niezbednik/kwarantanna/{}/20261127-101500",
                    MenteeDoc::Contract.key(&anna)
                ),
                "Błąd odczytu: EOF while parsing a string at line 1 column 25".to_string(),
            ]
        );
        assert_eq!(notice.button, "Pobierz odłożone dane");
        assert!(matches!(
            &notice.action,
            NoticeAction::Download { text, .. } if text == "{\"schema\":1,\"data\":{\"ment"
        ));
        assert!(notice.dismiss.is_some());
    }

    #[test]
    fn every_document_has_a_name_for_the_mentor() {
        let (roster, anna) = roster();
        for doc in MenteeDoc::ALL {
            let problem = Problem::NewerSchema {
                key: doc.key(&anna),
                found: 2,
                supported: 1,
            };
            let notice = notice(&problem, &roster, "x");
            assert!(notice.headline.contains(doc.label()), "{}", notice.headline);
            assert!(notice.headline.contains("Anna K."), "{}", notice.headline);
            assert_plain(&notice);
        }
        for (key, name) in [
            (ROSTER_KEY, "lista mentee"),
            (AGENDA_PREFS_KEY, "ustawienia agendy"),
            (BACKUP_LOG_KEY, "data ostatniej kopii"),
            (RECEIVED_KEY, "Od moich mentorów"),
            (
                "niezbednik/mentee/m99/kontrakt",
                "kontrakt (osoba spoza listy mentee)",
            ),
            ("niezbednik/cos-nowego", "część zapisanych danych"),
        ] {
            let problem = Problem::Superseded {
                key: key.to_string(),
                ours: "{}".to_string(),
            };
            let notice = notice(&problem, &roster, "x");
            assert!(notice.headline.contains(name), "{}", notice.headline);
            assert_plain(&notice);
        }
    }

    #[test]
    fn the_storage_warning_starts_at_80_percent_and_says_what_to_do() {
        use crate::store::{LIMIT_UNITS, Usage};
        let usage = |all| Usage { all, ours: all };
        assert_eq!(nearly_full(usage(LIMIT_UNITS * 79 / 100)), None);
        let (headline, steps) = nearly_full(usage(LIMIT_UNITS * 84 / 100)).unwrap();
        assert_eq!(
            headline,
            "Pamięć przeglądarki dla tej strony jest prawie pełna: 8,8\u{a0}MB z\u{a0}10,5\u{a0}MB (83\u{a0}%). Gdy się zapełni, nowe notatki przestaną się zapisywać."
        );
        assert!(steps[0].contains("Eksportuj wszystko"));
        let under = unsaved_here(&BackendError::QuotaExceeded);
        assert!(under.contains("zapisze się samo"), "{under}");
        assert!(!under.contains("Spróbuj"), "nothing to press: {under}");
    }

    #[test]
    fn not_saving_says_why_without_the_browsers_words_and_stays() {
        let (roster, _) = roster();
        let quota = notice(
            &Problem::NotSaving {
                reason: BackendError::QuotaExceeded,
            },
            &roster,
            "x",
        );
        assert!(
            quota
                .body
                .contains("pamięć przeglądarki dla tej strony jest pełna")
        );
        assert_eq!(quota.action, NoticeAction::Retry);
        assert_eq!(quota.dismiss, None);
        let failed = notice(
            &Problem::NotSaving {
                reason: BackendError::Failed(
                    "InvalidStateError: The object is in an invalid state.".into(),
                ),
            },
            &roster,
            "x",
        );
        assert!(
            failed.body.contains("przeglądarka odmówiła zapisu"),
            "{}",
            failed.body
        );
        assert!(!failed.body.contains("Invalid"), "{}", failed.body);
    }
}
