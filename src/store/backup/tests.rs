use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// A stored state: two mentees with a contract and a question deck, and agenda settings.
fn stored() -> (Roster, BTreeMap<String, String>) {
    let mut roster = Roster::first_run(day());
    let anna = roster.add("Anna", day()).unwrap();
    let first = roster.mentees()[0].id.clone();
    let mut entries = BTreeMap::new();
    entries.insert(ROSTER_KEY.to_string(), encode(&roster));
    let contract = Contract {
        mentee: "Anna Kowalska".into(),
        ..Contract::default()
    };
    entries.insert(MenteeDoc::Contract.key(&anna), encode(&contract));
    entries.insert(
        MenteeDoc::Questions.key(&first),
        encode(&QuestionsDoc::default()),
    );
    entries.insert(
        AGENDA_PREFS_KEY.to_string(),
        encode(&AgendaPrefs::default()),
    );
    (roster, entries)
}

#[test]
fn a_full_backup_round_trips_and_replaces_everything() {
    let (roster, entries) = stored();
    let file = make_backup(entries.clone(), "all", "2026-11-27 10:15");
    let (backup, incoming) = parse_backup(&file).unwrap();
    assert_eq!(backup.entries, entries);
    assert_eq!(incoming, roster);
    let plan = plan_import(&Roster::first_run(day()), &backup, &incoming, day());
    assert!(plan.replace_all);
    assert_eq!(plan.writes, entries);
    assert_eq!(plan.replaced, ["Osoba mentorowana"]);
    assert_eq!(plan.added, ["Anna"]);
}

#[test]
fn one_mentee_goes_in_under_a_fresh_id_unless_it_is_the_same_person() {
    let (roster, entries) = stored();
    let anna = roster.mentees()[1].id.clone();
    let part = one_mentee(&entries, &roster, &anna);
    assert_eq!(part.len(), 2, "roster with Anna only, and her contract");
    let file = make_backup(part, anna.0.as_str(), "2026-11-27 10:15");
    let (backup, incoming) = parse_backup(&file).unwrap();
    // Into another device, where m2 is someone else: Anna is added as a new mentee.
    let mut elsewhere = Roster::first_run(day());
    elsewhere.add("Bartek", day()).unwrap();
    let plan = plan_import(&elsewhere, &backup, &incoming, day());
    assert!(!plan.replace_all);
    assert_eq!(plan.added, ["Anna"]);
    let new_roster: Roster = match decode(&plan.writes[ROSTER_KEY]) {
        Decoded::Ready(r) => r,
        other => panic!("{other:?}"),
    };
    let names: Vec<&str> = new_roster
        .mentees()
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["Osoba mentorowana", "Bartek", "Anna"]);
    let new_id = &new_roster.mentees()[2].id;
    assert_ne!(new_id, &anna);
    assert!(plan.writes.contains_key(&MenteeDoc::Contract.key(new_id)));
    // Back into the same device: Anna is replaced in place.
    let plan = plan_import(&roster, &backup, &incoming, day());
    assert_eq!(plan.replaced, ["Anna"]);
    assert!(plan.writes.contains_key(&MenteeDoc::Contract.key(&anna)));
}

#[test]
fn invalid_files_are_refused_with_polish_reasons() {
    let (_, entries) = stored();
    let good = make_backup(entries.clone(), "all", "x");
    assert_eq!(parse_backup("nie json"), Err(ImportError::NotJson));
    assert_eq!(parse_backup("{}"), Err(ImportError::NotABackup));
    assert_eq!(
        parse_backup(r#"{"type":"niezbednik-mentora/kopia","schema":2,"entries":7}"#),
        Err(ImportError::Incomplete)
    );
    assert_eq!(
        parse_backup(&good.replace(r#""schema": 2"#, r#""schema": 3"#)),
        Err(ImportError::NewerBackup { found: 3 })
    );
    let big = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(
        parse_backup(&big),
        Err(ImportError::TooLarge { .. })
    ));
    let mut unknown = entries.clone();
    unknown.insert("niezbednik/mentee/m1/zegarek".into(), "{}".into());
    assert_eq!(
        parse_backup(&make_backup(unknown, "all", "x")),
        Err(ImportError::UnknownEntry(
            "niezbednik/mentee/m1/zegarek".into()
        ))
    );
    let mut foreign = entries.clone();
    foreign.insert("niezbednik/mentee/m77/kontrakt".into(), "{}".into());
    assert!(matches!(
        parse_backup(&make_backup(foreign, "all", "x")),
        Err(ImportError::UnknownEntry(_))
    ));
    let mut broken = entries.clone();
    let key = broken
        .keys()
        .find(|k| k.ends_with("/kontrakt"))
        .unwrap()
        .clone();
    broken.insert(key.clone(), r#"{"schema":1,"data":{"mentor":7}}"#.into());
    assert!(matches!(
        parse_backup(&make_backup(broken, "all", "x")),
        Err(ImportError::BadEntry { .. })
    ));
    let mut newer = entries.clone();
    newer.insert(key.clone(), r#"{"schema":5,"data":{}}"#.into());
    assert_eq!(
        parse_backup(&make_backup(newer, "all", "x")),
        Err(ImportError::NewerEntry(key))
    );
    let mut no_roster = entries;
    no_roster.remove(ROSTER_KEY);
    assert_eq!(
        parse_backup(&make_backup(no_roster, "all", "x")),
        Err(ImportError::NoRoster)
    );
}

#[test]
fn a_refused_file_is_named_in_plain_words_with_what_to_do_never_with_a_parsers_text() {
    let pick = "Wybierz plik „niezbednik-….json” zapisany przyciskiem „Eksportuj wszystko” albo „Eksportuj tylko aktywną osobę”.";
    assert_eq!(
        parse_backup("nie json").unwrap_err().to_string(),
        format!(
            "To nie jest kopia Niezbędnika mentora: tego pliku nie da się odczytać jako kopii. {pick}"
        )
    );
    assert_eq!(
        ImportError::NotABackup.to_string(),
        format!("To nie jest kopia Niezbędnika mentora, tylko inny plik. {pick}")
    );
    assert_eq!(
        ImportError::Incomplete.to_string(),
        "Ta kopia Niezbędnika mentora jest niepełna albo zmieniona ręcznie, więc nie da się jej wczytać. Wybierz inną kopię."
    );
    // A broken document: named as the mentor knows it, the parser's reason left out.
    let (_, mut entries) = stored();
    let key = entries
        .keys()
        .find(|k| k.ends_with("/kontrakt"))
        .unwrap()
        .clone();
    entries.insert(key.clone(), r#"{"schema":1,"data":{"mentor":7}}"#.into());
    let error = parse_backup(&make_backup(entries, "all", "x")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Część kopii jest uszkodzona (kontrakt), więc nie da się jej wczytać. Wybierz inną kopię."
    );
    assert_eq!(
        ImportError::NewerEntry(ROSTER_KEY.into()).to_string(),
        "Część kopii (lista mentee) zapisała nowsza wersja aplikacji. Odśwież stronę, aby wczytać najnowszą wersję, i\u{a0}spróbuj ponownie."
    );
    assert_eq!(
        ImportError::UnknownEntry("niezbednik/mentee/m1/zegarek".into()).to_string(),
        "Kopia zawiera dane, których ta wersja aplikacji nie zna. Odśwież stronę, aby wczytać najnowszą wersję, i\u{a0}spróbuj ponownie."
    );
}

#[test]
fn deep_nesting_and_huge_strings_are_refused_without_panicking() {
    let deep = "[".repeat(100_000);
    assert!(parse_backup(&deep).is_err());
    let huge = format!(
        r#"{{"type":"{BACKUP_TYPE}","schema":1,"x":"{}"}}"#,
        "a".repeat(MAX_BYTES)
    );
    assert!(matches!(
        parse_backup(&huge),
        Err(ImportError::TooLarge { .. })
    ));
}

proptest! {
    /// Random text never panics the parser.
    #[test]
    fn random_input_never_panics(text in ".{0,400}") {
        let _ = parse_backup(&text);
    }

    /// Every truncation of a valid backup is either the whole file or refused.
    #[test]
    fn truncated_backups_are_refused(cut in 0usize..2000) {
        let (_, entries) = stored();
        let file = make_backup(entries, "all", "2026-11-27 10:15");
        let cut = cut.min(file.len());
        if let Some(prefix) = file.get(..cut)
            && cut < file.trim_end().len()
        {
            prop_assert!(parse_backup(prefix).is_err());
        }
    }

    /// Random JSON-ish values in the entries are refused or accepted, never a panic.
    #[test]
    fn random_entries_never_panic(value in "[\\[\\]{}\",:0-9a-z ]{0,200}") {
        let (_, mut entries) = stored();
        let key = entries.keys().find(|k| k.ends_with("/pytania")).unwrap().clone();
        entries.insert(key, value);
        let _ = parse_backup(&make_backup(entries, "all", "x"));
    }
}

/// One mentee with every tool filled in, as an earlier build saved it.
/// What a build before the programme saved for one mentee (every tool filled in), with the
/// programme's closing added as this build saves it.
fn every_tool() -> BTreeMap<String, String> {
    let mut entries: BTreeMap<String, String> = serde_json::from_str(include_str!(
        "../../../tests/fixtures/store/mentee-documents-v1.json"
    ))
    .unwrap();
    let closed = crate::model::programme::ProgrammeDoc {
        closed_on: NaiveDate::from_ymd_opt(2027, 5, 31),
        takeaways: "Pewność w trudnych rozmowach".into(),
        reopened_on: None,
        plan_changes: Vec::new(),
    };
    entries.insert(
        MenteeDoc::Programme.key(&MenteeId("m2".into())),
        encode(&closed),
    );
    entries
}

#[test]
fn a_backup_with_every_tool_imports_and_each_document_is_checked_as_its_own_type() {
    let entries = every_tool();
    let file = make_backup(entries.clone(), "all", "x");
    let (backup, _) = parse_backup(&file).expect("every tool's document is known");
    assert_eq!(backup.entries, entries);
    // Each document under the next one's key: refused, since it is checked as that type.
    let m2 = MenteeId("m2".into());
    for (i, doc) in MenteeDoc::ALL.iter().enumerate() {
        let next = MenteeDoc::ALL[(i + 1) % MenteeDoc::ALL.len()];
        let mut swapped = entries.clone();
        swapped.insert(next.key(&m2), entries[&doc.key(&m2)].clone());
        assert!(
            matches!(
                parse_backup(&make_backup(swapped, "all", "x")),
                Err(ImportError::BadEntry { .. })
            ),
            "{doc:?} under {next:?}"
        );
    }
}

/// „Od moich mentorów” is the user's own data too: it goes into a full backup, comes back
/// checked as its own type, and stays out of one mentee's file (it belongs to none).
#[test]
fn items_kept_from_mentors_links_are_backed_up_and_checked() {
    use crate::model::received::ReceivedDoc;
    use crate::model::share::{Shared, SharedSteps};
    use crate::store::documents::RECEIVED_KEY;
    assert!(is_backed_up(RECEIVED_KEY));
    let (roster, mut entries) = stored();
    let mut kept = ReceivedDoc::default();
    kept.add(
        Shared::Steps(SharedSteps {
            mentor: "Jan".into(),
            mentee: "Anna".into(),
            date: day(),
            steps: vec![],
            support: "Co tydzień".into(),
            follow_up: None,
        }),
        day(),
    )
    .unwrap();
    entries.insert(RECEIVED_KEY.to_string(), encode(&kept));
    let (backup, _) = parse_backup(&make_backup(entries.clone(), "all", "x")).unwrap();
    assert_eq!(
        decode::<ReceivedDoc>(&backup.entries[RECEIVED_KEY]),
        Decoded::Ready(kept)
    );
    let anna = roster.mentees()[1].id.clone();
    assert!(!one_mentee(&entries, &roster, &anna).contains_key(RECEIVED_KEY));
    // Something else under its key is refused as a broken entry.
    entries.insert(RECEIVED_KEY.to_string(), encode(&AgendaPrefs::default()));
    assert!(matches!(
        parse_backup(&make_backup(entries, "all", "x")),
        Err(ImportError::BadEntry { key, .. }) if key == RECEIVED_KEY
    ));
}

/// Issue 23, item 20: a backup is a stranger's file too. Its kept items pass the link's checks,
/// its ids and lengths are the app's, no text anywhere holds a control character, and a
/// contract's calendar UID is an identifier.
#[test]
fn a_backup_is_checked_as_a_link_is() {
    use crate::model::received::ReceivedDoc;
    use crate::model::share::{Shared, SharedSteps};
    use crate::store::documents::RECEIVED_KEY;
    let steps = |mentor: &str| {
        Shared::Steps(SharedSteps {
            mentor: mentor.into(),
            mentee: "Anna".into(),
            date: day(),
            steps: vec![],
            support: "Co tydzień".into(),
            follow_up: None,
        })
    };
    let refused = |entries: BTreeMap<String, String>, needle: &str| {
        let error = parse_backup(&make_backup(entries, "all", "x")).unwrap_err();
        assert!(
            matches!(&error, ImportError::BadEntry { reason, .. } if reason.contains(needle)),
            "{error:?} should say {needle}"
        );
    };
    let (roster, entries) = stored();
    let with_kept = |kept: &ReceivedDoc| {
        let mut entries = entries.clone();
        entries.insert(RECEIVED_KEY.to_string(), encode(kept));
        entries
    };
    let mut fine = ReceivedDoc::default();
    fine.add(steps("Jan"), day()).unwrap();
    assert!(parse_backup(&make_backup(with_kept(&fine), "all", "x")).is_ok());
    // An item a link could not have brought (a name with a direction override).
    let mut bad = fine.clone();
    bad.items[0].item = steps("Jan\u{202E}");
    refused(with_kept(&bad), "kierunek");
    // Two items with one id, an id past the counter, a counter near overflow.
    let mut bad = fine.clone();
    bad.add(steps("Ola"), day()).unwrap();
    bad.items[1].id = bad.items[0].id;
    refused(with_kept(&bad), "numer");
    let mut bad = fine.clone();
    bad.items[0].id = 7;
    refused(with_kept(&bad), "numer");
    let mut bad = fine.clone();
    bad.next_id = u32::MAX;
    refused(with_kept(&bad), "licznik");
    // A draft longer than the form takes, a rating out of the scale.
    let mut bad = fine.clone();
    bad.items[0].takeaway = "x".repeat(crate::model::share::MAX_TEXT_CHARS + 1);
    refused(with_kept(&bad), "za długie");
    let mut bad = fine.clone();
    bad.items[0].usefulness = Some(9);
    refused(with_kept(&bad), "1–5");
    // More items than the app keeps.
    let mut bad = fine.clone();
    for i in 0..ReceivedDoc::MAX_ITEMS as u32 {
        let mut item = bad.items[0].clone();
        item.id = i + 1;
        bad.items.push(item);
    }
    bad.next_id = ReceivedDoc::MAX_ITEMS as u32 + 2;
    refused(with_kept(&bad), "najwyżej");
    // A contract whose calendar UID would add lines to the mentor's calendar file.
    let anna = roster.mentees()[1].id.clone();
    let mut entries_bad = entries.clone();
    let contract = Contract {
        calendar_uid: "x\r\nURL:https://zly.example/".into(),
        ..Contract::default()
    };
    entries_bad.insert(MenteeDoc::Contract.key(&anna), encode(&contract));
    refused(entries_bad, "sterujące");
    let mut entries_bad = entries.clone();
    let contract = Contract {
        calendar_uid: "x URL:https://zly.example/".into(),
        ..Contract::default()
    };
    entries_bad.insert(MenteeDoc::Contract.key(&anna), encode(&contract));
    refused(entries_bad, "identyfikator kalendarza");
    // A control character in any text of any document.
    let mut entries_bad = entries.clone();
    let contract = Contract {
        organisation: "Firma\u{1b}[2J".into(),
        ..Contract::default()
    };
    entries_bad.insert(MenteeDoc::Contract.key(&anna), encode(&contract));
    refused(entries_bad.clone(), "sterujące");
    // The same inside a packed entry (issue 28): opened and checked as a plain one.
    let packed = crate::store::codec::pack(&encode(&contract)).unwrap();
    entries_bad.insert(MenteeDoc::Contract.key(&anna), packed);
    refused(entries_bad, "sterujące");
    let mut entries_bad = entries.clone();
    let contract = Contract {
        calendar_uid: "x URL:https://zly.example/".into(),
        ..Contract::default()
    };
    entries_bad.insert(
        MenteeDoc::Contract.key(&anna),
        crate::store::codec::pack(&encode(&contract)).unwrap(),
    );
    refused(entries_bad, "identyfikator kalendarza");
    // A packed entry that does not open, and a packed roster, are refused.
    let mut entries_bad = entries.clone();
    entries_bad.insert(
        MenteeDoc::Contract.key(&anna),
        r#"{"schema":2,"z":"abc"}"#.into(),
    );
    assert!(parse_backup(&make_backup(entries_bad, "all", "x")).is_err());
    let mut entries_bad = entries.clone();
    entries_bad.insert(
        ROSTER_KEY.to_string(),
        crate::store::codec::pack(&entries[ROSTER_KEY]).unwrap(),
    );
    assert!(parse_backup(&make_backup(entries_bad, "all", "x")).is_err());
    // A mentee whose id would be a path, or whose name reads as another.
    let raw = entries[ROSTER_KEY].replace(&format!("\"{}\"", anna.0), "\"../x\"");
    let mut entries_bad = entries.clone();
    entries_bad.insert(ROSTER_KEY.to_string(), raw);
    assert!(parse_backup(&make_backup(entries_bad, "all", "x")).is_err());
    let raw = entries[ROSTER_KEY].replace("\"Anna\"", "\"An\\u202Ena\"");
    assert_ne!(raw, entries[ROSTER_KEY]);
    let mut entries_bad = entries.clone();
    entries_bad.insert(ROSTER_KEY.to_string(), raw);
    refused(entries_bad, "imię");
}

/// Issue 23, item 20: a chosen file's size is checked before it is read.
#[test]
fn a_file_too_big_for_a_backup_is_not_read() {
    assert_eq!(check_file_size(1024.0), Ok(()));
    let error = check_file_size(50.0 * 1024.0 * 1024.0).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooLarge {
            bytes: 50 * 1024 * 1024
        }
    );
    assert_eq!(
        error.to_string(),
        "Plik ma 52,4\u{a0}MB, a\u{a0}kopia tej aplikacji ma najwyżej 21,0\u{a0}MB. To chyba nie ten plik."
    );
}

/// Issue 28: an import stores the documents of the mentees not in use packed, as the app keeps
/// them, and every one reads back as it was; the file it makes again imports the same.
#[test]
fn an_import_packs_what_the_app_keeps_packed_and_reads_the_same() {
    use crate::model::agenda_doc::AgendaDoc;
    use crate::model::journal::SEED_AGENDA;
    let mut roster = Roster::first_run(day());
    let closed = roster.add("Zofia", day()).unwrap();
    let open = roster.add("Anna", day()).unwrap();
    let active = roster.add("Bartek", day()).unwrap();
    roster.archive(&closed, day()).unwrap();
    roster.switch_to(&active).unwrap();
    let mut agenda = AgendaDoc::default();
    let seed = crate::model::agenda::Agenda::from_seed();
    for n in 0..20u32 {
        let id = agenda.log.log_meeting(day(), SEED_AGENDA, &seed);
        agenda
            .log
            .set_note(
                id,
                0,
                &format!("Spotkanie {n}: rozmowa o delegowaniu zadań w zespole."),
            )
            .unwrap();
    }
    let contract = Contract {
        mentee: "Zofia Nowak".into(),
        ..Contract::default()
    };
    let mut entries = BTreeMap::new();
    entries.insert(ROSTER_KEY.to_string(), encode(&roster));
    for id in [&closed, &open, &active] {
        entries.insert(MenteeDoc::Agenda.key(id), encode(&agenda));
        entries.insert(MenteeDoc::Contract.key(id), encode(&contract));
    }
    let file = make_backup(entries.clone(), "all", "2026-11-27 10:15");
    let (backup, incoming) = parse_backup(&file).unwrap();
    let plan = plan_import(&Roster::first_run(day()), &backup, &incoming, day());
    let packed = |key: &str| super::super::codec::is_packed(&plan.writes[key]);
    assert!(packed(&MenteeDoc::Agenda.key(&closed)) && packed(&MenteeDoc::Contract.key(&closed)));
    assert!(
        packed(&MenteeDoc::Agenda.key(&open)),
        "an open mentee's journal, read once picked"
    );
    assert!(!packed(&MenteeDoc::Contract.key(&open)));
    assert!(!packed(&MenteeDoc::Agenda.key(&active)) && !packed(&MenteeDoc::Contract.key(&active)));
    assert!(!packed(ROSTER_KEY));
    for (key, raw) in &plan.writes {
        if let Some((_, MenteeDoc::Agenda)) = MenteeDoc::parse_key(key) {
            assert_eq!(
                decode::<AgendaDoc>(raw),
                Decoded::Ready(agenda.clone()),
                "{key}"
            );
        }
    }
    let units = |entries: &BTreeMap<String, String>| -> u64 {
        entries
            .iter()
            .map(|(k, v)| super::super::units(k) + super::super::units(v))
            .sum()
    };
    assert!(
        units(&plan.writes) * 2 < units(&entries),
        "{} of {}",
        units(&plan.writes),
        units(&entries)
    );
    // What is stored packed goes into the next backup as it is, and comes back the same.
    let again = make_backup(plan.writes.clone(), "all", "2026-11-28 10:15");
    let (second, _) = parse_backup(&again).unwrap();
    assert_eq!(
        plan_import(&roster, &second, &incoming, day()).writes,
        plan.writes
    );
}

/// The agenda of a mentee with a meeting running stays plain: the shell's timer reads it.
#[test]
fn an_agenda_with_a_meeting_running_stays_plain() {
    use crate::model::agenda_doc::AgendaDoc;
    let key = MenteeDoc::Agenda.key(&MenteeId("m3".into()));
    let idle = encode(&AgendaDoc::default());
    assert!(!stays_plain(&key, &idle));
    let mut doc = AgendaDoc::default();
    doc.run = Some(crate::model::timer::MeetingRun::start(
        &doc.agenda.blocks,
        1_796_140_800_000,
        false,
    ));
    let running = encode(&doc);
    assert!(stays_plain(&key, &running));
    assert!(!stays_plain(
        &MenteeDoc::Contract.key(&MenteeId("m3".into())),
        &running
    ));
}
