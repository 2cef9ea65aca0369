//! Who this phone's user is: a mentor (the toolkit, the mentee switcher, the tools) or a mentee
//! who opened a mentor's link (a home of their own: what is next, their tasks, what they kept).
//! Decided here, once, from facts the shell reads cheaply; the shell, the navigation, the
//! start page and the static first paint (`public/boot/head.js`, which reads the last decision
//! the app wrote) all follow it.

use serde::{Deserialize, Serialize};

/// What is stored of it: the user's choice, if any, and the layout last shown (read by the
/// static shell before the app runs, so the first paint has the right navigation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    /// [`Audience::value`] of the choice; empty when none was made.
    #[serde(default)]
    pub chosen: String,
    /// [`Audience::value`] of the layout shown.
    #[serde(default)]
    pub shown: String,
}

/// The layout the app shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// The toolkit: the mentee switcher, the tools, the programme.
    #[default]
    Mentor,
    /// The mentee's own app: what the mentors sent, the tasks, the reflection; no tools.
    Mentee,
}

/// What the decision is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    /// The mentor's own data: a named mentee, more than the first run's one, or any document
    /// saved for a mentee (a contract, a meeting, asked questions, feedback…).
    pub own_data: bool,
    /// Items kept from mentors' links („Od moich mentorów”).
    pub kept_items: usize,
    /// This page was opened with a shared link.
    pub opened_link: bool,
    /// What the user chose („Jestem mentorem/mentorką — pokaż narzędzia”, or back), remembered.
    pub chosen: Option<Audience>,
}

impl Audience {
    /// The stored value of a remembered choice (see [`Audience::parse`]); also what the app
    /// writes for the static shell's first paint.
    pub fn value(self) -> &'static str {
        match self {
            Audience::Mentor => "mentor",
            Audience::Mentee => "mentee",
        }
    }

    pub fn parse(text: &str) -> Option<Audience> {
        match text.trim() {
            "mentor" => Some(Audience::Mentor),
            "mentee" => Some(Audience::Mentee),
            _ => None,
        }
    }

    /// The layout for these facts. A remembered choice wins; a phone with the mentor's own
    /// data is a mentor's (so a mentor opening a mentee's reflection keeps the toolkit); one
    /// with nothing of its own that has kept a mentor's item, or was opened by a link, is a
    /// mentee's; anything else (a fresh phone opening the app's address) is a mentor's.
    pub fn of(facts: Facts) -> Audience {
        if let Some(chosen) = facts.chosen {
            return chosen;
        }
        if facts.own_data {
            return Audience::Mentor;
        }
        if facts.kept_items > 0 || facts.opened_link {
            return Audience::Mentee;
        }
        Audience::Mentor
    }

    pub fn is_mentee(self) -> bool {
        self == Audience::Mentee
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_phone_opening_a_link_is_a_mentees_and_a_mentors_phone_stays_a_mentors() {
        let fresh = Facts::default();
        assert_eq!(
            Audience::of(fresh),
            Audience::Mentor,
            "the app's own address"
        );
        let link = Facts {
            opened_link: true,
            ..fresh
        };
        assert_eq!(Audience::of(link), Audience::Mentee);
        let kept = Facts {
            kept_items: 2,
            ..fresh
        };
        assert_eq!(
            Audience::of(kept),
            Audience::Mentee,
            "after a reload, no link"
        );
        // A mentor with mentees of their own opens a mentee's reflection: still the toolkit.
        let mentor = Facts {
            own_data: true,
            opened_link: true,
            ..fresh
        };
        assert_eq!(Audience::of(mentor), Audience::Mentor);
        // A mentor who is also someone's mentee keeps the toolkit with kept items.
        let both = Facts {
            own_data: true,
            kept_items: 3,
            ..fresh
        };
        assert_eq!(Audience::of(both), Audience::Mentor);
    }

    #[test]
    fn a_remembered_choice_wins_both_ways() {
        let mentee = Facts {
            kept_items: 1,
            chosen: Some(Audience::Mentor),
            ..Facts::default()
        };
        assert_eq!(Audience::of(mentee), Audience::Mentor, "„pokaż narzędzia”");
        let back = Facts {
            own_data: true,
            chosen: Some(Audience::Mentee),
            ..Facts::default()
        };
        assert_eq!(Audience::of(back), Audience::Mentee);
    }

    #[test]
    fn the_stored_value_reads_back_and_nothing_else_is_a_choice() {
        for audience in [Audience::Mentor, Audience::Mentee] {
            assert_eq!(Audience::parse(audience.value()), Some(audience));
        }
        for other in ["", "Mentor", "x", "mentorka"] {
            assert_eq!(Audience::parse(other), None, "{other}");
        }
    }
}
