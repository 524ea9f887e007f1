//! Who an act befell, or who did it, by the kind of person: "the quake killed a man" / "the
//! quake killed a child", "a woman was shot" / "a man was shot". Two reports that tell one act
//! of an adult and of a child, or of a man and of a woman, disagree on who (an actor finding). A
//! side that names no kind of person ("a victim", "a teenager"), or also names one that fits the
//! other side ("a man and his son were killed"), does not. Kin told with a possessive is a kind
//! too: "killed by his son" / "by his brother", "her husband" / "her ex-husband".

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use crate::language::synonyms::canonical;
use crate::language::words::past_tense;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Age {
    Adult,
    Child,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sex {
    Male,
    Female,
}

/// How a person is kin to another, as a possessive tells it ("his wife", "her ex-boyfriend").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kin {
    Spouse,
    Partner,
    Former,
    Child,
    Sibling,
    Parent,
    Grandchild,
    Grandparent,
    InLaw,
}

/// The age and sex a noun tells.
type AgeSex = (Option<Age>, Option<Sex>);

type Kind = (Option<Age>, Option<Sex>, Option<Kin>);

/// Nouns of kin and the relation they tell. "Partner" tells none (a wife may be one); a step-
/// relation is none either ("his stepson" may be called his son).
const KIN: &[(&str, Kin)] = &[
    ("husband", Kin::Spouse),
    ("wife", Kin::Spouse),
    ("boyfriend", Kin::Partner),
    ("girlfriend", Kin::Partner),
    ("fiance", Kin::Partner),
    ("fiancee", Kin::Partner),
    ("son", Kin::Child),
    ("sons", Kin::Child),
    ("daughter", Kin::Child),
    ("daughters", Kin::Child),
    ("brother", Kin::Sibling),
    ("brothers", Kin::Sibling),
    ("sister", Kin::Sibling),
    ("sisters", Kin::Sibling),
    ("father", Kin::Parent),
    ("mother", Kin::Parent),
    ("parents", Kin::Parent),
    ("grandson", Kin::Grandchild),
    ("granddaughter", Kin::Grandchild),
    ("grandfather", Kin::Grandparent),
    ("grandmother", Kin::Grandparent),
];

/// Tokens read back from a noun of kin for whose kin it is.
const KIN_REACH: usize = 3;

/// The relation the noun of kin at token `k` tells, when a possessive before it says whose
/// ("his wife", "the man's 12-year-old son"): "a mother of three" is no one's mother here. A
/// former relation ("ex-wife", "former girlfriend") is one kind of its own.
fn kin(c: &Claim, k: usize) -> Option<Kin> {
    let relation = KIN.iter().find(|(w, _)| *w == c.tokens[k].norm)?.1;
    // "his son-in-law" is kin by marriage.
    let relation = if in_law(c, k) { Kin::InLaw } else { relation };
    let mut possessed = false;
    let mut former = false;
    for m in (k.saturating_sub(KIN_REACH)..k).rev() {
        if !matches!(c.gap(m + 1).trim(), "" | "-") {
            break;
        }
        match c.tokens[m].norm.as_str() {
            "ex" | "former" => former = true,
            "his" | "her" | "their" => {
                possessed = true;
                break;
            }
            _ if c.possessive(m) => {
                possessed = true;
                break;
            }
            _ => {}
        }
    }
    possessed.then_some(if former { Kin::Former } else { relation })
}

/// Nouns of a kind of person (normalised), with the age and sex they tell. Kin nouns tell a sex
/// and no age (a son may be grown); "teenager" tells neither, so it fits every kind.
const KINDS: &[(&str, AgeSex)] = &[
    ("man", (Some(Age::Adult), Some(Sex::Male))),
    ("men", (Some(Age::Adult), Some(Sex::Male))),
    ("woman", (Some(Age::Adult), Some(Sex::Female))),
    ("women", (Some(Age::Adult), Some(Sex::Female))),
    ("adult", (Some(Age::Adult), None)),
    ("adults", (Some(Age::Adult), None)),
    ("boy", (Some(Age::Child), Some(Sex::Male))),
    ("boys", (Some(Age::Child), Some(Sex::Male))),
    ("schoolboy", (Some(Age::Child), Some(Sex::Male))),
    ("girl", (Some(Age::Child), Some(Sex::Female))),
    ("girls", (Some(Age::Child), Some(Sex::Female))),
    ("schoolgirl", (Some(Age::Child), Some(Sex::Female))),
    ("child", (Some(Age::Child), None)),
    ("children", (Some(Age::Child), None)),
    ("kid", (Some(Age::Child), None)),
    ("kids", (Some(Age::Child), None)),
    ("baby", (Some(Age::Child), None)),
    ("babies", (Some(Age::Child), None)),
    ("infant", (Some(Age::Child), None)),
    ("toddler", (Some(Age::Child), None)),
    ("son", (None, Some(Sex::Male))),
    ("sons", (None, Some(Sex::Male))),
    ("brother", (None, Some(Sex::Male))),
    ("father", (Some(Age::Adult), Some(Sex::Male))),
    ("husband", (Some(Age::Adult), Some(Sex::Male))),
    ("daughter", (None, Some(Sex::Female))),
    ("daughters", (None, Some(Sex::Female))),
    ("sister", (None, Some(Sex::Female))),
    ("mother", (Some(Age::Adult), Some(Sex::Female))),
    ("wife", (Some(Age::Adult), Some(Sex::Female))),
    ("brothers", (None, Some(Sex::Male))),
    ("sisters", (None, Some(Sex::Female))),
    ("parents", (Some(Age::Adult), None)),
    ("boyfriend", (None, Some(Sex::Male))),
    ("girlfriend", (None, Some(Sex::Female))),
    ("fiance", (Some(Age::Adult), Some(Sex::Male))),
    ("fiancee", (Some(Age::Adult), Some(Sex::Female))),
    ("grandson", (None, Some(Sex::Male))),
    ("granddaughter", (None, Some(Sex::Female))),
    ("grandfather", (Some(Age::Adult), Some(Sex::Male))),
    ("grandmother", (Some(Age::Adult), Some(Sex::Female))),
    ("teenager", (None, None)),
    ("teenagers", (None, None)),
    ("teen", (None, None)),
    ("teens", (None, None)),
];

/// The kind of person token `k` names, if it is a noun of `KINDS` used as such: not in a name
/// ("Iron Man"), not a possessive ("the man's wife": the wife is the person).
fn kind(c: &Claim, k: usize) -> Option<Kind> {
    let t = c.tokens[k];
    let (age, sex) = KINDS
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, kind)| kind)?;
    (c.name_at(k).is_none() && !c.possessive(k)).then(|| (age, sex, kin(c, k)))
}

/// Whether `word` (normalised) is a noun of a kind of person ("girl", "men").
pub(super) fn names_kind(word: &str) -> bool {
    KINDS.iter().any(|(w, _)| *w == word)
}

/// Two kinds that may be one person: no age, sex or relation differs.
fn fit(a: Kind, b: Kind) -> bool {
    fn differ<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        x.is_some() && y.is_some() && x != y
    }
    !differ(a.0, b.0) && !differ(a.1, b.1) && !differ(a.2, b.2)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The subject of an active verb: "a man shot", "a child died".
    Doer,
    /// The object of an active verb or the subject of a passive one: "killed a man", "a man was
    /// killed".
    Undergoer,
    /// Who a role of the event was, after a copula: "the victim was a teenage boy".
    Is,
}

/// Roles of an event a report says who was, with a copula: "The victim was a 45-year-old
/// woman", "the gunman is a man in his 30s".
pub(super) const EVENT_ROLES: &[&str] = &[
    "assailant",
    "attacker",
    "driver",
    "gunman",
    "killer",
    "shooter",
    "suspect",
    "victim",
];

/// A kind of person told as the doer or undergoer of the act at token `act`.
#[derive(Debug, Clone, Copy)]
struct Person {
    act: usize,
    role: Role,
    at: usize,
    kind: Kind,
}

/// Auxiliaries between a passive verb and its subject ("a man was killed", "have been shot").
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
];

/// Words that may stand between an act and the person it is told of, or between two persons
/// joined by "and": articles, possessives, numbers ("killed two young boys", "a man and his
/// son"). Any other function word ends the phrase: "charged with the murder of his mother" is
/// not told of the mother.
const PHRASE_WORDS: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "and", "or"];

/// The most words read from an act for the person it is told of.
const REACH: usize = 4;

/// Whether token `n` may stand inside a person's phrase: a word of `PHRASE_WORDS`, a number,
/// or a content word that tells no act ("young", "59-year-old").
fn in_phrase(c: &Claim, n: usize) -> bool {
    let t = c.tokens[n];
    PHRASE_WORDS.contains(&t.norm.as_str())
        || t.numeric
        || (!t.stop && !past_tense(&t.norm) && c.name_at(n).is_none())
}

/// The kinds of person in the phrase right after token `from` (`forward`) or right before it:
/// "killed a 59-year-old man", "a man and his son were". Nothing across punctuation, and
/// past a person only "and" or "or" leads to another.
fn reach(c: &Claim, from: usize, forward: bool) -> Vec<(usize, Kind)> {
    let mut out = Vec::new();
    let mut k = from;
    let mut read = 0;
    while read < REACH {
        let next = if forward {
            (k + 1 < c.tokens.len()).then_some(k + 1)
        } else {
            k.checked_sub(1)
        };
        let Some(n) = next else { break };
        let gap = if forward { c.gap(n) } else { c.gap(k) };
        if !gap.trim().is_empty() && gap.trim() != "-" {
            break;
        }
        if let Some(kind) = kind(c, n) {
            out.push((n, kind));
            // Read on, another person only after "and" or "or" ("a man and a child").
            if forward && !c.word(n + 1).is_some_and(|w| w == "and" || w == "or") {
                break;
            }
            read = 0;
        } else if out.is_empty() && matches!(c.tokens[n].norm.as_str(), "and" | "or") {
            // "A receptionist died and two men were hurt": "and" before any person joins
            // another clause, not another person.
            break;
        } else if !in_phrase(c, n) {
            // "The mother of a boy was killed": the boy is not who was.
            if !forward && c.tokens[n].norm == "of" {
                out.clear();
            }
            break;
        } else {
            // A word joined by a hyphen is part of the one before: "a 59-year-old man".
            read += usize::from(gap.trim() != "-");
        }
        // Read back, the person comes right before the act (or its auxiliaries); before that
        // person the phrase goes on through its words and "and" ("a man and his son were").
        if !forward && out.is_empty() {
            break;
        }
        k = n;
    }
    out
}

/// Whether a comma follows token `k`, setting off what comes after it.
fn set_off(c: &Claim, k: usize) -> bool {
    k + 1 < c.tokens.len() && c.gap(k + 1).trim() == ","
}

/// The kinds of person set off by a comma after the role noun at `role`: "The suspect, a woman
/// in her 30s, was arrested", "the victim, a 45-year-old man,".
fn apposition(c: &Claim, role: usize) -> Vec<(usize, Kind)> {
    let first = role + 1;
    if !set_off(c, role) {
        return Vec::new();
    }
    // A noun phrase opens with its article or a number ("a woman", "two men"); "whose son",
    // "who shot a man" tell of another person.
    let opens = |t: &crate::document::tokens::Token| {
        matches!(t.norm.as_str(), "a" | "an" | "the") || t.numeric
    };
    match kind(c, first) {
        Some(k) => vec![(first, k)],
        None if opens(c.tokens[first]) => reach(c, first, true),
        None => Vec::new(),
    }
}

/// The first token after the phrase set off by commas after the role noun at `role` (the
/// phrase `apposition` reads), if the sentence goes on.
fn after_apposition(c: &Claim, role: usize) -> Option<usize> {
    if !EVENT_ROLES.contains(&c.tokens[role].norm.as_str()) || !set_off(c, role) {
        return None;
    }
    let sentence = c.sentence(role);
    (role + 2..sentence.end).find(|&m| c.gap(m).contains(','))
}

/// The persons told of each act (a past tense) of a claim, by their role; and who a role of the
/// event was (`EVENT_ROLES`), its noun standing for the act.
fn persons(c: &Claim) -> Vec<Person> {
    let mut out = Vec::new();
    for act in 0..c.tokens.len() {
        let t = c.tokens[act];
        if EVENT_ROLES.contains(&t.norm.as_str()) {
            let found = if matches!(c.word(act + 1), Some("was" | "is")) {
                reach(c, act + 1, true)
            } else {
                apposition(c, act)
            };
            out.extend(found.into_iter().map(|(at, kind)| Person {
                act,
                role: Role::Is,
                at,
                kind,
            }));
            continue;
        }
        if t.stop || !past_tense(&t.norm) {
            continue;
        }
        let mut first = act;
        while first > 0 && AUXILIARIES.contains(&c.tokens[first - 1].norm.as_str()) {
            first -= 1;
        }
        // Passive after a form of "be", or with its doer after "by": "a woman hit and killed
        // by a motorist", "stabbed to death by her husband", "shot dead by".
        let result = match (c.word(act + 1), c.word(act + 2)) {
            (Some("to"), Some("death")) => 2,
            (Some("dead"), _) => 1,
            _ => 0,
        };
        let by_at = (act + 1 + result..(act + 4 + result).min(c.tokens.len()))
            .take_while(|&m| {
                let w = c.tokens[m].norm.as_str();
                w == "by" || w == "and" || past_tense(w)
            })
            .find(|&m| c.tokens[m].norm == "by");
        let by = by_at.is_some();
        let passive = by
            || c.tokens[first..act]
                .iter()
                .any(|a| slot::PASSIVE_BE.contains(&a.norm.as_str()));
        let mut add = |role: Role, found: Vec<(usize, Kind)>| {
            out.extend(found.into_iter().map(|(at, kind)| Person {
                act,
                role,
                at,
                kind,
            }));
        };
        let before = reach(c, first, false);
        if passive {
            add(Role::Undergoer, before);
            // "was shot by a man": the doer follows "by".
            if let Some(b) = by_at.filter(|&b| b == act + 1 + result) {
                add(Role::Doer, reach(c, b, true));
            }
        } else {
            add(Role::Doer, before);
            add(Role::Undergoer, reach(c, act, true));
        }
    }
    out
}

/// How many content words around the act at `a` on the left and `b` on the right are one
/// (the same or WordNet kin), not counting nouns of persons.
fn shared_words(left: &Claim, a: usize, right: &Claim, b: usize) -> usize {
    fn words<'a>(c: &Claim<'a>, k: usize) -> rustc_hash::FxHashSet<&'a str> {
        let mut w = slot::clause_words(c, k);
        // After a role set off by commas, what is told of it: "The suspect, a woman in her
        // 30s, was arrested at the scene".
        if let Some(m) = after_apposition(c, k) {
            let clause = slot::clause_around(c, m);
            w.extend(
                c.window_stems(clause.start, clause.end, usize::MAX)
                    .into_iter()
                    .map(canonical),
            );
        }
        w.retain(|x| !KINDS.iter().any(|(n, _)| canonical(n) == *x || n == x));
        w
    }
    slot::kin_count(&words(left, a), &words(right, b))
}

/// One act on both sides (`slot::same_act`).
fn one_act(left: &Claim, a: usize, right: &Claim, b: usize) -> bool {
    slot::same_act(&left.tokens[a].stem, &right.tokens[b].stem)
}

/// The span of the noun of a person at token `k`, with "ex-" and "-in-law" ("her
/// ex-boyfriend", "his son-in-law").
fn noun(c: &Claim, k: usize) -> Span {
    let first = match k.checked_sub(1) {
        Some(e) if c.word(e) == Some("ex") && c.gap(k) == "-" => e,
        _ => k,
    };
    c.span_of(first, if in_law(c, k) { k + 2 } else { k })
}

/// Whether "-in-law" follows the noun of kin at token `k` ("son-in-law").
fn in_law(c: &Claim, k: usize) -> bool {
    c.word(k + 1) == Some("in")
        && c.word(k + 2) == Some("law")
        && c.gap(k + 1) == "-"
        && c.gap(k + 2) == "-"
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    // Most claims name no kind of person: reading every act for one is the finder's cost.
    let any_kind = |c: &Claim| c.tokens.iter().any(|t| names_kind(&t.norm));
    if !any_kind(left) || !any_kind(right) {
        return Vec::new();
    }
    let (lp, rp) = (persons(left), persons(right));
    // The persons of one act in one role, on one side ("a man and his son were killed").
    let group = |ps: &[Person], p: &Person| -> Vec<Kind> {
        ps.iter()
            .filter(|o| o.act == p.act && o.role == p.role)
            .map(|o| o.kind)
            .collect()
    };
    for p in &lp {
        for q in &rp {
            if p.role != q.role || !one_act(left, p.act, right, q.act) {
                continue;
            }
            let (x, y) = (group(&lp, p), group(&rp, q));
            if x.iter().any(|&a| y.iter().any(|&b| fit(a, b))) {
                continue;
            }
            // Told of the same things: "arrested for the robbery" / "arrested for throwing
            // stones" are two arrests.
            let shared = shared_words(left, p.act, right, q.act);
            if shared == 0 {
                continue;
            }
            let (a, b) = (noun(left, p.at), noun(right, q.at));
            return vec![Finding {
                kind: FindingKind::Actor,
                left: Some(a),
                right: Some(b),
                // "different person killed", "different person who killed", "different
                // victim".
                note: format!(
                    "different {}{}: \"{}\" vs \"{}\"",
                    match p.role {
                        Role::Is => "",
                        Role::Undergoer => "person ",
                        Role::Doer => "person who ",
                    },
                    left.tokens[p.act].norm,
                    left.text(a).to_lowercase(),
                    right.text(b).to_lowercase()
                ),
                // The act, and the words around it both sides share.
                anchors: 1 + shared,
                source: false,
                minor: false,
            }];
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn an_age_joined_by_hyphens_is_one_word() {
        assert_eq!(
            notes(
                "The landslide killed a 59-year-old man in the village.",
                "The landslide killed a 12-year-old girl in the village."
            ),
            ["different person killed: \"man\" vs \"girl\""]
        );
        // Read on over the hyphens only: a noun of no kind ("resident") is still no kind.
        assert!(
            notes(
                "The landslide killed a 59-year-old resident in the village.",
                "The landslide killed a 12-year-old girl in the village."
            )
            .is_empty()
        );
    }

    #[test]
    fn kin_of_one_person() {
        assert_eq!(
            notes(
                "The man killed his wife at their home in Leeds, police said.",
                "The man killed his girlfriend at their home in Leeds, police said."
            ),
            ["different person killed: \"wife\" vs \"girlfriend\""]
        );
        assert_eq!(
            notes(
                "Police said the farmer was killed by his son at the farm.",
                "Police said the farmer was killed by his brother at the farm."
            ),
            ["different person who killed: \"son\" vs \"brother\""]
        );
        assert_eq!(
            notes(
                "The woman was stabbed to death by her husband at their home.",
                "The woman was stabbed to death by her ex-husband at their home."
            ),
            ["different person who stabbed: \"husband\" vs \"ex-husband\""]
        );
        // Kin by marriage is not kin by blood.
        assert_eq!(
            notes(
                "The young nurse was fatally shot by her son.",
                "The young nurse was fatally shot by her son-in-law."
            ),
            ["different person who shot: \"son\" vs \"son-in-law\""]
        );
        for (a, b) in [
            // One relation in other words, or a relation not told.
            (
                "The woman was stabbed to death by her husband at their home.",
                "The woman was stabbed to death by her estranged husband at their home.",
            ),
            (
                "The man killed his wife at their home in Leeds, police said.",
                "The man killed a woman at their home in Leeds, police said.",
            ),
            // No one's father: what he is, not whose.
            (
                "The young nurse was fatally shot by her husband.",
                "The young nurse was fatally shot by a father of two.",
            ),
            // One side tells both.
            (
                "The man killed his wife and his daughter at their home in Leeds.",
                "The man killed his daughter at their home in Leeds.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn who_a_role_of_the_event_was() {
        assert_eq!(
            notes(
                "The victim was a teenage boy, police said.",
                "Police said the victim was a teenage girl."
            ),
            ["different victim: \"boy\" vs \"girl\""]
        );
        assert_eq!(
            notes(
                "The suspect is a man in his 30s, police said.",
                "Police said the suspect is a woman in her 30s."
            ),
            ["different suspect: \"man\" vs \"woman\""]
        );
        // A kind that fits, or two roles: no difference.
        for (a, b) in [
            (
                "The victim was a teenage boy, police said.",
                "The victim was a teenager, police said.",
            ),
            (
                "The victim was a teenage boy, police said.",
                "The suspect was a teenage girl, police said.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn who_a_role_was_set_off_by_commas() {
        assert_eq!(
            notes(
                "The suspect, a woman in her 30s, was arrested at the scene.",
                "The suspect, a man in his 30s, was arrested at the scene."
            ),
            ["different suspect: \"woman\" vs \"man\""]
        );
        assert_eq!(
            notes(
                "The gunman, a man in his 20s, fled on foot.",
                "Police said the gunman, a teenage girl, fled on foot."
            ),
            ["different gunman: \"man\" vs \"girl\""]
        );
        for (a, b) in [
            // Whose the person is: the victim's mother is not the victim.
            (
                "The victim's mother, a woman in her 60s, was at the hearing.",
                "The victim, a boy of 12, was named on Monday.",
            ),
            // A clause after the comma tells no kind of the role.
            (
                "The gunman, who shot a man outside the bank, fled on foot.",
                "The gunman, a woman in her 40s, fled on foot.",
            ),
            (
                "The victim, whose son called police, died at the scene.",
                "The victim, a 40-year-old woman, died at the scene.",
            ),
            // A kind that fits.
            (
                "The victim, a teenager from Leeds, died at the scene.",
                "The victim, a 17-year-old boy, died at the scene.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn one_act_befalls_two_kinds_of_person() {
        assert_eq!(
            notes(
                "The quake killed a man and injured dozens in the district.",
                "The quake killed a child and injured dozens in the district."
            ),
            ["different person killed: \"man\" vs \"child\""]
        );
        assert_eq!(
            notes(
                "A woman was shot dead outside the bank.",
                "A 40-year-old man was shot dead outside the bank."
            )
            .len(),
            1
        );
        // The girls are not the ones shot.
        assert_eq!(
            notes(
                "Police shot a man beside two girls on the bridge.",
                "Police shot a girl on the bridge."
            ),
            ["different person shot: \"man\" vs \"girl\""]
        );
        assert_eq!(
            notes(
                "Two boys drowned in the river on Sunday.",
                "Two girls drowned in the river on Sunday."
            )
            .len(),
            1
        );
    }

    #[test]
    fn kinds_that_fit_or_tell_of_another_act() {
        for (a, b) in [
            // A child may be a girl; a teenager a man.
            (
                "A child was killed when the wall collapsed.",
                "A girl was killed when the wall collapsed.",
            ),
            (
                "A teenager was stabbed outside the club.",
                "A man was stabbed outside the club.",
            ),
            // One side tells of both.
            (
                "The quake killed a man and a child in the village.",
                "The quake killed a child in the village.",
            ),
            (
                "A man and his son were killed in the crash on the highway.",
                "A boy was killed in the crash on the highway.",
            ),
            // Another act: killed against injured.
            (
                "The blast killed a man near the market.",
                "The blast injured a child near the market.",
            ),
            // A person after a preposition is not who was charged.
            (
                "Tom Reed, 23, was charged with the murder of his mother at the farm.",
                "A 23-year-old man was charged with murder at the farm.",
            ),
            // Nor is the one of whom the person is ("the mother of a boy").
            (
                "The mother of a boy was killed by the falling tree.",
                "A woman was killed by the falling tree.",
            ),
            // "hit and killed by a motorist" is passive: the woman is who was hit, and "the man
            // they believe to be the driver" is not who hit.
            (
                "A woman hit and killed by a motorist outside the store died on Wednesday.",
                "Police arrested a man they believe to be the hit and run driver who killed a woman outside the store.",
            ),
            // "and" after the act opens another clause.
            (
                "A receptionist died and two men were hurt in the shooting at the office.",
                "The gunman killed a woman in the shooting at the office.",
            ),
            // The same verb of two things: the man's wife, not the man.
            (
                "The fire killed the man's wife at their home.",
                "The fire killed a woman at their home.",
            ),
            // Doer against undergoer.
            (
                "A man shot the officer outside the bank.",
                "A woman was shot outside the bank.",
            ),
            // The same verb told of other things.
            (
                "A man was arrested for the robbery in the shop.",
                "A boy was arrested for throwing stones at police cars.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
