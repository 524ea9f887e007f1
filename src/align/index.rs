//! Candidate pairs from an inverted index of terms: only statements that share an informative
//! term are ever compared, and each keeps its few best candidates, so the work grows about
//! linearly with the reports instead of with the product of their sizes.

use rayon::prelude::*;

use super::profile::Profile;
use super::score::Idf;

/// Terms in more statements than this are too common to find candidates with (they still count
/// in the score). Keeps the work per statement bounded on huge inputs.
pub const MAX_POSTINGS: usize = 128;

/// Candidates each statement keeps, by exact weighted overlap.
pub const PER_STATEMENT: usize = 8;

/// The (left, right) pairs worth scoring, sorted and without duplicates.
pub fn candidates(
    left: &[Profile],
    right: &[Profile],
    idf: &Idf,
    vocab_len: usize,
) -> Vec<(u32, u32)> {
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab_len];
    for (j, p) in right.iter().enumerate() {
        for t in &p.terms {
            postings[t.id as usize].push(j as u32);
        }
    }
    let mass = |p: &Profile| -> f64 { p.terms.iter().map(|t| idf.weight(t.id)).sum() };
    let right_mass: Vec<f64> = right.iter().map(mass).collect();

    // The left statements in a few runs on all cores; each run keeps its own best of every
    // right statement, merged after.
    let run = left
        .len()
        .div_ceil(rayon::current_num_threads().max(1))
        .max(1);
    let runs: Vec<Run> = left
        .par_chunks(run)
        .enumerate()
        .map(|(r, chunk)| {
            let mut out = Run {
                pairs: Vec::new(),
                best_of_right: vec![Best::default(); right.len()],
            };
            let mut acc = vec![0.0f64; right.len()];
            let mut touched: Vec<u32> = Vec::new();
            let mut best_of_left = Best::default();
            for (k, p) in chunk.iter().enumerate() {
                let i = (r * run + k) as u32;
                for t in &p.terms {
                    let list = &postings[t.id as usize];
                    if list.len() > MAX_POSTINGS {
                        continue;
                    }
                    let w = idf.weight(t.id);
                    for &j in list {
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w;
                    }
                }
                let left_mass = mass(p);
                best_of_left.clear();
                for &j in &touched {
                    let dice = 2.0 * acc[j as usize] / (left_mass + right_mass[j as usize]);
                    acc[j as usize] = 0.0;
                    best_of_left.offer(dice, j);
                    out.best_of_right[j as usize].offer(dice, i);
                }
                touched.clear();
                out.pairs
                    .extend(best_of_left.items.iter().map(|&(_, j)| (i, j)));
            }
            out
        })
        .collect();
    let mut pairs = Vec::new();
    let mut best_of_right: Vec<Best> = vec![Best::default(); right.len()];
    for run in runs {
        pairs.extend(run.pairs);
        for (best, found) in best_of_right.iter_mut().zip(run.best_of_right) {
            for (score, i) in found.items {
                best.offer(score, i);
            }
        }
    }
    for (j, best) in best_of_right.iter().enumerate() {
        pairs.extend(best.items.iter().map(|&(_, i)| (i, j as u32)));
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// What one run of left statements finds: its statements' candidates and its best left
/// statements for each right one.
struct Run {
    pairs: Vec<(u32, u32)>,
    best_of_right: Vec<Best>,
}

/// The `PER_STATEMENT` best-scored items seen so far.
#[derive(Debug, Clone, Default)]
struct Best {
    items: Vec<(f64, u32)>,
    /// Where the lowest score of a full `items` is, and it: most offers fall below it, and are
    /// turned away without a look at the items.
    worst: (usize, f64),
}

impl Best {
    fn clear(&mut self) {
        self.items.clear();
    }

    fn offer(&mut self, score: f64, item: u32) {
        if self.items.len() < PER_STATEMENT {
            self.items.push((score, item));
            if self.items.len() == PER_STATEMENT {
                self.find_worst();
            }
            return;
        }
        if score > self.worst.1 {
            self.items[self.worst.0] = (score, item);
            self.find_worst();
        }
    }

    /// The first of the lowest-scored items.
    fn find_worst(&mut self) {
        self.worst =
            (self.items.iter().enumerate()).fold((0, f64::INFINITY), |(wi, ws), (k, &(s, _))| {
                if s < ws { (k, s) } else { (wi, ws) }
            });
    }
}
