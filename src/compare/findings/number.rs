//! Number findings: counts, amounts and percentages of the same thing that disagree.
//!
//! Two quantities are compared only when they measure the same thing: the same kind, the same
//! currency (an amount converted into another currency is not compared), and a shared stem in
//! what they count ("three people" / "two people"). Equal values written differently are one
//! value (the document model reads "1.5 million dollars" and "$1.5m" both as 1,500,000 USD);
//! approximate figures ("about", "at least", "more than") are compatible with figures in their
//! range; an article read as one ("a drone") is never compared: against "three drones" it is
//! less detail, not another figure. Years and clock times are time findings.

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::game::counts_down;
use crate::document::numbers::{unit_of, word_value};
use crate::document::{Name, Quantity, QuantityKind, Span, tokens};
use crate::language::outcomes::{self, OUTCOMES};
use std::sync::LazyLock;

/// Relative difference under which two values are one value written with rounding.
const ROUNDING: f64 = 0.02;
/// Relative difference an approximate figure ("about 50") covers.
const APPROXIMATE: f64 = 0.25;

fn compared<'a>(q: &Quantity, claim: &Claim, other: &Claim<'a>) -> Vec<&'a Quantity> {
    other
        .quantities
        .iter()
        .copied()
        .filter(|o| comparable(q, claim, o, other))
        .collect()
}

fn has_match(q: &Quantity, claim: &Claim, other: &Claim) -> bool {
    let others = compared(q, claim, other);
    others.iter().any(|o| compatible(q, claim, o, other))
        || given_too(q, claim, other)
        || part_of_whole(q, other)
        || others.iter().any(|o| {
            let (mine, theirs) = (counted_with_one(q, claim), counted_with_one(o, other));
            mine == Some(o.value) || theirs == Some(q.value)
        })
}

/// A figure of a list keyed by names, of which the other side gives another item too: "55
/// percent in Saudi Arabia, 52 percent in Egypt and 82 percent in India" / "55% with Saudi
/// Arabia, 52% with Egypt, 39% with Taiwan". Where the two share an item, the others are other
/// items, not two counts of one. ("Five bombs were dropped, of which four exploded" is no
/// list: no name keys its figures.)
fn other_item(q: &Quantity, claim: &Claim, other: &Claim) -> bool {
    let at = first_token(q, claim);
    claim.quantities.iter().any(|o| {
        let between = |a: usize, b: usize| (a.min(b)..a.max(b)).any(|k| claim.name_at(k).is_some());
        !std::ptr::eq(*o, q)
            && o.value != q.value
            && o.kind == q.kind
            && o.unit == q.unit
            // Items of one list count one thing: "13 people, including … four of its players"
            // is no list.
            && (q.kind != QuantityKind::Count || o.context.first() == q.context.first())
            && between(at, first_token(o, claim))
            && has_match(o, claim, other)
    })
}

/// A figure in brackets just after another figure is its conversion or restatement ("10
/// kilometres (six miles)"): it says no more than the figure before it, and its rounding is the
/// writer's.
fn conversion(q: &Quantity, claim: &Claim) -> bool {
    let before = claim.doc.text[..q.start].trim_end();
    before.ends_with('(')
        && claim
            .quantities
            .iter()
            .any(|o| o.end <= q.start && before.len().saturating_sub(o.end) <= 20)
}

/// Whether a figure is a rate: the word it counts is followed by "a", "an", "per" or "each" and
/// another word ("5.2 yards a carry", "60 miles per hour"), the figure itself by a word of
/// frequency ("increasing 50% daily"), or it follows "rate of" ("at a rate of 50%").
fn rate(q: &Quantity, claim: &Claim) -> bool {
    let first = first_token(q, claim);
    if first >= 2 && claim.word(first - 2) == Some("rate") && claim.word(first - 1) == Some("of") {
        return true;
    }
    let Some(after) = claim.tokens.iter().position(|t| t.start >= q.end) else {
        return false;
    };
    if FREQUENCIES.contains(&claim.tokens[after].norm.as_str()) {
        return true;
    }
    match (claim.tokens.get(after + 1), claim.tokens.get(after + 2)) {
        (Some(w), Some(next)) => {
            matches!(w.norm.as_str(), "a" | "an" | "per" | "each") && !next.stop && !next.numeric
        }
        _ => false,
    }
}

/// Words that make the figure before them a rate.
const FREQUENCIES: &[&str] = &["annually", "daily", "hourly", "monthly", "weekly", "yearly"];

/// The count a figure makes with one more named after it: "four soldiers and an officer" are
/// five, "five soldiers, including an officer" four of one kind. `None` for other figures.
fn counted_with_one(q: &Quantity, claim: &Claim) -> Option<f64> {
    if q.kind != QuantityKind::Count {
        return None;
    }
    let after = claim.tokens.iter().position(|t| t.start >= q.end)?;
    let words: Vec<&str> = claim.tokens[after..]
        .iter()
        .take(5)
        .map(|t| t.norm.as_str())
        .collect();
    let one = |w: &&str| matches!(*w, "a" | "an" | "one");
    words.windows(2).find_map(|w| match w {
        ["and", x] if one(x) => Some(q.value + 1.0),
        ["including", x] if one(x) => Some(q.value - 1.0),
        _ => None,
    })
}

/// The other side gives the same figure too, of the same thing or of nothing named: "cut its
/// forecast to 1.1% from 1.4%" / "growth of 1.1 per cent instead of 1.4 per cent" reports the
/// same two figures, so neither is a different number. A count of something else is no such
/// figure: "four bombs were dropped" / "five bombs were dropped, of which four exploded".
fn given_too(q: &Quantity, claim: &Claim, other: &Claim) -> bool {
    !q.weak
        && other.quantities.iter().any(|o| {
            // A part that this side's figure is the whole of gives no figure of its own.
            let part_of_told_whole = || partitive(o, other) && tells_whole(q, claim, o, other);
            !o.weak
                && o.kind == q.kind
                && o.unit == q.unit
                && same_value(o, q)
                && (q.kind != QuantityKind::Count || {
                    let (wq, wo) = (what(q, claim), what(o, other));
                    wq.is_empty() || wo.is_empty() || wq.iter().any(|w| wo.contains(w))
                })
                && !part_of_told_whole()
        })
}

/// A count of part of what was counted before it: "five bombs were dropped, four of which
/// exploded", "four of them".
fn partitive(q: &Quantity, c: &Claim) -> bool {
    let j = next_token(q, c);
    q.kind == QuantityKind::Count
        && c.word(j) == Some("of")
        && matches!(
            c.word(j + 1),
            Some("which" | "whom" | "them" | "those" | "these")
        )
}

/// Whether `q` tells the whole that the part `o` of the other side is counted of, by what is
/// said of both: "four bombs were dropped" tells the whole of "five bombs were dropped, four of
/// which exploded", so that part gives no "four" of its own; "rushing for 352 yards" tells
/// none of "507 total yards, 352 of them on the ground".
fn tells_whole(q: &Quantity, claim: &Claim, o: &Quantity, other: &Claim) -> bool {
    other
        .quantities
        .iter()
        .rfind(|w| w.end <= o.start && w.kind == o.kind)
        .is_some_and(|w| {
            said_of(q, claim).intersection(&said_of(w, other)).count() >= SAID_OF_SHARED
        })
}

/// A part the other side names of one of its figures: "two years of the sentence were
/// suspended" / "a four-year term, half of it suspended" — the part, not another figure.
fn part_of_whole(q: &Quantity, other: &Claim) -> bool {
    let words: Vec<&str> = std::iter::once("")
        .chain(other.tokens.iter().map(|t| t.norm.as_str()))
        .collect();
    let parts = words.windows(3).filter_map(|w| {
        let before = |x: &str| matches!(x, "a" | "one");
        match w {
            [_, "half", "of"] => Some(0.5),
            [x, "third", "of"] if before(x) => Some(1.0 / 3.0),
            [x, "quarter", "of"] if before(x) => Some(0.25),
            ["two", "thirds", "of"] => Some(2.0 / 3.0),
            ["three", "quarters", "of"] => Some(0.75),
            _ => None,
        }
    });
    let parts: Vec<f64> = parts.collect();
    !parts.is_empty()
        && other.quantities.iter().any(|o| {
            o.kind == q.kind
                && o.unit == q.unit
                && parts
                    .iter()
                    .any(|f| (o.value * f - q.value).abs() <= ROUNDING * q.value.abs())
        })
}

/// Words that say none of what follows happened ("no casualties", "no one was killed",
/// "nobody was hurt", "none were injured").
const NONE: &[&str] = &["no", "nobody", "none"];

/// Words after a "no" that name what did not happen, and the outcome they name: "casualties"
/// are the killed or the injured.
const NONE_OF: &[(&str, &str)] = &[
    ("arrest", "arrested"),
    ("arrested", "arrested"),
    ("arrests", "arrested"),
    ("casualties", "casualty"),
    ("casualty", "casualty"),
    ("deaths", "killed"),
    ("dead", "killed"),
    ("died", "killed"),
    ("fatalities", "killed"),
    ("killed", "killed"),
    ("hurt", "injured"),
    ("injured", "injured"),
    ("injuries", "injured"),
    ("wounded", "injured"),
];

/// Tokens of the group after "none of" read for its verb: "of the passengers on the flight".
const NONE_OF_GROUP: usize = 10;

/// Outcomes a claim says did not happen to anyone, with the words that say so.
fn nones(c: &Claim) -> Vec<(&'static str, crate::document::Span)> {
    let mut out = Vec::new();
    for (i, t) in c.tokens.iter().enumerate() {
        if !NONE.contains(&t.norm.as_str()) {
            continue;
        }
        // "no one was killed", "no immediate casualties", "none were hurt"; after "none of",
        // from the verb past the group ("none of the passengers on the flight was hurt").
        let from = if t.norm == "none" && c.word(i + 1) == Some("of") {
            (i + 2..(i + 2 + NONE_OF_GROUP).min(c.tokens.len()))
                // The group is a noun phrase: no verb or clause of its own ("none of the
                // witnesses knew how many were hurt").
                .take_while(|&k| {
                    let w = c.word(k).unwrap_or("");
                    !c.gap(k).contains([',', ';', '.'])
                        && !crate::language::words::past_tense(w)
                        && !matches!(w, "how" | "who" | "that" | "which" | "whether")
                })
                .find(|&k| matches!(c.word(k), Some("was" | "were")))
                .unwrap_or(i)
        } else {
            i
        };
        let found = (from + 1..(from + 5).min(c.tokens.len())).find_map(|k| {
            let w = c.tokens[k].norm.as_str();
            NONE_OF.iter().find(|(n, _)| *n == w).map(|&(_, o)| (o, k))
        });
        if let Some((outcome, k)) = found {
            out.push((outcome, c.span_of(i, k)));
        }
    }
    out
}

/// Tokens either side of a count of the harmed read for what it is said of.
const HARM_REACH: usize = 10;

/// Content words both sides have near two spans (the same or WordNet kin).
fn shared_near(
    left: &Claim,
    a: crate::document::Span,
    right: &Claim,
    b: crate::document::Span,
) -> usize {
    super::slot::kin_count(
        &super::slot::words_near(left, a, HARM_REACH, true),
        &super::slot::words_near(right, b, HARM_REACH, true),
    )
}

/// One side says nobody was killed or hurt, the other counts the killed or hurt: "caused no
/// casualties" / "killed at least 12 people", "no one was injured" / "three were injured".
fn none_findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let counted = |c: &Claim, outcome: &str| -> Option<crate::document::Span> {
        c.quantities
            .iter()
            .filter(|q| q.kind == QuantityKind::Count && q.value > 0.0)
            .find(|q| {
                self::outcome(q, c)
                    .is_some_and(|o| o == outcome || (outcome == "casualty" && o != "missing"))
            })
            // The figure with what it counts: "12 people".
            .map(|q| {
                let last = next_token(q, c) + q.context.len();
                let end = c.tokens.get(last.wrapping_sub(1)).map_or(q.end, |t| t.end);
                crate::document::Span::new(q.start, end.max(q.end))
            })
    };
    let mut out = Vec::new();
    for (none_side, some_side, none_is_left) in [(left, right, true), (right, left, false)] {
        for (outcome, none_span) in nones(none_side) {
            // A side that also counts them ("no one was killed but two died later") says both.
            if counted(none_side, outcome).is_some() {
                continue;
            }
            let Some(some_span) = counted(some_side, outcome) else {
                continue;
            };
            let (a, b) = if none_is_left {
                (none_span, some_span)
            } else {
                (some_span, none_span)
            };
            out.push(Finding {
                kind: FindingKind::Number,
                left: Some(a),
                right: Some(b),
                note: format!(
                    "different number: {} vs {}",
                    left.text(a).trim(),
                    right.text(b).trim()
                ),
                // What both sides say of the harm ("in the bombing of the camp"): one event,
                // told with none harmed and with some.
                anchors: shared_near(left, a, right, b),
                source: false,
                minor: false,
            });
            return out;
        }
    }
    out
}

/// The years and months a statement names ("in 1997", "the 1959 conviction", "In January"),
/// and whether it opens with one as its frame ("In January, five cables were cut").
struct Dating {
    years: Vec<u32>,
    months: Vec<String>,
    weekday: bool,
    framed: bool,
}

fn dating(c: &Claim) -> Dating {
    use crate::language::calendar::{MONTHS, WEEKDAYS};
    let years: Vec<u32> = (c.quantities.iter())
        .filter(|q| q.kind == QuantityKind::Year)
        .map(|q| q.value as u32)
        .collect();
    let month = |t: &crate::document::Token| t.capitalised && MONTHS.contains(&t.norm.as_str());
    let months = (c.tokens.iter().filter(|t| month(t)))
        .map(|t| t.norm.clone())
        .collect();
    // "In January, …", "In 2004, …": the opening frame of the statement, before its comma.
    let year_at = |t: &crate::document::Token| {
        (c.quantities.iter()).any(|q| q.kind == QuantityKind::Year && q.start == t.start)
    };
    let framed = c.tokens.first().is_some_and(|t| t.norm == "in")
        && c.tokens.get(1).is_some_and(|t| month(t) || year_at(t))
        && c.gap(2).contains(',');
    Dating {
        years,
        months,
        weekday: c.tokens.iter().any(|t| WEEKDAYS.contains(&t.norm.as_str())),
        framed,
    }
}

/// Two ages one year apart ("26-year-old" / "27-year-old"): reports written months apart, or
/// an age reckoned from a birth date, both say right, so the difference is shown but is no
/// contradiction by itself (`Finding::minor`).
fn one_year_apart(a: &Quantity, b: &Quantity) -> bool {
    a.years_old() && b.years_old() && (a.value - b.value).abs() == 1.0
}

/// Two statements dated apart tell two events, whose counts are no contradiction: years or
/// months named on both sides and none shared ("a 12-year sentence imposed in 1997" / "five
/// years on the 1959 heroin conviction"), or one side framed by a month or year ("In January,
/// five cables were cut") and the other dated by a day of the week only ("three cables were
/// damaged on Friday").
fn dated_apart(left: &Claim, right: &Claim) -> bool {
    let (l, r) = (dating(left), dating(right));
    let framed_against_day =
        |a: &Dating, b: &Dating| a.framed && b.weekday && b.years.is_empty() && b.months.is_empty();
    share_none(&l.years, &r.years)
        || share_none(&l.months, &r.months)
        || framed_against_day(&l, &r)
        || framed_against_day(&r, &l)
}

/// The years a count is told of: those of its own clause, else those of its sentence
/// ("…, as well as the tsunami that killed 168,000 people in 2004": 2004, though the sentence
/// names 2002 too).
fn years_of(q: &Quantity, c: &Claim) -> Vec<u32> {
    let k = first_token(q, c);
    let in_range = |from: usize, to: usize| -> Vec<u32> {
        let (start, end) = (c.tokens[from].start, c.tokens[to - 1].end);
        (c.quantities.iter())
            .filter(|y| y.kind == QuantityKind::Year && start <= y.start && y.end <= end)
            .map(|y| y.value as u32)
            .collect()
    };
    if k >= c.tokens.len() {
        return Vec::new();
    }
    let clause = in_range(c.clause_start(k), c.clause_end(k));
    if clause.is_empty() {
        let sentence = c.sentence(k);
        in_range(sentence.start, sentence.end)
    } else {
        clause
    }
}

/// Whether a count's sentence opens with "later" ("But later, about 100 youths hurled …",
/// "Later that night, …"): the report tells it as of a later moment than the story's event, so
/// a count told without it ("a group of 30 youths had thrown stones") is of another moment.
fn told_later(q: &Quantity, c: &Claim) -> bool {
    let k = first_token(q, c);
    if k >= c.tokens.len() {
        return false;
    }
    (c.sentence(k))
        .map(|m| c.tokens[m].norm.as_str())
        .find(|w| !matches!(*w, "but" | "and" | "then"))
        .is_some_and(|w| matches!(w, "later" | "afterwards" | "afterward" | "subsequently"))
}

/// Whether both sides name some years or months and share none: two events ("a 12-year
/// sentence imposed in 1997" / "the 1959 heroin conviction"; of two counts, by `years_of`:
/// "the tsunami that killed 168,000 people in 2004" / "the quakes of Oct. 10, 2002, killing
/// three people").
fn share_none<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    !a.is_empty() && !b.is_empty() && a.iter().all(|y| !b.contains(y))
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    // A person's age is no count of an event: compared however the statements are dated.
    let apart = dated_apart(left, right);
    let mut out = if apart {
        Vec::new()
    } else {
        none_findings(left, right)
    };
    for &ql in &left.quantities {
        if (apart && !ql.years_old())
            || has_match(ql, left, right)
            || conversion(ql, left)
            || other_item(ql, left, right)
        {
            continue;
        }
        let candidates = compared(ql, left, right);
        if candidates.is_empty() {
            continue;
        }
        // A person's age is no count of an event: compared however it is dated.
        let (age, years, later) = (ql.years_old(), years_of(ql, left), told_later(ql, left));
        let Some(qr) = candidates.into_iter().find(|qr| {
            !has_match(qr, right, left)
                && !conversion(qr, right)
                && !other_item(qr, right, left)
                && (age
                    || (!share_none(&years, &years_of(qr, right))
                        && later == told_later(qr, right)))
        }) else {
            continue;
        };
        if out
            .iter()
            .any(|f: &Finding| f.right.is_some_and(|s| s.start == qr.start))
        {
            continue;
        }
        let birthday = one_year_apart(ql, qr);
        let mut note = note(ql, left, qr, right);
        if birthday {
            note.push_str(" (ages one year apart: a birthday between the reports may explain it)");
        }
        out.push(Finding {
            kind: FindingKind::Number,
            left: Some(span(ql)),
            right: Some(span(qr)),
            note,
            anchors: 0,
            source: false,
            minor: birthday,
        });
    }
    out
}

fn span(q: &Quantity) -> crate::document::Span {
    crate::document::Span::new(q.start, q.end)
}

fn measured(kind: QuantityKind) -> bool {
    matches!(
        kind,
        QuantityKind::Count | QuantityKind::Money | QuantityKind::Percent | QuantityKind::Ordinal
    )
}

/// Index of the first token of a quantity.
fn first_token(q: &Quantity, claim: &Claim) -> usize {
    claim
        .tokens
        .iter()
        .position(|t| t.end > q.start)
        .unwrap_or(claim.tokens.len())
}

/// Index of the first token after a quantity ("a dozen", "four and a half" are several).
fn next_token(q: &Quantity, claim: &Claim) -> usize {
    (claim.tokens.iter())
        .position(|t| t.start >= q.end)
        .unwrap_or(claim.tokens.len())
}

/// What a quantity counts: the stems after it, and for amounts and percentages the content
/// stems just before it ("inflation rose 12%").
fn what<'a>(q: &'a Quantity, claim: &Claim<'a>) -> Vec<&'a str> {
    // "their seventh straight playoff appearance" / "their eighth straight win": in a row is
    // how, not what, is counted.
    let mut w: Vec<&str> = (q.context.iter().map(String::as_str))
        .filter(|w| !matches!(*w, "straight" | "consecut"))
        .collect();
    if matches!(q.kind, QuantityKind::Money | QuantityKind::Percent) {
        let i = first_token(q, claim);
        w.extend(claim.window_stems(i.saturating_sub(3), i, usize::MAX));
    }
    w
}

/// Kinds of figure that are no plain count or total, each compared only with its own kind:
/// - `part_of_own`: "five of his rebounds came after …" / "11 rebounds", a part of someone's
///   total;
/// - `whole_of_part`: "missing 10 of the Saints' 16 games" / "missed nine games", the whole
///   a part is counted of;
/// - `set_apart`: "four prior arrests" / "over 50 arrests", "three times since October" /
///   "four times";
/// - `offset`: "came one day after the bombings" / "walked at least seven days", how long
///   before or after something;
/// - `needed`: "needed nine points to pass Ford" / "scored 20 points";
/// - `standing_record`: "broke Newton's record of 4,051 yards" / "a rookie record with 4,183
///   passing yards", the mark that stood;
/// - `magnitude`: "7.6 and 7.5 magnitude quakes" / "two quakes";
/// - `rate`: "5.2 yards a carry" / "6,728 yards";
/// - `position`: "15 miles north of Detroit" / "chased him for 30 miles", "from 35 yards out",
///   where, not how far;
/// - `depth`: "six miles beneath the surface" / "55 kilometers from the town";
/// - `reference`: "78 percent more pixels than the 15-inch MacBook Pro" / "every 17-inch
///   MacBook Pro", "since the first Doctor" / "the Twelfth Doctor", what something is measured
///   against;
/// - `in_a_run`: "had five points during a pivotal 15-2 run" / "scored 23 points", a part of
///   a game.
const SET_APART: [fn(&Quantity, &Claim) -> bool; 12] = [
    part_of_own,
    whole_of_part,
    set_apart,
    offset,
    needed,
    standing_record,
    magnitude,
    rate,
    position,
    depth,
    reference,
    in_a_run,
];

/// A measure of how deep: "at a depth of 10 kilometres", "six miles beneath the surface", "35
/// km deep" (against "55 kilometers from the town", how far).
fn depth(q: &Quantity, c: &Claim) -> bool {
    let (i, j) = (first_token(q, c), next_token(q, c));
    q.measure().is_some()
        && (matches!(
            (c.word_before(i, 2), c.word_before(i, 1)),
            (Some("depth"), Some("of")) | (_, Some("depth"))
        ) || (j + 1..j + direction_reach(c, j) + 1).any(|k| {
            matches!(
                c.word(k),
                Some("deep" | "beneath" | "below" | "underground" | "underwater")
            )
        }))
}

/// Tokens after "poll" or "survey" read for who made it.
const POLLSTER_REACH: usize = 6;

/// Who made the poll or survey a claim reports: a name right before the word ("a Kathimerini
/// poll") or after "by", "for" or "from" within a few words after it ("a poll for the
/// respected Kathimerini newspaper", "published by Ethnos").
fn pollster<'a>(c: &Claim<'a>) -> Option<&'a Name> {
    let k = c
        .tokens
        .iter()
        .position(|t| matches!(t.norm.as_str(), "poll" | "polls" | "survey" | "surveys"))?;
    if let Some(name) = k.checked_sub(1).and_then(|p| c.name_at(p)) {
        return Some(name);
    }
    let window: Vec<usize> = (k + 1..(k + POLLSTER_REACH).min(c.tokens.len()))
        .take_while(|&m| !c.gap(m).contains([',', ';', '.']))
        .collect();
    let by = window
        .iter()
        .position(|&m| matches!(c.tokens[m].norm.as_str(), "by" | "for" | "from"))?;
    window[by + 1..].iter().find_map(|&m| c.name_at(m))
}

/// Tokens before a duration, and after its unit, read for what it measures.
const CUSTODY_REACH: usize = 4;

/// Whether a duration is time served ("served four months", "9 months to serve") or a
/// sentence ("sentenced to two years", "a 2-1/2 year sentence", "six months suspended").
fn custody(q: &Quantity, c: &Claim) -> Option<&'static str> {
    if !in_time_units(q) {
        return None;
    }
    let (i, j) = (first_token(q, c), next_token(q, c) + q.context.len().min(1));
    let near = (i.saturating_sub(CUSTODY_REACH)..i).chain(j..(j + 2).min(c.tokens.len()));
    let mut kinds = near.filter_map(|k| match c.tokens[k].norm.as_str() {
        "served" | "serve" | "serves" | "serving" => Some("served"),
        "sentenced" | "sentence" | "suspended" => Some("sentence"),
        _ => None,
    });
    let first = kinds.next()?;
    // A clause that says both ("sentenced to 2 years, with 9 months to serve") is read by the
    // word nearest before the figure only when they agree.
    kinds.all(|k| k == first).then_some(first)
}

/// What a player's statistics count ("716 yards rushing", "23 points", "52 catches", "14
/// games").
const STATISTICS: &[&str] = &[
    "assists",
    "carries",
    "catches",
    "games",
    "goals",
    "interceptions",
    "passes",
    "points",
    "rebounds",
    "receptions",
    "sacks",
    "saves",
    "steals",
    "strikeouts",
    "tackles",
    "touchdowns",
    "wickets",
    "yards",
];

/// The stems of `STATISTICS`, as a quantity's context holds them.
static STATISTIC_STEMS: LazyLock<Vec<String>> =
    LazyLock::new(|| STATISTICS.iter().map(|w| tokens::stem(w)).collect());

/// A count of a statistic, the unit perhaps after a word of which kind ("793 total yards",
/// "150 rushing yards").
fn statistic(q: &Quantity) -> bool {
    q.kind == QuantityKind::Count
        && q.context
            .iter()
            .take(2)
            .any(|w| STATISTIC_STEMS.contains(w))
}

/// The span a statistic is told over, when it is not the present one: "last season", a
/// career, college. The present season is no span: "this season", "the 2010 season" and a
/// figure with no span are the same total ("missing 10 of the Saints' 16 games in an
/// injury-plagued 2010 season" / "missed nine games this season"), and a number of games is
/// none either ("2,029 points in 106 games as a Bluejay" / "now has 2,129 points"). A career
/// high or record is one game's figure or a record ("a career-high 25 points").
fn stats_span(q: &Quantity, c: &Claim) -> Vec<&'static str> {
    let sentence = c.sentence(first_token(q, c));
    let mut span: Vec<&'static str> = sentence
        .clone()
        .filter_map(|k| {
            let word = |m: usize| c.tokens.get(m).map(|t| t.norm.as_str());
            let before = k.checked_sub(1).filter(|b| *b >= sentence.start);
            match c.tokens[k].norm.as_str() {
                "season" if matches!(before.and_then(word), Some("last" | "previous")) => {
                    Some("last season")
                }
                "career"
                    if matches!(
                        word(k + 1),
                        Some("high" | "highs" | "best" | "record" | "scoring")
                    ) =>
                {
                    None
                }
                "career" => Some("career"),
                "college" => Some("college"),
                // "189 rushing yards in his last two games".
                "games"
                    if before.is_some_and(|b| {
                        c.tokens[b].numeric || word_value(&c.tokens[b].norm).is_some()
                    }) && matches!(
                        before.and_then(|b| b.checked_sub(1)).and_then(word),
                        Some("last" | "past" | "previous")
                    ) =>
                {
                    Some("recent games")
                }
                _ => None,
            }
        })
        .collect();
    span.sort_unstable();
    span.dedup();
    span
}

/// Words that say which kind of a statistic a figure is, by stem, and the kind.
const STATISTIC_KINDS: &[(&str, &str)] = &[
    ("rush", "rushing"),
    ("ran", "rushing"),
    ("carri", "rushing"),
    ("catch", "receiving"),
    ("caught", "receiving"),
    ("receiv", "receiving"),
    ("recept", "receiving"),
    ("threw", "passing"),
    ("throw", "passing"),
    ("scrimmag", "from scrimmage"),
    ("return", "returns"),
    ("offens", "on offense"),
    ("defens", "on defense"),
];

/// How many words after a statistic may say its kind ("102 yards from scrimmage").
const KIND_REACH: usize = 3;

/// The kind of a statistic: the nearest kind word before it in its clause ("rushed for 63
/// yards", "rushing for 404 yards and two touchdowns"), else one right after it, before any
/// "and" or other figure ("four touchdowns receiving", "102 yards from scrimmage"); `None`
/// when no word says it.
fn stats_kind(q: &Quantity, c: &Claim) -> Option<&'static str> {
    let at = first_token(q, c);
    let kind = |k: usize| {
        let stem = c.tokens[k].stem.as_str();
        STATISTIC_KINDS
            .iter()
            .find(|(w, _)| *w == stem)
            .map(|(_, kind)| *kind)
    };
    let end = c.clause_end(at).min(at + 1 + KIND_REACH);
    (c.clause_start(at)..at).rev().find_map(kind).or_else(|| {
        (next_token(q, c)..end)
            .take_while(|&k| c.word(k) != Some("and") && !c.tokens[k].numeric)
            .find_map(kind)
    })
}

/// Words for a stretch of a game: "a 15-2 run", "a late spurt".
const RUNS: &[&str] = &["run", "spurt", "stretch", "burst"];

/// A count in a sentence that scopes what it tells to a stretch of a game: "had five points
/// during a pivotal 15-2 run", "During the game's deciding 15-2 run, Echenique scored two".
fn in_a_run(q: &Quantity, c: &Claim) -> bool {
    let sentence = c.sentence(first_token(q, c));
    let end = sentence.end;
    sentence.into_iter().any(|m| {
        c.tokens[m].norm == "during"
            && (m + 1..(m + 8).min(end)).any(|k| RUNS.contains(&c.tokens[k].norm.as_str()))
    })
}

/// Compass points a distance may be measured in ("north", "north-east", "southwest").
fn compass(word: &str) -> bool {
    super::place::bearing(word).is_some()
}

/// A distance in a direction from a place: "about 15 miles north of Detroit", "30 km
/// south-east of the capital", or where something started: "raced in from 35 yards out".
fn position(q: &Quantity, c: &Claim) -> bool {
    let j = next_token(q, c);
    q.measure().is_some()
        && ((j..j + 2).any(|k| c.word(k) == Some("out"))
            || (j..j + direction_reach(c, j)).any(|k| {
                c.word(k).is_some_and(compass) && matches!(c.word(k + 1), Some("of" | "from"))
            }))
}

/// Tokens from a distance's unit (token `j`) to its direction: three, or six over the same
/// distance in other units in brackets ("75 kilometers (50 miles) west of").
fn direction_reach(c: &Claim, j: usize) -> usize {
    if j + 1 < c.tokens.len() && c.gap(j + 1).contains('(') {
        6
    } else {
        3
    }
}

/// The named place a position is measured from ("14 miles north-northeast of Healdsburg"),
/// if a name follows the direction.
fn position_place<'a>(q: &Quantity, c: &Claim<'a>) -> Option<&'a Name> {
    let j = next_token(q, c);
    (j..j + direction_reach(c, j))
        .find(|&k| c.word(k).is_some_and(compass) && matches!(c.word(k + 1), Some("of" | "from")))
        .and_then(|k| c.name_at(k + 2))
}

/// A figure after "than the" or "than a": what something else is compared with; an ordinal
/// after "since the": the earlier one something is measured from ("the oldest actor to play
/// the part since the first Doctor" / "the Twelfth Doctor").
fn reference(q: &Quantity, c: &Claim) -> bool {
    let i = first_token(q, c);
    let before = c.word_before(i, 2);
    matches!(c.word_before(i, 1), Some("the" | "a" | "an"))
        && (before == Some("than") || (before == Some("since") && q.kind == QuantityKind::Ordinal))
}

/// Verbs of a place in a race or a table, one verb for a rank after them: "finished second",
/// "came third".
const PLACING: &[&str] = &[
    "came", "comes", "finished", "finishes", "placed", "places", "ranked", "ranks",
];

fn comparable(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> bool {
    if a.weak || b.weak || a.kind != b.kind || !measured(a.kind) || a.unit != b.unit {
        return false;
    }
    // Two measures of two dimensions, or a measure against a bare count ("a depth of 10
    // kilometres" / "140 were injured"), count nothing of one thing; one dimension in two units
    // is compared converted (`compatible`).
    if a.measure() != b.measure() && !one_dimension(a, b) {
        return false;
    }
    // "UPDATE 2-Egypt": a figure before a name counts nothing.
    let counts_name = |q: &Quantity, c: &Claim| {
        q.kind == QuantityKind::Count
            && c.tokens
                .iter()
                .find(|t| t.start >= q.end)
                .is_some_and(|t| t.capitalised)
    };
    if counts_name(a, ca) || counts_name(b, cb) || score(a, ca) || score(b, cb) {
        return false;
    }
    // "one of Egypt's largest providers" says what group something is in, not how many are.
    let membership = |q: &Quantity, c: &Claim| {
        q.kind == QuantityKind::Count && q.value == 1.0 && c.word(next_token(q, c)) == Some("of")
    };
    if membership(a, ca) || membership(b, cb) {
        return false;
    }
    // "a Category 4 hurricane" / "a Category 3 hurricane": a rating on a named scale is
    // compared only with one on the same scale, a rating being no count and no name.
    match (rating(a, ca), rating(b, cb)) {
        (Some(x), Some(y)) => return x == y,
        (None, None) => {}
        _ => return false,
    }
    // "moved to Merthyr Tydfil, South Wales, four years ago" / "had been living in South Wales
    // for the past three years": the time since a move to a place is how long one has lived
    // there.
    if let Some(shared) = residence(a, ca, b, cb).or_else(|| residence(b, cb, a, ca)) {
        return shared;
    }
    if age(a, ca) || age(b, cb) || designation(a, ca) || designation(b, cb) {
        return false;
    }
    // A part of a total, a set apart, an offset, a need, a record that stood, a magnitude or a
    // rate is compared only with one of its own kind (`SET_APART`).
    if SET_APART.iter().any(|kind| kind(a, ca) != kind(b, cb)) {
        return false;
    }
    if magnitude(a, ca) && magnitude(b, cb) {
        return same_shock(a, ca, b, cb);
    }
    // "The office building is about 15 miles north of Detroit" / "a motorist 50 miles north of
    // Detroit spotted a vehicle": the positions of two things. Two positions are one only when
    // what their sentences tell before them shares a word.
    if position(a, ca) && position(b, cb) {
        let (ia, ib) = (first_token(a, ca), first_token(b, cb));
        let x = ca.window_stems(ca.sentence(ia).start, ia, usize::MAX);
        let y = cb.window_stems(cb.sentence(ib).start, ib, usize::MAX);
        if !x.is_empty() && !y.is_empty() && x.is_disjoint(&y) {
            return false;
        }
        // "14 miles north-northeast of Healdsburg" / "20 miles north of Santa Rosa": one place
        // measured from two towns.
        if let (Some(x), Some(y)) = (position_place(a, ca), position_place(b, cb))
            && !same_name(x, y)
        {
            return false;
        }
    }
    // "with 12 minutes, 31 seconds remaining" / "with 4 minutes 48 seconds remaining": a game
    // clock tells when a play happened, like "14:05 left".
    if clock_left(a, ca) || clock_left(b, cb) {
        return false;
    }
    // "Artino had 14 points and six rebounds" / "Will Artino scored 14 points and Gregory
    // Echenique had 11 points, 11 rebounds", "Point guard Ty Lawson also chipped in 16 points" /
    // "Hansbrough scored 20 points": said of two people, two counts are not one.
    if let (Some(ha), Some(hb)) = (holder(a, ca), holder(b, cb))
        && !same_name(ha, hb)
    {
        return false;
    }
    // "Creighton's first eight points" / "11 points": a stretch of a sequence is no total.
    if stretch(a, ca) != stretch(b, cb) {
        return false;
    }
    // "a poll for the Kathimerini newspaper found that 68 per cent" / "a poll published by
    // Ethnos said 83.3 percent": two polls, two measures.
    if let (Some(x), Some(y)) = (pollster(ca), pollster(cb))
        && !same_name(x, y)
        && !named_in(ca, y)
        && !named_in(cb, x)
    {
        return false;
    }
    // "served four months in prison" / "sentenced to one to three years, with all but six
    // months suspended": time served and a sentence are two measures.
    if let (Some(x), Some(y)) = (custody(a, ca), custody(b, cb))
        && x != y
    {
        return false;
    }
    // "rushed for 63 yards in the win on Dec. 27" / "793 yards last season in 14 games": a
    // player's statistics told over two spans are two totals.
    // "He has 53 catches for 605 yards" / "Peyton Manning completed 29-of-34 passes for 364
    // yards": a game story gives many players' statistics, so where a side names anyone, two
    // are one player's only when both sides name someone alike. ("He" on both sides is each
    // story's own subject.)
    let named = !ca.names.is_empty() || !cb.names.is_empty();
    if statistic(a) && statistic(b) && named && !ca.names.iter().any(|n| named_in(cb, n)) {
        return false;
    }
    if statistic(a) && statistic(b) && stats_span(a, ca) != stats_span(b, cb) {
        return false;
    }
    // "102 yards from scrimmage" / "rushed for 63 yards", "rushing for 404 yards and two
    // touchdowns" / "four touchdowns receiving": two kinds of a statistic.
    if statistic(a)
        && statistic(b)
        && let (Some(x), Some(y)) = (stats_kind(a, ca), stats_kind(b, cb))
        && x != y
    {
        return false;
    }
    // "a 35-yard interception return" / "threw for 364 yards", "a 16-year-old daughter" / "a
    // 12-year-old girl": a measure joined to its unit describes one thing; it is compared only
    // with a measure of the same thing.
    match (compound(a, ca), compound(b, cb)) {
        (false, false) => {}
        (true, true) => {
            let things = |q: &Quantity| -> Vec<String> {
                q.context
                    .iter()
                    .skip(1)
                    .filter(|w| *w != "old")
                    .cloned()
                    .collect()
            };
            let (ta, tb) = (things(a), things(b));
            if !ta.iter().any(|w| tb.contains(w)) {
                return false;
            }
        }
        _ => return false,
    }
    // "12 passengers were injured" / "two passengers were killed": other people; "a dozen
    // employees had been celebrating" / "killing one employee": other people too.
    // "wounding two others" / "their father is looking after seven others": "others" are
    // others of what the sentence told before; told of an outcome on one side only, they are
    // other people.
    let others = |q: &Quantity, c: &Claim| what(q, c) == ["other"];
    let outcomes = (outcome(a, ca), outcome(b, cb));
    match outcomes {
        (Some(x), Some(y)) if x != y => return false,
        (Some(_), None) if predicated(b, cb) || others(b, cb) => return false,
        (None, Some(_)) if predicated(a, ca) || others(a, ca) => return false,
        _ => {}
    }
    // "killed 230,000 people across Asia" / "170,000 people were killed in Aceh": a toll over
    // a wide area and one of a place in it are two counts (unless the place's is the larger).
    // Only tolls: "four submarine cables running across the Mediterranean" says where the
    // cables run, not where they were counted.
    let one_toll = matches!(outcomes, (Some(x), Some(y)) if x == y);
    if one_toll {
        match (scope(a, ca), scope(b, cb)) {
            (Some(Scope::Wide), Some(Scope::Place)) if a.value >= b.value => return false,
            (Some(Scope::Place), Some(Scope::Wide)) if b.value >= a.value => return false,
            _ => {}
        }
    }
    // "finished with 23 points" / "the all-time leader with 2,117 points", "10 houses damaged
    // in Takengon" / "more than 300 houses in Aceh": counts of one thing twenty times apart
    // count it over different scopes (a game and a career, a town and a province), not one
    // count told two ways. Not two tolls of one outcome ("one killed" / "30 killed": an early
    // and a late report differ so), nor amounts (a million for a billion is an error to see).
    // Durations in their hours: "four years ago" / "six weeks ago" are two moves, not one.
    let (va, vb) = match (duration_hours(a), duration_hours(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => (a.value, b.value),
    };
    let (small, large) = (va.min(vb), va.max(vb));
    if a.kind == QuantityKind::Count && !one_toll && small > 0.0 && large / small > SCOPE_RATIO {
        return false;
    }
    let (mut wa, mut wb) = (what(a, ca), what(b, cb));
    // One dimension in two units: the units are one word ("200 feet" / "150 metres").
    if a.measure() != b.measure() {
        for w in wa
            .iter_mut()
            .chain(wb.iter_mut())
            .filter(|w| unit_of(w).is_some())
        {
            *w = "unit";
        }
    }
    // "an 86-yard touchdown run" / "226 yards rushing": the same unit of two other things.
    let unit_only = a.kind == QuantityKind::Count
        && wa.len() >= 2
        && wb.len() >= 2
        && wa[0] == wb[0]
        && !wa[1..].iter().any(|w| wb[1..].contains(w));
    if wa.iter().any(|w| wb.contains(w)) && !unit_only {
        return true;
    }
    // A rank of nothing named after the same word ("finished second" / "finished third",
    // "came third", "was second"): the place of one in one race.
    if a.kind == QuantityKind::Ordinal && wa.is_empty() && wb.is_empty() {
        fn before<'a>(q: &Quantity, c: &Claim<'a>) -> Option<&'a str> {
            let t = c.tokens.get(first_token(q, c).checked_sub(1)?)?;
            let placing = PLACING.contains(&t.norm.as_str());
            Some(if placing { "finished" } else { &t.stem })
        }
        return before(a, ca).is_some_and(|x| before(b, cb) == Some(x));
    }
    // A count standing for its noun ("two were treated for hypothermia" against "three of the
    // men were treated for hypothermia"): what is said of both counts shows they count the
    // same people, as does the same outcome ("two of them had died" / "killed three people").
    let same_outcome = matches!(outcomes, (Some(x), Some(y)) if x == y);
    if a.kind == QuantityKind::Count
        && (wa.is_empty() || wb.is_empty())
        && (same_outcome || said_of(a, ca).intersection(&said_of(b, cb)).count() >= SAID_OF_SHARED)
    {
        return true;
    }
    // "4 missing" / "seven others are still missing": with the same outcome, two counts of no
    // particular noun (people, others, or the outcome word itself) count the same people. Not
    // against a particular noun: "two women dead" / "Alison, 58, were found dead".
    let particular = |w: &[&str]| w.iter().any(|s| !GENERIC.contains(s) && !outcome_stem(s));
    if a.kind == QuantityKind::Count && same_outcome && !particular(&wa) && !particular(&wb) {
        return true;
    }
    // One amount or percentage on each side, said of nothing in particular: the same figure.
    let single = |c: &Claim| c.quantities.iter().filter(|q| q.kind == a.kind).count() == 1;
    matches!(a.kind, QuantityKind::Money | QuantityKind::Percent) && single(ca) && single(cb)
}

/// Where a count was made, when its clause says right after it: over a wide area ("across
/// Asia", "in a dozen countries", "worldwide"), or in one named place ("in Indonesia's Aceh
/// province").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Wide,
    Place,
}

/// Words after a count that its scope may stand in ("people dead and missing in a dozen
/// countries").
const SCOPE_REACH: usize = 8;

/// Words that make a count one over a wide area.
const WIDE: &[&str] = &[
    "across",
    "throughout",
    "worldwide",
    "nationwide",
    "globally",
];

/// Plural areas that make "in …" wide: "in a dozen countries", "in several provinces".
const AREAS: &[&str] = &[
    "countries",
    "nations",
    "provinces",
    "regions",
    "states",
    "districts",
];

/// The scope of a count (`Scope`), if its clause tells one right after it.
fn scope(q: &Quantity, c: &Claim) -> Option<Scope> {
    let from = next_token(q, c);
    let end = c.clause_end(from.min(c.tokens.len().saturating_sub(1)));
    let to = end.min(from + SCOPE_REACH);
    for k in from..to {
        let w = c.tokens[k].norm.as_str();
        if WIDE.contains(&w) {
            return Some(Scope::Wide);
        }
        if w != "in" {
            continue;
        }
        let after = &c.tokens[k + 1..(k + 4).min(end)];
        if after.iter().any(|t| AREAS.contains(&t.norm.as_str())) {
            return Some(Scope::Wide);
        }
        let place = after
            .iter()
            .find(|t| !matches!(t.norm.as_str(), "the" | "a"));
        return place.filter(|t| t.capitalised).map(|_| Scope::Place);
    }
    None
}

/// A figure of a magnitude: next to the word ("magnitude 6.1", "a magnitude of 5.9", "7.5
/// magnitude quakes", "6.1-magnitude"), on the Richter scale ("5.9 on the Richter scale"), or
/// a bare figure under ten that something measured ("the quake, which measured 5.9,"; "measured
/// 30 feet" has a unit, and "measured 4 cracks" counts a noun).
fn magnitude(q: &Quantity, c: &Claim) -> bool {
    let (i, j) = (first_token(q, c), next_token(q, c));
    let before = |n: usize| c.word_before(i, n);
    // "measured 6.1 according to …", "measured 6.1, …": no noun it counts after the figure
    // (looked up last: compare asks this of every pair of quantities).
    let measured = matches!(before(1), Some("measured" | "measuring"))
        && q.kind == QuantityKind::Count
        && q.value < 10.0
        && c.word(j)
            .is_none_or(|w| crate::language::kinds::noun_kinds(w) == 0);
    // "a magnitude of 5.9", "put the magnitude at 6.1", "the magnitude was 5.9".
    let linked = matches!(before(1), Some("of" | "at" | "was" | "is" | "as"));
    before(1) == Some("magnitude")
        || (linked && before(2) == Some("magnitude"))
        || c.word(j) == Some("magnitude")
        || (j..j + MAGNITUDE_SCALE_REACH).any(|k| c.word(k) == Some("richter"))
        || measured
}

/// Words after a figure that "Richter" may be among ("5.9 on the Richter scale").
const MAGNITUDE_SCALE_REACH: usize = 3;

/// Words of a shock that follows or comes before the main one: its magnitude is another
/// quake's ("a magnitude 5.2 aftershock" / "the magnitude 6.1 quake").
const LESSER_SHOCKS: &[&str] = &["aftershock", "foreshock"];

/// Magnitudes this far apart or more are two quakes: a magnitude is a logarithm (a unit is
/// about thirty times the energy), and one quake's magnitude revised or told by two agencies
/// differs by less ("a preliminary magnitude of 4.4" / "a 4.2 magnitude earthquake"), while a
/// story's other quakes differ by more ("the 2004 tsunami … triggered by a massive
/// 9.1-magnitude quake" / "the strong 6.1-magnitude quake"; "followed by a 2.0-magnitude
/// quake" / "the 4.4-magnitude temblor").
const MAGNITUDE_GAP: f64 = 1.0;

/// Two magnitudes in claims linked as one are the same quake's, told after the figure ("6.1
/// quake") or not at all ("a magnitude of 5.9 hit"), unless they are a unit or more apart
/// (`MAGNITUDE_GAP`) or one is of an aftershock or foreshock and the other not.
fn same_shock(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> bool {
    if (a.value - b.value).abs() >= MAGNITUDE_GAP {
        return false;
    }
    let lesser = |q: &Quantity, c: &Claim| {
        // "an aftershock of magnitude 5.2", "a 5.2 magnitude aftershock".
        let from = first_token(q, c).saturating_sub(3);
        (from..next_token(q, c) + 2).any(|k| {
            c.word(k)
                .is_some_and(|w| LESSER_SHOCKS.iter().any(|s| w.starts_with(s)))
        })
    };
    lesser(a, ca) == lesser(b, cb)
}

/// A figure joined by a hyphen to the unit after it ("35-yard", "29-year-old", "one- yard"):
/// the measure of what follows, not a count. A duration stays a duration ("a four-year term"
/// is four years), an age does not ("29-year-old", or "a 15-year girl" without its "old").
fn compound(q: &Quantity, c: &Claim) -> bool {
    // "a 35-yard run", or a unit glued to its figure before a noun: "a 3.5mm headset jack".
    let j = next_token(q, c);
    let glued_before_noun = j > 0
        && crate::document::numbers::glued_unit(&c.tokens[j - 1].norm).is_some()
        && c.tokens.get(j).is_some_and(|t| !t.stop && !t.numeric)
        && c.gap(j) == " ";
    let joined = glued_before_noun
        || c.doc.text[q.end..]
            .strip_prefix('-')
            .is_some_and(|r| r.trim_start().starts_with(char::is_alphabetic));
    let of_person = q
        .context
        .get(1)
        .is_some_and(|w| super::person::names_kind(w));
    let duration = in_time_units(q) && !q.years_old() && !of_person;
    joined && !duration
}

/// Scales a figure right after the word rates something on: "a Category 4 hurricane", "raised
/// the alert to level 3", "stage 2 cancer".
const SCALES: &[&str] = &["category", "level", "stage", "grade", "phase", "tier"];

/// The scale a whole figure right after its word rates on ("Category 4", "level-3"), if any.
fn rating<'a>(q: &Quantity, c: &Claim<'a>) -> Option<&'a str> {
    let i = first_token(q, c);
    let prev = c.tokens.get(i.checked_sub(1)?)?;
    let gap = &c.doc.text[prev.end..q.start];
    (q.kind == QuantityKind::Count
        && q.value.fract() == 0.0
        && matches!(gap, " " | "-")
        && SCALES.contains(&prev.norm.as_str()))
    .then(|| c.word(i - 1))
    .flatten()
}

/// A count right after a capitalised word inside a sentence is part of a name or a date, not
/// a count: "Intel HD 4000 graphics", "state Route 52", "the June 24 murder", "Jan. 4". One of
/// time units is a span told after the name: "returned to Millom 12 weeks ago", "with John
/// four years ago".
fn designation(q: &Quantity, c: &Claim) -> bool {
    let i = first_token(q, c);
    if q.kind != QuantityKind::Count || i == 0 || in_time_units(q) {
        return false;
    }
    let prev = c.tokens[i - 1];
    let gap = &c.doc.text[prev.end..q.start];
    let month = crate::language::calendar::month(&prev.norm).is_some();
    let sentence_start = i < 2 || c.gap(i - 1).contains(['.', '!', '?', '"', '“', ':']);
    prev.capitalised && (month && matches!(gap, " " | ". ") || (gap == " " && !sentence_start))
}

/// Possessive determiners: "five of his rebounds".
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// A count of part of what someone has: "five of his rebounds", "six of their 20 points",
/// "five of Creighton's first eight points" (a figure, "of", then a possessive); or of a set
/// counted right after it: "Three of the four soldiers killed by friendly fire" (a figure, "of
/// the", then a count) is no toll of its own.
fn part_of_own(q: &Quantity, c: &Claim) -> bool {
    let j = next_token(q, c);
    let possessive = |k: usize| {
        c.word(k).is_some_and(|w| POSSESSIVES.contains(&w))
            || c.tokens
                .get(k)
                .is_some_and(|t| t.capitalised && c.possessive(k))
    };
    let counted = |k: usize| {
        c.word(k) == Some("the")
            && c.tokens.get(k + 1).is_some_and(|t| {
                c.quantities
                    .iter()
                    .any(|o| o.kind == QuantityKind::Count && o.start == t.start)
            })
    };
    q.kind == QuantityKind::Count
        && c.word(j) == Some("of")
        && (possessive(j + 1) || counted(j + 1))
}

/// The whole a part is counted of: "16" in "missing 10 of the Saints' 16 games", "20" in "six
/// of their 20 points" (a figure, "of", at most two words of which or whose, then the count).
fn whole_of_part(q: &Quantity, c: &Claim) -> bool {
    let i = first_token(q, c);
    let describes = |k: usize| {
        c.word(k)
            .is_some_and(|w| w == "the" || POSSESSIVES.contains(&w))
            || c.tokens.get(k).is_some_and(|t| t.capitalised)
    };
    let mut k = i;
    while k > 0 && i - k < 2 && describes(k - 1) {
        k -= 1;
    }
    let count_ends_at = |m: usize| {
        c.quantities
            .iter()
            .any(|o| o.kind == QuantityKind::Count && o.end == c.tokens[m].end)
    };
    q.kind == QuantityKind::Count && k >= 2 && c.word(k - 1) == Some("of") && count_ends_at(k - 2)
}

/// Verbs that say what someone has or made: "had 11 points", "scored 14", "grabbed six
/// rebounds", "posted 20 points", "rushed for 226 yards", "by scoring 14 points and adding
/// six rebounds".
const HOLDING_VERBS: &[&str] = &[
    "had",
    "has",
    "having",
    "scored",
    "scoring",
    "added",
    "adding",
    "chipped",
    "grabbed",
    "grabbing",
    "finished",
    "finishing",
    "posted",
    "posting",
    "recorded",
    "recording",
    "collected",
    "collecting",
    "totaled",
    "totalled",
    "got",
    "getting",
    "rushed",
    "rushing",
    "threw",
    "throwing",
    "passed",
    "passing",
    "caught",
    "catching",
    // A headline's present: "Luck throws for 205 yards".
    "throws",
    "rushes",
    "scores",
    "adds",
    "passes",
    "catches",
];

/// The name a count is said of: the name that opens its sentence, or the clause joined by
/// "and", "but" or "while" that it is in, when a verb of having stands between them
/// ("Artino, whose role has grown, had six rebounds", "… and Gregory Echenique had 11 points",
/// a full name). Not a name elsewhere, nor another verb ("Parts of Asia experienced outages
/// when three cables …"). Or the name whose figure it is: "despite Charles' 226 yards".
fn holder<'a>(q: &Quantity, c: &Claim<'a>) -> Option<&'a Name> {
    let at = first_token(q, c);
    if let Some(name) = giver(q, c) {
        return Some(name);
    }
    if let Some(name) = at.checked_sub(1).and_then(|p| c.name_at(p))
        && owned_by(name, c)
        && c.gap(at).trim_start_matches(['\'', '’']).trim().is_empty()
    {
        return Some(name);
    }
    let holds =
        |from: usize| (from..at).any(|m| HOLDING_VERBS.contains(&c.tokens[m].norm.as_str()));
    let mut k = at;
    while k > 0 && !c.gap(k).contains(['.', ';', '!', '?']) {
        k -= 1;
        let joins = matches!(c.tokens[k].norm.as_str(), "and" | "but" | "while");
        // A person's full name: "and Europe" is more likely a list of places.
        if joins
            && let Some(name) = c
                .name_at(k + 1)
                .filter(|n| k + 1 < at && n.words.len() >= 2 && holds(k + 1))
        {
            return Some(name);
        }
    }
    c.name_at(k).filter(|_| holds(k))
}

/// The name a count comes from: "got five points from Echenique", "paced by 13 points from
/// McDermott".
fn giver<'a>(q: &Quantity, c: &Claim<'a>) -> Option<&'a Name> {
    let j = next_token(q, c);
    (j..(j + 2).min(c.tokens.len()))
        .find(|&k| c.word(k) == Some("from"))
        .and_then(|k| c.name_at(k + 1))
}

/// Whether a name is written as a possessive: "Creighton's", "Charles'".
fn owned_by(name: &Name, c: &Claim) -> bool {
    let text = &c.doc.text[name.start..name.end];
    tokens::possessive(text)
        || text.ends_with('s') && c.doc.text[name.end..].starts_with(['\'', '’'])
}

/// Two names share a word of more than two letters ("Artino" / "Will Artino").
fn same_name(a: &Name, b: &Name) -> bool {
    a.words.iter().any(|w| w.len() > 2 && b.words.contains(w))
}

/// Whether a claim names someone with a name that shares a word with `name`.
fn named_in(c: &Claim, name: &Name) -> bool {
    c.names.iter().any(|n| same_name(n, name))
}

/// How far apart two figures of one thing may be and still be one count told two ways.
const SCOPE_RATIO: f64 = 20.0;

/// A span of time followed by what is left of a game or a countdown: "with 12 minutes, 31
/// seconds remaining", "10 minutes left in the fourth quarter", "two minutes to play".
fn clock_left(q: &Quantity, c: &Claim) -> bool {
    let j = next_token(q, c);
    let to_go = |k: usize| c.word(k) == Some("to") && matches!(c.word(k + 1), Some("play" | "go"));
    let time = in_time_units(q) || q.context.first().is_some_and(|u| u == "second");
    // Any other count only with "to go" or "remaining" right after what it counts ("with 90
    // yards to go"): "three people left" is a verb.
    (time && (j..(j + 5).min(c.tokens.len())).any(|k| counts_down(&c.tokens, k)))
        || (j..(j + 3).min(c.tokens.len())).any(|k| c.word(k) == Some("remaining") || to_go(k))
}

/// A count whose first word after it sets what it counts apart from the rest: "four prior
/// arrests", "two additional victims", "three new cases", "eleven other men"; one introduced as a part of a count
/// before it ("31 pieces of apparatus, including three ladder trucks"); one since a time.
fn set_apart(q: &Quantity, c: &Claim) -> bool {
    // "including two children", "among them three officers"; "another six years" adds to a
    // stretch told before it.
    let included = matches!(
        c.word_before(first_token(q, c), 1),
        Some("including" | "among" | "another")
    );
    let apart = matches!(
        c.word(next_token(q, c)),
        Some(
            "prior"
                | "previous"
                | "earlier"
                | "former"
                | "additional"
                | "further"
                | "extra"
                | "new"
                | "remaining"
                | "separate"
                | "more"
                | "other"
        )
    );
    // "arrested three times since October": a count of a stretch of time, not of all.
    let j = next_token(q, c);
    let since = (j..j + 2).any(|k| c.word(k) == Some("since"));
    q.kind == QuantityKind::Count && (included || apart || since)
}

/// A count of what was needed or required, not of what happened: "needed nine points to pass
/// Phil Ford", "requires 60 votes".
fn needed(q: &Quantity, c: &Claim) -> bool {
    let i = first_token(q, c);
    i.checked_sub(1).is_some_and(|p| {
        matches!(
            c.tokens[p].norm.as_str(),
            "need" | "needs" | "needed" | "require" | "requires" | "required"
        )
    })
}

/// A count that is a record someone else set before: "broke Newton's record of 4,051 yards",
/// "surpassing the previous record of 58 points" (but "set a record of 60" is the new one).
fn standing_record(q: &Quantity, c: &Claim) -> bool {
    let i = first_token(q, c);
    if c.word_before(i, 1) != Some("of") || c.word_before(i, 2) != Some("record") {
        return false;
    }
    (i.saturating_sub(6)..i - 2).any(|k| {
        matches!(
            c.tokens[k].norm.as_str(),
            "broke"
                | "breaks"
                | "breaking"
                | "beat"
                | "beating"
                | "surpassed"
                | "surpassing"
                | "eclipsed"
                | "eclipsing"
                | "topped"
                | "previous"
                | "old"
        )
    }) || i.checked_sub(3).is_some_and(|k| c.possessive(k))
}

/// A span of time said of how long before or after something: "one day after the bombings",
/// "three weeks before he was murdered", "two weeks ago".
fn offset(q: &Quantity, c: &Claim) -> bool {
    let j = next_token(q, c) + q.context.len();
    in_time_units(q)
        && c.tokens.get(j).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "after" | "before" | "later" | "earlier" | "ago" | "prior" | "since" | "from"
            )
        })
}

/// Verbs of moving to live somewhere, read before a span "ago".
const MOVES: &[&str] = &["moved", "relocated", "emigrated", "immigrated", "settled"];

/// Verbs of living somewhere, read before a span after "for".
const LIVING: &[&str] = &["lived", "living", "lives", "resided", "residing"];

/// Tokens from the verb to its span: "moved to Merthyr Tydfil, South Wales, four years ago".
const RESIDENCE_REACH: usize = 10;

/// The words of the names between a verb of `verbs` and the span `q`, when such a verb comes
/// within `RESIDENCE_REACH` tokens before it in its sentence.
fn residence_place<'a>(q: &Quantity, c: &Claim<'a>, verbs: &[&str]) -> Option<Vec<&'a str>> {
    let i = first_token(q, c);
    let start = c.sentence(i).start.max(i.saturating_sub(RESIDENCE_REACH));
    let v = (start..i)
        .rev()
        .find(|&k| verbs.contains(&c.tokens[k].norm.as_str()))?;
    Some(
        (v + 1..i)
            .filter(|&k| c.name_at(k).is_some())
            .map(|k| c.tokens[k].norm.as_str())
            .collect(),
    )
}

/// Whether the span `a` since a move ("moved to South Wales four years ago") and the span `b`
/// of living ("living in South Wales for the past three years") are one measure: `None` when
/// they are no such pair, else whether the two name one place (a word of their names shared:
/// "moved to London five years ago" / "had lived in Paris for three years" are two homes).
fn residence(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> Option<bool> {
    if !in_time_units(a) || !in_time_units(b) {
        return None;
    }
    // The unit, then "ago".
    if ca.word(next_token(a, ca) + 1) != Some("ago") {
        return None;
    }
    let ib = first_token(b, cb);
    let after_for = cb.word_before(ib, 1) == Some("for")
        || (matches!(cb.word_before(ib, 1), Some("past" | "last"))
            && cb.word_before(ib, 2) == Some("the")
            && cb.word_before(ib, 3) == Some("for"));
    if !after_for {
        return None;
    }
    let moved_to = residence_place(a, ca, MOVES)?;
    let lived_in = residence_place(b, cb, LIVING)?;
    Some(moved_to.iter().any(|w| lived_in.contains(w)))
}

/// The word that makes a count a stretch of a sequence: "the first eight points", "the last
/// three games", "the past two days".
fn stretch<'a>(q: &Quantity, c: &'a Claim) -> Option<&'a str> {
    let i = first_token(q, c);
    let prev = c.tokens.get(i.checked_sub(1)?)?.norm.as_str();
    matches!(
        prev,
        "first" | "last" | "final" | "next" | "past" | "previous" | "opening" | "closing"
    )
    .then_some(prev)
}

/// A bare count set off by commas after a name or noun is an age: "his mother, 58, and his
/// sister, 20, were found dead" counts no one.
fn age(q: &Quantity, c: &Claim) -> bool {
    let (before, after) = (&c.doc.text[..q.start], &c.doc.text[q.end..]);
    q.kind == QuantityKind::Count
        && q.context.is_empty()
        && before.trim_end().ends_with(',')
        && after.trim_start().starts_with([',', ')'])
}

/// A count joined by a dash to another figure is a score or a range ("a 13-3 halftime lead",
/// "the Chiefs (2-13)"), one joined by a colon is a clock ("with 14:05 left"), one joined by a
/// slash a fraction or ratio: not a count of anything.
fn score(q: &Quantity, c: &Claim) -> bool {
    let (before, after) = (&c.doc.text[..q.start], &c.doc.text[q.end..]);
    let dash = ['-', '–', '—', ':'];
    // "41 / 2 months" (a tokenised 4½), "24/7": a figure of a fraction or ratio.
    let slash_after = after
        .trim_start()
        .strip_prefix('/')
        .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
    let slash_before = before
        .trim_end()
        .strip_suffix('/')
        .is_some_and(|r| r.trim_end().ends_with(|ch: char| ch.is_ascii_digit()));
    q.kind == QuantityKind::Count
        && (after
            .strip_prefix(dash)
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
            || before
                .strip_suffix(dash)
                .is_some_and(|r| r.ends_with(|ch: char| ch.is_ascii_digit()))
            || slash_after
            || slash_before)
}

/// What happened to what a count counts ("people killed"), with the words for one outcome
/// joined: "killed" for killed, dead, died (`outcomes::outcome`).
fn outcome(q: &Quantity, c: &Claim) -> Option<&'static str> {
    let (i, next) = (first_token(q, c), next_token(q, c));
    outcomes::outcome(&c.tokens[..i], &c.tokens[next..], q.context.len())
}

/// Stems of nouns that name no particular group: "seven others", "12 people".
const GENERIC: &[&str] = &["individu", "other", "peopl", "person"];

/// The stems of `OUTCOMES`, stemmed once.
static OUTCOME_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    OUTCOMES
        .iter()
        .map(|o| crate::document::tokens::stem(o))
        .collect()
});

/// Whether a stem is that of an outcome word ("miss" of "missing", "injur" of "injured").
fn outcome_stem(s: &str) -> bool {
    OUTCOME_STEMS.iter().any(|o| o == s)
}

/// A count followed by a verb of its own ("a dozen employees had been celebrating"): what is
/// said of it is not an outcome of the event.
fn predicated(q: &Quantity, c: &Claim) -> bool {
    c.tokens
        .get(next_token(q, c) + q.context.len())
        .is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "had" | "has" | "have" | "was" | "were" | "is" | "are"
            )
        })
}

/// Words after a count that must be shared for two counts without a noun to be compared.
const SAID_OF_SHARED: usize = 2;

/// Content stems of the words right after a count, up to the end of its clause: what the
/// statement says of what it counts.
fn said_of<'a>(q: &Quantity, c: &Claim<'a>) -> rustc_hash::FxHashSet<&'a str> {
    let i = first_token(q, c);
    let mut end = i + 1;
    while end < c.tokens.len() && end < i + 10 {
        let gap = &c.doc.text[c.tokens[end - 1].end..c.tokens[end].start];
        if gap.contains([',', ';', ':', '.']) {
            break;
        }
        end += 1;
    }
    c.window_stems(i + 1, end, usize::MAX)
}

/// Bound a figure sets: "at least 12", "more than 100" (lower), "fewer than 5" (upper).
#[derive(PartialEq)]
enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
}

fn bound(q: &Quantity, claim: &Claim) -> Bound {
    if more_after(q, claim) {
        return Bound::AtLeast;
    }
    if !q.approx {
        return Bound::Exact;
    }
    let i = first_token(q, claim);
    let word = |n: usize| claim.word_before(i, n).unwrap_or("");
    match (word(2), word(1)) {
        // "close to", "near to", "just under", "just over": approximators, not bounds.
        ("close" | "closer" | "near", "to") | ("just" | "slightly", _) => Bound::About,
        (_, "least" | "over" | "above") | ("more", "than") => Bound::AtLeast,
        ("less" | "fewer", "than") | ("up", "to") | (_, "under" | "below" | "within") => {
            Bound::AtMost
        }
        // The document model reads any "to" before a figure as "up to"; "rose to 7.5%" is exact.
        (_, "to") => Bound::Exact,
        _ => Bound::About,
    }
}

/// How many tokens after a count its "and … more" may close.
const MORE_WINDOW: usize = 12;

/// A count followed in its clause by "and … more" or "and others", or by "alone", is part of a
/// larger total: "killed 170,000 people in the province on Sumatra and tens of thousands more",
/// "killing 170,000 people in Sumatra alone" are at least 170,000.
fn more_after(q: &Quantity, claim: &Claim) -> bool {
    let Some(after) = claim.tokens.iter().position(|t| t.start >= q.end) else {
        return false;
    };
    let mut and = false;
    for (k, t) in claim.tokens[after..].iter().enumerate().take(MORE_WINDOW) {
        if k > 0 && claim.gap(after + k).contains([';', ':', '.']) {
            return false;
        }
        // "… and injuring more than 140" is another figure, not more of this one.
        let next = claim.tokens.get(after + k + 1).map(|n| n.norm.as_str());
        match t.norm.as_str() {
            "and" => and = true,
            "more" | "others" if and && next != Some("than") => return true,
            "alone" => return true,
            _ => {}
        }
    }
    false
}

/// Digits after the decimal point in a figure's text ("0.66" → 2); none for words.
fn decimals(q: &Quantity, c: &Claim) -> Option<i32> {
    let text = &c.doc.text[q.start..q.end];
    let digits: String = text
        .chars()
        .skip_while(|ch| !ch.is_ascii_digit())
        .take_while(|ch| ch.is_ascii_digit() || *ch == '.' || *ch == ',')
        .collect();
    if digits.is_empty() {
        return None;
    }
    Some(digits.split_once('.').map_or(0, |(_, d)| d.len() as i32))
}

/// The same figure with more or fewer decimals: "0.7 per cent" and "0.66 percent".
fn rounded(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> bool {
    let (Some(da), Some(db)) = (decimals(a, ca), decimals(b, cb)) else {
        return false;
    };
    let (coarse, fine, d) = if da <= db { (a, b, da) } else { (b, a, db) };
    // "3" for "3.4" drops a real part of the figure; "0.7" for "0.66" is the same figure. Only
    // small figures without scale words, whose value is their digits.
    if d == 0 || coarse.value >= 1000.0 || fine.value >= 1000.0 {
        return false;
    }
    let scale = 10f64.powi(d);
    ((fine.value * scale).round() - coarse.value * scale).abs() < 1e-6
}

/// A scale word the document model did not join ("1.1 millions", "$1.0 bn"): the same digits
/// a thousand, million or billion times apart.
fn unjoined_scale(a: f64, b: f64) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    lo > 0.0
        && [1e3, 1e6, 1e9]
            .iter()
            .any(|s| ((lo * s - hi) / hi).abs() < 1e-9)
}

/// Whether a figure counts minutes, hours, days, weeks, months or years (`hours_per`).
fn in_time_units(q: &Quantity) -> bool {
    q.context.first().is_some_and(|u| hours_per(u).is_some())
}

/// Hours in one unit of a duration, by the stem of the unit word.
pub(super) fn hours_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "minut" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 24.0 * 7.0,
        "month" => 24.0 * 30.0,
        "year" => 24.0 * 365.0,
        _ => return None,
    })
}

/// A count of a duration unit in hours: "two days" → 48, "48 hours" → 48.
fn duration_hours(q: &Quantity) -> Option<f64> {
    (q.kind == QuantityKind::Count)
        .then(|| q.context.first())
        .flatten()
        .and_then(|unit| hours_per(unit))
        .map(|h| q.value * h)
}

/// Whole numbers beyond what an `f64` holds exactly, compared digit by digit (`None` when
/// either is not one).
fn exact_order(a: &Quantity, b: &Quantity) -> Option<std::cmp::Ordering> {
    let (x, y) = (a.digits.as_ref()?, b.digits.as_ref()?);
    Some(x.len().cmp(&y.len()).then_with(|| x.cmp(y)))
}

/// What a measure measures, for a figure in one unit to be compared with one in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Length,
    Area,
    Weight,
}

/// A measured figure in the base unit of its dimension (metre, square metre, kilogram): "200
/// feet" is 61 metres, "15,800-square-metre" 15,800 square metres, "10 nautical miles"
/// 18,520 metres.
fn in_base(q: &Quantity) -> Option<(Dimension, f64)> {
    let words = || q.context.iter().take(2);
    let square = words().any(|w| w.starts_with("squar"));
    let nautical = words().any(|w| w.starts_with("nautic"));
    let length = |metres: f64| {
        if square {
            (Dimension::Area, metres * metres)
        } else {
            (Dimension::Length, metres)
        }
    };
    let (dimension, factor) = match q.measure()? {
        "kilometre" => length(1000.0),
        "metre" => length(1.0),
        "mile" if nautical => length(1852.0),
        "mile" => length(1609.344),
        "foot" => length(0.3048),
        "yard" => length(0.9144),
        "inch" => length(0.0254),
        "acre" => (Dimension::Area, 4046.856),
        "hectare" => (Dimension::Area, 10_000.0),
        "pound" => (Dimension::Weight, 0.453_592),
        "kilogram" => (Dimension::Weight, 1.0),
        "tonne" => (Dimension::Weight, 1000.0),
        _ => return None,
    };
    Some((dimension, q.value * factor))
}

/// The word of a measured figure's unit as written ("feet" of "200 feet").
fn unit_text<'a>(q: &Quantity, c: &Claim<'a>) -> &'a str {
    let j = next_token(q, c);
    (j..(j + 2).min(c.tokens.len()))
        .find(|&k| unit_of(&c.tokens[k].stem).is_some())
        .map_or("", |k| {
            c.text(Span::new(c.tokens[k].start, c.tokens[k].end))
        })
}

/// Whether two figures in two units measure one dimension ("about 200 feet" / "150 metres").
fn one_dimension(a: &Quantity, b: &Quantity) -> bool {
    matches!((in_base(a), in_base(b)), (Some((x, _)), Some((y, _))) if x == y)
}

/// Relative difference under which a figure and one in another unit are one amount converted:
/// a conversion is rounded ("60 miles (100 km)").
const CONVERTED: f64 = 0.1;

fn same_value(a: &Quantity, b: &Quantity) -> bool {
    exact_order(a, b).map_or(a.value == b.value, |o| o.is_eq())
}

fn compatible(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> bool {
    // Two huge figures that differ in a digit are two figures, not one rounded: only an
    // "about", "at least" or "at most" may make them compatible, compared exactly.
    if let Some(order) = exact_order(a, b)
        && order.is_ne()
    {
        use std::cmp::Ordering::{Greater, Less};
        let within = |q: &Quantity, c: &Claim, other: std::cmp::Ordering| match bound(q, c) {
            Bound::Exact => false,
            Bound::About => true,
            Bound::AtLeast => other == Greater,
            Bound::AtMost => other == Less,
        };
        return within(a, ca, order.reverse()) || within(b, cb, order);
    }
    // The same duration in other units: "two days" / "48 hours", "a fortnight" aside.
    if let (Some(ha), Some(hb)) = (duration_hours(a), duration_hours(b))
        && (ha - hb).abs() <= ROUNDING * ha.max(hb)
    {
        return true;
    }
    // One amount in two units is compared in the base unit, a conversion being rounded: "the
    // 15,800-square-metre building" / "the 170,000-square-foot building", "about 135
    // kilometers" / "about 85 miles"; not "about 200 feet" / "about 150 metres".
    let converted = if a.measure() == b.measure() {
        None
    } else {
        in_base(a).zip(in_base(b)).map(|((_, x), (_, y))| (x, y))
    };
    let (va, vb) = converted.unwrap_or((a.value, b.value));
    let rel = (va - vb).abs() / va.abs().max(vb.abs()).max(1e-9);
    let written_alike = || rounded(a, ca, b, cb) || unjoined_scale(a.value, b.value);
    if converted.map_or(rel <= ROUNDING || written_alike(), |_| rel <= CONVERTED) {
        return true;
    }
    let within = |q: &Quantity, c: &Claim, mine: f64, other: f64| match bound(q, c) {
        Bound::Exact => false,
        Bound::About => rel <= APPROXIMATE,
        Bound::AtLeast => other >= mine,
        Bound::AtMost => other <= mine,
    };
    within(a, ca, va, vb) || within(b, cb, vb, va)
}

fn note(a: &Quantity, ca: &Claim, b: &Quantity, cb: &Claim) -> String {
    let (ta, tb) = (
        ca.doc.text[a.start..a.end].trim(),
        cb.doc.text[b.start..b.end].trim(),
    );
    match a.kind {
        QuantityKind::Money => format!("different amount: {ta} vs {tb}"),
        QuantityKind::Percent => format!("different percentage: {ta} vs {tb}"),
        QuantityKind::Ordinal => format!("different rank or order: {ta} vs {tb}"),
        _ if magnitude(a, ca) && magnitude(b, cb) => format!("different magnitude: {ta} vs {tb}"),
        // Two units: each figure with its own ("200 feet vs 150 metres").
        _ if a.measure() != b.measure() => format!(
            "different measure: {ta} {} vs {tb} {}",
            unit_text(a, ca),
            unit_text(b, cb)
        ),
        _ if let Some(scale) = rating(a, ca) => format!("different {scale}: {ta} vs {tb}"),
        // The unit as the side of living writes it: "for the past three years".
        _ if let Some((q, c)) = (residence(a, ca, b, cb) == Some(true))
            .then_some((b, cb))
            .or_else(|| (residence(b, cb, a, ca) == Some(true)).then_some((a, ca))) =>
        {
            let unit = c.word(next_token(q, c)).unwrap_or("years");
            format!("different number of {unit} lived there: {ta} vs {tb}")
        }
        _ => {
            // The last token of the figure ("four and a half"): what it counts comes after.
            let i = ca
                .tokens
                .iter()
                .rposition(|t| t.start < a.end)
                .unwrap_or_else(|| first_token(a, ca));
            // The context skips "of" ("60-day state of emergency" counts day, state,
            // emergency): take tokens until every context word is in, "of" kept between them.
            let mut counted: Vec<&str> = Vec::new();
            let mut words = 0;
            // A unit glued to the figure is its first word: "70mph".
            if let Some(unit) = crate::document::numbers::glued_unit(&ca.tokens[i].norm) {
                counted.push(unit);
                words += 1;
            }
            for t in ca.tokens.iter().skip(i + 1) {
                if words == a.context.len() {
                    break;
                }
                if t.norm != "of" {
                    words += 1;
                }
                counted.push(&ca.doc.text[t.start..t.end]);
            }
            // What is counted is a noun and the nouns after it: "shots shortly before 9 a.m."
            // counts shots, "boats capsized" boats ("of" may join two: "state of emergency");
            // "weeks ago" is an offset, its "ago" says so.
            let noun = |w: &&str| {
                let w = w.to_lowercase();
                crate::language::kinds::noun_kinds(&w) != 0
                    || matches!(w.as_str(), "ago" | "later" | "earlier")
            };
            let nouns = counted
                .iter()
                .skip(1)
                .take_while(|w| **w == "of" || noun(w))
                .count();
            // A measure describes what follows its unit ("a 35-yard TD run", "the 15-year-old
            // girl", "100 yard defensive touchdown"): all of it is kept.
            if !a.years_old() && a.measure().is_none() {
                counted.truncate(1 + nouns);
            }
            if counted.len() > 1 && counted.last() == Some(&"of") {
                counted.pop();
            }
            // A name is told whole: "miles north of Santa Rosa", not "of Santa".
            let last = i + counted.len();
            if let Some(name) = ca.name_at(last) {
                let rest = (last + 1..ca.tokens.len())
                    .take_while(|&k| ca.name_at(k).is_some_and(|n| std::ptr::eq(n, name)));
                counted.extend(rest.map(|k| &ca.doc.text[ca.tokens[k].start..ca.tokens[k].end]));
            }
            let taken = counted.len();
            // "4 missing": the counted word is the outcome already.
            let named = counted
                .iter()
                .any(|w| OUTCOMES.contains(&w.to_lowercase().as_str()));
            let outcome = ca
                .tokens
                .iter()
                .skip(i + 1 + taken)
                .take(if named { 0 } else { 3 })
                .find(|t| OUTCOMES.contains(&t.norm.as_str()))
                .map(|t| format!(" {}", t.norm))
                .unwrap_or_default();
            if counted.is_empty() {
                // "two were treated …": the count stands for its noun.
                let said: Vec<&str> = ca
                    .tokens
                    .iter()
                    .skip(i + 1)
                    .take(4)
                    .map(|t| &ca.doc.text[t.start..t.end])
                    .collect();
                format!("different number ({ta} {} …): {ta} vs {tb}", said.join(" "))
            } else {
                format!(
                    "different number of {}{outcome}: {ta} vs {tb}",
                    counted.join(" ")
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn statistics_of_two_kinds_are_two_totals() {
        for (a, b) in [
            (
                "Thomas had 102 yards from scrimmage and a touchdown in the win.",
                "Thomas rushed for 63 yards and scored in the win.",
            ),
            (
                "He finished rushing for 404 yards and two touchdowns.",
                "He also had 440 yards and four touchdowns receiving.",
            ),
            (
                "He scored six touchdowns on offense and three more on punt returns.",
                "He also had 440 yards and four touchdowns receiving.",
            ),
        ] {
            assert!(
                !notes(a, b)
                    .iter()
                    .any(|n| n.contains("touchdowns") || n.contains("63")),
                "{a} / {b}: {:?}",
                notes(a, b)
            );
        }
        // One kind, or none said, is compared.
        for (a, b) in [
            (
                "Wayne caught six passes for 80 yards.",
                "Wayne had seven catches for 95 yards.",
            ),
            (
                "Thomas rushed for 102 yards in the win.",
                "Thomas had 120 yards in the win.",
            ),
            (
                "He scored six touchdowns on offense.",
                "He scored five touchdowns on offense.",
            ),
        ] {
            assert!(!notes(a, b).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn statistics_of_no_one_named_on_both_sides_are_two_players() {
        for (a, b) in [
            (
                "He has also caught eight passes for 66 yards this season.",
                "Bush caught 52 passes for 440 yards this season.",
            ),
            (
                "He has 53 catches for 605 yards and five touchdowns.",
                "Peyton Manning completed 29 passes for 364 yards and three touchdowns.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Someone named on both sides: one player's figures.
        assert_eq!(
            notes(
                "Manning has 53 catches for 605 yards.",
                "Peyton Manning caught 53 passes for 364 yards."
            ),
            ["different number of yards: 605 vs 364"]
        );
    }

    #[test]
    fn two_polls_are_two_measures() {
        assert!(
            notes(
                "An opinion poll for the respected Kathimerini newspaper found that 68 per cent of Greeks believe the government mishandled the crisis.",
                "An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks were unhappy with the government."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "An opinion poll for the Kathimerini newspaper found that 68 per cent of Greeks believe the government mishandled the crisis.",
                "A Kathimerini poll said 73 percent of Greeks believe the government mishandled the crisis."
            )
            .len(),
            1
        );
    }

    #[test]
    fn time_served_and_a_sentence_are_two_measures() {
        assert!(
            notes(
                "He served four months in federal prison for obstructing justice.",
                "He was sentenced to one to three years, with all but six months suspended."
            )
            .is_empty()
        );
        // Two sentences, or time served twice, are compared.
        for (a, b) in [
            (
                "He was sentenced to 2 years, with 9 months to serve in that case.",
                "Gomes served 9 months of a 2-1/2 year sentence.",
            ),
            (
                "LaRue served four and a half months in prison.",
                "He served four months in federal prison.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn statistics_over_two_spans_are_two_totals() {
        for (a, b) in [
            (
                "In the win over the Falcons on Sunday, Thomas rushed for 63 yards and scored a touchdown.",
                "Last season Thomas led the team in rushing, posting 793 total yards in 14 games.",
            ),
            (
                "An ankle injury limited him to only six games this season.",
                "Last season Thomas led the Saints in rushing in 14 games.",
            ),
            (
                "Bell has rushed for only 150 yards this season.",
                "Bell finished his college career with 918 yards receiving.",
            ),
            (
                "He has 189 rushing yards and two touchdowns in his last two games.",
                "He rushed for 404 yards and two touchdowns this season.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Over one span, or with none said, they are compared.
        for (a, b) in [
            (
                "Thomas rushed for 793 yards last season.",
                "Thomas ran for 812 yards last season.",
            ),
            (
                "Thomas rushed for 102 yards in the win.",
                "Thomas ran for 120 yards in the win.",
            ),
            (
                "McDermott now has 2,029 points in 106 games as a Bluejay.",
                "McDermott now has 2,129 points.",
            ),
            (
                "He missed 10 games of an injury-plagued 2010 season.",
                "He missed nine games this season.",
            ),
            (
                "He missed nine games before coming back for the late-season finale.",
                "He missed 10 games.",
            ),
            (
                "Clark finished the win with a career-high 25 points.",
                "Clark finished with 22 points in the win.",
            ),
            (
                "He has 189 rushing yards in his last two games.",
                "He has 198 rushing yards over his last two games.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn an_age_is_no_stretch_of_time() {
        let term = "Polygamist leader Warren Jeffs was sentenced to life in prison plus 20 years for assaulting two girls.";
        for age in [
            "The 55-year-old leader of the church was charged with assaulting two girls.",
            "The 55-year older leader of the church was charged with assaulting two girls.",
        ] {
            assert!(notes(age, term).is_empty(), "{age}: {:?}", notes(age, term));
        }
        // A prison term against another term still differs.
        assert_eq!(
            notes(
                "Jeffs was sentenced to life in prison plus 25 years for assaulting two girls.",
                term
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_count_told_as_later_is_of_another_moment() {
        let first =
            "The boy was among a group of 30 youths that had thrown stones at the police car.";
        for later in [
            "But later, about 100 youths hurled petrol bombs and stones at the police station.",
            "Later that night, some 100 youths threw stones at the police station.",
        ] {
            assert!(
                notes(first, later).is_empty(),
                "{later}: {:?}",
                notes(first, later)
            );
        }
        // Both later, or neither: one moment's counts still differ.
        for (a, b) in [
            (
                "Later, about 100 youths threw stones at the police station.",
                "Later, some 300 youths threw stones at the police station.",
            ),
            (
                "About 100 youths threw stones at the police station.",
                "Police said 30 youths threw stones at the police station later.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn counts_of_statements_dated_apart_are_two_events() {
        for (a, b) in [
            (
                "He died while serving a 12-year sentence imposed in 1997.",
                "After serving five years on the 1964 fraud conviction, he went back to crime.",
            ),
            (
                "In March, five cables in the region were cut.",
                "Three cables were cut in the region on Friday.",
            ),
            (
                "Four bridges collapsed in the October floods.",
                "Seven bridges collapsed in the floods of May.",
            ),
            // A statement of two years dates each count by its own clause: the tsunami's
            // toll is 2004's, not 2002's.
            (
                "The tremors revived memories of the quakes that hit the city in 2002, as well as the tsunami that killed 168,000 people in the province in 2004.",
                "The last quakes in the city struck on Oct. 10, 2002, the largest of magnitude 7.6, killing three people.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // One year, or only one side dated: one event's counts still differ; an age is no
        // count of an event.
        for (a, b) in [
            (
                "Five cables were cut in 2008.",
                "Three cables were cut in 2008.",
            ),
            (
                "In March, five cables in the region were cut.",
                "Three cables in the region were cut.",
            ),
            (
                "The 27-year-old driver was charged in April.",
                "The 26-year-old driver goes on trial in June.",
            ),
            (
                "The tremors revived memories of the quakes that hit the city in 2002, as well as the tsunami that killed 168,000 people in the province in 2004.",
                "The 2004 tsunami killed 230,000 people in the province.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn figures_beyond_double_precision_that_differ_in_a_digit_disagree() {
        let (a, b) = (
            "The fund lost 99999999999999999999999 dollars last year.",
            "The fund lost 99999999999999999999998 dollars last year.",
        );
        assert_eq!(notes(a, b).len(), 1, "{:?}", notes(a, b));
        assert!(notes(a, a).is_empty());
        // Separators and leading zeros are writing, not digits.
        let c = "The fund lost 99,999,999,999,999,999,999,999 dollars last year.";
        assert!(notes(a, c).is_empty(), "{:?}", notes(a, c));
        // "at least" the smaller figure covers the larger, exactly.
        let least = "The fund lost at least 99999999999999999999998 dollars last year.";
        assert!(notes(least, a).is_empty(), "{:?}", notes(least, a));
        let least = "The fund lost at least 99999999999999999999999 dollars last year.";
        assert_eq!(notes(least, b).len(), 1, "{:?}", notes(least, b));
    }

    #[test]
    fn a_part_of_what_someone_has_is_no_count_of_the_whole() {
        let whole = "Ortiz had 11 points, 11 rebounds and six blocked shots in the win.";
        for part in [
            "Six of his points and five of his rebounds came after Ortiz got roughed up in the win.",
            "Ortiz scored five of Creighton's first eight points in the win.",
            "Ortiz scored the first eight points in the win.",
        ] {
            assert!(
                notes(part, whole).is_empty(),
                "{part}: {:?}",
                notes(part, whole)
            );
        }
        // A part of a set counted after it is no toll: "10 the number of Israelis who have
        // been killed" counts all, "Three of the four" some of those killed by friendly fire.
        let all = "Five soldiers died on Wednesday, bringing to 10 the number of soldiers who have been killed.";
        let some = "Three of the four soldiers killed by friendly fire died when a tank fired on a building.";
        assert!(notes(all, some).is_empty(), "{:?}", notes(all, some));
        // Two such parts are still compared.
        assert_eq!(
            notes(
                some,
                "Two of the four soldiers killed by friendly fire died when a tank fired on a building."
            )
            .len(),
            1
        );
        // A part of a group is still a count of those it names.
        assert_eq!(
            notes(
                "Two of the men were treated for hypothermia.",
                "Three men were treated for hypothermia."
            )
            .len(),
            1
        );
        // Two stretches of one kind are compared.
        assert_eq!(
            notes(
                "He scored the first eight points of the game.",
                "He scored the first six points of the game."
            )
            .len(),
            1
        );
        // Two parts of what someone has are compared.
        assert_eq!(
            notes(
                "Five of his rebounds came in the second half.",
                "Seven of his rebounds came in the second half."
            )
            .len(),
            1
        );
    }

    #[test]
    fn counts_said_of_two_people_are_not_one() {
        let (a, b) = (
            "Artino, whose role has grown this season, had a career-high 14 points and six rebounds.",
            "Will Artino scored 14 points off the bench and Gregory Echenique had 11 points and 11 rebounds.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // Neither side names the other's player.
        let (a, b) = (
            "Point guard Ty Lawson also chipped in 16 points for the Tar Heels.",
            "Hansbrough scored 20 points to help the Tar Heels remain unbeaten.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        assert_eq!(
            notes(
                "Hansbrough also chipped in 16 points for the Tar Heels.",
                "Tyler Hansbrough scored 20 points to help the Tar Heels remain unbeaten."
            ),
            ["different number of points: 16 vs 20"]
        );
        // A place opening the sentence, or another verb, makes no holder.
        assert_eq!(
            notes(
                "Millions across the Middle East and Asia lost access after two undersea cables were damaged.",
                "Parts of Asia, the Middle East, and Europe had outages when three undersea cables were damaged."
            ),
            ["different number of undersea cables: two vs three"]
        );
        // Said of one person, they are one count.
        assert_eq!(
            notes(
                "Artino had a career-high 14 points and six rebounds.",
                "Will Artino scored 14 points and had nine rebounds off the bench."
            ),
            ["different number of rebounds: six vs nine"]
        );
    }

    #[test]
    fn a_toll_over_a_wide_area_and_one_of_a_place_are_two_counts() {
        for (a, b) in [
            (
                "The flood killed 8,000 people across the region in 1998.",
                "Some 5,200 people were killed in Marovia's Delta province by the flood.",
            ),
            (
                "The storm left 12,000 people dead and missing in several provinces.",
                "The storm killed 7,000 people in Luzon and nearby islands.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Two tolls of one place, or of one wide area, are one count told two ways; a place's
        // above the wide area's is another figure.
        for (a, b) in [
            (
                "The flood killed 4,000 people across the region.",
                "The flood killed 5,200 people in Marovia's Delta province.",
            ),
            (
                "The flood killed 8,000 people across the region.",
                "The flood killed 6,500 people throughout the region.",
            ),
            (
                "The flood killed 5,200 people in Marovia's Delta province.",
                "The flood killed 4,800 people in Delta province.",
            ),
            (
                "The flood killed 8,000 people across the region.",
                "The flood killed 6,500 people.",
            ),
            // Not tolls: where the things counted run, not where they were counted.
            (
                "Phone lines were disrupted after three undersea cables were damaged in the Mediterranean.",
                "The main damage is to the four submarine cables running across the Mediterranean.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn figures_far_apart_count_different_scopes() {
        for (a, b) in [
            (
                "McDermott finished with 23 points against Indiana State.",
                "McDermott became the all-time leader with 2,117 points against Indiana State.",
            ),
            (
                "The quake damaged more than 300 houses in Aceh, said Sutopo.",
                "At least 10 houses were damaged in Takengon, said Sutopo.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Two tolls of one outcome, and two amounts, are compared however far apart.
        for (a, b) in [
            (
                "One person was killed in the quake, officials said.",
                "Thirty people were killed in the quake, officials said.",
            ),
            (
                "HP agreed to buy EYP for $1 billion.",
                "HP agreed to buy EYP for $10 million.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}: {:?}", notes(a, b));
        }
        // Within the ratio they are one count told two ways.
        assert_eq!(
            notes(
                "The quake damaged 30 houses in Aceh.",
                "The quake damaged 300 houses in Aceh."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_game_clock_is_no_duration() {
        assert!(
            notes(
                "Clark caught a touchdown pass with 12 minutes, 31 seconds remaining.",
                "Ratliff returned a pass for a touchdown with 4 minutes 48 seconds remaining.",
            )
            .is_empty()
        );
        assert!(
            notes(
                "The key play came with 10 minutes left in the fourth quarter.",
                "The key play came with two minutes to play in the fourth quarter.",
            )
            .is_empty()
        );
        // A duration that is no clock still counts.
        assert_eq!(
            notes(
                "The officers searched the building for 12 minutes.",
                "The officers searched the building for four minutes."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_set_apart_or_a_time_offset_is_no_count_of_the_whole() {
        let pairs = [
            (
                "Police said Gray has four prior arrests.",
                "Police said over 50 arrests were made.",
            ),
            (
                "Officials found two additional victims.",
                "Officials found five victims.",
            ),
            (
                "Seven men of the sect have been tried and convicted of sexual assault.",
                "Eleven other men of the sect were charged with sexual assault.",
            ),
            (
                "The attack came one day after bombings in the region.",
                "Many walked at least seven days to flee bombings in the region.",
            ),
            (
                "It took another six years for the family to win the case in court.",
                "The case kept the family in court for 30 years.",
            ),
        ];
        for (a, b) in pairs {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // The whole a part is counted of is not compared with the part; the part is.
        let found = notes(
            "Thomas suffered through an injury-plagued season, missing 10 of the Saints' 16 games with an ankle sprain.",
            "Thomas missed nine games this season because of the injury.",
        );
        assert!(!found.iter().any(|n| n.contains("16")), "{found:?}");
        let found = notes(
            "Thomas missed 10 of the Saints' 16 games with an ankle sprain.",
            "Thomas missed nine games with an ankle sprain.",
        );
        assert!(
            found.len() == 1 && found[0].ends_with("10 vs nine"),
            "{found:?}"
        );
        // Two offsets, or two sets apart, are compared.
        for (a, b) in [
            (
                "She married him three weeks before he was killed.",
                "She married him two weeks before he was killed.",
            ),
            (
                "Gray has four prior arrests.",
                "Gray has six prior arrests.",
            ),
            (
                "Eleven other men were charged.",
                "Nine other men were charged.",
            ),
            (
                "The storm killed another 12 people overnight.",
                "The storm killed another nine people overnight.",
            ),
            (
                "Thomas missed 10 of the Saints' 16 games.",
                "Thomas missed 10 of the Saints' 14 games.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn a_conversion_in_brackets_is_not_compared() {
        assert!(
            notes(
                "The quake struck at a depth of 10 kilometers (six miles).",
                "The quake struck at a depth of 10 kilometres (6.2 miles).",
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "The quake struck at a depth of 10 kilometers (six miles).",
                "The quake struck at a depth of 15 kilometers (9.3 miles).",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_rate_is_not_a_total() {
        assert!(
            notes(
                "The rookie averaged 5.2 yards a carry.",
                "He finished with 6,728 yards rushing."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "The rookie averaged 5.2 yards a carry.",
                "The rookie averaged 4.1 yards a carry."
            )
            .len(),
            1
        );
    }

    #[test]
    fn others_of_an_outcome_against_others_of_nothing_told() {
        let wounded = "The men are accused of killing Horton, 34, and wounding two others.";
        let cared = "Her mother is caring for five of the children while their father is \
                     looking after seven others.";
        assert!(notes(wounded, cared).is_empty());
        // Others wounded on both sides still differ.
        assert_eq!(
            notes(
                wounded,
                "The men are accused of killing Horton and wounding seven others."
            ),
            ["different number of others: two vs seven"]
        );
    }

    #[test]
    fn a_growth_rate_is_not_a_share() {
        // "at a rate of 50% daily" tells how fast, "1 per cent of PC users" how many.
        for rate in [
            "The number of PC users hit by the flaw was increasing at a rate of 50%.",
            "The number of PC users hit by the flaw was increasing 50% daily.",
        ] {
            let share = "Less than 1 per cent of PC users have been hit by the flaw.";
            assert!(notes(share, rate).is_empty(), "{rate}");
        }
        // Two rates of one growth still differ.
        assert_eq!(
            notes(
                "The number of PC users hit by the flaw was increasing at a rate of 5% daily.",
                "The number of PC users hit by the flaw was increasing at a rate of 8% daily.",
            ),
            ["different percentage: 5% vs 8%"]
        );
    }

    #[test]
    fn a_figure_given_of_something_else_does_not_hide_a_difference() {
        assert_eq!(
            notes(
                "They said that four bombs were dropped but caused no casualties.",
                "Five bombs were dropped, of which four exploded.",
            ),
            ["different number of bombs: four vs Five"]
        );
        // A part that tells what the other side's figure counts still gives it.
        assert!(
            notes(
                "The Colts gave up 507 total yards, 352 of them on the ground.",
                "Despite rushing for 352 yards, the Chiefs lost to the Colts.",
            )
            .is_empty()
        );
        for part in ["four of which exploded", "four of them exploded"] {
            assert_eq!(
                notes(
                    &format!("Five bombs were dropped on the camp, {part}, the official said."),
                    "Four bombs were dropped on the camp, the official said.",
                ),
                ["different number of bombs: Five vs Four"],
                "{part}"
            );
        }
        assert_eq!(
            notes(
                "He was married two weeks ago.",
                "He was wed about three weeks ago and leaves two sons.",
            ),
            ["different number of weeks ago: two vs three"]
        );
        // The same figure of nothing named, or of the same thing, is given too.
        assert!(
            notes(
                "Growth was cut to 1.1% from 1.4%.",
                "Growth of 1.4 per cent."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_part_of_a_figure_is_not_another_figure() {
        for part in ["half of it", "a quarter of it"] {
            let whole = if part.starts_with("half") {
                "four"
            } else {
                "eight"
            };
            assert!(
                notes(
                    "Two years of the sentence were suspended.",
                    &format!("He was handed a {whole}-year term, {part} suspended."),
                )
                .is_empty(),
                "{part}"
            );
        }
        assert_eq!(
            notes(
                "Three years of the sentence were suspended.",
                "He was handed a four-year term, half of it suspended.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_figure_in_a_name_or_a_date_is_no_count() {
        for (a, b) in [
            (
                "It has Nvidia GeForce GT 650m graphics and 7 hours of battery life.",
                "It has integrated Intel HD 4000 graphics and 7 hours of battery life.",
            ),
            (
                "He was convicted of one count of attempted murder.",
                "The complaint covered the June 24 murder of the deputy.",
            ),
            (
                "Two hotels collapsed in the Jan. 4 quakes.",
                "A nurse said she had treated 20 quake victims.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // A count at the start of a sentence is still a count.
        assert_eq!(notes("Five people died.", "Six people died.").len(), 1);
        // A span of time after a name is a span.
        assert_eq!(
            notes(
                "She returned to Millom with John 12 weeks ago.",
                "They had moved back to Millom around six weeks ago.",
            ),
            ["different number of weeks ago: 12 vs six"]
        );
    }

    #[test]
    fn a_rating_is_compared_on_its_own_scale() {
        assert_eq!(
            notes(
                "The storm made landfall as a Category 4 hurricane on Sunday.",
                "The storm made landfall as a Category 3 hurricane on Sunday.",
            ),
            ["different category: 4 vs 3"]
        );
        assert_eq!(
            notes(
                "The terror threat was raised to level 4 on Monday.",
                "The terror threat was raised to Level 3 on Monday.",
            ),
            ["different level: 4 vs 3"]
        );
        for (a, b) in [
            (
                "The storm made landfall as a Category 4 hurricane.",
                "The storm made landfall as a Category 4 hurricane.",
            ),
            // Two scales, or a rating and a count.
            (
                "The storm made landfall as a Category 4 hurricane.",
                "Officials issued a level 3 warning as the storm made landfall.",
            ),
            (
                "The storm made landfall as a category 4 hurricane.",
                "Three hurricanes made landfall this year.",
            ),
            // Upgraded from one rating to the other.
            (
                "The storm was upgraded from Category 3 to Category 4 on Sunday.",
                "The storm became a Category 4 hurricane on Sunday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_figure_of_a_fraction_is_no_count() {
        assert!(
            notes(
                "He served 41 / 2 months in federal prison for conspiracy.",
                "He served four months in federal prison for conspiracy."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_game_clock_is_no_count() {
        assert!(
            notes(
                "He banked in a turnaround shot with 7:41 left in the first half.",
                "He wound up with 20 points after the shot with 7:42 left in the first half."
            )
            .is_empty()
        );
    }

    #[test]
    fn scores_and_the_same_unit_of_other_things_are_not_compared() {
        assert!(
            notes(
                "The Colts took a 13-3 halftime lead thanks to Butler returning an interception.",
                "Quinn threw a pick six to Butler returning the interception for a touchdown.",
            )
            .is_empty()
        );
        assert!(
            notes(
                "Charles opened the half with an 86-yard touchdown run.",
                "Charles ran for 226 yards rushing, a club record.",
            )
            .is_empty()
        );
        // The same unit of the same thing is compared.
        assert_eq!(
            notes(
                "He finished with 716 yards rushing.",
                "He finished with 812 yards rushing.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_count_with_more_after_it_is_a_part() {
        assert!(
            notes(
                "The tsunami killed 230,000 people across Asia.",
                "The tsunami killed 170,000 people in the province and tens of thousands more abroad.",
            )
            .is_empty()
        );
        // Further off, and with "alone".
        for part in [
            "A quake struck off Aceh, sparking a tsunami that killed 170,000 people in the province on Sumatra and tens of thousands more in countries around the Indian Ocean.",
            "Aceh was hit hard by the quake and tsunami, killing 170,000 people in Sumatra alone.",
        ] {
            assert!(
                notes("The tsunami killed about 230,000 people across Asia.", part).is_empty(),
                "{part}"
            );
        }
        // "and … more than" gives another figure.
        assert_eq!(
            notes(
                "A magnitude 6.8 earthquake struck southern Peru early on Thursday, killing 23 people and injuring more than 140, the national civil defence institute said.",
                "At least 31 people were killed and about 150 hurt when a powerful earthquake shook the south of Peru in the early hours of Thursday, officials said.",
            )
            .len(),
            1
        );
        // A total below the part is still another figure.
        for part in [
            "The tsunami killed 170,000 people in the province and tens of thousands more abroad.",
            "The tsunami killed 170,000 people in Sumatra alone.",
        ] {
            assert_eq!(
                notes("The tsunami killed 130,000 people across Asia.", part).len(),
                1,
                "{part}"
            );
        }
    }

    #[test]
    fn a_count_with_an_outcome_and_one_with_another_predicate_are_other_people() {
        assert!(
            notes(
                "At least a dozen employees had been celebrating when the gunman entered.",
                "A laid off employee opened fire at the party, killing one male employee.",
            )
            .is_empty()
        );
        // "two of them had died" counts the dead.
        assert_eq!(
            notes(
                "Officials said 38 people had been infected and that two of them had died.",
                "The outbreak has now killed three people, officials confirmed.",
            )
            .len(),
            1
        );
        // A part of a group named by its outcome is not that outcome.
        assert!(
            notes(
                "A medical source said that three of the wounded were in critical condition.",
                "Two soldiers were killed, while more than ten others were wounded.",
            )
            .is_empty()
        );
        // The outcome before the count is read: the same outcome is compared.
        assert_eq!(
            notes(
                "The gunman opened fire at the party, killing two employees.",
                "Three employees were killed at the party.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_count_named_by_its_outcome_is_compared_with_one_of_no_particular_noun() {
        assert_eq!(
            notes(
                "The toll stands at 12 dead, 4 missing and 27 injured.",
                "At least twelve people died and seven others are still missing after the storm."
            ),
            ["different number of missing: 4 vs seven"]
        );
        // Another outcome is not the same count.
        for (a, b) in [
            (
                "The toll stands at 12 dead and 4 missing.",
                "Seven others were injured in the storm.",
            ),
            (
                "The toll stands at 12 dead and 4 missing.",
                "Seven others were rescued after the storm.",
            ),
            (
                "Police found two women dead in the house.",
                "His mother, 58, and his sister, 20, were found dead.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_note_names_what_is_counted_by_its_nouns() {
        for (a, b, note) in [
            (
                "Witnesses heard three shots shortly before 9 a.m.",
                "Witnesses heard two shots at around 9 a.m.",
                "different number of shots: three vs two",
            ),
            (
                "Two boats capsized off the coast on Monday.",
                "Three boats capsized off the coast on Monday.",
                "different number of boats: Two vs Three",
            ),
            // Nouns joined by "of" stay; so does what follows a unit.
            (
                "The president declared a 60-day state of emergency in the region.",
                "The president declared a 90-day state of emergency in the region.",
                "different number of day state of emergency: 60 vs 90",
            ),
            (
                "He scored on a 35-yard interception return in the third quarter.",
                "He scored on a 53-yard interception return in the third quarter.",
                "different number of yard interception return: 35 vs 53",
            ),
            (
                "He returned it for a 100 yard defensive touchdown.",
                "He returned it for an 80 yard defensive touchdown.",
                "different number of yard defensive touchdown: 100 vs 80",
            ),
            (
                "Police found the 15-year-old girl in the woods.",
                "Police found the 13-year-old girl in the woods.",
                "different number of year old girl: 15 vs 13",
            ),
        ] {
            assert_eq!(notes(a, b), [note], "{a} / {b}");
        }
    }

    #[test]
    fn two_magnitudes_of_one_quake_differ_however_written() {
        let fact = "An earthquake of magnitude 6.1 struck southern Iran on Tuesday.";
        for other in [
            "An earthquake with a magnitude of 5.9 hit southern Iran on Tuesday.",
            "The quake, which measured 5.9, struck southern Iran on Tuesday.",
            "The quake struck southern Iran on Tuesday, registering 5.9 on the Richter scale.",
            "A 5.9-magnitude quake struck southern Iran on Tuesday.",
            "Iran's seismological centre said the magnitude was 5.9.",
            "The US Geological Survey put the magnitude at 5.9.",
        ] {
            assert_eq!(
                notes(fact, other),
                ["different magnitude: 6.1 vs 5.9"],
                "{other}"
            );
        }
        assert_eq!(
            notes(
                "A magnitude 6.1 earthquake struck southern Iran.",
                "A magnitude 5.9 earthquake struck southern Iran."
            ),
            ["different magnitude: 6.1 vs 5.9"]
        );
        for (a, b) in [
            // One magnitude written two ways.
            (
                fact,
                "A 6.1-magnitude quake struck southern Iran on Tuesday.",
            ),
            // Magnitudes a unit apart are two quakes'.
            (
                "The strong 6.1-magnitude quake rocked a region devastated by the tsunami of 2004.",
                "The 2004 tsunami was triggered by a massive 9.1-magnitude quake in the region.",
            ),
            // An aftershock's magnitude is another quake's.
            (
                fact,
                "An aftershock of magnitude 5.2 struck southern Iran on Tuesday.",
            ),
            (
                "A magnitude 5.2 aftershock struck southern Iran on Tuesday.",
                "A magnitude 6.1 quake struck southern Iran on Tuesday.",
            ),
            // A measure with its unit, or a count, is no magnitude.
            (
                "The wave measured 5.9 metres when it struck the coast.",
                "The wave struck the coast, the quake measuring 6.1.",
            ),
            (
                "Inspectors measured 5 cracks in the dam after the quake.",
                "The quake measured 5.9, inspectors said.",
            ),
            (
                "The quake, which measured 6.1, killed 5 people.",
                "The quake killed 6 people.",
            ),
        ] {
            let n = notes(a, b);
            assert!(
                n.iter().all(|n| !n.contains("magnitude")),
                "{a} / {b}: {n:?}"
            );
        }
    }

    #[test]
    fn a_measure_joined_to_its_unit_is_compared_only_with_one_of_the_same_thing() {
        for (a, b) in [
            (
                "Ratliff scored on a 35-yard interception return to give the Colts the win.",
                "Manning threw for 364 yards as the Colts won.",
            ),
            (
                "The trial heard his 16-year-old daughter.",
                "Prosecutors played a recording of him with a 12-year-old girl at the trial.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        assert!(
            notes(
                "Two quakes, measuring 7.6 and 7.4, struck west of the city.",
                "Dozens of tremors followed the 7.6 and 7.5 magnitude quakes that struck the city."
            )
            .iter()
            .all(|n| !n.contains("two")),
            "a magnitude is no count"
        );
        assert_eq!(
            notes(
                "Vinatieri tied the game with a 45-yard field goal.",
                "Vinatieri tied the game with a 47-yard field goal."
            ),
            ["different number of yard field goal: 45 vs 47"]
        );
    }

    #[test]
    fn an_age_without_its_old_is_no_duration() {
        // "a 15-year girl" is a girl's age, not fifteen years of a sentence.
        let (a, b) = (
            "Jeffs was charged after taking a 12-year old girl and a 15-year girl as wives.",
            "Jeffs was sentenced to life in prison plus 20 years for assaulting two girls.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // Two such ages are compared, and a term joined to what it is of stays a duration.
        assert_eq!(
            notes(
                "He was charged with assaulting a 15-year girl.",
                "He was charged with assaulting a 14-year girl.",
            ),
            ["different number of year girl: 15 vs 14"]
        );
        assert_eq!(
            notes(
                "He was given a 15-year sentence for the assault.",
                "He was sentenced to 20 years for the assault.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn none_against_some() {
        assert_eq!(
            notes(
                "An official said the air strike on the camp caused no casualties.",
                "An official said the air strike on the camp killed at least 12 people.",
            ),
            ["different number: no casualties vs 12 people"]
        );
        assert_eq!(
            notes(
                "No one was injured in the fire, the chief said.",
                "Three people were injured in the fire, the chief said.",
            ),
            ["different number: No one was injured vs Three people"]
        );
        assert_eq!(
            notes(
                "No arrests have been made after the attack on Sunday, police said.",
                "Two people were arrested after the attack on Sunday, police said.",
            ),
            ["different number: No arrests vs Two people"]
        );
        // Over the group after "none of".
        assert_eq!(
            notes(
                "None of the passengers was hurt when the plane landed, the airline said.",
                "Two passengers were hurt when the plane landed, the airline said.",
            ),
            ["different number: None of the passengers was hurt vs Two passengers"]
        );
        for none in [
            "None of the witnesses knew how many were hurt when the plane landed.",
            "None of the witnesses reported that passengers were hurt when the plane landed.",
            "None of the witnesses noticed passengers were hurt when the plane landed.",
        ] {
            assert!(
                notes(
                    none,
                    "Two passengers were hurt when the plane landed, the airline said."
                )
                .is_empty(),
                "{none}"
            );
        }
        // What both sides say around the two counts is the evidence of one event.
        let anchors = |a: &str, b: &str| {
            crate::compare::test_findings(a, b, |l, r, _| findings(l, r))
                .first()
                .map(|f| f.anchors)
        };
        assert!(
            anchors(
                "There were no casualties in the bombing of the camp on Thursday.",
                "At least 12 people were killed in the bombing of the camp on Thursday.",
            ) >= Some(3)
        );
        let apart = anchors(
            "No one was injured, the spokesman said on Thursday.",
            "Two people were injured in a crash on the motorway.",
        )
        .expect("a none-against-some finding");
        assert!(apart < 3, "{apart}");
        // Nobody killed and some hurt is no difference; a side that says both says both.
        for (a, b) in [
            (
                "No one was killed in the fire.",
                "Three people were injured in the fire.",
            ),
            (
                "No one was arrested after the fire.",
                "Three people were injured in the fire.",
            ),
            (
                "No one was killed at first, but two died later.",
                "Two people died in the fire.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn one_more_named_after_a_count_is_counted() {
        assert!(
            notes(
                "Five soldiers, including an officer, were killed.",
                "The army lost four soldiers and an officer.",
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Five soldiers, including an officer, were killed.",
                "Three soldiers and an officer were killed.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn the_time_since_a_move_is_how_long_one_has_lived_there() {
        assert_eq!(
            notes(
                "She moved to Merthyr Tydfil, South Wales, four years ago to give her kids a better life.",
                "He had been living in South Wales with his mum for the past three years."
            ),
            ["different number of years lived there: four vs three"]
        );
        for (a, b) in [
            // One span in other words.
            (
                "She moved to South Wales four years ago.",
                "She has lived in South Wales for four years.",
            ),
            // Two homes.
            (
                "The family moved to London five years ago.",
                "The family had lived in Paris for three years before that.",
            ),
            // A move is no span of living elsewhere: "came back six weeks ago".
            (
                "They had lived in South Wales and moved back to Millom around six weeks ago.",
                "He had been living in South Wales with his mum for the past three years.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn durations_far_apart_in_hours_are_two_spans() {
        assert!(
            notes(
                "She moved to South Wales four years ago to give her kids a better life.",
                "They had lived in South Wales and moved back to Millom around six weeks ago."
            )
            .is_empty()
        );
        // Near in hours, one span told two ways.
        assert_eq!(
            notes(
                "The couple married two weeks ago.",
                "The couple married about three weeks ago."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_duration_in_other_units_is_the_same_duration() {
        assert!(
            notes(
                "He declared two days of mourning.",
                "He declared 48 hours of mourning."
            )
            .is_empty()
        );
        assert!(
            notes(
                "It lasted a week of talks.",
                "It lasted seven days of talks."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "He declared two days of mourning.",
                "He declared 24 hours of mourning."
            )
            .len(),
            1
        );
    }

    #[test]
    fn different_counts_of_the_same_thing() {
        assert_eq!(
            notes(
                "Three people were killed in the blast.",
                "Two people were killed in the blast."
            ),
            ["different number of people killed: Three vs Two"]
        );
        assert_eq!(
            notes(
                "The deal is worth $3 million.",
                "The deal is worth $4.5 million."
            ),
            ["different amount: $3 million vs $4.5 million"]
        );
    }

    #[test]
    fn same_value_other_writing_or_other_thing_is_no_finding() {
        assert!(notes("It cost 1.5 million dollars.", "It cost $1.5m.").is_empty());
        assert!(notes("It cost $1.5m.", "It cost 1.4 million euros.").is_empty());
        assert!(notes("About 50 people died.", "48 people died.").is_empty());
        assert!(notes("At least 12 people died.", "30 people died.").is_empty());
        assert!(notes("A drone hit the house.", "Three drones hit the house.").is_empty());
        assert!(notes("Three drones hit 2 houses.", "Three drones hit the house.").is_empty());
        assert!(notes("It rose 0.7 per cent.", "It rose 0.66 percent.").is_empty());
        assert!(
            notes(
                "It cut its growth forecast this year to 1.1% from 1.4%, citing weak demand.",
                "It now sees growth of 1.1 per cent this year instead of 1.4 per cent."
            )
            .is_empty()
        );
        assert_eq!(notes("It rose 3 percent.", "It rose 3.4 percent.").len(), 1);
        assert!(
            notes(
                "Twelve passengers were injured in the crash.",
                "Two passengers were killed in the crash."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Twelve people died in the crash.",
                "Ten people were killed in the crash."
            )
            .len(),
            1
        );
    }

    #[test]
    fn within_is_an_upper_bound() {
        assert!(
            notes(
                "One rocket landed within 20 miles of Tel Aviv.",
                "One rocket landed 17 miles from Tel Aviv."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "One rocket landed within 20 miles of Tel Aviv.",
                "One rocket landed 25 miles from Tel Aviv."
            )
            .len(),
            1
        );
    }

    #[test]
    fn approximators_make_a_figure_approximate() {
        for approx in ["close to", "nearly", "just under", "almost", "roughly"] {
            assert!(
                notes(
                    "Profit rose to 900 million euros.",
                    &format!("Profit rose to {approx} 1 billion euros.")
                )
                .is_empty(),
                "{approx}"
            );
        }
        assert!(
            notes(
                "Profit was 1.1 billion euros.",
                "Profit was just over 1 billion euros."
            )
            .is_empty()
        );
        // Still a bound: "just under 1 billion" is not 1.5 billion; "rose to" is exact.
        assert_eq!(
            notes(
                "Profit was 1.5 billion euros.",
                "Profit was just under 1 billion euros."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "Profit rose to 900 million euros.",
                "Profit rose to 1 billion euros."
            )
            .len(),
            1
        );
    }

    #[test]
    fn other_items_of_a_shared_list_are_no_difference() {
        assert!(
            notes(
                "As much as 55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt, and 82 percent in India was out of service.",
                "The same goes for 59% of communications with Singapore, 55% with Saudi Arabia, 52% with Egypt and 39% with Taiwan."
            )
            .is_empty()
        );
        // No name keys the figures: still two counts of the bombs dropped.
        assert_eq!(
            notes(
                "Aid workers said that four bombs were dropped on the camp.",
                "Five bombs were dropped on the camp, of which four exploded."
            )
            .len(),
            1
        );
        // Another thing counted beside a name is no list.
        assert_eq!(
            notes(
                "Police detained 13 people, including the president of Sokol Asenovgrad and four of its players.",
                "Eleven people were detained, among them four Sokol players and the club's president."
            )
            .len(),
            1
        );
    }

    #[test]
    fn counts_of_two_named_players_by_any_verb_of_making() {
        assert!(
            notes(
                "Jamaal Charles rushed for 226 yards while Peyton Hillis added 101.",
                "Peyton Hillis added 101 yards on the ground for the Chiefs, who had 352 yards rushing."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Will Artino scored 14 points off the bench and Gregory Echenique had 11 points, 11 rebounds and six blocked shots.",
                "Artino complemented Echenique inside by scoring a career-high 14 points and adding six rebounds."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_need_a_standing_record_and_more_of_something_are_no_total() {
        assert!(
            notes(
                "The senior needed nine points in the game against Evansville on Thursday night to pass Phil Ford for the record.",
                "Hansbrough scored 20 points in the game against Evansville on Thursday night to pass Phil Ford for the record."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Luck also set an NFL rookie record for a season with 4,183 passing yards.",
                "Luck broke Newton's record of 4,051 passing yards for a rookie in a season."
            )
            .is_empty()
        );
        assert!(
            notes(
                "He was sentenced to 12 years in prison.",
                "As part of the plea, three more years were added to his prison term."
            )
            .is_empty()
        );
        // Two new records still differ.
        assert_eq!(
            notes(
                "Luck set an NFL rookie record with 4,183 passing yards.",
                "Luck set an NFL rookie record with 4,051 passing yards."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_part_included_and_what_is_left_to_go_are_no_total() {
        assert!(
            notes(
                "A total of 31 separate pieces of firefighting apparatus responded to the blaze, including three ladder trucks.",
                "A total of 31 fire trucks and other pieces of apparatus responded to the blaze."
            )
            .is_empty()
        );
        assert!(
            notes(
                "With 90 yards to go, the Chiefs drove down the field for a touchdown.",
                "The Chiefs drove 73 yards down the field for a touchdown."
            )
            .is_empty()
        );
        // Two drives' lengths still differ.
        assert_eq!(
            notes(
                "The Chiefs drove 90 yards down the field for a touchdown.",
                "The Chiefs drove 73 yards down the field for a touchdown."
            )
            .len(),
            1
        );
    }

    #[test]
    fn one_size_in_two_units_is_no_difference() {
        assert!(
            notes(
                "The 15,800-square-metre building houses a number of businesses, including law offices.",
                "The 170,000-square-foot building houses a number of businesses, including law offices."
            )
            .is_empty()
        );
        // Two counts of football fields still differ.
        assert_eq!(
            notes(
                "The storm flattened trees across 30 football fields near the coast.",
                "The storm flattened trees across 40 football fields near the coast."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "The climber fell about 150 metres from a ridge.",
                "The climber fell about 60 metres from a ridge."
            )
            .len(),
            1
        );
        // Converted, as news rounds a conversion.
        for (a, b) in [
            (
                "The quake struck about 135 kilometers from Manokwari at a depth of 35 kilometers.",
                "The quake struck about 85 miles from Manokwari at a depth of 22 miles.",
            ),
            (
                "The wildfire has burned 10,000 acres of forest east of the town.",
                "The wildfire has burned 4,000 hectares of forest east of the town.",
            ),
            (
                "The ship was seized 10 nautical miles off the coast by the navy.",
                "The ship was seized 18 kilometres off the coast by the navy.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Two amounts in two units differ.
        assert_eq!(
            notes(
                "The climber died after falling about 200 feet from a ridge.",
                "The climber died after falling about 150 metres from a ridge."
            ),
            ["different measure: 200 feet vs 150 metres"]
        );
        assert_eq!(
            notes(
                "The wildfire has burned 10,000 acres of forest east of the town.",
                "The wildfire has burned 8,000 hectares of forest east of the town.",
            )
            .len(),
            1
        );
        // Two depths in two units are compared.
        assert_eq!(
            notes(
                "The quake struck at a depth of 10 kilometres near the town.",
                "The quake struck 22 miles deep near the town.",
            ),
            ["different measure: 10 kilometres vs 22 miles"]
        );
        // A length and an area, a length and a weight: two things.
        for (a, b) in [
            (
                "The storm dumped snow 2 feet deep on the 500-acre farm.",
                "The storm dumped 3 tonnes of snow on the farm.",
            ),
            (
                "The stranded whale measured about 15 metres, officials said.",
                "The stranded whale weighed about 40 tonnes, officials said.",
            ),
            // Where, over a conversion in brackets, against how deep; how far against how
            // deep.
            (
                "The epicenter was 55 kilometers (34 miles) west of the town of Bireun.",
                "The quake struck the town of Bireun at a depth of just six miles.",
            ),
            (
                "The quake originated six miles beneath the surface, near the town of Bireun.",
                "The epicenter of the quake was roughly 55 kilometers from the town of Bireun.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn one_said_as_such_is_a_count() {
        assert_eq!(
            notes(
                "Police said a lone gunman opened fire on the crowd at the festival.",
                "Police said two gunmen opened fire on the crowd at the festival."
            ),
            ["different number of gunman: a lone vs two"]
        );
        // An article alone is no count to set against one.
        assert!(
            notes(
                "Police said a gunman opened fire on the crowd at the festival.",
                "Police said two gunmen opened fire on the crowd at the festival."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_rank_after_a_verb_of_placing() {
        for b in [
            "She finished third in the 100 metres final in Berlin on Sunday.",
            "She came third in the 100 metres final in Berlin on Sunday.",
        ] {
            assert_eq!(
                notes(
                    "She finished second in the 100 metres final in Berlin on Sunday.",
                    b
                ),
                ["different rank or order: second vs third"],
                "{b}"
            );
        }
        assert_eq!(
            notes(
                "She was second in the 100 metres final in Berlin on Sunday.",
                "She was third in the 100 metres final in Berlin on Sunday."
            ),
            ["different rank or order: second vs third"]
        );
        // Ranks of two things: after two verbs, or after no verb.
        for b in [
            "She qualified third for the 100 metres final in Berlin on Sunday.",
            "Her coach said she won the first and the third of them in Berlin on Sunday.",
        ] {
            assert!(
                notes(
                    "She finished second in the 100 metres final in Berlin on Sunday.",
                    b
                )
                .is_empty(),
                "{b}"
            );
        }
    }

    #[test]
    fn a_unit_glued_to_the_figure() {
        assert_eq!(
            notes(
                "The driver was travelling at 70mph when the car hit the wall.",
                "The driver was travelling at 50mph when the car hit the wall."
            ),
            ["different number of mph: 70mph vs 50mph"]
        );
        assert_eq!(
            notes(
                "Police seized 10kg of cocaine in the raid on the flat.",
                "Police seized 15 kilograms of cocaine in the raid on the flat."
            ),
            ["different number of kg of cocaine: 10kg vs 15"]
        );
        // Before a noun, it describes the thing: "a 3.5mm headset jack" is no thickness.
        assert!(
            notes(
                "The new phone is the thinnest yet (only 13.5 mm).",
                "The new phone, the thinnest yet, has a 3.5mm headset jack."
            )
            .is_empty()
        );
        for (a, b) in [
            (
                "The driver was travelling at 70mph when the car hit the wall.",
                "The driver was travelling at 70 mph when the car hit the wall.",
            ),
            (
                "Police seized 10kg of cocaine in the raid on the flat.",
                "Police seized 10 kilograms of cocaine in the raid on the flat.",
            ),
            // Converted, as news rounds a conversion.
            (
                "The storm brought winds of up to 80mph to the coast.",
                "The storm brought winds of up to 130 km/h to the coast.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_measure_is_no_count() {
        assert!(
            notes(
                "The quake struck at a depth of 10 kilometres and injured dozens in the town.",
                "In the town, 140 were injured and 300 houses were damaged by the quake."
            )
            .is_empty()
        );
        // Two counts of the injured still differ, and a unit abbreviated is that unit.
        assert_eq!(
            notes(
                "The quake struck at a depth of 10 kilometres and injured 90 in the town.",
                "In the town, 140 were injured and 300 houses were damaged by the quake."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "He broke off an 86-yard touchdown run on the first play.",
                "He broke off an 80-yd touchdown run on the first play."
            )
            .len(),
            1
        );
    }

    #[test]
    fn counts_during_a_run_are_part_of_a_game() {
        for (a, b) in [
            (
                "McDermott had five points during a pivotal 15-2 run as Creighton defeated Drake.",
                "McDermott scored 23 points as Creighton defeated Drake.",
            ),
            (
                "During the game's deciding 15-2 run, Echenique grabbed 3 rebounds and blocked two shots.",
                "Echenique had 11 rebounds and six blocked shots for Creighton.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        assert_eq!(
            notes(
                "McDermott had five points during a 15-2 run.",
                "McDermott had seven points during a 15-2 run."
            )
            .len(),
            1
        );
    }

    #[test]
    fn in_a_row_is_no_thing_counted() {
        assert!(
            notes(
                "The Colts will be making their seventh straight playoff appearance.",
                "The Colts won their eighth straight game to reach the playoffs."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "The Colts won their seventh straight game.",
                "The Colts won their eighth consecutive game."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_figure_in_a_possessive_is_that_persons() {
        assert!(
            notes(
                "Chiefs lose 20-13 to Colts despite Charles’ 226 yards rushing",
                "Luck throws for 205 yards as Colts beat Chiefs 20-13"
            )
            .is_empty()
        );
        // One holder on both sides still differs.
        assert_eq!(
            notes(
                "Chiefs lose 20-13 to Colts despite Charles’ 226 yards rushing",
                "Charles rushes for 205 yards as Colts beat Chiefs 20-13"
            ),
            ["different number of yards rushing: 226 vs 205"]
        );
    }

    #[test]
    fn a_position_and_a_reference_are_no_total() {
        for (a, b) in [
            // Where, not how far.
            (
                "Deputies chased him for 30 miles from the office building.",
                "The office building is about 15 miles north of Detroit.",
            ),
            // What something else is measured against.
            (
                "The screen has 78 percent more pixels than the 15-inch MacBook Pro.",
                "Every 17-inch MacBook Pro now comes with the new screen.",
            ),
            // The earlier one something is measured from.
            (
                "She was named the ninth captain of the club on Monday.",
                "She is the youngest to lead the club since the first captain, Ada Reyes.",
            ),
            // The positions of two things.
            (
                "The office building is about 15 miles north of Detroit.",
                "Hours after the shooting, a motorist 50 miles north of Detroit spotted the car.",
            ),
            // One place measured from two towns.
            (
                "The quake was centered 14 miles north-northeast of Healdsburg.",
                "The temblor was centered about 20 miles north of Santa Rosa.",
            ),
            // "4½" is four and a half.
            (
                "LaRue served four and a half months in prison.",
                "LaRue served 4\u{bd} months in federal prison.",
            ),
            // A figure spoilt by an undecodable character is not read.
            (
                "LaRue served four and a half months in prison.",
                "LaRue served 4\u{fffd} months in federal prison.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Each against its own kind still differs.
        for (a, b) in [
            (
                "The building is about 15 miles north of Detroit.",
                "The building is about 30 miles north of Detroit.",
            ),
            // One thing placed in other words.
            (
                "The quake struck 20 miles north of Santa Rosa.",
                "The temblor struck about 36 miles north of Santa Rosa.",
            ),
            // Told with nothing before it.
            (
                "About 15 miles north of Detroit, the office building stood empty.",
                "The office building is about 30 miles north of Detroit.",
            ),
            (
                "LaRue served 4\u{bd} months in prison.",
                "LaRue served six months in prison.",
            ),
            (
                "She was named the ninth captain of the club on Monday.",
                "She was named the tenth captain of the club on Monday.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
        // The town a position is measured from is named whole.
        assert_eq!(
            notes(
                "The quake struck 20 miles north of Santa Rosa.",
                "The temblor struck about 36 miles north of Santa Rosa."
            ),
            ["different number of miles north of Santa Rosa: 20 vs 36"]
        );
    }

    #[test]
    fn a_membership_a_start_a_giver_or_a_count_since_is_no_total() {
        for (a, b) in [
            // "One of" says which group, not how many.
            (
                "Etisalat and Vodafone are one of Egypt's largest internet providers.",
                "The cut affected Etisalat and Vodafone, two of Egypt's largest internet providers.",
            ),
            // Where a run started.
            (
                "He has 53 catches for 605 yards and five touchdowns this season.",
                "Ratliff intercepted the pass and raced in from 35 yards out for the touchdown.",
            ),
            // Points from two players.
            (
                "Creighton got five points from Echenique early in the second half.",
                "Creighton led at the half, paced by 13 points from McDermott.",
            ),
            // A count since a date.
            (
                "Gray had previously been arrested four times on charges of larceny.",
                "Gray had been arrested three times since October on charges of larceny.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Each against its own kind, or a plain count, still differs.
        for (a, b) in [
            (
                "Two companies were among the largest internet providers hit by the cut.",
                "Three companies were among the largest internet providers hit by the cut.",
            ),
            (
                "Creighton got five points from Echenique early in the second half.",
                "Creighton got nine points from Echenique early in the second half.",
            ),
            (
                "Gray had been arrested four times since October on charges of larceny.",
                "Gray had been arrested three times since October on charges of larceny.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
