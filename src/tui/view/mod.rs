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
/// document is cleaned when read) becomes a space, and an emoji sequence joined by zero-width
/// joiners (👨‍👩‍👧) becomes its first emoji, padded to the sequence's width (see
/// [`width_stable`]).
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| c.is_control() || c == ZWJ) {
        let spaced: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        Cow::Owned(width_stable(&spaced).into_owned())
    } else {
        Cow::Borrowed(s)
    }
}

/// The zero-width joiner.
const ZWJ: char = '\u{200d}';

/// `s` with every emoji ZWJ sequence replaced by its first emoji (with spaces after it up to
/// the sequence's width). The wrapper and ratatui count such a sequence as one grapheme two
/// columns wide, but a terminal that does not join them (tmux, many others) draws each emoji,
/// so the rest of the line moves right and cells are left stale until the next full redraw. A
/// joiner between letters (Arabic, Indic scripts) is kept: only a sequence that starts with a
/// symbol is replaced.
pub fn width_stable(s: &str) -> Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    let emoji_sequence = |g: &str| {
        g.contains(ZWJ)
            && g.chars()
                .next()
                .is_some_and(|c| !c.is_alphanumeric() && c != ZWJ)
    };
    if !s.graphemes(true).any(emoji_sequence) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for g in s.graphemes(true) {
        if emoji_sequence(g) {
            let first: String = g.chars().take(1).collect();
            let pad = g.width().saturating_sub(first.width());
            out.push_str(&first);
            out.extend(std::iter::repeat_n(' ', pad));
        } else {
            out.push_str(g);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn emoji_joined_by_zwj_become_their_first_emoji_at_the_same_width() {
        use unicode_width::UnicodeWidthStr;
        let family = "a 👨\u{200d}👩\u{200d}👧 b";
        assert_eq!(super::clean(family), "a 👨 b");
        assert_eq!(super::clean(family).width(), family.width());
        // A rainbow flag: the white flag alone is one column, padded to the sequence's two.
        let flag = "🏳\u{fe0f}\u{200d}🌈";
        assert_eq!(super::clean(flag).width(), flag.width());
        // A joiner between letters is writing, not an emoji sequence.
        let hindi = "क्\u{200d}ष";
        assert_eq!(super::clean(hindi), hindi);
    }

    #[test]
    fn clean_removes_escapes() {
        assert_eq!(super::clean("a\x1b[2Jb\x07"), "a [2Jb ");
        assert!(matches!(
            super::clean("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
