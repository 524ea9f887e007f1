//! Quoted spans and capitalised name phrases.

use serde::Serialize;

use super::tokens::Token;

/// Byte span `[start, end)` into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The part of `self` inside `other`, if any.
    pub fn clip(&self, other: Span) -> Option<Span> {
        let s = Span::new(self.start.max(other.start), self.end.min(other.end));
        (!s.is_empty()).then_some(s)
    }
}

/// Spans between double quotation marks in `text[start..end]` (a paragraph, or one of its
/// line-paragraphs: `segment`'s units), without the marks.
/// Straight quotes toggle; curly quotes open and close; a quote still open at the end of the
/// paragraph runs to its end (news style for quotes that go on in the next paragraph). So
/// does one still open at the end of a line when the next line opens with a mark before a
/// word: the lines are paragraphs, the next one goes on with the quotation or opens another
/// ("Mr Gaskin said: "There was a lot of snow.¶"It appears they were ill-equipped.""), and
/// the marks must not pair across them.
pub fn quoted_spans(text: &str, start: usize, end: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let para = &text[start..end];
    // The last line break, and whether only white space has followed it.
    let (mut line_break, mut line_blank) = (None, false);
    for (off, c) in para.char_indices() {
        let at = start + off;
        if c == '\n' {
            // A line whose own marks pair up does not go on with a quotation left open above
            // it: the writer dropped the closing mark ("…everyone said 'yes'.¶Moffat added the
            // actor had "briefly flicked through my mind" …").
            if let Some(o) = open
                && pairs_up(&para[off + 1..])
            {
                let line_end = start + para[..off].trim_end().len();
                if line_end > o {
                    spans.push(Span::new(o, line_end));
                }
                open = None;
            }
            (line_break, line_blank) = (Some(off), true);
            continue;
        }
        let first_on_line = line_blank;
        line_blank &= c.is_whitespace();
        if let (Some(nl), Some(o)) = (line_break, open)
            && first_on_line
            && matches!(c, '"' | '“')
            && para[off + c.len_utf8()..].starts_with(char::is_alphanumeric)
        {
            let line_end = start + para[..nl].trim_end().len();
            if line_end > o {
                spans.push(Span::new(o, line_end));
            }
            open = Some(at + c.len_utf8());
            continue;
        }
        match (c, open) {
            ('"' | '“' | '”' | '„' | '«' | '»', Some(o)) => {
                // A closing mark right after the opening one is an empty quote; skip it.
                if at > o {
                    spans.push(Span::new(o, at));
                }
                open = None;
            }
            ('"' | '“' | '„' | '«', None) => open = Some(at + c.len_utf8()),
            _ => {}
        }
    }
    if let Some(o) = open
        && o < end
    {
        spans.push(Span::new(o, end));
    }
    spans.retain(|s| !text[s.start..s.end].trim().is_empty());
    spans
}

/// Whether the first line of `rest` has quotation marks, an even number of them.
fn pairs_up(rest: &str) -> bool {
    let line = rest.split('\n').next().unwrap_or("");
    let marks = line.matches(['"', '“', '”']).count();
    marks > 0 && marks.is_multiple_of(2)
}

/// A run of capitalised words naming a person, group or place: "Qais al-Khazali",
/// "Popular Mobilization Forces", "Asa'ib Ahl al-Haq", "PMF".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    /// Normalised words, particles ("al", "of") included.
    pub words: Vec<String>,
}

/// Words that may sit inside a name between capitalised words.
fn is_particle(norm: &str) -> bool {
    matches!(
        norm,
        "al" | "el" | "bin" | "ibn" | "abu" | "de" | "del" | "der" | "van" | "von" | "of" | "la"
    )
}

/// Capitalised words that start sentences or are titles rather than names.
fn is_common_capital(norm: &str) -> bool {
    matches!(
        norm,
        "however"
            | "meanwhile"
            | "additionally"
            | "furthermore"
            | "moreover"
            | "later"
            | "earlier"
            | "regarding"
            | "in"
            | "on"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
    ) || is_calendar_word(norm)
}

/// Days and months are capitalised but name a time, not a person, group or place.
pub fn is_calendar_word(norm: &str) -> bool {
    matches!(
        norm,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Name phrases among `tokens` (those of one statement). `sentence_start` is where the sentence
/// begins: its first word is only a name if it is not a common word.
/// A title-cased or upper-case headline ("Footage Of Brooklyn Mother's Fatal Shooting
/// Released"): every word but function words capitalised, so capitals say nothing about names.
fn title_cased(tokens: &[Token]) -> bool {
    let content: Vec<&Token> = tokens.iter().filter(|t| !t.stop && !t.numeric).collect();
    content.len() >= 4 && content.iter().all(|t| t.capitalised)
}

/// A word written as capital initials of two letters or more: "US", "U.S", "UN".
fn initialism(text: &str, t: &Token) -> bool {
    let written = &text[t.start..t.end];
    written.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && written.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The index of the first token after the initials that open a name at token `i`: one dotted
/// initialism ("U.S") or two single capital letters or more, each followed by a full stop
/// ("U. S."); 0 for none.
fn opening_initials(text: &str, tokens: &[Token], i: usize) -> usize {
    let dotted = |k: usize| {
        tokens
            .get(k + 1)
            .is_some_and(|n| text[tokens[k].end..n.start].starts_with('.'))
    };
    let letter = |k: usize| {
        let w = &text[tokens[k].start..tokens[k].end];
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    if text[tokens[i].start..tokens[i].end].contains('.') && dotted(i) {
        return i + 1;
    }
    let mut k = i;
    while k < tokens.len() && letter(k) && dotted(k) {
        k += 1;
    }
    if k - i >= 2 { k } else { 0 }
}

pub fn names(text: &str, tokens: &[Token], sentence_start: usize) -> Vec<Name> {
    if title_cased(tokens) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let first_word = i == 0
            && text[sentence_start.min(t.start)..t.start]
                .chars()
                .all(|c| !c.is_alphanumeric());
        let initialism = initialism(text, t);
        let starts = t.capitalised
            && !t.numeric
            && (!t.stop || is_particle(&t.norm) || initialism)
            && !is_common_capital(&t.norm)
            && !(first_word && (t.stop || is_common_capital(&t.norm)) && !initialism);
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = i;
        // "U.S. Geological Survey", "U. S. Geological Survey": the full stops of initials that
        // open a name are inside it ("Robert J. Pickell" still ends at the initial).
        let opening = opening_initials(text, tokens, i);
        while j < tokens.len() {
            let mut gap = &text[tokens[j - 1].end..tokens[j].start];
            if j - 1 < opening {
                gap = gap.strip_prefix('.').unwrap_or(gap);
            }
            if !gap
                .chars()
                .all(|c| c == ' ' || c == '-' || c == '\'' || c == '’')
            {
                break;
            }
            let w = &tokens[j];
            if w.capitalised && !w.numeric && !is_calendar_word(&w.norm) {
                last = j;
            } else if !is_particle(&w.norm) {
                break;
            }
            j += 1;
        }
        // "al-Kazemi": a lower-case particle joined by a hyphen before the name belongs to it.
        let mut first = i;
        if i > 0
            && is_particle(&tokens[i - 1].norm)
            && !tokens[i - 1].capitalised
            && &text[tokens[i - 1].end..t.start] == "-"
        {
            first = i - 1;
        }
        found.push(Name {
            start: tokens[first].start,
            end: tokens[last].end,
            // "U.S" is the name word "us", as "US" is.
            words: tokens[first..=last]
                .iter()
                .map(|t| t.norm.replace('.', ""))
                .collect(),
        });
        i = last + 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::tokenize;

    #[test]
    fn a_quotation_goes_on_in_the_next_line_that_opens_with_a_mark() {
        let text = "Mr Gaskin said: \"There was a lot of snow.\n\"It appears they were \
                    ill-equipped.\"\nThe New Zealand-born man fell.\nHe said: \"I can't speak.\"";
        let spans = quoted_spans(text, 0, text.len());
        let got: Vec<_> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "There was a lot of snow.",
                "It appears they were ill-equipped.",
                "I can't speak."
            ]
        );
    }

    #[test]
    fn a_line_whose_marks_pair_up_ends_a_quotation_left_open_above_it() {
        let text = "\"We filmed him at my house and everyone said yes.\n\
                    The director added he had \"crossed my mind\" before, but \"not seriously\".\n\
                    Harris practised the lines in front of a mirror.";
        let spans = quoted_spans(text, 0, text.len());
        let got: Vec<_> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "We filmed him at my house and everyone said yes.",
                "crossed my mind",
                "not seriously"
            ]
        );
        // A line with one mark closes the quotation it goes on with.
        let text = "\"She was so nice.\nShe always took care of everybody.\"\nThey left.";
        let spans = quoted_spans(text, 0, text.len());
        let got: Vec<_> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            ["She was so nice.\nShe always took care of everybody."]
        );
    }

    #[test]
    fn quotes_straight_curly_and_unclosed() {
        let text = r#"He said "we know them," and “they will pay”. Then "more"#;
        let spans = quoted_spans(text, 0, text.len());
        let got: Vec<_> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["we know them,", "they will pay", "more"]);
    }

    #[test]
    fn mixed_straight_open_curly_close() {
        let text = "claiming that \"playing the victim is old.” He said";
        let spans = quoted_spans(text, 0, text.len());
        assert_eq!(
            &text[spans[0].start..spans[0].end],
            "playing the victim is old."
        );
        assert_eq!(spans.len(), 1);
    }

    fn name_texts(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, 0, text.len());
        names(text, &tokens, 0)
            .into_iter()
            .map(|n| &text[n.start..n.end])
            .collect()
    }

    #[test]
    fn initials_with_full_stops_open_a_name() {
        assert_eq!(
            name_texts("He said the U.S. Geological Survey measured it"),
            ["U.S. Geological Survey"]
        );
        assert_eq!(
            name_texts("He said the U. S. Geological Survey measured it"),
            ["U. S. Geological Survey"]
        );
        assert_eq!(name_texts("He said US troops left"), ["US"]);
        // An initial inside a name still ends it, and the pronoun is no name.
        assert_eq!(
            name_texts("He said Sheriff Robert J. Pickell told us"),
            ["Sheriff Robert J", "Pickell"]
        );
    }

    #[test]
    fn name_phrases() {
        assert_eq!(
            name_texts("However, the Secretary-General of Asaib, Qais al-Khazali, later spoke"),
            ["Secretary-General of Asaib", "Qais al-Khazali"]
        );
        assert_eq!(
            name_texts("Iraqi Prime Minister Mustafa al-Kazemi met the PMF."),
            ["Iraqi Prime Minister Mustafa al-Kazemi", "PMF"]
        );
        assert_eq!(name_texts("The attack on al-Kazemi failed"), ["al-Kazemi"]);
    }

    #[test]
    fn title_cased_headlines_name_nothing() {
        assert!(
            name_texts("Footage Of Brooklyn Mother's Fatal Shooting Released During Trial")
                .is_empty()
        );
        assert!(name_texts("COLTS TOP CHIEFS, REACH PLAYOFFS").is_empty());
        assert!(
            !name_texts("Video of Brooklyn woman's fatal shooting is played at trial").is_empty()
        );
    }
}
