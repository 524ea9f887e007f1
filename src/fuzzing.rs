//! The bodies of the fuzz targets in `fuzz/` (cargo-fuzz, nightly), kept in the library so that
//! `tests/fuzz_regressions.rs` replays the crash inputs and a small corpus through exactly the
//! same code on stable. Each takes arbitrary bytes, must never panic, and checks what every
//! caller relies on (spans inside the text, on character boundaries; links to statements that
//! exist). See docs/reliability.md.

use std::io::Write;

use crate::align::AlignOptions;
use crate::compare::Comparison;
use crate::document::{Document, InputFormat};
use crate::input::{self, Declared, ReadOptions};
use crate::report::{self, Format, Meta};

const FORMATS: [Format; 4] = [Format::Text, Format::Json, Format::Markdown, Format::Html];

/// What every document must satisfy, whatever it was read from.
fn check_document(doc: &Document) {
    let text = &doc.text;
    let inside = |start: usize, end: usize| {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} out of text"
        );
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    };
    assert!(!doc.statements.is_empty());
    for s in &doc.statements {
        inside(s.span.start, s.span.end);
        inside(s.sentence.start, s.sentence.end);
        assert!(s.paragraph < doc.paragraphs.len());
        for t in &s.tokens {
            inside(t.start, t.end);
        }
    }
    for p in doc.paragraphs.iter().chain(&doc.furniture) {
        inside(p.start, p.end);
    }
}

fn check_comparison(c: &Comparison) {
    for link in &c.links {
        assert!(link.left.iter().all(|&i| i < c.left.statements.len()));
        assert!(link.right.iter().all(|&j| j < c.right.statements.len()));
        assert!(link.score.is_finite());
    }
    assert!(c.only_left.iter().all(|&i| i < c.left.statements.len()));
    assert!(c.only_right.iter().all(|&j| j < c.right.statements.len()));
}

/// Decoding, cleaning and segmentation of `data` as a plain-text report.
pub fn document(data: &[u8]) {
    if let Ok(doc) = Document::from_bytes("fuzz.txt", data) {
        check_document(&doc);
    }
}

/// Format detection and article extraction: `data`'s first byte picks the format (detected,
/// text, HTML, Markdown) and a file name hint; the rest is the report. HTML and Markdown
/// extraction are also run directly on the text.
pub fn input(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 4 {
        0 => None,
        1 => Some(InputFormat::Text),
        2 => Some(InputFormat::Html),
        _ => Some(InputFormat::Markdown),
    };
    let source = ["fuzz", "fuzz.html", "fuzz.md", "fuzz.txt"][usize::from(pick / 4 % 4)];
    let options = ReadOptions {
        format,
        encoding: None,
    };
    if let Ok(doc) = input::read(source, bytes, &options, Declared::default()) {
        check_document(&doc);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = input::html::extract(text);
        let _ = input::markdown::extract(text);
    }
}

/// Two reports from `data`: split at the first 0xFF byte (never in UTF-8), else in halves.
fn two_reports(data: &[u8]) -> Option<Comparison> {
    let (left, right) = match data.iter().position(|&b| b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let left = Document::from_bytes("left.txt", left).ok()?;
    let right = Document::from_bytes("right.txt", right).ok()?;
    check_document(&left);
    check_document(&right);
    let c = crate::analyze(left, right, &AlignOptions::default());
    check_comparison(&c);
    Some(c)
}

/// The whole analysis of two arbitrary reports.
pub fn analyze(data: &[u8]) {
    two_reports(data);
}

/// The analysis of two arbitrary reports, printed in every format.
pub fn report(data: &[u8]) {
    if let Some(c) = two_reports(data) {
        let meta = Meta::new(&AlignOptions::default());
        for format in FORMATS {
            let out = report::render(&c, format, &meta);
            if format == Format::Json {
                serde_json::from_str::<serde_json::Value>(&out).expect("the JSON report parses");
            }
        }
    }
}

/// `data` written to a file in a temporary directory kept for the process.
fn file_of(name: &str, data: &[u8]) -> std::path::PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::TempDir::new().expect("a temporary directory"));
    let path = dir
        .path()
        .join(format!("{name}-{:?}", std::thread::current().id()));
    let mut file = std::fs::File::create(&path).expect("a temporary file");
    file.write_all(data).expect("written");
    path
}

/// Parsing of an arbitrary configuration file (and of the same text as an environment value).
pub fn config(data: &[u8]) {
    let path = file_of("config.toml", data);
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = crate::config::Config::load_from(Some(path), |_| None);
    let _ = crate::config::Config::load_from(None, |_| Some(text.clone()));
    let _ = crate::config::unit_interval(&text);
}

/// Parsing of an arbitrary review file; one that loads is applied to the sample comparison and
/// printed in every format.
pub fn review(data: &[u8]) {
    static SAMPLE: std::sync::OnceLock<Comparison> = std::sync::OnceLock::new();
    let path = file_of("review.json", data);
    let Ok(review) = crate::review::store::load(&path) else {
        return;
    };
    let sample = SAMPLE.get_or_init(|| {
        let (l, r) = crate::sample::documents();
        crate::analyze(l, r, &AlignOptions::default())
    });
    let reviewed = crate::review::Desk::new(sample.clone(), review).into_reviewed();
    let meta = Meta::new(&AlignOptions::default());
    for format in FORMATS {
        let _ = report::render_reviewed(&reviewed, format, &meta);
    }
}
