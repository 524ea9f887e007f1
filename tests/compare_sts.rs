//! False conflicts on real news sentence pairs: the STS-benchmark news pairs in
//! ../shared/data/stsb-news (human similarity 0–5). Pairs people score 4.8 or more say the same
//! thing; a `conflict` there is almost always a false alarm. Skipped when the data is absent.
//!
//! Run: `cargo test --release --test compare_sts -- --nocapture`.

mod compare_common;

use std::path::Path;

use compare_common::compare_texts;
use parallax::compare::Relation;

#[test]
fn few_conflicts_between_sentences_people_call_equivalent() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/stsb-news");
    let mut rows = Vec::new();
    for file in ["stsb_news_train.tsv", "stsb_news_dev.tsv"] {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            eprintln!("skipped: {} not found", dir.join(file).display());
            return;
        };
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() >= 3
                && let Ok(s) = f[0].parse::<f64>()
            {
                rows.push((s, f[1].to_string(), f[2].to_string()));
            }
        }
    }
    // Buckets of human similarity: [4.8, 5], [4, 4.8), [2, 4), [0, 2).
    let bounds = [4.8, 4.0, 2.0, 0.0];
    let mut pairs = [0usize; 4];
    let mut conflicts = [0usize; 4];
    let mut shown = 0;
    for (human, a, b) in &rows {
        let Some(c) = compare_texts(a, b) else {
            continue;
        };
        let bucket = bounds.iter().position(|b| human >= b).unwrap_or(3);
        pairs[bucket] += 1;
        let link = &c.links[0];
        if link.relation == Relation::Conflict {
            conflicts[bucket] += 1;
            if *human >= 4.0 && shown < 40 {
                shown += 1;
                println!("[{human:.1}] {a}\n      {b}");
                for f in &link.findings {
                    println!("      -> {}: {}", f.kind.name(), f.note);
                }
            }
        }
    }
    let rate = |i: usize| conflicts[i] as f64 / pairs[i].max(1) as f64;
    for (i, label) in ["4.8-5", "4-4.8", "2-4", "0-2"].iter().enumerate() {
        println!(
            "human {label}: {} pairs, {} conflicts ({:.1}%)",
            pairs[i],
            conflicts[i],
            100.0 * rate(i)
        );
    }
    assert!(
        rate(0) <= 1.0,
        "false conflicts on equivalent pairs: {:.3}",
        rate(0)
    );
}
