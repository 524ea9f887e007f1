//! Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or — with [`decode_with`] — a
//! legacy encoding (Windows-1252, ISO-8859-x, Shift_JIS …) named by the user, declared by the
//! source, or detected. Anything that still cannot be decoded is an error that says where the
//! bad byte is.

use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
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
    /// Not UTF-8, and no legacy encoding fits the bytes either.
    #[error(
        "invalid UTF-8 at byte offset {offset}, and no other encoding fits \
         (name the file's encoding with --encoding)"
    )]
    Undetected { offset: usize },
    #[error("invalid {encoding} at byte offset {offset}")]
    Invalid {
        encoding: &'static str,
        offset: usize,
    },
}

/// What besides the bytes themselves says how a report is encoded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EncodingHints {
    /// Named by the user (`--encoding`): used for every report without a byte-order mark.
    pub named: Option<&'static Encoding>,
    /// Declared by the source (an HTTP header, an HTML `<meta charset>`): used when the bytes
    /// are not valid UTF-8.
    pub declared: Option<&'static Encoding>,
}

/// A decoded report and the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a report. Offsets in the result are byte offsets into the returned string, which for
/// UTF-8 input is the file itself without its BOM.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return decode_utf8(rest, UTF8_BOM.len());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes, 2);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes, 2);
    }
    decode_utf8(bytes, 0)
}

/// Decodes a report in the order a reader would trust: a byte-order mark; else the encoding the
/// user named; else UTF-8 when the bytes are valid UTF-8 (legacy text with any non-ASCII byte
/// almost never is); else the encoding the source declared; else the legacy encoding that
/// `chardetng` finds most likely, unless no encoding fits the bytes at all.
pub fn decode_with(bytes: &[u8], hints: EncodingHints) -> Result<Decoded, DecodeError> {
    let decoded = |text, encoding| Decoded { text, encoding };
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return decode(bytes).map(|text| decoded(text, encoding));
    }
    if let Some(named) = hints.named {
        if named == UTF_16LE || named == UTF_16BE {
            let unit = if named == UTF_16LE {
                u16::from_le_bytes
            } else {
                u16::from_be_bytes
            };
            return decode_utf16(bytes, unit, 0).map(|text| decoded(text, named));
        }
        return decode_in(bytes, named).map(|text| decoded(text, named));
    }
    let utf8_error = match decode_utf8(bytes, 0) {
        Ok(text) => return Ok(decoded(text, UTF_8)),
        Err(DecodeError::InvalidUtf8 { offset }) => offset,
        Err(other) => return Err(other),
    };
    let declared = hints
        .declared
        .filter(|&e| e != UTF_8 && e != UTF_16LE && e != UTF_16BE);
    if let Some(declared) = declared {
        return decode_in(bytes, declared).map(|text| decoded(text, declared));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let mut guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // English with typographic punctuation (“ ” – … £ €) is the most common legacy text, and
    // too little for chardetng to tell apart from, say, Central European ("£150" as "Ł150").
    // Every other Latin, Cyrillic or Greek text has letters among its non-ASCII bytes when read
    // as Windows-1252; when none is a letter, Windows-1252 it is.
    if guess != WINDOWS_1252
        && decode_in(bytes, WINDOWS_1252).is_ok_and(|text| {
            !text
                .chars()
                .any(|c| !c.is_ascii() && (c.is_alphabetic() || c.is_control()))
        })
    {
        guess = WINDOWS_1252;
    }
    match decode_in(bytes, guess) {
        // A C1 control is never text: a guess that gives one does not fit.
        Ok(text) if !text.contains(|c| ('\u{80}'..='\u{9f}').contains(&c)) => {
            Ok(decoded(text, guess))
        }
        _ => Err(DecodeError::Undetected { offset: utf8_error }),
    }
}

/// Decodes bytes without a byte-order mark in `encoding`; a malformed sequence is an error that
/// says where it starts.
fn decode_in(bytes: &[u8], encoding: &'static Encoding) -> Result<String, DecodeError> {
    if encoding == UTF_8 {
        return decode_utf8(bytes, 0);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let mut read = 0;
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => text.reserve(bytes.len() - read + 16),
            DecoderResult::Malformed(bad, after) => {
                return Err(DecodeError::Invalid {
                    encoding: encoding.name(),
                    offset: read - bad as usize - after as usize,
                });
            }
        }
    }
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

/// Decodes UTF-16 code units; `skipped` bytes (a BOM) came before them, for error offsets.
fn decode_utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    skipped: usize,
) -> Result<String, DecodeError> {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut offset = skipped;
    let mut pending = Vec::new();
    for (i, u) in units.enumerate() {
        let Ok(u) = u else {
            return Err(DecodeError::InvalidUtf16 {
                offset: skipped + i * 2,
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
                offset = skipped + (i + 1) * 2;
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

#[cfg(test)]
mod legacy_tests {
    use super::*;
    use encoding_rs::SHIFT_JIS;

    fn hints(
        named: Option<&'static Encoding>,
        declared: Option<&'static Encoding>,
    ) -> EncodingHints {
        EncodingHints { named, declared }
    }

    const CP1252: &[u8] = b"\x93We will rebuild,\x94 the mayor said on Tuesday. The caf\xe9 \x96 \
        closed since the flood \x96 lost \xa3150,000 in stock, its owner told the Gazette. \
        R\xe9sidents of the old quarter were evacuated.";

    #[test]
    fn windows_1252_is_detected() {
        let d = decode_with(CP1252, hints(None, None)).unwrap();
        assert_eq!(d.encoding, WINDOWS_1252);
        assert!(d.text.starts_with("“We will rebuild,” the mayor"));
        assert!(d.text.contains("café – closed"));
        assert!(d.text.contains("£150,000"));
    }

    #[test]
    fn english_with_typographic_punctuation_is_windows_1252() {
        let d = decode_with(
            b"\x93Refunds of up to \xa3150,\x94 he said \x96 later.",
            hints(None, None),
        );
        assert_eq!(d.unwrap().text, "“Refunds of up to £150,” he said – later.");
        // Letters among the non-ASCII bytes: chardetng decides.
        let (polish, _, _) = encoding_rs::WINDOWS_1250
            .encode("Pożar w porcie. Łódź i Gdańsk są bezpieczne, źródła mówią.");
        let d = decode_with(&polish, hints(None, None)).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1250);
    }

    #[test]
    fn utf8_wins_over_a_declared_legacy_encoding() {
        let d = decode_with("Café".as_bytes(), hints(None, Some(WINDOWS_1252))).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Café", UTF_8));
        // … but not over a named one: the user knows best.
        let d = decode_with("Café".as_bytes(), hints(Some(WINDOWS_1252), None)).unwrap();
        assert_eq!(d.text, "CafÃ©");
    }

    #[test]
    fn declared_encoding_is_used_for_non_utf8_bytes() {
        let koi8 = encoding_rs::KOI8_R;
        let (bytes, _, _) = koi8.encode("Пожар в порту.");
        let d = decode_with(&bytes, hints(None, Some(koi8))).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Пожар в порту.", koi8));
    }

    #[test]
    fn named_encodings() {
        let (sjis, _, _) = SHIFT_JIS.encode("東京で火災。");
        let d = decode_with(&sjis, hints(Some(SHIFT_JIS), None)).unwrap();
        assert_eq!(d.text, "東京で火災。");
        // A malformed sequence in the named encoding says where it is.
        let mut bad = sjis.to_vec();
        bad.insert(2, 0x81);
        bad.insert(3, b' ');
        assert_eq!(
            decode_with(&bad, hints(Some(SHIFT_JIS), None)),
            Err(DecodeError::Invalid {
                encoding: "Shift_JIS",
                offset: 2
            })
        );
        // UTF-8 named: invalid bytes are an error, as without detection.
        assert_eq!(
            decode_with(b"Caf\xe9", hints(Some(UTF_8), None)),
            Err(DecodeError::InvalidUtf8 { offset: 3 })
        );
        // UTF-16 without a BOM, when named.
        let le: Vec<u8> = "Hé".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode_with(&le, hints(Some(UTF_16LE), None)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Hé", UTF_16LE));
    }

    #[test]
    fn a_bom_wins() {
        let d = decode_with(b"\xEF\xBB\xBFCaf\xC3\xA9", hints(Some(WINDOWS_1252), None)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Café", UTF_8));
    }

    #[test]
    fn bytes_no_encoding_fits_are_an_error() {
        assert_eq!(
            decode_with(b"ok\x81", hints(None, None)),
            Err(DecodeError::Undetected { offset: 2 })
        );
        assert_eq!(
            decode_with(b"ab\0c\xff", hints(None, None)),
            Err(DecodeError::Binary { offset: 2 })
        );
    }
}
