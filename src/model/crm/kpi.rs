//! The KPI calculator of the CRM article: each KPI's inputs (one name each, with the
//! grammatical gender its messages use), formula and result, with errors instead of NaN, and
//! what the page shows for them. Typed numbers are read by [`crate::model::number`]; a field at
//! fault is named, so the page can mark it. What is typed is saved under
//! [`Kpi::input_key`]: a stored format.

use std::fmt;

use crate::model::number::{self, NumberError, Reading};

/// Grammatical gender of a field's noun, so messages agree with it („Liczba … musi być
/// większa”, „Przychód … nie może być ujemny”, „Koszty … nie mogą być ujemne”).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Feminine,
    Masculine,
    /// Plural of things (niemęskoosobowy): „koszty”.
    Plural,
}

/// What a field holds: its name on the form and in every message about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub text: &'static str,
    pub gender: Gender,
}

impl Noun {
    const fn feminine(text: &'static str) -> Noun {
        Noun {
            text,
            gender: Gender::Feminine,
        }
    }

    /// The form of a word that agrees with this noun.
    fn agree(
        self,
        feminine: &'static str,
        masculine: &'static str,
        plural: &'static str,
    ) -> &'static str {
        match self.gender {
            Gender::Feminine => feminine,
            Gender::Masculine => masculine,
            Gender::Plural => plural,
        }
    }
}

pub const ACQUISITION_COSTS: Noun = Noun {
    text: "Koszty pozyskania",
    gender: Gender::Plural,
};
pub const NEW_CUSTOMERS: Noun = Noun::feminine("Liczba nowych klientów");
pub const LEADS: Noun = Noun::feminine("Liczba leadów");
pub const LEAD_CUSTOMERS: Noun = Noun::feminine("Liczba klientów z tych leadów");
pub const DEAL_DAYS: Noun = Noun::feminine("Suma dni wszystkich transakcji");
pub const CLOSED_DEALS: Noun = Noun::feminine("Liczba zamkniętych transakcji");
pub const START_CUSTOMERS: Noun = Noun::feminine("Liczba klientów na początku okresu");
pub const END_CUSTOMERS: Noun = Noun::feminine("Liczba klientów na końcu okresu");
pub const PERIOD_NEW_CUSTOMERS: Noun = Noun::feminine("Liczba nowych klientów w okresie");
pub const ORDER_VALUE: Noun = Noun::feminine("Średnia wartość zamówienia");
pub const PURCHASES: Noun = Noun::feminine("Liczba zakupów w roku");
pub const YEARS: Noun = Noun::feminine("Liczba lat współpracy");
pub const MARGIN: Noun = Noun::feminine("Marża");
pub const PROMOTERS: Noun = Noun::feminine("Liczba promotorów");
pub const PASSIVES: Noun = Noun::feminine("Liczba neutralnych");
pub const DETRACTORS: Noun = Noun::feminine("Liczba krytyków");
/// Not a field: the promoters, passives and detractors together.
pub const RESPONSES: Noun = Noun::feminine("Liczba odpowiedzi");
pub const SATISFIED: Noun = Noun::feminine("Liczba zadowolonych");
pub const REVENUE: Noun = Noun {
    text: "Przychód",
    gender: Gender::Masculine,
};
pub const DEALS: Noun = Noun::feminine("Liczba transakcji");
pub const REPS: Noun = Noun::feminine("Liczba handlowców");
pub const ACTIVE_USERS: Noun = Noun::feminine("Liczba aktywnych użytkowników");
pub const LICENCES: Noun = Noun::feminine("Liczba licencji");
/// All answers of a satisfaction survey.
pub const ALL_RESPONSES: Noun = Noun::feminine("Liczba wszystkich odpowiedzi");
pub const SCORES: Noun = Noun {
    text: "Oceny",
    gender: Gender::Plural,
};

/// Why a KPI cannot be computed; `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KpiError {
    Missing(Noun),
    /// The text is not a number; `typed` is quoted in the message.
    NotANumber {
        noun: Noun,
        typed: String,
        error: NumberError,
    },
    /// „12.500”: 12 500 or 12,5? The page asks, offering both rewrites.
    Ambiguous {
        noun: Noun,
        thousands: String,
        decimal: String,
    },
    /// „12.500” in a count: 12,5 cannot be meant, so nothing is asked; the field says how to
    /// write thousands (`thousands`: „12 500”).
    DottedCount {
        noun: Noun,
        thousands: String,
    },
    Negative(Noun),
    Zero(Noun),
    /// A count (customers, answers, licences) with a fraction.
    NotWhole(Noun),
    /// A field needs attention first; the result waits for it.
    CheckField(Noun),
    /// A result too large to show exactly.
    TooLarge,
    Impossible(String),
}

impl KpiError {
    /// The field this error is about, if it is about one.
    pub fn noun(&self) -> Option<Noun> {
        match self {
            KpiError::Missing(noun)
            | KpiError::NotANumber { noun, .. }
            | KpiError::Ambiguous { noun, .. }
            | KpiError::DottedCount { noun, .. }
            | KpiError::Negative(noun)
            | KpiError::Zero(noun)
            | KpiError::NotWhole(noun) => Some(*noun),
            KpiError::CheckField(_) | KpiError::TooLarge | KpiError::Impossible(_) => None,
        }
    }
}

impl fmt::Display for KpiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KpiError::Missing(noun) => {
                // Not `to_lowercase`: its Unicode tables cost about 15 KiB of wasm.
                write!(f, "Wpisz: {}.", crate::model::text::lower(noun.text))
            }
            KpiError::NotANumber { typed, error, .. } => f.write_str(&error.message(typed)),
            KpiError::Ambiguous {
                thousands, decimal, ..
            } => write!(f, "Czy chodzi o\u{a0}{thousands}, czy o\u{a0}{decimal}?"),
            KpiError::DottedCount { noun, thousands } => write!(
                f,
                "Tysiące oddziel spacją: {thousands}. {} nie ma części dziesiętnej.",
                noun.text
            ),
            KpiError::Negative(noun) => write!(
                f,
                "{} nie {} być {}.",
                noun.text,
                noun.agree("może", "może", "mogą"),
                noun.agree("ujemna", "ujemny", "ujemne")
            ),
            KpiError::Zero(noun) => write!(
                f,
                "{} {} być {} od zera: przez {} dzielimy.",
                noun.text,
                noun.agree("musi", "musi", "muszą"),
                noun.agree("większa", "większy", "większe"),
                noun.agree("nią", "niego", "nie")
            ),
            KpiError::NotWhole(noun) => write!(
                f,
                "{} {} być {} (bez przecinka).",
                noun.text,
                noun.agree("musi", "musi", "muszą"),
                noun.agree(
                    "liczbą całkowitą",
                    "liczbą całkowitą",
                    "liczbami całkowitymi"
                )
            ),
            KpiError::CheckField(noun) => {
                write!(
                    f,
                    "Wynik pojawi się, gdy pole „{}” będzie poprawne.",
                    noun.text
                )
            }
            KpiError::TooLarge => f.write_str(
                "Wynik jest zbyt duży, by pokazać go dokładnie: sprawdź wpisane liczby.",
            ),
            KpiError::Impossible(message) => f.write_str(message),
        }
    }
}

/// A count of people or things: a whole number.
fn whole(value: f64, noun: Noun) -> Result<f64, KpiError> {
    if value.fract() == 0.0 {
        Ok(value)
    } else {
        Err(KpiError::NotWhole(noun))
    }
}

/// A count that is divided by: whole and above zero.
fn positive_count(value: f64, noun: Noun) -> Result<f64, KpiError> {
    positive(whole(value, noun)?, noun)
}

fn positive(value: f64, noun: Noun) -> Result<f64, KpiError> {
    if value <= 0.0 {
        Err(KpiError::Zero(noun))
    } else {
        Ok(value)
    }
}

/// Customer acquisition cost: acquisition spend / new customers.
pub fn cac(spend: f64, new_customers: f64) -> Result<f64, KpiError> {
    Ok(spend / positive_count(new_customers, NEW_CUSTOMERS)?)
}

/// Lead-to-customer conversion, %.
pub fn conversion(leads: f64, customers: f64) -> Result<f64, KpiError> {
    let leads = positive_count(leads, LEADS)?;
    let customers = whole(customers, LEAD_CUSTOMERS)?;
    if customers > leads {
        return Err(KpiError::Impossible(
            "Klientów z leadów nie może być więcej niż leadów.".into(),
        ));
    }
    Ok(customers / leads * 100.0)
}

/// Average sales cycle in days: total days of closed deals / number of deals.
pub fn sales_cycle(total_days: f64, deals: f64) -> Result<f64, KpiError> {
    Ok(total_days / positive_count(deals, CLOSED_DEALS)?)
}

/// Retention and churn over a period, %: ((end − new) / start, lost / start).
pub fn retention_churn(start: f64, end: f64, new: f64) -> Result<(f64, f64), KpiError> {
    let start = positive_count(start, START_CUSTOMERS)?;
    let kept = whole(end, END_CUSTOMERS)? - whole(new, PERIOD_NEW_CUSTOMERS)?;
    if kept < 0.0 {
        return Err(KpiError::Impossible(
            "Nowych klientów nie może być więcej niż klientów na końcu okresu.".into(),
        ));
    }
    if kept > start {
        return Err(KpiError::Impossible(
            "Z początkowych klientów nie może zostać więcej, niż ich było: sprawdź liczby.".into(),
        ));
    }
    let retention = kept / start * 100.0;
    Ok((retention, 100.0 - retention))
}

/// Customer lifetime value: average order × purchases a year × years; times margin % if given.
pub fn clv(
    order_value: f64,
    per_year: f64,
    years: f64,
    margin_percent: Option<f64>,
) -> Result<f64, KpiError> {
    let value = order_value * per_year * years;
    match margin_percent {
        Some(m) if m > 100.0 => Err(KpiError::Impossible(
            "Marża nie może przekraczać 100%.".into(),
        )),
        Some(m) => Ok(value * m / 100.0),
        None => Ok(value),
    }
}

/// Net Promoter Score from counts of promoters (9–10), passives (7–8) and detractors (0–6).
pub fn nps(promoters: f64, passives: f64, detractors: f64) -> Result<f64, KpiError> {
    let promoters = whole(promoters, PROMOTERS)?;
    let passives = whole(passives, PASSIVES)?;
    let detractors = whole(detractors, DETRACTORS)?;
    let total = positive(promoters + passives + detractors, RESPONSES)?;
    Ok((promoters - detractors) / total * 100.0)
}

/// NPS from individual 0–10 scores, typed as a list („10 9 7 3 …”).
pub fn nps_from_scores(text: &str) -> Result<(f64, usize), KpiError> {
    let mut counts = [0.0_f64; 3];
    let mut n = 0;
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
    {
        let score: u8 = token
            .parse()
            .map_err(|_| KpiError::Impossible(format!("„{token}” to nie ocena od 0 do 10.")))?;
        match score {
            9..=10 => counts[0] += 1.0,
            7..=8 => counts[1] += 1.0,
            0..=6 => counts[2] += 1.0,
            _ => {
                return Err(KpiError::Impossible(format!(
                    "„{token}” to nie ocena od 0 do 10."
                )));
            }
        }
        n += 1;
    }
    Ok((nps(counts[0], counts[1], counts[2])?, n))
}

/// Customer satisfaction, %: satisfied answers / all answers.
pub fn csat(satisfied: f64, responses: f64) -> Result<f64, KpiError> {
    let responses = positive_count(responses, ALL_RESPONSES)?;
    let satisfied = whole(satisfied, SATISFIED)?;
    if satisfied > responses {
        return Err(KpiError::Impossible(
            "Zadowolonych nie może być więcej niż odpowiedzi.".into(),
        ));
    }
    Ok(satisfied / responses * 100.0)
}

/// Average deal value: revenue / deals.
pub fn average_deal(revenue: f64, deals: f64) -> Result<f64, KpiError> {
    Ok(revenue / positive_count(deals, DEALS)?)
}

/// Sales per sales rep: revenue / reps.
pub fn sales_per_rep(revenue: f64, reps: f64) -> Result<f64, KpiError> {
    Ok(revenue / positive_count(reps, REPS)?)
}

/// CRM adoption, %: active users / licences.
pub fn adoption(active: f64, licences: f64) -> Result<f64, KpiError> {
    let licences = positive_count(licences, LICENCES)?;
    let active = whole(active, ACTIVE_USERS)?;
    if active > licences {
        return Err(KpiError::Impossible(
            "Aktywnych użytkowników nie może być więcej niż licencji.".into(),
        ));
    }
    Ok(active / licences * 100.0)
}

/// A result with `places` decimals and a Polish decimal comma, grouped by spaces
/// (`12 345,6`), without the float formatter. Results too large to show every digit exactly
/// are refused rather than shown wrong.
pub fn format_number(value: f64, places: u32) -> Result<String, KpiError> {
    let scale = 10_i64.pow(places);
    // Beyond 2^53 a float no longer holds every whole number: the last digits would be noise.
    if !value.is_finite() || value.abs() * scale as f64 >= 9_007_199_254_740_992.0 {
        return Err(KpiError::TooLarge);
    }
    let scaled = (value * scale as f64).round() as i64;
    let negative = scaled < 0;
    let scaled = scaled.unsigned_abs();
    let grouped = number::group(&(scaled / scale as u64).to_string());
    let sign = if negative { "−" } else { "" };
    Ok(if places == 0 {
        format!("{sign}{grouped}")
    } else {
        format!(
            "{sign}{grouped},{:0width$}",
            scaled % scale as u64,
            width = places as usize
        )
    })
}

/// What a KPI field takes, which also picks the phone keypad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Money, days, years, percent: fractions allowed.
    Amount,
    /// People or things: whole numbers.
    Count,
    /// An amount that may be left empty.
    Optional,
    /// A list of 0–10 scores, read by [`nps_from_scores`].
    Scores,
}

impl InputKind {
    /// `inputmode` of the field: a keypad with a decimal separator for amounts, digits for
    /// counts; the score list needs spaces, so the full keyboard.
    pub fn inputmode(self) -> Option<&'static str> {
        match self {
            InputKind::Amount | InputKind::Optional => Some("decimal"),
            InputKind::Count => Some("numeric"),
            InputKind::Scores => None,
        }
    }
}

/// One field of a KPI: its name (the same on the form and in every message about it), what
/// the label adds in brackets (a unit, a scale), and what it takes.
#[derive(Debug, Clone, Copy)]
pub struct KpiInput {
    pub noun: Noun,
    pub hint: Option<&'static str>,
    pub kind: InputKind,
}

impl KpiInput {
    /// The field's label: its name, and the hint in brackets („Przychód (zł)”).
    pub fn label(&self) -> String {
        match self.hint {
            Some(hint) => format!("{} ({hint})", self.noun.text),
            None => self.noun.text.to_string(),
        }
    }
}

const fn amount(noun: Noun, hint: Option<&'static str>) -> KpiInput {
    KpiInput {
        noun,
        hint,
        kind: InputKind::Amount,
    }
}

const fn count(noun: Noun, hint: Option<&'static str>) -> KpiInput {
    KpiInput {
        noun,
        hint,
        kind: InputKind::Count,
    }
}

/// Computes a KPI's result text from its inputs' values (`None` for an empty optional one)
/// and the first input as typed (for the score list).
type KpiCompute = fn(&[Option<f64>], &str) -> Result<String, KpiError>;

/// One KPI of the article: its inputs, formula and result.
pub struct Kpi {
    pub key: &'static str,
    pub title: &'static str,
    pub formula: &'static str,
    pub inputs: &'static [KpiInput],
    compute: KpiCompute,
}

/// The value of input `i`; zero for an empty optional one (which the formula checks itself).
fn at(values: &[Option<f64>], i: usize) -> f64 {
    values.get(i).copied().flatten().unwrap_or_default()
}

/// The KPIs of the article, in its order.
pub const KPIS: &[Kpi] = &[
    Kpi {
        key: "cac",
        title: "Koszt pozyskania klienta (CAC)",
        formula: "koszty pozyskania ÷ liczba nowych klientów",
        inputs: &[
            amount(ACQUISITION_COSTS, Some("zł")),
            count(NEW_CUSTOMERS, None),
        ],
        compute: |v, _| {
            Ok(format!(
                "{} zł na klienta",
                format_number(cac(at(v, 0), at(v, 1))?, 2)?
            ))
        },
    },
    Kpi {
        key: "konwersja",
        title: "Konwersja leadów na klientów",
        formula: "klienci z leadów ÷ leady × 100%",
        inputs: &[count(LEADS, None), count(LEAD_CUSTOMERS, None)],
        compute: |v, _| {
            Ok(format!(
                "{}%",
                format_number(conversion(at(v, 0), at(v, 1))?, 1)?
            ))
        },
    },
    Kpi {
        key: "cykl",
        title: "Czas cyklu sprzedaży",
        formula: "suma dni od pierwszego kontaktu do zamknięcia ÷ liczba transakcji",
        inputs: &[amount(DEAL_DAYS, None), count(CLOSED_DEALS, None)],
        compute: |v, _| {
            Ok(format!(
                // A decimal takes the genitive singular: „56,8 dnia”, never „56,8 dni”.
                "średnio {}\u{a0}dnia",
                format_number(sales_cycle(at(v, 0), at(v, 1))?, 1)?
            ))
        },
    },
    Kpi {
        key: "retencja",
        title: "Retencja i\u{a0}rezygnacje (churn) w\u{a0}okresie",
        formula: "retencja = (klienci na końcu − nowi) ÷ klienci na początku × 100%; rezygnacje = 100% − retencja",
        inputs: &[
            count(START_CUSTOMERS, None),
            count(END_CUSTOMERS, None),
            count(PERIOD_NEW_CUSTOMERS, None),
        ],
        compute: |v, _| {
            let (retention, churn) = retention_churn(at(v, 0), at(v, 1), at(v, 2))?;
            Ok(format!(
                "retencja {}% · rezygnacje {}%",
                format_number(retention, 1)?,
                format_number(churn, 1)?
            ))
        },
    },
    Kpi {
        key: "clv",
        title: "Wartość życiowa klienta (CLV)",
        formula: "średnia wartość zamówienia × zakupy w roku × lata współpracy (× marża %, jeśli podana)",
        inputs: &[
            amount(ORDER_VALUE, Some("zł")),
            amount(PURCHASES, None),
            amount(YEARS, None),
            KpiInput {
                noun: MARGIN,
                hint: Some("%, opcjonalnie"),
                kind: InputKind::Optional,
            },
        ],
        compute: |v, _| {
            let margin = v.get(3).copied().flatten();
            Ok(format!(
                "{} zł",
                format_number(clv(at(v, 0), at(v, 1), at(v, 2), margin)?, 2)?
            ))
        },
    },
    Kpi {
        key: "nps",
        title: "NPS (Net Promoter Score)",
        formula: "% promotorów (9–10) − % krytyków (0–6)",
        inputs: &[
            count(PROMOTERS, Some("oceny 9–10")),
            count(PASSIVES, Some("oceny 7–8")),
            count(DETRACTORS, Some("oceny 0–6")),
        ],
        compute: |v, _| {
            Ok(format!(
                "NPS {}",
                format_number(nps(at(v, 0), at(v, 1), at(v, 2))?, 0)?
            ))
        },
    },
    Kpi {
        key: "nps-oceny",
        title: "NPS z pojedynczych ocen 0–10",
        formula: "jak wyżej, z listy ocen",
        inputs: &[KpiInput {
            noun: SCORES,
            hint: Some("0–10, oddzielone spacją lub przecinkiem"),
            kind: InputKind::Scores,
        }],
        compute: |_, scores| {
            let (score, count) = nps_from_scores(scores)?;
            Ok(format!(
                "NPS {} z {}",
                format_number(score, 0)?,
                crate::model::text::count_noun(count, "oceny", "ocen", "ocen")
            ))
        },
    },
    Kpi {
        key: "csat",
        title: "CSAT (zadowolenie klientów)",
        formula: "odpowiedzi wyrażające zadowolenie ÷ wszystkie odpowiedzi × 100%",
        inputs: &[
            count(SATISFIED, Some("np. 4–5 w skali 1–5")),
            count(ALL_RESPONSES, None),
        ],
        compute: |v, _| Ok(format!("{}%", format_number(csat(at(v, 0), at(v, 1))?, 1)?)),
    },
    Kpi {
        key: "transakcja",
        title: "Średnia wartość transakcji",
        formula: "przychód ze sprzedaży ÷ liczba transakcji",
        inputs: &[amount(REVENUE, Some("zł")), count(DEALS, None)],
        compute: |v, _| {
            Ok(format!(
                "{} zł",
                format_number(average_deal(at(v, 0), at(v, 1))?, 2)?
            ))
        },
    },
    Kpi {
        key: "handlowiec",
        title: "Sprzedaż na handlowca",
        formula: "przychód ze sprzedaży ÷ liczba handlowców",
        inputs: &[amount(REVENUE, Some("zł")), count(REPS, None)],
        compute: |v, _| {
            Ok(format!(
                "{} zł na osobę",
                format_number(sales_per_rep(at(v, 0), at(v, 1))?, 2)?
            ))
        },
    },
    Kpi {
        key: "adopcja",
        title: "Adopcja systemu CRM",
        formula: "aktywni użytkownicy ÷ licencje × 100%",
        inputs: &[count(ACTIVE_USERS, None), count(LICENCES, None)],
        compute: |v, _| {
            Ok(format!(
                "{}%",
                format_number(adoption(at(v, 0), at(v, 1))?, 1)?
            ))
        },
    },
];

/// A KPI read from what was typed: each field's own problem, and the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Per input, in order: what is wrong with it, if anything.
    pub fields: Vec<Option<KpiError>>,
    /// `None` while nothing is typed yet.
    pub result: Option<Result<String, KpiError>>,
}

/// How the result line reads: a value, a hint while it waits, or a problem to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Value,
    Waiting,
    Problem,
}

impl Evaluation {
    /// The result line: what it says and how it reads.
    pub fn result_line(&self) -> (Tone, String) {
        match &self.result {
            None => (
                Tone::Waiting,
                "Wpisz dane, a wynik pojawi się tutaj.".to_string(),
            ),
            Some(Ok(result)) => (Tone::Value, format!("= {result}")),
            // The field says what is wrong; the result only points to it.
            Some(Err(error @ KpiError::CheckField(_))) => (Tone::Waiting, error.to_string()),
            Some(Err(error)) => (Tone::Problem, error.to_string()),
        }
    }

    /// What is wrong with input `index`, if anything.
    pub fn problem(&self, index: usize) -> Option<&KpiError> {
        self.fields.get(index).and_then(Option::as_ref)
    }

    /// For an input holding „12.500”: its two readings as rewrites (12 500, 12,5).
    pub fn readings(&self, index: usize) -> Option<(&str, &str)> {
        match self.problem(index)? {
            KpiError::Ambiguous {
                thousands, decimal, ..
            } => Some((thousands, decimal)),
            _ => None,
        }
    }
}

impl KpiInput {
    /// Reads one field: `Ok(None)` when it is empty.
    pub fn read(&self, typed: &str) -> Result<Option<f64>, KpiError> {
        let noun = self.noun;
        if self.kind == InputKind::Scores {
            return Ok(None);
        }
        let value = match number::read(typed) {
            Err(NumberError::Empty) => return Ok(None),
            Err(error) => {
                return Err(KpiError::NotANumber {
                    noun,
                    typed: typed.trim().to_string(),
                    error,
                });
            }
            // A count has no fraction, so only the thousands reading can be meant.
            Ok(Reading::Ambiguous { thousands, .. }) if self.kind == InputKind::Count => {
                return Err(KpiError::DottedCount { noun, thousands });
            }
            Ok(Reading::Ambiguous { thousands, decimal }) => {
                return Err(KpiError::Ambiguous {
                    noun,
                    thousands,
                    decimal,
                });
            }
            Ok(Reading::Number(value)) => value,
        };
        if value < 0.0 {
            return Err(KpiError::Negative(noun));
        }
        if self.kind == InputKind::Count {
            whole(value, noun)?;
        }
        Ok(Some(value))
    }
}

impl Kpi {
    /// The key input `index` is saved under in [`crate::model::crm::CrmDoc::kpi_inputs`]
    /// („cac-0”). A stored format: a KPI's key and its inputs' order must not change.
    pub fn input_key(&self, index: usize) -> String {
        format!("{}-{index}", self.key)
    }

    /// Reads every field (`typed(i)` is input `i` as typed) and computes the result once they
    /// all read well. An error about one field is shown at that field, and the result waits.
    pub fn evaluate(&self, typed: impl Fn(usize) -> String) -> Evaluation {
        let texts: Vec<String> = (0..self.inputs.len()).map(typed).collect();
        let mut fields: Vec<Option<KpiError>> = vec![None; self.inputs.len()];
        if texts.iter().all(|t| t.trim().is_empty()) {
            return Evaluation {
                fields,
                result: None,
            };
        }
        let mut values = Vec::with_capacity(self.inputs.len());
        for (i, input) in self.inputs.iter().enumerate() {
            match input.read(&texts[i]) {
                Ok(value) => values.push(value),
                Err(error) => {
                    fields[i] = Some(error);
                    values.push(None);
                }
            }
        }
        let name_of = |i: usize| self.inputs[i].noun;
        if let Some(i) = fields.iter().position(Option::is_some) {
            return Evaluation {
                fields,
                result: Some(Err(KpiError::CheckField(name_of(i)))),
            };
        }
        let missing = self.inputs.iter().zip(&values).find(|(input, value)| {
            value.is_none() && matches!(input.kind, InputKind::Amount | InputKind::Count)
        });
        if let Some((input, _)) = missing {
            return Evaluation {
                fields,
                result: Some(Err(KpiError::Missing(input.noun))),
            };
        }
        let result = match (self.compute)(&values, &texts[0]) {
            Err(error) => {
                // A zero divisor or a fraction in a count is that field's problem.
                let at_field = error
                    .noun()
                    .and_then(|noun| self.inputs.iter().position(|input| input.noun == noun));
                match at_field {
                    Some(i) => {
                        fields[i] = Some(error);
                        Err(KpiError::CheckField(name_of(i)))
                    }
                    None => Err(error),
                }
            }
            ok => ok,
        };
        Evaluation {
            fields,
            result: Some(result),
        }
    }
}

#[cfg(test)]
mod tests;
