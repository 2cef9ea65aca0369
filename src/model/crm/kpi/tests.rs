use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The KPI with this key, evaluated from these texts.
fn evaluate(key: &str, typed: &[&str]) -> Evaluation {
    let kpi = KPIS.iter().find(|k| k.key == key).unwrap();
    kpi.evaluate(|i| typed.get(i).copied().unwrap_or_default().to_string())
}

#[test]
fn formulas_against_hand_computed_cases() {
    assert!(close(cac(50_000.0, 40.0).unwrap(), 1_250.0));
    assert!(close(conversion(200.0, 30.0).unwrap(), 15.0));
    assert!(close(sales_cycle(900.0, 20.0).unwrap(), 45.0));
    // 1000 at the start, 950 at the end of whom 100 are new: 850 kept.
    let (retention, churn) = retention_churn(1000.0, 950.0, 100.0).unwrap();
    assert!(close(retention, 85.0) && close(churn, 15.0));
    assert!(close(clv(200.0, 4.0, 3.0, None).unwrap(), 2_400.0));
    assert!(close(clv(200.0, 4.0, 3.0, Some(25.0)).unwrap(), 600.0));
    // 60 promoters, 25 passives, 15 detractors of 100: NPS 45.
    assert!(close(nps(60.0, 25.0, 15.0).unwrap(), 45.0));
    assert!(close(nps(0.0, 0.0, 10.0).unwrap(), -100.0));
    let (score, n) = nps_from_scores("10 9 8 7 6 0, 10; 9").unwrap();
    assert_eq!(n, 8);
    assert!(close(score, (4.0 - 2.0) / 8.0 * 100.0));
    assert!(close(csat(45.0, 60.0).unwrap(), 75.0));
    assert!(close(average_deal(120_000.0, 8.0).unwrap(), 15_000.0));
    assert!(close(sales_per_rep(1_000_000.0, 4.0).unwrap(), 250_000.0));
    assert!(close(adoption(42.0, 50.0).unwrap(), 84.0));
}

#[test]
fn edge_cases_give_messages_never_nan() {
    assert_eq!(cac(100.0, 0.0), Err(KpiError::Zero(NEW_CUSTOMERS)));
    assert!(conversion(10.0, 11.0).is_err());
    assert!(retention_churn(0.0, 5.0, 1.0).is_err());
    assert!(retention_churn(100.0, 50.0, 60.0).is_err());
    assert!(retention_churn(100.0, 200.0, 10.0).is_err());
    assert!(nps(0.0, 0.0, 0.0).is_err());
    assert!(nps_from_scores("").is_err());
    assert!(nps_from_scores("10 11").is_err());
    assert!(nps_from_scores("dziesięć").is_err());
    assert!(csat(5.0, 4.0).is_err());
    assert!(adoption(51.0, 50.0).is_err());
    assert!(clv(1.0, 1.0, 1.0, Some(120.0)).is_err());
    assert_eq!(
        KpiError::Zero(LICENCES).to_string(),
        "Liczba licencji musi być większa od zera: przez nią dzielimy."
    );
}

#[test]
fn numbers_are_shown_with_a_polish_decimal_comma() {
    assert_eq!(format_number(1250.0, 2).unwrap(), "1\u{a0}250,00");
    assert_eq!(
        format_number(1234567.891, 1).unwrap(),
        "1\u{a0}234\u{a0}567,9"
    );
    assert_eq!(format_number(-100.0, 0).unwrap(), "−100");
    assert_eq!(format_number(45.0, 0).unwrap(), "45");
    assert_eq!(format_number(0.05, 1).unwrap(), "0,1");
    assert_eq!(format_number(999.995, 2).unwrap(), "1\u{a0}000,00");
}

#[test]
fn every_division_refuses_a_zero_divisor() {
    assert_eq!(sales_cycle(120.0, 0.0), Err(KpiError::Zero(CLOSED_DEALS)));
    assert_eq!(average_deal(10_000.0, 0.0), Err(KpiError::Zero(DEALS)));
    assert_eq!(sales_per_rep(10_000.0, 0.0), Err(KpiError::Zero(REPS)));
    assert!(close(sales_cycle(120.0, 4.0).unwrap(), 30.0));
    assert!(close(average_deal(10_000.0, 8.0).unwrap(), 1250.0));
    assert!(close(sales_per_rep(10_000.0, 4.0).unwrap(), 2500.0));
}

#[test]
fn counts_of_people_and_things_must_be_whole() {
    assert_eq!(nps(2.5, 1.0, 1.0), Err(KpiError::NotWhole(PROMOTERS)));
    assert_eq!(conversion(10.5, 2.0), Err(KpiError::NotWhole(LEADS)));
    assert_eq!(adoption(3.0, 7.5), Err(KpiError::NotWhole(LICENCES)));
    assert_eq!(csat(3.5, 7.0), Err(KpiError::NotWhole(SATISFIED)));
    assert_eq!(
        retention_churn(100.0, 90.0, 5.5),
        Err(KpiError::NotWhole(PERIOD_NEW_CUSTOMERS))
    );
    assert_eq!(
        KpiError::NotWhole(LICENCES).to_string(),
        "Liczba licencji musi być liczbą całkowitą (bez przecinka)."
    );
    // Money and days may have fractions.
    assert!(close(cac(1250.5, 2.0).unwrap(), 625.25));
    assert!(close(sales_cycle(10.5, 3.0).unwrap(), 3.5));
}

#[test]
fn a_result_too_large_to_show_exactly_is_refused_not_shown_wrong() {
    let huge = clv(
        999_999_999_999_999.0,
        999_999_999_999_999.0,
        999_999_999_999_999.0,
        None,
    )
    .unwrap();
    assert_eq!(format_number(huge, 2), Err(KpiError::TooLarge));
    assert_eq!(format_number(f64::INFINITY, 0), Err(KpiError::TooLarge));
    assert_eq!(format_number(f64::NAN, 0), Err(KpiError::TooLarge));
    assert_eq!(
        format_number(999_999_999_999_999.0, 0).unwrap(),
        "999\u{a0}999\u{a0}999\u{a0}999\u{a0}999"
    );
    // With decimals the digits run out sooner: no invented „,04” at the end.
    assert_eq!(
        format_number(999_999_999_999_999.0, 2),
        Err(KpiError::TooLarge)
    );
    assert_eq!(
        format_number(12_345_678_901.25, 2).unwrap(),
        "12\u{a0}345\u{a0}678\u{a0}901,25"
    );
    assert_eq!(
        KpiError::TooLarge.to_string(),
        "Wynik jest zbyt duży, by pokazać go dokładnie: sprawdź wpisane liczby."
    );
}

#[test]
fn a_count_with_a_dot_is_not_asked_about_a_fraction_it_cannot_have() {
    // 25 customers as „12.500”: 12,5 customers is no reading, so no question about it.
    let counted = evaluate("cac", &["12\u{a0}500", "12.500"]);
    assert_eq!(
        counted.fields[1],
        Some(KpiError::DottedCount {
            noun: NEW_CUSTOMERS,
            thousands: "12\u{a0}500".into()
        })
    );
    assert_eq!(
        counted.fields[1].as_ref().unwrap().to_string(),
        "Tysiące oddziel spacją: 12\u{a0}500. Liczba nowych klientów nie ma części dziesiętnej."
    );
    assert_eq!(counted.readings(1), None, "no choice offered");
    assert_eq!(
        counted.result,
        Some(Err(KpiError::CheckField(NEW_CUSTOMERS)))
    );
}

#[test]
fn a_dot_before_three_digits_never_silently_becomes_a_decimal() {
    // The case: 12.500 zł for 25 customers must not become 0,50 zł a customer.
    let asked = evaluate("cac", &["12.500", "25"]);
    assert_eq!(
        asked.fields[0],
        Some(KpiError::Ambiguous {
            noun: ACQUISITION_COSTS,
            thousands: "12\u{a0}500".into(),
            decimal: "12,5".into()
        })
    );
    assert_eq!(
        asked.fields[0].as_ref().unwrap().to_string(),
        "Czy chodzi o\u{a0}12\u{a0}500, czy o\u{a0}12,5?"
    );
    assert_eq!(
        asked.result,
        Some(Err(KpiError::CheckField(ACQUISITION_COSTS)))
    );
    assert_eq!(
        asked.result_line(),
        (
            Tone::Waiting,
            "Wynik pojawi się, gdy pole „Koszty pozyskania” będzie poprawne.".to_string()
        )
    );
    assert_eq!(asked.readings(0), Some(("12\u{a0}500", "12,5")));
    assert_eq!(asked.readings(1), None);
    // Either answer rewrites the field to a form read one way only.
    assert_eq!(
        evaluate("cac", &["12\u{a0}500", "25"]).result,
        Some(Ok("500,00\u{a0}zł na klienta".into()))
    );
    assert_eq!(
        evaluate("cac", &["12,5", "25"]).result,
        Some(Ok("0,50\u{a0}zł na klienta".into()))
    );
}

#[test]
fn every_kpi_field_reads_the_polish_forms() {
    for typed in ["1.250,50", "1 250,50", "1\u{a0}250,50", "1\u{202f}250,50"] {
        assert_eq!(
            evaluate("transakcja", &[typed, "2"]).result,
            Some(Ok("625,25\u{a0}zł".into())),
            "{typed:?}"
        );
    }
    assert_eq!(
        evaluate("handlowiec", &["1.250.000", "4"]).result,
        Some(Ok("312\u{a0}500,00\u{a0}zł na osobę".into()))
    );
    assert_eq!(
        evaluate("clv", &["200", "2,5", "3", "25,5"]).result,
        Some(Ok("382,50\u{a0}zł".into()))
    );
    assert_eq!(
        evaluate("retencja", &["1 000", "950", "100"]).result,
        Some(Ok("retencja 85,0% · rezygnacje 15,0%".into()))
    );
    // Every numeric field of every KPI goes through the same reading, ambiguity included: asked
    // about where a fraction can be meant, the thousands' spacing asked for in a count.
    for kpi in KPIS {
        for (i, input) in kpi.inputs.iter().enumerate() {
            if input.kind == InputKind::Scores {
                continue;
            }
            let typed: Vec<&str> = (0..kpi.inputs.len())
                .map(|j| if j == i { "1.250" } else { "" })
                .collect();
            let field = &evaluate(kpi.key, &typed).fields[i];
            assert!(
                if input.kind == InputKind::Count {
                    matches!(field, Some(KpiError::DottedCount { .. }))
                } else {
                    matches!(field, Some(KpiError::Ambiguous { .. }))
                },
                "{} {i}",
                kpi.key
            );
        }
    }
}

#[test]
fn a_bad_field_is_named_at_the_field_and_the_result_waits() {
    let english = evaluate("transakcja", &["1,250.50", "2"]);
    assert_eq!(
        english.fields[0].as_ref().unwrap().to_string(),
        "„1,250.50” to zapis angielski. Po polsku: 1\u{a0}250,50 (przecinek oddziela część dziesiętną)."
    );
    assert_eq!(english.fields[1], None);
    let broken = evaluate("transakcja", &["12..5", "1 2 3,4,5"]);
    assert!(matches!(
        broken.fields[0],
        Some(KpiError::NotANumber {
            error: crate::model::number::NumberError::Grouping,
            ..
        })
    ));
    assert_eq!(
        broken.fields[1].as_ref().unwrap().to_string(),
        "„1 2 3,4,5” to nie liczba. Wpisz np. 1\u{a0}250\u{a0}albo 12,5."
    );
    assert_eq!(
        broken.result.unwrap().unwrap_err().to_string(),
        "Wynik pojawi się, gdy pole „Przychód” będzie poprawne."
    );
    // A zero divisor is that field's problem too, in words that agree with its noun.
    let zero = evaluate("cac", &["50 000", "0"]);
    assert_eq!(
        zero.fields[1].as_ref().unwrap().to_string(),
        "Liczba nowych klientów musi być większa od zera: przez nią dzielimy."
    );
    assert_eq!(zero.fields[0], None);
    // Nothing typed: no result and no marks; one field missing: said in the result only.
    assert_eq!(
        evaluate("cac", &["", ""]),
        Evaluation {
            fields: vec![None, None],
            result: None
        }
    );
    let half = evaluate("cac", &["50 000", ""]);
    assert_eq!(half.fields, vec![None, None]);
    assert_eq!(
        half.result.unwrap().unwrap_err().to_string(),
        "Wpisz: liczba nowych klientów."
    );
    // The optional margin may stay empty.
    assert_eq!(
        evaluate("clv", &["200", "4", "3", ""]).result,
        Some(Ok("2\u{a0}400,00\u{a0}zł".into()))
    );
}

#[test]
fn messages_agree_with_the_gender_of_the_noun() {
    assert_eq!(
        evaluate("transakcja", &["-5", "1"]).fields[0]
            .as_ref()
            .unwrap()
            .to_string(),
        "Przychód nie może być ujemny."
    );
    assert_eq!(
        evaluate("cac", &["−100", "1"]).fields[0]
            .as_ref()
            .unwrap()
            .to_string(),
        "Koszty pozyskania nie mogą być ujemne."
    );
    assert_eq!(
        evaluate("adopcja", &["-1", "5"]).fields[0]
            .as_ref()
            .unwrap()
            .to_string(),
        "Liczba aktywnych użytkowników nie może być ujemna."
    );
    assert_eq!(
        evaluate("nps", &["2,5", "1", "1"]).fields[0]
            .as_ref()
            .unwrap()
            .to_string(),
        "Liczba promotorów musi być liczbą całkowitą (bez przecinka)."
    );
    assert_eq!(
        KpiError::Zero(ACQUISITION_COSTS).to_string(),
        "Koszty pozyskania muszą być większe od zera: przez nie dzielimy."
    );
    assert_eq!(
        KpiError::Zero(REVENUE).to_string(),
        "Przychód musi być większy od zera: przez niego dzielimy."
    );
}

#[test]
fn fields_open_the_keypad_their_numbers_need() {
    let kinds = |key: &str| -> Vec<Option<&str>> {
        KPIS.iter()
            .find(|k| k.key == key)
            .unwrap()
            .inputs
            .iter()
            .map(|i| i.kind.inputmode())
            .collect()
    };
    assert_eq!(kinds("cac"), [Some("decimal"), Some("numeric")]);
    assert_eq!(
        kinds("clv"),
        [
            Some("decimal"),
            Some("decimal"),
            Some("decimal"),
            Some("decimal")
        ]
    );
    assert_eq!(kinds("nps-oceny"), [None]);
    // Keys are unique: inputs are saved under them.
    let mut keys: Vec<&str> = KPIS.iter().map(|k| k.key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), KPIS.len());
}

/// The field's name as its label shows it (before any bracket).
fn shown_name(input: &KpiInput) -> String {
    let label = input.label();
    label.split(" (").next().unwrap_or_default().to_string()
}

#[test]
fn every_field_has_one_name_on_the_form_and_in_every_message() {
    for kpi in KPIS {
        for (i, input) in kpi.inputs.iter().enumerate() {
            if input.kind == InputKind::Scores {
                continue;
            }
            let name = shown_name(input);
            // A negative number: the field's own message, and the result pointing to it.
            let typed: Vec<&str> = (0..kpi.inputs.len())
                .map(|j| if j == i { "-1" } else { "1" })
                .collect();
            let evaluation = evaluate(kpi.key, &typed);
            let at_field = evaluation.fields[i].as_ref().unwrap().to_string();
            assert!(
                at_field.starts_with(&format!("{name} nie ")),
                "{}-{i}: {at_field:?} for the field labelled {:?}",
                kpi.key,
                input.label()
            );
            assert_eq!(
                evaluation.result_line().1,
                format!("Wynik pojawi się, gdy pole „{name}” będzie poprawne."),
                "{}-{i}",
                kpi.key
            );
            // Left empty: the result asks for it by the same name.
            if input.kind != InputKind::Optional {
                let typed: Vec<&str> = (0..kpi.inputs.len())
                    .map(|j| if j == i { "" } else { "1" })
                    .collect();
                assert_eq!(
                    evaluate(kpi.key, &typed).result_line().1,
                    format!("Wpisz: {}.", crate::model::text::lower(&name)),
                    "{}-{i}",
                    kpi.key
                );
            }
        }
    }
}

#[test]
fn the_result_line_says_what_to_do_next() {
    assert_eq!(
        evaluate("cac", &["", ""]).result_line(),
        (
            Tone::Waiting,
            "Wpisz dane, a\u{a0}wynik pojawi się tutaj.".to_string()
        )
    );
    assert_eq!(
        evaluate("cac", &["50 000", "40"]).result_line(),
        (
            Tone::Value,
            "= 1\u{a0}250,00\u{a0}zł na klienta".to_string()
        )
    );
    assert_eq!(
        evaluate("konwersja", &["10", "11"]).result_line(),
        (
            Tone::Problem,
            "Klientów z\u{a0}leadów nie może być więcej niż leadów.".to_string()
        )
    );
}

#[test]
fn an_average_with_a_decimal_takes_the_genitive_singular() {
    // „56,8 dnia”, not „56,8 dni”: a decimal is read „pięćdziesiąt sześć i osiem dziesiątych dnia”.
    assert_eq!(
        evaluate("cykl", &["568", "10"]).result,
        Some(Ok("średnio 56,8\u{a0}dnia".into()))
    );
    assert_eq!(
        evaluate("cykl", &["20", "10"]).result,
        Some(Ok("średnio 2,0\u{a0}dnia".into()))
    );
}
