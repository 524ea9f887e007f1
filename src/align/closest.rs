//! The statements of the other report that the link model finds closest to each statement,
//! among those not linked to it: where a reader looks for a counterpart Parallax did not link
//! (the reader's detail of a statement only one report has, the JSON report's `closest`).
//!
//! Kept in fixed arrays, a few per statement, while the candidate pairs are scored: at 20,000
//! statements per side hundreds of thousands of pairs are likely enough to be kept, and a list
//! of them per statement cost 10 MB of the 300 MB budget.

use super::AlignedLink;
use super::choose::Scored;
use rustc_hash::FxHashSet;

/// How many of the closest unlinked statements are kept per statement.
pub const CLOSEST_COUNT: usize = 3;

/// The least link probability of a statement kept as close: under it, the model finds a pair as
/// unlikely as two statements of one story that tell different things.
pub const CLOSEST_MIN: f64 = 0.1;

/// Statements kept per statement while scoring, before the linked ones are left out: a
/// statement is seldom in more links than this beyond `CLOSEST_COUNT`.
const KEPT: usize = CLOSEST_COUNT + 3;

/// The likeliest counterparts of one statement, likeliest first (ties: the earlier statement).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearest<const N: usize> {
    len: u8,
    items: [(u32, f32); N],
}

impl<const N: usize> Default for Nearest<N> {
    fn default() -> Self {
        Nearest {
            len: 0,
            items: [(0, 0.0); N],
        }
    }
}

impl<const N: usize> Nearest<N> {
    /// The counterparts kept, likeliest first: (statement index, link probability).
    pub fn items(&self) -> &[(u32, f32)] {
        &self.items[..usize::from(self.len)]
    }

    /// Keeps `statement` at probability `p` if it is among the `N` likeliest offered.
    fn offer(&mut self, statement: u32, p: f32) {
        let len = usize::from(self.len);
        let before = |x: &(u32, f32)| x.1 > p || (x.1 == p && x.0 < statement);
        let at = self.items[..len].iter().take_while(|x| before(x)).count();
        if at == N {
            return;
        }
        let end = len.min(N - 1);
        self.items.copy_within(at..end, at + 1);
        self.items[at] = (statement, p);
        self.len = (len + 1).min(N) as u8;
    }
}

/// The closest unlinked statements of every statement of both reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Closest {
    /// By left statement: right statements.
    pub left: Vec<Nearest<CLOSEST_COUNT>>,
    /// By right statement: left statements.
    pub right: Vec<Nearest<CLOSEST_COUNT>>,
}

/// The likeliest candidates of each statement, gathered while the pairs are scored.
pub(super) struct Gathered {
    left: Vec<Nearest<KEPT>>,
    right: Vec<Nearest<KEPT>>,
}

impl Gathered {
    pub fn new((left, right): (usize, usize)) -> Gathered {
        Gathered {
            left: vec![Nearest::default(); left],
            right: vec![Nearest::default(); right],
        }
    }

    /// Takes in every scored candidate pair likely enough (`CLOSEST_MIN`).
    pub fn offer(&mut self, scored: &[Scored]) {
        for s in scored.iter().filter(|s| s.score >= CLOSEST_MIN) {
            let p = s.score as f32;
            self.left[s.left as usize].offer(s.right, p);
            self.right[s.right as usize].offer(s.left, p);
        }
    }

    /// The closest statements, the pairs of `links` left out.
    pub fn closest(self, links: &[AlignedLink]) -> Closest {
        let linked: FxHashSet<(u32, u32)> = links
            .iter()
            .flat_map(|l| {
                (l.left.iter()).flat_map(|&i| l.right.iter().map(move |&j| (i as u32, j as u32)))
            })
            .collect();
        let keep = |kept: Vec<Nearest<KEPT>>, pair: fn(u32, u32) -> (u32, u32)| {
            (kept.iter().enumerate())
                .map(|(i, n)| {
                    let mut out = Nearest::default();
                    for &(j, p) in n.items() {
                        if !linked.contains(&pair(i as u32, j)) {
                            out.offer(j, p);
                        }
                    }
                    out
                })
                .collect()
        };
        Closest {
            left: keep(self.left, |i, j| (i, j)),
            right: keep(self.right, |j, i| (i, j)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_statements_are_the_likeliest_not_linked() {
        let pair = |left: u32, right: u32, score: f64| Scored {
            left,
            right,
            score,
            plain: score,
        };
        let scored = [
            pair(0, 0, 0.9),
            pair(0, 1, 0.3),
            pair(0, 2, 0.05),
            pair(1, 0, 0.2),
            pair(1, 1, 0.4),
            pair(1, 2, 0.25),
            pair(1, 3, 0.15),
            pair(1, 4, 0.125),
        ];
        let linked = AlignedLink {
            left: vec![0],
            right: vec![0],
            ..Default::default()
        };
        let mut g = Gathered::new((2, 5));
        g.offer(&scored);
        let c = g.closest(&[linked]);
        // The link's own pair is no candidate; under `CLOSEST_MIN` none is either.
        assert_eq!(c.left[0].items(), [(1, 0.3)]);
        // The likeliest first, `CLOSEST_COUNT` at most.
        assert_eq!(c.left[1].items(), [(1, 0.4), (2, 0.25), (0, 0.2)]);
        assert_eq!(c.right[0].items(), [(1, 0.2)]);
        assert_eq!(c.right[1].items(), [(1, 0.4), (0, 0.3)]);
        assert_eq!(c.right[2].items(), [(1, 0.25)]);
    }

    #[test]
    fn a_few_likeliest_are_kept_in_order() {
        let mut n = Nearest::<3>::default();
        for (s, p) in [(5, 0.2), (1, 0.5), (7, 0.2), (2, 0.9), (3, 0.1), (0, 0.2)] {
            n.offer(s, p);
        }
        // Ties go to the earlier statement.
        assert_eq!(n.items(), [(2, 0.9), (1, 0.5), (0, 0.2)]);
    }
}
