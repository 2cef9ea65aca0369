//! Who this phone's user is: a mentor (the toolkit, the mentee switcher, the tools) or a mentee
//! who opened a mentor's link (a home of their own: what is next, their tasks, what they kept).
//! Decided here, once, from facts the shell reads cheaply; the shell, the navigation, the
//! start page and the static first paint (`public/boot/head.js`, which reads the last decision
//! the app wrote) all follow it.

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

/// The suffix of a stored layout that the user chose (rather than the data decided).
const CHOSEN: &str = ";wybrane";

/// What is stored of it (key `niezbednik/uklad`, plain text, read by the static shell before
/// the app runs): the layout shown, and whether the user chose it: `mentee`, `mentor;wybrane`.
pub fn remembered(shown: Audience, chosen: bool) -> String {
    let suffix = if chosen { CHOSEN } else { "" };
    format!("{}{suffix}", shown.value())
}

/// The stored text read back: the layout shown (when it reads) and whether it was chosen.
pub fn read_remembered(text: &str) -> (Option<Audience>, bool) {
    match text.strip_suffix(CHOSEN) {
        Some(shown) => match Audience::parse(shown) {
            Some(audience) => (Some(audience), true),
            None => (None, false),
        },
        None => (Audience::parse(text), false),
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
            for chosen in [false, true] {
                assert_eq!(
                    read_remembered(&remembered(audience, chosen)),
                    (Some(audience), chosen)
                );
            }
        }
        assert_eq!(remembered(Audience::Mentor, true), "mentor;wybrane");
        assert_eq!(remembered(Audience::Mentee, false), "mentee");
        for other in [
            "",
            "Mentor",
            "x",
            "mentorka",
            ";wybrane",
            "x;wybrane",
            "{\"a\":1}",
        ] {
            assert_eq!(read_remembered(other), (None, false), "{other}");
        }
    }
}
