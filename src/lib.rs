//! Parallax: align two news reports of one event statement by statement, and show where they
//! agree, where they contradict each other, and what only one of them says.
//!
//! The pure core is `document` (read, clean, segment), `align` (which statements say the same
//! thing) and `compare` (what differs); `report` prints a comparison; `tui` is the reader;
//! `batch` compares many pairs at once.

pub mod align;
pub mod batch;
pub mod cli;
pub mod compare;
pub mod config;
pub mod document;
pub mod fetch;
#[doc(hidden)]
pub mod fuzzing;
pub mod input;
pub mod language;
pub mod report;
pub mod review;
pub mod sample;
pub mod sanitize;
pub mod synth;
pub mod tui;

use align::AlignOptions;
use compare::Comparison;
use document::Document;

/// Aligns and compares two reports.
pub fn analyze(left: Document, right: Document, options: &AlignOptions) -> Comparison {
    // Which names are one entity is learnt once; alignment and compare both use it.
    let aliases = language::aliases::Aliases::build(&[&left, &right]);
    let (links, closest) = align::align_closest(&left, &right, options, &aliases);
    let mut comparison = compare::compare_with(left, right, links, aliases, options.min_score);
    comparison.closest = closest;
    comparison
}
