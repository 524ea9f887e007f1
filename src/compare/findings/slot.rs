//! What time and place findings share: an expression's surroundings, and a disagreement
//! between two sides' expressions of one category said of the same thing.

use rustc_hash::FxHashSet;

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;
use crate::language::synonyms::canonical;

/// Words around a time or place expression: what it is said of.
pub(super) const ANCHOR: usize = 6;

/// Verbs of taking someone somewhere, to hospital most often: "was taken to hospital in
/// critical condition", "airlifted to Royal London Hospital". A transfer is a second trip, not
/// another account of the first.
pub(super) const TRIPS: &[&str] = &[
    "airlifted",
    "brought",
    "flown",
    "rushed",
    "taken",
    "transported",
];

/// A pair of incompatible expressions said of the same thing (`slot`), when no expression of
/// one side is compatible with one of the other.
pub(super) fn disagreement<T>(
    left: &Claim,
    l: &[(T, Span)],
    right: &Claim,
    r: &[(T, Span)],
    compatible: impl Fn(&T, &T) -> bool,
    slot: impl Fn(&Claim, Span, &Claim, Span) -> bool,
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
pub(super) fn shared(left: &Claim, a: Span, right: &Claim, b: Span) -> bool {
    !around(left, a).is_disjoint(&around(right, b))
}

pub(super) fn around<'a>(c: &Claim<'a>, span: Span) -> FxHashSet<&'a str> {
    words_near(c, span, ANCHOR, true)
}

/// The content words within `reach` tokens of an expression, canonical; with `names_before`
/// false, not the names before it (a subject may be said of two claims).
pub(super) fn words_near<'a>(
    c: &Claim<'a>,
    span: Span,
    reach: usize,
    names_before: bool,
) -> FxHashSet<&'a str> {
    let inside = |t: &crate::document::Token| span.start <= t.start && t.end <= span.end;
    let Some(first) = c.tokens.iter().position(|t| t.end > span.start) else {
        return FxHashSet::default();
    };
    let last = c
        .tokens
        .iter()
        .rposition(|t| t.start < span.end)
        .unwrap_or(first);
    (first.saturating_sub(reach)..(last + reach + 1).min(c.tokens.len()))
        .filter(|&k| names_before || k >= first || !c.tokens[k].capitalised)
        .map(|k| c.tokens[k])
        .filter(|t| !t.stop && !t.numeric && !inside(t))
        // "the blaze broke out at …" / "the fire started at …": one group is one word.
        .map(|t| canonical(&t.stem))
        .collect()
}

/// One act: the same canonical stem, or WordNet synonyms or derived forms ("began" /
/// "started", "killed" / "killing"); looser kin (a kind of the other) is another act.
pub(super) fn same_act(x: &str, y: &str) -> bool {
    let (x, y) = (canonical(x), canonical(y));
    x == y
        || crate::language::lexicon()
            .kinship(x, y)
            .is_some_and(|k| k <= crate::language::Kinship::Derived)
}

/// One word, or WordNet kin ("declared three days of mourning" / "announced three days of
/// mourning").
pub(super) fn kin(x: &str, y: &str) -> bool {
    x == y || crate::language::lexicon().kinship(x, y).is_some()
}

pub(super) fn finding(
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
        source: false,
        minor: false,
    }
}

/// Words between a verb and the head of its object: "take any aggressive action"; "to" before
/// the verb a verb of wanting or trying takes ("want to break the record").
const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "another", "any", "other", "the", "its", "his", "her", "their", "to",
];

/// The content words of the object right after the verb at token `i` (up to the first
/// function word or punctuation), canonical: "place" in "take place", "aggressive action" in
/// "take any aggressive action". Empty when a preposition, a punctuation mark or the end of the
/// claim follows ("was not ordered by any regulator"). Of a passive verb, the object is its
/// subject: "date" in "the date has not been confirmed".
pub(super) fn object<'a>(c: &Claim<'a>, i: usize) -> FxHashSet<&'a str> {
    let passive = passive_subject(c, i);
    if !passive.is_empty() {
        return passive;
    }
    let mut k = i + 1;
    while k < c.tokens.len()
        && OBJECT_OPENERS.contains(&c.tokens[k].norm.as_str())
        && c.gap(k).trim().is_empty()
    {
        k += 1;
    }
    // A hyphenated word is one, function words and all: "a drunk hit-and-run driver".
    let hyphen = |m: usize| m < c.tokens.len() && c.gap(m).trim() == "-";
    let mut words = FxHashSet::default();
    let mut m = k;
    while m < c.tokens.len() && words.len() < OBJECT_WORDS {
        let t = c.tokens[m];
        let joined = c.gap(m).trim().is_empty() || hyphen(m);
        if !joined || t.numeric || (t.stop && !hyphen(m) && !hyphen(m + 1)) {
            break;
        }
        if !t.stop {
            words.insert(canonical(&t.stem));
        }
        m += 1;
    }
    if words.is_empty() {
        return fronted_object(c, i);
    }
    words
}

/// Relative pronouns that stand for the object of the verb of their clause.
const OBJECT_RELATIVES: &[&str] = &["whom", "which"];

/// Relative pronouns that stand for the subject of the verb after them.
const SUBJECT_RELATIVES: &[&str] = &["who", "which", "that"];

/// A relative pronoun: it opens a clause of its own ("…, who said he was scared").
pub(super) fn relative(norm: &str) -> bool {
    SUBJECT_RELATIVES.contains(&norm) || OBJECT_RELATIVES.contains(&norm) || norm == "whose"
}

/// The object of the verb at token `i` when a relative pronoun opening its clause stands for
/// it: the words before the pronoun ("man" in "The man, whom police did not identify, …").
fn fronted_object<'a>(c: &Claim<'a>, i: usize) -> FxHashSet<&'a str> {
    let start = c.clause_start(i);
    if start == 0 || start >= i || !OBJECT_RELATIVES.contains(&c.tokens[start].norm.as_str()) {
        return FxHashSet::default();
    }
    words_before(c, start, true)
}

/// The content words right before token `k`, back to punctuation: a subject; or, with
/// `antecedent`, the words a relative pronoun at `k` stands for, across the comma before it.
fn words_before<'a>(c: &Claim<'a>, mut k: usize, antecedent: bool) -> FxHashSet<&'a str> {
    let mut words = FxHashSet::default();
    let mut read = 0;
    while k > 0
        && (c.gap(k).trim().is_empty() || (antecedent && read == 0))
        && read < SUBJECT_REACH
        && words.len() < OBJECT_WORDS
    {
        let t = c.tokens[k - 1];
        if !t.stop && !t.numeric {
            words.insert(canonical(&t.stem));
        }
        k -= 1;
        read += 1;
    }
    words
}

pub(super) use crate::language::words::AUXILIARY_CHAIN;

/// The forms of "be" that make a past participle passive.
pub(super) const PASSIVE_BE: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// The content words of the subject of the passive verb at token `i` (its object): the words
/// of its clause right before its auxiliaries, back to punctuation ("the date of the release
/// has not been confirmed": "date", "release"); for a relative pronoun, the words it stands for
/// ("Williams, who was booked": "Williams"). A participle joined by "and" to a passive one
/// before it shares its subject ("who was booked into jail and later released"). Empty when
/// the verb is no past participle after a form of "be".
fn passive_subject<'a>(c: &Claim<'a>, i: usize) -> FxHashSet<&'a str> {
    let Some((k, be)) = auxiliaries(c, i) else {
        return FxHashSet::default();
    };
    if !be {
        return coordinated_passive(c, i)
            .map(|j| passive_subject(c, j))
            .unwrap_or_default();
    }
    if k > 0 && SUBJECT_RELATIVES.contains(&c.tokens[k - 1].norm.as_str()) {
        return words_before(c, k - 1, true);
    }
    words_before(c, k, false)
}

/// Of the past participle at token `i`: the token its auxiliaries start at ("has" in "has
/// been released"; `i` without any), and whether a form of "be" is among them (a passive).
/// `None` when the word is no past participle.
fn auxiliaries(c: &Claim, i: usize) -> Option<(usize, bool)> {
    if !crate::language::words::past_tense(&c.tokens[i].norm) {
        return None;
    }
    let mut k = i;
    let mut be = false;
    while k > 0
        && c.gap(k).trim().is_empty()
        && AUXILIARY_CHAIN.contains(&c.tokens[k - 1].norm.as_str())
    {
        k -= 1;
        be |= PASSIVE_BE.contains(&c.tokens[k].norm.as_str());
    }
    Some((k, be))
}

/// Whether the subject of the passive verb at token `i` (or of the passive one it is joined to
/// by "and") is "he" or "she": "he has been booked and later released".
pub(super) fn passive_person_pronoun(c: &Claim, i: usize) -> bool {
    match auxiliaries(c, i) {
        None => false,
        Some((k, true)) => k > 0 && matches!(c.tokens[k - 1].norm.as_str(), "he" | "she"),
        Some((_, false)) => coordinated_passive(c, i).is_some_and(|j| passive_person_pronoun(c, j)),
    }
}

/// Whether every word of an object (`object`) is a noun that names no person: "results" in
/// "Results of the test have not been released".
pub(super) fn object_of_things(words: &FxHashSet<&str>) -> bool {
    !words.is_empty()
        && words
            .iter()
            .all(|w| crate::language::kinds::names_no_person(w))
}

/// Words between "and" and a participle that shares the subject of the one before "and".
const SEQUENCE_ADVERBS: &[&str] = &["later", "then", "subsequently", "eventually", "also"];

/// The passive participle that the participle at token `i` is joined to by "and", in its
/// clause: "booked" for "released" in "was booked into county jail and later released".
fn coordinated_passive(c: &Claim, i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0 && SEQUENCE_ADVERBS.contains(&c.tokens[k - 1].norm.as_str()) {
        k -= 1;
    }
    if k == 0 || c.tokens[k - 1].norm != "and" || !c.gap(k).trim().is_empty() {
        return None;
    }
    let start = c.clause_start(k - 1);
    (start + 1..k - 1).rev().find(|&j| {
        crate::language::words::past_tense(&c.tokens[j].norm)
            && PASSIVE_BE.contains(&c.tokens[j - 1].norm.as_str())
    })
}

/// The most words read back from a passive verb's auxiliaries for its subject.
const SUBJECT_REACH: usize = 6;

/// The most content words read of an object.
const OBJECT_WORDS: usize = 3;

/// Two verbs' objects that share no word, nor WordNet kin: "take any aggressive action" /
/// "take place"; "hit another car" / "hit a parked car" share "car", "pointed a revolver" /
/// "pointing a gun" are kin.
pub(super) fn other_objects(a: &FxHashSet<&str>, b: &FxHashSet<&str>) -> bool {
    !a.is_empty() && !b.is_empty() && a.iter().all(|x| b.iter().all(|y| !kin(x, y)))
}

/// Tokens before a word its age may stand in ("a 27-year-old man", "the 20-year-old pregnant
/// woman").
const AGE_REACH: usize = 5;

/// The age written before token `k`: "27-year-old", "27 years old".
pub(super) fn age_before(c: &Claim, k: usize) -> Option<f64> {
    let from = c.tokens[k.saturating_sub(AGE_REACH)].start;
    c.quantities
        .iter()
        .filter(|q| from <= q.start && q.end <= c.tokens[k].start)
        .find(|q| q.years_old())
        .map(|q| q.value)
}

/// Whether the word at token `a` of one side and the one at token `b` of the other tell one
/// act: a content word around them is shared or kin ("allegedly pointed a gun" / "pointing a
/// gun at two officers"); "allegedly turned toward them with a revolver" / "the memorial turned
/// ugly" are two acts of one verb. Only the words of each verb's own clause count: in "a
/// memorial for Gray, who was shot after allegedly pointing a gun, turned ugly", the gun is not
/// the memorial's.
pub(super) fn one_act(x: &Claim, a: usize, y: &Claim, b: usize) -> bool {
    meet(&clause_words(x, a), &clause_words(y, b))
}

/// The content words of the clause of token `k` within `ANCHOR` tokens of it, canonical.
/// Clauses are cut at commas, colons, semicolons, brackets and dashes, not at quotation marks
/// (a quoted word keeps its clause: "treating it as \"potentially suspicious\"").
pub(super) fn clause_words<'a>(c: &Claim<'a>, k: usize) -> FxHashSet<&'a str> {
    let around = clause_around(c, k);
    c.window_stems(around.start, around.end, k)
        .into_iter()
        .map(canonical)
        .collect()
}

/// The tokens of the clause of token `k` within `ANCHOR` tokens of it.
pub(super) fn clause_around(c: &Claim, k: usize) -> std::ops::Range<usize> {
    let breaks = |m: usize| c.gap(m).contains([',', ';', ':', '(', ')', '—', '–']);
    let sentence = c.sentence(k);
    let start = (sentence.start + 1..=k)
        .rev()
        .find(|&m| breaks(m))
        .unwrap_or(sentence.start);
    let end = (k + 1..sentence.end)
        .find(|&m| breaks(m))
        .unwrap_or(sentence.end);
    start.max(k.saturating_sub(ANCHOR))..end.min(k + ANCHOR + 1)
}

/// The words of the clause of token `k` (`clause_words`) and, when a relative pronoun opens the
/// clause, the words it stands for: "Williams" in "Williams, who was booked and later released
/// on bail".
pub(super) fn act_words<'a>(c: &Claim<'a>, k: usize) -> FxHashSet<&'a str> {
    let mut words = clause_words(c, k);
    let start = c.clause_start(k);
    if start > 0 && start < k && relative(&c.tokens[start].norm) {
        words.extend(words_before(c, start, true));
    }
    words
}

/// How many words of `a` have one in `b` that is the same or WordNet kin.
pub(super) fn kin_count(a: &FxHashSet<&str>, b: &FxHashSet<&str>) -> usize {
    a.iter().filter(|x| b.iter().any(|y| kin(x, y))).count()
}

/// Whether the words around two expressions meet: one is shared or WordNet kin, or a side has
/// none to tell.
pub(super) fn meet(a: &FxHashSet<&str>, b: &FxHashSet<&str>) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| kin(x, y)))
}

/// The names a side tells before token `k` in its sentence: the person an act is told of, if
/// named ("Smith was convicted", "Latonya Brown was shot in the head").
pub(super) fn names_before<'a>(c: &Claim<'a>, k: usize) -> FxHashSet<&'a str> {
    (c.sentence(k).start..k)
        .filter(|&m| c.name_at(m).is_some())
        .map(|m| c.tokens[m].norm.as_str())
        .collect()
}

/// Whether the acts at tokens `a` and `b` are told of two named people: both sides name someone
/// before them, and the names share no word.
pub(super) fn two_people(left: &Claim, a: usize, right: &Claim, b: usize) -> bool {
    named_apart(&names_before(left, a), &names_before(right, b))
}

/// The noun of a person nearest before token `k` in its sentence: who wore, drove or held
/// something ("police said the suspect wore").
pub(super) fn person_noun_before<'a>(c: &Claim<'a>, k: usize) -> Option<&'a str> {
    (c.sentence(k).start..k)
        .rev()
        .find(|&m| {
            let w = c.tokens[m].norm.as_str();
            !c.tokens[m].stop
                && (crate::language::kinds::names_person(w)
                    || super::person::EVENT_ROLES.contains(&w))
        })
        .map(|m| c.tokens[m].stem.as_str())
}

/// Whether what is told at tokens `a` and `b` is told of two people by two nouns ("the suspect
/// wore" / "the victim wore").
pub(super) fn two_kinds_of_person(left: &Claim, a: usize, right: &Claim, b: usize) -> bool {
    two_nouns_of_person(person_noun_before(left, a), person_noun_before(right, b))
}

/// Whether two sides' nouns of a person, where told, are two nouns ("suspect" / "victim").
pub(super) fn two_nouns_of_person(x: Option<&str>, y: Option<&str>) -> bool {
    matches!((x, y), (Some(x), Some(y)) if x != y)
}

/// Whether two sides' names of a person tell two people: both name someone, and the names share
/// no word.
pub(super) fn named_apart(x: &FxHashSet<&str>, y: &FxHashSet<&str>) -> bool {
    !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
}

/// The first item of `l` and of `r` that `fits` pairs, when the two sides tell kinds (`T`) and
/// no kind is told on both: "pleaded guilty" / "pleaded not guilty", "fired" / "resigned".
pub(super) fn differing<'a, T: Copy + Eq + std::hash::Hash, X>(
    l: &'a [(T, X)],
    r: &'a [(T, X)],
    fits: impl Fn(&X, &X) -> bool,
) -> Option<(&'a X, &'a X)> {
    let kinds = |v: &[(T, X)]| v.iter().map(|x| x.0).collect::<FxHashSet<T>>();
    if l.is_empty() || r.is_empty() || !kinds(l).is_disjoint(&kinds(r)) {
        return None;
    }
    l.iter()
        .flat_map(|a| r.iter().map(move |b| (&a.1, &b.1)))
        .find(|(a, b)| fits(a, b))
}
