use chrono::{Datelike, Days, Months};
use proptest::prelude::*;

use super::*;
use crate::model::agenda::Agenda;
use crate::model::contract::Frequency;
use crate::model::journal::ActionOwner;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn contract(start: NaiveDate, months: u32, frequency: Frequency) -> Contract {
    Contract {
        start_date: Some(start),
        months,
        frequency,
        ..Contract::default()
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let first = day(y, m, 1);
    let next = first.checked_add_months(Months::new(1)).unwrap();
    (next - first).num_days() as u32
}

#[test]
fn planned_against_held_as_of_a_day() {
    // Every two weeks from 1 December 2026 for 6 months: until 1 June 2027, 13 meetings.
    let c = contract(day(2026, 12, 1), 6, Frequency::EveryTwoWeeks);
    let mut journal = Journal::default();
    let seed = Agenda::from_seed();
    journal.log_meeting(day(2026, 12, 1), "", &seed);
    journal.log_meeting(day(2026, 12, 16), "", &seed);
    journal.log_meeting(day(2027, 1, 20), "", &seed);
    let as_of = plan_vs_held(&c, &journal, &[], day(2027, 1, 5));
    assert_eq!(
        as_of,
        PlanVsHeld {
            planned_total: 13,
            planned_so_far: 3,
            held: 2,
            cancelled: 0,
            moved: 0,
            unrecorded: 2,
            next_planned: Some(day(2027, 1, 12)),
        }
    );
    assert_eq!(
        as_of.line(),
        "Odbyte: 2\u{a0}spotkania z\u{a0}13 zaplanowanych (według planu do dziś: 3). Bez zapisu: 2."
    );
    assert_eq!(planned_until(&c, day(2027, 1, 5)).len(), 3);
    let timeline = timeline(&c, &journal, &[]);
    assert_eq!(timeline.len(), 13 + 2, "two meetings off the plan's days");
    assert!(timeline[0].planned && timeline[0].held.len() == 1);
    assert_eq!(timeline[1].date, day(2026, 12, 15));
    assert!(timeline[1].planned && timeline[1].held.is_empty());
    assert!(!timeline[2].planned && timeline[2].date == day(2026, 12, 16));
    assert!(timeline.windows(2).all(|w| w[0].date <= w[1].date));
    let none = plan_vs_held(&Contract::default(), &journal, &[], day(2027, 1, 5));
    assert_eq!(
        none.line(),
        "Odbyte: 2\u{a0}spotkania. Plan spotkań powstanie po wpisaniu daty pierwszego spotkania w\u{a0}kontrakcie."
    );
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::Weekly),
        Just(Frequency::EveryTwoWeeks),
        Just(Frequency::Monthly),
        (1u32..=120).prop_map(Frequency::EveryDays),
    ]
}

/// Start days weighted toward month ends and 29 February.
fn start() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (2024i32..=2032, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| day(
            y,
            m,
            d.min(days_in_month(y, m))
        )),
        (2024i32..=2032, 1u32..=12, 0u32..4).prop_map(|(y, m, back)| day(
            y,
            m,
            days_in_month(y, m) - back
        )),
        prop::sample::select(vec![day(2024, 2, 29), day(2028, 2, 29), day(2032, 2, 29)]),
    ]
}

proptest! {
    /// For any frequency, length and start (month ends and leap days included): the plan
    /// starts on the start day, stays before the end, follows its step, counts as the
    /// calendar says, and the count up to a day grows one meeting at a time to the total.
    #[test]
    fn planned_meetings_follow_frequency_and_length(
        start in start(),
        months in 1u32..=36,
        frequency in frequency(),
        probe in 0u64..1200,
    ) {
        let c = contract(start, months, frequency);
        let end = c.end_date().unwrap();
        prop_assert_eq!(end, start.checked_add_months(Months::new(months)).unwrap());
        let dates = c.meeting_dates();
        prop_assert_eq!(dates.first(), Some(&start));
        prop_assert!(dates.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(dates.iter().all(|d| *d < end));
        let span = u64::try_from((end - start).num_days()).unwrap();
        match frequency {
            Frequency::Monthly => {
                prop_assert_eq!(dates.len(), months as usize);
                for (k, d) in dates.iter().enumerate() {
                    let expected = start.checked_add_months(Months::new(k as u32)).unwrap();
                    prop_assert_eq!(*d, expected);
                    // A month-end start keeps to month ends where the month is shorter.
                    prop_assert_eq!(d.day(), start.day().min(days_in_month(d.year(), d.month())));
                }
            }
            _ => {
                let step = match frequency {
                    Frequency::Weekly => 7,
                    Frequency::EveryTwoWeeks => 14,
                    Frequency::EveryDays(n) => u64::from(n),
                    Frequency::Monthly => unreachable!(),
                };
                prop_assert_eq!(dates.len() as u64, span.div_ceil(step));
                prop_assert!(dates.windows(2).all(|w| (w[1] - w[0]).num_days() as u64 == step));
            }
        }
        // Counted up to any day: 0 before the start, the total from the last one, one step
        // at a time.
        let probe_day = start.checked_sub_days(Days::new(3)).unwrap() + Days::new(probe);
        let journal = Journal::default();
        let at = plan_vs_held(&c, &journal, &[], probe_day);
        let next = plan_vs_held(&c, &journal, &[], probe_day + Days::new(1));
        prop_assert_eq!(at.planned_total, dates.len());
        prop_assert_eq!(at.planned_so_far, dates.iter().filter(|d| **d <= probe_day).count());
        prop_assert!(next.planned_so_far - at.planned_so_far <= 1);
        prop_assert_eq!(planned_until(&c, probe_day).len(), at.planned_so_far);
        // With nothing recorded, the next meeting is the first planned from the day on.
        prop_assert_eq!(at.next_planned, dates.iter().copied().find(|d| *d >= probe_day));
        prop_assert_eq!(plan_vs_held(&c, &journal, &[], end).planned_so_far, dates.len());
        prop_assert_eq!(plan_vs_held(&c, &journal, &[], start - Days::new(1)).planned_so_far, 0);
    }

    /// Held is the number of records up to the day, whatever their dates.
    #[test]
    fn held_counts_the_records_up_to_the_day(gaps in prop::collection::vec(0u64..40, 0..20), probe in 0u64..400) {
        let c = contract(day(2028, 1, 31), 12, Frequency::Monthly);
        let mut journal = Journal::default();
        let mut when = day(2028, 1, 31);
        let mut dates = Vec::new();
        for gap in gaps {
            when = when + Days::new(gap);
            journal.log_meeting(when, "", &Agenda::from_seed());
            dates.push(when);
        }
        let probe_day = day(2028, 1, 31) + Days::new(probe);
        let held = plan_vs_held(&c, &journal, &[], probe_day).held;
        prop_assert_eq!(held, dates.iter().filter(|d| **d <= probe_day).count());
    }
}

#[test]
fn closing_keeps_the_words_through_a_reopening() {
    let mut journal = Journal::default();
    journal.log_meeting(day(2027, 5, 18), "", &Agenda::from_seed());
    let mut programme = ProgrammeDoc::default();
    assert!(!programme.is_closed());
    let early = programme
        .close(day(2027, 5, 17), "Pewność w trudnych rozmowach", &journal)
        .unwrap_err();
    assert_eq!(
        early.to_string(),
        "Data zamknięcia (17\u{a0}maja 2027) jest przed ostatnim zapisanym spotkaniem (18\u{a0}maja 2027). Wybierz ten dzień lub późniejszy."
    );
    assert_eq!(programme, ProgrammeDoc::default(), "nothing changed");
    programme
        .close(day(2027, 5, 31), " Pewność w trudnych rozmowach ", &journal)
        .unwrap();
    assert!(programme.is_closed());
    assert_eq!(programme.takeaways, "Pewność w trudnych rozmowach");
    programme.reopen(day(2027, 6, 2));
    assert!(!programme.is_closed());
    assert_eq!(programme.reopened_on, Some(day(2027, 6, 2)));
    assert_eq!(programme.takeaways, "Pewność w trudnych rozmowach");
    // Reopening an open programme changes nothing.
    programme.reopen(day(2027, 6, 9));
    assert_eq!(programme.reopened_on, Some(day(2027, 6, 2)));
}

#[test]
fn the_summary_sets_goals_at_the_start_against_the_end() {
    let start = day(2026, 12, 1);
    let mut c = contract(start, 6, Frequency::EveryTwoWeeks);
    let main = c.goals.set_main("Pierwsza rola liderska", start).unwrap();
    let area = c.goals.add(GoalKind::Area, "Delegowanie", start).unwrap();
    let unrated = c
        .goals
        .add(GoalKind::Indicator, "Ocena 360° ≥ 4", start)
        .unwrap();
    let dropped = c.goals.add(GoalKind::Area, "Excel", start).unwrap();
    c.goals.add(GoalKind::Area, "", start).unwrap();
    let mut journal = Journal::default();
    let seed = Agenda::from_seed();
    let first = journal.log_meeting(start, "", &seed);
    let second = journal.log_meeting(day(2026, 12, 15), "", &seed);
    journal.set_progress(first, main, 2, "").unwrap();
    journal.set_progress(second, main, 6, "").unwrap();
    journal.set_progress(first, area, 4, "").unwrap();
    journal.set_progress(second, area, 4, "").unwrap();
    journal
        .add_action(first, "Lista zadań", ActionOwner::Mentee, None)
        .unwrap();
    let done = journal
        .add_action(second, "Rozmowa z szefową", ActionOwner::Mentee, None)
        .unwrap();
    journal.tick(done, true, day(2026, 12, 20)).unwrap();
    c.goals
        .reword(area, "Delegowanie zadań w zespole", day(2027, 1, 10))
        .unwrap();
    c.goals.remove(dropped, day(2027, 1, 10)).unwrap();
    let mut programme = ProgrammeDoc::default();
    programme
        .close(day(2027, 5, 31), "Umie delegować", &journal)
        .unwrap();
    let summary = closing_summary(&c, &journal, &programme, day(2027, 6, 10));
    assert_eq!(summary.as_of, day(2027, 5, 31));
    assert!(summary.closed);
    assert_eq!(summary.takeaways, "Umie delegować");
    assert_eq!(summary.goals.len(), 4, "the blank row is no goal");
    let by_id = |id| summary.goals.iter().find(|g| g.goal == id).unwrap();
    assert_eq!(by_id(main).progress_text(), "2 → 6");
    assert_eq!(by_id(area).progress_text(), "4");
    assert_eq!(by_id(area).text_at_start, "Delegowanie");
    assert_eq!(by_id(area).text_at_end, "Delegowanie zadań w zespole");
    assert_eq!(by_id(unrated).progress_text(), "bez oceny");
    assert_eq!(by_id(dropped).dropped, Some(day(2027, 1, 10)));
    assert_eq!(summary.meetings.held, 2);
    assert_eq!(summary.meetings.planned_total, 13);
    assert_eq!(summary.meetings.planned_so_far, 13);
    assert_eq!(summary.first_meeting, Some(start));
    assert_eq!(summary.last_meeting, Some(day(2026, 12, 15)));
    assert_eq!((summary.actions_done, summary.actions_open), (1, 1));
    assert_eq!(
        summary.state_line(),
        "Mentoring zamknięty 31\u{a0}maja 2027."
    );
    assert_eq!(
        summary.period_line(),
        "Spotkania od 1\u{a0}grudnia 2026 do 15\u{a0}grudnia 2026."
    );
    assert_eq!(
        summary.meetings_line(),
        "Odbyte: 2\u{a0}spotkania z\u{a0}13 zaplanowanych w\u{a0}kontrakcie (według planu do 31\u{a0}maja 2027: 13). Bez zapisu: 11."
    );
    assert_eq!(summary.actions_line(), "Zadania: zrobione 1, otwarte 1.");
}

#[test]
fn the_summary_of_a_running_programme_with_one_or_no_meeting_says_so() {
    let start = day(2026, 12, 1);
    let open = ProgrammeDoc::default();
    let none = closing_summary(&Contract::default(), &Journal::default(), &open, start);
    assert_eq!(
        none.state_line(),
        "Stan na 1\u{a0}grudnia 2026 (mentoring trwa)."
    );
    assert_eq!(none.period_line(), "Bez zapisanych spotkań.");
    assert_eq!(none.meetings_line(), "Odbyte: 0\u{a0}spotkań.");
    let mut journal = Journal::default();
    journal.log_meeting(start, "", &Agenda::from_seed());
    let one = closing_summary(&Contract::default(), &journal, &open, start);
    assert_eq!(one.period_line(), "Jedno spotkanie: 1\u{a0}grudnia 2026.");
    assert_eq!(one.meetings_line(), "Odbyte: 1\u{a0}spotkanie.");
}

#[test]
fn the_timeline_tells_held_ahead_missed_and_unplanned_days() {
    let c = contract(day(2026, 12, 1), 1, Frequency::EveryTwoWeeks);
    let mut journal = Journal::default();
    let seed = Agenda::from_seed();
    journal.log_meeting(day(2026, 12, 1), "", &seed);
    journal.log_meeting(day(2026, 12, 20), "", &seed);
    let today = day(2026, 12, 22);
    let days: Vec<(NaiveDate, &str)> = timeline(&c, &journal, &[])
        .iter()
        .map(|d| (d.date, d.label(today)))
        .collect();
    assert_eq!(
        days,
        [
            (day(2026, 12, 1), "odbyte"),
            (day(2026, 12, 15), "bez zapisu"),
            (day(2026, 12, 20), "poza planem"),
            (day(2026, 12, 29), "zaplanowane"),
        ]
    );
    // A planned day is still ahead on the day itself.
    let on_the_day = timeline(&c, &journal, &[])[1].state(day(2026, 12, 15));
    assert_eq!(on_the_day, DayState::Ahead);
}

#[test]
fn chart_points_spread_over_the_width_with_ten_at_the_top() {
    assert_eq!(chart_points(&[], 300, 100), []);
    assert_eq!(chart_points(&[5], 300, 100), [(150, 50)]);
    assert_eq!(
        chart_points(&[0, 10, 3], 300, 100),
        [(0, 100), (150, 0), (300, 70)]
    );
    // A value out of range (never stored) stays inside the box.
    assert_eq!(chart_points(&[0, 12], 300, 100), [(0, 100), (300, 0)]);
}

/// On a planned day, before or after the meeting's hour, the next meeting is today's until a
/// meeting is recorded today: the same day the timeline still calls „zaplanowane”.
#[test]
fn the_next_meeting_is_todays_until_one_is_recorded_today() {
    let mut c = contract(day(2026, 12, 1), 6, Frequency::EveryTwoWeeks);
    c.start_time = crate::model::date::time_from_text("18:00");
    let mut journal = Journal::default();
    journal.log_meeting(day(2026, 12, 1), "", &Agenda::from_seed());
    let today = day(2026, 12, 15);
    let figures = plan_vs_held(&c, &journal, &[], today);
    assert_eq!(figures.next_planned, Some(today));
    assert_eq!(next_planned(&c, &journal, &[], today), Some(today));
    let todays = timeline(&c, &journal, &[])
        .into_iter()
        .find(|d| d.date == today)
        .unwrap();
    assert_eq!(todays.label(today), "zaplanowane");
    assert_eq!(
        figures.next_line(today, c.time()).as_deref(),
        Some("Następne planowe spotkanie: dziś, 15\u{a0}grudnia 2026, o\u{a0}18:00.")
    );
    // Recorded today: the next is two weeks on.
    journal.log_meeting(today, "", &Agenda::from_seed());
    let figures = plan_vs_held(&c, &journal, &[], today);
    assert_eq!(figures.next_planned, Some(day(2026, 12, 29)));
    assert_eq!(
        figures.next_line(today, None).as_deref(),
        Some("Następne planowe spotkanie: 29\u{a0}grudnia 2026.")
    );
    // After the last planned day there is none.
    let after = plan_vs_held(&c, &journal, &[], day(2027, 6, 1));
    assert_eq!(after.next_line(day(2027, 6, 1), c.time()), None);
}

/// A planned meeting called off or moved is counted so on the timeline, in the figures and
/// in the closing summary, apart from one simply not recorded.
#[test]
fn a_planned_meeting_can_be_called_off_or_moved_and_is_counted_so() {
    let c = contract(day(2026, 12, 1), 2, Frequency::EveryTwoWeeks);
    // Planned: 1, 15, 29 December, 12, 26 January.
    let mut journal = Journal::default();
    let seed = Agenda::from_seed();
    journal.log_meeting(day(2026, 12, 1), "", &seed);
    let mut doc = ProgrammeDoc::default();
    doc.cancel_meeting(&c, day(2026, 12, 15), CalledOffBy::Mentee, "  choroba ")
        .unwrap();
    doc.move_meeting(&c, day(2026, 12, 29), day(2027, 1, 4))
        .unwrap();
    journal.log_meeting(day(2027, 1, 4), "", &seed);
    let today = day(2027, 1, 20);
    let days = timeline(&c, &journal, &doc.plan_changes);
    let shown: Vec<(NaiveDate, &str, Option<String>)> = days
        .iter()
        .map(|d| (d.date, d.label(today), d.detail()))
        .collect();
    assert_eq!(
        shown,
        [
            (day(2026, 12, 1), "odbyte", None),
            (
                day(2026, 12, 15),
                "odwołane",
                Some("inicjatywa: mentee; powód: choroba".into())
            ),
            (
                day(2026, 12, 29),
                "przeniesione",
                Some("na 4\u{a0}stycznia 2027".into())
            ),
            (
                day(2027, 1, 4),
                "odbyte",
                Some("przeniesione z\u{a0}29\u{a0}grudnia 2026".into())
            ),
            (day(2027, 1, 12), "bez zapisu", None),
            (day(2027, 1, 26), "zaplanowane", None),
        ]
    );
    let figures = plan_vs_held(&c, &journal, &doc.plan_changes, today);
    assert_eq!(
        (
            figures.held,
            figures.cancelled,
            figures.moved,
            figures.unrecorded
        ),
        (2, 1, 1, 1)
    );
    assert_eq!(
        figures.line(),
        "Odbyte: 2\u{a0}spotkania z\u{a0}5 zaplanowanych (według planu do dziś: 4). Odwołane: 1, przeniesione: 1, bez zapisu: 1."
    );
    // A meeting called off is never the next one; one moved is next on its new day.
    assert_eq!(
        next_planned(
            &c,
            &Journal::default(),
            &doc.plan_changes,
            day(2026, 12, 14)
        ),
        Some(day(2027, 1, 4))
    );
    // Called off together, without a reason; then taken back.
    doc.cancel_meeting(&c, day(2027, 1, 12), CalledOffBy::Both, "")
        .unwrap();
    let summary = closing_summary(&c, &journal, &doc, today);
    assert_eq!(
        summary.meetings_line(),
        "Odbyte: 2\u{a0}spotkania z\u{a0}5 zaplanowanych w\u{a0}kontrakcie (według planu do 20\u{a0}stycznia 2027: 4). Odwołane: 2, przeniesione: 1."
    );
    let called_off = timeline(&c, &journal, &doc.plan_changes)
        .into_iter()
        .find(|d| d.date == day(2027, 1, 12))
        .unwrap();
    assert_eq!(called_off.detail().as_deref(), Some("wspólna decyzja"));
    assert!(called_off.can_be_marked());
    doc.unmark_meeting(day(2027, 1, 12));
    assert_eq!(
        plan_vs_held(&c, &journal, &doc.plan_changes, today).unrecorded,
        1
    );
    // Refused: a day the contract does not plan, the same day, a day taken, a long reason.
    assert_eq!(
        doc.cancel_meeting(&c, day(2026, 12, 2), CalledOffBy::Mentor, ""),
        Err(PlanError::NotPlanned(day(2026, 12, 2)))
    );
    assert_eq!(
        doc.move_meeting(&c, day(2027, 1, 12), day(2027, 1, 12)),
        Err(PlanError::SameDay)
    );
    assert_eq!(
        doc.move_meeting(&c, day(2027, 1, 12), day(2027, 1, 26)),
        Err(PlanError::DayTaken(day(2027, 1, 26)))
    );
    assert_eq!(
        doc.move_meeting(&c, day(2027, 1, 12), day(2027, 1, 4))
            .unwrap_err()
            .to_string(),
        "4\u{a0}stycznia 2027 jest już planowe spotkanie. Wybierz inny dzień albo oznacz to spotkanie jako odwołane."
    );
    let long = "x".repeat(PlanChange::MAX_REASON_CHARS + 1);
    assert_eq!(
        doc.cancel_meeting(&c, day(2027, 1, 12), CalledOffBy::Mentor, &long),
        Err(PlanError::ReasonTooLong)
    );
    // Marking a day again replaces its mark.
    doc.cancel_meeting(&c, day(2026, 12, 29), CalledOffBy::Mentor, "")
        .unwrap();
    assert_eq!(doc.plan_changes.len(), 2);
    crate::model::form::assert_round_trip::<CalledOffBy>();
}

/// Saved with its marks and read back the same; a programme saved before marks (schema 1)
/// reads as having none.
#[test]
fn the_marks_are_kept_and_an_older_programme_still_loads() {
    use crate::store::codec::{Decoded, decode, encode};
    let c = contract(day(2026, 12, 1), 2, Frequency::EveryTwoWeeks);
    let mut doc = ProgrammeDoc::default();
    doc.cancel_meeting(&c, day(2026, 12, 15), CalledOffBy::Mentor, "urlop")
        .unwrap();
    doc.move_meeting(&c, day(2026, 12, 29), day(2027, 1, 4))
        .unwrap();
    let saved = encode(&doc);
    assert!(saved.starts_with(r#"{"schema":2,"#));
    assert_eq!(decode::<ProgrammeDoc>(&saved), Decoded::Ready(doc));
    let old = r#"{"schema":1,"data":{"closed_on":null,"takeaways":"","reopened_on":null}}"#;
    assert_eq!(
        decode::<ProgrammeDoc>(old),
        Decoded::Ready(ProgrammeDoc::default())
    );
}
