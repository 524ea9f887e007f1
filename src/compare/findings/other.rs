//! Outcome findings: states of one person that exclude each other. "The driver is in critical
//! condition" or "was injured" against "the driver died" or "was killed"; "was critically
//! injured" against "is in stable condition" or "suffered minor injuries", "seriously injured"
//! against "minor injuries" (but not against "stable"); "died at the scene"
//! against "died in hospital"; "was shot dead" against "was stabbed to death"; "killed himself"
//! against "was shot dead by police". Only one named or
//! singular person ("the driver", "Kovac"), never a count: "20 were injured" and "3 were
//! killed" may both be true. A side that gives both states ("was injured and later died") is
//! no contradiction, but a state of a group ("both passengers were injured") is none of them.
//! The person is the one right before the state, or, before a verb, the one a relative clause
//! is about ("a student who was hit by a canister died") or the subject of the first of two
//! joined predicates ("a student, was hit … and is in critical condition").

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use crate::language::aliases::Aliases;

/// Words between a person and the state said of them: "was critically injured", "is in
/// stable condition", "was found dead".
const SKIP: &[&str] = &[
    "badly",
    "been",
    "being",
    "critically",
    "eventually",
    "fatally",
    "found",
    "had",
    "has",
    "have",
    "in",
    "is",
    "later",
    "lightly",
    "listed",
    "minor",
    "mortally",
    "pronounced",
    "remained",
    "remains",
    "reportedly",
    "seriously",
    "slightly",
    "subsequently",
    "suffered",
    "sustained",
    "then",
    "was",
    "were",
];

/// Words before the person that make them one person: "the driver", "his wife".
const SINGULAR: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// One state of one person.
struct State {
    who: Person,
    state: Outcome,
    span: Span,
    /// Where a death was, when told right after it, and the span that tells it.
    place: Option<(DeathPlace, Span)>,
}

/// Where someone died: where it befell them, at home, or in hospital.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DeathPlace {
    Scene,
    Home,
    Hospital,
}

impl DeathPlace {
    /// Two places that cannot be one: a hospital and anywhere else (a home may be the scene).
    fn excludes(self, other: DeathPlace) -> bool {
        self != other && (self == DeathPlace::Hospital || other == DeathPlace::Hospital)
    }
}

/// Words of when between a death and where it was: "died later in hospital", "died instantly
/// at the scene".
const WHEN_AFTER_DEATH: &[&str] = &[
    "afterward",
    "afterwards",
    "days",
    "hours",
    "immediately",
    "instantly",
    "later",
    "minutes",
    "overnight",
    "shortly",
    "soon",
    "subsequently",
];

/// Tokens after a death read for where it was: "died on the way to hospital".
const PLACE_REACH: usize = 6;

/// Where the death told by the tokens up to `last` was, from the words right after it: "at the
/// scene", "on the spot" / "at her home", "at home" / "in hospital", "at St Mary's Hospital",
/// "on the way to hospital".
fn death_place(c: &Claim, last: usize) -> Option<(DeathPlace, Span)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    // Over when: "died later in hospital", "died hours later at the scene".
    let mut first = last + 1;
    while first < (last + 3).min(c.tokens.len())
        && WHEN_AFTER_DEATH.contains(&word(first))
        && !c.gap(first).contains([',', ';', ':', '('])
    {
        first += 1;
    }
    let end = (first + PLACE_REACH).min(c.tokens.len());
    if first >= end || !matches!(word(first), "at" | "on" | "in" | "en") {
        return None;
    }
    for k in first + 1..end {
        if c.gap(k).contains([',', ';', ':', '(']) {
            return None;
        }
        let place = match word(k) {
            "scene" | "spot" => DeathPlace::Scene,
            "home" => DeathPlace::Home,
            "hospital" => DeathPlace::Hospital,
            _ => continue,
        };
        return Some((place, c.span_of(first, k)));
    }
    None
}

/// What befell a person: dead, or alive, and how gravely hurt, or as far as told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Dead,
    Alive,
    /// "in critical condition", "critically injured", "life-threatening injuries".
    Grave,
    /// "seriously injured", "serious injuries", "in serious condition".
    Serious,
    /// "in stable condition", "injuries not life-threatening": may follow a grave wound
    /// ("critical but stable", "serious but not life-threatening").
    Stable,
    /// "slightly injured", "minor injuries".
    Minor,
}

impl Outcome {
    fn alive(self) -> bool {
        self != Outcome::Dead
    }

    /// Two states that cannot both be a person's: dead and alive, grave and stable or minor,
    /// serious and minor.
    fn excludes(self, other: Outcome) -> bool {
        use Outcome::*;
        let apart = |a, b| matches!((a, b), (Grave, Stable | Minor) | (Serious, Minor));
        self.alive() != other.alive() || apart(self, other) || apart(other, self)
    }
}

/// Degrees before "injured" or "injuries" that tell how gravely.
const GRAVE: &[&str] = &["critically", "gravely", "critical", "grave"];
const SERIOUS: &[&str] = &["seriously", "severely", "badly", "serious", "severe"];
const MINOR: &[&str] = &["slightly", "lightly", "minor", "slight"];

/// The state a cue at token `i` gives, and its last token.
fn cue(c: &Claim, i: usize) -> Option<(Outcome, usize)> {
    let w = c.tokens[i].norm.as_str();
    let next = c.tokens.get(i + 1).map(|t| t.norm.as_str());
    let prev = i.checked_sub(1).map(|k| c.tokens[k].norm.as_str());
    let passive = i > 0
        && matches!(
            c.tokens[i - 1].norm.as_str(),
            "was" | "were" | "is" | "been"
        )
        || i > 1 && c.tokens[i - 1].norm.ends_with("ly");
    let degree = |words: &[&str]| prev.is_some_and(|p| words.contains(&p));
    Some(match w {
        "critical" if next == Some("condition") => (Outcome::Grave, i + 1),
        "serious" if next == Some("condition") => (Outcome::Serious, i + 1),
        "stable" | "satisfactory" | "good" | "fair" if next == Some("condition") => {
            (Outcome::Stable, i + 1)
        }
        // "fatally wounded" is dead.
        "injured" | "wounded" if degree(FATAL) => (Outcome::Dead, i),
        "injured" | "wounded" | "hurt" | "injuries" | "wounds" if degree(GRAVE) => {
            (Outcome::Grave, i)
        }
        "injured" | "wounded" | "hurt" | "injuries" | "wounds" if degree(SERIOUS) => {
            (Outcome::Serious, i)
        }
        "injured" | "wounded" | "hurt" | "injuries" | "wounds" if degree(MINOR) => {
            (Outcome::Minor, i)
        }
        "life" if next == Some("threatening") && c.gap(i + 1) == "-" => {
            let last = if wound_noun(c, i + 2) { i + 2 } else { i + 1 };
            match threat_negated(c, i) {
                Some(_) => (Outcome::Stable, last),
                None => (Outcome::Grave, last),
            }
        }
        "injured" | "wounded" | "hurt" | "hospitalised" | "hospitalized" if passive => {
            (Outcome::Alive, i)
        }
        "survived" | "alive" => (Outcome::Alive, i),
        "killed" if passive => (Outcome::Dead, i),
        "died" | "dies" | "dead" | "perished" => (Outcome::Dead, i),
        _ => return None,
    })
}

/// Whether token `k` is a noun of injuries: "with minor injuries", "life-threatening wounds".
fn wound_noun(c: &Claim, k: usize) -> bool {
    matches!(c.word(k), Some("injuries" | "injury" | "wounds" | "wound"))
}

/// Verbs of an estimate between "not" and "life-threatening": "not believed to be".
const BELIEVED: &[&str] = &["believed", "thought", "considered", "understood", "said"];

/// The first token of a negation of "life-threatening" at token `i`: "non-life-threatening",
/// "not life-threatening", "serious but not life-threatening".
fn threat_negated(c: &Claim, i: usize) -> Option<usize> {
    let mut n = i.checked_sub(1)?;
    // "not thought to be life-threatening", "not considered life-threatening".
    if n >= 2 && c.word(n) == Some("be") && c.word(n - 1) == Some("to") {
        n -= 2;
    }
    if n >= 1 && c.word(n).is_some_and(|w| BELIEVED.contains(&w)) {
        n -= 1;
    }
    let negator = match c.word(n)? {
        "non" if c.gap(i) == "-" => n,
        "not" | "no" => n,
        _ => return None,
    };
    // "serious but not": the degree it grants is part of the state.
    let granted = negator >= 2
        && c.word(negator - 1) == Some("but")
        && matches!(c.word(negator - 2), Some("serious" | "severe"));
    Some(if granted { negator - 2 } else { negator })
}

/// How a person was harmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Gun,
    Blade,
    Strangling,
    Beating,
    Poison,
}

/// Verbs that tell how a person was harmed, as a passive ("was shot dead", "had been stabbed
/// to death").
const METHODS: &[(&str, Method)] = &[
    ("shot", Method::Gun),
    ("gunned", Method::Gun),
    ("stabbed", Method::Blade),
    ("knifed", Method::Blade),
    ("strangled", Method::Strangling),
    ("throttled", Method::Strangling),
    ("asphyxiated", Method::Strangling),
    ("beaten", Method::Beating),
    ("bludgeoned", Method::Beating),
    ("clubbed", Method::Beating),
    ("poisoned", Method::Poison),
];

/// The method a word of `METHODS` tells, in any form.
fn method_word(norm: &str) -> Option<Method> {
    METHODS.iter().find(|(w, _)| *w == norm).map(|&(_, m)| m)
}

/// The method a passive verb at token `i` tells ("was shot", "had been stabbed").
fn method(c: &Claim, i: usize) -> Option<Method> {
    let m = method_word(&c.tokens[i].norm)?;
    let passive = i > 0
        && matches!(
            c.tokens[i - 1].norm.as_str(),
            "was" | "were" | "been" | "is"
        );
    passive.then_some(m)
}

/// One person and how a side says they were harmed.
struct Harm {
    who: Person,
    method: Method,
    span: Span,
}

fn harms(c: &Claim) -> Vec<Harm> {
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let Some(method) = method(c, i) else {
            continue;
        };
        let p = chain_start(c, i);
        let Some(who) = subject(c, p, true) else {
            continue;
        };
        out.push(Harm {
            who,
            method,
            span: c.span_of(i, i),
        });
    }
    out
}

/// Whether a side tells two methods, of anyone, in any form ("was stabbed and then shot").
fn two_methods(c: &Claim) -> bool {
    let all: Vec<Method> = c
        .tokens
        .iter()
        .filter_map(|t| method_word(&t.norm))
        .collect();
    all.iter().any(|a| all.iter().any(|b| a != b))
}

/// Who took a life: the person's own hand ("killed himself", "turned the gun on himself",
/// "took his own life") or another's ("was shot dead by police", "was killed by officers").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hand {
    Own,
    Another,
}

/// Verbs of a killing whose doer or reflexive object says whose hand it was.
const KILLING: &[&str] = &["killed", "shot", "stabbed"];

/// Adverbs of when between an auxiliary and its verb: "was then shot".
const THEN: &[&str] = &["then", "later", "eventually", "subsequently"];

/// Whose hand the verb at token `i` tells, and the last token that tells it: "killed himself",
/// "turned the gun on himself", "took his own life", "was shot dead by police" (a passive with
/// "by").
fn hand(c: &Claim, i: usize) -> Option<(Hand, usize)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let w = word(i);
    let reflexive = |k: usize| matches!(word(k), "himself" | "herself");
    if KILLING.contains(&w) && reflexive(i + 1) {
        return Some((Hand::Own, i + 1));
    }
    // "turned the gun on himself", "took his own life".
    if w == "turned"
        && let Some(on) =
            (i + 2..(i + 6).min(c.tokens.len())).find(|&k| word(k) == "on" && reflexive(k + 1))
    {
        return Some((Hand::Own, on + 1));
    }
    if matches!(w, "took" | "taken") && word(i + 2) == "own" && word(i + 3) == "life" {
        return Some((Hand::Own, i + 3));
    }
    // "was shot dead by police", "was then shot dead by police".
    let be = |k: usize| matches!(word(k), "was" | "were" | "been");
    let passive = i > 0 && be(i - 1) || i > 1 && THEN.contains(&word(i - 1)) && be(i - 2);
    let by = (i + 1..(i + 3).min(c.tokens.len())).find(|&k| word(k) == "by");
    by.filter(|&k| KILLING.contains(&w) && passive && !reflexive(k + 1) && k + 1 < c.tokens.len())
        .map(|k| (Hand::Another, k + 1))
}

/// One person and whose hand a side says took their life.
struct Killing {
    who: Person,
    hand: Hand,
    span: Span,
}

/// Tokens after a verb of killing read for the one killed ("shot and killed the 24-year-old
/// gunman").
const OBJECT_REACH: usize = 5;

/// A killing by another's hand told in the active, the one killed its object: "Police shot and
/// killed the gunman", "officers shot the gunman dead", "a guard killed the attacker" (not
/// "shot the gunman", who may have lived). The one killed and the last token that tells it.
fn killed_object(c: &Claim, i: usize) -> Option<(Person, usize)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let passive = i > 0 && super::slot::PASSIVE_BE.contains(&word(i - 1));
    let (from, dead_after) = match word(i) {
        "killed" if !passive => (i + 1, false),
        "shot" if !passive && word(i + 1) == "and" && word(i + 2) == "killed" => (i + 3, false),
        "shot" if !passive => (i + 1, true),
        _ => return None,
    };
    // The noun phrase right after the verb: its article, modifiers and head, nothing past a
    // function word ("killed himself after the shooting" kills no shooting).
    let end = (from + OBJECT_REACH).min(c.tokens.len());
    let k = (from..end)
        .take_while(|&k| {
            let t = c.tokens[k];
            (k == from || matches!(c.gap(k).trim(), "" | "-"))
                && (!t.stop || SINGULAR.contains(&t.norm.as_str()))
        })
        .find(|&k| !c.possessive(k) && person(c, k).is_some())?;
    // A name is told whole: its last token.
    let k = c.name_at(k).map_or(k, |n| {
        c.tokens.iter().rposition(|t| t.end <= n.end).unwrap_or(k)
    });
    if dead_after && word(k + 1) != "dead" {
        return None;
    }
    Some((person(c, k)?, if dead_after { k + 1 } else { k }))
}

fn killings(c: &Claim) -> Vec<Killing> {
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        if let Some((who, last)) = killed_object(c, i) {
            out.push(Killing {
                who,
                hand: Hand::Another,
                span: c.span_of(i, last),
            });
            continue;
        }
        let Some((hand, last)) = hand(c, i) else {
            continue;
        };
        let Some(who) = subject(c, chain_start(c, i), true) else {
            continue;
        };
        out.push(Killing {
            who,
            hand,
            span: c.span_of(i, last),
        });
    }
    out
}

/// Degrees that make a wound a death: "fatally wounded".
const FATAL: &[&str] = &["fatally", "mortally"];

fn states(c: &Claim) -> Vec<State> {
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let Some((state, last)) = cue(c, i) else {
            continue;
        };
        // The state shown with "in" ("in critical condition") and a fatal degree, or the
        // negation of "life-threatening".
        let mut first = threat_negated(c, i).unwrap_or(i);
        if first > 0 {
            let prev = c.tokens[first - 1].norm.as_str();
            if prev == "in"
                || [FATAL, GRAVE, SERIOUS, MINOR]
                    .iter()
                    .any(|d| d.contains(&prev))
            {
                first -= 1;
            }
        }
        // Injuries a person was taken to hospital with: "with minor injuries", "with injuries
        // (that are) not thought to be life-threatening".
        let wound = |k: usize| wound_noun(c, k);
        let mut wounds = wound(last);
        if first < i && first >= 1 {
            if first >= 3
                && matches!(c.word(first - 1), Some("are" | "were" | "is" | "was"))
                && matches!(c.word(first - 2), Some("that" | "which"))
                && wound(first - 3)
            {
                first -= 2;
            }
            if wound(first - 1) {
                first -= 1;
                wounds = true;
            }
        }
        let p = match first.checked_sub(1) {
            Some(w) if wounds && c.word(w) == Some("with") => chain_start(c, w),
            _ => chain_start(c, first),
        };
        let finite = (p..=i).any(|k| FINITE.contains(&c.tokens[k].norm.as_str()));
        let Some(who) = subject(c, p, finite) else {
            continue;
        };
        let place = (state == Outcome::Dead)
            .then(|| death_place(c, last))
            .flatten();
        out.push(State {
            who,
            state,
            span: c.span_of(first, last),
            place,
        });
    }
    out.extend(bodies(c));
    out
}

/// Tokens after "the body of" read for the person: "the body of a 74-year-old man".
const BODY_REACH: usize = 8;

/// The dead a side finds: "the body of a 74-year-old man", "the body of Jerry Ortiz".
fn bodies(c: &Claim) -> Vec<State> {
    let mut out = Vec::new();
    for i in 0..c.tokens.len().saturating_sub(2) {
        if c.tokens[i].norm != "body" || c.tokens[i + 1].norm != "of" {
            continue;
        }
        // The head of the noun phrase after "of": the first word not in a hyphenated
        // compound ("74-year-old" modifies it).
        let joined = |k: usize| k < c.tokens.len() && c.gap(k).trim() == "-";
        let last = (i + 2..(i + BODY_REACH).min(c.tokens.len())).find(|&k| {
            let t = c.tokens[k];
            !t.stop && !t.numeric && !joined(k) && !joined(k + 1)
        });
        if let Some(k) = last
            && let Some(who) = person(c, k)
        {
            out.push(State {
                who,
                state: Outcome::Dead,
                span: c.span_of(i, k),
                place: None,
            });
        }
    }
    out
}

/// The first of the words before token `i` that belong to what is said of a person: "was"
/// in "was critically injured".
fn chain_start(c: &Claim, i: usize) -> usize {
    let mut p = i;
    loop {
        if p > 0 && SKIP.contains(&c.tokens[p - 1].norm.as_str()) {
            p -= 1;
        } else if let Some(v) = hospital_trip(c, p) {
            p = v;
        } else {
            return p;
        }
    }
}

/// The token of the verb of a trip to hospital that ends right before token `p`: "taken to
/// hospital", "rushed to a nearby hospital", "airlifted to Royal London Hospital".
fn hospital_trip(c: &Claim, p: usize) -> Option<usize> {
    let h = p.checked_sub(1)?;
    if !matches!(c.word(h), Some("hospital" | "hospitals")) || !c.gap(p).trim().is_empty() {
        return None;
    }
    // Back over the hospital's name or article to "to", then the verb.
    let to = (h.saturating_sub(5)..h)
        .rev()
        .take_while(|&k| c.gap(k + 1).trim().is_empty())
        .find(|&k| c.word(k) == Some("to"))?;
    let v = to.checked_sub(1)?;
    c.word(v)
        .is_some_and(|w| super::slot::TRIPS.contains(&w) || w == "transferred")
        .then_some(v)
}

/// Auxiliaries that open what is said of a subject; an apposition's comma may stand before
/// them ("a student, was hit").
const AUXILIARIES: &[&str] = &["had", "has", "is", "remains", "was"];

/// Words that make what is said of a person a predicate of its own, so that a relative clause
/// may stand before it ("a student who was hit by a canister | died"); without one the state
/// is said of the word right before it ("the woman who found the boy | dead": the boy).
const FINITE: &[&str] = &[
    "died", "dies", "had", "has", "have", "is", "perished", "remained", "remains", "survived",
    "was", "were",
];

/// The person what starts at token `p` is said of: the person right before it ("the driver
/// was injured"); with a predicate (`finite`), the person a relative clause is about ("a
/// student who was hit by a canister died"), and for the second of two joined predicates the
/// subject of the first ("a student, was hit by a canister and is in critical condition"). A
/// name gives 2 anchors, a singular noun 1.
fn subject(c: &Claim, p: usize, finite: bool) -> Option<Person> {
    let s = p.checked_sub(1)?;
    let gap = c.gap(p).trim();
    if !finite {
        return gap.is_empty().then(|| person(c, s))?;
    }
    // A comma closes a relative clause or an apposition: "the driver, who was trapped in his
    // cab, died", "a student, was hit".
    if gap == "," {
        let apposition =
            AUXILIARIES.contains(&c.tokens[p].norm.as_str()) || closes_apposition(c, s);
        return relative(c, s).or_else(|| apposition.then(|| person(c, s))?);
    }
    if !gap.is_empty() {
        return None;
    }
    match c.tokens[s].norm.as_str() {
        "who" => before_who(c, s),
        "and" => subject(c, first_predicate(c, s)?, true),
        _ => relative(c, s)
            .or_else(|| person(c, s))
            .or_else(|| first_conjunct(c, s)),
    }
}

/// Words between "and" and a group joined to a person: "the pilot and both passengers", "a man
/// and his two sons".
const CONJUNCT_WORDS: &[&str] = &["both", "all", "the", "his", "her", "their", "two", "three"];

/// The person before "and" when a group ends the subject at token `s`: "The pilot and both
/// passengers survived" tells that the pilot survived.
fn first_conjunct(c: &Claim, s: usize) -> Option<Person> {
    if !group(c, s) {
        return None;
    }
    let and = (s.saturating_sub(3)..s)
        .rev()
        .take_while(|&k| c.gap(k + 1).trim().is_empty())
        .find(|&k| c.tokens[k].norm == "and")?;
    let between_ok = (and + 1..s)
        .all(|k| CONJUNCT_WORDS.contains(&c.tokens[k].norm.as_str()) || c.tokens[k].numeric);
    // The person opens the subject: "the crew of the pilot and passengers" is the crew.
    let object = (and.saturating_sub(4)..and)
        .rev()
        .find(|&k| SINGULAR.contains(&c.tokens[k].norm.as_str()))
        .and_then(|d| d.checked_sub(1))
        .is_some_and(|p| {
            matches!(
                c.tokens[p].norm.as_str(),
                "of" | "with" | "for" | "by" | "to"
            )
        });
    (between_ok && !object && and > 0 && c.gap(and).trim().is_empty())
        .then(|| person(c, and - 1))
        .flatten()
}

/// Tokens read back for an apposition's article.
const APPOSITION: usize = 6;

/// Whether token `s` ends an apposition set off by commas after a noun: "The victim, a
/// 45-year-old man, died" (the apposition is the person the state is told of).
fn closes_apposition(c: &Claim, s: usize) -> bool {
    (s.saturating_sub(APPOSITION)..=s)
        .rev()
        .take_while(|&k| k == s || !c.gap(k + 1).contains(','))
        .last()
        .is_some_and(|k| {
            k > 0
                && c.gap(k).trim() == ","
                && matches!(c.tokens[k].norm.as_str(), "a" | "an" | "the")
        })
}

/// A person: a name's words or a common noun's stem; the same-slot evidence it gives (2 for a
/// name, 1 for a common noun, "the driver"); the age a common noun is given ("a 74-year-old
/// man": one person however named).
type Person = (Vec<String>, usize, Option<f64>);

/// One person: one name or noun, or two nouns of one age ("a 74-year-old man" / "a
/// 74-year-old resident").
fn one_person(aliases: &Aliases, a: &Person, b: &Person) -> bool {
    a.0 == b.0 || aliases.same(&a.0, &b.0) || a.2.is_some() && a.2 == b.2
}

/// An outcome finding: `what` differs between the spans `a` and `b` told of one person.
fn differ(
    what: &str,
    left: &Claim,
    a: Span,
    right: &Claim,
    b: Span,
    who: (&Person, &Person),
) -> Vec<Finding> {
    vec![Finding {
        // The person gives the same-slot evidence.
        anchors: who.0.1.min(who.1.1),
        ..super::slot::finding(FindingKind::Other, what, left, a, right, b)
    }]
}

/// A name, or a singular noun with a determiner, at token `s`. A place after "of" is where the
/// person is from: "a resident of Agios Nikolaos" is the resident.
fn person(c: &Claim, s: usize) -> Option<Person> {
    let t = c.tokens[s];
    if let Some(name) = c.name_at(s) {
        let before = c.name_start(s).checked_sub(1);
        if let Some(of) = before.filter(|&k| k > 0 && c.tokens[k].norm == "of")
            && let Some(noun) = person(c, of - 1).filter(|p| p.1 == 1)
        {
            return Some(noun);
        }
        Some((name.words.clone(), 2, None))
    } else if !t.stop && !t.numeric && !plural(&t.norm) && determined(c, s) {
        Some((vec![t.stem.clone()], 1, super::slot::age_before(c, s)))
    } else {
        None
    }
}

/// A plural noun by its ending: an "s" but not "ss" ("the actress", "the boss" are one
/// person), or "-men" ("the two men", "gunmen"), "children", "people".
fn plural(norm: &str) -> bool {
    (norm.ends_with('s') && !norm.ends_with("ss"))
        || (norm.ends_with("men") && norm != "specimen")
        || matches!(norm, "children" | "people")
}

/// The person before "who" at token `w` ("the student who", "the student, who").
fn before_who(c: &Claim, w: usize) -> Option<Person> {
    let gap = c.gap(w).trim();
    (w > 0 && (gap.is_empty() || gap == ",")).then(|| person(c, w - 1))?
}

/// Tokens read back for a relative clause or a first predicate.
const CLAUSE: usize = 15;

/// Words that end a clause read backwards: what is before them is another statement ("the man
/// who drove the car said the passenger died": the passenger died).
const CLAUSE_BREAKS: &[&str] = &[
    "after", "and", "because", "but", "said", "says", "that", "told", "when", "while",
];

/// Tokens before `s` in its clause, nearest first (up to `CLAUSE`).
fn clause_back(c: &Claim, s: usize) -> impl Iterator<Item = usize> {
    (s.saturating_sub(CLAUSE)..=s).rev().take_while(move |&k| {
        let ends = k < s && c.gap(k + 1).contains(['.', ';', ':', '!', '?']);
        !ends && (k == s || !CLAUSE_BREAKS.contains(&c.tokens[k].norm.as_str()))
    })
}

/// The person of a relative clause ending at token `s`: "a student who suffered a head wound
/// from a canister | died".
fn relative(c: &Claim, s: usize) -> Option<Person> {
    let w = clause_back(c, s).find(|&k| c.tokens[k].norm == "who")?;
    before_who(c, w)
}

/// Where the predicate before "and" at token `a` starts: its auxiliary or past-tense verb
/// ("was reportedly hit … and", "collapsed and").
fn first_predicate(c: &Claim, a: usize) -> Option<usize> {
    let k = clause_back(c, a.checked_sub(1)?).find(|&k| {
        let w = c.tokens[k].norm.as_str();
        AUXILIARIES.contains(&w) || w.len() > 3 && w.ends_with("ed")
    })?;
    Some(chain_start(c, k))
}

/// Whether the noun at `s` has a singular determiner, with at most two modifiers between (a
/// hyphenated compound is one): "the bus driver", "his eldest son", "a 24-year-old student".
fn determined(c: &Claim, s: usize) -> bool {
    let mut modifiers = 0;
    for k in (1..=s).rev() {
        let (t, gap) = (c.tokens[k - 1], c.gap(k).trim());
        let joined = gap == "-";
        if !gap.is_empty() && !joined {
            return false;
        }
        if !joined && SINGULAR.contains(&t.norm.as_str()) {
            return true;
        }
        if t.stop || t.numeric && !joined {
            return false;
        }
        modifiers += usize::from(!joined);
        if modifiers > 2 {
            return false;
        }
    }
    false
}

/// Whether a side gives two states that exclude each other, of anyone ("was injured and later
/// died", "one critically injured, two slightly").
fn both(c: &Claim) -> bool {
    let kinds: Vec<Outcome> = (0..c.tokens.len())
        .filter(|&i| !of_a_group(c, i))
        .filter_map(|i| cue(c, i).map(|k| k.0))
        .collect();
    kinds.iter().any(|a| kinds.iter().any(|&b| a.excludes(b)))
}

/// Whether the state at token `i` is told of a group right before it ("both passengers were
/// seriously injured"): it says nothing of how one person of the other side fared, so "the
/// pilot died and both passengers were injured" still tells one state of the pilot.
fn of_a_group(c: &Claim, i: usize) -> bool {
    let p = chain_start(c, i);
    p.checked_sub(1)
        .is_some_and(|s| c.gap(p).trim().is_empty() && group(c, s))
}

/// Whether token `s` is a plural common noun: "passengers", not "Jones" or "1990s".
fn group(c: &Claim, s: usize) -> bool {
    let t = c.tokens[s];
    !t.stop && !t.numeric && c.name_at(s).is_none() && plural(&t.norm)
}

pub(crate) fn findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    // A side that gives both states ("injured, later died") is no clear contradiction.
    if both(left) || both(right) {
        return Vec::new();
    }
    let (ls, rs) = (states(left), states(right));
    let same = |a: &Person, b: &Person| one_person(aliases, a, b);
    for a in &ls {
        if let Some(b) = rs
            .iter()
            .find(|b| b.state.excludes(a.state) && same(&a.who, &b.who))
        {
            return differ("outcome", left, a.span, right, b.span, (&a.who, &b.who));
        }
    }
    // One person harmed two ways.
    if !two_methods(left) && !two_methods(right) {
        let (lh, rh) = (harms(left), harms(right));
        for a in &lh {
            if let Some(b) = rh
                .iter()
                .find(|b| b.method != a.method && same(&a.who, &b.who))
            {
                return differ("way of harm", left, a.span, right, b.span, (&a.who, &b.who));
            }
        }
    }
    // One death by two hands: a side that tells both ("shot himself after police wounded
    // him") says both.
    let (lk, rk) = (killings(left), killings(right));
    let hands = |v: &[Killing]| v.iter().any(|a| v.iter().any(|b| a.hand != b.hand));
    if !hands(&lk) && !hands(&rk) {
        for a in &lk {
            if let Some(b) = rk.iter().find(|b| b.hand != a.hand && same(&a.who, &b.who)) {
                return differ(
                    "hand in the death",
                    left,
                    a.span,
                    right,
                    b.span,
                    (&a.who, &b.who),
                );
            }
        }
    }
    // One death, told in two places.
    for a in &ls {
        let Some((pa, sa)) = a.place else { continue };
        let other = rs
            .iter()
            .filter(|b| same(&a.who, &b.who))
            .find_map(|b| b.place.filter(|(pb, _)| pb.excludes(pa)).map(|p| (b, p.1)));
        if let Some((b, sb)) = other {
            return differ("place of death", left, sa, right, sb, (&a.who, &b.who));
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| findings(l, r, &c.aliases))
    }

    #[test]
    fn fatally_wounded_is_dead() {
        assert!(
            notes(
                "Gray was killed on Saturday by police.",
                "Gray, who was fatally wounded by police on Saturday, was 16."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "Gray was fatally wounded by police on Saturday.",
                "Gray is in critical condition after being shot by police on Saturday."
            ),
            ["different outcome: fatally wounded vs in critical condition"]
        );
    }

    #[test]
    fn an_apposition_is_the_person_told_of() {
        assert_eq!(
            notes(
                "The victim, a 45-year-old man, died at the scene.",
                "A 45-year-old man died later in hospital, police said."
            ),
            ["different place of death: at the scene vs in hospital"]
        );
        // Only a noun phrase is read as the apposition; one place is no difference.
        for (a, b) in [
            (
                "The victim, 45, died at the scene.",
                "A 45-year-old man died later in hospital, police said.",
            ),
            // A participle's phrase is no apposition: the man is not who died.
            (
                "The girl, hit by a man, died at the scene.",
                "A man died later in hospital, police said.",
            ),
            (
                "The victim, a 45-year-old man, died in hospital.",
                "A 45-year-old man died later in hospital, police said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn where_a_death_was_over_when() {
        assert_eq!(
            notes(
                "The driver died instantly at the scene of the crash, police said.",
                "The driver died hours later in hospital, police said."
            ),
            ["different place of death: at the scene vs in hospital"]
        );
        // One place, or a time and no place, is no difference.
        for (a, b) in [
            (
                "The driver died later in hospital, police said.",
                "The driver died in hospital on Sunday, police said.",
            ),
            (
                "The driver died later in the week, police said.",
                "The driver died at the scene, police said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn died_at_the_scene_or_at_home_against_in_hospital() {
        assert_eq!(
            notes(
                "The driver died at the scene of the crash, police said.",
                "The driver died in hospital after the crash, police said."
            ),
            ["different place of death: at the scene vs in hospital"]
        );
        assert_eq!(
            notes(
                "The singer died at her home in Los Angeles on Friday.",
                "The singer died at a hospital in Los Angeles on Friday."
            ),
            ["different place of death: at her home vs at a hospital"]
        );
        // A singular noun in "ss" is one person.
        assert_eq!(
            notes(
                "The veteran actress died at her home on Friday.",
                "The veteran actress died at a hospital on Friday."
            )
            .len(),
            1
        );
        assert_eq!(
            notes(
                "The 59-year-old woman was pronounced dead at the scene.",
                "The 59-year-old woman died on the way to Jamaica Hospital."
            )
            .len(),
            1
        );
        for (a, b) in [
            // Two people.
            (
                "The driver died at the scene of the crash.",
                "The passenger died in hospital after the crash.",
            ),
            // One side tells no place.
            (
                "The driver died at the scene of the crash.",
                "The driver was taken to hospital, where he died.",
            ),
            // A home may be the scene.
            (
                "The woman died at the scene of the shooting.",
                "The woman died at her home after the shooting.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn one_person_harmed_two_ways() {
        assert_eq!(
            notes(
                "The woman was shot dead in her home in Leeds on Sunday.",
                "The woman was stabbed to death in her home in Leeds on Sunday."
            ),
            ["different way of harm: shot vs stabbed"]
        );
        for (a, b) in [
            // Two people.
            (
                "The guard was shot in the raid on the bank.",
                "The manager was beaten in the raid on the bank.",
            ),
            // One side tells both.
            (
                "The guard was stabbed and then shot in the raid.",
                "The guard was shot in the raid.",
            ),
            // Not a passive of the person: "shot" of a film, an active verb.
            (
                "The woman shot the intruder in her home.",
                "The woman was stabbed in her home.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn by_ones_own_hand_against_anothers() {
        assert_eq!(
            notes(
                "The gunman killed himself after the shooting at the school.",
                "The gunman was shot dead by police after the shooting at the school."
            ),
            ["different hand in the death: killed himself vs shot dead by police"]
        );
        // Over an adverb of when before the verb.
        assert_eq!(
            notes(
                "The gunman then shot himself, police said.",
                "The gunman was then shot dead by police, officials said."
            ),
            ["different hand in the death: shot himself vs shot dead by police"]
        );
        assert_eq!(
            notes(
                "The gunman turned the gun on himself after the shooting.",
                "The gunman was killed by officers after the shooting."
            )
            .len(),
            1
        );
        // Told in the active, the one killed its object.
        for active in [
            "Police shot and killed the gunman inside the school as they arrived.",
            "Officers shot the gunman dead inside the school as they arrived.",
        ] {
            assert_eq!(
                notes(
                    "The gunman took his own life inside the school as police arrived.",
                    active
                )
                .len(),
                1,
                "{active}"
            );
        }
        for (a, b) in [
            // Two people.
            (
                "The gunman killed himself after the shooting.",
                "The guard was shot dead by the gunman during the shooting.",
            ),
            (
                "The gunman killed himself after the shooting.",
                "The gunman killed the guard during the shooting.",
            ),
            // Shot, not told dead.
            (
                "The gunman killed himself after the shooting.",
                "Police shot the gunman during the shooting.",
            ),
            // One side tells both.
            (
                "The gunman was shot by police. The gunman killed himself in hospital.",
                "The gunman was shot dead by police.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn grave_against_mild() {
        assert_eq!(
            notes(
                "The third victim was critically injured in the shooting.",
                "The third victim was listed in stable condition after the shooting."
            ),
            ["different outcome: critically injured vs in stable condition"]
        );
        assert_eq!(
            notes(
                "The driver was critically injured in the crash.",
                "The driver suffered minor injuries in the crash."
            ),
            ["different outcome: critically injured vs minor injuries"]
        );
        // Serious against minor, told by an adverb or an adjective.
        assert_eq!(
            notes(
                "The driver suffered minor injuries in the crash on Friday.",
                "The driver was seriously injured in the crash on Friday."
            ),
            ["different outcome: minor injuries vs seriously injured"]
        );
        assert_eq!(
            notes(
                "The driver was slightly hurt in the crash on Friday.",
                "The driver suffered severe injuries in the crash on Friday."
            ),
            ["different outcome: slightly hurt vs severe injuries"]
        );
        for (a, b) in [
            // "critical but stable" is both.
            (
                "The driver is in critical but stable condition after the crash.",
                "The driver was critically injured in the crash.",
            ),
            // "serious" may be stable, or told "critical".
            (
                "The driver was seriously injured in the crash.",
                "The driver is in stable condition after the crash.",
            ),
            (
                "The driver suffered serious injuries in the crash.",
                "The driver was critically injured in the crash.",
            ),
            // Minor injuries of a stable patient.
            (
                "The driver suffered minor injuries in the crash.",
                "The driver is in stable condition after the crash.",
            ),
            // Two people.
            (
                "The driver was critically injured in the crash.",
                "The passenger is in stable condition after the crash.",
            ),
            // One side tells of two people, one grave and one not.
            (
                "The driver was critically injured and a passenger slightly hurt in the crash.",
                "The driver was slightly hurt in the crash.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn injuries_life_threatening_or_not() {
        assert_eq!(
            notes(
                "The victim suffered life-threatening injuries in the stabbing.",
                "The victim suffered non-life-threatening injuries in the stabbing."
            ),
            ["different outcome: life-threatening injuries vs non-life-threatening injuries"]
        );
        // The injuries one was taken to hospital with; a degree granted before "but not".
        assert_eq!(
            notes(
                "The victim was taken to hospital with life-threatening injuries.",
                "The victim was taken to hospital with serious but not life-threatening injuries."
            ),
            [
                "different outcome: life-threatening injuries vs serious but not life-threatening injuries"
            ]
        );
        // Told after the injuries, over an estimate.
        for b in [
            "The victim was taken to hospital with injuries not thought to be life-threatening.",
            "The victim was taken to hospital with injuries that are not considered life-threatening.",
        ] {
            assert_eq!(
                notes(
                    "The victim was taken to hospital with life-threatening injuries.",
                    b
                )
                .len(),
                1,
                "{b}"
            );
        }
        assert_eq!(
            notes(
                "The driver was gravely injured in the crash.",
                "The driver was taken to hospital with minor injuries."
            ),
            ["different outcome: gravely injured vs minor injuries"]
        );
        for (a, b) in [
            // One state told two ways.
            (
                "The victim was taken to hospital with non-life-threatening injuries.",
                "The victim suffered minor injuries in the stabbing.",
            ),
            (
                "The victim suffered life-threatening injuries in the stabbing.",
                "The victim is in critical condition after the stabbing.",
            ),
            (
                "The victim was taken to hospital with injuries not thought to be life-threatening.",
                "The victim was taken to hospital with minor injuries.",
            ),
            // A fear, not a state (no person is read over "potentially").
            (
                "The victim suffered potentially life-threatening injuries.",
                "The victim suffered minor injuries in the stabbing.",
            ),
            // Two men are a group: either may be the one.
            (
                "The two men were taken to hospital with life-threatening injuries.",
                "The two men were taken to hospital with minor injuries.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn alive_against_dead() {
        assert_eq!(
            notes(
                "The driver is in critical condition in hospital, police said.",
                "The driver died in hospital, police said."
            ),
            ["different outcome: in critical condition vs died"]
        );
        assert_eq!(
            notes(
                "Mayor Anna Kovac was seriously injured in the attack.",
                "Kovac was killed in the attack."
            ),
            ["different outcome: seriously injured vs killed"]
        );
        // Over a trip to hospital: "taken to hospital in critical condition".
        for taken in [
            "The driver was taken to hospital in critical condition after the crash.",
            "The driver was airlifted to Royal London Hospital in critical condition.",
            "The driver was rushed to a nearby hospital in critical condition after the crash.",
        ] {
            assert_eq!(
                notes("The driver died at the scene of the crash.", taken),
                ["different outcome: died vs in critical condition"],
                "{taken}"
            );
        }
        // Not someone else taken there, nor a trip of no taking.
        for other in [
            "The driver said his wife was taken to hospital in critical condition.",
            "The driver went to hospital in critical condition.",
        ] {
            assert!(
                notes("The driver died at the scene of the crash.", other).is_empty(),
                "{other}: {:?}",
                notes("The driver died at the scene of the crash.", other)
            );
        }
    }

    #[test]
    fn person_through_joined_predicates_and_relative_clauses() {
        let died = "A 24-year-old student who was hit by a tear gas canister died.";
        assert_eq!(
            notes(
                "One protester, a 24-year-old student, was hit by a canister and is in critical condition.",
                died
            ),
            ["different outcome: in critical condition vs died"]
        );
        assert_eq!(
            notes(
                "The driver, who was trapped in his cab, died.",
                "The driver collapsed and remains in serious condition."
            ),
            ["different outcome: died vs in serious condition"]
        );
        // Two people: the one a relative clause is about, the one after "said", after "and",
        // the one a state is said of without a verb.
        for (a, b) in [
            (
                "The woman who found the boy dead was arrested.",
                "The woman is in critical condition.",
            ),
            (
                "The officer who shot the student died.",
                "The student is in critical condition.",
            ),
            (
                "The man who drove said the student died.",
                "The man is in critical condition.",
            ),
            (
                "The driver fled and the student died.",
                "The driver is in critical condition.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn determiners_before_modifiers() {
        let person_at = |text: &str, word: &str| {
            let d = crate::document::Document::parse("t", text).expect("a report");
            let c = Claim::new(&d, &[0]);
            let s = c
                .tokens
                .iter()
                .position(|t| t.norm == word)
                .expect("the word");
            person(&c, s).map(|(p, _, _)| p)
        };
        assert_eq!(
            person_at("A 24-year-old student died.", "student"),
            Some(vec!["student".to_string()])
        );
        assert_eq!(
            person_at("His eldest son died.", "son"),
            Some(vec!["son".to_string()])
        );
        assert_eq!(person_at("The 3 students died.", "students"), None);
        assert_eq!(
            person_at("A resident of Agios Nikolaos died.", "nikolaos"),
            Some(vec!["resid".to_string()])
        );
        assert_eq!(
            person_at("A tall young bearded student died.", "student"),
            None
        );
    }

    #[test]
    fn a_body_found_is_a_death() {
        assert_eq!(
            notes(
                "The body of the driver was recovered from the river.",
                "The driver is in critical condition."
            ),
            ["different outcome: body of the driver vs in critical condition"]
        );
        // Two nouns of one age are one person; a resident of a place is the resident.
        assert_eq!(
            notes(
                "The body of a 74-year-old man was found in his burned house.",
                "A 74-year-old resident of Agios Nikolaos was airlifted to hospital and remains in critical condition."
            ),
            ["different outcome: body of a 74-year-old man vs in critical condition"]
        );
        // Another age, or another noun without one, is another person.
        for (a, b) in [
            (
                "The body of a 74-year-old man was found.",
                "A 70-year-old resident is in critical condition.",
            ),
            (
                "The body of a man was found.",
                "A resident is in critical condition.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn counts_and_both_states_are_no_finding() {
        assert!(notes("Twenty people were injured.", "Three people were killed.").is_empty());
        assert!(
            notes(
                "The driver was injured and later died in hospital.",
                "The driver died in hospital."
            )
            .is_empty()
        );
        assert!(notes("The driver was injured.", "The passenger was killed.").is_empty());
        assert!(notes("The blast killed the driver.", "The driver was injured.").is_empty());
    }

    #[test]
    fn a_person_joined_to_a_group_shares_its_state() {
        assert_eq!(
            notes(
                "The pilot and both passengers survived the crash, officials said.",
                "The pilot died in the crash, officials said."
            ),
            ["different outcome: survived vs died"]
        );
        for (a, b) in [
            // A group alone, or a person after "of" (the crew is who survived), is no one person.
            (
                "Both passengers survived the crash, officials said.",
                "The pilot died in the crash, officials said.",
            ),
            (
                "The crew of the pilot and passengers survived the crash, officials said.",
                "The pilot died in the crash, officials said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_state_of_a_group_is_no_second_state_of_the_person() {
        assert_eq!(
            notes(
                "The pilot survived the crash with minor injuries, officials said.",
                "The pilot died in the crash and both passengers were seriously injured."
            ),
            ["different outcome: survived vs died"]
        );
        // One person with two states is still both.
        assert!(
            notes(
                "The pilot survived the crash with minor injuries, officials said.",
                "The pilot was injured in the crash and later died, officials said."
            )
            .is_empty()
        );
    }
}
