//! Which documents exist, under which keys, at which schema version.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use serde_json::Value;

use super::codec::Document;
use crate::model::agenda::{AgendaPrefs, SignalPrefs};
use crate::model::agenda_doc::{AgendaDoc, RunningMeeting};
use crate::model::contract::Contract;
use crate::model::contract::ContractNames;
use crate::model::crm::CrmDoc;
use crate::model::deck::QuestionsDoc;
use crate::model::feedback::FeedbackDoc;
use crate::model::mentees::{MenteeId, Roster};
use crate::model::programme::ProgrammeDoc;
use crate::model::received::{ReceivedCount, ReceivedDoc};

/// The mentor's mentees and which one is active.
pub const ROSTER_KEY: &str = "niezbednik/mentees";

/// Where every mentee's documents live.
pub const MENTEE_PREFIX: &str = "niezbednik/mentee/";

/// Prefix of every document that belongs to one mentee; deleting the mentee deletes them all.
pub fn mentee_prefix(id: &MenteeId) -> String {
    format!("{MENTEE_PREFIX}{id}/")
}

/// The mentor's agenda templates and timer settings, shared by all mentees.
pub const AGENDA_PREFS_KEY: &str = "niezbednik/agenda-ustawienia";

/// When the mentor last exported a backup, for the reminder on the data page.
pub const BACKUP_LOG_KEY: &str = "niezbednik/ostatnia-kopia";

/// What the user kept from links their mentors shared („Od moich mentorów”), for the whole
/// app: it belongs to none of the user's own mentees.
pub const RECEIVED_KEY: &str = "niezbednik/od-mentorow";

/// Whose app this is ([`crate::model::audience::remembered`]): the layout last shown and
/// whether the user chose it, as plain text. Not in backups: it follows from the data (and the
/// choice is the phone's).
pub const AUDIENCE_KEY: &str = "niezbednik/uklad";

/// The record behind [`BACKUP_LOG_KEY`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupLog {
    #[serde(with = "crate::model::date::iso")]
    pub last_export: NaiveDate,
}

/// The documents kept for each mentee, one per tool. Adding a tool here makes the compiler
/// ask for its key, its name in notices and its check in the backup import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MenteeDoc {
    Agenda,
    Contract,
    Crm,
    Feedback,
    Questions,
    /// The programme as a whole: its closing ([`ProgrammeDoc`]).
    Programme,
}

impl MenteeDoc {
    pub const ALL: [MenteeDoc; 6] = [
        MenteeDoc::Agenda,
        MenteeDoc::Contract,
        MenteeDoc::Crm,
        MenteeDoc::Feedback,
        MenteeDoc::Questions,
        MenteeDoc::Programme,
    ];

    /// The last part of the document's key. A stored format: saved data is found by it, so it
    /// never changes.
    pub const fn tool(self) -> &'static str {
        match self {
            MenteeDoc::Agenda => "agenda",
            MenteeDoc::Contract => "kontrakt",
            MenteeDoc::Crm => "crm",
            MenteeDoc::Feedback => "feedback",
            MenteeDoc::Questions => "pytania",
            MenteeDoc::Programme => "przebieg",
        }
    }

    /// The document's key for one mentee, e.g. `niezbednik/mentee/m1/agenda`.
    pub fn key(self, id: &MenteeId) -> String {
        format!("{}{}", mentee_prefix(id), self.tool())
    }

    /// Which document a key's last part names, if any.
    pub fn from_tool(tool: &str) -> Option<MenteeDoc> {
        MenteeDoc::ALL.into_iter().find(|doc| doc.tool() == tool)
    }

    /// Which mentee's which document `key` is, if it is one.
    pub fn parse_key(key: &str) -> Option<(MenteeId, MenteeDoc)> {
        let rest = key.strip_prefix(MENTEE_PREFIX)?;
        let (id, tool) = rest.split_once('/')?;
        Some((MenteeId(id.to_string()), MenteeDoc::from_tool(tool)?))
    }

    /// What the mentor calls it, for notices: „kontrakt”.
    pub const fn label(self) -> &'static str {
        match self {
            MenteeDoc::Agenda => "agenda i dziennik spotkań",
            MenteeDoc::Contract => "kontrakt",
            MenteeDoc::Crm => "strategia CRM (samoocena i\u{a0}KPI)",
            MenteeDoc::Feedback => "rozmowy feedbackowe",
            MenteeDoc::Questions => "pytania otwarcia",
            MenteeDoc::Programme => "przebieg mentoringu (zamknięcie)",
        }
    }
}

/// A document saved once per mentee: its type names its place.
pub trait PerMentee: Document {
    const DOC: MenteeDoc;
}

impl PerMentee for AgendaDoc {
    const DOC: MenteeDoc = MenteeDoc::Agenda;
}

impl PerMentee for Contract {
    const DOC: MenteeDoc = MenteeDoc::Contract;
}

impl PerMentee for CrmDoc {
    const DOC: MenteeDoc = MenteeDoc::Crm;
}

impl PerMentee for FeedbackDoc {
    const DOC: MenteeDoc = MenteeDoc::Feedback;
}

impl PerMentee for QuestionsDoc {
    const DOC: MenteeDoc = MenteeDoc::Questions;
}

impl PerMentee for ProgrammeDoc {
    const DOC: MenteeDoc = MenteeDoc::Programme;
}

impl Document for Roster {
    const OPENS_PACKED: bool = false;
    /// 2: mentees can be archived. Schema 1 reads as it is (nobody archived); the version
    /// keeps older builds from saving over an archive they cannot see.
    const SCHEMA: u32 = 2;
    const READS_AS_IS_FROM: u32 = 1;
}

impl Document for AgendaDoc {
    /// 2: the log of timer runs became the journal of meetings ([`crate::model::journal`]).
    /// 3: a meeting's block leaves out the talking points the app ships under its title
    /// ([`crate::model::journal::BlockRecord`]). Schema 2 reads as it is (every block has its
    /// points); the version keeps older builds, which need them, from reading 3 as broken.
    const SCHEMA: u32 = 3;
    const READS_AS_IS_FROM: u32 = 2;
    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, String> {
        match from {
            1 => crate::model::journal::migrate_agenda_v1(data),
            _ => Err(format!("nieznana wersja schematu {from}")),
        }
    }
}

impl Document for AgendaPrefs {
    const SCHEMA: u32 = 1;
}

// The shell's readings of part of the agenda's documents: the same entries, the same schema
// and the same steps from older ones, so they read exactly what the whole document reads.
impl PerMentee for RunningMeeting {
    const DOC: MenteeDoc = MenteeDoc::Agenda;
}

impl Document for RunningMeeting {
    const OPENS_PACKED: bool = false;
    const SCHEMA: u32 = AgendaDoc::SCHEMA;
    /// Schema 2 changed only the log, which this reading skips: the run reads the same from
    /// both (the journal's migration stays out of the shell).
    const READS_AS_IS_FROM: u32 = 1;
}

// The two names of a contract: both in every schema, so any schema reads as is.
impl PerMentee for ContractNames {
    const DOC: MenteeDoc = MenteeDoc::Contract;
}

impl Document for ContractNames {
    const OPENS_PACKED: bool = false;
    const SCHEMA: u32 = Contract::SCHEMA;
    const READS_AS_IS_FROM: u32 = 1;
}

impl Document for SignalPrefs {
    const OPENS_PACKED: bool = false;
    const SCHEMA: u32 = AgendaPrefs::SCHEMA;
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        AgendaPrefs::migrate(from, data)
    }
}

impl Document for Contract {
    /// 2: the goals got ids and history ([`crate::model::goals`]).
    /// 3: the dates and the time are values, text typed there that is not one is kept as
    /// refused text, and the calendar fingerprint holds keys, not labels
    /// ([`crate::model::contract::migrate`]). Schema 2 does not read as it is: its text fields
    /// may hold such text, and older builds would drop the refused text on their next save.
    const SCHEMA: u32 = 3;
    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, String> {
        match from {
            1 => crate::model::goals::migrate_contract_v1(data),
            2 => crate::model::contract::migrate::migrate_contract_v2(data),
            _ => Err(format!("nieznana wersja schematu {from}")),
        }
    }
}

impl Document for CrmDoc {
    const SCHEMA: u32 = 1;
}

impl Document for FeedbackDoc {
    /// 2: a conversation's „Kiedy” and „Termin sprawdzenia efektów” are values, and text typed
    /// there that is not one is kept as refused text ([`crate::model::feedback::migrate`]).
    /// Schema 1 does not read as it is: its fields may hold such text, and older builds would
    /// drop the refused text on their next save.
    const SCHEMA: u32 = 2;
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        match from {
            1 => crate::model::feedback::migrate::migrate_feedback_v1(data),
            _ => Err(format!("nieznana wersja schematu {from}")),
        }
    }
}

impl Document for QuestionsDoc {
    const SCHEMA: u32 = 1;
}

impl Document for ProgrammeDoc {
    /// 2: planned meetings can be marked called off or moved. Schema 1 reads as it is (none
    /// marked); the version keeps older builds from saving over marks they cannot see.
    const SCHEMA: u32 = 2;
    const READS_AS_IS_FROM: u32 = 1;
}

impl Document for BackupLog {
    const SCHEMA: u32 = 1;
}

impl Document for ReceivedDoc {
    const SCHEMA: u32 = 1;
}

/// The start page's count of [`ReceivedDoc`]'s items: the same entry and schema.
impl Document for ReceivedCount {
    const OPENS_PACKED: bool = false;
    const SCHEMA: u32 = ReceivedDoc::SCHEMA;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{MemoryBackend, Store};

    #[test]
    fn mentee_keys_share_a_prefix_that_cannot_collide() {
        let m1 = MenteeId("m1".into());
        let m10 = MenteeId("m10".into());
        assert_eq!(MenteeDoc::Agenda.key(&m1), "niezbednik/mentee/m1/agenda");
        for doc in MenteeDoc::ALL {
            assert!(doc.key(&m1).starts_with(&mentee_prefix(&m1)));
            assert!(!doc.key(&m10).starts_with(&mentee_prefix(&m1)));
        }
        assert!(ROSTER_KEY.starts_with(crate::store::KEY_PREFIX));
        assert!(MENTEE_PREFIX.starts_with(crate::store::KEY_PREFIX));
    }

    /// The keys are where saved data is found: a change would lose every mentor's notes.
    #[test]
    fn stored_keys_never_change() {
        let m1 = MenteeId("m1".into());
        let keys: Vec<String> = MenteeDoc::ALL.iter().map(|doc| doc.key(&m1)).collect();
        assert_eq!(
            keys,
            [
                "niezbednik/mentee/m1/agenda",
                "niezbednik/mentee/m1/kontrakt",
                "niezbednik/mentee/m1/crm",
                "niezbednik/mentee/m1/feedback",
                "niezbednik/mentee/m1/pytania",
                "niezbednik/mentee/m1/przebieg",
            ]
        );
        assert_eq!(ROSTER_KEY, "niezbednik/mentees");
        assert_eq!(AGENDA_PREFS_KEY, "niezbednik/agenda-ustawienia");
        assert_eq!(BACKUP_LOG_KEY, "niezbednik/ostatnia-kopia");
        assert_eq!(RECEIVED_KEY, "niezbednik/od-mentorow");
    }

    #[test]
    fn each_document_type_names_its_own_place() {
        assert_eq!(AgendaDoc::DOC, MenteeDoc::Agenda);
        assert_eq!(Contract::DOC, MenteeDoc::Contract);
        assert_eq!(CrmDoc::DOC, MenteeDoc::Crm);
        assert_eq!(FeedbackDoc::DOC, MenteeDoc::Feedback);
        assert_eq!(QuestionsDoc::DOC, MenteeDoc::Questions);
        assert_eq!(ProgrammeDoc::DOC, MenteeDoc::Programme);
    }

    #[test]
    fn a_key_reads_back_as_its_mentee_and_document() {
        let m7 = MenteeId("m7".into());
        for doc in MenteeDoc::ALL {
            assert_eq!(MenteeDoc::parse_key(&doc.key(&m7)), Some((m7.clone(), doc)));
            assert_eq!(MenteeDoc::from_tool(doc.tool()), Some(doc));
        }
        assert_eq!(MenteeDoc::parse_key(ROSTER_KEY), None);
        assert_eq!(MenteeDoc::parse_key("niezbednik/mentee/m7/notatki"), None);
        assert_eq!(MenteeDoc::parse_key("niezbednik/mentee/m7"), None);
    }

    /// What a build before the typed keys saved (one mentee with every tool filled in) loads
    /// under the typed keys as it was.
    #[test]
    fn saved_documents_load_from_their_old_keys() {
        let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(
            include_str!("../../tests/fixtures/store/mentee-documents-v1.json"),
        )
        .unwrap();
        let backend = MemoryBackend::default();
        backend.entries.borrow_mut().extend(fixture);
        let mut store = Store::new(Ok(&backend));
        let roster = store.load::<Roster>(ROSTER_KEY, "t").expect("roster");
        let anna = roster
            .mentees()
            .iter()
            .find(|m| m.name == "Anna Kowalska")
            .expect("Anna")
            .id
            .clone();
        fn load<T: PerMentee>(store: &mut Store<&MemoryBackend>, id: &MenteeId) -> T {
            store
                .load::<T>(&T::DOC.key(id), "t")
                .unwrap_or_else(|| panic!("{:?} did not load", T::DOC))
        }
        let agenda: AgendaDoc = load(&mut store, &anna);
        assert_eq!(agenda.log.len(), 1);
        let contract: Contract = load(&mut store, &anna);
        assert_eq!(contract.mentor, "Jan Mentor");
        assert_eq!(contract.goals.main_text(), "Pierwsza rola liderska");
        let crm: CrmDoc = load(&mut store, &anna);
        assert_eq!(crm.draft.map(|d| d.ratings[0]), Some(4));
        assert_eq!(
            crm.kpi_inputs.get("cac-0").map(String::as_str),
            Some("12 000")
        );
        let feedback: FeedbackDoc = load(&mut store, &anna);
        assert_eq!(feedback.conversations[0].goal, "Krótsze maile");
        let questions: QuestionsDoc = load(&mut store, &anna);
        assert_eq!(questions.history[0].note, "Lubi planować");
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        // Every document of the fixture was found under a typed key (all but the programme's,
        // which came later).
        let found = backend
            .entries
            .borrow()
            .keys()
            .filter(|key| MenteeDoc::parse_key(key).is_some())
            .count();
        assert_eq!(found, MenteeDoc::ALL.len() - 1);
    }

    /// A contract accepted by a build before goals had ids loads with its goals as goals, in
    /// order, and still reads as the version both sides accepted.
    #[test]
    fn an_accepted_contract_v1_migrates_its_goals_and_stays_accepted() {
        use crate::model::contract::Section;
        use crate::model::goals::GoalKind;
        let raw = include_str!("../../tests/fixtures/store/contract-v1-accepted.json");
        let crate::store::codec::Decoded::Ready(mut contract) =
            crate::store::codec::decode::<Contract>(raw)
        else {
            panic!("contract v1 must load");
        };
        let goals = &contract.goals;
        assert_eq!(goals.main_text(), "Pierwsza rola liderska");
        assert_eq!(
            goals.texts(GoalKind::Area),
            ["Delegowanie zadań", "Trudne rozmowy w zespole"]
        );
        assert_eq!(
            goals.texts(GoalKind::Indicator),
            [
                "Zespół sam prowadzi cotygodniowe spotkanie",
                "Ocena 360° ≥ 4"
            ]
        );
        let ids: std::collections::BTreeSet<_> = goals.all().iter().map(|g| g.id).collect();
        assert_eq!(ids.len(), 5, "each goal its own id");
        let agreed = NaiveDate::from_ymd_opt(2026, 11, 20);
        assert!(goals.all().iter().all(|g| g.created == agreed));
        assert_eq!(contract.pending_changes(), None);
        // Every section's checksum still matches what was accepted: a change to one section
        // names only that one, and changing it back leaves nothing pending.
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        contract.edit(day, |c| {
            c.start_time = crate::model::date::time_from_text("18:00")
        });
        assert_eq!(contract.pending_changes(), Some(vec![Section::Logistics]));
        contract.edit(day, |c| {
            c.start_time = crate::model::date::time_from_text("17:00")
        });
        assert_eq!(contract.pending_changes(), None);
        // Rewording a goal is a change to the goals, and keeps the old wording.
        let area = contract.goals.of_kind(GoalKind::Area)[0].id;
        contract.edit(day, |c| {
            c.goals.reword(area, "Delegowanie", day).unwrap();
        });
        assert_eq!(contract.pending_changes(), Some(vec![Section::Goals]));
        assert_eq!(
            contract.goals.get(area).unwrap().first_text(),
            "Delegowanie zadań"
        );
        // Saved again, it is schema 2 and reads back the same.
        let saved = crate::store::codec::encode(&contract);
        assert!(saved.starts_with(r#"{"schema":3,"#));
        assert_eq!(
            crate::store::codec::decode::<Contract>(&saved),
            crate::store::codec::Decoded::Ready(contract)
        );
    }

    /// A contract saved by schema 2 (its dates and time as typed text, the calendar
    /// fingerprint in labels): in schema 3 the dates are values, the text that is no date is
    /// kept as refused text with its message (never dropped), and the field shows it.
    #[test]
    fn a_contract_v2_gets_typed_dates_and_keeps_text_that_is_no_date() {
        use crate::model::contract::{ContractField, DateField};
        use crate::store::codec::{Decoded, decode, encode};
        let v2 = serde_json::json!({
            "mentor": "Jan Mentor", "mentee": "Anna Kowalska", "organisation": "",
            "agreed_on": " wczoraj ",
            "goals": {"items": [], "next_id": 1},
            "rules": [], "frequency": "Weekly", "duration_minutes": 60, "form": "Online",
            "cancel_hours": 24, "months": 6,
            "start_date": "2026-12-01", "start_time": "9:05", "status": "Draft"
        });
        let raw = format!(r#"{{"schema":2,"data":{v2}}}"#);
        let migrated = crate::model::contract::migrate::migrate_contract_v2(v2.clone()).unwrap();
        let mut expected = v2;
        expected["agreed_on"] = "".into();
        expected["start_time"] = "09:05".into();
        expected["refused"] = serde_json::json!([{
            "field": "AgreedOn",
            "text": "wczoraj",
            "message": "Data zawarcia: wybierz dzień z\u{a0}kalendarza (RRRR-MM-DD)."
        }]);
        assert_eq!(migrated, expected);
        let Decoded::Ready(contract) = decode::<Contract>(&raw) else {
            panic!("contract v2 must load");
        };
        assert_eq!(contract.agreed_on, None);
        assert_eq!(contract.shown(DateField::AgreedOn), "wczoraj");
        assert_eq!(contract.start_date, NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(contract.time(), Some((9, 5)));
        assert_eq!(contract.shown(DateField::StartTime), "09:05");
        let problems = contract.problems();
        let agreed = problems
            .iter()
            .find(|p| p.field == ContractField::AgreedOn)
            .expect("the field says why");
        assert_eq!(
            agreed.message,
            "Data zawarcia: wybierz dzień z\u{a0}kalendarza (RRRR-MM-DD)."
        );
        // Saved again: schema 3, and it reads back the same, refused text and all.
        let saved = encode(&contract);
        assert!(saved.starts_with(r#"{"schema":3,"#));
        assert!(saved.contains(r#""text":"wczoraj""#));
        assert_eq!(decode::<Contract>(&saved), Decoded::Ready(contract.clone()));
        // Typing a date takes it and lets the refused text go.
        let mut fixed = contract;
        fixed.set_typed(DateField::AgreedOn, "2026-11-30").unwrap();
        assert!(fixed.refused.is_empty());
        assert!(!encode(&fixed).contains("refused"));
    }

    /// The calendar fingerprint moved from labels to keys in schema 3: a contract unchanged
    /// since its last download downloads again with the same SEQUENCE, and one changed since
    /// with the next.
    #[test]
    fn a_contract_v2_keeps_its_calendar_sequence_across_the_fingerprint_change() {
        use crate::store::codec::{Decoded, decode};
        let v2 = |time: &str, fingerprint: &str| {
            serde_json::json!({"schema": 2, "data": {
                "mentor": "Jan Mentor", "mentee": "Anna | Kowalska", "organisation": "",
                "agreed_on": "2026-11-20",
                "goals": {"items": [], "next_id": 1},
                "rules": [], "frequency": {"EveryDays": 10}, "duration_minutes": 60,
                "form": "InPerson", "cancel_hours": 24, "months": 6,
                "start_date": "2026-12-01", "start_time": time, "status": "Draft",
                "calendar_uid": "u@x", "calendar_sequence": 2,
                "calendar_fingerprint": fingerprint, "reminder": "HourBefore"
            }})
            .to_string()
        };
        let old = "2026-12-01|9:05|60|co 10 dni|6|na żywo|24|Anna | Kowalska|-PT1H";
        let Decoded::Ready(mut unchanged) = decode::<Contract>(&v2("9:05", old)) else {
            panic!("contract v2 must load");
        };
        assert_eq!(
            unchanged.calendar_fingerprint,
            "2026-12-01|09:05|60|inna-10|6|na-zywo|24|Anna | Kowalska|-PT1H"
        );
        assert_eq!(
            unchanged.calendar_fingerprint,
            unchanged.calendar_fingerprint()
        );
        let ics = unchanged
            .export_calendar(|| "new".into(), "20261201T000000Z")
            .unwrap();
        assert!(ics.contains("SEQUENCE:2\r\n"), "no update for the calendar");
        // Changed since the download (the time was 17:00 then): the calendar updates.
        let Decoded::Ready(mut changed) =
            decode::<Contract>(&v2("9:05", &old.replace("9:05", "17:00")))
        else {
            panic!("contract v2 must load");
        };
        let ics = changed
            .export_calendar(|| "new".into(), "20261201T000000Z")
            .unwrap();
        assert!(ics.contains("SEQUENCE:3\r\n"));
        // Text not in the old form stays as it was (at worst, one update).
        let Decoded::Ready(odd) = decode::<Contract>(&v2("9:05", "x")) else {
            panic!("contract v2 must load");
        };
        assert_eq!(odd.calendar_fingerprint, "x");
    }

    /// The stored format of the programme's documents as this build writes them (roster 2,
    /// contract 2, agenda 2, przebieg 1): a later schema change must keep this loading.
    #[test]
    fn the_programmes_documents_load_from_their_stored_format() {
        use crate::model::goals::GoalId;
        use crate::model::journal::Held;
        use crate::model::programme::{closing_summary, plan_vs_held};
        let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(
            include_str!("../../tests/fixtures/store/programme-documents-v2.json"),
        )
        .unwrap();
        let backend = MemoryBackend::default();
        backend.entries.borrow_mut().extend(fixture);
        let mut store = Store::new(Ok(&backend));
        let roster = store.load::<Roster>(ROSTER_KEY, "t").expect("roster");
        let anna = MenteeId("m2".into());
        assert_eq!(roster.archived().len(), 1);
        assert_eq!(roster.archived()[0].id, anna);
        let contract = store
            .load::<Contract>(&Contract::DOC.key(&anna), "t")
            .expect("contract");
        let agenda = store
            .load::<AgendaDoc>(&AgendaDoc::DOC.key(&anna), "t")
            .expect("agenda");
        let programme = store
            .load::<ProgrammeDoc>(&ProgrammeDoc::DOC.key(&anna), "t")
            .expect("programme");
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        let day = |m, d| NaiveDate::from_ymd_opt(if m > 6 { 2026 } else { 2027 }, m, d).unwrap();
        let journal = &agenda.log;
        assert_eq!(journal.len(), 2);
        assert_eq!(
            journal.meetings()[1].held,
            Held::Timer {
                started_at: 1_796_140_800_000,
                finished_at: 1_796_145_000_000,
            }
        );
        assert_eq!(agenda.timer_records().len(), 1);
        let open: Vec<String> = journal
            .open_actions(day(12, 20))
            .into_iter()
            .map(|c| c.item.what)
            .collect();
        assert_eq!(
            open,
            ["Rozmowa z przełożoną", "Polecić książkę o delegowaniu"]
        );
        let series: Vec<u8> = journal
            .progress_series(GoalId(1))
            .iter()
            .map(|p| p.value)
            .collect();
        assert_eq!(series, [2, 5]);
        assert_eq!(
            contract.goals.get(GoalId(2)).unwrap().first_text(),
            "Delegowanie"
        );
        let plan = plan_vs_held(&contract, journal, &programme.plan_changes, day(12, 20));
        assert_eq!(
            (plan.held, plan.planned_so_far, plan.planned_total),
            (2, 2, 13)
        );
        let summary = closing_summary(&contract, journal, &programme, day(6, 10));
        assert_eq!(summary.as_of, day(5, 31));
        assert_eq!(summary.takeaways, "Pewność w rozmowach z zespołem");
        assert_eq!(summary.goals[0].progress_text(), "2 → 5");
        // Each reads back the same after this build saves it.
        for key in [Contract::DOC.key(&anna), AgendaDoc::DOC.key(&anna)] {
            assert!(backend.entries.borrow()[&key].starts_with(r#"{"schema":2,"#));
        }
        assert_eq!(
            crate::store::codec::decode::<AgendaDoc>(&crate::store::codec::encode(&agenda)),
            crate::store::codec::Decoded::Ready(agenda.clone())
        );
    }
}
