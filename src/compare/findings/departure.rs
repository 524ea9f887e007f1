//! Departure findings (kind `other`): how one person left a post. "the 76ers fired coach
//! Maurice Cheeks" or "Cheeks was sacked" / "Cheeks resigned" or "stepped down". Only
//! departures told as done: "refused to resign", "could be fired", "will step down" tell none;
//! "fired" of a weapon ("police fired shots", "shots were fired") is no dismissal, nor is
//! "retired" (most often "a retired teacher"). A side that tells both ("the team says he was
//! fired; he says he quit") fits either; two named people are two departures.

use rustc_hash::FxHashSet;

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Departure {
    Dismissed,
    Resigned,
}

/// Verbs of a dismissal, active ("fired Cheeks") or passive ("was sacked").
const DISMISSED: &[&str] = &[
    "fired",
    "fires",
    "sacked",
    "sacks",
    "dismissed",
    "dismisses",
    "ousted",
    "axed",
];

/// Verbs of leaving of one's own will.
const RESIGNED: &[&str] = &["resigned", "resigns", "quit", "quits"];

/// Nouns of a post holder a dismissal may name: "fired coach Maurice Cheeks", "sacked the
/// manager".
const HOLDERS: &[&str] = &[
    "coach",
    "manager",
    "boss",
    "chief",
    "director",
    "executive",
    "ceo",
    "chairman",
    "president",
    "minister",
    "secretary",
    "head",
    "editor",
    "commissioner",
    "him",
    "her",
];

/// Words within two tokens before a departure that leave it undone: "refused to resign",
/// "could be fired", "will step down", "calls for him to quit".
const UNDONE: &[&str] = &[
    "to", "will", "would", "could", "may", "might", "can", "should", "not", "never", "if",
    "unless", "be",
];

/// Auxiliaries of a passive dismissal: "was fired", "has been sacked".
const PASSIVE: &[&str] = &["was", "were", "is", "be", "been", "being", "get", "got"];

/// The names of the person a departure at token `i` is told of: for an active dismissal those
/// right after it ("fired coach Maurice Cheeks"), otherwise those before it in its sentence.
fn who<'a>(c: &Claim<'a>, i: usize, active: bool) -> FxHashSet<&'a str> {
    if !active {
        return slot::names_before(c, i);
    }
    (i + 1..(i + 1 + HOLDER_REACH).min(c.tokens.len()))
        .filter(|&m| c.name_at(m).is_some())
        .map(|m| c.tokens[m].norm.as_str())
        .collect()
}

/// Tokens after an active dismissal read for whom it dismissed.
const HOLDER_REACH: usize = 4;

/// The departures a side tells as done, each with its span and the names of the person.
fn departures<'a>(c: &Claim<'a>) -> Vec<(Departure, (Span, FxHashSet<&'a str>))> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let w = word(i);
        let cue =
            DISMISSED.contains(&w) || RESIGNED.contains(&w) || matches!(w, "stepped" | "steps");
        if !cue || (i.saturating_sub(2)..i).any(|m| UNDONE.contains(&word(m))) {
            continue;
        }
        let passive = i > 0 && PASSIVE.contains(&word(i - 1));
        let found = if DISMISSED.contains(&w) {
            // Whom: a name or a post holder right after an active verb ("fired coach Maurice
            // Cheeks", "sacked the manager"); a name or holder before a passive one ("Cheeks was
            // fired"), never shots, rounds or gas.
            let person = |k: usize| c.name_at(k).is_some() || HOLDERS.contains(&word(k));
            let object = (i + 1..(i + 3).min(c.tokens.len()))
                .take_while(|&k| {
                    person(k) || matches!(word(k), "the" | "his" | "its" | "their" | "head")
                })
                .any(person);
            // "Shots were fired at the house": fire aimed somewhere.
            let aimed = matches!(word(i + 1), "at" | "upon" | "into" | "toward" | "towards");
            let pronoun = |k: usize| matches!(word(k), "he" | "she");
            let subject = passive && !aimed && i > 1 && (person(i - 2) || pronoun(i - 2));
            (object || subject).then_some((Departure::Dismissed, object && !passive))
        } else if RESIGNED.contains(&w)
            || (matches!(w, "stepped" | "steps") && word(i + 1) == "down")
        {
            Some((Departure::Resigned, false))
        } else {
            None
        };
        if let Some((kind, active)) = found {
            let last = if word(i + 1) == "down" { i + 1 } else { i };
            out.push((kind, (c.span_of(i, last), who(c, i, active))));
        }
    }
    out
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (ld, rd) = (departures(left), departures(right));
    let one_person = |(_, x): &(Span, FxHashSet<&str>), (_, y): &(Span, FxHashSet<&str>)| {
        !slot::named_apart(x, y)
    };
    slot::differing(&ld, &rd, one_person)
        .map(|((a, _), (b, _))| slot::finding(FindingKind::Other, "departure", left, *a, right, *b))
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn dismissed_against_resigned() {
        assert_eq!(
            notes(
                "The 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start.",
                "Coach Maurice Cheeks resigned on Saturday after a 9-14 start."
            ),
            ["different departure: fired vs resigned"]
        );
        for (a, b) in [
            (
                "Cheeks was sacked on Saturday after a 9-14 start.",
                "Cheeks stepped down on Saturday after a 9-14 start.",
            ),
            (
                "The board dismissed the chief executive on Monday.",
                "The chief executive quit on Monday, the board said.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn departures_not_done_or_not_one() {
        for (a, b) in [
            // Not done.
            (
                "Cheeks refused to resign on Saturday after a 9-14 start.",
                "The 76ers fired Cheeks on Saturday after a 9-14 start.",
            ),
            (
                "Cheeks could be fired after a 9-14 start.",
                "Cheeks resigned on Saturday after a 9-14 start.",
            ),
            // Shots, not a dismissal.
            (
                "Cheeks has not resigned, the team said on Saturday.",
                "The 76ers fired Cheeks on Saturday, the team said.",
            ),
            (
                "Police fired shots at the coach's car on Saturday.",
                "The coach resigned on Saturday.",
            ),
            (
                "Shots were fired at the coach's house on Saturday.",
                "The coach resigned on Saturday.",
            ),
            // "retired" is most often an attribute.
            (
                "The coach was fired on Saturday after a 9-14 start.",
                "A retired teacher saw the coach leave the arena on Saturday.",
            ),
            // Two named people.
            (
                "The 76ers fired coach Maurice Cheeks on Saturday.",
                "General manager Billy King resigned on Saturday.",
            ),
            // One side tells both.
            (
                "Cheeks says he resigned; the team says he was fired.",
                "The 76ers fired Cheeks on Saturday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
