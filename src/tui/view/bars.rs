//! The header (counts) and the status line (position, message, key hints).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::clean;
use crate::compare::Relation;
use crate::tui::action::{Action, Dir, Filter, Target};
use crate::tui::app::App;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Mark;

pub fn render_header(app: &App, area: Rect, buf: &mut Buffer) {
    let c = app.comparison();
    let t = &app.theme;
    let count = |n: usize, what: &'static str, style: Style| {
        [
            Span::styled(n.to_string(), style),
            Span::raw(format!(" {what}")),
        ]
    };
    let mut spans = vec![
        Span::styled("Parallax", t.header()),
        Span::raw(format!("  {} links: ", c.links.len())),
    ];
    spans.extend(count(
        c.count(Relation::Conflict),
        "conflict",
        t.gutter(Mark::Conflict),
    ));
    spans.push(Span::raw(" · "));
    spans.extend(count(
        c.count(Relation::Agree),
        "agree",
        t.gutter(Mark::Agree),
    ));
    spans.push(Span::raw(" · "));
    spans.extend(count(
        c.count(Relation::Related),
        "related",
        t.gutter(Mark::Related),
    ));
    spans.push(Span::raw("  "));
    spans.extend(count(c.only_left.len(), "only-left", t.gutter(Mark::Only)));
    spans.push(Span::raw(" · "));
    spans.extend(count(
        c.only_right.len(),
        "only-right",
        t.gutter(Mark::Only),
    ));
    Line::from(spans).render(area, buf);
}

/// Hints per context: (action, what to call it). Keys come from the keymap.
const READER_HINTS: &[(Action, &str)] = &[
    (
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Next),
        "conflict",
    ),
    (Action::OpenDetail, "detail"),
    (Action::StartSearch, "search"),
    (Action::CycleFilter(Dir::Next), "filter"),
    (Action::Help, "help"),
    (Action::Quit, "quit"),
];
const DETAIL_HINTS: &[(Action, &str)] = &[
    (
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Next),
        "next conflict",
    ),
    (Action::Scroll(Dir::Next), "scroll"),
    (Action::Close, "back"),
];
const HELP_HINTS: &[(Action, &str)] = &[
    (Action::Scroll(Dir::Next), "scroll"),
    (Action::Close, "close"),
];
const SEARCH_HINTS: &[(Action, &str)] =
    &[(Action::SearchSubmit, "search"), (Action::Close, "cancel")];

fn hints(app: &App) -> Vec<Span<'static>> {
    let (context, list) = match app.mode() {
        Context::Reader => (Context::Reader, READER_HINTS),
        Context::Detail => (Context::Detail, DETAIL_HINTS),
        Context::Help => (Context::Help, HELP_HINTS),
        Context::Search => (Context::Search, SEARCH_HINTS),
    };
    let mut out = Vec::new();
    for &(action, name) in list {
        let Some(b) = keymap::BINDINGS
            .iter()
            .find(|b| b.context == context && b.action == action)
        else {
            continue;
        };
        out.push(Span::styled(
            format!(" {}", b.keys[0].label()),
            app.theme.key(),
        ));
        out.push(Span::raw(format!(" {name}")));
    }
    out
}

pub fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    buf.set_style(area, t.status());
    let mut left: Vec<Span> = Vec::new();
    if app.mode() == Context::Search {
        left.push(Span::raw(format!("/{}▏", clean(app.prompt()))));
    } else {
        if let Some(p) = app.position_text() {
            left.push(Span::raw(p));
        }
        if app.filter() != Filter::All {
            left.push(Span::raw(format!(" · only {}", app.filter().name())));
        }
        if let Some(m) = app.message() {
            left.push(Span::styled(format!(" · {}", clean(m)), t.notice()));
        }
    }
    let hint_spans = hints(app);
    let hint_width: usize = hint_spans.iter().map(|s| s.width()).sum();
    let left_line = Line::from(left).style(t.status());
    let left_width = left_line.width();
    // The position and message come first; hints take what is left, from the right.
    let room = (area.width as usize).saturating_sub(left_width + 2);
    let mut left_area = area;
    if hint_width <= room {
        let x = area.right() - hint_width as u16;
        Line::from(hint_spans)
            .style(t.status())
            .render(Rect::new(x, area.y, hint_width as u16, 1), buf);
        left_area.width -= hint_width as u16;
    }
    left_line.render(left_area, buf);
}
