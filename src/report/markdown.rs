//! The Markdown report: for sharing in a document, an issue or a chat.

use std::fmt::Write;

use super::{ids, one_line, span_text, text::summary};
use crate::compare::Comparison;
use crate::document::Side;
use crate::sanitize::visible;

/// Escapes the characters that Markdown would interpret inside a table cell or a line.
pub(super) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(&one_line(text)).chars() {
        if matches!(
            c,
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn to_markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Parallax: {} / {}\n",
        md(&c.left.title),
        md(&c.right.title),
    );
    for (side, doc) in [("left", &c.left), ("right", &c.right)] {
        if let Some(header) = doc.header.line() {
            let _ = writeln!(out, "*{side}: {}*\n", md(&header));
        }
    }
    let _ = writeln!(out, "{}\n", summary(c));
    if !c.links.is_empty() {
        let _ = writeln!(out, "## Links\n");
        for link in &c.links {
            let _ = writeln!(
                out,
                "### {} {} ~ {} (score {:.2})\n",
                link.relation.name(),
                ids(Side::Left, &link.left),
                ids(Side::Right, &link.right),
                link.score
            );
            if let Some(why) = link.evidence.describe() {
                let _ = writeln!(out, "*{}*\n", md(&why));
            }
            for (side, doc) in [(Side::Left, &c.left), (Side::Right, &c.right)] {
                for &i in link.statements(side) {
                    let _ = writeln!(out, "- **{}** {}", side.id(i), md(doc.statement_text(i)));
                }
            }
            for f in &link.findings {
                let _ = writeln!(
                    out,
                    "- *{}*: \"{}\" vs \"{}\": {}",
                    f.kind.name(),
                    md(&span_text(&c.left, f.left)),
                    md(&span_text(&c.right, f.right)),
                    md(&f.note)
                );
            }
            out.push('\n');
        }
    }
    for (side, doc, label) in [
        (Side::Left, &c.left, "Only in the left report"),
        (Side::Right, &c.right, "Only in the right report"),
    ] {
        let only = c.only(side);
        if only.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {label}\n");
        for &i in only {
            let _ = writeln!(out, "- **{}** {}", side.id(i), md(doc.statement_text(i)));
        }
        out.push('\n');
    }
    out
}
