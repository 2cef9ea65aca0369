//! The contract as a document: its heading line, parties, standing, numbered sections and
//! signatures, in words. One function ([`Contract::document`]) for every view that shows the
//! contract (the printed contract, the mentee's copy from a link), so they say the same thing.

use super::{Contract, Status};
use crate::content::contract as template;
use crate::model::date;
use crate::model::goals::GoalKind;

/// What stands where a field is empty on paper, to be filled in by hand.
pub const BLANK: &str = "……………………………………";
/// An empty day on paper.
const BLANK_DAY: &str = "dnia ……………………";

/// How a document shows what is not filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blanks {
    /// A line to fill in by hand (the printed contract).
    Dotted,
    /// Left out (the mentee's copy, read on a screen).
    Left,
}

/// Whether a rule is agreed, as the document marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Agreed,
    Pending,
}

impl Agreement {
    /// „✓ uzgodnione” / „☐ do uzgodnienia”: the same words in print and in the mentee's copy,
    /// kept on one line (non-breaking spaces).
    pub const fn mark(self) -> &'static str {
        match self {
            Agreement::Agreed => "✓\u{a0}uzgodnione",
            Agreement::Pending => "☐\u{a0}do\u{a0}uzgodnienia",
        }
    }
}

/// One line of a section: a label, its text and, for a rule, whether it is agreed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub label: String,
    pub text: String,
    pub agreement: Option<Agreement>,
}

/// A part of a section: a line, or a list under its heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocPart {
    Line(DocLine),
    List { heading: String, items: Vec<String> },
}

/// A numbered section: „1. Cele i oczekiwane rezultaty” and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSection {
    pub heading: String,
    pub parts: Vec<DocPart>,
}

/// The whole contract as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractDocument {
    pub title: &'static str,
    /// „zawarty 27 listopada 2026 pomiędzy:”.
    pub concluded: String,
    /// Where it stands, when there is something to say: a draft, changes accepted, changes
    /// waiting for acceptance.
    pub standing: Vec<String>,
    /// Mentor, mentee and (when given) the organisation.
    pub parties: Vec<DocLine>,
    pub sections: Vec<DocSection>,
    /// The signature lines' names („Mentor: Jan Kowalski”); none on a screen copy.
    pub signatures: Vec<String>,
}

fn line(label: &str, text: String) -> DocLine {
    DocLine {
        label: label.to_string(),
        text,
        agreement: None,
    }
}

impl Contract {
    /// The contract as a document, with `blanks` for what is not filled in.
    pub fn document(&self, blanks: Blanks) -> ContractDocument {
        let dotted = blanks == Blanks::Dotted;
        // A field's text, or the line to fill in by hand; `None` when it is left out.
        let filled = |text: &str| -> Option<String> {
            match text.trim() {
                "" if dotted => Some(BLANK.to_string()),
                "" => None,
                text => Some(text.to_string()),
            }
        };
        let agreed = self.agreed_on.map(date::long);
        let concluded = match (agreed, dotted) {
            (Some(day), _) => format!("zawarty {day} pomiędzy:"),
            (None, true) => format!("zawarty {BLANK_DAY} pomiędzy:"),
            (None, false) => "Strony kontraktu:".to_string(),
        };
        let mut parties = Vec::new();
        for (label, name) in [("Mentor", &self.mentor), ("Mentee", &self.mentee)] {
            if let Some(text) = filled(name) {
                parties.push(line(label, text));
            }
        }
        if !self.organisation.trim().is_empty() {
            parties.push(line("Organizacja", self.organisation.trim().to_string()));
        }
        let list = |kind: GoalKind, heading: &str| -> Option<DocPart> {
            let items: Vec<String> = self
                .goals
                .texts(kind)
                .iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            match (items.is_empty(), dotted) {
                (true, true) => Some(DocPart::List {
                    heading: heading.to_string(),
                    items: vec![BLANK.to_string()],
                }),
                (true, false) => None,
                (false, _) => Some(DocPart::List {
                    heading: heading.to_string(),
                    items,
                }),
            }
        };
        let goals: Vec<DocPart> = [
            filled(self.goals.main_text())
                .map(|text| DocPart::Line(line("Główny cel współpracy", text))),
            list(GoalKind::Area, "Kluczowe obszary do rozwoju"),
            list(GoalKind::Indicator, "Mierzalne wskaźniki sukcesu"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let rules: Vec<DocPart> = self
            .rules
            .iter()
            .filter(|r| !r.text.trim().is_empty())
            .map(|r| {
                DocPart::Line(DocLine {
                    label: r.title.trim().to_string(),
                    text: r.text.trim().to_string(),
                    agreement: Some(if r.agreed {
                        Agreement::Agreed
                    } else {
                        Agreement::Pending
                    }),
                })
            })
            .collect();
        let logistics: Vec<DocPart> = self
            .logistics_lines()
            .into_iter()
            .map(|(label, text)| DocPart::Line(line(label, text)))
            .collect();
        let sections = [goals, rules, logistics]
            .into_iter()
            .zip(template::SECTIONS)
            .filter(|(parts, _)| !parts.is_empty())
            .map(|(parts, section)| DocSection {
                heading: format!("{}. {}", section.number, section.title),
                parts,
            })
            .collect();
        let signatures = if dotted {
            [("Mentor", &self.mentor), ("Mentee", &self.mentee)]
                .into_iter()
                .map(|(role, name)| {
                    format!(
                        "{role}: {}",
                        filled(name).unwrap_or_else(|| BLANK.to_string())
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        ContractDocument {
            title: "Kontrakt mentoringowy",
            concluded,
            standing: self.standing(),
            parties,
            sections,
            signatures,
        }
    }

    /// Where the contract stands, as the document says it (nothing for an accepted contract
    /// with no changes: „zawarty … pomiędzy” says it).
    fn standing(&self) -> Vec<String> {
        match &self.status {
            Status::Draft => {
                vec!["Wersja robocza: strony jeszcze jej nie zaakceptowały.".to_string()]
            }
            Status::Accepted {
                amended,
                changes_accepted,
                ..
            } => {
                let mut lines = Vec::new();
                if let Some(day) = changes_accepted {
                    lines.push(format!(
                        "Zmiany zaakceptowane przez obie strony {}.",
                        date::long(*day)
                    ));
                }
                if let (Some(day), Some(_)) = (amended, self.pending_changes()) {
                    lines.push(format!(
                        "Zmieniony {}; zmiany czekają na akceptację obu stron.",
                        date::long(*day)
                    ));
                }
                lines
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contract::Rule;

    fn filled() -> Contract {
        let mut c = Contract {
            mentor: " Jan Kowalski ".into(),
            mentee: "Anna Nowak".into(),
            organisation: "Firma".into(),
            agreed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 27),
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1),
            start_time: chrono::NaiveTime::from_hms_opt(17, 30, 0),
            ..Contract::default()
        };
        c.goals
            .set_main(
                "Nowa rola liderska",
                chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            )
            .unwrap();
        c.rules = vec![
            Rule {
                title: "Poufność".into(),
                text: "Wszystkie rozmowy są poufne.".into(),
                agreed: true,
            },
            Rule {
                title: "Punktualność".into(),
                text: "Zaczynamy o czasie.".into(),
                agreed: false,
            },
            Rule {
                title: "Pusta".into(),
                text: "  ".into(),
                agreed: true,
            },
        ];
        c
    }

    fn lines(doc: &ContractDocument, section: usize) -> Vec<String> {
        doc.sections[section]
            .parts
            .iter()
            .map(|p| match p {
                DocPart::Line(l) => format!(
                    "{}: {}{}",
                    l.label,
                    l.text,
                    l.agreement
                        .map(|a| format!(" {}", a.mark()))
                        .unwrap_or_default()
                ),
                DocPart::List { heading, items } => format!("{heading}: {}", items.join("; ")),
            })
            .collect()
    }

    /// Issue 26, item 2: the printed contract and the mentee's copy come from one function and
    /// say the same things in the same words; only the blanks differ.
    #[test]
    fn print_and_the_mentees_copy_say_the_same_in_the_same_words() {
        let c = filled();
        let paper = c.document(Blanks::Dotted);
        let screen = c.document(Blanks::Left);
        assert_eq!(paper.concluded, "zawarty 27\u{a0}listopada 2026 pomiędzy:");
        assert_eq!(screen.concluded, paper.concluded);
        assert_eq!(paper.parties, screen.parties);
        assert_eq!(
            lines(&paper, 1),
            [
                "Poufność: Wszystkie rozmowy są poufne. ✓\u{a0}uzgodnione",
                "Punktualność: Zaczynamy o czasie. ☐\u{a0}do\u{a0}uzgodnienia"
            ]
        );
        assert_eq!(lines(&screen, 1), lines(&paper, 1));
        assert_eq!(paper.sections[0].heading, "1. Cele i oczekiwane rezultaty");
        assert_eq!(
            lines(&paper, 0),
            [
                "Główny cel współpracy: Nowa rola liderska",
                "Kluczowe obszary do rozwoju: ……………………………………",
                "Mierzalne wskaźniki sukcesu: ……………………………………",
            ]
        );
        assert_eq!(
            lines(&screen, 0),
            ["Główny cel współpracy: Nowa rola liderska"]
        );
        assert_eq!(lines(&paper, 2), lines(&screen, 2));
        assert!(
            lines(&paper, 2)
                .iter()
                .any(|l| l.contains("o\u{a0}godz. 17:30"))
        );
        assert_eq!(
            paper.signatures,
            ["Mentor: Jan Kowalski", "Mentee: Anna Nowak"]
        );
        assert!(screen.signatures.is_empty());
        assert_eq!(
            paper.standing,
            ["Wersja robocza: strony jeszcze jej nie zaakceptowały."]
        );
        assert_eq!(screen.standing, paper.standing);
    }

    #[test]
    fn an_empty_contract_on_paper_is_a_form_to_fill_in_and_on_screen_says_only_what_is_known() {
        let c = Contract::default();
        let paper = c.document(Blanks::Dotted);
        assert_eq!(paper.concluded, "zawarty dnia …………………… pomiędzy:");
        assert_eq!(
            paper.parties,
            [line("Mentor", BLANK.into()), line("Mentee", BLANK.into())]
        );
        assert_eq!(
            paper.signatures,
            [format!("Mentor: {BLANK}"), format!("Mentee: {BLANK}")]
        );
        let screen = c.document(Blanks::Left);
        assert_eq!(screen.concluded, "Strony kontraktu:");
        assert!(screen.parties.is_empty());
        // The seed's rules come with their texts; logistics always.
        assert_eq!(
            screen.sections.last().unwrap().heading,
            "3. Logistyka spotkań"
        );
        assert!(!screen.sections.iter().any(|s| s.heading.starts_with("1.")));
    }

    #[test]
    fn an_accepted_contract_says_when_changes_were_accepted_or_are_waiting() {
        let mut c = filled();
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        c.rules.retain(|r| r.agreed);
        c.accept(day(1)).unwrap();
        assert!(c.document(Blanks::Left).standing.is_empty());
        c.edit(day(3), |c| c.mentee = "Anna Nowak-Kowalska".into());
        assert_eq!(
            c.document(Blanks::Dotted).standing,
            ["Zmieniony 3\u{a0}grudnia 2026; zmiany czekają na akceptację obu stron."]
        );
        c.accept_changes(day(4)).unwrap();
        assert_eq!(
            c.document(Blanks::Left).standing,
            ["Zmiany zaakceptowane przez obie strony 4\u{a0}grudnia 2026."]
        );
    }
}
