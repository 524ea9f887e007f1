//! End-to-end quality on whole report pairs: alignment and verdicts of `parallax::analyze`
//! against the gold annotations in tests/gold/ (the sample pair and the written pairs).
//!
//! `cargo test --release --test verdicts_gold -- --nocapture` prints the figures recorded in
//! docs/quality.md.

use std::collections::{BTreeSet, HashMap};

use parallax::align::AlignOptions;
use parallax::compare::{Comparison, Relation};
use parallax::document::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    links: Vec<GoldLink>,
    only_left: Vec<String>,
    only_right: Vec<String>,
}

#[derive(Deserialize)]
struct GoldLink {
    left: Vec<String>,
    right: Vec<String>,
    relations: Vec<String>,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    optional: bool,
}

type Pair = (usize, usize);

fn index(id: &str) -> usize {
    id[1..].parse::<usize>().expect("ids are L<n> or R<n>") - 1
}

fn pairs(link: &GoldLink) -> Vec<Pair> {
    let mut out = Vec::new();
    for l in &link.left {
        for r in &link.right {
            out.push((index(l), index(r)));
        }
    }
    out
}

/// Counts over all pairs.
#[derive(Default, Debug)]
struct Tally {
    links_predicted: usize,
    links_correct: usize,
    links_required: usize,
    links_found: usize,
    conflicts_predicted: usize,
    conflicts_correct: usize,
    conflicts_required: usize,
    conflicts_found: usize,
    conflicts_with_gold_kind: usize,
    relation_wrong: Vec<String>,
    /// Required links not made, with the score alignment gave them.
    missed: Vec<String>,
    only_expected: usize,
    only_correct: usize,
}

fn score(name: &str, c: &Comparison, gold: &Gold, t: &mut Tally) {
    let (ldoc, rdoc) = (&c.left, &c.right);
    // Every acceptable pair and its relations.
    let mut acceptable: HashMap<Pair, BTreeSet<String>> = HashMap::new();
    for g in &gold.links {
        for p in pairs(g) {
            acceptable
                .entry(p)
                .or_default()
                .extend(g.relations.iter().cloned());
        }
    }
    let predicted: Vec<(Pair, Relation, usize)> = c
        .links
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            l.left
                .iter()
                .flat_map(move |&a| l.right.iter().map(move |&b| ((a, b), l.relation, i)))
        })
        .collect();
    for (pair, relation, _) in &predicted {
        t.links_predicted += 1;
        match acceptable.get(pair) {
            Some(relations) => {
                t.links_correct += 1;
                if !relations.contains(relation.name()) {
                    t.relation_wrong.push(format!(
                        "{name}: L{}~R{} is {} (gold: {relations:?})",
                        pair.0 + 1,
                        pair.1 + 1,
                        relation.name()
                    ));
                }
            }
            None => {
                if *relation == Relation::Conflict {
                    t.relation_wrong.push(format!(
                        "{name}: L{}~R{} is a conflict not in the gold",
                        pair.0 + 1,
                        pair.1 + 1
                    ));
                }
            }
        }
    }
    for g in gold.links.iter().filter(|g| !g.optional) {
        for p in pairs(g) {
            t.links_required += 1;
            if predicted.iter().any(|(q, _, _)| *q == p) {
                t.links_found += 1;
            } else {
                let s = parallax::align::group_score(ldoc, rdoc, &[p.0], &[p.1]);
                t.missed
                    .push(format!("{name}: missed L{}~R{} ({s:.2})", p.0 + 1, p.1 + 1));
            }
        }
    }
    // Conflicts, counted per link.
    for (i, link) in c.links.iter().enumerate() {
        if link.relation != Relation::Conflict {
            continue;
        }
        t.conflicts_predicted += 1;
        let mine: Vec<Pair> = predicted
            .iter()
            .filter(|(_, _, j)| *j == i)
            .map(|(p, _, _)| *p)
            .collect();
        let gold_conflict = gold.links.iter().find(|g| {
            g.relations.iter().any(|r| r == "conflict") && pairs(g).iter().any(|p| mine.contains(p))
        });
        if let Some(g) = gold_conflict {
            t.conflicts_correct += 1;
            if g.kinds.is_empty()
                || link
                    .findings
                    .iter()
                    .any(|f| g.kinds.iter().any(|k| k == f.kind.name()))
            {
                t.conflicts_with_gold_kind += 1;
            }
        }
    }
    for g in gold
        .links
        .iter()
        .filter(|g| !g.optional && g.relations == ["conflict"])
    {
        t.conflicts_required += 1;
        let gp = pairs(g);
        let found = c.links.iter().any(|l| {
            l.relation == Relation::Conflict
                && l.left
                    .iter()
                    .any(|&a| l.right.iter().any(|&b| gp.contains(&(a, b))))
        });
        if found {
            t.conflicts_found += 1;
        } else {
            t.relation_wrong.push(format!(
                "{name}: missed conflict {:?}~{:?}",
                g.left, g.right
            ));
        }
    }
    for id in &gold.only_left {
        t.only_expected += 1;
        if c.only_left.contains(&index(id)) {
            t.only_correct += 1;
        }
    }
    for id in &gold.only_right {
        t.only_expected += 1;
        if c.only_right.contains(&index(id)) {
            t.only_correct += 1;
        }
    }
}

fn load_pair(dir: &str) -> (Document, Document, Gold) {
    let base = format!("{}/tests/gold/{dir}", env!("CARGO_MANIFEST_DIR"));
    let left = Document::load(&format!("{base}/left.txt")).unwrap();
    let right = Document::load(&format!("{base}/right.txt")).unwrap();
    let gold =
        serde_json::from_str(&std::fs::read_to_string(format!("{base}/links.json")).unwrap())
            .unwrap();
    (left, right, gold)
}

/// Evaluates the named pairs of `tests/gold/<set>/` and asserts the floors.
fn check(set: &str, names: &[&str], floors: [f64; 5]) {
    assert_floors(&evaluate(pairs_in(set, names)), floors);
}

/// The named pairs of `tests/gold/<set>/`, ready to evaluate.
fn pairs_in<'a>(set: &str, names: &[&'a str]) -> Vec<(&'a str, Document, Document, Gold)> {
    names
        .iter()
        .map(|&name| {
            let (l, r, g) = load_pair(&format!("{set}/{name}"));
            (name, l, r, g)
        })
        .collect()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Figures over a set of pairs: link precision and recall, conflict precision and recall,
/// share of one-side statements left one-sided.
struct Figures {
    link_p: f64,
    link_r: f64,
    conflict_p: f64,
    conflict_r: f64,
    only: f64,
}

fn evaluate(cases: Vec<(&str, Document, Document, Gold)>) -> Figures {
    let mut total = Tally::default();
    for (name, l, r, gold) in cases {
        let c = parallax::analyze(l, r, &AlignOptions::default());
        let mut t = Tally::default();
        score(name, &c, &gold, &mut t);
        println!(
            "{name:>14}: links P {:.2} R {:.2} | conflicts P {:.2} R {:.2} | only-one-side {}/{}",
            ratio(t.links_correct, t.links_predicted),
            ratio(t.links_found, t.links_required),
            ratio(t.conflicts_correct, t.conflicts_predicted),
            ratio(t.conflicts_found, t.conflicts_required),
            t.only_correct,
            t.only_expected
        );
        score(name, &c, &gold, &mut total);
    }
    let f = Figures {
        link_p: ratio(total.links_correct, total.links_predicted),
        link_r: ratio(total.links_found, total.links_required),
        conflict_p: ratio(total.conflicts_correct, total.conflicts_predicted),
        conflict_r: ratio(total.conflicts_found, total.conflicts_required),
        only: ratio(total.only_correct, total.only_expected),
    };
    let kind_ok = ratio(total.conflicts_with_gold_kind, total.conflicts_correct);
    println!(
        "{:>14}: links P {:.2} R {:.2} | conflicts P {:.2} R {:.2} (right kind {kind_ok:.2}) | \
         only-one-side {:.2}",
        "all", f.link_p, f.link_r, f.conflict_p, f.conflict_r, f.only
    );
    for w in total.missed.iter().chain(&total.relation_wrong) {
        println!("  {w}");
    }
    f
}

fn assert_floors(f: &Figures, floors: [f64; 5]) {
    let got = [f.link_p, f.link_r, f.conflict_p, f.conflict_r, f.only];
    let what = [
        "link precision",
        "link recall",
        "conflict precision",
        "conflict recall",
        "only-one-side",
    ];
    for ((what, got), floor) in what.iter().zip(got).zip(floors) {
        assert!(got >= floor, "{what} fell to {got:.2} (floor {floor:.2})");
    }
}

/// The development set: the sample pair and seven written pairs, used to tune the rules.
#[test]
fn verdicts_on_gold_pairs() {
    let mut cases = vec![];
    let (l, r) = parallax::sample::documents();
    let gold: Gold = serde_json::from_str(include_str!("gold/kazemi-links.json")).unwrap();
    cases.push(("kazemi", l, r, gold));
    cases.extend(pairs_in(
        "pairs",
        &[
            "factory-fire",
            "mine-rescue",
            "earthquake-peru",
            "election-montenegro",
            "court-lyon",
            "earnings-brenner",
            "protest-lapaz",
        ],
    ));
    let f = evaluate(cases);
    // Floors: the figures reached when this test was last tuned (docs/quality.md).
    assert_floors(
        &f,
        [
            FLOOR_LINK_P,
            FLOOR_LINK_R,
            FLOOR_CONFLICT_P,
            FLOOR_CONFLICT_R,
            FLOOR_ONLY,
        ],
    );
}

/// The second development set (tests/gold/pairs-dev2/): six pairs written in the second
/// session before Parallax was run on them, used to tune like the first set.
#[test]
fn verdicts_on_dev_pairs_2() {
    check(
        "pairs-dev2",
        &[
            "wildfire-sithonia",
            "rates-prague",
            "riot-turi",
            "cyclone-toamasina",
            "portstrike-santos",
            "border-fashaga",
        ],
        DEV_2_FLOORS,
    );
}

/// Second development set (docs/quality.md), a little below what it gives now: links P 1.00
/// R 0.72, conflicts P 1.00 R 0.41, only-one-side 1.00. (The last false conflict,
/// portstrike-santos L1~R1, "began a strike on Monday" / "ships queueing on Tuesday as the
/// strike paralysed the port", went with the rule that a day said of two acts is no
/// difference.)
const DEV_2_FLOORS: [f64; 5] = [0.97, 0.70, 1.0, 0.39, 0.97];

/// Held out: four pairs written blind and first run after the rules were frozen; they measure
/// how the rules generalise. Do not tune on them.
#[test]
fn verdicts_on_held_out_pairs() {
    check(
        "pairs",
        &[
            "derailment-coimbra",
            "legionella-sabadell",
            "doping-elidrissi",
            "breach-telvaro",
        ],
        HELD_OUT_FLOORS,
    );
}

/// Held out, second set (tests/gold/pairs-heldout2/): five pairs written blind in the second
/// session, two of them in the style of translated Arabic and French press like the sample.
/// Their writer only ever saw Parallax's statement ids. Do not tune on them.
#[test]
fn verdicts_on_held_out_pairs_2() {
    check(
        "pairs-heldout2",
        &[
            "ferry-ukerewe",
            "convoy-zawiya",
            "dialysis-settat",
            "matchfixing-asenovgrad",
            "recall-voltra",
        ],
        HELD_OUT_2_FLOORS,
    );
}

/// Second held-out set (docs/quality.md), a little below what it gives now: links P 0.96
/// R 0.68, conflicts P 1.00 R 0.23, only-one-side 0.89. (Its first run had conflict precision
/// 0.71: two false number conflicts from two general bugs in reading figures, fixed since.)
const HELD_OUT_2_FLOORS: [f64; 5] = [0.94, 0.66, 1.0, 0.20, 0.87];

/// Held-out figures (docs/quality.md), a little below: links P 1.00 R 0.81, conflicts P 1.00
/// R 0.58, only-one-side 0.87. (The first, blind run had conflict precision 0.67: two false
/// conflicts, from three general bugs fixed since; see docs/quality.md.)
const HELD_OUT_FLOORS: [f64; 5] = [0.97, 0.79, 1.0, 0.55, 0.85];

// Measured: links P 1.00 R 0.82, conflicts P 1.00 R 0.83, only-one-side 0.97. A false
// conflict on these pairs fails the test: it must be looked at, not averaged away.
const FLOOR_LINK_P: f64 = 0.97;
const FLOOR_LINK_R: f64 = 0.80;
const FLOOR_CONFLICT_P: f64 = 1.0;
const FLOOR_CONFLICT_R: f64 = 0.81;
const FLOOR_ONLY: f64 = 0.97;
