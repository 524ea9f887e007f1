//! Replays, on stable and in the normal `cargo test`, every input the fuzzers (`fuzz/`, see
//! docs/reliability.md) found a crash with, and a small committed corpus, through the same
//! target bodies (`parallax::fuzzing`). Files live in `tests/fuzz-regressions/TARGET/`.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(outcome.is_ok(), "{} panics", file.display());
    }
}

#[test]
fn document() {
    replay("document", parallax::fuzzing::document);
}

#[test]
fn input() {
    replay("input", parallax::fuzzing::input);
}

#[test]
fn analyze() {
    replay("analyze", parallax::fuzzing::analyze);
}

#[test]
fn report() {
    replay("report", parallax::fuzzing::report);
}

#[test]
fn config() {
    replay("config", parallax::fuzzing::config);
}

#[test]
fn review() {
    replay("review", parallax::fuzzing::review);
}
