//! The detail view of the selected link: both sides' statements one above the other with the
//! word diff and the findings' spans marked, then the findings with their notes, and the score.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{clean, finding_text};
use crate::compare::Link;
use crate::document::{Document, Side, Span as TextSpan};
use crate::report::ids;
use crate::tui::app::App;
use crate::tui::theme::{Mark, Theme};
use crate::tui::wrap::{self, Wrapper};

/// Columns before statement text: the statement id.
const INDENT: usize = 6;
const CHANGED: u32 = 1;
const FINDING: u32 = 2;

pub fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = detail_lines(app, area.width);
    let max = lines.len().saturating_sub(area.height as usize);
    let scroll = app.detail_scroll().min(max);
    Paragraph::new(lines)
        .scroll((scroll.min(u16::MAX as usize) as u16, 0))
        .render(area, buf);
}

/// The detail view's lines for `width` columns.
pub fn detail_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let c = app.comparison();
    let t = &app.theme;
    let side = app.active();
    let Some(s) = app.cursor(side) else {
        return vec![Line::raw("Nothing selected.")];
    };
    let width = width as usize;
    let mut out = Vec::new();
    let Some(l) = app.selected_link() else {
        let other = side.other().name();
        out.push(Line::from(vec![
            Span::styled(
                format!("{} {}", Mark::Only.symbol(), Mark::Only.name(side.prefix())),
                t.gutter(Mark::Only),
            ),
            Span::raw(format!(
                " · {} · the {other} report has no statement linked to it",
                side.id(s)
            )),
        ]));
        out.push(Line::default());
        report_heading(c.document(side), side, t, &mut out);
        statement_lines(c.document(side), side, s, &[], &[], width, t, &mut out);
        closest_lines(c, side, s, width, t, &mut out);
        return out;
    };
    let link = &c.links[l];
    let mark = Mark::of(Some(link.relation));
    out.push(Line::from(vec![
        Span::styled(
            format!("{} {}", mark.symbol(), link.relation.name()),
            t.gutter(mark),
        ),
        Span::raw(format!(
            " · score {:.2} · {} ~ {}",
            link.score,
            ids(Side::Left, &link.left),
            ids(Side::Right, &link.right)
        )),
    ]));
    if let Some(why) = link.evidence.describe() {
        for line in wrap_plain(&clean(&why), width) {
            out.push(Line::styled(line, t.dim()));
        }
    }
    let hand = app.reviewed().hand(l);
    let by_hand = match hand.machine {
        Some(m) => Some(format!(
            "verdict set by hand: {} (Parallax said {})",
            link.relation.name(),
            m.name()
        )),
        None => hand.linked.then(|| "linked by hand".to_string()),
    };
    // The selection's other links (a statement may take part in several).
    let others: Vec<String> = (c.links_of(side, s).iter())
        .filter(|&&k| k != l)
        .map(|&k| {
            let o = &c.links[k];
            format!(
                "{} ↔ {} ({})",
                ids(Side::Left, &o.left),
                ids(Side::Right, &o.right),
                o.relation.name()
            )
        })
        .collect();
    let also =
        (!others.is_empty()).then(|| format!("{} is also in {}", side.id(s), others.join(", ")));
    for text in by_hand
        .into_iter()
        .chain(hand.note.iter().map(|n| format!("note: {n}")))
        .chain(also)
    {
        for line in wrap_plain(&clean(&text), width) {
            out.push(Line::styled(line, t.notice()));
        }
    }
    out.push(Line::default());
    for side in [Side::Left, Side::Right] {
        let doc = c.document(side);
        let changed = match side {
            Side::Left => &link.diff.left_changed,
            Side::Right => &link.diff.right_changed,
        };
        let spans = finding_spans(link, side);
        report_heading(doc, side, t, &mut out);
        for &i in link.statements(side) {
            statement_lines(doc, side, i, changed, &spans, width, t, &mut out);
        }
        out.push(Line::default());
    }
    findings_lines(app, link, width, &mut out);
    out
}

fn finding_spans(link: &Link, side: Side) -> Vec<TextSpan> {
    link.findings
        .iter()
        .filter_map(|f| match side {
            Side::Left => f.left,
            Side::Right => f.right,
        })
        .collect()
}

fn report_heading(doc: &Document, side: Side, t: &Theme, out: &mut Vec<Line<'static>>) {
    let which = if side == Side::Left { "Left" } else { "Right" };
    out.push(Line::styled(
        clean(&format!(
            "{which}: {}",
            crate::sanitize::visible(&doc.title)
        ))
        .into_owned(),
        t.header(),
    ));
}

/// The statements of the other report that the link model found closest to statement `s` of
/// `side`, which has no link: where a reader looks for a counterpart told in other words.
fn closest_lines(
    c: &crate::compare::Comparison,
    side: Side,
    s: usize,
    width: usize,
    t: &Theme,
    out: &mut Vec<Line<'static>>,
) {
    let near = c.closest(side, s);
    if near.is_empty() {
        return;
    }
    let other = side.other();
    out.push(Line::default());
    let heading = format!("Closest in the {} report, not linked:", other.name());
    for line in wrap_plain(&heading, width) {
        out.push(Line::styled(line, t.dim()));
    }
    for &(j, p) in near {
        out.push(Line::styled(
            format!("{:INDENT$}link probability {p:.2}", ""),
            t.dim(),
        ));
        statement_lines(
            c.document(other),
            other,
            j as usize,
            &[],
            &[],
            width,
            t,
            out,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn statement_lines(
    doc: &Document,
    side: Side,
    s: usize,
    changed: &[TextSpan],
    findings: &[TextSpan],
    width: usize,
    t: &Theme,
    out: &mut Vec<Line<'static>>,
) {
    let Some(statement) = doc.statements.get(s) else {
        return;
    };
    let span = statement.span;
    let mut cuts = vec![span.start, span.end];
    for c in changed.iter().chain(findings).filter_map(|x| x.clip(span)) {
        cuts.extend([c.start, c.end]);
    }
    cuts.retain(|&x| doc.text.is_char_boundary(x));
    cuts.sort_unstable();
    cuts.dedup();
    let mut w = Wrapper::new(&doc.text, width.saturating_sub(INDENT).max(1), 0);
    for pair in cuts.windows(2) {
        let piece = TextSpan::new(pair[0], pair[1]);
        let hit = |list: &[TextSpan]| list.iter().any(|x| x.clip(piece).is_some());
        let tag = u32::from(hit(changed)) * CHANGED + u32::from(hit(findings)) * FINDING;
        w.push(piece.start, piece.end, tag);
    }
    let wrapped = w.finish();
    let style = |tag: u32| match tag {
        0 => Style::new(),
        CHANGED => t.changed(),
        FINDING => t.finding_span(),
        // A finding's words keep the finding's colour when they are also changed words.
        _ => t.changed().patch(t.finding_span()),
    };
    for l in 0..wrapped.len() {
        let label = if l == 0 { side.id(s) } else { String::new() };
        let mut spans = vec![Span::styled(format!("{label:<INDENT$}"), t.dim())];
        let mut prev = None;
        for f in wrapped.line(l) {
            if f.space_before {
                let same = prev == Some(f.tag);
                spans.push(Span::styled(
                    " ",
                    if same { style(f.tag) } else { Style::new() },
                ));
            }
            spans.push(Span::styled(
                clean(f.text(&doc.text)).into_owned(),
                style(f.tag),
            ));
            prev = Some(f.tag);
        }
        out.push(Line::from(spans));
    }
}

fn findings_lines(app: &App, link: &Link, width: usize, out: &mut Vec<Line<'static>>) {
    let c = app.comparison();
    let t = &app.theme;
    if link.findings.is_empty() {
        out.push(Line::styled("No findings.", t.header()));
    } else {
        out.push(Line::styled("Findings", t.header()));
        for f in &link.findings {
            let text = finding_text(c, f);
            for (i, line) in wrap_plain(&text, width.saturating_sub(4))
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 { "  ! " } else { "    " };
                out.push(Line::from(vec![
                    Span::styled(lead, t.gutter(Mark::Conflict)),
                    Span::raw(line),
                ]));
            }
        }
    }
    out.push(Line::default());
    out.push(Line::from(vec![
        Span::styled("underlined", t.changed()),
        Span::raw(": words the other side does not have · "),
        Span::styled("bold", t.finding_span()),
        Span::raw(": a finding"),
    ]));
}

/// Plain text wrapped by word.
fn wrap_plain(text: &str, width: usize) -> Vec<String> {
    let mut w = Wrapper::new(text, width.max(1), 0);
    w.push(0, text.len(), wrap::NO_TAG);
    let wrapped = w.finish();
    (0..wrapped.len())
        .map(|l| {
            wrapped
                .line(l)
                .iter()
                .map(|f| format!("{}{}", if f.space_before { " " } else { "" }, f.text(text)))
                .collect()
        })
        .collect()
}
