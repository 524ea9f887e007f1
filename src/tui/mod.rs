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
pub mod theme;
pub mod view;
pub mod wrap;

use std::io::{self, stdout};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

pub use action::Action;
pub use app::App;
pub use theme::Theme;

use crate::compare::Comparison;

/// Opens the reader on `comparison`, drawn with `theme`, until the user quits (`q`, or Ctrl-C,
/// which arrives as a key in raw mode). The terminal is restored on quit, on error and on panic.
pub fn run(comparison: Comparison, theme: Theme) -> io::Result<()> {
    let mut terminal = ratatui::try_init().map_err(|e| {
        // Raw mode may be on if only the alternate screen failed; nothing else was changed.
        let _ = ratatui::crossterm::terminal::disable_raw_mode();
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
        let mut app = App::new(comparison, size.width, size.height);
        app.theme = theme;
        event_loop(&mut terminal, app)
    });
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, mut app: App) -> io::Result<()> {
    loop {
        terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
        // Apply every event already waiting before drawing again (fast key repeat, wheel).
        let mut event = event::read()?;
        loop {
            if let Some(input) = keymap::from_crossterm(&event) {
                app.handle(input);
            }
            if app.should_quit() {
                return Ok(());
            }
            if !event::poll(std::time::Duration::ZERO)? {
                break;
            }
            event = event::read()?;
        }
    }
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
