//! The CRM strategy tool: a self-assessment of the article's six pillars, its radar chart's
//! geometry, and the KPI formulas the article names, with errors instead of NaN.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::crm::PILLARS;

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
    /// KPI inputs as typed, by field key.
    #[serde(default)]
    pub kpi_inputs: std::collections::BTreeMap<String, String>,
}

impl CrmDoc {
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

/// Why a KPI cannot be computed; `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KpiError {
    Missing(&'static str),
    NotANumber(&'static str),
    Negative(&'static str),
    Zero(&'static str),
    /// A count (customers, answers, licences) with a fraction.
    NotWhole(&'static str),
    /// A result too large to show exactly.
    TooLarge,
    Impossible(String),
}

impl fmt::Display for KpiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KpiError::Missing(field) => write!(f, "Wpisz: {field}."),
            KpiError::NotANumber(field) => {
                write!(f, "„{field}” to nie liczba (np. 1250 albo 12,5).")
            }
            KpiError::Negative(field) => write!(f, "{field}: wartość nie może być ujemna."),
            KpiError::Zero(field) => write!(
                f,
                "{field}: musi być większe od zera (dzielimy przez tę liczbę)."
            ),
            KpiError::NotWhole(field) => write!(f, "{field}: wpisz liczbę całkowitą."),
            KpiError::TooLarge => f.write_str(
                "Wynik jest zbyt duży, by pokazać go dokładnie: sprawdź wpisane liczby.",
            ),
            KpiError::Impossible(message) => f.write_str(message),
        }
    }
}

/// Reads a number as people type it: `1 250`, `1250,5`, `1250.5`. No exponents, no NaN.
pub fn parse_number(text: &str, field: &'static str) -> Result<f64, KpiError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        return Err(KpiError::Missing(field));
    }
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = match digits.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let valid = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !valid(whole)
        || !valid(fraction)
        || whole.len() > 15
        || fraction.len() > 6
    {
        return Err(KpiError::NotANumber(field));
    }
    let mut value = 0.0;
    for c in whole.chars() {
        value = value * 10.0 + f64::from(c as u8 - b'0');
    }
    let mut scale = 0.1;
    for c in fraction.chars() {
        value += f64::from(c as u8 - b'0') * scale;
        scale /= 10.0;
    }
    if negative && value > 0.0 {
        return Err(KpiError::Negative(field));
    }
    Ok(value)
}

/// A count of people or things: a whole number.
fn whole(value: f64, field: &'static str) -> Result<f64, KpiError> {
    if value.fract() == 0.0 {
        Ok(value)
    } else {
        Err(KpiError::NotWhole(field))
    }
}

/// A count that is divided by: whole and above zero.
fn positive_count(value: f64, field: &'static str) -> Result<f64, KpiError> {
    positive(whole(value, field)?, field)
}

fn positive(value: f64, field: &'static str) -> Result<f64, KpiError> {
    if value <= 0.0 {
        Err(KpiError::Zero(field))
    } else {
        Ok(value)
    }
}

/// Customer acquisition cost: acquisition spend / new customers.
pub fn cac(spend: f64, new_customers: f64) -> Result<f64, KpiError> {
    Ok(spend / positive_count(new_customers, "Liczba nowych klientów")?)
}

/// Lead-to-customer conversion, %.
pub fn conversion(leads: f64, customers: f64) -> Result<f64, KpiError> {
    let leads = positive_count(leads, "Liczba leadów")?;
    let customers = whole(customers, "Klienci z tych leadów")?;
    if customers > leads {
        return Err(KpiError::Impossible(
            "Klientów z leadów nie może być więcej niż leadów.".into(),
        ));
    }
    Ok(customers / leads * 100.0)
}

/// Average sales cycle in days: total days of closed deals / number of deals.
pub fn sales_cycle(total_days: f64, deals: f64) -> Result<f64, KpiError> {
    Ok(total_days / positive_count(deals, "Liczba zamkniętych transakcji")?)
}

/// Retention and churn over a period, %: ((end − new) / start, lost / start).
pub fn retention_churn(start: f64, end: f64, new: f64) -> Result<(f64, f64), KpiError> {
    let start = positive_count(start, "Klienci na początku okresu")?;
    let kept = whole(end, "Klienci na końcu okresu")? - whole(new, "Nowi klienci w okresie")?;
    if kept < 0.0 {
        return Err(KpiError::Impossible(
            "Nowych klientów nie może być więcej niż klientów na końcu okresu.".into(),
        ));
    }
    if kept > start {
        return Err(KpiError::Impossible(
            "Z początkowych klientów nie może zostać więcej, niż ich było: sprawdź liczby.".into(),
        ));
    }
    let retention = kept / start * 100.0;
    Ok((retention, 100.0 - retention))
}

/// Customer lifetime value: average order × purchases a year × years; times margin % if given.
pub fn clv(
    order_value: f64,
    per_year: f64,
    years: f64,
    margin_percent: Option<f64>,
) -> Result<f64, KpiError> {
    let value = order_value * per_year * years;
    match margin_percent {
        Some(m) if m > 100.0 => Err(KpiError::Impossible(
            "Marża nie może przekraczać 100%.".into(),
        )),
        Some(m) => Ok(value * m / 100.0),
        None => Ok(value),
    }
}

/// Net Promoter Score from counts of promoters (9–10), passives (7–8) and detractors (0–6).
pub fn nps(promoters: f64, passives: f64, detractors: f64) -> Result<f64, KpiError> {
    let promoters = whole(promoters, "Promotorzy")?;
    let passives = whole(passives, "Neutralni")?;
    let detractors = whole(detractors, "Krytycy")?;
    let total = positive(promoters + passives + detractors, "Liczba odpowiedzi")?;
    Ok((promoters - detractors) / total * 100.0)
}

/// NPS from individual 0–10 scores, typed as a list („10 9 7 3 …”).
pub fn nps_from_scores(text: &str) -> Result<(f64, usize), KpiError> {
    let mut counts = [0.0_f64; 3];
    let mut n = 0;
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
    {
        let score: u8 = token
            .parse()
            .map_err(|_| KpiError::Impossible(format!("„{token}” to nie ocena od 0 do 10.")))?;
        match score {
            9..=10 => counts[0] += 1.0,
            7..=8 => counts[1] += 1.0,
            0..=6 => counts[2] += 1.0,
            _ => {
                return Err(KpiError::Impossible(format!(
                    "„{token}” to nie ocena od 0 do 10."
                )));
            }
        }
        n += 1;
    }
    Ok((nps(counts[0], counts[1], counts[2])?, n))
}

/// Customer satisfaction, %: satisfied answers / all answers.
pub fn csat(satisfied: f64, responses: f64) -> Result<f64, KpiError> {
    let responses = positive_count(responses, "Liczba odpowiedzi")?;
    let satisfied = whole(satisfied, "Zadowoleni")?;
    if satisfied > responses {
        return Err(KpiError::Impossible(
            "Zadowolonych nie może być więcej niż odpowiedzi.".into(),
        ));
    }
    Ok(satisfied / responses * 100.0)
}

/// Average deal value: revenue / deals.
pub fn average_deal(revenue: f64, deals: f64) -> Result<f64, KpiError> {
    Ok(revenue / positive_count(deals, "Liczba transakcji")?)
}

/// Sales per sales rep: revenue / reps.
pub fn sales_per_rep(revenue: f64, reps: f64) -> Result<f64, KpiError> {
    Ok(revenue / positive_count(reps, "Liczba handlowców")?)
}

/// CRM adoption, %: active users / licences.
pub fn adoption(active: f64, licences: f64) -> Result<f64, KpiError> {
    let licences = positive_count(licences, "Liczba licencji")?;
    let active = whole(active, "Aktywni użytkownicy")?;
    if active > licences {
        return Err(KpiError::Impossible(
            "Aktywnych użytkowników nie może być więcej niż licencji.".into(),
        ));
    }
    Ok(active / licences * 100.0)
}

/// A result with `places` decimals and a Polish decimal comma, grouped by spaces
/// (`12 345,6`), without the float formatter. Results too large to show every digit exactly
/// are refused rather than shown wrong.
pub fn format_number(value: f64, places: u32) -> Result<String, KpiError> {
    let scale = 10_i64.pow(places);
    // Beyond 2^53 a float no longer holds every whole number: the last digits would be noise.
    if !value.is_finite() || value.abs() * scale as f64 >= 9_007_199_254_740_992.0 {
        return Err(KpiError::TooLarge);
    }
    let scaled = (value * scale as f64).round() as i64;
    let negative = scaled < 0;
    let scaled = scaled.unsigned_abs();
    let whole = (scaled / scale as u64).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    let sign = if negative { "−" } else { "" };
    Ok(if places == 0 {
        format!("{sign}{grouped}")
    } else {
        format!(
            "{sign}{grouped},{:0width$}",
            scaled % scale as u64,
            width = places as usize
        )
    })
}

#[cfg(test)]
mod tests;
