//! The reader: a full-screen, side-by-side view of a comparison.
//!
//! Input → [`Action`] → [`App::update`] → drawing from `&App` (`impl Widget for &App` in
//! [`view`]). Crossterm events become the reader's own keys in [`keymap`], the only place that
//! knows about them; the keymap itself is data ([`keymap::BINDINGS`]). The text of each pane
//! is laid out once per width and filter ([`flow`]) and only the visible lines are drawn.

pub mod action;
pub mod app;
pub mod flow;
pub mod keymap;
pub mod layout;
pub mod search;
pub mod signals;
pub mod theme;
pub mod tty;
pub mod view;
pub mod wrap;

use std::io::{self, Write, stdout};
use std::path::{Path, PathBuf};

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub use action::Action;
pub use app::App;
use app::Effect;
pub use theme::Theme;

use crate::compare::Comparison;
use crate::document::Document;
use crate::review::{Desk, Review, store};

/// Opens the reader on `comparison`, drawn with `theme`, until the user quits (`q`, or Ctrl-C,
/// which arrives as a key in raw mode). The terminal is restored on quit, on error, on panic
/// and on the signals of [`signals`] (which then end the process with status 128 + signal).
/// A terminal that cannot be read or drawn on, or has gone (hung up, even without a SIGHUP),
/// ends the reader with an error saying so.
pub fn run(comparison: Comparison, theme: Theme) -> io::Result<()> {
    run_reviewing(Desk::new(comparison, Review::default()), None, theme)
}

/// The reader on a comparison under review, drawn with `theme`; each decision is saved to
/// `review_file`. SIGTERM, SIGHUP, SIGQUIT and SIGINT restore the terminal and end the process
/// with status 128 + the signal's number (a decision being saved is saved first).
pub fn run_reviewing(desk: Desk, review_file: Option<PathBuf>, theme: Theme) -> io::Result<()> {
    let signals = signals::Signals::watch()?;
    let mut terminal = ratatui::try_init().map_err(|e| {
        // Raw mode may be on if only the alternate screen failed; nothing else was changed.
        let _ = disable_raw_mode();
        io::Error::new(
            e.kind(),
            format!(
                "cannot use the terminal ({e}); `parallax report` prints the comparison instead"
            ),
        )
    })?;
    install_mouse_release_hook();
    // crossterm leaves colours out by itself when NO_COLOR is set: the theme decides instead,
    // so that `--color always` beats NO_COLOR as it does for the text report.
    ratatui::crossterm::style::force_color_output(theme == Theme::colored());
    let result = execute!(stdout(), EnableMouseCapture).and_then(|()| {
        let size = terminal.size()?;
        let mut app = App::reviewing(desk, size.width, size.height);
        app.theme = theme;
        event_loop(&mut terminal, app, review_file.as_deref(), &signals)
    });
    if let Some(sig) = signals.caught() {
        restore_quietly();
        std::process::exit(signals::exit_status(sig));
    }
    if result.is_err() {
        // The error is what the user is told; a terminal that has gone cannot be restored,
        // and ratatui would complain twice more on standard error (restoring, and showing the
        // cursor when the terminal is dropped), so the terminal is not dropped.
        restore_quietly();
        std::mem::forget(terminal);
        return result;
    }
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Gives the terminal back, trying every step even if one fails (a hung-up terminal cannot be
/// written to), telling nothing.
fn restore_quietly() {
    let _ = execute!(stdout(), DisableMouseCapture);
    let _ = execute!(stdout(), LeaveAlternateScreen);
    let _ = execute!(stdout(), Show);
    let _ = disable_raw_mode();
    let _ = stdout().flush();
}

/// How long the reader waits for an event before it looks for a signal again.
const SIGNAL_TICK: std::time::Duration = std::time::Duration::from_millis(50);

/// Whether another event is already waiting. crossterm (with `use-dev-tty`) only looks at the
/// terminal when the timeout is not zero; a millisecond returns at once when input is waiting.
fn more_waiting() -> io::Result<bool> {
    event::poll(std::time::Duration::from_millis(1))
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut app: App,
    review: Option<&Path>,
    signals: &signals::Signals,
) -> io::Result<()> {
    // The review as last read from or written to its file: what another reader saved since
    // is merged in at each save.
    let mut saved = app.review().clone();
    let input = tty::Input::of_reader();
    loop {
        terminal
            .draw(|frame| frame.render_widget(&app, frame.area()))
            .map_err(drawing)?;
        // Wait for an event, looking for a signal (and for the terminal) in between.
        let mut event = loop {
            if signals.caught().is_some() {
                return Ok(());
            }
            if event::poll(SIGNAL_TICK).map_err(reading)? {
                break event::read().map_err(reading)?;
            }
            // crossterm's poll says nothing of a terminal that has gone: it spins until the
            // tick ends and returns false (see `tty`).
            if input.gone() {
                return Err(tty::gone_error());
            }
        };
        // Apply every event already waiting before drawing again (fast key repeat, wheel).
        loop {
            if let Some(input) = keymap::from_crossterm(&event) {
                app.handle(input);
            }
            for effect in app.take_effects() {
                perform(terminal, &mut app, effect, review, &mut saved)?;
            }
            if app.should_quit() || signals.caught().is_some() {
                return Ok(());
            }
            if !more_waiting().map_err(reading)? {
                break;
            }
            event = event::read().map_err(reading)?;
        }
    }
}

/// An error reading the terminal, told as such.
fn reading(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("cannot read the terminal ({e})"))
}

/// An error drawing on the terminal, told as such.
fn drawing(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("cannot draw on the terminal ({e})"))
}

/// Does what the reader asked for beyond drawing. A failure is told in the status line; only
/// a terminal that cannot be restored ends the reader.
fn perform(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    effect: Effect,
    review: Option<&Path>,
    saved: &mut Review,
) -> io::Result<()> {
    match effect {
        Effect::SaveReview => {
            if let Some(path) = review {
                match store::save_merged(path, saved, app.review(), app.comparison()) {
                    Ok(merged) => {
                        app.adopt_review(merged.clone());
                        *saved = merged;
                    }
                    Err(e) => app.notify(format!("{e}; the decisions are kept until you quit")),
                }
            }
        }
        Effect::Copy(text) => {
            execute!(
                stdout(),
                crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
            )?;
        }
        Effect::MouseCapture(on) => {
            if on {
                execute!(stdout(), EnableMouseCapture)?;
            } else {
                execute!(stdout(), DisableMouseCapture)?;
            }
        }
        Effect::Suspend => {
            leave_terminal()?;
            suspend_self();
            enter_terminal(terminal, app.mouse_captured())?;
        }
        Effect::Edit { side, statement } => {
            let doc = app.comparison().document(side);
            let Some(path) = source_file(doc) else {
                app.notify(format!(
                    "{} is not a file here ({}): nothing to open",
                    side.id(statement),
                    doc.source
                ));
                return Ok(());
            };
            let line = line_in_file(doc, &path, statement);
            let (program, args) = editor();
            leave_terminal()?;
            let status = std::process::Command::new(&program)
                .args(&args)
                .arg(format!("+{line}"))
                .arg(&path)
                .status();
            enter_terminal(terminal, app.mouse_captured())?;
            match status {
                Ok(s) if s.success() => {}
                Ok(s) => app.notify(format!("{program} ended with {s}")),
                Err(e) => app.notify(format!(
                    "cannot run the editor {program:?} ({e}); set $VISUAL or $EDITOR"
                )),
            }
        }
    }
    Ok(())
}

/// Gives the terminal back to the shell (or an editor) as it was before the reader.
fn leave_terminal() -> io::Result<()> {
    execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen)?;
    disable_raw_mode()?;
    stdout().flush()
}

/// Takes the terminal again; the next draw redraws everything.
fn enter_terminal(terminal: &mut DefaultTerminal, mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    // An empty frame makes the last one blank in ratatui's eyes too, so the next is drawn
    // whole (`Terminal::clear` would ask the terminal where its cursor is, and not every
    // terminal answers).
    terminal.draw(|_| {})?;
    Ok(())
}

/// Stops the process as Ctrl-z does in a shell; returns when the shell continues it (`fg`).
fn suspend_self() {
    #[cfg(unix)]
    // SAFETY: raise only sends a signal to this process; SIGTSTP stops it until SIGCONT.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
}

/// The editor to open: $VISUAL, else $EDITOR, else vi; with its own arguments ("code -w").
fn editor() -> (String, Vec<String>) {
    editor_of([std::env::var("VISUAL").ok(), std::env::var("EDITOR").ok()])
}

/// The program and arguments of the first editor setting that is not empty.
fn editor_of(settings: [Option<String>; 2]) -> (String, Vec<String>) {
    let chosen = (settings.into_iter().flatten())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let mut words = chosen.split_whitespace().map(str::to_string);
    let program = words.next().unwrap_or_else(|| "vi".into());
    (program, words.collect())
}

/// The report's file, when it is one (not standard input, a URL or the bundled sample).
fn source_file(doc: &Document) -> Option<PathBuf> {
    let path = PathBuf::from(&doc.source);
    (doc.source != "-" && path.is_file()).then_some(path)
}

/// The line (from 1) of the file where statement `s` starts: from its byte offset when the
/// spans are the file's, else where its first words are found in the file (a page, Markdown,
/// a legacy encoding), else 1.
fn line_in_file(doc: &Document, path: &Path, s: usize) -> usize {
    let start = doc.statements[s].span.start;
    if doc.origin.spans_in_file() {
        return 1 + doc.text[..start].matches('\n').count();
    }
    let Ok(bytes) = std::fs::read(path) else {
        return 1;
    };
    let file = String::from_utf8_lossy(&bytes);
    let words: Vec<&str> = doc.statement_text(s).split_whitespace().take(6).collect();
    let needle = words.join(" ");
    (file.lines().position(|l| l.contains(&needle)))
        .or_else(|| {
            file.lines()
                .position(|l| l.contains(words.first().copied().unwrap_or("")))
        })
        .map_or(1, |i| i + 1)
}

/// Ratatui's panic hook leaves raw mode and the alternate screen; this one also stops mouse
/// reporting, so that a panic does not leave the shell receiving mouse escape codes.
fn install_mouse_release_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_is_visual_then_editor_then_vi_with_its_arguments() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(editor_of([some("code -w"), some("nano")]).0, "code");
        assert_eq!(editor_of([some("code -w"), None]).1, ["-w"]);
        assert_eq!(
            editor_of([some("  "), some("nano")]),
            ("nano".into(), vec![])
        );
        assert_eq!(editor_of([None, None]), ("vi".into(), vec![]));
    }

    #[test]
    fn the_line_of_a_statement_in_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Title\n\nFirst one. Second one.\n\nThird one here.\n";
        let path = dir.path().join("r.txt");
        std::fs::write(&path, text).unwrap();
        let doc = crate::input::load(path.to_str().unwrap(), &Default::default()).unwrap();
        let third = (0..doc.statements.len())
            .find(|&s| doc.statement_text(s).starts_with("Third"))
            .unwrap();
        assert_eq!(line_in_file(&doc, &path, third), 5);
        // A page: the spans are the article's, the line is where its words are in the file.
        let html = "<html><body>\n<nav>Menu</nav>\n<article><h1>Fire on the ferry</h1>\n\
            <p>A fire broke out on the ferry late on Tuesday night, the coast guard said.</p>\n\
            <p>Two crew members were hurt as they fought the fire in the engine room below deck.</p>\n\
            <p>The ship reached the port of Heraklion under its own power early on Wednesday.</p>\n\
            </article></body></html>\n";
        let path = dir.path().join("p.html");
        std::fs::write(&path, html).unwrap();
        let doc = crate::input::load(path.to_str().unwrap(), &Default::default()).unwrap();
        assert!(!doc.origin.spans_in_file());
        let crew = (0..doc.statements.len())
            .find(|&s| doc.statement_text(s).starts_with("Two crew"))
            .unwrap();
        assert_eq!(line_in_file(&doc, &path, crew), 5);
        assert!(source_file(&doc).is_some());
    }
}
