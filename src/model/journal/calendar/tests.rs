use chrono::NaiveDate;

use crate::model::agenda::Agenda;
use crate::model::ics::Reminder;
use crate::model::journal::{ActionOwner, Journal, MeetingId};
use crate::model::mentees::MenteeId;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

const STAMP: &str = "20261201T181500Z";

/// A meeting on 1 December 2026 with two items due, one without a due day and one done.
fn meeting() -> (Journal, MeetingId) {
    let mut journal = Journal::default();
    let id = journal.log_meeting(day(12, 1), "Spotkanie regularne", &Agenda::from_seed());
    journal
        .add_action(
            id,
            "Przygotować plan delegowania; zespół, który sam prowadzi cotygodniowe spotkanie, i lista zadań",
            ActionOwner::Mentee,
            Some(day(12, 15)),
        )
        .unwrap();
    journal
        .add_action(
            id,
            "Wysłać artykuł o feedbacku",
            ActionOwner::Mentor,
            Some(day(12, 8)),
        )
        .unwrap();
    journal
        .add_action(id, "Przemyśleć cele na kwartał", ActionOwner::Mentee, None)
        .unwrap();
    let done = journal
        .add_action(
            id,
            "Umówić rozmowę z przełożoną",
            ActionOwner::Mentee,
            Some(day(12, 3)),
        )
        .unwrap();
    journal.tick(done, true, day(12, 2)).unwrap();
    (journal, id)
}

fn file(journal: &Journal, id: MeetingId, reminder: Reminder) -> Option<String> {
    journal
        .get(id)
        .unwrap()
        .to_ics(&MenteeId("m2".into()), " Anna Kowalska ", reminder, STAMP)
}

fn values<'a>(unfolded: &'a str, name: &str) -> Vec<&'a str> {
    unfolded
        .split("\r\n")
        .filter_map(|l| l.strip_prefix(name))
        .collect()
}

#[test]
fn action_items_match_the_golden_file() {
    let (journal, id) = meeting();
    let ics = file(&journal, id, Reminder::DayBefore).unwrap();
    let golden = include_str!("../../../../tests/fixtures/zadania.ics");
    assert_eq!(ics, golden);
}

#[test]
fn only_open_items_with_a_due_day_become_all_day_events_in_due_order() {
    let (mut journal, id) = meeting();
    let ics = file(&journal, id, Reminder::DayBefore).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 2);
    assert_eq!(
        values(&unfolded, "DTSTART;VALUE=DATE:"),
        ["20261208", "20261215"]
    );
    // An all-day event ends (exclusively) the next day.
    assert_eq!(
        values(&unfolded, "DTEND;VALUE=DATE:"),
        ["20261209", "20261216"]
    );
    assert_eq!(
        values(&unfolded, "SUMMARY:"),
        [
            "Zadanie z mentoringu: Wysłać artykuł o feedbacku",
            "Zadanie z mentoringu: Przygotować plan delegowania\\; zespół\\, który sam prowadzi cotygodniowe spotkanie\\, i lista zadań",
        ]
    );
    assert_eq!(
        values(&unfolded, "DESCRIPTION:Kto"),
        [
            ": mentor\\nUstalone na spotkaniu 1 grudnia 2026\\nMentee: Anna Kowalska",
            ": mentee\\nUstalone na spotkaniu 1 grudnia 2026\\nMentee: Anna Kowalska",
        ]
    );
    assert!(
        !unfolded.contains("Przemyśleć"),
        "no due day, not in the calendar"
    );
    assert!(!unfolded.contains("Umówić"), "done, not in the calendar");
    // Ticking the rest leaves nothing to add: no file.
    let open: Vec<_> = journal
        .get(id)
        .unwrap()
        .actions
        .iter()
        .map(|a| a.id)
        .collect();
    for action in open {
        journal.tick(action, true, day(12, 5)).unwrap();
    }
    assert_eq!(file(&journal, id, Reminder::DayBefore), None);
    // A meeting with no items at all: no file either.
    let empty = journal.log_meeting(day(12, 15), "", &Agenda::from_seed());
    assert_eq!(file(&journal, empty, Reminder::DayBefore), None);
}

#[test]
fn an_items_uid_is_stable_and_its_own() {
    let (journal, id) = meeting();
    let uids = |ics: &str| -> Vec<String> {
        values(&ics.replace("\r\n ", ""), "UID:")
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    let first = uids(&file(&journal, id, Reminder::DayBefore).unwrap());
    let items = journal.get(id).unwrap().calendar_actions();
    assert_eq!(
        first,
        items
            .iter()
            .map(|a| format!("zadanie-m2-{}@niezbednik-mentora", a.id.0))
            .collect::<Vec<_>>()
    );
    assert_ne!(first[0], first[1]);
    // Later, with another reminder: the same events.
    let later = journal
        .get(id)
        .unwrap()
        .to_ics(
            &MenteeId("m2".into()),
            "Anna Kowalska",
            Reminder::WeekBefore,
            "20261207T080000Z",
        )
        .unwrap();
    assert_eq!(uids(&later), first);
    // Another mentee's items with the same numbers are other events.
    let other = journal
        .get(id)
        .unwrap()
        .to_ics(
            &MenteeId("m3".into()),
            "Ewa Nowak",
            Reminder::DayBefore,
            STAMP,
        )
        .unwrap();
    assert!(uids(&other).iter().all(|uid| !first.contains(uid)));
}

#[test]
fn each_reminder_setting_gives_its_alarm_and_off_gives_none() {
    let (journal, id) = meeting();
    for (reminder, trigger) in [
        (Reminder::HourBefore, "-PT1H"),
        (Reminder::DayBefore, "-P1D"),
        (Reminder::TwoDaysBefore, "-P2D"),
        (Reminder::WeekBefore, "-P1W"),
    ] {
        let ics = file(&journal, id, reminder).unwrap();
        assert_eq!(ics.matches("BEGIN:VALARM\r\n").count(), 2, "{reminder:?}");
        assert_eq!(
            ics.matches(&format!("\r\nTRIGGER:{trigger}\r\n")).count(),
            2,
            "{reminder:?}"
        );
        assert_eq!(ics.matches("\r\nACTION:DISPLAY\r\n").count(), 2);
    }
    let off = file(&journal, id, Reminder::Off).unwrap();
    assert!(!off.contains("VALARM") && !off.contains("TRIGGER"));
    assert_eq!(Reminder::default(), Reminder::DayBefore);
}

#[test]
fn action_items_follow_rfc_5545_line_rules() {
    let (journal, id) = meeting();
    let ics = file(&journal, id, Reminder::DayBefore).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        !ics.replace("\r\n", "").contains(['\n', '\r']),
        "only CRLF line ends"
    );
    let unfolded = ics.replace("\r\n ", "");
    for name in ["VCALENDAR", "VEVENT", "VALARM"] {
        assert_eq!(
            unfolded.matches(&format!("BEGIN:{name}\r\n")).count(),
            unfolded.matches(&format!("END:{name}\r\n")).count(),
            "{name}"
        );
    }
    // Every event has what RFC 5545 requires (UID, DTSTAMP), each alarm its three properties.
    assert_eq!(values(&unfolded, "DTSTAMP:"), [STAMP, STAMP]);
    assert_eq!(
        values(
            &unfolded,
            "DESCRIPTION:Przypomnienie: Zadanie z mentoringu: "
        )
        .len(),
        2
    );
}

#[test]
fn the_mentees_name_is_left_out_when_there_is_none() {
    let (journal, id) = meeting();
    let ics = journal
        .get(id)
        .unwrap()
        .to_ics(&MenteeId("m1".into()), "  ", Reminder::DayBefore, STAMP)
        .unwrap();
    assert!(!ics.contains("Mentee:"));
    assert!(ics.contains("DESCRIPTION:Kto: mentor\\nUstalone na spotkaniu 1 grudnia 2026\r\n"));
}
