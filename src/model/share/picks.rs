//! What the mentor picks to share, and the shared item built from it (and the mentee's
//! reflection built from the form).

use crate::model::contract::{Contract, Status};
use crate::model::date;
use crate::model::feedback::{Conversation, StepOwner};
use crate::model::goals::{GoalId, Goals};
use crate::model::journal::{self, ActionOwner, CarriedAction, Meeting};

use super::*;

/// The parts of a contract to share. The parties and the logistics (the plan both keep, and
/// the mentee's calendar file) always go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractPick {
    pub goals: bool,
    pub rules: bool,
}

impl Default for ContractPick {
    fn default() -> Self {
        ContractPick {
            goals: true,
            rules: true,
        }
    }
}

/// The contract as it goes: only current goals (no earlier wordings), none of the calendar
/// bookkeeping, and the parts not picked left blank.
pub fn contract(contract: &Contract, pick: ContractPick) -> Shared {
    let mut shared = contract.clone();
    shared.goals = if pick.goals {
        contract.goals.current_only()
    } else {
        Goals::default()
    };
    if !pick.rules {
        shared.rules.clear();
    }
    shared.calendar_sequence = 0;
    shared.calendar_fingerprint = String::new();
    // The accepted version's copy serves the mentor's app to tell what changed since; the
    // mentee reads the contract as it stands.
    if let Status::Accepted { accepted_terms, .. } = &mut shared.status {
        *accepted_terms = None;
    }
    Shared::Contract(Box::new(shared))
}

/// The parts of a meeting to share. The notes (on the blocks and beside the goals' scores)
/// are the mentor's own and private unless ticked one by one; the items, those still open
/// from earlier meetings and the scores go by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingPick {
    pub message: String,
    /// One per block of the meeting: whether its note goes.
    pub notes: Vec<bool>,
    pub items: bool,
    /// The items still open from earlier meetings.
    pub earlier: bool,
    /// The scores on the goals.
    pub progress: bool,
    /// The goals whose score goes with the note written beside it.
    pub progress_notes: Vec<GoalId>,
}

impl MeetingPick {
    /// Nothing private: no block note, no note beside a score.
    pub fn default_for(meeting: &Meeting) -> MeetingPick {
        MeetingPick {
            message: String::new(),
            notes: vec![false; meeting.blocks.len()],
            items: true,
            earlier: true,
            progress: true,
            progress_notes: Vec::new(),
        }
    }
}

/// A meeting as it goes to the mentee. `carried` is what its first block lists (the journal's
/// `carried_into`): of those, the items still open go, in its order (overdue first).
pub fn meeting(
    origin: Origin,
    parties: (&str, &str),
    meeting: &Meeting,
    carried: &[CarriedAction],
    goals: &Goals,
    pick: &MeetingPick,
) -> Shared {
    let notes = meeting
        .blocks
        .iter()
        .zip(pick.notes.iter().chain(std::iter::repeat(&false)))
        .filter(|(block, picked)| **picked && !block.note.trim().is_empty())
        .map(|(block, _)| SharedNote {
            title: block.title.clone(),
            note: block.note.trim().to_string(),
        })
        .collect();
    let items = if pick.items {
        meeting
            .actions
            .iter()
            .map(|a| SharedItem {
                what: a.what.clone(),
                owner: owner_label(a.owner).to_string(),
                due: a.due,
                done: a.done.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let progress = if pick.progress {
        meeting
            .progress
            .iter()
            .filter_map(|p| {
                Some(SharedProgress {
                    goal: goals.get(p.goal)?.text_on(meeting.date).to_string(),
                    value: p.value,
                    note: if pick.progress_notes.contains(&p.goal) {
                        p.note.trim().to_string()
                    } else {
                        String::new()
                    },
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let earlier = if pick.earlier {
        carried
            .iter()
            .filter(|c| c.item.is_open())
            .take(MAX_ITEMS)
            .map(|c| SharedEarlier {
                what: c.item.what.clone(),
                owner: owner_label(c.item.owner).to_string(),
                due: c.item.due,
                from: c.from_date,
            })
            .collect()
    } else {
        Vec::new()
    };
    Shared::Meeting(SharedMeeting {
        origin,
        mentor: parties.0.trim().to_string(),
        mentee: parties.1.trim().to_string(),
        date: meeting.date,
        agenda: meeting.agenda_label().to_string(),
        message: pick.message.trim().to_string(),
        notes,
        items,
        progress,
        earlier,
    })
}

fn owner_label(owner: ActionOwner) -> &'static str {
    match owner {
        ActionOwner::Mentor => "mentor",
        ActionOwner::Mentee => "mentee",
    }
}

/// What goes with a feedback conversation's next steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepsPick {
    pub support: bool,
    pub follow_up: bool,
}

impl Default for StepsPick {
    fn default() -> Self {
        StepsPick {
            support: true,
            follow_up: true,
        }
    }
}

/// A feedback conversation's next steps, support and follow-up day; nothing of the
/// preparation or the talk itself (the observations, the mentor's intentions) goes.
pub fn steps(parties: (&str, &str), conversation: &Conversation, pick: StepsPick) -> Shared {
    Shared::Steps(SharedSteps {
        mentor: parties.0.trim().to_string(),
        mentee: parties.1.trim().to_string(),
        date: conversation.created,
        steps: conversation
            .steps
            .iter()
            .filter(|s| !s.what.trim().is_empty())
            .map(|s| SharedItem {
                what: s.what.trim().to_string(),
                owner: match s.owner {
                    StepOwner::Mentee => "mentee",
                    StepOwner::Mentor => "mentor",
                    StepOwner::Both => "oboje",
                }
                .to_string(),
                due: date::from_iso(s.due.trim()),
                done: s.done,
            })
            .collect(),
        support: if pick.support {
            conversation.support.trim().to_string()
        } else {
            String::new()
        },
        follow_up: conversation.follow_up.filter(|_| pick.follow_up),
    })
}

/// Why a reflection cannot go yet; `Display` is the message shown at the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionError {
    /// No usefulness picked on the 1–5 scale.
    NoRating,
    /// Neither answer has a word in it.
    NothingWritten,
    /// An answer longer than a link carries.
    TooLong,
}

impl std::fmt::Display for ReflectionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReflectionError::NoRating => {
                f.write_str("Zaznacz, jak przydatne było spotkanie (od 1 do 5).")
            }
            ReflectionError::NothingWritten => f.write_str(
                "Napisz choć jedno zdanie: co zabierasz ze spotkania albo co zrobisz do następnego.",
            ),
            ReflectionError::TooLong => write!(
                f,
                "Odpowiedź może mieć najwyżej {} znaków.",
                group(MAX_TEXT_CHARS)
            ),
        }
    }
}

impl std::error::Error for ReflectionError {}

/// The mentee's reflection on `meeting`, or why it cannot go yet.
pub fn reflection(
    meeting: &SharedMeeting,
    takeaway: &str,
    next: &str,
    usefulness: Option<u8>,
    done: Vec<SharedDone>,
) -> Result<Shared, ReflectionError> {
    let Some(usefulness) = usefulness.filter(|u| journal::Reflection::SCALE.contains(u)) else {
        return Err(ReflectionError::NoRating);
    };
    if takeaway.trim().is_empty() && next.trim().is_empty() {
        return Err(ReflectionError::NothingWritten);
    }
    if [takeaway, next]
        .iter()
        .any(|text| text.chars().count() > MAX_TEXT_CHARS)
    {
        return Err(ReflectionError::TooLong);
    }
    Ok(Shared::Reflection(SharedReflection {
        origin: meeting.origin.clone(),
        meeting_date: meeting.date,
        mentee: meeting.mentee.clone(),
        takeaway: takeaway.trim().to_string(),
        next: next.trim().to_string(),
        usefulness,
        done: done.into_iter().take(MAX_ITEMS).collect(),
    }))
}
