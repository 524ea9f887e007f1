//! Word wrapping for the reader: pure and terminal-free.
//!
//! Text is fed in tagged byte ranges (a statement, the text between statements, a changed word);
//! the wrapper breaks it into lines at white space, before and after wide (CJK) characters, and
//! inside a word only when the word alone is wider than the line (at grapheme boundaries, so
//! combining marks and emoji sequences stay whole). Widths are terminal columns (unicode-width,
//! per grapheme, as ratatui's buffer counts them). A run of white space (including line breaks
//! of hard-wrapped text) becomes one space.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Tag of text that belongs to nothing in particular (text between statements).
pub const NO_TAG: u32 = u32::MAX;
/// Tag of a synthetic "…" fragment that stands for left-out text.
pub const ELLIPSIS: u32 = u32::MAX - 1;

/// A piece of one line: a byte range of the text with its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frag {
    pub start: u32,
    pub end: u32,
    pub tag: u32,
    /// A space is drawn before this fragment.
    pub space_before: bool,
}

impl Frag {
    /// The text of the fragment ("…" for an ellipsis).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        if self.tag == ELLIPSIS {
            "…"
        } else {
            &text[self.start as usize..self.end as usize]
        }
    }
}

/// Wrapped text: lines of fragments, and for each tag the lines it covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wrapped {
    pub frags: Vec<Frag>,
    /// Index into `frags` of the first fragment of each line.
    starts: Vec<u32>,
    /// For each tag below the number of tags given to the wrapper: first and last line, or
    /// `None` when the tag never appears.
    tag_lines: Vec<Option<(u32, u32)>>,
}

impl Wrapped {
    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The fragments of line `i` (empty for a blank line or past the end).
    pub fn line(&self, i: usize) -> &[Frag] {
        let Some(&start) = self.starts.get(i) else {
            return &[];
        };
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.frags.len(), |&e| e as usize);
        &self.frags[start as usize..end]
    }

    /// First and last line of `tag`.
    pub fn lines_of(&self, tag: usize) -> Option<(usize, usize)> {
        self.tag_lines
            .get(tag)
            .copied()
            .flatten()
            .map(|(a, b)| (a as usize, b as usize))
    }
}

/// Display width of `s` in terminal columns, counted per grapheme as ratatui draws it.
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.graphemes(true).map(UnicodeWidthStr::width).sum()
    }
}

/// Punctuation that must not start a line (CJK full stops and commas, closing brackets).
fn closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '．'
            | '：'
            | '；'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '】'
            | '》'
            | '〉'
    ) || matches!(
        c,
        '.' | ',' | ':' | ';' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '’'
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// White space: a break opportunity, drawn as one space unless at the start of a line.
    Space,
    /// A break opportunity without a space (next to a wide character).
    Break,
    /// No break: the same word goes on.
    Glue,
}

/// Greedy word wrapper. Feed it with [`Wrapper::push`], separate paragraphs with
/// [`Wrapper::paragraph`], and take the result with [`Wrapper::finish`].
pub struct Wrapper<'a> {
    text: &'a str,
    width: usize,
    out: Wrapped,
    line_open: bool,
    line_w: usize,
    word: Vec<Frag>,
    word_gap: Gap,
    pending: Gap,
    prev_wide: bool,
    /// The previous character was a zero-width joiner (inside an emoji sequence).
    prev_joiner: bool,
}

impl<'a> Wrapper<'a> {
    /// A wrapper for lines of at most `width` columns (at least 1) over `text`, tracking the
    /// lines of tags `0..tags`.
    pub fn new(text: &'a str, width: usize, tags: usize) -> Self {
        Wrapper {
            text,
            width: width.max(1),
            out: Wrapped {
                tag_lines: vec![None; tags],
                ..Wrapped::default()
            },
            line_open: false,
            line_w: 0,
            word: Vec::new(),
            word_gap: Gap::Space,
            pending: Gap::Space,
            prev_wide: false,
            prev_joiner: false,
        }
    }

    /// Starts a new paragraph: a blank line after the previous one, if any.
    pub fn paragraph(&mut self) {
        self.flush_word();
        if !self.out.starts.is_empty() {
            self.out.starts.push(self.out.frags.len() as u32);
        }
        self.line_open = false;
        self.line_w = 0;
        self.pending = Gap::Space;
    }

    /// Adds `text[start..end]`, tagged `tag`. Text of consecutive calls joins without a break
    /// unless white space separates it.
    pub fn push(&mut self, start: usize, end: usize, tag: u32) {
        let text = self.text;
        for (i, ch) in text[start..end].char_indices() {
            if ch.is_whitespace() {
                self.pending = Gap::Space;
                self.prev_wide = false;
                continue;
            }
            let w = ch.width().unwrap_or(0);
            let wide = w >= 2;
            let gap = match self.pending {
                Gap::Space => Gap::Space,
                _ if (wide || self.prev_wide)
                    && w > 0
                    && !self.prev_joiner
                    && !closing_punctuation(ch) =>
                {
                    Gap::Break
                }
                g => g,
            };
            if gap != Gap::Glue {
                self.flush_word();
                self.word_gap = gap;
            }
            let at = (start + i) as u32;
            let end = at + ch.len_utf8() as u32;
            match self.word.last_mut() {
                Some(f) if f.end == at && f.tag == tag => f.end = end,
                _ => self.word.push(Frag {
                    start: at,
                    end,
                    tag,
                    space_before: false,
                }),
            }
            self.pending = Gap::Glue;
            self.prev_wide = wide;
            self.prev_joiner = ch == '\u{200d}';
        }
    }

    /// Adds a "…" word standing for left-out text.
    pub fn ellipsis(&mut self) {
        self.flush_word();
        self.word_gap = Gap::Space;
        self.word.push(Frag {
            start: 0,
            end: 0,
            tag: ELLIPSIS,
            space_before: false,
        });
        self.flush_word();
        self.pending = Gap::Space;
    }

    pub fn finish(mut self) -> Wrapped {
        self.flush_word();
        self.out
    }

    fn flush_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let w: usize = word.iter().map(|f| width(f.text(self.text))).sum();
        let sp = usize::from(self.word_gap == Gap::Space && self.line_w > 0);
        if self.line_w + sp + w <= self.width {
            for (k, f) in word.iter().enumerate() {
                self.emit(Frag {
                    space_before: k == 0 && sp == 1,
                    ..*f
                });
            }
            self.line_w += sp + w;
        } else if w <= self.width {
            self.new_line();
            for f in &word {
                self.emit(*f);
            }
            self.line_w = w;
        } else {
            // Wider than a line: break it between graphemes.
            if self.line_w > 0 {
                self.new_line();
            }
            for f in &word {
                let mut at = f.start as usize;
                for g in f.text(self.text).graphemes(true) {
                    let gw = UnicodeWidthStr::width(g);
                    if self.line_w + gw > self.width && self.line_w > 0 {
                        self.new_line();
                    }
                    let end = if f.tag == ELLIPSIS { 0 } else { at + g.len() };
                    self.emit_merged(Frag {
                        start: at as u32,
                        end: end as u32,
                        ..*f
                    });
                    self.line_w += gw;
                    at = end;
                }
            }
        }
        self.word = word;
        self.word.clear();
    }

    fn new_line(&mut self) {
        self.out.starts.push(self.out.frags.len() as u32);
        self.line_open = true;
        self.line_w = 0;
    }

    fn emit(&mut self, f: Frag) {
        if !self.line_open {
            self.new_line();
        }
        let line = (self.out.starts.len() - 1) as u32;
        if let Some(slot) = self.out.tag_lines.get_mut(f.tag as usize) {
            *slot = Some(slot.map_or((line, line), |(a, _)| (a, line)));
        }
        self.out.frags.push(f);
    }

    /// Emits `f`, merging it into the previous fragment when it continues it on the same line.
    fn emit_merged(&mut self, f: Frag) {
        let line_start = self.out.starts.last().copied().unwrap_or(0) as usize;
        if self.line_open
            && self.out.frags.len() > line_start
            && let Some(last) = self.out.frags.last_mut()
            && last.tag == f.tag
            && last.end == f.start
            && f.tag != ELLIPSIS
        {
            last.end = f.end;
            return;
        }
        self.emit(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The lines as strings, each fragment's space drawn.
    fn lines(text: &str, w: &Wrapped) -> Vec<String> {
        (0..w.len())
            .map(|i| {
                let mut s = String::new();
                for f in w.line(i) {
                    if f.space_before {
                        s.push(' ');
                    }
                    s.push_str(f.text(text));
                }
                s
            })
            .collect()
    }

    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut w = Wrapper::new(text, width, 0);
        w.push(0, text.len(), NO_TAG);
        lines(text, &w.finish())
    }

    #[test]
    fn wraps_by_word_and_folds_white_space() {
        assert_eq!(
            wrap("The quick  brown\nfox jumps over", 10),
            ["The quick", "brown fox", "jumps over"]
        );
        assert_eq!(wrap("  lead and trail  ", 20), ["lead and trail"]);
    }

    #[test]
    fn breaks_long_words_only_when_needed() {
        assert_eq!(wrap("a abcdefghij b", 4), ["a", "abcd", "efgh", "ij b"]);
    }

    #[test]
    fn wide_characters_break_anywhere_and_count_double() {
        // Eight CJK characters, 16 columns.
        assert_eq!(
            wrap("北京市朝阳区三里屯", 6),
            ["北京市", "朝阳区", "三里屯"]
        );
        assert_eq!(wrap("Beijing 北京 city", 9), ["Beijing", "北京 city"]);
        // A full stop never starts a line.
        assert_eq!(wrap("三人受伤。", 8), ["三人受", "伤。"]);
    }

    #[test]
    fn combining_marks_and_emoji_stay_whole() {
        let text = "e\u{301}e\u{301}e\u{301}e\u{301}";
        let out = wrap(text, 2);
        assert_eq!(out, ["e\u{301}e\u{301}", "e\u{301}e\u{301}"]);
        let family = "👨\u{200d}👩\u{200d}👧 ok";
        assert_eq!(wrap(family, 3), ["👨\u{200d}👩\u{200d}👧", "ok"]);
    }

    #[test]
    fn right_to_left_text_wraps_by_word() {
        assert_eq!(
            wrap("مرحبا بالعالم الكبير", 13),
            ["مرحبا بالعالم", "الكبير"]
        );
    }

    #[test]
    fn tags_glue_inside_a_word_and_record_lines() {
        let text = "one two,three four";
        let mut w = Wrapper::new(text, 9, 2);
        w.push(0, 8, 0); // "one two,"
        w.push(8, text.len(), 1); // "three four"
        let out = w.finish();
        assert_eq!(lines(text, &out), ["one", "two,three", "four"]);
        assert_eq!(out.lines_of(0), Some((0, 1)));
        assert_eq!(out.lines_of(1), Some((1, 2)));
        let l1 = out.line(1);
        assert_eq!((l1[0].tag, l1[1].tag), (0, 1));
        assert!(!l1[1].space_before);
    }

    #[test]
    fn paragraphs_are_separated_by_a_blank_line() {
        let text = "First one. Second one.";
        let mut w = Wrapper::new(text, 40, 2);
        w.paragraph();
        w.push(0, 10, 0);
        w.paragraph();
        w.ellipsis();
        w.push(11, text.len(), 1);
        let out = w.finish();
        assert_eq!(lines(text, &out), ["First one.", "", "… Second one."]);
        assert_eq!(out.lines_of(1), Some((2, 2)));
    }

    proptest! {
        #[test]
        fn lines_fit_and_keep_every_character(
            text in "[a-z ,.\n北京é\u{301}🙂]{0,80}",
            width in 2usize..30,
        ) {
            let out = wrap(&text, width);
            for l in &out {
                prop_assert!(width_of(l) <= width, "{l:?} wider than {width}");
            }
            let kept: String = out.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert_eq!(kept, all);
        }
    }

    fn width_of(s: &str) -> usize {
        width(s)
    }
}
