//! The JSON report, version 1 (README, "The JSON report"): field names and meanings are stable;
//! fields are only added. The JSON Schema of the report (`schema/report.schema.json`) is generated
//! from these types, and so is the schema of `parallax batch`'s error records
//! (`schema/batch-error.schema.json`); `tests/json_schema.rs` keeps the files up to date.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

use super::{Header, Meta, link_id, span_text};
use crate::align::Evidence;
use crate::compare::{Comparison, FindingKind, Relation};
use crate::document::{Document, InputFormat, Side};

/// The version of the JSON report this module writes.
pub const VERSION: u32 = 1;

/// A comparison of two news reports of one event by Parallax: which statements of the two
/// reports say the same thing (links), how (relation, findings), and what only one of them says.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "Parallax report, version 1")]
struct Report<'a> {
    /// The version of this format: 1. Later versions of version 1 only add fields.
    #[schemars(range(min = 1, max = 1))]
    parallax_report: u32,
    tool: Tool,
    settings: Settings,
    summary: Summary,
    /// The left report, then the right one.
    reports: [Doc<'a>; 2],
    /// Links in the order of their first left statement. A statement may take part in several
    /// links.
    links: Vec<Link>,
    /// Ids of the left report's statements that are in no link.
    #[schemars(inner(pattern(r"^L[1-9][0-9]*$")))]
    only_left: Vec<String>,
    /// Ids of the right report's statements that are in no link.
    #[schemars(inner(pattern(r"^R[1-9][0-9]*$")))]
    only_right: Vec<String>,
    /// For each statement in no link (left ones first, in order), the statements of the other
    /// report that the link model finds closest without linking them: where to look for a
    /// counterpart told in other words. Statements with none at 0.1 or more are left out.
    closest: Vec<ClosestJson>,
}

/// The statements of the other report closest to one statement in no link.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Closest")]
struct ClosestJson {
    /// The statement in no link.
    #[schemars(pattern(r"^[LR][1-9][0-9]*$"))]
    id: String,
    /// At most three, likeliest first.
    candidates: Vec<Candidate>,
}

/// A statement of the other report, not linked.
#[derive(Serialize, JsonSchema)]
struct Candidate {
    #[schemars(pattern(r"^[LR][1-9][0-9]*$"))]
    id: String,
    /// How likely the link model finds a link, in [0.1, 1] (three decimals): under the
    /// alignment's threshold, or the pair was left out by the choice of links.
    #[schemars(range(min = 0.0, max = 1.0))]
    probability: f64,
}

/// The program that made the report.
#[derive(Serialize, JsonSchema)]
struct Tool {
    /// "parallax".
    name: &'static str,
    /// Its version, as `parallax --version` prints it.
    version: &'static str,
}

/// The settings the comparison was made with.
#[derive(Serialize, JsonSchema)]
struct Settings {
    /// Links scoring below this were dropped (`--min-score`).
    #[schemars(range(min = 0.0, max = 1.0))]
    min_score: f64,
}

/// Counts, as the reader's header shows them.
#[derive(Serialize, JsonSchema)]
struct Summary {
    /// Number of links.
    links: usize,
    /// Links whose relation is `conflict`.
    conflict: usize,
    /// Links whose relation is `agree`.
    agree: usize,
    /// Links whose relation is `related`.
    related: usize,
    /// Statements of the left report in no link.
    only_left: usize,
    /// Statements of the right report in no link.
    only_right: usize,
    /// Findings of each kind, over all links (every kind is listed, with 0 when none).
    findings: BTreeMap<&'static str, usize>,
}

/// One input report.
#[derive(Serialize, JsonSchema)]
struct Doc<'a> {
    #[schemars(schema_with = "side_schema")]
    side: Side,
    /// The path or URL the report was read from, or "-" for standard input.
    source: &'a str,
    /// The report's title: its headline (a short first line) or else its file name.
    title: &'a str,
    /// How the report was read: `text`, `html` or `markdown`.
    #[schemars(schema_with = "input_format_schema")]
    format: InputFormat,
    /// The encoding it was decoded from ("UTF-8", "UTF-16LE", "windows-1252" …).
    encoding: &'a str,
    /// Who wrote it, when the page, the front matter or a "By …" line says (else null).
    byline: Option<&'a str>,
    /// When it was published, as the page, the front matter or a dateline says (else null).
    date: Option<&'a str>,
    /// The article's address: the URL it was fetched from, or a "URL: …" line of the report
    /// (else null).
    url: Option<String>,
    /// The site that published it: the host of `url`, without "www." (else null).
    outlet: Option<String>,
    /// What statement (and finding) spans are byte offsets into: `file` (the file itself,
    /// after a UTF-8 byte-order mark) or `text` (the text below: the decoded report, or the
    /// article extracted from a page or a Markdown file — what the reader shows).
    #[schemars(schema_with = "spans_in_schema")]
    spans_in: &'static str,
    /// The text the spans point into, when it is not the file itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    statements: Vec<Statement<'a>>,
}

/// The unit that is aligned: a sentence, or a clause of a sentence that makes two claims.
#[derive(Serialize, JsonSchema)]
struct Statement<'a> {
    /// "L1", "L2", … in the left report; "R1", … in the right one.
    #[schemars(pattern(r"^[LR][1-9][0-9]*$"))]
    id: String,
    /// Index of its paragraph, from 0.
    paragraph: usize,
    /// Byte offset of its start in the report's decoded text.
    start: usize,
    /// Byte offset of its end (exclusive).
    end: usize,
    /// Its text, `text[start..end]` of the decoded report.
    text: &'a str,
}

/// Statements of the two reports that tell the same claim or event-fact.
#[derive(Serialize, JsonSchema)]
struct Link {
    /// "link-1", "link-2", … in the order of `links`: stable within a report, and the anchor of
    /// the link in the HTML page of the same comparison (`#link-1`).
    #[schemars(pattern(r"^link-[1-9][0-9]*$"))]
    id: String,
    /// Ids of its left statements, ascending.
    #[schemars(inner(pattern(r"^L[1-9][0-9]*$")))]
    left: Vec<String>,
    /// Ids of its right statements, ascending.
    #[schemars(inner(pattern(r"^R[1-9][0-9]*$")))]
    right: Vec<String>,
    /// How surely the statements tell one event, in [0, 1] (three decimals).
    #[schemars(range(min = 0.0, max = 1.0))]
    score: f64,
    #[schemars(schema_with = "relation_schema")]
    relation: Relation,
    evidence: EvidenceJson,
    /// Typed, explained differences; a `conflict` has at least one.
    findings: Vec<Finding>,
}

/// Why the statements were linked.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Evidence")]
struct EvidenceJson {
    /// `similar`: similar as wholes; `quote`: one remark, quoted in other words; `anchors`:
    /// words that no other statement of either report uses; `headlines`: the headlines of two
    /// reports that evidently tell one event.
    #[schemars(schema_with = "evidence_kind_schema")]
    kind: &'static str,
    /// For `anchors`: those words, as the left report writes them (empty for the others).
    words: Vec<String>,
    /// The reason in one line for people ("linked by …"), as every other format prints it;
    /// null when the statements are simply similar.
    note: Option<String>,
}

const EVIDENCE_KINDS: [&str; 4] = ["similar", "quote", "anchors", "headlines"];

/// One typed, explained difference inside a link.
#[derive(Serialize, JsonSchema)]
struct Finding {
    #[schemars(schema_with = "finding_kind_schema")]
    kind: FindingKind,
    /// The left report's words ("" when the left side has none).
    left: String,
    /// The right report's words ("" when the right side has none).
    right: String,
    /// One line a fact-checker can read as is.
    note: String,
    /// Byte span `[start, end]` of `left` in the left report's text (null when it has none).
    left_span: Option<[usize; 2]>,
    /// Byte span `[start, end]` of `right` in the right report's text (null when it has none).
    right_span: Option<[usize; 2]>,
}

/// A line of `parallax batch` output for a pair that could not be compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, thiserror::Error)]
#[error("{error}")]
#[schemars(title = "Parallax batch error record, version 1")]
pub struct BatchError {
    /// The version of this record: 1.
    #[schemars(range(min = 1, max = 1))]
    pub parallax_error: u32,
    /// The line of the pairs file (from 1) that named the pair.
    pub line: usize,
    /// The left report as the pairs file names it (null when the line could not be read).
    pub left: Option<String>,
    /// The right report as the pairs file names it (null when the line could not be read).
    pub right: Option<String>,
    /// What went wrong, in one line naming the file and the problem.
    pub error: String,
}

impl BatchError {
    /// The record as one line of JSON (no final newline).
    pub fn to_line(&self) -> String {
        crate::sanitize::json(serde_json::to_string(self).expect("the record serialises"))
    }
}

fn names_schema(names: &[&str], description: &str) -> Schema {
    json_schema!({"type": "string", "enum": names, "description": description})
}

fn side_schema(_: &mut SchemaGenerator) -> Schema {
    names_schema(&["left", "right"], "Which report of the pair.")
}

fn relation_schema(_: &mut SchemaGenerator) -> Schema {
    let names = [Relation::Agree, Relation::Related, Relation::Conflict].map(Relation::name);
    names_schema(
        &names,
        "agree: the same claim, details consistent; conflict: the same claim or event, at least \
         one detail disagrees; related: same topic, partial overlap, no clear verdict.",
    )
}

fn finding_kind_schema(_: &mut SchemaGenerator) -> Schema {
    names_schema(
        &FindingKind::ALL.map(FindingKind::name),
        "What differs: a number, who did or said it (actor), quoted words, a negation, the \
         certainty (hedge), the time, the place, something else, or a name spelt two ways \
         (spelling: shown, never a conflict by itself).",
    )
}

fn input_format_schema(_: &mut SchemaGenerator) -> Schema {
    use clap::ValueEnum;
    let names: Vec<String> = InputFormat::value_variants()
        .iter()
        .map(|f| {
            serde_json::to_value(f)
                .expect("a format serialises")
                .to_string()
        })
        .map(|quoted| quoted.trim_matches('"').to_string())
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    names_schema(&names, "The format the report was read as.")
}

fn spans_in_schema(_: &mut SchemaGenerator) -> Schema {
    names_schema(
        &["file", "text"],
        "What statement spans are byte offsets into: the file, or the report's `text`.",
    )
}

fn evidence_kind_schema(_: &mut SchemaGenerator) -> Schema {
    names_schema(&EVIDENCE_KINDS, "What linked the statements.")
}

fn evidence(e: &Evidence) -> EvidenceJson {
    let (kind, words) = match e {
        Evidence::Similar => (EVIDENCE_KINDS[0], Vec::new()),
        Evidence::Quote => (EVIDENCE_KINDS[1], Vec::new()),
        Evidence::Anchors(words) => (EVIDENCE_KINDS[2], words.clone()),
        Evidence::Headlines => (EVIDENCE_KINDS[3], Vec::new()),
    };
    EvidenceJson {
        kind,
        words,
        note: e.describe(),
    }
}

fn doc(side: Side, d: &Document) -> Doc<'_> {
    let Header { url, outlet, .. } = Header::of(d);
    Doc {
        side,
        source: &d.source,
        title: &d.title,
        format: d.origin.format,
        encoding: d.origin.encoding,
        byline: d.header.byline.as_deref(),
        date: d.header.date.as_deref(),
        url,
        outlet,
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

fn summary(c: &Comparison) -> Summary {
    let mut findings: BTreeMap<&'static str, usize> =
        FindingKind::ALL.iter().map(|k| (k.name(), 0)).collect();
    for f in c.links.iter().flat_map(|l| &l.findings) {
        *findings.entry(f.kind.name()).or_default() += 1;
    }
    Summary {
        links: c.links.len(),
        conflict: c.count(Relation::Conflict),
        agree: c.count(Relation::Agree),
        related: c.count(Relation::Related),
        only_left: c.only_left.len(),
        only_right: c.only_right.len(),
        findings,
    }
}

/// Scores are printed with three decimals: more would be noise.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn report<'a>(c: &'a Comparison, meta: &Meta) -> Report<'a> {
    let ids = |side: Side, v: &[usize]| v.iter().map(|&i| side.id(i)).collect::<Vec<_>>();
    Report {
        parallax_report: VERSION,
        tool: Tool {
            name: "parallax",
            version: meta.version,
        },
        settings: Settings {
            min_score: meta.options.min_score,
        },
        summary: summary(c),
        reports: [doc(Side::Left, &c.left), doc(Side::Right, &c.right)],
        links: c
            .links
            .iter()
            .enumerate()
            .map(|(k, l)| Link {
                id: link_id(k),
                left: ids(Side::Left, &l.left),
                right: ids(Side::Right, &l.right),
                score: round3(l.score),
                relation: l.relation,
                evidence: evidence(&l.evidence),
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
        closest: closest(c),
    }
}

/// The closest unlinked statements of every statement in no link (`Comparison::closest`).
fn closest(c: &Comparison) -> Vec<ClosestJson> {
    [Side::Left, Side::Right]
        .into_iter()
        .flat_map(|side| c.only(side).iter().map(move |&s| (side, s)))
        .filter_map(|(side, s)| {
            let near = c.closest(side, s);
            (!near.is_empty()).then(|| ClosestJson {
                id: side.id(s),
                candidates: near
                    .iter()
                    .map(|&(j, p)| Candidate {
                        id: side.other().id(j as usize),
                        probability: round3(f64::from(p)),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The JSON report as a pretty-printed string with a final newline.
pub fn to_json(c: &Comparison, meta: &Meta) -> String {
    let mut out = crate::sanitize::json(
        serde_json::to_string_pretty(&report(c, meta)).expect("the report serialises"),
    );
    out.push('\n');
    out
}

/// The JSON report on one line, without a final newline (a JSON Lines record).
pub fn to_json_line(c: &Comparison, meta: &Meta) -> String {
    crate::sanitize::json(serde_json::to_string(&report(c, meta)).expect("the report serialises"))
}

/// The JSON Schema (draft 2020-12) of the report, pretty-printed with a final newline: what
/// `schema/report.schema.json` holds.
pub fn report_schema() -> String {
    pretty(schemars::schema_for!(Report<'static>))
}

/// The JSON Schema of `parallax batch`'s error records: what `schema/batch-error.schema.json`
/// holds.
pub fn batch_error_schema() -> String {
    pretty(schemars::schema_for!(BatchError))
}

fn pretty(schema: Schema) -> String {
    let mut out = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    out.push('\n');
    out
}
