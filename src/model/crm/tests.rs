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
fn the_weakest_heading_agrees_with_how_many_pillars_it_names() {
    assert_eq!(
        Assessment::weakest_heading(1),
        "Najsłabszy filar: co rozważyć według artykułu"
    );
    for many in [2, 3, 6] {
        assert_eq!(
            Assessment::weakest_heading(many),
            "Najsłabsze filary: co rozważyć według artykułu"
        );
    }
}

#[test]
fn weakest_pillars_and_average() {
    let mut a = Assessment::new(day());
    assert!(a.weakest().is_empty());
    assert_eq!(a.average_tenths(), None);
    assert_eq!(a.average_text(), None);
    a.ratings = vec![4, 2, 5, 2, 3, 4];
    assert_eq!(a.weakest(), [1, 3]);
    assert_eq!(a.average_tenths(), Some(33));
    assert_eq!(a.average_text().as_deref(), Some("3,3"));
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

/// A CRM document as builds since the KPI calculator saved it (the `data` of its storage entry).
const SAVED: &str = include_str!("../../../tests/fixtures/crm-kpi-inputs.json");

#[test]
fn saved_kpi_inputs_keep_their_keys_and_still_load() {
    // The keys are a stored format: what a mentor typed is found again only under them.
    let keys: Vec<String> = KPIS
        .iter()
        .flat_map(|kpi| (0..kpi.inputs.len()).map(|i| kpi.input_key(i)))
        .collect();
    assert_eq!(
        keys,
        [
            "cac-0",
            "cac-1",
            "konwersja-0",
            "konwersja-1",
            "cykl-0",
            "cykl-1",
            "retencja-0",
            "retencja-1",
            "retencja-2",
            "clv-0",
            "clv-1",
            "clv-2",
            "clv-3",
            "nps-0",
            "nps-1",
            "nps-2",
            "nps-oceny-0",
            "csat-0",
            "csat-1",
            "transakcja-0",
            "transakcja-1",
            "handlowiec-0",
            "handlowiec-1",
            "adopcja-0",
            "adopcja-1",
        ]
    );
    let doc: CrmDoc = serde_json::from_str(SAVED).unwrap();
    let by_key = |key: &str| KPIS.iter().find(|kpi| kpi.key == key).unwrap();
    assert_eq!(doc.kpi_text(by_key("cac"), 0), "50 000");
    assert_eq!(
        doc.kpi_results(),
        [
            (
                "Koszt pozyskania klienta (CAC)",
                "1\u{a0}250,00\u{a0}zł na klienta".to_string()
            ),
            ("Konwersja leadów na klientów", "15,0%".to_string()),
            ("Czas cyklu sprzedaży", "średnio 45,0\u{a0}dnia".to_string()),
            (
                "Retencja i\u{a0}rezygnacje (churn) w\u{a0}okresie",
                "retencja 85,0% · rezygnacje 15,0%".to_string()
            ),
            (
                "Wartość życiowa klienta (CLV)",
                "600,00\u{a0}zł".to_string()
            ),
            ("NPS (Net Promoter Score)", "NPS 45".to_string()),
            (
                "NPS z\u{a0}pojedynczych ocen 0–10",
                "NPS 25 z\u{a0}8\u{a0}ocen".to_string()
            ),
            ("CSAT (zadowolenie klientów)", "75,0%".to_string()),
            ("Średnia wartość transakcji", "625,25\u{a0}zł".to_string()),
            (
                "Sprzedaż na handlowca",
                "250\u{a0}000,00\u{a0}zł na osobę".to_string()
            ),
            ("Adopcja systemu CRM", "84,0%".to_string()),
        ]
    );
    assert_eq!(doc.draft.as_ref().unwrap().ratings, [3, 2, 4, 0, 0, 0]);
    // What is typed now is saved under the same keys, and nothing else is written.
    let mut edited = doc.clone();
    edited.set_kpi_text(by_key("nps"), 2, "20".into());
    assert_eq!(edited.kpi_inputs["nps-2"], "20");
    assert_eq!(edited.kpi_inputs.len(), doc.kpi_inputs.len());
    let round_trip: CrmDoc = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert_eq!(round_trip, doc);
}
