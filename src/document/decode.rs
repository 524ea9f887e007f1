//! Bytes → text: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error
//! that says where the bad byte is.

use thiserror::Error;

/// Why a report's bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("invalid UTF-16 at byte offset {offset}")]
    InvalidUtf16 { offset: usize },
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a report. Offsets in the result are byte offsets into the returned string, which for
/// UTF-8 input is the file itself without its BOM.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return decode_utf8(rest, UTF8_BOM.len());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    decode_utf8(bytes, 0)
}

fn decode_utf8(bytes: &[u8], skipped: usize) -> Result<String, DecodeError> {
    // A NUL byte is never part of prose: it marks a binary file (or UTF-16 without a BOM).
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            offset: offset + skipped,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(DecodeError::InvalidUtf8 {
            offset: e.valid_up_to() + skipped,
        }),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    const BOM_LEN: usize = 2;
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut offset = BOM_LEN;
    let mut pending = Vec::new();
    for (i, u) in units.enumerate() {
        let Ok(u) = u else {
            return Err(DecodeError::InvalidUtf16 {
                offset: BOM_LEN + i * 2,
            });
        };
        pending.push(u);
        let mut decoded = char::decode_utf16(pending.iter().copied());
        match decoded.next() {
            Some(Ok(c)) => {
                if c == '\0' {
                    return Err(DecodeError::Binary { offset });
                }
                text.push(c);
                pending.clear();
                offset = BOM_LEN + (i + 1) * 2;
            }
            // A lead surrogate waits for its trail.
            Some(Err(_)) if pending.len() == 1 && (0xD800..0xDC00).contains(&u) => {}
            _ => return Err(DecodeError::InvalidUtf16 { offset }),
        }
    }
    if pending.is_empty() {
        Ok(text)
    } else {
        Err(DecodeError::InvalidUtf16 { offset })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8() {
        assert_eq!(decode("Héllo".as_bytes()).unwrap(), "Héllo");
    }

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFHi").unwrap(), "Hi");
    }

    #[test]
    fn utf16_le_and_be() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé😀".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé😀".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&le).unwrap(), "Hé😀");
        assert_eq!(decode(&be).unwrap(), "Hé😀");
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        assert_eq!(
            decode(b"abc\xFFdef"),
            Err(DecodeError::InvalidUtf8 { offset: 3 })
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\xC3"),
            Err(DecodeError::InvalidUtf8 { offset: 5 })
        );
    }

    #[test]
    fn nul_byte_is_binary() {
        assert_eq!(decode(b"ab\0c"), Err(DecodeError::Binary { offset: 2 }));
    }

    #[test]
    fn broken_utf16() {
        // Odd length.
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0, b'b']),
            Err(DecodeError::InvalidUtf16 { offset: 4 })
        );
        // Lone trail surrogate.
        assert_eq!(
            decode(&[0xFF, 0xFE, b'a', 0, 0x00, 0xDC]),
            Err(DecodeError::InvalidUtf16 { offset: 4 })
        );
        // Lead surrogate at the end.
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x3D, 0xD8]),
            Err(DecodeError::InvalidUtf16 { offset: 2 })
        );
    }
}
