use proptest::prelude::*;

use super::*;
use crate::model::agenda_doc::AgendaDoc;
use crate::store::codec::{Decoded, decode, encode};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn logged(journal: &mut Journal, date: NaiveDate) -> MeetingId {
    journal.log_meeting(date, "Spotkanie regularne", &Agenda::from_seed())
}

/// Today's stored format (schema 1: a log of timer runs, newest first) becomes the journal
/// with every figure and note kept, and reads back as the same summaries.
#[test]
fn agenda_v1_log_migrates_into_the_journal_with_nothing_lost() {
    let raw = include_str!("../../../tests/fixtures/store/agenda-v1.json");
    let v1: Value = serde_json::from_str(raw).unwrap();
    let old: Vec<MeetingRecord> = serde_json::from_value(v1["data"]["log"].clone()).unwrap();
    let Decoded::Ready(doc) = decode::<AgendaDoc>(raw) else {
        panic!("agenda v1 must load");
    };
    assert_eq!(doc.log.len(), 2);
    // The timer's summaries are exactly what was saved, in the same order.
    assert_eq!(doc.timer_records(), old);
    let [newer, older] = doc.log.meetings() else {
        panic!("two meetings");
    };
    assert_eq!(older.date, day(11, 20));
    assert_eq!(older.agenda, SEED_AGENDA, "the seed's agenda is recognised");
    assert_eq!(newer.agenda, "", "the mentor's own agenda");
    assert!(older.id < newer.id, "ids in the order they were held");
    assert_eq!(
        older.blocks[0].note,
        "Anna lubi planować; chce prowadzić zespół"
    );
    assert!(older.blocks[1].timing.unwrap().skipped);
    assert_eq!(newer.blocks[0].timing.unwrap().added, 300_000);
    assert!(newer.blocks[0].timing.unwrap().held);
    assert!(matches!(
        newer.held,
        Held::Timer {
            started_at: 1_796_200_000_000,
            finished_at: 1_796_203_900_000
        }
    ));
    assert!(older.actions.is_empty() && older.progress.is_empty());
    // The agenda itself is untouched.
    assert_eq!(doc.agenda, Agenda::from_seed());
    // Saved again: schema 3 (the shipped talking points left out), and the same document back.
    let saved = encode(&doc);
    assert!(saved.starts_with(r#"{"schema":3,"#), "{saved}");
    assert_eq!(
        saved.matches("Przedstawienie się (ścieżka kariery").count(),
        1,
        "only the agenda itself has the seed's points"
    );
    assert!(
        saved.contains(r#""points":["Zadania z poprzedniego spotkania"]"#),
        "the mentor's own points are kept"
    );
    assert_eq!(decode::<AgendaDoc>(&saved), Decoded::Ready(doc.clone()));
    // A new meeting gets an id none of the migrated ones has.
    let newest = newer.id;
    let mut doc = doc;
    let id = logged(&mut doc.log, day(12, 18));
    assert!(id > newest);
}

#[test]
fn a_broken_v1_log_is_refused_not_guessed() {
    for raw in [
        r#"{"schema":1,"data":[]}"#,
        r#"{"schema":1,"data":{"agenda":null,"run":null,"log":[{"date":"wczoraj"}]}}"#,
    ] {
        assert!(
            matches!(decode::<AgendaDoc>(raw), Decoded::Corrupt(_)),
            "{raw}"
        );
    }
}

#[test]
fn a_logged_meeting_follows_its_agenda_and_keeps_notes_per_block() {
    let mut journal = Journal::default();
    let id = logged(&mut journal, day(12, 1));
    journal
        .set_note(id, 2, "Cel: pierwsza rola liderska")
        .unwrap();
    let meeting = journal.get(id).unwrap();
    assert_eq!(meeting.held, Held::Logged);
    assert_eq!(meeting.blocks.len(), 5);
    assert_eq!(meeting.blocks[2].note, "Cel: pierwsza rola liderska");
    assert!(meeting.blocks.iter().all(|b| b.timing.is_none()));
    assert_eq!(meeting.timer_record(), None);
    assert_eq!(journal.set_note(id, 9, "x"), Err(RecordError::Gone));
}

#[test]
fn due_dates_before_the_meeting_are_refused_with_what_was_typed() {
    let mut journal = Journal::default();
    let id = logged(&mut journal, day(12, 3));
    assert_eq!(parse_due("", day(12, 3)), Ok(None));
    assert_eq!(parse_due(" 2026-12-03 ", day(12, 3)), Ok(Some(day(12, 3))));
    let early = parse_due("2026-12-01", day(12, 3)).unwrap_err();
    assert_eq!(
        early,
        RecordError::DueBeforeMeeting {
            due: day(12, 1),
            meeting: day(12, 3)
        }
    );
    assert_eq!(
        early.to_string(),
        "Termin 1\u{a0}grudnia 2026 jest przed spotkaniem (3\u{a0}grudnia 2026). Wybierz dzień spotkania lub późniejszy."
    );
    assert_eq!(
        parse_due("jutro", day(12, 3)),
        Err(RecordError::NotADate {
            typed: "jutro".into()
        })
    );
    assert_eq!(
        parse_due("jutro", day(12, 3)).unwrap_err().to_string(),
        "„jutro” to nie data. Wybierz dzień z\u{a0}kalendarza (RRRR-MM-DD)."
    );
    // A day field left half-filled in the picker gives no text: nothing to quote back.
    assert_eq!(
        crate::model::journal::parse_day("  ")
            .unwrap_err()
            .to_string(),
        "Wybierz dzień z\u{a0}kalendarza."
    );
    assert_eq!(
        RecordError::ProgressOutOfRange {
            typed: String::new()
        }
        .to_string(),
        "Wpisz ocenę postępu: liczbę całkowitą od 0\u{a0}do 10."
    );
    assert_eq!(
        journal.add_action(id, "Lista zadań", ActionOwner::Mentee, Some(day(12, 2))),
        Err(RecordError::DueBeforeMeeting {
            due: day(12, 2),
            meeting: day(12, 3)
        })
    );
    assert_eq!(
        journal.add_action(id, "  ", ActionOwner::Mentee, None),
        Err(RecordError::EmptyAction)
    );
    assert!(
        journal.get(id).unwrap().actions.is_empty(),
        "nothing half-added"
    );
    let item = journal
        .add_action(id, "Lista zadań", ActionOwner::Mentee, Some(day(12, 10)))
        .unwrap();
    assert!(journal.set_action_due(item, Some(day(11, 30))).is_err());
    assert_eq!(journal.get(id).unwrap().actions[0].due, Some(day(12, 10)));
    // The meeting cannot move past its own item's due day.
    assert_eq!(
        journal.set_date(id, day(12, 11)),
        Err(RecordError::MeetingAfterDue {
            meeting: day(12, 11),
            due: day(12, 10)
        })
    );
    journal.set_date(id, day(12, 10)).unwrap();
    assert_eq!(journal.get(id).unwrap().date, day(12, 10));
}

#[test]
fn progress_is_0_to_10_and_the_typed_text_comes_back_with_the_refusal() {
    assert_eq!(parse_progress(" 7 "), Ok(7));
    assert_eq!(parse_progress("0"), Ok(0));
    assert_eq!(parse_progress("10"), Ok(10));
    for typed in ["11", "-1", "7,5", "siedem", "", "256"] {
        let error = parse_progress(typed).unwrap_err();
        assert_eq!(
            error,
            RecordError::ProgressOutOfRange {
                typed: typed.to_string()
            }
        );
    }
    assert_eq!(
        parse_progress("11").unwrap_err().to_string(),
        "„11” to nie ocena postępu. Wpisz liczbę całkowitą od 0\u{a0}do 10."
    );
    // The page keeps the refused text at its field until it is fixed.
    let mut refused = crate::model::form::Refused::default();
    let field = RecordField::Progress(GoalId(1));
    assert_eq!(
        refused.commit(field, "12".into(), parse_progress("12")),
        None
    );
    assert_eq!(refused.text(field).as_deref(), Some("12"));
    let mut journal = Journal::default();
    let id = logged(&mut journal, day(12, 1));
    assert!(journal.set_progress(id, GoalId(1), 11, "").is_err());
    assert!(journal.get(id).unwrap().progress.is_empty());
}

#[test]
fn a_goals_series_runs_over_the_meetings_in_date_order() {
    let mut journal = Journal::default();
    let goal = GoalId(1);
    let second = logged(&mut journal, day(12, 15));
    let first = logged(&mut journal, day(12, 1));
    let third = logged(&mut journal, day(12, 29));
    journal.set_progress(second, goal, 5, "deleguje").unwrap();
    journal.set_progress(first, goal, 2, "").unwrap();
    journal.set_progress(first, goal, 3, " start ").unwrap();
    journal.set_progress(third, GoalId(2), 9, "").unwrap();
    let series = journal.progress_series(goal);
    let values: Vec<(NaiveDate, u8)> = series.iter().map(|p| (p.date, p.value)).collect();
    assert_eq!(values, [(day(12, 1), 3), (day(12, 15), 5)]);
    assert_eq!(series[0].note, "start");
    assert_eq!(journal.latest_progress(goal).unwrap().value, 5);
    assert_eq!(
        series_text(&series),
        "3 (1\u{a0}grudnia 2026) → 5 (15\u{a0}grudnia 2026)"
    );
    assert_eq!(series_text(&[]), "Jeszcze bez oceny postępu.");
    journal.clear_progress(second, goal).unwrap();
    assert_eq!(journal.latest_progress(goal).unwrap().value, 3);
    assert_eq!(journal.latest_progress(GoalId(7)), None);
}

#[test]
fn open_items_are_listed_overdue_first_then_by_due_day() {
    let mut journal = Journal::default();
    let m1 = logged(&mut journal, day(12, 1));
    let m2 = logged(&mut journal, day(12, 15));
    let no_due = journal
        .add_action(m1, "Przeczytać", ActionOwner::Mentee, None)
        .unwrap();
    let later = journal
        .add_action(m2, "Plan rozmowy", ActionOwner::Mentor, Some(day(12, 30)))
        .unwrap();
    let overdue = journal
        .add_action(m1, "Lista zadań", ActionOwner::Mentee, Some(day(12, 10)))
        .unwrap();
    let done = journal
        .add_action(m1, "Umówić się", ActionOwner::Mentee, Some(day(12, 5)))
        .unwrap();
    journal.tick(done, true, day(12, 4)).unwrap();
    let today = day(12, 20);
    let open = journal.open_actions(today);
    let ids: Vec<ActionId> = open.iter().map(|c| c.item.id).collect();
    assert_eq!(ids, [overdue, later, no_due]);
    assert!(open[0].overdue && !open[1].overdue && !open[2].overdue);
    assert_eq!(open[0].from, m1);
    // The next meeting's first block: items from earlier ones, including one ticked during
    // it; the ones still overdue come before it although it was due earlier.
    let still_overdue = journal
        .add_action(
            m2,
            "Rozmowa z zespołem",
            ActionOwner::Mentee,
            Some(day(12, 16)),
        )
        .unwrap();
    let m3 = logged(&mut journal, today);
    journal.tick(overdue, true, today).unwrap();
    let carried: Vec<ActionId> = journal
        .carried_into(m3, today)
        .iter()
        .map(|c| c.item.id)
        .collect();
    assert_eq!(carried, [still_overdue, overdue, later, no_due]);
    let carried_m2: Vec<ActionId> = journal
        .carried_into(m2, today)
        .iter()
        .map(|c| c.item.id)
        .collect();
    assert_eq!(
        carried_m2,
        [overdue, no_due],
        "only earlier meetings' items"
    );
    // Unticking keeps nothing of the tick; ticking again keeps the first day.
    journal.tick(overdue, false, today).unwrap();
    assert!(
        journal
            .open_actions(today)
            .iter()
            .any(|c| c.item.id == overdue)
    );
    journal.tick(done, true, day(12, 21)).unwrap();
    let item = journal
        .get(m1)
        .unwrap()
        .actions
        .iter()
        .find(|a| a.id == done);
    assert_eq!(item.unwrap().done, Some(day(12, 4)));
}

#[derive(Debug, Clone)]
enum Step {
    /// A meeting some days after the last, with new items (due in that many days, if any).
    Meeting {
        gap: u8,
        items: Vec<Option<u8>>,
        logged: bool,
    },
    /// Ticks the n-th action ever added (modulo), or unticks it.
    Tick { nth: usize, done: bool },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            0u8..30,
            prop::collection::vec(prop::option::of(0u8..40), 0..4),
            any::<bool>()
        )
            .prop_map(|(gap, items, logged)| Step::Meeting { gap, items, logged }),
        (any::<usize>(), any::<bool>()).prop_map(|(nth, done)| Step::Tick { nth, done }),
    ]
}

proptest! {
    /// Whatever meetings are held and whatever is ticked: an item is listed as open exactly
    /// while it is not ticked, however many meetings pass; never twice; overdue ones first.
    #[test]
    fn carry_over_keeps_each_open_item_once_until_ticked(steps in prop::collection::vec(step(), 1..40)) {
        let mut journal = Journal::default();
        let mut today = day(1, 5);
        // The model's expectation: every item added and the day it was ticked, if it is.
        let mut added: Vec<(ActionId, Option<NaiveDate>)> = Vec::new();
        let mut doc = AgendaDoc::default();
        for step in steps {
            match step {
                Step::Meeting { gap, items, logged } => {
                    today = today + chrono::Days::new(u64::from(gap));
                    let id = if logged {
                        journal.log_meeting(today, "", &Agenda::from_seed())
                    } else {
                        let run = crate::model::timer::MeetingRun::start(&doc.agenda.blocks, 0, false);
                        doc.run = Some(run);
                        let id = doc.finish_meeting(60_000, today).unwrap();
                        let meeting = doc.log.get(id).unwrap().clone();
                        journal.record_run(meeting.timer_record().unwrap(), "")
                    };
                    // Its first block lists exactly the items still open from before, and those
                    // ticked today (during it, so they can be unticked there).
                    let carried: Vec<ActionId> = journal.carried_into(id, today).iter().map(|c| c.item.id).collect();
                    let mut expected: Vec<ActionId> = added
                        .iter()
                        .filter(|(_, done)| done.is_none_or(|d| d >= today))
                        .map(|(id, _)| *id)
                        .collect();
                    let mut sorted = carried.clone();
                    sorted.sort();
                    expected.sort();
                    prop_assert_eq!(sorted, expected);
                    for due in items {
                        let due = due.map(|d| today + chrono::Days::new(u64::from(d)));
                        let action = journal.add_action(id, "Zadanie", ActionOwner::Mentee, due).unwrap();
                        prop_assert!(added.iter().all(|(a, _)| *a != action), "a fresh id");
                        added.push((action, None));
                    }
                }
                Step::Tick { nth, done } => {
                    if added.is_empty() {
                        continue;
                    }
                    let i = nth % added.len();
                    journal.tick(added[i].0, done, today).unwrap();
                    added[i].1 = done.then_some(added[i].1.unwrap_or(today));
                }
            }
            let open = journal.open_actions(today);
            let ids: Vec<ActionId> = open.iter().map(|c| c.item.id).collect();
            let unique: std::collections::BTreeSet<ActionId> = ids.iter().copied().collect();
            prop_assert_eq!(unique.len(), ids.len(), "never duplicated");
            let expected: std::collections::BTreeSet<ActionId> =
                added.iter().filter(|(_, done)| done.is_none()).map(|(id, _)| *id).collect();
            prop_assert_eq!(unique, expected);
            // Overdue first: once a not-overdue item is listed, no overdue one follows.
            let first_not_overdue = open.iter().position(|c| !c.overdue).unwrap_or(open.len());
            prop_assert!(open[first_not_overdue..].iter().all(|c| !c.overdue));
            prop_assert!(open.iter().all(|c| c.overdue == c.item.due.is_some_and(|d| d < today)));
            // Each item sits in exactly one meeting.
            let stored: usize = journal.meetings().iter().map(|m| m.actions.len()).sum();
            prop_assert_eq!(stored, added.len());
        }
        // And the journal survives being saved and read back.
        let saved = AgendaDoc {
            log: journal.clone(),
            ..AgendaDoc::default()
        };
        prop_assert_eq!(decode::<AgendaDoc>(&encode(&saved)), Decoded::Ready(saved));
    }
}

#[test]
fn a_meeting_says_its_agenda_and_items_in_a_few_words() {
    let mut journal = Journal::default();
    let seed = crate::model::agenda::Agenda::from_seed();
    let own = journal.log_meeting(day(12, 1), "", &seed);
    let m = journal.get(own).unwrap();
    assert_eq!(m.agenda_label(), "własna agenda");
    assert_eq!(m.items_text(), None);
    let a = journal
        .add_action(own, "Lista", ActionOwner::Mentee, None)
        .unwrap();
    journal
        .add_action(own, "Plan", ActionOwner::Mentor, None)
        .unwrap();
    assert_eq!(
        journal.get(own).unwrap().items_text().as_deref(),
        Some("2\u{a0}zadania, otwarte: 2")
    );
    journal.tick(a, true, day(12, 2)).unwrap();
    journal.remove_action(ActionId(a.0 + 1)).unwrap();
    assert_eq!(
        journal.get(own).unwrap().items_text().as_deref(),
        Some("1\u{a0}zadanie, wszystkie zrobione")
    );
    let named = journal.log_meeting(day(12, 15), SEED_AGENDA, &seed);
    assert_eq!(
        journal.get(named).unwrap().agenda_label(),
        "Pierwsze spotkanie"
    );
}

#[test]
fn the_latest_reading_and_a_typed_day_read_as_people_write_them() {
    let point = |note: &str| ProgressPoint {
        meeting: MeetingId(1),
        date: day(12, 29),
        value: 6,
        note: note.to_string(),
    };
    assert_eq!(
        point("").latest_text(),
        "Ostatnio: 6/10 (29\u{a0}grudnia 2026)"
    );
    assert_eq!(
        point("pierwsza prezentacja").latest_text(),
        "Ostatnio: 6/10 (29\u{a0}grudnia 2026)\u{a0}– pierwsza prezentacja"
    );
    assert_eq!(parse_day(" 2026-12-29 "), Ok(day(12, 29)));
    assert_eq!(
        parse_day("29.12"),
        Err(RecordError::NotADate {
            typed: "29.12".into()
        })
    );
}

#[test]
fn a_carried_item_says_who_by_when_and_from_which_meeting() {
    let mut journal = Journal::default();
    let seed = crate::model::agenda::Agenda::from_seed();
    let first = journal.log_meeting(day(12, 1), "", &seed);
    journal
        .add_action(first, "Lista", ActionOwner::Mentee, Some(day(12, 11)))
        .unwrap();
    journal
        .add_action(first, "Plan", ActionOwner::Mentor, None)
        .unwrap();
    let texts: Vec<String> = journal
        .open_actions(day(12, 12))
        .iter()
        .map(CarriedAction::meta_text)
        .collect();
    assert_eq!(
        texts,
        [
            "mentee · termin: 11\u{a0}grudnia 2026 · ze spotkania 1\u{a0}grudnia 2026",
            "mentor · ze spotkania 1\u{a0}grudnia 2026"
        ]
    );
}

fn a_reflection(takeaway: &str) -> crate::model::journal::Reflection {
    crate::model::journal::Reflection {
        origin: crate::model::journal::ReflectionOrigin {
            mentee: crate::model::mentees::MenteeId("m1".into()),
            meeting: 1,
        },
        meeting_date: day(12, 1),
        mentee: "Anna".into(),
        takeaway: takeaway.into(),
        next: "Rozmowa z zespołem".into(),
        usefulness: 4,
        done: Vec::new(),
    }
}

#[test]
fn a_reflection_attaches_to_its_meeting_and_a_second_one_replaces_it() {
    let mut journal = Journal::default();
    let first = logged(&mut journal, day(12, 1));
    let other = logged(&mut journal, day(12, 8));
    journal
        .attach_reflection(first, a_reflection("Delegowanie"))
        .unwrap();
    assert_eq!(
        journal.get(first).unwrap().reflection,
        Some(a_reflection("Delegowanie"))
    );
    assert_eq!(journal.get(other).unwrap().reflection, None);
    journal
        .attach_reflection(first, a_reflection("Plan tygodnia"))
        .unwrap();
    assert_eq!(
        journal.get(first).unwrap().reflection,
        Some(a_reflection("Plan tygodnia"))
    );
    assert_eq!(
        journal.attach_reflection(MeetingId(99), a_reflection("x")),
        Err(RecordError::Gone)
    );
}

/// Journals saved before reflections load as they were, and one without a reflection is
/// written as before (no new field), so older builds read it too.
#[test]
fn meetings_without_a_reflection_keep_their_stored_format() {
    let mut doc = AgendaDoc::default();
    let id = logged(&mut doc.log, day(12, 1));
    let saved = encode(&doc);
    assert!(!saved.contains("reflection"), "{saved}");
    let Decoded::Ready(back) = decode::<AgendaDoc>(&saved) else {
        panic!("must load");
    };
    assert_eq!(back, doc);
    doc.log
        .attach_reflection(id, a_reflection("Delegowanie"))
        .unwrap();
    let Decoded::Ready(back) = decode::<AgendaDoc>(&encode(&doc)) else {
        panic!("must load");
    };
    assert_eq!(
        back.log.get(id).unwrap().reflection,
        Some(a_reflection("Delegowanie"))
    );
}

/// A meeting already recorded on a day is named before a second one is recorded that day;
/// a free day asks nothing.
#[test]
fn a_second_meeting_on_the_same_day_is_asked_about_first() {
    let mut doc = AgendaDoc::default();
    assert_eq!(doc.log.second_meeting_question(day(12, 1)), None);
    doc.start_meeting(1_796_140_800_000, day(12, 1), false);
    doc.finish_meeting(1_796_145_000_000, day(12, 1)).unwrap();
    assert_eq!(
        doc.log.second_meeting_question(day(12, 1)).as_deref(),
        Some(
            "1\u{a0}grudnia 2026 jest już zapisane spotkanie (Pierwsze spotkanie, z\u{a0}timerem). Zapisać jeszcze jedno spotkanie tego samego dnia? Jeśli to to samo spotkanie, otwórz jego zapis z\u{a0}listy."
        )
    );
    assert_eq!(doc.log.second_meeting_question(day(12, 2)), None);
    logged(&mut doc.log, day(12, 1));
    assert!(
        doc.log
            .second_meeting_question(day(12, 1))
            .unwrap()
            .starts_with("1\u{a0}grudnia 2026 są już zapisane 2\u{a0}spotkania. ")
    );
    assert_eq!(doc.log.on_day(day(12, 1)).count(), 2);
}

/// An item ticked on the record of a meeting logged afterwards is done on that meeting's
/// day, so the meetings after it no longer carry it.
#[test]
fn an_item_ticked_in_a_meeting_logged_afterwards_is_done_on_its_day() {
    let mut journal = Journal::default();
    let first = logged(&mut journal, day(12, 1));
    let item = journal
        .add_action(first, "Plan rozmowy", ActionOwner::Mentee, None)
        .unwrap();
    // Written down on 20 December: the meetings of 8 and 15 December.
    let second = logged(&mut journal, day(12, 8));
    let third = logged(&mut journal, day(12, 15));
    assert_eq!(journal.carried_into(second, day(12, 20)).len(), 1);
    journal.tick_at(item, true, second).unwrap();
    let done = journal.carried_into(second, day(12, 20));
    assert_eq!(done[0].item.done, Some(day(12, 8)), "the meeting's day");
    assert!(journal.carried_into(third, day(12, 20)).is_empty());
    assert!(journal.open_actions(day(12, 20)).is_empty());
    // Unticked there, it is open again; a meeting that is gone is said so.
    journal.tick_at(item, false, second).unwrap();
    assert_eq!(journal.open_actions(day(12, 20)).len(), 1);
    assert_eq!(
        journal.tick_at(item, true, MeetingId(99)),
        Err(RecordError::Gone)
    );
}

/// Ticked on the programme page, an item stays listed (done) while the page is open, so it
/// can be unticked; elsewhere only open items are listed.
#[test]
fn an_item_ticked_on_the_page_stays_listed_until_the_page_is_left() {
    let mut journal = Journal::default();
    let first = logged(&mut journal, day(12, 1));
    let a = journal
        .add_action(first, "Plan rozmowy", ActionOwner::Mentee, None)
        .unwrap();
    let b = journal
        .add_action(first, "Lista kontaktów", ActionOwner::Mentor, None)
        .unwrap();
    journal.tick(a, true, day(12, 5)).unwrap();
    let kept = journal.open_actions_keeping(day(12, 5), &[a]);
    let listed: Vec<(ActionId, bool)> =
        kept.iter().map(|c| (c.item.id, c.item.is_open())).collect();
    assert_eq!(listed, [(a, false), (b, true)]);
    assert_eq!(journal.open_actions(day(12, 5)).len(), 1);
    journal.tick(a, false, day(12, 5)).unwrap();
    assert_eq!(journal.open_actions(day(12, 5)).len(), 2);
}
