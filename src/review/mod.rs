//! The review by hand: a fact-checker's decisions on a comparison (unlink, link, set a verdict,
//! note), kept as a log, anchored to statement text rather than indices so that they survive a
//! re-segmentation, and applied on top of what Parallax found. [`store`] reads and writes the
//! review file.

pub mod store;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::compare::{Comparison, Link, Relation};
use crate::document::{Document, Side};
use crate::report::one_line;

/// A statement as a decision names it: its text (on one line), and which occurrence of that
/// text it is when the report says the same sentence more than once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub nth: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The statements a decision is about: some of the left report, some of the right (one side may
/// be empty: a note on a statement).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Pair {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left: Vec<Anchor>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub right: Vec<Anchor>,
}

/// A relation as a review file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Agree,
    Related,
    Conflict,
}

impl From<Relation> for Verdict {
    fn from(r: Relation) -> Verdict {
        match r {
            Relation::Agree => Verdict::Agree,
            Relation::Related => Verdict::Related,
            Relation::Conflict => Verdict::Conflict,
        }
    }
}

impl From<Verdict> for Relation {
    fn from(v: Verdict) -> Relation {
        match v {
            Verdict::Agree => Relation::Agree,
            Verdict::Related => Relation::Related,
            Verdict::Conflict => Relation::Conflict,
        }
    }
}

/// One decision by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Decision {
    /// The statements are not linked (whatever links join them go).
    Unlink {
        #[serde(flatten)]
        pair: Pair,
    },
    /// The statements are linked.
    Link {
        #[serde(flatten)]
        pair: Pair,
    },
    /// The link joining the statements has this relation (linking them if needed).
    Verdict {
        #[serde(flatten)]
        pair: Pair,
        relation: Verdict,
    },
    /// A note on the link joining the statements, or on a statement (one side empty); an empty
    /// note removes it.
    Note {
        #[serde(flatten)]
        pair: Pair,
        note: String,
    },
}

impl Decision {
    pub fn pair(&self) -> &Pair {
        match self {
            Decision::Unlink { pair }
            | Decision::Link { pair }
            | Decision::Verdict { pair, .. }
            | Decision::Note { pair, .. } => pair,
        }
    }

    /// What the decision does: "unlink", "verdict conflict", "note" …
    pub fn name(&self) -> String {
        match self {
            Decision::Unlink { .. } => "unlink".to_string(),
            Decision::Link { .. } => "link".to_string(),
            Decision::Verdict { relation, .. } => {
                format!("verdict {}", Relation::from(*relation).name())
            }
            Decision::Note { .. } => "note".to_string(),
        }
    }

    /// What the decision does, in a few words, with the statements' beginnings.
    pub fn describe(&self) -> String {
        let what = self.name();
        let quote = |side: &str, anchors: &[Anchor]| {
            anchors
                .iter()
                .map(|a| {
                    let short: String = a.text.chars().take(60).collect();
                    let dots = if short.len() < a.text.len() {
                        "…"
                    } else {
                        ""
                    };
                    format!(" {side} \"{short}{dots}\"")
                })
                .collect::<String>()
        };
        let p = self.pair();
        format!(
            "{what}{}{}",
            quote("left", &p.left),
            quote("right", &p.right)
        )
    }
}

/// Every decision, in the order they were taken (the last is what `u` undoes).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    pub decisions: Vec<Decision>,
}

/// What the review says about one link of the reviewed comparison.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hand {
    /// Linked by hand (Parallax did not link these statements, or a person confirmed it).
    pub linked: bool,
    /// The verdict was set by hand; what Parallax said.
    pub machine: Option<Relation>,
    pub note: Option<String>,
}

impl Hand {
    pub fn is_empty(&self) -> bool {
        *self == Hand::default()
    }
}

/// A link of Parallax removed by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Unlinked {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    pub relation: Relation,
}

/// A comparison with a review applied.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub comparison: Comparison,
    /// For each link of `comparison`, what was decided by hand.
    pub hands: Vec<Hand>,
    /// Notes on statements, per side (left, right).
    pub notes: [HashMap<usize, String>; 2],
    pub unlinked: Vec<Unlinked>,
    /// Decisions that could not be applied, with why: their statements are gone.
    pub not_applied: Vec<(Decision, String)>,
}

impl Reviewed {
    /// A comparison as Parallax made it, nothing decided by hand.
    pub fn unreviewed(comparison: Comparison) -> Reviewed {
        Reviewed {
            hands: vec![Hand::default(); comparison.links.len()],
            comparison,
            notes: Default::default(),
            unlinked: Vec::new(),
            not_applied: Vec::new(),
        }
    }

    /// What the review says about link `l`.
    pub fn hand(&self, l: usize) -> &Hand {
        static NONE: Hand = Hand {
            linked: false,
            machine: None,
            note: None,
        };
        self.hands.get(l).unwrap_or(&NONE)
    }

    pub fn note(&self, side: Side, s: usize) -> Option<&str> {
        self.notes[side_ix(side)].get(&s).map(String::as_str)
    }

    /// Whether anything was decided by hand.
    pub fn is_empty(&self) -> bool {
        self.hands.iter().all(Hand::is_empty)
            && self.notes.iter().all(HashMap::is_empty)
            && self.unlinked.is_empty()
            && self.not_applied.is_empty()
    }
}

fn side_ix(side: Side) -> usize {
    match side {
        Side::Left => 0,
        Side::Right => 1,
    }
}

/// The anchor of statement `s` of `doc`.
pub fn anchor(doc: &Document, s: usize) -> Anchor {
    let text = one_line(doc.statement_text(s));
    let nth = (0..s)
        .filter(|&t| one_line(doc.statement_text(t)) == text)
        .count();
    Anchor { text, nth }
}

/// The anchors of statements `ids` of `doc`.
pub fn anchors(doc: &Document, ids: &[usize]) -> Vec<Anchor> {
    ids.iter().map(|&s| anchor(doc, s)).collect()
}

/// Finds the statements of one report that anchors name.
struct Finder {
    /// Each statement's text on one line.
    texts: Vec<String>,
}

impl Finder {
    fn new(doc: &Document) -> Finder {
        Finder {
            texts: (0..doc.statements.len())
                .map(|s| one_line(doc.statement_text(s)))
                .collect(),
        }
    }

    /// The statements `a` names: the same text (its `nth` occurrence, or the last); else the
    /// only statement that contains it (statements merged since); else the run of consecutive
    /// statements it contains, covering most of it (a statement split since). Empty when gone.
    fn find(&self, a: &Anchor) -> Vec<usize> {
        let same: Vec<usize> = (0..self.texts.len())
            .filter(|&s| self.texts[s] == a.text)
            .collect();
        if let Some(&s) = same.get(a.nth).or(same.last()) {
            return vec![s];
        }
        if a.text.is_empty() {
            return Vec::new();
        }
        let containing: Vec<usize> = (0..self.texts.len())
            .filter(|&s| self.texts[s].contains(&a.text))
            .collect();
        if let &[s] = containing.as_slice() {
            return vec![s];
        }
        let inside: Vec<usize> = (0..self.texts.len())
            .filter(|&s| self.texts[s].len() * 5 >= a.text.len() && a.text.contains(&self.texts[s]))
            .collect();
        let run_ok = inside.windows(2).all(|w| w[1] == w[0] + 1);
        let covered: usize = inside.iter().map(|&s| self.texts[s].len()).sum();
        if !inside.is_empty() && run_ok && covered * 2 >= a.text.len() {
            return inside;
        }
        Vec::new()
    }

    fn find_all(&self, anchors: &[Anchor]) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        for a in anchors {
            let found = self.find(a);
            if found.is_empty() {
                return None;
            }
            out.extend(found);
        }
        out.sort_unstable();
        out.dedup();
        Some(out)
    }
}

/// Judges a link that a person made: scored and compared as Parallax would have.
pub fn judge(c: &Comparison, left: &[usize], right: &[usize]) -> Link {
    let score = crate::align::group_score(&c.left, &c.right, left, right);
    let aligned = crate::align::AlignedLink {
        left: left.to_vec(),
        right: right.to_vec(),
        score,
        similarity: score,
        ..Default::default()
    };
    let mut judged = crate::compare::compare(c.left.clone(), c.right.clone(), vec![aligned]);
    judged.links.remove(0)
}

/// A comparison under review: what Parallax found, the decisions, and the two applied. Links
/// made by hand are judged once and remembered, so that undoing and redoing is quick.
pub struct Desk {
    /// What Parallax found, kept apart once a decision is taken (until then, `current` is it:
    /// reading without reviewing costs no second copy of the reports).
    machine: Option<Comparison>,
    review: Review,
    judged: HashMap<(Vec<usize>, Vec<usize>), Link>,
    current: Reviewed,
}

impl Desk {
    pub fn new(machine: Comparison, review: Review) -> Desk {
        let mut judged = HashMap::new();
        let (machine, current) = if review.decisions.is_empty() {
            (None, Reviewed::unreviewed(machine))
        } else {
            let current = apply(&machine, &review, &mut judged);
            (Some(machine), current)
        };
        Desk {
            machine,
            review,
            judged,
            current,
        }
    }

    pub fn reviewed(&self) -> &Reviewed {
        &self.current
    }

    pub fn comparison(&self) -> &Comparison {
        &self.current.comparison
    }

    pub fn review(&self) -> &Review {
        &self.review
    }

    /// Takes a decision and applies the review again.
    pub fn decide(&mut self, decision: Decision) {
        self.review.decisions.push(decision);
        self.refresh();
    }

    /// Takes `review` instead (the review as saved, with decisions another reader took on the
    /// same pair), and applies it.
    pub fn replace_review(&mut self, review: Review) {
        if review != self.review {
            self.review = review;
            self.refresh();
        }
    }

    /// Takes back the last decision, if any.
    pub fn undo(&mut self) -> Option<Decision> {
        let last = self.review.decisions.pop()?;
        self.refresh();
        Some(last)
    }

    fn refresh(&mut self) {
        let machine = (self.machine).get_or_insert_with(|| self.current.comparison.clone());
        self.current = apply(machine, &self.review, &mut self.judged);
    }

    pub fn into_reviewed(self) -> Reviewed {
        self.current
    }
}

/// Applies `review` to `machine`, decision by decision.
fn apply(
    machine: &Comparison,
    review: &Review,
    judged: &mut HashMap<(Vec<usize>, Vec<usize>), Link>,
) -> Reviewed {
    let mut links: Vec<(Link, Hand, bool)> = machine
        .links
        .iter()
        .map(|l| (l.clone(), Hand::default(), true))
        .collect();
    let mut notes: [HashMap<usize, String>; 2] = Default::default();
    let mut unlinked = Vec::new();
    let mut not_applied = Vec::new();
    let (lf, rf) = (Finder::new(&machine.left), Finder::new(&machine.right));
    let meets = |l: &Link, left: &[usize], right: &[usize]| {
        l.left.iter().any(|s| left.contains(s)) && l.right.iter().any(|s| right.contains(s))
    };
    for d in &review.decisions {
        let p = d.pair();
        let (Some(left), Some(right)) = (lf.find_all(&p.left), rf.find_all(&p.right)) else {
            not_applied.push((
                d.clone(),
                "a statement it is about is no longer in the reports".to_string(),
            ));
            continue;
        };
        // Only a note may name statements of one report alone (a hand-edited file may not).
        let one_sided = left.is_empty() || right.is_empty();
        if (one_sided && !matches!(d, Decision::Note { .. }))
            || (left.is_empty() && right.is_empty())
        {
            not_applied.push((
                d.clone(),
                "it names no statement of one of the reports".to_string(),
            ));
            continue;
        }
        let mut link_them = |links: &mut Vec<(Link, Hand, bool)>| {
            if let Some(i) = links
                .iter()
                .position(|(l, ..)| l.left == left && l.right == right)
            {
                return vec![i];
            }
            let found: Vec<usize> = (0..links.len())
                .filter(|&i| meets(&links[i].0, &left, &right))
                .collect();
            if !found.is_empty() {
                return found;
            }
            let link = judged
                .entry((left.clone(), right.clone()))
                .or_insert_with(|| judge(machine, &left, &right))
                .clone();
            links.push((
                link,
                Hand {
                    linked: true,
                    ..Hand::default()
                },
                false,
            ));
            vec![links.len() - 1]
        };
        match d {
            Decision::Unlink { .. } => {
                links.retain(|(l, _, by_machine)| {
                    let gone = meets(l, &left, &right);
                    if gone && *by_machine {
                        unlinked.push(Unlinked {
                            left: l.left.clone(),
                            right: l.right.clone(),
                            relation: l.relation,
                        });
                    }
                    !gone
                });
            }
            Decision::Link { .. } => {
                for i in link_them(&mut links) {
                    links[i].1.linked = true;
                }
            }
            Decision::Verdict { relation, .. } => {
                for i in link_them(&mut links) {
                    let (link, hand, _) = &mut links[i];
                    hand.machine.get_or_insert(link.relation);
                    link.relation = (*relation).into();
                }
            }
            Decision::Note { note, .. } => {
                let note = (!note.trim().is_empty()).then(|| note.trim().to_string());
                match one_sided {
                    // A note on a statement (on each part of it, if it was split since).
                    true => {
                        for &s in &left {
                            set_note(&mut notes[0], s, note.clone());
                        }
                        for &s in &right {
                            set_note(&mut notes[1], s, note.clone());
                        }
                    }
                    false => {
                        let found: Vec<usize> = (0..links.len())
                            .filter(|&i| meets(&links[i].0, &left, &right))
                            .collect();
                        if found.is_empty() {
                            not_applied.push((
                                d.clone(),
                                "the statements it is about are no longer linked".to_string(),
                            ));
                        }
                        for i in found {
                            links[i].1.note = note.clone();
                        }
                    }
                }
            }
        }
    }
    links.sort_by_key(|(l, ..)| (l.left.first().copied(), l.right.first().copied()));
    let (links, hands): (Vec<Link>, Vec<Hand>) = links.into_iter().map(|(l, h, _)| (l, h)).unzip();
    let mut comparison = machine.clone();
    comparison.set_links(links);
    Reviewed {
        comparison,
        hands,
        notes,
        unlinked,
        not_applied,
    }
}

fn set_note(notes: &mut HashMap<usize, String>, s: usize, note: Option<String>) {
    match note {
        Some(n) => notes.insert(s, n),
        None => notes.remove(&s),
    };
}

#[cfg(test)]
mod tests;
