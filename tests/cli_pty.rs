//! The command line in a real terminal (a pseudo-terminal read with vt100): there
//! `parallax LEFT RIGHT` opens the reader, which follows `--color`, NO_COLOR and the theme
//! setting.

mod pty_common;

use std::io::Write;
use std::time::{Duration, Instant};

const ROWS: u16 = 24;
const COLS: u16 = 100;

/// What the reader drew: whether it was in the alternate screen, and whether any cell had a
/// colour. Runs `parallax ARGS` with `env` until the reader shows its counts, then quits it.
fn reader(args: &[&str], env: &[(&str, &str)]) -> (bool, bool) {
    let pty_common::Pty {
        mut child,
        mut keys,
        output: rx,
    } = pty_common::spawn(args, env, ROWS, COLS);
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(ROWS).unwrap(),
        std::num::NonZeroU16::new(COLS).unwrap(),
        0,
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while !parser.screen().contents().contains("links:") {
        assert!(
            Instant::now() < deadline,
            "no reader; the screen shows:\n{}",
            parser.screen().contents()
        );
        if let Ok(bytes) = rx.recv_timeout(Duration::from_millis(200)) {
            parser.process(&bytes);
        }
    }
    // The rest of the first frame.
    while let Ok(bytes) = rx.recv_timeout(Duration::from_millis(300)) {
        parser.process(&bytes);
    }
    let screen = parser.screen();
    let alternate = screen.alternate_screen();
    let colored = (0..ROWS)
        .flat_map(|row| (0..COLS).map(move |col| (row, col)))
        .filter_map(|(row, col)| screen.cell(row, col))
        .any(|cell| {
            cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
        });
    keys.write_all(b"q").unwrap();
    keys.flush().unwrap();
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "parallax did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    (alternate, colored)
}

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn two_reports_open_the_reader_in_a_terminal_in_colour() {
    let (a, b) = (sample("kazemi-report-a.txt"), sample("kazemi-report-b.txt"));
    assert_eq!(reader(&[&a, &b], &[]), (true, true));
}

#[test]
fn color_never_and_no_color_draw_without_colours() {
    assert_eq!(reader(&["--color", "never"], &[]), (true, false));
    assert_eq!(reader(&[], &[("NO_COLOR", "1")]), (true, false));
}

#[test]
fn color_always_beats_no_color_in_the_reader() {
    assert_eq!(
        reader(&["--color", "ALWAYS"], &[("NO_COLOR", "1")]),
        (true, true)
    );
}

#[test]
fn the_monochrome_theme_setting_reaches_the_reader() {
    assert_eq!(
        reader(&[], &[("PARALLAX_THEME", "monochrome")]),
        (true, false)
    );
}
