//! Charge findings (kind `other`): one person charged with, or convicted of, a different grade
//! of homicide. "was charged with vehicular manslaughter" / "has been charged in her murder";
//! "charged with first-degree murder" / "charged with second-degree murder". A generic
//! "homicide" fits every grade, "murder" without a degree fits every degree; a charge is not
//! compared with a conviction (a jury may convict of less than the charge); a side naming
//! several grades fits any of them; two different people named before the charges are not one.
//! An attempted murder is another count (another victim, an earlier shooting), no grade of the
//! killing: it is not compared.

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use std::sync::OnceLock;

use crate::document::{Document, Span};
use crate::language::aliases::Aliases;

/// Grades of homicide, as charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    /// "homicide" alone: any grade.
    Homicide,
    /// Murder, with its degree when one is given (1 for "first-degree", 0 for none).
    Murder(u8),
    Manslaughter,
    NegligentHomicide,
}

fn compatible(a: Grade, b: Grade) -> bool {
    use Grade::*;
    match (a, b) {
        (Homicide, _) | (_, Homicide) => true,
        (Murder(x), Murder(y)) => x == 0 || y == 0 || x == y,
        _ => a == b,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Charge,
    Conviction,
}

/// One grade said of the claim at one stage, with its span and the person before it.
struct Count<'a> {
    grade: Grade,
    stage: Stage,
    span: Span,
    person: Option<&'a [String]>,
}

/// Words that say a charge follows: "charged with", "accused of", "indicted on".
const CHARGED: &[&str] = &["accused", "charged", "indicted"];

/// Nouns a grade comes before: "murder charges", "a manslaughter count".
const CHARGE_NOUNS: &[&str] = &["charge", "charges", "count", "counts"];

/// Tokens after a charge or conviction word its grades are read in.
const REACH: usize = 10;

/// Words of a grade read before its crime word, for the span shown ("vehicular manslaughter",
/// "criminally negligent homicide", "first-degree murder").
const MODIFIERS: &[&str] = &[
    "attempted",
    "capital",
    "criminally",
    "degree",
    "deliberate",
    "first",
    "fourth",
    "involuntary",
    "negligent",
    "premeditated",
    "second",
    "third",
    "vehicular",
    "voluntary",
    "willful",
];

/// The grade named by the crime word at token `k`, and the first token of its modifiers.
fn grade(c: &Claim, k: usize) -> Option<(Grade, usize)> {
    let mut first = k;
    while first > 0 && MODIFIERS.contains(&c.tokens[first - 1].norm.as_str()) {
        first -= 1;
    }
    let has = |w: &str| (first..k).any(|m| c.tokens[m].norm == w);
    let degree = ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| has(w))
        .map_or(0, |d| d as u8 + 1);
    let g = match c.tokens[k].norm.as_str() {
        "murder" | "murders" if has("attempted") => return None,
        "murder" | "murders" => Grade::Murder(degree),
        "manslaughter" => Grade::Manslaughter,
        "homicide" | "homicides" if has("negligent") => Grade::NegligentHomicide,
        "homicide" | "homicides" => Grade::Homicide,
        _ => return None,
    };
    Some((g, first))
}

fn counts<'a>(c: &Claim<'a>) -> Vec<Count<'a>> {
    let mut out = Vec::new();
    for (i, t) in c.tokens.iter().enumerate() {
        let w = t.norm.as_str();
        let noun = CHARGE_NOUNS.contains(&w);
        let stage = if noun || CHARGED.contains(&w) {
            Stage::Charge
        } else if (w == "convicted" || w == "guilty") && c.word_before(i, 1) != Some("not") {
            Stage::Conviction
        } else {
            continue;
        };
        // Grades after a verb ("charged with vehicular manslaughter, criminally negligent
        // homicide"), before a charge noun ("facing murder charges"; "convicted of one count of
        // murder" is read from its verb).
        let sentence = c.sentence(i);
        let after = (i + 1..(i + 1 + REACH).min(sentence.end)).filter(|_| !noun);
        let before = (i.saturating_sub(4)..i).filter(|_| noun);
        // The person the charge is said of: the nearest name before the word in its sentence
        // that names no place ("Vishwanand Subryan, 23, of Schenectady, N. Y., was charged").
        let person = (sentence.start..i)
            .rev()
            .filter(|&m| !place_name(c, m))
            .find_map(|m| c.name_at(m))
            .map(|n| n.words.as_slice());
        for k in before.into_iter().chain(after) {
            if let Some((grade, first)) = grade(c, k) {
                out.push(Count {
                    grade,
                    stage,
                    span: c.span_of(first, k),
                    person,
                });
            }
        }
    }
    out
}

/// Whether the name at token `m` is a place: after a preposition ("of Schenectady", "in
/// Queens"), or set by a comma after such a place ("of Schenectady, N. Y.").
fn place_name(c: &Claim, m: usize) -> bool {
    if c.name_at(m).is_none() {
        return false;
    }
    let start = c.name_start(m);
    let after_place = start > 0 && c.gap(start).trim() == "," && place_name(c, start - 1);
    let after_preposition = matches!(
        c.word_before(start, 1),
        Some("in" | "of" | "at" | "from" | "near" | "on" | "to")
    );
    after_place || after_preposition
}

/// The grades a whole report names at each stage, learnt once per report when a charge
/// finding first needs them (`both_known`), statement by statement like `time::Calendar`.
pub(crate) struct Charges(Vec<(Stage, Grade)>);

impl Charges {
    fn new(doc: &Document) -> Charges {
        Charges(
            (0..doc.statements.len())
                .flat_map(|i| {
                    let c = Claim::new(doc, &[i]);
                    counts(&c)
                        .into_iter()
                        .map(|k| (k.stage, k.grade))
                        .collect::<Vec<_>>()
                })
                .collect(),
        )
    }
}

/// Each report's `Charges`, learnt lazily: most comparisons have no charge finding.
pub(crate) type ReportCharges = [OnceLock<Charges>; 2];

/// Whether the reports name, somewhere, a grade that fits each grade the two claims name at
/// `stage`: then the two claims each tell a part of one list ("charged with DWI and criminally
/// negligent homicide" / "facing manslaughter charges", when the reports list both elsewhere).
/// Grades short of murder are often charged together, so one report that lists both tells
/// that the other's shorter list leaves a charge out, it names no other; murder against a
/// lesser grade is the difference a fact-checker looks for ("charged in her murder" /
/// "charged with vehicular manslaughter"), told apart unless both reports list both.
fn both_known(left: &Claim, right: &Claim, stage: Stage, reports: &ReportCharges) -> bool {
    let named: Vec<Grade> = [left, right]
        .iter()
        .flat_map(|c| counts(c).into_iter().filter(|k| k.stage == stage))
        .map(|k| k.grade)
        .collect();
    let knows = |(c, report): &(&Claim, &OnceLock<Charges>)| {
        let report = report.get_or_init(|| Charges::new(c.doc));
        named
            .iter()
            .all(|&g| (report.0.iter()).any(|&(s, r)| s == stage && compatible(r, g)))
    };
    let sides = [(left, &reports[0]), (right, &reports[1])];
    if named.iter().any(|g| matches!(g, Grade::Murder(_))) {
        sides.iter().all(knows)
    } else {
        sides.iter().any(knows)
    }
}

pub(crate) fn findings(
    left: &Claim,
    right: &Claim,
    aliases: &Aliases,
    reports: &ReportCharges,
) -> Vec<Finding> {
    let (lc, rc) = (counts(left), counts(right));
    for stage in [Stage::Charge, Stage::Conviction] {
        let (ls, rs): (Vec<&Count>, Vec<&Count>) = (
            lc.iter().filter(|c| c.stage == stage).collect(),
            rc.iter().filter(|c| c.stage == stage).collect(),
        );
        if ls.is_empty() || rs.is_empty() {
            continue;
        }
        if ls
            .iter()
            .any(|a| rs.iter().any(|b| compatible(a.grade, b.grade)))
        {
            continue;
        }
        let (a, b) = (ls[0], rs[0]);
        if let (Some(x), Some(y)) = (a.person, b.person)
            && !aliases.same(x, y)
            && !x.iter().any(|w| w.len() > 2 && y.contains(w))
        {
            continue;
        }
        if both_known(left, right, stage, reports) {
            continue;
        }
        return vec![Finding {
            kind: FindingKind::Other,
            left: Some(a.span),
            right: Some(b.span),
            note: format!(
                "different {}: {} vs {}",
                match stage {
                    Stage::Charge => "charge",
                    Stage::Conviction => "conviction",
                },
                left.text(a.span),
                right.text(b.span)
            ),
            anchors: 0,
            source: false,
            minor: false,
        }];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, c| findings(l, r, &c.aliases, &c.charges))
    }

    #[test]
    fn another_grade_of_homicide() {
        assert_eq!(
            notes(
                "The driver was charged with vehicular manslaughter, criminally negligent homicide and leaving the scene.",
                "The driver has been charged in her murder, according to police."
            ),
            ["different charge: vehicular manslaughter vs murder"]
        );
        assert_eq!(
            notes(
                "A man has been charged with first-degree murder after the shooting.",
                "The gunman was charged with second-degree murder after the shooting."
            ),
            ["different charge: first-degree murder vs second-degree murder"]
        );
        // A place named before the charge is no person it is said of.
        assert_eq!(
            notes(
                "Mark Doyle, 23, of Springfield, Ohio, was charged with vehicular manslaughter.",
                "A driver who struck a woman in Queens has been charged in her murder."
            ),
            ["different charge: vehicular manslaughter vs murder"]
        );
        // Two people named are two charges.
        assert!(
            notes(
                "Mark Doyle, 23, of Springfield, was charged with vehicular manslaughter.",
                "His passenger, Ann Reyes, has been charged with murder."
            )
            .is_empty()
        );
    }

    #[test]
    fn grades_that_fit() {
        for (a, b) in [
            // A degree against none, a generic homicide, one of several grades.
            (
                "A man facing murder charges was on suicide watch.",
                "A man has been charged with first-degree murder.",
            ),
            (
                "He was charged with homicide in the death of his neighbour.",
                "He was charged with manslaughter in the death of his neighbour.",
            ),
            (
                "He was charged with murder and manslaughter.",
                "He was charged with manslaughter.",
            ),
            // A charge and a conviction, a plea of not guilty.
            (
                "He was charged with first-degree murder.",
                "He was convicted of second-degree murder.",
            ),
            (
                "He pleaded not guilty to first-degree murder.",
                "He was found guilty of second-degree murder.",
            ),
            // Two people.
            (
                "Lopez was charged with murder in the shooting.",
                "Carrasquillo was charged with manslaughter in the shooting.",
            ),
            (
                "He was charged with homicide.",
                "He was charged with murder.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }

    #[test]
    fn charges_each_report_lists_elsewhere_are_one_list() {
        let first = |a: &str, b: &str| {
            crate::compare::test_first_notes(a, b, |l, r, c| findings(l, r, &c.aliases, &c.charges))
        };
        let left = "The driver was charged with DWI and criminally negligent homicide.";
        let right = "The driver is now facing manslaughter charges.";
        assert!(
            first(
                &format!("{left} He also faces a manslaughter count."),
                &format!("{right} He was also charged with criminally negligent homicide.")
            )
            .is_empty()
        );
        // One report that lists both tells the other's shorter list is a part of it.
        assert!(
            first(
                left,
                &format!("{right} He was also charged with criminally negligent homicide.")
            )
            .is_empty()
        );
        // Two reports that each never name the other's charge differ.
        assert_eq!(
            first(left, right),
            ["different charge: criminally negligent homicide vs manslaughter"]
        );
        // Murder against a lesser grade differs unless both reports list both.
        let murder = "The driver has been charged in her murder.";
        assert_eq!(
            first(
                left,
                &format!("{murder} He was also charged with criminally negligent homicide.")
            ),
            ["different charge: criminally negligent homicide vs murder"]
        );
    }

    #[test]
    fn an_attempted_murder_is_another_count() {
        for (a, b) in [
            (
                "Along with murder, Orozco was convicted of one count of attempted murder.",
                "Orozco was found guilty of first-degree murder.",
            ),
            (
                "Orozco was convicted of one count of attempted murder involving the earlier shooting.",
                "Orozco also was charged with one count of attempted willful, deliberate, premeditated murder.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}: {:?}", notes(a, b));
        }
    }
}
