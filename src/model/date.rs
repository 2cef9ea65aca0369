//! Dates as `YYYY-MM-DD` text, read and written by hand: chrono's general formatter and
//! parser weigh about 10 KiB of wasm, and these few lines are all the app needs.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// `2026-11-27`.
pub fn to_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A date as people in Poland write it in running text: „1 grudnia 2026” (the month in the
/// genitive, no leading zero, U+00A0 after the day). For anything shown to people; ISO stays for storage and files.
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
    // The day is bound to its month: „1 grudnia” never breaks.
    format!(
        "{}\u{a0}{} {}",
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

/// A time of day as `<input type=time>` gives it: `17:00`.
pub fn time_text(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Reads `HH:MM` (`9:05` too, spaces around allowed); `None` for anything else.
pub fn time_from_text(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// A day and time as `<input type=datetime-local>` gives it: `2026-11-27T14:30`.
pub fn moment_text(moment: NaiveDateTime) -> String {
    format!("{}T{}", to_iso(moment.date()), time_text(moment.time()))
}

/// Reads `YYYY-MM-DDTHH:MM` (spaces around allowed); `None` for anything else.
pub fn moment_from_text(text: &str) -> Option<NaiveDateTime> {
    let (day, time) = text.trim().split_once('T')?;
    Some(from_iso(day)?.and_time(time_from_text(time)?))
}

/// Serde for an optional value stored as text: its text, or `""` for none (the shape these
/// fields had as plain text, so links and older documents read the same). Reads `""` (or
/// `null`) as none, and refuses any other text that does not read as a value.
macro_rules! blank_or {
    ($name:ident, $t:ty, $show:path, $read:path, $what:literal) => {
        pub mod $name {
            use serde::{Deserialize, Deserializer, Serializer, de::Error};

            pub fn serialize<S: Serializer>(value: &Option<$t>, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&value.map($show).unwrap_or_default())
            }

            pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<$t>, D::Error> {
                match Option::<String>::deserialize(d)?.as_deref().map(str::trim) {
                    None | Some("") => Ok(None),
                    Some(text) => $read(text)
                        .map(Some)
                        .ok_or_else(|| D::Error::custom(format!(concat!($what, " „{}”"), text))),
                }
            }
        }
    };
}

blank_or!(
    iso_or_blank,
    chrono::NaiveDate,
    super::to_iso,
    super::from_iso,
    "niepoprawna data"
);
blank_or!(
    time_or_blank,
    chrono::NaiveTime,
    super::time_text,
    super::time_from_text,
    "niepoprawna godzina"
);
blank_or!(
    moment_or_blank,
    chrono::NaiveDateTime,
    super::moment_text,
    super::moment_from_text,
    "niepoprawny dzień i godzina"
);

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
        assert_eq!(long(day(2026, 12, 1)), "1\u{a0}grudnia 2026");
        assert_eq!(long(day(2027, 1, 31)), "31\u{a0}stycznia 2027");
        assert_eq!(long(day(2026, 9, 5)), "5\u{a0}września 2026");
        assert_eq!(long(day(2026, 10, 15)), "15\u{a0}października 2026");
    }

    #[test]
    fn times_and_moments_read_as_their_inputs_give_them() {
        let time = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(time_text(time), "09:05");
        assert_eq!(time_from_text(" 9:05 "), Some(time));
        assert_eq!(time_from_text("09:05"), Some(time));
        for text in [
            "", "25:00", "17:60", "17", "17:", ":30", "17:30:00", "+1:30", "17.30",
        ] {
            assert_eq!(time_from_text(text), None, "{text:?}");
        }
        let moment = NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_time(NaiveTime::from_hms_opt(14, 30, 0).unwrap());
        assert_eq!(moment_text(moment), "2026-11-27T14:30");
        assert_eq!(moment_from_text("2026-11-27T14:30"), Some(moment));
        for text in [
            "2026-11-27",
            "wczoraj na spotkaniu",
            "2026-02-30T10:00",
            "T10:00",
        ] {
            assert_eq!(moment_from_text(text), None, "{text:?}");
        }
    }

    #[test]
    fn blank_or_a_value_and_nothing_else() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct Row {
            #[serde(with = "iso_or_blank")]
            day: Option<NaiveDate>,
            #[serde(with = "time_or_blank")]
            time: Option<NaiveTime>,
        }
        let row: Row = serde_json::from_str(r#"{"day":"","time":null}"#).unwrap();
        assert_eq!(
            row,
            Row {
                day: None,
                time: None
            }
        );
        assert_eq!(
            serde_json::to_string(&row).unwrap(),
            r#"{"day":"","time":""}"#
        );
        let row: Row = serde_json::from_str(r#"{"day":"2026-12-01","time":"9:05"}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&row).unwrap(),
            r#"{"day":"2026-12-01","time":"09:05"}"#
        );
        let error = serde_json::from_str::<Row>(r#"{"day":"wczoraj","time":""}"#).unwrap_err();
        assert!(
            error.to_string().contains("niepoprawna data „wczoraj”"),
            "{error}"
        );
        assert!(serde_json::from_str::<Row>(r#"{"day":"","time":"25:00"}"#).is_err());
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
