//! Kind `number`: a game's score at one moment told two ways. A game story gives many scores
//! ("a 13-3 halftime lead", "made it 60-46"), each of its own moment, so two are compared only
//! when both sides pin the same moment with the game clock: "a 45-35 lead … with 13:41 to go" /
//! "a 45-36 lead with 13:41 to play".

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use crate::document::game::{clock_at, score_at};

/// One score told at one clock time: the clock as written ("13:41"), the two figures, and the
/// span of the score.
struct Moment<'a> {
    clock: &'a str,
    score: (u32, u32),
    span: Span,
}

/// The moments of a claim: each sentence that tells exactly one score and one game clock.
fn moments<'a>(c: &Claim<'a>) -> Vec<Moment<'a>> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < c.tokens.len() {
        let sentence = c.sentence(k);
        let scores: Vec<(usize, (u32, u32))> = sentence
            .clone()
            .filter_map(|m| score_at(c.doc.text.as_str(), &c.tokens, m).map(|s| (m, s)))
            .collect();
        let clocks: Vec<&str> = (sentence.clone())
            .filter_map(|m| clock_at(&c.doc.text, &c.tokens, m))
            .map(|(start, end)| c.text(Span::new(start, end)))
            .collect();
        if let ([(m, score)], [clock]) = (scores.as_slice(), clocks.as_slice()) {
            out.push(Moment {
                clock,
                score: *score,
                span: c.span_of(*m, m + 1),
            });
        }
        k = sentence.end.max(k + 1);
    }
    out
}

/// Two scores at the same game clock that differ.
pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (ml, mr) = (moments(left), moments(right));
    let mut out = Vec::new();
    for a in &ml {
        let Some(b) = mr.iter().find(|b| b.clock == a.clock) else {
            continue;
        };
        let sorted = |(x, y): (u32, u32)| (x.max(y), x.min(y));
        if sorted(a.score) == sorted(b.score) {
            continue;
        }
        out.push(Finding::between(
            FindingKind::Number,
            a.span,
            b.span,
            format!(
                "different score at {} on the clock: {} vs {}",
                a.clock,
                left.text(a.span),
                right.text(b.span)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| super::findings(l, r))
    }

    #[test]
    fn two_scores_at_one_clock_differ() {
        assert_eq!(
            notes(
                "Rovers took a double-digit lead at 45-35 on two free throws with 13:41 to go.",
                "Two free throws gave Rovers a 45-36 lead with 13:41 to play."
            ),
            ["different score at 13:41 on the clock: 45-35 vs 45-36"]
        );
        // The same score, written the other way round, is the same.
        assert!(
            notes(
                "Rovers led 45-35 with 13:41 to go.",
                "Rovers were up 45-35 with 13:41 left."
            )
            .is_empty()
        );
        // Scores at other moments, or with no clock, are other moments.
        for b in [
            "Rovers led 45-36 with 12:10 to play.",
            "Rovers led 45-36 after two free throws.",
        ] {
            assert!(
                notes("Rovers led 45-35 with 13:41 to go.", b).is_empty(),
                "{b}"
            );
        }
    }
}
