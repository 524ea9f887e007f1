//! `parallax batch`: many report pairs, one JSON report per line (JSON Lines), on all cores.
//!
//! The pairs come as lines of a TSV (`LEFT<TAB>RIGHT`) or of JSON Lines
//! (`{"left": "a.txt", "right": "b.txt"}`), mixed freely; blank lines and lines starting with `#`
//! are skipped, and so is a first line `left<TAB>right`. Every pair is independent: a pair that
//! cannot be read or compared gives one error record (`report::json::BatchError`) in its place,
//! never the end of the batch. Output lines keep the order of the pairs.

use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;
use serde::Deserialize;
use thiserror::Error;

use crate::align::AlignOptions;
use crate::document::Document;
use crate::report::{Meta, json::BatchError, to_json_line};

/// One pair of reports to compare, as a line of the pairs file names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Line number in the pairs file, from 1.
    pub line: usize,
    pub left: String,
    pub right: String,
}

/// A pairs file that cannot be read: the whole batch is bad input.
#[derive(Debug, Error)]
pub enum PairsError {
    #[error("{0}: no such file")]
    NotFound(String),
    #[error("{0}: cannot read the pairs: {1}")]
    Unreadable(String, io::Error),
    #[error("{0}: the pairs are not UTF-8 text (invalid byte at offset {1})")]
    NotUtf8(String, usize),
}

/// The pairs file at `path` (or standard input for "-") as text.
pub fn read_pairs(path: &str) -> Result<String, PairsError> {
    let name = if path == "-" { "<stdin>" } else { path };
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)
            .map(|_| bytes)
            .map_err(|e| PairsError::Unreadable(name.into(), e))
    } else {
        std::fs::read(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => PairsError::NotFound(name.into()),
            _ => PairsError::Unreadable(name.into(), e),
        })
    }?;
    String::from_utf8(bytes)
        .map_err(|e| PairsError::NotUtf8(name.into(), e.utf8_error().valid_up_to()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonPair {
    left: String,
    right: String,
}

/// A line of the pairs file that names no pair.
fn bad_line(line: usize, problem: impl std::fmt::Display) -> BatchError {
    BatchError {
        parallax_error: 1,
        line,
        left: None,
        right: None,
        error: format!("line {line}: {problem}"),
    }
}

/// The pairs of a pairs file, in order; a line that names no pair is an error record.
pub fn parse_pairs(text: &str) -> Vec<Result<Pair, BatchError>> {
    let mut entries = Vec::new();
    let mut seen_data = false;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let first = !seen_data;
        seen_data = true;
        if trimmed.starts_with('{') {
            entries.push(match serde_json::from_str::<JsonPair>(trimmed) {
                Ok(p) => Ok(Pair {
                    line,
                    left: p.left,
                    right: p.right,
                }),
                Err(e) => Err(bad_line(
                    line,
                    format!("not a pair {{\"left\": …, \"right\": …}}: {e}"),
                )),
            });
            continue;
        }
        let fields: Vec<&str> = raw.trim_end_matches(['\r', '\n']).split('\t').collect();
        if first && fields.len() == 2 && fields.iter().map(|f| f.trim()).eq(["left", "right"]) {
            continue;
        }
        entries.push(match fields.as_slice() {
            [l, r] if !l.trim().is_empty() && !r.trim().is_empty() => Ok(Pair {
                line,
                left: l.trim().to_string(),
                right: r.trim().to_string(),
            }),
            _ => Err(bad_line(
                line,
                format!(
                    "expected two tab-separated paths (left, right), found {} field{}",
                    fields.len(),
                    if fields.len() == 1 { "" } else { "s" }
                ),
            )),
        });
    }
    entries
}

/// Reads one report named by a pairs file (a path or a URL), its error as one line naming it:
/// the command line passes its reader (formats, encodings, URLs) with the options given.
pub type Load<'a> = dyn Fn(&str) -> Result<Document, String> + Sync + 'a;

/// The JSON line for one pair: its report, or an error record naming the file and the problem.
pub fn compare_pair(pair: &Pair, meta: &Meta, load: &Load) -> Result<String, BatchError> {
    let fail = |error: String| BatchError {
        parallax_error: 1,
        line: pair.line,
        left: Some(pair.left.clone()),
        right: Some(pair.right.clone()),
        error,
    };
    for path in [&pair.left, &pair.right] {
        if path == "-" {
            return Err(fail(
                "standard input (-) cannot be a report in a batch".to_string(),
            ));
        }
    }
    let left = load(&pair.left).map_err(fail)?;
    let right = load(&pair.right).map_err(fail)?;
    // A bug in one comparison must not end a batch of hundreds: it becomes this pair's record.
    catch_unwind(AssertUnwindSafe(|| {
        let c = crate::analyze(left, right, &meta.options);
        to_json_line(&c, meta)
    }))
    .map_err(|_| fail("internal error while comparing this pair (please report it)".into()))
}

/// What a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub reports: usize,
    pub errors: usize,
}

/// Compares every pair on rayon's thread pool and writes one line per entry to `out`, in order.
/// `done` is called once per entry as it finishes (from any thread): for a progress bar.
/// Pairs are taken a few per thread at a time, so memory stays bounded on any number of pairs.
pub fn run(
    entries: &[Result<Pair, BatchError>],
    options: &AlignOptions,
    load: &Load,
    out: &mut impl Write,
    done: &(dyn Fn() + Sync),
) -> io::Result<Totals> {
    let meta = Meta::new(options);
    let chunk = rayon::current_num_threads() * 4;
    let mut totals = Totals::default();
    for entries in entries.chunks(chunk.max(1)) {
        let lines: Vec<Result<String, String>> = entries
            .par_iter()
            .map(|entry| {
                let line = match entry {
                    Ok(pair) => compare_pair(pair, &meta, load).map_err(|e| e.to_line()),
                    Err(e) => Err(e.to_line()),
                };
                done();
                line
            })
            .collect();
        for line in lines {
            match line {
                Ok(report) => {
                    totals.reports += 1;
                    writeln!(out, "{report}")?;
                }
                Err(error) => {
                    totals.errors += 1;
                    writeln!(out, "{error}")?;
                }
            }
        }
        out.flush()?;
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_and_json_lines_mix_and_bad_lines_are_records() {
        let text = "left\tright\n# a comment\n\na.txt\tb.txt\n{\"left\": \"c d.txt\", \"right\": \
                    \"e.txt\"}\nonly-one.txt\n{\"left\": 3}\nx\ty\tz\r\n";
        let entries = parse_pairs(text);
        assert_eq!(entries.len(), 5);
        assert_eq!(
            entries[0].as_ref().unwrap(),
            &Pair {
                line: 4,
                left: "a.txt".into(),
                right: "b.txt".into()
            }
        );
        assert_eq!(entries[1].as_ref().unwrap().left, "c d.txt");
        let errors: Vec<&BatchError> = entries.iter().filter_map(|e| e.as_ref().err()).collect();
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [6, 7, 8]);
        assert!(
            errors[0].error.contains("found 1 field"),
            "{}",
            errors[0].error
        );
        assert!(errors[1].error.starts_with("line 7: not a pair"));
        assert!(errors[2].error.contains("found 3 fields"));
    }

    #[test]
    fn a_header_is_skipped_only_on_the_first_line() {
        let entries = parse_pairs("a\tb\nleft\tright\n");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].as_ref().unwrap().left, "left");
    }
}
