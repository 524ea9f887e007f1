//! Drawing: `impl Widget for &App`, split into small `render_*` functions. Drawing never
//! changes the state and touches only what is visible.

mod bars;
mod detail;
mod help;
mod pane;

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::App;
use super::keymap::Context;
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::compare::{Comparison, Finding};
use crate::document::Side;

pub use bars::{position_text, search_status, why_text};
pub use detail::detail_lines;
pub use help::help_lines;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(screen) = layout::screen(area) else {
            render_too_small(area, buf);
            return;
        };
        bars::render_header(self, screen.header, buf);
        if self.mode() == Context::Detail {
            detail::render_detail(self, screen.body, buf);
        } else {
            for side in [Side::Left, Side::Right] {
                pane::render_pane(self, side, screen.pane(side), buf);
            }
            pane::render_separator(self, screen.separator, buf);
            // The help overlay covers the middle of the why line: it would show around it.
            if let Some(why) = screen.why.filter(|_| self.mode() != Context::Help) {
                bars::render_why(self, why, buf);
            }
        }
        if self.mode() == Context::Help {
            help::render_help(self, screen.body, buf);
        }
        bars::render_status(self, screen.status, buf);
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer) {
    let text = format!("Terminal too small: need {MIN_WIDTH}×{MIN_HEIGHT}. q quits.");
    Paragraph::new(Line::from(text))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// One finding in one line, as `parallax report` prints it: its kind and note, then the words
/// of each side unless the note already quotes them.
pub fn finding_text(c: &Comparison, f: &Finding) -> String {
    let (l, r) = (
        crate::report::span_text(&c.left, f.left),
        crate::report::span_text(&c.right, f.right),
    );
    let mut out = format!("{}: {}", f.kind.name(), f.note);
    if !(f.note.contains(&l) && f.note.contains(&r)) {
        out.push_str(&format!(" (left \"{l}\", right \"{r}\")"));
    }
    clean(&out).into_owned()
}

/// Text as it may reach the terminal: any control character (there should be none: the
/// document is cleaned when read) becomes a space.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_control) {
        Cow::Owned(
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clean_removes_escapes() {
        assert_eq!(super::clean("a\x1b[2Jb\x07"), "a [2Jb ");
        assert!(matches!(
            super::clean("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
