//! Dates as `YYYY-MM-DD` text, read and written by hand: chrono's general formatter and
//! parser weigh about 10 KiB of wasm, and these few lines are all the app needs.

use chrono::{Datelike, NaiveDate};

/// `2026-11-27`.
pub fn to_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A date as people in Poland write it in running text: „1 grudnia 2026” (the month in the
/// genitive, no leading zero). For anything shown to people; ISO stays for storage and files.
pub fn long(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ];
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// Reads `YYYY-MM-DD`; `None` for anything else, including impossible dates (2026-02-30).
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// `#[serde(with = "crate::model::date::iso")]` for `NaiveDate` fields.
pub mod iso {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::to_iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::from_iso(&text).ok_or_else(|| D::Error::custom(format!("niepoprawna data „{text}”")))
    }
}

/// `#[serde(with = "crate::model::date::optional_iso")]` for `Option<NaiveDate>` fields
/// (`null` when there is none).
pub mod optional_iso {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_some(&super::to_iso(*date)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            Some(text) => super::from_iso(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("niepoprawna data „{text}”"))),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_pads() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(to_iso(date), "2026-03-07");
        assert_eq!(from_iso("2026-03-07"), Some(date));
        let leap = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(from_iso(&to_iso(leap)), Some(leap));
    }

    #[test]
    fn long_dates_read_as_in_polish_text() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(long(day(2026, 12, 1)), "1 grudnia 2026");
        assert_eq!(long(day(2027, 1, 31)), "31 stycznia 2027");
        assert_eq!(long(day(2026, 9, 5)), "5 września 2026");
        assert_eq!(long(day(2026, 10, 15)), "15 października 2026");
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for text in [
            "",
            "2026-3-07",
            "2026/03/07",
            "2026-02-30",
            "2027-02-29",
            "20x6-01-01",
            "2026-01-01T",
            "+026-01-01",
        ] {
            assert_eq!(from_iso(text), None, "{text:?}");
        }
    }
}
