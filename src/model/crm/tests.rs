use super::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
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
    assert_eq!(
        cac(100.0, 0.0),
        Err(KpiError::Zero("Liczba nowych klientów"))
    );
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
        KpiError::Zero("Liczba licencji").to_string(),
        "Liczba licencji: musi być większe od zera (dzielimy przez tę liczbę)."
    );
}

#[test]
fn numbers_are_read_as_people_type_them() {
    assert!(close(parse_number("1 250", "x").unwrap(), 1250.0));
    assert!(close(parse_number("1250,5", "x").unwrap(), 1250.5));
    assert!(close(parse_number(" 12.25 ", "x").unwrap(), 12.25));
    assert!(close(parse_number("0", "x").unwrap(), 0.0));
    assert_eq!(parse_number("", "Koszt"), Err(KpiError::Missing("Koszt")));
    assert_eq!(
        parse_number("-5", "Koszt"),
        Err(KpiError::Negative("Koszt"))
    );
    for bad in [
        "abc",
        "1e5",
        "NaN",
        "inf",
        "1,2,3",
        ",",
        "12 zł",
        "9".repeat(16).as_str(),
    ] {
        assert!(
            matches!(parse_number(bad, "x"), Err(KpiError::NotANumber(_))),
            "{bad}"
        );
    }
}

#[test]
fn numbers_are_shown_with_a_polish_decimal_comma() {
    assert_eq!(format_number(1250.0, 2).unwrap(), "1 250,00");
    assert_eq!(format_number(1234567.891, 1).unwrap(), "1 234 567,9");
    assert_eq!(format_number(-100.0, 0).unwrap(), "−100");
    assert_eq!(format_number(45.0, 0).unwrap(), "45");
    assert_eq!(format_number(0.05, 1).unwrap(), "0,1");
    assert_eq!(format_number(999.995, 2).unwrap(), "1 000,00");
}

#[test]
fn radar_points_for_known_ratings() {
    // Six axes, radius 100 around (150,150): top, then clockwise every 60°.
    let full = radar_points(&[5; 6], (150, 150), 100);
    assert_eq!(
        full,
        [
            (150, 50),
            (237, 100),
            (237, 200),
            (150, 250),
            (63, 200),
            (63, 100)
        ]
    );
    let mixed = radar_points(&[1, 0, 5, 0, 0, 0], (150, 150), 100);
    assert_eq!(mixed[0], (150, 130));
    assert_eq!(mixed[1], (150, 150), "unrated sits at the centre");
    assert_eq!(mixed[2], (237, 200));
    assert_eq!(points_attr(&mixed[..2]), "150,130 150,150");
}

#[test]
fn weakest_pillars_and_average() {
    let mut a = Assessment::new(day());
    assert!(a.weakest().is_empty());
    assert_eq!(a.average_tenths(), None);
    a.ratings = vec![4, 2, 5, 2, 3, 4];
    assert_eq!(a.weakest(), [1, 3]);
    assert_eq!(a.average_tenths(), Some(33));
    assert!(a.is_complete());
    a.ratings = vec![5; 6];
    assert!(a.weakest().is_empty(), "nothing to improve when all are 5");
    a.ratings = vec![3, 0, 0, 0, 0, 0];
    assert_eq!(a.weakest(), [0]);
    assert!(!a.is_complete());
    let doc = CrmDoc {
        draft: Some(a.clone()),
        history: vec![a.clone()],
        ..CrmDoc::default()
    };
    let json = serde_json::to_string(&doc).unwrap();
    assert_eq!(serde_json::from_str::<CrmDoc>(&json).unwrap().history[0], a);
}

#[test]
fn the_series_sine_and_cosine_match_the_library_ones() {
    for step in -2000..=2000 {
        let turns = f64::from(step) / 997.0;
        let angle = std::f64::consts::TAU * turns;
        let (sin, cos) = sin_cos_turns(turns);
        assert!((sin - angle.sin()).abs() < 1e-9, "sin at {turns}");
        assert!((cos - angle.cos()).abs() < 1e-9, "cos at {turns}");
    }
    assert_eq!(sin_cos_turns(0.0), (0.0, 1.0));
}

#[test]
fn every_division_refuses_a_zero_divisor() {
    assert_eq!(
        sales_cycle(120.0, 0.0),
        Err(KpiError::Zero("Liczba zamkniętych transakcji"))
    );
    assert_eq!(
        average_deal(10_000.0, 0.0),
        Err(KpiError::Zero("Liczba transakcji"))
    );
    assert_eq!(
        sales_per_rep(10_000.0, 0.0),
        Err(KpiError::Zero("Liczba handlowców"))
    );
    assert!(close(sales_cycle(120.0, 4.0).unwrap(), 30.0));
    assert!(close(average_deal(10_000.0, 8.0).unwrap(), 1250.0));
    assert!(close(sales_per_rep(10_000.0, 4.0).unwrap(), 2500.0));
}

#[test]
fn counts_of_people_and_things_must_be_whole() {
    assert_eq!(nps(2.5, 1.0, 1.0), Err(KpiError::NotWhole("Promotorzy")));
    assert_eq!(
        conversion(10.5, 2.0),
        Err(KpiError::NotWhole("Liczba leadów"))
    );
    assert_eq!(
        adoption(3.0, 7.5),
        Err(KpiError::NotWhole("Liczba licencji"))
    );
    assert_eq!(csat(3.5, 7.0), Err(KpiError::NotWhole("Zadowoleni")));
    assert_eq!(
        retention_churn(100.0, 90.0, 5.5),
        Err(KpiError::NotWhole("Nowi klienci w okresie"))
    );
    assert_eq!(
        KpiError::NotWhole("Liczba licencji").to_string(),
        "Liczba licencji: wpisz liczbę całkowitą."
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
        "999 999 999 999 999"
    );
    // With decimals the digits run out sooner: no invented „,04” at the end.
    assert_eq!(
        format_number(999_999_999_999_999.0, 2),
        Err(KpiError::TooLarge)
    );
    assert_eq!(
        format_number(12_345_678_901.25, 2).unwrap(),
        "12 345 678 901,25"
    );
    assert_eq!(
        KpiError::TooLarge.to_string(),
        "Wynik jest zbyt duży, by pokazać go dokładnie: sprawdź wpisane liczby."
    );
}

#[test]
fn saving_dates_the_assessment_today_and_a_same_day_save_updates_it() {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut doc = CrmDoc::default();
    assert_eq!(
        doc.save_draft(day(1)),
        Err("Oceń wszystkie sześć filarów, zanim zapiszesz.")
    );
    doc.edit_draft(day(1), |a| a.ratings = vec![3; 5]);
    assert_eq!(doc.draft.as_ref().unwrap().date, day(1));
    assert!(doc.save_draft(day(1)).is_err(), "five of six rated");
    doc.edit_draft(day(2), |a| a.ratings = vec![3; 6]);
    assert_eq!(doc.save_draft(day(20)), Ok(false));
    assert_eq!(
        doc.draft.as_ref().unwrap().date,
        day(20),
        "the report shows the save date"
    );
    assert_eq!(doc.history.len(), 1);
    assert_eq!(doc.history[0].date, day(20));
    doc.edit_draft(day(20), |a| a.ratings[0] = 5);
    assert_eq!(doc.save_draft(day(20)), Ok(true));
    assert_eq!(doc.history.len(), 1, "no duplicate for the same day");
    assert_eq!(doc.history[0].ratings[0], 5);
    doc.edit_draft(day(27), |a| a.ratings[1] = 1);
    assert_eq!(doc.save_draft(day(27)), Ok(false));
    assert_eq!(
        doc.history.iter().map(|a| a.date).collect::<Vec<_>>(),
        [day(27), day(20)]
    );
    assert_eq!(
        doc.history[1].ratings[1], 3,
        "earlier entries keep their values"
    );
}
