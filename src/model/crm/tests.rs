use super::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
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
