//! Typography for shown text: where a line may not break, and one dash style.
//!
//! Applied when a text is shown, never to what is stored: `src/content` keeps the seed word for
//! word, and `typeset` only turns some spaces into non-breaking ones, a spaced em dash into the
//! en dash the article uses, and a hyphen after a number into a non-breaking hyphen. Every rule
//! only looks at characters the rules do not write (a space and U+00A0 both part words), so
//! `typeset(typeset(x)) == typeset(x)`.
//!
//! The rules, as a Polish editor applies them:
//! - a single-letter word (a, i, o, u, w, z, in either case) is bound to the word after it,
//!   also at the end of a text, where the next piece of a sentence follows in the page;
//! - a number is bound to the word or sign after it: its unit, month or counted noun
//!   („60 min”, „19 grudnia”, „13 spotkań”, „41 %”);
//! - thousands are set apart by U+00A0 („1 250”), as [`crate::model::number::group`] writes them;
//! - a dash is bound to the word before it, and a spaced em dash „ — ” becomes „ – ”;
//! - a hyphen between a number and a word does not break („24‑godzinnym”).

/// The space that does not break a line. Thousands are set apart by it everywhere.
pub const NBSP: char = '\u{a0}';

/// The hyphen that does not break a line.
pub const NB_HYPHEN: char = '\u{2011}';

/// The text as it should be shown; see the module docs for the rules.
pub fn typeset(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, &c) in chars.iter().enumerate() {
        let (before, after) = (&chars[..i], &chars[i + 1..]);
        out.push(match c {
            ' ' if binds(before, after) => NBSP,
            '—' if before.last().is_some_and(|&c| parts_words(c)) => '–',
            '-' if before.last().is_some_and(char::is_ascii_digit)
                && after.first().is_some_and(|&c| is_letter(c)) =>
            {
                NB_HYPHEN
            }
            _ => c,
        });
    }
    out
}

/// A letter of Polish or another Latin-script language. Not `char::is_alphabetic`: its Unicode
/// tables would cost every page that typesets text kilobytes of wasm.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'À'..='ɏ' if c != '×' && c != '÷')
}

fn parts_words(c: char) -> bool {
    c == ' ' || c == NBSP
}

/// Whether the space between `before` and `after` may not break the line.
fn binds(before: &[char], after: &[char]) -> bool {
    let Some(&next) = after.first() else {
        // A text ending in a space goes on in the page: only a single letter holds on to it.
        return single_letter(before);
    };
    if next.is_whitespace() {
        return false;
    }
    if matches!(next, '–' | '—') {
        return true;
    }
    if single_letter(before) {
        return true;
    }
    let word = last_word(before);
    let Some(number) = number_in(word) else {
        return false;
    };
    if is_letter(next) || matches!(next, '%' | '‰') {
        // A year may end a line („w 2026 roku”): four digits or more, no decimal comma.
        let whole = number.iter().take_while(|c| c.is_ascii_digit()).count();
        return whole <= 3 || number.contains(&',');
    }
    // Thousands: a group of one to three digits, then one of exactly three.
    let group: usize = after.iter().take_while(|c| c.is_ascii_digit()).count();
    number.len() <= 3
        && number.iter().all(char::is_ascii_digit)
        && group == 3
        && after.get(3).is_none_or(|&c| !c.is_ascii_digit())
}

/// The characters since the last space, U+00A0 or line break.
fn last_word(before: &[char]) -> &[char] {
    let start = before
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |i| i + 1);
    &before[start..]
}

/// A word of one letter from those that may not end a line, after a space, a bracket or a quote.
fn single_letter(before: &[char]) -> bool {
    let word = last_word(before);
    let word = match word {
        ['(' | '„' | '"' | '«' | '[', rest @ ..] => rest,
        _ => word,
    };
    matches!(
        word,
        ['a' | 'i' | 'o' | 'u' | 'w' | 'z' | 'A' | 'I' | 'O' | 'U' | 'W' | 'Z']
    )
}

/// The digits of a word that is a number („12”, „12,5”, „(41”, „−3”, „1.5”), without what opens it.
fn number_in(word: &[char]) -> Option<&[char]> {
    let start = word
        .iter()
        .position(|c| !matches!(c, '(' | '„' | '"' | '−' | '-' | '+' | '~' | '≈'))?;
    let number = &word[start..];
    let digits_at_ends =
        number.first()?.is_ascii_digit() && number.last().is_some_and(char::is_ascii_digit);
    (digits_at_ends
        && number
            .iter()
            .all(|&c| c.is_ascii_digit() || c == ',' || c == '.'))
    .then_some(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binds_single_letter_words_of_either_case() {
        assert_eq!(
            typeset("Kawa i herbata w kuchni, a potem z mlekiem o świcie u mamy."),
            "Kawa i\u{a0}herbata w\u{a0}kuchni, a\u{a0}potem z\u{a0}mlekiem o\u{a0}świcie u\u{a0}mamy."
        );
        assert_eq!(
            typeset("W domu. I tak. O tym. U nas. Z nim. A więc."),
            "W\u{a0}domu. I\u{a0}tak. O\u{a0}tym. U\u{a0}nas. Z\u{a0}nim. A\u{a0}więc."
        );
        // One after another, after a bracket or a quote, and at the end of a piece of text.
        assert_eq!(typeset("i w domu"), "i\u{a0}w\u{a0}domu");
        assert_eq!(typeset("(w pracy) „i tak”"), "(w\u{a0}pracy) „i\u{a0}tak”");
        assert_eq!(typeset("Spotkanie z "), "Spotkanie z\u{a0}");
        // Not other letters, not the last letter of a word, not a letter before a line break.
        assert_eq!(typeset("b c ma la"), "b c ma la");
        assert_eq!(typeset("ja i\nty"), "ja i\nty");
        assert_eq!(typeset("tak, a"), "tak, a");
    }

    #[test]
    fn binds_a_number_to_its_unit_month_or_noun() {
        assert_eq!(typeset("blok 60 min"), "blok 60\u{a0}min");
        assert_eq!(typeset("19 grudnia 2026"), "19\u{a0}grudnia 2026");
        assert_eq!(typeset("13 spotkań"), "13\u{a0}spotkań");
        assert_eq!(
            typeset("3 żółwie, 2 Ślązaczki"),
            "3\u{a0}żółwie, 2\u{a0}Ślązaczki"
        );
        assert_eq!(typeset("(41 %)"), "(41\u{a0}%)");
        assert_eq!(typeset("ok. 2,0 MB"), "ok. 2,0\u{a0}MB");
        assert_eq!(typeset("(10 min)"), "(10\u{a0}min)");
        // A number with nothing it counts stays apart: a time, a year at the end, a list.
        assert_eq!(typeset("o 10:00 start"), "o\u{a0}10:00 start");
        assert_eq!(typeset("rok 2026."), "rok 2026.");
        assert_eq!(typeset("w 2026 roku"), "w\u{a0}2026 roku");
        assert_eq!(typeset("3, 4 lub 5"), "3, 4\u{a0}lub 5");
    }

    #[test]
    fn sets_thousands_apart_with_a_non_breaking_space() {
        assert_eq!(typeset("1 250 zł"), "1\u{a0}250\u{a0}zł");
        assert_eq!(typeset("1 250 000,50"), "1\u{a0}250\u{a0}000,50");
        assert_eq!(typeset("np. 12 500."), "np. 12\u{a0}500.");
        // Not two numbers that only happen to stand side by side.
        assert_eq!(typeset("2025 2026"), "2025 2026");
        assert_eq!(typeset("12 5000"), "12 5000");
    }

    #[test]
    fn one_dash_style_bound_to_the_word_before() {
        assert_eq!(
            typeset("Relationship Management – CRM"),
            "Relationship Management\u{a0}– CRM"
        );
        assert_eq!(
            typeset("Nowa wersja — odśwież."),
            "Nowa wersja\u{a0}– odśwież."
        );
        assert_eq!(typeset("Plan —"), "Plan\u{a0}–");
        // An em dash standing for „nothing” in a table is not a sentence dash.
        assert_eq!(typeset("—"), "—");
        assert_eq!(typeset("0–10"), "0–10");
    }

    #[test]
    fn a_hyphen_after_a_number_does_not_break() {
        assert_eq!(
            typeset("z 24-godzinnym wyprzedzeniem"),
            "z\u{a0}24\u{2011}godzinnym wyprzedzeniem"
        );
        assert_eq!(typeset("ponad 10-letnim"), "ponad 10\u{2011}letnim");
        // Dates, ranges and words keep their hyphen.
        assert_eq!(typeset("2026-12-01"), "2026-12-01");
        assert_eq!(typeset("e-mail"), "e-mail");
    }

    #[test]
    fn typesetting_twice_changes_nothing() {
        for text in [
            "Kawa i herbata w kuchni — a potem z 1 250 zł i 24-godzinnym",
            "w z i o a u",
            "Spotkanie z ",
            "13 spotkań, 60 min, 19 grudnia — (41 %)",
            include_str!("../../tests/fixtures/seed.txt"),
        ] {
            let once = typeset(text);
            assert_eq!(typeset(&once), once, "{text}");
        }
    }

    #[test]
    fn the_seed_shown_is_the_seed_with_only_spaces_and_hyphens_changed() {
        let seed = include_str!("../../tests/fixtures/seed.txt");
        let shown = typeset(seed);
        // The seed uses the en dash only: nothing but spaces and hyphens change.
        assert!(!seed.contains('—'));
        assert_eq!(shown.chars().count(), seed.chars().count());
        for (was, is) in seed.chars().zip(shown.chars()) {
            assert!(
                was == is || (was, is) == (' ', NBSP) || (was, is) == ('-', NB_HYPHEN),
                "{was:?} became {is:?}"
            );
        }
        assert_eq!(typeset(&shown), shown);
        // Each rule meets the seed somewhere.
        for expected in [
            "i\u{a0}",
            "w\u{a0}",
            "z\u{a0}",
            "o\u{a0}",
            "a\u{a0}",
            "10\u{a0}min",
            "6\u{a0}miesięcy",
            "24\u{2011}godzinnym",
            "\u{a0}– ",
        ] {
            assert!(shown.contains(expected), "{expected:?}");
        }
        // No single-letter word is left before a breaking space.
        let chars: Vec<char> = shown.chars().collect();
        for (i, w) in chars.windows(3).enumerate() {
            let opens = matches!(w[0], ' ' | '\u{a0}' | '\n' | '(' | '„' | '"');
            assert!(
                !(opens && "aiouwzAIOUWZ".contains(w[1]) && w[2] == ' '),
                "{}",
                chars[i.saturating_sub(20)..(i + 20).min(chars.len())]
                    .iter()
                    .collect::<String>()
            );
        }
    }
}
