//! Writes the link features of every statement pair of the real gold pairs, for fitting the
//! link model (`scripts/fit_links.py`). Not a test: run it by hand,
//! `PARALLAX_FEATURES=/tmp/features.jsonl cargo test --release --test dump_features -- --ignored`.

use parallax::document::Document;

#[test]
#[ignore = "writes the features of the real gold pairs for fitting; run by hand"]
fn dump_features() {
    let out = std::env::var("PARALLAX_FEATURES").expect("PARALLAX_FEATURES names the output");
    let mut lines = Vec::new();
    for set in ["tests/gold/real", "tests/gold/real-heldout"] {
        let mut dirs: Vec<_> = std::fs::read_dir(set)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("gold.json").exists())
            .collect();
        dirs.sort();
        for dir in dirs {
            let load = |f: &str| Document::load(dir.join(f).to_str().unwrap()).unwrap();
            let (l, r) = (load("left.txt"), load("right.txt"));
            let spans = |d: &Document| -> Vec<(usize, usize)> {
                d.statements
                    .iter()
                    .map(|s| (s.span.start, s.span.end))
                    .collect()
            };
            for (i, j, cand, f) in parallax::align::all_features(&l, &r) {
                lines.push(
                    serde_json::json!({
                        "pair": dir.to_str(), "i": i, "j": j, "cand": cand, "f": f,
                        "ls": spans(&l)[i], "rs": spans(&r)[j],
                    })
                    .to_string(),
                );
            }
        }
    }
    std::fs::write(out, lines.join("\n") + "\n").unwrap();
}
