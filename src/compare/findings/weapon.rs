//! Weapon findings (kind `other`): what one person was armed with, told two ways. "armed with
//! a knife" / "armed with a gun", "wielding a machete" / "brandishing a handgun". Weapons of
//! one class are one ("a pistol" / "a handgun"); a side that tells two ("a knife and a gun")
//! fits one of them, and two people (named apart, or "the suspect" / "the officer") may hold
//! two weapons.

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Gun,
    Blade,
    Blunt,
    Explosive,
}

/// Nouns of weapons and their class.
const WEAPONS: &[(&str, Class)] = &[
    ("gun", Class::Gun),
    ("guns", Class::Gun),
    ("handgun", Class::Gun),
    ("pistol", Class::Gun),
    ("revolver", Class::Gun),
    ("rifle", Class::Gun),
    ("shotgun", Class::Gun),
    ("firearm", Class::Gun),
    ("knife", Class::Blade),
    ("knives", Class::Blade),
    ("machete", Class::Blade),
    ("sword", Class::Blade),
    ("dagger", Class::Blade),
    ("axe", Class::Blade),
    ("hatchet", Class::Blade),
    ("cleaver", Class::Blade),
    ("hammer", Class::Blunt),
    ("bat", Class::Blunt),
    ("crowbar", Class::Blunt),
    ("club", Class::Blunt),
    ("bomb", Class::Explosive),
    ("grenade", Class::Explosive),
    ("explosives", Class::Explosive),
];

/// Words that say what follows is a weapon held: "armed with", "wielding".
const HOLDING: &[&str] = &["with", "wielding", "brandishing"];

/// Tokens read after a word of holding for the weapon: "armed with a large kitchen knife".
const REACH: usize = 4;

/// The weapons a side tells someone held: the class, the token of holding, and the span.
fn weapons(c: &Claim) -> Vec<(Class, usize, Span)> {
    let mut out = Vec::new();
    for k in 0..c.tokens.len() {
        let w = c.tokens[k].norm.as_str();
        if !HOLDING.contains(&w) || (w == "with" && c.word_before(k, 1) != Some("armed")) {
            continue;
        }
        let first = if w == "with" { k - 1 } else { k };
        // Each weapon of a list: "armed with a knife and a gun".
        let mut end = (k + 1 + REACH).min(c.tokens.len());
        let mut m = k + 1;
        while m < end && !c.gap(m).contains([',', ';', '.', '(']) {
            if let Some(&(_, class)) = WEAPONS.iter().find(|(n, _)| *n == c.tokens[m].norm) {
                out.push((class, first, c.span_of(first, m)));
                if !matches!(c.word(m + 1), Some("and" | "or")) {
                    break;
                }
                end = (m + 2 + REACH).min(c.tokens.len());
            }
            m += 1;
        }
    }
    out
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lw, rw) = (weapons(left), weapons(right));
    // A side that tells a class the other tells fits ("a knife and a gun" / "a gun").
    if lw.iter().any(|a| rw.iter().any(|b| a.0 == b.0)) {
        return Vec::new();
    }
    for &(_, a, sa) in &lw {
        for &(_, b, sb) in &rw {
            if slot::two_people(left, a, right, b) || slot::two_kinds_of_person(left, a, right, b) {
                continue;
            }
            return vec![slot::finding(
                FindingKind::Other,
                "weapon",
                left,
                sa,
                right,
                sb,
            )];
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
    fn one_person_armed_two_ways() {
        assert_eq!(
            notes(
                "The suspect was armed with a knife when he was arrested outside the station.",
                "The suspect was armed with a gun when he was arrested outside the station."
            ),
            ["different weapon: armed with a knife vs armed with a gun"]
        );
        assert_eq!(
            notes(
                "A man wielding a machete attacked shoppers in the market.",
                "A man brandishing a handgun attacked shoppers in the market."
            ),
            ["different weapon: wielding a machete vs brandishing a handgun"]
        );
        for (a, b) in [
            // One class in other words.
            (
                "The suspect was armed with a pistol when he was arrested.",
                "The suspect was armed with a handgun when he was arrested.",
            ),
            // A side that tells two classes.
            (
                "The suspect was armed with a knife and a gun when he was arrested.",
                "The suspect was armed with a gun when he was arrested.",
            ),
            // Two people.
            (
                "The suspect was armed with a knife when officers arrived.",
                "The officer was armed with a gun when he arrived.",
            ),
            // Not held: "with a gun" after another verb.
            (
                "The suspect was armed with a knife when he was arrested.",
                "The suspect threatened staff with a gun before he was arrested.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
