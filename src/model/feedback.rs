//! A feedback conversation with a mentee, from preparation to checking its effects, and the
//! small deterministic helpers that support it: the I-message draft and the wording guard.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::form::{Choice, Refused};
use super::{date, text};
use crate::content::{feedback as checklist, wording};

/// Who takes an agreed step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepOwner {
    Mentee,
    Mentor,
    Both,
}

impl Choice for StepOwner {
    const ALL: &'static [StepOwner] = &[StepOwner::Mentee, StepOwner::Mentor, StepOwner::Both];

    fn value(self) -> &'static str {
        match self {
            StepOwner::Mentee => "mentee",
            StepOwner::Mentor => "mentor",
            StepOwner::Both => "oboje",
        }
    }

    // „razem”, not „oboje”, which assumes a man and a woman; the value stays „oboje”: it is
    // the picker's value and a shared link's word (`SharedItem::owner`).
    fn label(self) -> &'static str {
        match self {
            StepOwner::Mentee => "mentee",
            StepOwner::Mentor => "mentor",
            StepOwner::Both => "razem",
        }
    }
}

/// How the mentor speaks of themself in the first person: „poczułem”, „poczułam”, or both
/// forms until the mentor chooses („poczułem/am”). Saved as its picker value, by hand: a derived
/// enum (de)serialiser costs the phone kilobytes of wasm for three words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Both,
    Masculine,
    Feminine,
}

impl Form {
    /// The past tense of the first person with this form: `("poczuł", "em", "am")` gives
    /// „poczułem”, „poczułam” or „poczułem/am”.
    pub fn verb(self, stem: &str, masculine: &str, feminine: &str) -> String {
        match self {
            Form::Both => format!("{stem}{masculine}/{feminine}"),
            Form::Masculine => format!("{stem}{masculine}"),
            Form::Feminine => format!("{stem}{feminine}"),
        }
    }

    /// An adjective in this form, from its masculine and feminine forms („zaniepokojony”,
    /// „zaniepokojona” → „zaniepokojony/a”).
    pub fn adjective(self, masculine: &str, feminine: &str) -> String {
        match self {
            Form::Masculine => masculine.to_string(),
            Form::Feminine => feminine.to_string(),
            Form::Both => {
                // The shared stem, then the feminine ending after a slash.
                let common = masculine
                    .char_indices()
                    .zip(feminine.chars())
                    .take_while(|((_, a), b)| a == b)
                    .last()
                    .map_or(0, |((i, a), _)| i + a.len_utf8());
                format!("{masculine}/{}", &feminine[common..])
            }
        }
    }
}

impl Choice for Form {
    const ALL: &'static [Form] = &[Form::Both, Form::Masculine, Form::Feminine];

    /// The picker's value, which is also how the form is saved (a stored format).
    fn value(self) -> &'static str {
        match self {
            Form::Both => "obie",
            Form::Masculine => "m",
            Form::Feminine => "k",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Form::Both => "poczułem/am (obie formy)",
            Form::Masculine => "poczułem",
            Form::Feminine => "poczułam",
        }
    }
}

impl Serialize for Form {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.value())
    }
}

impl<'de> Deserialize<'de> for Form {
    /// A saved value this build does not know (written by a newer one) reads as both forms,
    /// on purpose: the conversation still loads, and „poczułem/am” is right for anyone.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Form, D::Error> {
        let value = String::deserialize(d)?;
        Ok(Form::parse(&value).unwrap_or(Form::Both))
    }
}

/// Feelings to name in the I-message, masculine and feminine: words for what the mentor felt,
/// not judgements of the mentee („zlekceważony” says what the other did, so it is not here).
pub const FEELINGS: &[(&str, &str)] = &[
    ("zaniepokojony", "zaniepokojona"),
    ("zmartwiony", "zmartwiona"),
    ("zawiedziony", "zawiedziona"),
    ("rozczarowany", "rozczarowana"),
    ("zirytowany", "zirytowana"),
    ("sfrustrowany", "sfrustrowana"),
    ("zaskoczony", "zaskoczona"),
    ("zdezorientowany", "zdezorientowana"),
    ("bezradny", "bezradna"),
    ("spięty", "spięta"),
    ("zadowolony", "zadowolona"),
    ("spokojny", "spokojna"),
    ("dumny", "dumna"),
    ("wdzięczny", "wdzięczna"),
];

/// A next step agreed after the talk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub what: String,
    pub owner: StepOwner,
    /// Due date as typed (`YYYY-MM-DD`), may be empty.
    pub due: String,
    pub done: bool,
}

/// One step of the conversation script: its name, what to say, and a private reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptLine {
    pub step: &'static str,
    pub say: String,
    pub note: Option<String>,
    /// Items to read out one by one (the agreed steps, the support offered).
    pub list: Vec<String>,
}

impl ScriptLine {
    fn new(step: &'static str, say: String) -> ScriptLine {
        ScriptLine {
            step,
            say,
            note: None,
            list: Vec::new(),
        }
    }
}

/// One feedback conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: u32,
    #[serde(with = "crate::model::date::iso")]
    pub created: NaiveDate,
    /// Ticks of the checklist: 4 + 7 + 3, in the seed's order.
    pub ticks: Vec<Vec<bool>>,
    // Przed rozmową
    pub examples: Vec<String>,
    pub goal: String,
    pub intentions: String,
    /// When the talk is to be: a day and time from the picker (`YYYY-MM-DDTHH:MM`, `""` for
    /// none), or `None` while the field shows text that is not one ([`Conversation::refused`]).
    /// Not the SBI situation's „when”, which is the mentor's own words in `situation`.
    #[serde(with = "crate::model::date::moment_or_blank")]
    pub when: Option<NaiveDateTime>,
    /// Where, as text.
    pub place: String,
    // W trakcie rozmowy
    pub situation: String,
    pub behavior: String,
    pub impact: String,
    /// What the mentor felt, for the I-message („zaniepokojony/a”); older saves have none.
    #[serde(default)]
    pub feeling: String,
    /// The mentor's first-person form for the drafts; older saves use both forms.
    #[serde(default)]
    pub form: Form,
    /// The I-message as edited; empty means "use the draft".
    pub i_message: String,
    pub facts: String,
    pub interpretation: String,
    pub response: String,
    pub future: String,
    pub strengths: String,
    // Po rozmowie
    pub steps: Vec<Step>,
    pub support: String,
    /// The day to check the effects (`YYYY-MM-DD`, `""` for none), as [`Conversation::when`].
    #[serde(with = "crate::model::date::iso_or_blank")]
    pub follow_up: Option<NaiveDate>,
    pub progress: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub follow_up_closed: Option<NaiveDate>,
    /// Text typed into [`Conversation::when`] or [`Conversation::follow_up`] that is not a day
    /// (and time), kept with why: the field shows it until it is fixed, nothing typed is lost
    /// (schema 2; before, the fields were the text as typed).
    #[serde(default, skip_serializing_if = "Refused::is_empty")]
    pub refused: Refused<ConversationField>,
}

/// A conversation's day fields, whose text the conversation keeps in
/// [`Conversation::refused`] when it is not a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConversationField {
    When,
    FollowUp,
}

/// Why a conversation's field refused typed text; `Display` is the message at the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConversationError {
    /// Not a day and time (`YYYY-MM-DDTHH:MM` from the picker).
    NotAMoment { typed: String },
    /// Not a day (`YYYY-MM-DD` from the picker).
    NotADate { typed: String },
}

impl std::fmt::Display for ConversationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // An empty field is not quoted back („„” to nie data”): it only needs a day.
        match self {
            ConversationError::NotAMoment { typed } if typed.trim().is_empty() => {
                f.write_str("Wybierz dzień i\u{a0}godzinę z\u{a0}kalendarza.")
            }
            ConversationError::NotAMoment { typed } => write!(
                f,
                "„{typed}” to nie dzień i godzina. Wybierz je z kalendarza (RRRR-MM-DD GG:MM)."
            ),
            ConversationError::NotADate { typed } if typed.trim().is_empty() => {
                f.write_str("Wybierz dzień z\u{a0}kalendarza.")
            }
            ConversationError::NotADate { typed } => write!(
                f,
                "„{typed}” to nie data. Wybierz dzień z kalendarza (RRRR-MM-DD)."
            ),
        }
    }
}

impl std::error::Error for ConversationError {}

/// Where a follow-up stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUp {
    /// No date set, or closed.
    None,
    /// Due in `days` days (1 = tomorrow).
    Upcoming {
        days: i64,
    },
    DueToday,
    Overdue {
        days: i64,
    },
}

impl FollowUp {
    /// The follow-up's state as listed: empty when nothing is due.
    pub fn text(self) -> String {
        match self {
            FollowUp::DueToday => "sprawdź efekty dziś".to_string(),
            FollowUp::Overdue { days } => format!(
                "sprawdzenie efektów spóźnione o {}",
                text::count_noun(days.unsigned_abs() as usize, "dzień", "dni", "dni")
            ),
            FollowUp::Upcoming { days: 1 } => "sprawdź efekty jutro".to_string(),
            FollowUp::Upcoming { days } => format!(
                "sprawdź efekty za {}",
                text::count_noun(days.unsigned_abs() as usize, "dzień", "dni", "dni")
            ),
            FollowUp::None => String::new(),
        }
    }

    /// Whether the day has come (today or earlier).
    pub fn is_due(self) -> bool {
        matches!(self, FollowUp::DueToday | FollowUp::Overdue { .. })
    }

    /// Order on a list: the most overdue first, then today, then the soonest coming.
    fn urgency(self) -> (u8, i64) {
        match self {
            FollowUp::Overdue { days } => (0, -days),
            FollowUp::DueToday => (1, 0),
            FollowUp::Upcoming { days } => (2, days),
            FollowUp::None => (3, 0),
        }
    }
}

/// One follow-up on the start page's list, for any mentee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpEntry<K> {
    /// Whose conversation it is (the caller's key: a mentee's id and name).
    pub who: K,
    pub conversation: u32,
    /// The conversation's name in lists.
    pub label: String,
    /// The day to check the effects.
    pub day: NaiveDate,
    pub state: FollowUp,
}

/// How many days ahead a coming follow-up is listed (the start page, the programme page).
pub const SOON_DAYS: i64 = 7;

/// The follow-ups of every mentee that are due, overdue, or due within `soon_days` days:
/// the most overdue first, then today's, then the soonest coming; mentees in the given order
/// where the days are equal.
pub fn follow_ups_across<'a, K: Clone + 'a>(
    docs: impl IntoIterator<Item = (K, &'a FeedbackDoc)>,
    today: NaiveDate,
    soon_days: i64,
) -> Vec<FollowUpEntry<K>> {
    let mut entries: Vec<FollowUpEntry<K>> = docs
        .into_iter()
        .flat_map(|(who, doc)| {
            doc.conversations.iter().filter_map(move |c| {
                let state = c.follow_up_on(today);
                let soon = matches!(state, FollowUp::Upcoming { days } if days <= soon_days);
                (state.is_due() || soon).then(|| FollowUpEntry {
                    who: who.clone(),
                    conversation: c.id,
                    label: doc.label_of(c.id).unwrap_or_else(|| c.label()),
                    day: c.follow_up.unwrap_or(today),
                    state,
                })
            })
        })
        .collect();
    entries.sort_by_key(|entry| entry.state.urgency());
    entries
}

impl Conversation {
    /// How the conversation is named in lists: its date, and the start of its goal.
    pub fn label(&self) -> String {
        let goal = self.goal.trim();
        if goal.is_empty() {
            format!("Rozmowa z {}", date::long(self.created))
        } else {
            let short: String = goal.chars().take(48).collect();
            let more = if goal.chars().count() > 48 { "…" } else { "" };
            format!("Rozmowa z {}: {short}{more}", date::long(self.created))
        }
    }

    pub fn new(id: u32, created: NaiveDate) -> Conversation {
        Conversation {
            id,
            created,
            ticks: checklist::PHASES
                .iter()
                .map(|phase| vec![false; phase.items.len()])
                .collect(),
            examples: Vec::new(),
            goal: String::new(),
            intentions: String::new(),
            when: None,
            place: String::new(),
            situation: String::new(),
            behavior: String::new(),
            impact: String::new(),
            feeling: String::new(),
            form: Form::Both,
            i_message: String::new(),
            facts: String::new(),
            interpretation: String::new(),
            response: String::new(),
            future: String::new(),
            strengths: String::new(),
            steps: Vec::new(),
            support: String::new(),
            follow_up: None,
            progress: String::new(),
            follow_up_closed: None,
            refused: Refused::default(),
        }
    }

    /// Sets a day field from the text typed into it: empty clears it, a day (and time) is
    /// taken, and other text leaves the field without a value and is kept in
    /// [`Conversation::refused`] with why, as the field shows it.
    pub fn set_typed(
        &mut self,
        field: ConversationField,
        text: &str,
    ) -> Result<(), ConversationError> {
        let text = text.trim();
        let typed = text.to_string();
        let taken = match field {
            ConversationField::When => {
                self.when = date::moment_from_text(text);
                self.when.is_some()
            }
            ConversationField::FollowUp => {
                self.follow_up = date::from_iso(text);
                self.follow_up.is_some()
            }
        };
        let outcome = match field {
            _ if taken || text.is_empty() => Ok(()),
            ConversationField::When => Err(ConversationError::NotAMoment { typed }),
            ConversationField::FollowUp => Err(ConversationError::NotADate { typed }),
        };
        if let Err(error) = &outcome {
            self.refused
                .refuse(field, text.to_string(), error.to_string());
        } else {
            self.refused.forget(field);
        }
        outcome
    }

    /// A day field's text as the form shows it: the text refused, or the value, or nothing.
    pub fn shown(&self, field: ConversationField) -> String {
        if let Some(text) = self.refused.text(field) {
            return text;
        }
        let value = match field {
            ConversationField::When => self.when.map(date::moment_text),
            ConversationField::FollowUp => self.follow_up.map(date::to_iso),
        };
        value.unwrap_or_default()
    }

    /// Ticked and total items of a phase (0 before, 1 during, 2 after).
    pub fn progress_of(&self, phase: usize) -> (usize, usize) {
        let ticks = self.ticks.get(phase).map(Vec::as_slice).unwrap_or(&[]);
        let total = checklist::PHASES.get(phase).map_or(0, |p| p.items.len());
        (ticks.iter().take(total).filter(|t| **t).count(), total)
    }

    pub fn toggle(&mut self, phase: usize, item: usize) {
        if let Some(ticks) = self.ticks.get_mut(phase) {
            let total = checklist::PHASES.get(phase).map_or(0, |p| p.items.len());
            if ticks.len() < total {
                ticks.resize(total, false);
            }
            if let Some(tick) = ticks.get_mut(item) {
                *tick = !*tick;
            }
        }
    }

    pub fn is_ticked(&self, phase: usize, item: usize) -> bool {
        self.ticks
            .get(phase)
            .and_then(|t| t.get(item))
            .copied()
            .unwrap_or(false)
    }

    /// The I-message to say: the mentor's own text, or the draft from the SBI fields.
    pub fn i_message_text(&self) -> String {
        if self.i_message.trim().is_empty() {
            self.draft()
        } else {
            self.i_message.trim().to_string()
        }
    }

    /// The I-message drafted from the SBI fields and the feeling.
    pub fn draft(&self) -> String {
        draft_i_message(
            &self.situation,
            &self.behavior,
            &self.feeling,
            &self.impact,
            self.form,
        )
    }

    /// What to say, in the order of the seed's checklist: consent, SBI, the I-message, facts
    /// then the mentee's view, the future, a positive close, then the agreed steps and the
    /// support offered.
    pub fn script(&self) -> Vec<ScriptLine> {
        let said = |text: &str| {
            let text = text.trim();
            if text.is_empty() {
                "—".to_string()
            } else {
                text.to_string()
            }
        };
        let facts = clause(&self.facts);
        let noticed = self.form.verb("Zauważył", "em", "am");
        let ask = if facts.is_empty() {
            format!("„{noticed}, że… Jak to wygląda z Twojej strony?” – i słuchaj.")
        } else {
            format!("„{noticed}, że {facts}. Jak to wygląda z Twojej strony?” – i słuchaj.")
        };
        let steps: Vec<String> = self
            .steps
            .iter()
            .filter(|step| !step.what.trim().is_empty())
            .map(|step| {
                let due = date::from_iso(step.due.trim())
                    .map(|day| format!(", do {}", date::long(day)))
                    .unwrap_or_default();
                format!("{} ({}{due})", step.what.trim(), step.owner.label())
            })
            .collect();
        let support: Vec<String> = self
            .support
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect();
        let check = self
            .follow_up
            .map(|day| format!("Sprawdzenie efektów: {}.", date::long(day)));
        let interpretation = self.interpretation.trim();
        vec![
            ScriptLine::new(
                "1. Zgoda",
                "„Czy to dobry moment, abyśmy porozmawiali o…?”".into(),
            ),
            ScriptLine::new("2. Sytuacja", said(&self.situation)),
            ScriptLine::new("3. Zachowanie", said(&self.behavior)),
            ScriptLine::new("4. Wpływ", said(&self.impact)),
            ScriptLine::new("5. Komunikat „Ja”", said(&self.i_message_text())),
            ScriptLine {
                note: (!interpretation.is_empty()).then(|| {
                    format!("Twoja interpretacja, do sprawdzenia z mentee: {interpretation}")
                }),
                ..ScriptLine::new("6. Fakty, potem perspektywa mentee", ask)
            },
            ScriptLine::new("7. Przyszłość", said(&self.future)),
            ScriptLine::new("8. Mocne strony", said(&self.strengths)),
            ScriptLine {
                note: check,
                list: steps.clone(),
                ..ScriptLine::new(
                    "9. Kolejne kroki",
                    if steps.is_empty() {
                        "„Co możesz zrobić w związku z tym feedbackiem?” – ustalcie to wspólnie."
                            .to_string()
                    } else {
                        "Ustalone wspólnie:".to_string()
                    },
                )
            },
            ScriptLine {
                list: support,
                ..ScriptLine::new(
                    "10. Wsparcie",
                    "„Jak mogę Ci pomóc w realizacji tego planu?”".to_string(),
                )
            },
        ]
    }

    pub fn follow_up_on(&self, today: NaiveDate) -> FollowUp {
        if self.follow_up_closed.is_some() {
            return FollowUp::None;
        }
        let Some(day) = self.follow_up else {
            return FollowUp::None;
        };
        let days = (today - day).num_days();
        match days {
            d if d < 0 => FollowUp::Upcoming { days: -d },
            0 => FollowUp::DueToday,
            d => FollowUp::Overdue { days: d },
        }
    }
}

/// Words that open a typed phrase with a capital only because they start a sentence: they are
/// never names, so in the middle of the draft they go lower case. Everything else is kept as
/// the mentor wrote it („Tomek”, „Ewa”, „CRM”).
const SENTENCE_OPENERS: &[&str] = &[
    "na",
    "w",
    "we",
    "z",
    "ze",
    "po",
    "przed",
    "przy",
    "podczas",
    "od",
    "do",
    "o",
    "u",
    "dla",
    "za",
    "nad",
    "pod",
    "wczoraj",
    "dzisiaj",
    "dziś",
    "przedwczoraj",
    "ostatnio",
    "rano",
    "wieczorem",
    "kiedy",
    "gdy",
    "jak",
    "nie",
    "to",
    "ten",
    "ta",
    "te",
    "tamten",
    "twój",
    "twoja",
    "twoje",
    "twoim",
    "twojej",
    "twoich",
    "cały",
    "cała",
    "całe",
    "trzy",
    "dwa",
    "dwie",
    "dwukrotnie",
    "trzykrotnie",
    "kilka",
    "kilkakrotnie",
    "znowu",
    "znów",
    "już",
    "jeszcze",
    "zamiast",
    "mimo",
    "pomimo",
    "tydzień",
    "tym",
    "tej",
    "tego",
    "przez",
    "sam",
    "sama",
    "samodzielnie",
    "razem",
    "wtedy",
    "potem",
    "później",
    "mój",
    "moja",
    "moje",
    "mojego",
    "mojej",
    "mnie",
    "mi",
    "nasz",
    "nasza",
    "nasze",
    "naszego",
    "naszej",
    "nam",
    "nas",
    "jego",
    "jej",
    "ich",
    "on",
    "ona",
    "oni",
    "one",
    "ty",
    "wy",
    "zespół",
    "projekt",
    "klient",
    "klienci",
    "raport",
    "spotkanie",
    "termin",
    "praca",
    "wszyscy",
    "nikt",
    "reszta",
];

/// Whether the first word of a typed phrase is a sentence opener, not a name: one of
/// [`SENTENCE_OPENERS`], or a past-tense verb addressed to the mentee („Spóźniłeś”,
/// „Oddałaś”, „Przerwaliście”), an ending no Polish name has.
fn opens_a_sentence(word: &str) -> bool {
    let word = text::lower(word);
    SENTENCE_OPENERS.contains(&word.as_str())
        || ["łeś", "łaś", "liście", "łyście"].iter().any(|ending| {
            word.ends_with(ending) && word.chars().count() > ending.chars().count() + 1
        })
}

/// A typed phrase made fit to go mid-sentence: trimmed and without closing punctuation. Its
/// words stay as typed; only a sentence's capital on a word that can't be a name goes.
fn clause(part: &str) -> String {
    let part = part
        .trim()
        .trim_end_matches(['.', '!', '?', ',', ';', ':', '…'])
        .trim();
    let first_word = part
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let mut chars = part.chars();
    match chars.next() {
        None => String::new(),
        Some(first) if opens_a_sentence(first_word) => {
            text::lower_char(first).to_string() + chars.as_str()
        }
        Some(_) => part.to_string(),
    }
}

/// Drafts an I-message in the seed's pattern („Kiedy spóźniłeś się na spotkanie, poczułem, że
/// mój czas nie jest szanowany”), naming a feeling: „Kiedy {sytuacja} {zachowanie}, poczułem/am
/// się {uczucie}, bo {wpływ}.” The mentor's words are kept as typed; what is missing shows as „…”.
pub fn draft_i_message(
    situation: &str,
    behavior: &str,
    feeling: &str,
    impact: &str,
    form: Form,
) -> String {
    let (situation, behavior) = (clause(situation), clause(behavior));
    let (feeling, impact) = (clause(feeling), clause(impact));
    if behavior.is_empty() && situation.is_empty() {
        return String::new();
    }
    let when = [situation.as_str(), behavior.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let felt = form.verb("poczuł", "em", "am");
    let feeling = if feeling.is_empty() {
        "…".to_string()
    } else {
        agree_feeling(&feeling, form)
    };
    if impact.is_empty() {
        // „…” ends the sentence by itself: never „….”.
        let stop = if feeling.ends_with('…') { "" } else { "." };
        format!("Kiedy {when}, {felt} się {feeling}{stop}")
    } else {
        format!("Kiedy {when}, {felt} się {feeling}, bo {impact}.")
    }
}

/// A feeling from [`FEELINGS`], in whichever form it was picked or typed („zaniepokojony/a”,
/// „zaniepokojona”), put in the mentor's form, so that „poczułam się” is never followed by
/// „zaniepokojony/a”; any other text is kept as typed.
pub fn agree_feeling(feeling: &str, form: Form) -> String {
    let folded = text::lower(feeling.trim());
    FEELINGS
        .iter()
        .find(|(masculine, feminine)| {
            [Form::Both, Form::Masculine, Form::Feminine]
                .iter()
                .any(|f| f.adjective(masculine, feminine) == folded)
        })
        .map_or_else(
            || feeling.to_string(),
            |(masculine, feminine)| form.adjective(masculine, feminine),
        )
}

/// A word of advice when the feeling field holds a thought or a fact instead of a feeling
/// („że nie szanujesz mojego czasu”, „jakbyś mnie nie słuchał”).
pub fn feeling_hint(feeling: &str, form: Form) -> Option<String> {
    let folded = text::fold(feeling.trim());
    let first = folded
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(first, "ze" | "jakby" | "jakbys" | "jak" | "bo").then(|| {
        format!(
            "To brzmi jak myśl albo ocena, a nie uczucie. Nazwij uczucie, np. „{}”, „{}”.",
            form.adjective("zaniepokojony", "zaniepokojona"),
            form.adjective("zawiedziony", "zawiedziona"),
        )
    })
}

/// A phrase the wording guard points out, with what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordingHint {
    /// The words as typed.
    pub found: String,
    pub advice: String,
}

/// Points out generalisations and character labels in `input` (deterministic, no network).
pub fn wording_hints(input: &str) -> Vec<WordingHint> {
    // Fold to lower case without diacritics, keeping a map back to the typed words.
    let words: Vec<&str> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded: Vec<String> = words.iter().map(|w| text::fold(w)).collect();
    let mut hints = Vec::new();
    let mut i = 0;
    while i < folded.len() {
        let mut matched = false;
        for phrase in wording::GENERALISATIONS {
            let parts: Vec<&str> = phrase.split(' ').collect();
            if i + parts.len() <= folded.len()
                && parts.iter().zip(&folded[i..]).all(|(p, w)| p == w)
                && !wording::NOT_GENERALISATIONS.contains(&text::lower(words[i]).as_str())
            {
                let found = words[i..i + parts.len()].join(" ");
                hints.push(WordingHint {
                    advice: format!(
                        "„{found}” uogólnia. Opisz jedną konkretną sytuację: kiedy to było i co dokładnie się wydarzyło."
                    ),
                    found,
                });
                i += parts.len();
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        let word = format!("{} ", folded[i]);
        if wording::LABEL_STEMS
            .iter()
            .any(|stem| word.starts_with(stem))
        {
            let found = words[i].to_string();
            hints.push(WordingHint {
                advice: format!(
                    "„{found}” ocenia osobę, a nie zachowanie. Opisz, co mentee zrobił/a i jaki to miało skutek."
                ),
                found,
            });
        }
        i += 1;
    }
    hints
}

/// All of one mentee's feedback conversations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct FeedbackDoc {
    /// Newest first.
    pub conversations: Vec<Conversation>,
    pub next_id: u32,
}

impl FeedbackDoc {
    /// Every conversation's name in lists, in the list's order (newest first): its
    /// [`Conversation::label`], and where two would read the same (two talks on one day with
    /// no goal yet), the later ones numbered in the order they were started: „Rozmowa z
    /// 5 grudnia 2026 (2)”.
    pub fn labels(&self) -> Vec<(u32, String)> {
        let mut by_age: Vec<&Conversation> = self.conversations.iter().collect();
        by_age.sort_by_key(|c| c.id);
        let mut times_seen = std::collections::BTreeMap::<String, usize>::new();
        let mut named = std::collections::BTreeMap::<u32, String>::new();
        for c in by_age {
            let label = c.label();
            let seen = times_seen.entry(label.clone()).or_insert(0);
            *seen += 1;
            let label = match *seen {
                1 => label,
                n => format!("{label} ({n})"),
            };
            named.insert(c.id, label);
        }
        self.conversations
            .iter()
            .map(|c| (c.id, named.remove(&c.id).unwrap_or_default()))
            .collect()
    }

    /// Conversation `id`'s name in lists ([`FeedbackDoc::labels`]).
    pub fn label_of(&self, id: u32) -> Option<String> {
        self.labels()
            .into_iter()
            .find(|(of, _)| *of == id)
            .map(|(_, label)| label)
    }

    /// Starts a new conversation (first in the list) and gives its id.
    pub fn start(&mut self, today: NaiveDate) -> u32 {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id += 1;
        let mut conversation = Conversation::new(id, today);
        // The mentor's form carries over: chosen once, not on every conversation.
        if let Some(latest) = self.conversations.first() {
            conversation.form = latest.form;
        }
        self.conversations.insert(0, conversation);
        id
    }

    pub fn get_mut(&mut self, id: u32) -> Option<&mut Conversation> {
        self.conversations.iter_mut().find(|c| c.id == id)
    }

    pub fn remove(&mut self, id: u32) {
        self.conversations.retain(|c| c.id != id);
    }

    /// Follow-ups due today or overdue, most overdue first.
    pub fn due(&self, today: NaiveDate) -> Vec<(&Conversation, FollowUp)> {
        let mut due: Vec<(&Conversation, FollowUp)> = self
            .conversations
            .iter()
            .map(|c| (c, c.follow_up_on(today)))
            .filter(|(_, f)| f.is_due())
            .collect();
        due.sort_by_key(|(_, f)| f.urgency());
        due
    }
}

pub mod migrate;
#[cfg(test)]
mod tests;
