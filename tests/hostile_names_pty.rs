//! Hostile file names in the reader (issue 15), with the real binary in a pseudo-terminal: a
//! pair whose file names carry an OSC title sequence, a clear-screen CSI, an 8-bit CSI or a
//! line break opens, shows the names visibly (`\e`, `\u{7}`, `\n`), and quits; of all it wrote,
//! none of the names' own control bytes reached the terminal — only the reader's drawing.
#![cfg(unix)]

mod pty_common;

use std::io::Write;
use std::time::{Duration, Instant};

const ROWS: u16 = 24;
const COLS: u16 = 200;
const TIMEOUT: Duration = Duration::from_secs(30);

/// Name fragments, and what of each must never reach the terminal.
const HOSTILE: [(&str, &[u8]); 4] = [
    ("bad\x1b]2;PWNED\x07name", b"\x1b]2;PWNED"),
    ("cls\x1b[2J\x1b[31mred", b"\x1b[2J\x1b[31mred"),
    ("csi\u{9b}2Jc1", "\u{9b}".as_bytes()),
    ("two\nlines", b"two\nlines"),
];

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_reader_shows_hostile_names_without_emitting_them() {
    for (hostile, never) in HOSTILE {
        let dir = tempfile::TempDir::new().unwrap();
        let (left, right) = pty_common::sample_pair(dir.path(), &format!("{hostile}-"));
        let mut pty = pty_common::spawn(
            &[&left, &right],
            &[("XDG_DATA_HOME", dir.path().to_str().unwrap())],
            ROWS,
            COLS,
        );
        let mut parser = vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        );
        let mut raw = Vec::new();
        // The pane titles show each name visibly: wait for the tail of the right one.
        let deadline = Instant::now() + TIMEOUT;
        while !parser.screen().contents().contains("-b.txt") {
            assert!(
                Instant::now() < deadline,
                "{hostile:?}: the reader did not open; the screen shows:\n{}",
                parser.screen().contents()
            );
            if let Ok(bytes) = pty.output.recv_timeout(Duration::from_millis(100)) {
                parser.process(&bytes);
                raw.extend_from_slice(&bytes);
            }
        }
        let screen = parser.screen().contents();
        assert!(
            screen.contains("\\e") || screen.contains("\\u{9b}") || screen.contains("\\n"),
            "{hostile:?}: the name is not shown visibly:\n{screen}"
        );
        pty.keys.write_all(b"q").unwrap();
        pty.keys.flush().unwrap();
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = pty.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "{hostile:?}: q did not quit");
            if let Ok(bytes) = pty.output.recv_timeout(Duration::from_millis(50)) {
                raw.extend_from_slice(&bytes);
            }
        };
        while let Ok(bytes) = pty.output.recv_timeout(Duration::from_millis(200)) {
            raw.extend_from_slice(&bytes);
        }
        assert!(status.success(), "{hostile:?}: {status:?}");
        assert!(
            !contains(&raw, never),
            "{hostile:?}: the name's control bytes reached the terminal"
        );
        // The reader draws with CSI sequences of its own, but never rings the bell or sends
        // an 8-bit control.
        assert!(
            !raw.contains(&0x07),
            "{hostile:?}: a BEL reached the terminal"
        );
        assert!(
            !contains(&raw, "\u{9b}".as_bytes()),
            "{hostile:?}: an 8-bit CSI reached the terminal"
        );
    }
}
