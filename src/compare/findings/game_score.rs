//! Kind `number`: a game's score at one moment told two ways. A game story gives many scores
//! ("a 13-3 halftime lead", "made it 60-46"), each of its own moment, so two are compared only
//! when both sides pin the same moment with the game clock: "a 45-35 lead … with 13:41 to go" /
//! "a 45-36 lead with 13:41 to play". A game's result ("Rovers beat City 2-1", "City lost 2-1
//! to Rovers") is its own moment: two results of the same two sides that differ in the winner
//! (kind `other`) or in the final score are a finding.

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use crate::document::game::{clock_at, score_at};
use crate::language::aliases::Aliases;

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

/// Verbs of a result whose subject won ("Rovers beat City 2-1") or lost ("City lost 2-1 to
/// Rovers"); "won" and "drew" name the other side after a word (`other_side`).
const WON: &[&str] = &[
    "beat",
    "beats",
    "crushed",
    "defeated",
    "defeats",
    "downed",
    "edged",
    "edges",
    "outlasted",
    "routed",
    "stunned",
    "thrashed",
    "topped",
    "whipped",
];
const LOST: &[&str] = &["lost", "loses", "fell", "falls"];

/// The word before the other side of a result: "won against City", "lost to Rovers", "drew
/// with City" ("won with Smith scoring twice" names no side).
fn other_side(verb: &str, word: &str) -> bool {
    match verb {
        "drew" => word == "with",
        v if LOST.contains(&v) => word == "to",
        _ => matches!(word, "against" | "over"),
    }
}

/// Tokens after a result verb read for its score and the other side.
const RESULT_REACH: usize = 8;

/// A game's result as a side tells it: the two sides (the winner first, unless a draw), and
/// the final score with its span, if given.
struct Outcome<'a> {
    sides: [&'a [String]; 2],
    draw: bool,
    score: Option<((u32, u32), Span)>,
    span: Span,
}

/// The name that ends right before token `v`, with nothing between.
fn name_before<'a>(c: &Claim<'a>, v: usize) -> Option<&'a [String]> {
    let k = v.checked_sub(1)?;
    (c.gap(v).trim().is_empty() && !c.possessive(k))
        .then(|| c.name_at(k))
        .flatten()
        .map(|n| n.words.as_slice())
}

/// The result told at verb `v`: "Rovers beat City 2-1", "Rovers won 2-1 against City",
/// "City lost 2-1 to Rovers", "Rovers drew 1-1 with City".
fn outcome_at<'a>(c: &Claim<'a>, v: usize) -> Option<Outcome<'a>> {
    let w = c.word(v)?;
    let (won, lost, drew) = (WON.contains(&w), LOST.contains(&w), w == "drew");
    // In a title-case headline the verb may be read into a name ("Colts Beat Chiefs").
    if !(won || lost || drew || w == "won") || c.name_at(v).is_some() {
        return None;
    }
    let subject = name_before(c, v)?;
    let sentence = c.sentence(v);
    let text = c.doc.text.as_str();
    let end = (v + 1 + RESULT_REACH).min(sentence.end);
    let mut score = None;
    let mut other = None;
    let mut k = v + 1;
    while k < end && other.is_none() {
        if c.gap(k).contains([',', ';', ':', '(']) {
            break;
        }
        if let Some(s) = score_at(text, &c.tokens, k) {
            score = Some((s, k));
            k += 2;
            continue;
        }
        let word = c.tokens[k].norm.as_str();
        // The other side: right after a verb that names it ("beat City"), or after "against",
        // "over", "to", "with".
        let after_verb = won && k == v + 1 || (won && k == v + 2 && c.word(v + 1) == Some("the"));
        let side = |m: usize| other_side(w, &c.tokens[m].norm);
        let after_word =
            k > v + 1 && side(k - 1) || (k > v + 2 && c.word(k - 1) == Some("the") && side(k - 2));
        if (after_verb || after_word) && c.name_at(k).is_some() {
            other = c.name_at(k).map(|n| (n.words.as_slice(), k));
        } else if !(after_verb || after_word || word == "the" || side(k)) {
            // "won the toss against City", "beat them": no game's result.
            break;
        }
        k += 1;
    }
    // The score after the other side's name: "beat City 2-1", "beat City by 2-1".
    let (other, other_at) = other?;
    if score.is_none() {
        let name_end = (k..sentence.end)
            .find(|&m| c.name_at(m).is_none())
            .unwrap_or(sentence.end);
        score = (name_end..(name_end + 2).min(sentence.end))
            .take_while(|&m| !c.gap(m).contains([',', ';', ':', '(']))
            .find_map(|m| score_at(text, &c.tokens, m).map(|s| (s, m)));
    }
    let (winner, loser) = if lost {
        (other, subject)
    } else {
        (subject, other)
    };
    let name_last = (other_at..sentence.end)
        .take_while(|&m| c.name_at(m).is_some() && c.name_start(m) == other_at)
        .last()
        .unwrap_or(other_at);
    let score_last = score.map_or(0, |(_, m)| m + 1);
    let last = name_last.max(score_last);
    Some(Outcome {
        sides: [winner, loser],
        draw: drew,
        score: score.map(|(s, m)| (s, c.span_of(m, m + 1))),
        span: c.span_of(c.name_start(v - 1), last),
    })
}

fn outcomes<'a>(c: &Claim<'a>) -> Vec<Outcome<'a>> {
    (0..c.tokens.len())
        .filter_map(|v| outcome_at(c, v))
        .collect()
}

/// How many scores a claim gives, of any moment.
fn scores(c: &Claim) -> usize {
    (0..c.tokens.len())
        .filter(|&k| score_at(&c.doc.text, &c.tokens, k).is_some())
        .count()
}

/// Two accounts of one game's result that differ: who won, or the final score. Each side
/// must tell one result, of the same two sides, and no other score ("beat City 2-1 and lost
/// 3-0 to United" tells two games).
fn results(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    if scores(left) > 1 || scores(right) > 1 {
        return Vec::new();
    }
    let (ol, or) = (outcomes(left), outcomes(right));
    let ([a], [b]) = (ol.as_slice(), or.as_slice()) else {
        return Vec::new();
    };
    let same = |x: &[String], y: &[String]| aliases.same(x, y);
    let kept = same(a.sides[0], b.sides[0]) && same(a.sides[1], b.sides[1]);
    let swapped = same(a.sides[0], b.sides[1]) && same(a.sides[1], b.sides[0]);
    if !kept && !swapped {
        return Vec::new();
    }
    if swapped && !a.draw && !b.draw {
        return vec![Finding::between(
            FindingKind::Other,
            a.span,
            b.span,
            format!(
                "different winner: {} vs {}",
                left.text(a.span),
                right.text(b.span)
            ),
        )];
    }
    let sorted = |(x, y): (u32, u32)| (x.max(y), x.min(y));
    match (a.score, b.score) {
        (Some((sa, la)), Some((sb, lb))) if sorted(sa) != sorted(sb) => vec![Finding::between(
            FindingKind::Number,
            la,
            lb,
            format!(
                "different final score: {} vs {}",
                left.text(la),
                right.text(lb)
            ),
        )],
        _ => Vec::new(),
    }
}

/// Two scores at the same game clock that differ, or two results of one game.
pub(crate) fn findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    let (ml, mr) = (moments(left), moments(right));
    let mut out = results(left, right, aliases);
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
        crate::compare::test_notes(a, b, |l, r, c| super::findings(l, r, &c.aliases))
    }

    #[test]
    fn two_results_of_one_game() {
        assert_eq!(
            notes(
                "Rovers beat City 2-1 at home on Sunday.",
                "City beat Rovers 2-1 at home on Sunday."
            ),
            ["different winner: Rovers beat City 2-1 vs City beat Rovers 2-1"]
        );
        assert_eq!(
            notes(
                "Rovers won 3-1 against City on Saturday.",
                "City lost 2-1 to Rovers on Saturday."
            ),
            ["different final score: 3-1 vs 2-1"]
        );
        assert_eq!(
            notes(
                "The Celtics beat the Lakers 102-98 in Boston.",
                "The Lakers drew 100-100 with the Celtics in Boston."
            ),
            ["different final score: 102-98 vs 100-100"]
        );
        for (a, b) in [
            // One result told from either side, the score either way round.
            (
                "The Celtics beat the Lakers 102-98 in Boston.",
                "The Lakers lost 98-102 to the Celtics in Boston.",
            ),
            // A title-case headline, whose verb is read into a name.
            (
                "Colts Beat Chiefs 20-13, Clinch 5th Seed In AFC Playoffs",
                "Colts beat Chiefs 20-13 to clinch playoff berth.",
            ),
            // Two games.
            (
                "The Saints beat the Falcons 31-24 on Sunday.",
                "The Saints beat the Panthers 20-10 on Sunday.",
            ),
            // A lead is of one moment; a toss is no result.
            (
                "Rovers led City 13-3 at halftime.",
                "Rovers beat City 20-10 on Sunday.",
            ),
            (
                "Rovers won the toss against City.",
                "City beat Rovers 2-1 on Sunday.",
            ),
            (
                "Rovers won 2-1 with Smith scoring twice.",
                "Smith beat Rovers 3-1 on Sunday.",
            ),
            // A side telling two results may tell of two games.
            (
                "Rovers beat City 2-1 and lost 3-0 to United last week.",
                "Rovers beat City 3-1 on Sunday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
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
