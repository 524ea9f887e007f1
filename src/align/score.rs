//! The similarity of two statements (or merged groups of statements), in [0, 1].

use rustc_hash::FxHashMap;
use std::sync::Mutex;

use super::profile::{NamePhrase, Profile, Term, Vocabulary, disjoint};
use crate::language::aliases::Aliases;

/// Inverse document frequency of each term, statements of both reports counting as documents.
#[derive(Debug, Clone)]
pub struct Idf {
    weights: Vec<f32>,
}

impl Idf {
    pub fn new(vocab_len: usize, profiles: &[&[Profile]]) -> Idf {
        let mut df = vec![0u32; vocab_len];
        let mut n = 0usize;
        for side in profiles {
            for p in side.iter() {
                n += 1;
                for t in &p.terms {
                    df[t.id as usize] += 1;
                }
            }
        }
        // The added 1 smooths tiny inputs: with two one-sentence reports every term is about
        // equally informative instead of shared terms weighing nearly nothing.
        let weights = df
            .iter()
            .map(|&d| (1.0 + (1.0 + n as f64 / d.max(1) as f64).ln()) as f32)
            .collect();
        Idf { weights }
    }

    pub fn weight(&self, id: u32) -> f64 {
        f64::from(self.weights[id as usize])
    }
}

/// How the parts of the score are blended: the defaults are the best on stsb-news train with
/// at least 0.1 for characters (which catch spellings the tokens miss); see docs/quality.md.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// IDF-weighted soft token overlap.
    pub tokens: f64,
    /// Character-level similarity of the content words: the Dice coefficient of their character
    /// bigrams, which beat normalised Levenshtein on stsb-news (0.60 vs 0.40 alone) and is linear.
    pub chars: f64,
    /// Overlap of names and numbers, when both sides have some.
    pub entities: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            tokens: 0.7,
            chars: 0.1,
            entities: 0.2,
        }
    }
}

/// The number overlap of two statements whose numbers all differ: half-way, neither evidence
/// for nor against one fact.
const NUMBERS_DIFFER: f64 = 0.5;

/// The credit of a match between two words of one family ("rescuer" / "rescue"): less than
/// one word, since the roles differ.
const DERIVATION: f64 = 0.8;

/// Quoted words two quotes must share before their overlap counts as evidence.
const QUOTE_SHARED: usize = 3;

/// How many times an anchor counts in the choice score: a term that the two statements share
/// and no other statement of either report has (patience diff's unique lines, for words). Two
/// reports of one event repeat its protagonists and "attack" in every other statement; a word
/// only these two statements use ("live ammunition", "campaign") is what a reader pairs them by.
/// Any weight from 4 to 8 gives the same links on the development pairs; see docs/quality.md.
const ANCHOR_WEIGHT: f64 = 5.0;

/// Anchors two statements must share before they count: one shared rare word can be chance
/// ("former", "mocked"), two are corroboration. A multi-word name counts as one.
const ANCHORS_NEEDED: f64 = 2.0;

/// A figure counts as this many anchors: a value each report gives once is specific where one
/// word may be chance ("800,000 euros" with "investigators"), as compare's same-event gate
/// counts a shared figure two. Development pairs: links R 0.77 → 0.80 at precision 1.00.
const NUMBER_ANCHOR: f64 = 2.0;

/// Credit of the words of a name matched through an alias rather than spelled the same.
const ALIAS: f64 = 0.8;

/// Smallest Jaro-Winkler similarity at which two name spellings count as the same name.
const NAME_SPELLING: f64 = 0.9;

/// Scores profiles against each other with one IDF and one vocabulary.
#[derive(Debug, Clone, Copy)]
pub struct Scorer<'a> {
    pub idf: &'a Idf,
    pub vocab: &'a Vocabulary,
    pub weights: Weights,
    /// Names both reports use for one entity: full and short name, acronym, a title for the one
    /// person who holds it.
    pub names: Option<&'a NameMatcher<'a>>,
}

/// Tells whether two name phrases are one entity by the reports' aliases, remembering every
/// answer by pair of phrases: the test is costly and the same names meet again and again.
#[derive(Debug)]
pub struct NameMatcher<'a> {
    aliases: &'a Aliases,
    memo: Mutex<FxHashMap<(u32, u32), bool>>,
}

impl<'a> NameMatcher<'a> {
    pub fn new(aliases: &'a Aliases) -> NameMatcher<'a> {
        NameMatcher {
            aliases,
            memo: Mutex::default(),
        }
    }

    fn same(&self, a: &NamePhrase, b: &NamePhrase) -> bool {
        // A poisoned memo only lost answers it can learn again.
        let memo = || self.memo.lock().unwrap_or_else(|e| e.into_inner());
        let known = memo().get(&(a.id, b.id)).copied();
        known.unwrap_or_else(|| {
            // Learnt outside the lock: the test is the costly part.
            let same = self.aliases.same(&a.words, &b.words);
            memo().insert((a.id, b.id), same);
            same
        })
    }
}

impl Scorer<'_> {
    /// The similarity of `a` and `b` in [0, 1].
    pub fn score(&self, a: &Profile, b: &Profile) -> f64 {
        self.parts(a, b).blend(&self.weights)
    }

    /// The score of a candidate pair and its choice score (see `Scores`), skipping the costly
    /// character comparison when the choice score cannot reach `floor`: both are then upper
    /// bounds below `floor`.
    pub fn scores_above(&self, a: &Profile, b: &Profile, floor: f64) -> Scores {
        let m = self.matches(a, b);
        let mut whole = m.parts();
        whole.chars = 1.0;
        let mut local = Parts {
            tokens: whole.tokens.max(m.quotes.unwrap_or(0.0)).max(m.anchored()),
            ..whole
        };
        if local.blend(&self.weights) >= floor {
            whole.chars = chars(a, b);
            local.chars = whole.chars;
        }
        Scores {
            score: whole.blend(&self.weights),
            choice: local.blend(&self.weights),
            anchors: m.anchors.units,
            quotes: m.quotes.unwrap_or(0.0),
        }
    }

    /// The local evidence that raised the choice score of `a` and `b` above their score as
    /// wholes (`scores_above`), if any.
    pub fn local(&self, a: &Profile, b: &Profile) -> Option<Local> {
        let m = self.matches(a, b);
        let (quote, anchored) = (m.quotes.unwrap_or(0.0), m.anchored());
        if quote.max(anchored) <= m.tokens() {
            None
        } else if quote >= anchored {
            Some(Local::Quote)
        } else {
            let shared_once = |t: &&Term| {
                t.once
                    && b.terms
                        .binary_search_by_key(&t.id, |u| u.id)
                        .is_ok_and(|k| b.terms[k].once)
            };
            let mut at: Vec<u16> = a.terms.iter().filter(shared_once).map(|t| t.at).collect();
            at.sort_unstable();
            Some(Local::Anchors(at))
        }
    }

    /// The parts of the score, before blending.
    pub fn parts(&self, a: &Profile, b: &Profile) -> Parts {
        Parts {
            chars: chars(a, b),
            ..self.matches(a, b).parts()
        }
    }

    fn matches(&self, a: &Profile, b: &Profile) -> Matches {
        let mut ca = vec![0.0f64; a.terms.len()];
        let mut cb = vec![0.0f64; b.terms.len()];
        let mut anchors = Anchors::default();
        let (mut i, mut j) = (0, 0);
        while i < a.terms.len() && j < b.terms.len() {
            match a.terms[i].id.cmp(&b.terms[j].id) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    ca[i] = 1.0;
                    cb[j] = 1.0;
                    let (ta, tb) = (&a.terms[i], &b.terms[j]);
                    // Two counts of two kinds of thing ("four prior arrests" / "four
                    // bullets"), or of two outcomes ("killed more than 50 people" / "left 50
                    // people with serious injuries"), match, but anchor nothing.
                    let unlike =
                        disjoint(ta.counted, tb.counted) || disjoint(ta.outcome, tb.outcome);
                    if ta.once && tb.once && !unlike {
                        let w = self.idf.weight(ta.id);
                        anchors.units += if ta.number {
                            NUMBER_ANCHOR
                        } else {
                            1.0 / f64::from(ta.share.max(tb.share))
                        };
                        anchors.a += w / f64::from(ta.share);
                        anchors.b += w / f64::from(tb.share);
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        // Words of one family that the stemmer kept apart ("rescuers" / "rescued").
        for (i, ta) in a.terms.iter().enumerate() {
            if ca[i] > 0.0 || ta.name || ta.number {
                continue;
            }
            if let Some(j) = (0..b.terms.len())
                .find(|&j| cb[j] == 0.0 && b.terms[j].base == ta.base && !b.terms[j].name)
            {
                ca[i] = DERIVATION;
                cb[j] = DERIVATION;
            }
        }
        // Two names of one entity ("the Prime Minister" / "Kazemi"): their words match.
        if let Some(names) = self.names {
            for na in &a.names {
                for nb in &b.names {
                    // Names that already share a word matched above.
                    if na.terms.is_empty()
                        || nb.terms.is_empty()
                        || na.terms.iter().any(|x| nb.terms.contains(x))
                        || !names.same(na, nb)
                    {
                        continue;
                    }
                    for (ids, terms, credit) in [
                        (&na.terms, &a.terms, &mut ca),
                        (&nb.terms, &b.terms, &mut cb),
                    ] {
                        for id in ids {
                            if let Ok(k) = terms.binary_search_by_key(id, |t| t.id) {
                                credit[k] = credit[k].max(ALIAS);
                            }
                        }
                    }
                }
            }
        }
        // Near-identical spellings of names that stemming and normalising did not join.
        for (i, ta) in a.terms.iter().enumerate() {
            if ca[i] > 0.0 || !ta.name {
                continue;
            }
            let sa = &self.vocab.strings[ta.id as usize];
            for (j, tb) in b.terms.iter().enumerate() {
                if cb[j] > 0.0 || !tb.name {
                    continue;
                }
                let sim = name_spelling(sa, &self.vocab.strings[tb.id as usize]);
                if sim >= NAME_SPELLING && sim > ca[i] {
                    ca[i] = sim;
                    cb[j] = sim;
                }
            }
        }
        let side = |terms: &[Term], credit: &[f64]| {
            let mut s = Side::default();
            for (t, &c) in terms.iter().zip(credit) {
                let w = self.idf.weight(t.id) / f64::from(t.share);
                s.all.add(w, c);
                if t.name {
                    s.names.add(w, c);
                }
                if t.number {
                    s.numbers.add(w, c);
                }
            }
            s
        };
        Matches {
            a: side(&a.terms, &ca),
            b: side(&b.terms, &cb),
            quotes: self.quotes(a, b),
            anchors,
        }
    }

    /// IDF-weighted Dice overlap of the quoted words of two statements, quote against quote:
    /// the same remark quoted in different words shares its rare words even when the statements
    /// around it do not. `None` unless both statements quote something.
    fn quotes(&self, a: &Profile, b: &Profile) -> Option<f64> {
        let qa: Vec<&Term> = a.terms.iter().filter(|t| t.quoted).collect();
        let qb: Vec<&Term> = b.terms.iter().filter(|t| t.quoted).collect();
        if qa.is_empty() || qb.is_empty() {
            return None;
        }
        let weight = |t: &Term| self.idf.weight(t.id) / f64::from(t.share);
        let mut used = vec![false; qb.len()];
        let (mut ma, mut mb) = (Mass::default(), Mass::default());
        for ta in &qa {
            let exact = qb.iter().position(|tb| tb.id == ta.id);
            let family = || {
                (!ta.name && !ta.number)
                    .then(|| {
                        (0..qb.len()).find(|&j| !used[j] && !qb[j].name && qb[j].base == ta.base)
                    })
                    .flatten()
            };
            let (j, credit) = match exact.filter(|&j| !used[j]) {
                Some(j) => (Some(j), 1.0),
                None => (family(), DERIVATION),
            };
            match j {
                Some(j) => {
                    used[j] = true;
                    ma.add(weight(ta), credit);
                    mb.add(weight(qb[j]), credit);
                }
                None => ma.add(weight(ta), 0.0),
            }
        }
        for (tb, _) in qb.iter().zip(&used).filter(|(_, u)| !**u) {
            mb.add(weight(tb), 0.0);
        }
        if used.iter().filter(|&&u| u).count() < QUOTE_SHARED {
            return Some(0.0);
        }
        dice(ma, mb)
    }
}

/// Character-level similarity of the content words: the Dice coefficient of their character
/// bigrams, which beat normalised Levenshtein on stsb-news (0.60 vs 0.40 alone) and is linear.
fn chars(a: &Profile, b: &Profile) -> f64 {
    super::profile::bigram_dice(a, b)
}

/// Evidence, local to part of two statements, that they tell one event.
#[derive(Debug, Clone, PartialEq)]
pub enum Local {
    /// The same remark quoted in other words.
    Quote,
    /// Anchors: where they are in the first statement (`Term::at`), in text order.
    Anchors(Vec<u16>),
}

/// The two scores of a candidate pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// The similarity of the two statements as wholes (`Scorer::score`).
    pub score: f64,
    /// The score for choosing one-to-one links, never for merging: `score` with its token
    /// overlap raised by local evidence of one event — to that of the quoted remarks when both
    /// statements quote something and their quotes share at least `QUOTE_SHARED` words (the
    /// same remark in other words), or to the overlap with anchors weighed up (`anchored`).
    pub choice: f64,
    /// How many anchors the two share (terms no other statement of either report has; a
    /// multi-word name counts once, a figure `NUMBER_ANCHOR` times).
    pub anchors: f64,
    /// The overlap of their quoted words when they quote one remark (at least `QUOTE_SHARED`
    /// quoted words in common), else 0.
    pub quotes: f64,
}

/// The parts of a score, each in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parts {
    pub tokens: f64,
    pub chars: f64,
    /// `None` when the two sides do not both mention names or numbers.
    pub entities: Option<f64>,
}

impl Parts {
    /// The weighted mean of the parts present, in [0, 1].
    pub fn blend(&self, w: &Weights) -> f64 {
        let (e, we) = self.entities.map_or((0.0, 0.0), |e| (e, w.entities));
        let total = w.tokens + w.chars + we;
        if total <= 0.0 {
            return 0.0;
        }
        ((w.tokens * self.tokens + w.chars * self.chars + we * e) / total).clamp(0.0, 1.0)
    }
}

fn name_spelling(a: &str, b: &str) -> f64 {
    if a.chars().count() < 4 || b.chars().count() < 4 {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

/// Weight of some terms and how much of it found a counterpart.
#[derive(Debug, Default, Clone, Copy)]
struct Mass {
    total: f64,
    matched: f64,
}

impl Mass {
    fn add(&mut self, weight: f64, credit: f64) {
        self.total += weight;
        self.matched += weight * credit;
    }
}

#[derive(Debug, Default)]
struct Side {
    all: Mass,
    names: Mass,
    numbers: Mass,
}

/// Terms two statements share that no other statement of either report has.
#[derive(Debug, Default, Clone, Copy)]
struct Anchors {
    /// How many, a multi-word name counting as one.
    units: f64,
    /// Their weight on each side.
    a: f64,
    b: f64,
}

struct Matches {
    a: Side,
    b: Side,
    anchors: Anchors,
    /// Overlap of the quoted words, when both sides quote something.
    quotes: Option<f64>,
}

/// Dice coefficient of two weighted sides; `None` when either side is empty.
fn dice(a: Mass, b: Mass) -> Option<f64> {
    (a.total > 0.0 && b.total > 0.0).then(|| (a.matched + b.matched) / (a.total + b.total))
}

impl Matches {
    fn parts(&self) -> Parts {
        Parts {
            tokens: self.tokens(),
            chars: 0.0,
            entities: self.entities(),
        }
    }

    /// The token overlap with anchors counted `ANCHOR_WEIGHT` times, when the two statements
    /// share at least `ANCHORS_NEEDED` of them; 0 otherwise. Nor when both name people or places
    /// and no name matches: that is the same phrase in another story ("Aso refuses to resign" /
    /// "Spanish PM refuses to resign").
    fn anchored(&self) -> f64 {
        let an = self.anchors;
        if an.units < ANCHORS_NEEDED || dice(self.a.names, self.b.names) == Some(0.0) {
            return 0.0;
        }
        let extra = (ANCHOR_WEIGHT - 1.0) * (an.a + an.b);
        let (a, b) = (self.a.all, self.b.all);
        (a.matched + b.matched + extra) / (a.total + b.total + extra)
    }

    fn tokens(&self) -> f64 {
        dice(self.a.all, self.b.all).unwrap_or(0.0)
    }

    /// Mean overlap of names and of numbers, over those that both sides mention.
    fn entities(&self) -> Option<f64> {
        let parts: Vec<f64> = [
            dice(self.a.names, self.b.names),
            // Numbers that match are evidence of the same fact; numbers that differ are not
            // evidence of a different one: "three killed" vs "two killed" is the contradiction
            // Parallax is there to find, so it must not keep the two statements apart.
            dice(self.a.numbers, self.b.numbers).map(|d| d.max(NUMBERS_DIFFER)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.iter().sum::<f64>() / parts.len() as f64)
    }
}
