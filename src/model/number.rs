//! Numbers typed the way people in Poland write them: „12 500”, „1 250,50”, „1.250,50”, „12,5”.
//! A dot followed by exactly three digits („12.500”) could be thousands or a decimal point, so
//! it is never guessed: the caller gets both readings to ask about.
//!
//! What is read:
//! - a comma is the decimal mark; at most one;
//! - thousands may be grouped by spaces (also U+00A0 and U+202F, as copied from a spreadsheet or
//!   a bank statement) or by dots, in groups of exactly three digits after the first group of 1–3;
//! - a dot without a comma is a decimal point, unless it could be a thousands dot (one to three
//!   digits, a dot, exactly three digits, no other grouping): then [`Reading::Ambiguous`];
//! - several dots in three-digit groups („1.250.000”) can only be thousands;
//! - the English form with commas for thousands and a dot for decimals („1,250.50”) is refused
//!   with its Polish spelling, rather than read either way: a comma means a decimal here;
//! - a leading minus (`-` or `−`) gives a negative number; the caller decides if that is allowed.

/// What a typed text says.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    Number(f64),
    /// „12.500”: the two ways to rewrite it, as thousands („12 500”) and as a decimal („12,5”).
    Ambiguous {
        thousands: String,
        decimal: String,
    },
}

/// Why a typed text is not a number; the caller names the field in its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    /// Letters, two commas, signs in the middle, nothing but separators.
    NotANumber,
    /// Spaces or dots that are not groups of three digits („1 2 3”, „12..5”, „12.5,3”).
    Grouping,
    /// „1,250.50”: commas for thousands and a dot for decimals; `polish` is how it is written here.
    English {
        polish: String,
    },
    /// More digits than a number can hold exactly.
    TooLong,
}

impl NumberError {
    /// The message for the user, without naming the field.
    pub fn message(&self, typed: &str) -> String {
        let typed = typed.trim();
        match self {
            NumberError::Empty => "Wpisz liczbę.".to_string(),
            NumberError::NotANumber => {
                format!("„{typed}” to nie liczba. Wpisz np. 1 250 albo 12,5.")
            }
            NumberError::Grouping => format!(
                "„{typed}”: tysiące oddziel spacją co trzy cyfry (12 500), a część dziesiętną przecinkiem (12,5)."
            ),
            NumberError::English { polish } => format!(
                "„{typed}” to zapis angielski. Po polsku: {polish} (przecinek oddziela część dziesiętną)."
            ),
            NumberError::TooLong => {
                format!("„{typed}” ma za dużo cyfr, by policzyć dokładnie.")
            }
        }
    }
}

/// Spaces people and programs put between thousands.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a typed number; see the module docs for the forms accepted.
pub fn read(text: &str) -> Result<Reading, NumberError> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_group_space(c));
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, body) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.') || is_group_space(c))
        || !body.starts_with(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(NumberError::NotANumber);
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let spaced = body.contains(is_group_space);
    if commas > 1 {
        // „1,250,000.5” is English; „1 2 3,4,5” is nothing.
        return Err(english(body).unwrap_or(NumberError::NotANumber));
    }
    let (whole, fraction) = match (commas, dots) {
        (1, _) => {
            let (whole, fraction) = body.split_once(',').unwrap_or((body, ""));
            if fraction.contains('.') {
                return Err(english(body).unwrap_or(NumberError::Grouping));
            }
            (whole, fraction)
        }
        (_, 0) => (body, ""),
        // One dot, no comma: a decimal point, or thousands when it could be.
        (_, 1) => {
            let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
            let could_be_thousands = !spaced
                && (1..=3).contains(&whole.len())
                && !whole.starts_with('0')
                && fraction.len() == 3;
            if could_be_thousands {
                let thousands = group(&format!("{whole}{fraction}"));
                let decimal_digits = fraction.trim_end_matches('0');
                let decimal = if decimal_digits.is_empty() {
                    whole.to_string()
                } else {
                    format!("{whole},{decimal_digits}")
                };
                let sign = if negative { "-" } else { "" };
                return Ok(Reading::Ambiguous {
                    thousands: format!("{sign}{thousands}"),
                    decimal: format!("{sign}{decimal}"),
                });
            }
            (whole, fraction)
        }
        // Several dots and no comma: thousands only.
        _ => (body, ""),
    };
    if fraction.contains(|c: char| !c.is_ascii_digit()) {
        return Err(NumberError::Grouping);
    }
    let digits = ungroup(whole)?;
    if digits.is_empty() && fraction.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if digits.len() > 15 || fraction.len() > 6 {
        return Err(NumberError::TooLong);
    }
    let mut value = 0.0;
    for c in digits.chars() {
        value = value * 10.0 + f64::from(c as u8 - b'0');
    }
    // Exact for up to six places: the fraction as a whole number over a power of ten.
    let mut numerator = 0.0;
    for c in fraction.chars() {
        numerator = numerator * 10.0 + f64::from(c as u8 - b'0');
    }
    value += numerator / 10_f64.powi(fraction.len() as i32);
    Ok(Reading::Number(if negative { -value } else { value }))
}

/// The digits of a whole part, checking its grouping: none, or spaces, or dots, each group
/// after the first exactly three digits.
fn ungroup(whole: &str) -> Result<String, NumberError> {
    let separators: Vec<char> = whole.chars().filter(|c| !c.is_ascii_digit()).collect();
    if separators.is_empty() {
        return Ok(whole.to_string());
    }
    let by_dots = separators.iter().all(|c| *c == '.');
    let by_spaces = separators.iter().all(|c| is_group_space(*c));
    if !by_dots && !by_spaces {
        return Err(NumberError::Grouping);
    }
    let groups: Vec<&str> = whole.split(|c: char| !c.is_ascii_digit()).collect();
    let first = groups[0].len();
    if !(1..=3).contains(&first) || groups[1..].iter().any(|g| g.len() != 3) {
        return Err(NumberError::Grouping);
    }
    Ok(groups.concat())
}

/// „1,250.50” → the Polish „1 250,50”, when the text is that English form.
fn english(body: &str) -> Option<NumberError> {
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) if !fraction.contains(['.', ',']) => (whole, fraction),
        None => (body, ""),
        _ => return None,
    };
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && fraction.chars().all(|c| c.is_ascii_digit());
    grouped.then(|| {
        let whole = group(&groups.concat());
        NumberError::English {
            polish: if fraction.is_empty() {
                whole
            } else {
                format!("{whole},{fraction}")
            },
        }
    })
}

/// Digits with a non-breaking space (U+00A0) before every group of three from the right:
/// `12500` → `12 500`. The one way the app sets thousands apart, so a number never breaks.
pub fn group(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> f64 {
        match read(text) {
            Ok(Reading::Number(n)) => n,
            other => panic!("{text:?} → {other:?}"),
        }
    }

    #[test]
    fn the_forms_in_use_in_poland_are_read() {
        assert_eq!(number("12 500"), 12500.0);
        assert_eq!(number("12\u{a0}500"), 12500.0);
        assert_eq!(number("12\u{202f}500"), 12500.0);
        assert_eq!(number("1 250,50"), 1250.5);
        assert_eq!(number("1.250,50"), 1250.5);
        assert_eq!(number("1\u{a0}250\u{a0}000,5"), 1_250_000.5);
        assert_eq!(number("1.250.000"), 1_250_000.0);
        assert_eq!(number("12,5"), 12.5);
        assert_eq!(number("12.5"), 12.5);
        assert_eq!(number("12.50"), 12.5);
        assert_eq!(number(" 0 "), 0.0);
        assert_eq!(number("0,1"), 0.1);
        assert_eq!(number(",5"), 0.5);
        assert_eq!(number("-5"), -5.0);
        assert_eq!(number("−5,5"), -5.5);
        // A dot after spaced thousands, after four digits or after a zero can only be decimal.
        assert_eq!(number("12 500.5"), 12500.5);
        assert_eq!(number("1250.500"), 1250.5);
        assert_eq!(number("0.500"), 0.5);
    }

    #[test]
    fn a_dot_before_three_digits_is_asked_about_never_guessed() {
        assert_eq!(
            read("12.500"),
            Ok(Reading::Ambiguous {
                thousands: "12\u{a0}500".into(),
                decimal: "12,5".into()
            })
        );
        assert_eq!(
            read("1.250"),
            Ok(Reading::Ambiguous {
                thousands: "1\u{a0}250".into(),
                decimal: "1,25".into()
            })
        );
        assert_eq!(
            read("1.000"),
            Ok(Reading::Ambiguous {
                thousands: "1\u{a0}000".into(),
                decimal: "1".into()
            })
        );
        // Each rewrite reads back as the number it names.
        for text in ["12.500", "1.250", "999.999"] {
            let Ok(Reading::Ambiguous { thousands, decimal }) = read(text) else {
                panic!("{text}");
            };
            assert!(matches!(read(&thousands), Ok(Reading::Number(n)) if n >= 1000.0));
            assert!(matches!(read(&decimal), Ok(Reading::Number(n)) if n < 1000.0));
        }
    }

    #[test]
    fn mixed_and_broken_forms_get_a_reason() {
        assert_eq!(
            read("1,250.50"),
            Err(NumberError::English {
                polish: "1\u{a0}250,50".into()
            })
        );
        assert_eq!(
            read("1,250,000"),
            Err(NumberError::English {
                polish: "1\u{a0}250\u{a0}000".into()
            })
        );
        for text in [
            "12..5",
            "1 2 3",
            "12.5,3",
            "1.25.0",
            "12 50",
            "1 250.000,5",
            "1 250,5 0",
        ] {
            assert_eq!(read(text), Err(NumberError::Grouping), "{text:?}");
        }
        for text in ["abc", "1 2 3,4,5", "1e5", "12a", "-", ",", "+5", "5-"] {
            assert_eq!(read(text), Err(NumberError::NotANumber), "{text:?}");
        }
        assert_eq!(read("   "), Err(NumberError::Empty));
        assert_eq!(read("1234567890123456"), Err(NumberError::TooLong));
        assert_eq!(read("1,1234567"), Err(NumberError::TooLong));
        assert_eq!(
            NumberError::English {
                polish: "1\u{a0}250,50".into()
            }
            .message(" 1,250.50 "),
            "„1,250.50” to zapis angielski. Po polsku: 1\u{a0}250,50 (przecinek oddziela część dziesiętną)."
        );
    }

    #[test]
    fn grouping_puts_a_space_before_each_three_digits() {
        assert_eq!(group("1"), "1");
        assert_eq!(group("1000"), "1\u{a0}000");
        assert_eq!(group("12500"), "12\u{a0}500");
        assert_eq!(group("1250000"), "1\u{a0}250\u{a0}000");
    }
}
