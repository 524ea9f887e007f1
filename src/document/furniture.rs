//! Page furniture: lines of a saved article that are no claim — `URL:` lines, bylines,
//! datelines and time stamps ("Posted on January 5, 2011 at 3:39 PM", "Thursday 29 July 2004
//! 08.23 BST"), photo credits, share buttons, copyright lines. They are kept out of the
//! statements (two reports' time stamps are not a contradiction) and shown as the report's
//! header.

/// Words of a dateline or time stamp besides figures, days, months and time zones
/// (`language::calendar`).
const DATE_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "posted",
    "published",
    "updated",
    "last",
    "modified",
    "at",
    "on",
    "am",
    "pm",
    "a.m",
    "p.m",
    "of",
    "th",
    "st",
    "nd",
    "rd",
    "time",
    "date",
];

/// Whether a word of a dateline is a date or time word.
fn date_word(w: &str) -> bool {
    use crate::language::calendar::{TIME_ZONES, is_day_or_month};
    DATE_WORDS.contains(&w) || is_day_or_month(w) || TIME_ZONES.contains(&w)
}

/// Line openings that mark furniture whatever follows.
const OPENINGS: &[&str] = &[
    "url:",
    "source:",
    "photo:",
    "photos:",
    "image:",
    "credit:",
    "caption:",
    "copyright",
    "©",
    "share this",
    "share on",
    "follow us",
    "related:",
    "tags:",
    "filed under",
    "posted by",
    "published by",
    "updated:",
    "published:",
    "posted:",
    "read more",
];

/// The byline and date among a text's furniture lines: the first byline ("By Jane Doe" →
/// "Jane Doe") and the first dateline or time stamp.
pub fn header(text: &str, lines: &[super::Span]) -> super::Header {
    let mut h = super::Header::default();
    for l in lines {
        let s = text[l.start..l.end].trim();
        if h.byline.is_none() && is_byline(s) {
            h.byline = Some(s[2..].trim().to_string());
        } else if h.date.is_none() && is_dateline(&s.to_lowercase()) {
            h.date = Some(s.to_string());
        }
    }
    h
}

/// Whether a line (trimmed) is page furniture.
pub fn is_furniture(line: &str) -> bool {
    let s = line.trim();
    if s.is_empty() {
        return false;
    }
    let lower = s.to_lowercase();
    if OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    if (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !s.contains(' ')
    {
        return true;
    }
    is_byline(s) || is_dateline(&lower)
}

/// "By Jane Doe", "BY JOHN SMITH and ANN LEE," — a short line of capitalised names after "By".
fn is_byline(s: &str) -> bool {
    let mut words = s.split_whitespace();
    if !matches!(words.next(), Some("By" | "BY" | "by")) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= 6
        && rest
            .iter()
            .all(|w| *w == "and" || w.chars().next().is_some_and(char::is_uppercase) || *w == ",")
        && !s.trim_end().ends_with(['.', '!', '?'])
}

/// A line of a date or a time and at most one other word ("MAR. 14, 2013, 8:12 PM", "Updated
/// Wednesday, Jan 5 at 5:53 PM", "11 November 2011 Last updated at 12:41 GMT").
fn is_dateline(lower: &str) -> bool {
    if !lower.chars().any(|c| c.is_ascii_digit()) || lower.split_whitespace().count() > 14 {
        return false;
    }
    let dated = lower.contains(':')
        || lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            date_word(w) || (w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        });
    if !dated {
        return false;
    }
    let others = lower
        .split(|c: char| !(c.is_alphabetic() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty() && !date_word(w))
        .count();
    others <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "URL: http://www.example.com/news/2013/07/02/quake",
            "Posted on January 5, 2011 at 3:39 PM",
            "Updated Wednesday, Jan 5 at 5:53 PM",
            "Thursday 29 July 2004 08.23 BST",
            "MAR. 14, 2013, 8:12 PM",
            "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM",
            "11 November 2011 Last updated at 12:41 GMT",
            "Jan 05, 2011",
            "By Jane Doe and John Smith",
            "Photo: Reuters",
            "© 2013 The Example Times",
            "https://example.com/a/b",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn byline_and_date_make_the_header() {
        let text = "URL: http://x.com/a\nBy Jane Doe\nJan 05, 2011\n";
        let spans = [(0, 19), (20, 31), (32, 44)].map(|(a, b)| super::super::Span::new(a, b));
        let h = header(text, &spans);
        assert_eq!(h.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(h.date.as_deref(), Some("Jan 05, 2011"));
    }

    #[test]
    fn claims_are_not_furniture() {
        for line in [
            "The fire broke out at 8.49pm on Friday.",
            "Magnitude-6.1 quake hits Indonesia; 1 dead",
            "He was 75.",
            "By Tuesday, 12 people had died.",
            "12.",
            "3-2",
            "Five bombs were dropped on Thursday.",
            "Deep Throat suspect found dead in hotel",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
