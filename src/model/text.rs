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

#[cfg(test)]
mod tests {
    use super::*;

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
}
