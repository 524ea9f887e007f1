//! The reader: a full-screen view of a comparison. (Placeholder: a plain scrollable list until
//! the reader issue lands.)

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::compare::Comparison;
use crate::document::Side;

/// Opens the reader on `comparison` until the user quits; the terminal is restored on quit,
/// error and panic.
pub fn run(comparison: Comparison) -> std::io::Result<()> {
    let mut lines = Vec::new();
    for side in [Side::Left, Side::Right] {
        let doc = comparison.document(side);
        lines.push(Line::from(format!("== {} ==", doc.title)));
        for s in &doc.statements {
            lines.push(Line::from(format!(
                "{} {}",
                side.id(s.index),
                crate::report::one_line(doc.statement_text(s.index))
            )));
        }
    }
    let mut scroll: u16 = 0;
    ratatui::run(|terminal| {
        loop {
            terminal.draw(|f| {
                f.render_widget(
                    Paragraph::new(lines.clone())
                        .wrap(Wrap { trim: true })
                        .scroll((scroll, 0)),
                    f.area(),
                )
            })?;
            if let Event::Key(k) = event::read()?
                && k.kind == KeyEventKind::Press
            {
                match k.code {
                    KeyCode::Char('q') | KeyCode::Esc => return Ok(()),
                    KeyCode::Char('j') | KeyCode::Down => scroll = scroll.saturating_add(1),
                    KeyCode::Char('k') | KeyCode::Up => scroll = scroll.saturating_sub(1),
                    _ => {}
                }
            }
        }
    })
}
