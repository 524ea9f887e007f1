//! Real inputs: a report file, standard input or a fetched page, in whatever format it comes.
//!
//! The bytes are checked for formats Parallax cannot read (PDF, Office documents, images,
//! archives: refused with what to do instead), decoded (UTF-8, UTF-16, or a legacy encoding
//! named, declared or detected), recognised as plain text, HTML or Markdown, and for HTML and
//! Markdown the article is taken out. The report's text is then that article: statement spans
//! point into it, and the reader shows it.

mod blocks;
mod detect;
pub(crate) mod html;
pub(crate) mod markdown;

use std::io::Read;
use std::path::Path;

use encoding_rs::Encoding;

use crate::document::clean::clean;
use crate::document::decode::{self, EncodingHints};
use crate::document::{
    Document, Header, InputFormat, LoadError, MAX_REPORT_BYTES, Origin, Problem,
};
use crate::report::one_line;

pub use blocks::Article;
pub use detect::Unsupported;

/// What the user said about every report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read the reports in this format instead of detecting it (`--input-format`).
    pub format: Option<InputFormat>,
    /// Decode reports without a byte-order mark in this encoding (`--encoding`).
    pub encoding: Option<&'static Encoding>,
}

/// What a source says about itself: a server's `Content-Type` (`text/html; charset=…`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Declared {
    pub format: Option<InputFormat>,
    pub charset: Option<&'static Encoding>,
}

/// Reads a report from a file, or from standard input when `path` is "-".
pub fn load(path: &str, options: &ReadOptions) -> Result<Document, LoadError> {
    let fail = |problem| LoadError::new(path, problem);
    let bytes = if path == "-" {
        read_limited(std::io::stdin().lock()).map_err(fail)?
    } else {
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| fail(io_problem(&e)))?;
        if meta.is_dir() {
            return Err(fail(Problem::IsDirectory));
        }
        if meta.len() > MAX_REPORT_BYTES {
            return Err(fail(Problem::TooLarge {
                size: meta.len(),
                limit: MAX_REPORT_BYTES,
            }));
        }
        let file = std::fs::File::open(p).map_err(|e| fail(io_problem(&e)))?;
        read_limited(file).map_err(fail)?
    };
    read(path, &bytes, options, Declared::default())
}

/// A report from the bytes of a file or a page read from `source` (a path, "-" or a URL; its
/// extension is a hint to the format).
pub fn read(
    source: &str,
    bytes: &[u8],
    options: &ReadOptions,
    declared: Declared,
) -> Result<Document, LoadError> {
    let fail = |problem| LoadError::new(source, problem);
    if bytes.len() as u64 > MAX_REPORT_BYTES {
        return Err(fail(Problem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_REPORT_BYTES,
        }));
    }
    if options.format.is_none()
        && let Some(Unsupported { what, advice }) = detect::unsupported(bytes)
    {
        return Err(fail(Problem::Unsupported { what, advice }));
    }
    let hints = EncodingHints {
        named: options.encoding,
        declared: declared.charset.or_else(|| meta_charset(bytes)),
    };
    let decoded = decode::decode_with(bytes, hints).map_err(|e| fail(Problem::Decode(e)))?;
    let format = options
        .format
        .unwrap_or_else(|| detect::format(&decoded.text, declared.format, source));
    let origin = Origin {
        format,
        encoding: decoded.encoding.name(),
    };
    let article = match format {
        InputFormat::Text => None,
        InputFormat::Html => {
            Some(html::extract(&decoded.text).map_err(|_| fail(Problem::NoArticle))?)
        }
        InputFormat::Markdown => Some(markdown::extract(&decoded.text)),
    };
    let Some(article) = article else {
        let mut doc = Document::parse(source, &decoded.text).map_err(fail)?;
        doc.origin = origin;
        return Ok(doc);
    };
    let mut doc = Document::parse(source, &article.text).map_err(fail)?;
    let tidy = |s: Option<String>| s.map(|s| one_line(&clean(&s))).filter(|s| !s.is_empty());
    if let Some(title) = tidy(article.title) {
        doc.title = title;
    }
    doc.header = Header {
        byline: tidy(article.byline),
        date: tidy(article.date),
    };
    doc.origin = origin;
    Ok(doc)
}

/// The charset an HTML page declares in its first kilobytes (`<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`), as browsers prescan it.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let value = tag[c + b"charset".len()..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace() || **b == b'=')
                .skip_while(|b| matches!(b, b'"' | b'\''))
                .take_while(|b| {
                    !matches!(b, b'"' | b'\'' | b';' | b'/') && !b.is_ascii_whitespace()
                })
                .copied()
                .collect::<Vec<u8>>();
            if let Some(encoding) = Encoding::for_label(&value) {
                return Some(encoding);
            }
        }
        from = tag_end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn io_problem(e: &std::io::Error) -> Problem {
    match e.kind() {
        std::io::ErrorKind::NotFound => Problem::NotFound,
        std::io::ErrorKind::IsADirectory => Problem::IsDirectory,
        _ => Problem::Unreadable(e.to_string()),
    }
}

/// Reads at most the size limit; one byte more means the input is too large.
fn read_limited(reader: impl Read) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_problem(&e))?;
    if bytes.len() as u64 > MAX_REPORT_BYTES {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_REPORT_BYTES,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{WINDOWS_1251, WINDOWS_1252};

    #[test]
    fn meta_charsets() {
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"windows-1251\">"),
            Some(WINDOWS_1251)
        );
        assert_eq!(
            meta_charset(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
            ),
            Some(WINDOWS_1252)
        );
        assert_eq!(
            meta_charset(b"<meta name=x><meta charset=utf-8/>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(meta_charset(b"<meta charset=\"klingon\">"), None);
        assert_eq!(meta_charset(b"no meta here"), None);
    }

    fn read_as(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        read(name, bytes, &ReadOptions::default(), Declared::default())
    }

    #[test]
    fn formats_and_encodings_are_recorded() {
        let doc = read_as("a.txt", b"Caf\xe9 owners met on Sunday. They agreed.").unwrap();
        assert_eq!(doc.origin.format, InputFormat::Text);
        assert_eq!(doc.origin.encoding, "windows-1252");
        assert!(!doc.origin.spans_in_file());
        assert_eq!(doc.statement_text(0), "Café owners met on Sunday.");
        let doc = read_as("a.md", b"# Rain\n\nIt *rained* all day.").unwrap();
        assert_eq!(doc.origin.format, InputFormat::Markdown);
        assert_eq!(doc.title, "Rain");
        assert_eq!(doc.text, "Rain\n\nIt rained all day.");
    }

    #[test]
    fn the_override_wins() {
        let options = ReadOptions {
            format: Some(InputFormat::Text),
            encoding: None,
        };
        let doc = read(
            "a.md",
            b"# Rain\n\nIt *rained*.",
            &options,
            Declared::default(),
        )
        .unwrap();
        assert_eq!(doc.text, "# Rain\n\nIt *rained*.");
    }

    #[test]
    fn refusals() {
        let e = read_as("r.pdf", b"%PDF-1.4\n1 0 obj").unwrap_err();
        assert_eq!(
            e.to_string(),
            "r.pdf: a PDF document; convert it to text first, e.g. with pdftotext (poppler-utils)"
        );
        let e = read_as(
            "-",
            b"<html><body><nav><a href=/>Home</a></nav></body></html>",
        )
        .unwrap_err();
        assert_eq!(e.problem, Problem::NoArticle);
        assert!(e.to_string().starts_with("<stdin>: no article found"));
    }

    #[test]
    fn titles_and_headers_from_pages_are_clean() {
        let html = "<html><head><title>Fire\x1b[2J at the port</title>\
            <meta name=author content=\"Ana\x07 Ruiz\"></head><body><article><p>A fire broke \
            out at the port on Monday night and burned for six hours before firefighters \
            could put it out, the harbour master said.</p></article></body></html>";
        let doc = read_as("p.html", html.as_bytes()).unwrap();
        assert_eq!(doc.title, "Fire at the port");
        assert_eq!(doc.header.byline.as_deref(), Some("Ana Ruiz"));
    }
}
