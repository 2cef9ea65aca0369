//! Text folding for comparisons, without `str::to_lowercase`: its Unicode tables cost about
//! 15 KiB of wasm, while names and searches here are Polish (and Latin-script) text.

/// Lower case for ASCII, Latin-1 and the Polish letters; any other character is left as is.
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1 capitals À–Þ map 0x20 up, except × (U+00D7).
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ą' => 'ą',
        'Ć' => 'ć',
        'Ę' => 'ę',
        'Ł' => 'ł',
        'Ń' => 'ń',
        'Ś' => 'ś',
        'Ź' => 'ź',
        'Ż' => 'ż',
        _ => c,
    }
}

/// Bidirectional overrides and isolates (U+202A–202E, U+2066–2069) and zero-width characters
/// (U+200B–200F, U+FEFF): in a name they make it read as another name („Anna” that shows as
/// someone else's), so a name, a title or a file name from outside may not hold them.
pub fn is_deceptive(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}')
}

/// The text in lower case (see [`lower_char`]).
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// Lower case without Polish diacritics, for searching: „Się” and „sie” fold the same.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match lower_char(c) {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            other => other,
        })
        .collect()
}

/// Upper case for ASCII, Latin-1 and the Polish letters (the inverse of [`lower_char`]); any
/// other character is left as is. `char::to_uppercase` would bring its Unicode tables (about
/// 9 KiB gzip in every chunk that opens a sentence).
pub fn upper_char(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        // Latin-1 small letters à–þ map 0x20 down, except ÷ (U+00F7); ß has no one-letter capital.
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        'ą' => 'Ą',
        'ć' => 'Ć',
        'ę' => 'Ę',
        'ł' => 'Ł',
        'ń' => 'Ń',
        'ś' => 'Ś',
        'ź' => 'Ź',
        'ż' => 'Ż',
        _ => c,
    }
}

/// The text with its first letter capital, to open a sentence („dziś” → „Dziś”).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| std::iter::once(upper_char(c)).chain(chars).collect())
        .unwrap_or_default()
}

/// A number with its noun in the Polish plural form it takes: `one` for 1, `few` for 2–4
/// (but not 12–14) and for 22–24, 32–34…, `many` for the rest („1 pytanie”, „3 pytania”,
/// „5 pytań”, „12 pytań”, „22 pytania”), bound by a non-breaking space so a line never ends
/// with the number.
pub fn count_noun(n: usize, one: &str, few: &str, many: &str) -> String {
    let noun = if n == 1 {
        one
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        few
    } else {
        many
    };
    format!("{n}\u{a0}{noun}")
}

/// Digits in groups of three, set apart by a non-breaking space: „1 234 567”.
fn thousands(n: u64) -> String {
    super::number::group(&n.to_string())
}

/// A size in the unit that reads best, with one decimal after a comma: kilobytes below a
/// megabyte, megabytes below a gigabyte, gigabytes above (1 kB = 1000 B): „0,4 kB”,
/// „2,0 MB”, „10,7 GB”. Anything there shows as at least „0,1 kB”; a size that would round to
/// „1000,0” of a unit is written in the next one.
pub fn size(bytes: u64) -> String {
    let (unit, scale) = match bytes {
        0..999_950 => ("kB", 1_000),
        999_950..999_950_000 => ("MB", 1_000_000),
        _ => ("GB", 1_000_000_000),
    };
    let tenth = scale / 10;
    let tenths = ((bytes + tenth / 2) / tenth).max(u64::from(bytes > 0));
    format!("{},{}\u{a0}{unit}", thousands(tenths / 10), tenths % 10)
}

/// A length in localStorage's UTF-16 units as the room it takes: two bytes a unit, as a
/// [`size`] („4,4 MB”, „12,3 kB”).
pub fn stored_size(units: u64) -> String {
    size(units * 2)
}

/// What is used of localStorage's room, both in UTF-16 units: „4,4\u{a0}MB z\u{a0}10,5\u{a0}MB
/// (41\u{a0}%)”, the share rounded down (80 % is shown only once it is reached).
pub fn storage_share(used: u64, limit: u64) -> String {
    format!(
        "{} z\u{a0}{} ({}\u{a0}%)",
        stored_size(used),
        stored_size(limit),
        used * 100 / limit.max(1)
    )
}

/// What a page takes of the room the browser gives it, each in the unit that reads best:
/// „2,0 MB z dostępnych 10,7 GB”.
pub fn usage_of(used: u64, quota: u64) -> String {
    format!("{} z\u{a0}dostępnych {}", size(used), size(quota))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_opens_with_a_capital_polish_letters_included() {
        assert_eq!(capitalised("zawarty 1 grudnia"), "Zawarty 1 grudnia");
        assert_eq!(capitalised("środa"), "Środa");
        assert_eq!(capitalised("żółw"), "Żółw");
        assert_eq!(capitalised("éa"), "Éa");
        assert_eq!(capitalised("Już"), "Już");
        assert_eq!(capitalised("„cytat”"), "„cytat”");
        assert_eq!(capitalised(""), "");
        for c in "aąbcćdeęfghijklłmnńoóprsśtuwyzźżàéöü".chars() {
            assert_eq!(lower_char(upper_char(c)), c, "{c}");
            assert_eq!(
                upper_char(c).to_string(),
                c.to_uppercase().to_string(),
                "{c}"
            );
        }
        assert_eq!(upper_char('÷'), '÷');
        assert_eq!(upper_char('ß'), 'ß');
    }

    #[test]
    fn usage_reads_each_size_in_the_unit_that_fits() {
        assert_eq!(
            usage_of(1_993_600, 10_739_000_000),
            "2,0\u{a0}MB z\u{a0}dostępnych 10,7\u{a0}GB"
        );
        assert_eq!(
            usage_of(0, 300_000_000),
            "0,0\u{a0}kB z\u{a0}dostępnych 300,0\u{a0}MB"
        );
        // A few bytes are not rounded down to nothing.
        assert_eq!(
            usage_of(40, 300_000_000),
            "0,1\u{a0}kB z\u{a0}dostępnych 300,0\u{a0}MB"
        );
    }

    #[test]
    fn lowers_polish_and_ascii() {
        assert_eq!(lower("ZAŻÓŁĆ GĘŚLĄ JAŹŃ"), "zażółć gęślą jaźń");
        assert_eq!(lower("Ünal Çelik"), "ünal çelik");
        assert_eq!(lower("2×3"), "2×3");
    }

    #[test]
    fn agrees_with_std_on_polish_text() {
        let sample = "Żółw Łukasz ĆMA Śnieg Źrebak Ńa Ąę Óó Mój Mentee";
        assert_eq!(lower(sample), sample.to_lowercase());
    }

    #[test]
    fn folds_diacritics_for_search() {
        assert_eq!(fold("Się"), "sie");
        assert_eq!(fold("ZAŻÓŁĆ gęślą jaźń"), "zazolc gesla jazn");
    }

    #[test]
    fn sizes_pick_their_unit_and_read_as_written_in_poland() {
        assert_eq!(size(0), "0,0\u{a0}kB");
        assert_eq!(size(1), "0,1\u{a0}kB");
        assert_eq!(size(449), "0,4\u{a0}kB");
        assert_eq!(size(450), "0,5\u{a0}kB");
        assert_eq!(size(12_340), "12,3\u{a0}kB");
        assert_eq!(size(999_940), "999,9\u{a0}kB");
        // What would read „1000,0 kB” is a megabyte.
        assert_eq!(size(999_960), "1,0\u{a0}MB");
        assert_eq!(size(1_234_500), "1,2\u{a0}MB");
        assert_eq!(size(20 * 1024 * 1024), "21,0\u{a0}MB");
        assert_eq!(size(299_600_000), "299,6\u{a0}MB");
        assert_eq!(size(999_949_999), "999,9\u{a0}MB");
        assert_eq!(size(999_950_000), "1,0\u{a0}GB");
        assert_eq!(size(10_737_418_240), "10,7\u{a0}GB");
        assert_eq!(size(1_234_000_000_000), "1\u{a0}234,0\u{a0}GB");
        assert_eq!(
            storage_share(4_400_000, 5 * 1024 * 1024),
            "8,8\u{a0}MB z\u{a0}10,5\u{a0}MB (83\u{a0}%)"
        );
        assert_eq!(
            storage_share(6_150, 5 * 1024 * 1024),
            "12,3\u{a0}kB z\u{a0}10,5\u{a0}MB (0\u{a0}%)"
        );
        assert_eq!(stored_size(1), "0,1\u{a0}kB");
        assert_eq!(stored_size(0), "0,0\u{a0}kB");
        assert_eq!(stored_size(499_970), "999,9\u{a0}kB");
        assert_eq!(stored_size(499_999), "1,0\u{a0}MB");
        assert_eq!(stored_size(500_000), "1,0\u{a0}MB");
    }

    #[test]
    fn numbers_take_the_polish_plural_forms() {
        let forms = |n| count_noun(n, "pytanie", "pytania", "pytań").replace('\u{a0}', " ");
        assert_eq!(forms(0), "0 pytań");
        assert_eq!(forms(1), "1 pytanie");
        assert_eq!(forms(2), "2 pytania");
        assert_eq!(forms(4), "4 pytania");
        assert_eq!(forms(5), "5 pytań");
        assert_eq!(forms(11), "11 pytań");
        assert_eq!(forms(12), "12 pytań");
        assert_eq!(forms(14), "14 pytań");
        assert_eq!(forms(21), "21 pytań");
        assert_eq!(forms(22), "22 pytania");
        assert_eq!(forms(50), "50 pytań");
        assert_eq!(forms(112), "112 pytań");
        assert_eq!(forms(123), "123 pytania");
    }
}
