//! Court findings (kind `other`): the plea one defendant entered, the verdict one was given,
//! the sentence, whether one was bailed or held, and whether an arrest ended in a charge.
//! "pleaded guilty" / "pleaded not guilty"; "was found guilty" or "convicted" / "was acquitted"
//! or "cleared"; "sentenced to life in prison" / "sentenced to 20 years" or "sentenced to
//! death"; "released on bail" / "remanded in custody"; "released without charge" / "charged
//! with murder". Only pleas entered, verdicts reached and sentences given count: "is
//! expected to plead guilty", "if convicted", "faces life in prison", "could be sentenced to
//! death" tell none. A side that tells both kinds ("pleaded not guilty in March, then guilty",
//! "acquitted of murder but convicted of manslaughter") fits either; two pleas or verdicts on
//! different charges ("guilty to manslaughter" / "not guilty to murder") and two named
//! defendants are not one.

use rustc_hash::FxHashSet;

use super::slot;
use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Plea {
    Guilty,
    NotGuilty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Verdict {
    Convicted,
    Acquitted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Sentence {
    /// A term of years or months ("20 years"); terms are compared by the number finder.
    Term,
    Life,
    Death,
}

/// Whether a defendant was let go on bail or held: "released on bail", "granted bail" / "remanded
/// in custody", "denied bail", "held without bail".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Custody {
    Bail,
    Held,
}

/// What came of an arrest: "released without charge" / "charged with murder".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Arrest {
    Uncharged,
    Charged,
}

/// Words before a plea or sentence that make it expected, sought or possible, not given: "is
/// expected to plead guilty", "faces life in prison", "could be sentenced to death".
const UNGIVEN: &[&str] = &[
    "to", "will", "would", "could", "may", "might", "can", "faces", "face", "faced", "facing",
    "expected", "sought", "seek", "seeks", "seeking", "not", "never", "maximum", "possible", "if",
    "unless", "should",
];

/// Whether a word within two tokens before token `k` leaves what follows ungiven.
fn ungiven(c: &Claim, k: usize) -> bool {
    (k.saturating_sub(2)..k).any(|m| UNGIVEN.contains(&c.tokens[m].norm.as_str()))
}

/// Verbs of a plea entered: "pleaded guilty", "pleads not guilty", "pled innocent".
const PLEADED: &[&str] = &["pleaded", "pled", "pleads", "pleading"];

/// The pleas a side tells, each with its span and the token after which its charge is told.
fn pleas(c: &Claim) -> Vec<(Plea, (Span, usize))> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let w = word(i);
        let found = if PLEADED.contains(&w) && !ungiven(c, i) {
            match (word(i + 1), word(i + 2)) {
                ("guilty", _) => Some((Plea::Guilty, i + 1)),
                ("not", "guilty") => Some((Plea::NotGuilty, i + 2)),
                ("innocent", _) => Some((Plea::NotGuilty, i + 1)),
                _ => None,
            }
        } else if w == "guilty" && matches!(word(i + 1), "plea" | "pleas") {
            // "entered a guilty plea", "not guilty pleas were entered".
            let not = i > 0 && word(i - 1) == "not";
            let first = if not { i - 1 } else { i };
            (!ungiven(c, first))
                .then_some((if not { Plea::NotGuilty } else { Plea::Guilty }, i + 1))
        } else {
            None
        };
        if let Some((plea, last)) = found {
            let first = if w == "guilty" && i > 0 && word(i - 1) == "not" {
                i - 1
            } else {
                i
            };
            out.push((plea, (c.span_of(first, last), last)));
        }
    }
    out
}

/// The most words of a person between "found" and a verdict: "found Mary Ann Smith guilty".
const VERDICT_OBJECT: usize = 4;

/// Whether the negation at token `n` is that of a verdict: "found not guilty", "found him
/// not guilty". Only a "not" before "guilty" can be inside one, so the claim's verdicts are
/// read only then.
pub(super) fn verdict_before(c: &Claim, n: usize) -> bool {
    c.word(n + 1) == Some("guilty")
        && verdicts(c)
            .iter()
            .any(|(_, (span, last))| c.token_at(span.start) < n && n <= *last)
}

/// The verdicts a side tells as reached, each with its span and the token after which its
/// charge is told ("convicted of murder"): "was found guilty", "was convicted", "a jury
/// convicted him", "a guilty verdict"; "was acquitted", "was found not guilty", "was cleared of",
/// "a not guilty verdict". "convicted" as an adjective ("a convicted felon") tells an earlier
/// case, and "cleared" alone ("the area was cleared") no verdict.
fn verdicts(c: &Claim) -> Vec<(Verdict, (Span, usize))> {
    let word = |k: usize| c.word(k).unwrap_or("");
    // "was convicted", "has been acquitted".
    let passive = |k: usize| k > 0 && slot::PASSIVE_BE.contains(&word(k - 1));
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let (w, next) = (word(i), word(i + 1));
        let found = match w {
            // "was found guilty", "found Smith not guilty", "found him innocent".
            "found" | "declared" | "ruled" => {
                let person =
                    |k: usize| c.name_at(k).is_some() || matches!(word(k), "him" | "her" | "them");
                let k = (i + 1..(i + 1 + VERDICT_OBJECT).min(c.tokens.len()))
                    .find(|&k| !person(k))
                    .unwrap_or(i + 1);
                match (word(k), word(k + 1)) {
                    ("guilty", _) => Some((Verdict::Convicted, i, k)),
                    ("not", "guilty") => Some((Verdict::Acquitted, i, k + 1)),
                    ("innocent", _) => Some((Verdict::Acquitted, i, k)),
                    _ => None,
                }
            }
            // "a jury convicted him", "convicted Smith".
            "convicted"
                if passive(i)
                    || matches!(next, "of" | "him" | "her" | "them")
                    || c.name_at(i + 1).is_some() =>
            {
                Some((Verdict::Convicted, i, i))
            }
            "acquitted" | "acquits" | "acquit" => Some((Verdict::Acquitted, i, i)),
            "cleared" if next == "of" => Some((Verdict::Acquitted, i, i)),
            "guilty" if matches!(next, "verdict" | "verdicts") => {
                let not = i > 0 && word(i - 1) == "not";
                let kind = if not {
                    Verdict::Acquitted
                } else {
                    Verdict::Convicted
                };
                Some((kind, i - usize::from(not), i + 1))
            }
            _ => None,
        };
        if let Some((verdict, first, last)) = found
            && !ungiven(c, first)
        {
            out.push((verdict, (c.span_of(first, last), last)));
        }
    }
    out
}

/// The sentences a side tells as given: "sentenced to life", "jailed for 20 years", "a life
/// sentence", "sentenced to death".
fn sentences(c: &Claim) -> Vec<(Sentence, Span)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    let mut out = Vec::new();
    for i in 0..c.tokens.len() {
        let w = word(i);
        let given = matches!(w, "sentenced" | "jailed" | "imprisoned") && !ungiven(c, i);
        let noun = matches!(w, "sentence" | "sentences" | "imprisonment")
            && i > 0
            && matches!(word(i - 1), "life" | "death")
            && !ungiven(c, i - 1);
        if noun {
            let kind = if word(i - 1) == "life" {
                Sentence::Life
            } else {
                Sentence::Death
            };
            out.push((kind, c.span_of(i - 1, i)));
            continue;
        }
        if !given {
            continue;
        }
        // What follows the verb, up to punctuation: "to life in prison", "to 25 years to life",
        // "for 20 years", "to death".
        let end = (i + 1..(i + 1 + SENTENCE_REACH).min(c.tokens.len()))
            .find(|&k| c.gap(k).contains([',', ';', ':', '(']))
            .unwrap_or((i + 1 + SENTENCE_REACH).min(c.tokens.len()));
        for k in i + 1..end {
            let kind = match word(k) {
                "life" => Sentence::Life,
                "death" if matches!(word(k - 1), "to") => Sentence::Death,
                "years" | "year" | "months" | "month"
                    if c.tokens[k - 1].numeric || c.in_figure(k - 1) =>
                {
                    Sentence::Term
                }
                _ => continue,
            };
            out.push((kind, c.span_of(i, k)));
        }
    }
    out
}

/// What `read` finds at each token (a kind and the last token that tells it), when given, not
/// expected or asked for (`ungiven`), with its span.
fn given<K>(c: &Claim, read: impl Fn(usize) -> Option<(K, usize)>) -> Vec<(K, Span)> {
    (0..c.tokens.len())
        .filter_map(|i| {
            let (kind, last) = read(i)?;
            (!ungiven(c, i)).then(|| (kind, c.span_of(i, last)))
        })
        .collect()
}

/// Tokens between "released" and "on bail": "released the 34-year-old on bail".
const OBJECT_WORDS: usize = 4;

/// Tokens of an amount read before "bail": "a $1 million".
const AMOUNT_WORDS: usize = 3;

/// Bail given or refused, as a court decides it: "released on bail", "freed on bond", "granted
/// bail", "was bailed" / "remanded in custody", "was remanded", "denied bail", "refused bail",
/// "held without bail". "is in custody" tells an arrest, not a court's decision.
fn custodies(c: &Claim) -> Vec<(Custody, Span)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    // "bail" at token `k`, over its amount: "on $50,000 bail", "posted a $1 million bond".
    let bail = |k: usize| {
        (k..(k + AMOUNT_WORDS + 1).min(c.tokens.len()))
            .take_while(|&m| {
                c.tokens[m].numeric
                    || matches!(
                        word(m),
                        "bail" | "bond" | "a" | "million" | "dollars" | "pounds" | "cash"
                    )
            })
            .find(|&m| matches!(word(m), "bail" | "bond"))
    };
    given(c, |i| match (word(i), word(i + 1)) {
        // "released on bail", "released him on bail", "released on Monday on bail".
        ("released" | "freed", _) => (i + 1..(i + OBJECT_WORDS + 2).min(c.tokens.len()))
            .take_while(|&k| !c.gap(k).contains([',', ';', '.']))
            .filter(|&k| word(k) == "on")
            .find_map(|k| bail(k + 1))
            .map(|k| (Custody::Bail, k)),
        ("granted" | "given" | "posted", _) => bail(i + 1).map(|k| (Custody::Bail, k)),
        ("bailed", _) => Some((Custody::Bail, i)),
        ("remanded", "in") if word(i + 2) == "custody" => Some((Custody::Held, i + 2)),
        ("remanded", _) => Some((Custody::Held, i)),
        ("denied" | "refused", "bail" | "bond") => Some((Custody::Held, i + 1)),
        ("held" | "jailed", "without") if matches!(word(i + 2), "bail" | "bond") => {
            Some((Custody::Held, i + 2))
        }
        _ => None,
    })
}

/// What came of an arrest: "released without charge", "freed without being charged", "released
/// with no charges" / "charged with murder", "has been charged".
fn arrests(c: &Claim) -> Vec<(Arrest, Span)> {
    let word = |k: usize| c.word(k).unwrap_or("");
    given(c, |i| match word(i) {
        "released" | "freed" => (i + 1..(i + 4).min(c.tokens.len()))
            .find(|&k| matches!(word(k), "charge" | "charges" | "charged"))
            .filter(|&k| {
                (i + 1..k).any(|m| matches!(word(m), "without" | "no"))
                    && !c.gap(k).contains([',', ';'])
            })
            .map(|k| (Arrest::Uncharged, k)),
        // "has not been charged" is left by `ungiven`.
        "charged" if i > 0 && slot::PASSIVE_BE.contains(&word(i - 1)) => Some((Arrest::Charged, i)),
        _ => None,
    })
}

/// Tokens after "sentenced" read for the sentence: "sentenced on Friday to 25 years to life".
const SENTENCE_REACH: usize = 8;

/// The content words of what a plea is to ("guilty to two counts of manslaughter") or a
/// verdict of ("convicted of murder"), after the preposition `by`, up to punctuation.
fn charge<'a>(c: &Claim<'a>, last: usize, by: &str) -> FxHashSet<&'a str> {
    if c.word(last + 1) != Some(by) {
        return FxHashSet::default();
    }
    (last + 2..c.tokens.len())
        .take_while(|&k| {
            !c.gap(k).contains([',', ';', ':', '('])
                && !CIRCUMSTANCES.contains(&c.tokens[k].norm.as_str())
        })
        .take(CHARGE_WORDS)
        .map(|k| c.tokens[k])
        .filter(|t| !t.stop && !t.numeric)
        .map(|t| crate::language::synonyms::canonical(&t.stem))
        .collect()
}

/// Words that end what a plea is to and open when or where: "guilty to manslaughter on Monday".
const CIRCUMSTANCES: &[&str] = &[
    "on",
    "in",
    "at",
    "before",
    "after",
    "during",
    "yesterday",
    "today",
    "last",
    "this",
];

/// The most words read of what a plea is to or a verdict of.
const CHARGE_WORDS: usize = 6;

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let at = |c: &Claim, s: Span| c.token_at(s.start);
    let (lp, rp) = (pleas(left), pleas(right));
    let one = |by: &'static str| {
        move |a: &(Span, usize), b: &(Span, usize)| {
            !slot::two_people(left, at(left, a.0), right, at(right, b.0))
                && slot::meet(&charge(left, a.1, by), &charge(right, b.1, by))
        }
    };
    let found = |what: &str, a: Span, b: Span| {
        vec![slot::finding(FindingKind::Other, what, left, a, right, b)]
    };
    if let Some((a, b)) = slot::differing(&lp, &rp, one("to")) {
        return found("plea", a.0, b.0);
    }
    if let Some((a, b)) = slot::differing(&verdicts(left), &verdicts(right), one("of")) {
        return found("verdict", a.0, b.0);
    }
    // Two terms are one kind here: how long each is, is the number finder's.
    let (ls, rs) = (sentences(left), sentences(right));
    let one_sentence =
        |a: &Span, b: &Span| !slot::two_people(left, at(left, *a), right, at(right, *b));
    if let Some((a, b)) = slot::differing(&ls, &rs, one_sentence) {
        return found("sentence", *a, *b);
    }
    let (lc, rc) = (custodies(left), custodies(right));
    if let Some((a, b)) = slot::differing(&lc, &rc, one_sentence) {
        return found("custody", *a, *b);
    }
    let (la, ra) = (arrests(left), arrests(right));
    if let Some((a, b)) = slot::differing(&la, &ra, one_sentence) {
        return found("outcome of the arrest", *a, *b);
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
    fn bail_against_custody_and_a_release_against_a_charge() {
        assert_eq!(
            notes(
                "The 23-year-old man was released on bail after appearing before magistrates on Monday.",
                "The 23-year-old man was remanded in custody after appearing before magistrates on Monday."
            ),
            ["different custody: released on bail vs remanded in custody"]
        );
        // Over the one released and the amount of the bail.
        assert_eq!(
            notes(
                "A judge released the 34-year-old on $50,000 bail on Thursday.",
                "The 34-year-old was held without bail on Thursday."
            ),
            ["different custody: released the 34-year-old on $50,000 bail vs held without bail"]
        );
        assert_eq!(
            notes(
                "Smith was released on $50,000 bail on Monday, his lawyer said.",
                "Smith was held without bail on Monday, his lawyer said."
            ),
            ["different custody: released on $50,000 bail vs held without bail"]
        );
        assert_eq!(
            notes(
                "Smith posted a $1 million bond on Monday, his lawyer said.",
                "Smith was denied bail on Monday, his lawyer said."
            ),
            ["different custody: posted a $1 million bond vs denied bail"]
        );
        assert_eq!(
            notes(
                "The man arrested over the attack was released without charge on Monday, police said.",
                "The man arrested over the attack was charged with murder on Monday, police said."
            ),
            ["different outcome of the arrest: released without charge vs charged"]
        );
        for (a, b) in [
            // Asked for, not given; or a side that tells both.
            (
                "His lawyer will apply for him to be released on bail next week.",
                "He was remanded in custody on Monday.",
            ),
            (
                "He was remanded in custody in March and released on bail on Monday.",
                "He was released on bail on Monday.",
            ),
            // Two people.
            (
                "Smith was released without charge on Monday.",
                "Jones was charged with murder on Monday.",
            ),
            (
                "Smith was released on bail on Monday.",
                "Jones was remanded in custody on Monday.",
            ),
            // Not charged yet is no release without charge, nor the opposite of one.
            (
                "The man has not been charged, police said on Monday.",
                "The man was released without charge, police said on Monday.",
            ),
            // An amount of no bail.
            (
                "Smith was given a $500 fine on Monday.",
                "Smith was denied bail on Monday.",
            ),
            // Held at arrest is no court's decision.
            (
                "The suspect is in custody, police said on Monday.",
                "The suspect was released on bail, police said on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_plea_against_the_other() {
        assert_eq!(
            notes(
                "He pleaded guilty to the charges in court on Monday.",
                "He pleaded not guilty to the charges in court on Monday."
            ),
            ["different plea: pleaded guilty vs pleaded not guilty"]
        );
        assert_eq!(
            notes(
                "Reed entered a guilty plea to the robbery charge.",
                "Reed pleads innocent to the robbery charge."
            )
            .len(),
            1
        );
    }

    #[test]
    fn pleas_not_entered_or_not_one() {
        for (a, b) in [
            // Expected, not entered.
            (
                "He is expected to plead guilty to the charges next week.",
                "He pleaded not guilty to the charges on Monday.",
            ),
            // One side tells both pleas.
            (
                "He pleaded not guilty in March but pleaded guilty on Monday to the charges.",
                "He pleaded guilty to the charges on Monday.",
            ),
            // Two charges.
            (
                "He pleaded guilty to manslaughter on Monday.",
                "He pleaded not guilty to murder on Monday.",
            ),
            // Two defendants.
            (
                "Smith pleaded guilty to the robbery on Monday.",
                "Jones pleaded not guilty to the robbery on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn a_verdict_against_the_other() {
        assert_eq!(
            notes(
                "The jury found Smith guilty of murder on Monday.",
                "The jury acquitted Smith of murder on Monday."
            ),
            ["different verdict: found Smith guilty vs acquitted"]
        );
        for (a, b) in [
            (
                "Smith was convicted of murder on Monday, prosecutors said.",
                "Smith was cleared of murder on Monday, prosecutors said.",
            ),
            (
                "A jury convicted Smith of murder on Monday.",
                "Smith was found not guilty of murder on Monday.",
            ),
            (
                "The judge found him innocent of the robbery.",
                "The jury returned a guilty verdict in the robbery case.",
            ),
            // A day after the verdict is no charge.
            (
                "Smith was acquitted on Monday of the murder.",
                "Smith was convicted of the murder, prosecutors said.",
            ),
        ] {
            assert_eq!(notes(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn verdicts_not_reached_or_not_one() {
        for (a, b) in [
            // Possible, not reached.
            (
                "Smith faces life in prison if convicted of murder.",
                "Smith was acquitted of murder on Monday.",
            ),
            (
                "Smith could be found guilty of murder next week.",
                "Smith was acquitted of murder on Monday.",
            ),
            // A past case: "a convicted felon".
            (
                "Smith, a convicted felon, was arrested for the robbery.",
                "Smith was acquitted of the robbery on Monday.",
            ),
            // One side tells both verdicts.
            (
                "Smith was acquitted of murder but convicted of manslaughter.",
                "Smith was convicted of murder on Monday.",
            ),
            // Two charges.
            (
                "Smith was acquitted of murder on Monday.",
                "Smith was convicted of manslaughter on Monday.",
            ),
            // Two defendants.
            (
                "Smith was found guilty of murder on Monday.",
                "Jones was acquitted of murder on Monday.",
            ),
            // "cleared" of no charge.
            (
                "The area was cleared after the shooting on Monday.",
                "He was convicted of the shooting on Monday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn life_against_a_term_or_death() {
        assert_eq!(
            notes(
                "He was sentenced to life in prison for the murders.",
                "He was sentenced to 20 years in prison for the murders."
            ),
            ["different sentence: sentenced to life vs sentenced to 20 years"]
        );
        assert_eq!(
            notes(
                "The court sentenced him to death for the killings.",
                "He was given a life sentence for the killings."
            )
            .len(),
            1
        );
    }

    #[test]
    fn sentences_not_given_or_of_both_kinds() {
        for (a, b) in [
            // A term to life is both.
            (
                "He was sentenced to 25 years to life for the murder.",
                "He was sentenced to life for the murder.",
            ),
            // Faced or possible, not given.
            (
                "He faces life in prison if convicted of the murder.",
                "He was sentenced to 20 years for the murder.",
            ),
            (
                "He could be sentenced to death for the murder.",
                "He was sentenced to life in prison for the murder.",
            ),
            // Two terms are the number finder's.
            (
                "He was sentenced to 20 years for the murder.",
                "He was sentenced to 25 years for the murder.",
            ),
            // Two defendants.
            (
                "Smith was sentenced to life for the murder.",
                "Jones was sentenced to 20 years for the murder.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
