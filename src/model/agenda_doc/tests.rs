use super::*;
use crate::model::agenda::AgendaPrefs;
use crate::model::timer::{MINUTE, block_plan_text};

const T0: Millis = 1_795_000_000_000;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

#[test]
fn finishing_puts_the_meeting_in_the_log_with_its_overrun() {
    let mut doc = AgendaDoc::default();
    doc.run = Some(MeetingRun::start(&doc.agenda.blocks, T0, true));
    let id = doc.finish_meeting(T0 + 75 * MINUTE, day()).unwrap();
    let record = doc.log.get(id).unwrap().timer_record().unwrap();
    assert_eq!(doc.log.get(id).unwrap().agenda, "Pierwsze spotkanie");
    assert!(doc.run.is_none());
    assert_eq!(record.date, day());
    assert_eq!(record.planned(), 70 * MINUTE);
    assert_eq!(record.actual(), 75 * MINUTE);
    assert_eq!(record.overrun(), 5 * MINUTE);
    assert_eq!(record.blocks[4].spent, 10 * MINUTE);
    assert_eq!(doc.log.len(), 1);
    assert!(doc.finish_meeting(T0, day()).is_none());
}

/// Started at 23:30 and finished after midnight (or across a DST change): the record
/// keeps the local day it began.
#[test]
fn a_meeting_past_midnight_keeps_the_day_it_began() {
    let mut doc = AgendaDoc::default();
    doc.start_meeting(T0, day(), false);
    let next_day = day().succ_opt().unwrap();
    let id = doc.finish_meeting(T0 + 70 * MINUTE, next_day).unwrap();
    assert_eq!(doc.log.get(id).unwrap().date, day());
    // Saved and read back mid-meeting, the run still knows its day.
    doc.start_meeting(T0, day(), false);
    let json = serde_json::to_string(&doc).unwrap();
    let back: AgendaDoc = serde_json::from_str(&json).unwrap();
    assert_eq!(back.run.unwrap().started_on, Some(day()));
    // A run saved before runs knew their day takes the day it ends.
    let old = json.replace(r#","started_on":"2026-11-27""#, "");
    assert_ne!(old, json);
    let mut old: AgendaDoc = serde_json::from_str(&old).unwrap();
    let id = old.finish_meeting(T0 + MINUTE, next_day).unwrap();
    assert_eq!(old.log.get(id).unwrap().date, next_day);
}

fn goal(n: u32) -> GoalId {
    GoalId(n)
}

/// A first meeting on the seed's agenda that sets one action item, due `due`.
fn first_meeting_with_an_item(due: Option<NaiveDate>) -> AgendaDoc {
    let mut doc = AgendaDoc::default();
    doc.start_meeting(T0, day(), false);
    assert!(
        doc.carried_into_run(day()).is_empty(),
        "nothing before the first"
    );
    doc.add_pending_action(
        "Plan rozmowy z przełożonym",
        ActionOwner::Mentee,
        due,
        day(),
    )
    .unwrap();
    doc.finish_meeting(T0 + 70 * MINUTE, day()).unwrap();
    doc
}

#[test]
fn progress_and_items_recorded_during_the_run_move_into_its_record_once() {
    let mut doc = AgendaDoc {
        agenda: Agenda::from_app_template(&crate::content::agenda_templates::REGULAR),
        ..AgendaDoc::default()
    };
    doc.start_meeting(T0, day(), false);
    assert!(doc.run.as_ref().unwrap().blocks[1].goals);
    doc.record_progress(goal(1), 4, "").unwrap();
    doc.record_progress(goal(1), 6, " pierwsza prezentacja ")
        .unwrap();
    doc.record_progress(goal(2), 3, "").unwrap();
    assert_eq!(
        doc.record_progress(goal(2), 11, ""),
        Err(RecordError::ProgressOutOfRange { typed: "11".into() })
    );
    assert_eq!(doc.pending_progress_of(goal(2)).unwrap().value, 3);
    doc.add_pending_action("Plan rozmowy", ActionOwner::Mentee, Some(day()), day())
        .unwrap();
    doc.add_pending_action("Lista kontaktów", ActionOwner::Mentor, None, day())
        .unwrap();
    doc.add_pending_action("Pomyłka", ActionOwner::Mentor, None, day())
        .unwrap();
    assert_eq!(doc.remove_pending_action(2).unwrap().what, "Pomyłka");
    assert_eq!(doc.remove_pending_action(2), None);
    // Saved mid-meeting and read back, nothing recorded is lost.
    let json = serde_json::to_string(&doc).unwrap();
    let mut doc: AgendaDoc = serde_json::from_str(&json).unwrap();
    let id = doc.finish_meeting(T0 + 60 * MINUTE, day()).unwrap();
    let meeting = doc.log.get(id).unwrap();
    assert_eq!(meeting.agenda, "Spotkanie bieżące");
    assert_eq!(meeting.progress.len(), 2);
    let p = meeting.progress_of(goal(1)).unwrap();
    assert_eq!((p.value, p.note.as_str()), (6, "pierwsza prezentacja"));
    let whats: Vec<&str> = meeting.actions.iter().map(|a| a.what.as_str()).collect();
    assert_eq!(whats, ["Plan rozmowy", "Lista kontaktów"]);
    assert_eq!(meeting.actions[0].due, Some(day()));
    assert!(doc.pending_progress.is_empty() && doc.pending_actions.is_empty());
    // Once: a second finish has no run, and the next meeting starts clean.
    assert!(doc.finish_meeting(T0 + 61 * MINUTE, day()).is_none());
    doc.start_meeting(T0 + 100 * MINUTE, day(), false);
    let next = doc.finish_meeting(T0 + 160 * MINUTE, day()).unwrap();
    assert!(doc.log.get(next).unwrap().progress.is_empty());
    assert!(doc.log.get(next).unwrap().actions.is_empty());
    assert_eq!(doc.log.open_actions(day()).len(), 2, "never duplicated");
}

#[test]
fn discarding_the_run_drops_what_was_recorded_during_it() {
    let mut doc = AgendaDoc::default();
    doc.start_meeting(T0, day(), false);
    doc.record_progress(goal(1), 7, "").unwrap();
    doc.add_pending_action("Plan", ActionOwner::Mentee, None, day())
        .unwrap();
    doc.discard_run();
    assert!(doc.run.is_none());
    assert!(doc.pending_progress.is_empty() && doc.pending_actions.is_empty());
    assert!(doc.log.is_empty());
    doc.start_meeting(T0, day(), false);
    let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
    assert!(doc.log.get(id).unwrap().progress.is_empty());
    assert!(doc.log.get(id).unwrap().actions.is_empty());
}

#[test]
fn an_item_due_before_the_meeting_or_saying_nothing_is_refused() {
    let mut doc = AgendaDoc::default();
    doc.start_meeting(T0, day(), false);
    let before = day().pred_opt().unwrap();
    assert_eq!(
        doc.add_pending_action("Plan", ActionOwner::Mentee, Some(before), day()),
        Err(RecordError::DueBeforeMeeting {
            due: before,
            meeting: day()
        })
    );
    assert_eq!(
        doc.add_pending_action("  ", ActionOwner::Mentee, None, day()),
        Err(RecordError::EmptyAction)
    );
    // Past midnight the run is still the day it began: a due day that day is fine.
    let next_day = day().succ_opt().unwrap();
    doc.add_pending_action("Plan", ActionOwner::Mentee, Some(day()), next_day)
        .unwrap();
    assert!(doc.pending_actions.len() == 1);
}

#[test]
fn the_next_meeting_lists_the_items_carried_over_overdue_first_and_keeps_one_ticked_in_it() {
    let mut doc = first_meeting_with_an_item(day().succ_opt());
    // A second item from a later meeting, with no due day.
    let later = day() + chrono::Days::new(7);
    doc.start_meeting(T0 + 7 * 24 * 60 * MINUTE, later, false);
    let carried = doc.carried_into_run(later);
    assert_eq!(carried.len(), 1);
    assert!(carried[0].overdue, "due the day after the first meeting");
    doc.add_pending_action("Przeczytać książkę", ActionOwner::Mentee, None, later)
        .unwrap();
    doc.finish_meeting(T0 + 7 * 24 * 60 * MINUTE + 60 * MINUTE, later)
        .unwrap();
    let fortnight = day() + chrono::Days::new(14);
    doc.start_meeting(T0 + 14 * 24 * 60 * MINUTE, fortnight, false);
    let carried = doc.carried_into_run(fortnight);
    let whats: Vec<&str> = carried.iter().map(|c| c.item.what.as_str()).collect();
    assert_eq!(whats, ["Plan rozmowy z przełożonym", "Przeczytać książkę"]);
    assert!(carried[0].overdue && !carried[1].overdue);
    // Ticked during the talk: still listed here, so it can be unticked.
    let first = carried[0].item.id;
    doc.log.tick(first, true, fortnight).unwrap();
    let carried = doc.carried_into_run(fortnight);
    assert_eq!(carried.len(), 2);
    let ticked = carried.iter().find(|c| c.item.id == first).unwrap();
    assert_eq!(ticked.item.done, Some(fortnight));
    assert!(!ticked.overdue, "done is not overdue");
    doc.finish_meeting(T0 + 14 * 24 * 60 * MINUTE + 60 * MINUTE, fortnight)
        .unwrap();
    // The meeting after that no longer lists it; the other one is still open.
    let month = day() + chrono::Days::new(28);
    doc.start_meeting(T0 + 28 * 24 * 60 * MINUTE, month, false);
    let whats: Vec<String> = doc
        .carried_into_run(month)
        .into_iter()
        .map(|c| c.item.what)
        .collect();
    assert_eq!(whats, ["Przeczytać książkę"]);
    doc.discard_run();
    assert!(doc.carried_into_run(month).is_empty(), "no meeting running");
}

#[test]
fn a_later_meeting_on_a_template_is_headed_by_the_template_not_as_the_first() {
    use crate::content::agenda_templates::ALL;
    let fresh = AgendaDoc::default();
    let first = fresh.heading(&[]);
    assert_eq!(first.heading, "Agenda pierwszego spotkania");
    assert_eq!(first.intro, crate::content::agenda::INTRO);
    let mut doc = first_meeting_with_an_item(None);
    assert_eq!(
        doc.heading(&[]),
        first,
        "the seed's agenda is the first meeting's"
    );
    for template in ALL {
        doc.agenda = Agenda::from_app_template(template);
        let said = doc.heading(&[]);
        assert_eq!(said.heading, template.heading);
        assert_eq!(said.intro, template.intro);
        assert!(!said.heading.contains("pierwszego") && !said.intro.contains("Pierwsze"));
        // Running, the run's blocks say which agenda it is.
        doc.start_meeting(T0, day(), false);
        doc.agenda = Agenda::from_seed();
        assert_eq!(doc.heading(&[]).heading, template.heading);
        doc.discard_run();
    }
    // The mentor's own template, and an agenda of the mentor's making.
    let mut own = Agenda::from_app_template(&ALL[0]);
    own.set_title(0, "Co nowego").unwrap();
    let templates = vec![AgendaTemplate {
        name: "Kontrolne".into(),
        agenda: own.clone(),
    }];
    doc.agenda = own.clone();
    assert_eq!(doc.heading(&templates).heading, "Agenda: Kontrolne");
    assert!(doc.heading(&templates).intro.contains("„Kontrolne”"));
    assert_eq!(doc.heading(&[]).heading, "Agenda spotkania");
    // Before any meeting, a reshaped agenda is still the first meeting's.
    let reshaped = AgendaDoc {
        agenda: own,
        ..AgendaDoc::default()
    };
    assert_eq!(reshaped.heading(&[]), first);
    // A template of the mentor's named like one of the app's is not taken for it.
    let mut seed = Agenda::from_seed();
    seed.set_title(1, "Role").unwrap();
    doc.agenda = seed.clone();
    let named_like_the_app = vec![AgendaTemplate {
        name: ALL[0].name.into(),
        agenda: seed,
    }];
    assert_eq!(
        doc.heading(&named_like_the_app).heading,
        format!("Agenda: {}", ALL[0].name)
    );
}

#[test]
fn the_log_shows_what_a_meeting_settled_and_names_its_record() {
    use crate::model::goals::GoalKind;
    let mut goals = Goals::default();
    let main = goals
        .add(GoalKind::Main, "Rola liderki zespołu", day())
        .unwrap();
    let area = goals.add(GoalKind::Area, "Delegowanie", day()).unwrap();
    let mut doc = first_meeting_with_an_item(day().succ_opt());
    let fortnight = day() + chrono::Days::new(14);
    doc.agenda = Agenda::from_app_template(&crate::content::agenda_templates::REGULAR);
    doc.start_meeting(T0 + 14 * 24 * 60 * MINUTE, fortnight, false);
    let carried = doc.carried_into_run(fortnight)[0].item.id;
    doc.log.tick(carried, true, fortnight).unwrap();
    doc.record_progress(main, 6, " pierwsza prezentacja ")
        .unwrap();
    doc.record_progress(area, 3, "").unwrap();
    doc.add_pending_action("Rozmowa z zespołem", ActionOwner::Mentee, None, fortnight)
        .unwrap();
    let id = doc
        .finish_meeting(T0 + 14 * 24 * 60 * MINUTE + 60 * MINUTE, fortnight)
        .unwrap();
    let entries = doc.log_entries(&goals);
    assert_eq!(entries.len(), 2);
    let entry = &entries[0];
    assert_eq!(entry.id, id);
    assert_eq!(entry.record.date, fortnight);
    assert_eq!(
        entry.outcome.progress,
        [
            "Główny cel „Rola liderki zespołu”: 6/10\u{a0}– pierwsza prezentacja",
            "Obszar do rozwoju „Delegowanie”: 3/10"
        ]
    );
    assert_eq!(
        entry.outcome.new_items,
        ["Rozmowa z zespołem\u{a0}– mentee"]
    );
    assert_eq!(
        entry.outcome.ticked,
        [format!(
            "Plan rozmowy z przełożonym\u{a0}– ze spotkania {}",
            date::long(day())
        )]
    );
    // The first meeting set the item (done since) and ticked nothing.
    let first = &entries[1].outcome;
    assert_eq!(
        first.new_items,
        [format!(
            "Plan rozmowy z przełożonym\u{a0}– mentee · termin: {} · zrobione {}",
            date::long(day().succ_opt().unwrap()),
            date::long(fortnight)
        )]
    );
    assert!(first.progress.is_empty() && first.ticked.is_empty());
    // A goal gone from the contract still shows its score.
    let entry = &doc.log_entries(&Goals::default())[0];
    assert_eq!(entry.outcome.progress[1], "Cel spoza kontraktu: 3/10");
}

#[test]
fn an_agenda_document_saved_before_pending_records_still_loads() {
    let doc = first_meeting_with_an_item(None);
    let mut value = serde_json::to_value(&doc).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("pending_progress").unwrap();
    object.remove("pending_actions").unwrap();
    for block in object["agenda"]["blocks"].as_array_mut().unwrap() {
        block.as_object_mut().unwrap().remove("goals").unwrap();
    }
    let back: AgendaDoc = serde_json::from_value(value).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn a_run_on_an_app_template_is_recorded_under_its_name_even_with_other_minutes() {
    use crate::content::agenda_templates::ALL;
    for template in ALL {
        let mut doc = AgendaDoc {
            agenda: Agenda::from_app_template(template),
            ..AgendaDoc::default()
        };
        doc.agenda.set_minutes(0, "12").unwrap();
        doc.start_meeting(T0, day(), false);
        let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
        assert_eq!(doc.log.get(id).unwrap().agenda, template.name);
    }
    let mut doc = AgendaDoc {
        agenda: Agenda::from_app_template(&ALL[0]),
        ..AgendaDoc::default()
    };
    doc.agenda.set_title(2, "Rozmowa o awansie").unwrap();
    doc.start_meeting(T0, day(), false);
    let id = doc.finish_meeting(T0 + MINUTE, day()).unwrap();
    assert_eq!(
        doc.log.get(id).unwrap().agenda,
        "",
        "the mentor's own agenda"
    );
    // Saved as the mentor's template, it is recorded under that name.
    let mut prefs = AgendaPrefs::default();
    prefs.save_template("Awans", doc.agenda.clone()).unwrap();
    prefs
        .save_template("Pierwsze inaczej", Agenda::from_seed())
        .unwrap();
    doc.start_meeting(T0, day(), false);
    let id = doc
        .finish_meeting_with(T0 + MINUTE, day(), &prefs.templates)
        .unwrap();
    assert_eq!(doc.log.get(id).unwrap().agenda, "Awans");
    // The seed's agenda keeps its own name even when the mentor saved it under another.
    doc.agenda = Agenda::from_seed();
    doc.start_meeting(T0, day(), false);
    let id = doc
        .finish_meeting_with(T0 + MINUTE, day(), &prefs.templates)
        .unwrap();
    assert_eq!(
        doc.log.get(id).unwrap().agenda,
        crate::model::journal::SEED_AGENDA
    );
}

#[test]
fn added_minutes_are_part_of_the_logged_plan_and_say_so() {
    let mut doc = AgendaDoc::default();
    let mut run = MeetingRun::start(&doc.agenda.blocks, T0, false);
    run.next(T0 + 15 * MINUTE);
    run.next(T0 + 25 * MINUTE);
    run.add_minutes(T0 + 40 * MINUTE, 5);
    doc.run = Some(run);
    doc.run.as_mut().unwrap().next(T0 + 55 * MINUTE);
    doc.finish_meeting(T0 + 55 * MINUTE, day()).unwrap();
    let record = &doc.timer_records()[0];
    let block = &record.blocks[2];
    assert_eq!(block.spent, 30 * MINUTE);
    assert_eq!(block_plan_text(block), "25\u{a0}min + 5\u{a0}min dodane");
    assert!(block.spent <= block.budget(), "30 of 25 + 5 is no overrun");
    assert_eq!(block_plan_text(&record.blocks[0]), "15\u{a0}min");
    assert_eq!(record.planned(), 75 * MINUTE);
    assert_eq!(record.plan_text(), "70\u{a0}min + 5\u{a0}min dodane");
    assert_eq!(record.overrun(), -20 * MINUTE);
}
