use super::*;
use crate::model::form::Choice;

#[test]
fn the_reminder_picker_reads_back_to_its_choices_and_nothing_else() {
    for reminder in Reminder::ALL {
        assert_eq!(Reminder::parse(reminder.value()), Some(*reminder));
    }
    let labels: Vec<&str> = Reminder::ALL.iter().map(|r| r.label()).collect();
    assert_eq!(
        labels,
        [
            "brak",
            "godzinę przed",
            "dzień przed (domyślnie)",
            "dwa dni przed",
            "tydzień przed"
        ]
    );
    assert_eq!(Reminder::parse("dzień przed (domyślnie)"), None);
    assert_eq!(Reminder::parse(""), None);
}

#[test]
fn file_names_carry_the_mentees_name() {
    assert_eq!(
        file_name("spotkania", " Anna Kowalska "),
        "spotkania-Anna-Kowalska.ics"
    );
    // A name from a link: no path, no direction override, no extension of its own.
    assert_eq!(
        file_name("spotkania", "../../Ola\u{202E}sci.exe Żak"),
        "spotkania-Olasciexe-Żak.ics"
    );
    assert_eq!(
        file_name("zadania-2026-12-01", ""),
        "zadania-2026-12-01-mentoring.ics"
    );
}

/// Issue 23, item 16: whatever a caller passes (a UID read from a link, a name), the writer
/// lets no value end its line: every line of the file is one the app wrote.
#[test]
fn no_value_adds_a_line_of_its_own() {
    use crate::model::contract::Contract;
    let contract = Contract {
        mentee: "Ola\r\nATTACH:https://zly.example/\u{7}".into(),
        start_date: crate::model::date::from_iso("2026-12-01"),
        start_time: crate::model::date::time_from_text("18:00"),
        ..Contract::default()
    };
    let ics = contract
        .to_ics(
            "x\r\nURL:https://zly.example/\nBEGIN:VALARM\rX",
            0,
            "20261201T000000Z",
        )
        .unwrap();
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(!line.contains(['\r', '\n', '\u{7}']), "{line:?}");
        // A folded line goes on with a space; every other starts with the app's own name.
        assert!(
            line.starts_with(' ')
                || line
                    .split([':', ';'])
                    .next()
                    .is_some_and(|name| name.chars().all(|c| c.is_ascii_uppercase() || c == '-')),
            "{line:?}"
        );
        for forged in ["URL", "ATTACH", "BEGIN:VALARM\r"] {
            assert!(!line.starts_with(forged), "{line:?}");
        }
    }
    assert_eq!(ics.matches("\r\nBEGIN:VALARM\r\n").count(), 1);
    assert!(ics.contains("UID:xURL:https://zly.example/BEGIN:VALARMX\r\n"));
    assert_eq!(escape("a\r\nb\u{7}\u{1b}c"), "a\\nbc");
}
