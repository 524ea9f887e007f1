//! What tells that two statements of two reports make one claim: how much of each the other
//! covers (words matched as written, by family, or through WordNet), weighed by how much each
//! word tells (general-English rarity, and rarity within the two reports), shared names and
//! figures, anchors. A logistic model (`link_probability`) turns them into the probability that a
//! careful reader links the two statements.

use super::profile::{Profile, Term};
use super::score::{Scorer, Scores};
use crate::language::Kinship;

/// Credit of a match between two words by their relation, out of 1 for the same word.
fn kin_credit(k: Kinship) -> f64 {
    match k {
        Kinship::Synonym => 0.9,
        Kinship::Derived => 0.8,
        Kinship::Hypernym => 0.7,
        Kinship::Hypernym2 => 0.5,
    }
}

/// The features of a candidate pair, each named in `NAMES`.
pub const COUNT: usize = 19;

/// The index of the similarity as wholes (`Scorer::score`) among the features.
pub const SCORE: usize = 6;

/// The index of the quoted-remark overlap (`Scores::quotes`) among the features.
pub const QUOTES: usize = 18;

/// Names of the features, in order (for the fitting script and for explaining a score).
pub const NAMES: [&str; COUNT] = [
    "bias",
    "cov_min",
    "cov_max",
    "cov_min_local",
    "cov_max_local",
    "matched_local",
    "score",
    "choice",
    "anchors",
    "names",
    "figures",
    "short",
    "fact_both",
    "fact_told_max",
    "fact_told_min",
    "both_first",
    "both_top",
    "greedy",
    "quotes",
];

/// What the pair's place among all pairs says: where the two statements stand in their reports
/// (two reports' headlines and leads tell the main event), and whether the greedy one-to-one
/// choice by similarity (`choose::one_to_one`) pairs them: each is the other's best remaining.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Standing {
    /// Both are the first statement of a report of several statements.
    pub first: bool,
    /// Both are among the first two.
    pub top: bool,
    pub greedy: bool,
}

/// Per-term weights and best match credits of one side.
struct Covered {
    general: f64,
    general_matched: f64,
    local: f64,
    local_matched: f64,
}

impl Scorer<'_> {
    /// The credit of every term of `a` against every term of `b`, row by row.
    fn credit_matrix(&self, a: &Profile, b: &Profile) -> Vec<f64> {
        let mut m = Vec::with_capacity(a.terms.len() * b.terms.len());
        for ta in &a.terms {
            for tb in &b.terms {
                m.push(if ta.id == tb.id {
                    1.0
                } else if ta.number || tb.number || ta.name || tb.name {
                    0.0
                } else if ta.base == tb.base {
                    0.8
                } else {
                    self.vocab.kinship(ta.id, tb.id).map_or(0.0, kin_credit)
                });
            }
        }
        m
    }

    fn covered(&self, terms: &[Term], credits: &[f64]) -> Covered {
        let mut c = Covered {
            general: 0.0,
            general_matched: 0.0,
            local: 0.0,
            local_matched: 0.0,
        };
        for (t, &credit) in terms.iter().zip(credits) {
            let g = f64::from(self.vocab.surprise[t.id as usize]) / f64::from(t.share);
            let l = g * self.idf.weight(t.id);
            c.general += g;
            c.general_matched += g * credit;
            c.local += l;
            c.local_matched += l * credit;
        }
        c
    }

    /// The features of the pair `a`, `b`.
    /// The features of the pair `a`, `b`, standing as `standing` says, with their scores `s`
    /// (`Scorer::scores_above` from 0).
    pub fn features(
        &self,
        a: &Profile,
        b: &Profile,
        standing: Standing,
        s: Scores,
    ) -> [f64; COUNT] {
        let (na, nb) = (a.terms.len(), b.terms.len());
        let m = self.credit_matrix(a, b);
        let at = |i: usize, j: usize| m[i * nb + j];
        let ca: Vec<f64> = (0..na)
            .map(|i| (0..nb).map(|j| at(i, j)).fold(0.0, f64::max))
            .collect();
        let cb: Vec<f64> = (0..nb)
            .map(|j| (0..na).map(|i| at(i, j)).fold(0.0, f64::max))
            .collect();
        let facts = self.facts(a, b, &m);
        let (xa, xb) = (self.covered(&a.terms, &ca), self.covered(&b.terms, &cb));
        let ratio = |m: f64, t: f64| if t > 0.0 { m / t } else { 0.0 };
        let (ga, gb) = (
            ratio(xa.general_matched, xa.general),
            ratio(xb.general_matched, xb.general),
        );
        let (la, lb) = (
            ratio(xa.local_matched, xa.local),
            ratio(xb.local_matched, xb.local),
        );
        let anchors = s.anchors;
        // A faint figure on either side is no shared figure (`Term::faint`).
        let faint = |t: &Term| {
            t.faint
                || (b.terms.binary_search_by_key(&t.id, |u| u.id)).is_ok_and(|k| b.terms[k].faint)
        };
        let shared = |pick: fn(&Term) -> bool| {
            a.terms
                .iter()
                .zip(&ca)
                .filter(|(t, c)| pick(t) && **c >= 0.9 && !faint(t))
                .count() as f64
        };
        let short = a.terms.len().min(b.terms.len()) as f64;
        [
            1.0,
            ga.min(gb),
            ga.max(gb),
            la.min(lb),
            la.max(lb),
            (xa.local_matched + xb.local_matched) / 2.0,
            s.score,
            s.choice,
            anchors,
            shared(|t| t.name).min(3.0),
            shared(|t| t.number).min(3.0),
            (1.0 + short).ln(),
            facts.both,
            facts.told_a.max(facts.told_b),
            facts.told_a.min(facts.told_b),
            f64::from(u8::from(standing.first)),
            f64::from(u8::from(standing.top)),
            f64::from(u8::from(standing.greedy)),
            s.quotes,
        ]
    }

    /// The weight of a term for coverage: general-English surprise times rarity in the reports.
    fn weight(&self, t: &Term) -> f64 {
        f64::from(self.vocab.surprise[t.id as usize]) / f64::from(t.share) * self.idf.weight(t.id)
    }

    /// Coverage of the facts (clauses, two adjacent clauses, or the first clause with another)
    /// of each statement by the other; `m` is the credit matrix of `a`'s terms against `b`'s.
    fn facts(&self, a: &Profile, b: &Profile, m: &[f64]) -> Facts {
        let (na, nb) = (a.terms.len(), b.terms.len());
        let (ka, kb) = (usize::from(a.clauses), usize::from(b.clauses));
        // best[i][c]: the best credit of term i of one side in clause c of the other.
        let mut best_a = vec![0.0f64; na * kb];
        let mut best_b = vec![0.0f64; nb * ka];
        for i in 0..na {
            for j in 0..nb {
                let c = m[i * nb + j];
                let (ci, cj) = (
                    usize::from(a.terms[i].clause),
                    usize::from(b.terms[j].clause),
                );
                let x = &mut best_a[i * kb + cj];
                *x = x.max(c);
                let y = &mut best_b[j * ka + ci];
                *y = y.max(c);
            }
        }
        let units_a = units(ka);
        let units_b = units(kb);
        let wa: Vec<f64> = a.terms.iter().map(|t| self.weight(t)).collect();
        let wb: Vec<f64> = b.terms.iter().map(|t| self.weight(t)).collect();
        let clauses =
            |terms: &[Term]| -> Vec<u32> { terms.iter().map(|t| 1 << t.clause).collect() };
        let (clauses_a, clauses_b) = (clauses(&a.terms), clauses(&b.terms));
        // Coverage of unit `u` of one side by unit `v` (a clause mask) of the other.
        let cover = |clause: &[u32], w: &[f64], best: &[f64], k: usize, u: u32, v: u32| {
            let (mut total, mut matched, mut n) = (0.0, 0.0, 0);
            for (i, &bit) in clause.iter().enumerate() {
                if u & bit == 0 {
                    continue;
                }
                n += 1;
                total += w[i];
                let row = &best[i * k..(i + 1) * k];
                // The clauses of `v`, by their bits: a unit has one or two.
                let (mut c, mut rest): (f64, u32) = (0.0, v);
                while rest != 0 {
                    c = c.max(row[rest.trailing_zeros() as usize]);
                    rest &= rest - 1;
                }
                matched += w[i] * c;
            }
            if n < MIN_FACT_TERMS || total <= 0.0 {
                0.0
            } else {
                matched / total
            }
        };
        let all_a = (1u32 << ka) - 1;
        let all_b = (1u32 << kb) - 1;
        let mut f = Facts::default();
        for &u in &units_a {
            f.told_a = f.told_a.max(cover(&clauses_a, &wa, &best_a, kb, u, all_b));
            for &v in &units_b {
                let x = cover(&clauses_a, &wa, &best_a, kb, u, v);
                if x <= f.both {
                    continue;
                }
                let y = cover(&clauses_b, &wb, &best_b, ka, v, u);
                f.both = f.both.max(x.min(y));
            }
        }
        for &v in &units_b {
            f.told_b = f.told_b.max(cover(&clauses_b, &wb, &best_b, ka, v, all_a));
        }
        f
    }
}

/// A fact needs this many terms: one shared word is no fact.
const MIN_FACT_TERMS: usize = 2;

#[derive(Debug, Default)]
struct Facts {
    /// The best coverage, both ways, of a fact of `a` and a fact of `b`.
    both: f64,
    /// The best coverage of a fact of `a` by the whole of `b`, and the reverse.
    told_a: f64,
    told_b: f64,
}

/// The facts of a statement of `k` clauses, as clause masks: each clause, each two adjacent
/// clauses, the first clause (often the subject) with each later one.
fn units(k: usize) -> Vec<u32> {
    let mut u = Vec::new();
    for c in 0..k {
        u.push(1 << c);
        if c + 1 < k {
            u.push((1 << c) | (1 << (c + 1)));
        }
        if c > 1 {
            u.push(1 | (1 << c));
        }
    }
    u
}
