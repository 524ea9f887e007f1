//! The HTML report: one self-contained page to share (no scripts, no external files). Article
//! text is escaped; relations are shown with a symbol and a word as well as a colour.

use std::fmt::Write;

use super::{ids, one_line, text::summary};
use crate::compare::{Comparison, Link, Relation};
use crate::document::{Document, Side, Span};

/// Escapes text for HTML element content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn mark(relation: Relation) -> &'static str {
    match relation {
        Relation::Conflict => "!",
        Relation::Agree => "=",
        Relation::Related => "~",
    }
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;\
padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}td,th{vertical-align:top;\
border-top:1px solid #ddd;padding:.5rem}th{text-align:left}.id{color:#666;font-size:.85em;\
margin-right:.3em}.conflict .rel{color:#b00020;font-weight:bold}.agree .rel{color:#1b7f3b}\
.related .rel{color:#8a6d00}.changed{text-decoration:underline}.finding{font-weight:bold;\
background:#ffe3e3}ul.findings{margin:.3rem 0 0 1rem;padding:0}p.why{margin:.3rem 0 0;\
color:#666;font-style:italic}";

/// Statement text with the changed words underlined and the findings' words in bold.
fn statement_html(doc: &Document, index: usize, changed: &[Span], findings: &[Span]) -> String {
    let s = doc.statements[index].span;
    let inside = |spans: &[Span], at: usize| spans.iter().any(|x| x.start <= at && at < x.end);
    let mut out = String::new();
    let mut open: Option<(bool, bool)> = None;
    for (off, c) in doc.text[s.start..s.end].char_indices() {
        let at = s.start + off;
        let state = (inside(changed, at), inside(findings, at));
        if open != Some(state) {
            if open.is_some_and(|(a, b)| a || b) {
                out.push_str("</span>");
            }
            match state {
                (_, true) => out.push_str("<span class=\"finding\">"),
                (true, false) => out.push_str("<span class=\"changed\">"),
                _ => {}
            }
            open = Some(state);
        }
        // Line breaks of hard-wrapped text are spaces in a paragraph.
        let mut buf = [0; 4];
        out.push_str(&esc(if c.is_whitespace() {
            " "
        } else {
            c.encode_utf8(&mut buf)
        }));
    }
    if open.is_some_and(|(a, b)| a || b) {
        out.push_str("</span>");
    }
    out
}

fn side_cell(c: &Comparison, link: &Link, side: Side) -> String {
    let doc = c.document(side);
    let (changed, findings): (&[Span], Vec<Span>) = match side {
        Side::Left => (
            &link.diff.left_changed,
            link.findings.iter().filter_map(|f| f.left).collect(),
        ),
        Side::Right => (
            &link.diff.right_changed,
            link.findings.iter().filter_map(|f| f.right).collect(),
        ),
    };
    link.statements(side)
        .iter()
        .map(|&i| {
            format!(
                "<span class=\"id\">{}</span>{}",
                side.id(i),
                statement_html(doc, i, changed, &findings)
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

pub fn to_html(c: &Comparison) -> String {
    let mut out = String::new();
    let title = format!(
        "Parallax: {} / {}",
        one_line(&c.left.title),
        one_line(&c.right.title)
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        esc(&title),
        esc(&title),
    );
    for (side, doc) in [("left", &c.left), ("right", &c.right)] {
        if let Some(header) = doc.header.line() {
            let _ = writeln!(out, "<p class=\"byline\">{side}: {}</p>", esc(&header));
        }
    }
    let _ = writeln!(out, "<p>{}</p>", esc(&summary(c)));
    let _ = writeln!(
        out,
        "<p>Relations: <b>! conflict</b> (the same claim or event, a detail disagrees), \
         <b>= agree</b>, <b>~ related</b>. Underlined: words the other side does not have; \
         bold: the words of a finding.</p>"
    );
    if !c.links.is_empty() {
        let _ = writeln!(
            out,
            "<h2>Links</h2>\n<table><tr><th>relation</th><th>{}</th><th>{}</th></tr>",
            esc(&c.left.title),
            esc(&c.right.title)
        );
        for link in &c.links {
            let name = link.relation.name();
            let _ = write!(
                out,
                "<tr class=\"{name}\"><td><span class=\"rel\">{} {name}</span><br>\
                 <span class=\"id\">{} ~ {} · score {:.2}</span></td><td>{}</td><td>{}",
                mark(link.relation),
                ids(Side::Left, &link.left),
                ids(Side::Right, &link.right),
                link.score,
                side_cell(c, link, Side::Left),
                side_cell(c, link, Side::Right)
            );
            if let Some(why) = link.evidence.describe() {
                let _ = write!(out, "<p class=\"why\">{}</p>", esc(&why));
            }
            if !link.findings.is_empty() {
                out.push_str("<ul class=\"findings\">");
                for f in &link.findings {
                    let _ = write!(out, "<li><b>{}</b>: {}</li>", f.kind.name(), esc(&f.note));
                }
                out.push_str("</ul>");
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</table>\n");
    }
    for (side, label) in [
        (Side::Left, "Only in the left report"),
        (Side::Right, "Only in the right report"),
    ] {
        let only = c.only(side);
        if only.is_empty() {
            continue;
        }
        let doc = c.document(side);
        let _ = writeln!(out, "<h2>{label}</h2>\n<ul>");
        for &i in only {
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span>{}</li>",
                side.id(i),
                statement_html(doc, i, &[], &[])
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_is_escaped() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn spans_become_marked_runs() {
        let doc = Document::parse("d", "Three <b>drones</b> hit the home.").unwrap();
        let html = statement_html(&doc, 0, &[Span::new(0, 5)], &[Span::new(9, 15)]);
        assert_eq!(
            html,
            "<span class=\"changed\">Three</span> &lt;b&gt;<span class=\"finding\">drones</span>\
             &lt;/b&gt; hit the home."
        );
    }
}
