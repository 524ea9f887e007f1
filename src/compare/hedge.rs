//! Hedge findings: how sure each report is. Each side's certainty markers ("reportedly",
//! "possibly", "likely", "almost certain", "confirmed") get a grade; a finding when both sides
//! mark their certainty and no grade is shared. A bare assertion against a hedged one is less
//! detail, not a finding.

use super::claim::Claim;
use super::{Finding, FindingKind};
use crate::document::Span;

/// Certainty grades, from hearsay to established fact.
const GRADES: [&str; 5] = [
    "unverified",
    "possible",
    "likely",
    "almost certain",
    "certain",
];

/// Markers: words (normalised), the grade, and the word that must follow (or "").
const MARKERS: &[(&str, &str, usize)] = &[
    ("reportedly", "", 0),
    ("allegedly", "", 0),
    ("purportedly", "", 0),
    ("unconfirmed", "", 0),
    ("rumoured", "", 0),
    ("rumored", "", 0),
    ("possibly", "", 1),
    ("perhaps", "", 1),
    ("possible", "", 1),
    ("may", "have", 1),
    ("might", "have", 1),
    ("could", "have", 1),
    ("likely", "", 2),
    ("probably", "", 2),
    ("probable", "", 2),
    ("apparently", "", 2),
    ("suspected", "", 2),
    ("believed", "to", 2),
    ("almost", "certain", 3),
    ("almost", "certainly", 3),
    ("highly", "likely", 3),
    ("very", "likely", 3),
    ("virtually", "certain", 3),
    ("confirmed", "", 4),
    ("certain", "", 4),
    ("certainly", "", 4),
    ("definitely", "", 4),
    ("undoubtedly", "", 4),
    ("proven", "", 4),
];

struct Marker {
    grade: usize,
    span: Span,
}

fn markers(c: &Claim) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.tokens.len() {
        let w = c.tokens[i].norm.as_str();
        let next = c.tokens.get(i + 1).map(|t| t.norm.as_str()).unwrap_or("");
        // Two-word markers first, so that "almost certain" is not read as "certain".
        let found = MARKERS
            .iter()
            .filter(|(m, after, _)| *m == w && (after.is_empty() || *after == next))
            .max_by_key(|(_, after, _)| after.len());
        match found {
            // "confirmed" as a speech verb ("Kazemi confirmed in a speech") grades nothing; as
            // a state ("was confirmed", "confirmed dead") it is certain.
            Some(("confirmed", _, _)) if !confirmed_state(c, i) => i += 1,
            Some((_, after, grade)) => {
                let two = !after.is_empty() && ["certain", "certainly", "likely"].contains(after);
                let last = if two { i + 1 } else { i };
                // "not confirmed", "not likely": a negated marker is no clear grade.
                let negated = i > 0 && matches!(c.tokens[i - 1].norm.as_str(), "not" | "never");
                if !negated {
                    out.push(Marker {
                        grade: *grade,
                        span: c.span_of(i, last),
                    });
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

fn confirmed_state(c: &Claim, i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| c.tokens[p].norm.as_str());
    let next = c.tokens.get(i + 1).map(|t| t.norm.as_str());
    matches!(
        prev,
        Some("was" | "were" | "been" | "is" | "are" | "officially")
    ) || matches!(next, Some("dead" | "killed"))
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lm, rm) = (markers(left), markers(right));
    if lm.is_empty() || rm.is_empty() || lm.iter().any(|a| rm.iter().any(|b| a.grade == b.grade)) {
        return Vec::new();
    }
    let (a, b) = (&lm[0], &rm[0]);
    vec![Finding {
        kind: FindingKind::Hedge,
        left: Some(a.span),
        right: Some(b.span),
        note: format!(
            "different certainty: \"{}\" ({}) vs \"{}\" ({})",
            left.text(a.span),
            GRADES[a.grade],
            right.text(b.span),
            GRADES[b.grade]
        ),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn grades_differ() {
        assert_eq!(
            notes(
                "Officials said Iran was likely behind the attack.",
                "Officials said it is almost certain that Iran was behind the attack."
            ),
            ["different certainty: \"likely\" (likely) vs \"almost certain\" (almost certain)"]
        );
        assert!(notes("He was reportedly killed.", "His death was confirmed.").len() == 1);
        assert!(notes("He was reportedly killed.", "He was killed.").is_empty());
        assert!(notes("He was reportedly killed.", "He was allegedly killed.").is_empty());
    }
}
