//! A report laid out as flowing text for one pane width: paragraphs wrapped by word, each
//! statement a tagged stretch of its paragraph. Built once per width and filter, never per
//! frame.

use super::theme::Mark;
use super::wrap::{NO_TAG, Wrapped, Wrapper};
use crate::document::Document;

const HIDDEN: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
pub struct Flow {
    pub wrapped: Wrapped,
    /// The statements shown, in reading order.
    pub order: Vec<usize>,
    /// For each statement, its index in `order`, or `HIDDEN`.
    pos: Vec<u32>,
    /// For each line, the strongest mark of the statements on it.
    line_marks: Vec<Option<Mark>>,
}

impl Flow {
    /// Lays out the statements of `doc` for which `shown` holds, `width` columns wide.
    /// Statements of a paragraph flow together with the text between them; where statements
    /// are left out, a "…" stands for them.
    pub fn build(
        doc: &Document,
        marks: &[Mark],
        width: usize,
        shown: impl Fn(usize) -> bool,
    ) -> Flow {
        let n = doc.statements.len();
        let mut w = Wrapper::new(&doc.text, width, n);
        let mut order = Vec::new();
        let mut pos = vec![HIDDEN; n];
        let mut i = 0;
        while i < n {
            let para_index = doc.statements[i].paragraph;
            let mut j = i;
            while j < n && doc.statements[j].paragraph == para_index {
                j += 1;
            }
            let para = doc.paragraphs.get(para_index).copied();
            let mut prev: Option<usize> = None;
            let mut cursor = para.map_or(doc.statements[i].span.start, |p| p.start);
            for s in (i..j).filter(|&s| shown(s)) {
                let span = doc.statements[s].span;
                let adjacent = match prev {
                    None => s == i,
                    Some(p) => s == p + 1,
                };
                if prev.is_none() {
                    w.paragraph();
                }
                if adjacent {
                    if span.start > cursor {
                        w.push(cursor, span.start, NO_TAG);
                    }
                } else {
                    w.ellipsis();
                }
                let start = span.start.max(cursor).min(span.end);
                w.push(start, span.end, s as u32);
                cursor = span.end.max(cursor);
                pos[s] = order.len() as u32;
                order.push(s);
                prev = Some(s);
            }
            if let Some(last) = prev {
                if last + 1 == j {
                    if let Some(p) = para
                        && p.end > cursor
                    {
                        w.push(cursor, p.end, NO_TAG);
                    }
                } else {
                    w.ellipsis();
                }
            }
            i = j;
        }
        let wrapped = w.finish();
        let line_marks = (0..wrapped.len())
            .map(|l| {
                wrapped
                    .line(l)
                    .iter()
                    .filter_map(|f| marks.get(f.tag as usize).copied())
                    .max()
            })
            .collect();
        Flow {
            wrapped,
            order,
            pos,
            line_marks,
        }
    }

    pub fn lines(&self) -> usize {
        self.wrapped.len()
    }

    /// Index of statement `s` in the reading order, if shown.
    pub fn position(&self, s: usize) -> Option<usize> {
        self.pos
            .get(s)
            .filter(|&&p| p != HIDDEN)
            .map(|&p| p as usize)
    }

    pub fn is_shown(&self, s: usize) -> bool {
        self.position(s).is_some()
    }

    /// First and last line of statement `s`.
    pub fn lines_of(&self, s: usize) -> Option<(usize, usize)> {
        self.wrapped.lines_of(s)
    }

    pub fn line_mark(&self, line: usize) -> Option<Mark> {
        self.line_marks.get(line).copied().flatten()
    }

    /// The strongest mark of lines `from..to`.
    pub fn range_mark(&self, from: usize, to: usize) -> Option<Mark> {
        let to = to.min(self.line_marks.len());
        self.line_marks
            .get(from.min(to)..to)
            .and_then(|m| m.iter().flatten().max().copied())
    }

    /// The statement at a line: the first one on it, else the nearest below, else above.
    pub fn statement_at_line(&self, line: usize) -> Option<usize> {
        let first_tag = |l: usize| {
            self.wrapped
                .line(l)
                .iter()
                .find(|f| (f.tag as usize) < self.pos.len())
                .map(|f| f.tag as usize)
        };
        let line = line.min(self.lines().saturating_sub(1));
        (line..self.lines())
            .find_map(first_tag)
            .or_else(|| (0..line).rev().find_map(first_tag))
    }

    /// The statement drawn at `column` (0 = first text column) of `line`; on a line with
    /// several, the one under the column or the nearest before it.
    pub fn statement_at(&self, line: usize, column: usize, text: &str) -> Option<usize> {
        let mut x = 0;
        let mut found = None;
        for f in self.wrapped.line(line) {
            if f.space_before {
                x += 1;
            }
            let tagged = (f.tag as usize) < self.pos.len();
            if tagged && (found.is_none() || x <= column) {
                found = Some(f.tag as usize);
            }
            x += super::wrap::width(f.text(text));
            if x > column && found.is_some() {
                break;
            }
        }
        found.or_else(|| self.statement_at_line(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::parse(
            "t.txt",
            "Alpha one is here. Beta two is there.\n\nGamma three ends it.",
        )
        .unwrap()
    }

    fn render(doc: &Document, flow: &Flow) -> Vec<String> {
        (0..flow.lines())
            .map(|l| {
                flow.wrapped
                    .line(l)
                    .iter()
                    .map(|f| {
                        format!(
                            "{}{}",
                            if f.space_before { " " } else { "" },
                            f.text(&doc.text)
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn paragraphs_flow_and_statements_are_tagged() {
        let d = doc();
        assert_eq!(d.statements.len(), 3);
        let marks = vec![Mark::Agree; 3];
        let f = Flow::build(&d, &marks, 40, |_| true);
        assert_eq!(
            render(&d, &f),
            [
                "Alpha one is here. Beta two is there.",
                "",
                "Gamma three ends it."
            ]
        );
        assert_eq!(f.lines_of(1), Some((0, 0)));
        assert_eq!(f.lines_of(2), Some((2, 2)));
        assert_eq!(f.order, [0, 1, 2]);
        assert_eq!(f.statement_at_line(1), Some(2));
        assert_eq!(f.statement_at(0, 0, &d.text), Some(0));
        assert_eq!(f.statement_at(0, 25, &d.text), Some(1));
    }

    #[test]
    fn hidden_statements_become_an_ellipsis() {
        let d = doc();
        let marks = vec![Mark::Agree; 3];
        let f = Flow::build(&d, &marks, 40, |s| s != 0);
        assert_eq!(
            render(&d, &f),
            ["… Beta two is there.", "", "Gamma three ends it."]
        );
        assert_eq!(f.position(0), None);
        assert_eq!(f.position(2), Some(1));
        let none = Flow::build(&d, &marks, 40, |_| false);
        assert_eq!(none.lines(), 0);
        assert_eq!(none.statement_at_line(0), None);
    }
}
