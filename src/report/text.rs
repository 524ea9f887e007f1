//! The plain-text report: for a person reading in a terminal or a pager. On a terminal each
//! verdict is coloured by its relation, as the reader colours it; the words stay the same, so
//! nothing rests on colour alone.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{ids, one_line, span_text};
use crate::compare::{Comparison, Relation};
use crate::document::Side;
use crate::sanitize::visible;

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

/// How the text report is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Text only: for files, pipes and NO_COLOR.
    Plain,
    /// Bold and dim, no colours (the monochrome theme).
    Monochrome,
    /// Colours by relation, as in the reader.
    Color,
}

/// What a line of the report marks.
#[derive(Debug, Clone, Copy)]
enum Mark {
    Relation(Relation),
    Only,
    Finding,
    Heading,
    /// The closest statements of the other report under a statement in no link.
    Closest,
}

impl Paint {
    fn style(self, mark: Mark) -> Style {
        let color = match mark {
            Mark::Relation(Relation::Conflict) | Mark::Finding => Some(AnsiColor::Red),
            Mark::Relation(Relation::Agree) => Some(AnsiColor::Green),
            Mark::Relation(Relation::Related) => Some(AnsiColor::Yellow),
            Mark::Only => Some(AnsiColor::Cyan),
            Mark::Heading | Mark::Closest => None,
        };
        let style = match mark {
            Mark::Relation(Relation::Related) | Mark::Closest => Style::new().dimmed(),
            _ => Style::new().bold(),
        };
        match self {
            Paint::Plain => Style::new(),
            Paint::Monochrome => style,
            Paint::Color => style.fg_color(color.map(Into::into)),
        }
    }

    /// `text` in the style of `mark` (ANSI SGR codes around it; nothing when plain).
    fn paint(self, mark: Mark, text: &str) -> String {
        let style = self.style(mark);
        format!("{style}{text}{style:#}")
    }
}

pub fn to_text(c: &Comparison) -> String {
    to_text_painted(c, Paint::Plain)
}

/// The text report, marked up as `paint` says.
pub fn to_text_painted(c: &Comparison, paint: Paint) -> String {
    let mut out = String::new();
    for (label, doc) in [("left: ", &c.left), ("right:", &c.right)] {
        let _ = writeln!(
            out,
            "{label} {} ({})",
            visible(&doc.title),
            visible(&doc.source)
        );
        if let Some(header) = doc.header.line() {
            let _ = writeln!(out, "       {}", visible(&header));
        }
    }
    let _ = writeln!(out, "{}", paint.paint(Mark::Heading, &summary(c)));
    for link in &c.links {
        let _ = writeln!(
            out,
            "\n{} {} ~ {} (score {:.2})",
            paint.paint(
                Mark::Relation(link.relation),
                &link.relation.name().to_uppercase()
            ),
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
            let kind = paint.paint(Mark::Finding, &format!("! {}:", f.kind.name()));
            let _ = writeln!(out, "  {kind} {}", f.note);
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
        let _ = writeln!(out, "\n{}", paint.paint(Mark::Only, label));
        for &i in only {
            let _ = writeln!(
                out,
                "  {:<5} {}",
                side.id(i),
                one_line(doc.statement_text(i))
            );
            closest_lines(&mut out, c, side, i, paint);
        }
    }
    out
}

/// Under statement `index` of `side`, which is in no link: the statements of the other report
/// that the link model finds closest without linking them, one line each, likeliest first, with
/// their link probability (`Comparison::closest`).
fn closest_lines(out: &mut String, c: &Comparison, side: Side, index: usize, paint: Paint) {
    let other = side.other();
    for &(j, p) in c.closest(side, index) {
        let j = j as usize;
        let label = format!("closest: {} (link probability {p:.2})", other.id(j));
        let _ = writeln!(
            out,
            "        {} {}",
            paint.paint(Mark::Closest, &label),
            visible(&one_line(c.document(other).statement_text(j)))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignedLink;
    use crate::document::Document;

    /// Three people killed in one report, two in the other.
    fn conflict() -> Comparison {
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
        crate::compare::compare(l, r, vec![link])
    }

    #[test]
    fn colours_mark_the_verdicts_and_change_no_word() {
        let c = conflict();
        let plain = to_text(&c);
        assert!(!plain.contains('\x1b'), "{plain}");
        let colored = to_text_painted(&c, Paint::Color);
        assert!(
            colored.contains("\x1b[1m\x1b[31mCONFLICT\x1b[0m L1 ~ R1"),
            "{colored:?}"
        );
        assert!(colored.contains("\x1b[31m! number:\x1b[0m"), "{colored:?}");
        let mono = to_text_painted(&c, Paint::Monochrome);
        assert!(mono.contains("\x1b[1mCONFLICT\x1b[0m"), "{mono:?}");
        assert!(
            !mono.contains("\x1b[31m"),
            "no colour in monochrome: {mono:?}"
        );
        for painted in [colored, mono] {
            assert_eq!(anstream::adapter::strip_str(&painted).to_string(), plain);
        }
    }

    #[test]
    fn under_a_statement_in_no_link_its_closest_statements_of_the_other_report() {
        for pair in crate::report::tests::closest_pairs() {
            let (c, side, me, other, p) = (&pair.c, pair.side, &pair.id, &pair.closest, &pair.p);
            let text = to_text(c);
            // The candidate's id, its probability and its text (markup and `|` as written,
            // the escape sequence gone when the report was read).
            let expected = format!(
                "  {me:<5} It was the drones that hit the home of the prime minister, the army \
                 said.\n        closest: {other} (link probability {p}) Three drones struck \
                 the home of the prime minister in Baghdad on Sunday <script>x</script> | .\n"
            );
            assert!(text.contains(&expected), "{expected}\n{text}");
            assert_eq!(text.matches("closest:").count(), 1, "{text}");
            // A statement with none is followed by the next statement or section.
            let weather = format!("  {:<5} The weather was fine all week.\n  {me}", side.id(1));
            assert!(text.contains(&weather), "{text}");
            let oil = format!("  {:<5} Oil prices rose on Monday.\n", side.other().id(1));
            let after = &text[text.find(&oil).unwrap() + oil.len()..];
            assert!(after.is_empty() || after.starts_with('\n'), "{text}");
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_closest_statements_are_dim_and_their_words_unchanged() {
        let [pair, _] = crate::report::tests::closest_pairs();
        let plain = to_text(&pair.c);
        let label = format!("closest: R1 (link probability {})", pair.p);
        for paint in [Paint::Color, Paint::Monochrome] {
            let painted = to_text_painted(&pair.c, paint);
            assert!(
                painted.contains(&format!("        \x1b[2m{label}\x1b[0m Three drones")),
                "{painted:?}"
            );
            assert_eq!(anstream::adapter::strip_str(&painted).to_string(), plain);
        }
    }

    #[test]
    fn a_conflict_shows_both_statements_the_verdict_and_the_findings() {
        let text = to_text(&conflict());
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
