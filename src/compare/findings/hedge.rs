//! Hedge findings: how sure each report is. Each side's certainty markers ("reportedly",
//! "possibly", "likely", "almost certain", "confirmed") get a grade; a finding when both sides
//! mark their certainty and no grade is shared. A bare assertion against hearsay ("reportedly")
//! is less detail, not a finding; against a doubt of the very word ("an allegedly drunk
//! driver", "the driver may have been drunk", "could have been Deep Throat"), an appearance
//! ("it would appear the fire started"), an allegation ("prosecutors allege that he shot"), a
//! belief told impersonally ("it is thought") or a cause told as unknown ("the cause of the
//! fire has not been determined" against "arson") it is one.
//!
//! Commitment is a second scale: "his client would appeal" (decided) against "no decision had
//! yet been taken on whether to appeal" or "was considering an appeal" (undecided), when the
//! undecided side speaks of the very act the other side commits to.

use rustc_hash::FxHashSet;

use super::slot::{self, meet, one_act, words_near};
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::{Span, Token};
use crate::language::calendar;
use crate::language::synonyms::canonical;
use crate::language::words::DETERMINERS;

/// Certainty grades, from hearsay to established fact.
const GRADES: [&str; 5] = [
    "unverified",
    "possible",
    "likely",
    "almost certain",
    "certain",
];

/// The first grade that asserts ("almost certain"): grades below it leave a claim open.
const ASSERTED: usize = 3;

/// Markers: words (normalised), the grade, and the word that must follow (or "").
const MARKERS: &[(&str, &str, usize)] = &[
    ("reportedly", "", 0),
    ("allegedly", "", 0),
    ("purportedly", "", 0),
    ("unconfirmed", "", 0),
    ("rumoured", "", 0),
    ("rumored", "", 0),
    ("possibly", "", 1),
    ("perhaps", "", 1),
    ("possible", "", 1),
    ("may", "have", 1),
    ("might", "have", 1),
    ("could", "have", 1),
    ("likely", "", 2),
    ("probably", "", 2),
    ("probable", "", 2),
    ("apparently", "", 2),
    ("suspected", "", 2),
    ("believed", "to", 2),
    ("almost", "certain", 3),
    ("almost", "certainly", 3),
    ("highly", "likely", 3),
    ("very", "likely", 3),
    ("virtually", "certain", 3),
    ("confirmed", "", 4),
    ("certain", "", 4),
    ("certainly", "", 4),
    ("definitely", "", 4),
    ("undoubtedly", "", 4),
    ("proven", "", 4),
];

/// Words that make "rule out" leave a thing possible: "did not rule out", "refused to rule out".
const RULE_OUT_NEGATORS: &[&str] = &[
    "not", "never", "didnt", "cannot", "cant", "couldnt", "wouldnt", "wont", "refused", "declined",
];

struct Marker {
    grade: usize,
    span: Span,
}

/// Tokens either side of a grade marker read for what it grades.
const MARKER_REACH: usize = 4;

fn markers(c: &Claim) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.tokens.len() {
        let w = c.tokens[i].norm.as_str();
        let next = c.tokens.get(i + 1).map(|t| t.norm.as_str()).unwrap_or("");
        // "did not rule out", "cannot rule out", "refused to rule out": left possible.
        if matches!(w, "rule" | "ruled" | "ruling")
            && next == "out"
            && let Some(first) = (i.saturating_sub(3)..i)
                .find(|&k| RULE_OUT_NEGATORS.contains(&c.tokens[k].norm.as_str()))
        {
            out.push(Marker {
                grade: 1,
                span: c.span_of(first, i + 1),
            });
            i += 2;
            continue;
        }
        // Two-word markers first, so that "almost certain" is not read as "certain".
        let found = MARKERS
            .iter()
            .filter(|(m, after, _)| *m == w && (after.is_empty() || *after == next))
            .max_by_key(|(_, after, _)| after.len());
        match found {
            // "confirmed" as a speech verb ("Kazemi confirmed in a speech") grades nothing; as
            // a state ("was confirmed", "confirmed dead") it is certain.
            Some(("confirmed", _, _)) if !confirmed_state(c, i) => i += 1,
            // "a proven technology", "a certain man": a quality of a thing, no grade of a claim.
            Some(("proven" | "certain", "", _))
                if i > 0 && matches!(c.tokens[i - 1].norm.as_str(), "a" | "an") =>
            {
                i += 1
            }
            Some((_, after, grade)) => {
                let two = !after.is_empty() && ["certain", "certainly", "likely"].contains(after);
                let last = if two { i + 1 } else { i };
                // "not confirmed", "not likely": a negated marker is no clear grade.
                let negated = i > 0 && matches!(c.tokens[i - 1].norm.as_str(), "not" | "never");
                if !negated {
                    out.push(Marker {
                        grade: *grade,
                        span: c.span_of(i, last),
                    });
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

fn confirmed_state(c: &Claim, i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| c.tokens[p].norm.as_str());
    let next = c.tokens.get(i + 1).map(|t| t.norm.as_str());
    matches!(
        prev,
        Some("was" | "were" | "been" | "is" | "are" | "officially")
    ) || matches!(next, Some("dead" | "killed"))
}

/// Words that commit to an act named right after them ("would appeal", "plans to appeal").
const COMMITMENTS: &[&str] = &[
    "decided", "intend", "intends", "intended", "pledged", "plan", "plans", "planned", "promised",
    "shall", "vowed", "will", "would",
];

/// Words that say an act is not decided: "undecided whether", "was considering an appeal".
const UNDECIDED: &[&str] = &[
    "considering",
    "contemplating",
    "mulling",
    "pondering",
    "uncertain",
    "unclear",
    "undecided",
    "unsure",
    "weighing",
];

/// How many tokens after an undecided cue the act may be named.
const UNDECIDED_WINDOW: usize = 8;

/// An act one side commits to, or leaves open: its stem and the span that says so.
struct Act<'a> {
    stem: &'a str,
    span: Span,
}

fn commitments<'a>(c: &Claim<'a>) -> Vec<Act<'a>> {
    let mut out = Vec::new();
    for (i, t) in c.tokens.iter().enumerate() {
        // "mum on whether they will retry him" commits to nothing.
        if !COMMITMENTS.contains(&t.norm.as_str()) || c.asks(i) || c.supposes(i) {
            continue;
        }
        let mut v = i + 1;
        if c.tokens.get(v).is_some_and(|t| t.norm == "to") {
            v += 1;
        }
        // "would not appeal" is a negation, not a commitment; "would be" commits to nothing.
        let Some(verb) = c.tokens.get(v) else {
            continue;
        };
        if verb.stop || verb.numeric || verb.capitalised || !c.gap(v).trim().is_empty() {
            continue;
        }
        out.push(Act {
            stem: &verb.stem,
            span: c.span_of(i, v),
        });
    }
    out
}

fn undecided<'a>(c: &Claim<'a>) -> Vec<Act<'a>> {
    let norm = |k: usize| c.tokens[k].norm.as_str();
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let first = if UNDECIDED.contains(&norm(i)) {
            i
        } else if matches!(norm(i), "decision" | "decided" | "decide") {
            // "no decision had yet been taken", "had not decided", "has yet to decide".
            match (i.saturating_sub(3)..i).find(|&k| matches!(norm(k), "no" | "not" | "yet")) {
                Some(k) => k,
                None => continue,
            }
        } else {
            continue;
        };
        let last = (i + UNDECIDED_WINDOW).min(c.tokens.len() - 1);
        for k in i + 1..=last {
            let t = c.tokens[k];
            if !t.stop && !t.numeric {
                out.push(Act {
                    stem: &t.stem,
                    span: c.span_of(first, i),
                });
            }
        }
    }
    out
}

/// One side commits to an act the other leaves undecided.
fn commitment_finding(left: &Claim, right: &Claim) -> Option<Finding> {
    let (lc, rc, lu, ru) = (
        commitments(left),
        commitments(right),
        undecided(left),
        undecided(right),
    );
    let open = |acts: &[Act], stem: &str| acts.iter().any(|a| a.stem == stem);
    for (decided, undecided, decided_left) in [(&lc, &ru, true), (&rc, &lu, false)] {
        let (own_open, other_decided) = if decided_left { (&lu, &rc) } else { (&ru, &lc) };
        let Some((d, u)) = decided.iter().find_map(|d| {
            let u = undecided.iter().find(|u| u.stem == d.stem)?;
            // A side that both commits and hesitates about the act says nothing clear.
            (!open(own_open, d.stem) && !open(other_decided, d.stem)).then_some((d, u))
        }) else {
            continue;
        };
        let (dc, uc) = if decided_left {
            (left, right)
        } else {
            (right, left)
        };
        let (dt, ut) = (
            format!("\"{}\" (decided)", dc.text(d.span)),
            format!("\"{}\" (undecided)", uc.text(u.span)),
        );
        let (l, r, ln, rn) = if decided_left {
            (d.span, u.span, dt, ut)
        } else {
            (u.span, d.span, ut, dt)
        };
        return Some(Finding {
            kind: FindingKind::Hedge,
            left: Some(l),
            right: Some(r),
            note: format!("different commitment: {ln} vs {rn}"),
            anchors: 0,
            source: false,
            minor: false,
        });
    }
    None
}

/// Markers of doubt about the very word they qualify ("an allegedly drunk driver", "treated as
/// potentially suspicious"): against the same word asserted plainly on the other side, one side
/// doubts what the other states. Hearsay markers ("reportedly") are left out: they say who
/// told it, not that it is in doubt.
const DOUBTS: &[&str] = &[
    "allegedly",
    "purportedly",
    "potentially",
    "possibly",
    "presumably",
    "supposedly",
];

/// A word one side qualifies with a doubt marker and the other states plainly. A word the
/// other side attributes to a source ("investigators said they found him barricaded", "police
/// allegations that he pointed a gun") is reported there too, not stated: no finding.
/// The verb after "to" when token `k` is followed by it: "tried to kill" → "kill".
fn aim<'a>(c: &Claim<'a>, k: usize) -> Option<&'a str> {
    match c.tokens.get(k + 1..k + 3)? {
        [to, verb] if to.norm == "to" => Some(verb.stem.as_str()),
        _ => None,
    }
}

/// A word of doubt or certainty (`DOUBTS`, `MARKERS`).
fn marker_word(w: &str) -> bool {
    DOUBTS.contains(&w) || MARKERS.iter().any(|x| x.0 == w)
}

/// Whether the side attributes what it says at token `k` to a source ("investigators said
/// they found him barricaded", "after pointing a gun at two officers, police said"): reported
/// there, not stated.
fn attributed(c: &Claim, k: usize) -> bool {
    c.tokens[..k].iter().any(says) || accused(c, k) || attributed_after(c, k)
}

/// A word that attributes what it goes with to a source ("said", "according").
fn says(t: &&Token) -> bool {
    crate::language::words::attributes(&t.norm)
}

/// A source named in a short last clause of the sentence after token `k`, which tells who
/// said all of it: "…, police said.", "…, police said Saturday.", "…, according to police
/// accounts." ("…, who said he was scared" tells something else).
fn attributed_after(c: &Claim, k: usize) -> bool {
    let end = c.sentence(k).end;
    let last = c.clause_start(end.saturating_sub(1));
    let clause = &c.tokens[last.min(end)..end];
    let relative = clause.first().is_some_and(|t| slot::relative(&t.norm));
    last > k && clause.len() <= SOURCE_CLAUSE_WORDS && !relative && clause.iter().any(says)
}

/// The most words of a clause that names a source after what it said ("a spokesman for the
/// county sheriff's office said").
const SOURCE_CLAUSE_WORDS: usize = 8;

/// An accusation before token `k` makes what follows it alleged: "was charged with driving
/// drunk", "is accused of getting behind the wheel", "Kelly's assertion that Gray had pointed".
fn accused(c: &Claim, k: usize) -> bool {
    c.tokens[..k].windows(2).any(|w| {
        matches!(
            (w[0].norm.as_str(), w[1].norm.as_str()),
            ("charged" | "charges" | "arrested", "with" | "for")
                | ("accused" | "accusing" | "suspected" | "suspicion", "of")
                | (
                    "assertion"
                        | "accusation"
                        | "accusations"
                        | "allegation"
                        | "allegations"
                        | "suggestion"
                        | "suggestions"
                        | "speculation"
                        | "rumours"
                        | "rumors",
                    "that"
                )
        )
    })
}

fn doubted_word(hedged: &Claim, plain: &Claim) -> Option<(Span, Span)> {
    for (i, t) in hedged.tokens.iter().enumerate() {
        // "may have been drunk", "might have started", "could have been Deep Throat": a
        // possibility in the past doubts the word after it ("could have killed" may be what
        // did not happen: only "could have been" counts).
        let modal = matches!(
            (t.norm.as_str(), hedged.word(i + 1), hedged.word(i + 2)),
            ("may" | "might", Some("have"), _) | ("could", Some("have"), Some("been"))
        );
        if !DOUBTS.contains(&t.norm.as_str()) && !modal {
            continue;
        }
        // "Subryan allegedly struck her" doubts that Subryan did it: a side that never names
        // him ("she was struck by a car") does not state it.
        let doer = i.checked_sub(1).map(|k| hedged.tokens[k]);
        if !hedged.title_case()
            && doer.is_some_and(|d| {
                d.capitalised && !d.stop && !plain.tokens.iter().any(|p| p.norm == d.norm)
            })
        {
            continue;
        }
        // The word doubted follows the marker, after an auxiliary at most ("allegedly was
        // drunk"); after a preposition the marker doubts the phrase ("allegedly with young
        // girls"), not its words.
        // After "may have": "may have been drunk", "might have started".
        let (from, reach) = if modal { (i + 2, 3) } else { (i + 1, 2) };
        let Some(at) = (from..hedged.tokens.len())
            .find(|&k| !AUXILIARIES.contains(&hedged.tokens[k].norm.as_str()))
            .filter(|&k| k <= i + reach && !hedged.tokens[k].stop)
        else {
            continue;
        };
        let word = hedged.tokens[at];
        // "The driver allegedly hit her" doubts who hit her: "she was hit" (a passive without
        // its agent) does not say.
        let has_doer = doer.is_some_and(|d| !d.stop || DOERS.contains(&d.norm.as_str()));
        // "allegedly tried to kill" doubts the killing: "tried to hide" is another act.
        let aim = aim(hedged, at);
        // "allegedly hit another car" / "hitting the woman": one verb of two objects is two
        // acts.
        let object = slot::object(hedged, at);
        // "he allegedly hit another car" / "After hitting her": "another" says the act is
        // a second one of the verb, and a side that names no object of its own ("her") may tell
        // the first.
        let second = hedged.word(at + 1) == Some("another");
        let may_tell_first = |k: usize| second && slot::object(plain, k).is_empty();
        // "The vulnerability was reported" names a thing; it does not state what "potentially
        // vulnerable" doubts ("the drunk driver" does state "allegedly drunk"). So does the
        // word itself after an article and before a function word: "a hit and run accident"
        // does not state "allegedly hit".
        let names_thing = |k: usize, w: &Token| {
            let noun = w.norm != word.norm || plain.tokens.get(k + 1).is_none_or(|n| n.stop);
            noun && k > 0 && matches!(plain.tokens[k - 1].norm.as_str(), "the" | "a" | "an")
        };
        let asserted = plain.tokens.iter().enumerate().find(|(k, w)| {
            w.stem == word.stem
                && !names_thing(*k, w)
                && !slot::other_objects(&object, &slot::object(plain, *k))
                && !may_tell_first(*k)
                && (aim.is_none() || self::aim(plain, *k) == aim)
                && !plain.tokens[k.saturating_sub(MARKED_REACH)..*k]
                    .iter()
                    .any(|m| marker_word(&m.norm))
                // "may have been used" tells a done act; "avoid using the browsers" names one.
                && !(modal && w.norm.ends_with("ing"))
        });
        if let Some((k, w)) = asserted {
            // "The fire may have started" / "The fire started in the kitchen": the side that
            // names the same doer right before the word tells who, whatever its verb's form
            // ("the driver fled … after the woman was hit" does not).
            let doer_named = doer.is_some_and(|d| {
                !d.stop
                    && plain.tokens[k.saturating_sub(DOER_REACH)..k]
                        .iter()
                        .any(|p| p.norm == d.norm)
            });
            // A possibility is doubted only of the same doer: "some users in Cairo experienced
            // slower service" / "residential clients may have experienced" are two groups.
            // A source's own doubt ("the driver may have been drunk, police said") is told
            // against the same source's plain word: both sides report that source, one of them
            // in doubt. "allegedly" is the reporter's distance, as "police said" is.
            let sources_doubt = modal && attributed(hedged, at) && attributed(plain, k);
            if (attributed(plain, k) && !sources_doubt)
                || (modal && !doer_named)
                || (has_doer && !doer_named && agentless_passive(plain, k))
                || !one_act(hedged, at, plain, k)
            {
                continue;
            }
            // A name doubted is doubted whole: "could have been Deep Throat".
            let end = |c: &Claim, k: usize, w: &Token| c.name_at(k).map_or(w.end, |n| n.end);
            return Some((
                Span::new(t.start, end(hedged, at, word)),
                Span::new(w.start, end(plain, k, w)),
            ));
        }
    }
    None
}

/// The days and months in the clause of token `k` (`clause_around`), a month by its first
/// three letters ("Oct." and "October" are one).
fn occasions(c: &Claim, k: usize) -> FxHashSet<String> {
    let month = |w: &str| calendar::month(w).map(|k| calendar::MONTHS[k][..3].to_string());
    c.tokens[slot::clause_around(c, k)]
        .iter()
        .filter(|t| t.capitalised)
        .filter_map(|t| {
            let w = t.norm.as_str();
            calendar::WEEKDAYS
                .contains(&w)
                .then(|| w.to_string())
                .or_else(|| month(w))
        })
        .collect()
}

/// Auxiliaries between a doubt marker and the word it doubts ("allegedly was drunk").
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "had", "has",
];

/// Tokens before a word on the plain side a marker of its own may be among ("may have been
/// cast").
const MARKED_REACH: usize = 3;

/// Tokens before a stated word its doer may be among ("the driver was drunk").
const DOER_REACH: usize = 3;

/// Pronouns that do an act a marker doubts ("he allegedly hit her", "who allegedly killed").
const DOERS: &[&str] = &["he", "she", "they", "who"];

/// Prepositions after a participle that make it a passive without an object ("killed in
/// crossfire", "shot on Saturday").
const PLACE_OR_TIME_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "near", "during", "after", "outside", "inside", "while",
];

/// Tokens after a passive verb read for its agent ("was hit by the driver").
const AGENT_REACH: usize = 4;

/// Whether token `k` is a passive verb whose agent is not given: "the woman was hit" ("was
/// drunk" is a state, no act), or a participle right after a noun and before a preposition
/// ("a mother of 12 killed in crossfire").
fn agentless_passive(c: &Claim, k: usize) -> bool {
    let reduced = || {
        !c.tokens[k - 1].stop
            && c.gap(k).trim().is_empty()
            && c.tokens
                .get(k + 1)
                .is_some_and(|n| PLACE_OR_TIME_PREPOSITIONS.contains(&n.norm.as_str()))
    };
    let passive = k > 0
        && crate::language::words::past_tense(&c.tokens[k].norm)
        && (matches!(
            c.tokens[k - 1].norm.as_str(),
            "was" | "were" | "been" | "being" | "is" | "are"
        ) || reduced());
    passive
        && !c.tokens[k + 1..(k + 1 + AGENT_REACH).min(c.tokens.len())]
            .iter()
            .any(|t| t.norm == "by")
}

/// Deliberate causes of a fire or a death: what "a suspicious fire" leaves open.
const CAUSES: &[&str] = &[
    "arson",
    "arsonist",
    "arsonists",
    "deliberate",
    "deliberately",
    "homicide",
    "intentionally",
    "murder",
    "murdered",
];

/// Events a cause is found for: "a suspicious fire", "a suspicious death".
const CAUSED: &[&str] = &[
    "blast",
    "blaze",
    "death",
    "deaths",
    "explosion",
    "fire",
    "fires",
];

/// Words right before a cause that make it a hypothesis: "investigated as an arson",
/// "potential arson", "a possible murder".
const HYPOTHESES: &[&str] = &[
    "as",
    "believe",
    "believed",
    "consider",
    "considered",
    "considering",
    "possible",
    "potential",
    "probable",
    "suspect",
    "suspected",
    "suspects",
];

/// One side calls an event suspicious ("a 'suspicious' fire", "treated as suspicious") where the
/// other states its deliberate cause ("damaged by arson"): the cause is established on one side
/// and open on the other.
fn suspected_cause(hedged: &Claim, plain: &Claim) -> Option<(Span, Span)> {
    let suspicious = (0..hedged.tokens.len())
        .find(|&i| {
            hedged.tokens[i].norm == "suspicious"
                && !(i > 0
                    && matches!(hedged.tokens[i - 1].norm.as_str(), "not" | "nothing" | "no"))
                && (hedged
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| CAUSED.contains(&t.norm.as_str()))
                    || (i.saturating_sub(3)..i)
                        .any(|k| matches!(hedged.tokens[k].norm.as_str(), "as" | "is" | "was")))
        })
        .map(|i| (i, i))
        .or_else(|| open_cause(hedged))?;
    // A side that calls it suspicious and names the cause too ("officials are considering
    // arson") weighs the same cause.
    if plain.tokens.iter().any(|t| t.norm == "suspicious")
        || hedged
            .tokens
            .iter()
            .any(|t| CAUSES.contains(&t.norm.as_str()))
    {
        return None;
    }
    let cause = (0..plain.tokens.len()).find(|&k| {
        CAUSES.contains(&plain.tokens[k].norm.as_str())
            && !(k.saturating_sub(3)..k).any(|m| {
                let w = plain.tokens[m].norm.as_str();
                HYPOTHESES.contains(&w) || marker_word(w)
            })
            // "may have been set by an arsonist": a possibility in its clause.
            && !(plain.clause_start(k)..k).any(|m| {
                matches!(plain.tokens[m].norm.as_str(), "may" | "might" | "could")
            })
    })?;
    // A cause reported is no cause stated, unless the other side reports the doubt ("arson,
    // the fire chief said" / "treated as suspicious, the fire chief said"): one source's, or
    // two sources' accounts, one of them in doubt.
    if attributed(plain, cause) && !attributed(hedged, suspicious.0) {
        return None;
    }
    let (h, p) = (suspicious, plain.tokens[cause]);
    Some((hedged.span_of(h.0, h.1), Span::new(p.start, p.end)))
}

/// Words that leave what they are said of unknown: "the cause is unknown".
const UNKNOWN: &[&str] = &["unclear", "undetermined", "unknown", "uncertain"];

/// Words that, negated, leave it unknown: "not yet known", "has not been determined", "no
/// idea", "do not know".
const KNOWING: &[&str] = &[
    "clear",
    "confirmed",
    "determined",
    "established",
    "idea",
    "know",
    "known",
    "sure",
];

/// Tokens before the word "caused" read for its being unknown ("we do not know what caused
/// it"); after "cause", the rest of its sentence is ("the cause of the fire that destroyed the
/// church has not been determined").
const OPEN_CAUSE_REACH: usize = 4;

/// A cause told as unknown, as the first and last token of its words: "the cause of the fire
/// is not yet known", "the cause is under investigation", "we have no idea what caused it".
fn open_cause(c: &Claim) -> Option<(usize, usize)> {
    // The negation within three words before token `k`: "not yet known", "do not know", "no
    // idea".
    let negation = |k: usize| {
        (k.saturating_sub(3)..k).find(|&m| {
            let w = c.tokens[m].norm.as_str();
            w == "no" || super::negation::NEGATORS.contains(&w)
        })
    };
    let unknown = |k: usize| {
        let w = c.tokens[k].norm.as_str();
        UNKNOWN.contains(&w)
            || (KNOWING.contains(&w) && negation(k).is_some())
            || (w == "investigation" && c.word_before(k, 1) == Some("under"))
    };
    (0..c.tokens.len())
        .filter(|&i| matches!(c.tokens[i].norm.as_str(), "cause" | "caused"))
        .find_map(|i| {
            let lo = i.saturating_sub(OPEN_CAUSE_REACH);
            let hi = c.sentence(i).end;
            // Of the event ("the cause of the fire", "what caused it"), not of anything else
            // ("the cause of the delay").
            let of_event = (lo..hi).any(|m| CAUSED.contains(&c.tokens[m].norm.as_str()))
                || matches!(c.word(i + 1), Some("it" | "this"));
            if !of_event {
                return None;
            }
            let k = (lo..hi).find(|&k| unknown(k))?;
            // From "cause" to the word that leaves it unknown, or from the negation before
            // that word to "caused".
            if k > i {
                return Some((i, k));
            }
            Some((negation(k).unwrap_or(k), i))
        })
}

/// Verbs of appearance: "the fire appears to have started outside", "it would appear the fire
/// started outside" leave open what the other side may state ("the fire began on the outside").
const APPEARANCES: &[&str] = &["appear", "appears", "appeared", "seem", "seems", "seemed"];

/// Words between "it" and a verb of appearance ("it would appear"), and between the verb and
/// the act it hedges ("appears to have been", "it appears that", "it seemed as if").
const APPEARANCE_FILLERS: &[&str] = &[
    "would", "might", "may", "could", "does", "did", "now", "to", "be", "been", "have", "that",
    "as", "if", "though",
];

/// Modals after which the act of a hedged clause follows: "it appears the Saints will march".
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "should",
];

/// The tokens a verb of appearance reaches for the act it hedges.
const APPEARANCE_REACH: usize = 6;

/// Verbs that allege what follows them ("prosecutors allege that Simpson shot Flynn", "he is
/// alleged to have hit her"): the act is the accusers' claim, not the report's.
const ALLEGATIONS: &[&str] = &["allege", "alleges", "alleged", "alleging"];

/// Beliefs told impersonally ("it is thought that the fire started in the kitchen", "it was
/// feared the boat had sunk"): a guess, not what the report states.
const BELIEFS: &[&str] = &[
    "thought",
    "believed",
    "feared",
    "suspected",
    "presumed",
    "assumed",
];

/// Whether token `i` opens a frame that hedges an act after it: a verb of appearance, a verb of
/// alleging ("police allege"), or a belief told impersonally ("it is thought").
fn hedging_frame(c: &Claim, i: usize) -> bool {
    let norm = |k: usize| c.tokens[k].norm.as_str();
    let w = norm(i);
    APPEARANCES.contains(&w)
        || (ALLEGATIONS.contains(&w) && (i == 0 || !DETERMINERS.contains(&norm(i - 1))))
        || (BELIEFS.contains(&w)
            && i >= 2
            && norm(i - 2) == "it"
            && matches!(norm(i - 1), "is" | "was"))
}

/// The act a hedging frame at token `i` (`hedging_frame`) hedges, if it hedges one: after "to"
/// the verb that follows ("appears to have shaken the city", "is alleged to have hit"), or the
/// word it is of ("appeared to be the targets"); after "it", or after a verb of alleging or
/// belief, the verb of the clause that follows ("it would appear the fire started", "police
/// allege that he shot"). "He appeared in court" hedges nothing.
fn hedged_act(c: &Claim, i: usize) -> Option<usize> {
    let norm = |k: usize| c.tokens[k].norm.as_str();
    let fill = |k: usize| APPEARANCE_FILLERS.contains(&norm(k));
    let before = (i.saturating_sub(3)..i).rev().find(|&k| !fill(k));
    // Alleging and believing always take a clause or "to"; appearing, after "it" or before "to".
    let appearance = APPEARANCES.contains(&norm(i));
    let impersonal = before.is_some_and(|k| norm(k) == "it") || !appearance;
    let to = c.tokens.get(i + 1).is_some_and(|t| t.norm == "to");
    if !impersonal && !to {
        return None;
    }
    let end = (i + 1 + APPEARANCE_REACH).min(c.sentence(i).end);
    let content = |k: usize| !c.tokens[k].stop && !c.tokens[k].numeric && !fill(k);
    if to {
        return (i + 2..end).find(|&k| content(k));
    }
    // The clause's verb: a past tense, or the word after a modal; else, after "it appears",
    // its first content word. What is alleged or believed needs its verb: "the complaint
    // alleged prior convictions" alleges no act.
    let verb = (i + 1..end).find(|&k| {
        content(k)
            && (crate::language::words::past_tense(norm(k))
                || (k > 0 && MODALS.contains(&norm(k - 1))))
    });
    if !appearance {
        return verb;
    }
    verb.or_else(|| (i + 1..end).find(|&k| content(k)))
}

/// Whether token `k` is hedged by a marker or a verb of appearance before it in its clause
/// ("It appears as if the party were insufficiently equipped").
fn hedged_at(c: &Claim, k: usize) -> bool {
    let start = c.clause_start(k).min(k);
    (start..k).any(|m| marker_word(&c.tokens[m].norm) || hedging_frame(c, m))
}

/// Words before a verb that make it one: "to lose", "was losing", "has been injured".
const VERB_BEFORE: &[&str] = &[
    "to", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
    "did", "does",
];

/// Whether token `k` is told as an act: a past tense, a verb after "to" or an auxiliary, or a
/// present after a name. "His wide, compelling eyes" tells no act of compelling.
fn told_as_act(c: &Claim, k: usize) -> bool {
    let t = c.tokens[k];
    // A headline tells its act in the present, right after who did it: "Simpson shoots
    // girlfriend".
    let present_after_name = k > 0
        && t.norm.ends_with('s')
        && t.stem != t.norm
        && c.tokens[k - 1].capitalised
        && !c.tokens[k - 1].stop;
    crate::language::words::past_tense(&t.norm)
        || (k > 0 && VERB_BEFORE.contains(&c.tokens[k - 1].norm.as_str()))
        || present_after_name
}

/// Whether the clauses of two acts name different days or months: "it was injured in
/// Thursday night's loss" / "Bush injured his knee on Oct. 19" tell two injuries.
fn two_occasions(a: &Claim, i: usize, b: &Claim, k: usize) -> bool {
    let (x, y) = (occasions(a, i), occasions(b, k));
    !x.is_empty() && !y.is_empty() && x.is_disjoint(&y)
}

/// One side says an act only appears to have happened, is alleged or believed ("It would appear
/// the fire started on the outside of the building", "prosecutors allege that he shot her")
/// where the other states it plainly ("the fire began on the outside of the building"): the
/// same act, or a WordNet synonym of it, told of the same things.
fn hedged_frame(hedged: &Claim, plain: &Claim) -> Option<(Span, Span)> {
    for i in 0..hedged.tokens.len() {
        if !hedging_frame(hedged, i) || hedged.asks(i) {
            continue;
        }
        let Some(at) = hedged_act(hedged, i) else {
            continue;
        };
        // "Police allege Kirkpatrick opened fire" doubts that he did it: a side that never
        // names him ("an ex-employee opened fire") does not state it.
        let unnamed_doer = hedged.tokens[i + 1..at]
            .iter()
            .any(|d| d.capitalised && !d.stop && !plain.tokens.iter().any(|p| p.norm == d.norm));
        if unnamed_doer {
            continue;
        }
        let act = canonical(&hedged.tokens[at].stem);
        let same_act = |w: &Token| slot::same_act(&w.stem, act);
        let asserted = (0..plain.tokens.len()).find(|&k| {
            // "be", "have": a function word tells no act ("it is thought the flaw could
            // exist" / "it would be a good idea").
            !plain.tokens[k].stop
                && same_act(plain.tokens[k])
                && told_as_act(plain, k)
                && !hedged_at(plain, k)
                && !two_occasions(hedged, at, plain, k)
                && !attributed(plain, k)
                && one_act(hedged, at, plain, k)
        });
        if let Some(k) = asserted {
            // The span reads from "it" ("it would appear the fire started").
            let from = (i.saturating_sub(3)..i)
                .find(|&m| hedged.tokens[m].norm == "it")
                .unwrap_or(i);
            let p = plain.tokens[k];
            return Some((
                Span::new(hedged.tokens[from].start, hedged.tokens[at].end),
                Span::new(p.start, p.end),
            ));
        }
    }
    None
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    if let Some(f) = commitment_finding(left, right) {
        return vec![f];
    }
    let doubted = doubted_word(left, right)
        .or_else(|| suspected_cause(left, right))
        .or_else(|| hedged_frame(left, right))
        .map(|(a, b)| (a, b, true))
        .or_else(|| {
            doubted_word(right, left)
                .or_else(|| suspected_cause(right, left))
                .or_else(|| hedged_frame(right, left))
                .map(|(b, a)| (a, b, false))
        });
    if let Some((a, b, left_doubts)) = doubted {
        let (doubt, plain) = if left_doubts {
            ("left", "right")
        } else {
            ("right", "left")
        };
        return vec![Finding {
            kind: FindingKind::Hedge,
            left: Some(a),
            right: Some(b),
            note: format!(
                "different certainty: \"{}\" vs \"{}\" (the {doubt} report doubts what the {plain} one states)",
                left.text(a),
                right.text(b)
            ),
            anchors: 0,
            source: false,
            minor: false,
        }];
    }
    let (lm, rm) = (markers(left), markers(right));
    if lm.is_empty() || rm.is_empty() || lm.iter().any(|a| rm.iter().any(|b| a.grade == b.grade)) {
        return Vec::new();
    }
    // Two grades of one claim: the words around the markers meet ("likely have to wait a
    // little longer" / "may have to wait a little longer"); "was rumored to be Deep Throat" /
    // "is believed to have died Saturday" grade two claims.
    let one_claim = |a: &Marker, b: &Marker| {
        meet(
            &words_near(left, a.span, MARKER_REACH, false),
            &words_near(right, b.span, MARKER_REACH, false),
        )
    };
    // Hearsay ("allegedly", "rumored"), "possibly" and "likely" all leave the claim
    // unestablished ("believed to be members" / "allegedly targeting members"; "will likely
    // have to wait" / "may have to wait"): no difference. Against "almost certain" or
    // "confirmed", one side asserts.
    let unestablished = |a: &Marker, b: &Marker| a.grade.max(b.grade) < ASSERTED;
    let Some((a, b)) = lm
        .iter()
        .flat_map(|a| rm.iter().map(move |b| (a, b)))
        .find(|(a, b)| one_claim(a, b) && !unestablished(a, b))
    else {
        return Vec::new();
    };
    vec![Finding {
        kind: FindingKind::Hedge,
        left: Some(a.span),
        right: Some(b.span),
        note: format!(
            "different certainty: \"{}\" ({}) vs \"{}\" ({})",
            left.text(a.span),
            GRADES[a.grade],
            right.text(b.span),
            GRADES[b.grade]
        ),
        anchors: 0,
        source: false,
        minor: false,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn grades_differ() {
        assert_eq!(
            notes(
                "Officials said Iran was likely behind the attack.",
                "Officials said it is almost certain that Iran was behind the attack."
            ),
            ["different certainty: \"likely\" (likely) vs \"almost certain\" (almost certain)"]
        );
        assert!(notes("He was reportedly killed.", "His death was confirmed.").len() == 1);
        assert!(notes("He was reportedly killed.", "He was killed.").is_empty());
        assert_eq!(
            notes(
                "Sources did not rule out that the attack aimed to drive the farmers away.",
                "Sources said the attack was undoubtedly aimed at driving the farmers away."
            ),
            ["different certainty: \"not rule out\" (possible) vs \"undoubtedly\" (certain)"]
        );
        assert!(
            notes(
                "Police have not ruled out that the fire was set deliberately.",
                "Police said it was possible that the fire was set deliberately."
            )
            .is_empty()
        );
        assert!(notes("He was reportedly killed.", "He was allegedly killed.").is_empty());
    }

    #[test]
    fn hearsay_against_a_guess_is_no_difference() {
        for (a, b) in [
            (
                "Lopez and his brother are believed to be members of a gang called 8 Block.",
                "Lopez was allegedly one of the members of a gang called 8 Block.",
            ),
            (
                "LaRue was rumored to be Deep Throat.",
                "LaRue said Deep Throat was probably several people.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
        // A guess against a near-certainty still differs.
        assert_eq!(
            notes(
                "LaRue was rumored to be Deep Throat.",
                "LaRue was almost certainly Deep Throat."
            )
            .len(),
            1
        );
    }

    #[test]
    fn what_only_appears_against_what_is_stated() {
        assert_eq!(
            notes(
                "The firefighter said it would appear the blaze started in the kitchen.",
                "The blaze began in the kitchen, the fire service confirmed."
            ),
            [
                "different certainty: \"it would appear the blaze started\" vs \"began\" (the left report doubts what the right one states)"
            ]
        );
        assert_eq!(
            notes(
                "The storm destroyed the harbour wall.",
                "The storm appears to have destroyed the harbour wall."
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_appearance_that_hedges_nothing_or_the_same() {
        for (a, b) in [
            // "appeared in court" is no hedge.
            (
                "The mayor appeared in court on Monday.",
                "The mayor was in court on Monday.",
            ),
            // Both sides hedge.
            (
                "Police said it appeared the crew was poorly equipped for the climb.",
                "\"It appears as if the crew were poorly equipped for the climb.\"",
            ),
            // The stated word tells no act.
            (
                "His gaze seems to compel loyalty among his followers.",
                "He wore glasses that framed his wide, compelling eyes and drew his followers.",
            ),
            // Two injuries of one knee, on two days.
            (
                "It appears the knee was injured in Thursday's loss to Chicago.",
                "He injured his left knee on Oct. 19 and missed four games.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn what_is_alleged_or_believed_against_what_is_stated() {
        assert_eq!(
            notes(
                "Prosecutors allege that the driver hit the cyclist near the bridge.",
                "The driver hit the cyclist near the bridge."
            ),
            [
                "different certainty: \"allege that the driver hit\" vs \"hit\" (the left report doubts what the right one states)"
            ]
        );
        assert_eq!(
            notes(
                "The fire started in the kitchen, firefighters confirmed.",
                "It is thought that the fire started in the kitchen."
            )
            .len(),
            1
        );
        // A headline tells the act in the present, after who did it.
        assert_eq!(
            notes(
                "Prosecutors allege that Simpson shot his girlfriend at her home.",
                "Simpson shoots girlfriend dead at her home"
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_allegation_that_hedges_no_stated_act() {
        for (a, b) in [
            // "alleged" of a thing, not a verb.
            (
                "The alleged shooter fled the scene in a car.",
                "The shooter fled the scene in a car.",
            ),
            // Alleged without an act.
            (
                "The complaint also alleged prior convictions for burglary.",
                "He had prior convictions for burglary and assault.",
            ),
            // Who did it is alleged; the other side never names him.
            (
                "Police allege Kirkpatrick opened fire at the office party.",
                "An ex-employee opened fire at the office party.",
            ),
            // A function word tells no act.
            (
                "It is thought the flaw could exist in older versions of the browser.",
                "It would be wise to update older versions of the browser.",
            ),
            // Both sides allege.
            (
                "Prosecutors allege that Simpson shot Flynn in the head.",
                "The prosecution contends Simpson planned it, then shot Flynn in the head.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_doubt_marker_doubts_the_word_after_it() {
        // After a preposition it doubts the phrase.
        assert!(
            notes(
                "The leader built houses of hiding, allegedly with young girls for him to marry.",
                "The leader assaulted two young girls."
            )
            .is_empty()
        );
        // An auxiliary may stand between.
        assert_eq!(
            notes("The driver allegedly was drunk.", "The driver was drunk.").len(),
            1
        );
    }

    #[test]
    fn a_possibility_in_the_past_doubts_the_word_after_it() {
        for (plain, hedged, note) in [
            (
                "The driver was drunk.",
                "The driver may have been drunk.",
                "different certainty: \"drunk\" vs \"may have been drunk\" (the right report doubts what the left one states)",
            ),
            (
                "LaRue was Deep Throat.",
                "LaRue could have been Deep Throat.",
                "different certainty: \"Deep Throat\" vs \"could have been Deep Throat\" (the right report doubts what the left one states)",
            ),
            (
                "The fire started in the kitchen.",
                "The fire might have started in the kitchen.",
                "different certainty: \"started\" vs \"might have started\" (the right report doubts what the left one states)",
            ),
            // One source, in doubt on one side only.
            (
                "The driver was drunk at the time of the crash, police said.",
                "The driver may have been drunk at the time of the crash, police said.",
                "different certainty: \"drunk\" vs \"may have been drunk\" (the right report doubts what the left one states)",
            ),
        ] {
            assert_eq!(notes(plain, hedged), [note], "{plain} / {hedged}");
        }
        for (plain, hedged) in [
            // What could have happened may be what did not.
            (
                "The driver killed a pedestrian.",
                "The driver could have killed a pedestrian.",
            ),
            // Reported on the other side too, or hedged alike.
            (
                "The driver was drunk, police said.",
                "The driver may have been drunk.",
            ),
            // "allegedly" is the reporter's distance, as "police said" is; so is a charge.
            (
                "The driver was drunk at the time of the crash, police said.",
                "The driver was allegedly drunk at the time of the crash, police said.",
            ),
            (
                "The driver was charged with driving drunk, police said.",
                "The driver may have been drunk at the time, police said.",
            ),
            (
                "His lawyer denied suggestions that the driver was drunk.",
                "The driver may have been drunk.",
            ),
            (
                "So the old model may have been cast aside.",
                "So the old model may have been cast aside.",
            ),
            // Said of another doer.
            (
                "Some users in Cairo experienced slower service.",
                "The company said its clients may have experienced slower service.",
            ),
            // A gerund names an act, it does not tell it was done.
            (
                "Users should avoid using the browsers until the patches are applied.",
                "The patch fixes a browser flaw that may have been used by hackers to attack users.",
            ),
            // "may have to": a need, not a past.
            ("Fans had to wait longer.", "Fans may have to wait longer."),
        ] {
            assert!(notes(plain, hedged).is_empty(), "{plain} / {hedged}");
        }
    }

    #[test]
    fn a_doubted_doer_against_a_passive_without_agent() {
        let doubted = "The driver allegedly hit a woman near the parking lot.";
        assert!(
            notes(
                doubted,
                "The driver fled the scene after the woman was hit near the parking lot."
            )
            .is_empty()
        );
        for stated in [
            "The driver hit a woman near the parking lot.",
            "The woman was hit by the driver near the parking lot.",
        ] {
            assert_eq!(notes(doubted, stated).len(), 1, "{stated}");
        }
        // A participle after a noun, before a preposition, is a passive too ("a headline's
        // mother of 12 killed in crossfire"), unless its agent follows.
        let doubted = "Gang members who allegedly killed a mother of 12 go on trial.";
        assert!(notes(doubted, "Last moments of mother of 12 killed in crossfire").is_empty());
        assert_eq!(
            notes(
                doubted,
                "Last moments of mother of 12 killed in crossfire by gang members"
            )
            .len(),
            1
        );
    }

    #[test]
    fn grades_of_two_claims_are_no_difference() {
        assert!(
            notes(
                "Fred LaRue, who once was rumored to be Deep Throat, has died of natural causes.",
                "The coroner said that LaRue almost certainly died Saturday of natural causes."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "General consumers will likely have to wait a little longer for the phone.",
                "Normal consumers will almost certainly have to wait a little longer for the phone."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_quality_of_a_thing_grades_no_claim() {
        let guess = "An analyst said the firm likely bought the start-up for its technology.";
        assert!(
            notes(
                guess,
                "The start-up has a proven technology that the firm bought, its chief said."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                guess,
                "The firm has certainly bought the start-up for its technology, its chief said."
            )
            .len(),
            1
        );
    }

    #[test]
    fn two_guesses_are_no_difference() {
        // "likely" and "may have" both leave the claim open.
        assert!(
            notes(
                "General consumers will likely have to wait a little longer for the phone.",
                "Normal consumers may have to wait a little longer for the phone."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_accusation_states_nothing() {
        // What someone is charged with, accused of or asserted to have done is alleged there
        // too: no side states it.
        for (accused, doubted) in [
            (
                "He was charged with driving drunk after the crash on Main Street.",
                "Police arrested an allegedly drunk driver after the crash on Main Street.",
            ),
            (
                "The defendant is accused of getting behind the wheel after drinking.",
                "The man allegedly behind the wheel was arrested after drinking.",
            ),
            (
                "The mayor rejected the chief's assertion that the guard had fired first.",
                "Witnesses say the guard allegedly fired first at the protesters.",
            ),
        ] {
            assert!(notes(accused, doubted).is_empty(), "{accused}");
        }
        // A stated driver, or a conviction (a court's finding, no accusation), still differs.
        for stated in [
            "The drunk driver was arrested after the crash on Main Street.",
            "He was convicted of driving drunk in the crash on Main Street.",
        ] {
            assert_eq!(
                notes(
                    stated,
                    "Police arrested an allegedly drunk driver after the crash on Main Street."
                )
                .len(),
                1,
                "{stated}"
            );
        }
    }

    #[test]
    fn one_verb_of_two_acts_is_no_difference() {
        // Nothing around the two verbs is shared: another subject, another act.
        let doubted = "The suspect allegedly turned toward the officers with a knife in his hand.";
        assert!(
            notes(
                doubted,
                "The vigil for the boy turned ugly as mourners clashed with the crowd."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                doubted,
                "The suspect turned toward the officers with a knife in the doorway."
            )
            .len(),
            1
        );
        // Words shared with another clause of the sentence say nothing of the verb's act: the
        // memorial "turned ugly"; the boy, in a clause of his own, "pointed a knife".
        assert!(
            notes(
                "Officers approached the boy, who allegedly turned toward them with a loaded knife in hand.",
                "A memorial for the boy, who was shot after allegedly pointing a knife at officers, turned ugly as mourners clashed with police."
            )
            .is_empty()
        );
        // The verb's own word as a noun ("a hit and run crash") states no act.
        let doubted = "The driver allegedly hit a cyclist on Route 9 and fled.";
        assert!(
            notes(
                "A man was charged in a hit and run crash that killed a cyclist on Route 9.",
                doubted
            )
            .is_empty()
        );
        assert_eq!(
            notes("The driver hit a cyclist on Route 9 and fled.", doubted).len(),
            1
        );
    }

    #[test]
    fn a_doubted_word_against_the_same_word_stated() {
        assert_eq!(
            notes(
                "Police arrested the drunk driver.",
                "Police arrested an allegedly drunk driver."
            ),
            [
                "different certainty: \"drunk\" vs \"allegedly drunk\" (the right report doubts what the left one states)"
            ]
        );
        // A hyphenated word is one word of what is described.
        assert_eq!(
            notes(
                "A grandmother was killed by a drunk hit-and-run driver.",
                "Police arrest allegedly drunk driver."
            )
            .len(),
            1
        );
        // A noun of the doubted word names a thing, it states nothing.
        assert!(
            notes(
                "The vulnerability was reported after the release of the beta.",
                "Version 6 and the beta release of version 8 are also potentially vulnerable."
            )
            .is_empty()
        );
        // One verb of two objects is two acts; of one object, one.
        assert!(
            notes(
                "After hitting the woman, the driver sideswiped a parked car.",
                "After the driver hit the woman, he allegedly hit another car."
            )
            .is_empty()
        );
        // "another" is a second act, which a side naming no object of its own may not tell.
        assert!(
            notes(
                "After hitting her, the suspect sideswiped a parked vehicle in the parking lot.",
                "After the suspect hit the woman, he allegedly hit another car in the parking lot."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "After hitting the woman, the driver hit a parked car.",
                "After the driver hit the woman, he allegedly hit another car."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "They are treating the fire as potentially suspicious.",
                "The fire is being treated as suspicious."
            )
            .len(),
            1
        );
        // Both sides reporting what a source says is no difference.
        assert!(
            notes(
                "Police allege Eric Kirkpatrick, 61, opened fire at an office Christmas party Friday.",
                "A 61-year-old man was charged after allegedly opening fire at an office Christmas party."
            )
            .is_empty()
        );
        for attributed in [
            "Investigators said they found him barricaded in a room.",
            "Many contest police allegations that he pointed a gun at officers.",
        ] {
            let doubted = if attributed.contains("barricaded") {
                "Police say he had allegedly barricaded himself in a room."
            } else {
                "Officers shot him after he allegedly pointed a revolver at them."
            };
            assert!(notes(doubted, attributed).is_empty(), "{attributed}");
        }
        // A source named after what it said reports all of it too.
        let doubted = "Officers shot him after he allegedly pointed a revolver at them.";
        for attributed in [
            "He was shot after pointing a revolver at two officers, police said.",
            "He pointed a revolver at the officers, according to police accounts.",
            "He pointed a revolver at the officers, said a spokesman for the sheriff.",
            "He pointed a revolver at the officers, police said on Saturday.",
        ] {
            assert!(notes(doubted, attributed).is_empty(), "{attributed}");
        }
        // A tokenised ".357" ("a. 357") ends no sentence: the source after it still names it.
        assert!(
            notes(
                "The boy allegedly turned toward the officers with a gun.",
                "The boy turned toward the officers and pointed a. 357 caliber gun at them, according to police accounts."
            )
            .is_empty()
        );
        // A last clause that tells something else of its own does not.
        assert_eq!(
            notes(
                doubted,
                "He pointed a revolver at the officers, one of whom later said he feared for his life."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                doubted,
                "He pointed a revolver at the officers, who said he looked scared."
            )
            .len(),
            1
        );
        // "Subryan allegedly struck" doubts who did it: a side that does not name him states
        // only that it happened; a side that names him states it.
        let doubted = "Subryan allegedly struck the woman as she walked along 117th Street.";
        assert!(
            notes(
                doubted,
                "The woman was struck by a gray car as she walked along 117th Street."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                doubted,
                "Subryan struck the woman as she walked along 117th Street on Sunday."
            )
            .len(),
            1
        );
        // A headline's capitals name no one.
        assert_eq!(
            notes(
                "Police Arrest Allegedly Drunk Driver After Fatal Crash",
                "Police arrested the drunk driver after the fatal crash."
            )
            .len(),
            1
        );
        // Another act tried.
        assert!(
            notes(
                "Orozco also allegedly tried to kill another man days earlier.",
                "His killer ran away and tried to hide."
            )
            .is_empty()
        );
        // Hearsay is not doubt; both doubting is no difference.
        assert!(notes("He reportedly apologized.", "He apologized.").is_empty());
        assert!(
            notes(
                "The allegedly drunk driver fled.",
                "The allegedly drunk man fled."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_suspicious_event_against_its_cause_stated() {
        assert_eq!(
            notes(
                "The church was badly damaged by arson on Friday night.",
                "A \"suspicious\" fire devastated the church on Friday night."
            ),
            [
                "different certainty: \"arson\" vs \"suspicious\" (the right report doubts what the left one states)"
            ]
        );
        assert_eq!(
            notes(
                "Police are treating the death of the pensioner as suspicious.",
                "The pensioner was murdered in her home."
            )
            .len(),
            1
        );
        // Both told by a source, one in doubt; not when both are.
        assert_eq!(
            notes(
                "The church was destroyed by arson on Friday night, the fire chief said.",
                "The fire that destroyed the church on Friday night is being treated as suspicious, the fire chief said."
            )
            .len(),
            1
        );
        assert!(
            notes(
                "The fire at the church may have been set by an arsonist, the fire chief said.",
                "A \"suspicious\" fire devastated the church on Friday night, the fire chief said."
            )
            .is_empty()
        );
        // A cause told as unknown.
        for (open, cue) in [
            (
                "The cause of the fire is not yet known.",
                "cause of the fire is not yet known",
            ),
            (
                "The cause of the fire has not been determined.",
                "cause of the fire has not been determined",
            ),
            (
                "The cause of the blaze is under investigation.",
                "cause of the blaze is under investigation",
            ),
            ("We have no idea what caused it.", "no idea what caused"),
            (
                "The cause of the fire remains unclear.",
                "cause of the fire remains unclear",
            ),
        ] {
            assert_eq!(
                notes("The church fire was caused by arson.", open),
                [format!(
                    "different certainty: \"arson\" vs \"{cue}\" (the right report doubts what the left one states)"
                )],
                "{open}"
            );
        }
        for (plain, open) in [
            // Told by a source, hedged alike, or the cause of something else.
            (
                "Police said the church fire was caused by arson.",
                "The cause of the fire is not yet known.",
            ),
            (
                "The church fire was caused by arson.",
                "The cause of the fire is unknown, but police suspect arson.",
            ),
            (
                "The church fire was caused by arson.",
                "The cause of the delay to the service is unknown.",
            ),
        ] {
            assert!(notes(plain, open).is_empty(), "{plain} / {open}");
        }
        // A cause that is itself a hypothesis, or told by a source, or both sides doubting;
        // "suspicious" of a person, not of the event.
        for (a, b) in [
            (
                "The blaze was being investigated as an arson.",
                "They are treating it as suspicious and as potential arson.",
            ),
            (
                "Fire officials said the church fire was arson.",
                "A suspicious fire destroyed the church.",
            ),
            (
                "Authorities now suspect arson is to blame for the church fire.",
                "The suspicious fire destroyed the church.",
            ),
            (
                "The church was destroyed by arson.",
                "The suspicious fire destroyed the church, and officials are considering arson.",
            ),
            (
                "The fire was not suspicious, officials said.",
                "The church was destroyed by arson.",
            ),
            (
                "Officers saw the teenager acting in a suspicious manner.",
                "The teenager was murdered by officers.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn commitment_against_undecided() {
        let decided = "The lawyer said his client would appeal the verdict.";
        for (undecided, cue) in [
            (
                "The lawyer said no decision had yet been taken on whether to appeal the verdict.",
                "no decision",
            ),
            (
                "The lawyer said his client was undecided about whether to appeal the verdict.",
                "undecided",
            ),
            (
                "The lawyer said his client was considering an appeal against the verdict.",
                "considering",
            ),
        ] {
            assert_eq!(
                notes(decided, undecided),
                [format!(
                    "different commitment: \"would appeal\" (decided) vs \"{cue}\" (undecided)"
                )]
            );
        }
        assert!(
            notes(
                decided,
                "The lawyer said his client plans to appeal the verdict."
            )
            .is_empty()
        );
        assert!(
            notes(
                decided,
                "The lawyer said his client would appeal after considering the verdict."
            )
            .is_empty()
        );
        // Asked or supposed, "will appeal" commits to nothing.
        for asked in [
            "The lawyer has been silent on whether his client will appeal the verdict.",
            "Will the client appeal the verdict, the lawyer was asked?",
        ] {
            assert!(
                notes(
                    asked,
                    "The lawyer said his client had yet to decide whether to appeal the verdict."
                )
                .is_empty(),
                "{asked}"
            );
        }
    }
}
