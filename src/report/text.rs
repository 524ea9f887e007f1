//! The plain-text report: for a person reading in a terminal or a pager.

use std::fmt::Write;

use super::{ids, one_line, span_text};
use crate::compare::{Comparison, Relation};
use crate::document::Side;

/// A heading line with the counts, as the reader's header shows them.
pub fn summary(c: &Comparison) -> String {
    format!(
        "{} links: {} conflict, {} agree, {} related; {} only-left, {} only-right",
        c.links.len(),
        c.count(Relation::Conflict),
        c.count(Relation::Agree),
        c.count(Relation::Related),
        c.only_left.len(),
        c.only_right.len()
    )
}

pub fn to_text(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "left:  {} ({})", c.left.title, c.left.source);
    let _ = writeln!(out, "right: {} ({})", c.right.title, c.right.source);
    let _ = writeln!(out, "{}", summary(c));
    for link in &c.links {
        let _ = writeln!(
            out,
            "\n{} {} ~ {} (score {:.2})",
            link.relation.name().to_uppercase(),
            ids(Side::Left, &link.left),
            ids(Side::Right, &link.right),
            link.score
        );
        for (side, doc) in [(Side::Left, &c.left), (Side::Right, &c.right)] {
            for &i in link.statements(side) {
                let _ = writeln!(
                    out,
                    "  {:<5} {}",
                    side.id(i),
                    one_line(doc.statement_text(i))
                );
            }
        }
        for f in &link.findings {
            let _ = writeln!(
                out,
                "  ! {}: \"{}\" vs \"{}\": {}",
                f.kind.name(),
                span_text(&c.left, f.left),
                span_text(&c.right, f.right),
                f.note
            );
        }
    }
    for (side, doc, label) in [
        (Side::Left, &c.left, "ONLY-LEFT"),
        (Side::Right, &c.right, "ONLY-RIGHT"),
    ] {
        let only = c.only(side);
        if only.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{label}");
        for &i in only {
            let _ = writeln!(
                out,
                "  {:<5} {}",
                side.id(i),
                one_line(doc.statement_text(i))
            );
        }
    }
    out
}
