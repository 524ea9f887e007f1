//! Outcome findings: states of one person that exclude each other. "The driver is in critical
//! condition" or "was injured" against "the driver died" or "was killed". Only one named or
//! singular person ("the driver", "Kovac"), never a count: "20 were injured" and "3 were
//! killed" may both be true. A side that gives both states ("was injured and later died") is
//! no contradiction.

use super::aliases::Aliases;
use super::claim::Claim;
use super::{Finding, FindingKind};
use crate::document::Span;

/// Words between a person and the state said of them: "was critically injured", "is in
/// stable condition", "was found dead".
const SKIP: &[&str] = &[
    "badly",
    "been",
    "being",
    "critically",
    "fatally",
    "found",
    "had",
    "has",
    "have",
    "in",
    "is",
    "later",
    "lightly",
    "mortally",
    "pronounced",
    "remained",
    "remains",
    "reportedly",
    "seriously",
    "slightly",
    "was",
    "were",
];

/// Words before the person that make them one person: "the driver", "his wife".
const SINGULAR: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// One state of one person.
struct State {
    /// The person: a name's words, or a common noun's stem.
    person: Vec<String>,
    alive: bool,
    span: Span,
    /// Same-slot evidence the person gives: 2 for a name, 1 for a common noun ("the driver").
    anchors: usize,
}

/// The state a cue at token `i` gives, and its last token: alive or dead.
fn cue(c: &Claim, i: usize) -> Option<(bool, usize)> {
    let w = c.tokens[i].norm.as_str();
    let next = c.tokens.get(i + 1).map(|t| t.norm.as_str());
    let passive = i > 0
        && matches!(
            c.tokens[i - 1].norm.as_str(),
            "was" | "were" | "is" | "been"
        )
        || i > 1 && c.tokens[i - 1].norm.ends_with("ly");
    Some(match w {
        "critical" | "stable" | "serious" | "satisfactory" if next == Some("condition") => {
            (true, i + 1)
        }
        "injured" | "wounded" | "hurt" | "hospitalised" | "hospitalized" if passive => (true, i),
        "survived" | "alive" => (true, i),
        "killed" if passive => (false, i),
        "died" | "dies" | "dead" | "perished" => (false, i),
        _ => return None,
    })
}

fn states(c: &Claim) -> Vec<State> {
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let Some((alive, last)) = cue(c, i) else {
            continue;
        };
        let mut first = i;
        if first > 0 && c.tokens[first - 1].norm == "in" {
            first -= 1;
        }
        let mut p = i;
        while p > 0 && SKIP.contains(&c.tokens[p - 1].norm.as_str()) {
            p -= 1;
        }
        if p == 0 || !c.gap(p).trim().is_empty() {
            continue;
        }
        let s = p - 1;
        let t = c.tokens[s];
        let (person, anchors) = if let Some(name) = c.name_at(s) {
            (name.words.clone(), 2)
        } else if !t.stop && !t.numeric && !t.norm.ends_with('s') && determined(c, s) {
            (vec![t.stem.clone()], 1)
        } else {
            continue;
        };
        out.push(State {
            person,
            anchors,
            alive,
            span: c.span_of(first, last),
        });
    }
    out
}

/// Whether the noun at `s` has a singular determiner, with at most two words between: "the
/// bus driver", "his eldest son".
fn determined(c: &Claim, s: usize) -> bool {
    (s.saturating_sub(3)..s).rev().any(|d| {
        SINGULAR.contains(&c.tokens[d].norm.as_str())
            && (d + 1..s).all(|k| {
                let t = c.tokens[k];
                !t.stop && !t.numeric && c.gap(k + 1).trim().is_empty()
            })
    })
}

/// Whether a side gives both kinds of state, of anyone ("was injured and later died").
fn both(c: &Claim) -> bool {
    let kinds: Vec<bool> = (0..c.tokens.len())
        .filter_map(|i| cue(c, i).map(|k| k.0))
        .collect();
    kinds.contains(&true) && kinds.contains(&false)
}

pub(crate) fn findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    // A side that gives both states ("injured, later died") is no clear contradiction.
    if both(left) || both(right) {
        return Vec::new();
    }
    let (ls, rs) = (states(left), states(right));
    let same = |a: &State, b: &State| a.person == b.person || aliases.same(&a.person, &b.person);
    for a in &ls {
        if let Some(b) = rs.iter().find(|b| b.alive != a.alive && same(a, b)) {
            return vec![Finding {
                kind: FindingKind::Other,
                left: Some(a.span),
                right: Some(b.span),
                note: format!(
                    "different outcome: {} vs {}",
                    left.text(a.span),
                    right.text(b.span)
                ),
                anchors: a.anchors.min(b.anchors),
            }];
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| findings(l, r, &c.aliases))
    }

    #[test]
    fn alive_against_dead() {
        assert_eq!(
            notes(
                "The driver is in critical condition in hospital, police said.",
                "The driver died in hospital, police said."
            ),
            ["different outcome: in critical condition vs died"]
        );
        assert_eq!(
            notes(
                "Mayor Anna Kovac was seriously injured in the attack.",
                "Kovac was killed in the attack."
            ),
            ["different outcome: injured vs killed"]
        );
    }

    #[test]
    fn counts_and_both_states_are_no_finding() {
        assert!(notes("Twenty people were injured.", "Three people were killed.").is_empty());
        assert!(
            notes(
                "The driver was injured and later died in hospital.",
                "The driver died in hospital."
            )
            .is_empty()
        );
        assert!(notes("The driver was injured.", "The passenger was killed.").is_empty());
        assert!(notes("The blast killed the driver.", "The driver was injured.").is_empty());
    }
}
