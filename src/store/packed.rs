//! The packed form of a stored document: its JSON compressed with raw DEFLATE (the codec the
//! app already ships for links) and written 15 bits to a character.
//!
//! localStorage counts UTF-16 units, not bytes: base64 would spend a unit on 6 bits, this form
//! spends one on 15, using the 32 768 code points from U+3400 to U+B3FF (all scalar values, no
//! surrogates, nothing JSON escapes). A closed mentee's documents take about an eighth of their
//! plain size this way ([`crate::store::Store::pack`]); every reader opens them as it opens a
//! plain one ([`crate::store::codec::decode`]).

/// The first code point of the alphabet; the last is `FIRST + 32 767` (U+B3FF).
const FIRST: u32 = 0x3400;
/// Bits per character.
const BITS: u32 = 15;
/// Largest text a packed document may open to: what storage could hold as plain text (every
/// unit up to three bytes). A backup file is a stranger's input, so a "zip bomb" stops here,
/// and a document too large to be saved again once opened never gets in.
pub const MAX_PLAIN_BYTES: usize = 3 * super::LIMIT_UNITS as usize;

/// `text` compressed and written in the packed alphabet.
pub fn pack(text: &str) -> String {
    let compressed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 8);
    let mut out = String::with_capacity(compressed.len() * 8 / 15 + 2);
    let mut buffer: u32 = 0;
    let mut held: u32 = 0;
    for byte in compressed {
        buffer = (buffer << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            out.push(symbol((buffer >> held) & 0x7FFF));
            buffer &= (1 << held) - 1;
        }
    }
    if held > 0 {
        out.push(symbol((buffer << (BITS - held)) & 0x7FFF));
    }
    out
}

fn symbol(value: u32) -> char {
    // `value` < 2^15, so the code point is within U+3400..=U+B3FF: always a scalar value.
    char::from_u32(FIRST + value).unwrap_or('\u{3400}')
}

/// The text `packed` holds; `Err` says why it cannot be read (a character outside the
/// alphabet, a broken stream, too large).
pub fn unpack(packed: &str) -> Result<String, String> {
    let mut bytes = Vec::with_capacity(packed.len() / 3 * 15 / 8 + 1);
    let mut buffer: u32 = 0;
    let mut held: u32 = 0;
    for c in packed.chars() {
        let value = u32::from(c)
            .checked_sub(FIRST)
            .filter(|value| *value < 1 << BITS)
            .ok_or_else(|| "znak spoza zapisu skompresowanego".to_string())?;
        buffer = (buffer << BITS) | value;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push((buffer >> held) as u8);
            buffer &= (1 << held) - 1;
        }
    }
    // The bits left over pad the last character; a raw DEFLATE stream ends by itself, so a
    // zero byte of padding after it is never read.
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_PLAIN_BYTES)
        .map_err(|_| "uszkodzony zapis skompresowany".to_string())?;
    String::from_utf8(plain).map_err(|_| "zapis skompresowany nie jest tekstem".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_comes_back_as_it_was() {
        for text in [
            "",
            "a",
            "Zażółć gęślą jaźń — „cytat” 😀",
            &"{\"note\":\"Spotkanie o delegowaniu zadań\"}".repeat(200),
        ] {
            let packed = pack(text);
            assert_eq!(unpack(&packed).as_deref(), Ok(text));
            assert!(
                packed
                    .chars()
                    .all(|c| ('\u{3400}'..='\u{b3ff}').contains(&c))
            );
        }
    }

    #[test]
    fn every_length_of_stream_round_trips() {
        // The stream's length modulo 15 bits decides the padding: try every remainder.
        let mut text = String::new();
        for n in 0..200u32 {
            text.push(char::from_u32(0x41 + (n * 7919 % 50)).unwrap());
            assert_eq!(unpack(&pack(&text)).as_deref(), Ok(text.as_str()));
        }
    }

    #[test]
    fn a_journal_takes_a_fraction_of_its_units() {
        let note = "Rozmawialiśmy o tym, jak delegować zadania w zespole i jak prosić o pomoc. ";
        let text = format!(
            "{{\"blocks\":[{}]}}",
            format!("{{\"note\":\"{note}\"}},").repeat(300)
        );
        let units = |s: &str| s.encode_utf16().count();
        assert!(
            units(&pack(&text)) * 8 < units(&text),
            "{}",
            units(&pack(&text))
        );
    }

    #[test]
    fn broken_or_foreign_text_is_an_error_not_a_panic() {
        assert!(unpack("abc").is_err());
        assert!(unpack("\u{3400}\u{3401}\u{3402}").is_err());
        let packed = pack("Zażółć gęślą jaźń");
        let cut: String = packed.chars().take(2).collect();
        assert!(unpack(&cut).is_err());
    }

    #[test]
    fn a_zip_bomb_stops_at_the_limit() {
        let huge = "a".repeat(MAX_PLAIN_BYTES + 1);
        assert!(unpack(&pack(&huge)).is_err());
    }
}
