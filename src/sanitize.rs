//! The one sanitiser for strings Parallax prints that it did not write itself: file names, URLs,
//! titles, error messages, report headers, the reader's titles and status line.
//!
//! Article text is cleaned when it is read (`document::clean`, which keeps byte offsets); every
//! other string passes through [`visible`] where it is printed. A control character, a terminal
//! escape sequence or a bidirectional override is shown visibly (`\e`, `\u{7}`, `\n`) and never
//! emitted, so a file named `bad<ESC>]2;PWNED<BEL>.txt` cannot retitle a window, and a newline
//! in a file name cannot split a one-line error.

use std::borrow::Cow;

/// `s` with every character a terminal would interpret written out visibly: ESC as `\e`, line
/// feed, carriage return and tab as `\n`, `\r`, `\t`, a backslash that precedes nothing special
/// kept as it is, and any other control (C0, DEL, C1), bidirectional control or line separator
/// as `\u{…}`. Borrowed when there is nothing to change.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\u{1b}' => out.push_str("\\e"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Like [`visible`], but line feeds are kept: for text of several lines that Parallax composed
/// itself (the configuration's description), each line of it made safe.
pub fn visible_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && needs_escape(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.split('\n')
            .map(|line| visible(line).into_owned())
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Serialised JSON with every character [`visible`] would escape written as a `\uXXXX` escape:
/// serde escapes C0 controls, but writes DEL, C1 controls and bidirectional overrides as they
/// are. Outside strings JSON is ASCII, so this changes no value, only how it is spelled.
pub fn json(s: String) -> String {
    // The ASCII controls left in serde's output are the white space between tokens.
    let escaped = |c: char| needs_escape(c) && (c == '\x7f' || !c.is_ascii());
    if !s.chars().any(escaped) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escaped(c) {
            // All of them are in the Basic Multilingual Plane: one escape each.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that must not reach a terminal as they are: every control character (C0, DEL,
/// C1), bidirectional embeddings, overrides and isolates, and the line and paragraph separators.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
        || matches!(c, '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe(s: &str) -> bool {
        !s.chars()
            .any(|c| c.is_control() || ('\u{80}'..='\u{9f}').contains(&c))
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(visible("report-1.txt"), Cow::Borrowed(_)));
        assert!(matches!(visible("Ça va — «oui»"), Cow::Borrowed(_)));
        assert_eq!(visible("a\\b"), "a\\b");
    }

    #[test]
    fn osc_title_is_shown_not_sent() {
        let name = "bad\x1b]2;PWNED\x07name.txt";
        assert_eq!(visible(name), "bad\\e]2;PWNED\\u{7}name.txt");
        assert!(safe(&visible(name)));
    }

    #[test]
    fn csi_c1_and_newline() {
        assert_eq!(visible("a\x1b[2Jb"), "a\\e[2Jb");
        assert_eq!(visible("a\u{9b}2Jb"), "a\\u{9b}2Jb");
        assert_eq!(visible("two\nlines\r\tx"), "two\\nlines\\r\\tx");
        assert_eq!(visible("del\x7f"), "del\\u{7f}");
        assert_eq!(visible("nul\0"), "nul\\u{0}");
    }

    #[test]
    fn bidi_overrides_and_separators() {
        assert_eq!(visible("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(visible("a\u{2066}b\u{2029}"), "a\\u{2066}b\\u{2029}");
    }

    #[test]
    fn every_char_comes_out_safe() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let shown = visible(&all);
        assert!(safe(&shown));
        assert!(!shown.contains('\u{202e}'));
    }

    #[test]
    fn json_spells_c1_and_bidi_as_escapes() {
        let raw = serde_json::to_string("a\u{9b}2J\u{7f}\u{202e}\x1b").unwrap();
        let safe_json = json(raw.clone());
        assert!(safe(&safe_json), "{safe_json}");
        assert_eq!(safe_json, r#""a\u009b2J\u007f\u202e\u001b""#);
        let back: String = serde_json::from_str(&safe_json).unwrap();
        assert_eq!(back, serde_json::from_str::<String>(&raw).unwrap());
        assert_eq!(json("{\"a\": 1}".into()), "{\"a\": 1}");
        // Pretty-printed: the line breaks between tokens stay.
        let pretty = serde_json::to_string_pretty(&serde_json::json!({"a": "b\u{9b}\n"})).unwrap();
        let safe_pretty = json(pretty.clone());
        assert!(safe_pretty.contains('\n') && safe_pretty.contains("\\u009b"));
        let parsed: serde_json::Value = serde_json::from_str(&safe_pretty).unwrap();
        assert_eq!(
            parsed,
            serde_json::from_str::<serde_json::Value>(&pretty).unwrap()
        );
    }

    #[test]
    fn lines_keep_their_breaks() {
        assert_eq!(visible_lines("a\nb\x1b[2J\n"), "a\nb\\e[2J\n");
        assert!(matches!(visible_lines("a\nb\n"), Cow::Borrowed(_)));
    }
}
