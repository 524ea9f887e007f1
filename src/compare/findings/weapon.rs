//! Weapon findings (kind `other`): what one person was armed with, told two ways, or that they
//! were unarmed. "armed with a knife" / "armed with a gun", "wielding a machete" / "brandishing
//! a handgun". Weapons of one class are one ("a pistol" / "a handgun"); a side that tells two
//! ("a knife and a gun") fits one of them, and two people (named apart, or "the suspect" / "the
//! officer") may hold two weapons. "An unarmed man" / "who was unarmed" is none, against any
//! weapon held or "was armed"; a side that tells someone unarmed and someone armed ("armed
//! officers shot an unarmed man") tells two people.

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
    /// "was armed": some weapon, untold.
    Any,
    /// "unarmed", "was not armed".
    Unarmed,
}

impl Class {
    /// Whether one weapon may be told as both: one class, or an untold one and any.
    fn fits(self, other: Class) -> bool {
        use Class::*;
        self == other || matches!((self, other), (Any, x) | (x, Any) if x != Unarmed)
    }
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

/// A weapon one side tells someone held, or that they held none.
struct Held<'a> {
    class: Class,
    /// The token it is told at, for the names before it.
    at: usize,
    span: Span,
    /// The noun of the person who held it, if told: "the suspect was armed", "an unarmed man".
    holder: Option<&'a str>,
}

/// The weapons a side tells someone held, or held none.
fn weapons<'a>(c: &Claim<'a>) -> Vec<Held<'a>> {
    let mut out = Vec::new();
    let held = |class, at, span| Held {
        class,
        at,
        span,
        holder: slot::person_noun_before(c, at),
    };
    for k in 0..c.tokens.len() {
        let w = c.tokens[k].norm.as_str();
        if let Some(h) = unarmed(c, k) {
            out.push(h);
            continue;
        }
        // "was armed" without what with: some weapon.
        if w == "armed"
            && c.word_before(k, 1)
                .is_some_and(|b| slot::PASSIVE_BE.contains(&b))
            && c.word(k + 1) != Some("with")
        {
            out.push(held(Class::Any, k, c.span_of(k - 1, k)));
            continue;
        }
        if !HOLDING.contains(&w) || (w == "with" && c.word_before(k, 1) != Some("armed")) {
            continue;
        }
        let first = if w == "with" { k - 1 } else { k };
        // Each weapon of a list: "armed with a knife and a gun".
        let mut end = (k + 1 + REACH).min(c.tokens.len());
        let mut m = k + 1;
        while m < end && !c.gap(m).contains([',', ';', '.', '(']) {
            if let Some(&(_, class)) = WEAPONS.iter().find(|(n, _)| *n == c.tokens[m].norm) {
                out.push(held(class, first, c.span_of(first, m)));
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

/// "unarmed" at token `k`, before the noun of its person ("an unarmed man") or said of one
/// ("who was unarmed"), or "was not armed".
fn unarmed<'a>(c: &Claim<'a>, k: usize) -> Option<Held<'a>> {
    let (first, holder) = match c.word(k)? {
        "unarmed" => {
            let next = c.tokens.get(k + 1).filter(|t| {
                !c.gap(k + 1).contains([',', ';', '.'])
                    && crate::language::kinds::names_person(&t.norm)
            });
            (k, next.map(|t| t.stem.as_str()))
        }
        "armed" if c.word_before(k, 1) == Some("not") => (k - 1, None),
        _ => return None,
    };
    Some(Held {
        class: Class::Unarmed,
        at: k,
        span: c.span_of(first, k),
        holder: holder.or_else(|| slot::person_noun_before(c, k)),
    })
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lw, rw) = (weapons(left), weapons(right));
    // A side that tells a class the other tells fits ("a knife and a gun" / "a gun"); one
    // that tells someone unarmed and someone armed tells two people.
    let fits = lw.iter().any(|a| rw.iter().any(|b| a.class.fits(b.class)));
    let two = |v: &[Held]| {
        v.iter().any(|a| a.class == Class::Unarmed) && v.iter().any(|a| a.class != Class::Unarmed)
    };
    if fits || two(&lw) || two(&rw) {
        return Vec::new();
    }
    for a in &lw {
        for b in &rw {
            if slot::two_people(left, a.at, right, b.at)
                || slot::two_nouns_of_person(a.holder, b.holder)
            {
                continue;
            }
            return vec![slot::finding(
                FindingKind::Other,
                "weapon",
                left,
                a.span,
                right,
                b.span,
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
            // "was armed" tells no class.
            (
                "The suspect was armed when he was arrested outside the station.",
                "The suspect was armed with a gun when he was arrested outside the station.",
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

    #[test]
    fn unarmed_against_armed() {
        assert_eq!(
            notes(
                "Police shot an unarmed man outside the station on Sunday.",
                "Police shot a man armed with a knife outside the station on Sunday."
            ),
            ["different weapon: unarmed vs armed with a knife"]
        );
        assert_eq!(
            notes(
                "The man, who was unarmed, was shot by police on Sunday.",
                "The man, who was armed with a knife, was shot by police on Sunday."
            ),
            ["different weapon: unarmed vs armed with a knife"]
        );
        assert_eq!(
            notes(
                "The teenager was not armed when officers opened fire.",
                "The teenager was armed when officers opened fire."
            ),
            ["different weapon: not armed vs was armed"]
        );
        for (a, b) in [
            // A side that tells someone armed and someone unarmed tells two people.
            (
                "The officers, armed with a rifle, shot an unarmed man on Sunday.",
                "The officers shot a man armed with a knife on Sunday.",
            ),
            // Two kinds of person.
            (
                "Police said the victim was unarmed when he was shot.",
                "Police said the gunman was armed with a rifle when he was shot.",
            ),
            (
                "An unarmed guard was shot in the raid.",
                "The robber was armed with a gun in the raid.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
