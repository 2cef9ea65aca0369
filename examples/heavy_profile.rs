//! A heavy mentor's profile as a backup file of the app's own format, for the storage and scale
//! work (issue 28):
//!
//! ```sh
//! cargo run --release --example heavy_profile -- 30 [seed] [--breakdown] > profil.json
//! ```
//!
//! The profile the issue names: N mentees, 60 % of them closed (programme closed, archived),
//! each with an accepted contract, 26 meetings with 500–1 500 characters of notes, progress on
//! every goal and 3–5 items each, 10 feedback conversations, 40 asked questions and a CRM
//! self-assessment; and 50 items kept from the mentor's own mentors' links. Every document is
//! made by the model's own methods (a meeting is run on the timer or logged afterwards, a
//! contract is accepted, a link is compressed, read back and kept), so its shape is what the app
//! writes. The same seed gives the same file. Before printing, the file goes through the import's
//! own checks (`parse_backup`).
//!
//! `--breakdown` prints to stderr where the stored size goes, in UTF-16 units (what
//! localStorage counts): per document, and within the meetings' journal.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Timelike};

use niezbednik::content::agenda_templates::{self, AppTemplate};
use niezbednik::content::feedback as checklist;
use niezbednik::model::agenda::AgendaPrefs;
use niezbednik::model::agenda::{Agenda, AgendaBlock};
use niezbednik::model::agenda_doc::AgendaDoc;
use niezbednik::model::contract::{Contract, Frequency, MeetingForm};
use niezbednik::model::crm::CrmDoc;
use niezbednik::model::crm::kpi::{InputKind, KPIS};
use niezbednik::model::date::to_iso;
use niezbednik::model::deck::{Draw, QuestionsDoc};
use niezbednik::model::feedback::{self, FEELINGS, FeedbackDoc, Form, Step};
use niezbednik::model::goals::{GoalId, GoalKind};
use niezbednik::model::ics::Reminder;
use niezbednik::model::journal::{ActionOwner, Journal, SEED_AGENDA};
use niezbednik::model::mentees::{MenteeId, Roster};
use niezbednik::model::programme::{CalledOffBy, ProgrammeDoc};
use niezbednik::model::received::{Draft, ReceivedDoc};
use niezbednik::model::share::{
    self, ContractPick, Frame, MeetingPick, Origin, Shared, SharedReflection, StepsPick,
};
use niezbednik::model::timer::{MINUTE, Millis};
use niezbednik::store::backup::{ImportError, make_backup, parse_backup};
use niezbednik::store::codec::encode;
use niezbednik::store::documents::{AGENDA_PREFS_KEY, MenteeDoc, RECEIVED_KEY, ROSTER_KEY};

/// The day the profile is as of: everything happened in the three years before it.
const AS_OF: (i32, u32, u32) = (2026, 12, 1);
const MEETINGS: usize = 26;
const CONVERSATIONS: usize = 10;
const ASKED: usize = 40;
const KEPT_FROM_LINKS: usize = 50;
/// Chromium's localStorage quota, in UTF-16 units (keys and values).
const QUOTA_UNITS: usize = 5_242_880;

/// The mentor whose app this is (a woman: her notes say „ustaliłyśmy”).
const MENTOR: &str = "Katarzyna Wiśniewska";

fn main() {
    let mut count = None;
    let mut seed = None;
    let mut breakdown = false;
    for arg in std::env::args().skip(1) {
        if arg == "--breakdown" {
            breakdown = true;
        } else if let Ok(n) = arg.parse::<u64>() {
            if count.is_none() {
                count = Some(n as usize);
            } else {
                seed = Some(n);
            }
        } else {
            eprintln!("Użycie: heavy_profile <liczba mentee> [ziarno] [--breakdown]");
            std::process::exit(2);
        }
    }
    let Some(count) = count.filter(|n| (1..=500).contains(n)) else {
        eprintln!("Użycie: heavy_profile <liczba mentee 1–500> [ziarno] [--breakdown]");
        std::process::exit(2);
    };
    let profile = Profile::build(count, seed.unwrap_or(1));
    let entries = profile.entries();
    let text = make_backup(entries.clone(), "all", "2026-11-30 20:15");
    validate(&text, &entries, &profile.roster);
    if breakdown {
        eprint!("{}", profile.breakdown(&entries, text.len()));
    }
    println!("{text}");
}

/// The file must pass the import's own checks. A file over the import's size limit is refused
/// whole by the app (that is a finding of the bench, not a fault of the file), so then each
/// mentee's documents are checked in a file of their own, with the same roster.
fn validate(text: &str, entries: &BTreeMap<String, String>, roster: &Roster) {
    match parse_backup(text) {
        Ok(_) => {}
        Err(ImportError::TooLarge { bytes }) => {
            eprintln!(
                "heavy_profile: the file has {bytes} bytes, over this checkout's import limit (store::backup::MAX_BYTES): checking it in parts"
            );
            let shared = [ROSTER_KEY, AGENDA_PREFS_KEY, RECEIVED_KEY];
            let common: BTreeMap<String, String> = entries
                .iter()
                .filter(|(k, _)| shared.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for mentee in roster.mentees() {
                let mut part = common.clone();
                for doc in MenteeDoc::ALL {
                    let key = doc.key(&mentee.id);
                    part.insert(key.clone(), entries[&key].clone());
                }
                let text = make_backup(part, "all", "2026-11-30 20:15");
                if let Err(error) = parse_backup(&text) {
                    panic!("the backup of {} does not import: {error}", mentee.id);
                }
            }
        }
        Err(error) => panic!("the backup does not import: {error}"),
    }
}

// --- Randomness -----------------------------------------------------------------------------

/// xorshift64*: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // SplitMix64 spreads small seeds (1, 2, 3) over the whole state; never zero.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An independent stream, so one mentee's choices do not shift the next one's.
    fn fork(&mut self) -> Rng {
        Rng::new(self.next())
    }
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(AS_OF.0, AS_OF.1, AS_OF.2).expect("a real day")
}

/// A time of day, `hh:mm`.
fn hm(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("a real time")
}

fn plus(day: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        day + Days::new(days as u64)
    } else {
        day - Days::new(days.unsigned_abs())
    }
}

/// The moment a meeting at `hh:mm` Polish time on `day` began (UTC+2 from April to October,
/// else UTC+1: near enough for a record).
fn millis_at(day: NaiveDate, time: NaiveTime) -> Millis {
    let (h, m) = (time.hour(), time.minute());
    let offset = if (4..=10).contains(&day.month()) {
        2
    } else {
        1
    };
    let utc = day.and_hms_opt(h - offset, m, 0).expect("a real time");
    utc.and_utc().timestamp_millis()
}

// --- Words ----------------------------------------------------------------------------------

/// A person's name and the grammatical gender their notes use.
#[derive(Clone)]
struct Person {
    first: &'static str,
    name: String,
    female: bool,
}

impl Person {
    /// A past-tense verb or an adjective in the person's gender.
    fn form<'a>(&self, (m, f): (&'a str, &'a str)) -> &'a str {
        if self.female { f } else { m }
    }
}

const FIRST_F: &[&str] = &[
    "Zofia",
    "Łucja",
    "Małgorzata",
    "Agnieszka",
    "Kinga",
    "Żaneta",
    "Joanna",
    "Magdalena",
    "Anna",
    "Ewa",
    "Weronika",
    "Alicja",
    "Barbara",
    "Dorota",
    "Emilia",
    "Grażyna",
    "Halina",
    "Iwona",
    "Jadwiga",
    "Karolina",
    "Urszula",
    "Natalia",
];
const FIRST_M: &[&str] = &[
    "Józef",
    "Michał",
    "Paweł",
    "Bartłomiej",
    "Jędrzej",
    "Stanisław",
    "Łukasz",
    "Wojciech",
    "Tomasz",
    "Krzysztof",
    "Grzegorz",
    "Maciej",
    "Rafał",
    "Mikołaj",
    "Przemysław",
    "Jarosław",
    "Zbigniew",
    "Sławomir",
    "Adam",
    "Piotr",
];
const SURNAMES: &[(&str, &str)] = &[
    ("Dąbrowski", "Dąbrowska"),
    ("Kowalczyk", "Kowalczyk"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Kozłowski", "Kozłowska"),
    ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
    ("Piotrowski", "Piotrowska"),
    ("Grabowski", "Grabowska"),
    ("Pawłowski", "Pawłowska"),
    ("Michalski", "Michalska"),
    ("Król", "Król"),
    ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"),
    ("Stępień", "Stępień"),
    ("Górski", "Górska"),
    ("Bąk", "Bąk"),
    ("Chmielewski", "Chmielewska"),
    ("Włodarczyk", "Włodarczyk"),
    ("Sokołowski", "Sokołowska"),
    ("Kaźmierczak", "Kaźmierczak"),
    ("Głowacki", "Głowacka"),
    ("Kołodziej", "Kołodziej"),
    ("Ziółkowski", "Ziółkowska"),
    ("Brzeziński", "Brzezińska"),
    ("Czerwiński", "Czerwińska"),
    ("Wasilewski", "Wasilewska"),
];
const ORGANISATIONS: &[&str] = &[
    "Program mentoringowy „Liderki i Liderzy Jutra”",
    "Stowarzyszenie Mentorów Biznesu",
    "Akademia Rozwoju Menedżerów, edycja wiosenna",
    "Fundacja Sukces Pisany Szminką",
    "Wewnętrzny program mentoringu — dział sprzedaży",
    "Izba Gospodarcza Mazowsza",
];

const MAIN_GOALS: &[&str] = &[
    "Pewne wejście w pierwszą rolę kierowniczą",
    "Awans na stanowisko kierowniczki zespołu sprzedaży w ciągu roku",
    "Zbudowanie samodzielnego, zaufanego zespołu",
    "Przejście z roli specjalisty do roli lidera projektu",
    "Uporządkowanie strategii CRM w firmie i wdrożenie jej z zespołem",
    "Większy wpływ na decyzje zarządu w obszarze obsługi klienta",
    "Założenie własnej działalności doradczej",
    "Równowaga między pracą a życiem prywatnym bez utraty tempa rozwoju",
    "Przygotowanie do roli dyrektora regionu",
    "Zmiana branży na e-commerce z wykorzystaniem dotychczasowego doświadczenia",
];
const AREAS: &[&str] = &[
    "Delegowanie zadań",
    "Trudne rozmowy w zespole",
    "Zarządzanie czasem i priorytetami",
    "Wystąpienia przed zarządem",
    "Budowanie sieci kontaktów w branży",
    "Informacja zwrotna dla współpracowników",
    "Negocjacje z kluczowymi klientami",
    "Planowanie budżetu działu",
    "Praca z danymi sprzedażowymi",
    "Asertywność wobec przełożonych",
    "Rekrutacja i wdrażanie nowych osób",
    "Odporność na stres w okresach szczytu",
];
const INDICATORS: &[&str] = &[
    "Zespół sam prowadzi cotygodniowe spotkanie",
    "Ocena 360° ≥ 4 w obszarze komunikacji",
    "Dwie prezentacje dla zarządu w kwartale",
    "Retencja klientów powyżej 85% w skali roku",
    "Nie więcej niż 45 godzin pracy tygodniowo przez trzy miesiące",
    "Plan rozwoju dla każdej osoby w zespole",
    "NPS klientów kluczowych ≥ 40",
    "Trzy nowe kontakty branżowe miesięcznie",
    "Budżet działu przyjęty bez poprawek",
    "Czas wdrożenia nowej osoby krótszy o 30%",
    "Cotygodniowa informacja zwrotna dla każdej osoby w zespole",
    "Pierwszy płacący klient własnej działalności",
];

const PAST_VERBS: &[(&str, &str)] = &[
    ("przygotował", "przygotowała"),
    ("omówił", "omówiła"),
    ("zauważył", "zauważyła"),
    ("zaproponował", "zaproponowała"),
    ("przećwiczył", "przećwiczyła"),
    ("opisał", "opisała"),
    ("podsumował", "podsumowała"),
    ("przejrzał", "przejrzała"),
    ("zmienił", "zmieniła"),
    ("sprawdził", "sprawdziła"),
    ("odłożył na później", "odłożyła na później"),
    ("poprawił", "poprawiła"),
    ("przemyślał", "przemyślała"),
    ("rozpisał", "rozpisała"),
    ("uporządkował", "uporządkowała"),
    ("wynegocjował", "wynegocjowała"),
];
const PRESENT_VERBS: &[&str] = &[
    "planuje",
    "chce dopracować",
    "rozważa",
    "analizuje",
    "przygotowuje",
    "testuje",
    "omawia z zespołem",
    "porządkuje",
    "negocjuje",
    "chce uprościć",
];
const OBJECTS: &[&str] = &[
    "plan wdrożenia nowego systemu",
    "trudną rozmowę z zespołem",
    "priorytety na najbliższy kwartał",
    "sposób delegowania zadań",
    "budżet projektu",
    "prezentację dla zarządu",
    "cotygodniowe spotkanie zespołu",
    "ocenę kompetencji w zespole",
    "zakres odpowiedzialności nowej osoby",
    "proces rekrutacji",
    "kalendarz na najbliższy miesiąc",
    "informację zwrotną od klienta",
    "listę ryzyk w projekcie",
    "harmonogram zmian w dziale",
    "nową strukturę zespołu",
    "umowę z kluczowym klientem",
    "ścieżkę awansu",
    "strategię kontaktu z klientami",
    "raport sprzedaży za ostatni miesiąc",
    "zasady pracy zdalnej",
];
const ADVERBIALS: &[&str] = &[
    "przed kolejnym spotkaniem",
    "w tym tygodniu",
    "bez większego stresu",
    "z pomocą przełożonej",
    "po rozmowie z zespołem",
    "na podstawie danych z ostatniego kwartału",
    "krok po kroku",
    "szybciej, niż zakładaliśmy",
    "mimo napiętego terminu",
    "w ciągu dwóch tygodni",
    "jeszcze raz, spokojniej",
    "razem z działem HR",
    "na spotkaniu z zarządem",
    "w wersji roboczej",
    "po konsultacji z klientem",
];
const GERUNDS: &[&str] = &[
    "ustalanie priorytetów",
    "mówienie „nie” przełożonym",
    "delegowanie zadań osobom z większym stażem",
    "prowadzenie trudnych rozmów",
    "planowanie tygodnia z wyprzedzeniem",
    "dawanie informacji zwrotnej na bieżąco",
    "pilnowanie terminów w projekcie",
    "oddzielanie pracy od odpoczynku",
    "przygotowanie się do negocjacji",
    "rozmawianie o pieniądzach",
    "proszenie o pomoc",
    "zamykanie spraw, które ciągną się tygodniami",
];
const GENITIVES: &[&str] = &[
    "cierpliwości",
    "jasnych zasad",
    "wsparcia przełożonej",
    "lepszego planu",
    "regularnej informacji zwrotnej",
    "czasu na przygotowanie",
    "odwagi",
    "twardych danych",
    "zgody całego zespołu",
    "konsekwencji",
];
const TOPICS: &[&str] = &[
    "budżetu na przyszły rok",
    "rekrutacji do zespołu",
    "awansu",
    "informacji zwrotnej od zespołu",
    "podziału obowiązków",
    "pracy zdalnej",
    "zmęczenia i odpoczynku",
    "współpracy z działem sprzedaży",
    "wystąpień publicznych",
    "relacji z nowym dyrektorem",
];
const WHAT_IFS: &[&str] = &[
    "zespół sam prowadził cotygodniowe spotkanie",
    "projekt przesunął się o miesiąc",
    "przełożona dała więcej swobody w decyzjach",
    "klient zmienił wymagania w ostatniej chwili",
    "połowa zadań trafiła do nowej osoby",
    "budżet okazał się o jedną piątą mniejszy",
    "rozmowa odbyła się twarzą w twarz, a nie mailowo",
];
const FEELING_ADJS: &[(&str, &str)] = &[
    ("pewniej", "pewniej"),
    ("spokojniejszy", "spokojniejsza"),
    ("zagubiony", "zagubiona"),
    ("zmęczony", "zmęczona"),
    ("zmotywowany", "zmotywowana"),
    ("niepewny", "niepewna"),
];

const MENTEE_ACTIONS: &[&str] = &[
    "Przygotować plan rozmowy z przełożoną",
    "Spisać trzy priorytety na kwartał",
    "Umówić rozmowy rozwojowe z osobami z zespołu",
    "Przeczytać rozdział o delegowaniu z polecanej książki",
    "Przećwiczyć prezentację dla zarządu na głos",
    "Wysłać podsumowanie ustaleń do działu HR",
    "Zebrać informację zwrotną od dwóch osób z zespołu",
    "Zaplanować tydzień z blokami na pracę w skupieniu",
    "Rozpisać zakres obowiązków nowej osoby",
    "Sprawdzić dane sprzedażowe z ostatniego kwartału",
    "Przygotować listę ryzyk projektu",
    "Poprowadzić samodzielnie cotygodniowe spotkanie zespołu",
    "Zapisać trzy sytuacje, w których udało się powiedzieć „nie”",
    "Porozmawiać z klientem o przedłużeniu umowy",
    "Policzyć wskaźnik retencji za ostatnie pół roku",
];
const MENTOR_ACTIONS: &[&str] = &[
    "Przesłać artykuł o informacji zwrotnej",
    "Polecić kontakt do eksperta od CRM",
    "Przygotować przykład budżetu z własnej praktyki",
    "Sprawdzić termin konferencji branżowej",
    "Przesłać szablon planu rozwoju",
];
const ACTION_TAILS: &[&str] = &[
    "",
    "",
    "",
    " i omówić na spotkaniu",
    " (wersja robocza)",
    " — do przejrzenia razem",
];

/// Who writes about whom: the mentor's notes name the mentee in their gender, and „we” is
/// „ustaliłyśmy” only between two women.
#[derive(Clone, Copy)]
struct Writer<'a> {
    about: &'a Person,
    mentor_female: bool,
}

impl Writer<'_> {
    /// One sentence of notes, in Polish.
    fn sentence(self, rng: &mut Rng) -> String {
        let who = self.about;
        let subject = match rng.below(4) {
            0 => "Mentee".to_string(),
            1 => if who.female { "Ona" } else { "On" }.to_string(),
            _ => who.first.to_string(),
        };
        let we = if self.mentor_female && who.female {
            "Ustaliłyśmy"
        } else {
            "Ustaliliśmy"
        };
        match rng.below(11) {
            0 | 1 => format!(
                "{subject} {} {} {}.",
                who.form(*rng.pick(PAST_VERBS)),
                rng.pick(OBJECTS),
                rng.pick(ADVERBIALS)
            ),
            2 => format!(
                "{subject} {} {}.",
                rng.pick(PRESENT_VERBS),
                rng.pick(OBJECTS)
            ),
            3 => format!(
                "{we}, że do następnego spotkania {} {} {}.",
                who.first,
                rng.pick(PRESENT_VERBS),
                rng.pick(OBJECTS)
            ),
            4 => format!("Najtrudniejsze okazało się {}.", rng.pick(GERUNDS)),
            5 => format!(
                "Dobrze zadziałało {} — warto to utrwalić.",
                rng.pick(GERUNDS)
            ),
            6 => format!(
                "Wniosek na przyszłość: {} wymaga {}.",
                rng.pick(GERUNDS),
                rng.pick(GENITIVES)
            ),
            7 => format!(
                "Pytanie do przemyślenia: co by się stało, gdyby {}?",
                rng.pick(WHAT_IFS)
            ),
            8 => format!("Warto wrócić do tematu {}.", rng.pick(TOPICS)),
            9 => format!(
                "{subject} czuje się {} w sytuacjach, gdy {}.",
                who.form(*rng.pick(FEELING_ADJS)),
                rng.pick(WHAT_IFS)
            ),
            _ => format!(
                "Samopoczucie {}/10, energia {}/10; {}.",
                rng.range(4, 9),
                rng.range(3, 9),
                rng.pick(&[
                    "lepiej niż ostatnio",
                    "bez zmian",
                    "trudny tydzień",
                    "dużo się dzieje",
                ])
            ),
        }
    }

    /// Sentences of at least `chars` characters in all (at least one).
    fn sentences(self, rng: &mut Rng, chars: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut total = 0;
        while total < chars || out.is_empty() {
            let s = self.sentence(rng);
            total += s.chars().count() + 1;
            out.push(s);
        }
        out
    }

    /// A short text of about `chars` characters, in one paragraph.
    fn text(self, rng: &mut Rng, chars: usize) -> String {
        self.sentences(rng, chars).join(" ")
    }

    /// The notes of a meeting's blocks: nothing in the skipped ones, 500–1 500 characters in
    /// all, each block written as notes are: a list, lines, or running text.
    fn meeting_notes(self, rng: &mut Rng, skipped: &[bool]) -> Vec<String> {
        let blocks = skipped.len();
        let noted: Vec<usize> = (0..blocks)
            .filter(|b| !skipped[*b] && (*b == 0 || rng.chance(0.8)))
            .collect();
        let styles: Vec<usize> = (0..blocks).map(|_| rng.below(3)).collect();
        let target = rng.range(500, 1500) as usize;
        let mut parts: Vec<Vec<String>> = vec![Vec::new(); blocks];
        for &b in &noted {
            parts[b] = self.sentences(rng, (target / noted.len()).saturating_sub(60).max(30));
        }
        let join = |parts: &[Vec<String>]| -> Vec<String> {
            parts
                .iter()
                .zip(&styles)
                .map(|(p, style)| match style {
                    0 => p
                        .iter()
                        .map(|s| format!("- {s}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    1 => p.join("\n"),
                    _ => p.join(" "),
                })
                .collect()
        };
        let count = |notes: &[String]| notes.iter().map(|n| n.chars().count()).sum::<usize>();
        while count(&join(&parts)) > 1500 {
            let longest = (0..blocks).max_by_key(|b| parts[*b].len()).expect("blocks");
            parts[longest].pop();
        }
        while count(&join(&parts)) < 500 {
            let b = *rng.pick(&noted);
            parts[b].push(self.sentence(rng));
        }
        let notes = join(&parts);
        let total = count(&notes);
        assert!((500..=1500).contains(&total), "notes of {total} characters");
        notes
    }
}

// --- One mentoring programme ----------------------------------------------------------------

/// When meetings fall, as days from the contract's first meeting: the plan the contract makes,
/// with a few called off or moved.
struct Schedule {
    frequency: Frequency,
    months: u32,
    /// The days meetings were held.
    held: Vec<i64>,
    cancelled: Vec<i64>,
    /// Planned day, day it moved to.
    moved: Vec<(i64, i64)>,
}

impl Schedule {
    fn new(rng: &mut Rng) -> Schedule {
        // Weekly for 7 months or fortnightly for 13: at least 29 planned days either way,
        // so two called off still leave 26 held.
        let (frequency, months, step) = if rng.chance(0.4) {
            (Frequency::Weekly, 7, 7)
        } else {
            (Frequency::EveryTwoWeeks, 13, 14)
        };
        let mut schedule = Schedule {
            frequency,
            months,
            held: Vec::new(),
            cancelled: Vec::new(),
            moved: Vec::new(),
        };
        let mut k = 0;
        while schedule.held.len() < MEETINGS {
            let day = k * step;
            k += 1;
            if day > 0 && schedule.cancelled.len() < 2 && rng.chance(0.05) {
                schedule.cancelled.push(day);
            } else if day > 0 && schedule.moved.len() < 2 && rng.chance(0.05) {
                let to = day + rng.range(1, 3);
                schedule.moved.push((day, to));
                schedule.held.push(to);
            } else {
                schedule.held.push(day);
            }
        }
        schedule
    }

    fn span(&self) -> i64 {
        *self.held.last().expect("meetings")
    }
}

/// Which agenda a meeting followed.
enum AgendaChoice {
    Seed,
    App(&'static AppTemplate),
    Own(usize),
}

/// One mentee's documents, as the app keeps them.
struct MenteeDocs {
    agenda: AgendaDoc,
    contract: Contract,
    feedback: FeedbackDoc,
    questions: QuestionsDoc,
    crm: CrmDoc,
    programme: ProgrammeDoc,
}

/// What a programme is: who, from when, closed on which day if closed.
struct ProgrammeSpec<'a> {
    mentor: &'a Person,
    mentee: &'a Person,
    /// The mentee's id in the mentor's app (a reflection names it back).
    id: MenteeId,
    schedule: &'a Schedule,
    start: NaiveDate,
    agreed: NaiveDate,
    closed: Option<NaiveDate>,
}

fn programme(rng: &mut Rng, spec: &ProgrammeSpec, prefs: &AgendaPrefs) -> MenteeDocs {
    let mentee = spec.mentee;
    let writer = Writer {
        about: mentee,
        mentor_female: spec.mentor.female,
    };
    let days: Vec<NaiveDate> = spec
        .schedule
        .held
        .iter()
        .map(|d| plus(spec.start, *d))
        .collect();
    let mut contract = contract(rng, spec);
    let time = contract.start_time.expect("the contract sets a time");

    let mut doc = AgendaDoc::default();
    let mut programme = ProgrammeDoc::default();
    for day in &spec.schedule.cancelled {
        let by = *rng.pick(&[CalledOffBy::Mentee, CalledOffBy::Mentor, CalledOffBy::Both]);
        let reason = *rng.pick(&[
            "choroba",
            "wyjazd służbowy",
            "urlop",
            "pilny termin w projekcie",
            "",
        ]);
        programme
            .cancel_meeting(&contract, plus(spec.start, *day), by, reason)
            .expect("a planned day");
    }
    for (day, to) in &spec.schedule.moved {
        programme
            .move_meeting(&contract, plus(spec.start, *day), plus(spec.start, *to))
            .expect("a planned day moved to a free one");
    }

    // Progress climbs from a start to a target, with the ups and downs of real weeks.
    let mut baselines: BTreeMap<GoalId, (i64, i64)> = BTreeMap::new();
    for (i, &day) in days.iter().enumerate() {
        let last = i + 1 == MEETINGS;
        if i == MEETINGS / 2 {
            change_goals(rng, &mut contract, day);
        }
        // What was done since: the items of the last meeting mostly, older ones less often.
        let open = doc.log.open_actions(day);
        let previous = doc.log.meetings().last().map(|m| m.id);
        for carried in open {
            let p = if Some(carried.from) == previous {
                0.7
            } else {
                0.45
            };
            if rng.chance(p) || (last && spec.closed.is_some() && rng.chance(0.6)) {
                doc.log
                    .tick(carried.item.id, true, day)
                    .expect("an open item");
            }
        }

        let choice = match i {
            0 => AgendaChoice::Seed,
            _ if i == MEETINGS / 2 => AgendaChoice::App(&agenda_templates::MIDPOINT),
            _ if last && spec.closed.is_some() => AgendaChoice::App(&agenda_templates::CLOSING),
            _ if rng.chance(0.2) => AgendaChoice::Own(rng.below(prefs.templates.len())),
            _ => AgendaChoice::App(&agenda_templates::REGULAR),
        };
        let (name, agenda) = match choice {
            AgendaChoice::Seed => (SEED_AGENDA.to_string(), Agenda::from_seed()),
            AgendaChoice::App(t) => (t.name.to_string(), Agenda::from_app_template(t)),
            AgendaChoice::Own(n) => (
                prefs.templates[n].name.clone(),
                prefs.templates[n].agenda.clone(),
            ),
        };
        let blocks = agenda.blocks.len();
        let skipped: Vec<bool> = (0..blocks)
            .map(|b| b > 0 && b + 1 < blocks && rng.chance(0.04))
            .collect();
        let notes = writer.meeting_notes(rng, &skipped);
        let goals: Vec<GoalId> = contract.goals.current().map(|g| g.id).collect();
        let progress: Vec<(GoalId, u8, String)> = goals
            .iter()
            .map(|goal| {
                let (from, to) = *baselines
                    .entry(*goal)
                    .or_insert_with(|| (rng.range(1, 4), rng.range(6, 9)));
                let value =
                    from + (to - from) * i as i64 / (MEETINGS as i64 - 1) + rng.range(-1, 1);
                let note = if rng.chance(0.3) {
                    writer.text(rng, 40)
                } else {
                    String::new()
                };
                (*goal, value.clamp(0, 10) as u8, note)
            })
            .collect();
        let actions: Vec<(String, ActionOwner, Option<NaiveDate>)> = (0..rng.range(3, 5))
            .map(|_| {
                let (owner, list) = if rng.chance(0.75) {
                    (ActionOwner::Mentee, MENTEE_ACTIONS)
                } else {
                    (ActionOwner::Mentor, MENTOR_ACTIONS)
                };
                let what = format!("{}{}", rng.pick(list), rng.pick(ACTION_TAILS));
                let due = rng.chance(0.85).then(|| plus(day, rng.range(3, 20)));
                (what, owner, due)
            })
            .collect();

        let id = if rng.chance(0.7) {
            // Run on the timer: the mentor picks the agenda, types notes block by block,
            // scores the goals and adds the items before „Zakończ spotkanie”.
            doc.agenda = agenda;
            let mut now = millis_at(day, time) + rng.range(-3, 8) * MINUTE;
            doc.start_meeting(now, day, prefs.auto_advance);
            let run = doc.run.as_mut().expect("just started");
            for b in 0..blocks {
                if skipped[b] {
                    now += rng.range(0, 40) * 1000;
                    run.skip_current(now);
                    continue;
                }
                run.set_note(b, &notes[b]);
                let planned = run.blocks[b].planned;
                if rng.chance(0.1) {
                    run.add_minutes(now + planned / 2, 5);
                }
                now += planned * rng.range(70, 140) / 100;
                if b + 1 < blocks {
                    run.next(now);
                }
            }
            for (goal, value, note) in &progress {
                doc.record_progress(*goal, *value, note)
                    .expect("a score 0–10");
            }
            for (what, owner, due) in &actions {
                doc.add_pending_action(what, *owner, *due, day)
                    .expect("an item due after the meeting");
            }
            doc.finish_meeting_with(now, day, &prefs.templates)
                .expect("a running meeting")
        } else {
            // Written down afterwards on the programme page.
            let id = doc.log.log_meeting(day, &name, &agenda);
            for (b, note) in notes.iter().enumerate() {
                doc.log.set_note(id, b, note).expect("a block");
            }
            for (goal, value, note) in &progress {
                doc.log
                    .set_progress(id, *goal, *value, note)
                    .expect("a score 0–10");
            }
            for (what, owner, due) in &actions {
                doc.log
                    .add_action(id, what, *owner, *due)
                    .expect("an item due after the meeting");
            }
            id
        };
        if rng.chance(0.2) {
            // As it arrives by link, converted into the journal's own type.
            let reflection = SharedReflection {
                origin: Origin {
                    mentee: spec.id.clone(),
                    meeting: id.0,
                },
                meeting_date: day,
                mentee: mentee.name.clone(),
                takeaway: writer.text(rng, 120),
                next: writer.text(rng, 80),
                usefulness: rng.range(3, 5) as u8,
                done: Vec::new(),
            };
            doc.log
                .attach_reflection(id, reflection.into())
                .expect("a meeting");
        }
    }
    // The agenda the mentor will use next time.
    if spec.closed.is_none() || doc.agenda == Agenda::from_seed() {
        doc.agenda = Agenda::from_app_template(&agenda_templates::REGULAR);
    }
    if let Some(on) = spec.closed {
        let takeaways = writer.text(rng, 350);
        programme
            .close(on, &takeaways, &doc.log)
            .expect("closed after the last meeting");
    }

    MenteeDocs {
        feedback: feedback(rng, writer, &days, spec.closed.is_none()),
        questions: questions(rng, writer, &days),
        crm: crm(rng, writer, &days),
        agenda: doc,
        contract,
        programme,
    }
}

fn contract(rng: &mut Rng, spec: &ProgrammeSpec) -> Contract {
    let agreed = spec.agreed;
    let mut contract = Contract {
        mentor: spec.mentor.name.clone(),
        organisation: rng.pick(ORGANISATIONS).to_string(),
        agreed_on: Some(agreed),
        frequency: spec.schedule.frequency,
        duration_minutes: *rng.pick(&[60, 60, 75, 90]),
        form: *rng.pick(&[
            MeetingForm::Online,
            MeetingForm::InPerson,
            MeetingForm::Hybrid,
        ]),
        cancel_hours: *rng.pick(&[24, 24, 48]),
        months: spec.schedule.months,
        start_date: Some(spec.start),
        start_time: Some(*rng.pick(&[hm(17, 0), hm(18, 0), hm(8, 30), hm(12, 15)])),
        reminder: *rng.pick(&[Reminder::DayBefore, Reminder::HourBefore]),
        ..Contract::default()
    };
    contract.prefill_mentee(&spec.mentee.name);
    let main = *rng.pick(MAIN_GOALS);
    contract
        .goals
        .add(GoalKind::Main, main, agreed)
        .expect("a goal");
    for (kind, list, n) in [
        (GoalKind::Area, AREAS, rng.range(2, 3)),
        (GoalKind::Indicator, INDICATORS, rng.range(2, 3)),
    ] {
        let first = rng.below(list.len());
        for k in 0..n as usize {
            contract
                .goals
                .add(kind, list[(first + k * 5) % list.len()], agreed)
                .expect("a goal");
        }
    }
    for rule in &mut contract.rules {
        rule.agreed = true;
    }
    contract.accept(agreed).expect("a complete contract");
    // The calendar file downloaded right after: the UID the page makes, kept with it.
    let uid = format!(
        "{}{:02}{:02}-201500-{:08x}@niezbednik-mentora",
        agreed.year(),
        agreed.month(),
        agreed.day(),
        rng.next() as u32
    );
    let stamp = format!(
        "{}{:02}{:02}T191500Z",
        agreed.year(),
        agreed.month(),
        agreed.day()
    );
    contract
        .export_calendar(move || uid, &stamp)
        .expect("a contract with meetings");
    contract
}

/// Halfway through, the goals are looked at again: an indicator reworded, an area replaced
/// now and then, and both sides accept the change.
fn change_goals(rng: &mut Rng, contract: &mut Contract, day: NaiveDate) {
    let reword = rng.chance(0.4);
    let replace = rng.chance(0.2);
    if !reword && !replace {
        return;
    }
    let indicator = contract.goals.of_kind(GoalKind::Indicator)[0].id;
    let area = contract.goals.of_kind(GoalKind::Area)[0].id;
    let new_indicator = format!("{} (do końca programu)", rng.pick(INDICATORS));
    let new_area = rng.pick(AREAS).to_string();
    contract.edit(day, |c| {
        if reword {
            let _ = c.goals.reword(indicator, &new_indicator, day);
        }
        if replace {
            let _ = c.goals.remove(area, day);
            let _ = c.goals.add_worded(GoalKind::Area, &new_area, day);
        }
    });
    contract.accept_changes(day).expect("a complete contract");
}

/// Ten conversations over the programme. Follow-ups past are checked and closed; in a
/// programme still running, the latest one is still open (due, overdue or coming: what the
/// start page lists).
fn feedback(rng: &mut Rng, writer: Writer, days: &[NaiveDate], running: bool) -> FeedbackDoc {
    let mut doc = FeedbackDoc::default();
    let mut at: Vec<usize> = Vec::new();
    while at.len() < CONVERSATIONS {
        let i = rng.range(1, MEETINGS as i64 - 1) as usize;
        if !at.contains(&i) {
            at.push(i);
        }
    }
    at.sort_unstable();
    let latest = at.last().copied();
    for i in at {
        let day = days[i];
        let id = doc.start(day);
        let c = doc.get_mut(id).expect("just started");
        c.form = if writer.mentor_female {
            Form::Feminine
        } else {
            Form::Masculine
        };
        for (phase, items) in checklist::PHASES.iter().enumerate() {
            for item in 0..items.items.len() {
                if rng.chance(0.8) {
                    c.toggle(phase, item);
                }
            }
        }
        c.examples = (0..rng.range(1, 3)).map(|_| writer.text(rng, 60)).collect();
        c.goal = format!(
            "{} — {}",
            rng.pick(GERUNDS),
            rng.pick(&[
                "bez nerwów",
                "na spokojnie",
                "z konkretnymi przykładami",
                "w cztery oczy"
            ])
        );
        c.intentions = writer.text(rng, 80);
        c.when = Some(plus(day, 2).and_time(*rng.pick(&[hm(9, 0), hm(13, 30), hm(16, 0)])));
        c.place = rng
            .pick(&[
                "sala 2.14",
                "online, Teams",
                "kawiarnia przy biurze",
                "gabinet kierowniczki",
            ])
            .to_string();
        c.situation = writer.text(rng, 90);
        c.behavior = writer.text(rng, 90);
        c.impact = writer.text(rng, 90);
        let (masculine, feminine) = *rng.pick(FEELINGS);
        c.feeling = if writer.mentor_female {
            feminine
        } else {
            masculine
        }
        .to_string();
        if rng.chance(0.4) {
            c.i_message = writer.text(rng, 160);
        }
        c.facts = writer.text(rng, 70);
        c.interpretation = writer.text(rng, 70);
        c.response = writer.text(rng, 90);
        c.future = writer.text(rng, 70);
        c.strengths = writer.text(rng, 70);
        let follow_up = plus(day, 14);
        let past = follow_up < plus(as_of(), -7) && !(running && Some(i) == latest);
        c.steps = (0..rng.range(2, 4))
            .map(|_| Step {
                what: format!("{}{}", rng.pick(MENTEE_ACTIONS), rng.pick(ACTION_TAILS)),
                owner: *rng.pick(&[
                    feedback::StepOwner::Mentee,
                    feedback::StepOwner::Mentee,
                    feedback::StepOwner::Mentor,
                    feedback::StepOwner::Both,
                ]),
                due: to_iso(plus(day, rng.range(5, 14))),
                done: past && rng.chance(0.85),
            })
            .collect();
        c.support = writer.text(rng, 80);
        c.follow_up = Some(follow_up);
        if past {
            c.progress = writer.text(rng, 100);
            c.follow_up_closed = Some(follow_up);
        }
    }
    doc
}

fn questions(rng: &mut Rng, writer: Writer, days: &[NaiveDate]) -> QuestionsDoc {
    let mut doc = QuestionsDoc::default();
    // Asked over the first four meetings, ten each, a card (and its follow-up) at a time.
    while doc.history.len() < ASKED {
        let Draw::Card(id) = doc.draw() else {
            break;
        };
        let day = days[doc.history.len() / 10];
        for question in QuestionsDoc::card(id) {
            if doc.history.len() < ASKED {
                doc.toggle_asked(question, day);
                if rng.chance(0.5) {
                    let note = writer.text(rng, 60);
                    doc.set_note(question, &note);
                }
            }
        }
        if rng.chance(0.1) {
            doc.toggle_favourite(id);
        }
    }
    doc
}

fn crm(rng: &mut Rng, writer: Writer, days: &[NaiveDate]) -> CrmDoc {
    let mut doc = CrmDoc::default();
    let mut base: Vec<i64> = Vec::new();
    for (n, i) in [1, MEETINGS / 2, MEETINGS - 2].into_iter().enumerate() {
        let day = days[i];
        let notes: Vec<Option<String>> = (0..6)
            .map(|_| rng.chance(0.5).then(|| writer.text(rng, 50)))
            .collect();
        if base.is_empty() {
            base = (0..6).map(|_| rng.range(1, 3)).collect();
        }
        doc.edit_draft(day, |a| {
            for p in 0..a.ratings.len() {
                a.ratings[p] = (base[p % base.len()] + n as i64).clamp(1, 5) as u8;
                if let Some(note) = &notes[p % notes.len()] {
                    a.notes[p] = note.clone();
                }
            }
        });
        doc.save_draft(day).expect("every pillar rated");
    }
    for kpi in KPIS.iter().take(6) {
        for (index, input) in kpi.inputs.iter().enumerate() {
            let text = match input.kind {
                InputKind::Scores => "9 10 8 7 10 6 9 9 10 5".to_string(),
                InputKind::Optional if rng.chance(0.5) => continue,
                _ => format!("{}", rng.range(12, 4_800)),
            };
            doc.set_kpi_text(kpi, index, text);
        }
    }
    doc
}

// --- The mentor's own mentors' links ---------------------------------------------------------

/// What the mentor kept from links her own mentors sent: a contract, meetings and feedback
/// steps, each made by the sender's app, carried in a link and read back as the app reads it.
fn kept_from_links(rng: &mut Rng, me: &Person, prefs: &AgendaPrefs) -> ReceivedDoc {
    let senders = [
        (
            Person {
                first: "Andrzej",
                name: "Andrzej Zieliński".into(),
                female: false,
            },
            plus(as_of(), -1000),
            Some(20),
        ),
        (
            Person {
                first: "Małgorzata",
                name: "Małgorzata Lewandowska".into(),
                female: true,
            },
            plus(as_of(), -400),
            None,
        ),
    ];
    // What she writes about herself in the app.
    let writer = Writer {
        about: me,
        mentor_female: true,
    };
    let mut items: Vec<(NaiveDate, Shared)> = Vec::new();
    for (n, (sender, start, closed_after)) in senders.iter().enumerate() {
        let schedule = Schedule::new(rng);
        let closed = closed_after.map(|d| plus(*start, schedule.span() + d));
        let spec = ProgrammeSpec {
            mentor: sender,
            mentee: me,
            id: MenteeId(format!("m{}", 3 + n)),
            schedule: &schedule,
            start: *start,
            agreed: plus(*start, -5),
            closed,
        };
        let docs = programme(rng, &spec, prefs);
        let parties = (sender.name.as_str(), me.name.as_str());
        items.push((
            spec.agreed,
            share::contract(&docs.contract, ContractPick::default()),
        ));
        let journal: &Journal = &docs.agenda.log;
        // Every meeting was sent; the items and scores go, some notes and a message with them.
        for meeting in journal.meetings() {
            if meeting.date > plus(as_of(), -1) {
                continue;
            }
            let mut pick = MeetingPick::default_for(meeting);
            if rng.chance(0.7) {
                pick.message = writer.text(rng, 80);
            }
            for note in &mut pick.notes {
                *note = rng.chance(0.4);
            }
            pick.progress_notes = meeting
                .progress
                .iter()
                .filter(|p| !p.note.is_empty())
                .map(|p| p.goal)
                .collect();
            let carried = journal.carried_into(meeting.id, meeting.date);
            let shared = share::meeting(
                Origin {
                    mentee: spec.id.clone(),
                    meeting: meeting.id.0,
                },
                parties,
                meeting,
                &carried,
                &docs.contract.goals,
                &pick,
            );
            items.push((plus(meeting.date, rng.range(0, 2)), shared));
        }
        for conversation in docs.feedback.conversations.iter().take(4) {
            items.push((
                conversation.created,
                share::steps(parties, conversation, StepsPick::default()),
            ));
        }
    }
    items.sort_by_key(|(day, _)| *day);
    // Fifty kept: the contracts, then the rest from the newest back (the oldest dropped).
    while items.len() > KEPT_FROM_LINKS {
        let oldest = items
            .iter()
            .position(|(_, s)| !matches!(s, Shared::Contract(_)))
            .expect("more than contracts");
        items.remove(oldest);
    }
    let mut doc = ReceivedDoc::default();
    for (saved, shared) in items {
        let data = share::encode(&Frame::Open(share::compress(&shared)));
        let read = match share::read(&data) {
            Ok(Ok(read)) => read,
            Ok(Err(_)) => panic!("an open link read as locked"),
            Err(error) => panic!("a link the app would not open: {error}"),
        };
        let id = doc.add(read, saved).expect("room for fifty");
        if rng.chance(0.6) && matches!(doc.get(id).map(|r| &r.item), Some(Shared::Meeting(_))) {
            let draft = Draft {
                takeaway: writer.text(rng, 100),
                next: writer.text(rng, 60),
                usefulness: Some(rng.range(3, 5) as u8),
                done: Vec::new(),
            };
            doc.set_draft(id, &draft);
        }
        for index in 0..6 {
            if rng.chance(0.6) {
                doc.tick(id, index, plus(saved, rng.range(1, 10)));
            }
        }
    }
    assert!(
        doc.items.len() == KEPT_FROM_LINKS,
        "{} kept from links",
        doc.items.len()
    );
    doc
}

// --- The whole profile ----------------------------------------------------------------------

struct Profile {
    roster: Roster,
    prefs: AgendaPrefs,
    received: ReceivedDoc,
    mentees: Vec<(MenteeId, MenteeDocs)>,
}

/// The mentor's own agendas, saved as templates: one for a case study, one short check-in.
fn own_templates() -> AgendaPrefs {
    let block = |title: &str, minutes, points: &[&str], goals| AgendaBlock {
        title: title.to_string(),
        minutes,
        points: points.iter().map(|p| p.to_string()).collect(),
        goals,
    };
    let mut prefs = AgendaPrefs::default();
    let case_study = Agenda {
        blocks: vec![
            block(
                "Co słychać i zadania",
                10,
                &[
                    "Jak minęły ostatnie tygodnie?",
                    "Status zadań z poprzedniego spotkania.",
                ],
                false,
            ),
            block(
                "Studium przypadku z pracy mentee",
                35,
                &[
                    "Opis sytuacji: kto, co, kiedy, jaka stawka.",
                    "Jakie były możliwe ruchy i co z nich wynikło?",
                    "Co zrobić inaczej następnym razem?",
                ],
                false,
            ),
            block(
                "Postęp w celach",
                10,
                &["Ocena 0–10 dla każdego celu."],
                true,
            ),
            block(
                "Wnioski i zadania",
                10,
                &["Jedno zdanie wniosku.", "Zadania: co, kto, do kiedy."],
                false,
            ),
        ],
        meeting_minutes: 65,
    };
    let check_in = Agenda {
        blocks: vec![
            block(
                "Szybki przegląd",
                10,
                &["Co się zmieniło od ostatniego razu?"],
                false,
            ),
            block("Cele", 10, &["Ocena 0–10, jedno zdanie komentarza."], true),
            block("Na następny raz", 10, &["Zadania i termin."], false),
        ],
        meeting_minutes: 30,
    };
    prefs
        .save_template("Studium przypadku", case_study)
        .expect("a name");
    prefs
        .save_template("Krótkie spotkanie kontrolne", check_in)
        .expect("a name");
    prefs
}

impl Profile {
    fn build(count: usize, seed: u64) -> Profile {
        let mut rng = Rng::new(seed);
        let prefs = own_templates();
        let mentor = Person {
            first: "Katarzyna",
            name: MENTOR.to_string(),
            female: true,
        };
        let window_start = plus(as_of(), -3 * 365);
        let closed_count = count * 3 / 5;

        // Who and when: the closed programmes anywhere in the three years, the current ones
        // with their 26th meeting in the last two weeks.
        struct Planned {
            person: Person,
            schedule: Schedule,
            start: NaiveDate,
            agreed: NaiveDate,
            created: NaiveDate,
            closed: Option<NaiveDate>,
            rng: Rng,
        }
        let mut names = std::collections::BTreeSet::new();
        let mut planned: Vec<Planned> = (0..count)
            .map(|n| {
                let mut own = rng.fork();
                let person = loop {
                    let female = own.chance(0.55);
                    let first = if female {
                        *own.pick(FIRST_F)
                    } else {
                        *own.pick(FIRST_M)
                    };
                    let surname = own.pick(SURNAMES);
                    let name = format!("{first} {}", if female { surname.1 } else { surname.0 });
                    if names.insert(name.clone()) {
                        break Person {
                            first,
                            name,
                            female,
                        };
                    }
                };
                let schedule = Schedule::new(&mut own);
                let (start, closed) = if n < closed_count {
                    let latest = plus(as_of(), -schedule.span() - 30);
                    let room = (latest - plus(window_start, 25)).num_days().max(0);
                    let start = plus(window_start, 25 + own.range(0, room));
                    let closed = plus(start, schedule.span() + own.range(0, 14));
                    (start, Some(closed.min(plus(as_of(), -1))))
                } else {
                    let last = plus(as_of(), -own.range(1, 14));
                    (plus(last, -schedule.span()), None)
                };
                let agreed = plus(start, -own.range(2, 10));
                let created = plus(agreed, -own.range(0, 14));
                Planned {
                    person,
                    schedule,
                    start,
                    agreed,
                    created,
                    closed,
                    rng: own,
                }
            })
            .collect();
        planned.sort_by_key(|p| p.created);

        // Added to the list in the order the mentor met them; the first takes the place of
        // the first run's „Osoba mentorowana”.
        let mut roster = Roster::first_run(planned[0].created);
        let mut mentees = Vec::new();
        for p in &mut planned {
            let placeholder = roster.placeholder().cloned();
            let id = roster
                .add_replacing(&p.person.name, p.created, placeholder.as_ref())
                .expect("a unique name");
            let spec = ProgrammeSpec {
                mentor: &mentor,
                mentee: &p.person,
                id: id.clone(),
                schedule: &p.schedule,
                start: p.start,
                agreed: p.agreed,
                closed: p.closed,
            };
            let docs = programme(&mut p.rng, &spec, &prefs);
            mentees.push((id, docs));
        }
        for p in &planned {
            if let Some(on) = p.closed {
                let id = roster
                    .mentees()
                    .iter()
                    .find(|m| m.name == p.person.name)
                    .expect("listed")
                    .id
                    .clone();
                roster.archive(&id, on).expect("listed");
            }
        }
        let active = roster
            .current()
            .last()
            .map(|m| m.id.clone())
            .unwrap_or_else(|| roster.mentees()[0].id.clone());
        roster.switch_to(&active).expect("listed");

        let received = kept_from_links(&mut rng, &mentor, &prefs);
        Profile {
            roster,
            prefs,
            received,
            mentees,
        }
    }

    /// Storage key → stored text, exactly what the app keeps in localStorage.
    fn entries(&self) -> BTreeMap<String, String> {
        let mut entries = BTreeMap::new();
        entries.insert(ROSTER_KEY.to_string(), encode(&self.roster));
        entries.insert(AGENDA_PREFS_KEY.to_string(), encode(&self.prefs));
        entries.insert(RECEIVED_KEY.to_string(), encode(&self.received));
        for (id, docs) in &self.mentees {
            let mut put = |doc: MenteeDoc, text: String| {
                entries.insert(doc.key(id), text);
            };
            put(MenteeDoc::Agenda, encode(&docs.agenda));
            put(MenteeDoc::Contract, encode(&docs.contract));
            put(MenteeDoc::Feedback, encode(&docs.feedback));
            put(MenteeDoc::Questions, encode(&docs.questions));
            put(MenteeDoc::Crm, encode(&docs.crm));
            put(MenteeDoc::Programme, encode(&docs.programme));
        }
        entries
    }

    /// Where the stored size goes, in UTF-16 units of key and value (what localStorage counts).
    fn breakdown(&self, entries: &BTreeMap<String, String>, file_bytes: usize) -> String {
        fn units(text: &str) -> usize {
            text.encode_utf16().count()
        }
        fn json<T: serde::Serialize + ?Sized>(value: &T) -> usize {
            units(&serde_json::to_string(value).expect("serialisable"))
        }
        let entry = |key: &str| units(key) + units(&entries[key]);
        let mut per_doc: BTreeMap<MenteeDoc, usize> = BTreeMap::new();
        let (mut journal, mut notes, mut titles, mut points) = (0, 0, 0, 0);
        let (mut actions, mut progress, mut timing, mut reflections) = (0, 0, 0, 0);
        let mut left_out = 0;
        for (id, docs) in &self.mentees {
            for doc in MenteeDoc::ALL {
                *per_doc.entry(doc).or_default() += entry(&doc.key(id));
            }
            let log = serde_json::to_string(&docs.agenda.log).expect("serialisable");
            // The journal is stored inside the agenda document as it serialises on its own.
            assert!(entries[&MenteeDoc::Agenda.key(id)].contains(&log));
            journal += units(&log);
            for meeting in docs.agenda.log.meetings() {
                for block in &meeting.blocks {
                    notes += json(&block.note);
                    titles += json(&block.title);
                    // Stored only when they are not the shipped ones (agenda schema 3).
                    if json(block)
                        > json(&block.title)
                            + json(&block.note)
                            + json(&block.timing)
                            + json(&block.points)
                    {
                        points += json(&block.points);
                    } else {
                        left_out += json(&block.points);
                    }
                    timing += json(&block.timing);
                }
                actions += json(&meeting.actions);
                progress += json(&meeting.progress);
                reflections += meeting.reflection.as_ref().map_or(0, json);
            }
        }
        let roster = entry(ROSTER_KEY);
        let prefs = entry(AGENDA_PREFS_KEY);
        let received = entry(RECEIVED_KEY);
        let total: usize = entries.iter().map(|(k, v)| units(k) + units(v)).sum();
        let agenda = per_doc[&MenteeDoc::Agenda];
        let counted = per_doc.values().sum::<usize>() + roster + prefs + received;
        assert_eq!(counted, total, "every entry counted once");
        let rest_of_journal = journal - notes - titles - points;
        let structure = rest_of_journal - actions - progress - timing - reflections;

        let pct = |n: usize| format!("{:.1} %", n as f64 * 100.0 / total as f64);
        // A report for a terminal: thousands apart by a plain space.
        let grouped =
            |n: usize| niezbednik::model::number::group(&n.to_string()).replace('\u{a0}', " ");
        let mut rows: Vec<(String, usize)> = vec![
            ("agenda (per mentee)".into(), agenda),
            ("  journal: note text".into(), notes),
            ("  journal: block titles".into(), titles),
            ("  journal: talking points".into(), points),
            ("  (shipped talking points left out)".into(), left_out),
            ("  journal: everything else".into(), rest_of_journal),
            ("    of which action items".into(), actions),
            ("    of which progress scores".into(), progress),
            ("    of which block timing".into(), timing),
            ("    of which reflections".into(), reflections),
            ("    of which field names, ids, dates".into(), structure),
            (
                "  outside the journal (agenda, envelope, key)".into(),
                agenda - journal,
            ),
        ];
        for doc in MenteeDoc::ALL
            .into_iter()
            .filter(|d| *d != MenteeDoc::Agenda)
        {
            rows.push((format!("{} (per mentee)", doc.tool()), per_doc[&doc]));
        }
        rows.push(("od-mentorow (received, app-wide)".into(), received));
        rows.push(("mentees (roster)".into(), roster));
        rows.push(("agenda-ustawienia (templates)".into(), prefs));
        let mut out = format!(
            "heavy_profile: {} mentees ({} archived), {} entries; stored size in UTF-16 units (key + value)\n\n| part | UTF-16 units | share |\n|---|---:|---:|\n",
            self.mentees.len(),
            self.roster.archived().len(),
            entries.len()
        );
        for (name, n) in rows {
            out.push_str(&format!("| {name} | {} | {} |\n", grouped(n), pct(n)));
        }
        out.push_str(&format!(
            "| **total** | **{}** | {:.1} % of {} |\n\nbackup file: {} bytes (UTF-8, pretty JSON; the import refuses over {} bytes)\n",
            grouped(total),
            total as f64 * 100.0 / QUOTA_UNITS as f64,
            grouped(QUOTA_UNITS),
            grouped(file_bytes),
            grouped(niezbednik::store::backup::MAX_BYTES)
        ));
        out
    }
}

// `cargo test --example heavy_profile`: the profile is what the issue describes.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_is_the_issues_and_imports() {
        let profile = Profile::build(5, 3);
        let entries = profile.entries();
        let text = make_backup(entries.clone(), "all", "2026-11-30 20:15");
        let (_, roster) = parse_backup(&text).expect("imports");
        assert_eq!(roster.mentees().len(), 5);
        assert_eq!(roster.archived().len(), 3);
        assert!(!roster.active().is_archived());
        for (_, docs) in &profile.mentees {
            let meetings = docs.agenda.log.meetings();
            assert_eq!(meetings.len(), MEETINGS);
            let first = meetings.iter().map(|m| m.date).min().expect("meetings");
            let Some(agreed) = niezbednik::model::date::from_iso(&docs.contract.agreed_on) else {
                panic!("a date of agreement");
            };
            assert!(agreed < first, "the contract before the meetings");
            assert!(docs.contract.pending_changes().is_none());
            for meeting in meetings {
                let notes: usize = meeting.blocks.iter().map(|b| b.note.chars().count()).sum();
                assert!((500..=1500).contains(&notes), "{notes}");
                assert!((3..=5).contains(&meeting.actions.len()));
                assert!(!meeting.progress.is_empty());
                assert!(meeting.date < as_of());
            }
            assert_eq!(docs.feedback.conversations.len(), CONVERSATIONS);
            assert_eq!(docs.questions.history.len(), ASKED);
            assert_eq!(docs.crm.history.len(), 3);
        }
        assert_eq!(profile.received.items.len(), KEPT_FROM_LINKS);
        assert_eq!(
            Profile::build(5, 3).entries(),
            entries,
            "the same seed, the same file"
        );
    }
}
