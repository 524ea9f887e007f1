//! A game's moments: its clock counting down ("13:41 to go", "4:43 left") and its running
//! score ("made it 60-46"). A game story tells many plays, each at its own moment: two
//! statements at two moments tell two plays, however many players and words they share.

use std::borrow::Borrow;

use super::Token;

/// The normalised word at token `k`, if any.
fn word<T: Borrow<Token>>(tokens: &[T], k: usize) -> Option<&str> {
    tokens.get(k).map(|t| t.borrow().norm.as_str())
}

/// The text between token `k - 1` and token `k` (empty for the first).
fn gap<'t, T: Borrow<Token>>(text: &'t str, tokens: &[T], k: usize) -> &'t str {
    match k {
        0 => "",
        _ => tokens
            .get(k)
            .map_or("", |t| &text[tokens[k - 1].borrow().end..t.borrow().start]),
    }
}

/// Words at token `k` that say a clock before them counts down: "13:41 to go", "4:43 left",
/// "two minutes remaining".
pub fn counts_down<T: Borrow<Token>>(tokens: &[T], k: usize) -> bool {
    match word(tokens, k) {
        Some("left" | "remaining") => true,
        Some("to") => matches!(word(tokens, k + 1), Some("go" | "play")),
        _ => false,
    }
}

/// The two figures joined by a dash at token `k` ("45-35"), if they are a score.
pub fn score_at<T: Borrow<Token>>(text: &str, tokens: &[T], k: usize) -> Option<(u32, u32)> {
    let (a, b) = (tokens.get(k)?.borrow(), tokens.get(k + 1)?.borrow());
    let figure = |t: &Token| t.norm.parse::<u32>().ok().filter(|&v| v < 1000);
    if !matches!(gap(text, tokens, k + 1), "-" | "–" | "—") {
        return None;
    }
    Some((figure(a)?, figure(b)?))
}

/// The game clock at token `k` ("13:41" read as two tokens joined by a colon, counting down),
/// as its span in the text.
pub fn clock_at<T: Borrow<Token>>(text: &str, tokens: &[T], k: usize) -> Option<(usize, usize)> {
    let (a, b) = (tokens.get(k)?.borrow(), tokens.get(k + 1)?.borrow());
    let digits = |t: &Token| t.norm.bytes().all(|x| x.is_ascii_digit());
    (gap(text, tokens, k + 1) == ":"
        && digits(a)
        && digits(b)
        && b.norm.len() == 2
        && counts_down(tokens, k + 2))
    .then_some((a.start, b.end))
}

/// The clock readings (in seconds left) and scores (higher figure first) of a statement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Moments {
    pub clocks: Vec<u32>,
    pub scores: Vec<(u32, u32)>,
}

/// Two clock readings this close (in seconds) may tell one play: outlets copy the clock from
/// one play-by-play, so a play is told at one reading, give or take a few seconds.
const CLOCK_SLACK: u32 = 10;

impl Moments {
    pub fn of<T: Borrow<Token>>(text: &str, tokens: &[T]) -> Moments {
        let mut m = Moments::default();
        for k in 0..tokens.len() {
            if let Some((start, end)) = clock_at(text, tokens, k) {
                let (min, sec) = text[start..end].split_once(':').unwrap_or_default();
                if let (Ok(min), Ok(sec)) = (min.parse::<u32>(), sec.parse::<u32>()) {
                    m.clocks.push(min * 60 + sec);
                }
            } else if let Some((a, b)) = score_at(text, tokens, k) {
                m.scores.push((a.max(b), a.min(b)));
            }
        }
        m
    }

    /// Whether two statements tell two moments of a game: their clocks differ, or their scores
    /// differ and one of them reads the clock ("made it 60-46 with 6:11 to go" / "a 33-26
    /// halftime lead"). Two final scores with no clock are one result told two ways ("won
    /// 45-35" / "won 45-36" may be a conflict).
    pub fn apart(&self, other: &Moments) -> bool {
        let near = |a: u32, b: u32| a.abs_diff(b) <= CLOCK_SLACK;
        if (self.clocks.iter()).any(|&a| other.clocks.iter().any(|&b| near(a, b))) {
            return false;
        }
        let both = |f: fn(&Moments) -> bool| f(self) && f(other);
        both(|m| !m.clocks.is_empty())
            || (both(|m| !m.scores.is_empty())
                && !self.scores.iter().any(|s| other.scores.contains(s))
                && !(self.clocks.is_empty() && other.clocks.is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn moments(text: &str) -> Moments {
        let doc = Document::parse("t", text).unwrap();
        let s = &doc.statements[0];
        Moments::of(&doc.text, &s.tokens)
    }

    #[test]
    fn clocks_and_scores_are_read() {
        assert_eq!(
            moments("Artino's free throws made it 45-35 with 13:41 to go."),
            Moments {
                clocks: vec![13 * 60 + 41],
                scores: vec![(45, 35)]
            }
        );
        // A time of day is no game clock; a span of years is no score.
        assert_eq!(
            moments("The game starts at 4:30 p.m. after the 2010-11 season."),
            Moments::default()
        );
    }

    #[test]
    fn two_clocks_or_two_scores_at_a_clock_are_two_moments() {
        let apart = |a: &str, b: &str| moments(a).apart(&moments(b));
        assert!(apart(
            "Artino answered to make it 19-12 with 11:43 left in the first half.",
            "McDermott broke the record with a free throw with 4:43 to play in the first half."
        ));
        assert!(apart(
            "Echenique's three-point play made it 60-46 with 6:11 to go.",
            "Simons buried a 3-pointer to make it a 45-42 game."
        ));
        // One moment told two ways: the same clock (the scores may then conflict), or two
        // results with no clock.
        assert!(!apart(
            "Creighton took a 45-35 lead with 13:41 to go.",
            "Two free throws gave Creighton a 45-36 lead with 13:41 to play."
        ));
        assert!(!apart("Rovers won 45-35.", "Rovers beat City 45-36."));
        // A statement with no moment is at none.
        assert!(!apart(
            "Creighton took a 45-35 lead with 13:41 to go.",
            "Artino scored 17 points."
        ));
    }
}
