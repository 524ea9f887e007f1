//! Prints a comparison: JSON (version 1, stable), plain text, Markdown, HTML. Only reads the
//! comparison; never recomputes it.

mod html;
mod json;
mod markdown;
mod review;
mod text;

pub use html::to_html;
pub use json::to_json;
pub use markdown::to_markdown;
pub use review::render_reviewed;
pub use text::to_text;

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

/// Renders a comparison in `format`.
pub fn render(comparison: &Comparison, format: Format) -> String {
    match format {
        Format::Json => to_json(comparison),
        Format::Text => to_text(comparison),
        Format::Markdown => to_markdown(comparison),
        Format::Html => to_html(comparison),
    }
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
