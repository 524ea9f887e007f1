//! Load (parse) and align generated report pairs of growing size, and the bundled sample pair.
//! `cargo bench --bench align`; figures in docs/performance.md.

use divan::Bencher;
use parallax::align::{AlignOptions, align};
use parallax::document::Document;

fn main() {
    divan::main();
}

fn load_and_align(left: &str, right: &str) -> usize {
    let l = Document::parse("left", left).unwrap();
    let r = Document::parse("right", right).unwrap();
    align(&l, &r, &AlignOptions::default()).len()
}

#[divan::bench(args = [50, 1_000, 5_000, 20_000], sample_count = 5, sample_size = 1)]
fn generated_pair(bencher: Bencher, statements: usize) {
    let (left, right) = parallax::synth::report_pair(statements, 42);
    bencher.bench(|| load_and_align(divan::black_box(&left), divan::black_box(&right)));
}

#[divan::bench(sample_count = 50)]
fn sample_pair() -> usize {
    load_and_align(
        divan::black_box(parallax::sample::LEFT_TEXT),
        divan::black_box(parallax::sample::RIGHT_TEXT),
    )
}
