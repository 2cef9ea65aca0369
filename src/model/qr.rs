//! A shared link as a QR code, for the mentee's phone to scan from the mentor's screen.
//!
//! The code is capped at [`MAX_VERSION`]: a bigger one has modules too small for a phone to
//! read at arm's length on a phone-sized screen, and the app offers the link or a file instead.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// 117 modules a side: at the width of a phone (about 340 CSS px) a module is nearly 3 CSS px,
/// 8 or more device pixels.
pub const MAX_VERSION: u8 = 25;

/// The white border around the code, in modules (the standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// A QR code's dark modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules a side, without the quiet zone.
    pub size: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The code for `text`, or `None` when it does not fit [`MAX_VERSION`]. Error correction
    /// is as high as the smallest version that fits allows.
    pub fn encode(text: &str) -> Option<Qr> {
        let segments = QrSegment::make_segments(text);
        let code = QrCode::encode_segments_advanced(
            &segments,
            QrCodeEcc::Low,
            Version::MIN,
            Version::new(MAX_VERSION),
            None,
            true,
        )
        .ok()?;
        let size = code.size() as usize;
        let dark = (0..size * size)
            .map(|i| code.get_module((i % size) as i32, (i / size) as i32))
            .collect();
        Some(Qr { size, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The side of the SVG's view box: the code and its quiet zone.
    pub fn view_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// The dark modules as one SVG path, a run of neighbours in a row as one rectangle.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            }
        }
        path
    }
}

/// What the share panel says instead of a code when the link of `chars` characters is too
/// long for one: „… (2432\u{a0}znaki w\u{a0}linku) …”.
pub fn too_long_note(chars: usize) -> String {
    format!(
        "Tych danych jest za dużo na kod QR, który telefon odczyta z ekranu ({} w linku). Wyślij link albo zapisz go jako plik.",
        super::text::count_noun(chars, "znak", "znaki", "znaków")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_counts_characters_in_the_right_plural() {
        assert!(too_long_note(2432).contains("(2432\u{a0}znaki w\u{a0}linku)"));
        assert!(too_long_note(2435).contains("(2435\u{a0}znaków w\u{a0}linku)"));
        assert!(too_long_note(2412).contains("(2412\u{a0}znaków w\u{a0}linku)"));
    }

    #[test]
    fn a_short_link_makes_a_small_code_with_finder_patterns() {
        let qr = Qr::encode("https://example.org/niezbednik/#/udostepnione?d=AQA").unwrap();
        assert!(qr.size >= 21 && qr.size <= 41, "{}", qr.size);
        // The top-left finder: a dark 7×7 ring around a light ring.
        for i in 0..7 {
            assert!(qr.is_dark(i, 0) && qr.is_dark(0, i) && qr.is_dark(6, i));
        }
        assert!(!qr.is_dark(1, 1));
        assert!(qr.is_dark(3, 3));
        assert_eq!(qr.view_size(), qr.size + 8);
    }

    #[test]
    fn the_path_covers_exactly_the_dark_modules() {
        let qr = Qr::encode("Niezbędnik mentora").unwrap();
        let dark = (0..qr.size)
            .flat_map(|y| (0..qr.size).map(move |x| (x, y)))
            .filter(|&(x, y)| qr.is_dark(x, y))
            .count();
        let path = qr.svg_path();
        let covered: usize = path
            .split('M')
            .skip(1)
            .map(|run| {
                let h = run.split('h').nth(1).unwrap();
                h.split('v').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        assert_eq!(covered, dark);
        assert!(path.starts_with("M4,4h7v1h-7z"), "{}", &path[..20]);
    }

    #[test]
    fn a_text_too_long_for_a_phone_screen_has_no_code() {
        // 1 273 bytes is version 25's capacity at the lowest correction.
        assert!(Qr::encode(&"a".repeat(1_200)).is_some());
        assert!(Qr::encode(&"a".repeat(1_400)).is_none());
        let largest = Qr::encode(&"a".repeat(1_200)).unwrap();
        assert_eq!(largest.size, 4 * usize::from(MAX_VERSION) + 17);
    }
}
