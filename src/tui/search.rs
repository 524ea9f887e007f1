//! Case-insensitive search on statement text as the reader shows it: a run of white space counts
//! as one space, letters compare by their lowercase forms (final sigma as sigma). Matches come
//! back as byte ranges of the original text, on grapheme boundaries, so that drawing them never
//! splits a character or cuts a combining mark from its letter. Pure and terminal-free.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Feeds `emit` the folded characters of `text`, each with the byte range of the original it
/// comes from; a run of white space (and control characters, which are drawn as spaces) becomes
/// one space between words, none at the ends.
fn fold_with(text: &str, mut emit: impl FnMut(char, Range<usize>)) {
    let mut gap: Option<Range<usize>> = None;
    let mut started = false;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() || c.is_control() {
            gap = Some(gap.map_or(i..end, |g| g.start..end));
            continue;
        }
        if let Some(g) = gap.take()
            && started
        {
            emit(' ', g);
        }
        started = true;
        for l in c.to_lowercase() {
            emit(if l == 'ς' { 'σ' } else { l }, i..end);
        }
    }
}

/// `text` as the search compares it; a query is folded the same way.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_with(text, |c, _| out.push(c));
    out
}

/// Where the folded `query` occurs in `text`: non-overlapping byte ranges of `text`, in order,
/// widened to whole graphemes. Nothing for an empty query.
pub fn find(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    // For each byte of `folded`, the original range of the character it comes from.
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    fold_with(text, |c, from| {
        folded.push(c);
        origin.extend(std::iter::repeat_n(from, c.len_utf8()));
    });
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some(i) = folded.get(at..).and_then(|rest| rest.find(query)) {
        let (a, b) = (at + i, at + i + query.len());
        let range = origin[a].start..origin[b - 1].end;
        // The next match starts at an original character after this one (a character may
        // fold to several, "İ" to "i̇").
        at = b;
        while at < folded.len() && origin[at].start < range.end {
            at += 1;
        }
        out.push(range);
    }
    if out.is_empty() || text.is_ascii() {
        return out;
    }
    let bounds: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for r in &mut out {
        r.start = bounds[bounds.partition_point(|&x| x <= r.start) - 1];
        r.end = bounds[bounds.partition_point(|&x| x < r.end)];
    }
    // Widening may make neighbours touch or overlap: merge them.
    out.dedup_by(|b, a| {
        if b.start <= a.end {
            a.end = a.end.max(b.end);
            true
        } else {
            false
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        find(text, &fold(query))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn folds_case_and_white_space() {
        assert_eq!(fold("  Prime\n  MINISTER\t"), "prime minister");
        assert_eq!(fold("ΟΔΟΣ οδος"), "οδοσ οδοσ");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn finds_every_occurrence_case_insensitively() {
        assert_eq!(
            found("Kazemi said kazemi's KAZEMI", "kazemi"),
            ["Kazemi", "kazemi", "KAZEMI"]
        );
        assert_eq!(found("aaaa", "aa"), ["aa", "aa"]);
        assert!(found("Kazemi", "").is_empty());
        assert!(found("Kazemi", "x").is_empty());
    }

    #[test]
    fn a_match_may_span_a_line_break() {
        let text = "the Prime\n   Minister said";
        assert_eq!(found(text, "prime minister"), ["Prime\n   Minister"]);
    }

    #[test]
    fn multi_byte_text_keeps_char_boundaries() {
        assert_eq!(
            found("Straße STRASSE straße", "straße"),
            ["Straße", "straße"]
        );
        // "İ" lowercases to two characters; a match on either covers the whole letter.
        assert_eq!(found("İstanbul", "i"), ["İ"]);
        assert!(found("İstanbul", "istanbul").is_empty());
        assert_eq!(found("İstanbul", "i\u{307}stanbul"), ["İstanbul"]);
        assert_eq!(found("北京市朝阳区发生了一起事故", "朝阳"), ["朝阳"]);
        assert_eq!(found("قال المسؤولون إن", "المسؤولون"), ["المسؤولون"]);
        assert_eq!(found("Ώρα ΣΟΦΟΣ", "σοφος"), ["ΣΟΦΟΣ"]);
    }

    #[test]
    fn matches_are_widened_to_whole_graphemes() {
        // "e" + combining acute: the accent stays with its letter.
        assert_eq!(found("Cafe\u{301} owners", "cafe"), ["Cafe\u{301}"]);
        assert_eq!(
            found("a 👨\u{200d}👩\u{200d}👧 b", "👩"),
            ["👨\u{200d}👩\u{200d}👧"]
        );
    }

    proptest::proptest! {
        #[test]
        fn ranges_are_in_order_on_char_boundaries(
            text in "[aA İıßẞΣσς\u{301}\u{200d}👩北 \n\t.]{0,40}",
            query in "[aİıßσς\u{301}👩北 ]{1,4}",
        ) {
            let q = fold(&query);
            let ranges = find(&text, &q);
            let mut end = 0;
            for r in &ranges {
                proptest::prop_assert!(r.start >= end && r.start < r.end && r.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(r.start));
                proptest::prop_assert!(text.is_char_boundary(r.end));
                end = r.end;
            }
            if !q.is_empty() {
                proptest::prop_assert_eq!(ranges.is_empty(), !fold(&text).contains(&q));
            }
        }
    }
}
