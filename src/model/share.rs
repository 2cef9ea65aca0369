//! What a mentor hands to a mentee (and a mentee back) with no server: a link whose data sits in
//! the URL fragment, or the same link in a QR code. Browsers never send the fragment, so the
//! data goes only where the user takes it.
//!
//! The link's data: `[format, flags]` + (for a passphrase: salt and IV) + the body, in
//! base64url. The body is the [`Shared`] item as JSON, compressed with raw DEFLATE; with a
//! passphrase it is encrypted by the browser (AES-GCM, the key from PBKDF2), which this module
//! only frames. Everything read from a link is untrusted: its length is capped before
//! decoding, the inflated size is capped, and every field is checked as its document type.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contract::{Contract, Frequency, NumberField, Status};
use super::date;
use super::feedback::{Conversation, Owner as StepOwner};
use super::goals::{GoalId, Goals};
use super::journal::{CarriedAction, Meeting, Owner};
use super::mentees::MenteeId;

// Native only: the property tests use proptest, which is not built for wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// The format of a link with no passphrase (the first one: every build reads it).
pub const FORMAT: u8 = 1;
/// The format of a link with a passphrase since its header (format and flags) is AES-GCM's
/// additional data: a changed header fails the decryption like a changed body. Links with a
/// passphrase in [`FORMAT`] (no additional data) keep opening.
pub const FORMAT_AUTHENTICATED: u8 = 2;
/// The newest format this build reads; a link with a higher one is refused with a message.
pub const NEWEST: u8 = FORMAT_AUTHENTICATED;

/// The route that opens a shared link: `#/udostepnione?d=…`.
pub const ROUTE: &str = "udostepnione";
/// The query parameter that carries the data.
pub const PARAM: &str = "d";

/// Longest data part of a link read at all (characters), checked before any decoding.
pub const MAX_LINK_CHARS: usize = 16_000;
/// Largest JSON a body may inflate to: a zip bomb stops here.
pub const MAX_JSON_BYTES: usize = 64 * 1024;
/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Longest name or title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Most items in any list.
pub const MAX_ITEMS: usize = 60;

/// Bit of the flags byte: the body is encrypted with a passphrase.
const LOCKED: u8 = 1;
/// PBKDF2's salt and AES-GCM's IV, as the browser makes them.
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// PBKDF2-SHA-256 iterations (OWASP's 2023 figure): a guessed passphrase costs this much each.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// AES-GCM's tag, which every encrypted body ends with.
const TAG_BYTES: usize = 16;

/// The passphrase as both sides key it (the browser adds Unicode NFC, which needs its tables):
/// the spaces a phone keyboard adds around a word are not part of it.
pub fn passphrase(typed: &str) -> &str {
    typed.trim()
}

/// How many words a suggested passphrase has: 5 of [`WORDS`]' 256 are 40 bits, and with
/// PBKDF2's cost each guess is slow.
pub const PASSPHRASE_WORDS: usize = 5;

/// Common Polish words without diacritics (nothing to hunt for on a keyboard), distinct, one
/// per byte value: a random byte picks one with no bias.
const WORDS: [&str; 256] = [
    "agrest",
    "album",
    "aleja",
    "altana",
    "ananas",
    "antena",
    "arbuz",
    "atlas",
    "bajka",
    "balkon",
    "balon",
    "banan",
    "bank",
    "baran",
    "barwa",
    "basen",
    "bateria",
    "beton",
    "bilet",
    "biuro",
    "blok",
    "bluza",
    "bocian",
    "boisko",
    "brama",
    "bramka",
    "brat",
    "brzeg",
    "budka",
    "bukiet",
    "bulion",
    "burak",
    "butelka",
    "cebula",
    "chmura",
    "cukier",
    "cytryna",
    "czajnik",
    "czapka",
    "czas",
    "dach",
    "dalia",
    "deszcz",
    "dom",
    "domek",
    "drabina",
    "droga",
    "drzewo",
    "dworzec",
    "dynia",
    "dywan",
    "dzban",
    "dzwon",
    "ekran",
    "fala",
    "farba",
    "fasola",
    "figa",
    "film",
    "fontanna",
    "fotel",
    "garnek",
    "gitara",
    "glina",
    "groch",
    "gruszka",
    "grzyb",
    "guzik",
    "herbata",
    "hotel",
    "indyk",
    "jagoda",
    "jamnik",
    "jezioro",
    "jogurt",
    "kabel",
    "kaczka",
    "kajak",
    "kakao",
    "kamyk",
    "kanapa",
    "kapusta",
    "karta",
    "kasza",
    "kasztan",
    "kawa",
    "kino",
    "klucz",
    "koc",
    "kogut",
    "kolano",
    "kolej",
    "kolor",
    "komin",
    "kompas",
    "koncert",
    "koperta",
    "kora",
    "korona",
    "koszyk",
    "kot",
    "kotlet",
    "koza",
    "kredka",
    "krowa",
    "kubek",
    "kura",
    "kwiat",
    "lampa",
    "lampion",
    "las",
    "latarka",
    "lato",
    "len",
    "lew",
    "lilia",
    "limonka",
    "lina",
    "lipa",
    "lis",
    "list",
    "lody",
    "lustro",
    "magnes",
    "maj",
    "mak",
    "malina",
    "mango",
    "mapa",
    "marchew",
    "medal",
    "melon",
    "mewa",
    "miasto",
    "miska",
    "mleko",
    "morze",
    "most",
    "motyl",
    "mozaika",
    "mucha",
    "muzeum",
    "noga",
    "nora",
    "notes",
    "nuta",
    "obiad",
    "obraz",
    "obrus",
    "ocean",
    "ogon",
    "okno",
    "okulary",
    "oliwka",
    "orkiestra",
    "orzech",
    "osa",
    "owca",
    "owoc",
    "palma",
    "pantofel",
    "papier",
    "papuga",
    "parasol",
    "park",
    "pasek",
    "pastel",
    "pestka",
    "pianino",
    "piasek",
    "pies",
    "pizza",
    "plaster",
    "plecak",
    "plot",
    "pomidor",
    "poranek",
    "port",
    "potok",
    "pralka",
    "promyk",
    "puszka",
    "rabarbar",
    "rakieta",
    "ramka",
    "ratusz",
    "rondo",
    "rower",
    "rybka",
    "rynek",
    "rzeka",
    "rzodkiew",
    "sad",
    "sala",
    "salon",
    "sanki",
    "sarna",
    "serce",
    "serek",
    "sernik",
    "sikorka",
    "skarpeta",
    "sklep",
    "skrzypce",
    "smok",
    "sofa",
    "sok",
    "sowa",
    "spacer",
    "stadion",
    "struna",
    "sufit",
    "szafa",
    "szalik",
    "szklanka",
    "sznurek",
    "tablica",
    "talerz",
    "tamburyn",
    "taniec",
    "teatr",
    "tort",
    "trawa",
    "tulipan",
    "tunel",
    "tygrys",
    "ulica",
    "wachlarz",
    "wafel",
    "waga",
    "wagon",
    "walizka",
    "wanilia",
    "wanna",
    "wata",
    "wazon",
    "wiatr",
    "widelec",
    "wilk",
    "winda",
    "wino",
    "wiosna",
    "woda",
    "wrona",
    "wrzos",
    "wydma",
    "zabawa",
    "zagadka",
    "zagroda",
    "zamek",
    "zebra",
    "zegar",
    "zeszyt",
    "ziarno",
    "zima",
    "zupa",
];

/// A suggested passphrase from random bytes (one word each): „kawa-rower-zima-most-sowa”.
pub fn passphrase_from(random: &[u8]) -> String {
    random
        .iter()
        .map(|&b| WORDS[usize::from(b)])
        .collect::<Vec<_>>()
        .join("-")
}

/// A meeting of one mentee in the mentor's app: the reflection names it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub mentee: MenteeId,
    pub meeting: u32,
}

/// An agreed action item, as the mentee sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedItem {
    pub what: String,
    /// „mentee”, „mentor” or „oboje”, as the mentor's app lists it.
    pub owner: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
    pub done: bool,
}

/// A block's note the mentor chose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedNote {
    pub title: String,
    pub note: String,
}

/// Progress on a goal, with the goal's wording that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedProgress {
    pub goal: String,
    pub value: u8,
    pub note: String,
}

/// An item still open from an earlier meeting, on a shared meeting's to-do list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedEarlier {
    pub what: String,
    /// „mentee” or „mentor”, as [`SharedItem::owner`].
    pub owner: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub due: Option<NaiveDate>,
    /// The day of the meeting that set it.
    #[serde(with = "crate::model::date::iso")]
    pub from: NaiveDate,
}

impl SharedEarlier {
    /// Open past its due day on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|due| due < today)
    }

    /// Who, by when, from which meeting: „mentee · termin: 4 grudnia 2026 (po terminie) · ze
    /// spotkania 27 listopada 2026”.
    pub fn meta_text(&self, today: NaiveDate) -> String {
        let mut meta = vec![self.owner.clone()];
        if let Some(due) = self.due {
            let late = if self.is_overdue(today) {
                " (po terminie)"
            } else {
                ""
            };
            meta.push(format!("termin: {}{late}", date::long(due)));
        }
        meta.push(format!("ze spotkania {}", date::long(self.from)));
        meta.join(" · ")
    }
}

/// A meeting: a message to the mentee, the notes chosen, the items and the progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedMeeting {
    pub origin: Origin,
    pub mentor: String,
    pub mentee: String,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub agenda: String,
    pub message: String,
    pub notes: Vec<SharedNote>,
    pub items: Vec<SharedItem>,
    pub progress: Vec<SharedProgress>,
    /// Items still open from earlier meetings, overdue first (as of the day it was shared).
    /// Links made before it have none; an older app reading a newer link skips them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<SharedEarlier>,
}

/// A feedback conversation's next steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedSteps {
    pub mentor: String,
    pub mentee: String,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
    pub steps: Vec<SharedItem>,
    pub support: String,
    #[serde(default, with = "crate::model::date::optional_iso")]
    pub follow_up: Option<NaiveDate>,
}

/// The mentee's reflection after a meeting, sent back to the mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub origin: Origin,
    /// The meeting's day, to show and to check the match.
    #[serde(with = "crate::model::date::iso")]
    pub meeting_date: NaiveDate,
    /// Who wrote it, as the mentor's link named them.
    pub mentee: String,
    pub takeaway: String,
    pub next: String,
    /// How useful the meeting was, 1–5.
    pub usefulness: u8,
    /// The mentee's tasks from this mentor's meetings that the mentee ticked as done on
    /// their phone, for the mentor to mark on the record (never by itself). Links made
    /// before it have none; an older app reading a newer link skips them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<ReportedDone>,
}

/// A task the mentee reports done: its wording as the mentor's link gave it, and the day
/// it was ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedDone {
    pub what: String,
    #[serde(with = "crate::model::date::iso")]
    pub on: NaiveDate,
}

impl ReportedDone {
    /// When the mentee did it: „zrobione 3 grudnia 2026”.
    pub fn day_text(&self) -> String {
        format!("zrobione {}", date::long(self.on))
    }
}

impl Reflection {
    pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

    /// The usefulness as a line: „Przydatność spotkania: 4 z 5”.
    pub fn usefulness_text(&self) -> String {
        format!("Przydatność spotkania: {} z 5", self.usefulness)
    }

    /// Who wrote it and after which meeting: „Anna Kowalska, po spotkaniu 1 grudnia 2026”.
    pub fn byline(&self) -> String {
        let day = date::long(self.meeting_date);
        match self.mentee.trim() {
            "" => format!("Po spotkaniu {day}"),
            name => format!("{name}, po spotkaniu {day}"),
        }
    }
}

impl Reflection {
    /// The byline on the mentor's meeting record: the name in the link is only what the link
    /// claims, so the name from the mentor's own list leads, and the link's stands beside it
    /// when it differs: „Anna Kowalska (z Twojej listy), po spotkaniu 1 grudnia 2026;
    /// podpis w linku: „Ania””.
    pub fn byline_listed(&self, listed: &str) -> String {
        let listed = listed.trim();
        if listed.is_empty() {
            return self.byline();
        }
        let day = date::long(self.meeting_date);
        let claimed = self.mentee.trim();
        let mut line = format!("{listed} (z Twojej listy), po spotkaniu {day}");
        if !claimed.is_empty() && super::text::lower(claimed) != super::text::lower(listed) {
            line.push_str(&format!("; podpis w linku: „{claimed}”"));
        }
        line
    }
}

/// One thing handed over in a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shared {
    #[serde(rename = "kontrakt")]
    Contract(Box<Contract>),
    #[serde(rename = "spotkanie")]
    Meeting(SharedMeeting),
    #[serde(rename = "kroki")]
    Steps(SharedSteps),
    #[serde(rename = "refleksja")]
    Reflection(Reflection),
}

impl Shared {
    /// What it is, as a heading names it: „kontrakt”, „spotkanie 1 grudnia 2026”.
    pub fn title(&self) -> String {
        match self {
            Shared::Contract(_) => "Kontrakt mentoringowy".to_string(),
            Shared::Meeting(m) => format!("Spotkanie {}", date::long(m.date)),
            Shared::Steps(s) => format!("Kolejne kroki po rozmowie {}", date::long(s.date)),
            Shared::Reflection(r) => {
                format!("Refleksja po spotkaniu {}", date::long(r.meeting_date))
            }
        }
    }

    /// Who sent it: the mentor's name, or the mentee's for a reflection; may be empty.
    pub fn sender(&self) -> &str {
        match self {
            Shared::Contract(c) => c.mentor.trim(),
            Shared::Meeting(m) => m.mentor.trim(),
            Shared::Steps(s) => s.mentor.trim(),
            Shared::Reflection(r) => r.mentee.trim(),
        }
    }

    /// A file name for the link saved as a file: `udostepnione-kontrakt.txt`.
    pub fn file_name(&self) -> &'static str {
        match self {
            Shared::Contract(_) => "udostepnione-kontrakt.txt",
            Shared::Meeting(_) => "udostepnione-spotkanie.txt",
            Shared::Steps(_) => "udostepnione-kroki.txt",
            Shared::Reflection(_) => "udostepnione-refleksja.txt",
        }
    }
}

// --- What the mentor picks ---------------------------------------------------------------

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

fn owner_label(owner: Owner) -> &'static str {
    match owner {
        Owner::Mentor => "mentor",
        Owner::Mentee => "mentee",
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
        follow_up: date::from_iso(conversation.follow_up.trim()).filter(|_| pick.follow_up),
    })
}

/// Why a reflection cannot go yet; the message is shown at the form.
pub fn reflection(
    meeting: &SharedMeeting,
    takeaway: &str,
    next: &str,
    usefulness: Option<u8>,
    done: Vec<ReportedDone>,
) -> Result<Shared, String> {
    let Some(usefulness) = usefulness.filter(|u| Reflection::SCALE.contains(u)) else {
        return Err("Zaznacz, jak przydatne było spotkanie (od 1 do 5).".to_string());
    };
    if takeaway.trim().is_empty() && next.trim().is_empty() {
        return Err(
            "Napisz choć jedno zdanie: co zabierasz ze spotkania albo co zrobisz do następnego."
                .to_string(),
        );
    }
    for text in [takeaway, next] {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(format!(
                "Odpowiedź może mieć najwyżej {} znaków.",
                group(MAX_TEXT_CHARS)
            ));
        }
    }
    Ok(Shared::Reflection(Reflection {
        origin: meeting.origin.clone(),
        meeting_date: meeting.date,
        mentee: meeting.mentee.clone(),
        takeaway: takeaway.trim().to_string(),
        next: next.trim().to_string(),
        usefulness,
        done: done.into_iter().take(MAX_ITEMS).collect(),
    }))
}

/// `4 000`: thousands spaced as Polish writes them, never split across lines.
fn group(n: usize) -> String {
    super::number::group(&n.to_string(), '\u{a0}')
}

// --- Checking what a link brought --------------------------------------------------------

/// Why a link was not opened. `Display` is the message the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing that looks like shared data.
    NoData,
    /// Over [`MAX_LINK_CHARS`]: not even decoded.
    TooLong,
    /// Not base64url, too short for its header, or cut off.
    Broken,
    /// Written by a newer build.
    Newer { found: u8 },
    /// The body would not inflate, or inflated to something that is not the document.
    Unreadable,
    /// Inflates past [`MAX_JSON_BYTES`].
    TooBig,
    /// A field out of its range; says which.
    Invalid(String),
    /// The passphrase does not open it (or the encrypted data was changed).
    WrongPassphrase,
    /// A chosen file over [`MAX_FILE_BYTES`]: not read at all.
    FileTooBig { bytes: u64 },
}

/// Largest file read for a link: the link with room for a message around it.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A chosen file's size (bytes, as the browser gives it) checked before it is read.
pub fn check_file_size(bytes: f64) -> Result<(), ShareError> {
    if bytes > MAX_FILE_BYTES as f64 {
        return Err(ShareError::FileTooBig {
            bytes: bytes.min(u64::MAX as f64) as u64,
        });
    }
    Ok(())
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NoData => f.write_str(
                "W tym tekście nie ma danych udostępnionych z Niezbędnika mentora. Wklej cały link, który dostałeś lub dostałaś.",
            ),
            ShareError::TooLong => write!(
                f,
                "Ten link jest dłuższy niż {} znaków, więc aplikacja go nie otworzy. Poproś o nowy link albo plik.",
                group(MAX_LINK_CHARS)
            ),
            ShareError::Broken => f.write_str(
                "Link jest uszkodzony albo niepełny: brakuje jego części lub zmieniono w nim znaki. Skopiuj go jeszcze raz w całości albo poproś o nowy.",
            ),
            ShareError::Newer { found } => write!(
                f,
                "Ten link zapisała nowsza wersja aplikacji (format {found}, ta wersja zna formaty do {NEWEST}). Odśwież aplikację i otwórz link ponownie."
            ),
            ShareError::Unreadable => f.write_str(
                "Danych z tego linku nie da się odczytać: link jest uszkodzony albo ktoś go zmienił. Poproś o nowy link.",
            ),
            ShareError::TooBig => f.write_str(
                "Dane w tym linku są większe, niż aplikacja przyjmuje. Nic nie zostało zapisane.",
            ),
            ShareError::Invalid(what) => write!(
                f,
                "Link zawiera niepoprawne dane ({what}), więc aplikacja go nie otworzy. Poproś o nowy link."
            ),
            ShareError::WrongPassphrase => f.write_str(
                "To hasło nie otwiera tego linku: hasło jest inne albo link jest niepełny lub zmieniony. Sprawdź hasło (wielkość liter ma znaczenie) i spróbuj jeszcze raz.",
            ),
            ShareError::FileTooBig { bytes } => write!(
                f,
                "Ten plik ma {} KiB, a plik z linkiem ma najwyżej {} KiB, więc aplikacja go nie odczyta. To chyba nie ten plik.",
                group(usize::try_from(bytes.div_ceil(1024)).unwrap_or(usize::MAX)),
                MAX_FILE_BYTES / 1024
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// A field of free text (a note, a message): `Err` names the field in the message. Line
/// breaks and tabs are text; every other control character is refused.
fn text(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    too_long(value, max, field)?;
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(control(field));
    }
    Ok(())
}

/// A one-line field (a name, a title): no control character at all (no CR or LF to start a
/// line of its own in a calendar file), and none of the characters that make a name read
/// other than it is (see [`is_deceptive`]).
fn line(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    too_long(value, max, field)?;
    if value.chars().any(char::is_control) {
        return Err(control(field));
    }
    if value.chars().any(is_deceptive) {
        return Err(ShareError::Invalid(format!(
            "pole „{field}” zawiera niewidoczne znaki zmieniające kierunek tekstu"
        )));
    }
    Ok(())
}

/// An identifier read from outside (the calendar's UID): only letters, digits and `-_.@`, so
/// it cannot carry a line, a property or a path of its own wherever it is written.
fn identifier(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    if value.len() > max || !value.bytes().all(is_identifier_byte) {
        return Err(ShareError::Invalid(format!("niepoprawny {field}")));
    }
    Ok(())
}

/// The characters [`identifier`] takes.
pub fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'@')
}

/// Bidirectional overrides and isolates (U+202A–202E, U+2066–2069) and zero-width characters
/// (U+200B–200F, U+FEFF): in a name they make it read as another name („Anna” that shows as
/// someone else's), so a name, a title or a file name from outside may not hold them.
pub fn is_deceptive(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}')
}

/// A free text kept with a link's item (a reflection's draft), checked as a link's text is.
pub fn check_text(value: &str, max: usize) -> Result<(), ShareError> {
    text(value, max, "odpowiedź")
}

/// A name from outside (a backup's list of mentees), checked as a link's name is.
pub fn check_name(value: &str, max: usize) -> Result<(), ShareError> {
    line(value, max, "imię i nazwisko")
}

fn too_long(value: &str, max: usize, field: &str) -> Result<(), ShareError> {
    if value.chars().count() > max {
        return Err(ShareError::Invalid(format!(
            "pole „{field}” jest za długie"
        )));
    }
    Ok(())
}

fn control(field: &str) -> ShareError {
    ShareError::Invalid(format!("pole „{field}” zawiera znaki sterujące"))
}

fn count(len: usize, field: &str) -> Result<(), ShareError> {
    if len > MAX_ITEMS {
        return Err(ShareError::Invalid(format!("za dużo pozycji: {field}")));
    }
    Ok(())
}

fn day(value: NaiveDate, field: &str) -> Result<(), ShareError> {
    let plausible = (
        NaiveDate::from_ymd_opt(2000, 1, 1),
        NaiveDate::from_ymd_opt(2101, 1, 1),
    );
    match plausible {
        (Some(from), Some(to)) if (from..to).contains(&value) => Ok(()),
        _ => Err(ShareError::Invalid(format!("data poza zakresem: {field}"))),
    }
}

fn typed_day(value: &str, field: &str) -> Result<(), ShareError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    match date::from_iso(value) {
        Some(d) => day(d, field),
        None => Err(ShareError::Invalid(format!("niepoprawna data: {field}"))),
    }
}

fn origin(origin: &Origin) -> Result<(), ShareError> {
    let id = &origin.mentee.0;
    if id.is_empty()
        || id.len() > 40
        || !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::Invalid(
            "niepoprawny identyfikator mentee".into(),
        ));
    }
    Ok(())
}

fn items(items: &[SharedItem], field: &str) -> Result<(), ShareError> {
    count(items.len(), field)?;
    for item in items {
        text(&item.what, MAX_TEXT_CHARS, field)?;
        if !matches!(item.owner.as_str(), "mentee" | "mentor" | "oboje") {
            return Err(ShareError::Invalid(format!(
                "nieznana osoba w polu „{field}”"
            )));
        }
        if let Some(due) = item.due {
            day(due, field)?;
        }
    }
    Ok(())
}

/// Items from earlier meetings: as [`items`], each from a meeting on or before `meeting`.
fn earlier(earlier: &[SharedEarlier], meeting: NaiveDate) -> Result<(), ShareError> {
    let field = "zadania z wcześniejszych spotkań";
    count(earlier.len(), field)?;
    for item in earlier {
        text(&item.what, MAX_TEXT_CHARS, field)?;
        if !matches!(item.owner.as_str(), "mentee" | "mentor") {
            return Err(ShareError::Invalid(format!(
                "nieznana osoba w polu „{field}”"
            )));
        }
        if let Some(due) = item.due {
            day(due, field)?;
        }
        day(item.from, field)?;
        if item.from > meeting {
            return Err(ShareError::Invalid(format!("data poza zakresem: {field}")));
        }
    }
    Ok(())
}

impl Shared {
    /// Every field within its document's bounds; what the app would not have written is
    /// refused, so a tampered link cannot put it on screen or in storage.
    pub fn validate(&self) -> Result<(), ShareError> {
        match self {
            Shared::Contract(c) => validate_contract(c),
            Shared::Meeting(m) => {
                origin(&m.origin)?;
                line(&m.mentor, MAX_NAME_CHARS, "mentor")?;
                line(&m.mentee, MAX_NAME_CHARS, "mentee")?;
                day(m.date, "dzień spotkania")?;
                line(&m.agenda, MAX_NAME_CHARS, "agenda")?;
                text(&m.message, MAX_TEXT_CHARS, "wiadomość")?;
                count(m.notes.len(), "notatki")?;
                for n in &m.notes {
                    line(&n.title, MAX_NAME_CHARS, "blok")?;
                    text(&n.note, MAX_TEXT_CHARS, "notatka")?;
                }
                items(&m.items, "zadania")?;
                earlier(&m.earlier, m.date)?;
                count(m.progress.len(), "postęp")?;
                for p in &m.progress {
                    text(&p.goal, MAX_TEXT_CHARS, "cel")?;
                    text(&p.note, MAX_TEXT_CHARS, "postęp")?;
                    if p.value > 10 {
                        return Err(ShareError::Invalid("postęp spoza skali 0–10".into()));
                    }
                }
                Ok(())
            }
            Shared::Steps(s) => {
                line(&s.mentor, MAX_NAME_CHARS, "mentor")?;
                line(&s.mentee, MAX_NAME_CHARS, "mentee")?;
                day(s.date, "dzień rozmowy")?;
                items(&s.steps, "kroki")?;
                text(&s.support, MAX_TEXT_CHARS, "wsparcie")?;
                if let Some(d) = s.follow_up {
                    day(d, "sprawdzenie efektów")?;
                }
                Ok(())
            }
            Shared::Reflection(r) => {
                origin(&r.origin)?;
                day(r.meeting_date, "dzień spotkania")?;
                line(&r.mentee, MAX_NAME_CHARS, "mentee")?;
                text(&r.takeaway, MAX_TEXT_CHARS, "co zabieram")?;
                text(&r.next, MAX_TEXT_CHARS, "co zrobię")?;
                if !Reflection::SCALE.contains(&r.usefulness) {
                    return Err(ShareError::Invalid(
                        "ocena przydatności spoza skali 1–5".into(),
                    ));
                }
                count(r.done.len(), "zrobione zadania")?;
                for done in &r.done {
                    text(&done.what, MAX_TEXT_CHARS, "zrobione zadanie")?;
                    day(done.on, "dzień zrobienia zadania")?;
                }
                Ok(())
            }
        }
    }
}

fn validate_contract(c: &Contract) -> Result<(), ShareError> {
    line(&c.mentor, MAX_NAME_CHARS, "mentor")?;
    line(&c.mentee, MAX_NAME_CHARS, "mentee")?;
    line(&c.organisation, MAX_NAME_CHARS, "organizacja")?;
    line(&c.agreed_on, MAX_NAME_CHARS, "data zawarcia")?;
    typed_day(&c.agreed_on, "data zawarcia")?;
    line(&c.start_date, MAX_NAME_CHARS, "pierwsze spotkanie")?;
    typed_day(&c.start_date, "pierwsze spotkanie")?;
    line(&c.start_time, MAX_NAME_CHARS, "godzina spotkań")?;
    if !c.start_time.trim().is_empty() && c.time().is_none() {
        return Err(ShareError::Invalid("niepoprawna godzina spotkań".into()));
    }
    count(c.goals.all().len(), "cele")?;
    for goal in c.goals.all() {
        text(&goal.text, Goals::MAX_CHARS, "cel")?;
        count(goal.earlier.len(), "wcześniejsze brzmienia celu")?;
        for wording in &goal.earlier {
            text(&wording.text, Goals::MAX_CHARS, "cel")?;
        }
    }
    count(c.rules.len(), "zasady")?;
    for rule in &c.rules {
        line(&rule.title, MAX_NAME_CHARS, "zasada")?;
        text(&rule.text, MAX_TEXT_CHARS, "zasada")?;
    }
    let in_range = |field: NumberField, value: u32| {
        let (min, max) = field.range();
        (min..=max).contains(&value)
    };
    if let Frequency::EveryDays(days) = c.frequency
        && !in_range(NumberField::EveryDays, days)
    {
        return Err(ShareError::Invalid("częstotliwość spoza zakresu".into()));
    }
    for (field, value, name) in [
        (
            NumberField::DurationMinutes,
            c.duration_minutes,
            "czas spotkania",
        ),
        (
            NumberField::CancelHours,
            c.cancel_hours,
            "odwołanie spotkania",
        ),
        (NumberField::Months, c.months, "czas trwania"),
    ] {
        if !in_range(field, value) {
            return Err(ShareError::Invalid(format!("{name} spoza zakresu")));
        }
    }
    identifier(&c.calendar_uid, MAX_NAME_CHARS, "identyfikator kalendarza")?;
    text(
        &c.calendar_fingerprint,
        MAX_TEXT_CHARS,
        "stan pliku kalendarza",
    )?;
    if let Status::Accepted {
        on,
        amended,
        accepted_terms,
        changes_accepted,
        changes_accepted_in,
    } = &c.status
    {
        day(*on, "dzień akceptacji")?;
        for d in [amended, changes_accepted].into_iter().flatten() {
            day(*d, "dzień zmiany")?;
        }
        text(
            accepted_terms.as_deref().unwrap_or_default(),
            4 * MAX_TEXT_CHARS,
            "zaakceptowane warunki",
        )?;
        line(changes_accepted_in, MAX_NAME_CHARS, "zmienione części")?;
    }
    Ok(())
}

// --- The link's bytes --------------------------------------------------------------------

/// What the link's data holds, before any decryption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// The compressed body.
    Open(Vec<u8>),
    /// Encrypted with a passphrase: the browser needs the salt and IV to open it, and (in
    /// [`FORMAT_AUTHENTICATED`]) the header as additional data.
    Locked {
        /// The link's format: [`FORMAT_AUTHENTICATED`] for every link made now.
        format: u8,
        salt: [u8; SALT_BYTES],
        iv: [u8; IV_BYTES],
        sealed: Vec<u8>,
    },
}

/// A rule of cooperation as the seed words it goes as its number (`§0`…), since every copy of
/// the app has the text: a whole contract then fits a smaller QR code.
const SEED_RULE: char = '§';

/// The item as the compressed body a link carries (before any encryption).
pub fn compress(shared: &Shared) -> Vec<u8> {
    let json = match shared {
        Shared::Contract(c) => {
            let seed = Contract::default().rules;
            let mut packed = c.clone();
            for rule in &mut packed.rules {
                if let Some(i) = seed
                    .iter()
                    .position(|s| s.title == rule.title && s.text == rule.text)
                {
                    rule.title = format!("{SEED_RULE}{i}");
                    rule.text.clear();
                }
            }
            serde_json::to_vec(&Shared::Contract(packed))
        }
        other => serde_json::to_vec(other),
    };
    miniz_oxide::deflate::compress_to_vec(&json.unwrap_or_default(), 9)
}

/// The seed's rules back in place of their numbers.
fn unpack(shared: &mut Shared) -> Result<(), ShareError> {
    let Shared::Contract(c) = shared else {
        return Ok(());
    };
    let seed = Contract::default().rules;
    for rule in &mut c.rules {
        let Some(number) = rule.title.strip_prefix(SEED_RULE) else {
            continue;
        };
        let known = number
            .parse::<usize>()
            .ok()
            .and_then(|i| seed.get(i))
            .filter(|_| rule.text.is_empty())
            .ok_or_else(|| ShareError::Invalid("nieznana zasada współpracy".into()))?;
        rule.title = known.title.clone();
        rule.text = known.text.clone();
    }
    Ok(())
}

/// The link's data part for a frame.
pub fn encode(frame: &Frame) -> String {
    let mut bytes = Vec::new();
    match frame {
        Frame::Open(body) => {
            bytes.extend([FORMAT, 0]);
            bytes.extend_from_slice(body);
        }
        Frame::Locked {
            format,
            salt,
            iv,
            sealed,
        } => {
            bytes.extend([*format, LOCKED]);
            bytes.extend_from_slice(salt);
            bytes.extend_from_slice(iv);
            bytes.extend_from_slice(sealed);
        }
    }
    base64url::encode(&bytes)
}

/// The whole link: the app's address (without any fragment) and the data in the fragment.
pub fn link(app_address: &str, data: &str) -> String {
    let base = app_address.split('#').next().unwrap_or_default();
    format!("{base}#/{ROUTE}?{PARAM}={data}")
}

/// The widths of a line taken as wrapped by a mail program (they wrap at 72–78 characters,
/// quoting included): after a line shorter or longer (a link left whole), or shorter than the
/// lines before it, the next line is the message's own text.
const WRAPPED_LINE_CHARS: std::ops::RangeInclusive<usize> = 40..=100;

fn is_data_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The data of the first link of this app's form in any text as pasted or read from a file:
/// the link alone, in a sentence („…oto link: https://…, pozdrawiam”), in „quotes” or `<>`,
/// in a quoted reply (`> `), or wrapped across lines by a mail program (the lines are joined);
/// or the data alone.
pub fn data_of(text: &str) -> Result<String, ShareError> {
    let marker = format!("{ROUTE}?");
    let Some(at) = text.find(&marker) else {
        // The data alone (as the address bar's fragment leaves it).
        let data = text.trim();
        return if data.is_empty() || !data.chars().all(is_data_char) {
            Err(ShareError::NoData)
        } else if data.len() > MAX_LINK_CHARS {
            Err(ShareError::TooLong)
        } else {
            Ok(data.to_string())
        };
    };
    let query = &text[at + marker.len()..];
    let param = format!("{PARAM}=");
    let start = if query.starts_with(&param) {
        param.len()
    } else {
        let end = query
            .find(|c: char| c.is_whitespace())
            .unwrap_or(query.len());
        match query[..end].find(&format!("&{param}")) {
            Some(i) => i + 1 + param.len(),
            None => return Err(ShareError::NoData),
        }
    };
    // How far the line the link starts on runs before the data: a wrapped line is measured
    // from its start.
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut width = text[line_start..at].chars().count() + marker.len() + start;
    let mut wrapped_at = None;
    let mut data = String::new();
    let mut rest = &query[start..];
    loop {
        let run = rest.find(|c: char| !is_data_char(c)).unwrap_or(rest.len());
        data.push_str(&rest[..run]);
        if data.len() > MAX_LINK_CHARS {
            return Err(ShareError::TooLong);
        }
        width += run;
        rest = &rest[run..];
        // Characters no link of the app has right after its data: another encoding of it.
        if rest.starts_with(['%', '+', '/', '=']) {
            return Err(ShareError::Broken);
        }
        // A line break right after a full line: the link goes on after any quoting.
        let after_spaces = rest.trim_start_matches([' ', '\t']);
        let Some(next_line) = after_spaces
            .strip_prefix("\r\n")
            .or_else(|| after_spaces.strip_prefix('\n'))
        else {
            break;
        };
        // A mail program wraps every line of a long word at the same width: a line ending
        // sooner is the link's last.
        if !WRAPPED_LINE_CHARS.contains(&width) || wrapped_at.is_some_and(|w| w != width) {
            break;
        }
        wrapped_at = Some(width);
        let quote = next_line
            .find(|c: char| !matches!(c, '>' | ' ' | '\t'))
            .unwrap_or(next_line.len());
        if !next_line[quote..].starts_with(is_data_char) {
            break;
        }
        width = next_line[..quote].chars().count();
        rest = &next_line[quote..];
    }
    if data.is_empty() {
        return Err(ShareError::NoData);
    }
    Ok(data)
}

impl Frame {
    /// A new locked frame, in the format links with a passphrase are written in now.
    pub fn locked(salt: [u8; SALT_BYTES], iv: [u8; IV_BYTES], sealed: Vec<u8>) -> Frame {
        Frame::Locked {
            format: FORMAT_AUTHENTICATED,
            salt,
            iv,
            sealed,
        }
    }

    /// What AES-GCM authenticates besides the body: the link's header (format and flags), so
    /// a link cannot be passed off as another format; `None` for a [`FORMAT`] link, which
    /// was encrypted without it.
    pub fn additional_data(&self) -> Option<[u8; 2]> {
        match self {
            Frame::Locked { format, .. } if *format >= FORMAT_AUTHENTICATED => {
                Some([*format, LOCKED])
            }
            _ => None,
        }
    }
}

/// The frame after a header: what the flags say, if the body is long enough for it.
fn frame(format: u8, flags: u8, body: &[u8]) -> Result<Frame, ShareError> {
    match flags {
        0 if !body.is_empty() => Ok(Frame::Open(body.to_vec())),
        LOCKED if body.len() > SALT_BYTES + IV_BYTES + TAG_BYTES => {
            let (salt, rest) = body.split_at(SALT_BYTES);
            let (iv, sealed) = rest.split_at(IV_BYTES);
            Ok(Frame::Locked {
                format,
                salt: salt.try_into().map_err(|_| ShareError::Broken)?,
                iv: iv.try_into().map_err(|_| ShareError::Broken)?,
                sealed: sealed.to_vec(),
            })
        }
        _ => Err(ShareError::Broken),
    }
}

/// Reads a link's data into a frame: the size is capped before anything is decoded.
pub fn decode(data: &str) -> Result<Frame, ShareError> {
    if data.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong);
    }
    let bytes = base64url::decode(data).ok_or(ShareError::Broken)?;
    let (&format, rest) = bytes.split_first().ok_or(ShareError::Broken)?;
    let (&flags, body) = rest.split_first().ok_or(ShareError::Broken)?;
    match format {
        FORMAT => frame(format, flags, body),
        // Only a passphrase's links moved to the authenticated header.
        FORMAT_AUTHENTICATED if flags == LOCKED => frame(format, flags, body),
        // „Newer” only for a link that is whole otherwise: the next format or the one after,
        // its flags known and its body long enough. A damaged first character reads as some
        // far format (5, 9, 13…), and that link is damaged, not new.
        _ if format > NEWEST && format <= NEWEST + 2 && frame(format, flags, body).is_ok() => {
            Err(ShareError::Newer { found: format })
        }
        _ => Err(ShareError::Broken),
    }
}

/// The item from a compressed body (an open frame's, or a locked one's once decrypted):
/// inflated up to [`MAX_JSON_BYTES`], parsed as its document type and checked field by field.
pub fn open(body: &[u8]) -> Result<Shared, ShareError> {
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_JSON_BYTES).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooBig,
                _ => ShareError::Unreadable,
            }
        })?;
    let mut shared: Shared = serde_json::from_slice(&json).map_err(|_| ShareError::Unreadable)?;
    unpack(&mut shared)?;
    shared.validate()?;
    Ok(shared)
}

/// The item from a link's data with no passphrase; a locked one says so.
pub fn read(data: &str) -> Result<Result<Shared, Frame>, ShareError> {
    match decode(data)? {
        Frame::Open(body) => open(&body).map(Ok),
        locked => Ok(Err(locked)),
    }
}

/// Base64 with the URL alphabet and no padding (RFC 4648 §5): the link's characters survive
/// messengers, QR readers and the address bar untouched.
pub mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    /// `None` for a character outside the alphabet or an impossible length (a cut-off link).
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let value = |c: u8| -> Option<u32> {
            Some(match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => return None,
            } as u32)
        };
        if text.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        for chunk in text.as_bytes().chunks(4) {
            let mut n = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                n |= value(c)? << (18 - 6 * i);
            }
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i)) as u8);
            }
        }
        Some(out)
    }
}
