//! Quote findings: the same remark quoted in different words. Two quotations are the same
//! remark when they share at least three content words and those make up a good part of the
//! shorter one; they differ when each has content words the other lacks (words only added on
//! one side, or only function words changed, are a fuller or shorter quotation, not another
//! wording).

use std::collections::HashSet;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::{Span, Token};

/// Shared content words that make two quotations the same remark…
const MIN_SHARED: usize = 3;
/// …and the share of the shorter quotation's content words they must be.
const MIN_SHARE: f64 = 0.4;
/// Differing words listed in a note, per side.
const NOTE_WORDS: usize = 8;

/// A quotation opened by a straight mark right after a word or punctuation ("…right,\" said
/// X"): the mark closes a quotation that began before the text, it opens none.
fn misread(c: &Claim, q: Span) -> bool {
    let before = &c.doc.text[..q.start];
    before.ends_with('"')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(|ch| !ch.is_whitespace() && !matches!(ch, '(' | '[' | ':' | '—' | '-'))
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let mut out = Vec::new();
    for &ql in left.quotes.iter().filter(|q| !misread(left, **q)) {
        let lt = words(left, ql);
        for &qr in right.quotes.iter().filter(|q| !misread(right, **q)) {
            let rt = words(right, qr);
            if let Some(note) = compare(&lt, &rt, left, right) {
                out.push(Finding {
                    kind: FindingKind::Quote,
                    left: Some(ql),
                    right: Some(qr),
                    note,
                    anchors: 0,
                });
            }
        }
    }
    out
}

fn words<'a>(c: &Claim<'a>, q: Span) -> Vec<&'a Token> {
    c.tokens
        .iter()
        .copied()
        .filter(|t| q.start <= t.start && t.end <= q.end)
        .collect()
}

fn content<'a>(ts: &[&'a Token]) -> HashSet<&'a str> {
    ts.iter()
        .filter(|t| !t.stop)
        .map(|t| t.stem.as_str())
        .collect()
}

fn contains(long: &[&str], short: &[&str]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

fn compare(lt: &[&Token], rt: &[&Token], left: &Claim, right: &Claim) -> Option<String> {
    let (lc, rc) = (content(lt), content(rt));
    let shared = lc.intersection(&rc).count();
    let shorter = lc.len().min(rc.len()).max(1);
    if shared < MIN_SHARED || (shared as f64) < MIN_SHARE * shorter as f64 {
        return None;
    }
    let ln: Vec<&str> = lt.iter().map(|t| t.norm.as_str()).collect();
    let rn: Vec<&str> = rt.iter().map(|t| t.norm.as_str()).collect();
    if contains(&ln, &rn) || contains(&rn, &ln) {
        return None;
    }
    let mut only_left = Vec::new();
    let mut only_right = Vec::new();
    let (mut content_left, mut content_right) = (false, false);
    for op in capture_diff_slices(Algorithm::Myers, &ln, &rn) {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        // "offense" / "offence", "organize" / "organise": one word spelt two ways.
        let (old, new) = (op.old_range(), op.new_range());
        if old.len() == new.len()
            && old
                .zip(new)
                .all(|(i, j)| spelling_variant(&lt[i].norm, &rt[j].norm))
        {
            continue;
        }
        content_left |= op.old_range().any(|i| !lt[i].stop);
        content_right |= op.new_range().any(|i| !rt[i].stop);
        only_left.extend(op.old_range().map(|i| left.text(span(lt[i]))));
        only_right.extend(op.new_range().map(|i| right.text(span(rt[i]))));
    }
    // Words only added on one side ("we condemn [and denounce] the council") or only function
    // words changed: the same remark, more or less fully quoted.
    if !content_left || !content_right {
        return None;
    }
    let list = |w: &[&str]| {
        let mut s = w
            .iter()
            .take(NOTE_WORDS)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if w.len() > NOTE_WORDS {
            s.push_str(" …");
        }
        if s.is_empty() { "—".to_string() } else { s }
    };
    Some(format!(
        "the same remark quoted in different words: \"{}\" vs \"{}\"",
        list(&only_left),
        list(&only_right)
    ))
}

/// Two spellings of one word: one letter apart in a word of at least five letters.
fn spelling_variant(a: &str, b: &str) -> bool {
    a.chars().count() >= 5 && strsim::osa_distance(a, b) == 1
}

fn span(t: &Token) -> Span {
    Span::new(t.start, t.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn same_remark_other_words() {
        let n = notes(
            "He said \"none of the factions is ready to lose a march against a former Prime Minister.\"",
            "He wrote, \"No one in Iraq has the desire to lose a drone on the home of a former prime minister.\"",
        );
        assert_eq!(n.len(), 1);
        assert!(n[0].contains("march"), "{n:?}");
    }

    #[test]
    fn one_word_spelt_two_ways_is_the_same_wording() {
        assert!(
            notes(
                "\"I've always taken the position that's a valid offense in law,\" Oppal said.",
                "\"I've always taken the position that's a valid offence in law,\" he said."
            )
            .is_empty()
        );
    }

    #[test]
    fn excerpts_and_other_remarks_are_no_finding() {
        assert!(
            notes(
                "He said \"we know the perpetrators of the attack and will reveal them\".",
                "He said \"we know the perpetrators of the attack\"."
            )
            .is_empty()
        );
        assert!(
            notes(
                "He said \"we will win\".",
                "He said \"the vote was rigged\"."
            )
            .is_empty()
        );
    }
}
