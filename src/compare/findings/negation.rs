//! Negation findings: one report says it happened, the other that it did not.
//!
//! Two rules. (1) Stance words of opposite classes about the same thing (a content word shared
//! within a few words of each cue): "confirmed" against "denied"; "condemned the attack"
//! (which takes the attack as real) against "called it fabricated"; "claimed responsibility"
//! against "condemned" or "denied". (2) The same content word negated on one side only
//! ("Iran ordered the strike" / "Iran did not order the strike"). (3) Words WordNet calls
//! opposites about the same thing, neither negated ("prices rose" / "prices fell", "confirmed"
//! / "unconfirmed", "the man survived" / "the man succumbed").

use rustc_hash::FxHashSet;

use super::slot;
use crate::compare::claim::{Claim, shared_anchors};
use crate::compare::{Finding, FindingKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Stance {
    /// It happened / it is true.
    Confirm,
    /// It happened and it was wrong.
    Condemn,
    /// We did it.
    ClaimResponsibility,
    /// It is not true / we did not do it.
    Deny,
    /// It did not really happen: staged, fabricated.
    Fabricated,
    /// Will not say it happened: "refused to admit", "did not concede".
    Withhold,
    /// Takes the offer, the deal, the result.
    Accept,
    /// Turns it down: "rejected the offer", "refused the deal".
    Reject,
}

const OPPOSED: &[(Stance, Stance)] = &[
    (Stance::Confirm, Stance::Deny),
    (Stance::Confirm, Stance::Fabricated),
    (Stance::Condemn, Stance::Fabricated),
    (Stance::Condemn, Stance::ClaimResponsibility),
    (Stance::ClaimResponsibility, Stance::Deny),
    (Stance::Confirm, Stance::Withhold),
    (Stance::Accept, Stance::Reject),
];

/// How far (in tokens) a cue's object may be.
const WINDOW: usize = 6;

fn stance(tokens: &[&str], i: usize) -> Option<Stance> {
    let w = tokens[i];
    let next = tokens.get(i + 1).copied().unwrap_or("");
    let responsibility = matches!(next, "responsibility" | "credit");
    Some(match w {
        "confirm" | "confirmed" | "confirms" | "confirming" | "admitted" | "admits" | "admit"
        | "admitting" | "acknowledged" | "acknowledges" | "acknowledge" | "concede"
        | "conceded" | "concedes" | "conceding" => Stance::Confirm,
        "accept" | "accepted" | "accepts" | "approved" | "approves" | "endorsed" | "endorses" => {
            Stance::Accept
        }
        "condemn" | "condemned" | "condemns" | "condemning" | "condemnation" | "denounced"
        | "denounces" | "deplored" | "deplores" | "decried" => Stance::Condemn,
        "claimed" | "claims" | "claim" | "claiming" | "took" | "takes" | "take"
            if responsibility =>
        {
            Stance::ClaimResponsibility
        }
        "denied" | "denies" | "deny" | "denying" | "denial" | "refuted" | "refutes" => Stance::Deny,
        "rejected" | "rejects" | "dismissed" | "dismisses"
            if tokens
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|t| REPORTS.contains(t)) =>
        {
            Stance::Deny
        }
        "rejected" | "rejects" | "refused" | "refuses" if next != "to" => Stance::Reject,
        "turned" | "turns" if next == "down" => Stance::Reject,
        "fabricated" | "fabrication" | "fake" | "staged" | "hoax" | "manufactured" | "farce"
        | "theatrical" | "baseless" | "unfounded" => Stance::Fabricated,
        _ => return None,
    })
}

/// What a report, a claim or an accusation is called: the object of "rejected".
const REPORTS: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "report",
    "reports",
    "story",
];

/// Verbs that negate the verb after "to": "refused to admit", "declined to comment", "failed to
/// stop", "was unable to reach".
const REFUSALS: &[&str] = &[
    "decline",
    "declined",
    "declines",
    "declining",
    "fail",
    "failed",
    "fails",
    "failing",
    "refuse",
    "refused",
    "refuses",
    "refusing",
    "unable",
];

/// The first token of what negates token `k` (which may be preceded by auxiliaries): a negator
/// right before it ("did not order") or a refusal with "to" ("refused to concede").
fn negation_before(c: &Claim, k: usize) -> Option<usize> {
    let clean = |i: usize| c.gap(i).trim().is_empty();
    let norm = |i: usize| c.tokens[i].norm.as_str();
    if k > 0 && clean(k) && NEGATORS.contains(&norm(k - 1)) {
        return Some(k - 1);
    }
    (k > 1 && clean(k) && clean(k - 1) && norm(k - 1) == "to" && REFUSALS.contains(&norm(k - 2)))
        .then(|| k - 2)
}

/// Words that negate the verb after them.
pub(super) const NEGATORS: &[&str] = &[
    "not", "never", "didnt", "doesnt", "dont", "wasnt", "werent", "isnt", "arent", "hasnt",
    "havent", "hadnt", "cannot", "cant", "wont", "wouldnt", "couldnt",
];

/// Words that say something did not happen without a negator ("failed to meet", "refused to
/// recuse", "no tumours were found", "rather than", "yet to reach"): a side with one of them is
/// not a clear affirmation.
const NEGATIVE: &[&str] = &[
    "absence", "declined", "declines", "failed", "fails", "failing", "failure", "instead", "lack",
    "lacked", "neither", "no", "none", "nor", "nothing", "rather", "refused", "refuses", "unable",
    "without", "yet",
];

struct Cue<'a> {
    stance: Stance,
    /// The first token of the cue ("refused" in "refused to admit") and its last.
    first: usize,
    token: usize,
    object: FxHashSet<&'a str>,
}

fn cues<'a>(c: &Claim<'a>) -> Vec<Cue<'a>> {
    let norms: Vec<&str> = c.tokens.iter().map(|t| t.norm.as_str()).collect();
    (0..norms.len())
        .filter_map(|i| {
            let mut stance = stance(&norms, i)?;
            let mut first = i;
            if let Some(n) = negation_before(c, i) {
                // "refused to admit", "did not accept": the opposite stance; "did not deny"
                // says nothing clear.
                stance = match stance {
                    Stance::Confirm => Stance::Withhold,
                    Stance::Accept => Stance::Reject,
                    _ => return None,
                };
                first = n;
            }
            Some(Cue {
                stance,
                first,
                token: i,
                object: around(c, i),
            })
        })
        .collect()
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let out = stance_findings(left, right);
    // Most linked pairs have neither a negator nor a pair of opposites: reading every word's
    // polarity (`negated_stems`) is then not needed, and it is read once for both rules.
    if !out.is_empty() {
        return out;
    }
    let negates = can_negate(left) || can_negate(right);
    let stems = [stems(left), stems(right)];
    if !(negates || any_opposites(&stems)) {
        return out;
    }
    let (ln, rn) = (negated_stems(left), negated_stems(right));
    let out = if negates {
        negated_findings(left, right, &ln, &rn)
    } else {
        Vec::new()
    };
    if out.is_empty() {
        opposite_findings(left, right, &ln, &rn, &stems)
    } else {
        out
    }
}

/// Whether a word of the claim can negate the verb after it (`negation_before`): without one
/// no word of it is negated.
fn can_negate(c: &Claim) -> bool {
    c.tokens.iter().any(|t| {
        let w = t.norm.as_str();
        NEGATORS.contains(&w) || REFUSALS.contains(&w)
    })
}

/// The stems of a claim's words.
fn stems<'a>(c: &Claim<'a>) -> FxHashSet<&'a str> {
    c.tokens.iter().map(|t| t.stem.as_str()).collect()
}

/// Whether a word of one claim is a WordNet antonym of a word of the other (`stems`: each
/// side's).
fn any_opposites([ls, rs]: &[FxHashSet<&str>; 2]) -> bool {
    let lexicon = crate::language::lexicon();
    let one_way = |from: &FxHashSet<&str>, to: &FxHashSet<&str>| {
        from.iter()
            .any(|a| lexicon.antonyms_of(a).iter().any(|b| to.contains(b)))
    };
    one_way(ls, rs) || one_way(rs, ls)
}

/// Content words (not names) shared within `OPPOSITE_WINDOW` tokens of two opposites for them
/// to be said of the same thing: within one story every sentence shares the story's names and
/// topic ("the Saints have lost another running back" / "the Saints' Super Bowl winning
/// season"), not the words right around one predicate ("prices rose sharply" / "prices fell
/// sharply").
const OPPOSITE_ANCHORS: usize = 2;
const OPPOSITE_WINDOW: usize = 3;

/// Degree words that deny what follows them: "insufficiently experienced".
const LACKING: &[&str] = &[
    "inadequately",
    "insufficiently",
    "not",
    "poorly",
    "scarcely",
];

/// Rule (3): a word on one side whose WordNet antonym is on the other, about the same thing
/// (`OPPOSITE_ANCHORS`), neither negated, and neither side using the other's word too ("rose,
/// then fell" tells both).
fn opposite_findings(
    left: &Claim,
    right: &Claim,
    ln: &[(&str, usize, bool)],
    rn: &[(&str, usize, bool)],
    [ls, rs]: &[FxHashSet<&str>; 2],
) -> Vec<Finding> {
    let lexicon = crate::language::lexicon();
    // "the left report" / "the right report", "a new building" / "the old building": words
    // after a determiner describe which thing is meant, they do not tell what happened.
    let described = |c: &Claim, k: usize| {
        k > 0
            && matches!(
                c.tokens[k - 1].norm.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
            )
    };
    // "insufficiently equipped and experienced" is inexperienced: a degree word that denies
    // reaches over a coordination.
    let lacking = |c: &Claim, k: usize| {
        c.tokens[k.saturating_sub(OPPOSITE_WINDOW)..k]
            .iter()
            .any(|t| LACKING.contains(&t.norm.as_str()))
    };
    for &(_, i, neg_i) in ln {
        let a = left.tokens[i].stem.as_str();
        if neg_i || rs.contains(a) || described(left, i) || lacking(left, i) {
            continue;
        }
        for &(_, j, neg_j) in rn {
            let b = right.tokens[j].stem.as_str();
            if neg_j
                || ls.contains(b)
                || described(right, j)
                || lacking(right, j)
                || !lexicon.antonyms(a, b)
            {
                continue;
            }
            // "a 47-year-old man and a 48-year-old man" / "a woman and two men": a side that
            // tells the other's word in another form ("men") tells both.
            let told = |word: &str, stems: &FxHashSet<&str>| {
                let senses = lexicon.senses(word);
                stems
                    .iter()
                    .any(|x| lexicon.senses(x).iter().any(|s| senses.contains(s)))
            };
            if told(a, rs) || told(b, ls) {
                continue;
            }
            // "the 20-year-old woman" / "a 27-year-old man": two people, told apart by their
            // ages (whose "year old" would otherwise be words shared around both).
            if let (Some(x), Some(y)) = (slot::age_before(left, i), slot::age_before(right, j))
                && x != y
            {
                continue;
            }
            // "less than an inch thick" / "0.98-inches thin": after a measure, the word names
            // the dimension measured, not a quality.
            if after_measure(left, i) || after_measure(right, j) {
                continue;
            }
            // "seven children aged from one to 12" / "seven young children": "aged" gives
            // ages, it is not "old".
            if gives_ages(left, i) || gives_ages(right, j) {
                continue;
            }
            // A figure counts: "shares rose 5%" / "shares fell 5%" tell one move.
            let near = |c: &Claim<'_>, k: usize| -> FxHashSet<String> {
                let lo = k.saturating_sub(OPPOSITE_WINDOW);
                (lo..(k + OPPOSITE_WINDOW + 1).min(c.tokens.len()))
                    .filter(|&m| m != k && (c.name_at(m).is_none() || common_first(c, m)))
                    .map(|m| c.tokens[m])
                    .filter(|t| !t.stop)
                    .map(|t| t.stem.clone())
                    .collect()
            };
            let anchors = near(left, i).intersection(&near(right, j)).count();
            if anchors < OPPOSITE_ANCHORS {
                continue;
            }
            let (sa, sb) = (span(left.tokens[i]), span(right.tokens[j]));
            return vec![Finding {
                kind: FindingKind::Negation,
                left: Some(sa),
                right: Some(sb),
                note: format!("opposites: \"{}\" vs \"{}\"", left.text(sa), right.text(sb)),
                anchors,
                source: false,
                minor: false,
            }];
        }
    }
    Vec::new()
}

/// Whether token `m` is a noun capitalised only for opening its sentence, read as a name of
/// one word: "Prices rose sharply in the capital".
fn common_first(c: &Claim, m: usize) -> bool {
    c.sentence(m).start == m
        && c.name_at(m).is_some_and(|n| n.words.len() == 1)
        && crate::language::kinds::noun_kinds(&c.tokens[m].norm) != 0
}

/// Whether token `k` follows a measure: a figure, then its unit of length or weight ("an inch
/// thick", "0.98-inches thin", "six feet tall"), or a span of time, with or without a figure
/// ("10 minutes later", "minutes earlier", "two years older"): told from another moment or
/// person, which two reports may each choose ("re-entered 10 minutes later" / "escorted out
/// 10 minutes earlier").
fn after_measure(c: &Claim, k: usize) -> bool {
    // Not a compound that describes ("four-year private colleges").
    let after_time = k >= 1
        && super::number::hours_per(&c.tokens[k - 1].stem).is_some()
        && c.gap(k - 1).trim() != "-"
        && c.gap(k).trim().is_empty();
    after_time
        || k >= 2
            && c.quantities
                .iter()
                .any(|q| q.start == c.tokens[k - 2].start && q.measure().is_some())
            && !c.gap(k - 1).contains([',', ';', ':'])
            && !c.gap(k).contains([',', ';', ':'])
}

/// Whether token `k` is "aged" giving ages: before a figure or a range ("aged 12", "aged from
/// one to 12", "aged between 20 and 30").
fn gives_ages(c: &Claim, k: usize) -> bool {
    c.tokens[k].norm == "aged"
        && c.tokens.get(k + 1).is_some_and(|t| {
            t.numeric || matches!(t.norm.as_str(), "from" | "between" | "under" | "over")
        })
}

fn stance_findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let (lc, rc) = (cues(left), cues(right));
    let stances = |cs: &[Cue]| cs.iter().map(|c| c.stance).collect::<FxHashSet<_>>();
    let (ls, rs) = (stances(&lc), stances(&rc));
    for a in &lc {
        for b in &rc {
            let opposed = OPPOSED
                .iter()
                .any(|&(x, y)| (a.stance, b.stance) == (x, y) || (a.stance, b.stance) == (y, x));
            // A side that says both (condemned it, then called it staged) is no contradiction.
            if !opposed || ls.contains(&b.stance) || rs.contains(&a.stance) {
                continue;
            }
            if a.object.is_disjoint(&b.object) {
                continue;
            }
            let (sa, sb) = (
                left.span_of(a.first, a.token),
                right.span_of(b.first, b.token),
            );
            let (wa, wb) = (left.text(sa), right.text(sb));
            return vec![Finding {
                kind: FindingKind::Negation,
                left: Some(sa),
                right: Some(sb),
                note: format!("{} vs {}", describe(a.stance, wa), describe(b.stance, wb)),
                anchors: shared_anchors(left, &a.object, right, &b.object),
                source: false,
                minor: false,
            }];
        }
    }
    Vec::new()
}

fn describe(s: Stance, word: &str) -> String {
    match s {
        Stance::Confirm => format!("\"{word}\" (it happened)"),
        Stance::Condemn => format!("\"{word}\" (takes it as real)"),
        Stance::ClaimResponsibility => format!("\"{word}\" responsibility"),
        Stance::Deny => format!("\"{word}\" (says it is not true)"),
        Stance::Fabricated => format!("\"{word}\" (says it did not really happen)"),
        Stance::Withhold => format!("\"{word}\" (does not accept it)"),
        Stance::Accept => format!("\"{word}\" (accepted)"),
        Stance::Reject => format!("\"{word}\" (turned down)"),
    }
}

/// Content stems within `WINDOW` tokens of token `i`.
fn around<'a>(c: &Claim<'a>, i: usize) -> FxHashSet<&'a str> {
    c.window_stems(i.saturating_sub(WINDOW), i + WINDOW + 1, i)
}

fn span(t: &crate::document::Token) -> crate::document::Span {
    crate::document::Span::new(t.start, t.end)
}

/// Words that may stand between a negator and its verb: "has not been solved".
const AUXILIARIES: &[&str] = &["be", "been", "being", "even", "ever", "have", "had", "has"];

/// How many tokens after a negated verb a time bound ("until", "before") may come.
const BOUND_WINDOW: usize = 6;

/// Occurrences of each content stem, and whether a negator governs it: right before it or
/// with only auxiliaries between ("did not order", "was not stolen"). "Not yet revealed" is
/// about when, not whether.
fn negated_stems<'a>(c: &Claim<'a>) -> Vec<(&'a str, usize, bool)> {
    let asked = c.questions();
    c.tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| {
            !t.stop
                && !t.numeric
                && !t.capitalised
                && !NEGATORS.contains(&t.norm.as_str())
                // "was not one person": a figure is the number finder's.
                && !c.in_figure(i)
        })
        // "to reach the play-offs": a part of a hyphenated word is no verb (one joined to a
        // prefix of two letters, "re-elected", may be).
        .filter(|&(i, _)| {
            let joined = |k: usize| {
                c.tokens.get(k).is_some_and(|n| n.norm.len() > 2) && c.gap(k.max(i)) == "-"
            };
            !((i > 0 && joined(i - 1)) || joined(i + 1))
        })
        .filter_map(|(i, t)| {
            let mut k = i;
            while k > 0 && AUXILIARIES.contains(&c.tokens[k - 1].norm.as_str()) && i - k < 2 {
                k -= 1;
            }
            // "will not resume before Saturday" bounds when, it does not deny that: the same
            // as "is expected to resume on Saturday"; so does "will not leave the show until
            // the end of 2009", the bound after the verb's object, within its clause, and "has
            // not happened since 1991".
            let bounded = (i + 1..(i + 1 + BOUND_WINDOW).min(c.tokens.len()))
                .take_while(|&k| !c.gap(k).contains([',', ';', ':']))
                .any(|k| {
                    matches!(
                        c.tokens[k].norm.as_str(),
                        "before" | "until" | "till" | "since"
                    )
                });
            let negator = negation_before(c, k);
            let negated = negator.is_some() && !bounded;
            // "pleaded not guilty", "not guilty pleas were entered": a plea, neither side of a
            // denial of guilt; "found not guilty", "found him not guilty": a verdict, which the
            // court finder reads.
            let plea = negator.is_some_and(|n| n > 0 && c.tokens[n - 1].stem == "plead")
                || c.tokens.get(i + 1).is_some_and(|t| t.stem == "plea")
                || negator.is_some_and(|n| super::court::verdict_before(c, n));
            // "Don't talk": a negated command forbids, it tells of nothing not done.
            let command = negator.is_some_and(|n| {
                let first = match n {
                    1.. if c.tokens[n].norm == "not" && c.tokens[n - 1].norm == "do" => n - 1,
                    _ => n,
                };
                matches!(c.tokens[first].norm.as_str(), "dont" | "do" | "never")
                    && c.clause_start(first) == first
            });
            // "What is he pointing a gun at?", "if you run into problems", "whether they will
            // retry him", "malware could use it": asked, supposed or possible, not told.
            let untold = || {
                // "She claimed the shootings didn't happen": a claim the report keeps at a
                // distance is its source's, not the report's.
                (negated
                    && (c.sentence(k).start..k).any(|m| {
                        matches!(c.tokens[m].norm.as_str(), "claimed" | "claims" | "claiming")
                    }))
                    || asked[i]
                    || c.supposes(k)
                    || (negator.is_none()
                        && k > 0
                        && matches!(
                            c.tokens[k - 1].norm.as_str(),
                            "could" | "might" | "may" | "can"
                        ))
            };
            // "trying to determine the cause" affirms no determination: an infinitive is
            // neither side of a denial.
            let infinitive = !negated && i > 0 && c.tokens[i - 1].norm == "to";
            // "(if they were still in contention) he wouldn't have placed Bush on IR" says
            // what did not happen in another case: it denies nothing.
            let counterfactual = negated
                && c.tokens[k].norm == "have"
                && negator.is_some_and(|n| {
                    matches!(c.tokens[n].norm.as_str(), "wouldnt" | "couldnt")
                        || (n > 0 && MODALS.contains(&c.tokens[n - 1].norm.as_str()))
                });
            // "malicious downloaders", "Chatman's first score", "the first 9-1-1 call", "got a
            // call": a noun of the act is neither side of a denial of the act ("they are not
            // downloading", "they would not score", "you can't call it arson").
            let noun = crate::language::words::noun_of_verb(&t.norm, &t.stem)
                || (i > 0
                    && (ORDINAL_WORDS.contains(&c.tokens[i - 1].norm.as_str())
                        || matches!(c.tokens[i - 1].norm.as_str(), "a" | "an" | "the")
                        || c.tokens[i - 1].numeric));
            (!infinitive && !counterfactual && !noun && !plea && !command && !untold()).then_some((
                t.stem.as_str(),
                i,
                negated,
            ))
        })
        .collect()
}

/// Modal verbs of a case that did not happen, with "not have" ("would not have placed").
const MODALS: &[&str] = &["would", "could", "might", "should"];

/// Words after which a word of an act names it as a thing ("his first score").
const ORDINAL_WORDS: &[&str] = &["first", "second", "third", "last", "next", "final"];

fn has_negative(c: &Claim) -> bool {
    c.tokens.iter().any(|t| {
        let w = t.norm.as_str();
        NEGATORS.contains(&w)
            || NEGATIVE.contains(&w)
            || w.starts_with("deni")
            || w.starts_with("reject")
    })
}

/// Verbs of saying: "investigators didn't say why he was suspended" withholds an account, it
/// denies nothing that "authorities say he was suspended" states.
const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "tell",
    "told",
    "comment",
    "commented",
    "explain",
    "explained",
    "elaborate",
    "elaborated",
    "specify",
    "specified",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "know",
    "knew",
];

/// Personal pronouns: they stand for words of another sentence.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "him", "her", "them", "we", "i"];

/// Whether a personal pronoun is in the clause of token `k` (`slot::clause_around`).
fn pronoun_near(c: &Claim, k: usize) -> bool {
    c.tokens[slot::clause_around(c, k)]
        .iter()
        .any(|t| PRONOUNS.contains(&t.norm.as_str()))
}

fn negated_findings(
    left: &Claim,
    right: &Claim,
    ln: &[(&str, usize, bool)],
    rn: &[(&str, usize, bool)],
) -> Vec<Finding> {
    let (lneg, rneg) = (has_negative(left), has_negative(right));
    let mut out = Vec::new();
    let mut seen = FxHashSet::default();
    for &(stem, i, neg) in ln {
        if !seen.insert(stem) || SAYING.contains(&left.tokens[i].norm.as_str()) {
            continue;
        }
        let mine: Vec<_> = ln.iter().filter(|x| x.0 == stem).collect();
        let theirs: Vec<_> = rn.iter().filter(|x| x.0 == stem).collect();
        // The affirming side must say nothing negative at all: "did not recuse himself" and
        // "refused to recuse himself" agree.
        let affirming_negative = if neg { rneg } else { lneg };
        if theirs.is_empty()
            || mine.iter().any(|x| x.2 != neg)
            || theirs.iter().any(|x| x.2 == neg)
            || affirming_negative
        {
            continue;
        }
        let j = theirs[0].1;
        // "officers wouldn't take any aggressive action" / "sentencing will take place":
        // one verb of two objects is two predicates.
        let (oa, ob) = (slot::object(left, i), slot::object(right, j));
        if slot::other_objects(&oa, &ob) {
            continue;
        }
        // "Results of Williams' blood-alcohol test have not been released" / "he has been
        // booked and later released": a person told by a pronoun is none of the things.
        if (slot::passive_person_pronoun(left, i) && slot::object_of_things(&ob))
            || (slot::passive_person_pronoun(right, j) && slot::object_of_things(&oa))
        {
            continue;
        }
        // "each time IE runs" / "the average user does not run the restricted sites mode": the
        // clauses of the verb share no word, two acts; unless a pronoun stands for what they
        // would share ("the recall was ordered by the watchdog" / "it had not been ordered").
        if !slot::meet(&slot::act_words(left, i), &slot::act_words(right, j))
            && !pronoun_near(left, i)
            && !pronoun_near(right, j)
        {
            continue;
        }
        let (a, b) = (span(left.tokens[i]), span(right.tokens[j]));
        let (neg_side, pos_side) = if neg {
            ("left", "right")
        } else {
            ("right", "left")
        };
        let word = left.text(a);
        out.push(Finding {
            kind: FindingKind::Negation,
            left: Some(a),
            right: Some(b),
            note: format!("the {neg_side} report negates \"{word}\", the {pos_side} affirms it"),
            // The negated word itself, and the content words around it on both sides.
            anchors: 1 + shared_anchors(left, &around(left, i), right, &around(right, j)),
            source: false,
            minor: false,
        });
        break;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn opposite_people_of_different_ages_are_two_people() {
        let (a, b) = (
            "The 20-year-old woman told a friend about the threat.",
            "A jury convicted a 27-year-old man over the threat.",
        );
        assert!(notes(a, b).is_empty(), "{:?}", notes(a, b));
        // One age: one person, told as a woman and as a man.
        assert_eq!(
            notes(
                "A 47-year-old woman was killed in the crash.",
                "A 47-year-old man was killed in the crash."
            )
            .len(),
            1
        );
    }

    #[test]
    fn aged_giving_ages_is_no_opposite_of_young() {
        assert!(
            notes(
                "Twelve of one family, seven children aged from one to 12, were killed in an air strike on their house.",
                "Twelve members of one family, including seven young children, were killed in an air strike on their house."
            )
            .is_empty()
        );
        // "aged" as old still is.
        assert_eq!(
            notes(
                "The strike killed seven aged residents of the care home.",
                "The strike killed seven young residents of the care home."
            )
            .len(),
            1
        );
    }

    #[test]
    fn opposite_degrees_of_adjectives() {
        // Comparatives are opposites as their adjectives are.
        assert_eq!(
            notes(
                "The crowd was larger than in 2015, the organisers said.",
                "The crowd was smaller than in 2015, the organisers said.",
            ),
            ["opposites: \"larger\" vs \"smaller\""]
        );
        assert_eq!(
            notes(
                "Turnout was higher than in 2015, officials said.",
                "Turnout was lower than in 2015, officials said.",
            ),
            ["opposites: \"higher\" vs \"lower\""]
        );
    }

    #[test]
    fn opposites_about_the_same_thing() {
        assert_eq!(
            notes(
                "Oil prices rose sharply on Monday in London trading.",
                "Oil prices fell sharply on Monday in London trading.",
            ),
            ["opposites: \"rose\" vs \"fell\""]
        );
        // A noun that opens the sentence is no name, though capitalised.
        assert_eq!(
            notes(
                "Prices rose sharply in the capital on Sunday.",
                "Prices fell sharply in the capital on Sunday.",
            ),
            ["opposites: \"rose\" vs \"fell\""]
        );
        // Not about the same thing, negated, or both told by one side.
        for (a, b) in [
            (
                "Oil prices rose sharply on Monday.",
                "The dollar fell against the euro.",
            ),
            ("Shares rose 5% on Monday.", "Bond yields fell 5 points."),
            // A name that opens the sentence is still a name.
            ("Obama rose early on Sunday.", "Obama fell ill on Sunday."),
            // Which thing is meant, not what happened.
            (
                "The left report says item 2 was seen near place 2.",
                "The right report says item 2 was seen near place 2.",
            ),
            // The same story, not the same predicate.
            (
                "The Saints have lost another running back for the season.",
                "Thomas led the Saints in their Super Bowl winning season.",
            ),
            (
                "Oil prices rose sharply on Monday in London.",
                "Oil prices did not fall on Monday in London.",
            ),
            (
                "Oil prices rose and then fell on Monday in London.",
                "Oil prices fell on Monday in London.",
            ),
            // "men" is the plural of "man": both told by one side.
            (
                "Police identified the other victims as a 47-year-old man and a 48-year-old man.",
                "A 63-year-old woman and two men, ages 47 and 48, were shot, police said.",
            ),
            // After a measure, the dimension measured.
            (
                "The notebook is less than an inch thick and weighs 6.6 pounds.",
                "The computer is just 0.98-inches thin and weighs 6.6 pounds.",
            ),
            // After a span of time, a moment told from another one.
            (
                "She left the building and returned with a gun 10 minutes later.",
                "She had been escorted from the building with a gun 10 minutes earlier.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
        // Said of the thing itself, or of what a figure counts, they are opposites.
        for (a, b) in [
            (
                "Tuition at four-year private colleges rose 6 percent this year.",
                "Tuition at four-year public colleges rose 6 percent this year.",
            ),
            (
                "The new notebook is very thick and weighs 6.6 pounds.",
                "The new notebook is very thin and weighs 6.6 pounds.",
            ),
            (
                "The victims were two young men from the village.",
                "The victims were two old men from the village.",
            ),
            ("Shares rose 5% on Monday.", "Shares fell 5% on Monday."),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn an_infinitive_a_figure_or_a_lacking_degree_is_no_side_of_a_denial() {
        for (a, b) in [
            (
                "The cause of the fire has not been determined.",
                "Investigators were at the scene trying to determine the cause of the fire.",
            ),
            (
                "He said the source for the reporters was not one person.",
                "He was one of many figures rumored to be the source for the reporters.",
            ),
            (
                "Police said the group was insufficiently equipped and experienced for the climb.",
                "Police said the group was insufficiently equipped and inexperienced for the climb.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_plea_or_a_verb_of_another_object_denies_nothing() {
        for (a, b) in [
            (
                "The man was found guilty of two counts of first-degree murder.",
                "The man has pleaded not guilty to two first-degree murder charges.",
            ),
            // A verdict is the court finder's.
            (
                "The jury found him not guilty of murder on Monday.",
                "The jury found him guilty of murder on Monday.",
            ),
            (
                "She put the gun down so officers would not take any aggressive action.",
                "Formal sentencing will take place at a later date, officers said.",
            ),
            (
                "Two players rushed for 100 yards, which has not happened to the team since 1991.",
                "The team rushed for 352 yards, the first time that has happened to the team.",
            ),
            // What a verb of wanting wants is its object.
            (
                "\"The one record we want to break is the winning record,\" he said.",
                "\"I didn't want to focus on trying to break a scoring record,\" he said.",
            ),
            // The object of a passive verb is its subject.
            (
                "The carrier made the announcement, and while the date has not been confirmed, the phone is expected in February.",
                "The announcement by the carrier confirms rumors from December about the phone.",
            ),
            // A person told by a pronoun is no thing: the results and the man.
            (
                "Results of the driver's blood-alcohol test have not been released.",
                "Results are pending, but he has been booked and later released on bail.",
            ),
            (
                "He was released on bail on Monday.",
                "Results of the blood-alcohol test were not released on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // The same object, or none, still denies.
        for (a, b) in [
            (
                "Officers did not use any force against the woman.",
                "Officers used force against the woman.",
            ),
            (
                "The recall was ordered by the food safety authority.",
                "The firm said the recall had not been ordered by any regulator.",
            ),
            (
                "The man was not found guilty of murder by the jury.",
                "The man was found guilty of murder by the jury.",
            ),
            (
                "The date of the release has not been confirmed by the carrier.",
                "The carrier confirmed the date of the release.",
            ),
            // A pronoun may stand for the person the other side names.
            (
                "The driver has not been released from jail.",
                "He has been booked and later released from jail.",
            ),
            (
                "He said he did not want to leave the team.",
                "He said he wanted to leave the team.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn a_relative_pronoun_or_a_joined_participle_tells_the_object() {
        for (a, b) in [
            // "whom" stands for the verb's object: the man, not the victims.
            (
                "Police identified the other victims as two local men.",
                "The man, whom police did not identify, was not in the office.",
            ),
            // A participle joined by "and" to a passive one has its subject: Williams, not the
            // results.
            (
                "Results of the blood test have not been released.",
                "Williams, who was booked into jail and later released on bail, gave a blood sample.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // The same object still denies.
        for (a, b) in [
            (
                "Police identified the man as a local resident.",
                "The man, whom police did not identify, was not in the office.",
            ),
            (
                "Williams has not been released.",
                "Williams, who was booked into jail and later released on bail, gave a blood sample.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn a_time_bound_denies_nothing() {
        for (a, b) in [
            (
                "Services will not resume before Saturday, the operator said.",
                "Services are expected to resume on Saturday, the operator said.",
            ),
            (
                "The presenter will not leave the weekly show until the end of next year.",
                "The presenter, who leaves at the end of the year, will be replaced.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
        // A bound in another clause leaves the denial standing.
        assert_eq!(
            notes(
                "The presenter will not leave the show, until now the longest-running one.",
                "The presenter will leave the show, until now the longest-running one.",
            ),
            ["the left report negates \"leave\", the right affirms it"]
        );
    }

    #[test]
    fn a_case_that_did_not_happen_or_a_noun_of_the_act_denies_nothing() {
        for (a, b) in [
            (
                "Payton decided the team would place Bush on injured reserve.",
                "Payton said that if the team were still in contention, he wouldn't have placed Bush on injured reserve.",
            ),
            (
                "Payton decided the team would place Bush on injured reserve.",
                "Payton said he would not have placed Bush on injured reserve in another year.",
            ),
            (
                "Once users open the page, malicious downloaders are installed on their computers.",
                "The flaw lets criminals steal passwords even when users are not downloading material on their computers.",
            ),
            (
                "Creighton would not score again for almost eight minutes in the second half.",
                "The lead returned to 54-46 on Chatman's first score of the second half.",
            ),
            (
                "The first 9-1-1 call came at 3:33 a.m. from the hotel, public safety director Jon Owen said.",
                "\"You can't call it arson yet,\" public safety director Jon Owen said.",
            ),
            (
                "Dispatchers got a call shortly after 3:30 a.m. that the building was on fire, Owen said.",
                "\"You can't call it arson yet,\" Owen said of the fire in the building.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // A plain denial of the act still is one.
        assert_eq!(
            notes(
                "Payton placed Bush on injured reserve on Monday.",
                "Payton has not placed Bush on injured reserve on Monday.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn one_verb_told_of_two_things_denies_nothing() {
        // What runs is the browser; what users do not run is a mode.
        assert!(
            notes(
                "The workaround changes the library in memory each time the browser runs.",
                "The average user does not run the restricted sites mode, Henry explains.",
            )
            .is_empty()
        );
        // A pronoun may stand for the shared thing: still a denial.
        assert_eq!(
            notes(
                "The recall was ordered by the consumer safety watchdog, which opened an inquiry.",
                "Voltra stressed that it had launched the recall voluntarily and that it had not been ordered by any regulator.",
            )
            .len(),
            1
        );
        // The same results, released and not.
        assert_eq!(
            notes(
                "Results of his blood-alcohol test have not been released.",
                "Results of his blood-alcohol test were released on Monday.",
            ),
            ["the left report negates \"released\", the right affirms it"]
        );
    }

    #[test]
    fn a_question_a_command_or_a_supposition_denies_nothing() {
        let denial = "The boy did not point the gun at the officers, witnesses said.";
        for (a, b) in [
            (
                "Why would the boy point a gun at the officers who approached him?",
                denial,
            ),
            (
                "The coach told his players: \"Don't talk to reporters after the final.\"",
                "The players talked to reporters after the final on Friday.",
            ),
            (
                "Attackers could use the flaw to take over a computer, the company warned.",
                "Attackers have not used the flaw to take over a computer, the company said.",
            ),
            (
                "If you run the update on an old computer, the browser stops.",
                "Most users did not run the update on an old computer.",
            ),
            (
                "It is unclear whether the board will approve the merger this year.",
                "The board did not approve the merger this year.",
            ),
            (
                "The man was found guilty of first-degree murder and assault.",
                "Not guilty pleas were entered on the man's behalf to charges of first-degree murder.",
            ),
            // A denial the report keeps at a distance.
            (
                "She claimed the shootings at the plant \"didn't happen.\"",
                "The shootings at the plant happened shortly after 8:30 p.m. on Thursday.",
            ),
            (
                "Kinnear ruled himself out of the running, claiming he has never seen an episode of the show.",
                "Capaldi was recently seen in an episode of the show.",
            ),
            // A part of a hyphenated word.
            (
                "Harrison did not play in Thursday's win over Jacksonville.",
                "The Colts beat Jacksonville on Thursday to reach the play-offs.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
        // Told plainly, each still is a denial.
        for (a, b) in [
            (
                "The boy pointed a gun at the officers who approached him.",
                denial,
            ),
            (
                "The players did not talk to reporters after the final.",
                "The players talked to reporters after the final on Friday.",
            ),
            (
                "Attackers used the flaw to take over a computer, the company warned.",
                "Attackers have not used the flaw to take over a computer, the company said.",
            ),
            (
                "The board approved the merger this year.",
                "The board did not approve the merger this year.",
            ),
            (
                "She said the shootings at the plant did not happen.",
                "The shootings at the plant happened shortly after 8:30 p.m. on Thursday.",
            ),
            (
                "Harrison played in the play-offs against Jacksonville on Thursday.",
                "Harrison did not play in the play-offs against Jacksonville on Thursday.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn an_account_withheld_denies_nothing() {
        assert!(
            notes(
                "Investigators didn't say why Hiller was suspended.",
                "Authorities say Hiller was suspended."
            )
            .is_empty()
        );
    }

    #[test]
    fn opposite_stances() {
        assert_eq!(
            notes(
                "Khazali later condemned the attack on Kazemi's home.",
                "Asa'ib Ahl al-Haq described the attack on Kazemi's home as \"fabricated.\""
            ),
            ["\"condemned\" (takes it as real) vs \"fabricated\" (says it did not really happen)"]
        );
        assert_eq!(
            notes(
                "The ministry confirmed the deaths.",
                "The ministry denied the deaths."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "Iran ordered the strike, officials said.",
                "Iran did not order the strike, officials said."
            ),
            ["the right report negates \"ordered\", the left affirms it"]
        );
    }

    #[test]
    fn refusals_negate_the_verb_after_them() {
        assert_eq!(
            notes(
                "Kovac conceded defeat on Sunday night.",
                "Kovac refused to admit defeat on Sunday night."
            ),
            ["\"conceded\" (it happened) vs \"refused to admit\" (does not accept it)"]
        );
        assert_eq!(
            notes(
                "The council approved the plan.",
                "The council rejected the plan."
            ),
            ["\"approved\" (accepted) vs \"rejected\" (turned down)"]
        );
        assert_eq!(
            notes(
                "The guards stopped the attackers at the gate.",
                "The guards failed to stop the attackers at the gate."
            ),
            ["the right report negates \"stopped\", the left affirms it"]
        );
        assert!(
            notes(
                "The spokesman refused to comment on the report.",
                "The spokesman declined to comment on the report."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Kovac refused to concede defeat.",
                "Kovac did not concede defeat."
            )
            .is_empty()
        );
    }

    #[test]
    fn anchors_count_the_shared_object_and_the_same_name() {
        let anchors = |a: &str, b: &str| {
            let l = crate::document::Document::parse("left", a).expect("a report");
            let r = crate::document::Document::parse("right", b).expect("a report");
            findings(&Claim::new(&l, &[0]), &Claim::new(&r, &[0]))[0].anchors
        };
        // "defeat", and the name Kovač by both cues.
        assert_eq!(
            anchors(
                "Prime Minister Jelena Kovač conceded defeat in a brief statement.",
                "Prime Minister Jelena Kovač refused to admit defeat, saying she would wait."
            ),
            3
        );
        assert_eq!(
            anchors(
                "The ministry confirmed the deaths.",
                "The ministry denied the deaths."
            ),
            2
        );
    }

    #[test]
    fn compatible_stances_are_no_finding() {
        assert!(
            notes(
                "The group denied involvement and condemned the attack.",
                "The group condemned the attack."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Protesters raised one demand: to reject electoral fraud.",
                "Protesters accused the commission of electoral fraud."
            )
            .is_empty()
        );
    }
}
