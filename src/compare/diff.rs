//! Word-level diff of a link, on normalised tokens: spelling variants ("Asa'ib" / "Asaib"),
//! case and diacritics are not changes.

use rustc_hash::FxHashMap;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::WordDiff;
use super::claim::Claim;
use crate::document::{Span, Token};

/// The words of each side without a counterpart on the other, as merged spans.
pub(crate) fn word_diff<'a>(left: &Claim<'a>, right: &Claim<'a>) -> WordDiff {
    // Words as small integers: the diff compares them many times.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut intern = |tokens: &[&'a Token]| -> Vec<u32> {
        tokens
            .iter()
            .map(|t| {
                let next = ids.len() as u32;
                *ids.entry(t.norm.as_str()).or_insert(next)
            })
            .collect()
    };
    let (a, b) = (intern(&left.tokens), intern(&right.tokens));
    let mut diff = WordDiff::default();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        push_run(&mut diff.left_changed, left, op.old_range());
        push_run(&mut diff.right_changed, right, op.new_range());
    }
    diff
}

/// Adds the span of tokens `range` (if any), joined to the previous span when only
/// punctuation and spaces separate them.
fn push_run(spans: &mut Vec<Span>, claim: &Claim, range: std::ops::Range<usize>) {
    if range.is_empty() {
        return;
    }
    let span = claim.span_of(range.start, range.end - 1);
    if let Some(last) = spans.last_mut()
        && claim.doc.text[last.end..span.start.max(last.end)]
            .chars()
            .all(|c| !c.is_alphanumeric())
    {
        last.end = span.end;
        return;
    }
    spans.push(span);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn spelling_variants_are_not_changes() {
        let l = Document::parse("a", "Asa'ib Ahl al-Haq called the attack fabricated.").unwrap();
        let r =
            Document::parse("b", "Asaib Ahl al-Haq described the attack as fabricated.").unwrap();
        let d = word_diff(&Claim::new(&l, &[0]), &Claim::new(&r, &[0]));
        let texts = |doc: &Document, spans: &[Span]| {
            spans
                .iter()
                .map(|s| doc.span_text(*s).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&l, &d.left_changed), ["called"]);
        assert_eq!(texts(&r, &d.right_changed), ["described", "as"]);
    }
}
