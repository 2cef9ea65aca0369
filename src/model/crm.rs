//! The CRM strategy tool: a self-assessment of the article's six pillars, its radar chart's
//! geometry, and what was typed into the KPI calculator (the KPIs themselves are in [`kpi`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::crm::PILLARS;
use kpi::{Evaluation, KPIS, Kpi};

/// One assessment of the six pillars: ratings 1–5 (0 = not rated yet) and notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub ratings: Vec<u8>,
    pub notes: Vec<String>,
}

impl Assessment {
    pub fn new(date: NaiveDate) -> Assessment {
        Assessment {
            date,
            ratings: vec![0; PILLARS.len()],
            notes: vec![String::new(); PILLARS.len()],
        }
    }

    pub fn rating(&self, pillar: usize) -> u8 {
        self.ratings.get(pillar).copied().unwrap_or(0).min(5)
    }

    pub fn is_complete(&self) -> bool {
        (0..PILLARS.len()).all(|p| self.rating(p) > 0)
    }

    /// Pillars with the lowest rating (all of them when tied), in the article's order.
    pub fn weakest(&self) -> Vec<usize> {
        let rated: Vec<usize> = (0..PILLARS.len()).filter(|p| self.rating(*p) > 0).collect();
        let Some(lowest) = rated.iter().map(|p| self.rating(*p)).min() else {
            return Vec::new();
        };
        if lowest == 5 {
            return Vec::new();
        }
        rated
            .into_iter()
            .filter(|p| self.rating(*p) == lowest)
            .collect()
    }

    /// The heading above [`Self::weakest`]: „Najsłabszy filar” above one, „Najsłabsze filary”
    /// above more.
    pub fn weakest_heading(count: usize) -> &'static str {
        if count == 1 {
            "Najsłabszy filar: co rozważyć według artykułu"
        } else {
            "Najsłabsze filary: co rozważyć według artykułu"
        }
    }

    /// The average rating as written in Polish, with a decimal comma („3,7”).
    pub fn average_text(&self) -> Option<String> {
        self.average_tenths()
            .map(|t| format!("{},{}", t / 10, t % 10))
    }

    /// Average rating in tenths (37 = 3.7), over rated pillars.
    pub fn average_tenths(&self) -> Option<u32> {
        let rated: Vec<u32> = (0..PILLARS.len())
            .map(|p| u32::from(self.rating(p)))
            .filter(|r| *r > 0)
            .collect();
        (!rated.is_empty())
            .then(|| (rated.iter().sum::<u32>() * 10 + rated.len() as u32 / 2) / rated.len() as u32)
    }
}

/// The tool's document for one mentee: the assessment being filled in, the saved ones, and
/// what was typed into the KPI calculator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CrmDoc {
    pub draft: Option<Assessment>,
    /// Saved assessments, newest first.
    pub history: Vec<Assessment>,
    /// KPI inputs as typed, by [`Kpi::input_key`].
    #[serde(default)]
    pub kpi_inputs: std::collections::BTreeMap<String, String>,
}

impl CrmDoc {
    /// What is typed in input `index` of `kpi` (empty if nothing).
    pub fn kpi_text(&self, kpi: &Kpi, index: usize) -> &str {
        self.kpi_inputs
            .get(&kpi.input_key(index))
            .map_or("", String::as_str)
    }

    pub fn set_kpi_text(&mut self, kpi: &Kpi, index: usize, text: String) {
        self.kpi_inputs.insert(kpi.input_key(index), text);
    }

    /// `kpi` read from what is typed for it.
    pub fn evaluate(&self, kpi: &Kpi) -> Evaluation {
        kpi.evaluate(|index| self.kpi_text(kpi, index).to_string())
    }

    /// The KPIs that have a result, with it, for the report.
    pub fn kpi_results(&self) -> Vec<(&'static str, String)> {
        KPIS.iter()
            .filter_map(|kpi| match self.evaluate(kpi).result {
                Some(Ok(result)) => Some((kpi.title, result)),
                _ => None,
            })
            .collect()
    }

    /// Changes the assessment being filled in (a fresh one if there is none), dated the day
    /// of the change.
    pub fn edit_draft(&mut self, today: NaiveDate, change: impl FnOnce(&mut Assessment)) {
        let draft = self.draft.get_or_insert_with(|| Assessment::new(today));
        change(draft);
        draft.date = today;
    }

    /// Saves the draft into the history, dated `today`, newest first. Saving again on the
    /// same day updates that day's entry instead of adding a second one; `Ok(true)` says so.
    pub fn save_draft(&mut self, today: NaiveDate) -> Result<bool, &'static str> {
        let Some(draft) = self.draft.as_mut().filter(|d| d.is_complete()) else {
            return Err("Oceń wszystkie sześć filarów, zanim zapiszesz.");
        };
        draft.date = today;
        let saved = draft.clone();
        match self.history.first_mut() {
            Some(latest) if latest.date == today => {
                *latest = saved;
                Ok(true)
            }
            _ => {
                self.history.insert(0, saved);
                Ok(false)
            }
        }
    }
}

/// Corners of the radar polygon for `ratings` (1–5 each; 0 sits at the centre), starting at
/// the top and going clockwise, in whole SVG units.
pub fn radar_points(ratings: &[u8], centre: (i32, i32), radius: i32) -> Vec<(i32, i32)> {
    let n = ratings.len().max(1);
    ratings
        .iter()
        .enumerate()
        .map(|(i, rating)| {
            let (sin, cos) = sin_cos_turns(i as f64 / n as f64);
            let length = f64::from(radius) * f64::from((*rating).min(5)) / 5.0;
            (
                centre.0 + (length * sin).round() as i32,
                centre.1 - (length * cos).round() as i32,
            )
        })
        .collect()
}

/// Sine and cosine of an angle given in full turns, by a short series after reducing to
/// within an eighth of a turn; accurate to about 1e-9. The chart needs nothing finer, and
/// the wasm build is spared the general-purpose trigonometry (several KiB).
pub fn sin_cos_turns(turns: f64) -> (f64, f64) {
    let quarters = (turns * 4.0).round();
    let x = (turns * 4.0 - quarters) * std::f64::consts::FRAC_PI_2;
    let x2 = x * x;
    let sin = x
        * (1.0
            - x2 / 6.0
                * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))));
    let cos = 1.0
        - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0 * (1.0 - x2 / 90.0))));
    match (quarters as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// `x,y x,y …` for an SVG `points` attribute.
pub fn points_attr(points: &[(i32, i32)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

pub mod kpi;

#[cfg(test)]
mod tests;
