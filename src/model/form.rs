//! Form input as the model sees it: the choices a `<select>` offers, each with a fixed value
//! read back to exactly its variant, and typed text a field refused, kept with its message.

use serde::{Deserialize, Serialize};

/// A closed set of choices offered by a `<select>`. The option's `value` is fixed (never the
/// label, which may be reworded), and reading it back gives its variant or nothing: an unknown
/// value is refused, never taken for a default.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every choice, in the order the picker lists them.
    const ALL: &'static [Self];

    /// The option's `value`.
    fn value(self) -> &'static str;

    /// The option's text.
    fn label(self) -> &'static str;

    /// The choice with this `value`; `None` for any other text.
    fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|choice| choice.value() == value)
    }
}

/// Text a field refused, with the reason shown under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedText<F> {
    pub field: F,
    pub text: String,
    pub message: String,
}

/// The refused edits of one form, by field (`F` names the form's fields). A field whose text
/// the model refused („pół godziny” as minutes) keeps that text and its message while other
/// fields change and the form is drawn again from the saved document, until it is fixed.
/// A document may keep one too (a date field's text that is not a date), so nothing typed
/// is lost across a reload: saved as the list of its entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Refused<F> {
    entries: Vec<RefusedText<F>>,
}

impl<F> Default for Refused<F> {
    fn default() -> Refused<F> {
        Refused {
            entries: Vec::new(),
        }
    }
}

impl<F: Copy + PartialEq> Refused<F> {
    /// Records how the model took `text` for `field`: a value taken clears the field's refused
    /// text, a refusal keeps the text with its message. Gives the value, if taken.
    pub fn commit<T, E: std::fmt::Display>(
        &mut self,
        field: F,
        text: String,
        outcome: Result<T, E>,
    ) -> Option<T> {
        match outcome {
            Ok(value) => {
                self.forget(field);
                Some(value)
            }
            Err(error) => {
                self.refuse(field, text, error.to_string());
                None
            }
        }
    }

    /// Keeps `text` for `field` with the reason it was refused; replaces an earlier refusal.
    pub fn refuse(&mut self, field: F, text: String, message: String) {
        self.forget(field);
        self.entries.push(RefusedText {
            field,
            text,
            message,
        });
    }

    /// The field's refused text goes (its value was taken, or the field no longer applies).
    pub fn forget(&mut self, field: F) {
        self.entries.retain(|entry| entry.field != field);
    }

    pub fn get(&self, field: F) -> Option<&RefusedText<F>> {
        self.entries.iter().find(|entry| entry.field == field)
    }

    /// The refused text to show in the field instead of the saved value.
    pub fn text(&self, field: F) -> Option<String> {
        self.get(field).map(|entry| entry.text.clone())
    }

    /// The message to show under the field.
    pub fn message(&self, field: F) -> Option<String> {
        self.get(field).map(|entry| entry.message.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every refused text, in the order refused.
    pub fn entries(&self) -> &[RefusedText<F>] {
        &self.entries
    }

    /// Moves each refusal to the field `to` gives for its field, or drops it for `None` (the
    /// fields of a block that moved or went).
    pub fn remap(&mut self, mut to: impl FnMut(F) -> Option<F>) {
        self.entries.retain_mut(|entry| match to(entry.field) {
            Some(field) => {
                entry.field = field;
                true
            }
            None => false,
        });
    }

    /// The whole document was replaced (another mentee, a template, a restore).
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// The counter under a field with a length limit: „123/500”. It counts as the browser's
/// `maxlength` counts (UTF-16 code units), so it reads „500/500” where typing stops; the
/// model's checks count characters, never more than that, so what the field lets through is
/// never refused for its length.
pub fn length_counter(text: &str, max: usize) -> String {
    format!("{}/{max}", text.encode_utf16().count())
}

/// Checks a [`Choice`] for the tests of each one: every variant's value reads back to exactly
/// it, values and labels are distinct, and other text (a label, a near miss) reads as nothing.
#[cfg(test)]
pub fn assert_round_trip<C: Choice + std::fmt::Debug>() {
    assert!(!C::ALL.is_empty());
    for (i, choice) in C::ALL.iter().enumerate() {
        assert_eq!(C::parse(choice.value()), Some(*choice), "{choice:?}");
        for other in &C::ALL[i + 1..] {
            assert_ne!(choice, other, "listed twice");
            assert_ne!(choice.value(), other.value(), "{choice:?} and {other:?}");
            assert_ne!(choice.label(), other.label(), "{choice:?} and {other:?}");
        }
        assert_eq!(C::parse(&format!("{} ", choice.value())), None);
        assert_eq!(C::parse(&choice.value().to_uppercase()), None);
        if choice.label() != choice.value() {
            assert_eq!(C::parse(choice.label()), None, "a label is not a value");
        }
    }
    assert_eq!(C::parse(""), None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Field {
        Name,
        Minutes(usize),
    }

    #[test]
    fn a_refusal_keeps_the_text_until_a_value_is_taken() {
        let mut refused = Refused::default();
        let taken = refused.commit(Field::Minutes(1), "pół godziny".into(), "30".parse::<u8>());
        assert_eq!(taken, Some(30));
        assert!(refused.is_empty());
        let taken = refused.commit(
            Field::Minutes(1),
            "pół godziny".into(),
            "pół godziny".parse::<u8>(),
        );
        assert_eq!(taken, None);
        assert_eq!(
            refused.text(Field::Minutes(1)).as_deref(),
            Some("pół godziny")
        );
        assert_eq!(
            refused.message(Field::Minutes(1)).as_deref(),
            Some("invalid digit found in string")
        );
        assert_eq!(refused.get(Field::Minutes(2)), None);
        assert_eq!(refused.get(Field::Name), None);
        refused.refuse(Field::Minutes(1), "0".into(), "za mało".into());
        assert_eq!(refused.text(Field::Minutes(1)).as_deref(), Some("0"));
        refused.commit(Field::Minutes(1), "15".into(), Ok::<_, String>(15));
        assert!(refused.is_empty());
    }

    #[test]
    fn the_counter_stops_where_maxlength_stops_typing() {
        assert_eq!(length_counter("", 500), "0/500");
        assert_eq!(length_counter("żółw", 500), "4/500");
        // An emoji is two units to `maxlength`: counted so, the counter never promises room
        // the field does not give.
        assert_eq!(length_counter("🙂", 500), "2/500");
        let full = "ą".repeat(500);
        assert_eq!(length_counter(&full, 500), "500/500");
        assert!(
            crate::model::goals::Goals::default()
                .set_main(&full, chrono::NaiveDate::MIN)
                .is_ok()
        );
    }

    #[test]
    fn refusals_move_with_their_fields_or_go() {
        let mut refused = Refused::default();
        refused.refuse(Field::Minutes(0), "a".into(), "m".into());
        refused.refuse(Field::Minutes(2), "b".into(), "m".into());
        refused.refuse(Field::Name, "c".into(), "m".into());
        refused.remap(|field| match field {
            Field::Minutes(0) => None,
            Field::Minutes(i) => Some(Field::Minutes(i - 1)),
            other => Some(other),
        });
        assert_eq!(refused.get(Field::Minutes(0)), None);
        assert_eq!(refused.text(Field::Minutes(1)).as_deref(), Some("b"));
        assert_eq!(refused.text(Field::Name).as_deref(), Some("c"));
        refused.forget(Field::Name);
        assert_eq!(refused.get(Field::Name), None);
        refused.clear();
        assert!(refused.is_empty());
    }
}
