//! The mentoring contract: what the mentor and mentee agree on, its dates, and its meetings
//! as a calendar file.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use super::date;
use super::form::{Choice, Refused};
use super::goals::{GoalKind, Goals};
use super::ics::{self, Reminder};
use crate::content::contract as template;

/// How often the meetings are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    Weekly,
    EveryTwoWeeks,
    Monthly,
    /// Every N days, as agreed.
    EveryDays(u32),
}

impl Frequency {
    /// The picker's choice for this frequency.
    pub fn choice(self) -> FrequencyChoice {
        match self {
            Frequency::Weekly => FrequencyChoice::Weekly,
            Frequency::EveryTwoWeeks => FrequencyChoice::EveryTwoWeeks,
            Frequency::Monthly => FrequencyChoice::Monthly,
            Frequency::EveryDays(_) => FrequencyChoice::EveryDays,
        }
    }

    /// A stable name for the frequency, for checksums: the picker's value, with the days for
    /// „inna” (`inna-10`). Never the label, which may be reworded.
    pub fn key(self) -> String {
        match self {
            Frequency::EveryDays(days) => format!("{}-{days}", self.choice().value()),
            other => other.choice().value().to_string(),
        }
    }

    pub fn label(self) -> String {
        match self {
            Frequency::Weekly => "co tydzień".to_string(),
            Frequency::EveryTwoWeeks => "raz na dwa tygodnie".to_string(),
            Frequency::Monthly => "raz w miesiącu".to_string(),
            Frequency::EveryDays(1) => "codziennie".to_string(),
            Frequency::EveryDays(days) => format!("co {days} dni"),
        }
    }
}

/// The frequency picker's options; „inna” asks for the number of days next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrequencyChoice {
    Weekly,
    EveryTwoWeeks,
    Monthly,
    EveryDays,
}

impl FrequencyChoice {
    /// The frequency this choice sets; every 10 days until the mentor types the number.
    pub fn frequency(self) -> Frequency {
        match self {
            FrequencyChoice::Weekly => Frequency::Weekly,
            FrequencyChoice::EveryTwoWeeks => Frequency::EveryTwoWeeks,
            FrequencyChoice::Monthly => Frequency::Monthly,
            FrequencyChoice::EveryDays => Frequency::EveryDays(10),
        }
    }
}

impl Choice for FrequencyChoice {
    const ALL: &'static [FrequencyChoice] = &[
        FrequencyChoice::Weekly,
        FrequencyChoice::EveryTwoWeeks,
        FrequencyChoice::Monthly,
        FrequencyChoice::EveryDays,
    ];

    fn value(self) -> &'static str {
        match self {
            FrequencyChoice::Weekly => "tydzien",
            FrequencyChoice::EveryTwoWeeks => "dwa",
            FrequencyChoice::Monthly => "miesiac",
            FrequencyChoice::EveryDays => "inna",
        }
    }

    fn label(self) -> &'static str {
        match self {
            FrequencyChoice::Weekly => "co tydzień",
            FrequencyChoice::EveryTwoWeeks => "raz na dwa tygodnie",
            FrequencyChoice::Monthly => "raz w miesiącu",
            FrequencyChoice::EveryDays => "inna (co ile dni)",
        }
    }
}

/// Where the meetings happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingForm {
    Online,
    InPerson,
    Hybrid,
}

impl Choice for MeetingForm {
    const ALL: &'static [MeetingForm] = &[
        MeetingForm::Online,
        MeetingForm::InPerson,
        MeetingForm::Hybrid,
    ];

    fn value(self) -> &'static str {
        match self {
            MeetingForm::Online => "online",
            MeetingForm::InPerson => "na-zywo",
            MeetingForm::Hybrid => "hybrydowo",
        }
    }

    fn label(self) -> &'static str {
        match self {
            MeetingForm::Online => "online",
            MeetingForm::InPerson => "na żywo",
            MeetingForm::Hybrid => "hybrydowo",
        }
    }
}

/// A rule of cooperation and whether both sides ticked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub title: String,
    pub text: String,
    pub agreed: bool,
}

/// Where the contract stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Draft,
    Accepted {
        #[serde(with = "crate::model::date::iso")]
        on: NaiveDate,
        /// The day of the last change not accepted yet; `None` while the accepted version
        /// stands.
        #[serde(with = "crate::model::date::optional_iso")]
        amended: Option<NaiveDate>,
        /// The accepted version, section by section, to tell what changed since. Contracts
        /// accepted by older builds have none until their next change.
        #[serde(default)]
        accepted_terms: Option<String>,
        /// The last day both sides accepted changes, and the sections changed (their labels).
        /// Plain fields rather than a list of records: each saved type costs wasm.
        #[serde(default, with = "crate::model::date::optional_iso")]
        changes_accepted: Option<NaiveDate>,
        #[serde(default)]
        changes_accepted_in: String,
    },
}

/// A part of the contract, as the status names what changed in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Parties,
    Goals,
    Rules,
    Logistics,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Parties,
        Section::Goals,
        Section::Rules,
        Section::Logistics,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Section::Parties => "strony",
            Section::Goals => "cele i wskaźniki",
            Section::Rules => "zasady współpracy",
            Section::Logistics => "logistyka spotkań",
        }
    }
}

/// The contract for one mentee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contract {
    pub mentor: String,
    pub mentee: String,
    pub organisation: String,
    /// Date of agreement; `None` while empty or showing text that is not a date (then in
    /// [`Contract::refused`]). Saved as `YYYY-MM-DD`, or `""` for none.
    #[serde(with = "crate::model::date::iso_or_blank")]
    pub agreed_on: Option<NaiveDate>,
    /// The main goal, development areas and measurable success indicators („how we will
    /// know”): the mentee's goals, tracked across meetings (see [`crate::model::goals`]).
    pub goals: Goals,
    pub rules: Vec<Rule>,
    pub frequency: Frequency,
    pub duration_minutes: u32,
    pub form: MeetingForm,
    pub cancel_hours: u32,
    pub months: u32,
    /// First meeting's date and the meetings' time of day, as [`Contract::agreed_on`] (saved
    /// as `YYYY-MM-DD` and `HH:MM`, or `""` for none).
    #[serde(with = "crate::model::date::iso_or_blank")]
    pub start_date: Option<NaiveDate>,
    #[serde(with = "crate::model::date::time_or_blank")]
    pub start_time: Option<NaiveTime>,
    pub status: Status,
    /// The calendar file's UID: made on the first download and kept, so a calendar updates
    /// the series instead of adding a second one. Empty until then (and in older contracts).
    #[serde(default)]
    pub calendar_uid: String,
    /// The calendar file's SEQUENCE: one higher on each download after the meetings changed.
    #[serde(default)]
    pub calendar_sequence: u32,
    /// What the last downloaded file said about the meetings ([`Contract::calendar_fingerprint`]).
    #[serde(default)]
    pub calendar_fingerprint: String,
    /// The reminder each meeting in the calendar file carries (and the action items' files).
    /// Not a term of the contract: changing it marks nothing as amended. Contracts saved
    /// before it remind the day before, the default.
    #[serde(default)]
    pub reminder: Reminder,
    /// Text typed into a date or time field that is not one, kept with why: the field shows
    /// it until it is fixed, and nothing typed is lost (schema 3; before, the fields were the
    /// text as typed).
    #[serde(default, skip_serializing_if = "Refused::is_empty")]
    pub refused: Refused<DateField>,
}

/// The contract's date and time fields, whose text the contract keeps in
/// [`Contract::refused`] when it is not a date (a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateField {
    AgreedOn,
    StartDate,
    StartTime,
}

/// Why the contract refused typed text; `Display` is the message at the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractError {
    /// A number field's text that is not a whole number in its range.
    NotInRange { min: u32, max: u32 },
    /// A date or time field's text that is not a date (a time).
    Unreadable(DateField),
}

impl std::fmt::Display for ContractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContractError::NotInRange { min, max } => write!(f, "Wpisz liczbę od {min} do {max}."),
            ContractError::Unreadable(DateField::AgreedOn) => {
                f.write_str("Data zawarcia: wybierz dzień z kalendarza (RRRR-MM-DD).")
            }
            ContractError::Unreadable(DateField::StartDate) => {
                f.write_str("Data pierwszego spotkania: wybierz dzień z kalendarza (RRRR-MM-DD).")
            }
            ContractError::Unreadable(DateField::StartTime) => {
                f.write_str("Godzina spotkań: wpisz GG:MM, np. 17:00.")
            }
        }
    }
}

impl std::error::Error for ContractError {}

impl Default for Contract {
    fn default() -> Contract {
        Contract {
            mentor: String::new(),
            mentee: String::new(),
            organisation: String::new(),
            agreed_on: None,
            goals: Goals::default(),
            // The seed's four principles, in its wording, ready to tick.
            rules: template::SECTIONS[1]
                .items
                .iter()
                .map(|item| Rule {
                    title: item.label.unwrap_or_default().to_string(),
                    text: item.text.to_string(),
                    agreed: false,
                })
                .collect(),
            frequency: Frequency::EveryTwoWeeks,
            duration_minutes: 60,
            form: MeetingForm::Online,
            cancel_hours: 24,
            months: 6,
            start_date: None,
            start_time: NaiveTime::from_hms_opt(17, 0, 0),
            status: Status::Draft,
            calendar_uid: String::new(),
            calendar_sequence: 0,
            calendar_fingerprint: String::new(),
            reminder: Reminder::default(),
            refused: Refused::default(),
        }
    }
}

/// A whole-number field of the contract's logistics, with the range the form accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberField {
    /// Days between meetings when the frequency is "every N days".
    EveryDays,
    DurationMinutes,
    CancelHours,
    Months,
}

impl NumberField {
    pub fn range(self) -> (u32, u32) {
        match self {
            NumberField::EveryDays => (1, 120),
            NumberField::DurationMinutes => (15, 480),
            NumberField::CancelHours => (1, 336),
            NumberField::Months => (1, 36),
        }
    }

    /// The value as the form shows it.
    pub fn get(self, contract: &Contract) -> u32 {
        match self {
            NumberField::EveryDays => match contract.frequency {
                Frequency::EveryDays(days) => days,
                _ => 0,
            },
            NumberField::DurationMinutes => contract.duration_minutes,
            NumberField::CancelHours => contract.cancel_hours,
            NumberField::Months => contract.months,
        }
    }

    /// Sets the field from typed text. `Err` says why, and the contract stays as it was.
    pub fn set(self, contract: &mut Contract, text: &str) -> Result<(), ContractError> {
        let (min, max) = self.range();
        let value = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or(ContractError::NotInRange { min, max })?;
        match self {
            NumberField::EveryDays => contract.frequency = Frequency::EveryDays(value),
            NumberField::DurationMinutes => contract.duration_minutes = value,
            NumberField::CancelHours => contract.cancel_hours = value,
            NumberField::Months => contract.months = value,
        }
        Ok(())
    }
}

/// A field of the contract's form whose typed text the contract can refuse, keeping its
/// earlier value (a number out of range, a goal cleared): the form shows the typed text with
/// the reason ([`Refused`]) until it is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Number(NumberField),
    /// The `index`-th current goal of a kind, as the form lists them (the main goal is 0).
    Goal(GoalKind, usize),
}

impl FormField {
    /// The field as its label names it, for the reason acceptance waits.
    pub fn label(self) -> String {
        match self {
            FormField::Number(NumberField::EveryDays) => "Co ile dni".to_string(),
            FormField::Number(NumberField::DurationMinutes) => "Czas trwania spotkania".to_string(),
            FormField::Number(NumberField::CancelHours) => {
                "Odwołanie spotkania z wyprzedzeniem".to_string()
            }
            FormField::Number(NumberField::Months) => "Czas trwania programu".to_string(),
            FormField::Goal(GoalKind::Main, _) => "Główny cel współpracy".to_string(),
            FormField::Goal(GoalKind::Area, i) => format!("Obszar {}", i + 1),
            FormField::Goal(GoalKind::Indicator, i) => format!("Wskaźnik {}", i + 1),
        }
    }
}

/// A field of the contract that can need attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractField {
    Mentor,
    Mentee,
    MainGoal,
    AgreedOn,
    StartDate,
    StartTime,
    /// A form field showing text the contract refused.
    Typed(FormField),
}

impl ContractField {
    /// The field in plain words, as a list of what to fill in names it: „imię i nazwisko
    /// mentora”, „godzinę spotkań” (the accusative, after „uzupełnij”).
    pub fn plain_name(self) -> String {
        match self {
            ContractField::Mentor => "imię i\u{a0}nazwisko mentora".to_string(),
            ContractField::Mentee => "imię i\u{a0}nazwisko mentee".to_string(),
            ContractField::MainGoal => "główny cel współpracy".to_string(),
            ContractField::AgreedOn => "datę zawarcia".to_string(),
            ContractField::StartDate => "datę pierwszego spotkania".to_string(),
            ContractField::StartTime => "godzinę spotkań".to_string(),
            ContractField::Typed(field) => crate::model::text::lower(&field.label()),
        }
    }
}

impl ContractField {
    /// Acceptance waits for this field (both names, the main goal, and any field showing
    /// refused text); the others only need a readable value once one is typed.
    pub fn blocks_acceptance(self) -> bool {
        matches!(
            self,
            ContractField::Mentor
                | ContractField::Mentee
                | ContractField::MainGoal
                | ContractField::Typed(_)
        )
    }
}

/// Why acceptance waits, in one message: the fields to fix (showing refused text), each with
/// why, and the fields to fill in, named in plain words („uzupełnij: imię i nazwisko mentora,
/// główny cel współpracy”), never as the fields' own instructions pasted one after another.
pub fn acceptance_refusal(problems: &[FieldProblem]) -> String {
    let fix = problems
        .iter()
        .filter(|p| matches!(p.field, ContractField::Typed(_)))
        .map(|p| p.message.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join("; ");
    let fill = problems
        .iter()
        .filter(|p| !matches!(p.field, ContractField::Typed(_)))
        .map(|p| p.field.plain_name())
        .collect::<Vec<_>>()
        .join(", ");
    match (fix.is_empty(), fill.is_empty()) {
        (false, true) => format!("Aby zaakceptować, popraw: {fix}."),
        (false, false) => format!("Aby zaakceptować, popraw: {fix}. Uzupełnij: {fill}."),
        _ => format!("Aby zaakceptować, uzupełnij: {fill}."),
    }
}

/// A field that needs attention, with the message shown next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: ContractField,
    pub message: String,
}

impl Contract {
    pub fn start(&self) -> Option<NaiveDate> {
        self.start_date
    }

    /// Sets a date or time field from the text typed into it: empty clears it, a date (a
    /// time, `HH:MM`) is taken, and other text leaves the field without a value and is kept in
    /// [`Contract::refused`] with why, as the field shows it.
    pub fn set_typed(&mut self, field: DateField, text: &str) -> Result<(), ContractError> {
        let text = text.trim();
        let (day, time) = (date::from_iso(text), date::time_from_text(text));
        let taken = match field {
            DateField::AgreedOn => {
                self.agreed_on = day;
                day.is_some()
            }
            DateField::StartDate => {
                self.start_date = day;
                day.is_some()
            }
            DateField::StartTime => {
                self.start_time = time;
                time.is_some()
            }
        };
        let outcome = if taken || text.is_empty() {
            Ok(())
        } else {
            Err(ContractError::Unreadable(field))
        };
        self.refused
            .commit(field, text.to_string(), outcome)
            .ok_or(ContractError::Unreadable(field))
    }

    /// A date or time field's text as the form shows it: the text refused, or the value
    /// (`YYYY-MM-DD`, `HH:MM`), or nothing.
    pub fn shown(&self, field: DateField) -> String {
        if let Some(text) = self.refused.text(field) {
            return text;
        }
        let value = match field {
            DateField::AgreedOn => self.agreed_on.map(date::to_iso),
            DateField::StartDate => self.start_date.map(date::to_iso),
            DateField::StartTime => self.start_time.map(date::time_text),
        };
        value.unwrap_or_default()
    }

    /// The day the programme ends: `months` after the start (a month-end start ends on the
    /// last day of the shorter month).
    pub fn end_date(&self) -> Option<NaiveDate> {
        self.start()?.checked_add_months(Months::new(self.months))
    }

    /// Dates of all meetings from the start until (not including) the end date.
    pub fn meeting_dates(&self) -> Vec<NaiveDate> {
        let (Some(start), Some(end)) = (self.start(), self.end_date()) else {
            return Vec::new();
        };
        let mut dates = Vec::new();
        for k in 0u32.. {
            let next = match self.frequency {
                Frequency::Weekly => start.checked_add_days(Days::new(7 * u64::from(k))),
                Frequency::EveryTwoWeeks => start.checked_add_days(Days::new(14 * u64::from(k))),
                Frequency::Monthly => start.checked_add_months(Months::new(k)),
                Frequency::EveryDays(days) => {
                    start.checked_add_days(Days::new(u64::from(days.max(1)) * u64::from(k)))
                }
            };
            match next {
                Some(date) if date < end => dates.push(date),
                _ => break,
            }
        }
        dates
    }

    /// Whether the contract gives its meetings a first day, a time and at least one date: what
    /// a calendar file needs ([`Contract::to_ics`] is `Some` exactly then).
    pub fn has_meetings(&self) -> bool {
        self.start().is_some() && self.time().is_some() && !self.meeting_dates().is_empty()
    }

    /// The time of day as hours and minutes, if it reads as `HH:MM`.
    pub fn time(&self) -> Option<(u32, u32)> {
        self.start_time.map(|time| (time.hour(), time.minute()))
    }

    /// Problems that block acceptance, each tied to its field.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let mut add = |field, message: &str| {
            problems.push(FieldProblem {
                field,
                message: message.to_string(),
            })
        };
        if self.mentor.trim().is_empty() {
            add(ContractField::Mentor, "Wpisz imię i nazwisko mentora.");
        }
        if self.mentee.trim().is_empty() {
            add(ContractField::Mentee, "Wpisz imię i nazwisko mentee.");
        }
        if self.goals.main_text().trim().is_empty() {
            add(ContractField::MainGoal, "Wpisz główny cel współpracy.");
        }
        let unreadable = |field| ContractError::Unreadable(field).to_string();
        if self.refused.get(DateField::AgreedOn).is_some() {
            add(ContractField::AgreedOn, &unreadable(DateField::AgreedOn));
        }
        if self.refused.get(DateField::StartDate).is_some() {
            add(ContractField::StartDate, &unreadable(DateField::StartDate));
        }
        if self.start_time.is_none() {
            add(ContractField::StartTime, &unreadable(DateField::StartTime));
        }
        problems
    }

    /// Problems that block acceptance: both names and the main goal.
    fn blocking(&self) -> Result<(), Vec<FieldProblem>> {
        let blocking: Vec<FieldProblem> = self
            .problems()
            .into_iter()
            .filter(|p| p.field.blocks_acceptance())
            .collect();
        if blocking.is_empty() {
            Ok(())
        } else {
            Err(blocking)
        }
    }

    /// Accepts what the form shows: while a field shows text the contract refused, the
    /// contract still holds the field's earlier value, and accepting it would accept what is
    /// not on screen; so acceptance waits, naming each such field with its reason.
    pub fn accept_shown(
        &mut self,
        today: NaiveDate,
        refused: &Refused<FormField>,
    ) -> Result<(), Vec<FieldProblem>> {
        Self::as_shown(refused)?;
        self.accept(today)
    }

    /// [`Contract::accept_changes`] of what the form shows, as [`Contract::accept_shown`].
    pub fn accept_changes_shown(
        &mut self,
        today: NaiveDate,
        refused: &Refused<FormField>,
    ) -> Result<(), Vec<FieldProblem>> {
        Self::as_shown(refused)?;
        self.accept_changes(today)
    }

    fn as_shown(refused: &Refused<FormField>) -> Result<(), Vec<FieldProblem>> {
        if refused.is_empty() {
            return Ok(());
        }
        Err(refused
            .entries()
            .iter()
            .map(|entry| FieldProblem {
                field: ContractField::Typed(entry.field),
                message: format!("{} – {}", entry.field.label(), entry.message),
            })
            .collect())
    }

    /// Accepting needs both names and the main goal; records the date, and makes it the
    /// contract's date („zawarty dnia …”) when none was typed, so the printout is never blank.
    pub fn accept(&mut self, today: NaiveDate) -> Result<(), Vec<FieldProblem>> {
        self.blocking()?;
        if self.shown(DateField::AgreedOn).is_empty() {
            self.agreed_on = Some(today);
        }
        self.status = Status::Accepted {
            on: today,
            amended: None,
            accepted_terms: Some(self.terms()),
            changes_accepted: None,
            changes_accepted_in: String::new(),
        };
        Ok(())
    }

    /// What each [`Section`] says, as a short checksum (FNV-1a, hex), in [`Section::ALL`]'s
    /// order, space-separated: one string keeps the saved form small.
    fn terms(&self) -> String {
        let mut out = String::new();
        for section in Section::ALL {
            let mut hash = Fnv::default();
            match section {
                Section::Parties => {
                    // The date as the field shows it: as when it was the text typed.
                    for part in [
                        &self.mentor,
                        &self.mentee,
                        &self.organisation,
                        &self.shown(DateField::AgreedOn),
                    ] {
                        hash.add(part);
                    }
                }
                Section::Goals => {
                    // As when these were three plain fields: accepted contracts migrated from
                    // then still match what was accepted.
                    hash.add(self.goals.main_text());
                    let texts = |kind| self.goals.of_kind(kind).into_iter().map(|g| &g.text);
                    texts(GoalKind::Area).for_each(|a| hash.add(a));
                    hash.add("\u{1e}");
                    texts(GoalKind::Indicator).for_each(|i| hash.add(i));
                }
                Section::Rules => {
                    for rule in &self.rules {
                        hash.add(&rule.title);
                        hash.add(&rule.text);
                        hash.add(if rule.agreed { "1" } else { "0" });
                    }
                }
                Section::Logistics => hash.add(&self.logistics()),
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&hash.0.to_string());
        }
        out
    }

    /// Applies a change; an accepted contract that now differs from its accepted version is
    /// marked amended today, and one changed back is no longer.
    pub fn edit(&mut self, today: NaiveDate, change: impl FnOnce(&mut Contract)) {
        let before = self.terms();
        // Accepted by an older build and not changed since: what it says now is what was accepted.
        if let Status::Accepted {
            accepted_terms: terms @ None,
            amended: None,
            ..
        } = &mut self.status
        {
            *terms = Some(before.clone());
        }
        change(self);
        let after = self.terms();
        if let Status::Accepted {
            amended,
            accepted_terms,
            ..
        } = &mut self.status
        {
            if accepted_terms.as_ref() == Some(&after) {
                *amended = None;
            } else if after != before {
                *amended = Some(today);
            }
        }
    }

    /// Sections changed since acceptance and not accepted yet: `None` when there are none;
    /// an empty list when a contract accepted by an older build cannot tell which.
    pub fn pending_changes(&self) -> Option<Vec<Section>> {
        let Status::Accepted {
            amended: Some(_),
            accepted_terms,
            ..
        } = &self.status
        else {
            return None;
        };
        let now = self.terms();
        Some(match accepted_terms {
            Some(accepted) => Section::ALL
                .iter()
                .zip(accepted.split(' ').zip(now.split(' ')))
                .filter(|(_, (a, b))| a != b)
                .map(|(section, _)| *section)
                .collect(),
            None => Vec::new(),
        })
    }

    /// Both sides accept the changes made since acceptance: recorded with the day and what
    /// changed, and the current text becomes the accepted version.
    pub fn accept_changes(&mut self, today: NaiveDate) -> Result<(), Vec<FieldProblem>> {
        let Some(sections) = self.pending_changes() else {
            return Ok(());
        };
        self.blocking()?;
        let terms = self.terms();
        if let Status::Accepted {
            amended,
            accepted_terms,
            changes_accepted,
            changes_accepted_in,
            ..
        } = &mut self.status
        {
            *changes_accepted = Some(today);
            *changes_accepted_in = sections
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join(", ");
            *accepted_terms = Some(terms);
            *amended = None;
        }
        Ok(())
    }

    /// How long the programme runs, in words: „6 miesięcy”, „1 miesiąc”, „3 miesiące”.
    fn months_text(&self) -> String {
        super::text::count_noun(self.months as usize, "miesiąc", "miesiące", "miesięcy")
    }

    /// The meetings' terms as the contract's document words them, label and value: the printed
    /// contract and the mentee's copy from a shared link read the same.
    pub fn logistics_lines(&self) -> Vec<(&'static str, String)> {
        let period = match (self.start(), self.end_date()) {
            (Some(start), Some(end)) => format!(
                "{}, od {} do {} ({}, o\u{a0}godz. {})",
                self.months_text(),
                date::long(start),
                date::long(end),
                super::text::count_noun(
                    self.meeting_dates().len(),
                    "spotkanie",
                    "spotkania",
                    "spotkań"
                ),
                self.shown(DateField::StartTime),
            ),
            _ => self.months_text(),
        };
        vec![
            ("Częstotliwość", self.frequency.label()),
            (
                "Czas trwania",
                super::text::count_noun(
                    self.duration_minutes as usize,
                    "minuta",
                    "minuty",
                    "minut",
                ),
            ),
            ("Forma", self.form.label().to_string()),
            (
                "Odwoływanie spotkań",
                format!(
                    "z co najmniej {}‑godzinnym wyprzedzeniem",
                    self.cancel_hours
                ),
            ),
            ("Czas trwania programu", period),
        ]
    }

    /// The status in words, one sentence a line: whether accepted and when, the changes
    /// accepted later, and changes waiting for acceptance, with what changed and when.
    pub fn status_lines(&self) -> Vec<String> {
        let Status::Accepted {
            on,
            amended,
            changes_accepted,
            changes_accepted_in,
            ..
        } = &self.status
        else {
            return vec!["Status: szkic".to_string()];
        };
        let list = |sections: &[Section]| {
            sections
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut lines = vec![format!("Status: zaakceptowany {}", date::long(*on))];
        if let Some(day) = changes_accepted {
            lines.push(if changes_accepted_in.is_empty() {
                format!("Zmiany zaakceptowane {}.", date::long(*day))
            } else {
                format!(
                    "Zmiany zaakceptowane {} ({changes_accepted_in}).",
                    date::long(*day)
                )
            });
        }
        if let (Some(day), Some(sections)) = (amended, self.pending_changes()) {
            lines.push(if sections.is_empty() {
                format!(
                    "Zmieniony {}; zmiany czekają na akceptację obu stron.",
                    date::long(*day)
                )
            } else {
                format!(
                    "Zmieniony {}: {}. Zmiany czekają na akceptację obu stron.",
                    date::long(*day),
                    list(&sections)
                )
            });
        }
        lines
    }

    /// Fills in the mentee's name from the roster when the field is empty; `true` if it did.
    pub fn prefill_mentee(&mut self, name: &str) -> bool {
        let fill = self.mentee.trim().is_empty() && !name.trim().is_empty();
        if fill {
            self.mentee = name.trim().to_string();
        }
        fill
    }

    /// The logistics section in one line, for its checksum in [`Contract::terms`]: the fields
    /// as shown and the labels, as when the fields were text (accepted contracts keep
    /// matching what was accepted).
    fn logistics(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}|{}|{}",
            self.shown(DateField::StartDate),
            self.shown(DateField::StartTime),
            self.duration_minutes,
            self.frequency.label(),
            self.months,
            self.form.label(),
            self.cancel_hours,
        )
    }

    /// Everything the calendar file says about the meetings (the logistics, the mentee's name
    /// and the reminder); when it changes, the next download carries a higher SEQUENCE. Files
    /// downloaded before reminders differ from today's by their reminder, and the calendar
    /// should take the new one: so the reminder is part of it whatever its value. Made of
    /// stable keys (ISO dates, numbers, the pickers' values), never labels: rewording a label
    /// must not make every calendar update. Schema 3 rewrote fingerprints saved with labels
    /// ([`migrate::fingerprint_with_keys`]).
    pub fn calendar_fingerprint(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}|{}|{}|{}|{}",
            self.start_date.map(date::to_iso).unwrap_or_default(),
            self.start_time.map(date::time_text).unwrap_or_default(),
            self.duration_minutes,
            self.frequency.key(),
            self.months,
            self.form.value(),
            self.cancel_hours,
            self.mentee.trim(),
            self.reminder.trigger().unwrap_or("-")
        )
    }

    /// The calendar file to download now: the contract's own UID (made by `new_uid` the first
    /// time, then kept), and a SEQUENCE one higher than last time if the meetings changed since
    /// the last download. `None`, with nothing changed, while the dates are incomplete.
    pub fn export_calendar(
        &mut self,
        new_uid: impl FnOnce() -> String,
        stamp_utc: &str,
    ) -> Option<String> {
        let fingerprint = self.calendar_fingerprint();
        let fresh = self.calendar_uid.is_empty();
        let uid = if fresh {
            new_uid()
        } else {
            self.calendar_uid.clone()
        };
        let sequence = if !fresh && self.calendar_fingerprint != fingerprint {
            self.calendar_sequence + 1
        } else {
            self.calendar_sequence
        };
        let ics = self.to_ics(&uid, sequence, stamp_utc)?;
        self.calendar_uid = uid;
        self.calendar_sequence = sequence;
        self.calendar_fingerprint = fingerprint;
        Some(ics)
    }

    /// The meetings as an iCalendar file (RFC 5545) in Polish time: one recurring event, or one
    /// event per meeting where a recurrence rule would be misread (monthly from the 29th or 30th).
    pub fn to_ics(&self, uid: &str, sequence: u32, stamp_utc: &str) -> Option<String> {
        let mentee = if self.mentee.trim().is_empty() {
            "mentee"
        } else {
            self.mentee.trim()
        };
        self.to_ics_titled(uid, sequence, stamp_utc, &format!("Mentoring: {mentee}"))
    }

    /// [`Self::to_ics`] with the events titled `summary`: the mentee's copy names the mentor.
    pub fn to_ics_titled(
        &self,
        uid: &str,
        sequence: u32,
        stamp_utc: &str,
        summary: &str,
    ) -> Option<String> {
        let start = self.start()?;
        let (hour, minute) = self.time()?;
        let count = self.meeting_dates().len();
        if count == 0 {
            return None;
        }
        let start_minutes = hour * 60 + minute;
        let end_minutes = start_minutes + self.duration_minutes.max(1);
        // An event running past midnight ends the next day.
        let end_days = u64::from(end_minutes / (24 * 60));
        let end_minutes = end_minutes % (24 * 60);
        let local = |day: NaiveDate, minutes: u32| {
            format!(
                "{:04}{:02}{:02}T{:02}{:02}00",
                day.year(),
                day.month(),
                day.day(),
                minutes / 60,
                minutes % 60
            )
        };
        let rule = match self.frequency {
            Frequency::Weekly => Some(format!("FREQ=WEEKLY;COUNT={count}")),
            Frequency::EveryTwoWeeks => Some(format!("FREQ=WEEKLY;INTERVAL=2;COUNT={count}")),
            Frequency::EveryDays(days) => {
                Some(format!("FREQ=DAILY;INTERVAL={};COUNT={count}", days.max(1)))
            }
            Frequency::Monthly => match start.day() {
                // The 31st: every month's last day, as the dates here do.
                31 => Some(format!("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT={count}")),
                // The 29th or 30th falls back to a shorter month's last day. The rule for that
                // (BYSETPOS) is misread by common calendars (ical.js, so Thunderbird), so
                // these meetings go in one by one, on the dates counted here.
                29 | 30 => None,
                _ => Some(format!("FREQ=MONTHLY;COUNT={count}")),
            },
        };
        let events: Vec<(String, NaiveDate, Option<String>)> = match rule {
            Some(rule) => vec![(uid.to_string(), start, Some(rule))],
            None => self
                .meeting_dates()
                .into_iter()
                .enumerate()
                .map(|(i, day)| (format!("{}-{uid}", i + 1), day, None))
                .collect(),
        };
        let description = format!(
            "Spotkanie mentoringowe: {}, {} min, {}. Odwołanie z co najmniej {}‑godzinnym wyprzedzeniem.",
            self.frequency.label(),
            self.duration_minutes,
            self.form.label(),
            self.cancel_hours
        );
        let mut lines: Vec<String> = WARSAW.iter().map(|line| line.to_string()).collect();
        for (uid, day, rule) in events {
            let end_day = day.checked_add_days(Days::new(end_days))?;
            let mut head = vec![
                format!("UID:{uid}"),
                format!("DTSTAMP:{stamp_utc}"),
                format!("SEQUENCE:{sequence}"),
                format!("DTSTART;TZID=Europe/Warsaw:{}", local(day, start_minutes)),
                format!("DTEND;TZID=Europe/Warsaw:{}", local(end_day, end_minutes)),
            ];
            head.extend(rule.map(|rule| format!("RRULE:{rule}")));
            lines.extend(ics::event(head, summary, &description, self.reminder));
        }
        Some(ics::calendar("Kontrakt", lines))
    }
}

/// A new calendar UID for a contract's meetings, made once on the first download and kept
/// with the contract: the local moment (`20261127-101500`) and 32 random bits make it the
/// mentor's own, with no counter to keep.
pub fn new_calendar_uid(local_stamp: &str, random: u32) -> String {
    format!("{local_stamp}-{random:08x}@niezbednik-mentora")
}

/// Poland's time zone rules (CET/CEST since 1996), so `TZID=Europe/Warsaw` is defined in the file.
const WARSAW: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Warsaw",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// FNV-1a, 32 bits, over trimmed parts each ended by U+001F: a checksum that stays the same
/// across builds and platforms.
struct Fnv(u32);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0x811c_9dc5)
    }
}

impl Fnv {
    fn add(&mut self, part: &str) {
        for byte in part.trim().bytes().chain([0x1f]) {
            self.0 = (self.0 ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
}

mod document;
pub mod migrate;
mod parties;

pub use document::{Agreement, BLANK, Blanks, ContractDocument, DocLine, DocPart, DocSection};
pub use parties::{ContractNames, Parties};

#[cfg(test)]
mod tests;
