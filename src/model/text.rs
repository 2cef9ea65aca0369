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

/// The text with its first letter capital, to open a sentence („dziś” → „Dziś”).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A number with its noun in the Polish plural form it takes: `one` for 1, `few` for 2–4
/// (but not 12–14) and for 22–24, 32–34…, `many` for the rest („1 pytanie”, „3 pytania”,
/// „5 pytań”, „12 pytań”, „22 pytania”).
pub fn count_noun(n: usize, one: &str, few: &str, many: &str) -> String {
    let noun = if n == 1 {
        one
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        few
    } else {
        many
    };
    format!("{n} {noun}")
}

/// A size in kilobytes (1 kB = 1000 B) as written in Polish: one decimal after a comma, and
/// thousands set apart by a non-breaking space („0,4 kB”, „12,3 kB”, „1 234,5 kB”).
pub fn kilobytes(bytes: u64) -> String {
    let tenths = (bytes + 50) / 100;
    format!("{},{}\u{a0}kB", thousands(tenths / 10), tenths % 10)
}

/// Digits in groups of three, set apart by a non-breaking space: „1 234 567”.
fn thousands(n: u64) -> String {
    super::number::group(&n.to_string(), '\u{a0}')
}

/// A size in whole megabytes (1 MB = 1 000 000 B), thousands spaced: „300 MB”, „1\u{a0}024 MB”.
pub fn megabytes(bytes: u64) -> String {
    format!("{}\u{a0}MB", thousands((bytes + 500_000) / 1_000_000))
}

/// A length in localStorage's UTF-16 units as the room it takes (two bytes a unit), with one
/// decimal: „4,4\u{a0}MB” from a megabyte on, „12,3\u{a0}kB” below; anything stored shows as
/// at least „0,1”.
pub fn units_as_megabytes(units: u64) -> String {
    let bytes = units * 2;
    let kilo_tenths = ((bytes + 50) / 100).max(u64::from(bytes > 0));
    if kilo_tenths < 10_000 {
        return format!(
            "{},{}\u{a0}kB",
            thousands(kilo_tenths / 10),
            kilo_tenths % 10
        );
    }
    let tenths = (bytes + 50_000) / 100_000;
    format!("{},{}\u{a0}MB", thousands(tenths / 10), tenths % 10)
}

/// What is used of localStorage's room, both in UTF-16 units: „4,4\u{a0}MB z\u{a0}10,5\u{a0}MB
/// (41\u{a0}%)”, the share rounded down (80 % is shown only once it is reached).
pub fn storage_share(used: u64, limit: u64) -> String {
    format!(
        "{} z\u{a0}{} ({}\u{a0}%)",
        units_as_megabytes(used),
        units_as_megabytes(limit),
        used * 100 / limit.max(1)
    )
}

/// What a page takes of the room the browser gives it, both in megabytes so the two read
/// side by side: „1,2 MB z dostępnych 10\u{a0}737 MB” (what is used with one decimal, down to
/// „0,1 MB”; the room in whole megabytes).
pub fn usage_of(used: u64, quota: u64) -> String {
    let tenths = ((used + 50_000) / 100_000).max(u64::from(used > 0));
    let used = if tenths >= 1000 {
        thousands((used + 500_000) / 1_000_000)
    } else {
        format!("{},{}", thousands(tenths / 10), tenths % 10)
    };
    format!("{used}\u{a0}MB z dostępnych {}", megabytes(quota))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_reads_in_one_unit_in_polish_numbers() {
        assert_eq!(
            usage_of(1_234_500, 10_737_418_240),
            "1,2\u{a0}MB z dostępnych 10\u{a0}737\u{a0}MB"
        );
        assert_eq!(
            usage_of(0, 300_000_000),
            "0,0\u{a0}MB z dostępnych 300\u{a0}MB"
        );
        // A few kilobytes are not rounded down to nothing.
        assert_eq!(
            usage_of(4_000, 300_000_000),
            "0,1\u{a0}MB z dostępnych 300\u{a0}MB"
        );
        assert_eq!(
            usage_of(123_456_789, 2_000_000_000),
            "123\u{a0}MB z dostępnych 2\u{a0}000\u{a0}MB"
        );
        let text = usage_of(52_000, 10_737_418_240);
        assert!(
            !text.contains("kB") && text.matches("MB").count() == 2,
            "{text}"
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
    fn kilobytes_read_as_written_in_poland() {
        assert_eq!(kilobytes(0), "0,0\u{a0}kB");
        assert_eq!(kilobytes(449), "0,4\u{a0}kB");
        assert_eq!(kilobytes(450), "0,5\u{a0}kB");
        assert_eq!(kilobytes(12_340), "12,3\u{a0}kB");
        assert_eq!(kilobytes(999_960), "1\u{a0}000,0\u{a0}kB");
        assert_eq!(kilobytes(1_234_500), "1\u{a0}234,5\u{a0}kB");
        assert_eq!(kilobytes(12_345_678), "12\u{a0}345,7\u{a0}kB");
        assert_eq!(megabytes(299_600_000), "300\u{a0}MB");
        assert_eq!(
            storage_share(4_400_000, 5 * 1024 * 1024),
            "8,8\u{a0}MB z\u{a0}10,5\u{a0}MB (83\u{a0}%)"
        );
        assert_eq!(
            storage_share(6_150, 5 * 1024 * 1024),
            "12,3\u{a0}kB z\u{a0}10,5\u{a0}MB (0\u{a0}%)"
        );
        assert_eq!(units_as_megabytes(1), "0,1\u{a0}kB");
        assert_eq!(units_as_megabytes(0), "0,0\u{a0}kB");
        assert_eq!(units_as_megabytes(499_970), "999,9\u{a0}kB");
        assert_eq!(units_as_megabytes(499_999), "1,0\u{a0}MB");
        assert_eq!(units_as_megabytes(500_000), "1,0\u{a0}MB");
        assert_eq!(megabytes(1_024_000_000), "1\u{a0}024\u{a0}MB");
    }

    #[test]
    fn numbers_take_the_polish_plural_forms() {
        let forms = |n| count_noun(n, "pytanie", "pytania", "pytań");
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
