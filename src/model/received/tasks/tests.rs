use chrono::NaiveDate;

use super::*;
use crate::model::mentees::MenteeId;
use crate::model::received::Draft;
use crate::model::received::versions::changes;
use crate::model::share::{Origin, SharedMeeting, SharedSteps};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn item(what: &str, owner: &str, due: Option<u32>, done: bool) -> SharedItem {
    SharedItem {
        what: what.into(),
        owner: owner.into(),
        due: due.map(day),
        done,
    }
}

fn meeting(id: u32, d: u32, items: Vec<SharedItem>) -> Shared {
    Shared::Meeting(SharedMeeting {
        origin: Origin {
            mentee: MenteeId("m2".into()),
            meeting: id,
        },
        mentor: "Anna Kowalska".into(),
        mentee: "Ola".into(),
        date: day(d),
        agenda: "Spotkanie bieżące".into(),
        message: String::new(),
        notes: vec![],
        items,
        progress: vec![],
        earlier: vec![],
    })
}

fn steps(d: u32, items: Vec<SharedItem>) -> Shared {
    Shared::Steps(SharedSteps {
        mentor: "Jan Nowak".into(),
        mentee: "Ola".into(),
        date: day(d),
        steps: items,
        support: String::new(),
        follow_up: None,
    })
}

fn contract(start: &str, time: &str) -> Shared {
    let mut contract = Contract {
        mentor: "Anna Kowalska".into(),
        mentee: "Ola".into(),
        agreed_on: crate::model::date::from_iso("2026-12-01"),
        ..Contract::default()
    };
    let _ = contract.set_typed(crate::model::contract::DateField::StartDate, start);
    let _ = contract.set_typed(crate::model::contract::DateField::StartTime, time);
    Shared::Contract(Box::new(contract))
}

#[test]
fn the_mentees_tasks_come_from_every_kept_meeting_and_feedback_due_first() {
    let mut doc = ReceivedDoc::default();
    let a = doc
        .add(
            meeting(
                3,
                1,
                vec![
                    item("Przeczytać rozdział", "mentee", Some(10), false),
                    item("Wysłać materiały", "mentor", Some(3), false),
                    item("Umówić rozmowę", "oboje", Some(4), false),
                    item("Spisać cele", "mentee", None, true),
                ],
            ),
            day(1),
        )
        .unwrap();
    let b = doc
        .add(
            steps(2, vec![item("Poprosić o feedback", "mentee", None, false)]),
            day(2),
        )
        .unwrap();
    doc.add(contract("2026-12-08", "18:00"), day(1)).unwrap();
    let tasks = doc.tasks();
    let names: Vec<&str> = tasks.iter().map(|t| t.what.as_str()).collect();
    // The mentor's own and those the mentor marked done are not the mentee's to do.
    assert_eq!(
        names,
        [
            "Umówić rozmowę",
            "Przeczytać rozdział",
            "Poprosić o feedback"
        ]
    );
    let today = day(5);
    assert!(tasks[0].is_overdue(today));
    assert_eq!(
        tasks[0].meta_text(today),
        "termin: 4\u{a0}grudnia 2026 (po terminie) · do zrobienia razem · ze spotkania 1\u{a0}grudnia 2026 · przesyła: Anna Kowalska"
    );
    assert!(!tasks[1].is_overdue(today));
    assert_eq!(
        tasks[2].meta_text(today),
        "z\u{a0}rozmowy 2\u{a0}grudnia 2026 · przesyła: Jan Nowak"
    );
    // Ticked: last, and only the mentee's tasks can be.
    assert!(doc.tick(a, 2, day(5)));
    assert!(!doc.tick(a, 2, day(6)), "ticked already");
    assert!(!doc.tick(a, 1, day(5)), "the mentor's task");
    assert!(!doc.tick(a, 9, day(5)), "no such task");
    assert!(!doc.tick(99, 0, day(5)), "no such item");
    let tasks = doc.tasks();
    assert_eq!(tasks.last().unwrap().what, "Umówić rozmowę");
    assert_eq!(tasks.last().unwrap().ticked, Some(day(5)));
    assert!(!tasks.last().unwrap().is_overdue(today));
    assert!(doc.untick(a, 2));
    assert!(!doc.untick(a, 2));
    assert!(doc.tick(b, 0, day(6)));
    assert!(doc.check().is_ok());
}

#[test]
fn ticks_read_from_outside_must_be_on_the_mentees_own_tasks() {
    let mut doc = ReceivedDoc::default();
    let a = doc
        .add(
            meeting(
                3,
                1,
                vec![
                    item("Przeczytać", "mentee", None, false),
                    item("Wysłać", "mentor", None, false),
                ],
            ),
            day(1),
        )
        .unwrap();
    let with = |ticks: Vec<Tick>| {
        let mut doc = doc.clone();
        doc.items[0].ticks = ticks;
        doc.check()
    };
    let tick = |item| Tick { item, on: day(2) };
    assert!(with(vec![tick(0)]).is_ok());
    let refused = |what| Err(crate::model::received::ReceivedError::Item { id: 0, what });
    use crate::model::received::ItemError;
    assert_eq!(
        with(vec![tick(1)]),
        refused(ItemError::WrongTick(1)),
        "the mentor's task"
    );
    assert_eq!(
        with(vec![tick(7)]),
        refused(ItemError::NoSuchTask(7)),
        "no such task"
    );
    assert_eq!(
        with(vec![tick(0), tick(0)]),
        refused(ItemError::WrongTick(0)),
        "twice"
    );
    assert_eq!(
        with(vec![tick(7)]).unwrap_err().to_string(),
        "pozycja 0: odhaczone zadanie 7 nie istnieje"
    );
    assert_eq!(
        with(vec![tick(1)]).unwrap_err().to_string(),
        "pozycja 0: niepoprawnie odhaczone zadanie 1"
    );
    assert_eq!(
        with(vec![Tick {
            item: 0,
            on: NaiveDate::from_ymd_opt(1999, 12, 31).unwrap()
        }])
        .unwrap_err()
        .to_string(),
        "pozycja 0: niepoprawny dzień odhaczenia zadania 0"
    );
    assert_eq!(a, 0);
}

#[test]
fn a_task_with_a_day_goes_to_the_calendar_as_one_all_day_event() {
    let mut doc = ReceivedDoc::default();
    doc.add(
        meeting(
            3,
            1,
            vec![
                item("Przeczytać rozdział\r\nURL:x", "mentee", Some(10), false),
                item("Bez terminu", "mentee", None, false),
            ],
        ),
        day(1),
    )
    .unwrap();
    let tasks = doc.tasks();
    let ics = tasks[0].to_ics("20261205T100000Z").unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20261210\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20261211\r\n"));
    assert!(!ics.contains("\r\nURL:"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    let uid = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_string()
    };
    // The same task on another download: the same event.
    let again = doc.tasks()[0].to_ics("20261206T100000Z").unwrap();
    assert_eq!(uid(&ics), uid(&again));
    assert!(tasks[1].to_ics("20261205T100000Z").is_none());
}

#[test]
fn the_reflection_reports_the_ticked_tasks_of_that_mentors_meetings() {
    let mut doc = ReceivedDoc::default();
    let a = doc
        .add(
            meeting(3, 1, vec![item("Przeczytać", "mentee", Some(10), false)]),
            day(1),
        )
        .unwrap();
    let b = doc
        .add(
            meeting(4, 8, vec![item("Napisać plan", "oboje", None, false)]),
            day(8),
        )
        .unwrap();
    let c = doc
        .add(
            steps(2, vec![item("Poprosić o feedback", "mentee", None, false)]),
            day(2),
        )
        .unwrap();
    doc.tick(b, 0, day(9));
    doc.tick(a, 0, day(7));
    doc.tick(c, 0, day(7));
    let done = doc.reported_done("Anna Kowalska");
    let texts: Vec<(&str, NaiveDate)> = done.iter().map(|d| (d.what.as_str(), d.on)).collect();
    assert_eq!(texts, [("Przeczytać", day(7)), ("Napisać plan", day(9))]);
    assert!(
        doc.reported_done("Jan Nowak").is_empty(),
        "feedback steps stay"
    );
    // The draft's reflection carries them.
    let Shared::Meeting(m) = doc.get(b).unwrap().item.clone() else {
        unreachable!()
    };
    let draft = Draft {
        takeaway: "Delegowanie".into(),
        usefulness: Some(4),
        done,
        ..Draft::default()
    };
    let Ok(Shared::Reflection(r)) = draft.reflection(&m) else {
        panic!("a reflection")
    };
    assert_eq!(r.done.len(), 2);
    assert!(Shared::Reflection(r).validate().is_ok());
}

#[test]
fn the_next_meeting_and_the_reflection_to_write() {
    let mut doc = ReceivedDoc::default();
    assert_eq!(doc.next_meeting(day(5)), None);
    assert_eq!(doc.reflection_due(day(5)), None);
    let k = doc.add(contract("2026-12-01", "18:00"), day(1)).unwrap();
    // Every two weeks by default? The contract's own frequency decides.
    let next = doc.next_meeting(day(5)).unwrap();
    assert_eq!(next.kept, k);
    assert!(next.date >= day(5));
    assert_eq!(next.time.as_deref(), Some("18:00"));
    assert_eq!(next.mentor, "Anna Kowalska");
    // On the meeting's own day it is still the next one.
    assert_eq!(doc.next_meeting(next.date).unwrap().date, next.date);
    let m = doc
        .add(
            meeting(3, 1, vec![item("Przeczytać", "mentee", None, false)]),
            day(1),
        )
        .unwrap();
    let later = doc.add(meeting(4, 20, vec![]), day(5)).unwrap();
    // The meeting on the 20th has not happened on the 5th.
    assert_eq!(
        doc.reflection_due(day(5)),
        Some((m, day(1), ReflectionState::NotStarted))
    );
    doc.set_draft(
        m,
        &Draft {
            takeaway: "Delegowanie".into(),
            ..Draft::default()
        },
    );
    assert_eq!(
        doc.reflection_due(day(5)).unwrap().2,
        ReflectionState::Started
    );
    doc.set_draft(
        m,
        &Draft {
            takeaway: "Delegowanie".into(),
            usefulness: Some(5),
            ..Draft::default()
        },
    );
    assert_eq!(
        doc.reflection_due(day(5)).unwrap().2,
        ReflectionState::Ready
    );
    assert_eq!(doc.reflection_due(day(21)).unwrap().0, later);
}

#[test]
fn kept_items_are_listed_by_sender_newest_first() {
    let mut doc = ReceivedDoc::default();
    let a = doc.add(meeting(3, 1, vec![]), day(1)).unwrap();
    let b = doc.add(steps(2, vec![]), day(2)).unwrap();
    let c = doc.add(meeting(4, 8, vec![]), day(8)).unwrap();
    let groups = doc.by_sender();
    let ids: Vec<(&str, Vec<u32>)> = groups
        .iter()
        .map(|(s, list)| (s.as_str(), list.iter().map(|r| r.id).collect()))
        .collect();
    assert_eq!(ids, [("Anna Kowalska", vec![c, a]), ("Jan Nowak", vec![b])]);
}

#[test]
fn a_new_version_of_a_kept_item_replaces_it_and_says_what_changed() {
    let mut doc = ReceivedDoc::default();
    let first = meeting(
        3,
        1,
        vec![
            item("Przeczytać", "mentee", None, false),
            item("Spisać", "mentee", None, false),
        ],
    );
    let id = doc.add(first.clone(), day(1)).unwrap();
    doc.tick(id, 1, day(2));
    doc.set_draft(
        id,
        &Draft {
            takeaway: "Delegowanie".into(),
            ..Draft::default()
        },
    );
    let second = meeting(
        3,
        1,
        vec![
            item("Nowe zadanie", "mentee", None, false),
            item("Przeczytać", "mentee", None, false),
            item("Spisać", "mentee", None, false),
        ],
    );
    assert_eq!(doc.earlier_version(&first), None, "the same version");
    assert_eq!(doc.earlier_version(&second), Some(id));
    assert_eq!(changes(&first, &second), ["zadania"]);
    // Another meeting of the same mentee is not a version of it.
    assert_eq!(doc.earlier_version(&meeting(4, 8, vec![])), None);
    assert!(doc.replace(id, second.clone(), day(3)));
    assert_eq!(doc.items.len(), 1, "never a second copy");
    let kept = doc.get(id).unwrap();
    assert_eq!(kept.item, second);
    assert_eq!(kept.saved, day(3));
    assert_eq!(kept.takeaway, "Delegowanie");
    // The tick follows its task's wording to its new place.
    assert_eq!(kept.ticked(2), Some(day(2)));
    assert_eq!(kept.ticked(1), None);
    assert!(doc.check().is_ok());
    assert!(!doc.replace(99, first, day(3)));
    // A contract amended: same series, other terms.
    let k1 = contract("2026-12-01", "18:00");
    let k2 = contract("2026-12-01", "18:30");
    let kid = doc.add(k1.clone(), day(1)).unwrap();
    assert_eq!(doc.earlier_version(&k2), Some(kid));
    assert_eq!(changes(&k1, &k2), ["logistyka spotkań"]);
}
