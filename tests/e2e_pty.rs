//! End to end: the real binary in a pseudo-terminal, its screen read with vt100. Opens the
//! sample pair, jumps to its conflict, opens and closes its detail, quits, and checks that
//! the terminal was restored; reviews a pair by hand (unlink, relink, verdict, note, copy,
//! editor), quits, reopens it and finds the same state.

mod pty_common;

use std::io::Write;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 120;
const TIMEOUT: Duration = Duration::from_secs(30);

struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    /// Every byte the reader wrote (for what vt100 does not keep: OSC 52).
    raw: Vec<u8>,
}

impl Screen {
    /// Reads output until `pred` holds for the screen, or fails with the screen's contents.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if pred(self.parser.screen()) {
                return self.parser.screen().contents();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self
                .output
                .recv_timeout(left.min(Duration::from_millis(200)))
            {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(_) if Instant::now() >= deadline => panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.parser.screen().contents()
                ),
                Err(_) => {}
            }
        }
    }

    fn status(&self) -> String {
        self.row(ROWS - 1)
    }

    fn row(&self, row: u16) -> String {
        self.parser
            .screen()
            .rows(0, COLS)
            .nth(row as usize)
            .unwrap_or_default()
    }

    /// Reads the rest of the output of a process that has ended: until the reading thread
    /// finds the end of the terminal (not a pause, which a busy machine may make long).
    fn drain(&mut self) {
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            match self.output.recv_timeout(Duration::from_millis(200)) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
    }
}

/// The position part of a status line ("L2 conflict 1/3 ↔ R5"), without message and hints.
fn position(status: &str) -> &str {
    let end = [" · ", "  "]
        .iter()
        .filter_map(|sep| status.find(sep))
        .min()
        .unwrap_or(status.len());
    status[..end].trim()
}

fn status_has(screen: &vt100::Screen, needle: &str) -> bool {
    screen
        .rows(0, COLS)
        .nth(ROWS as usize - 1)
        .is_some_and(|row| row.contains(needle))
}

/// The real binary running in a pseudo-terminal.
struct Session {
    screen: Screen,
    keys: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    /// Starts `parallax ARGS` with `env` set (and the review files in `data`).
    fn open(args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty_common::Pty {
            child,
            keys,
            output,
        } = pty_common::spawn(args, env, ROWS, COLS);
        let screen = Screen {
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).unwrap(),
                std::num::NonZeroU16::new(COLS).unwrap(),
                0,
            ),
            output,
            raw: Vec::new(),
        };
        Session {
            screen,
            keys,
            child,
        }
    }

    fn press(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).unwrap();
        self.keys.flush().unwrap();
    }

    /// Presses `keys` and waits until the status line says `status`.
    fn step(&mut self, keys: &[u8], status: &str) -> String {
        self.press(keys);
        self.screen.wait_for(status, |s| status_has(s, status))
    }

    /// Presses `q` and checks that the reader quit and restored the terminal.
    fn quit(mut self) {
        self.press(b"q");
        let deadline = Instant::now() + TIMEOUT;
        let exit = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "parallax did not quit");
            std::thread::sleep(Duration::from_millis(50));
        };
        self.screen.drain();
        assert!(exit.success(), "exit status {exit:?}");
        let s = self.screen.parser.screen();
        assert!(!s.alternate_screen(), "still in the alternate screen");
        assert!(!s.hide_cursor(), "the cursor is still hidden");
        assert_eq!(
            s.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
    }
}

#[test]
fn open_jump_detail_close_quit_in_a_real_terminal() {
    let data = tempfile::tempdir().unwrap();
    let data_home = data.path().to_str().unwrap();
    let mut session = Session::open(&[], &[("XDG_DATA_HOME", data_home)]);
    let screen = &mut session.screen;
    let keys = &mut session.keys;
    let mut press = |bytes: &[u8]| {
        keys.write_all(bytes).unwrap();
        keys.flush().unwrap();
    };

    // 1. The reader opens on the sample pair, in the alternate screen.
    let first = screen.wait_for("the reader", |s| {
        s.contents().contains("links:") && status_has(s, "L1 ")
    });
    assert!(first.contains("Parallax"));
    assert!(first.contains("kazemi-report") || first.contains("▶L"));
    assert!(screen.parser.screen().alternate_screen());

    // 2. n: the first conflict of the sample pair (it has one), with its counterpart in the
    // other report, and the line above the status says what the finding is.
    press(b"n");
    screen.wait_for("the conflict jump", |s| status_has(s, "conflict 1/"));
    let status = screen.status();
    assert!(
        status.starts_with('L') && status.contains(" conflict 1/") && status.contains(" ↔ R"),
        "status after n: {status}"
    );
    assert!(status.contains("score"), "status after n: {status}");
    let why = screen.row(ROWS - 2);
    let kinds = [
        "number", "actor", "quote", "negation", "hedge", "time", "place", "other",
    ];
    assert!(
        why.starts_with("! ")
            && kinds
                .iter()
                .any(|k| why[2..].starts_with(&format!("{k}: "))),
        "the finding above the status line: {why}"
    );

    // 3. Enter: the detail view of the conflict, with its findings.
    press(b"\r");
    let detail = screen.wait_for("the detail view", |s| status_has(s, "Esc back"));
    assert!(detail.contains("Left:"), "{detail}");
    assert!(detail.contains("conflict · score"), "{detail}");
    assert!(detail.contains("Right:"), "{detail}");
    assert!(detail.contains("Findings"), "{detail}");
    assert!(!detail.contains("No findings"), "{detail}");
    assert!(detail.contains(&why[2..why.find(':').unwrap()]), "{detail}");

    // 4. Esc: back to the panes, at the same place.
    press(b"\x1b");
    let back = screen.wait_for("the panes again", |s| status_has(s, "? help"));
    assert!(back.contains("▶L"), "{back}");
    assert_eq!(
        position(&screen.status()),
        position(&status),
        "the position is kept"
    );

    // 5. q: quit, and the terminal is restored.
    session.quit();
}

/// Waits until `path` exists (written by another process), or fails.
fn wait_for_file(path: &std::path::Path) -> String {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Ok(text) = std::fs::read_to_string(path)
            && !text.is_empty()
        {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{} never written",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The text of every OSC 52 clipboard sequence in `raw`, decoded.
fn clipboard(raw: &[u8]) -> Vec<String> {
    use base64::Engine;
    let raw = String::from_utf8_lossy(raw);
    raw.split("\x1b]52;c;")
        .skip(1)
        .filter_map(|rest| rest.split(['\x1b', '\x07']).next())
        .filter_map(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

#[test]
fn review_by_hand_quit_reopen_and_find_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = pty_common::sample_pair(dir.path(), "");
    // An editor that records its arguments.
    let args_file = dir.path().join("editor-args");
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n",
            args_file.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let data = dir.path().join("data");
    let env = [
        ("XDG_DATA_HOME", data.to_str().unwrap()),
        ("EDITOR", editor.to_str().unwrap()),
    ];
    let mut s = Session::open(&[&a, &b], &env);
    s.step(b"", "L1 ");

    // The first conflict, L17 ↔ R7: unlink it, link it again by hand, call it a conflict, note.
    s.step(b"n", "L17 conflict 1/2 ↔ R7");
    s.step(b"x", "unlinked L17 ↔ R7 (u undoes)");
    s.step(b"c", "L17 marked");
    s.step(b"lgjjjjjj", "R7 only-right");
    s.step(b"c", "linked L17 ↔ R7 (u undoes)");
    s.step(b"!", "verdict set by hand: conflict");
    s.step(b"mchecked with AP\r", "note on L17 ↔ R7 kept");

    // y: the selection goes to the clipboard through OSC 52.
    s.step(b"y", "copied L17 ↔ R7");
    let copied = clipboard(&s.screen.raw);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        copied[0].contains("R7 (b.txt): \"Furthermore"),
        "{copied:?}"
    );
    assert!(copied[0].contains("L17 (a.txt): \"However"), "{copied:?}");
    assert!(copied[0].contains("note: checked with AP"), "{copied:?}");

    // e: the editor opens the right report at R7's line (the fifth), and the reader comes back.
    s.press(b"e");
    let args = wait_for_file(&args_file);
    assert_eq!(args, format!("+5\n{b}\n"));
    s.press(b"k");
    s.screen
        .wait_for("the reader again", |s| status_has(s, "R6 "));
    assert!(s.screen.parser.screen().alternate_screen());
    s.quit();

    let reviews: Vec<_> = std::fs::read_dir(data.join("parallax/reviews"))
        .unwrap()
        .collect();
    assert_eq!(reviews.len(), 1, "one review file for the pair");

    // Reopened: the same state.
    let mut s = Session::open(&[&a, &b], &env);
    s.step(b"", "L1 ");
    s.press(b"n");
    let screen = s.screen.wait_for("the conflict by hand", |s| {
        status_has(s, "L17 conflict 1/2 ↔ R7") && status_has(s, "by hand")
    });
    let why = s.screen.row(ROWS - 2);
    assert!(why.contains("note: checked with AP"), "{why}\n{screen}");
    // u undoes the last decision of the earlier session too.
    s.press(b"u");
    s.screen
        .wait_for("the undo", |s| status_has(s, "undone: note"));
    s.quit();
}

#[test]
fn a_read_only_review_is_applied_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("ro.json");
    let content = "{\"parallax_review\": 1, \"decisions\": []}\n";
    std::fs::write(&review, content).unwrap();
    let mut perms = std::fs::metadata(&review).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&review, perms).unwrap();
    let data = dir.path().join("data");
    let mut s = Session::open(
        &["--review", review.to_str().unwrap()],
        &[("XDG_DATA_HOME", data.to_str().unwrap())],
    );
    s.step(b"", "L1 ");
    // The decision is taken (and shown), the file is left as it was, and the reader says so.
    // (The first conflict's statement is in an agreement too since the fitted link model: after
    // the conflict is unlinked the status shows that agreement, or only-left where it has none.)
    s.step(b"n", "conflict 1/");
    s.step(b"x", "cannot save the review");
    assert!(
        !s.screen.status().contains("conflict"),
        "{}",
        s.screen.status()
    );
    s.quit();
    assert_eq!(std::fs::read_to_string(&review).unwrap(), content);
    assert!(!data.exists(), "nothing written elsewhere either");
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_the_reader_comes_back_redrawn() {
    let data = tempfile::tempdir().unwrap();
    let mut s = Session::open(&[], &[("XDG_DATA_HOME", data.path().to_str().unwrap())]);
    s.step(b"", "L1 ");
    let before = s.screen.raw.len();
    // Ctrl-z. Under a shell the reader stops until `fg`; here (no job control: the pty's
    // process group is orphaned, and the kernel ignores the stop) it comes back at once.
    s.press(b"\x1a");
    s.step(b"j", "L2 ");
    let after = String::from_utf8_lossy(&s.screen.raw[before..]).into_owned();
    let left = after
        .find("\x1b[?1049l")
        .expect("the alternate screen was left");
    let back = after[left..].find("\x1b[?1049h");
    assert!(back.is_some(), "and entered again");
    assert!(s.screen.parser.screen().alternate_screen());
    assert!(s.screen.parser.screen().contents().contains("links:"));
    s.quit();
}

#[test]
fn two_readers_of_the_same_pair_keep_both_decisions() {
    let data = tempfile::tempdir().unwrap();
    let env = [("XDG_DATA_HOME", data.path().to_str().unwrap())];
    // Both open the pair before either decides anything: each starts from an empty review.
    let mut a = Session::open(&[], &env);
    a.step(b"", "L1 ");
    let mut b = Session::open(&[], &env);
    b.step(b"", "L1 ");
    b.step(b"n", "conflict 1/");
    b.step(b"mfrom the second reader\r", "note on");
    a.step(b"n", "conflict 1/");
    a.step(b"x", "unlinked");
    a.quit();
    b.quit();
    let reviews: Vec<_> = std::fs::read_dir(data.path().join("parallax/reviews"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        reviews.len(),
        1,
        "one review file for the pair: {reviews:?}"
    );
    let text = std::fs::read_to_string(&reviews[0]).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let decisions = json["decisions"].as_array().unwrap();
    let done: Vec<&str> = decisions
        .iter()
        .map(|d| d["do"].as_str().unwrap())
        .collect();
    assert_eq!(done, ["note", "unlink"], "{text}");
    assert_eq!(decisions[0]["note"], "from the second reader", "{text}");
}
