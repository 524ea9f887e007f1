//! A report: its text, decoded and cleaned, split into paragraphs and statements, each with
//! tokens, quantities, quoted spans and name phrases.

pub mod clean;
pub mod decode;
pub mod furniture;
pub mod game;
pub mod numbers;
pub mod phrases;
pub mod segment;
pub mod tokens;

use std::path::Path;

use thiserror::Error;

pub use decode::DecodeError;
pub use numbers::{Quantity, QuantityKind};
pub use phrases::{Name, Span};
pub use tokens::Token;

/// The largest report Parallax reads: far above the 20,000-statement benchmarks (about 3 MB).
/// A report this large is mostly refused by the interactive budget (`MAX_STATEMENTS`,
/// `MAX_WORDS`) before it costs much memory.
pub const MAX_REPORT_BYTES: u64 = 16 * 1024 * 1024;

/// The most statements one report may have for an interactive comparison (hardening, issue
/// 15): beyond this or `MAX_WORDS`, `Document::parse` refuses it (`Problem::TooManyStatements`)
/// before tokenising it, instead of running out of memory (two 16 MiB files of "I." lines took
/// 9.7 GB). The benchmark pair of 20,000 statements per side (about 410,000 words each) passes;
/// figures in docs/reliability.md.
pub const MAX_STATEMENTS: usize = 25_000;

/// The most words (white-space separated, in the cleaned text) of one report; see
/// `MAX_STATEMENTS`.
pub const MAX_WORDS: usize = 450_000;

/// `n` with a comma between groups of three digits: "25,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Which report of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// "L" or "R": the prefix of statement ids.
    pub fn prefix(self) -> &'static str {
        match self {
            Side::Left => "L",
            Side::Right => "R",
        }
    }
    /// "left" or "right": the side in words.
    pub fn name(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
    /// The statement id shown to users and written in reports: "L1" for index 0.
    pub fn id(self, index: usize) -> String {
        format!("{}{}", self.prefix(), index + 1)
    }
}

/// The unit that is aligned: a sentence, or one clause of a sentence that makes two claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub index: usize,
    pub paragraph: usize,
    /// Byte span of the statement in the document text.
    pub span: Span,
    /// Byte span of the whole sentence it belongs to (equal to `span` unless it is a clause).
    pub sentence: Span,
    pub tokens: Vec<Token>,
    pub quantities: Vec<Quantity>,
    /// Quoted spans (without the quotation marks) inside this statement.
    pub quotes: Vec<Span>,
    pub names: Vec<Name>,
}

/// A report, ready to align.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The path or URL it was read from, or "-" for standard input.
    pub source: String,
    pub title: String,
    /// The byline and date, when the report is a page or a Markdown file that gives them.
    pub header: Header,
    /// What the report was read from: its format and encoding.
    pub origin: Origin,
    /// The text Parallax shows, cleaned: the decoded report (for HTML and Markdown, the
    /// article extracted from it) with every control character and escape sequence replaced by
    /// spaces, and CR line ends made LF. Cleaning keeps the byte length, so spans point into
    /// the uncleaned text too.
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub statements: Vec<Statement>,
    /// Page furniture lines of a text report (URL, byline, dateline, time stamps): not
    /// statements; the byline and date among them are the report's `header`.
    pub furniture: Vec<Span>,
}

/// The formats Parallax reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text.
    #[default]
    Text,
    /// A web page: the article is taken out of it.
    Html,
    /// Markdown (CommonMark, with optional YAML or TOML front matter).
    Markdown,
}

/// How a report was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub format: InputFormat,
    /// The encoding it was decoded from ("UTF-8", "UTF-16LE", "windows-1252" …).
    pub encoding: &'static str,
}

impl Default for Origin {
    fn default() -> Origin {
        Origin {
            format: InputFormat::Text,
            encoding: "UTF-8",
        }
    }
}

impl Origin {
    /// Whether statement spans are byte offsets into the file itself (after a UTF-8 BOM):
    /// plain UTF-8 text. Otherwise they point into the text Parallax decoded or extracted.
    pub fn spans_in_file(&self) -> bool {
        self.format == InputFormat::Text && self.encoding == "UTF-8"
    }
}

/// Who wrote a report and when, as the page or the front matter says (one line each, clean).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub byline: Option<String>,
    pub date: Option<String>,
}

impl Header {
    /// "Maria Papadaki · 12 March 2024", or `None` when neither is known.
    pub fn line(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.byline, &self.date]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// What is wrong with an input report.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("no such file")]
    NotFound,
    #[error("is a directory, not a file")]
    IsDirectory,
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("{0}")]
    Decode(#[from] DecodeError),
    #[error("empty report (no text)")]
    Empty,
    #[error("no sentence found (the report has no words)")]
    NoSentence,
    /// A format Parallax cannot read: what it is, and what to do.
    #[error("{what}; {advice}")]
    Unsupported {
        what: &'static str,
        advice: &'static str,
    },
    /// Over `MAX_STATEMENTS` or `MAX_WORDS` (`statements` is "more than N" when segmentation
    /// stopped early).
    #[error(
        "too large for an interactive comparison ({found}; the limit is {limit} per report): \
         split it into parts (e.g. `split -l 2000 FILE part-`) and compare the parts one by one"
    )]
    TooManyStatements { found: String, limit: String },
    #[error(
        "no article found in this page (only navigation, banners or too little text); \
         save the article's text in a file and compare that"
    )]
    NoArticle,
}

/// A report that could not be loaded: which one, and why.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{source_name}: {problem}")]
pub struct LoadError {
    pub source_name: String,
    pub problem: Problem,
}

impl LoadError {
    /// The error for the report read from `source` ("-" is shown as `<stdin>`).
    pub fn new(source: &str, problem: Problem) -> LoadError {
        LoadError {
            source_name: if source == "-" {
                "<stdin>".into()
            } else {
                source.into()
            },
            problem,
        }
    }
}

impl Document {
    /// Reads a report from a file, or from standard input when `path` is "-", in any format
    /// Parallax reads (see [`crate::input`]).
    pub fn load(path: &str) -> Result<Document, LoadError> {
        crate::input::load(path, &crate::input::ReadOptions::default())
    }

    /// A plain-text report from raw bytes, decoded as UTF-8 or UTF-16 with BOM (no format or
    /// encoding detection: [`crate::input::read`] does that).
    pub fn from_bytes(source: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        let fail = |problem| LoadError::new(source, problem);
        if bytes.len() as u64 > MAX_REPORT_BYTES {
            return Err(fail(Problem::TooLarge {
                size: bytes.len() as u64,
                limit: MAX_REPORT_BYTES,
            }));
        }
        let text = decode::decode(bytes).map_err(|e| fail(Problem::Decode(e)))?;
        Document::parse(source, &text).map_err(fail)
    }

    /// A report from decoded text.
    pub fn parse(source: &str, decoded: &str) -> Result<Document, Problem> {
        Document::parse_within(source, decoded, MAX_STATEMENTS, MAX_WORDS)
    }

    /// `parse` with no size budget: for benchmarks that measure the pipeline beyond what an
    /// interactive comparison accepts.
    pub fn parse_unbounded(source: &str, decoded: &str) -> Result<Document, Problem> {
        Document::parse_within(source, decoded, usize::MAX, usize::MAX)
    }

    fn parse_within(
        source: &str,
        decoded: &str,
        max_statements: usize,
        max_words: usize,
    ) -> Result<Document, Problem> {
        if decoded.trim().is_empty() {
            return Err(Problem::Empty);
        }
        let text = clean::clean(decoded);
        // Counted before segmenting: cheap, and it refuses the largest texts at once.
        let words = text.split_whitespace().count();
        if words > max_words {
            return Err(Problem::TooManyStatements {
                found: format!("{} words", thousands(words)),
                limit: format!("{} words", thousands(max_words)),
            });
        }
        let segment::Segments {
            paragraphs,
            pieces,
            furniture,
            quotes,
        } = segment::segment_within(&text, max_statements);
        if pieces.is_empty() {
            return Err(Problem::NoSentence);
        }
        if pieces.len() > max_statements {
            return Err(Problem::TooManyStatements {
                found: format!("more than {} statements", thousands(max_statements)),
                limit: format!("{} statements", thousands(max_statements)),
            });
        }
        let statements: Vec<Statement> = pieces
            .iter()
            .enumerate()
            .map(|(index, piece)| build_statement(&text, index, piece, &quotes))
            .collect();
        let title = title(&text, &statements, source);
        Ok(Document {
            source: source.to_string(),
            title,
            header: furniture::header(&text, &furniture),
            origin: Origin::default(),
            text,
            paragraphs,
            statements,
            furniture,
        })
    }

    /// The text of statement `index`.
    pub fn statement_text(&self, index: usize) -> &str {
        self.span_text(self.statements[index].span)
    }

    pub fn span_text(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }
}

fn build_statement(text: &str, index: usize, piece: &segment::Piece, quotes: &[Span]) -> Statement {
    let span = piece.span;
    let tokens = tokens::tokenize(text, span.start, span.end);
    // The text's quotes are in order and do not overlap: skip to the first that may reach into
    // this statement.
    let first = quotes.partition_point(|q| q.end <= span.start);
    let quotes = quotes[first..]
        .iter()
        .take_while(|q| q.start < span.end)
        .filter_map(|q| q.clip(span))
        .filter(|q| text[q.start..q.end].chars().any(char::is_alphanumeric))
        .collect();
    Statement {
        index,
        paragraph: piece.paragraph,
        span,
        sentence: piece.sentence,
        // A currency sign may sit just before the statement ("$" ending the line above).
        quantities: numbers::quantities(text, &tokens)
            .into_iter()
            .map(|mut q| {
                q.start = q.start.max(span.start);
                q
            })
            .collect(),
        names: phrases::names(text, &tokens, piece.sentence.start),
        quotes,
        tokens,
    }
}

/// The report's title: its first line when that is a headline (no full stop, not too long),
/// else the file name.
fn title(text: &str, statements: &[Statement], source: &str) -> String {
    let first = &text[statements[0].span.start..statements[0].span.end];
    let headline = !first.contains('\n')
        && !first.trim_end().ends_with(['.', '!', '?', '"', '”', ':'])
        && first.split_whitespace().count() <= 25
        && statements.len() > 1;
    if headline {
        return first.trim().to_string();
    }
    if source == "-" {
        return "<stdin>".into();
    }
    // A file name is shown as it is, its control characters visibly (`\e`, `\u{7}`), never
    // emitted: it is printed in every report format and in the reader's pane titles.
    Path::new(source)
        .file_name()
        .map(|n| crate::sanitize::visible(&n.to_string_lossy()).into_owned())
        .unwrap_or_else(|| crate::sanitize::visible(source).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_wordless_reports_are_errors() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(25_000), "25,000");
        assert_eq!(thousands(1_944_733), "1,944,733");
        assert_eq!(Document::parse("x", "").unwrap_err(), Problem::Empty);
        assert_eq!(Document::parse("x", " \n\t\n").unwrap_err(), Problem::Empty);
        assert_eq!(
            Document::parse("x", "... --- !!!").unwrap_err(),
            Problem::NoSentence
        );
    }

    #[test]
    fn statements_know_their_paragraph_and_features() {
        let doc = Document::parse(
            "a.txt",
            "Three drones hit the \"Green Zone\" on Sunday.\nKazemi survived.",
        )
        .unwrap();
        assert_eq!(doc.statements.len(), 2);
        assert_eq!(doc.statements[1].paragraph, 1);
        let s = &doc.statements[0];
        assert_eq!(s.quantities[0].value, 3.0);
        assert_eq!(doc.span_text(s.quotes[0]), "Green Zone");
        assert_eq!(doc.title, "a.txt");
    }

    #[test]
    fn a_mark_left_open_in_a_line_paragraph_quotes_nothing_below_it() {
        // A block whose lines are its paragraphs (one per line after the page's furniture, as
        // many sites and corpora write them): a headline's mark closed by an apostrophe does not open a quotation
        // over the lines after it; a quotation over two lines that opens each still runs on.
        let doc = Document::parse(
            "a.txt",
            "URL: http://example.com/story\n\n\
             Charged: what the media won't tell you about the \"very spiritual' employee\n\
             The woman who shot three co-workers was charged with murder.\n\
             The suspect thought her co-workers were talking behind her back, police said.\n\
             \"She was angry for years,\" a neighbour said.\n\
             \"We saw it coming.\n\
             \"Nobody listened.\"\n",
        )
        .unwrap();
        let quoted: Vec<&str> = doc
            .statements
            .iter()
            .flat_map(|s| s.quotes.iter().map(|q| doc.span_text(*q)))
            .collect();
        assert_eq!(
            quoted,
            [
                "very spiritual' employee",
                "She was angry for years,",
                "We saw it coming.",
                "Nobody listened."
            ]
        );
    }

    #[test]
    fn escape_sequences_never_survive() {
        let doc = Document::parse("x", "Evil \x1b]0;pwned\x07text here.\x1b[2J Next one.").unwrap();
        assert!(!doc.text.chars().any(|c| c.is_control() && c != '\n'));
        assert_eq!(doc.statements.len(), 2);
    }

    #[test]
    fn headline_becomes_title() {
        let doc = Document::parse("x", "Drones Hit Baghdad\nThree drones hit the city.").unwrap();
        assert_eq!(doc.title, "Drones Hit Baghdad");
    }

    #[test]
    fn errors_name_the_file() {
        let e = Document::from_bytes("bad.txt", b"ok \xff").unwrap_err();
        assert_eq!(e.to_string(), "bad.txt: invalid UTF-8 at byte offset 3");
        let e = Document::load("/definitely/not/here.txt").unwrap_err();
        assert_eq!(e.to_string(), "/definitely/not/here.txt: no such file");
        let e = Document::load("/").unwrap_err();
        assert_eq!(e.problem, Problem::IsDirectory);
    }
}
