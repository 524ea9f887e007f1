//! The global choice of links from scored candidate pairs: best pairs first, each statement in
//! at most one link; a statement may take a second counterpart when the two together say what it
//! says (one report splits what the other says in one sentence). No order assumption.

use super::AlignedLink;
use super::profile::Profile;
use super::score::Scorer;

/// A candidate pair with its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub left: u32,
    pub right: u32,
    /// The choice score: what a one-to-one link is made from.
    pub score: f64,
    /// The score of the two statements as wholes: what a merge is decided from (a local match,
    /// such as two quotes of one remark, says nothing about the rest of a group).
    pub plain: f64,
}

/// A statement joins an existing link only if, alone, it scores at least this share of
/// `min_score` with the link's statement on the other side.
pub const MERGE_SHARE: f64 = 0.6;

/// Picks links greedily by score, with merges; `scorer` rescores merged groups.
pub fn choose(
    mut scored: Vec<Scored>,
    min_score: f64,
    left: &[Profile],
    right: &[Profile],
    scorer: &Scorer,
) -> Vec<AlignedLink> {
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.left.cmp(&b.left))
            .then(a.right.cmp(&b.right))
    });
    let mut links: Vec<AlignedLink> = Vec::new();
    let mut left_link: Vec<Option<usize>> = vec![None; left.len()];
    let mut right_link: Vec<Option<usize>> = vec![None; right.len()];
    for c in scored {
        if c.score < min_score * MERGE_SHARE {
            break;
        }
        let (i, j) = (c.left as usize, c.right as usize);
        let mergeable = c.plain >= min_score * MERGE_SHARE;
        match (left_link[i], right_link[j]) {
            (None, None) if c.score >= min_score => {
                left_link[i] = Some(links.len());
                right_link[j] = Some(links.len());
                links.push(AlignedLink {
                    left: vec![i],
                    right: vec![j],
                    score: c.score,
                    similarity: c.plain,
                    ..Default::default()
                });
            }
            (Some(l), None) if mergeable && links[l].left == [i] => {
                let group = links[l].right.iter().chain([&j]).map(|&r| &right[r]);
                let merged = scorer.score(&left[i], &Profile::merge(group));
                if merged > links[l].score {
                    links[l].right.push(j);
                    links[l].score = merged;
                    links[l].similarity = merged;
                    right_link[j] = Some(l);
                }
            }
            (None, Some(l)) if mergeable && links[l].right == [j] => {
                let group = links[l].left.iter().chain([&i]).map(|&r| &left[r]);
                let merged = scorer.score(&Profile::merge(group), &right[j]);
                if merged > links[l].score {
                    links[l].left.push(i);
                    links[l].score = merged;
                    links[l].similarity = merged;
                    left_link[i] = Some(l);
                }
            }
            _ => {}
        }
    }
    for link in &mut links {
        link.left.sort_unstable();
        link.right.sort_unstable();
    }
    links
}
