//! Time findings: a different day, date, year or time of day.
//!
//! Each side's expressions of one category (weekdays; dates; years; times of day, as hour
//! ranges: "at dawn", "at night", "5.15am") are compared as sets: a finding when both sides
//! have some and none is compatible ("dawn" fits "early morning"; "Friday and Saturday" fits
//! "Saturday"); a time of day only when both follow the same act ("broke out" / "started",
//! not "broke out" / "brought under control").

use super::slot::{
    AUXILIARY_CHAIN, around, disagreement, finding, kin, object, other_objects, shared,
};
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::tokens::stem;
use crate::document::{Document, Quantity, QuantityKind, Span};
use crate::language::calendar::{MONTHS, TIME_ZONES, WEEKDAYS, is_day_or_month};
use crate::language::synonyms::canonical;
use crate::language::words::{DETERMINERS, attributes, irregular_participle, past_tense};

/// Parts of the day as hour ranges (start, end; end past 24 wraps past midnight).
const PARTS: &[(&str, f64, f64)] = &[
    ("dawn", 4.5, 7.5),
    ("daybreak", 4.0, 7.5),
    ("sunrise", 4.5, 7.5),
    // Every a.m. hour: "Thursday morning" for a quake at 2:09 a.m.
    ("morning", 0.0, 12.0),
    ("noon", 11.5, 13.0),
    ("midday", 11.5, 13.5),
    ("afternoon", 12.0, 18.5),
    ("evening", 17.0, 23.0),
    ("dusk", 17.0, 20.5),
    ("sunset", 17.0, 20.5),
    ("night", 19.0, 28.0),
    ("tonight", 18.0, 29.0),
    ("overnight", 21.0, 31.0),
    ("midnight", 23.0, 25.0),
];

/// A time-of-day range in hours, with the span that says it and the time zone written after
/// a clock time ("GMT", "ET", "local"), if any.
struct Hours {
    from: f64,
    to: f64,
    span: Span,
    zone: Option<&'static str>,
}

/// The time zone written right after a clock time: "at 0737 GMT", "2:37 p.m. local time".
fn zone_after(c: &Claim, end: usize) -> Option<&'static str> {
    let next = c.tokens.iter().find(|t| t.start >= end)?;
    let w = next.norm.as_str();
    TIME_ZONES
        .iter()
        .copied()
        .find(|&z| z == w)
        .or((w == "local").then_some("local"))
}

/// Hours either way of a clock time that still tell the same moment: "11 p.m." fits "11.30
/// p.m."; "about 11 p.m." fits "12.15 a.m." but not "around 1 a.m.".
const SLACK: f64 = 0.5;

const APPROX_SLACK: f64 = 0.75;

/// Hours either way of a clock time told to a minute off the quarter hours ("8.49pm", "7:48
/// a.m."): told so precisely, it is no loose report ("at 8.49pm" / "about 8.40pm" differ;
/// "8.49pm" / "8.52pm" do not); "about 8.40pm" is nearer 8.40 than 8.30 or 8.50.
const FINE_SLACK: f64 = 3.0 / 60.0;
const FINE_APPROX_SLACK: f64 = 5.0 / 60.0;

fn overlap((af, at): (f64, f64), (bf, bt): (f64, f64)) -> bool {
    let shifts = [-24.0, 0.0, 24.0];
    shifts.iter().any(|s| af + s <= bt && bf <= at + s)
}

fn hours(c: &Claim) -> Vec<Hours> {
    // Clock times: a half-hour either way is the same moment, reported loosely; "about 11
    // p.m." is looser still.
    let clocks: Vec<Hours> = (c.quantities.iter())
        .filter(|q| q.kind == QuantityKind::Time)
        .map(|q| {
            let fine = q.value.rem_euclid(15.0) != 0.0;
            let slack = match (fine, q.approx) {
                (false, false) => SLACK,
                (false, true) => APPROX_SLACK,
                (true, false) => FINE_SLACK,
                (true, true) => FINE_APPROX_SLACK,
            };
            Hours {
                from: q.value / 60.0 - slack,
                to: q.value / 60.0 + slack,
                span: Span::new(q.start, q.end),
                zone: zone_after(c, q.end),
            }
        })
        .collect();
    let mut out: Vec<Hours> = c
        .tokens
        .iter()
        .filter_map(|t| {
            let &(_, from, to) = PARTS.iter().find(|(w, _, _)| *w == t.norm)?;
            Some(Hours {
                from,
                to,
                span: Span::new(t.start, t.end),
                zone: None,
            })
        })
        // A part of the day that holds a clock time of the claim frames that time ("at 8.49pm
        // on Friday night"): it says nothing of its own against the other side's time.
        .filter(|h| {
            !clocks.iter().any(|k| {
                let at = (k.from + k.to) / 2.0;
                overlap((h.from, h.to), (at, at))
            })
        })
        .collect();
    out.extend(clocks);
    out
}

/// Values of one category with their spans.
fn values<'a>(c: &Claim<'a>, f: impl Fn(usize) -> Option<String>) -> Vec<(String, Span)> {
    (0..c.tokens.len())
        .filter_map(|i| f(i).map(|v| (v, Span::new(c.tokens[i].start, c.tokens[i].end))))
        .collect()
}

fn weekdays(c: &Claim) -> Vec<(String, Span)> {
    values(c, |i| {
        let t = c.tokens[i];
        (t.capitalised && WEEKDAYS.contains(&t.norm.as_str()) && !bound(c, i) && !titled(c, i))
            .then(|| t.norm.clone())
    })
}

/// Whether the day at token `i` is a word of a title in quotation marks, all capitalised and
/// at most `TITLE_WORDS` words ("Microsoft's \"Patch Tuesday\" bulletin", "the \"Bloody
/// Sunday\" inquiry"): a name, not when something happened. A remark that tells a day ("\"We
/// left on Tuesday,\" she said") is longer, or not all capitalised.
fn titled(c: &Claim, i: usize) -> bool {
    let at = c.tokens[i].start;
    c.quotes.iter().any(|q| {
        let words: Vec<_> = (c.tokens.iter())
            .filter(|t| q.start <= t.start && t.end <= q.end)
            .collect();
        q.start <= at
            && at < q.end
            && (2..=TITLE_WORDS).contains(&words.len())
            && words.iter().all(|t| t.capitalised)
    })
}

/// The most words of a quoted title (`titled`).
const TITLE_WORDS: usize = 3;

/// "Sunday's playoff game" names an event by its day; it does not date the claim. (It still
/// fits the other side's day of that event: "Thursday's ferry disaster" / "capsized on
/// Thursday".)
fn names_event(c: &Claim, day: Span) -> bool {
    crate::document::tokens::possessive(c.text(day))
}

/// Words that make a day or date the bound of something else rather than when it happened:
/// "schools will remain closed until next Monday" says nothing against "the alert was lifted on
/// Thursday".
const BOUNDS: &[&str] = &["after", "before", "by", "since", "till", "until"];

/// Whether the day or month at token `i` follows a bound word, over "next", "last", "this",
/// "early", "late" and "the".
fn bound(c: &Claim, i: usize) -> bool {
    c.tokens[..i]
        .iter()
        .rev()
        .find(|t| {
            !matches!(
                t.norm.as_str(),
                "next" | "last" | "this" | "early" | "late" | "the"
            )
        })
        .is_some_and(|t| BOUNDS.contains(&t.norm.as_str()))
}

/// "October 10", "10 October": month and day; a month alone is "october".
/// The span shown is the date as written, day included ("14 October" / "20 October").
fn dates(c: &Claim) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, t) in c.tokens.iter().enumerate() {
        if !t.capitalised || !MONTHS.contains(&t.norm.as_str()) || bound(c, i) {
            continue;
        }
        let day = |k: Option<usize>| {
            let k = k?;
            let d = c.tokens.get(k)?;
            let n = d
                .norm
                .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=31).contains(n))?;
            Some((n, d.start, d.end))
        };
        let (value, span) = match day(Some(i + 1)).or_else(|| day(i.checked_sub(1))) {
            Some((d, start, end)) => (
                format!("{} {d}", t.norm),
                Span::new(start.min(t.start), end.max(t.end)),
            ),
            None => (t.norm.clone(), Span::new(t.start, t.end)),
        };
        if glosses_now(c, span) {
            continue;
        }
        // "March 1996", "October 10, 2002": the year is kept with the date (`date_compatible`).
        let y = c.token_at(span.end);
        let year = (y < c.tokens.len() && matches!(c.gap(y).trim(), "" | ","))
            .then(|| {
                (c.quantities.iter())
                    .find(|q| q.kind == QuantityKind::Year && q.start == c.tokens[y].start)
            })
            .flatten()
            .map(|q| q.value);
        let value = match year {
            Some(y) => format!("{value}|{y}"),
            None => value,
        };
        out.push((value, span));
    }
    out
}

/// Words that date the report itself: "posted in Hit and Run Accidents on Friday, September
/// 20, 2013", "last updated on Monday".
const FILED: &[&str] = &["posted", "published", "updated"];

/// Tokens before a day or date read for a word of `FILED`.
const FILED_REACH: usize = 8;

/// The days, dates or years of a claim but those that date the report: two reports posted on
/// two days tell no two days of the event.
fn unfiled(c: &Claim, times: Vec<(String, Span)>) -> Vec<(String, Span)> {
    let filed = |span: Span| {
        let k = c.token_at(span.start);
        (k.saturating_sub(FILED_REACH)..k).any(|m| {
            FILED.contains(&c.tokens[m].norm.as_str())
                && !c.doc.text[c.tokens[m].end..span.start].contains(['.', '!', '?'])
        })
    };
    times
        .into_iter()
        .filter(|(_, span)| !filed(*span))
        .collect()
}

/// Whether a date in brackets glosses "today" ("announced today (20 October 2011)"): the day
/// the report was written, which two reports of one story filed on different days each call
/// today.
fn glosses_now(c: &Claim, span: Span) -> bool {
    let Some(k) = c.tokens.iter().position(|t| t.start >= span.start) else {
        return false;
    };
    k > 0
        && matches!(
            c.tokens[k - 1].norm.as_str(),
            "today" | "yesterday" | "tonight"
        )
        && c.gap(k).contains('(')
}

/// Years the claim says something happened in. Not a year that names an edition or a title,
/// between an article and a capitalised word ("the 2007 Working Group for California
/// Earthquake Probability", "a 2008 MacArthur Foundation Fellow"), nor one that names an
/// earlier event by its year ("serving five years on the 1959 heroin conviction", "the 2004
/// tsunami killed …"): that is no time of the claim. "In 2002 Benjamin became …" and "in the
/// 2008 season" still are.
fn years(c: &Claim) -> Vec<(String, Span)> {
    let names_edition = |q: &Quantity| {
        let i = c.tokens.iter().position(|t| t.start >= q.start);
        let after = i.and_then(|i| c.tokens.get(i + 1));
        let before = i.and_then(|i| c.word_before(i, 1));
        let within = matches!(
            i.and_then(|i| c.word_before(i, 2)),
            Some("in" | "during" | "since" | "throughout" | "by" | "until")
        );
        matches!(before, Some("the" | "a" | "an"))
            && after.is_some_and(|t| {
                c.doc.text[q.end..t.start] == *" "
                    && (t.capitalised || (!t.stop && !t.numeric && !within))
            })
    };
    // "the 1930s", "the 1930's": a decade, which holds "1931".
    let decade = |q: &Quantity| {
        c.doc.text[q.start..q.end].ends_with('s')
            || ["'s", "’s"]
                .iter()
                .any(|s| c.doc.text[q.end..].starts_with(s))
    };
    c.quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year && !names_edition(q))
        .map(|q| {
            let suffix = if decade(q) && q.value % 10.0 == 0.0 {
                "s"
            } else {
                ""
            };
            (format!("{}{suffix}", q.value), Span::new(q.start, q.end))
        })
        .collect()
}

/// One year, or a year within a decade ("1930s" holds "1931").
fn year_compatible(a: &str, b: &str) -> bool {
    let decade_holds = |d: &str, y: &str| {
        d.strip_suffix('s')
            .and_then(|d| d.parse::<u32>().ok())
            .zip(y.trim_end_matches('s').parse::<u32>().ok())
            .is_some_and(|(d, y)| (d..d + 10).contains(&y))
    };
    a == b || decade_holds(a, b) || decade_holds(b, a)
}

/// Reporting periods: "third-quarter", "the first half" ("3 quarter", "1 half").
fn periods(c: &Claim) -> Vec<(String, Span)> {
    const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
    (0..c.tokens.len().saturating_sub(1))
        .filter_map(|i| {
            let (t, next) = (c.tokens[i], c.tokens[i + 1]);
            let n = ORDINALS
                .iter()
                .position(|o| *o == t.norm)
                .map(|k| k + 1)
                .or_else(|| {
                    let digits = t.norm.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
                    (digits.len() < t.norm.len()).then(|| digits.parse::<usize>().ok())?
                })?;
            let period = matches!(next.norm.as_str(), "quarter" | "half")
                && c.gap(i + 1)
                    .chars()
                    .all(|ch| ch.is_whitespace() || ch == '-');
            // "with 10 minutes left in the fourth quarter": a game clock reading, the moment
            // of one play, not a period the claim is about.
            let clock = c.word_before(i, 1) == Some("the")
                && c.word_before(i, 2) == Some("in")
                && matches!(c.word_before(i, 3), Some("left" | "remaining" | "gone"));
            (period && !clock).then(|| (format!("{n} {}", next.norm), c.span_of(i, i + 1)))
        })
        .collect()
}

/// Units a side of now is told in: "last week", "next month".
const NOW_UNITS: &[&str] = &["week", "weekend", "month", "year"];

/// Which side of now a claim tells something on: "last week" (past), "next month" (future).
/// Reports of one event written days apart may shift "this week" to "last week", never "last
/// week" to "next week". Not "the last year of the war" (an article makes it which one), a
/// bound ("until next week"), nor an event named by its time ("ahead of next month's Patch
/// Tuesday").
fn sides(c: &Claim) -> Vec<(String, Span)> {
    (1..c.tokens.len())
        .filter_map(|k| {
            let i = k - 1;
            let side = match c.tokens[i].norm.as_str() {
                "last" | "past" => "past",
                "next" | "coming" => "future",
                _ => return None,
            };
            let told = NOW_UNITS.contains(&c.tokens[k].norm.as_str())
                && c.gap(k).trim().is_empty()
                && !bound(c, k)
                && !c.possessive(k)
                && !(i > 0 && DETERMINERS.contains(&c.tokens[i - 1].norm.as_str()));
            told.then(|| (side.to_string(), c.span_of(i, k)))
        })
        .collect()
}

/// One date, or a month that holds the other's day; dates of two years are two occasions, the
/// year finder's to compare ("hearings in March 1996" / "an April 2003 court hearing").
fn date_compatible(a: &str, b: &str) -> bool {
    let ((a, ya), (b, yb)) = (
        a.split_once('|').unwrap_or((a, "")),
        b.split_once('|').unwrap_or((b, "")),
    );
    (!ya.is_empty() && !yb.is_empty() && ya != yb)
        || a == b
        || a.split(' ').next() == b.split(' ').next() && (!a.contains(' ') || !b.contains(' '))
}

/// The days, dates and years a whole report gives: whether it knows the other side's.
pub(crate) struct Calendar {
    days: Vec<String>,
    dates: Vec<String>,
    years: Vec<String>,
}

impl Calendar {
    pub fn new(doc: &Document) -> Calendar {
        let mut calendar = Calendar {
            days: Vec::new(),
            dates: Vec::new(),
            years: Vec::new(),
        };
        // Statement by statement: the readers look up tokens by position, which over a whole
        // report of 20,000 statements would be quadratic.
        for i in 0..doc.statements.len() {
            let c = Claim::new(doc, &[i]);
            let value = |(v, _): (String, Span)| v;
            calendar.days.extend(weekdays(&c).into_iter().map(value));
            calendar.dates.extend(dates(&c).into_iter().map(value));
            calendar.years.extend(years(&c).into_iter().map(value));
        }
        for values in [&mut calendar.days, &mut calendar.dates, &mut calendar.years] {
            values.sort_unstable();
            values.dedup();
        }
        calendar
    }
}

pub(crate) fn findings(left: &Claim, right: &Claim, [cl, cr]: [&Calendar; 2]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |what: &str, spans: Option<(Span, Span)>| {
        if let Some((a, b)) = spans {
            out.push(finding(FindingKind::Time, what, left, a, right, b));
        }
    };
    let same = |a: &String, b: &String| a == b;
    let (dl, dr) = (
        unfiled(left, weekdays(left)),
        unfiled(right, weekdays(right)),
    );
    let day_act = one_act([&dl, &dr], [&cl.days, &cr.days], same);
    push(
        "day",
        disagreement(left, &dl, right, &dr, same, |l, a, r, b| {
            !names_event(l, a) && !names_event(r, b) && day_act(l, a, r, b)
        }),
    );
    let (dl, dr) = (unfiled(left, dates(left)), unfiled(right, dates(right)));
    let compatible = |a: &String, b: &String| date_compatible(a, b);
    push(
        "date",
        disagreement(
            left,
            &dl,
            right,
            &dr,
            compatible,
            one_act([&dl, &dr], [&cl.dates, &cr.dates], compatible),
        ),
    );
    let (yl, yr) = (unfiled(left, years(left)), unfiled(right, years(right)));
    let compatible = |a: &String, b: &String| year_compatible(a, b);
    push(
        "year",
        disagreement(
            left,
            &yl,
            right,
            &yr,
            compatible,
            one_act([&yl, &yr], [&cl.years, &cr.years], compatible),
        ),
    );
    push(
        "period",
        disagreement(left, &periods(left), right, &periods(right), same, shared),
    );
    push(
        "time",
        disagreement(left, &sides(left), right, &sides(right), same, shared),
    );
    // A time told in a zone ("0737 GMT") is compared only with a time of the same zone: "2:37
    // p.m. local time", or a time with no zone, may be the same moment.
    let (hl, hr) = (hours(left), hours(right));
    let comparable = |mine: &[Hours], theirs: &[Hours]| {
        mine.iter()
            .filter(|h| h.zone.is_none() || theirs.iter().any(|o| o.zone == h.zone))
            .map(|h| ((h.from, h.to), h.span))
            .collect::<Vec<_>>()
    };
    let (kl, kr) = (comparable(&hl, &hr), comparable(&hr, &hl));
    push(
        "time of day",
        // Many things happen within a day: a time of day needs the same act.
        disagreement(left, &kl, right, &kr, |a, b| overlap(*a, *b), same_act),
    );
    out
}

/// The act a saying verb stands for ("said", "told", "announced").
const SAY: &str = "say";

/// How far back from a day its clause's verb is looked for.
const VERB_REACH: usize = 8;

/// How far back a verb is looked for when none is in `VERB_REACH`, within the clause: far
/// enough to tell two acts apart ("poured into Brooklyn streets for a third straight night
/// Wednesday" / "fueled a riot on the streets of East Flatbush Monday"; "became the first woman
/// and first African-American president of the Medical Assn. of the State of Alabama in 2002",
/// 19 tokens), too far to say that two are one.
const FAR_VERB_REACH: usize = 24;

/// How far back from a clock time its clause's verb is looked for: further than for a day,
/// since the place of the act often comes between ("broke out in the roof of the store at
/// 8.49pm"), not as far as `FAR_VERB_REACH`.
const CLOCK_VERB_REACH: usize = 12;

/// The verb a day or date is said of: the nearest past tense or progressive form before it in
/// its clause ("visited the site on Wednesday", "were queueing off Santos on Tuesday"), or
/// after it when it opens its clause ("In 1957, Gigante was charged"), canonical, with its
/// token.
fn verb_of(c: &Claim, span: Span) -> Option<(String, usize)> {
    verb_within(c, span, VERB_REACH)
}

/// `verb_of`, looking back at most `reach` tokens.
fn verb_within(c: &Claim, span: Span, reach: usize) -> Option<(String, usize)> {
    let k = c.tokens.iter().position(|t| t.start >= span.start)?;
    let act = |m: usize| {
        let t = c.tokens[m];
        let prev = |w: &[&str]| m > 0 && w.contains(&c.tokens[m - 1].norm.as_str());
        // "-ing" only after a form of "be" ("were queueing"): "mourning", "building" are nouns.
        let be = prev(&["was", "were", "is", "are", "be", "been"]);
        let progressive = t.norm.ends_with("ing") && be;
        // "was chosen", "has been given"; "worn rails" is no act.
        let participle = irregular_participle(&t.norm) && (be || prev(&["has", "have", "had"]));
        let after_determiner = prev(&["the", "a", "an", "his", "her", "their", "its", "this"]);
        // "police said on Wednesday": the day is when it was said ("a reported $30 million" is
        // no saying).
        if attributes(&t.norm) && t.norm != "according" && !after_determiner {
            return Some((SAY.to_string(), m));
        }
        ((past_tense(&t.norm) || progressive || participle)
            && !t.stop
            && !t.capitalised
            && !after_determiner)
            .then(|| (canonical(&t.stem).to_string(), m))
    };
    let end = c
        .tokens
        .iter()
        .position(|t| t.start >= span.end)
        .unwrap_or(c.tokens.len());
    // "A judge on Thursday upheld …", "police on Monday arrested …", "the quakes on Sunday
    // have led …": between a subject and its verb, the expression dates the verb right after
    // it, over auxiliaries.
    let mut v = end;
    while v < c.tokens.len()
        && c.gap(v).trim().is_empty()
        && AUXILIARY_CHAIN.contains(&c.tokens[v].norm.as_str())
    {
        v += 1;
    }
    if v < c.tokens.len()
        && end > k
        && c.gap(v).trim().is_empty()
        && let Some(verb) = act(v)
    {
        return Some(verb);
    }
    // "…, which Israel says it launched in response to rocket attacks, on 27 December.": an
    // expression set off by a comma at the end of its sentence dates the verb before the comma.
    let mut set_off = k;
    while set_off > 0
        && matches!(c.tokens[set_off - 1].norm.as_str(), "on" | "in" | "at")
        && c.gap(set_off).trim().is_empty()
    {
        set_off -= 1;
    }
    let past_comma = c.gap(set_off).trim() == "," && c.sentence(k).end == end;
    let mut m = k;
    while m > 0
        && k - m < reach
        && ((m == set_off && past_comma) || !c.gap(m).contains([',', ';', ':']))
    {
        m -= 1;
        if let Some(verb) = act(m) {
            return Some(verb);
        }
    }
    // An expression that opens its clause, after only function words or a name, dates the act
    // after it: "In 1957, Gigante was charged with …", "Microsoft on Wednesday released".
    let opens = (m == 0 || c.gap(m).contains([',', ';', ':']))
        && (m..k).all(|n| c.tokens[n].stop || c.tokens[n].capitalised);
    if opens {
        return (end..(end + VERB_REACH).min(c.tokens.len()))
            .take_while(|&n| n == end || !c.gap(n).contains([';', ':']))
            .find_map(act);
    }
    None
}

/// Said of the same thing (`shared`) and of one act: how days, dates and years are compared
/// (`values`: each side's, `reports`: each whole report's). Two acts are no difference ("began
/// a strike on Monday" / "ships were queueing on Tuesday"). When the act of either is not
/// found, the surroundings decide; but a report that gives the other side's value too,
/// elsewhere, knows both, and only more than one word shared around the two ("a regional labour
/// court ruled on Tuesday" / "On Monday night, the Regional Labour Court") says they date one
/// act ("was on suicide watch Monday" / "a shooting at an office Christmas party in Vancouver
/// Friday", when the first report dates the shooting Friday elsewhere).
fn one_act<'v>(
    values: [&'v [(String, Span)]; 2],
    reports: [&'v [String]; 2],
    compatible: impl Fn(&String, &String) -> bool + 'v,
) -> impl Fn(&Claim, Span, &Claim, Span) -> bool + 'v {
    move |left, a, right, b| {
        let value = |side: usize, at: Span| values[side].iter().find(|v| v.1 == at).map(|v| &v.0);
        let knows = |report: usize, v: Option<&String>| {
            v.is_some_and(|v| reports[report].iter().any(|x| compatible(x, v)))
        };
        shared(left, a, right, b)
            && match (verb_of(left, a), verb_of(right, b)) {
                // "signed rookie Joique Bell on Wednesday" / "signed DeShawn Wynn on Tuesday
                // and Joique Bell today": one verb of two named objects is two acts ("visited
                // the site" / "visited the factory" may be one place in two words).
                (Some((x, i)), Some((y, j))) => {
                    kin(&x, &y)
                        && stage(left, i) == stage(right, j)
                        && !(named_object(left, i)
                            && named_object(right, j)
                            && other_objects(&object(left, i), &object(right, j)))
                }
                // "the president said Thursday that seven were killed" / "the bombing … on
                // Tuesday, which he said killed seven": a day found next to a saying dates the
                // saying; on the other side, out of a saying's reach, it dates what was said.
                (Some((x, _)), None) | (None, Some((x, _))) if x == SAY => false,
                // Out of reach on one side, a verb further back in its clause that is no kin
                // of the other side's tells two acts.
                (Some((x, _)), None) if other_act_further(right, b, &x) => false,
                (None, Some((y, _))) if other_act_further(left, a, &y) => false,
                (None, None)
                    if act_further(left, a).is_some_and(|x| other_act_further(right, b, &x)) =>
                {
                    false
                }
                // "The trial … starts Monday" / "shot three co-workers … Thursday night": a
                // day a present or future act of beginning or ending is set for dates that act,
                // not an act told before it in the sentence.
                (None, None) if scheduled(left, a) && scheduled(right, b) => true,
                (None, _) if scheduled(left, a) => false,
                (_, None) if scheduled(right, b) => false,
                // "sold one of their oil fields for a reported $30 million in 1957" / "sold for
                // $30 million in 1967": the act found on one side, out of reach on the other
                // but in its sentence before the expression, is one act.
                (Some((x, i)), None) if acts_before(right, b, &x, stage(left, i)) => true,
                (None, Some((y, j))) if acts_before(left, a, &y, stage(right, j)) => true,
                // "was sentenced Tuesday" / "a jury convicted Jeffs of assault Thursday": the
                // other side's sentence tells another stage of the case.
                (Some((_, i)), None) if other_stage_before(right, b, stage(left, i)) => false,
                (None, Some((_, j))) if other_stage_before(left, a, stage(right, j)) => false,
                _ => {
                    let known = knows(0, value(1, b)) || knows(1, value(0, a));
                    !known || around(left, a).intersection(&around(right, b)).count() >= 2
                }
            }
    }
}

/// Whether the clause of an expression, further back than `VERB_REACH`, tells an act
/// (`act_further`) no kin of the act `verb`.
fn other_act_further(c: &Claim, span: Span, verb: &str) -> bool {
    !aspectual(verb) && act_further(c, span).is_some_and(|x| !kin(&x, verb))
}

/// The act the verb up to `FAR_VERB_REACH` tokens back in the clause of an expression tells. A
/// verb of beginning or ending tells no act of its own ("the inquiry began with an anonymous
/// tip to the prosecutor in 2018" dates the tip).
fn act_further(c: &Claim, span: Span) -> Option<String> {
    verb_within(c, span, FAR_VERB_REACH)
        .map(|(x, _)| x)
        .filter(|x| !aspectual(x))
}

/// Whether an expression follows a present or future verb of beginning, going on or ending
/// (`ASPECTUAL`), over "on", "next" or "this": "starts Monday", "will resume on Tuesday", "is
/// set to begin next Monday".
fn scheduled(c: &Claim, span: Span) -> bool {
    let mut k = c.token_at(span.start);
    while k > 0 && matches!(c.tokens[k - 1].norm.as_str(), "on" | "next" | "this") {
        k -= 1;
    }
    let Some(m) = k.checked_sub(1) else {
        return false;
    };
    let t = c.tokens[m];
    let future = m > 0 && matches!(c.tokens[m - 1].norm.as_str(), "will" | "to");
    aspectual(canonical(&t.stem))
        && !past_tense(&t.norm)
        && (future || (t.norm.ends_with('s') && !t.norm.ends_with("ss")))
}

fn aspectual(verb: &str) -> bool {
    ASPECTUAL.iter().any(|w| canonical(&stem(w)) == verb)
}

/// Verbs that begin, go on with or end an act named elsewhere.
const ASPECTUAL: &[&str] = &["start", "continue", "resume", "end", "finish", "stop"];

/// Stages of a criminal case, by the stem of their verb: WordNet makes "convicted" and
/// "sentenced" kin, but a conviction on Thursday and a sentence on Tuesday are two acts.
const STAGES: &[(&str, &str)] = &[
    ("acquit", "verdict"),
    ("arraign", "arraignment"),
    ("arrest", "arrest"),
    ("charg", "charge"),
    ("convict", "verdict"),
    ("indict", "charge"),
    ("plead", "plea"),
    ("sentenc", "sentence"),
];

/// The stage of a criminal case the verb at token `i` tells, if any ("found … guilty" is the
/// verdict).
fn stage(c: &Claim, i: usize) -> Option<&'static str> {
    let t = c.tokens[i];
    if t.norm == "found"
        && c.tokens[i + 1..(i + 6).min(c.tokens.len())]
            .iter()
            .any(|n| matches!(n.norm.as_str(), "guilty" | "innocent"))
    {
        return Some("verdict");
    }
    STAGES
        .iter()
        .find(|(stem, _)| t.stem.starts_with(stem))
        .map(|(_, stage)| *stage)
}

/// Whether the object right after the verb at token `i` names someone or something: a word of
/// a name within its first three words ("signed rookie Joique Bell").
fn named_object(c: &Claim, i: usize) -> bool {
    (i + 1..(i + 4).min(c.tokens.len()))
        .take_while(|&k| c.gap(k).trim().is_empty())
        .any(|k| c.name_at(k).is_some())
}

/// Whether the sentence of an expression tells, before it, a stage of a criminal case other
/// than `verb_stage` (itself a stage).
fn other_stage_before(c: &Claim, span: Span, verb_stage: Option<&str>) -> bool {
    let Some(verb_stage) = verb_stage else {
        return false;
    };
    before_in_sentence(c, span).any(|m| stage(c, m).is_some_and(|s| s != verb_stage))
}

/// The tokens of an expression's sentence before it.
fn before_in_sentence(c: &Claim, span: Span) -> std::ops::Range<usize> {
    let k = c.token_at(span.start);
    c.sentence(k).start..k
}

/// Whether the sentence of an expression says the act `verb` (canonical, or WordNet kin, of
/// the same stage of a case) before it.
fn acts_before(c: &Claim, span: Span, verb: &str, verb_stage: Option<&str>) -> bool {
    before_in_sentence(c, span).any(|m| {
        !c.tokens[m].stop && kin(canonical(&c.tokens[m].stem), verb) && stage(c, m) == verb_stage
    })
}

/// Said of the same act: the words around them overlap and the words they follow fit (one is
/// around the other). "The blaze broke out at 11 p.m." / "firefighters brought the fire under
/// control at 1 a.m." share "fire" but time two moments of it.
fn same_act(left: &Claim, a: Span, right: &Claim, b: Span) -> bool {
    // The same act dates both, however far apart the words around them: "broke out in the roof
    // of the store at 8.49pm" / "after the blaze broke out about 8.40pm".
    let verb = |c: &Claim, at: Span| verb_within(c, at, CLOCK_VERB_REACH);
    if let (Some((x, i)), Some((y, j))) = (verb(left, a), verb(right, b))
        && x != SAY
        && kin(&x, &y)
        && stage(left, i) == stage(right, j)
    {
        return true;
    }
    let (wa, wb) = (around(left, a), around(right, b));
    if wa.is_disjoint(&wb) {
        return false;
    }
    match (head(left, a), head(right, b)) {
        (Some(x), Some(y)) => x == y || wb.contains(x.as_str()) || wa.contains(y.as_str()),
        _ => true,
    }
}

/// Words between an expression and what it is said of: "happened *shortly* before 9 a.m.",
/// "died *late* on Tuesday".
const HEAD_FILLERS: &[&str] = &[
    "approximately",
    "around",
    "early",
    "late",
    "nearly",
    "roughly",
    "shortly",
    "sometime",
];

/// The content word an expression follows in its clause, canonical, a phrasal verb as its
/// word ("broke out at" is "start"): what happened then or there. `None` when the expression
/// opens its clause ("At 11 p.m., the blaze …").
pub(super) fn head(c: &Claim, span: Span) -> Option<String> {
    let mut k = c.tokens.iter().position(|t| t.end > span.start)?;
    loop {
        if k == 0 || c.gap(k).contains([',', ';', ':', '(', '"', '“', '”']) {
            return None;
        }
        k -= 1;
        let t = c.tokens[k];
        let phrasal = k
            .checked_sub(1)
            .and_then(|p| crate::language::synonyms::phrase(&c.tokens[p].norm, &t.norm));
        if let Some(word) = phrasal {
            return Some(canonical(&stem(word)).to_string());
        }
        let filler =
            t.stop || t.numeric || HEAD_FILLERS.contains(&t.norm.as_str()) || time_word(&t.norm);
        if !filler {
            return Some(canonical(&t.stem).to_string());
        }
    }
}

/// A word of a time expression: a weekday, a month, a part of the day.
fn time_word(norm: &str) -> bool {
    is_day_or_month(norm) || PARTS.iter().any(|(w, _, _)| *w == norm)
}
