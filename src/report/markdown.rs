//! The Markdown report: for sharing in a document, an issue or a chat.

use std::fmt::Write;

use super::{closest_legend, ids, one_line, span_text, text::summary};
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
        if only.iter().any(|&i| !c.closest(side, i).is_empty()) {
            let _ = writeln!(out, "*{}*\n", closest_legend(side));
        }
        let other = side.other();
        for &i in only {
            let _ = writeln!(out, "- **{}** {}", side.id(i), md(doc.statement_text(i)));
            for &(j, p) in c.closest(side, i) {
                let j = j as usize;
                let _ = writeln!(
                    out,
                    "  - closest: **{}** (link probability {p:.2}) {}",
                    other.id(j),
                    md(c.document(other).statement_text(j))
                );
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_a_statement_in_no_link_its_closest_statements_as_a_nested_list() {
        for pair in crate::report::tests::closest_pairs() {
            let (side, me, other, p) = (pair.side, &pair.id, &pair.closest, &pair.p);
            let md = to_markdown(&pair.c);
            // Markup and `|` escaped, the escape sequence gone when the report was read.
            let expected = format!(
                "- **{me}** It was the drones that hit the home of the prime minister, the army \
                 said.\n  - closest: **{other}** (link probability {p}) Three drones struck \
                 the home of the prime minister in Baghdad on Sunday \\<script\\>x\\</script\\> \\| .\n"
            );
            assert!(md.contains(&expected), "{expected}\n{md}");
            assert_eq!(md.matches("closest:").count(), 1, "{md}");
            let weather = format!(
                "- **{}** The weather was fine all week.\n- **{me}**",
                side.id(1)
            );
            assert!(md.contains(&weather), "{md}");
            let oil = format!(
                "- **{}** Oil prices rose on Monday.\n\n",
                side.other().id(1)
            );
            assert!(md.contains(&oil), "{md}");
            // The legend stands in the section with closest statements only.
            assert_eq!(md.matches("Under a statement:").count(), 1, "{md}");
            let legend = format!(
                "*Under a statement: the statements of the {} report that the link model",
                side.other().name()
            );
            let heading = format!("## Only in the {} report\n\n{legend}", side.name());
            assert!(md.contains(&heading), "{md}");
            assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "{md:?}");
        }
    }
}
