//! Prints a comparison: JSON (version 1, stable, with a JSON Schema), plain text, Markdown, HTML.
//! Only reads the comparison; never recomputes it.

mod html;
pub mod json;
mod markdown;
mod review;
mod text;

pub use html::to_html;
pub use json::{to_json, to_json_line};
pub use markdown::to_markdown;
pub use review::{render_reviewed, with_review};
pub use text::{Paint, to_text, to_text_painted};

use std::time::SystemTime;

use crate::align::AlignOptions;
use crate::compare::Comparison;
use crate::document::{Document, Side, Span};

/// Output formats of `parallax report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
    Markdown,
    /// One self-contained page to share.
    Html,
}

/// How a comparison was made: what the reports print as provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The version of Parallax that made the comparison.
    pub version: &'static str,
    /// The settings the comparison was made with.
    pub options: AlignOptions,
    /// When the report was made (the HTML page prints it; JSON leaves it out so that the same
    /// inputs give the same bytes).
    pub generated: SystemTime,
}

impl Meta {
    /// This version of Parallax, the given settings, now — or `SOURCE_DATE_EPOCH` when set, for
    /// reproducible pages.
    pub fn new(options: &AlignOptions) -> Meta {
        let epoch = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map(|secs| SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs));
        Meta {
            version: env!("CARGO_PKG_VERSION"),
            options: options.clone(),
            generated: epoch.unwrap_or_else(SystemTime::now),
        }
    }

    /// The date and time the report was made, "2021-11-07T10:00:00Z".
    pub fn generated_utc(&self) -> String {
        humantime::format_rfc3339_seconds(self.generated).to_string()
    }
}

/// Renders a comparison in `format`.
pub fn render(comparison: &Comparison, format: Format, meta: &Meta) -> String {
    match format {
        Format::Json => to_json(comparison, meta),
        Format::Text => to_text(comparison),
        Format::Markdown => to_markdown(comparison),
        Format::Html => to_html(comparison, meta),
    }
}

/// What is known of a report beyond its statements: its title (the headline, or else the file
/// name), its byline and date when the page, the front matter or the page furniture of a text
/// (`Document::header`) gives them, and its address — the URL it was fetched from, or a
/// "URL: …" furniture line — with the site of that address.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    pub title: String,
    /// "Jane Doe and John Smith".
    pub byline: Option<String>,
    /// As written: "Tuesday, July 2, 2013".
    pub date: Option<String>,
    /// The article's address.
    pub url: Option<String>,
    /// The site of that address: its host without "www.".
    pub outlet: Option<String>,
}

impl Header {
    pub fn of(doc: &Document) -> Header {
        let address = |line: &str| {
            let line = line.trim();
            let rest = line
                .get(..4)
                .filter(|p| p.eq_ignore_ascii_case("url:"))
                .map_or(line, |_| line[4..].trim());
            (crate::fetch::is_url(rest) && !rest.contains(char::is_whitespace))
                .then(|| rest.to_string())
        };
        let url = address(&doc.source).or_else(|| {
            doc.furniture
                .iter()
                .find_map(|span| address(doc.span_text(*span)))
        });
        Header {
            title: one_line(&doc.title),
            byline: doc.header.byline.as_deref().map(one_line),
            date: doc.header.date.as_deref().map(one_line),
            outlet: url.as_deref().and_then(host),
            url,
        }
    }
}

/// "example.com" for "https://www.example.com:8080/a/b".
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The id of link `index` (in the order of `Comparison::links`): "link-1" for the first. The
/// JSON report's link ids and the HTML page's anchors (`#link-1`) are the same.
pub fn link_id(index: usize) -> String {
    format!("link-{}", index + 1)
}

/// What the Markdown and HTML reports say, above the statements only `side` has, of the closest
/// statements listed under them (`Comparison::closest`).
fn closest_legend(side: Side) -> String {
    format!(
        "Under a statement: the statements of the {} report that the link model finds closest \
         without linking them, with their link probability: where to look for a counterpart told \
         in other words.",
        side.other().name()
    )
}

/// Statement text on one line: runs of white space (line breaks of hard-wrapped text) folded.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The ids of statements, "L3+L4".
pub fn ids(side: Side, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| side.id(i))
        .collect::<Vec<_>>()
        .join("+")
}

/// Text of a span, or "" when absent.
pub fn span_text(doc: &Document, span: Option<Span>) -> String {
    span.map(|s| one_line(doc.span_text(s))).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A comparison for the tests of the closest statements, and what they look for in it.
    pub(super) struct ClosestPair {
        pub c: Comparison,
        /// The side of "It was the drones…", the one statement with closest ones.
        pub side: Side,
        /// Its id, and that of its closest statement.
        pub id: String,
        pub closest: String,
        /// Their link probability as the reports print it ("0.35").
        pub p: String,
    }

    /// Two short invented reports, analysed as `parallax report` would, and the same with the
    /// reports changing sides: "It was the drones…" (the third statement of the first report)
    /// is in no link, and the link model finds closest to it, without linking them, the other
    /// report's first statement, which has markup, a `|` and an escape sequence in it; "The
    /// weather…" and "Oil prices…" are in no link and have no statement close.
    pub(super) fn closest_pairs() -> [ClosestPair; 2] {
        [false, true].map(|swap| {
            let first = Document::parse(
                "a.txt",
                "Three drones hit the home of the prime minister in Baghdad on Sunday.\n\n\
                 The weather was fine all week.\n\n\
                 It was the drones that hit the home of the prime minister, the army said.\n",
            )
            .unwrap();
            let second = Document::parse(
                "b.txt",
                "Three drones struck the home of the prime minister in Baghdad on Sunday \
                 <script>x</script> | \x1b]2;PWNED\x07.\n\nOil prices rose on Monday.\n",
            )
            .unwrap();
            let options = AlignOptions::default();
            let (c, side) = if swap {
                (crate::analyze(second, first, &options), Side::Right)
            } else {
                (crate::analyze(first, second, &options), Side::Left)
            };
            // What the tests rest on; if the link model changes so far that this fails, the
            // reports need changing, not the tests.
            let other = side.other();
            let near = |side, i| c.closest(side, i).to_vec();
            assert_eq!((c.only(side), c.only(other)), (&[1, 2][..], &[1][..]));
            assert_eq!(near(side, 2).len(), 1, "{:?}", near(side, 2));
            assert_eq!(near(side, 2)[0].0, 0);
            assert_eq!((near(side, 1), near(other, 1)), (vec![], vec![]));
            ClosestPair {
                side,
                id: side.id(2),
                closest: other.id(0),
                p: format!("{:.2}", near(side, 2)[0].1),
                c,
            }
        })
    }

    #[test]
    fn source_date_epoch_is_printed_as_utc() {
        let meta = Meta {
            generated: SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_636_279_200),
            ..Meta::new(&AlignOptions::default())
        };
        assert_eq!(meta.generated_utc(), "2021-11-07T10:00:00Z");
        assert_eq!(link_id(0), "link-1");
    }

    #[test]
    fn the_header_comes_from_the_document_and_its_url_line() {
        let doc = Document::parse(
            "a.txt",
            "URL: http://www.example.com/news/2013/07/02/quake\n\nMagnitude-6.1 quake hits \
             Indonesia\nBy Jane Doe and John Smith\nTuesday, July 2, 2013\n\nA strong \
             earthquake hit the province of Aceh on Tuesday. One person died.",
        )
        .unwrap();
        assert_eq!(
            Header::of(&doc),
            Header {
                title: "Magnitude-6.1 quake hits Indonesia".into(),
                byline: Some("Jane Doe and John Smith".into()),
                date: Some("Tuesday, July 2, 2013".into()),
                url: Some("http://www.example.com/news/2013/07/02/quake".into()),
                outlet: Some("example.com".into()),
            }
        );
        let plain = Document::parse("b.txt", "Three drones hit the home. Two fell.").unwrap();
        assert_eq!(
            Header::of(&plain),
            Header {
                title: "b.txt".into(),
                ..Header::default()
            }
        );
    }
}
