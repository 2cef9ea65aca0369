use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::model::contract::{Contract, DateField, Frequency, Rule};
use crate::model::feedback::{Conversation, Step, StepOwner};
use crate::model::goals::GoalKind;
use crate::model::journal::{
    ActionId, ActionItem, ActionOwner, BlockRecord, CarriedAction, Held, Journal, Meeting,
    MeetingId, Progress,
};
use crate::model::mentees::MenteeId;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn a_contract() -> Contract {
    let mut c = Contract {
        mentor: "Anna Kowalska".into(),
        mentee: "Jan Nowak".into(),
        organisation: "Firma „Przykład” sp. z o.o.".into(),
        agreed_on: crate::model::date::from_iso("2026-12-01"),
        start_date: crate::model::date::from_iso("2026-12-01"),
        start_time: crate::model::date::time_from_text("17:30"),
        calendar_uid: "abc@niezbednik".into(),
        calendar_sequence: 3,
        calendar_fingerprint: "x".into(),
        ..Contract::default()
    };
    c.goals
        .add(
            GoalKind::Main,
            "Przygotować się do roli lidera zespołu",
            day(1),
        )
        .unwrap();
    let area = c.goals.add(GoalKind::Area, "Delegowanie", day(1)).unwrap();
    c.goals.reword(area, "Delegowanie zadań", day(8)).unwrap();
    let gone = c
        .goals
        .add(GoalKind::Indicator, "Stary wskaźnik", day(1))
        .unwrap();
    c.goals.remove(gone, day(2)).unwrap();
    c.accept(day(1)).unwrap();
    c
}

fn a_meeting() -> Meeting {
    Meeting {
        id: MeetingId(2),
        date: day(15),
        agenda: "Spotkanie bieżące".into(),
        blocks: vec![
            BlockRecord {
                title: "Powitanie".into(),
                points: vec![],
                note: "Prywatna uwaga mentora".into(),
                timing: None,
            },
            BlockRecord {
                title: "Cele".into(),
                points: vec![],
                note: "Ustalenia: „krok po kroku”".into(),
                timing: None,
            },
        ],
        held: Held::Logged,
        actions: vec![
            ActionItem {
                id: ActionId(1),
                what: "Przeczytać rozdział 3".into(),
                owner: ActionOwner::Mentee,
                due: Some(day(29)),
                done: None,
                reported: None,
            },
            ActionItem {
                id: ActionId(2),
                what: "Wysłać materiały".into(),
                owner: ActionOwner::Mentor,
                due: None,
                done: Some(day(16)),
                reported: None,
            },
        ],
        progress: vec![],
        reflection: None,
    }
}

/// What the first block of [`a_meeting`] lists: one item open and overdue from a meeting
/// before, one ticked at it.
fn carried() -> Vec<CarriedAction> {
    let item = |id: u32, what: &str, due: u32, done: Option<u32>| CarriedAction {
        item: ActionItem {
            id: ActionId(id),
            what: what.into(),
            owner: ActionOwner::Mentee,
            due: Some(day(due)),
            done: done.map(day),
            reported: None,
        },
        from: MeetingId(1),
        from_date: day(1),
        overdue: done.is_none() && due < 15,
    };
    vec![
        item(7, "Plan rozmowy z przełożonym", 8, None),
        item(8, "Lista zadań do delegowania", 10, Some(15)),
    ]
}

fn origin() -> Origin {
    Origin {
        mentee: MenteeId("m2".into()),
        meeting: 2,
    }
}

fn all_kinds() -> Vec<Shared> {
    let c = a_contract();
    let mut m = a_meeting();
    let main = c.goals.main().unwrap().id;
    m.progress.push(Progress {
        goal: main,
        value: 6,
        note: "lepiej niż w listopadzie".into(),
    });
    let pick = MeetingPick {
        message: "Dziękuję za rozmowę!".into(),
        notes: vec![false, true],
        items: true,
        earlier: true,
        progress: true,
        progress_notes: vec![main],
    };
    let meeting = meeting(origin(), ("Anna", "Jan"), &m, &carried(), &c.goals, &pick);
    let Shared::Meeting(shared_meeting) = &meeting else {
        unreachable!()
    };
    let reflection = reflection(
        shared_meeting,
        "Delegować wcześniej",
        "Rozmowa z zespołem",
        Some(4),
        Vec::new(),
    )
    .unwrap();
    let mut conversation = blank_conversation();
    conversation.steps = vec![
        Step {
            what: "Ustalić z zespołem terminy".into(),
            owner: StepOwner::Both,
            due: "2026-12-20".into(),
            done: false,
        },
        Step {
            what: "   ".into(),
            owner: StepOwner::Mentee,
            due: String::new(),
            done: false,
        },
    ];
    conversation.support = "Rozmowa co tydzień".into();
    conversation.follow_up = crate::model::date::from_iso("2026-12-27");
    vec![
        contract(&c, ContractPick::default()),
        meeting,
        steps(("Anna", "Jan"), &conversation, StepsPick::default()),
        reflection,
    ]
}

fn blank_conversation() -> Conversation {
    serde_json::from_value(serde_json::json!({
        "id": 1, "created": "2026-12-10", "ticks": [], "examples": [], "goal": "tajny cel",
        "intentions": "prywatne intencje", "when": "", "place": "", "situation": "s",
        "behavior": "b", "impact": "i", "i_message": "", "facts": "", "interpretation": "",
        "response": "", "future": "", "strengths": "", "steps": [], "support": "",
        "follow_up": "", "progress": ""
    }))
    .unwrap()
}

fn through_a_link(shared: &Shared) -> Result<Shared, ShareError> {
    let data = encode(&Frame::Open(compress(shared)));
    let link = link("https://example.org/niezbednik/?x=1#/kontrakt", &data);
    match read(&data_of(&link)?)? {
        Ok(shared) => Ok(shared),
        Err(_) => panic!("an open link read as locked"),
    }
}

#[test]
fn every_kind_comes_back_as_it_went() {
    for shared in all_kinds() {
        assert_eq!(through_a_link(&shared).unwrap(), shared);
    }
}

#[test]
fn the_link_keeps_the_address_and_puts_the_data_in_the_fragment() {
    let link = link(
        "https://example.org/niezbednik/#/przebieg?spotkanie=2",
        "QUJD",
    );
    assert_eq!(link, "https://example.org/niezbednik/#/udostepnione?d=QUJD");
}

#[test]
fn a_shared_contract_carries_current_goals_and_no_calendar_bookkeeping() {
    let Shared::Contract(c) = contract(&a_contract(), ContractPick::default()) else {
        unreachable!()
    };
    let texts: Vec<&str> = c.goals.all().iter().map(|g| g.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Przygotować się do roli lidera zespołu",
            "Delegowanie zadań"
        ]
    );
    assert!(c.goals.all().iter().all(|g| g.earlier.is_empty()));
    assert_eq!(c.calendar_sequence, 0);
    assert!(c.calendar_fingerprint.is_empty());
    assert_eq!(c.calendar_uid, "abc@niezbednik");
    // The mentee's calendar file comes from it.
    assert!(c.to_ics(&c.calendar_uid, 0, "20261201T000000Z").is_some());
}

#[test]
fn parts_not_picked_stay_out_of_a_contract() {
    let pick = ContractPick {
        goals: false,
        rules: false,
    };
    let Shared::Contract(c) = contract(&a_contract(), pick) else {
        unreachable!()
    };
    assert!(c.goals.all().is_empty());
    assert!(c.rules.is_empty());
    assert_eq!(c.mentor, "Anna Kowalska");
    assert_eq!(c.start_date, Some(day(1)), "the plan always goes");
}

#[test]
fn block_notes_are_private_unless_ticked() {
    let m = a_meeting();
    let goals = a_contract().goals;
    let Shared::Meeting(by_default) = meeting(
        origin(),
        ("Anna", "Jan"),
        &m,
        &[],
        &goals,
        &MeetingPick::default_for(&m),
    ) else {
        unreachable!()
    };
    assert!(by_default.notes.is_empty());
    assert_eq!(by_default.items.len(), 2);
    assert_eq!(by_default.items[0].owner, "mentee");
    assert!(by_default.items[1].done);
    let json = serde_json::to_string(&by_default).unwrap();
    assert!(!json.contains("Prywatna"), "{json}");

    let pick = MeetingPick {
        notes: vec![false, true],
        items: false,
        earlier: false,
        progress: false,
        progress_notes: Vec::new(),
        message: String::new(),
    };
    let Shared::Meeting(chosen) = meeting(origin(), ("Anna", "Jan"), &m, &[], &goals, &pick) else {
        unreachable!()
    };
    assert_eq!(chosen.notes.len(), 1);
    assert_eq!(chosen.notes[0].title, "Cele");
    assert!(chosen.items.is_empty());
}

#[test]
fn items_still_open_from_earlier_meetings_go_overdue_first_unless_unticked() {
    use crate::model::agenda::Agenda;
    let mut journal = Journal::default();
    let first = journal.log_meeting(day(1), "Pierwsze spotkanie", &Agenda::from_seed());
    let second = journal.log_meeting(day(8), "Spotkanie bieżące", &Agenda::from_seed());
    let third = journal.log_meeting(day(15), "Spotkanie bieżące", &Agenda::from_seed());
    let later = journal.log_meeting(day(22), "Spotkanie bieżące", &Agenda::from_seed());
    journal
        .add_action(first, "Książka o delegowaniu", ActionOwner::Mentee, None)
        .unwrap();
    journal
        .add_action(second, "Plan rozmowy", ActionOwner::Mentee, Some(day(10)))
        .unwrap();
    let done = journal
        .add_action(
            second,
            "Wysłać materiały",
            ActionOwner::Mentor,
            Some(day(9)),
        )
        .unwrap();
    journal.tick(done, true, day(15)).unwrap();
    journal
        .add_action(third, "Rozmowa z zespołem", ActionOwner::Mentee, None)
        .unwrap();
    journal
        .add_action(later, "Z późniejszego spotkania", ActionOwner::Mentee, None)
        .unwrap();
    let m = journal.get(third).unwrap().clone();
    let carried = journal.carried_into(third, day(15));
    let goals = a_contract().goals;
    let share = |pick: &MeetingPick| {
        let Shared::Meeting(shared) =
            meeting(origin(), ("Anna", "Jan"), &m, &carried, &goals, pick)
        else {
            unreachable!()
        };
        shared
    };
    let by_default = share(&MeetingPick::default_for(&m));
    let whats: Vec<(&str, NaiveDate)> = by_default
        .earlier
        .iter()
        .map(|e| (e.what.as_str(), e.from))
        .collect();
    // Overdue first; the one ticked is done, the later meeting's is not earlier.
    assert_eq!(
        whats,
        [("Plan rozmowy", day(8)), ("Książka o delegowaniu", day(1))]
    );
    assert_eq!(
        by_default
            .items
            .iter()
            .map(|i| i.what.as_str())
            .collect::<Vec<_>>(),
        ["Rozmowa z zespołem"],
        "this meeting's own items stay apart"
    );
    assert_eq!(
        by_default.earlier[0].meta_text(day(15)),
        "mentee · termin: 10\u{a0}grudnia 2026 (po terminie) · ze spotkania 8\u{a0}grudnia 2026"
    );
    assert_eq!(
        by_default.earlier[1].meta_text(day(15)),
        "mentee · ze spotkania 1\u{a0}grudnia 2026"
    );
    let shared = Shared::Meeting(by_default.clone());
    assert_eq!(through_a_link(&shared).unwrap(), shared);
    // Unticked by the mentor, they stay out.
    let unticked = share(&MeetingPick {
        earlier: false,
        ..MeetingPick::default_for(&m)
    });
    assert!(unticked.earlier.is_empty());
    assert_eq!(unticked.items, by_default.items);
}

#[test]
fn notes_beside_the_scores_are_private_unless_ticked_one_by_one() {
    let c = a_contract();
    let main = c.goals.main().unwrap().id;
    let area = c.goals.current().nth(1).unwrap().id;
    let mut m = a_meeting();
    m.progress = vec![
        Progress {
            goal: main,
            value: 2,
            note: "na start: niepewna, unika konfrontacji".into(),
        },
        Progress {
            goal: area,
            value: 4,
            note: "deleguje drobne sprawy".into(),
        },
    ];
    let share = |pick: &MeetingPick| {
        let Shared::Meeting(shared) = meeting(origin(), ("Anna", "Jan"), &m, &[], &c.goals, pick)
        else {
            unreachable!()
        };
        shared
    };
    let by_default = share(&MeetingPick::default_for(&m));
    let scores: Vec<(u8, &str)> = by_default
        .progress
        .iter()
        .map(|p| (p.value, p.note.as_str()))
        .collect();
    assert_eq!(
        scores,
        [(2, ""), (4, "")],
        "the scores go, the notes do not"
    );
    let json = serde_json::to_string(&by_default).unwrap();
    assert!(!json.contains("konfrontacji"), "{json}");
    let one = share(&MeetingPick {
        progress_notes: vec![area],
        ..MeetingPick::default_for(&m)
    });
    let notes: Vec<&str> = one.progress.iter().map(|p| p.note.as_str()).collect();
    assert_eq!(notes, ["", "deleguje drobne sprawy"]);
}

#[test]
fn a_meeting_link_from_before_the_earlier_items_still_opens() {
    let Shared::Meeting(m) = all_kinds()[1].clone() else {
        unreachable!()
    };
    let old = Shared::Meeting(SharedMeeting {
        earlier: Vec::new(),
        ..m
    });
    // As builds before wrote it: no `earlier` key at all.
    let json = serde_json::to_string(&old).unwrap();
    assert!(!json.contains("earlier"), "{json}");
    let data = encode(&Frame::Open(miniz_oxide::deflate::compress_to_vec(
        json.as_bytes(),
        9,
    )));
    assert_eq!(read(&data).unwrap().unwrap(), old);
}

#[test]
fn each_kind_prints_under_a_button_naming_what_it_prints() {
    let labels: Vec<&str> = all_kinds().iter().map(Shared::print_label).collect();
    assert_eq!(
        labels,
        [
            "Drukuj kontrakt",
            "Drukuj notatkę ze spotkania",
            "Drukuj kolejne kroki",
            "Drukuj refleksję"
        ]
    );
}

#[test]
fn feedback_steps_leave_the_talk_itself_behind() {
    let kinds = all_kinds();
    let Shared::Steps(s) = &kinds[2] else {
        unreachable!()
    };
    assert_eq!(s.steps.len(), 1, "a blank step does not go");
    assert_eq!(
        s.steps[0].owner, "oboje",
        "the link's word, as links have always said"
    );
    assert_eq!(
        s.steps[0].owner_label(),
        "razem",
        "shown in a form that fits anyone"
    );
    assert_eq!(s.steps[0].due, Some(day(20)));
    assert_eq!(s.follow_up, Some(day(27)));
    let json = serde_json::to_string(s).unwrap();
    assert!(!json.contains("prywatne intencje") && !json.contains("tajny cel"));
    let mut conversation = blank_conversation();
    conversation.support = "Rozmowa co tydzień".into();
    conversation.follow_up = crate::model::date::from_iso("2026-12-27");
    let pick = StepsPick {
        support: false,
        follow_up: false,
    };
    let Shared::Steps(without) = steps(("Anna", "Jan"), &conversation, pick) else {
        unreachable!()
    };
    assert!(without.support.is_empty() && without.follow_up.is_none());
}

#[test]
fn a_reflection_needs_a_rating_and_a_sentence() {
    let kinds = all_kinds();
    let Shared::Meeting(m) = &kinds[1] else {
        unreachable!()
    };
    assert_eq!(
        reflection(m, "coś", "", None, Vec::new()),
        Err(ReflectionError::NoRating)
    );
    assert_eq!(
        ReflectionError::NoRating.to_string(),
        "Zaznacz, jak przydatne było spotkanie (od 1\u{a0}do 5)."
    );
    assert_eq!(
        reflection(m, "coś", "", Some(6), Vec::new()),
        Err(ReflectionError::NoRating)
    );
    assert_eq!(
        reflection(m, " ", "\n", Some(3), Vec::new()),
        Err(ReflectionError::NothingWritten)
    );
    assert_eq!(
        ReflectionError::NothingWritten.to_string(),
        "Napisz choć jedno zdanie: co zabierasz ze spotkania albo co zrobisz do następnego."
    );
    let Shared::Reflection(r) = reflection(m, "coś", "", Some(5), Vec::new()).unwrap() else {
        unreachable!()
    };
    assert_eq!(r.origin, origin());
    assert_eq!(r.meeting_date, day(15));
    // As the journal keeps it, converted at the boundary.
    let r = crate::model::journal::Reflection::from(r);
    assert_eq!(r.origin.meeting, origin().meeting);
    assert_eq!(r.origin.mentee, origin().mentee);
    assert_eq!(r.usefulness_text(), "Przydatność spotkania: 5 z\u{a0}5");
    assert_eq!(r.byline(), "Jan, po spotkaniu 15\u{a0}grudnia 2026");
    let unnamed = crate::model::journal::Reflection {
        mentee: " ".into(),
        ..r
    };
    assert_eq!(unnamed.byline(), "Po spotkaniu 15\u{a0}grudnia 2026");
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(
        reflection(m, &long, "", Some(3), Vec::new()),
        Err(ReflectionError::TooLong)
    );
    assert_eq!(
        ReflectionError::TooLong.to_string(),
        "Odpowiedź może mieć najwyżej 4\u{a0}000\u{a0}znaków."
    );
}

#[test]
fn compression_pays_for_itself_on_a_contract() {
    let shared = contract(&a_contract(), ContractPick::default());
    let json = serde_json::to_vec(&shared).unwrap();
    let body = compress(&shared);
    assert!(
        body.len() * 5 < json.len() * 3,
        "{} vs {}",
        body.len(),
        json.len()
    );
    // A whole contract with the seed's four rules fits a small QR code: the rules go as
    // their numbers.
    let link = link(
        "https://example.github.io/niezbednik/",
        &encode(&Frame::Open(body)),
    );
    assert!(link.len() < 760, "{} chars", link.len());
    let qr = crate::model::qr::Qr::encode(&link).unwrap();
    assert!(qr.size <= 4 * 18 + 17, "version {}", (qr.size - 17) / 4);
}

#[test]
fn a_locked_frame_keeps_its_salt_and_iv() {
    let frame = Frame::locked([7; SALT_BYTES], [9; IV_BYTES], vec![1; 40]);
    assert_eq!(decode(&encode(&frame)).unwrap(), frame);
    assert!(matches!(
        read(&encode(&frame)),
        Ok(Err(Frame::Locked { .. }))
    ));
    // Too short to hold even the tag.
    let short = Frame::locked([7; SALT_BYTES], [9; IV_BYTES], vec![1; TAG_BYTES]);
    assert_eq!(decode(&encode(&short)), Err(ShareError::Broken));
}

#[test]
fn base64url_round_trips_every_length() {
    for len in 0..70 {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
        let text = base64url::encode(&bytes);
        assert!(!text.contains(['+', '/', '=']));
        assert_eq!(base64url::decode(&text).unwrap(), bytes);
    }
    assert_eq!(base64url::encode(b"Ma"), "TWE");
    assert_eq!(base64url::decode("TWE"), Some(b"Ma".to_vec()));
    assert_eq!(base64url::decode("TWE=x"), None);
    assert_eq!(
        base64url::decode("TWEzT"),
        None,
        "a length no encoder writes"
    );
}

// --- Refusals, one per class of bad input ---------------------------------------------------

fn data(shared: &Shared) -> String {
    encode(&Frame::Open(compress(shared)))
}

#[test]
fn text_with_no_shared_data_is_refused() {
    assert_eq!(data_of(""), Err(ShareError::NoData));
    assert_eq!(data_of("   \n"), Err(ShareError::NoData));
    assert_eq!(data_of("Cześć, jak się masz?"), Err(ShareError::NoData));
    assert_eq!(
        data_of("https://example.org/#/udostepnione?d="),
        Err(ShareError::NoData)
    );
    assert_eq!(
        data_of("https://example.org/#/udostepnione?d=ab%20cd"),
        Err(ShareError::Broken)
    );
}

#[test]
fn an_overlong_link_is_refused_before_decoding() {
    let long = "A".repeat(MAX_LINK_CHARS + 1);
    assert_eq!(data_of(&long), Err(ShareError::TooLong));
    assert_eq!(decode(&long), Err(ShareError::TooLong));
}

#[test]
fn a_truncated_link_is_refused() {
    let whole = data(&all_kinds()[0]);
    for cut in [1, 2, 3, 5, whole.len() / 2, whole.len() - 1] {
        let result = read(&whole[..cut]);
        assert!(
            matches!(result, Err(ShareError::Broken | ShareError::Unreadable)),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn a_newer_format_is_refused_with_its_number() {
    let mut bytes = base64url::decode(&data(&all_kinds()[1])).unwrap();
    bytes[0] = NEWEST + 1;
    let error = read(&base64url::encode(&bytes)).unwrap_err();
    assert_eq!(error, ShareError::Newer { found: NEWEST + 1 });
    assert!(error.to_string().contains("nowsza wersja"));
    bytes[0] = 0;
    assert_eq!(
        read(&base64url::encode(&bytes)),
        Err(ShareError::Broken).map(Ok)
    );
}

#[test]
fn unknown_flags_are_refused() {
    let mut bytes = base64url::decode(&data(&all_kinds()[1])).unwrap();
    bytes[1] = 4;
    assert_eq!(decode(&base64url::encode(&bytes)), Err(ShareError::Broken));
}

#[test]
fn a_body_that_is_not_deflate_or_not_the_document_is_unreadable() {
    let junk = encode(&Frame::Open(vec![0xff; 30]));
    assert_eq!(read(&junk), Err(ShareError::Unreadable));
    let not_a_document = miniz_oxide::deflate::compress_to_vec(br#"{"kontrakt":5}"#, 6);
    assert_eq!(
        read(&encode(&Frame::Open(not_a_document))),
        Err(ShareError::Unreadable)
    );
    let unknown_kind = miniz_oxide::deflate::compress_to_vec(br#"{"wirus":{}}"#, 6);
    assert_eq!(
        read(&encode(&Frame::Open(unknown_kind))),
        Err(ShareError::Unreadable)
    );
}

#[test]
fn a_zip_bomb_stops_at_the_limit() {
    let huge = vec![b' '; MAX_JSON_BYTES * 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&huge, 9);
    assert!(bomb.len() < 2_000);
    assert_eq!(read(&encode(&Frame::Open(bomb))), Err(ShareError::TooBig));
}

#[test]
fn fields_out_of_bounds_are_refused_by_name() {
    let kinds = all_kinds();
    let refused = |shared: Shared, needle: &str| {
        let error = read(&data(&shared)).unwrap_err();
        assert!(
            matches!(&error, ShareError::Invalid(what) if what.contains(needle)),
            "{error:?} should name {needle}"
        );
        assert!(
            error
                .to_string()
                .starts_with("Link zawiera niepoprawne dane")
        );
    };
    let Shared::Reflection(r) = kinds[3].clone() else {
        unreachable!()
    };
    refused(
        Shared::Reflection(SharedReflection {
            usefulness: 9,
            ..r.clone()
        }),
        "1–5",
    );
    refused(
        Shared::Reflection(SharedReflection {
            origin: Origin {
                mentee: MenteeId("../../klucz".into()),
                meeting: 1,
            },
            ..r.clone()
        }),
        "identyfikator",
    );
    refused(
        Shared::Reflection(SharedReflection {
            takeaway: "x".repeat(MAX_TEXT_CHARS + 1),
            ..r.clone()
        }),
        "co zabieram",
    );
    refused(
        Shared::Reflection(SharedReflection {
            next: "dzwonek\u{7}".into(),
            ..r.clone()
        }),
        "sterujące",
    );
    refused(
        Shared::Reflection(SharedReflection {
            meeting_date: NaiveDate::from_ymd_opt(1970, 1, 1).unwrap(),
            ..r
        }),
        "data",
    );
    let Shared::Meeting(m) = kinds[1].clone() else {
        unreachable!()
    };
    let mut bad = m.clone();
    bad.progress[0].value = 11;
    refused(Shared::Meeting(bad), "0–10");
    let mut bad = m.clone();
    bad.items[0].owner = "<script>".into();
    refused(Shared::Meeting(bad), "osoba");
    let mut bad = m.clone();
    bad.earlier[0].owner = "kto".into();
    refused(Shared::Meeting(bad), "osoba");
    let mut bad = m.clone();
    bad.earlier[0].from = bad.date.succ_opt().unwrap();
    refused(Shared::Meeting(bad), "wcześniejszych spotkań");
    let mut bad = m.clone();
    bad.earlier = vec![bad.earlier[0].clone(); MAX_ITEMS + 1];
    refused(Shared::Meeting(bad), "za dużo");
    let mut bad = m;
    bad.items = vec![bad.items[0].clone(); MAX_ITEMS + 1];
    refused(Shared::Meeting(bad), "za dużo");
    let Shared::Contract(c) = kinds[0].clone() else {
        unreachable!()
    };
    let mut bad = c.clone();
    bad.months = 0;
    refused(Shared::Contract(bad), "czas trwania");
    let mut bad = c.clone();
    let _ = bad.set_typed(DateField::StartDate, "2026-02-30");
    refused(Shared::Contract(bad), "pierwsze spotkanie");
    let mut bad = c.clone();
    let _ = bad.set_typed(DateField::StartTime, "25:00");
    refused(Shared::Contract(bad), "godzina");
    let mut bad = c;
    bad.frequency = Frequency::EveryDays(0);
    refused(Shared::Contract(bad), "częstotliwość");
    // Text is text: markup is kept as written, for the page to show as text.
    let Shared::Steps(mut s) = kinds[2].clone() else {
        unreachable!()
    };
    s.support = "<img src=x onerror=alert(1)>".into();
    let back = read(&data(&Shared::Steps(s.clone()))).unwrap().unwrap();
    assert_eq!(back, Shared::Steps(s));
}

#[test]
fn the_seeds_rules_travel_as_numbers_and_come_back_whole() {
    let Shared::Contract(mut c) = all_kinds()[0].clone() else {
        unreachable!()
    };
    c.rules[1].text.push_str(" (po naszemu)");
    c.rules[2].agreed = true;
    let shared = Shared::Contract(c.clone());
    let body = compress(&shared);
    let json = miniz_oxide::inflate::decompress_to_vec(&body).unwrap();
    let json = String::from_utf8(json).unwrap();
    assert!(
        json.contains("\"§0\"") && !json.contains("\"§1\""),
        "{json}"
    );
    assert!(json.contains("(po naszemu)"));
    assert_eq!(read(&data(&shared)).unwrap().unwrap(), shared);
    // A number the app has no rule for is refused.
    let forged = json.replace("§3", "§9");
    let forged = miniz_oxide::deflate::compress_to_vec(forged.as_bytes(), 6);
    assert!(matches!(
        read(&encode(&Frame::Open(forged))),
        Err(ShareError::Invalid(what)) if what.contains("zasada")
    ));
}

#[test]
fn a_rule_of_a_contract_is_checked_too() {
    let Shared::Contract(mut c) = all_kinds()[0].clone() else {
        unreachable!()
    };
    c.rules.push(Rule {
        title: "x".repeat(MAX_NAME_CHARS + 1),
        text: String::new(),
        agreed: true,
    });
    assert!(matches!(
        read(&data(&Shared::Contract(c))),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn every_refusal_reads_as_polish_sentences() {
    for error in [
        ShareError::NoData,
        ShareError::TooLong,
        ShareError::Broken,
        ShareError::Newer { found: 2 },
        ShareError::Unreadable,
        ShareError::TooBig,
        ShareError::Invalid("pole „x” jest za długie".into()),
        ShareError::WrongPassphrase,
        ShareError::FileTooBig { bytes: 5_000_000 },
    ] {
        let text = error.to_string();
        assert!(text.ends_with('.'), "{text}");
        assert!(!text.contains("Error") && !text.contains("error"), "{text}");
    }
    assert!(ShareError::TooLong.to_string().contains("16\u{a0}000"));
}

// --- A stranger's link (issue 23) ---------------------------------------------------------------

/// Issue 23, item 13: changing a link's first character makes its format byte 5, 9, 13…;
/// that link is damaged, and „newer version, refresh” would never help.
#[test]
fn a_damaged_first_character_is_damaged_not_newer() {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let locked = encode(&Frame::locked([7; SALT_BYTES], [9; IV_BYTES], vec![1; 40]));
    for whole in [data(&all_kinds()[0]), data(&all_kinds()[1]), locked] {
        for c in ALPHABET.chars().filter(|&c| !whole.starts_with(c)) {
            let damaged = format!("{c}{}", &whole[1..]);
            let result = read(&damaged);
            assert!(
                !matches!(result, Err(ShareError::Newer { .. })),
                "{c}: {result:?}"
            );
            if let Err(error) = &result {
                assert!(!error.to_string().contains("nowsza"), "{error}");
            }
        }
    }
    // A link whole but for its (next) format is newer; with unknown flags, damaged.
    let mut bytes = base64url::decode(&data(&all_kinds()[1])).unwrap();
    bytes[0] = NEWEST + 2;
    assert_eq!(
        read(&base64url::encode(&bytes)),
        Err(ShareError::Newer { found: NEWEST + 2 })
    );
    bytes[1] = 6;
    assert_eq!(read(&base64url::encode(&bytes)), Err(ShareError::Broken));
    let mut bytes = base64url::decode(&data(&all_kinds()[1])).unwrap();
    bytes[0] = NEWEST + 1;
    bytes.truncate(2);
    assert_eq!(read(&base64url::encode(&bytes)), Err(ShareError::Broken));
}

/// Issue 23, item 14: a link is found in whatever was pasted: a sentence, quotes, a quoted
/// reply, or wrapped by a mail program at 76 characters (its line breaks joined).
#[test]
fn a_link_is_found_in_any_pasted_text() {
    let item = all_kinds()[0].clone();
    let data = data(&item);
    assert!(data.len() > 400, "a real link's length: {}", data.len());
    let link = link("https://example.org/niezbednik/", &data);
    let wrap = |text: &str, width: usize, quote: &str| -> String {
        text.chars()
            .collect::<Vec<_>>()
            .chunks(width - quote.len())
            .map(|line| format!("{quote}{}", line.iter().collect::<String>()))
            .collect::<Vec<_>>()
            .join("\r\n")
    };
    let pasted = [
        link.clone(),
        format!("Cześć! Oto nasz kontrakt: {link}. Pozdrawiam, Anna"),
        format!("„{link}”"),
        format!("<{link}>"),
        format!("Kontrakt:\n{link}\nPozdrawiam, Anna"),
        format!("Cześć,\n\n{}\n\nPozdrawiam", wrap(&link, 76, "")),
        format!("Cześć,\n{}\nPozdrawiam", wrap(&link, 72, "")),
        format!("> Cześć,\n{}\n> Pozdrawiam", wrap(&link, 76, "> ")),
        format!(">> {}", wrap(&link, 78, ">> ").trim_start_matches(">> ")),
        format!("https://example.org/#/udostepnione?x=1&d={data} dalej"),
        data.clone(),
    ];
    for text in pasted {
        assert_eq!(data_of(&text).as_deref(), Ok(data.as_str()), "{text}");
        assert_eq!(read(&data_of(&text).unwrap()), Ok(Ok(item.clone())));
    }
    // The wrapped link's last line is short: the next line is the message's own.
    let wrapped = wrap(&link, 76, "");
    let last = wrapped.rsplit("\r\n").next().unwrap();
    assert!(last.len() < 40, "{last}");
    assert_eq!(
        data_of(&format!("{wrapped}\nPozdrawiam")).as_deref(),
        Ok(data.as_str())
    );
}

/// Issue 23, item 16: the calendar UID read from a link is an identifier, and no one-line
/// field takes a CR or LF (they would start a calendar property of their own).
#[test]
fn a_calendar_uid_or_a_name_with_a_line_break_is_refused() {
    let Shared::Contract(c) = all_kinds()[0].clone() else {
        unreachable!()
    };
    let mut bad = c.clone();
    bad.calendar_uid = "x\r\nURL:https://zly.example/".into();
    assert!(matches!(
        read(&data(&Shared::Contract(bad))),
        Err(ShareError::Invalid(what)) if what.contains("identyfikator kalendarza")
    ));
    let mut bad = c.clone();
    bad.calendar_uid = "20261127-101500-1@niezbednik-mentora <x>".into();
    assert!(read(&data(&Shared::Contract(bad))).is_err());
    for field in 0..6 {
        let mut bad = c.clone();
        let crlf = "Anna\r\nURL:https://zly.example/".to_string();
        match field {
            0 => bad.mentor = crlf,
            1 => bad.mentee = crlf,
            2 => bad.organisation = crlf,
            3 => bad.rules[0].title = crlf,
            4 => {
                let _ = bad.set_typed(DateField::StartTime, "17:30\r\nX:1");
            }
            _ => {
                let _ = bad.set_typed(DateField::AgreedOn, "2026-12-01\nX");
            }
        }
        assert!(
            matches!(
                read(&data(&Shared::Contract(bad))),
                Err(ShareError::Invalid(_))
            ),
            "field {field}"
        );
    }
    let Shared::Meeting(m) = all_kinds()[1].clone() else {
        unreachable!()
    };
    for field in 0..4 {
        let mut bad = m.clone();
        match field {
            0 => bad.mentor.push_str("\r\nX"),
            1 => bad.mentee.push('\n'),
            2 => bad.agenda.push('\r'),
            _ => bad.notes[0].title.push('\n'),
        }
        assert!(
            matches!(
                read(&data(&Shared::Meeting(bad))),
                Err(ShareError::Invalid(_))
            ),
            "field {field}"
        );
    }
    // A free text keeps its line breaks; a CR, a bell or an escape in it is refused.
    let mut fine = m.clone();
    fine.message = "Dziękuję!\nDo zobaczenia.\tA.".into();
    assert!(read(&data(&Shared::Meeting(fine))).is_ok());
    for odd in ["a\rb", "a\u{7}b", "a\u{1b}[31mb", "a\u{85}b"] {
        let mut bad = m.clone();
        bad.message = odd.into();
        assert!(read(&data(&Shared::Meeting(bad))).is_err(), "{odd:?}");
    }
}

/// Issue 23, item 19: a name, a title or a file name from a link cannot hold characters that
/// make it read as something else.
#[test]
fn names_with_direction_overrides_or_zero_width_characters_are_refused() {
    let kinds = all_kinds();
    let Shared::Reflection(r) = kinds[3].clone() else {
        unreachable!()
    };
    let Shared::Steps(s) = kinds[2].clone() else {
        unreachable!()
    };
    let Shared::Contract(c) = kinds[0].clone() else {
        unreachable!()
    };
    for odd in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}',
        '\u{FEFF}',
    ] {
        let name = format!("Anna{odd}Kowalska");
        let reflection = Shared::Reflection(SharedReflection {
            mentee: name.clone(),
            ..r.clone()
        });
        let steps = Shared::Steps(SharedSteps {
            mentor: name.clone(),
            ..s.clone()
        });
        let mut contract = c.clone();
        contract.rules[0].title = name.clone();
        for shared in [reflection, steps, Shared::Contract(contract)] {
            assert!(
                matches!(read(&data(&shared)), Err(ShareError::Invalid(what)) if what.contains("kierunek")),
                "U+{:04X}",
                odd as u32
            );
        }
    }
    // Other scripts and Polish letters are names as any.
    let fine = Shared::Reflection(SharedReflection {
        mentee: "Zoë Łukasiewicz-Żmuda, Ωμέγα".into(),
        ..r
    });
    assert!(read(&data(&fine)).is_ok());
}

/// Issue 23, item 19: on the mentor's record the name from the mentor's own list leads a
/// reflection's byline; the link's name is shown as its claim when it differs.
#[test]
fn a_reflections_byline_names_the_mentee_from_the_mentors_list() {
    let Shared::Reflection(r) = all_kinds()[3].clone() else {
        unreachable!()
    };
    let mut r = crate::model::journal::Reflection::from(r);
    r.mentee = "Prezes Zarządu".into();
    assert_eq!(
        r.byline_listed("Jan Nowak"),
        "Jan Nowak (z\u{a0}Twojej listy), po spotkaniu 15\u{a0}grudnia 2026; podpis w\u{a0}linku: „Prezes Zarządu”"
    );
    r.mentee = "jan nowak".into();
    assert_eq!(
        r.byline_listed(" Jan Nowak "),
        "Jan Nowak (z\u{a0}Twojej listy), po spotkaniu 15\u{a0}grudnia 2026"
    );
    assert_eq!(r.byline_listed(""), r.byline());
}

/// Issue 23, item 22: a link with a passphrase is written in the format that authenticates its
/// header; one in the first format (no additional data) still reads.
#[test]
fn a_passphrase_link_authenticates_its_header_and_old_ones_still_read() {
    let made = Frame::locked([7; SALT_BYTES], [9; IV_BYTES], vec![1; 40]);
    let bytes = base64url::decode(&encode(&made)).unwrap();
    assert_eq!(&bytes[..2], &[FORMAT_AUTHENTICATED, 1]);
    assert_eq!(made.additional_data(), Some([FORMAT_AUTHENTICATED, 1]));
    assert_eq!(decode(&encode(&made)), Ok(made.clone()));
    // A format-1 link with a passphrase, as builds before wrote them.
    let old = Frame::Locked {
        format: FORMAT,
        salt: [7; SALT_BYTES],
        iv: [9; IV_BYTES],
        sealed: vec![1; 40],
    };
    let old_data = encode(&old);
    assert_eq!(base64url::decode(&old_data).unwrap()[0], 1);
    assert_eq!(read(&old_data), Ok(Err(old.clone())));
    assert_eq!(old.additional_data(), None);
    // Open links stay in format 1 (any build reads them); format 2 is only for a passphrase.
    assert_eq!(
        base64url::decode(&data(&all_kinds()[1])).unwrap()[0],
        FORMAT
    );
    let mut open_as_two = base64url::decode(&data(&all_kinds()[1])).unwrap();
    open_as_two[0] = FORMAT_AUTHENTICATED;
    assert_eq!(
        read(&base64url::encode(&open_as_two)),
        Err(ShareError::Broken)
    );
}

/// Issue 23, item 20: a chosen file's size is checked before it is read.
#[test]
fn a_file_too_big_for_a_link_is_not_read() {
    assert_eq!(check_file_size(900.0), Ok(()));
    assert_eq!(check_file_size(MAX_FILE_BYTES as f64), Ok(()));
    let error = check_file_size(5_000_000.0).unwrap_err();
    assert_eq!(error, ShareError::FileTooBig { bytes: 5_000_000 });
    assert_eq!(
        error.to_string(),
        "Ten plik ma 4\u{a0}883\u{a0}KiB, a\u{a0}plik z\u{a0}linkiem ma najwyżej 64\u{a0}KiB, więc aplikacja go nie odczyta. To chyba nie ten plik."
    );
    assert!(check_file_size(f64::INFINITY).is_err());
}

/// Issue 23, items 17 and 18: both sides key the passphrase the same way, and a suggested one
/// is a few common words, one per random byte.
#[test]
fn a_passphrase_reads_the_same_on_both_sides_and_one_is_suggested() {
    assert_eq!(passphrase("  zielona herbata 7 \n"), "zielona herbata 7");
    assert_eq!(passphrase("zielona herbata 7"), "zielona herbata 7");
    let mut seen = std::collections::BTreeSet::new();
    for word in WORDS {
        assert!(seen.insert(word), "{word} twice");
        assert!(
            (3..=9).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_lowercase()),
            "{word}"
        );
    }
    let suggested = passphrase_from(&[0, 1, 2, 254, 255]);
    assert_eq!(suggested.split('-').count(), PASSPHRASE_WORDS);
    assert_eq!(
        suggested,
        format!(
            "{}-{}-{}-{}-{}",
            WORDS[0], WORDS[1], WORDS[2], WORDS[254], WORDS[255]
        )
    );
    assert!(suggested.chars().count() >= 8, "long enough for the panel");
}

/// The JSON a link carries for `shared` (seed rules packed), as a value to change.
fn packed_json(shared: &Shared) -> serde_json::Value {
    let json = miniz_oxide::inflate::decompress_to_vec(&compress(shared)).unwrap();
    serde_json::from_slice(&json).unwrap()
}

/// Every place in `value` as a JSON pointer (`""` for the whole), containers and leaves.
fn json_paths(value: &serde_json::Value, at: &str) -> Vec<String> {
    let mut paths = vec![at.to_string()];
    let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                paths.extend(json_paths(inner, &format!("{at}/{}", escape(key))));
            }
        }
        serde_json::Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                paths.extend(json_paths(inner, &format!("{at}/{i}")));
            }
        }
        _ => {}
    }
    paths
}

/// One change to a document's JSON, at a place chosen apart.
#[derive(Debug, Clone)]
enum DocumentEdit {
    /// Put this value there.
    Replace(serde_json::Value),
    /// Remove the member or the array item there (the whole document: nothing changes).
    Remove,
    /// Change nothing: the document must read back as it was.
    Keep,
}

impl DocumentEdit {
    fn name(&self) -> &'static str {
        match self {
            DocumentEdit::Replace(_) => "replaced",
            DocumentEdit::Remove => "removed",
            DocumentEdit::Keep => "kept",
        }
    }

    /// Applies the edit at `path`; whether the JSON changed.
    fn apply(&self, json: &mut serde_json::Value, path: &str) -> bool {
        let before = json.clone();
        match self {
            DocumentEdit::Keep => {}
            DocumentEdit::Replace(value) => {
                if let Some(place) = json.pointer_mut(path) {
                    *place = value.clone();
                }
            }
            DocumentEdit::Remove => {
                if let Some((parent, last)) = path.rsplit_once('/') {
                    let last = last.replace("~1", "/").replace("~0", "~");
                    match json.pointer_mut(parent) {
                        Some(serde_json::Value::Object(map)) => {
                            map.remove(&last);
                        }
                        Some(serde_json::Value::Array(items)) => {
                            if let Ok(i) = last.parse::<usize>() {
                                items.remove(i);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        *json != before
    }
}

/// Random JSON for a document's field: text (some of it control characters or very long),
/// numbers of every size and sign, booleans, null, empty and small containers.
fn document_edit() -> impl Strategy<Value = DocumentEdit> {
    use serde_json::{Value, json};
    let leaf = prop_oneof![
        "\\PC{0,40}".prop_map(Value::from),
        "[\\x00-\\x1f]{1,3}".prop_map(Value::from),
        (1usize..3000).prop_map(|n| Value::from("x".repeat(n))),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        Just(Value::Null),
        Just(json!({})),
        Just(json!([])),
        Just(json!(["a", 1, null])),
        Just(json!({"x": 1})),
    ];
    prop_oneof![
        6 => leaf.prop_map(DocumentEdit::Replace),
        3 => Just(DocumentEdit::Remove),
        1 => Just(DocumentEdit::Keep),
    ]
}

// --- Random and mutated input ----------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever the text, reading it ends in an item or a refusal, never a panic.
    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        if let Ok(data) = data_of(&text) {
            let _ = read(&data);
        }
    }

    #[test]
    fn random_base64url_never_panics(data in "[A-Za-z0-9_-]{0,400}") {
        let _ = read(&data);
    }

    /// A valid link with bytes changed, dropped or added is refused or still a valid item.
    #[test]
    fn mutated_links_are_refused_or_valid(
        kind in 0usize..4,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
    ) {
        let mut bytes = base64url::decode(&data(&all_kinds()[kind])).unwrap();
        for (at, value, how) in edits {
            let i = at.index(bytes.len().max(1));
            match how {
                0 if i < bytes.len() => bytes[i] = value,
                1 if i < bytes.len() => { bytes.remove(i); }
                _ => bytes.insert(i.min(bytes.len()), value),
            }
        }
        if let Ok(Ok(shared)) = read(&base64url::encode(&bytes)) {
            prop_assert!(shared.validate().is_ok());
        }
    }

    /// A document of each kind with one field changed to random JSON (or removed, or left as
    /// it was), under a valid frame: well-formed JSON by construction, so every case gets past
    /// the frame and the inflater to the parser and the rules, and ends in one of the two
    /// outcomes asserted here: an item that passes the rules and survives another link, or a
    /// refusal that names the parse or the field (never a frame error, never a panic).
    #[test]
    fn random_documents_are_refused_or_valid(
        kind in 0usize..4,
        at in any::<prop::sample::Index>(),
        edit in document_edit(),
    ) {
        let original = &all_kinds()[kind];
        let mut json = packed_json(original);
        let paths = json_paths(&json, "");
        let path = &paths[at.index(paths.len())];
        let changed = edit.apply(&mut json, path);
        let body = miniz_oxide::deflate::compress_to_vec(&serde_json::to_vec(&json).unwrap(), 6);
        match read(&encode(&Frame::Open(body))) {
            Ok(Ok(shared)) => {
                prop_assert!(shared.validate().is_ok());
                prop_assert_eq!(through_a_link(&shared), Ok(shared.clone()));
                if !changed {
                    prop_assert_eq!(&shared, original);
                }
            }
            Ok(Err(_)) => prop_assert!(false, "an open frame read as locked"),
            Err(error) => {
                prop_assert!(changed, "the untouched {} refused: {:?}", kind, error);
                prop_assert!(
                    matches!(&error, ShareError::Unreadable | ShareError::Invalid(_)),
                    "refused before the parser: {:?} ({} at {})", error, edit.name(), path
                );
                if let ShareError::Invalid(field) = &error {
                    prop_assert!(!field.trim().is_empty(), "a refusal names its field");
                }
                prop_assert!(!error.to_string().is_empty());
            }
        }
    }

    #[test]
    fn reflections_round_trip(
        takeaway in "\\PC{0,200}",
        next in "[a-ząęółśżźćń .,]{1,100}",
        usefulness in 1u8..=5,
    ) {
        let kinds = all_kinds();
        let Shared::Meeting(m) = &kinds[1] else { unreachable!() };
        // Control characters are refused at reading; the form's text never has them.
        prop_assume!(!takeaway.chars().any(|c| c.is_control()));
        let shared = reflection(m, &takeaway, &next, Some(usefulness), Vec::new()).unwrap();
        prop_assert_eq!(through_a_link(&shared).unwrap(), shared);
    }
}

/// One link of each kind, as `tests/fixtures/links.json` holds them for `scripts/bench` (a
/// shared link of each kind opened directly, as a mentee or a mentor opens it the first time).
/// `UPDATE_FIXTURES=1 cargo test --lib share` writes the file; otherwise a stale file fails here.
#[test]
fn the_benchs_links_are_the_models_own() {
    let mut links = serde_json::Map::new();
    for shared in all_kinds() {
        let kind = match shared {
            Shared::Contract(_) => "kontrakt",
            Shared::Meeting(_) => "spotkanie",
            Shared::Steps(_) => "kroki",
            Shared::Reflection(_) => "refleksja",
        };
        assert_eq!(through_a_link(&shared).as_ref(), Ok(&shared), "{kind}");
        links.insert(kind.into(), data(&shared).into());
    }
    assert_eq!(links.len(), 4);
    let json = serde_json::to_string_pretty(&links).unwrap() + "\n";
    crate::generated::check(
        "tests/fixtures/links.json",
        &json,
        "UPDATE_FIXTURES",
        "cargo test --lib share",
    );
}
