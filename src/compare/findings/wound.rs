//! Wound findings (kind `other`): where on the body one person was hit. "was shot in the head" /
//! "was shot in the chest", "shot him in the back" / "a gunshot wound to the chest". A part
//! within another is no difference ("in the face" / "in the head", "in the torso" / "in the
//! chest"); a side that tells several parts fits any of them ("shot in the head and chest" /
//! "struck in the chest"); two acts ("shot" / "stabbed") and two named people are not one wound.

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

/// Regions of the body; a wound in one cannot be in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Head,
    Neck,
    Torso,
    Arm,
    Leg,
}

/// A part of the body: its region, and the part within it if the word tells one ("chest"),
/// or none for the region as a whole ("torso", "head").
type Part = (Region, Option<&'static str>);

/// Words of parts of the body, each with its region and part.
const PARTS: &[(&str, Part)] = &[
    ("head", (Region::Head, None)),
    ("skull", (Region::Head, None)),
    ("temple", (Region::Head, None)),
    ("face", (Region::Head, Some("face"))),
    ("cheek", (Region::Head, Some("face"))),
    ("eye", (Region::Head, Some("face"))),
    ("forehead", (Region::Head, Some("face"))),
    ("mouth", (Region::Head, Some("face"))),
    ("jaw", (Region::Head, Some("face"))),
    ("neck", (Region::Neck, None)),
    ("throat", (Region::Neck, None)),
    ("torso", (Region::Torso, None)),
    ("chest", (Region::Torso, Some("chest"))),
    ("back", (Region::Torso, Some("back"))),
    ("stomach", (Region::Torso, Some("abdomen"))),
    ("abdomen", (Region::Torso, Some("abdomen"))),
    ("belly", (Region::Torso, Some("abdomen"))),
    ("side", (Region::Torso, Some("side"))),
    ("groin", (Region::Torso, Some("groin"))),
    ("buttocks", (Region::Torso, Some("buttocks"))),
    ("arm", (Region::Arm, None)),
    ("shoulder", (Region::Arm, Some("shoulder"))),
    ("hand", (Region::Arm, Some("hand"))),
    ("wrist", (Region::Arm, Some("hand"))),
    ("leg", (Region::Leg, None)),
    ("thigh", (Region::Leg, Some("thigh"))),
    ("knee", (Region::Leg, Some("knee"))),
    ("foot", (Region::Leg, Some("foot"))),
    ("ankle", (Region::Leg, Some("foot"))),
];

/// Verbs and nouns of a wound, whose place follows: "shot in the head", "a wound to the chest".
const WOUNDING: &[&str] = &[
    "shot", "stabbed", "hit", "struck", "wounded", "grazed", "slashed", "wound", "wounds",
];

/// Words between a wounding word and "in" or "to": "shot him twice in the chest".
const BETWEEN: &[&str] = &[
    "him",
    "her",
    "them",
    "once",
    "twice",
    "several",
    "times",
    "multiple",
    "repeatedly",
    "fatally",
    "gunshot",
];

/// Words between "in" or "to" and the part: "in the head", "to his upper chest".
const BEFORE_PART: &[&str] = &[
    "the", "his", "her", "their", "upper", "lower", "left", "right",
];

/// One wound a side tells: the wounding word (its act) and the part, with the span of both.
struct Wound {
    act: usize,
    part: Part,
    span: Span,
}

/// The part named at token `k` and the last token of its phrase: "back of the head" is the
/// head.
fn part_at(c: &Claim, k: usize) -> Option<(Part, usize)> {
    let part = |k: usize| {
        let w = c.word(k)?;
        PARTS.iter().find(|(p, _)| *p == w).map(|&(_, part)| part)
    };
    let found = part(k)?;
    // "the back of the head", "the side of his face".
    if c.word(k + 1) == Some("of") {
        let inner = (k + 2..(k + 4).min(c.tokens.len())).find_map(|m| part(m).map(|p| (p, m)));
        if let Some(((region, _), m)) = inner {
            return Some(((region, None), m));
        }
    }
    Some((found, k))
}

/// The wounds a side tells.
fn wounds(c: &Claim) -> Vec<Wound> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        if !WOUNDING.contains(&word(i)) {
            continue;
        }
        let mut k = i + 1;
        while k < c.tokens.len() && BETWEEN.contains(&word(k)) {
            k += 1;
        }
        if !matches!(word(k), "in" | "to") {
            continue;
        }
        // Each part of a list: "in the head and chest", "in the arm or the leg".
        loop {
            k += 1;
            while k < c.tokens.len() && BEFORE_PART.contains(&word(k)) {
                k += 1;
            }
            let Some((part, last)) = part_at(c, k) else {
                break;
            };
            out.push(Wound {
                act: i,
                part,
                span: c.span_of(i, last),
            });
            k = last + 1;
            if !matches!(word(k), "and" | "or") {
                break;
            }
        }
    }
    out
}

/// Two parts that may be one place of a wound: the same region, and no two parts within it.
fn fit(a: Part, b: Part) -> bool {
    a.0 == b.0 && (a.1.is_none() || b.1.is_none() || a.1 == b.1)
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lw, rw) = (wounds(left), wounds(right));
    // A side that tells a part the other does (any two that fit) agrees on it.
    if lw.iter().any(|a| rw.iter().any(|b| fit(a.part, b.part))) {
        return Vec::new();
    }
    for a in &lw {
        for b in &rw {
            let two_people = slot::two_people(left, a.act, right, b.act);
            let (va, vb) = (&left.tokens[a.act].norm, &right.tokens[b.act].norm);
            // A wound is what any of the acts leaves: "a gunshot wound to the neck".
            let any = |v: &str| matches!(v, "wound" | "wounds" | "wounded");
            if (slot::same_act(va, vb) || any(va) || any(vb)) && !two_people {
                return vec![slot::finding(
                    FindingKind::Other,
                    "wound",
                    left,
                    a.span,
                    right,
                    b.span,
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
    fn a_wound_in_two_places() {
        assert_eq!(
            notes(
                "Gray was shot in the back by the officers, the autopsy showed.",
                "Gray was shot in the chest by the officers, the autopsy showed."
            ),
            ["different wound: shot in the back vs shot in the chest"]
        );
        for (a, b) in [
            (
                "The gunman shot him twice in the head at the door.",
                "He was shot in the leg at the door, police said.",
            ),
            (
                "The deputy died of a gunshot wound to the neck.",
                "The deputy was shot in the face at the door.",
            ),
            (
                "The victim was shot in the back of the head.",
                "The victim was shot in the chest.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn one_place_told_two_ways_or_wounds_not_one() {
        for (a, b) in [
            // A part within another.
            (
                "He was shot in the face at the door.",
                "He was shot in the head at the door.",
            ),
            (
                "The officer was shot in the back of the head.",
                "The officer was shot in the head.",
            ),
            (
                "She was shot in the torso, police said.",
                "She was shot in the chest, police said.",
            ),
            // One side tells several parts.
            (
                "She was shot in the face and chest outside the house.",
                "She was shot in the chest outside the house.",
            ),
            // Two acts.
            (
                "He was stabbed in the back during the fight.",
                "He was shot in the chest during the fight.",
            ),
            // Two named people.
            (
                "Latonya Brown was shot in the head.",
                "Tanya Wilson was shot in the side.",
            ),
            // No wound: "hit in the back" of a car, "to the side".
            (
                "The car was pushed to the side of the road.",
                "The driver was shot in the chest.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
