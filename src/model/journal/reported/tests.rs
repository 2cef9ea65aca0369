use chrono::NaiveDate;

use super::super::{ActionId, ActionOwner, Journal, MeetingId};
use super::*;
use crate::model::agenda::Agenda;
use crate::model::agenda_doc::AgendaDoc;
use crate::model::journal::{Reflection, ReflectionOrigin as Origin, ReportedDone};
use crate::model::mentees::MenteeId;
use crate::store::codec::{Decoded, decode, encode};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn logged(journal: &mut Journal, date: NaiveDate) -> MeetingId {
    journal.log_meeting(date, "Spotkanie regularne", &Agenda::from_seed())
}

fn report(what: &str, on: NaiveDate) -> ReportedDone {
    ReportedDone {
        what: what.to_string(),
        on,
    }
}

fn reflection(meeting: MeetingId, date: NaiveDate, done: Vec<ReportedDone>) -> Reflection {
    Reflection {
        origin: Origin {
            mentee: MenteeId("m2".into()),
            meeting: meeting.0,
        },
        meeting_date: date,
        mentee: "Anna".into(),
        takeaway: "Delegowanie".into(),
        next: String::new(),
        usefulness: 4,
        done,
    }
}

/// Two meetings: on 1 December „Plan rozmowy z przełożoną” and „Lista kontaktów”, on
/// 8 December „Przeczytać rozdział 3” (done by the mentor on 10 December).
struct Two {
    journal: Journal,
    first: MeetingId,
    second: MeetingId,
    plan: ActionId,
    contacts: ActionId,
    chapter: ActionId,
}

fn two_meetings() -> Two {
    let mut journal = Journal::default();
    let first = logged(&mut journal, day(12, 1));
    let plan = journal
        .add_action(
            first,
            "Plan rozmowy z przełożoną",
            ActionOwner::Mentee,
            None,
        )
        .unwrap();
    let contacts = journal
        .add_action(
            first,
            "Lista kontaktów",
            ActionOwner::Mentee,
            Some(day(12, 8)),
        )
        .unwrap();
    let second = logged(&mut journal, day(12, 8));
    let chapter = journal
        .add_action(second, "Przeczytać rozdział 3", ActionOwner::Mentee, None)
        .unwrap();
    journal.tick(chapter, true, day(12, 10)).unwrap();
    Two {
        journal,
        first,
        second,
        plan,
        contacts,
        chapter,
    }
}

/// Each report finds the item it names (the same words, trimmed; then in another letter
/// case), says whether the mentor's tap would mark it, and one whose words match nothing is
/// shown as not found.
#[test]
fn each_reported_task_finds_its_item_or_says_it_is_not_there() {
    let t = two_meetings();
    let tasks = t.journal.reported_tasks(
        t.second,
        &[
            report("Plan rozmowy z przełożoną", day(12, 5)),
            report("  lista KONTAKTÓW ", day(12, 6)),
            report("Przeczytać rozdział 3", day(12, 9)),
            report("Zapisać się na kurs", day(12, 11)),
        ],
    );
    let found: Vec<(&str, ReportMatch)> =
        tasks.iter().map(|t| (t.what.as_str(), t.found)).collect();
    assert_eq!(
        found,
        [
            (
                "Plan rozmowy z przełożoną",
                ReportMatch::Open(t.first, t.plan)
            ),
            ("lista KONTAKTÓW", ReportMatch::Open(t.first, t.contacts)),
            (
                "Przeczytać rozdział 3",
                ReportMatch::AlreadyDone(t.second, t.chapter)
            ),
            ("Zapisać się na kurs", ReportMatch::NotFound),
        ]
    );
    assert_eq!(open_count(&tasks), 2);
    let meta: Vec<String> = tasks.iter().map(ReportedTask::meta_text).collect();
    assert_eq!(
        meta,
        [
            "zrobione 5\u{a0}grudnia 2026 · na Twojej liście jeszcze otwarte",
            "zrobione 6\u{a0}grudnia 2026 · na Twojej liście jeszcze otwarte",
            "zrobione 9\u{a0}grudnia 2026 · już odhaczone",
            "zrobione 11\u{a0}grudnia 2026 · nie ma go na liście zadań (mogło zostać zmienione)",
        ]
    );
    // No reports, or a reflection with none: nothing to show.
    assert!(t.journal.reported_tasks(t.second, &[]).is_empty());
    assert!(t.journal.reported_in(t.second).is_empty());
}

/// Finding is only reading: attaching a reflection with reports leaves every item as it
/// was (open, no report), in memory and as saved, until the mentor's tap.
#[test]
fn nothing_changes_until_the_mentor_marks_them() {
    let t = two_meetings();
    let mut doc = AgendaDoc {
        log: t.journal.clone(),
        ..AgendaDoc::default()
    };
    let done = vec![
        report("Plan rozmowy z przełożoną", day(12, 5)),
        report("Lista kontaktów", day(12, 6)),
    ];
    doc.log
        .attach_reflection(t.second, reflection(t.second, day(12, 8), done))
        .unwrap();
    assert_eq!(open_count(&doc.log.reported_in(t.second)), 2);
    let items = |j: &Journal| -> Vec<_> {
        j.meetings()
            .iter()
            .flat_map(|m| m.actions.clone())
            .collect()
    };
    assert_eq!(items(&doc.log), items(&t.journal));
    assert!(doc.log.open_actions(day(12, 12)).len() == 2);
    let saved = encode(&doc);
    assert!(!saved.contains("\"reported\""), "{saved}");
}

/// The tap marks each open item done on the day the mentee ticked it, with that day as
/// the report; an item the mentor had done keeps the mentor's day, a task not found changes
/// nothing, and a second tap finds nothing left to mark.
#[test]
fn marking_puts_the_mentees_day_on_the_open_items_only() {
    let mut t = two_meetings();
    let done = vec![
        report("Plan rozmowy z przełożoną", day(12, 5)),
        report("Przeczytać rozdział 3", day(12, 9)),
        report("Zapisać się na kurs", day(12, 11)),
    ];
    t.journal
        .attach_reflection(t.second, reflection(t.second, day(12, 8), done))
        .unwrap();
    let before = t.journal.clone();
    assert_eq!(t.journal.mark_reported_in(t.second), Ok(1));
    let item = |j: &Journal, id: ActionId| {
        j.meetings()
            .iter()
            .flat_map(|m| &m.actions)
            .find(|a| a.id == id)
            .cloned()
            .unwrap()
    };
    let plan = item(&t.journal, t.plan);
    assert_eq!(
        (plan.done, plan.reported),
        (Some(day(12, 5)), Some(day(12, 5)))
    );
    assert_eq!(
        plan.done_text().as_deref(),
        Some("zrobione 5\u{a0}grudnia 2026 · zgłoszone przez osobę mentee 5\u{a0}grudnia 2026")
    );
    let chapter = item(&t.journal, t.chapter);
    assert_eq!((chapter.done, chapter.reported), (Some(day(12, 10)), None));
    assert_eq!(
        chapter.done_text().as_deref(),
        Some("zrobione 10\u{a0}grudnia 2026")
    );
    assert_eq!(item(&t.journal, t.contacts), item(&before, t.contacts));
    // Nothing else moved: the meetings, the reflection, the other items.
    assert_eq!(t.journal.len(), before.len());
    assert_eq!(
        t.journal.get(t.second).unwrap().reflection,
        before.get(t.second).unwrap().reflection
    );
    // Found again: now done; a second tap marks nothing.
    let again = t.journal.reported_in(t.second);
    assert_eq!(again[0].found, ReportMatch::AlreadyDone(t.first, t.plan));
    assert_eq!(open_count(&again), 0);
    assert_eq!(marked_text(1), "Oznaczono jako zrobione: 1\u{a0}zadanie.");
    assert_eq!(marked_text(2), "Oznaczono jako zrobione: 2\u{a0}zadania.");
    assert_eq!(marked_text(5), "Oznaczono jako zrobione: 5\u{a0}zadań.");
    let marked = t.journal.clone();
    assert_eq!(t.journal.mark_reported_in(t.second), Ok(0));
    assert_eq!(t.journal, marked);
    assert_eq!(
        t.journal.mark_reported_in(MeetingId(99)),
        Err(RecordError::Gone)
    );
}

/// Marking takes what was found: an item ticked or removed since is left alone, and only
/// the chosen tasks are marked.
#[test]
fn marking_leaves_items_changed_since_and_those_not_chosen() {
    let mut t = two_meetings();
    let tasks = t.journal.reported_tasks(
        t.second,
        &[
            report("Plan rozmowy z przełożoną", day(12, 5)),
            report("Lista kontaktów", day(12, 6)),
        ],
    );
    t.journal.tick(t.plan, true, day(12, 7)).unwrap();
    let before = t.journal.clone();
    assert_eq!(t.journal.mark_reported(&tasks[..1]), 0, "ticked since");
    assert_eq!(t.journal, before);
    t.journal.remove_action(t.contacts).unwrap();
    assert_eq!(t.journal.mark_reported(&tasks), 0, "removed since");
}

/// A task reported twice (kept twice on the mentee's phone) is listed and marked once, on
/// the earlier day; two items with the same words, each reported, are each marked.
#[test]
fn a_duplicate_report_is_one_task_and_two_items_with_one_wording_are_two() {
    let mut t = two_meetings();
    let tasks = t.journal.reported_tasks(
        t.second,
        &[
            report("Plan rozmowy z przełożoną", day(12, 6)),
            report("plan rozmowy z przełożoną", day(12, 4)),
        ],
    );
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].found, ReportMatch::Open(t.first, t.plan));
    assert_eq!(tasks[0].on, day(12, 4));
    // Not found twice: once too.
    let missing = t.journal.reported_tasks(
        t.second,
        &[report("Kurs", day(12, 6)), report("kurs", day(12, 5))],
    );
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].on, day(12, 5));

    // The same words set again at the second meeting: two items, two reports.
    let again = t
        .journal
        .add_action(
            t.second,
            "Plan rozmowy z przełożoną",
            ActionOwner::Mentee,
            None,
        )
        .unwrap();
    let tasks = t.journal.reported_tasks(
        t.second,
        &[
            report("Plan rozmowy z przełożoną", day(12, 9)),
            report("Plan rozmowy z przełożoną", day(12, 10)),
        ],
    );
    let found: Vec<ReportMatch> = tasks.iter().map(|t| t.found).collect();
    assert_eq!(
        found,
        [
            ReportMatch::Open(t.second, again),
            ReportMatch::Open(t.first, t.plan)
        ],
        "the reflection's own meeting first"
    );
    assert_eq!(t.journal.mark_reported(&tasks), 2);
    assert_eq!(t.journal.open_actions(day(12, 12)).len(), 1);
}

/// Which item a report names when several have its words: exact words before another
/// letter case; a meeting held by the tick day before one after it (a task set later is a
/// new one); the reflection's own meeting, then the newest.
#[test]
fn the_item_named_is_the_exact_one_from_a_meeting_held_by_then_own_meeting_first() {
    let mut journal = Journal::default();
    let first = logged(&mut journal, day(12, 1));
    let old = journal
        .add_action(first, "Rozmowa z zespołem", ActionOwner::Mentee, None)
        .unwrap();
    let second = logged(&mut journal, day(12, 8));
    let upper = journal
        .add_action(second, "ROZMOWA Z ZESPOŁEM", ActionOwner::Mentee, None)
        .unwrap();
    let third = logged(&mut journal, day(12, 15));
    let late = journal
        .add_action(third, "Rozmowa z zespołem", ActionOwner::Mentee, None)
        .unwrap();
    let named = |j: &Journal, own: MeetingId, what: &str, on: NaiveDate| {
        j.reported_tasks(own, &[report(what, on)])[0].found
    };
    // Ticked on 20 December, on a reflection after the second meeting: the exact words win
    // over the second meeting's capitals; of those, the newest.
    assert_eq!(
        named(&journal, second, "Rozmowa z zespołem", day(12, 20)),
        ReportMatch::Open(third, late)
    );
    // Ticked on 10 December: the third meeting's item did not exist yet.
    assert_eq!(
        named(&journal, third, "Rozmowa z zespołem", day(12, 10)),
        ReportMatch::Open(first, old)
    );
    // The reflection's own meeting first, when its item was set by then.
    assert_eq!(
        named(&journal, first, "Rozmowa z zespołem", day(12, 20)),
        ReportMatch::Open(first, old)
    );
    // Only in another letter case: found all the same, the reflection's own meeting first,
    // then the newest held by the tick day.
    assert_eq!(
        named(&journal, second, "rozmowa z Zespołem", day(12, 9)),
        ReportMatch::Open(second, upper)
    );
    assert_eq!(
        named(&journal, third, "rozmowa z Zespołem", day(12, 9)),
        ReportMatch::Open(second, upper)
    );
    journal.remove_action(old).unwrap();
    journal.remove_action(late).unwrap();
    assert_eq!(
        named(&journal, first, "Rozmowa z zespołem", day(12, 20)),
        ReportMatch::Open(second, upper)
    );
}

/// Opened again by the mentor, an item is no longer the mentee's report; the carried list
/// says who reported it.
#[test]
fn an_item_opened_again_drops_the_report_and_the_carried_line_names_it() {
    let mut t = two_meetings();
    let tasks = t
        .journal
        .reported_tasks(t.second, &[report("Lista kontaktów", day(12, 6))]);
    t.journal.mark_reported(&tasks);
    let carried = t.journal.open_actions_keeping(day(12, 12), &[t.contacts]);
    let line = carried
        .iter()
        .find(|c| c.item.id == t.contacts)
        .unwrap()
        .meta_text();
    assert_eq!(
        line,
        "mentee · termin: 8\u{a0}grudnia 2026 · ze spotkania 1\u{a0}grudnia 2026 · zgłoszone przez osobę mentee 6\u{a0}grudnia 2026"
    );
    t.journal.tick(t.contacts, false, day(12, 12)).unwrap();
    t.journal.tick(t.contacts, true, day(12, 12)).unwrap();
    let item = t
        .journal
        .open_actions_keeping(day(12, 12), &[t.contacts])
        .into_iter()
        .find(|c| c.item.id == t.contacts)
        .unwrap()
        .item;
    assert_eq!((item.done, item.reported), (Some(day(12, 12)), None));
}

/// A journal saved before the field (the stored-format fixture) reads with no reports and
/// is written as before; an item with one is written with it and reads back the same, so
/// the backup's check of the document (its decoding) passes.
#[test]
fn the_report_is_stored_only_when_there_is_one() {
    let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(include_str!(
        "../../../../tests/fixtures/store/programme-documents-v2.json"
    ))
    .unwrap();
    let before = &fixture["niezbednik/mentee/m2/agenda"];
    let Decoded::Ready(doc) = decode::<AgendaDoc>(before) else {
        panic!("a journal saved before must load");
    };
    let items: Vec<_> = doc
        .log
        .meetings()
        .iter()
        .flat_map(|m| m.actions.clone())
        .collect();
    assert!(items.iter().any(|a| a.done == Some(day(12, 15))));
    assert!(items.iter().all(|a| a.reported.is_none()));
    assert!(!encode(&doc).contains("reported"));

    let mut t = two_meetings();
    let tasks = t
        .journal
        .reported_tasks(t.second, &[report("Lista kontaktów", day(12, 6))]);
    t.journal.mark_reported(&tasks);
    let doc = AgendaDoc {
        log: t.journal,
        ..AgendaDoc::default()
    };
    let saved = encode(&doc);
    assert!(saved.contains(r#""reported":"2026-12-06""#), "{saved}");
    assert_eq!(decode::<AgendaDoc>(&saved), Decoded::Ready(doc));
}
