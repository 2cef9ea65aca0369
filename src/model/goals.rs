//! A mentee's goals: the contract's main goal, development areas and success indicators, each
//! with a stable id, so that progress recorded at meetings stays with it when it is reworded.
//!
//! One source of truth: the goals live in the contract document ([`Contract::goals`], key
//! `…/kontrakt`). The contract page edits and prints them; the programme page reads them from
//! there; progress lives in the meeting records ([`crate::model::journal::Meeting::progress`])
//! under the goal's id. A goal reworded after acceptance is a change to the contract's „cele i
//! wskaźniki” section, as before. Contracts saved before the goals had ids are migrated in
//! ([`migrate_contract_v1`]): each text becomes a goal, in its order, nothing dropped.
//!
//! [`Contract::goals`]: crate::model::contract::Contract::goals

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Stable identifier of a goal within one mentee's contract; never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GoalId(pub u32);

/// Where the goal sits in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GoalKind {
    /// „Główny cel współpracy” (one).
    Main,
    /// „Kluczowe obszary do rozwoju”.
    Area,
    /// „Mierzalne wskaźniki sukcesu”.
    Indicator,
}

impl GoalKind {
    pub const ALL: [GoalKind; 3] = [GoalKind::Main, GoalKind::Area, GoalKind::Indicator];

    /// The kind as a goal's list names it.
    pub const fn label(self) -> &'static str {
        match self {
            GoalKind::Main => "Główny cel",
            GoalKind::Area => "Obszar do rozwoju",
            GoalKind::Indicator => "Wskaźnik sukcesu",
        }
    }

    /// The heading over `count` goals of this kind: singular for one, plural for more
    /// („Obszar do rozwoju”, „Obszary do rozwoju”).
    pub const fn heading(self, count: usize) -> &'static str {
        match (self, count) {
            (GoalKind::Main, 1) => "Główny cel",
            (GoalKind::Main, _) => "Główne cele",
            (GoalKind::Area, 1) => "Obszar do rozwoju",
            (GoalKind::Area, _) => "Obszary do rozwoju",
            (GoalKind::Indicator, 1) => "Wskaźnik sukcesu",
            (GoalKind::Indicator, _) => "Wskaźniki sukcesu",
        }
    }
}

/// A wording a goal had before, and the day it was replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    pub text: String,
    #[serde(with = "crate::model::date::iso")]
    pub until: NaiveDate,
}

/// One goal of the mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    pub kind: GoalKind,
    /// The current wording (empty only for a row just added and not typed yet).
    pub text: String,
    /// The day it was written down; `None` for goals of contracts saved before goals had dates
    /// and no date of agreement.
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub created: Option<NaiveDate>,
    /// The day the current wording was set: rewording again that day replaces it in place
    /// (a field saved as you type must not leave a history entry per keystroke).
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub worded: Option<NaiveDate>,
    /// Earlier wordings, oldest first.
    #[serde(default)]
    pub earlier: Vec<Wording>,
    /// Taken off the contract on this day. Kept with its progress for the history and the
    /// closing summary; the contract no longer shows it.
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub dropped: Option<NaiveDate>,
}

impl Goal {
    /// The wording on `day`: the one in force then, or the current one.
    pub fn text_on(&self, day: NaiveDate) -> &str {
        self.earlier
            .iter()
            .find(|w| day < w.until)
            .map_or(self.text.as_str(), |w| w.text.as_str())
    }

    /// The first wording it had.
    pub fn first_text(&self) -> &str {
        self.earlier
            .first()
            .map_or(self.text.as_str(), |w| w.text.as_str())
    }

    pub fn is_current(&self) -> bool {
        self.dropped.is_none()
    }
}

/// Why a goal's text was refused; carries nothing the page would lose (the page keeps the
/// typed text with [`crate::model::form::Refused`]). `Display` is the message at the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalError {
    /// A goal cannot be blank; taking it off the contract is „Usuń”.
    Empty,
    TooLong {
        max: usize,
    },
    NoSuchGoal,
}

impl fmt::Display for GoalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoalError::Empty => f.write_str(
                "Cel nie może być pusty. Wpisz jego treść albo usuń go, jeśli jest już nieaktualny.",
            ),
            GoalError::TooLong { max } => write!(f, "Cel może mieć najwyżej {max} znaków."),
            GoalError::NoSuchGoal => {
                f.write_str("Tego celu już nie ma (może został usunięty w innej karcie).")
            }
        }
    }
}

impl std::error::Error for GoalError {}

/// All goals of one mentee, in the contract's order (dropped ones stay in place).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Goals {
    items: Vec<Goal>,
    next_id: u32,
}

impl Goals {
    /// The longest goal, in characters.
    pub const MAX_CHARS: usize = 500;

    /// Every goal ever written down, dropped ones too (for the history and summary).
    pub fn all(&self) -> &[Goal] {
        &self.items
    }

    /// The goals the contract shows now.
    pub fn current(&self) -> impl Iterator<Item = &Goal> {
        self.items.iter().filter(|g| g.is_current())
    }

    /// The contract's goals of one kind, in order.
    pub fn of_kind(&self, kind: GoalKind) -> Vec<&Goal> {
        self.current().filter(|g| g.kind == kind).collect()
    }

    pub fn get(&self, id: GoalId) -> Option<&Goal> {
        self.items.iter().find(|g| g.id == id)
    }

    /// The main goal, if written down.
    pub fn main(&self) -> Option<&Goal> {
        self.current().find(|g| g.kind == GoalKind::Main)
    }

    /// The main goal's text; empty when there is none.
    pub fn main_text(&self) -> &str {
        self.main().map_or("", |g| g.text.as_str())
    }

    /// Texts of the current goals of `kind`, in order (the contract's lists).
    pub fn texts(&self, kind: GoalKind) -> Vec<String> {
        self.of_kind(kind)
            .into_iter()
            .map(|g| g.text.clone())
            .collect()
    }

    /// Adds a goal at the end of its kind's list. Empty text is allowed here: a row added to
    /// be typed in. For a main goal when one exists, that one is reworded instead.
    pub fn add(
        &mut self,
        kind: GoalKind,
        text: &str,
        today: NaiveDate,
    ) -> Result<GoalId, GoalError> {
        let text = checked(text, true)?;
        if kind == GoalKind::Main
            && let Some(id) = self.main().map(|g| g.id)
        {
            if !text.is_empty() {
                self.reword(id, &text, today)?;
            }
            return Ok(id);
        }
        Ok(self.push(kind, text, Some(today)))
    }

    /// Adds a goal that must have text (the programme page's „Dodaj cel”).
    pub fn add_worded(
        &mut self,
        kind: GoalKind,
        text: &str,
        today: NaiveDate,
    ) -> Result<GoalId, GoalError> {
        checked(text, false)?;
        self.add(kind, text, today)
    }

    /// Gives a goal new wording. The wording it had goes into its history, unless it was set
    /// today (then it is replaced in place) or was still empty. Empty text is refused for a
    /// goal that has wording, and the goal stays as it was.
    pub fn reword(&mut self, id: GoalId, text: &str, today: NaiveDate) -> Result<(), GoalError> {
        let goal = self
            .items
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(GoalError::NoSuchGoal)?;
        let text = checked(text, goal.text.trim().is_empty())?;
        if text == goal.text {
            return Ok(());
        }
        if !goal.text.trim().is_empty() && goal.worded != Some(today) {
            let old = std::mem::take(&mut goal.text);
            goal.earlier.push(Wording {
                text: old,
                until: today,
            });
        }
        goal.text = text;
        goal.worded = Some(today);
        Ok(())
    }

    /// Sets the main goal: rewords it, or writes it down when there is none.
    pub fn set_main(&mut self, text: &str, today: NaiveDate) -> Result<GoalId, GoalError> {
        match self.main().map(|g| g.id) {
            Some(id) => self.reword(id, text, today).map(|()| id),
            None => self.add(GoalKind::Main, text, today),
        }
    }

    /// Rewords the `index`-th current goal of `kind` (the contract's list rows).
    pub fn reword_nth(
        &mut self,
        kind: GoalKind,
        index: usize,
        text: &str,
        today: NaiveDate,
    ) -> Result<(), GoalError> {
        let id = self.nth(kind, index).ok_or(GoalError::NoSuchGoal)?;
        self.reword(id, text, today)
    }

    /// Takes a goal off the contract. A goal that never had any wording goes altogether;
    /// any other is kept as dropped today, with its history and progress.
    pub fn remove(&mut self, id: GoalId, today: NaiveDate) -> Result<(), GoalError> {
        let index = self
            .items
            .iter()
            .position(|g| g.id == id && g.is_current())
            .ok_or(GoalError::NoSuchGoal)?;
        let goal = &mut self.items[index];
        if goal.text.trim().is_empty() && goal.earlier.is_empty() {
            self.items.remove(index);
        } else {
            goal.dropped = Some(today);
        }
        Ok(())
    }

    /// [`Goals::remove`] of the `index`-th current goal of `kind`.
    pub fn remove_nth(
        &mut self,
        kind: GoalKind,
        index: usize,
        today: NaiveDate,
    ) -> Result<(), GoalError> {
        let id = self.nth(kind, index).ok_or(GoalError::NoSuchGoal)?;
        self.remove(id, today)
    }

    /// Puts a dropped goal back on the contract.
    pub fn restore(&mut self, id: GoalId) -> Result<(), GoalError> {
        let goal = self
            .items
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(GoalError::NoSuchGoal)?;
        goal.dropped = None;
        Ok(())
    }

    /// The current goals only, as they read now: what a shared contract carries (no earlier
    /// wordings, no dropped goals).
    pub fn current_only(&self) -> Goals {
        Goals {
            items: self
                .current()
                .map(|g| Goal {
                    earlier: Vec::new(),
                    ..g.clone()
                })
                .collect(),
            next_id: self.next_id,
        }
    }

    fn nth(&self, kind: GoalKind, index: usize) -> Option<GoalId> {
        self.of_kind(kind).get(index).map(|g| g.id)
    }

    fn push(&mut self, kind: GoalKind, text: String, created: Option<NaiveDate>) -> GoalId {
        self.next_id = self.next_id.max(self.highest_id() + 1).max(1);
        let id = GoalId(self.next_id);
        self.next_id += 1;
        self.items.push(Goal {
            id,
            kind,
            worded: created.filter(|_| !text.is_empty()),
            text,
            created,
            earlier: Vec::new(),
            dropped: None,
        });
        id
    }

    fn highest_id(&self) -> u32 {
        self.items.iter().map(|g| g.id.0).max().unwrap_or(0)
    }
}

/// The text as a goal keeps it (trimmed), or why not.
fn checked(text: &str, empty_allowed: bool) -> Result<String, GoalError> {
    let text = text.trim();
    if text.is_empty() && !empty_allowed {
        return Err(GoalError::Empty);
    }
    if text.chars().count() > Goals::MAX_CHARS {
        return Err(GoalError::TooLong {
            max: Goals::MAX_CHARS,
        });
    }
    Ok(text.to_string())
}

/// Contract schema 1 → 2: `main_goal`, `areas` and `indicators` (plain texts) become `goals`,
/// in that order, each text as it was (blank rows too: the contract's checksum of what was
/// accepted must come out the same). Their date is the contract's date of agreement, else the
/// day it was accepted, else unknown.
pub fn migrate_contract_v1(mut data: Value) -> Result<Value, String> {
    let object = data
        .as_object_mut()
        .ok_or_else(|| "kontrakt nie jest obiektem".to_string())?;
    let text = |v: &Value| v.as_str().map(str::to_string);
    let list = |v: Option<Value>| -> Result<Vec<String>, String> {
        match v {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| text(i).ok_or_else(|| "cel nie jest tekstem".to_string()))
                .collect(),
            Some(_) => Err("lista celów nie jest listą".to_string()),
        }
    };
    let main = match object.remove("main_goal") {
        None | Some(Value::Null) => String::new(),
        Some(v) => text(&v).ok_or_else(|| "główny cel nie jest tekstem".to_string())?,
    };
    let areas = list(object.remove("areas"))?;
    let indicators = list(object.remove("indicators"))?;
    let agreed = object
        .get("agreed_on")
        .and_then(Value::as_str)
        .and_then(|t| super::date::from_iso(t.trim()));
    let accepted = object
        .get("status")
        .and_then(|s| s.get("Accepted"))
        .and_then(|a| a.get("on"))
        .and_then(Value::as_str)
        .and_then(super::date::from_iso);
    let created = agreed.or(accepted);
    let mut goals = Goals::default();
    // An empty main goal was no goal: the contract had none yet.
    if !main.trim().is_empty() {
        goals.push(GoalKind::Main, main, created);
    }
    for (kind, texts) in [(GoalKind::Area, areas), (GoalKind::Indicator, indicators)] {
        for text in texts {
            goals.push(kind, text, created);
        }
    }
    // Migrated wordings have no day of their own: the first rewording keeps them as history.
    for goal in &mut goals.items {
        goal.worded = None;
    }
    object.insert(
        "goals".to_string(),
        serde_json::to_value(&goals).map_err(|e| e.to_string())?,
    );
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_over_several_goals_is_plural() {
        assert_eq!(GoalKind::Area.heading(1), "Obszar do rozwoju");
        assert_eq!(GoalKind::Area.heading(2), "Obszary do rozwoju");
        assert_eq!(GoalKind::Indicator.heading(1), "Wskaźnik sukcesu");
        assert_eq!(GoalKind::Indicator.heading(5), "Wskaźniki sukcesu");
        assert_eq!(GoalKind::Main.heading(1), "Główny cel");
        for kind in GoalKind::ALL {
            assert_eq!(
                kind.heading(1),
                kind.label(),
                "one goal is named as its list names it"
            );
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn rewording_keeps_the_old_wording_once_a_day_and_the_id() {
        let mut goals = Goals::default();
        let id = goals
            .add(GoalKind::Area, "Delegowanie", day(1))
            .expect("added");
        // Typed on the same day: replaced in place, no history per keystroke.
        goals.reword(id, "Delegowanie zadań", day(1)).unwrap();
        assert!(goals.get(id).unwrap().earlier.is_empty());
        goals
            .reword(id, "Delegowanie zadań w zespole", day(8))
            .unwrap();
        goals
            .reword(id, "Delegowanie zadań w zespole 5 osób", day(8))
            .unwrap();
        let goal = goals.get(id).unwrap();
        assert_eq!(goal.id, id);
        assert_eq!(goal.text, "Delegowanie zadań w zespole 5 osób");
        assert_eq!(
            goal.earlier,
            [Wording {
                text: "Delegowanie zadań".into(),
                until: day(8)
            }]
        );
        assert_eq!(goal.text_on(day(3)), "Delegowanie zadań");
        assert_eq!(goal.text_on(day(8)), "Delegowanie zadań w zespole 5 osób");
        assert_eq!(goal.first_text(), "Delegowanie zadań");
        assert_eq!(goal.created, Some(day(1)));
    }

    #[test]
    fn an_empty_goal_is_refused_and_the_goal_stays() {
        let mut goals = Goals::default();
        let id = goals.set_main("Pierwsza rola liderska", day(1)).unwrap();
        let before = goals.clone();
        assert_eq!(goals.reword(id, "   ", day(2)), Err(GoalError::Empty));
        assert_eq!(goals, before);
        assert_eq!(
            goals.add_worded(GoalKind::Area, " ", day(2)),
            Err(GoalError::Empty)
        );
        assert_eq!(
            GoalError::Empty.to_string(),
            "Cel nie może być pusty. Wpisz jego treść albo usuń go, jeśli jest już nieaktualny."
        );
        let long = "ż".repeat(Goals::MAX_CHARS + 1);
        assert_eq!(
            goals.reword(id, &long, day(2)),
            Err(GoalError::TooLong { max: 500 })
        );
        assert_eq!(goals, before);
        // A row added to be typed in may be blank until it is typed.
        let row = goals.add(GoalKind::Indicator, "", day(2)).unwrap();
        goals.reword(row, "NPS zespołu ≥ 40", day(2)).unwrap();
        assert!(goals.get(row).unwrap().earlier.is_empty());
    }

    #[test]
    fn one_main_goal_and_ids_never_reused() {
        let mut goals = Goals::default();
        let main = goals.set_main("Cel", day(1)).unwrap();
        assert_eq!(goals.add(GoalKind::Main, "Inny cel", day(1)), Ok(main));
        assert_eq!(goals.main_text(), "Inny cel");
        let a = goals.add(GoalKind::Area, "A", day(1)).unwrap();
        let blank = goals.add(GoalKind::Area, "", day(1)).unwrap();
        goals.remove(blank, day(1)).unwrap();
        assert!(goals.get(blank).is_none(), "a never-typed row simply goes");
        goals.remove(a, day(3)).unwrap();
        assert_eq!(goals.get(a).unwrap().dropped, Some(day(3)), "kept");
        assert!(goals.of_kind(GoalKind::Area).is_empty());
        let b = goals.add(GoalKind::Area, "B", day(4)).unwrap();
        assert!(b.0 > blank.0 && b.0 > a.0);
        goals.restore(a).unwrap();
        assert_eq!(goals.texts(GoalKind::Area), ["A", "B"]);
        assert_eq!(goals.remove(GoalId(99), day(4)), Err(GoalError::NoSuchGoal));
    }

    #[test]
    fn contract_v1_goals_migrate_in_order_with_nothing_lost() {
        let v1 = serde_json::json!({
            "agreed_on": "2026-11-20",
            "main_goal": "Pierwsza rola liderska",
            "areas": ["Delegowanie", ""],
            "indicators": ["Zespół sam prowadzi daily"],
            "status": "Draft"
        });
        let v2 = migrate_contract_v1(v1).unwrap();
        assert!(v2.get("main_goal").is_none());
        let goals: Goals = serde_json::from_value(v2["goals"].clone()).unwrap();
        let all: Vec<(GoalKind, &str)> = goals
            .all()
            .iter()
            .map(|g| (g.kind, g.text.as_str()))
            .collect();
        assert_eq!(
            all,
            [
                (GoalKind::Main, "Pierwsza rola liderska"),
                (GoalKind::Area, "Delegowanie"),
                (GoalKind::Area, ""),
                (GoalKind::Indicator, "Zespół sam prowadzi daily"),
            ]
        );
        assert!(
            goals
                .all()
                .iter()
                .all(|g| g.created == NaiveDate::from_ymd_opt(2026, 11, 20))
        );
        assert!(goals.all().iter().all(|g| g.worded.is_none()));
        // The next goal gets a fresh id.
        let mut goals = goals;
        let next = goals.add(GoalKind::Area, "Nowy", day(2)).unwrap();
        assert_eq!(next, GoalId(5));
        // Anything that is not a contract of schema 1 is refused, not guessed.
        assert!(migrate_contract_v1(serde_json::json!([])).is_err());
        assert!(migrate_contract_v1(serde_json::json!({"areas": "x"})).is_err());
        assert!(migrate_contract_v1(serde_json::json!({"areas": [1]})).is_err());
    }
}
