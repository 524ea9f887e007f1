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
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe now",
    "click here",
    "listen to this article",
    "our standards:",
    "image caption",
    "image source",
    "media caption",
    "all rights reserved",
    "this story has been updated",
    "this article has been updated",
    "this article was originally published",
    "this story was originally published",
];

/// Lines that are furniture whole, whatever their case: an advertisement's label.
const WHOLE_LINES: &[&str] = &[
    "advertisement",
    "advertisement · scroll to continue",
    "story continues below advertisement",
    "continue reading the main story",
    "scroll to continue",
    "share",
    "comments",
];

/// Openings of a newsroom's credit line ("Reporting by Jane Doe; Editing by John Smith",
/// "Additional reporting by …"): furniture when every other word is a name or a joining word
/// ("Reporting by the BBC revealed the scandal" is a claim).
const CREDIT_OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
];

/// Words of a credit line besides names ("Reporting by Jane Doe in Tehran and John Smith in
/// Dubai; Writing by …").
const CREDIT_WORDS: &[&str] = &[
    "by",
    "and",
    "in",
    "from",
    "reporting",
    "additional",
    "writing",
    "editing",
    "compiled",
];

/// A newsroom's credit line (`CREDIT_OPENINGS`), or a line that credits a reporter ("Associated
/// Press writer Jane Doe in Dubai contributed to this report.").
fn is_credit(s: &str, lower: &str) -> bool {
    const CONTRIBUTED: &[&str] = &[
        "contributed to this report",
        "contributed to this story",
        "contributed reporting",
    ];
    let words = || {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
    };
    if CONTRIBUTED
        .iter()
        .any(|c| lower.trim_end_matches(['.', ' ']).ends_with(c))
    {
        return true;
    }
    CREDIT_OPENINGS.iter().any(|o| lower.starts_with(o))
        && words().all(|w| {
            w.starts_with(char::is_uppercase) || CREDIT_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// The byline and date among a text's furniture lines: the first byline ("By Jane Doe" →
/// "Jane Doe") and the first dateline or time stamp.
pub fn header(text: &str, lines: &[super::Span]) -> super::Header {
    let mut h = super::Header::default();
    for l in lines {
        let s = text[l.start..l.end].trim();
        if h.byline.is_none() && is_byline(s) {
            h.byline = Some(s[2..].trim().to_string());
        } else if h.date.is_none()
            && (is_dateline(&s.to_lowercase())
                || (is_dateline_line(s) && s.chars().any(|c| c.is_ascii_digit())))
        {
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
    if OPENINGS.iter().any(|o| lower.starts_with(o))
        || WHOLE_LINES.contains(&lower.trim_end_matches(['.', ':']))
        || is_credit(s, &lower)
    {
        return true;
    }
    if (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !s.contains(' ')
    {
        return true;
    }
    is_byline(s) || is_dateline(&lower) || is_dateline_line(s)
}

/// Most words of a dateline that opens a paragraph ("Washington D. C., Jul 13, 2009 / 02:00
/// pm (CNA)").
const DATELINE_WORDS: usize = 12;

/// News agencies whose names are no acronym, as datelines write them in brackets ("(AP)",
/// "(AFP)" are told by their capitals).
const AGENCIES: &[&str] = &[
    "Reuters",
    "Xinhua",
    "Bloomberg",
    "Interfax",
    "Kyodo",
    "Yonhap",
    "Bernama",
    "Anadolu",
    "dpa",
];

/// The dashes that end a dateline opening a paragraph.
const DASHES: &[&str] = &["—", "–", "--", "-"];

/// Where a dateline that opens `s` ends and what follows it starts: "WASHINGTON (Reuters) - ",
/// "LONDON, Jan 5 (AP) — ", "SUNNYVALE, Calif. — ", "Washington D. C., Jul 13, 2009 / 02:00 pm
/// (CNA)". A dateline is short, ends at an agency in brackets (then perhaps a dash) or at a
/// dash, is written in capitals, place names and dates, and opens with a place in capitals or
/// holds a date.
fn dateline_split(s: &str) -> Option<(usize, usize)> {
    use crate::language::calendar::is_day_or_month;
    let agency = s.find(" (").and_then(|open| {
        let close = open + s[open..].find(')')?;
        let name = &s[open + 2..close];
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        let agency_like = (2..=6).contains(&letters)
            && name.chars().all(|c| c.is_uppercase() || c == '.')
            || AGENCIES.contains(&name);
        agency_like.then_some((open, close + 1))
    });
    let dash = DASHES
        .iter()
        .filter_map(|d| {
            let at = s
                .match_indices(d)
                .map(|(at, _)| at)
                .find(|&at| s[..at].ends_with(' '))?;
            Some((at - 1, at + d.len()))
        })
        // "--" before "-" at the same place.
        .min_by_key(|&(at, end)| (at, std::cmp::Reverse(end)));
    let (head_end, mut end) = agency.or(dash)?;
    if agency.is_some() {
        let rest = &s[end..];
        end = DASHES
            .iter()
            .find_map(|d| rest.trim_start().strip_prefix(d))
            .map_or(end, |r| s.len() - r.len());
    }
    let head = s[..head_end].trim_end_matches([',', ' ']);
    let words: Vec<&str> = head.split_whitespace().collect();
    let lower = head.to_lowercase();
    let word_ok = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || date_word(&w.to_lowercase())
    };
    let first = words.first()?.trim_matches(|c: char| !c.is_alphabetic());
    let capital_place = first.chars().count() >= 3 && first.chars().all(char::is_uppercase);
    let dated = head.chars().any(|c| c.is_ascii_digit())
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| is_day_or_month(w) || DATE_WORDS.contains(&w));
    // Before a dash, only a place and a date: "NASA (Houston) —" is no dateline.
    let fits = words.len() <= DATELINE_WORDS
        && (agency.is_some() || !head.contains('('))
        && words.iter().all(word_ok)
        && (capital_place || dated);
    fits.then_some((head_end, end))
}

/// The length in bytes of a dateline that opens a paragraph, up to where its first sentence
/// starts (in upper case): "WASHINGTON (Reuters) - The president said". It names where and
/// when the report was filed, not where and when its event happened: kept out of the
/// statement, two reports' datelines are no contradiction.
pub fn dateline_prefix(line: &str) -> Option<usize> {
    let start = line.len() - line.trim_start().len();
    let s = &line[start..];
    let (_, end) = dateline_split(s)?;
    let rest = s[end..].trim_start();
    // A sentence follows, not the rest of a headline in capitals ("NASA — Launch Delayed").
    let sentence = rest.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
        && rest
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()));
    sentence.then(|| start + (s.len() - rest.len()))
}

/// A line that is a dateline and nothing more, or a dateline and a date or time:
/// "Washington D. C., Jul 13, 2009 / 02:00 pm (CNA)", "SUNNYVALE, Calif. —2 / 29 / 2012".
fn is_dateline_line(s: &str) -> bool {
    dateline_split(s).is_some_and(|(_, end)| {
        let rest = s[end..].trim();
        rest.chars().all(|c| !c.is_alphabetic()) || is_dateline(&rest.to_lowercase())
    })
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

/// Most words (with a letter or digit) of a line of dates and times: two stamps with their
/// times and zones ("First Posted: 08 / 04 / 11 06:44 PM ET Updated: 10 / 04 / 11 06:12 AM ET").
const DATELINE_MAX_WORDS: usize = 20;

/// A line of a date or a time and at most one other word ("MAR. 14, 2013, 8:12 PM", "Updated
/// Wednesday, Jan 5 at 5:53 PM", "11 November 2011 Last updated at 12:41 GMT").
fn is_dateline(lower: &str) -> bool {
    let words = lower
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if !lower.chars().any(|c| c.is_ascii_digit()) || words > DATELINE_MAX_WORDS {
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
    fn datelines_opening_a_paragraph() {
        for (line, rest) in [
            (
                "WASHINGTON (Reuters) - The president said",
                "The president said",
            ),
            ("LONDON, Jan 5 (AP) — Police arrested", "Police arrested"),
            ("SUNNYVALE, Calif. — AMD said", "AMD said"),
            ("March 1, 2012 -- AMD said", "AMD said"),
            (
                "Washington D. C., Jul 13, 2009 / 02:00 pm (CNA) President Barack Obama has announced",
                "President Barack Obama has announced",
            ),
        ] {
            let n = dateline_prefix(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(&line[n..], rest);
        }
        for line in [
            "Intel (INTC) Chief Executive Paul Otellini said",
            "Apple (AAPL) — shares rose",
            "Police said the man - who was 35 - fled",
            "The Kraft Foods plant (Philadelphia) closed",
            "NASA said on Monday - in a statement - that",
            "In 2004 - a year of storms - the town flooded",
            "Obama (D) won",
            "NASA (Houston) — the launch was delayed",
            "NASA — Launch Delayed Again",
        ] {
            assert_eq!(dateline_prefix(line), None, "{line}");
        }
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "Washington D. C., Jul 13, 2009 / 02:00 pm (CNA)",
            "SUNNYVALE, Calif. —2 / 29 / 2012",
            "LONDON (Reuters) -",
            "URL: http://www.example.com/news/2013/07/02/quake",
            "Posted on January 5, 2011 at 3:39 PM",
            "Updated Wednesday, Jan 5 at 5:53 PM",
            "Thursday 29 July 2004 08.23 BST",
            "MAR. 14, 2013, 8:12 PM",
            "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM",
            "11 November 2011 Last updated at 12:41 GMT",
            "First Posted: 08 / 04 / 11 06:44 PM ET Updated: 10 / 04 / 11 06:12 AM ET",
            "Jan 05, 2011",
            "By Jane Doe and John Smith",
            "Photo: Reuters",
            "© 2013 The Example Times",
            "https://example.com/a/b",
            "Advertisement",
            "Advertisement · Scroll to continue",
            "ADVERTISEMENT",
            "Reporting by John Smith; Editing by Jane Doe",
            "Additional reporting by Ann Lee in Dubai and Bob Stone in Tehran; Writing by Jane Doe",
            "Associated Press writer Ann Lee in Dubai contributed to this report.",
            "Sign up for our newsletter",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "All rights reserved.",
            "Image caption, Rescuers searched the rubble overnight",
            "This story has been updated to include comment from the police.",
            "Share",
            "Comments",
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
            "SeaMicro (the startup) - acquired",
            "NASA (Houston) — Launch Delayed Again",
            "Apple (AAPL) -",
            "Reporting by the BBC revealed the scandal in 2019.",
            "Editing by hand took the agency three weeks, officials said.",
            "Advertisements for the concert were pulled.",
            "Shares fell 5% on Monday.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
