//! A terminal that vanishes under the reader: the real binary in a pseudo-terminal, shown, then
//! the master side of the pseudo-terminal closed (as when a terminal window or an ssh connection
//! goes) while the reader waits for a key. It must end within seconds, not wait (or spin) on a
//! terminal that is gone.
//!
//! When the pseudo-terminal is the reader's controlling terminal, closing the master makes the
//! kernel send SIGHUP to it (the session leader), which it already acted on. When it is not (a
//! reader started without one, as in the case that once spun for two hours), no signal comes:
//! the reader must find out from the terminal itself.
#![cfg(unix)]

mod pty_common;

use std::time::{Duration, Instant};

use portable_pty::{MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 24;
const COLS: u16 = 100;
/// How long the reader may take to show the sample on a busy machine.
const START: Duration = Duration::from_secs(30);
/// How long it may take to end once its terminal is gone.
const END: Duration = Duration::from_secs(5);

/// A reader started by a test; killed when dropped if it is still running, so that a failing
/// test does not leave it behind.
struct Reader {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The master side, read here on the test's thread (no other copy of it is open, so that
    /// dropping it closes it).
    master: Option<Box<dyn MasterPty + Send>>,
    parser: vt100::Parser,
    /// The reader's standard error, kept in a file: its terminal is gone when it writes there.
    stderr: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Reader {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Reader {
    /// Starts the reader on the bundled sample, with the pseudo-terminal as its controlling
    /// terminal or not, its standard error going to a file, and waits until it has drawn.
    fn shown(controlling_tty: bool) -> Reader {
        let dir = tempfile::tempdir().unwrap();
        let stderr = dir.path().join("stderr");
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = pty_common::command(
            &[],
            &[
                ("XDG_DATA_HOME", dir.path().to_str().unwrap()),
                ("VANISH_STDERR", stderr.to_str().unwrap()),
            ],
        );
        // `sh` (a new session's leader) sends standard error to the file and becomes the reader.
        let argv = cmd.get_argv_mut();
        for (i, word) in ["/bin/sh", "-c", r#"exec "$0" "$@" 2>"$VANISH_STDERR""#]
            .into_iter()
            .enumerate()
        {
            argv.insert(i, word.into());
        }
        cmd.set_controlling_tty(controlling_tty);
        let child = pty.slave.spawn_command(cmd).expect("parallax starts");
        drop(pty.slave);
        let mut reader = Reader {
            child,
            master: Some(pty.master),
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).unwrap(),
                std::num::NonZeroU16::new(COLS).unwrap(),
                0,
            ),
            stderr,
            _dir: dir,
        };
        let deadline = Instant::now() + START;
        while !reader.status().contains("L1 ") {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for the reader; the screen shows:\n{}",
                reader.parser.screen().contents()
            );
            reader.read_some();
        }
        // A key, and its effect: the reader is now in its loop, reading keys (crossterm opens
        // its input at the first look, after the first frame).
        reader.press(b"j");
        let deadline = Instant::now() + START;
        while reader.status().starts_with("L1 ") {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for `j`; the status line shows: {}",
                reader.status()
            );
            reader.read_some();
        }
        reader
    }

    fn master_fd(&self) -> i32 {
        self.master.as_ref().unwrap().as_raw_fd().expect("an fd")
    }

    /// Types `keys` (through the master's descriptor: portable-pty's writer would type
    /// a line feed and an end-of-file when dropped).
    fn press(&mut self, keys: &[u8]) {
        // SAFETY: writes keys.len() bytes from keys to the open master.
        let n = unsafe { libc::write(self.master_fd(), keys.as_ptr().cast(), keys.len()) };
        assert_eq!(
            n,
            keys.len() as isize,
            "{}",
            std::io::Error::last_os_error()
        );
    }

    fn status(&self) -> String {
        (self.parser.screen().rows(0, COLS))
            .nth(ROWS as usize - 1)
            .unwrap_or_default()
    }

    /// Reads what the reader wrote in the next 100 ms, if anything.
    fn read_some(&mut self) {
        let fd = self.master_fd();
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd, owned here, for the master's descriptor, which is open.
        if unsafe { libc::poll(&mut pfd, 1, 100) } <= 0 {
            return;
        }
        let mut buf = [0u8; 8192];
        // SAFETY: reads at most buf.len() bytes into buf from the open master.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        assert!(n > 0, "the reader's terminal ended before it was shown");
        self.parser.process(&buf[..n as usize]);
    }

    /// Closes the master side: the terminal is gone. No signal is sent by the test.
    fn vanish(&mut self) {
        drop(self.master.take());
    }

    /// Waits at most `END` for the reader to end; fails with its CPU use if it does not.
    fn ended(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + END;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() >= deadline {
                let cpu = self.cpu_share();
                panic!(
                    "parallax still runs {END:?} after its terminal vanished ({cpu}); \
                     its stderr: {:?}",
                    self.stderr_text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The share of one core the reader uses over half a second (Linux: /proc).
    fn cpu_share(&self) -> String {
        let pid = self.child.process_id().expect("a pid");
        let ticks = || -> Option<u64> {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // After the command's name in parentheses: utime and stime are the 12th and 13th.
            let rest = &stat[stat.rfind(')')? + 2..];
            let fields: Vec<&str> = rest.split(' ').collect();
            Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
        };
        // SAFETY: sysconf only reads a constant of the system.
        let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
        let Some(before) = ticks() else {
            return "CPU use unknown".into();
        };
        std::thread::sleep(Duration::from_millis(500));
        match ticks() {
            Some(after) => format!(
                "{:.0}% of a core",
                (after - before) as f64 / hz / 0.5 * 100.0
            ),
            None => "CPU use unknown".into(),
        }
    }

    fn stderr_text(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

#[test]
fn a_reader_whose_terminal_vanishes_without_a_sighup_exits_with_one_line_on_stderr() {
    // Not the controlling terminal: closing the master sends no signal to the reader.
    let mut reader = Reader::shown(false);
    reader.vanish();
    let status = reader.ended();
    assert_eq!(status.signal(), None, "killed instead of exiting: {status}");
    assert_ne!(status.exit_code(), 129, "a SIGHUP came after all: {status}");
    // The status of a reader that failed (`exit::READER`).
    assert_eq!(status.exit_code(), 4, "{status}");
    let stderr = reader.stderr_text();
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    assert!(stderr.starts_with("parallax: "), "{stderr:?}");
    assert!(stderr.contains("the terminal has gone"), "{stderr:?}");
    assert!(!stderr.contains("panicked"), "{stderr:?}");
}

#[test]
fn a_reader_whose_controlling_terminal_vanishes_gets_sighup_and_exits_129() {
    let mut reader = Reader::shown(true);
    reader.vanish();
    let status = reader.ended();
    assert_eq!(status.signal(), None, "killed instead of exiting: {status}");
    assert_eq!(status.exit_code(), 129, "{status}");
}
