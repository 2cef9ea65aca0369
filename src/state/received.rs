//! „Od moich mentorów” and the way a mentee's reflection reaches a meeting: the kept items in
//! a signal, the start page's count, attaching a reflection to a mentee's meeting, and
//! marking the tasks it reports done.

use leptos::prelude::*;

use super::programme::Programme;
use super::{AppState, SavedDoc};
use crate::model::agenda_doc::AgendaDoc;
use crate::model::journal::Reflection;
use crate::model::journal::{Journal, MeetingId, RecordError};
use crate::model::mentees::MenteeId;
use crate::model::received::{ReceivedCount, ReceivedDoc};
use crate::store::codec::Document;
use crate::store::documents::{PerMentee, RECEIVED_KEY};

impl AppState {
    /// What the user kept from mentors' links, in a signal (one document for the whole app).
    pub fn received(self) -> SavedDoc<ReceivedDoc> {
        self.saved_doc(|_| RECEIVED_KEY.to_string())
    }

    /// How many items are kept, for the start page; reads none of them (see
    /// [`ReceivedCount`]).
    pub fn received_count(&self) -> usize {
        self.load_doc::<ReceivedCount>(RECEIVED_KEY)
            .map_or(0, |count| count.len())
    }

    /// A mentee's journal as saved (with what was typed a moment ago), read once.
    pub fn journal_of(&self, id: &MenteeId) -> Journal {
        self.load_doc::<AgendaDoc>(&AgendaDoc::DOC.key(id))
            .map(|doc| doc.log)
            .unwrap_or_default()
    }
}

impl<T: Document + serde::Serialize + Default + Clone + Send + Sync + 'static> SavedDoc<T> {
    /// Loads the document from its key now, instead of when the effects run: after a mentee
    /// switch, a change made at once must land on the new mentee's document.
    fn reload_now(&self) {
        let key = self.key.get_untracked();
        let document = self.state.load_doc::<T>(&key).unwrap_or_default();
        self.value.set(document);
    }
}

/// Why a reflection was not attached; `Display` is the message under the button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachError {
    NoMentee,
    NoMeeting,
}

impl std::fmt::Display for AttachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AttachError::NoMentee => {
                "Tej osoby nie ma już na liście mentee (może została usunięta w innej karcie)."
            }
            AttachError::NoMeeting => {
                "Tego spotkania nie ma już w przebiegu mentoringu (mogło zostać usunięte)."
            }
        })
    }
}

/// Makes `mentee` the active one (as the mentee switcher does), writes `reflection` into their
/// meeting and saves it at once.
pub fn attach_reflection(
    state: AppState,
    programme: Programme,
    mentee: &MenteeId,
    meeting: MeetingId,
    reflection: Reflection,
) -> Result<(), AttachError> {
    state
        .change_roster(|roster| roster.switch_to(mentee))
        .map_err(|_| AttachError::NoMentee)?;
    programme.agenda.doc.reload_now();
    programme
        .change_journal(|journal| journal.attach_reflection(meeting, reflection))
        .map_err(|_: RecordError| AttachError::NoMeeting)?;
    programme.agenda.doc.flush();
    Ok(())
}

/// The mentor's one tap on meeting `meeting` of the active mentee: marks done the open items
/// the mentee reported done in the reflection attached there (on the days the mentee gave,
/// see [`Journal::mark_reported_in`]), and saves at once. How many were marked.
pub fn mark_reported_done(programme: Programme, meeting: MeetingId) -> Result<usize, RecordError> {
    let marked = programme.change_journal(|journal| journal.mark_reported_in(meeting))?;
    programme.agenda.doc.flush();
    Ok(marked)
}
