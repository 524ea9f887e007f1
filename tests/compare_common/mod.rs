//! Helpers shared by the compare tests.

use std::collections::HashSet;

use parallax::align::AlignedLink;
use parallax::compare::{Comparison, compare};
use parallax::document::Document;

/// The link score the tests give a gold link: the link probability the alignment gives the
/// two groups (`align::link_probability`), or the Dice overlap of their content stems when
/// that is higher. The link is given, as if the aligner had made it: never below the
/// alignment's threshold.
pub fn score(left: &Document, l: &[usize], right: &Document, r: &[usize]) -> f64 {
    let stems = |d: &Document, ix: &[usize]| -> HashSet<String> {
        ix.iter()
            .flat_map(|&i| &d.statements[i].tokens)
            .filter(|t| !t.stop)
            .map(|t| t.stem.clone())
            .collect()
    };
    let (a, b) = (stems(left, l), stems(right, r));
    let shared = a.intersection(&b).count();
    let dice = (2 * shared) as f64 / (a.len() + b.len()).max(1) as f64;
    let threshold = parallax::align::AlignOptions::default().min_score;
    parallax::align::link_probability(left, right, l, r)
        .max(dice)
        .max(threshold)
}

/// Two short texts, each whole text one side of a single link; `None` if either has no
/// statement.
pub fn compare_texts(left: &str, right: &str) -> Option<Comparison> {
    let left = Document::parse("left", left).ok()?;
    let right = Document::parse("right", right).ok()?;
    let l: Vec<usize> = (0..left.statements.len()).collect();
    let r: Vec<usize> = (0..right.statements.len()).collect();
    let score = score(&left, &l, &right, &r);
    let link = AlignedLink {
        left: l,
        right: r,
        score,
        similarity: score,
        ..Default::default()
    };
    Some(compare(left, right, vec![link]))
}
