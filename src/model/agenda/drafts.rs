//! Refused edits in the agenda editor, kept until the user fixes them.
//!
//! A field whose text the agenda refuses ("pół godziny" as minutes, an empty title) keeps
//! that text and its message, even when other fields change and the editor is drawn again
//! (the generic [`Refused`]). Here: drafts follow their block when blocks move or go.

use crate::model::form::Refused;

/// Which editor field a draft belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    MeetingMinutes,
    Title(usize),
    Minutes(usize),
    Points(usize),
}

impl Field {
    fn block(self) -> Option<usize> {
        match self {
            Field::MeetingMinutes => None,
            Field::Title(i) | Field::Minutes(i) | Field::Points(i) => Some(i),
        }
    }

    fn with_block(self, index: usize) -> Field {
        match self {
            Field::MeetingMinutes => Field::MeetingMinutes,
            Field::Title(_) => Field::Title(index),
            Field::Minutes(_) => Field::Minutes(index),
            Field::Points(_) => Field::Points(index),
        }
    }
}

/// The agenda editor's refused edits (see [`Refused`]).
pub type Drafts = Refused<Field>;

impl Drafts {
    /// Block `index` swapped places with its neighbour: the drafts of both go with them.
    pub fn block_moved(&mut self, index: usize, up: bool) {
        let Some(other) = (if up {
            index.checked_sub(1)
        } else {
            index.checked_add(1)
        }) else {
            return;
        };
        self.remap(|field| match field.block() {
            Some(i) if i == index => Some(field.with_block(other)),
            Some(i) if i == other => Some(field.with_block(index)),
            _ => Some(field),
        });
    }

    /// Block `index` was removed: its drafts go, later blocks' drafts move up one place.
    pub fn block_removed(&mut self, index: usize) {
        self.remap(|field| match field.block() {
            Some(i) if i == index => None,
            Some(i) if i > index => Some(field.with_block(i - 1)),
            _ => Some(field),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(field: Field, text: &str) -> Drafts {
        let mut drafts = Drafts::default();
        drafts.refuse(field, text.to_string(), format!("„{text}” nie pasuje"));
        drafts
    }

    #[test]
    fn a_refused_text_stays_with_its_message_until_accepted() {
        let mut drafts = refused(Field::Minutes(2), "pół godziny");
        let draft = drafts.get(Field::Minutes(2)).unwrap();
        assert_eq!(draft.text, "pół godziny");
        assert_eq!(draft.message, "„pół godziny” nie pasuje");
        assert_eq!(drafts.get(Field::Minutes(1)), None);
        assert_eq!(drafts.get(Field::Title(2)), None);
        drafts.forget(Field::Minutes(2));
        assert!(drafts.is_empty());
    }

    #[test]
    fn a_second_refusal_replaces_the_first() {
        let mut drafts = refused(Field::MeetingMinutes, "dużo");
        drafts.refuse(Field::MeetingMinutes, "0".into(), "za mało".into());
        assert_eq!(drafts.get(Field::MeetingMinutes).unwrap().text, "0");
        drafts.forget(Field::MeetingMinutes);
        assert!(drafts.is_empty());
    }

    #[test]
    fn drafts_follow_their_blocks_when_they_swap() {
        let mut drafts = refused(Field::Minutes(2), "x");
        drafts.refuse(Field::Title(3), String::new(), "pusty".into());
        drafts.refuse(Field::MeetingMinutes, "y".into(), "z".into());
        drafts.block_moved(3, true);
        assert_eq!(drafts.get(Field::Minutes(3)).unwrap().text, "x");
        assert_eq!(drafts.get(Field::Title(2)).unwrap().message, "pusty");
        assert_eq!(drafts.get(Field::MeetingMinutes).unwrap().text, "y");
        drafts.block_moved(2, false);
        assert_eq!(drafts.get(Field::Minutes(2)).unwrap().text, "x");
        assert_eq!(drafts.get(Field::Title(3)).unwrap().message, "pusty");
    }

    #[test]
    fn moving_the_first_block_up_changes_nothing() {
        let mut drafts = refused(Field::Points(0), "a");
        drafts.block_moved(0, true);
        assert_eq!(drafts, refused(Field::Points(0), "a"));
    }

    #[test]
    fn removing_a_block_drops_its_drafts_and_shifts_the_later_ones() {
        let mut drafts = refused(Field::Minutes(1), "a");
        drafts.refuse(Field::Title(2), "b".into(), "m".into());
        drafts.refuse(Field::Points(0), "c".into(), "m".into());
        drafts.block_removed(1);
        assert_eq!(drafts.get(Field::Minutes(1)), None);
        assert_eq!(drafts.get(Field::Title(1)).unwrap().text, "b");
        assert_eq!(drafts.get(Field::Points(0)).unwrap().text, "c");
        drafts.clear();
        assert!(drafts.is_empty());
    }
}
