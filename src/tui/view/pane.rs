//! A pane: its title, the visible lines of its flow with a relation gutter, and its overview
//! strip.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::clean;
use crate::document::Side;
use crate::sanitize::visible;
use crate::tui::app::App;
use crate::tui::layout::PaneArea;
use crate::tui::theme::{BY_HAND, CURSOR};
use crate::tui::wrap::{ELLIPSIS, Frag, NO_TAG};

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
    let mut text = format!("{marker}{} {}", side.prefix(), visible(&doc.title));
    if let Some(header) = doc.header.line() {
        text.push_str(" · ");
        text.push_str(&visible(&header));
    }
    if active {
        buf.set_style(area, style);
    }
    buf.set_stringn(
        area.x,
        area.y,
        super::clean(&text),
        area.width as usize,
        style,
    );
}

/// The style of a fragment tagged `tag` in the pane of `side`.
fn style_of(app: &App, side: Side, tag: u32) -> Style {
    let n = app.comparison().document(side).statements.len();
    match tag {
        ELLIPSIS => app.theme.dim(),
        NO_TAG => app.theme.plain(),
        t if (t as usize) < n => {
            let s = t as usize;
            app.theme.mark(app.mark(side, s), app.highlight(side, s))
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
    let n = app.comparison().document(side).statements.len();
    // The first line of the active pane's selection gets the cursor mark.
    let cursor_line = (app.active() == side)
        .then(|| app.cursor(side))
        .flatten()
        .and_then(|s| flow.lines_of(s))
        .map(|(first, _)| first);
    // Search matches of the visible statements, found once per frame.
    let mut hits: Vec<(u32, Vec<Range<usize>>)> = Vec::new();
    for row in 0..pane.text.height {
        let line = top + row as usize;
        if line >= flow.lines() {
            break;
        }
        let y = pane.text.y + row;
        if let Some(mark) = flow.line_mark(line) {
            buf.set_stringn(pane.gutter.x, y, mark.symbol(), 1, app.theme.gutter(mark));
        }
        if cursor_line == Some(line) && pane.gutter.width > 1 {
            buf.set_stringn(pane.gutter.x + 1, y, CURSOR, 1, app.theme.cursor());
        } else if pane.gutter.width > 1 && decided_on(app, side, line) {
            buf.set_stringn(pane.gutter.x + 1, y, BY_HAND, 1, app.theme.cursor());
        }
        let mut x = pane.text.x;
        let mut prev = NO_TAG;
        for f in flow.wrapped.line(line) {
            let style = style_of(app, side, f.tag);
            let ranges: &[Range<usize>] = if (f.tag as usize) < n {
                let at = match hits.iter().rposition(|(t, _)| *t == f.tag) {
                    Some(at) => at,
                    None => {
                        hits.push((f.tag, app.search_ranges(side, f.tag as usize)));
                        hits.len() - 1
                    }
                };
                &hits[at].1
            } else {
                &[]
            };
            if f.space_before && x < right {
                let start = f.start as usize;
                let space = if f.tag != prev {
                    app.theme.plain()
                } else if ranges.iter().any(|r| r.start < start && r.end > start) {
                    app.theme.search_match(style)
                } else {
                    style
                };
                buf.set_stringn(x, y, " ", 1, space);
                x += 1;
            }
            x = draw_frag(app, buf, (x, y, right), f, text, style, ranges);
            prev = f.tag;
        }
    }
}

/// Whether a statement that starts on `line` has a decision or a note by hand.
fn decided_on(app: &App, side: Side, line: usize) -> bool {
    let flow = app.flow(side);
    let n = app.comparison().document(side).statements.len();
    flow.wrapped.line(line).iter().any(|f| {
        let s = f.tag as usize;
        s < n && flow.lines_of(s).is_some_and(|(first, _)| first == line) && app.by_hand(side, s)
    })
}

/// Draws fragment `f` from `x` on row `y` up to column `right` in `style`, the parts inside
/// `ranges` (search matches) in the search style; returns the column after it.
fn draw_frag(
    app: &App,
    buf: &mut Buffer,
    (mut x, y, right): (u16, u16, u16),
    f: &Frag,
    text: &str,
    style: Style,
    ranges: &[Range<usize>],
) -> u16 {
    let mut put = |x: u16, piece: &str, style: Style| {
        buf.set_stringn(x, y, clean(piece), right.saturating_sub(x) as usize, style)
            .0
    };
    let (start, end) = (f.start as usize, f.end as usize);
    if ranges.is_empty() || f.tag == ELLIPSIS {
        return put(x, f.text(text), style);
    }
    let mut at = start;
    for r in ranges.iter().filter(|r| r.start < end && r.end > start) {
        let (a, b) = (r.start.max(start), r.end.min(end));
        if a > at {
            x = put(x, &text[at..a], style);
        }
        x = put(x, &text[a..b], app.theme.search_match(style));
        at = b;
    }
    if at < end {
        x = put(x, &text[at..end], style);
    }
    x
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
