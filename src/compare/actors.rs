//! Actor findings: who did or said it. For a reporting or stance verb both sides use ("said",
//! "accused", "condemned", "claimed"), the subject of the verb on each side; a finding when the
//! two subjects are different entities. An alias, short form or title of the same person is the
//! same actor; a leader and his group are not a contradiction; a pronoun or a vague subject
//! ("officials", "sources", "the group") is less detail, never a different actor.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::aliases::{Aliases, is_role};
use super::claim::Claim;
use super::{Finding, FindingKind, stem_set};
use crate::document::Span;

/// Verbs whose subject is the actor a fact-checker cares about: who said, claimed, did it.
static VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    stem_set(&[
        "accuse",
        "acknowledge",
        "add",
        "admit",
        "announce",
        "argue",
        "assert",
        "blame",
        "call",
        "carry",
        "claim",
        "condemn",
        "confirm",
        "declare",
        "denounce",
        "deny",
        "describe",
        "explain",
        "indicate",
        "insist",
        "launch",
        "mention",
        "mock",
        "order",
        "praise",
        "reject",
        "report",
        "reveal",
        "said",
        "say",
        "state",
        "tell",
        "threaten",
        "told",
        "tweet",
        "warn",
        "write",
        "wrote",
    ])
});

/// Verbs whose subject may follow them: "…," said police; according to police.
const INVERTED: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "tweeted",
    "wrote",
];

/// Words skipped between a subject and its verb.
const BETWEEN: &[&str] = &[
    "already",
    "also",
    "again",
    "be",
    "been",
    "did",
    "do",
    "does",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "is",
    "are",
    "later",
    "never",
    "not",
    "once",
    "previously",
    "reportedly",
    "then",
    "was",
    "were",
    "will",
    "would",
    "yet",
];
const PASSIVE: &[&str] = &["was", "were", "been", "be", "is", "are"];

/// Subjects that say too little to contradict a named one.
const VAGUE: &[&str] = &[
    "authorities",
    "group",
    "groups",
    "he",
    "militants",
    "militia",
    "militias",
    "officials",
    "people",
    "she",
    "source",
    "sources",
    "statement",
    "they",
    "witnesses",
];

/// The subject of a verb: the names (each its words) or a common noun phrase.
#[derive(Debug, Clone)]
struct Actor {
    span: Span,
    /// Each entity's normalised words.
    entities: Vec<Vec<String>>,
}

#[derive(Debug)]
struct Attribution {
    verb: String,
    verb_text: String,
    actor: Actor,
}

pub(crate) fn findings(left: &Claim, right: &Claim, aliases: &Aliases) -> Vec<Finding> {
    let (la, ra) = (attributions(left), attributions(right));
    let mut out = Vec::new();
    let mut done = HashSet::new();
    for a in &la {
        if done.contains(&a.verb) {
            continue;
        }
        let others: Vec<&Attribution> = ra.iter().filter(|b| b.verb == a.verb).collect();
        let mine: Vec<&Attribution> = la.iter().filter(|b| b.verb == a.verb).collect();
        if others.is_empty() {
            continue;
        }
        done.insert(a.verb.clone());
        let any_related = mine
            .iter()
            .any(|x| others.iter().any(|y| related(&x.actor, &y.actor, aliases)));
        if any_related {
            continue;
        }
        let b = others[0];
        out.push(Finding {
            kind: FindingKind::Actor,
            left: Some(a.actor.span),
            right: Some(b.actor.span),
            note: format!(
                "different actor for \"{}\": {} vs {}",
                a.verb_text,
                left.text(a.actor.span).trim(),
                right.text(b.actor.span).trim()
            ),
        });
    }
    out
}

fn vague(entity: &[String]) -> bool {
    entity
        .iter()
        .all(|w| VAGUE.contains(&w.as_str()) || is_role(w) || w == "the")
}

fn related(a: &Actor, b: &Actor, aliases: &Aliases) -> bool {
    let stems = |e: &[String]| -> HashSet<String> {
        e.iter()
            .filter(|w| !is_role(w))
            .map(|w| crate::document::tokens::stem(w))
            .collect()
    };
    a.entities.iter().any(|x| {
        b.entities.iter().any(|y| {
            vague(x) || vague(y) || aliases.related(x, y) || !stems(x).is_disjoint(&stems(y))
        })
    })
}

fn attributions(c: &Claim) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (v, t) in c.tokens.iter().enumerate() {
        if t.capitalised || !VERBS.contains(&t.stem) {
            continue;
        }
        if let Some(actor) = subject(c, v) {
            out.push(Attribution {
                verb: t.stem.clone(),
                verb_text: t.norm.clone(),
                actor,
            });
        }
    }
    out
}

/// Gap characters allowed between an actor's name and its verb: apposition commas, the
/// quotation marks around a quoted name.
fn apposition_gap(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”'))
}

fn subject(c: &Claim, v: usize) -> Option<Actor> {
    let mut p = v;
    let mut passive = false;
    while p > 0 && BETWEEN.contains(&c.tokens[p - 1].norm.as_str()) {
        passive |= PASSIVE.contains(&c.tokens[p - 1].norm.as_str());
        p -= 1;
    }
    if passive {
        // "was carried out by X", "was claimed by X".
        let by = (v + 1..(v + 3).min(c.tokens.len())).find(|&k| c.tokens[k].norm == "by")?;
        return after(c, by + 1);
    }
    let before = p.checked_sub(1).and_then(|p| before(c, p, p + 1));
    before.or_else(|| {
        let t = &c.tokens[v];
        // Only after a quotation or a clause: "…," said police. Not "he said the attack …".
        let after_clause = v == 0
            || t.norm == "according"
            || c.gap(v).contains([',', '"', '”', '\''])
            || in_quote(c, v - 1);
        if !INVERTED.contains(&t.norm.as_str()) || !after_clause {
            return None;
        }
        let next = if t.norm == "according" { v + 2 } else { v + 1 };
        after(c, next)
    })
}

/// Whether token `i` is inside a quotation that is more than a quoted name.
fn in_quote(c: &Claim, i: usize) -> bool {
    let t = c.tokens[i];
    c.quotes.iter().any(|q| {
        q.start <= t.start && t.end <= q.end && {
            let words: Vec<_> = c
                .tokens
                .iter()
                .filter(|w| q.start <= w.start && w.end <= q.end)
                .collect();
            words.len() > 5 || words.iter().any(|w| !w.capitalised && !w.stop)
        }
    })
}

/// The subject ending at token `p` (the verb, or what precedes it, is token `next`).
fn before(c: &Claim, p: usize, next: usize) -> Option<Actor> {
    let gap = c.gap(next);
    if in_quote(c, p) {
        return None;
    }
    if let Some(name) = c.name_at(p) {
        if !apposition_gap(gap) {
            return None;
        }
        let mut first = c.name_start(p);
        let mut entities = vec![name.words.clone()];
        // "X and the Y said", "the Secretary-General of X, Y, said": more of the same subject.
        let mut k = first;
        while k > 0 {
            let mut j = k - 1;
            while j > 0 && matches!(c.tokens[j].norm.as_str(), "the" | "and") {
                j -= 1;
            }
            let joined = (j + 1..k).any(|m| c.tokens[m].norm == "and")
                || (j + 1 == k && c.gap(k).trim() == ",");
            match c.name_at(j) {
                Some(other) if joined && !c.tokens[j].stop => {
                    entities.push(other.words.clone());
                    first = c.name_start(j);
                    k = first;
                }
                _ => break,
            }
        }
        return Some(Actor {
            span: Span::new(c.tokens[first].start, name.end),
            entities,
        });
    }
    let t = c.tokens[p];
    if !gap.trim().is_empty() || t.stop || t.numeric || t.capitalised || participle(&t.norm) {
        return None;
    }
    let mut first = p;
    while first > 0 && first + 3 > p {
        let w = c.tokens[first - 1];
        if w.stop || w.numeric || w.capitalised || !c.gap(first).trim().is_empty() {
            break;
        }
        first -= 1;
    }
    Some(Actor {
        span: c.span_of(first, p),
        entities: vec![c.tokens[first..=p].iter().map(|t| t.norm.clone()).collect()],
    })
}

/// A subject that follows its verb: a name, or a short noun phrase up to punctuation.
fn after(c: &Claim, mut i: usize) -> Option<Actor> {
    while c.tokens.get(i).is_some_and(|t| t.norm == "the") {
        i += 1;
    }
    let t = c.tokens.get(i)?;
    if let Some(name) = c.name_at(i) {
        return Some(Actor {
            span: Span::new(name.start, name.end),
            entities: vec![name.words.clone()],
        });
    }
    if t.stop || t.numeric || participle(&t.norm) {
        return None;
    }
    let mut last = i;
    while last + 1 < c.tokens.len()
        && last < i + 2
        && c.gap(last + 1).trim().is_empty()
        && !c.tokens[last + 1].stop
        && !c.tokens[last + 1].numeric
    {
        last += 1;
    }
    Some(Actor {
        span: c.span_of(i, last),
        entities: vec![c.tokens[i..=last].iter().map(|t| t.norm.clone()).collect()],
    })
}

/// A verb form rather than a noun: "fabricated", "considering".
fn participle(norm: &str) -> bool {
    norm.len() > 4 && (norm.ends_with("ed") || norm.ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| findings(l, r, &c.aliases))
    }

    #[test]
    fn different_speakers() {
        assert_eq!(
            notes(
                "Police said the fire was set deliberately.",
                "The fire brigade said the fire was set deliberately."
            ),
            ["different actor for \"said\": Police vs fire brigade"]
        );
        assert_eq!(
            notes(
                "\"It was arson,\" said police.",
                "\"It was arson,\" said the fire brigade."
            ),
            ["different actor for \"said\": police vs fire brigade"]
        );
    }

    #[test]
    fn aliases_leaders_and_pronouns_are_the_same_actor() {
        assert!(
            notes(
                "Prime Minister Mustafa al-Kazemi said the attack failed.",
                "Kazemi said the attack failed."
            )
            .is_empty()
        );
        assert!(
            notes(
                "Asa'ib Ahl al-Haq leader Qais al-Khazali spoke. Asaib Ahl al-Haq accused Kazemi.",
                "Khazali accused Kazemi."
            )
            .is_empty()
        );
        assert!(
            notes(
                "He said the attack failed.",
                "Police said the attack failed."
            )
            .is_empty()
        );
    }
}
