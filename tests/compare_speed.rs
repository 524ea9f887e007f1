//! Cost of `compare` per link, on large generated report pairs: every statement of the left
//! report linked to one of the right report (sentences of the bundled sample pair, cycled, so
//! the links mix matching, related and unrelated pairs and every finder runs). Ignored by
//! default: a measurement, not a check.
//!
//! Run: `cargo test --release --test compare_speed -- --ignored --nocapture`.

use std::time::Instant;

use parallax::align::AlignedLink;
use parallax::compare::compare;
use parallax::document::Document;

/// A report of `n` statements, one paragraph each, cycling over `source`'s statements.
fn report(source: &Document, n: usize) -> Document {
    let sentences: Vec<&str> = (0..source.statements.len())
        .map(|i| source.statement_text(i))
        .collect();
    let text: Vec<&str> = (0..n).map(|k| sentences[k % sentences.len()]).collect();
    Document::parse("generated", &text.join("\n\n")).expect("a generated report")
}

#[test]
#[ignore]
fn compare_cost_per_link() {
    let (l, r) = parallax::sample::documents();
    for n in [1_000, 5_000, 20_000] {
        let (left, right) = (report(&l, n), report(&r, n));
        let links = left.statements.len().min(right.statements.len());
        let aligned: Vec<AlignedLink> = (0..links)
            .map(|k| AlignedLink {
                left: vec![k],
                right: vec![k],
                score: 0.6,
                similarity: 0.6,
                ..Default::default()
            })
            .collect();
        let start = Instant::now();
        let c = compare(left, right, aligned);
        let took = start.elapsed();
        println!(
            "{n} statements per side, {links} links: compare {:.1} ms, {:.1} µs per link ({} conflicts)",
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e6 / links as f64,
            c.count(parallax::compare::Relation::Conflict)
        );
    }
}
