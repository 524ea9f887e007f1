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
    for (label, doc) in [("left: ", &c.left), ("right:", &c.right)] {
        let _ = writeln!(out, "{label} {} ({})", doc.title, doc.source);
        if let Some(header) = doc.header.line() {
            let _ = writeln!(out, "       {header}");
        }
    }
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
        if let Some(why) = link.evidence.describe() {
            let _ = writeln!(out, "  ({why})");
        }
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
            let _ = writeln!(out, "  ! {}: {}", f.kind.name(), f.note);
            let (l, r) = (span_text(&c.left, f.left), span_text(&c.right, f.right));
            // The words each report uses, unless the note already quotes them.
            if !(f.note.contains(&l) && f.note.contains(&r)) {
                let _ = writeln!(out, "      left: \"{l}\"  right: \"{r}\"");
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignedLink;
    use crate::document::Document;

    #[test]
    fn a_conflict_shows_both_statements_the_verdict_and_the_findings() {
        let l =
            Document::parse("a.txt", "Three people were killed in the blast on Sunday.").unwrap();
        let r = Document::parse("b.txt", "Two people were killed in the blast on Sunday.").unwrap();
        let link = AlignedLink {
            left: vec![0],
            right: vec![0],
            score: 0.8,
            similarity: 0.8,
            ..Default::default()
        };
        let text = to_text(&crate::compare::compare(l, r, vec![link]));
        assert!(text.contains("CONFLICT L1 ~ R1 (score 0.80)"), "{text}");
        assert!(text.contains("  L1    Three people were killed"), "{text}");
        assert!(text.contains("  R1    Two people were killed"), "{text}");
        assert!(
            text.contains("  ! number: different number of people killed: Three vs Two\n"),
            "{text}"
        );
        assert!(
            !text.contains("left: \""),
            "the note already quotes both: {text}"
        );
    }
}
