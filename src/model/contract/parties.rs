//! Who a contract is between, as other documents name them: the two names read on their own
//! (the feedback page carries no contract reading code) and the parties of a meeting's summary.

use serde::Deserialize;

use super::Contract;

/// The two names of a saved contract, read without the rest of it: the feedback page names
/// the mentor on shared steps and should not carry the whole contract's reading code.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct ContractNames {
    #[serde(default)]
    pub mentor: String,
    #[serde(default)]
    pub mentee: String,
}

/// Who a meeting was between, as the printed summary names them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parties {
    pub mentee: String,
    /// From the mentee's contract; empty until it is filled in.
    pub mentor: String,
}

impl Parties {
    /// The names in the mentee's contract (full names, as signed), else the mentee's name on
    /// the list (`listed`, without the first run's stand-in, which is nobody's name).
    pub fn of(contract: Option<&Contract>, listed: Option<String>) -> Parties {
        match contract {
            Some(c) => Parties::named(&c.mentor, &c.mentee, listed),
            None => Parties::named("", "", listed),
        }
    }

    /// As [`Parties::of`], from the contract's two names alone ([`ContractNames`]).
    pub fn named(mentor: &str, mentee: &str, listed: Option<String>) -> Parties {
        let named = |name: &str| Some(name.trim().to_string()).filter(|name| !name.is_empty());
        Parties {
            mentee: named(mentee).or(listed).unwrap_or_default(),
            mentor: named(mentor).unwrap_or_default(),
        }
    }

    /// „Mentee: Anna Nowak · Mentor: Jan Kowalski”; a name not known yet is left out.
    pub fn line(&self) -> String {
        let mut line = String::new();
        for (role, name) in [("Mentee", &self.mentee), ("Mentor", &self.mentor)] {
            let name = name.trim();
            if !name.is_empty() {
                if !line.is_empty() {
                    line.push_str(" · ");
                }
                line.push_str(role);
                line.push_str(": ");
                line.push_str(name);
            }
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parties_are_the_contracts_names_else_the_name_on_the_list() {
        let listed = Some("Ola".to_string());
        let none = Parties::of(None, listed.clone());
        assert_eq!((none.mentee.as_str(), none.mentor.as_str()), ("Ola", ""));
        let mut contract = Contract {
            mentee: "  ".into(),
            mentor: " Jan Mentor ".into(),
            ..Contract::default()
        };
        let blank = Parties::of(Some(&contract), listed.clone());
        assert_eq!(
            (blank.mentee.as_str(), blank.mentor.as_str()),
            ("Ola", "Jan Mentor")
        );
        contract.mentee = "Aleksandra Nowak".into();
        assert_eq!(
            Parties::of(Some(&contract), listed).mentee,
            "Aleksandra Nowak"
        );
        assert_eq!(Parties::of(None, None).line(), "");
    }

    #[test]
    fn the_summary_names_both_parties_when_known() {
        let both = Parties {
            mentee: "Anna Nowak".into(),
            mentor: " Jan Kowalski ".into(),
        };
        assert_eq!(both.line(), "Mentee: Anna Nowak · Mentor: Jan Kowalski");
        let no_contract = Parties {
            mentee: "Anna Nowak".into(),
            mentor: String::new(),
        };
        assert_eq!(no_contract.line(), "Mentee: Anna Nowak");
    }
}
