//! The agenda a mentor shapes for a meeting: blocks with titles, minutes and points.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::content;

pub mod drafts;
mod prefs;

pub use prefs::{AgendaPrefs, SignalPrefs, SignalSettings, TemplateError};

use drafts::Field;

/// Whether a block titled `title` is one the app ships as the contract's block (the seed's
/// „Ustalenie zasad współpracy (Kontrakt)”, a template's „Zasady współpracy i kontrakt”):
/// its flag, found by the title the saved block keeps, as [`content::agenda_templates::shipped_points`] are.
pub fn is_contract_block(title: &str) -> bool {
    content::agenda::BLOCKS
        .iter()
        .any(|block| block.contract && block.title == title)
        || content::agenda_templates::ALL
            .iter()
            .flat_map(|template| template.blocks)
            .any(|block| block.contract && block.title == title)
}

/// One block of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaBlock {
    pub title: String,
    pub minutes: u32,
    pub points: Vec<String>,
    /// The block where the running meeting offers the progress scale for the goals (set by
    /// the app's templates; agendas saved before have none).
    #[serde(default)]
    pub goals: bool,
}

/// Why an agenda edit was refused; `Display` is the message shown next to the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaError {
    EmptyTitle,
    /// A block's minutes out of range.
    Minutes {
        min: u32,
        max: u32,
    },
    /// The whole meeting's planned length out of range.
    MeetingMinutes {
        min: u32,
        max: u32,
    },
    NotANumber(String),
    LastBlock,
    NoSuchBlock,
}

impl fmt::Display for AgendaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgendaError::EmptyTitle => f.write_str("Blok potrzebuje tytułu."),
            AgendaError::Minutes { min, max } => {
                write!(f, "Czas bloku to od {min} do {max} minut.")
            }
            AgendaError::MeetingMinutes { min, max } => {
                write!(f, "Spotkanie może trwać od {min} do {max} minut.")
            }
            AgendaError::NotANumber(text) if text.trim().is_empty() => {
                f.write_str("Wpisz liczbę minut, np. 15.")
            }
            AgendaError::NotANumber(text) => {
                write!(f, "„{text}” to nie liczba minut. Wpisz liczbę, np. 15.")
            }
            AgendaError::LastBlock => f.write_str("Agenda musi mieć choć jeden blok."),
            AgendaError::NoSuchBlock => f.write_str("Tego bloku już nie ma."),
        }
    }
}

/// The agenda of a meeting, with the length the mentor plans for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub blocks: Vec<AgendaBlock>,
    /// How long the meeting may take; a warning shows when the blocks add up to more.
    pub meeting_minutes: u32,
}

impl Default for Agenda {
    fn default() -> Agenda {
        Agenda::from_seed()
    }
}

impl Agenda {
    pub const MIN_BLOCK_MINUTES: u32 = 1;
    pub const MAX_BLOCK_MINUTES: u32 = 240;
    pub const MIN_MEETING_MINUTES: u32 = 5;
    pub const MAX_MEETING_MINUTES: u32 = 600;

    /// The seed's first-meeting agenda: 5 blocks, 70 minutes.
    pub fn from_seed() -> Agenda {
        Agenda {
            blocks: content::agenda::BLOCKS
                .iter()
                .map(|block| AgendaBlock {
                    title: block.title.to_string(),
                    minutes: block.minutes,
                    points: block.points.iter().map(|p| p.to_string()).collect(),
                    goals: false,
                })
                .collect(),
            meeting_minutes: content::agenda::total_minutes(),
        }
    }

    /// One of the app's templates for later meetings, as long as its blocks add up to.
    pub fn from_app_template(template: &content::agenda_templates::AppTemplate) -> Agenda {
        Agenda {
            blocks: template
                .blocks
                .iter()
                .map(|block| AgendaBlock {
                    title: block.title.to_string(),
                    minutes: block.minutes,
                    points: block.points.iter().map(|p| p.to_string()).collect(),
                    goals: block.goals,
                })
                .collect(),
            meeting_minutes: template.total_minutes(),
        }
    }

    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|block| block.minutes).sum()
    }

    /// Minutes planned beyond the meeting's length, if any.
    pub fn overflow_minutes(&self) -> Option<u32> {
        self.total_minutes()
            .checked_sub(self.meeting_minutes)
            .filter(|over| *over > 0)
    }

    /// Reads a minutes field as typed ("15", " 20 ").
    pub fn parse_minutes(text: &str) -> Result<u32, AgendaError> {
        let trimmed = text.trim();
        let minutes: u32 = trimmed
            .parse()
            .map_err(|_| AgendaError::NotANumber(trimmed.to_string()))?;
        if !(Agenda::MIN_BLOCK_MINUTES..=Agenda::MAX_BLOCK_MINUTES).contains(&minutes) {
            return Err(AgendaError::Minutes {
                min: Agenda::MIN_BLOCK_MINUTES,
                max: Agenda::MAX_BLOCK_MINUTES,
            });
        }
        Ok(minutes)
    }

    pub fn set_title(&mut self, index: usize, title: &str) -> Result<(), AgendaError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(AgendaError::EmptyTitle);
        }
        self.block_mut(index)?.title = title.to_string();
        Ok(())
    }

    /// Sets one editor field from its text; the agenda is unchanged when it says no.
    pub fn set_field(&mut self, field: Field, text: &str) -> Result<(), AgendaError> {
        match field {
            Field::MeetingMinutes => self.set_meeting_minutes(text),
            Field::Title(index) => self.set_title(index, text),
            Field::Minutes(index) => self.set_minutes(index, text),
            Field::Points(index) => self.set_points(index, text),
        }
    }

    pub fn set_minutes(&mut self, index: usize, text: &str) -> Result<(), AgendaError> {
        let minutes = Agenda::parse_minutes(text)?;
        self.block_mut(index)?.minutes = minutes;
        Ok(())
    }

    /// Points are edited as lines of text; blank lines are dropped.
    pub fn set_points(&mut self, index: usize, lines: &str) -> Result<(), AgendaError> {
        self.block_mut(index)?.points = lines
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect();
        Ok(())
    }

    /// Adds a 10-minute block at the end and gives its index.
    pub fn add_block(&mut self) -> usize {
        self.blocks.push(AgendaBlock {
            title: format!("Blok {}", self.blocks.len() + 1),
            minutes: 10,
            points: Vec::new(),
            goals: false,
        });
        self.blocks.len() - 1
    }

    pub fn remove_block(&mut self, index: usize) -> Result<AgendaBlock, AgendaError> {
        if index >= self.blocks.len() {
            return Err(AgendaError::NoSuchBlock);
        }
        if self.blocks.len() == 1 {
            return Err(AgendaError::LastBlock);
        }
        Ok(self.blocks.remove(index))
    }

    /// Moves a block one place up (`up`) or down; false at either end.
    pub fn move_block(&mut self, index: usize, up: bool) -> bool {
        let target = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        match target {
            Some(target) if target < self.blocks.len() && index < self.blocks.len() => {
                self.blocks.swap(index, target);
                true
            }
            _ => false,
        }
    }

    pub fn set_meeting_minutes(&mut self, text: &str) -> Result<(), AgendaError> {
        let trimmed = text.trim();
        let minutes: u32 = trimmed
            .parse()
            .map_err(|_| AgendaError::NotANumber(trimmed.to_string()))?;
        if !(Agenda::MIN_MEETING_MINUTES..=Agenda::MAX_MEETING_MINUTES).contains(&minutes) {
            return Err(AgendaError::MeetingMinutes {
                min: Agenda::MIN_MEETING_MINUTES,
                max: Agenda::MAX_MEETING_MINUTES,
            });
        }
        self.meeting_minutes = minutes;
        Ok(())
    }

    fn block_mut(&mut self, index: usize) -> Result<&mut AgendaBlock, AgendaError> {
        self.blocks.get_mut(index).ok_or(AgendaError::NoSuchBlock)
    }
}

/// A saved agenda to reuse with any mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaTemplate {
    pub name: String,
    pub agenda: Agenda,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_blocks_are_the_flagged_ones_found_by_their_exact_title() {
        assert!(is_contract_block("Ustalenie zasad współpracy (Kontrakt)"));
        assert!(is_contract_block("Zasady współpracy i kontrakt"));
        let flagged = content::agenda::BLOCKS
            .iter()
            .filter(|b| b.contract)
            .count()
            + content::agenda_templates::ALL
                .iter()
                .flat_map(|t| t.blocks)
                .filter(|b| b.contract)
                .count();
        assert_eq!(flagged, 2);
        // A title is not searched for a word: a mentor's own block is not taken for it.
        assert!(!is_contract_block("Przegląd kontraktu"));
        assert!(!is_contract_block("ustalenie zasad współpracy (kontrakt)"));
        assert!(!is_contract_block(""));
    }

    #[test]
    fn the_seed_agenda_is_five_blocks_of_70_minutes() {
        let agenda = Agenda::from_seed();
        assert_eq!(agenda.blocks.len(), 5);
        assert_eq!(agenda.total_minutes(), 70);
        assert_eq!(agenda.meeting_minutes, 70);
        assert_eq!(agenda.overflow_minutes(), None);
        assert_eq!(
            agenda.blocks[3].title,
            "Ustalenie zasad współpracy (Kontrakt)"
        );
        assert_eq!(agenda.blocks[2].points.len(), 3);
    }

    #[test]
    fn editing_validates_with_polish_messages() {
        let mut agenda = Agenda::from_seed();
        assert_eq!(agenda.set_title(0, "  "), Err(AgendaError::EmptyTitle));
        assert_eq!(
            agenda.set_minutes(0, "kwadrans"),
            Err(AgendaError::NotANumber("kwadrans".into()))
        );
        assert_eq!(
            agenda.set_minutes(0, "0"),
            Err(AgendaError::Minutes { min: 1, max: 240 })
        );
        assert_eq!(
            AgendaError::Minutes { min: 1, max: 240 }.to_string(),
            "Czas bloku to od 1 do 240\u{a0}minut."
        );
        agenda.set_minutes(0, " 20 ").unwrap();
        assert_eq!(agenda.total_minutes(), 75);
        assert_eq!(agenda.overflow_minutes(), Some(5));
        agenda.set_points(1, "Pierwszy\n\n  Drugi  \n").unwrap();
        assert_eq!(agenda.blocks[1].points, ["Pierwszy", "Drugi"]);
        assert_eq!(agenda.set_title(9, "x"), Err(AgendaError::NoSuchBlock));
    }

    #[test]
    fn each_editor_field_sets_its_own_part_and_a_refusal_changes_nothing() {
        let mut agenda = Agenda::from_seed();
        agenda.set_field(Field::MeetingMinutes, "90").unwrap();
        agenda.set_field(Field::Title(1), "Role").unwrap();
        agenda.set_field(Field::Minutes(1), "12").unwrap();
        agenda.set_field(Field::Points(1), "a\nb").unwrap();
        assert_eq!(agenda.meeting_minutes, 90);
        assert_eq!(agenda.blocks[1].title, "Role");
        assert_eq!(agenda.blocks[1].minutes, 12);
        assert_eq!(agenda.blocks[1].points, ["a", "b"]);
        let before = agenda.clone();
        assert_eq!(
            agenda.set_field(Field::Minutes(2), "pół godziny"),
            Err(AgendaError::NotANumber("pół godziny".into()))
        );
        assert_eq!(
            agenda.set_field(Field::MeetingMinutes, "4"),
            Err(AgendaError::MeetingMinutes { min: 5, max: 600 })
        );
        // The meeting's length is named as the meeting's, not a block's.
        assert_eq!(
            AgendaError::MeetingMinutes { min: 5, max: 600 }.to_string(),
            "Spotkanie może trwać od 5 do 600 minut."
        );
        assert_eq!(
            agenda.set_field(Field::MeetingMinutes, " "),
            Err(AgendaError::NotANumber(String::new()))
        );
        assert_eq!(
            AgendaError::NotANumber(String::new()).to_string(),
            "Wpisz liczbę minut, np. 15."
        );
        assert_eq!(
            agenda.set_field(Field::Title(0), ""),
            Err(AgendaError::EmptyTitle)
        );
        assert_eq!(agenda, before);
    }

    #[test]
    fn blocks_can_be_added_removed_and_reordered_but_not_all_removed() {
        let mut agenda = Agenda::from_seed();
        let added = agenda.add_block();
        assert_eq!(added, 5);
        assert_eq!(agenda.blocks[5].title, "Blok 6");
        assert!(agenda.move_block(5, true));
        assert_eq!(agenda.blocks[4].title, "Blok 6");
        assert!(!agenda.move_block(0, true));
        assert!(!agenda.move_block(5, false));
        let first = agenda.blocks[0].title.clone();
        assert!(agenda.move_block(0, false));
        assert_eq!(agenda.blocks[1].title, first);
        while agenda.blocks.len() > 1 {
            agenda.remove_block(0).unwrap();
        }
        assert_eq!(agenda.remove_block(0), Err(AgendaError::LastBlock));
    }

    #[test]
    fn meeting_length_is_validated() {
        let mut agenda = Agenda::from_seed();
        assert!(agenda.set_meeting_minutes("60").is_ok());
        assert_eq!(agenda.overflow_minutes(), Some(10));
        assert!(agenda.set_meeting_minutes("2").is_err());
        assert!(agenda.set_meeting_minutes("dużo").is_err());
        assert_eq!(agenda.meeting_minutes, 60);
    }
}
