use super::*;
use crate::model::form::Choice;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn i_message_follows_the_seed_pattern_and_names_a_feeling() {
    assert_eq!(
        draft_i_message(
            "",
            "Spóźniłeś się na spotkanie.",
            "zaniepokojony/a",
            "Mój czas nie jest szanowany",
            Form::Both,
        ),
        "Kiedy spóźniłeś się na spotkanie, poczułem/am się zaniepokojony/a, bo mój czas nie jest szanowany."
    );
    assert_eq!(
        draft_i_message(
            "Na wtorkowym spotkaniu zespołu",
            "przerwałeś Ewie trzy razy",
            "zawiedziona",
            "jej pomysł nie został wysłuchany.",
            Form::Feminine,
        ),
        "Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy, poczułam się zawiedziona, bo jej pomysł nie został wysłuchany."
    );
    // No feeling yet: the place for it shows, and the sentence still reads.
    assert_eq!(
        draft_i_message(
            "Wczoraj",
            "Oddałaś raport po terminie",
            "",
            "",
            Form::Masculine
        ),
        "Kiedy wczoraj oddałaś raport po terminie, poczułem się …"
    );
    assert_eq!(draft_i_message(" ", "", "zły", "coś", Form::Both), "");
    assert_eq!(
        draft_i_message(
            "",
            "CRM nie był uzupełniany…",
            "",
            "brakuje danych?",
            Form::Both
        ),
        "Kiedy CRM nie był uzupełniany, poczułem/am się …, bo brakuje danych."
    );
}

#[test]
fn the_draft_keeps_the_mentors_words_as_typed() {
    // Names and the mentor's own capitals stay; only a sentence's capital on a word that
    // is never a name goes.
    assert_eq!(
        draft_i_message(
            "Na spotkaniu z klientem",
            "Tomek przerwał Ewie",
            "zaskoczony",
            "Ewa nie skończyła prezentacji",
            Form::Masculine,
        ),
        "Kiedy na spotkaniu z klientem Tomek przerwał Ewie, poczułem się zaskoczony, bo Ewa nie skończyła prezentacji."
    );
    assert_eq!(
        draft_i_message("", "Ewa oddała raport po terminie", "", "", Form::Both),
        "Kiedy Ewa oddała raport po terminie, poczułem/am się …"
    );
    assert_eq!(
        draft_i_message("W piątek", "Przerwaliście Ani", "", "", Form::Both),
        "Kiedy w piątek przerwaliście Ani, poczułem/am się …"
    );
    assert_eq!(
        draft_i_message("Łukasz na demo", "pominął Marka", "", "", Form::Both),
        "Kiedy Łukasz na demo pominął Marka, poczułem/am się …"
    );
}

#[test]
fn forms_and_feelings_agree_with_the_mentor() {
    assert_eq!(Form::Both.verb("poczuł", "em", "am"), "poczułem/am");
    assert_eq!(Form::Feminine.verb("poczuł", "em", "am"), "poczułam");
    assert_eq!(
        Form::Both.adjective("zaniepokojony", "zaniepokojona"),
        "zaniepokojony/a"
    );
    assert_eq!(Form::Both.adjective("spięty", "spięta"), "spięty/a");
    assert_eq!(Form::Feminine.adjective("dumny", "dumna"), "dumna");
    assert_eq!(Form::Masculine.adjective("dumny", "dumna"), "dumny");
    for (masculine, feminine) in FEELINGS {
        assert!(masculine.ends_with('y'), "{masculine}");
        assert!(feminine.ends_with('a'), "{feminine}");
        assert_eq!(
            Form::Both.adjective(masculine, feminine),
            format!("{masculine}/a")
        );
    }
    // A thought or a fact in the feeling field gets a word of advice.
    assert_eq!(feeling_hint("zaniepokojona", Form::Feminine), None);
    assert_eq!(
        feeling_hint("że nie szanujesz mojego czasu", Form::Feminine).as_deref(),
        Some(
            "To brzmi jak myśl albo ocena, a\u{a0}nie uczucie. Nazwij uczucie, np. „zaniepokojona”, „zawiedziona”."
        )
    );
    assert!(feeling_hint("jakbyś mnie nie słuchał", Form::Both).is_some());
    // The form carries over to the next conversation.
    let mut doc = FeedbackDoc::default();
    let first = doc.start(day(1));
    doc.get_mut(first).unwrap().form = Form::Feminine;
    doc.start(day(2));
    assert_eq!(doc.conversations[0].form, Form::Feminine);
}

#[test]
fn conversations_saved_before_the_feeling_field_still_load() {
    let mut c = Conversation::new(4, day(3));
    c.behavior = "spóźniłeś się".into();
    let mut json = serde_json::to_value(&c).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("feeling");
    object.remove("form");
    let back: Conversation = serde_json::from_value(json).unwrap();
    assert_eq!(back, c);
    assert_eq!(back.form, Form::Both);
    // The form is saved as its picker value; every form reads back as itself.
    for form in Form::ALL {
        let mut c = Conversation::new(5, day(3));
        c.form = *form;
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["form"], form.value());
        assert_eq!(
            serde_json::from_value::<Conversation>(json).unwrap().form,
            *form
        );
    }
    let values: Vec<&str> = Form::ALL.iter().map(|f| f.value()).collect();
    assert_eq!(values, ["obie", "m", "k"], "a stored format");
    // A value from a newer build reads, on purpose, as both forms.
    let mut json = serde_json::to_value(Conversation::new(5, day(3))).unwrap();
    json["form"] = "n".into();
    assert_eq!(
        serde_json::from_value::<Conversation>(json).unwrap().form,
        Form::Both
    );
}

#[test]
fn the_pickers_values_read_back_to_their_choices_and_nothing_else() {
    crate::model::form::assert_round_trip::<Form>();
    crate::model::form::assert_round_trip::<StepOwner>();
    let owners: Vec<&str> = StepOwner::ALL.iter().map(|o| o.value()).collect();
    assert_eq!(owners, ["mentee", "mentor", "oboje"]);
    let labels: Vec<&str> = StepOwner::ALL.iter().map(|o| o.label()).collect();
    assert_eq!(labels, ["mentee", "mentor", "razem"]);
    // Before, anything but „mentor” and „oboje” silently became the mentee.
    assert_eq!(StepOwner::parse("Mentor"), None);
    assert_eq!(StepOwner::parse("ktoś"), None);
    assert_eq!(Form::parse("poczułam"), None, "a label is not a value");
}

#[test]
fn an_edited_i_message_wins_over_the_draft() {
    let mut c = Conversation::new(1, day(1));
    c.behavior = "spóźniłeś się".into();
    c.impact = "czekałem".into();
    c.feeling = "zirytowany".into();
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
    c.follow_up = crate::model::date::from_iso("2026-11-20");
    assert_eq!(c.follow_up_on(day(19)), FollowUp::Upcoming { days: 1 });
    assert_eq!(c.follow_up_on(day(13)), FollowUp::Upcoming { days: 7 });
    assert_eq!(c.follow_up_on(day(20)), FollowUp::DueToday);
    assert_eq!(c.follow_up_on(day(27)), FollowUp::Overdue { days: 7 });
    // Across a month end and a leap day.
    c.follow_up = crate::model::date::from_iso("2028-02-28");
    let march_1 = NaiveDate::from_ymd_opt(2028, 3, 1).unwrap();
    assert_eq!(c.follow_up_on(march_1), FollowUp::Overdue { days: 2 });
    c.follow_up_closed = Some(march_1);
    assert_eq!(c.follow_up_on(march_1), FollowUp::None);
    assert!(
        c.set_typed(ConversationField::FollowUp, "nie wiem")
            .is_err()
    );
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
    doc.get_mut(a).unwrap().follow_up = crate::model::date::from_iso("2026-11-25");
    doc.get_mut(b).unwrap().follow_up = crate::model::date::from_iso("2026-11-20");
    doc.get_mut(c).unwrap().follow_up = crate::model::date::from_iso("2026-11-30");
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
            "8. Mocne strony",
            "9. Kolejne kroki",
            "10. Wsparcie"
        ]
    );
    let empty = c.script();
    assert_eq!(empty[1].say, "—");
    assert_eq!(
        empty[5].say,
        "„Zauważyłem/am, że… Jak to wygląda z\u{a0}Twojej strony?”\u{a0}– i\u{a0}słuchaj."
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
        "„Zauważyłem/am, że trzy razy zabrałeś głos, zanim Ewa skończyła. Jak to wygląda z\u{a0}Twojej strony?”\u{a0}– i\u{a0}słuchaj."
    );
    assert_eq!(
        script[5].note.as_deref(),
        Some(
            "Twoja interpretacja, do sprawdzenia z\u{a0}mentee: Może chciał przyspieszyć spotkanie"
        )
    );
    assert_eq!(script[6].say, "Daj Ewie dokończyć, potem dopytaj.");
    assert_eq!(script[7].say, "Świetnie znasz produkt.");
}

#[test]
fn the_script_ends_with_the_agreed_steps_and_the_support() {
    let mut c = Conversation::new(1, day(1));
    let empty = c.script();
    assert_eq!(
        empty[8].say,
        "„Co możesz zrobić w\u{a0}związku z\u{a0}tym feedbackiem?”\u{a0}– ustalcie to wspólnie."
    );
    assert!(empty[8].list.is_empty());
    assert_eq!(
        empty[9].say,
        "„Jak mogę Ci pomóc w\u{a0}realizacji tego planu?”"
    );
    c.form = Form::Feminine;
    c.steps = vec![
        Step {
            what: " Dawać Ewie dokończyć ".into(),
            owner: StepOwner::Mentee,
            due: "2026-12-01".into(),
            done: false,
        },
        Step {
            what: "".into(),
            owner: StepOwner::Mentor,
            due: String::new(),
            done: false,
        },
        Step {
            what: "Przejrzeć nagranie spotkania".into(),
            owner: StepOwner::Both,
            due: String::new(),
            done: false,
        },
    ];
    c.support = "Cotygodniowa rozmowa po spotkaniu zespołu\n\n Podeślę artykuł o słuchaniu ".into();
    c.follow_up = crate::model::date::from_iso("2026-12-15");
    let script = c.script();
    assert_eq!(script[8].say, "Ustalone wspólnie:");
    assert_eq!(
        script[8].list,
        [
            "Dawać Ewie dokończyć (mentee, do 1\u{a0}grudnia 2026)",
            "Przejrzeć nagranie spotkania (razem)"
        ]
    );
    assert_eq!(
        script[8].note.as_deref(),
        Some("Sprawdzenie efektów: 15\u{a0}grudnia 2026.")
    );
    assert_eq!(
        script[9].list,
        [
            "Cotygodniowa rozmowa po spotkaniu zespołu",
            "Podeślę artykuł o słuchaniu"
        ]
    );
    assert_eq!(
        script[5].say,
        "„Zauważyłam, że… Jak to wygląda z\u{a0}Twojej strony?”\u{a0}– i\u{a0}słuchaj."
    );
}

#[test]
fn follow_ups_and_conversations_are_named_in_polish() {
    assert_eq!(FollowUp::DueToday.text(), "sprawdź efekty dziś");
    assert_eq!(
        FollowUp::Overdue { days: 1 }.text(),
        "sprawdzenie efektów spóźnione o\u{a0}1\u{a0}dzień"
    );
    assert_eq!(
        FollowUp::Overdue { days: 3 }.text(),
        "sprawdzenie efektów spóźnione o\u{a0}3\u{a0}dni"
    );
    assert_eq!(
        FollowUp::Upcoming { days: 1 }.text(),
        "sprawdź efekty jutro"
    );
    assert_eq!(
        FollowUp::Upcoming { days: 5 }.text(),
        "sprawdź efekty za 5\u{a0}dni"
    );
    assert_eq!(FollowUp::None.text(), "");
    let mut c = Conversation::new(1, day(20));
    assert_eq!(c.label(), "Rozmowa z\u{a0}20\u{a0}listopada 2026");
    c.goal = "  Żeby Tomek dawał innym dokończyć myśl ".into();
    assert_eq!(
        c.label(),
        "Rozmowa z\u{a0}20\u{a0}listopada 2026: Żeby Tomek dawał innym dokończyć myśl"
    );
    c.goal = "a".repeat(60);
    assert_eq!(
        c.label(),
        format!("Rozmowa z\u{a0}20\u{a0}listopada 2026: {}…", "a".repeat(48))
    );
}

#[test]
fn follow_ups_of_every_mentee_due_first_then_the_ones_coming_soon() {
    let mut anna = FeedbackDoc::default();
    let mut ola = FeedbackDoc::default();
    let a1 = anna.start(day(1));
    let a2 = anna.start(day(2));
    let a3 = anna.start(day(3));
    let o1 = ola.start(day(1));
    let o2 = ola.start(day(4));
    anna.get_mut(a1).unwrap().follow_up = crate::model::date::from_iso("2026-11-29"); // in 2 days
    anna.get_mut(a2).unwrap().follow_up = crate::model::date::from_iso("2026-12-10"); // in 13 days: not yet listed
    anna.get_mut(a3).unwrap().follow_up = crate::model::date::from_iso("2026-11-27"); // today
    ola.get_mut(o1).unwrap().follow_up = crate::model::date::from_iso("2026-11-20"); // 7 days late
    ola.get_mut(o2).unwrap().follow_up = crate::model::date::from_iso("2026-11-28"); // tomorrow, but closed
    ola.get_mut(o2).unwrap().follow_up_closed = Some(day(26));
    let list = follow_ups_across([("Anna", &anna), ("Ola", &ola)], day(27), 7);
    let seen: Vec<(&str, u32, FollowUp)> = list
        .iter()
        .map(|e| (e.who, e.conversation, e.state))
        .collect();
    assert_eq!(
        seen,
        [
            ("Ola", o1, FollowUp::Overdue { days: 7 }),
            ("Anna", a3, FollowUp::DueToday),
            ("Anna", a1, FollowUp::Upcoming { days: 2 }),
        ]
    );
    assert_eq!(list[2].day, day(29));
    assert_eq!(list[0].label, "Rozmowa z\u{a0}1\u{a0}listopada 2026");
    // Only due ones when nothing soon is wanted.
    assert_eq!(
        follow_ups_across([("Anna", &anna), ("Ola", &ola)], day(27), 0).len(),
        2
    );
}

#[test]
fn two_talks_on_one_day_are_told_apart_in_the_list() {
    let mut doc = FeedbackDoc::default();
    let first = doc.start(day(5));
    let second = doc.start(day(5));
    let third = doc.start(day(5));
    doc.get_mut(third).unwrap().goal = "Delegowanie".into();
    let other_day = doc.start(day(6));
    // Newest first, as the list shows them; the later of two alike numbered by age.
    assert_eq!(
        doc.labels(),
        [
            (
                other_day,
                "Rozmowa z\u{a0}6\u{a0}listopada 2026".to_string()
            ),
            (
                third,
                "Rozmowa z\u{a0}5\u{a0}listopada 2026: Delegowanie".to_string()
            ),
            (
                second,
                "Rozmowa z\u{a0}5\u{a0}listopada 2026 (2)".to_string()
            ),
            (first, "Rozmowa z\u{a0}5\u{a0}listopada 2026".to_string()),
        ]
    );
    assert_eq!(
        doc.label_of(second).as_deref(),
        Some("Rozmowa z\u{a0}5\u{a0}listopada 2026 (2)")
    );
    // The start page's follow-ups name it the same way.
    doc.get_mut(second).unwrap().follow_up = Some(day(7));
    let due = follow_ups_across([("Anna", &doc)], day(7), 0);
    assert_eq!(due[0].label, "Rozmowa z\u{a0}5\u{a0}listopada 2026 (2)");
}

#[test]
fn a_listed_feeling_agrees_with_the_mentors_form_however_it_was_picked() {
    // Picked as „zaniepokojony/a” before the mentor chose „poczułam”: the draft agrees.
    let draft = draft_i_message(
        "na spotkaniu z klientem",
        "Tomek przerwał klientowi",
        "zaniepokojony/a",
        "",
        Form::Feminine,
    );
    assert_eq!(
        draft,
        "Kiedy na spotkaniu z klientem Tomek przerwał klientowi, poczułam się zaniepokojona."
    );
    assert_eq!(
        agree_feeling("zaniepokojona", Form::Masculine),
        "zaniepokojony"
    );
    assert_eq!(agree_feeling("Spięty", Form::Feminine), "spięta");
    assert_eq!(agree_feeling("spięty", Form::Both), "spięty/a");
    // Anything else stays as the mentor typed it.
    assert_eq!(
        agree_feeling("trochę niepewnie", Form::Feminine),
        "trochę niepewnie"
    );
}

#[test]
fn day_fields_take_a_day_and_keep_other_text_with_why() {
    let mut c = Conversation::new(1, day(1));
    assert_eq!(
        c.set_typed(ConversationField::When, " 2026-11-27T14:30 "),
        Ok(())
    );
    assert_eq!(c.shown(ConversationField::When), "2026-11-27T14:30");
    assert_eq!(
        c.set_typed(ConversationField::When, "jutro po stand-upie"),
        Err(ConversationError::NotAMoment {
            typed: "jutro po stand-upie".into()
        })
    );
    assert_eq!(c.when, None);
    assert_eq!(c.shown(ConversationField::When), "jutro po stand-upie");
    assert_eq!(
        c.refused.message(ConversationField::When).as_deref(),
        Some(
            "„jutro po stand-upie” to nie dzień i\u{a0}godzina. Wybierz je z\u{a0}kalendarza (RRRR-MM-DD GG:MM)."
        )
    );
    let error = c
        .set_typed(ConversationField::FollowUp, "2026-02-30")
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "„2026-02-30” to nie data. Wybierz dzień z\u{a0}kalendarza (RRRR-MM-DD)."
    );
    // Nothing typed (a half-filled picker gives no text) is not quoted back.
    assert_eq!(
        ConversationError::NotADate {
            typed: String::new()
        }
        .to_string(),
        "Wybierz dzień z\u{a0}kalendarza."
    );
    assert_eq!(
        ConversationError::NotAMoment { typed: " ".into() }.to_string(),
        "Wybierz dzień i\u{a0}godzinę z\u{a0}kalendarza."
    );
    assert_eq!(c.shown(ConversationField::FollowUp), "2026-02-30");
    assert_eq!(c.follow_up_on(day(27)), FollowUp::None);
    // Emptied, the field has no value and no refused text.
    c.set_typed(ConversationField::FollowUp, "").unwrap();
    assert_eq!(c.refused.get(ConversationField::FollowUp), None);
    c.set_typed(ConversationField::When, "2026-11-28T09:00")
        .unwrap();
    assert!(c.refused.is_empty());
}

/// A feedback document saved by schema 1 (its day fields as typed text): the days are
/// values in schema 2, and text that is not one is kept as refused text, never dropped.
#[test]
fn a_feedback_doc_v1_gets_typed_days_and_keeps_text_that_is_no_day() {
    use crate::store::codec::{Decoded, decode, encode};
    let conversation = |id: u32, when: &str, follow_up: &str| {
        serde_json::json!({
            "id": id, "created": "2026-11-20", "ticks": [], "examples": [], "goal": "",
            "intentions": "", "when": when, "place": "", "situation": "", "behavior": "",
            "impact": "", "i_message": "", "facts": "", "interpretation": "",
            "response": "", "future": "", "strengths": "", "steps": [], "support": "",
            "follow_up": follow_up, "progress": "", "follow_up_closed": null
        })
    };
    let v1 = serde_json::json!({
        "conversations": [
            conversation(2, "wczoraj na spotkaniu zespołu", "2026-12-01"),
            conversation(1, "2026-11-21T10:00", "za tydzień"),
        ],
        "next_id": 3
    });
    let migrated = migrate::migrate_feedback_v1(v1.clone()).unwrap();
    let mut expected = v1.clone();
    expected["conversations"][0]["when"] = "".into();
    expected["conversations"][0]["refused"] = serde_json::json!([{
        "field": "When",
        "text": "wczoraj na spotkaniu zespołu",
        "message": "„wczoraj na spotkaniu zespołu” to nie dzień i\u{a0}godzina. Wybierz je z\u{a0}kalendarza (RRRR-MM-DD GG:MM)."
    }]);
    expected["conversations"][1]["follow_up"] = "".into();
    expected["conversations"][1]["refused"] = serde_json::json!([{
        "field": "FollowUp",
        "text": "za tydzień",
        "message": "„za tydzień” to nie data. Wybierz dzień z\u{a0}kalendarza (RRRR-MM-DD)."
    }]);
    assert_eq!(migrated, expected);
    let Decoded::Ready(doc) = decode::<FeedbackDoc>(&format!(r#"{{"schema":1,"data":{v1}}}"#))
    else {
        panic!("feedback v1 must load");
    };
    let (newer, older) = (&doc.conversations[0], &doc.conversations[1]);
    assert_eq!(newer.when, None);
    assert_eq!(
        newer.shown(ConversationField::When),
        "wczoraj na spotkaniu zespołu"
    );
    assert_eq!(
        newer.follow_up,
        Some(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    );
    assert_eq!(older.shown(ConversationField::When), "2026-11-21T10:00");
    assert_eq!(older.follow_up, None);
    assert_eq!(older.shown(ConversationField::FollowUp), "za tydzień");
    let saved = encode(&doc);
    assert!(saved.starts_with(r#"{"schema":2,"#));
    assert_eq!(decode::<FeedbackDoc>(&saved), Decoded::Ready(doc));
}

/// `follow_up_closed` is written only by the app: a day that is not one is refused (the
/// document is set aside whole, as any unreadable one), not silently taken for „not closed”.
#[test]
fn a_closed_day_that_is_no_day_is_refused_not_dropped() {
    let mut c = serde_json::to_value(Conversation::new(1, day(1))).unwrap();
    c["follow_up_closed"] = "kiedyś".into();
    let error = serde_json::from_value::<Conversation>(c.clone()).unwrap_err();
    assert!(
        error.to_string().contains("niepoprawna data „kiedyś”"),
        "{error}"
    );
    c["follow_up_closed"] = "2026-11-30".into();
    let closed: Conversation = serde_json::from_value(c).unwrap();
    assert_eq!(closed.follow_up_closed, Some(day(30)));
}
