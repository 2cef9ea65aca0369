//! How documents look in storage: `{"schema": N, "data": …}`, and how older schemas are brought
//! up to date. Pure functions, tested natively on fixture JSON.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

/// A value read from one storage entry. The ones the app writes are also `Serialize`; a type
/// that reads only part of an entry (see [`crate::model::agenda_doc::RunningMeeting`]) is not,
/// so it can never be written over the whole.
pub trait Document: DeserializeOwned {
    /// Schema version this build writes. Bump it and add a step to [`Document::migrate`]
    /// whenever the saved shape changes.
    const SCHEMA: u32;

    /// The oldest schema whose data already reads as this build's shape (what changed since
    /// only added something with a default). Such data is parsed directly, with no
    /// [`Document::migrate`] step: types the shell reads carry no migration code.
    const READS_AS_IS_FROM: u32 = Self::SCHEMA;

    /// Whether this reading opens a document in the packed form ([`super::packed`]). The
    /// shell's readings (the roster, the running meeting, the names on a contract) say no:
    /// what they read is never packed when they read it ([`super::backup::packed_keys`] leaves
    /// the active mentee and a running meeting alone), and the inflater stays out of the shell.
    /// Such a reading gets [`Decoded::Packed`], which is neither broken nor protected.
    const OPENS_PACKED: bool = true;

    /// Turns `data` saved with schema `from` into schema `from + 1`. Only called for
    /// `from < SCHEMA`. The default knows no older schema.
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        let _ = data;
        Err(format!("nieznana wersja schematu {from}"))
    }
}

/// What reading one stored entry gave.
#[derive(Debug, PartialEq)]
pub enum Decoded<T> {
    Ready(T),
    /// Not JSON, not an envelope, or not the expected shape: the text is kept aside.
    Corrupt(String),
    /// Written by a newer build: must never be overwritten by this one.
    Newer {
        found: u32,
    },
    /// In the packed form, and this reading does not open it ([`Document::OPENS_PACKED`]).
    Packed,
}

/// The stored text of a document. Written directly (not through `serde_json::Value`) so the
/// wasm holds one serialisation path per document type.
pub fn encode<T: Document + Serialize>(document: &T) -> String {
    let data = serde_json::to_string(document).unwrap_or_else(|_| "null".to_string());
    format!("{{\"schema\":{},\"data\":{data}}}", T::SCHEMA)
}

#[derive(Deserialize)]
struct Envelope<'a> {
    schema: Option<u64>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
    /// The data in the packed form ([`super::packed`]); then `data` is a placeholder.
    #[serde(borrow, default)]
    z: Option<std::borrow::Cow<'a, str>>,
    /// The document's own schema, when packed (`schema` is then [`PACKED_SCHEMA`]).
    #[serde(default)]
    s: Option<u64>,
}

/// The `schema` a packed document shows to whoever does not know the form: above any schema a
/// document type will ever have, so builds before the form take it for a newer version's data
/// and leave it alone (they check `data` first, so it has a placeholder `0`), instead of
/// setting it aside as unreadable.
pub const PACKED_SCHEMA: u64 = 1000;

/// The same document in the packed form, `{"schema":1000,"data":0,"s":N,"z":"…"}` (see
/// [`super::packed`] and [`PACKED_SCHEMA`]), from its stored text; `None` when `raw` is not a
/// plain stored document.
pub fn pack(raw: &str) -> Option<String> {
    let envelope: Envelope = serde_json::from_str(raw).ok()?;
    if envelope.z.is_some() {
        return None;
    }
    let schema = envelope.schema.filter(|schema| *schema < PACKED_SCHEMA)?;
    let packed = super::packed::pack(envelope.data?.get());
    // The packed alphabet needs no escaping in JSON.
    Some(format!(
        "{{\"schema\":{PACKED_SCHEMA},\"data\":0,\"s\":{schema},\"z\":\"{packed}\"}}"
    ))
}

/// The text of a stored document's data, opened from the packed form if it is packed; `None`
/// when it is not a stored document or does not open.
pub fn data_text(raw: &str) -> Option<String> {
    let envelope: Envelope = serde_json::from_str(raw).ok()?;
    match (envelope.z, envelope.data) {
        (Some(packed), _) => super::packed::unpack(&packed).ok(),
        (None, Some(data)) => Some(data.get().to_string()),
        (None, None) => None,
    }
}

/// Whether two stored texts hold the same data: the same text, or plain texts whose data is
/// the same. A packed text is never opened here (this runs in the shell, which carries no
/// inflater) and compares as different: the caller then takes the careful path (another
/// tab's write wins, ours is offered to download), never a lost one.
pub fn same_data(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let plain = |raw: &str| -> Option<String> {
        let envelope: Envelope = serde_json::from_str(raw).ok()?;
        if envelope.z.is_some() {
            return None;
        }
        envelope.data.map(|data| data.get().to_string())
    };
    matches!((plain(a), plain(b)), (Some(x), Some(y)) if x == y)
}

/// Whether a stored text is in the packed form: read as the decoder reads it (any order of
/// members, any spacing), so nothing packed passes for plain.
pub fn is_packed(raw: &str) -> bool {
    serde_json::from_str::<Envelope>(raw).is_ok_and(|envelope| envelope.z.is_some())
}

pub fn decode<T: Document>(raw: &str) -> Decoded<T> {
    let envelope: Envelope = match serde_json::from_str(raw) {
        Ok(envelope) => envelope,
        Err(error) => {
            return Decoded::Corrupt(format!("to nie jest poprawny zapis JSON ({error})"));
        }
    };
    // A packed document carries its own schema in `s`.
    let schema = match (&envelope.z, envelope.s) {
        (Some(_), Some(schema)) => schema,
        (Some(_), None) => return Decoded::Corrupt("brak numeru wersji schematu".to_string()),
        (None, _) => match envelope.schema {
            Some(schema) => schema,
            None => return Decoded::Corrupt("brak numeru wersji schematu".to_string()),
        },
    };
    let Ok(schema) = u32::try_from(schema) else {
        return Decoded::Newer { found: u32::MAX };
    };
    if schema > T::SCHEMA {
        return Decoded::Newer { found: schema };
    }
    if schema == 0 {
        return Decoded::Corrupt("wersja schematu 0 nie istnieje".to_string());
    }
    let unpacked;
    let data = match (envelope.z, envelope.data) {
        (Some(_), _) if !T::OPENS_PACKED => return Decoded::Packed,
        (Some(packed), _) => match super::packed::unpack(&packed) {
            Ok(text) => {
                unpacked = text;
                unpacked.as_str()
            }
            Err(reason) => return Decoded::Corrupt(reason),
        },
        (None, Some(data)) => data.get(),
        (None, None) => return Decoded::Corrupt("brak danych w zapisie".to_string()),
    };
    // `T::READS_AS_IS_FROM > 1` is known at compile time: document types that never changed
    // shape carry no migration code (and no `serde_json::Value`) in the wasm.
    if T::READS_AS_IS_FROM > 1 && schema < T::READS_AS_IS_FROM {
        return match migrate::<T>(schema, data) {
            Ok(text) => parse(&text),
            Err(reason) => Decoded::Corrupt(reason),
        };
    }
    parse(data)
}

fn parse<T: Document>(text: &str) -> Decoded<T> {
    match serde_json::from_str(text) {
        Ok(document) => Decoded::Ready(document),
        Err(error) => Decoded::Corrupt(format!("nieoczekiwany kształt danych ({error})")),
    }
}

/// Runs the migration steps from `schema` up to the first schema that reads as it is, and
/// gives the text to parse.
fn migrate<T: Document>(schema: u32, text: &str) -> Result<String, String> {
    let mut value: Value =
        serde_json::from_str(text).map_err(|error| format!("nieczytelne dane ({error})"))?;
    for from in schema..T::READS_AS_IS_FROM {
        value = T::migrate(from, value)?;
    }
    // Back to text, so each document type is only ever read from text.
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::mentees::Roster;

    const ROSTER_V1: &str = include_str!("../../tests/fixtures/store/roster-v1.json");
    const ROSTER_NEWER: &str = include_str!("../../tests/fixtures/store/roster-newer.json");
    const ROSTER_TRUNCATED: &str = include_str!("../../tests/fixtures/store/roster-truncated.json");
    const NOTE_V1: &str = include_str!("../../tests/fixtures/store/note-v1.json");

    /// A document with a history of two schema changes, to exercise the migration chain.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        title: String,
        tags: Vec<String>,
        pinned: bool,
    }

    impl Document for Note {
        const SCHEMA: u32 = 3;
        fn migrate(from: u32, mut data: Value) -> Result<Value, String> {
            match from {
                // v1 had one `tag` string; v2 has a `tags` list.
                1 => {
                    let tag = data.get("tag").and_then(Value::as_str).map(str::to_string);
                    data["tags"] = serde_json::json!(tag.into_iter().collect::<Vec<_>>());
                    Ok(data)
                }
                // v3 adds `pinned`, false for everything saved before.
                2 => {
                    data["pinned"] = Value::Bool(false);
                    Ok(data)
                }
                _ => Err(format!("nieznana wersja schematu {from}")),
            }
        }
    }

    #[test]
    fn current_schema_round_trips() {
        let note = Note {
            title: "Zażółć gęślą jaźń".into(),
            tags: vec!["a".into()],
            pinned: true,
        };
        let raw = encode(&note);
        assert!(raw.starts_with(r#"{"schema":3,"data":{"#), "{raw}");
        assert_eq!(decode::<Note>(&raw), Decoded::Ready(note));
    }

    #[test]
    fn v1_fixture_is_migrated_step_by_step() {
        let decoded = decode::<Note>(NOTE_V1);
        assert_eq!(
            decoded,
            Decoded::Ready(Note {
                title: "Pierwsze spotkanie".into(),
                tags: vec!["relacja".into()],
                pinned: false,
            })
        );
    }

    #[test]
    fn roster_v1_fixture_loads() {
        let Decoded::Ready(roster) = decode::<Roster>(ROSTER_V1) else {
            panic!("roster v1 must load");
        };
        assert_eq!(roster.mentees().len(), 2);
        assert_eq!(roster.active().name, "Anna Kowalska");
        // Schema 1 knew no archive: everyone is in the everyday list.
        assert_eq!(roster.current().len(), 2);
        assert!(roster.archived().is_empty());
        let saved = encode(&roster);
        assert!(saved.starts_with(r#"{"schema":2,"#), "{saved}");
        assert_eq!(decode::<Roster>(&saved), Decoded::Ready(roster));
    }

    #[test]
    fn newer_schema_is_reported_not_decoded() {
        assert_eq!(decode::<Roster>(ROSTER_NEWER), Decoded::Newer { found: 7 });
        assert_eq!(
            decode::<Roster>(r#"{"schema": 99999999999, "data": {}}"#),
            Decoded::Newer { found: u32::MAX }
        );
    }

    #[test]
    fn broken_text_is_corrupt_with_a_reason() {
        for raw in [
            ROSTER_TRUNCATED,
            "",
            "null",
            "[]",
            r#"{"data": {}}"#,
            r#"{"schema": 1}"#,
            r#"{"schema": 0, "data": {}}"#,
            r#"{"schema": "1", "data": {}}"#,
            r#"{"schema": 1, "data": {"mentees": "nie lista"}}"#,
        ] {
            match decode::<Roster>(raw) {
                Decoded::Corrupt(reason) => assert!(!reason.is_empty()),
                other => panic!("{raw:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn a_packed_document_reads_as_the_plain_one_and_migrates_the_same() {
        let plain = encode(&Note {
            title: "Zażółć gęślą jaźń".into(),
            tags: vec!["a".into()],
            pinned: true,
        });
        let packed = pack(&plain).expect("a stored document packs");
        assert!(is_packed(&packed) && !is_packed(&plain), "{packed}");
        assert_eq!(decode::<Note>(&packed), decode::<Note>(&plain));
        // Schema 1, packed, goes through the same migration steps.
        let old = pack(NOTE_V1).unwrap();
        assert!(
            old.starts_with(r#"{"schema":1000,"data":0,"s":1,"z":""#),
            "{old}"
        );
        assert_eq!(decode::<Note>(&old), decode::<Note>(NOTE_V1));
        // A newer schema is protected packed or not; a broken packed text is corrupt.
        assert_eq!(
            decode::<Roster>(&pack(ROSTER_NEWER).unwrap()),
            Decoded::Newer { found: 7 }
        );
        assert!(matches!(
            decode::<Note>(r#"{"schema":1000,"data":0,"s":3,"z":"abc"}"#),
            Decoded::Corrupt(_)
        ));
        // Any order and spacing is the packed form too.
        let z = packed
            .split(r#""z":"#)
            .nth(1)
            .unwrap()
            .trim_end_matches('}');
        let shuffled = format!(r#"{{ "z": {z}, "s": 3, "data": 0, "schema": 1000 }}"#);
        assert!(is_packed(&shuffled));
        assert_eq!(decode::<Note>(&shuffled), decode::<Note>(&plain));
        // A build before the form (data checked first, then the schema) takes it for newer.
        #[derive(Deserialize)]
        struct OldEnvelope {
            schema: Option<u64>,
            data: Option<Value>,
        }
        let old: OldEnvelope = serde_json::from_str(&packed).unwrap();
        assert!(old.data.is_some() && old.schema.unwrap() > 100);
        assert_eq!(pack("nie JSON"), None);
        assert_eq!(pack(&packed), None, "packed twice is not a thing");
    }

    #[test]
    fn the_same_data_in_either_form_is_the_same_once_the_opener_is_there() {
        let plain = encode(&Note {
            title: "Zażółć".into(),
            tags: vec![],
            pinned: false,
        });
        let packed = pack(&plain).unwrap();
        let spaced = plain.replace(r#""data":"#, r#""data": "#);
        assert!(same_data(&plain, &spaced));
        // A packed text is taken for a change: the careful path.
        assert!(!same_data(&plain, &packed));
        assert!(same_data(&packed, &packed));
    }

    #[test]
    fn a_failed_migration_step_is_corrupt() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Strict {}
        impl Document for Strict {
            const SCHEMA: u32 = 2;
        }
        assert!(matches!(
            decode::<Strict>(r#"{"schema": 1, "data": {}}"#),
            Decoded::Corrupt(_)
        ));
    }
}
