//! Which documents exist, under which keys, at which schema version.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codec::Document;
use crate::model::contract::Contract;
use crate::model::crm::CrmDoc;
use crate::model::deck::QuestionsDoc;
use crate::model::feedback::FeedbackDoc;
use crate::model::meeting::{AgendaDoc, AgendaPrefs};
use crate::model::mentees::{MenteeId, Roster};

/// The mentor's mentees and which one is active.
pub const ROSTER_KEY: &str = "niezbednik/mentees";

/// Prefix of every document that belongs to one mentee; deleting the mentee deletes them all.
pub fn mentee_prefix(id: &MenteeId) -> String {
    format!("niezbednik/mentee/{id}/")
}

/// Key of one tool's document for one mentee, e.g. `niezbednik/mentee/m1/agenda`.
pub fn mentee_key(id: &MenteeId, tool: &str) -> String {
    format!("{}{tool}", mentee_prefix(id))
}

/// The mentor's agenda templates and timer settings, shared by all mentees.
pub const AGENDA_PREFS_KEY: &str = "niezbednik/agenda-ustawienia";

/// When the mentor last exported a backup, for the reminder on the data page.
pub const BACKUP_LOG_KEY: &str = "niezbednik/ostatnia-kopia";

/// The record behind [`BACKUP_LOG_KEY`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupLog {
    #[serde(with = "crate::model::date::iso")]
    pub last_export: NaiveDate,
}

/// Tool name of the agenda document in [`mentee_key`].
pub const AGENDA_TOOL: &str = "agenda";

/// Tool name of the mentoring contract in [`mentee_key`].
pub const CONTRACT_TOOL: &str = "kontrakt";

/// Tool name of the CRM self-assessment and KPI inputs in [`mentee_key`].
pub const CRM_TOOL: &str = "crm";

/// Tool name of the feedback conversations in [`mentee_key`].
pub const FEEDBACK_TOOL: &str = "feedback";

/// Tool name of the question deck and history in [`mentee_key`].
pub const QUESTIONS_TOOL: &str = "pytania";

impl Document for Roster {
    const SCHEMA: u32 = 1;
}

impl Document for AgendaDoc {
    const SCHEMA: u32 = 1;
}

impl Document for AgendaPrefs {
    const SCHEMA: u32 = 1;
}

impl Document for Contract {
    const SCHEMA: u32 = 1;
}

impl Document for CrmDoc {
    const SCHEMA: u32 = 1;
}

impl Document for FeedbackDoc {
    const SCHEMA: u32 = 1;
}

impl Document for QuestionsDoc {
    const SCHEMA: u32 = 1;
}

impl Document for BackupLog {
    const SCHEMA: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentee_keys_share_a_prefix_that_cannot_collide() {
        let m1 = MenteeId("m1".into());
        let m10 = MenteeId("m10".into());
        assert_eq!(mentee_key(&m1, "agenda"), "niezbednik/mentee/m1/agenda");
        assert!(mentee_key(&m1, "agenda").starts_with(&mentee_prefix(&m1)));
        assert!(!mentee_key(&m10, "agenda").starts_with(&mentee_prefix(&m1)));
        assert!(ROSTER_KEY.starts_with(crate::store::KEY_PREFIX));
    }
}
