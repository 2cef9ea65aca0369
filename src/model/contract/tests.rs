use super::*;
use crate::model::form::Choice;
use crate::model::goals::Goals;
use crate::model::ics::Reminder;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn main_goal(text: &str) -> Goals {
    let mut goals = Goals::default();
    goals.set_main(text, day(2026, 11, 20)).unwrap();
    goals
}

fn contract(start: &str, months: u32, frequency: Frequency) -> Contract {
    let mut c = Contract {
        mentor: "Jan Mentor".into(),
        mentee: "Anna Kowalska".into(),
        goals: main_goal("Przygotowanie do roli liderki zespołu"),
        months,
        frequency,
        ..Contract::default()
    };
    let _ = c.set_typed(DateField::StartDate, start);
    c
}

#[test]
fn defaults_follow_the_seed() {
    let contract = Contract::default();
    let titles: Vec<&str> = contract.rules.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Poufność",
            "Szczerość i otwartość",
            "Zaangażowanie",
            "Odpowiedzialność"
        ]
    );
    assert_eq!(
        contract.rules[0].text,
        "Wszystkie rozmowy są poufne i pozostają między mentorem a mentee."
    );
    assert_eq!(contract.cancel_hours, 24);
    assert_eq!(contract.duration_minutes, 60);
    assert_eq!(contract.months, 6);
    assert_eq!(contract.status, Status::Draft);
}

#[test]
fn end_date_and_meeting_count_for_each_frequency() {
    let weekly = contract("2026-01-05", 6, Frequency::Weekly);
    assert_eq!(weekly.end_date(), Some(day(2026, 7, 5)));
    // 181 days from 5 Jan to 5 Jul: 26 weekly meetings (the 26th on 29 June).
    assert_eq!(weekly.meeting_dates().len(), 26);
    assert_eq!(weekly.meeting_dates().last(), Some(&day(2026, 6, 29)));

    let biweekly = contract("2026-01-05", 6, Frequency::EveryTwoWeeks);
    assert_eq!(biweekly.meeting_dates().len(), 13);

    let monthly = contract("2026-01-05", 6, Frequency::Monthly);
    assert_eq!(monthly.meeting_dates().len(), 6);

    let custom = contract("2026-01-05", 1, Frequency::EveryDays(10));
    assert_eq!(
        custom.meeting_dates(),
        [
            day(2026, 1, 5),
            day(2026, 1, 15),
            day(2026, 1, 25),
            day(2026, 2, 4)
        ]
    );
}

#[test]
fn month_ends_and_leap_years() {
    // 31 January + 1 month ends on the last day of February; monthly meetings follow month ends.
    let leap = contract("2028-01-31", 3, Frequency::Monthly);
    assert_eq!(leap.end_date(), Some(day(2028, 4, 30)));
    assert_eq!(
        leap.meeting_dates(),
        [day(2028, 1, 31), day(2028, 2, 29), day(2028, 3, 31)]
    );
    let common = contract("2027-01-31", 1, Frequency::Monthly);
    assert_eq!(common.end_date(), Some(day(2027, 2, 28)));
    let feb29 = contract("2028-02-29", 12, Frequency::Weekly);
    assert_eq!(feb29.end_date(), Some(day(2029, 2, 28)));
    assert_eq!(feb29.meeting_dates().len(), 53);
}

#[test]
fn no_start_no_dates() {
    let mut c = contract("", 6, Frequency::Weekly);
    assert_eq!(c.end_date(), None);
    assert!(c.meeting_dates().is_empty());
    assert_eq!(
        c.set_typed(DateField::StartDate, "2026-02-30"),
        Err(ContractError::Unreadable(DateField::StartDate))
    );
    assert!(
        c.problems()
            .iter()
            .any(|p| p.field == ContractField::StartDate)
    );
    assert!(c.to_ics("x", 0, "20261127T100000Z").is_none());
}

#[test]
fn acceptance_needs_both_names_and_a_goal() {
    let mut c = Contract::default();
    let problems = c.accept(day(2026, 11, 27)).unwrap_err();
    let fields: Vec<ContractField> = problems.iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            ContractField::Mentor,
            ContractField::Mentee,
            ContractField::MainGoal
        ]
    );
    assert!(fields.iter().all(|f| f.blocks_acceptance()));
    assert_eq!(problems[0].message, "Wpisz imię i\u{a0}nazwisko mentora.");
    assert_eq!(c.status, Status::Draft);
    c.edit(day(2026, 11, 27), |c| {
        c.mentor = "Jan".into();
        c.mentee = "Anna".into();
        c.goals.set_main("Cel", day(2026, 11, 27)).unwrap();
    });
    assert_eq!(c.status, Status::Draft, "a draft has no amendments");
    assert_eq!(c.status_lines(), ["Status: szkic"]);
    c.accept(day(2026, 11, 27)).unwrap();
    assert_eq!(
        c.status_lines(),
        ["Status: zaakceptowany 27\u{a0}listopada 2026"]
    );
    assert_eq!(c.pending_changes(), None);
}

#[test]
fn changes_after_acceptance_say_what_and_when_and_can_be_accepted() {
    let mut c = contract("2026-01-05", 6, Frequency::Weekly);
    c.accept(day(2026, 11, 27)).unwrap();
    c.edit(day(2026, 12, 3), |c| {
        c.goals
            .set_main(
                "Przygotowanie do roli liderki zespołu sprzedaży",
                day(2026, 12, 3),
            )
            .unwrap();
    });
    c.edit(day(2026, 12, 4), |c| {
        c.start_time = crate::model::date::time_from_text("18:00")
    });
    // An edit that changes nothing keeps the day of the last real change.
    c.edit(day(2026, 12, 5), |c| {
        c.start_time = crate::model::date::time_from_text("18:00")
    });
    assert_eq!(
        c.pending_changes(),
        Some(vec![Section::Goals, Section::Logistics])
    );
    assert_eq!(
        c.status_lines(),
        [
            "Status: zaakceptowany 27\u{a0}listopada 2026",
            "Zmieniony 4\u{a0}grudnia 2026: cele i\u{a0}wskaźniki, logistyka spotkań. Zmiany czekają na akceptację obu stron."
        ]
    );
    // Changed back: nothing waits any more.
    c.edit(day(2026, 12, 6), |c| {
        c.start_time = crate::model::date::time_from_text("17:00")
    });
    assert_eq!(c.pending_changes(), Some(vec![Section::Goals]));
    c.edit(day(2026, 12, 6), |c| {
        c.goals
            .set_main("Przygotowanie do roli liderki zespołu", day(2026, 12, 6))
            .unwrap();
    });
    assert_eq!(c.pending_changes(), None);
    assert_eq!(
        c.status_lines(),
        ["Status: zaakceptowany 27\u{a0}listopada 2026"]
    );

    c.edit(day(2026, 12, 7), |c| c.rules[0].agreed = true);
    // The changes cannot be accepted without the names and the goal.
    c.edit(day(2026, 12, 7), |c| c.mentee.clear());
    assert!(c.accept_changes(day(2026, 12, 8)).is_err());
    c.edit(day(2026, 12, 8), |c| c.mentee = "Anna Nowak".into());
    c.accept_changes(day(2026, 12, 8)).unwrap();
    assert_eq!(c.pending_changes(), None);
    assert_eq!(
        c.status_lines(),
        [
            "Status: zaakceptowany 27\u{a0}listopada 2026",
            "Zmiany zaakceptowane 8\u{a0}grudnia 2026 (strony, zasady współpracy)."
        ]
    );
    let json = serde_json::to_string(&c).unwrap();
    assert_eq!(serde_json::from_str::<Contract>(&json).unwrap(), c);
}

#[test]
fn contracts_saved_by_older_builds_still_load_and_amend() {
    // As builds before stable calendar UIDs and accepted amendments saved it.
    let mut old = serde_json::to_value(contract("2026-01-05", 6, Frequency::Weekly)).unwrap();
    let fields = old.as_object_mut().unwrap();
    for field in ["calendar_uid", "calendar_sequence", "calendar_fingerprint"] {
        fields.remove(field);
    }
    fields.insert(
        "status".into(),
        serde_json::json!({"Accepted": {"on": "2026-11-27", "amended": null}}),
    );
    let text = old.to_string();
    let mut c: Contract = serde_json::from_str(&text).unwrap();
    assert_eq!((c.calendar_uid.as_str(), c.calendar_sequence), ("", 0));
    assert_eq!(c.pending_changes(), None);
    // Its first change is measured against what it said when loaded.
    c.edit(day(2026, 12, 3), |c| c.cancel_hours = 48);
    assert_eq!(c.pending_changes(), Some(vec![Section::Logistics]));
    // One amended by an older build, with no record of the accepted text: changed, but what
    // changed is unknown; accepting it works.
    let mut amended: Contract =
        serde_json::from_str(&text.replace(r#""amended":null"#, r#""amended":"2026-12-01""#))
            .unwrap();
    assert_eq!(amended.pending_changes(), Some(vec![]));
    assert_eq!(
        amended.status_lines()[1],
        "Zmieniony 1\u{a0}grudnia 2026; zmiany czekają na akceptację obu stron."
    );
    amended.accept_changes(day(2026, 12, 2)).unwrap();
    assert_eq!(amended.pending_changes(), None);
    assert_eq!(
        amended.status_lines()[1],
        "Zmiany zaakceptowane 2\u{a0}grudnia 2026."
    );
}

#[test]
fn the_mentee_is_filled_in_from_the_roster_only_when_empty() {
    let mut c = Contract::default();
    assert!(c.prefill_mentee(" Anna Kowalska "));
    assert_eq!(c.mentee, "Anna Kowalska");
    assert!(!c.prefill_mentee("Ktoś inny"));
    assert_eq!(c.mentee, "Anna Kowalska");
    c.mentee = "  ".into();
    assert!(!c.prefill_mentee(""));
}

#[test]
fn the_calendar_keeps_its_uid_and_raises_the_sequence_on_changes() {
    let mut c = contract("2026-01-05", 6, Frequency::Weekly);
    let mut made = 0;
    let mut new_uid = || {
        made += 1;
        format!("20261127-101500-{made}@niezbednik-mentora")
    };
    let first = c.export_calendar(&mut new_uid, "20261127T101500Z").unwrap();
    let again = c.export_calendar(&mut new_uid, "20261127T101600Z").unwrap();
    let line = |ics: &str, name: &str| -> String {
        ics.split("\r\n")
            .find_map(|l| l.strip_prefix(name).map(str::to_string))
            .unwrap()
    };
    assert_eq!(line(&first, "UID:"), "20261127-101500-1@niezbednik-mentora");
    assert_eq!(line(&again, "UID:"), line(&first, "UID:"));
    assert_eq!(line(&again, "SEQUENCE:"), "0", "nothing changed");
    // A new time: same series, higher sequence; the goal is not in the calendar.
    c.start_time = crate::model::date::time_from_text("18:00");
    c.goals.set_main("Inny cel", day(2026, 11, 27)).unwrap();
    let moved = c.export_calendar(&mut new_uid, "20261127T101700Z").unwrap();
    assert_eq!(line(&moved, "UID:"), line(&first, "UID:"));
    assert_eq!(line(&moved, "SEQUENCE:"), "1");
    c.goals
        .set_main("Jeszcze inny cel", day(2026, 11, 27))
        .unwrap();
    let same = c.export_calendar(&mut new_uid, "20261127T101800Z").unwrap();
    assert_eq!(line(&same, "SEQUENCE:"), "1");
    c.duration_minutes = 90;
    c.mentee = "Anna Nowak".into();
    let longer = c.export_calendar(&mut new_uid, "20261127T101900Z").unwrap();
    assert_eq!(line(&longer, "SEQUENCE:"), "2", "one download, one step");
    assert_eq!(made, 1, "the UID is made once");
    // Kept in the saved contract.
    let saved: Contract = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(saved.calendar_uid, "20261127-101500-1@niezbednik-mentora");
    assert_eq!(saved.calendar_sequence, 2);
    // No dates yet: no file, and nothing recorded.
    let mut empty = Contract::default();
    assert_eq!(
        empty.export_calendar(|| "x".into(), "20261127T101500Z"),
        None
    );
    assert_eq!(empty, Contract::default());
}

#[test]
fn time_and_dates_are_validated() {
    let mut c = contract("2026-01-05", 6, Frequency::Weekly);
    assert!(c.problems().is_empty());
    assert_eq!(
        c.set_typed(DateField::StartTime, "25:00"),
        Err(ContractError::Unreadable(DateField::StartTime))
    );
    assert!(
        c.problems()
            .iter()
            .any(|p| p.field == ContractField::StartTime)
    );
    c.start_time = crate::model::date::time_from_text("7:05");
    assert_eq!(c.time(), Some((7, 5)));
    assert!(c.set_typed(DateField::AgreedOn, "wczoraj").is_err());
    assert!(
        c.problems()
            .iter()
            .any(|p| p.field == ContractField::AgreedOn)
    );
}

#[test]
fn ics_matches_the_golden_file() {
    let mut c = contract("2026-01-05", 6, Frequency::EveryTwoWeeks);
    c.form = MeetingForm::Hybrid;
    c.duration_minutes = 90;
    let ics = c
        .to_ics("m2-20260105@niezbednik-mentora", 0, "20261127T101500Z")
        .unwrap();
    let golden = include_str!("../../../tests/fixtures/kontrakt.ics");
    assert_eq!(ics, golden);
}

#[test]
fn ics_follows_rfc_5545_line_rules() {
    let mut c = contract("2026-01-31", 6, Frequency::Monthly);
    c.mentee = "Żaneta Łęcka-Świątkowska; z działu, który ma bardzo długą nazwę ąęćłńóśźż".into();
    c.start_time = crate::model::date::time_from_text("23:30");
    c.duration_minutes = 90;
    let ics = c.to_ics("u@x", 0, "20261127T101500Z").unwrap();
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:Mentoring: Żaneta Łęcka-Świątkowska\\; z działu\\, który"));
    // From the 31st: every month's last day, as the app's own dates do.
    assert!(unfolded.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6"));
    // 23:30 + 90 min ends the next day.
    assert!(unfolded.contains("DTSTART;TZID=Europe/Warsaw:20260131T233000"));
    assert!(unfolded.contains("DTEND;TZID=Europe/Warsaw:20260201T010000"));
    assert_eq!(
        unfolded.matches("BEGIN:").count(),
        unfolded.matches("END:").count()
    );
}

#[test]
fn monthly_from_the_29th_or_30th_lists_each_meeting_on_the_apps_own_dates() {
    let c = contract("2026-01-30", 4, Frequency::Monthly);
    let ics = c.to_ics("u@x", 0, "20261127T101500Z").unwrap();
    assert!(
        !ics.contains("RRULE:FREQ=MONTHLY"),
        "no rule for calendars to misread"
    );
    assert!(!ics.contains("BYSETPOS"));
    let starts: Vec<&str> = ics
        .split("\r\n")
        .filter_map(|l| l.strip_prefix("DTSTART;TZID=Europe/Warsaw:"))
        .collect();
    assert_eq!(
        starts,
        [
            "20260130T170000",
            "20260228T170000",
            "20260330T170000",
            "20260430T170000"
        ]
    );
    let uids: Vec<&str> = ics
        .split("\r\n")
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    assert_eq!(uids, ["1-u@x", "2-u@x", "3-u@x", "4-u@x"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), c.meeting_dates().len());
    assert_eq!(ics.matches("END:VEVENT").count(), 4);
    // The 28th and earlier recur plainly.
    let plain = contract("2026-01-28", 4, Frequency::Monthly)
        .to_ics("u@x", 0, "20261127T101500Z")
        .unwrap();
    assert!(plain.contains("RRULE:FREQ=MONTHLY;COUNT=4\r\n"));
}

#[test]
fn number_fields_take_whole_numbers_in_range_and_refuse_the_rest_unchanged() {
    let mut c = Contract::default();
    NumberField::Months.set(&mut c, " 12 ").unwrap();
    NumberField::DurationMinutes.set(&mut c, "90").unwrap();
    NumberField::CancelHours.set(&mut c, "48").unwrap();
    NumberField::EveryDays.set(&mut c, "10").unwrap();
    assert_eq!((c.months, c.duration_minutes, c.cancel_hours), (12, 90, 48));
    assert_eq!(c.frequency, Frequency::EveryDays(10));
    assert_eq!(NumberField::EveryDays.get(&c), 10);
    let before = c.clone();
    for (field, text) in [
        (NumberField::Months, "abc"),
        (NumberField::Months, "0"),
        (NumberField::Months, "37"),
        (NumberField::Months, "6,5"),
        (NumberField::Months, "-3"),
        (NumberField::DurationMinutes, "14"),
        (NumberField::DurationMinutes, "481"),
        (NumberField::CancelHours, ""),
        (NumberField::EveryDays, "121"),
    ] {
        let (min, max) = field.range();
        assert_eq!(
            field.set(&mut c, text),
            Err(ContractError::NotInRange { min, max }),
            "{field:?} {text:?}"
        );
    }
    assert_eq!(c, before);
    assert_eq!(
        NumberField::Months.set(&mut c, "99999999999"),
        Err(ContractError::NotInRange { min: 1, max: 36 })
    );
    assert_eq!(
        ContractError::NotInRange { min: 1, max: 36 }.to_string(),
        "Wpisz liczbę od 1 do 36."
    );
    assert_eq!(NumberField::EveryDays.get(&Contract::default()), 0);
}

#[test]
fn accepting_dates_a_contract_left_undated_and_keeps_a_typed_date() {
    let mut c = contract("2026-12-01", 6, Frequency::Weekly);
    c.accept(day(2026, 11, 28)).unwrap();
    assert_eq!(
        c.agreed_on,
        Some(day(2026, 11, 28)),
        "the printout says „zawarty dnia …” with a date"
    );
    assert_eq!(
        c.pending_changes(),
        None,
        "the date filled in is part of what was accepted"
    );
    let mut typed = contract("2026-12-01", 6, Frequency::Weekly);
    typed.agreed_on = crate::model::date::from_iso("2026-11-20");
    typed.accept(day(2026, 11, 28)).unwrap();
    assert_eq!(typed.agreed_on, Some(day(2026, 11, 20)));
}

#[test]
fn the_pickers_values_read_back_to_their_choices_and_nothing_else() {
    crate::model::form::assert_round_trip::<FrequencyChoice>();
    crate::model::form::assert_round_trip::<MeetingForm>();
    // The values stay what the saved pages and the tests select by.
    assert_eq!(
        FrequencyChoice::ALL
            .iter()
            .map(|c| c.value())
            .collect::<Vec<_>>(),
        ["tydzien", "dwa", "miesiac", "inna"]
    );
    assert_eq!(
        MeetingForm::ALL
            .iter()
            .map(|f| f.value())
            .collect::<Vec<_>>(),
        ["online", "na-zywo", "hybrydowo"]
    );
    // An unknown value is refused, not read as a default frequency or form.
    assert_eq!(FrequencyChoice::parse("co tydzień"), None);
    assert_eq!(MeetingForm::parse("na żywo"), None);
    assert_eq!(MeetingForm::parse("stacjonarnie"), None);
    // Each frequency shows as its own choice, and the choice sets it back.
    for frequency in [
        Frequency::Weekly,
        Frequency::EveryTwoWeeks,
        Frequency::Monthly,
    ] {
        assert_eq!(frequency.choice().frequency(), frequency);
    }
    assert_eq!(Frequency::EveryDays(3).choice(), FrequencyChoice::EveryDays);
    assert_eq!(
        FrequencyChoice::EveryDays.frequency(),
        Frequency::EveryDays(10)
    );
}

#[test]
fn the_meeting_form_keeps_its_words_in_the_contract_and_its_checksum() {
    // The accepted version's checksum is saved: the form's label is part of it, so the
    // label must not change without a migration.
    let mut c = contract("2026-01-05", 6, Frequency::Weekly);
    c.form = MeetingForm::InPerson;
    assert!(c.logistics().contains("|na żywo|"));
    assert_eq!(MeetingForm::Hybrid.label(), "hybrydowo");
}

#[test]
fn every_meeting_in_the_calendar_reminds_as_set_the_day_before_unless_changed() {
    let c = contract("2026-01-05", 6, Frequency::Weekly);
    assert_eq!(c.reminder, Reminder::DayBefore);
    let ics = c.to_ics("u@x", 0, "20261127T101500Z").unwrap();
    assert!(ics.contains(
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\n\
         DESCRIPTION:Przypomnienie: Mentoring: Anna Kowalska\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    ));
    // One event per meeting (monthly from the 30th): each has its reminder.
    let mut each = contract("2026-01-30", 4, Frequency::Monthly);
    each.reminder = Reminder::HourBefore;
    let ics = each.to_ics("u@x", 0, "20261127T101500Z").unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
    assert_eq!(ics.matches("\r\nTRIGGER:-PT1H\r\n").count(), 4);
    each.reminder = Reminder::Off;
    let ics = each.to_ics("u@x", 0, "20261127T101500Z").unwrap();
    assert!(!ics.contains("VALARM"));
}

#[test]
fn the_reminder_is_no_term_of_the_contract_but_updates_the_calendar() {
    let mut c = contract("2026-01-05", 6, Frequency::Weekly);
    c.accept(day(2026, 11, 27)).unwrap();
    let status = c.status.clone();
    let first = c
        .export_calendar(|| "u@x".into(), "20261127T101500Z")
        .unwrap();
    assert!(first.contains("\r\nSEQUENCE:0\r\n"));
    c.edit(day(2026, 12, 1), |c| c.reminder = Reminder::WeekBefore);
    assert_eq!(c.pending_changes(), None, "not amended");
    assert_eq!(c.status, status);
    assert_eq!(
        c.status_lines(),
        ["Status: zaakceptowany 27\u{a0}listopada 2026"]
    );
    // The calendar takes the new reminder as an update of the same series.
    let moved = c
        .export_calendar(|| "other@x".into(), "20261201T101500Z")
        .unwrap();
    assert!(moved.contains("\r\nUID:u@x\r\n"));
    assert!(moved.contains("\r\nSEQUENCE:1\r\n"));
    assert!(moved.contains("\r\nTRIGGER:-P1W\r\n"));
    // A real change still is one.
    c.edit(day(2026, 12, 1), |c| c.cancel_hours = 48);
    assert_eq!(c.pending_changes(), Some(vec![Section::Logistics]));
}

#[test]
fn contracts_saved_before_reminders_remind_the_day_before() {
    use crate::store::codec::{Decoded, decode};
    // Schema 1 (before goals had ids), migrated.
    let raw = include_str!("../../../tests/fixtures/store/contract-v1-accepted.json");
    let Decoded::Ready(v1) = decode::<Contract>(raw) else {
        panic!("contract v1 must load");
    };
    assert_eq!(v1.reminder, Reminder::DayBefore);
    assert_eq!(v1.pending_changes(), None);
    // Schema 2 as saved before the reminder: no field.
    let mut saved = serde_json::to_value(contract("2026-01-05", 6, Frequency::Weekly)).unwrap();
    assert!(saved.as_object_mut().unwrap().remove("reminder").is_some());
    let v2: Contract = serde_json::from_value(saved).unwrap();
    assert_eq!(v2.reminder, Reminder::DayBefore);
    // Each setting is kept.
    for reminder in Reminder::ALL {
        let mut c = v2.clone();
        c.reminder = *reminder;
        let back: Contract = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back.reminder, *reminder);
    }
}

#[test]
fn the_meetings_terms_read_as_the_document_words_them() {
    let c = Contract {
        start_time: crate::model::date::time_from_text("17:30"),
        ..contract("2026-12-01", 3, Frequency::EveryTwoWeeks)
    };
    let lines = c.logistics_lines();
    assert_eq!(
        lines,
        vec![
            ("Częstotliwość", "raz na dwa tygodnie".to_string()),
            ("Czas trwania", "60\u{a0}minut".to_string()),
            ("Forma", "online".to_string()),
            (
                "Odwoływanie spotkań",
                "z\u{a0}co najmniej 24‑godzinnym wyprzedzeniem".to_string()
            ),
            (
                "Czas trwania programu",
                "3\u{a0}miesiące, od 1\u{a0}grudnia 2026 do 1\u{a0}marca 2027 (7\u{a0}spotkań, o\u{a0}godz. 17:30)".to_string()
            ),
        ]
    );
    let undated = contract("", 6, Frequency::Weekly);
    assert_eq!(undated.logistics_lines()[4].1, "6\u{a0}miesięcy");
    // The programme's length in words, never „6 mies.”.
    for (months, words) in [
        (1, "1\u{a0}miesiąc"),
        (3, "3\u{a0}miesiące"),
        (12, "12\u{a0}miesięcy"),
    ] {
        let c = contract("", months, Frequency::Weekly);
        assert_eq!(c.logistics_lines()[4].1, words);
    }
    // The length of a meeting takes the plural its number asks for.
    for (minutes, words) in [
        (1, "1\u{a0}minuta"),
        (45, "45\u{a0}minut"),
        (22, "22\u{a0}minuty"),
    ] {
        let c = Contract {
            duration_minutes: minutes,
            ..contract("2026-12-01", 3, Frequency::Weekly)
        };
        assert_eq!(c.logistics_lines()[1].1, words);
    }
}

/// The form shows text the contract refused (a goal past its limit, a cleared goal, a number
/// out of range), while the contract keeps the earlier value: accepting then would accept
/// what is not on screen, so it waits and says which field and why.
#[test]
fn acceptance_waits_while_a_field_shows_text_the_contract_refused() {
    let today = day(2026, 11, 27);
    let mut c = contract("2026-12-01", 6, Frequency::EveryTwoWeeks);
    let mut refused = Refused::default();
    // Typed past the limit: refused, and kept by the form with its reason.
    let long = format!("Nowy cel {}", "x".repeat(Goals::MAX_CHARS));
    let outcome = c.goals.set_main(&long, today);
    refused.commit(FormField::Goal(GoalKind::Main, 0), long.clone(), outcome);
    let outcome = NumberField::Months.set(&mut c, "abc");
    refused.commit(
        FormField::Number(NumberField::Months),
        "abc".into(),
        outcome,
    );
    assert_eq!(c.goals.main_text(), "Przygotowanie do roli liderki zespołu");
    let problems = c.accept_shown(today, &refused).unwrap_err();
    assert_eq!(c.status, Status::Draft, "nothing accepted");
    assert_eq!(
        problems.iter().map(|p| p.field).collect::<Vec<_>>(),
        [
            ContractField::Typed(FormField::Goal(GoalKind::Main, 0)),
            ContractField::Typed(FormField::Number(NumberField::Months)),
        ]
    );
    assert!(problems.iter().all(|p| p.field.blocks_acceptance()));
    assert_eq!(
        acceptance_refusal(&problems),
        "Aby zaakceptować, popraw: Główny cel współpracy\u{a0}– Cel może mieć najwyżej 500\u{a0}znaków; Czas trwania programu\u{a0}– Wpisz liczbę od 1 do 36."
    );
    // Fixed: the text on screen is the contract's, and that is what is accepted.
    let outcome = c.goals.set_main("Nowy cel", today);
    refused.commit(
        FormField::Goal(GoalKind::Main, 0),
        "Nowy cel".into(),
        outcome,
    );
    let outcome = NumberField::Months.set(&mut c, "4");
    refused.commit(FormField::Number(NumberField::Months), "4".into(), outcome);
    c.accept_shown(today, &refused).unwrap();
    assert_eq!(c.goals.main_text(), "Nowy cel");
    assert_eq!(c.months, 4);
    // After acceptance, a change waits the same way; an area cleared is named by its row.
    c.edit(today, |c| {
        c.goals.add(GoalKind::Area, "Delegowanie", today).unwrap();
    });
    let outcome = c.goals.reword_nth(GoalKind::Area, 0, "", today);
    refused.commit(FormField::Goal(GoalKind::Area, 0), String::new(), outcome);
    let problems = c.accept_changes_shown(today, &refused).unwrap_err();
    assert!(
        problems[0]
            .message
            .starts_with("Obszar 1\u{a0}– Cel nie może być pusty.")
    );
    assert!(c.pending_changes().is_some(), "the change still waits");
    // Missing fields are named in plain words; beside a field to fix, they come after it.
    let missing: Vec<FieldProblem> = [ContractField::Mentor, ContractField::MainGoal]
        .into_iter()
        .map(|field| FieldProblem {
            field,
            message: "Wpisz…".into(),
        })
        .chain([FieldProblem {
            field: ContractField::Typed(FormField::Number(NumberField::Months)),
            message: "Czas trwania programu — Wpisz liczbę od 1 do 36.".into(),
        }])
        .collect();
    assert_eq!(
        acceptance_refusal(&missing),
        "Aby zaakceptować, popraw: Czas trwania programu — Wpisz liczbę od 1 do 36. Uzupełnij: imię i\u{a0}nazwisko mentora, główny cel współpracy."
    );
    let empty = Contract::default().accept_shown(today, &Refused::default());
    assert_eq!(
        acceptance_refusal(&empty.unwrap_err()),
        "Aby zaakceptować, uzupełnij: imię i\u{a0}nazwisko mentora, imię i\u{a0}nazwisko mentee, główny cel współpracy."
    );
}

#[test]
fn a_contract_has_meetings_for_a_calendar_exactly_when_its_file_can_be_written() {
    let mut c = Contract {
        start_date: crate::model::date::from_iso("2026-12-01"),
        start_time: crate::model::date::time_from_text("18:00"),
        ..Contract::default()
    };
    assert!(c.has_meetings());
    assert!(c.to_ics("u", 0, "20261201T000000Z").is_some());
    for (date, time) in [("", "18:00"), ("2026-12-01", ""), ("2026-12-01", "25:00")] {
        let _ = c.set_typed(DateField::StartDate, date);
        let _ = c.set_typed(DateField::StartTime, time);
        assert!(!c.has_meetings(), "{date} {time}");
        assert!(c.to_ics("u", 0, "20261201T000000Z").is_none());
    }
}

/// Issue 26, item 3: the UID is made in the model, not in a page.
#[test]
fn a_new_calendar_uid_is_the_moment_and_random_bits_in_the_apps_domain() {
    assert_eq!(
        super::new_calendar_uid("20261127-101500", 0xbeef),
        "20261127-101500-0000beef@niezbednik-mentora"
    );
    assert_ne!(
        super::new_calendar_uid("20261127-101500", 1),
        super::new_calendar_uid("20261127-101500", 2)
    );
}
