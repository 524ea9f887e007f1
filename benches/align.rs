//! Load (parse), align and compare generated report pairs of growing size, and the bundled
//! sample pair. `cargo bench --bench align`; figures in docs/performance.md.
//!
//! `load_align` is the alignment benchmark of issue 3 (parse both reports + align);
//! `load_analyze` adds compare (the whole pipeline `parallax report` runs). The two reports are
//! parsed on two threads, as the binary parses them.

use divan::Bencher;
use parallax::align::{AlignOptions, align};
use parallax::document::Document;

// The allocator the `parallax` binary runs on (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn parse(left: &str, right: &str) -> (Document, Document) {
    rayon::join(
        || Document::parse("left", left).unwrap(),
        || Document::parse("right", right).unwrap(),
    )
}

#[divan::bench(args = [50, 1_000, 5_000, 20_000], sample_count = 5, sample_size = 1)]
fn load_align(bencher: Bencher, statements: usize) {
    let (left, right) = parallax::synth::report_pair(statements, 42);
    bencher.bench(|| {
        let (l, r) = parse(divan::black_box(&left), divan::black_box(&right));
        align(&l, &r, &AlignOptions::default()).len()
    });
}

#[divan::bench(args = [50, 1_000, 5_000, 20_000], sample_count = 5, sample_size = 1)]
fn load_analyze(bencher: Bencher, statements: usize) {
    let (left, right) = parallax::synth::report_pair(statements, 42);
    bencher.bench(|| {
        let (l, r) = parse(divan::black_box(&left), divan::black_box(&right));
        parallax::analyze(l, r, &AlignOptions::default())
            .links
            .len()
    });
}

#[divan::bench(sample_count = 50)]
fn sample_load_align() -> usize {
    let (l, r) = parse(
        divan::black_box(parallax::sample::LEFT_TEXT),
        divan::black_box(parallax::sample::RIGHT_TEXT),
    );
    align(&l, &r, &AlignOptions::default()).len()
}

#[divan::bench(sample_count = 50)]
fn sample_load_analyze() -> usize {
    let (l, r) = parse(
        divan::black_box(parallax::sample::LEFT_TEXT),
        divan::black_box(parallax::sample::RIGHT_TEXT),
    );
    parallax::analyze(l, r, &AlignOptions::default())
        .links
        .len()
}
