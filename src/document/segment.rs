//! Paragraphs, sentences and statements (clauses of a sentence that makes two claims).

use super::phrases::{Span, quoted_spans};

/// Paragraph spans, trimmed: blocks separated by blank lines, or one paragraph per line when the
/// text has no blank line between two non-blank ones.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    // Blank lines separate paragraphs only if one stands between two non-blank lines.
    let first = lines.iter().position(|l| !is_blank(text, *l));
    let last = lines.iter().rposition(|l| !is_blank(text, *l));
    let has_blank_separator = match (first, last) {
        (Some(f), Some(l)) => lines[f..=l].iter().any(|x| is_blank(text, *x)),
        _ => false,
    };
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        if is_blank(text, line) {
            out.extend(current.take());
        } else if has_blank_separator {
            current = Some(match current {
                Some(c) => Span::new(c.start, line.end),
                None => line,
            });
        } else {
            // One paragraph per line, but a line ending in a title ("the Rev.") goes on.
            match out.last_mut() {
                Some(prev)
                    if no_sentence_end(
                        &text[prev.start..prev.end],
                        &text[line.start..line.end],
                    ) =>
                {
                    prev.end = line.end
                }
                _ => out.push(line),
            }
        }
    }
    out.extend(current);
    out.into_iter().map(|s| trim(text, s)).collect()
}

fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn is_blank(text: &str, s: Span) -> bool {
    text[s.start..s.end].trim().is_empty()
}

/// `s` without leading and trailing white space.
pub fn trim(text: &str, s: Span) -> Span {
    let t = &text[s.start..s.end];
    let start = s.start + (t.len() - t.trim_start().len());
    let end = s.end - (t.len() - t.trim_end().len());
    Span::new(start, end.max(start))
}

/// The length of a bullet marker ("- ", "* ", "• ", "1. ", "2) ") at the start of `line`.
fn bullet_len(line: &str) -> Option<usize> {
    let rest = line.trim_start();
    let lead = line.len() - rest.len();
    for marker in ["- ", "* ", "• ", "– ", "— ", "· ", "▪ "] {
        if rest.starts_with(marker) {
            return Some(lead + marker.len());
        }
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits)
        && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") "))
    {
        return Some(lead + digits + 2);
    }
    None
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '…', '"', '”', '\'', '’', ')', ':', ';'])
}

/// Pieces of a paragraph that must not be joined into one sentence: bullet items, and the line
/// after a title line (a headline: no full stop, short or title-cased, followed by a line that
/// starts in upper case). Page furniture lines (`furniture::is_furniture`) go to `furniture`.
fn units(text: &str, para: Span, mut furniture: Option<&mut Vec<Span>>) -> Vec<Span> {
    let lines: Vec<Span> = lines(&text[para.start..para.end])
        .into_iter()
        .map(|l| Span::new(para.start + l.start, para.start + l.end))
        .collect();
    let mut out: Vec<Span> = Vec::new();
    let mut closed = false;
    let by_line = lines_are_paragraphs(text, &lines);
    // Quotation marks in the unit so far (counted line by line: a unit may be long).
    let mut marks = 0;
    // The first line that is no furniture.
    let mut first = None;
    for (n, line) in lines.iter().enumerate() {
        let s = &text[line.start..line.end];
        if let Some(furniture) = furniture.as_deref_mut()
            && super::furniture::is_furniture(s)
        {
            furniture.push(trim(text, *line));
            closed = true;
            continue;
        }
        let bullet = bullet_len(s);
        // A headline opens a paragraph (after any furniture): only its first line can be one,
        // and a two-word line is more likely a line broken inside a sentence ("... Prime\n
        // Minister ...").
        let after_title = match first {
            Some(f) if f + 1 == n => {
                let title = lines[f];
                s.trim_start().starts_with(char::is_uppercase)
                    && (is_title(text, title, Some(*line)) || opens_document(text, title))
                    && (para.start == 0
                        || text[title.start..title.end].split_whitespace().count() >= 3)
            }
            _ => false,
        };
        first.get_or_insert(n);
        let starts_paragraph = !out.is_empty() && {
            let prev = &text[lines[n - 1].start..lines[n - 1].end];
            starts_paragraph(marks % 2 == 1, prev, s, by_line)
        };
        match out.last_mut() {
            Some(last) if bullet.is_none() && !after_title && !closed && !starts_paragraph => {
                last.end = line.end;
                marks += quotation_marks(s);
            }
            _ => {
                let mut start = line.start + bullet.unwrap_or(0);
                // "WASHINGTON (Reuters) - The president said …": a dateline opening the
                // paragraph or the line after its headline is furniture, the sentence after it
                // a statement.
                if let Some(furniture) = furniture.as_deref_mut()
                    && (out.is_empty() || after_title)
                    && let Some(k) = super::furniture::dateline_prefix(&text[start..line.end])
                {
                    furniture.push(trim(text, Span::new(start, start + k)));
                    start += k;
                }
                out.push(Span::new(start, line.end));
                marks = quotation_marks(&text[start..line.end]);
            }
        }
        closed = false;
    }
    out
}

/// Whether a block's lines are its paragraphs, not a paragraph wrapped: it has several lines
/// and two in three of them end a sentence (wrapped text ends a sentence at a line's end only
/// by chance). A line of such a block without a full stop is still a paragraph of its own
/// ("… signed Joique Bell to replace Thomas" / "“With Pierre, …").
fn lines_are_paragraphs(text: &str, lines: &[Span]) -> bool {
    let ended = lines
        .iter()
        .filter(|l| ends_sentence(&text[l.start..l.end]))
        .count();
    lines.len() >= 3 && ended * 3 >= lines.len() * 2
}

/// Whether `line` starts a paragraph of its own after `prev`, the last line of the unit so
/// far (in which a quotation is `open`), though no blank line stands between them.
///
/// - In a block whose lines are paragraphs (`by_line`), a line that starts as a sentence does
///   after one without a full stop ("… signed Joique Bell to replace Thomas" / "“With Pierre,
///   …"). After a full stop sentencex splits, and keeps a quotation over several lines
///   together ("“She was so nice." / "She always takes care of everybody.”").
/// - In any block, a line that opens a quotation after a sentence's end or while one is open.
///   A quotation that runs over several paragraphs opens each with a mark and closes only in
///   the last ("We'll monitor the situation.¶"The Chargers have always been leaders," Smith
///   added.); joined, the marks pair across lines and the sentences between two quotations
///   were read as one quoted sentence (and sentencex, given a mark that never closes, leaves it
///   on the sentence before).
fn starts_paragraph(open: bool, prev: &str, line: &str, by_line: bool) -> bool {
    // Not after a colon: "He said:¶"We will rebuild."" is one sentence.
    let ended = prev
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '\'', '’']);
    let paragraph = by_line && opens_sentence(line) && !ends_sentence(prev);
    paragraph || (opens_quotation(line) && (open || ended))
}

/// Whether a line opens with a quotation mark before a word.
fn opens_quotation(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    matches!(chars.next(), Some('"' | '“')) && chars.next().is_some_and(char::is_alphanumeric)
}

/// The double quotation marks in `text`: a quotation is open after an odd number. News text
/// mixes straight and curly marks (a straight one opens "He was running for his life …", a
/// curly one closes it a line later) and tokenised corpora close with two apostrophes ("…
/// three people shot! ''") and set marks apart from their words, so neither the kind of a
/// mark nor where it stands tells whether it opens.
fn quotation_marks(text: &str) -> usize {
    text.matches(['"', '“', '”']).count() + text.matches("''").count()
}

/// Whether a line starts as a sentence does: in upper case, after any opening quote.
fn opens_sentence(line: &str) -> bool {
    line.trim_start()
        .trim_start_matches(['"', '“', '\'', '‘', '('])
        .starts_with(char::is_uppercase)
}

/// The document's first line of text (only page furniture and blank lines before it), with no
/// sentence end: its headline, however long and however cased ("Enraged protesters battle cops
/// … was shot in the back" above "As fights between cops …").
fn opens_document(text: &str, line: Span) -> bool {
    !ends_sentence(&text[line.start..line.end])
        && text[..line.start]
            .lines()
            .all(|l| l.trim().is_empty() || super::furniture::is_furniture(l))
}

fn is_title(text: &str, line: Span, next: Option<Span>) -> bool {
    let s = text[line.start..line.end].trim();
    if ends_sentence(s) || s.is_empty() {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let short = next.is_some_and(|n| line.len() * 10 < n.len() * 6);
    words.len() <= 25 && (short || capitalised * 2 > words.len())
}

/// The longest piece of text handed to sentencex at once (hardening, issue 15). sentencex
/// searches from every quote mark that opens for the one that closes it, to the end of what it
/// was given: a paragraph of 300,000 curly quotes that never close (900 KB) took 54 s. The cause
/// is in the dependency; the fix is around the call: a longer unit is cut first (`chunks`) at a
/// line break, else after a sentence-like full stop, else at white space, so that the search
/// never runs further than this. Real news paragraphs stay far below it and are not cut.
const MAX_SENTENCEX_BYTES: usize = 8 * 1024;

/// `unit` cut into pieces of at most `MAX_SENTENCEX_BYTES` (see there), each cut at the last
/// line break before the limit, else after the last ". ", "! " or "? " before a capital that
/// ends a sentence (`no_sentence_end`), else at the last white space, else at a character
/// boundary.
fn chunks(text: &str, unit: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = unit.start;
    while unit.end - start > MAX_SENTENCEX_BYTES {
        let mut limit = start + MAX_SENTENCEX_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let sentence_end = || {
            window
                .rmatch_indices(['.', '!', '?'])
                .map(|(off, _)| off + 1)
                .find(|&off| {
                    let next = &window[off..];
                    next.starts_with(' ')
                        && next[1..].starts_with(char::is_uppercase)
                        && !no_sentence_end(&window[..off], &next[1..])
                })
        };
        let cut = window
            .rfind('\n')
            .map(|off| off + 1)
            .or_else(sentence_end)
            // After the white space character, which may be longer than one byte (U+2009: a
            // crash the `document` fuzz target found, tests/fuzz-regressions/document/).
            .or_else(|| {
                window
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map(|(off, c)| off + c.len_utf8())
            })
            .filter(|&off| off > 0)
            .map_or(limit, |off| start + off);
        out.push(Span::new(start, cut));
        start = cut;
    }
    out.push(Span::new(start, unit.end));
    out
}

/// Sentence spans of one unit, via sentencex (on `chunks` of it), trimmed.
fn sentences(text: &str, unit: Span) -> Vec<Span> {
    if title_cased_line(&text[unit.start..unit.end]) {
        return vec![trim(text, unit)];
    }
    let mut out: Vec<Span> = Vec::new();
    let boundaries = chunks(text, unit).into_iter().flat_map(|chunk| {
        sentencex::get_sentence_boundaries("en", &text[chunk.start..chunk.end])
            .into_iter()
            .map(move |b| Span::new(chunk.start + b.start_byte, chunk.start + b.end_byte))
    });
    for b in boundaries {
        let s = trim(text, b);
        if s.is_empty() {
            continue;
        }
        // sentencex leaves a closing quote or bracket that follows the full stop at the start of
        // the next sentence when a space sits between them; give it back.
        match out.last_mut() {
            Some(prev)
                if is_continuation(&text[s.start..s.end])
                    || no_sentence_end(&text[prev.start..prev.end], &text[s.start..s.end]) =>
            {
                prev.end = s.end
            }
            _ => out.extend(
                split_after_bracket(text, s)
                    .into_iter()
                    .flat_map(|piece| split_after_acronym(text, piece)),
            ),
        }
    }
    out
}

/// A headline in title case: one line, no full stop at its end, every word of four letters or
/// more capitalised. Its full stops end abbreviations, which title case makes look like
/// sentence ends: "2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant".
fn title_cased_line(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_TITLE_BYTES || line.contains('\n') || ends_sentence(line) {
        return false;
    }
    let mut long = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .peekable();
    long.peek().is_some() && long.all(|w| w.starts_with(char::is_uppercase))
}

/// The longest headline `title_cased_line` reads as one.
const MAX_TITLE_BYTES: usize = 300;

/// Lines and words a quotation that sentencex keeps whole may span and still be one remark
/// ("“She was so nice.¶She always takes care of everybody.”", a commissioner's account of the
/// shooting over five lines); longer, it is an excerpt (a page quoting another outlet's article,
/// its paragraphs one per line, between two marks) or paragraphs whose marks pair wrongly
/// (straight and curly mixed), and is split at its lines.
const MAX_QUOTATION_LINES: usize = 4;
const MAX_QUOTATION_WORDS: usize = 100;

/// A sentence over more than `MAX_QUOTATION_LINES` lines and `MAX_QUOTATION_WORDS` words cut
/// after each line that ends a sentence and before one that opens one.
fn split_excerpt(text: &str, s: Span) -> Vec<Span> {
    let body = &text[s.start..s.end];
    if body.matches('\n').count() < MAX_QUOTATION_LINES || words(text, s) <= MAX_QUOTATION_WORDS {
        return vec![s];
    }
    let mut out = Vec::new();
    let mut start = s.start;
    for (off, _) in body.match_indices('\n') {
        let at = s.start + off;
        if ends_sentence(&text[start..at]) && opens_sentence(&text[at + 1..s.end]) {
            out.push(trim(text, Span::new(start, at)));
            start = at + 1;
        }
    }
    out.push(trim(text, Span::new(start, s.end)));
    out.retain(|p| !p.is_empty());
    out
}

/// sentencex keeps "(on Sunday.) Results follow." together: split after a full stop closed by a
/// bracket when a capitalised word follows.
fn split_after_bracket(text: &str, s: Span) -> Vec<Span> {
    let body = &text[s.start..s.end];
    let mut out = Vec::new();
    let mut start = s.start;
    // Also after a closing quote that follows a full stop, which sentencex misses when the
    // quote opened with a straight mark and closes with a curly one.
    // One pass over the bytes (the marks are ASCII, the curly quote's bytes never occur inside
    // another character): the space after each closed stop, in order.
    let bytes = body.as_bytes();
    let cuts = (0..bytes.len()).filter_map(|p| {
        let rest = &bytes[p + 1..];
        let closer = match (bytes[p], rest) {
            (b'.' | b'!' | b'?', [b')', ..]) | (b'.', [b']' | b'"', ..]) => 1,
            (b'.' | b'!' | b'?', [0xE2, 0x80, 0x9D, ..]) => 3,
            _ => return None,
        };
        let end = s.start + p + 1 + closer;
        (rest.get(closer) == Some(&b' ')).then_some((end, end + 1))
    });
    for (end, next) in cuts {
        if text[next..s.end].starts_with(char::is_uppercase) && next > start {
            out.push(Span::new(start, end));
            start = next;
        }
    }
    out.push(Span::new(start, s.end));
    out
}

/// sentencex reads a full stop after an acronym that spells an abbreviation of its list as
/// that abbreviation ("attacks against IE. Based on past practice" read as "i.e."): split
/// after a word of two or more capitals and no full stop of its own ("U.S." keeps its
/// sentence), not a title ("ST. LOUIS"), before a capitalised word, in a sentence that is not
/// all capitals.
fn split_after_acronym(text: &str, s: Span) -> Vec<Span> {
    let body = &text[s.start..s.end];
    if !body.chars().any(char::is_lowercase) {
        return vec![s];
    }
    let mut out = Vec::new();
    let mut start = s.start;
    for (p, _) in body.match_indices('.') {
        let rest = &body[p + 1..];
        let after = rest.trim_start();
        if after.len() == rest.len() {
            continue;
        }
        let word = body[..p]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        let acronym = word.len() >= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && !TITLES.contains(&word.to_lowercase().as_str());
        let next = s.end - after.len();
        if acronym && after.starts_with(char::is_uppercase) && next > start {
            out.push(Span::new(start, s.start + p + 1));
            start = next;
        }
    }
    out.push(Span::new(start, s.end));
    out
}

/// Titles that stand before a name: a full stop after one never ends a sentence ("leading Ms.
/// Palin to apologize", "the Rev. Larry Kroon").
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "sr", "jr", "st", "sgt", "lt", "col",
    "gen", "capt", "cpl", "cmdr", "adm", "maj", "gov", "sen", "rep", "pres", "supt", "det", "insp",
    "atty", "hon", "pvt", "const", "cpt", "insp", "sup",
];

/// Words that follow a clock time's "a.m."/"p.m." in the same sentence: a day, a month, a time
/// zone ("at 9:40 p.m. Friday", "at 4:30 p.m. ET").
fn after_clock(word: &str) -> bool {
    use crate::language::calendar::{TIME_ZONES, is_day_or_month};
    is_day_or_month(word) || TIME_ZONES.contains(&word) || word == "local"
}

/// Whether the full stop that ends `prev` cannot end a sentence before `next`: after a title,
/// after "a.m."/"p.m." (also written "p. m.") before a day, month or time zone, or after an
/// article ("with a. 38-caliber revolver", a tokenised ".38").
fn no_sentence_end(prev: &str, next: &str) -> bool {
    let Some(body) = prev.trim_end().strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let first = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let clock = ["a.m", "p.m", "m"].contains(&last.as_str())
        && (body.ends_with("a.m") || body.ends_with("p.m") || body.ends_with(". m"));
    TITLES.contains(&last.as_str())
        || (clock && after_clock(&first))
        || ["a", "an", "the"].contains(&last.as_str())
}

/// A piece that cannot start a sentence: only closing punctuation, or a lower-case start.
fn is_continuation(piece: &str) -> bool {
    let first = piece
        .chars()
        .find(|c| !matches!(c, '"' | '”' | '’' | '\'' | ')' | ']'));
    match first {
        None => true,
        Some(c) => c.is_lowercase() || matches!(c, ',' | ';' | ':'),
    }
}

/// Conjunctions that join two independent claims; split only outside quotes and when both sides
/// are long enough to be claims.
const CLAUSE_JOINS: &[&str] = &[", while ", ", whereas ", "; ", ", but ", " — while "];
const MIN_CLAUSE_WORDS: usize = 4;

/// Statement spans of one sentence: the sentence, or its clauses.
fn clauses(text: &str, sentence: Span, quotes: &[Span]) -> Vec<Span> {
    let s = &text[sentence.start..sentence.end];
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (left end, right start), absolute
    for join in CLAUSE_JOINS {
        for (off, _) in s.match_indices(join) {
            let at = sentence.start + off;
            if quotes.iter().any(|q| q.start <= at && at < q.end) {
                continue;
            }
            // Keep the conjunction ("while …") with the right-hand claim; drop ", " and "; ".
            let skip = if join.starts_with(';') {
                2
            } else {
                join.find(|c: char| c.is_alphabetic()).unwrap_or(2)
            };
            cuts.push((at, at + skip));
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (left_end, right_start) in cuts {
        let left = Span::new(start, left_end);
        let right = Span::new(right_start, sentence.end);
        if words(text, left) >= MIN_CLAUSE_WORDS && words(text, right) >= MIN_CLAUSE_WORDS {
            out.push(left);
            start = right_start;
        }
    }
    out.push(Span::new(start, sentence.end));
    out
}

fn words(text: &str, s: Span) -> usize {
    text[s.start..s.end].split_whitespace().count()
}

/// The longest statement: a "sentence" longer than this (a text with no full stops, a table
/// dump, one enormous word) is cut at white space into pieces of at most this many bytes, so
/// that nothing downstream (word diff, wrapping) ever works on an unbounded statement. Real
/// news sentences stay far below it.
pub const MAX_STATEMENT_BYTES: usize = 2_000;

/// `s` cut into pieces of at most `MAX_STATEMENT_BYTES`, at the last white space before the
/// limit (or at a character boundary when there is none).
fn split_long(text: &str, s: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = s.start;
    while s.end - start > MAX_STATEMENT_BYTES {
        let mut limit = start + MAX_STATEMENT_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[start..limit]
            .rfind(char::is_whitespace)
            .map(|off| start + off)
            .filter(|&c| c > start)
            .unwrap_or(limit);
        out.push(Span::new(start, cut));
        start = cut;
        // Skip the white space at the cut.
        while start < s.end && text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < s.end {
        out.push(Span::new(start, s.end));
    }
    out
}

/// One statement: its span, and the sentence and paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub sentence: Span,
    pub paragraph: usize,
}

/// The statements of a whole (cleaned) text, with its paragraphs and its furniture lines.
#[derive(Debug, Default)]
pub struct Segments {
    pub paragraphs: Vec<Span>,
    pub pieces: Vec<Piece>,
    /// Page furniture (URL lines, bylines, datelines): no statements.
    pub furniture: Vec<Span>,
    /// The quoted spans of the text, in order, found within each paragraph's units: a quotation
    /// may run over several sentences of a unit, never from one line-paragraph into the next
    /// (a mark left open in a headline, `"very spiritual'`, quotes nothing below it).
    pub quotes: Vec<Span>,
}

/// Splits a whole (cleaned) text into statements. A text that is all furniture (a lone
/// dateline) keeps its lines as statements.
pub fn segment(text: &str) -> Segments {
    segment_within(text, usize::MAX)
}

/// `segment`, but it stops once it has found more than `max_pieces` statements (hardening,
/// issue 15): a text too large for an interactive comparison is told so before all of it is
/// segmented and tokenised (16 MiB of "I." lines is 5.6 million statements).
pub fn segment_within(text: &str, max_pieces: usize) -> Segments {
    let found = segment_with(text, true, max_pieces);
    if found.pieces.is_empty() && !found.furniture.is_empty() {
        return segment_with(text, false, max_pieces);
    }
    found
}

fn segment_with(text: &str, furniture: bool, max_pieces: usize) -> Segments {
    let paras = paragraphs(text);
    let mut pieces = Vec::new();
    let mut lines = Vec::new();
    let mut all_quotes = Vec::new();
    for (para, &span) in paras.iter().enumerate() {
        for unit in units(text, span, furniture.then_some(&mut lines)) {
            let quotes = quoted_spans(text, unit.start, unit.end);
            all_quotes.extend_from_slice(&quotes);
            for sentence in sentences(text, unit)
                .into_iter()
                .flat_map(|s| split_excerpt(text, s))
            {
                for clause in clauses(text, sentence, &quotes) {
                    for span in split_long(text, trim(text, clause)) {
                        let span = trim(text, span);
                        if text[span.start..span.end]
                            .chars()
                            .any(char::is_alphanumeric)
                        {
                            pieces.push(Piece {
                                span,
                                sentence,
                                paragraph: para,
                            });
                        }
                        if pieces.len() > max_pieces {
                            return Segments {
                                paragraphs: paras,
                                pieces,
                                furniture: lines,
                                quotes: all_quotes,
                            };
                        }
                    }
                }
            }
        }
    }
    Segments {
        paragraphs: paras,
        pieces,
        furniture: lines,
        quotes: all_quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        segment(text)
            .pieces
            .iter()
            .map(|p| &text[p.span.start..p.span.end])
            .collect()
    }

    #[test]
    fn paragraphs_by_blank_lines_or_lines() {
        let text = "One. Two.\nStill one.\n\n  Three.\n";
        let p: Vec<_> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(p, ["One. Two.\nStill one.", "Three."]);
        let text = "First line.\nSecond line.\n";
        let p: Vec<_> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(p, ["First line.", "Second line."]);
    }

    #[test]
    fn a_line_without_full_stop_among_paragraph_lines_ends_its_sentence() {
        let text = "URL: http://example.com/a\n\nThe Saints placed Pierre Thomas on IR.\n\
                    New Orleans signed Joique Bell to replace Thomas\n\
                    \u{201c}With Pierre, he had a setback,\u{201d} Payton said.\n\
                    Bell played at Wayne State.\n";
        assert_eq!(
            split(text),
            [
                "The Saints placed Pierre Thomas on IR.",
                "New Orleans signed Joique Bell to replace Thomas",
                "\u{201c}With Pierre, he had a setback,\u{201d} Payton said.",
                "Bell played at Wayne State."
            ]
        );
        // Wrapped text goes on: few of its lines end a sentence.
        let wrapped = "The officials said that the attack on the\nconvoy was carried out by a \
                       group that\nIran supports, and that it would be\npunished.\n\nNext one.";
        assert_eq!(split(wrapped).len(), 2);
    }

    #[test]
    fn a_quotation_over_several_paragraphs_opens_each() {
        let text = "URL: http://example.com/a\n\n\
                    \"We'll let the legal process run its course.\n\
                    \"The Chargers have always been leaders,\" Smith added.\n\
                    He was on probation, the CHP said.\n\
                    Williams, an 11-year veteran, shared the award.\n\
                    Smith speaks of signing \"character\" players.\n";
        assert_eq!(
            split(text),
            [
                "\"We'll let the legal process run its course.",
                "\"The Chargers have always been leaders,\" Smith added.",
                "He was on probation, the CHP said.",
                "Williams, an 11-year veteran, shared the award.",
                "Smith speaks of signing \"character\" players."
            ]
        );
        // One quotation over two lines stays one.
        let text = "URL: http://example.com/a\n\nHer aunt wept.\n\u{201c}She was so nice.\n\
                    She always takes care of everybody.\u{201d}\n";
        assert_eq!(
            split(text),
            [
                "Her aunt wept.",
                "\u{201c}She was so nice.\nShe always takes care of everybody.\u{201d}"
            ]
        );
    }

    #[test]
    fn an_excerpt_quoted_over_many_lines_is_split_at_its_lines() {
        let lines = [
            "\"A man suspected of shooting three people at an accounting firm where he was fired \
             last week was arrested after a high-speed chase a few hours after the Monday \
             morning attack, authorities said.",
            "Police said they had located the man on Interstate 75, north of the suburban \
             office building where the shootings took place, after a call from a driver.",
            "Sheriff's deputies and state police chased him for 30 miles, including through a \
             construction zone, at speeds up to 120 mph, the county sheriff said.",
            "He probably realized he was going to be shot, the undersheriff said.",
            "Officers found a shotgun and three live shells in the vehicle, the sheriff said at \
             a news conference.\"",
        ];
        let text = format!(
            "URL: http://example.com/a\n\n{}\nThe suspect was stopped near the border.\n",
            lines.join("\n")
        );
        let mut expected = lines.to_vec();
        expected.push("The suspect was stopped near the border.");
        assert_eq!(split(&text), expected);
        // A remark over as many lines but short stays one: one speaker's account.
        let text = "URL: http://example.com/a\n\nThe commissioner described it.\n\
                    \u{201c}She drove her car through a barrier and entered the premises.\n\
                    She had a .357 magnum.\n\
                    Made her way to the mixing room, where she met three employees.\n\
                    Two, she shot and killed there in the room.\n\
                    A third was also shot.\u{201d}\n";
        assert_eq!(split(text).len(), 2, "{:?}", split(text));
    }

    #[test]
    fn full_stops_that_end_no_sentence() {
        assert_eq!(
            split("The fire led Ms. Palin to apologize. Damage was estimated at $1 million."),
            [
                "The fire led Ms. Palin to apologize.",
                "Damage was estimated at $1 million."
            ]
        );
        assert_eq!(
            split("The blaze started about 9:40 p.m. Friday (1:40 a.m. ET Saturday). It spread."),
            [
                "The blaze started about 9:40 p.m. Friday (1:40 a.m. ET Saturday).",
                "It spread."
            ]
        );
        assert_eq!(
            split("It happened shortly after 8:30 p. m. Thursday. Police came."),
            [
                "It happened shortly after 8:30 p. m. Thursday.",
                "Police came."
            ]
        );
        assert_eq!(
            split("He stood with a. 38-caliber revolver in hand. Police fired."),
            [
                "He stood with a. 38-caliber revolver in hand.",
                "Police fired."
            ]
        );
        // A line ending in a title goes on to the next line.
        assert_eq!(
            split("\"We have no idea,\" the Rev.\nLarry Kroon said Saturday.\nThe church burned."),
            [
                "\"We have no idea,\" the Rev.\nLarry Kroon said Saturday.",
                "The church burned."
            ]
        );
    }

    /// The furniture lines of a text, as written.
    fn furniture(text: &str) -> Vec<&str> {
        segment(text)
            .furniture
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn datelines_are_furniture() {
        let text = "Quake Hits Coast\nLIMA, Peru (AP) — A strong quake hit the coast on Tuesday.\n\nWashington D. C., Jul 13, 2009 / 02:00 pm (CNA)\nRescuers searched the rubble.";
        assert_eq!(
            split(text),
            [
                "Quake Hits Coast",
                "A strong quake hit the coast on Tuesday.",
                "Rescuers searched the rubble."
            ]
        );
        assert_eq!(
            furniture(text),
            [
                "LIMA, Peru (AP) —",
                "Washington D. C., Jul 13, 2009 / 02:00 pm (CNA)"
            ]
        );
    }

    #[test]
    fn furniture_and_headlines() {
        let text = "URL: http://example.com/news/quake\n\nQuake Hits Coast; 3 Dead\nPosted on January 5, 2011 at 3:39 PM\nA strong quake hit the coast on Tuesday.\nBy Jane Doe\n\nRescuers searched the rubble.";
        assert_eq!(
            split(text),
            [
                "Quake Hits Coast; 3 Dead",
                "A strong quake hit the coast on Tuesday.",
                "Rescuers searched the rubble."
            ]
        );
        assert_eq!(
            furniture(text),
            [
                "URL: http://example.com/news/quake",
                "Posted on January 5, 2011 at 3:39 PM",
                "By Jane Doe"
            ]
        );
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            split("U.S. military officials said on Saturday that Mr. Smith left. He returned."),
            [
                "U.S. military officials said on Saturday that Mr. Smith left.",
                "He returned."
            ]
        );
        assert_eq!(
            split(
                "Gen. Mark Milley spoke on Jan. 5 at 10 p.m. in Washington, D.C. on Friday. Then he left."
            ),
            [
                "Gen. Mark Milley spoke on Jan. 5 at 10 p.m. in Washington, D.C. on Friday.",
                "Then he left."
            ]
        );
        assert_eq!(
            split("He lives at No. 10 Downing Street. It is old."),
            ["He lives at No. 10 Downing Street.", "It is old."]
        );
    }

    #[test]
    fn an_acronym_that_spells_an_abbreviation_ends_its_sentence() {
        assert_eq!(
            split("Microsoft has used the approach against IE.\nBased on past practice, it works."),
            [
                "Microsoft has used the approach against IE.",
                "Based on past practice, it works."
            ]
        );
        // A full stop inside the word, a title, or a line all in capitals.
        for one in [
            "U.S. Army officials said on Saturday that he left.",
            "GUNMAN KILLED IN ST. LOUIS BAR",
            "The fire spread to ST. Mary's church on Friday.",
        ] {
            assert_eq!(split(one), [one]);
        }
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("J. R. Smith scored 20 points. The team won."),
            ["J. R. Smith scored 20 points.", "The team won."]
        );
    }

    #[test]
    fn decimals_and_money() {
        assert_eq!(
            split(
                "Growth was 2.5 percent and the deal was worth $3.4-million. It closed at 5.15am."
            ),
            [
                "Growth was 2.5 percent and the deal was worth $3.4-million.",
                "It closed at 5.15am."
            ]
        );
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            split("He paused... and then went on. She left."),
            ["He paused... and then went on.", "She left."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets() {
        assert_eq!(
            split(r#"Forces "will reveal them". The drones were intercepted."#),
            [
                r#"Forces "will reveal them"."#,
                "The drones were intercepted."
            ]
        );
        assert_eq!(
            split(r#"He said "I am the Minister." Then he left."#),
            [r#"He said "I am the Minister.""#, "Then he left."]
        );
        assert_eq!(
            split("The vote was held (on Sunday.) Results follow."),
            ["The vote was held (on Sunday.)", "Results follow."]
        );
    }

    #[test]
    fn mixed_quote_marks() {
        assert_eq!(
            split("claiming that \"playing the victim is old.” He further stated it."),
            [
                "claiming that \"playing the victim is old.”",
                "He further stated it."
            ]
        );
    }

    #[test]
    fn title_line_without_full_stop() {
        assert_eq!(
            split(
                "Drone Attack Targets Iraqi Prime Minister\nThree drones targeted the home on Sunday. Two were shot down."
            ),
            [
                "Drone Attack Targets Iraqi Prime Minister",
                "Three drones targeted the home on Sunday.",
                "Two were shot down."
            ]
        );
    }

    #[test]
    fn bullets_and_dashes() {
        assert_eq!(
            split(
                "Key points:\n- Three drones were launched\n- Two were shot down\n* One hit the house"
            ),
            [
                "Key points:",
                "Three drones were launched",
                "Two were shot down",
                "One hit the house"
            ]
        );
        assert_eq!(
            split("Facts:\n1. The attack came at dawn\n2) Nobody was hurt"),
            ["Facts:", "The attack came at dawn", "Nobody was hurt"]
        );
    }

    #[test]
    fn clauses_of_two_claims() {
        assert_eq!(
            split(
                "Khazali condemned the attack on the home, while the Hezbollah Brigades mocked it as fabricated."
            ),
            [
                "Khazali condemned the attack on the home",
                "while the Hezbollah Brigades mocked it as fabricated."
            ]
        );
        // Too short to be two claims, or inside a quote: one statement.
        assert_eq!(
            split("He left, while she stayed."),
            ["He left, while she stayed."]
        );
        assert_eq!(
            split(r#"He said "we condemned the attack on them, while others mocked it as fake" today."#).len(),
            1
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_white_space() {
        let text = "word ".repeat(1_000) + "end.";
        let pieces = split(&text);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_STATEMENT_BYTES));
        assert!(
            pieces
                .iter()
                .all(|p| p.starts_with("word") || p.starts_with("end"))
        );
        let giant = "é".repeat(3_000);
        let pieces = split(&giant);
        assert_eq!(pieces.concat(), giant);
        assert!(pieces.iter().all(|p| p.len() <= MAX_STATEMENT_BYTES));
    }

    /// Hardening (issue 15): a unit longer than `MAX_SENTENCEX_BYTES` reaches sentencex in
    /// pieces no longer than that, cut at a sentence end when there is one; quotes that never
    /// close cost linear time.
    #[test]
    fn long_units_reach_sentencex_in_bounded_chunks() {
        let text = "Officer Ko said \u{201c}we will return. Mr. Lee left. ".repeat(2_000);
        let unit = Span::new(0, text.len());
        let pieces = chunks(&text, unit);
        assert!(pieces.len() > 1);
        assert_eq!(pieces.first().unwrap().start, 0);
        assert_eq!(pieces.last().unwrap().end, text.len());
        for w in pieces.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        for p in &pieces {
            assert!(p.end - p.start <= MAX_SENTENCEX_BYTES);
            let body = &text[p.start..p.end];
            let body = body.trim_end();
            assert!(body.ends_with('.') && !body.ends_with("Mr."), "{body:?}");
        }
        let short = Span::new(0, 200);
        assert_eq!(chunks(&text, short), vec![short]);
        // Only multi-byte white space (U+2009, found by fuzzing): cut after it, whole.
        let thin = "\u{2009}ab".repeat(5_000);
        for p in chunks(&thin, Span::new(0, thin.len())) {
            assert!(thin.is_char_boundary(p.start) && thin.is_char_boundary(p.end));
        }
        segment(&thin);
        // No white space at all: cut at character boundaries.
        let quotes = "\u{201c}".repeat(100_000);
        let pieces = chunks(&quotes, Span::new(0, quotes.len()));
        assert!(
            pieces
                .iter()
                .all(|p| p.end - p.start <= MAX_SENTENCEX_BYTES)
        );
        let started = std::time::Instant::now();
        let found = segment(&quotes);
        assert!(!found.pieces.is_empty() || found.paragraphs.len() == 1);
        let found = segment(&text);
        assert!(found.pieces.len() >= 4_000, "{}", found.pieces.len());
        // 100,000 lines of one block joined into one unit, each with a quotation mark: the
        // marks of the unit are counted line by line, not again for every line.
        let joined = "URL: x\n\n".to_string() + &"and \"then it went on\n".repeat(100_000);
        assert!(!segment(&joined).pieces.is_empty());
        assert!(started.elapsed().as_secs() < 30);
    }

    #[test]
    fn a_title_cased_headline_is_one_statement() {
        let lead = "Two people were killed on Friday.";
        let headline = "2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant";
        assert_eq!(split(&format!("{headline}\n{lead}")), [headline, lead]);
        // A headline in sentence case is split at its full stops as any line.
        let headline = "Quake hits Java. Dozens feared dead";
        assert_eq!(
            split(&format!("{headline}\n{lead}")),
            ["Quake hits Java.", "Dozens feared dead", lead]
        );
    }

    #[test]
    fn a_long_first_line_without_full_stop_is_the_headline() {
        let headline = "Enraged protesters battle police in the streets during a third night of rioting after it is revealed that the teenager was shot in the back";
        let lead = "As fights between police and angry teens erupted, 46 were arrested on Wednesday night.";
        for before in ["", "URL: http://example.com/a\n\n"] {
            assert_eq!(
                split(&format!("{before}{headline}\n{lead}")),
                [headline, lead],
                "{before:?}"
            );
        }
        // Further down, such a line is a line broken inside a sentence.
        let text = format!("First paragraph here.\n\n{headline}\n{lead}");
        assert_eq!(split(&text).len(), 2);
    }

    #[test]
    fn hard_wrapped_paragraph_is_joined() {
        assert_eq!(
            split(
                "The officials said that the attack was carried\nout by a group supported by Iran.\n\nNext paragraph here."
            ),
            [
                "The officials said that the attack was carried\nout by a group supported by Iran.",
                "Next paragraph here."
            ]
        );
    }
}
