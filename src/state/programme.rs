//! The programme page's state: the active mentee's contract (goals and the plan of meetings),
//! the meeting journal (in the agenda document, through [`AgendaState`], that document's one
//! source), the closing document, and one-off readings of the other tools for the overview.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::agenda::{AgendaState, MeetingClock};
use super::{AppState, SavedDoc};
use crate::browser::clock;
use crate::model::contract::Contract;
use crate::model::contract::Parties;
use crate::model::crm::CrmDoc;
use crate::model::deck::QuestionsDoc;
use crate::model::feedback::FeedbackDoc;
use crate::model::journal::Journal;
use crate::model::mentees::MenteeId;
use crate::model::programme::{ClosingError, ProgrammeDoc};
use crate::store::documents::PerMentee;

/// The programme of the active mentee; follows the mentee switcher.
#[derive(Clone, Copy)]
pub struct Programme {
    pub contract: SavedDoc<Contract>,
    pub agenda: AgendaState,
    pub closing: SavedDoc<ProgrammeDoc>,
    state: AppState,
}

/// What the other tools hold for the mentee, read once when the overview is drawn.
#[derive(Default)]
pub struct OtherTools {
    pub feedback: Option<FeedbackDoc>,
    pub questions: Option<QuestionsDoc>,
    pub crm: Option<CrmDoc>,
}

impl Programme {
    /// Set up once per visit to the page (the journal's tool lives as long as the app).
    pub fn new(state: AppState) -> Programme {
        let clock = expect_context::<MeetingClock>();
        Programme {
            contract: state.mentee_doc::<Contract>(),
            agenda: AgendaState::take_over(clock),
            closing: state.mentee_doc::<ProgrammeDoc>(),
            state,
        }
    }

    pub fn journal<R>(&self, read: impl FnOnce(&Journal) -> R) -> R {
        self.agenda.doc.value.with(|doc| read(&doc.log))
    }

    pub fn change_journal<R>(&self, change: impl FnOnce(&mut Journal) -> R) -> R {
        self.agenda.doc.update(|doc| change(&mut doc.log))
    }

    /// Tracks the active mentee: their name and whether they are in the archive.
    pub fn mentee(&self) -> (String, bool) {
        self.state.roster.with(|roster| {
            let mentee = roster.active();
            (mentee.name.clone(), mentee.is_archived())
        })
    }

    /// Who the programme is between (tracked): the contract's names, else the mentee's name
    /// on the list, as on every printed page.
    pub fn parties(&self) -> Parties {
        let listed = self.state.active_mentee_name();
        self.contract.value.with(|c| Parties::of(Some(c), listed))
    }

    /// The active mentee's id (tracked).
    pub fn mentee_id(&self) -> MenteeId {
        self.state.roster.with(|roster| roster.active_id().clone())
    }

    /// Closes the programme on `on` and moves the mentee to the archive (kept, and still the
    /// active one until the mentor picks someone else, so the summary stays on screen).
    pub fn close(&self, on: NaiveDate, takeaways: &str) -> Result<(), ClosingError> {
        self.journal(|journal| self.closing.update(|doc| doc.close(on, takeaways, journal)))?;
        self.closing.flush();
        let id = self.state.roster.with_untracked(|r| r.active_id().clone());
        // The mentee vanished in another tab: the closing is saved all the same.
        let _ = self.state.change_roster(|roster| roster.archive(&id, on));
        Ok(())
    }

    /// Opens a closed programme again and brings the mentee back from the archive.
    pub fn reopen(&self) {
        self.closing.update(|doc| doc.reopen(clock::today()));
        self.closing.flush();
        let id = self.state.roster.with_untracked(|r| r.active_id().clone());
        let _ = self.state.change_roster(|roster| roster.unarchive(&id));
    }

    /// The other tools' documents of the active mentee (tracks the mentee).
    pub fn other_tools(&self) -> OtherTools {
        let id = self.state.roster.with(|roster| roster.active_id().clone());
        OtherTools {
            feedback: self.state.load_doc(&FeedbackDoc::DOC.key(&id)),
            questions: self.state.load_doc(&QuestionsDoc::DOC.key(&id)),
            crm: self.state.load_doc(&CrmDoc::DOC.key(&id)),
        }
    }
}
