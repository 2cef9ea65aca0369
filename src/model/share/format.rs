//! The link's bytes: the frame (format, flags, salt and IV), compression, base64url, the link
//! itself, reading a link back out of pasted text, and decoding in the safe order.

use crate::model::contract::Contract;

use super::*;

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
