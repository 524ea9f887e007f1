//! Cause-of-death findings (kind `other`): what one person died of, told two ways. "died of
//! pneumonia" / "died of a heart attack", "died from a drug overdose" / "the cause of death was
//! a stroke". Causes that share a word or are WordNet kin are one ("a heart attack" / "heart
//! failure", "his injuries" / "a gunshot wound"); a vague cause ("complications", "natural
//! causes", "his injuries") or a hedged one ("a suspected overdose", "what appeared to be a heart
//! attack") names none; two named people are not one death.

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use rustc_hash::FxHashSet;

/// Causes that tell nothing in particular (as written): any particular cause may be one of
/// them.
const VAGUE: &[&str] = &[
    "cause",
    "causes",
    "complication",
    "complications",
    "condition",
    "conditions",
    "illness",
    "illnesses",
    "disease",
    "diseases",
    "ailment",
    "ailments",
    "injury",
    "injuries",
    "wound",
    "wounds",
    "problem",
    "problems",
    "natural",
    "unknown",
    "undisclosed",
    "unspecified",
];

/// Words before a cause that hedge it or leave it untold: "a suspected overdose", "an
/// apparent heart attack", "was not announced".
const HEDGED: &[&str] = &[
    "suspected",
    "apparent",
    "apparently",
    "possible",
    "possibly",
    "probable",
    "probably",
    "likely",
    "presumed",
    "what",
    // Not told: "the cause of death was not announced", "was being investigated".
    "not",
    "never",
    "yet",
    "being",
    "under",
    "pending",
];

/// Words that end a cause: "of pneumonia at his home", "from a stroke on Friday".
const ENDS: &[&str] = &[
    "at",
    "on",
    "in",
    "after",
    "while",
    "when",
    "before",
    "during",
    "aged",
    "age",
    "and",
    "but",
    "with",
    "last",
    "this",
    "yesterday",
    "today",
    "surrounded",
    "according",
];

/// The most words read of a cause.
const CAUSE_WORDS: usize = 5;

/// One cause of death a side tells: the token after which the person is told, the content
/// words of the cause, and its span.
struct Cause<'a> {
    at: usize,
    words: FxHashSet<&'a str>,
    span: Span,
}

/// The cause read from token `from` on: its content words (canonical stems) and its last
/// token, unless it is hedged or vague.
fn cause_from<'a>(c: &Claim<'a>, from: usize) -> Option<(FxHashSet<&'a str>, usize)> {
    let mut words = FxHashSet::default();
    let mut last = None;
    for k in (from..c.tokens.len()).take(CAUSE_WORDS) {
        let t = c.tokens[k];
        if k > from && c.gap(k).contains([',', ';', ':', '(', '.'])
            || ENDS.contains(&t.norm.as_str())
        {
            break;
        }
        if HEDGED.contains(&t.norm.as_str()) || VAGUE.contains(&t.norm.as_str()) {
            return None;
        }
        last = Some(k);
        if !t.stop && !t.numeric {
            words.insert(crate::language::synonyms::canonical(&t.stem));
        }
    }
    (!words.is_empty()).then_some((words, last?))
}

/// The causes of death a side tells: "died of …", "died from …", "the cause of death was …".
fn causes<'a>(c: &Claim<'a>) -> Vec<Cause<'a>> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let from = match (word(i), word(i + 1)) {
            ("died" | "dies" | "dying", "of" | "from") => i + 2,
            // "the cause of death was a stroke".
            ("death", "was" | "is") if i > 1 && word(i - 1) == "of" && word(i - 2) == "cause" => {
                i + 2
            }
            _ => continue,
        };
        if let Some((words, last)) = cause_from(c, from) {
            out.push(Cause {
                at: i,
                words,
                span: c.span_of(i, last),
            });
        }
    }
    out
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lc, rc) = (causes(left), causes(right));
    // A side with several causes ("died of pneumonia … the cause was heart failure") tells
    // each of them.
    if lc
        .iter()
        .any(|a| rc.iter().any(|b| slot::meet(&a.words, &b.words)))
    {
        return Vec::new();
    }
    for a in &lc {
        if let Some(b) = rc
            .iter()
            .find(|b| !slot::two_people(left, a.at, right, b.at))
        {
            return vec![slot::finding(
                FindingKind::Other,
                "cause of death",
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
    fn two_causes_of_one_death() {
        assert_eq!(
            notes(
                "Page died of pneumonia on Thursday at a Los Angeles hospital.",
                "Page died of a heart attack on Thursday at a Los Angeles hospital."
            ),
            ["different cause of death: died of pneumonia vs died of a heart attack"]
        );
        assert_eq!(
            notes(
                "The singer died from a drug overdose, her family said.",
                "The cause of death was a stroke, her family said."
            )
            .len(),
            1
        );
    }

    #[test]
    fn one_cause_in_other_words_or_none_told() {
        for (a, b) in [
            // A shared word, or WordNet kin.
            (
                "He died of a heart attack at his home.",
                "He died of heart failure at his home.",
            ),
            // Vague or hedged.
            (
                "She died of complications from surgery on Friday.",
                "She died of pneumonia on Friday.",
            ),
            (
                "He died from his injuries in hospital.",
                "He died of a gunshot wound in hospital.",
            ),
            (
                "The actor died of a suspected overdose, police said.",
                "The actor died of a heart attack, police said.",
            ),
            (
                "The cause of death was not announced.",
                "The cause of death was not immediately known.",
            ),
            // A side telling two causes.
            (
                "He died of pneumonia; the cause of death was heart failure.",
                "He died of a heart attack.",
            ),
            // Two named people.
            (
                "Smith died of cancer in 2001.",
                "Jones died of a heart attack in 2001.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
