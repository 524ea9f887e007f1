//! Makes untrusted article text safe to show: terminal escape sequences, control characters and
//! bidirectional overrides become spaces, CR and CRLF become line feeds.
//!
//! Cleaning never changes the length of the text: every removed byte is replaced by one ASCII
//! byte. So a byte offset means the same in the cleaned text as in the decoded original, and
//! statement spans point into both.

/// Returns `text` with the same byte length and nothing a terminal would interpret.
pub fn clean(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().expect("i is on a char boundary");
        let len = c.len_utf8();
        match c {
            '\n' => out.push(b'\n'),
            '\r' if bytes.get(i + 1) == Some(&b'\n') => out.push(b' '),
            '\r' => out.push(b'\n'),
            '\u{1b}' => {
                let end = escape_end(text, i);
                out.resize(out.len() + (end - i), b' ');
                i = end;
                continue;
            }
            // C1 controls that open a string (DCS, SOS, OSC, PM, APC) run to their terminator.
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                let end = string_end(text, i + len);
                out.resize(out.len() + (end - i), b' ');
                i = end;
                continue;
            }
            // 8-bit CSI: parameters and final byte follow.
            '\u{9b}' => {
                let end = csi_end(bytes, i + len);
                out.resize(out.len() + (end - i), b' ');
                i = end;
                continue;
            }
            c if is_unsafe(c) => out.resize(out.len() + len, b' '),
            _ => out.extend_from_slice(&bytes[i..i + len]),
        }
        i += len;
    }
    String::from_utf8(out).expect("only whole characters or ASCII were copied")
}

/// Characters that must not reach a terminal as they are.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        // Bidirectional embeddings, overrides and isolates can reorder what the reader sees.
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        // Line and paragraph separators would break the layout.
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The end of the escape sequence that starts with ESC at `start`.
fn escape_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    match bytes.get(start + 1) {
        Some(b'[') => csi_end(bytes, start + 2),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => string_end(text, start + 2),
        // Two-byte sequences (ESC 7, ESC c, ESC ( B …): the intermediates and the final byte.
        Some(b) if (0x20..0x7f).contains(b) => {
            let mut j = start + 1;
            while j < bytes.len() && (0x20..0x30).contains(&bytes[j]) {
                j += 1;
            }
            if j < bytes.len() && (0x30..0x7f).contains(&bytes[j]) {
                j + 1
            } else {
                j
            }
        }
        _ => start + 1,
    }
}

/// The end of a CSI sequence whose parameters start at `from`.
fn csi_end(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < bytes.len() && (0x20..0x40).contains(&bytes[j]) {
        j += 1;
    }
    if j < bytes.len() && (0x40..0x7f).contains(&bytes[j]) {
        j + 1
    } else {
        j
    }
}

/// The end of an OSC/DCS/APC-style string starting at `from`: after BEL, ESC \ or 8-bit ST, or
/// at the end of the line when it is never terminated (so one stray ESC ] cannot eat a report).
fn string_end(text: &str, from: usize) -> usize {
    let mut j = from;
    for (off, c) in text[from..].char_indices() {
        j = from + off;
        match c {
            '\u{7}' | '\u{9c}' => return j + c.len_utf8(),
            '\u{1b}' if text.as_bytes().get(j + 1) == Some(&b'\\') => return j + 2,
            '\n' => return j,
            _ => j += c.len_utf8(),
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let out = clean(input);
        assert_eq!(out, expected);
        assert_eq!(out.len(), input.len());
    }

    #[test]
    fn prose_is_untouched() {
        check(
            "Kazemi’s home — «ok» 😀 مرحبا",
            "Kazemi’s home — «ok» 😀 مرحبا",
        );
    }

    #[test]
    fn line_endings() {
        check("a\r\nb\rc\n", "a \nb\nc\n");
    }

    #[test]
    fn csi_sequences_are_blanked() {
        check("red \x1b[31mtext\x1b[0m", "red      text    ");
        check("\x1b[2J\x1b[Hx", "       x");
    }

    #[test]
    fn osc_sequences_are_blanked() {
        check("a\x1b]0;title\x07b", &format!("a{}b", " ".repeat(10)));
        check(
            "a\x1b]8;;http://x\x1b\\link",
            &format!("a{}link", " ".repeat(15)),
        );
        check("a\x1b]0;never ends\nnext", "a              \nnext");
    }

    #[test]
    fn c1_and_other_controls() {
        check("a\u{9b}31mb", "a     b");
        check("a\u{9d}0;t\u{9c}b", &format!("a{}b", " ".repeat(7)));
        check("tab\there\u{7}\u{8}", "tab here  ");
        check("x\u{202e}y", "x   y");
    }

    #[test]
    fn lone_escape_at_end() {
        check("abc\x1b", "abc ");
        check("abc\x1b[", "abc  ");
    }
}
