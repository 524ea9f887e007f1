//! The header (counts) and the status line (position, message, key hints).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{clean, finding_text};
use crate::compare::{Link, Relation};
use crate::document::Side;
use crate::tui::action::{Action, Dir, Filter, Target};
use crate::tui::app::App;
use crate::tui::keymap::{self, Context};
use crate::tui::theme::Mark;
use crate::tui::wrap::width;

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
    let line = Line::from(spans);
    if line.width() <= area.width as usize {
        line.render(area, buf);
        return;
    }
    // Without the name, 80 columns hold the counts in words.
    let counts = Line::from(line.spans[1..].to_vec());
    if counts.width() <= area.width as usize + 2 {
        let mut spans = counts.spans;
        spans[0] = Span::raw(format!("{} links: ", c.links.len()));
        Line::from(spans).render(area, buf);
        return;
    }
    // Too narrow for words: the counts behind the marks the panes use ("!2 =1 ~3 +2/+2").
    let short = |m: Mark, n: String| Span::styled(format!("{}{n} ", m.symbol()), t.gutter(m));
    Line::from(vec![
        short(Mark::Conflict, c.count(Relation::Conflict).to_string()),
        short(Mark::Agree, c.count(Relation::Agree).to_string()),
        short(Mark::Related, c.count(Relation::Related).to_string()),
        short(
            Mark::Only,
            format!("{}/+{}", c.only_left.len(), c.only_right.len()),
        ),
    ])
    .render(area, buf);
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
const NOTE_HINTS: &[(Action, &str)] = &[(Action::NoteSubmit, "keep"), (Action::Close, "cancel")];

fn hints(app: &App) -> Vec<Span<'static>> {
    let (context, list) = match app.mode() {
        Context::Reader => (Context::Reader, READER_HINTS),
        Context::Detail => (Context::Detail, DETAIL_HINTS),
        Context::Help => (Context::Help, HELP_HINTS),
        Context::Search => (Context::Search, SEARCH_HINTS),
        Context::Note => (Context::Note, NOTE_HINTS),
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
    let mut parts: Vec<Span> = Vec::new();
    if app.mode() == Context::Search {
        parts.push(Span::raw(format!("/{}▏", clean(app.prompt()))));
    } else if app.mode() == Context::Note {
        let on = app.note_label().unwrap_or_default();
        parts.push(Span::raw(format!("note on {on}: {}▏", clean(app.prompt()))));
    } else {
        if let Some(p) = position_text(app) {
            let mut pieces = p.split(" · ");
            parts.extend(pieces.next().map(|x| Span::raw(x.to_string())));
            parts.extend(pieces.map(|x| Span::raw(format!(" · {x}"))));
        }
        if app.filter() != Filter::All {
            parts.push(Span::raw(format!(" · only {}", app.filter().name())));
        }
        if let Some(search) = search_status(app) {
            parts.push(Span::raw(format!(" · {}", clean(&search))));
        }
        if let Some(m) = app.message() {
            parts.push(Span::styled(
                format!(" · {}", crate::sanitize::visible(m)),
                t.notice(),
            ));
        }
    }
    // Nothing selected (a filter that shows nothing): no separator before the first part.
    if let Some(first) = parts.first_mut()
        && let Some(rest) = first.content.strip_prefix(" · ")
    {
        first.content = rest.to_string().into();
    }
    // A part that does not fit whole is left out rather than cut ("score 0" would mislead);
    // but a message (the last part) is cut with "…": a failure must be seen.
    let mut left: Vec<Span> = Vec::new();
    let mut used = 0;
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.into_iter().enumerate() {
        let w = part.width();
        let room = (area.width as usize).saturating_sub(used);
        if w <= room || i == 0 {
            used += w;
            left.push(part);
        } else if i == last && app.message().is_some() && room > 10 {
            let cut = cut_to(&part.content, room);
            used += width(&cut);
            left.push(Span::styled(cut, part.style));
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

/// Where the selection stands: its id, the relation of its strongest link (conflict first)
/// and its rank among the statements of that mark in its report, the statements it is linked
/// to ("L14 conflict 3/7 ↔ R9 · score 0.71"), and what was decided by hand.
pub fn position_text(app: &App) -> Option<String> {
    let side = app.active();
    let s = app.cursor(side)?;
    let c = app.comparison();
    let id = side.id(s);
    let mark = app.mark(side, s);
    let link = app.selected_link();
    let (rank, total) = match link {
        Some(l) => {
            let r = c.links[l].relation;
            let key = |l: &Link| l.statements(side).first().copied();
            let mine = key(&c.links[l]);
            let rank = (c.links.iter())
                .filter(|x| x.relation == r && key(x) <= mine)
                .count();
            (rank, c.count(r))
        }
        None => {
            let only = c.only(side);
            (only.partition_point(|&x| x <= s), only.len())
        }
    };
    let name = match link {
        Some(l) => Mark::of(Some(c.links[l].relation)).name(side.prefix()),
        None => mark.name(side.prefix()),
    };
    let mut out = format!("{id} {name} {rank}/{total}");
    if let Some(l) = link {
        let link = &c.links[l];
        let other = side.other();
        // Every statement of the other report linked to this one, by any of its links.
        let mut with: Vec<usize> = (c.links_of(side, s).iter())
            .flat_map(|&k| c.links[k].statements(other).iter().copied())
            .collect();
        with.sort_unstable();
        with.dedup();
        out.push_str(&format!(
            " ↔ {} · score {:.2}",
            crate::report::ids(other, &with),
            link.score
        ));
        let hand = app.reviewed().hand(l);
        if let Some(m) = hand.machine {
            out.push_str(&format!(" · by hand (Parallax: {})", m.name()));
        } else if hand.linked {
            out.push_str(" · linked by hand");
        }
    }
    Some(out)
}

/// The search in the status line while its matches are highlighted: "match 2/5 for "kazemi"
/// (7×: L 4, R 3)" on a match (left report's matches first), else how many there are.
pub fn search_status(app: &App) -> Option<String> {
    if !app.search_shown() {
        return None;
    }
    let (left, right) = (app.search_hits(Side::Left), app.search_hits(Side::Right));
    let total = left.len() + right.len();
    let query = app.search();
    let times = format!(
        "{}×: L {}, R {}",
        app.search_occurrences(Side::Left) + app.search_occurrences(Side::Right),
        app.search_occurrences(Side::Left),
        app.search_occurrences(Side::Right)
    );
    let side = app.active();
    let before = if side == Side::Left { 0 } else { left.len() };
    Some(
        match app
            .cursor(side)
            .map(|s| app.search_hits(side).binary_search(&s))
        {
            Some(Ok(i)) => format!("match {}/{total} for \"{query}\" ({times})", before + i + 1),
            _ if total == 0 => format!("no match for \"{query}\""),
            _ if total == 1 => format!("1 match for \"{query}\" ({times})"),
            _ => format!("{total} matches for \"{query}\" ({times})"),
        },
    )
}

/// Why the selection is marked as it is, in one line: the first finding of its link (the
/// detail view has them all), or what its relation means.
pub fn why_text(app: &App) -> Option<(Mark, String)> {
    let side = app.active();
    let s = app.cursor(side)?;
    let c = app.comparison();
    let r = app.reviewed();
    // What a person wrote comes first.
    let mut text = match r.note(side, s) {
        Some(n) => format!("note on {}: {} · ", side.id(s), clean(n)),
        None => String::new(),
    };
    let Some(l) = app.selected_link() else {
        let mark = app.mark(side, s);
        let other = side.other().name();
        text.push_str(&format!(
            "{}: the {other} report has no statement linked to this one",
            mark.name(side.prefix())
        ));
        return Some((mark, text));
    };
    let link = &c.links[l];
    let mark = Mark::of(Some(link.relation));
    let hand = r.hand(l);
    if let Some(n) = &hand.note {
        text.push_str(&format!("note: {} · ", clean(n)));
    }
    match hand.machine {
        Some(m) => text.push_str(&format!(
            "{} by hand (Parallax said {}) · ",
            link.relation.name(),
            m.name()
        )),
        None if hand.linked => text.push_str("linked by hand · "),
        None => {}
    }
    match link.findings.split_first() {
        Some((first, rest)) => {
            text.push_str(&finding_text(c, first));
            if !rest.is_empty() {
                text.push_str(&format!(" · {} more (Enter)", rest.len()));
            }
        }
        None if hand.machine.is_some() => {}
        None => text.push_str(match link.relation {
            Relation::Agree => "agree: the same claim, details consistent",
            Relation::Related => "related: same topic, partial overlap, no clear verdict",
            Relation::Conflict => "conflict (no finding recorded)",
        }),
    }
    let text = text.trim_end_matches(" · ").to_string();
    Some((mark, text))
}

pub fn render_why(app: &App, area: Rect, buf: &mut Buffer) {
    let Some((mark, text)) = why_text(app) else {
        return;
    };
    let text = cut_to(&text, (area.width as usize).saturating_sub(2));
    Line::from(vec![
        Span::styled(format!("{} ", mark.symbol()), app.theme.gutter(mark)),
        Span::raw(text),
    ])
    .render(area, buf);
}

/// `text` in at most `room` columns: whole, or cut with a "…".
fn cut_to(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_string();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        used += width(c.encode_utf8(&mut [0; 4]));
        if used + 1 > room {
            break;
        }
        cut.push(c);
    }
    cut.push('…');
    cut
}
