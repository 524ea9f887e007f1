//! Hostile input shapes of issue 15 ("Hardening"), parse + align + compare of two reports of
//! the shape (`parallax::synth::adversarial`), at 1 and 4 MiB per side. They run past the
//! interactive budget (`document::MAX_STATEMENTS`, `MAX_WORDS`) on purpose, through
//! `Document::parse_unbounded`: what is measured is that the work grows linearly. The 16 MiB
//! figures (measured once, too slow to keep here) and the figures before the fixes are in
//! docs/performance.md and docs/reliability.md.
//!
//! `nice -n 10 cargo bench --bench adversarial`

use divan::Bencher;
use parallax::align::AlignOptions;
use parallax::document::Document;
use parallax::synth::adversarial;

fn main() {
    divan::main();
}

const MIB: usize = 1024 * 1024;

fn pair(kind: &str, mib: usize) -> (String, String) {
    (
        adversarial::make(kind, mib * MIB, 1).unwrap(),
        adversarial::make(kind, mib * MIB, 2).unwrap(),
    )
}

fn analyze(left: &str, right: &str) -> usize {
    let l = Document::parse_unbounded("left", left).unwrap();
    let r = Document::parse_unbounded("right", right).unwrap();
    parallax::analyze(l, r, &AlignOptions::default())
        .links
        .len()
}

/// One paragraph of sentences that open a curly quote and never close it (sentencex searched
/// to the paragraph's end for each).
#[divan::bench(args = [1, 4], sample_count = 3, sample_size = 1)]
fn unclosed_quotes(bencher: Bencher, mib: usize) {
    let (l, r) = pair("quotes", mib);
    bencher.bench(|| analyze(divan::black_box(&l), divan::black_box(&r)));
}

/// "Xaba leader Yebo said …" with new names in every sentence (every learnt affiliation was
/// walked for every pair of names).
#[divan::bench(args = [1, 4], sample_count = 3, sample_size = 1)]
fn alias_sentences(bencher: Bencher, mib: usize) {
    let (l, r) = pair("aliases", mib);
    bencher.bench(|| analyze(divan::black_box(&l), divan::black_box(&r)));
}

/// Random capitalised words in 2,000-byte statements (every name against every name of every
/// candidate pair).
#[divan::bench(args = [1, 4], sample_count = 3, sample_size = 1)]
fn capitalised_words(bencher: Bencher, mib: usize) {
    let (l, r) = pair("names", mib);
    bencher.bench(|| analyze(divan::black_box(&l), divan::black_box(&r)));
}

/// The interactive budget's refusal of 16 MiB of "I." lines (5.6 million statements), which
/// once took 9.7 GB to compare.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn refuse_16_mib_of_tiny_lines(bencher: Bencher) {
    let text = adversarial::make("lines", 16 * MIB, 1).unwrap();
    bencher.bench(|| Document::parse("left", divan::black_box(&text)).is_err());
}
