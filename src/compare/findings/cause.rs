//! Cause findings (kind `other`): one side says an event was deliberate ("the fire was started
//! deliberately", "an arson attack"), the other that it was an accident ("the fire was an
//! accident", "accidentally"). Only causes stated: "being investigated as arson", "may have been
//! an accident", "police have not ruled out arson" leave the cause open, and the hedge finder
//! reads them. A side that gives both ("an accident, not arson") makes none.

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cause {
    Deliberate,
    Accidental,
}

/// Words that state a cause.
const CAUSES: &[(&str, Cause)] = &[
    ("deliberately", Cause::Deliberate),
    ("deliberate", Cause::Deliberate),
    ("intentionally", Cause::Deliberate),
    ("arson", Cause::Deliberate),
    ("accident", Cause::Accidental),
    ("accidental", Cause::Accidental),
    ("accidentally", Cause::Accidental),
];

/// Words before a cause that leave it open, deny it or name it as a hypothesis: "not
/// deliberate", "possible arson", "investigated as an arson", "whether it was an accident".
const OPEN: &[&str] = &[
    "not",
    "no",
    "never",
    "ruled",
    "rule",
    "may",
    "might",
    "could",
    "possibly",
    "possible",
    "potential",
    "potentially",
    "suspected",
    "suspect",
    "suspicion",
    "whether",
    "if",
    "investigated",
    "investigating",
    "investigation",
    "investigate",
    "treated",
    "treating",
    "probe",
    "probing",
    "unclear",
    "unknown",
    "believed",
    "thought",
    "likely",
    "probably",
    "considering",
    "considered",
];

/// Tokens before a cause read for a word that leaves it open.
const OPEN_REACH: usize = 4;

/// The causes a side states, with their token.
fn causes(c: &Claim) -> Vec<(Cause, usize)> {
    (0..c.tokens.len())
        .filter_map(|i| {
            let w = c.tokens[i].norm.as_str();
            let cause = CAUSES.iter().find(|(x, _)| *x == w).map(|&(_, k)| k)?;
            // "accident and emergency" is a hospital ward; "a car accident" names a crash, not
            // its cause.
            let ward = w == "accident" && c.word(i + 1) == Some("and");
            let crash = w == "accident"
                && i > 0
                && matches!(
                    c.tokens[i - 1].norm.as_str(),
                    "car" | "traffic" | "road" | "motorcycle" | "industrial" | "workplace"
                );
            let open = (i.saturating_sub(OPEN_REACH)..i)
                .any(|k| OPEN.contains(&c.tokens[k].norm.as_str()));
            (!ward && !crash && !open).then_some((cause, i))
        })
        .collect()
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lc, rc) = (causes(left), causes(right));
    let both = |v: &[(Cause, usize)]| v.iter().any(|a| v.iter().any(|b| a.0 != b.0));
    if both(&lc) || both(&rc) {
        return Vec::new();
    }
    for &(a, i) in &lc {
        for &(b, k) in &rc {
            let (x, y) = (left.tokens[i], right.tokens[k]);
            let (sa, sb) = (Span::new(x.start, x.end), Span::new(y.start, y.end));
            // Said of one event: a word around both causes is shared ("the fire was started
            // deliberately" / "the fire was an accident").
            let shared = !slot::around(left, sa).is_disjoint(&slot::around(right, sb));
            if a != b && shared {
                return vec![slot::finding(
                    FindingKind::Other,
                    "cause",
                    left,
                    sa,
                    right,
                    sb,
                )];
            }
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn deliberate_against_accident() {
        assert_eq!(
            notes(
                "The fire was started deliberately, police said.",
                "The fire was an accident, police said."
            ),
            ["different cause: deliberately vs accident"]
        );
        assert_eq!(
            notes(
                "Investigators said the blaze at the warehouse was arson.",
                "The blaze at the warehouse was accidental, investigators said."
            )
            .len(),
            1
        );
        // A cause denied is no cause stated: the accident stands.
        assert_eq!(
            notes(
                "The fire was an accident, not arson, police said.",
                "The fire was started deliberately, police said."
            ),
            ["different cause: accident vs deliberately"]
        );
    }

    #[test]
    fn causes_left_open_or_of_other_things() {
        for (a, b) in [
            // A hypothesis, not a cause stated.
            (
                "The fire is being investigated as arson, police said.",
                "The fire was an accident, police said.",
            ),
            (
                "Police have not ruled out arson in the fire.",
                "The fire was an accident, fire officials said.",
            ),
            // One side tells both, of two fires.
            (
                "The first fire was an accident, but the second was started deliberately.",
                "The fire was started deliberately, police said.",
            ),
            // A crash named, and a hospital ward.
            (
                "The driver died in a car accident on the bridge.",
                "The driver deliberately drove off the bridge, police said.",
            ),
            (
                "She was taken to accident and emergency after the fire.",
                "The fire was started deliberately, police said.",
            ),
            // Two things: nothing shared around the causes.
            (
                "The blaze was started deliberately in the bins.",
                "His fall from the ladder was an accident, his brother said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
