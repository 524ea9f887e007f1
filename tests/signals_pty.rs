//! Signals and input bursts, with the real binary in a pseudo-terminal: SIGTERM, SIGHUP,
//! SIGQUIT and SIGINT sent to the reader restore the terminal (the alternate screen left, the
//! cursor shown, mouse reporting off, cooked mode) and end it with status 128 + the signal; the
//! other commands die of them as usual; a burst of 2,048 keys does not hold back the next one.
#![cfg(unix)]

mod pty_common;

use std::io::Write;
use std::time::{Duration, Instant};

const ROWS: u16 = 24;
const COLS: u16 = 100;
const TIMEOUT: Duration = Duration::from_secs(30);

struct Run {
    pty: pty_common::Pty,
    parser: vt100::Parser,
    raw: Vec<u8>,
}

impl Run {
    fn start(args: &[&str], data: &std::path::Path) -> Run {
        let pty = pty_common::spawn(
            args,
            &[("XDG_DATA_HOME", data.to_str().unwrap())],
            ROWS,
            COLS,
        );
        let parser = vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        );
        Run {
            pty,
            parser,
            raw: Vec::new(),
        }
    }

    fn status(&self) -> String {
        (self.parser.screen().rows(0, COLS))
            .nth(ROWS as usize - 1)
            .unwrap_or_default()
    }

    /// Reads output until `pred` holds, or fails with the screen.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&Run) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        while !pred(self) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the screen shows:\n{}",
                self.parser.screen().contents()
            );
            if let Ok(bytes) = self.pty.output.recv_timeout(Duration::from_millis(100)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
    }

    fn press(&mut self, bytes: &[u8]) {
        self.pty.keys.write_all(bytes).unwrap();
        self.pty.keys.flush().unwrap();
    }

    fn signal(&mut self, sig: i32) {
        let pid = self.pty.child.process_id().expect("a pid") as libc::pid_t;
        // SAFETY: kill only sends a signal to the child started by this test.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    }

    /// Waits for the process to end, then reads the rest of its output.
    fn wait(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.pty.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "parallax did not end");
            std::thread::sleep(Duration::from_millis(20));
        };
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            match self.pty.output.recv_timeout(Duration::from_millis(200)) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
        status
    }
}

/// The reader on the sample pair, shown; `sig` sent; it must restore the terminal and exit with
/// status 128 + `sig`.
fn reader_ends_on(sig: i32) {
    let data = tempfile::tempdir().unwrap();
    let mut run = Run::start(&[], data.path());
    run.wait_for("the reader", |r| {
        r.parser.screen().contents().contains("links:") && r.status().contains("L1 ")
    });
    let shown = run.raw.len();
    run.signal(sig);
    let status = run.wait();
    assert_eq!(status.signal(), None, "killed instead of exiting: {status}");
    assert_eq!(status.exit_code(), 128 + sig as u32, "{status}");
    let tail = String::from_utf8_lossy(&run.raw[shown..]).into_owned();
    for (what, seq) in [
        ("leaves the alternate screen", "\x1b[?1049l"),
        ("shows the cursor", "\x1b[?25h"),
        ("stops mouse reporting", "\x1b[?1000l"),
        ("stops SGR mouse reporting", "\x1b[?1006l"),
    ] {
        assert!(tail.contains(seq), "the tail {what}: {tail:?}");
    }
    let screen = run.parser.screen();
    assert!(!screen.alternate_screen());
    assert!(!screen.hide_cursor());
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    reader_ends_on(libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    reader_ends_on(libc::SIGHUP);
}

#[test]
fn sigquit_restores_the_terminal_and_exits_131() {
    reader_ends_on(libc::SIGQUIT);
}

#[test]
fn sigint_sent_with_kill_restores_the_terminal_and_exits_130() {
    reader_ends_on(libc::SIGINT);
}

#[test]
fn a_decision_taken_before_sigterm_is_in_the_review_file() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("r.json");
    let mut run = Run::start(&["--review", review.to_str().unwrap()], dir.path());
    run.wait_for("the reader", |r| r.status().contains("L1 "));
    run.press(b"n");
    run.wait_for("the conflict", |r| r.status().contains("conflict 1/"));
    run.press(b"x");
    run.wait_for("the unlink", |r| r.status().contains("unlinked"));
    run.signal(libc::SIGTERM);
    let status = run.wait();
    assert_eq!(status.exit_code(), 143, "{status}");
    let text = std::fs::read_to_string(&review).expect("the review was saved");
    let json: serde_json::Value = serde_json::from_str(&text).expect("whole JSON");
    assert_eq!(json["decisions"][0]["do"], "unlink", "{text}");
}

#[test]
fn report_dies_of_sigterm_as_usual() {
    // `report -` waits for standard input (the terminal) until the signal comes.
    let data = tempfile::tempdir().unwrap();
    let b = format!("{}/assets/kazemi-report-b.txt", env!("CARGO_MANIFEST_DIR"));
    let mut run = Run::start(&["report", "-", &b], data.path());
    std::thread::sleep(Duration::from_millis(500));
    run.signal(libc::SIGTERM);
    let status = run.wait();
    assert!(
        status.signal().is_some(),
        "not ended by the signal: {status}"
    );
}

#[test]
fn a_key_after_a_burst_of_2048_keys_is_not_held_back() {
    let data = tempfile::tempdir().unwrap();
    let mut run = Run::start(&[], data.path());
    run.wait_for("the reader", |r| r.status().contains("L1 "));
    // 2,048 `j` at once: the cursor goes down (to the last statement, or as far as it gets
    // while the burst is read) …
    run.press(&[b'j'; 2048]);
    run.wait_for("the burst", |r| !r.status().starts_with("L1 "));
    std::thread::sleep(Duration::from_millis(300));
    // … then one `g`, alone, must take the cursor back to the first statement.
    run.press(b"g");
    run.wait_for("the key after the burst", |r| r.status().starts_with("L1 "));
    run.press(b"q");
    assert!(run.wait().success());
}

#[test]
fn enter_after_a_long_pasted_search_is_not_held_back() {
    let data = tempfile::tempdir().unwrap();
    let mut run = Run::start(&[], data.path());
    run.wait_for("the reader", |r| r.status().contains("L1 "));
    run.press(b"/");
    run.wait_for("the search prompt", |r| r.status().contains('▏'));
    // A paste without bracketed paste mode: 1,500 characters as keys, at once …
    run.press(&[b'z'; 1500]);
    run.wait_for("the pasted text", |r| r.status().contains("/zz"));
    std::thread::sleep(Duration::from_millis(300));
    // … then Enter, alone, must close the prompt.
    run.press(b"\r");
    run.wait_for("the search", |r| !r.status().contains('▏'));
    run.press(b"q");
    assert!(run.wait().success());
}

#[test]
fn sigint_while_the_editor_runs_outside_raw_mode_ends_the_reader_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = pty_common::sample_pair(dir.path(), "");
    // An editor that says it started, then takes a second.
    let started = dir.path().join("started");
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        format!("#!/bin/sh\n: > '{}'\nsleep 1\n", started.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pty = pty_common::spawn(
        &[&a, &b],
        &[
            ("XDG_DATA_HOME", dir.path().to_str().unwrap()),
            ("EDITOR", editor.to_str().unwrap()),
        ],
        ROWS,
        COLS,
    );
    let parser = vt100::Parser::new(
        std::num::NonZeroU16::new(ROWS).unwrap(),
        std::num::NonZeroU16::new(COLS).unwrap(),
        0,
    );
    let mut run = Run {
        pty,
        parser,
        raw: Vec::new(),
    };
    run.wait_for("the reader", |r| r.status().contains("L1 "));
    run.press(b"e");
    let deadline = Instant::now() + TIMEOUT;
    while !started.exists() {
        assert!(Instant::now() < deadline, "the editor never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The reader has given the terminal to the editor (cooked mode, main screen).
    run.signal(libc::SIGINT);
    let status = run.wait();
    assert_eq!(status.exit_code(), 130, "{status}");
    let screen = run.parser.screen();
    assert!(!screen.alternate_screen());
    assert!(!screen.hide_cursor());
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
}
