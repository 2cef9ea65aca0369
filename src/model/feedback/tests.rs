use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn i_message_follows_the_seed_pattern() {
    assert_eq!(
        draft_i_message(
            "",
            "Spóźniłeś się na spotkanie.",
            "Mój czas nie jest szanowany"
        ),
        "Kiedy spóźniłeś się na spotkanie, poczułem/am, że mój czas nie jest szanowany."
    );
    assert_eq!(
        draft_i_message(
            "Na wtorkowym spotkaniu zespołu",
            "przerwałeś Ewie trzy razy",
            "jej pomysł nie został wysłuchany."
        ),
        "Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy, poczułem/am, że jej pomysł nie został wysłuchany."
    );
    assert_eq!(
        draft_i_message("Wczoraj", "Oddałaś raport po terminie", ""),
        "Kiedy wczoraj oddałaś raport po terminie, poczułem/am, że …"
    );
    assert_eq!(draft_i_message(" ", "", "coś"), "");
    assert_eq!(
        draft_i_message("", "CRM nie był uzupełniany…", "brakuje danych?"),
        "Kiedy CRM nie był uzupełniany, poczułem/am, że brakuje danych."
    );
}

#[test]
fn an_edited_i_message_wins_over_the_draft() {
    let mut c = Conversation::new(1, day(1));
    c.behavior = "spóźniłeś się".into();
    c.impact = "czekałem".into();
    assert!(c.i_message_text().starts_with("Kiedy spóźniłeś się"));
    c.i_message = "  Kiedy się spóźniasz, tracimy kwadrans.  ".into();
    assert_eq!(c.i_message_text(), "Kiedy się spóźniasz, tracimy kwadrans.");
}

#[test]
fn wording_guard_finds_generalisations_in_any_case_and_without_diacritics() {
    let hints = wording_hints("Zawsze się spóźniasz i CIĄGLE przerywasz, jak zwykle.");
    let found: Vec<&str> = hints.iter().map(|h| h.found.as_str()).collect();
    assert_eq!(found, ["Zawsze", "CIĄGLE", "jak zwykle"]);
    assert!(hints[0].advice.contains("konkretną sytuację"));
    let plain = wording_hints("ciagle za kazdym razem nigdy");
    assert_eq!(plain.len(), 3);
    let constantly = wording_hints("Stale się spóźniasz na stałe spotkania.");
    let found: Vec<&str> = constantly.iter().map(|h| h.found.as_str()).collect();
    assert_eq!(found, ["Stale"], "the adverb, not the adjective „stałe”");
}

#[test]
fn wording_guard_finds_labels_with_polish_inflections() {
    for (sentence, word) in [
        ("Jesteś leniwy", "leniwy"),
        ("jesteś leniwa i tyle", "leniwa"),
        ("To było bardzo nieodpowiedzialne.", "nieodpowiedzialne"),
        (
            "Zachowujesz się jak nieodpowiedzialnej osoby",
            "nieodpowiedzialnej",
        ),
        ("jesteś niekompetentna", "niekompetentna"),
        ("Ty leniu!", "leniu"),
        ("Jesteś nieogarnięty", "nieogarnięty"),
    ] {
        let hints = wording_hints(sentence);
        assert_eq!(hints.len(), 1, "{sentence}");
        assert_eq!(hints[0].found, word);
        assert!(hints[0].advice.contains("ocenia osobę"));
    }
}

#[test]
fn wording_guard_leaves_concrete_descriptions_alone() {
    for sentence in [
        "Na wtorkowym spotkaniu przerwałeś Ewie trzy razy.",
        "W piątek raport przyszedł o 18:00, termin był na 12:00.",
        "Zauważyłem, że dwa razy w tym miesiącu spotkanie zaczęło się po czasie.",
        "Lenistwo to nie temat, mówimy o terminach.",
        "stalowy projekt",
        "Mamy stałe spotkania w środy.",
        "Stałe terminy pomagają.",
    ] {
        assert!(
            wording_hints(sentence).is_empty(),
            "{sentence}: {:?}",
            wording_hints(sentence)
        );
    }
}

#[test]
fn checklist_progress_per_phase() {
    let mut c = Conversation::new(1, day(1));
    assert_eq!(c.progress_of(0), (0, 4));
    assert_eq!(c.progress_of(1), (0, 7));
    assert_eq!(c.progress_of(2), (0, 3));
    c.toggle(1, 1);
    c.toggle(1, 6);
    c.toggle(2, 0);
    assert_eq!(c.progress_of(1), (2, 7));
    assert!(c.is_ticked(1, 6));
    c.toggle(1, 6);
    assert_eq!(c.progress_of(1), (1, 7));
    c.toggle(5, 0);
    c.toggle(0, 9);
    assert_eq!(c.progress_of(0), (0, 4));
}

#[test]
fn follow_ups_are_upcoming_due_or_overdue_until_closed() {
    let mut c = Conversation::new(1, day(1));
    assert_eq!(c.follow_up_on(day(10)), FollowUp::None);
    c.follow_up = "2026-11-20".into();
    assert_eq!(c.follow_up_on(day(19)), FollowUp::Upcoming);
    assert_eq!(c.follow_up_on(day(20)), FollowUp::DueToday);
    assert_eq!(c.follow_up_on(day(27)), FollowUp::Overdue { days: 7 });
    // Across a month end and a leap day.
    c.follow_up = "2028-02-28".into();
    let march_1 = NaiveDate::from_ymd_opt(2028, 3, 1).unwrap();
    assert_eq!(c.follow_up_on(march_1), FollowUp::Overdue { days: 2 });
    c.follow_up_closed = Some(march_1);
    assert_eq!(c.follow_up_on(march_1), FollowUp::None);
    c.follow_up = "nie wiem".into();
    c.follow_up_closed = None;
    assert_eq!(c.follow_up_on(march_1), FollowUp::None);
}

#[test]
fn the_doc_lists_due_follow_ups_most_overdue_first() {
    let mut doc = FeedbackDoc::default();
    let a = doc.start(day(1));
    let b = doc.start(day(2));
    let c = doc.start(day(3));
    assert_eq!((a, b, c), (1, 2, 3));
    assert_eq!(doc.conversations[0].id, 3, "newest first");
    doc.get_mut(a).unwrap().follow_up = "2026-11-25".into();
    doc.get_mut(b).unwrap().follow_up = "2026-11-20".into();
    doc.get_mut(c).unwrap().follow_up = "2026-11-30".into();
    let due: Vec<u32> = doc.due(day(27)).iter().map(|(c, _)| c.id).collect();
    assert_eq!(due, [2, 1]);
    doc.remove(b);
    assert_eq!(doc.due(day(27)).len(), 1);
    let json = serde_json::to_string(&doc).unwrap();
    assert_eq!(serde_json::from_str::<FeedbackDoc>(&json).unwrap(), doc);
}

#[test]
fn the_script_follows_the_checklist_and_says_the_typed_facts() {
    let mut c = Conversation::new(1, day(1));
    let steps: Vec<&str> = c.script().iter().map(|l| l.step).collect();
    assert_eq!(
        steps,
        [
            "1. Zgoda",
            "2. Sytuacja",
            "3. Zachowanie",
            "4. Wpływ",
            "5. Komunikat „Ja”",
            "6. Fakty, potem perspektywa mentee",
            "7. Przyszłość",
            "8. Mocne strony"
        ]
    );
    let empty = c.script();
    assert_eq!(empty[1].say, "—");
    assert_eq!(
        empty[5].say,
        "„Zauważyłem/am, że… Jak to wygląda z Twojej strony?” — i słuchaj."
    );
    assert_eq!(empty[5].note, None);

    c.situation = " Na wtorkowym spotkaniu ".into();
    c.behavior = "przerwałeś Ewie trzy razy".into();
    c.impact = "jej pomysł nie został wysłuchany".into();
    c.facts = "Trzy razy zabrałeś głos, zanim Ewa skończyła.".into();
    c.interpretation = "Może chciał przyspieszyć spotkanie".into();
    c.future = "Daj Ewie dokończyć, potem dopytaj.".into();
    c.strengths = "Świetnie znasz produkt.".into();
    let script = c.script();
    assert_eq!(script[1].say, "Na wtorkowym spotkaniu");
    assert_eq!(script[4].say, c.i_message_text());
    assert_eq!(
        script[5].say,
        "„Zauważyłem/am, że trzy razy zabrałeś głos, zanim Ewa skończyła. Jak to wygląda z Twojej strony?” — i słuchaj."
    );
    assert_eq!(
        script[5].note.as_deref(),
        Some("Twoja interpretacja, do sprawdzenia z mentee: Może chciał przyspieszyć spotkanie")
    );
    assert_eq!(script[6].say, "Daj Ewie dokończyć, potem dopytaj.");
    assert_eq!(script[7].say, "Świetnie znasz produkt.");
}

#[test]
fn follow_ups_and_conversations_are_named_in_polish() {
    assert_eq!(FollowUp::DueToday.text(), "sprawdź efekty dziś");
    assert_eq!(
        FollowUp::Overdue { days: 1 }.text(),
        "sprawdzenie efektów spóźnione o 1 dzień"
    );
    assert_eq!(
        FollowUp::Overdue { days: 3 }.text(),
        "sprawdzenie efektów spóźnione o 3 dni"
    );
    assert_eq!(FollowUp::Upcoming.text(), "");
    let mut c = Conversation::new(1, day(20));
    assert_eq!(c.label(), "Rozmowa z 2026-11-20");
    c.goal = "  Żeby Tomek dawał innym dokończyć myśl ".into();
    assert_eq!(
        c.label(),
        "Rozmowa z 2026-11-20: Żeby Tomek dawał innym dokończyć myśl"
    );
    c.goal = "a".repeat(60);
    assert_eq!(
        c.label(),
        format!("Rozmowa z 2026-11-20: {}…", "a".repeat(48))
    );
}
