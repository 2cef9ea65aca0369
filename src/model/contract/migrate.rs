//! The contract's saved shape from schema 2 to 3: dates and the time typed as text become
//! values, text that is not one is kept as refused text (never dropped), and the calendar's
//! fingerprint is rewritten from labels to stable keys, so no calendar updates for it.

use serde_json::Value;

use super::{Contract, ContractError, DateField, Frequency, MeetingForm};
use crate::model::date;
use crate::model::form::{Choice, Refused};

/// Schema 2 → 3 ([`crate::store::documents`]). The errors are the store's, not the user's.
pub fn migrate_contract_v2(mut data: Value) -> Result<Value, String> {
    let object = data
        .as_object_mut()
        .ok_or_else(|| "kontrakt nie jest obiektem".to_string())?;
    let mut refused = Refused::<DateField>::default();
    for (key, field) in [
        ("agreed_on", DateField::AgreedOn),
        ("start_date", DateField::StartDate),
        ("start_time", DateField::StartTime),
    ] {
        let text = match object.get(key) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        // Set as the form sets it: the value, or nothing and the text kept with why.
        let mut contract = Contract::default();
        let _ = contract.set_typed(field, &text);
        let value = match field {
            DateField::StartTime => contract.start_time.map(date::time_text),
            _ => contract.agreed_on.or(contract.start_date).map(date::to_iso),
        };
        object.insert(key.to_string(), Value::String(value.unwrap_or_default()));
        if let Some(entry) = contract.refused.get(field) {
            refused.refuse(
                field,
                entry.text.clone(),
                ContractError::Unreadable(field).to_string(),
            );
        }
    }
    if !refused.is_empty() {
        let refused = serde_json::to_value(&refused).map_err(|error| error.to_string())?;
        object.insert("refused".to_string(), refused);
    }
    if let Some(Value::String(fingerprint)) = object.get_mut("calendar_fingerprint")
        && let Some(keyed) = fingerprint_with_keys(fingerprint)
    {
        *fingerprint = keyed;
    }
    Ok(data)
}

/// A calendar fingerprint saved before schema 3 (the frequency's and the form's labels, the
/// time as typed) in today's form ([`Contract::calendar_fingerprint`]): the same contract
/// gives the same text, so the next download keeps its SEQUENCE. `None` for text not in the
/// old form (left as it is: at worst the calendar updates once).
pub fn fingerprint_with_keys(old: &str) -> Option<String> {
    // Seven fields of the logistics, then the mentee's name (which may hold `|`) and the
    // reminder.
    let parts: Vec<&str> = old.splitn(8, '|').collect();
    let [day, time, minutes, frequency, months, form, cancel, rest] = parts[..] else {
        return None;
    };
    let time = match time {
        "" => String::new(),
        time => date::time_text(date::time_from_text(time)?),
    };
    let frequency = frequency_of_label(frequency)?.key();
    let form = MeetingForm::ALL.iter().find(|f| f.label() == form)?.value();
    Some(format!(
        "{day}|{time}|{minutes}|{frequency}|{months}|{form}|{cancel}|{rest}"
    ))
}

/// The frequency a [`Frequency::label`] names.
fn frequency_of_label(label: &str) -> Option<Frequency> {
    [
        Frequency::Weekly,
        Frequency::EveryTwoWeeks,
        Frequency::Monthly,
        Frequency::EveryDays(1),
    ]
    .into_iter()
    .find(|frequency| frequency.label() == label)
    .or_else(|| {
        let days = label.strip_prefix("co ")?.strip_suffix(" dni")?;
        if days.is_empty() || !days.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        days.parse().ok().map(Frequency::EveryDays)
    })
}
