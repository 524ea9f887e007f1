//! What happened to what a count counts ("12 people killed", "injuring at least 20"): read by
//! compare (two counts of two outcomes are two counts) and by alignment (nor do they anchor a
//! link).

use crate::document::Token;
use std::borrow::Borrow;

/// Words after a counted noun that say what happened to it ("people killed").
pub const OUTCOMES: &[&str] = &[
    "arrested",
    "dead",
    "died",
    "displaced",
    "evacuated",
    "hurt",
    "injured",
    "injuries",
    "killed",
    "missing",
    "rescued",
    "trapped",
    "wounded",
];

/// Verbs right before a count that say what happened to what it counts, and the outcome.
const OUTCOMES_BEFORE: &[(&str, &str)] = &[
    ("killing", "killed"),
    ("killed", "killed"),
    ("injuring", "injured"),
    ("injured", "injured"),
    ("wounding", "injured"),
    ("wounded", "injured"),
];

/// The outcomes `outcome` gives, one word for each ("killed" for killed, dead, died).
const JOINED: &[&str] = &[
    "arrested",
    "displaced",
    "evacuated",
    "injured",
    "killed",
    "missing",
    "rescued",
    "trapped",
];

/// What happened to what a count counts, with the words for one outcome joined ("killed" for
/// killed, dead, died), from the tokens `before` the count, those `after` it and how many of
/// these are the noun it counts (`context`, "people" in "three people"): tokens, or references
/// to them as claims hold them.
pub fn outcome<T: Borrow<Token>>(
    before: &[T],
    after: &[T],
    context: usize,
) -> Option<&'static str> {
    fn norm<T: Borrow<Token>>(t: &T) -> &str {
        t.borrow().norm.as_str()
    }
    let context = context.min(after.len());
    // "two of them had died"; but "three of the wounded were in critical condition" names the
    // group the count is part of, not what happened to it.
    let partitive = |k: usize| {
        k >= 2 && matches!(norm(&after[k - 1]), "the" | "those") && norm(&after[k - 2]) == "of"
    };
    // "one arrest, with no injuries": what did not happen to anyone.
    let denied = |k: usize| {
        k >= 1
            && matches!(
                norm(&after[k - 1]),
                "no" | "none" | "not" | "without" | "never"
            )
    };
    let listed = |k: usize| {
        (!denied(k))
            .then(|| OUTCOMES.iter().find(|o| **o == norm(&after[k])))
            .flatten()
    };
    // "12 dead, 4 missing": the word read as what is counted is the outcome itself.
    let own = (0..context).find_map(listed);
    let later = (context..(context + 4).min(after.len()))
        .filter(|&k| !partitive(k))
        .find_map(listed);
    let after = own.or(later).map(|o| match *o {
        "dead" | "died" => "killed",
        "hurt" | "injuries" | "wounded" => "injured",
        o => o,
    });
    // "killing one employee", "injuring at least 20 people": the verb before the count.
    let before = || {
        for t in before.iter().rev().take(3) {
            let w = norm(t);
            if let Some(&(_, o)) = OUTCOMES_BEFORE.iter().find(|(v, _)| *v == w) {
                return Some(o);
            }
            if !matches!(
                w,
                "at" | "least" | "about" | "nearly" | "some" | "more" | "than"
            ) {
                return None;
            }
        }
        None
    };
    after.or_else(before)
}

/// One bit for each outcome `outcome` gives, for sets of them.
pub fn outcome_bit(outcome: &str) -> u8 {
    JOINED
        .iter()
        .position(|o| *o == outcome)
        .map_or(0, |k| 1 << k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    /// The outcome of the first count of a one-statement report.
    fn of(text: &str) -> Option<&'static str> {
        let d = Document::parse("t", text).expect("a report");
        let s = &d.statements[0];
        let q = &s.quantities[0];
        let at = s.tokens.partition_point(|t| t.end <= q.start);
        let next = s.tokens.partition_point(|t| t.start < q.end);
        outcome(&s.tokens[..at], &s.tokens[next..], q.context.len())
    }

    #[test]
    fn reads_the_outcome_after_or_before_a_count() {
        assert_eq!(of("Five people were killed in the blast."), Some("killed"));
        assert_eq!(of("It left 12 dead and 4 missing."), Some("killed"));
        assert_eq!(of("The quake killed at least 20 people."), Some("killed"));
        assert_eq!(
            of("Injuring some 30 people, the storm moved on."),
            Some("injured")
        );
        assert_eq!(of("Two of them had died."), Some("killed"));
        assert_eq!(of("Three were wounded."), Some("injured"));
        assert_eq!(of("Seven people were hurt."), Some("injured"));
        assert_eq!(
            of("It left 50 people with serious injuries."),
            Some("injured")
        );
        // The group a count is part of is not what happened to it.
        assert_eq!(of("Three of the wounded were in critical condition."), None);
        assert_eq!(of("Three people were at the scene."), None);
        // Denied.
        assert_eq!(of("There was one arrest, with no injuries."), None);
        assert_eq!(of("Two people were not hurt."), None);
        // Too far from the count.
        assert_eq!(
            of("Three people were at the scene when it was killed."),
            None
        );
    }

    #[test]
    fn each_outcome_has_a_bit_of_its_own() {
        let bits: Vec<u8> = JOINED.iter().map(|o| outcome_bit(o)).collect();
        assert!(bits.iter().all(|b| b.count_ones() == 1));
        assert_eq!(
            bits.iter().fold(0, |a, b| a | b).count_ones() as usize,
            JOINED.len()
        );
        assert_eq!(outcome_bit("dead"), 0);
        // Every word read gives an outcome with a bit.
        for word in OUTCOMES {
            let read = of(&format!("Five people {word}."));
            assert!(read.is_some_and(|o| outcome_bit(o) != 0), "{word}");
        }
    }
}
