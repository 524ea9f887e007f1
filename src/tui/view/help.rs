//! The `?` overlay: every key, generated from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::theme::{Highlight, Mark};

const KEY_COLUMN: usize = 22;

pub fn help_lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = vec![Line::from(
        [Mark::Conflict, Mark::Agree, Mark::Related, Mark::Only]
            .iter()
            .flat_map(|&m| {
                let name = match m {
                    Mark::Only => "only one report".to_string(),
                    m => m.name("L"),
                };
                [
                    Span::styled(format!(" {} ", m.symbol()), t.gutter(m)),
                    Span::styled(name, t.mark(m, Highlight::None)),
                ]
            })
            .collect::<Vec<_>>(),
    )];
    for (title, rows) in keymap::help() {
        out.push(Line::default());
        out.push(Line::styled(title, t.header()));
        for (keys, what) in rows {
            let keys = keys.join(", ");
            out.push(Line::from(vec![
                Span::styled(format!(" {keys:<KEY_COLUMN$}"), t.key()),
                Span::raw(what),
            ]));
        }
    }
    out
}

pub fn render_help(app: &App, body: Rect, buf: &mut Buffer) {
    let w = body.width.min(90);
    let area = Rect::new(body.x + (body.width - w) / 2, body.y, w, body.height);
    Clear.render(area, buf);
    let lines = help_lines(app);
    let inner_rows = area.height.saturating_sub(2) as usize;
    let scroll = app
        .help_scroll()
        .min(lines.len().saturating_sub(inner_rows));
    Paragraph::new(lines)
        .block(Block::bordered().title(" Keys · Esc closes · j/k scroll "))
        .scroll((scroll.min(u16::MAX as usize) as u16, 0))
        .render(area, buf);
}
