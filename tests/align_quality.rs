//! Alignment quality, measured: Spearman correlation of the score with human similarity on
//! stsb-news, recovery of true pairs from shuffled reports, and precision/recall of links on the
//! sample pair against the gold alignment. Figures and commands: docs/quality.md.
//!
//! `cargo test --release --test align_quality -- --nocapture` prints every figure.

use std::collections::HashSet;

use serde_json::Value;

use parallax::align::{self, AlignOptions, Parts, Weights};
use parallax::document::Document;

const STSB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/stsb-news/");

/// (human score 0–5, sentence 1, sentence 2); `None` (with a note) when the data is absent.
fn stsb(split: &str) -> Option<Vec<(f64, String, String)>> {
    let path = format!("{STSB}stsb_news_{split}.tsv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {path} is missing; skipping this measurement");
        return None;
    };
    Some(
        text.lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let score = cols.next()?.parse().ok()?;
                Some((score, cols.next()?.to_string(), cols.next()?.to_string()))
            })
            .collect(),
    )
}

/// Ranks with ties sharing their mean rank.
fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let mut r = vec![0.0; xs.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && xs[order[j + 1]] == xs[order[i]] {
            j += 1;
        }
        for &k in &order[i..=j] {
            r[k] = (i + j) as f64 / 2.0;
        }
        i = j + 1;
    }
    r
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    sxy / (sxx * syy).sqrt()
}

fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&ranks(x), &ranks(y))
}

fn parts(data: &[(f64, String, String)]) -> Vec<Parts> {
    data.iter()
        .map(|(_, a, b)| align::sentence_parts(a, b).expect("every pair has words"))
        .collect()
}

fn spearman_with(data: &[(f64, String, String)], parts: &[Parts], w: &Weights) -> f64 {
    let human: Vec<f64> = data.iter().map(|d| d.0).collect();
    let ours: Vec<f64> = parts.iter().map(|p| p.blend(w)).collect();
    spearman(&human, &ours)
}

#[test]
fn stsb_spearman() {
    let (Some(train), Some(dev)) = (stsb("train"), stsb("dev")) else {
        return;
    };
    for (name, data, floor) in [("train", &train, 0.72), ("dev", &dev, 0.73)] {
        let human: Vec<f64> = data.iter().map(|d| d.0).collect();
        let ours: Vec<f64> = data
            .iter()
            .map(|(_, a, b)| align::sentence_similarity(a, b))
            .collect();
        let rho = spearman(&human, &ours);
        let lev: Vec<f64> = data
            .iter()
            .map(|(_, a, b)| strsim::normalized_levenshtein(a, b))
            .collect();
        println!(
            "stsb-news {name}: {} pairs, Spearman {rho:.3} (plain normalised Levenshtein {:.3})",
            data.len(),
            spearman(&human, &lev)
        );
        assert!(rho >= floor, "{name}: Spearman {rho:.3} < {floor}");
    }
}

/// Grid search of the blend weights on train, checked on dev. Slow-ish; run on demand:
/// `cargo test --release --test align_quality -- --ignored --nocapture tune_weights`.
#[test]
#[ignore]
fn tune_weights() {
    let (Some(train), Some(dev)) = (stsb("train"), stsb("dev")) else {
        return;
    };
    let (pt, pd) = (parts(&train), parts(&dev));
    let mut best = (f64::MIN, Weights::default());
    for t in 0..=20 {
        for c in 0..=(20 - t) {
            let w = Weights {
                tokens: t as f64 / 20.0,
                chars: c as f64 / 20.0,
                entities: (20 - t - c) as f64 / 20.0,
            };
            let rho = spearman_with(&train, &pt, &w);
            if rho > best.0 {
                best = (rho, w);
            }
        }
    }
    let (rho, w) = best;
    let mut blended = (f64::MIN, Weights::default());
    for t in 0..=20 {
        for e in 0..=(18 - t) {
            let w = Weights {
                tokens: t as f64 / 20.0,
                chars: (20 - t - e) as f64 / 20.0,
                entities: e as f64 / 20.0,
            };
            let rho = spearman_with(&train, &pt, &w);
            if rho > blended.0 {
                blended = (rho, w);
            }
        }
    }
    println!(
        "best on train with chars >= 0.1: {:?} Spearman {:.3}; on dev {:.3}",
        blended.1,
        blended.0,
        spearman_with(&dev, &pd, &blended.1)
    );
    println!(
        "best on train: {w:?} Spearman {rho:.3}; on dev {:.3}",
        spearman_with(&dev, &pd, &w)
    );
    let d = Weights::default();
    println!(
        "default {d:?}: train {:.3}, dev {:.3}",
        spearman_with(&train, &pt, &d),
        spearman_with(&dev, &pd, &d)
    );
    for (name, w) in [
        (
            "tokens only",
            Weights {
                tokens: 1.0,
                chars: 0.0,
                entities: 0.0,
            },
        ),
        (
            "chars only",
            Weights {
                tokens: 0.0,
                chars: 1.0,
                entities: 0.0,
            },
        ),
    ] {
        println!(
            "{name}: train {:.3}, dev {:.3}",
            spearman_with(&train, &pt, &w),
            spearman_with(&dev, &pd, &w)
        );
    }
}

/// For each threshold, how well `score >= threshold` picks the pairs people scored at least
/// `human`: precision, recall, F1. Prints the table and returns the F1-best threshold.
fn threshold_table(data: &[(f64, String, String)], scores: &[f64], human: f64) -> (f64, f64) {
    let mut best = (0.0, 0.0);
    println!("  human >= {human}: threshold  precision  recall  F1");
    for step in 4..=16 {
        let t = step as f64 * 0.05;
        let (mut tp, mut fp, mut fn_) = (0.0f64, 0.0f64, 0.0f64);
        for (d, &s) in data.iter().zip(scores) {
            match (s >= t, d.0 >= human) {
                (true, true) => tp += 1.0,
                (true, false) => fp += 1.0,
                (false, true) => fn_ += 1.0,
                _ => {}
            }
        }
        let (p, r) = (tp / (tp + fp).max(1.0), tp / (tp + fn_).max(1.0));
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!("    {t:.2}  {p:.3}  {r:.3}  {f1:.3}");
        if f1 > best.1 {
            best = (t, f1);
        }
    }
    best
}

/// Where the agree and link thresholds fall on human-scored pairs (train), checked on dev.
#[test]
fn stsb_thresholds() {
    let (Some(train), Some(dev)) = (stsb("train"), stsb("dev")) else {
        return;
    };
    for (name, data) in [("train", &train), ("dev", &dev)] {
        let scores: Vec<f64> = data
            .iter()
            .map(|(_, a, b)| align::sentence_similarity(a, b))
            .collect();
        println!("stsb-news {name}: mean score by human score");
        for lo in 0..5 {
            let bucket: Vec<f64> = data
                .iter()
                .zip(&scores)
                .filter(|(d, _)| d.0 >= lo as f64 && (d.0 < (lo + 1) as f64 || lo == 4))
                .map(|(_, &s)| s)
                .collect();
            let mean = bucket.iter().sum::<f64>() / bucket.len().max(1) as f64;
            println!(
                "  human {lo}-{}: {} pairs, mean score {mean:.3}",
                lo + 1,
                bucket.len()
            );
        }
        let agree = threshold_table(data, &scores, 4.0);
        let link = threshold_table(data, &scores, 2.0);
        println!("  best agree threshold {agree:.2?}, best link threshold {link:.2?}");
    }
}

/// A deterministic shuffle (xorshift), so the figure is reproducible.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

/// Joins sentences into one report, one paragraph each; returns the text and where each
/// sentence starts.
fn report(sentences: &[&str]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    for s in sentences {
        starts.push(text.len());
        text.push_str(s.trim());
        text.push_str("\n\n");
    }
    (text, starts)
}

/// The sentence a statement comes from.
fn sentence_of(starts: &[usize], doc: &Document, statement: usize) -> usize {
    starts.partition_point(|&s| s <= doc.statements[statement].span.start) - 1
}

/// Precision and recall of recovering the true pairs when the second sentences of the pairs
/// people scored >= 4 are shuffled into a report aligned against the first sentences.
fn shuffled_reports(data: &[(f64, String, String)]) -> (f64, f64, usize) {
    let pairs: Vec<_> = data.iter().filter(|d| d.0 >= 4.0).collect();
    let left: Vec<&str> = pairs.iter().map(|d| d.1.as_str()).collect();
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    shuffle(&mut order, 0x9e37_79b9_7f4a_7c15);
    let right: Vec<&str> = order.iter().map(|&k| pairs[k].2.as_str()).collect();
    let (lt, ls) = report(&left);
    let (rt, rs) = report(&right);
    let (ld, rd) = (
        Document::parse("left", &lt).unwrap(),
        Document::parse("right", &rt).unwrap(),
    );
    let links = align::align(&ld, &rd, &AlignOptions::default());
    let predicted: HashSet<(usize, usize)> = links
        .iter()
        .flat_map(|l| {
            let (ld, rd, ls, rs, order) = (&ld, &rd, &ls, &rs, &order);
            l.left.iter().flat_map(move |&i| {
                l.right
                    .iter()
                    .map(move |&j| (sentence_of(ls, ld, i), order[sentence_of(rs, rd, j)]))
            })
        })
        .collect();
    let correct = predicted.iter().filter(|(a, b)| a == b).count() as f64;
    let precision = correct / predicted.len().max(1) as f64;
    let recall = correct / pairs.len() as f64;
    (precision, recall, pairs.len())
}

#[test]
fn stsb_shuffled_reports() {
    let (Some(train), Some(dev)) = (stsb("train"), stsb("dev")) else {
        return;
    };
    // Floors: the one-to-one aligner measured P 0.94 on train; since a statement may take part in
    // several links (issue 9), a second, wrong counterpart costs precision here, and the issue
    // sets the bar at 0.93 (measured 0.935 / 0.958, docs/quality.md).
    for (name, data, floor) in [("train", &train, (0.93, 0.94)), ("dev", &dev, (0.96, 0.97))] {
        let (p, r, n) = shuffled_reports(data);
        println!(
            "shuffled reports, stsb-news {name} ({n} pairs >= 4): precision {p:.3}, recall {r:.3}"
        );
        assert!(
            p >= floor.0 && r >= floor.1,
            "{name}: P {p:.3} R {r:.3} below {floor:?}"
        );
    }
}

/// Links per statement when reports of `n` statements are made of sentences people call
/// unrelated (score < 1): the first sentences of such pairs against their second sentences,
/// rotated by one when n > 1. Every link is one people would not make (an upper bound on false
/// links: some pairs share a topic, "Tokyo shares close lower" / "Singapore stocks close lower").
fn unrelated_reports(data: &[(f64, String, String)], n: usize) -> f64 {
    let pairs: Vec<_> = data.iter().filter(|d| d.0 < 1.0).collect();
    let (mut links, mut statements) = (0, 0);
    for chunk in pairs.chunks_exact(n) {
        let left: Vec<&str> = chunk.iter().map(|d| d.1.as_str()).collect();
        let mut right: Vec<&str> = chunk.iter().map(|d| d.2.as_str()).collect();
        right.rotate_left(1);
        let (Ok(l), Ok(r)) = (
            Document::parse("left", &report(&left).0),
            Document::parse("right", &report(&right).0),
        ) else {
            continue;
        };
        statements += l.statements.len();
        links += align::align(&l, &r, &AlignOptions::default()).len();
    }
    links as f64 / statements as f64
}

#[test]
fn stsb_unrelated_reports() {
    let Some(train) = stsb("train") else {
        return;
    };
    // Measured 0.058, 0.223, 0.243 (docs/quality.md, "link model"); the one-to-one aligner
    // measured 0.193, 0.225, 0.231: with several links per statement allowed, long reports of
    // unrelated sentences get a few more second links.
    for (n, ceiling) in [(1, 0.20), (5, 0.23), (20, 0.25)] {
        let rate = unrelated_reports(&train, n);
        println!("unrelated stsb-news sentences, reports of {n}: {rate:.3} links per statement");
        assert!(rate <= ceiling, "reports of {n}: {rate:.3} > {ceiling}");
    }
}

/// Link pairs of a gold or predicted alignment, as (left index, right index).
fn gold_pairs(link: &Value) -> Vec<(usize, usize)> {
    let ids = |side: &str| -> Vec<usize> {
        link[side]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap()[1..].parse::<usize>().unwrap() - 1)
            .collect()
    };
    let (l, r) = (ids("left"), ids("right"));
    l.iter()
        .flat_map(|&i| r.iter().map(move |&j| (i, j)))
        .collect()
}

/// Precision and recall of linked statement pairs on the sample pair against the gold alignment;
/// optional gold links count neither as false links nor as misses.
#[test]
fn sample_pair_against_gold() {
    let gold: Value = serde_json::from_str(include_str!("gold/kazemi-links.json")).unwrap();
    let (mut required, mut acceptable) = (HashSet::new(), HashSet::new());
    for link in gold["links"].as_array().unwrap() {
        let optional = link["optional"].as_bool().unwrap_or(false);
        for pair in gold_pairs(link) {
            acceptable.insert(pair);
            if !optional {
                required.insert(pair);
            }
        }
    }
    let (left, right) = parallax::sample::documents();
    let links = align::align(&left, &right, &AlignOptions::default());
    let predicted: HashSet<(usize, usize)> = links
        .iter()
        .flat_map(|l| {
            l.left
                .iter()
                .flat_map(|&i| l.right.iter().map(move |&j| (i, j)))
        })
        .collect();
    for l in &links {
        println!(
            "  link L{:?} R{:?} score {:.3}",
            l.left.iter().map(|i| i + 1).collect::<Vec<_>>(),
            l.right.iter().map(|j| j + 1).collect::<Vec<_>>(),
            l.score
        );
    }
    let tp = predicted.intersection(&required).count() as f64;
    let fp = predicted.difference(&acceptable).count() as f64;
    let precision = tp / (tp + fp).max(1.0);
    let recall = tp / required.len() as f64;
    println!("sample pair vs gold: precision {precision:.3}, recall {recall:.3}");
    // docs/quality.md records precision 1.00, recall 1.00: every statement pair a careful
    // reader links is linked, and nothing else.
    assert!(
        precision >= 0.99 && recall >= 0.99,
        "sample pair: precision {precision:.3}, recall {recall:.3}"
    );
}
