//! The choice of links from scored candidate pairs. A statement may take part in several links
//! (a fact told in the headline, the lead and the body of one report links to the other's
//! statement of it, each time), each scored on its own; no order is assumed. To keep a statement
//! from linking to every same-story neighbour, a pair is kept only when it is among the
//! `PER_STATEMENT` best of its left or of its right statement.

use super::AlignedLink;

/// A candidate pair with its link probability and its similarity as wholes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub left: u32,
    pub right: u32,
    pub score: f64,
    pub plain: f64,
}

impl Scored {
    /// The link of the pair at its score.
    pub fn link(&self) -> AlignedLink {
        AlignedLink {
            left: vec![self.left as usize],
            right: vec![self.right as usize],
            score: self.score,
            similarity: self.plain,
            ..Default::default()
        }
    }
}

/// How many of the best counterparts of a statement may be linked to it.
pub const PER_STATEMENT: usize = 1;

/// The links: pairs scoring at least `min_score`, each among the `PER_STATEMENT` best of one of
/// its two statements; in order of their left, then right statement.
pub fn choose(
    mut scored: Vec<Scored>,
    min_score: f64,
    left_len: usize,
    right_len: usize,
) -> Vec<AlignedLink> {
    scored.retain(|c| c.score >= min_score);
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.left.cmp(&b.left))
            .then(a.right.cmp(&b.right))
    });
    let (mut taken_left, mut taken_right) = (vec![0usize; left_len], vec![0usize; right_len]);
    let mut links: Vec<AlignedLink> = Vec::new();
    for c in scored {
        let (i, j) = (c.left as usize, c.right as usize);
        let best_of_one = taken_left[i] < PER_STATEMENT || taken_right[j] < PER_STATEMENT;
        taken_left[i] += 1;
        taken_right[j] += 1;
        if best_of_one {
            links.push(c.link());
        }
    }
    links.sort_by_key(|l| (l.left[0], l.right[0]));
    links
}

/// The pairs a greedy one-to-one choice makes from `(left, right, score)`: best first, each
/// statement in at most one pair, none below `min`; sorted.
pub fn one_to_one(scored: impl Iterator<Item = (u32, u32, f64)>, min: f64) -> Vec<(u32, u32)> {
    let mut scored: Vec<_> = scored.filter(|c| c.2 >= min).collect();
    scored.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let (mut left, mut right) = (
        rustc_hash::FxHashSet::default(),
        rustc_hash::FxHashSet::default(),
    );
    let mut out: Vec<(u32, u32)> = scored
        .into_iter()
        .filter(|&(i, j, _)| {
            !left.contains(&i) && !right.contains(&j) && left.insert(i) && right.insert(j)
        })
        .map(|(i, j, _)| (i, j))
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(left: u32, right: u32, score: f64) -> Scored {
        Scored {
            left,
            right,
            score,
            plain: score,
        }
    }

    fn chosen(scored: Vec<Scored>) -> Vec<(usize, usize)> {
        choose(scored, 0.5, 4, 4)
            .into_iter()
            .map(|l| (l.left[0], l.right[0]))
            .collect()
    }

    #[test]
    fn one_to_one_takes_the_best_remaining() {
        let scored = [
            (0, 0, 0.9),
            (0, 1, 0.8),
            (1, 0, 0.85),
            (1, 1, 0.5),
            (2, 2, 0.2),
        ];
        assert_eq!(one_to_one(scored.into_iter(), 0.35), [(0, 0), (1, 1)]);
    }

    #[test]
    fn a_statement_links_to_several_counterparts() {
        // The headline (0) and the lead (1) both tell the fact of right statement 0, their
        // best counterpart.
        assert_eq!(
            chosen(vec![pair(0, 0, 0.9), pair(1, 0, 0.8), pair(2, 1, 0.7)]),
            [(0, 0), (1, 0), (2, 1)]
        );
    }

    #[test]
    fn pairs_neither_statement_ranks_first_are_dropped() {
        let scored = vec![
            pair(0, 0, 0.95),
            // The best of right 1 (left 0 has better).
            pair(0, 1, 0.94),
            // The best of left 1.
            pair(1, 0, 0.93),
            // Neither left 1's nor right 1's best.
            pair(1, 1, 0.92),
            // Too weak.
            pair(3, 3, 0.4),
        ];
        assert_eq!(chosen(scored), [(0, 0), (0, 1), (1, 0)]);
    }
}
