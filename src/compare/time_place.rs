//! Time and place findings: a different day, date, year or time of day, or a different place.
//!
//! Each side's expressions of one category (weekdays; dates; years; times of day, as hour
//! ranges: "at dawn", "at night", "5.15am") are compared as sets: a finding when both sides
//! have some and none is compatible ("dawn" fits "early morning"; "Friday and Saturday" fits
//! "Saturday"); a time of day only when both follow the same act ("broke out" / "started",
//! not "broke out" / "brought under control"). Places are names after "in", "at", "near" …;
//! two places are compatible when they are one entity (aliases), or when either report
//! mentions both anywhere: news reports that name a district also name its city ("the Green
//! Zone" / "Baghdad"), so only places one report never mentions while the other gives them for
//! the same event count.

use std::collections::HashSet;

use super::aliases::{Aliases, is_role, key};
use super::claim::Claim;
use super::{Finding, FindingKind};
use crate::align::synonyms::canonical;
use crate::document::tokens::stem;
use crate::document::{Document, QuantityKind, Span};
use crate::language::calendar::{MONTHS, WEEKDAYS, is_day_or_month};

/// Parts of the day as hour ranges (start, end; end past 24 wraps past midnight).
const PARTS: &[(&str, f64, f64)] = &[
    ("dawn", 4.5, 7.5),
    ("daybreak", 4.0, 7.5),
    ("sunrise", 4.5, 7.5),
    ("morning", 4.0, 12.0),
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

/// Words of organisations rather than places: "in the Popular Mobilization Forces".
const ORGANISATIONS: &[&str] = &[
    "agency",
    "army",
    "brigades",
    "commission",
    "committee",
    "council",
    "court",
    "forces",
    "front",
    "government",
    "group",
    "ministry",
    "movement",
    "network",
    "news",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "times",
    "union",
];

const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "inside"];

/// Verbs of moving after which "from" gives a place: "marched from Plaza del Estudiante".
const MOTIONS: &[&str] = &[
    "departed",
    "drove",
    "fled",
    "flew",
    "headed",
    "march",
    "marched",
    "marching",
    "marches",
    "moved",
    "set",
    "started",
    "travelled",
    "traveled",
    "walked",
];

/// Tokens between "from" and the "to" of a route: "from Plaza del Estudiante to".
const ROUTE: usize = 6;

/// Words joined to a name by a hyphen that make it the seat of what follows: "the
/// Munich-based company".
const SEATS: &[&str] = &["based", "headquartered"];

/// A time-of-day range in hours, with the span that says it.
struct Hours {
    from: f64,
    to: f64,
    span: Span,
}

/// Hours either way of a clock time that still tell the same moment: "11 p.m." fits "11.30
/// p.m."; "about 11 p.m." fits "12.15 a.m." but not "around 1 a.m.".
const SLACK: f64 = 0.5;
const APPROX_SLACK: f64 = 0.75;

fn overlap((af, at): (f64, f64), (bf, bt): (f64, f64)) -> bool {
    let shifts = [-24.0, 0.0, 24.0];
    shifts.iter().any(|s| af + s <= bt && bf <= at + s)
}

fn hours(c: &Claim) -> Vec<Hours> {
    let mut out: Vec<Hours> = c
        .tokens
        .iter()
        .filter_map(|t| {
            let &(_, from, to) = PARTS.iter().find(|(w, _, _)| *w == t.norm)?;
            Some(Hours {
                from,
                to,
                span: Span::new(t.start, t.end),
            })
        })
        .collect();
    // Clock times: a half-hour either way is the same moment, reported loosely; "about 11
    // p.m." is looser still.
    out.extend(
        c.quantities
            .iter()
            .filter(|q| q.kind == QuantityKind::Time)
            .map(|q| {
                let slack = if q.approx { APPROX_SLACK } else { SLACK };
                Hours {
                    from: q.value / 60.0 - slack,
                    to: q.value / 60.0 + slack,
                    span: Span::new(q.start, q.end),
                }
            }),
    );
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
        (t.capitalised && WEEKDAYS.contains(&t.norm.as_str()) && !bound(c, i))
            .then(|| t.norm.clone())
    })
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
fn dates(c: &Claim) -> Vec<(String, Span)> {
    values(c, |i| {
        let t = c.tokens[i];
        if !t.capitalised || !MONTHS.contains(&t.norm.as_str()) || bound(c, i) {
            return None;
        }
        let day = |k: Option<usize>| {
            k.and_then(|k| c.tokens.get(k))
                .and_then(|d| {
                    d.norm
                        .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
                        .parse::<u32>()
                        .ok()
                })
                .filter(|d| (1..=31).contains(d))
        };
        let d = day(Some(i + 1)).or_else(|| day(i.checked_sub(1)));
        Some(match d {
            Some(d) => format!("{} {d}", t.norm),
            None => t.norm.clone(),
        })
    })
}

fn years(c: &Claim) -> Vec<(String, Span)> {
    c.quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year)
        .map(|q| (format!("{}", q.value), Span::new(q.start, q.end)))
        .collect()
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
            period.then(|| (format!("{n} {}", next.norm), c.span_of(i, i + 1)))
        })
        .collect()
}

fn date_compatible(a: &str, b: &str) -> bool {
    a == b || a.split(' ').next() == b.split(' ').next() && (!a.contains(' ') || !b.contains(' '))
}

pub(crate) fn findings(
    left: &Claim,
    right: &Claim,
    aliases: &Aliases,
    docs: [&PlaceIndex; 2],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |kind, what: &str, spans: Option<(Span, Span)>| {
        if let Some((a, b)) = spans {
            out.push(finding(kind, what, left, a, right, b));
        }
    };
    let same = |a: &String, b: &String| a == b;
    let time = FindingKind::Time;
    push(
        time,
        "day",
        disagreement(left, &weekdays(left), right, &weekdays(right), same, shared),
    );
    push(
        time,
        "date",
        disagreement(
            left,
            &dates(left),
            right,
            &dates(right),
            |a, b| date_compatible(a, b),
            shared,
        ),
    );
    push(
        time,
        "year",
        disagreement(left, &years(left), right, &years(right), same, shared),
    );
    push(
        time,
        "period",
        disagreement(left, &periods(left), right, &periods(right), same, shared),
    );
    let hours = |c: &Claim| {
        hours(c)
            .into_iter()
            .map(|h| ((h.from, h.to), h.span))
            .collect::<Vec<_>>()
    };
    push(
        time,
        "time of day",
        // Many things happen within a day: a time of day needs the same act.
        disagreement(
            left,
            &hours(left),
            right,
            &hours(right),
            |a, b| overlap(*a, *b),
            same_act,
        ),
    );
    let compatible = |a: &Vec<String>, b: &Vec<String>| {
        aliases.same(a, b) || stem_of(a, b) || docs.iter().any(|d| d.mentions(a) && d.mentions(b))
    };
    // When both sides name one place already, their other places are where it is at another
    // scale ("the Turi prison, in the city of Cuenca" / "the Turi prison, in Azuay"): no
    // gazetteer tells a city from its province, so they are not a contradiction.
    let (pl, pr) = (places(left), places(right));
    let (sl, sr) = (places_and_sites(left, true), places_and_sites(right, true));
    let one_place = sl
        .iter()
        .any(|(a, _)| sr.iter().any(|(b, _)| compatible(a, b)));
    if !one_place {
        push(
            FindingKind::Place,
            "place",
            disagreement(left, &pl, right, &pr, compatible, shared),
        );
    }
    out
}

/// Words around a time or place expression: what it is said of.
const ANCHOR: usize = 6;

/// Whether two expressions are said of the same thing.
type Slot = fn(&Claim, Span, &Claim, Span) -> bool;

/// A pair of incompatible expressions said of the same thing (`slot`), when no expression of
/// one side is compatible with one of the other.
fn disagreement<T>(
    left: &Claim,
    l: &[(T, Span)],
    right: &Claim,
    r: &[(T, Span)],
    compatible: impl Fn(&T, &T) -> bool,
    slot: Slot,
) -> Option<(Span, Span)> {
    if l.is_empty() || r.is_empty() || l.iter().any(|a| r.iter().any(|b| compatible(&a.0, &b.0))) {
        return None;
    }
    l.iter()
        .flat_map(|a| r.iter().map(move |b| (a.1, b.1)))
        .find(|&(a, b)| slot(left, a, right, b))
}

/// Said of the same thing: the content words around them overlap ("drones struck the residence
/// on Sunday" / "… on Saturday"); a statement can date two events ("officials said on Saturday
/// that the attack on Sunday …").
fn shared(left: &Claim, a: Span, right: &Claim, b: Span) -> bool {
    !around(left, a).is_disjoint(&around(right, b))
}

/// Said of the same act: the words around them overlap and the words they follow fit (one is
/// around the other). "The blaze broke out at 11 p.m." / "firefighters brought the fire under
/// control at 1 a.m." share "fire" but time two moments of it.
fn same_act(left: &Claim, a: Span, right: &Claim, b: Span) -> bool {
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
fn head(c: &Claim, span: Span) -> Option<String> {
    let mut k = c.tokens.iter().position(|t| t.end > span.start)?;
    loop {
        if k == 0 || c.gap(k).contains([',', ';', ':', '(', '"', '“', '”']) {
            return None;
        }
        k -= 1;
        let t = c.tokens[k];
        let phrasal = k
            .checked_sub(1)
            .and_then(|p| crate::align::synonyms::phrase(&c.tokens[p].norm, &t.norm));
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

fn around<'a>(c: &Claim<'a>, span: Span) -> HashSet<&'a str> {
    let inside = |t: &crate::document::Token| span.start <= t.start && t.end <= span.end;
    let Some(first) = c.tokens.iter().position(|t| t.end > span.start) else {
        return HashSet::new();
    };
    let last = c
        .tokens
        .iter()
        .rposition(|t| t.start < span.end)
        .unwrap_or(first);
    (first.saturating_sub(ANCHOR)..(last + ANCHOR + 1).min(c.tokens.len()))
        .map(|k| c.tokens[k])
        .filter(|t| !t.stop && !t.numeric && !inside(t))
        // "the blaze broke out at …" / "the fire started at …": one group is one word.
        .map(|t| canonical(&t.stem))
        .collect()
}

/// One place name is the start of the other: "Afghan" / "Afghanistan".
fn stem_of(a: &[String], b: &[String]) -> bool {
    let (a, b) = (a.join(" "), b.join(" "));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 4 && long.starts_with(&short)
}

fn finding(
    kind: FindingKind,
    what: &str,
    left: &Claim,
    a: Span,
    right: &Claim,
    b: Span,
) -> Finding {
    Finding {
        kind,
        left: Some(a),
        right: Some(b),
        note: format!("different {what}: {} vs {}", left.text(a), right.text(b)),
        // A different day or place on a weak link is often another event: not measured.
        anchors: 0,
    }
}

/// A name used as a modifier, not as a place: "at Greek shopping mall", "in the UK's first
/// wedding".
fn attributive(c: &Claim, end: usize) -> bool {
    let rest = &c.doc.text[end..];
    if rest.starts_with(['\'', '’']) {
        return true;
    }
    c.tokens
        .iter()
        .find(|t| t.start >= end)
        .is_some_and(|t| !t.stop && !t.capitalised && c.doc.text[end..t.start].trim().is_empty())
}

/// Whether most words are capitalised: a headline, where capitals do not mark names.
fn title_case(c: &Claim) -> bool {
    let words: Vec<_> = c.tokens.iter().filter(|t| !t.stop && !t.numeric).collect();
    words.len() >= 3 && words.iter().filter(|t| t.capitalised).count() * 10 >= words.len() * 6
}

/// Names after a place preposition ("in the heavily fortified Green Zone").
fn places(c: &Claim) -> Vec<(Vec<String>, Span)> {
    places_and_sites(c, false)
}

/// `places`, and with `sites` also names that modify what is at the place ("in the Turi
/// prison"): where an event was, if not a place to compare.
fn places_and_sites(c: &Claim, sites: bool) -> Vec<(Vec<String>, Span)> {
    let mut out = Vec::new();
    if title_case(c) {
        return out;
    }
    for (i, t) in c.tokens.iter().enumerate() {
        // "the Munich-based company": a seat, as "based in Munich".
        if let Some(name) = c.name_at(i)
            && name.end == t.end
            && c.tokens
                .get(i + 1)
                .is_some_and(|n| SEATS.contains(&n.norm.as_str()) && c.gap(i + 1).trim() == "-")
        {
            out.push((name.words.clone(), Span::new(name.start, name.end)));
            continue;
        }
        let motion_from = |i: usize| {
            c.tokens[i].norm == "from"
                && i > 0
                && (MOTIONS.contains(&c.tokens[i - 1].norm.as_str())
                    || c.tokens[i - 1].norm == "off")
        };
        // "marched from A to B": the route's end is a place of the march too.
        let route_end = t.norm == "to" && (i.saturating_sub(ROUTE)..i).any(motion_from);
        let preposition =
            PLACE_PREPOSITIONS.contains(&t.norm.as_str()) || motion_from(i) || route_end;
        if t.capitalised || !preposition {
            continue;
        }
        let Some(k) = (i + 1..(i + 5).min(c.tokens.len()))
            .take_while(|&k| c.gap(k).trim().is_empty())
            .find(|&k| c.tokens[k].capitalised || c.name_at(k).is_some())
        else {
            continue;
        };
        let Some(name) = c.name_at(k) else { continue };
        let w = &name.words;
        let first = w.first().map(String::as_str).unwrap_or("");
        if WEEKDAYS.contains(&first)
            || MONTHS.contains(&first)
            || w.iter()
                .any(|x| ORGANISATIONS.contains(&x.as_str()) || is_role(x) || x == "day")
            || (w.len() == 1 && first.chars().count() < 2)
            || (!sites && attributive(c, name.end))
        {
            continue;
        }
        out.push((w.clone(), Span::new(name.start, name.end)));
    }
    out
}

/// The name words a report mentions, to tell whether it names two places.
pub(crate) struct PlaceIndex {
    words: HashSet<String>,
}

impl PlaceIndex {
    pub fn new(doc: &Document) -> PlaceIndex {
        PlaceIndex {
            words: doc
                .statements
                .iter()
                .flat_map(|s| &s.names)
                .flat_map(|n| key(&n.words).into_iter().map(str::to_string))
                .collect(),
        }
    }

    fn mentions(&self, name: &[String]) -> bool {
        let k = key(name);
        !k.is_empty() && k.iter().all(|w| self.words.contains(*w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| {
            findings(l, r, &c.aliases, [&c.places[0], &c.places[1]])
        })
    }

    #[test]
    fn different_day_time_and_place() {
        assert_eq!(
            notes(
                "Drones hit the house on Sunday.",
                "Drones hit the house on Saturday."
            ),
            ["different day: Sunday vs Saturday"]
        );
        assert_eq!(
            notes(
                "Drones hit the house at dawn.",
                "Drones hit the house at night."
            ),
            ["different time of day: dawn vs night"]
        );
        assert_eq!(
            notes(
                "Third-quarter profit rose 12 percent.",
                "Second-quarter profit rose 12 percent."
            ),
            ["different period: Third-quarter vs Second-quarter"]
        );
        assert!(
            notes(
                "Third-quarter profit rose 12 percent.",
                "Profit rose 12 percent in the third quarter."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "The Munich-based company reported a loss.",
                "The company, headquartered in Stuttgart, reported a loss."
            ),
            ["different place: Munich vs Stuttgart"]
        );
        assert_eq!(
            notes(
                "Thousands of teachers marched from Plaza del Estudiante on Monday to demand higher wages.",
                "Thousands of teachers marched at San Francisco Square on Monday to demand higher wages."
            ),
            ["different place: Plaza del Estudiante vs San Francisco Square"]
        );
        assert_eq!(
            notes("A bomb exploded in Mosul.", "A bomb exploded in Basra."),
            ["different place: Mosul vs Basra"]
        );
    }

    #[test]
    fn one_shared_place_puts_the_others_at_another_scale() {
        assert!(
            notes(
                "Sixteen inmates died in a riot in the Turi prison, in the city of Cuenca.",
                "A massacre in the Turi prison, in Azuay, left 16 prisoners dead."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_day_that_bounds_something_else_is_not_when_it_happened() {
        for right in [
            "Schools in the two regions will remain closed until next Monday.",
            "Schools in the two regions must reopen by Monday.",
            "Schools in the two regions have been closed since Monday.",
            "Schools in the two regions were closed before March.",
        ] {
            assert!(
                notes(
                    "The alert for the two regions was lifted on Thursday, and schools closed.",
                    right
                )
                .is_empty(),
                "{right}"
            );
        }
        assert_eq!(
            notes(
                "Schools in the two regions closed on Thursday.",
                "Schools in the two regions closed on Monday."
            ),
            ["different day: Thursday vs Monday"]
        );
    }

    #[test]
    fn clock_times_of_one_act() {
        // "blaze" and "fire" are one word; "broke out" is "started".
        assert_eq!(
            notes(
                "The blaze broke out at about 11 p.m.",
                "The fire started at around 1 a.m."
            ),
            ["different time of day: 11 p.m vs 1 a.m"]
        );
        // Within an hour or so when either is approximate.
        assert!(
            notes(
                "The blaze broke out at about 11 p.m.",
                "The fire started at 12.15 a.m."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "The blaze broke out at 11 p.m.",
                "The fire started at 12.15 a.m."
            )
            .len(),
            1
        );
        // Two moments of one fire.
        assert!(
            notes(
                "The blaze broke out at about 11 p.m.",
                "Firefighters brought the fire under control at around 1 a.m."
            )
            .is_empty()
        );
    }

    #[test]
    fn head_is_the_word_an_expression_follows() {
        let head_of = |text: &str, at: &str| {
            let d = Document::parse("t", text).expect("a report");
            let c = Claim::new(&d, &[0]);
            let start = text.find(at).expect("the expression");
            head(&c, Span::new(start, start + at.len()))
        };
        assert_eq!(
            head_of("The blaze broke out at about 11 p.m.", "11"),
            Some("start".into())
        );
        assert_eq!(
            head_of("The blast happened shortly before 9 a.m. on Tuesday.", "9"),
            Some(canonical(&stem("happened")).to_string())
        );
        assert_eq!(
            head_of("Two workers died late on Tuesday night.", "night"),
            Some(canonical(&stem("died")).to_string())
        );
        assert_eq!(head_of("At 11 p.m., the blaze broke out.", "11"), None);
    }

    #[test]
    fn compatible_times_and_places() {
        assert!(
            notes(
                "It began at dawn on Sunday.",
                "It began early on Sunday morning."
            )
            .is_empty()
        );
        assert!(notes("Clashes on Friday and Saturday.", "Clashes on Saturday.").is_empty());
        assert!(
            notes(
                "The Munich-based company reported a loss.",
                "The company, based in Munich, reported a loss."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Thousands of teachers marched from Plaza del Estudiante to Murillo Square on Monday.",
                "Thousands of teachers gathered at Murillo Square on Monday."
            )
            .is_empty()
        );
        assert!(
            notes(
                "A letter from Brussels arrived.",
                "A letter arrived in Paris."
            )
            .is_empty()
        );
        assert!(notes("It happened at 5.15am.", "It happened at dawn.").is_empty());
        assert!(
            notes(
                "Drones hit his home in the Green Zone. The Green Zone is in Baghdad.",
                "Drones hit his home in central Baghdad."
            )
            .is_empty()
        );
    }
}
