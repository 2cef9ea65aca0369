//! The feedback document's saved shape from schema 1 to 2: a conversation's day and time
//! typed as text become values; text that is not one is kept as refused text, never dropped.

use serde_json::Value;

use super::{Conversation, ConversationField};

/// Schema 1 → 2 ([`crate::store::documents`]). The errors are the store's, not the user's.
pub fn migrate_feedback_v1(mut data: Value) -> Result<Value, String> {
    let conversations = data
        .get_mut("conversations")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| "brak listy rozmów".to_string())?;
    for conversation in conversations {
        let object = conversation
            .as_object_mut()
            .ok_or_else(|| "rozmowa nie jest obiektem".to_string())?;
        // Set as the form sets it, on a blank conversation: the value, or the text kept.
        let mut typed = Conversation::new(0, chrono::NaiveDate::MIN);
        for (key, field) in [
            ("when", ConversationField::When),
            ("follow_up", ConversationField::FollowUp),
        ] {
            let text = match object.get(key) {
                Some(Value::String(text)) => text.clone(),
                Some(Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            };
            let _ = typed.set_typed(field, &text);
            let value = match typed.refused.get(field) {
                Some(_) => String::new(),
                None => typed.shown(field),
            };
            object.insert(key.to_string(), Value::String(value));
        }
        if !typed.refused.is_empty() {
            let refused = serde_json::to_value(&typed.refused).map_err(|e| e.to_string())?;
            object.insert("refused".to_string(), refused);
        }
    }
    Ok(data)
}
