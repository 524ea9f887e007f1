//! A pane: its title, the visible lines of its flow with a relation gutter, and its overview
//! strip.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::clean;
use crate::document::Side;
use crate::tui::app::App;
use crate::tui::layout::PaneArea;
use crate::tui::wrap::{ELLIPSIS, NO_TAG};

pub fn render_pane(app: &App, side: Side, pane: &PaneArea, buf: &mut Buffer) {
    render_title(app, side, pane.title, buf);
    render_lines(app, side, pane, buf);
    if let Some(strip) = pane.strip {
        render_strip(app, side, strip, pane.text.height as usize, buf);
    }
}

fn render_title(app: &App, side: Side, area: Rect, buf: &mut Buffer) {
    let active = app.active() == side;
    let style = app.theme.pane_title(active);
    let doc = app.comparison().document(side);
    let marker = if active { "▶" } else { " " };
    let text = format!("{marker}{} {}", side.prefix(), clean(&doc.title));
    if active {
        buf.set_style(area, style);
    }
    buf.set_stringn(area.x, area.y, text, area.width as usize, style);
}

/// The style of a fragment tagged `tag` in the pane of `side`.
fn style_of(app: &App, side: Side, tag: u32) -> Style {
    let n = app.comparison().document(side).statements.len();
    match tag {
        ELLIPSIS => app.theme.dim(),
        NO_TAG => app.theme.plain(),
        t if (t as usize) < n => {
            let s = t as usize;
            app.theme
                .mark(app.mark(side, s), app.is_highlighted(side, s))
        }
        _ => app.theme.plain(),
    }
}

fn render_lines(app: &App, side: Side, pane: &PaneArea, buf: &mut Buffer) {
    let flow = app.flow(side);
    let text = &app.comparison().document(side).text;
    if flow.lines() == 0 {
        let note = format!("(nothing shown: filter {})", app.filter().name());
        buf.set_stringn(
            pane.text.x,
            pane.text.y,
            note,
            pane.text.width as usize,
            app.theme.dim(),
        );
        return;
    }
    let top = app.scroll(side);
    let right = pane.text.right();
    for row in 0..pane.text.height {
        let line = top + row as usize;
        if line >= flow.lines() {
            break;
        }
        let y = pane.text.y + row;
        if let Some(mark) = flow.line_mark(line) {
            buf.set_stringn(pane.gutter.x, y, mark.symbol(), 1, app.theme.gutter(mark));
        }
        let mut x = pane.text.x;
        let mut prev = NO_TAG;
        for f in flow.wrapped.line(line) {
            let style = style_of(app, side, f.tag);
            if f.space_before && x < right {
                let space = if f.tag == prev {
                    style
                } else {
                    app.theme.plain()
                };
                buf.set_stringn(x, y, " ", 1, space);
                x += 1;
            }
            let piece = clean(f.text(text));
            x = buf
                .set_stringn(x, y, piece, right.saturating_sub(x) as usize, style)
                .0;
            prev = f.tag;
        }
    }
}

/// The overview strip: the whole report squeezed into the pane's height, each row showing the
/// strongest mark of the lines it stands for; the rows of the visible part reversed.
fn render_strip(app: &App, side: Side, strip: Rect, rows_shown: usize, buf: &mut Buffer) {
    let flow = app.flow(side);
    let lines = flow.lines();
    let h = strip.height as usize;
    let top = app.scroll(side);
    for r in 0..h {
        let (from, to) = if lines >= h {
            (r * lines / h, ((r + 1) * lines / h).max(r * lines / h + 1))
        } else if r < lines {
            (r, r + 1)
        } else {
            break;
        };
        let mark = flow.range_mark(from, to);
        let in_view = from < top + rows_shown && to > top;
        let symbol = mark.map_or(" ", |m| m.symbol());
        let style = if in_view {
            app.theme.viewport(mark)
        } else {
            mark.map_or(app.theme.plain(), |m| app.theme.gutter(m))
        };
        buf.set_stringn(strip.x, strip.y + r as u16, symbol, 1, style);
    }
}

pub fn render_separator(app: &App, area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        buf.set_stringn(area.x, y, "│", 1, app.theme.separator());
    }
}
