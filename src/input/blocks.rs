//! The text of an extracted article, built block by block: headings, paragraphs, list items
//! and quotations each become one paragraph of the report; white space inside a block is folded
//! as a browser folds it.

use crate::report::one_line;

/// An article taken out of a page: its headline, byline and date, and its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// Paragraphs separated by blank lines; the headline, when there is one, first.
    pub text: String,
}

/// Collects blocks of text.
#[derive(Debug, Default)]
pub struct Blocks {
    done: Vec<String>,
    current: String,
}

impl Blocks {
    /// Appends inline text: every run of white space (no-break spaces included) becomes one
    /// space, and none starts a block or a line.
    pub fn text(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.current.is_empty() && !self.current.ends_with([' ', '\n']) {
                self.current.push(' ');
            }
            // A soft hyphen is invisible; kept, it would split a word in two tokens.
            self.current.extend(word.chars().filter(|&c| c != '\u{ad}'));
        }
    }

    /// A line break inside the block (`<br>`, a hard break).
    pub fn line_break(&mut self) {
        let kept = self.current.trim_end_matches(' ').len();
        self.current.truncate(kept);
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
    }

    /// Ends the current block, if it has any text.
    pub fn end_block(&mut self) {
        let block = self.current.trim();
        if block.chars().any(char::is_alphanumeric) {
            self.done.push(block.to_string());
        }
        self.current.clear();
    }

    /// The article: the headline (unless the text already starts with it) and the blocks.
    pub fn into_article(
        mut self,
        title: Option<String>,
        byline: Option<String>,
        date: Option<String>,
    ) -> Article {
        self.end_block();
        let title = title.map(|t| one_line(&t)).filter(|t| !t.is_empty());
        let mut blocks = self.done;
        if let Some(t) = &title
            && blocks.first().is_none_or(|first| one_line(first) != *t)
        {
            blocks.insert(0, t.clone());
        }
        let tidy = |s: Option<String>| s.map(|s| one_line(&s)).filter(|s| !s.is_empty());
        Article {
            title,
            byline: tidy(byline),
            date: tidy(date),
            text: blocks.join("\n\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_folds_inside_blocks_and_blocks_become_paragraphs() {
        let mut b = Blocks::default();
        b.text("  Three\n   crew\u{a0}members ");
        b.text("were hurt.");
        b.end_block();
        b.end_block();
        b.text("Line one");
        b.line_break();
        b.text(" line two");
        b.end_block();
        b.text(" · ");
        b.end_block();
        let a = b.into_article(Some("Fire  on ferry".into()), None, Some(" 12 May ".into()));
        assert_eq!(
            a.text,
            "Fire on ferry\n\nThree crew members were hurt.\n\nLine one\nline two"
        );
        assert_eq!(a.title.as_deref(), Some("Fire on ferry"));
        assert_eq!(a.date.as_deref(), Some("12 May"));
    }

    #[test]
    fn a_headline_already_there_is_not_repeated() {
        let mut b = Blocks::default();
        b.text("Fire on ferry");
        b.end_block();
        b.text("Body.");
        let a = b.into_article(Some("Fire on ferry".into()), None, None);
        assert_eq!(a.text, "Fire on ferry\n\nBody.");
    }

    #[test]
    fn soft_hyphens_vanish() {
        let mut b = Blocks::default();
        b.text("fire\u{ad}fighters");
        assert_eq!(b.into_article(None, None, None).text, "firefighters");
    }
}
