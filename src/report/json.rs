//! The JSON report, version 1 (DESIGN.md). Field names and meanings are stable.

use serde::Serialize;

use super::span_text;
use crate::compare::{Comparison, FindingKind, Relation};
use crate::document::{Document, InputFormat, Side};

#[derive(Serialize)]
struct Report<'a> {
    parallax_report: u32,
    reports: [Doc<'a>; 2],
    links: Vec<Link>,
    only_left: Vec<String>,
    only_right: Vec<String>,
}

#[derive(Serialize)]
struct Doc<'a> {
    side: Side,
    source: &'a str,
    title: &'a str,
    /// How the report was read: `text`, `html` or `markdown`, and the encoding.
    format: InputFormat,
    encoding: &'a str,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    /// What statement (and finding) spans are byte offsets into: `file` (the file itself,
    /// after a UTF-8 byte-order mark) or `text` (the text below: the decoded report, or the
    /// article extracted from a page or a Markdown file — what the reader shows).
    spans_in: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    statements: Vec<Statement<'a>>,
}

#[derive(Serialize)]
struct Statement<'a> {
    id: String,
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Link {
    left: Vec<String>,
    right: Vec<String>,
    score: f64,
    relation: Relation,
    findings: Vec<Finding>,
}

#[derive(Serialize)]
struct Finding {
    kind: FindingKind,
    left: String,
    right: String,
    note: String,
    /// Byte spans `[start, end]` into each report's text (null when a side has none).
    left_span: Option<[usize; 2]>,
    right_span: Option<[usize; 2]>,
}

fn doc(side: Side, d: &Document) -> Doc<'_> {
    Doc {
        side,
        source: &d.source,
        title: &d.title,
        format: d.origin.format,
        encoding: d.origin.encoding,
        byline: d.header.byline.as_deref(),
        date: d.header.date.as_deref(),
        spans_in: if d.origin.spans_in_file() {
            "file"
        } else {
            "text"
        },
        text: (!d.origin.spans_in_file()).then_some(d.text.as_str()),
        statements: d
            .statements
            .iter()
            .map(|s| Statement {
                id: side.id(s.index),
                paragraph: s.paragraph,
                start: s.span.start,
                end: s.span.end,
                text: d.span_text(s.span),
            })
            .collect(),
    }
}

/// Scores are printed with three decimals: more would be noise.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The JSON report as a pretty-printed string with a final newline.
pub fn to_json(c: &Comparison) -> String {
    let ids = |side: Side, v: &[usize]| v.iter().map(|&i| side.id(i)).collect::<Vec<_>>();
    let report = Report {
        parallax_report: 1,
        reports: [doc(Side::Left, &c.left), doc(Side::Right, &c.right)],
        links: c
            .links
            .iter()
            .map(|l| Link {
                left: ids(Side::Left, &l.left),
                right: ids(Side::Right, &l.right),
                score: round3(l.score),
                relation: l.relation,
                findings: l
                    .findings
                    .iter()
                    .map(|f| Finding {
                        kind: f.kind,
                        left: span_text(&c.left, f.left),
                        right: span_text(&c.right, f.right),
                        note: f.note.clone(),
                        left_span: f.left.map(|s| [s.start, s.end]),
                        right_span: f.right.map(|s| [s.start, s.end]),
                    })
                    .collect(),
            })
            .collect(),
        only_left: ids(Side::Left, &c.only_left),
        only_right: ids(Side::Right, &c.only_right),
    };
    let mut out = serde_json::to_string_pretty(&report).expect("the report serialises");
    out.push('\n');
    out
}
