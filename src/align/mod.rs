//! Which statements of the left report say the same thing as which statements of the right one.
//! Order-free: reports tell events in different orders.
//!
//! Pipeline: `profile` (informative terms, names, numbers of each statement) → `index`
//! (candidate pairs from an inverted index, never all pairs) → `score` (IDF-weighted soft token
//! overlap, character similarity, name/number overlap) → `choose` (global greedy choice with
//! one-to-two merges).

mod choose;
pub mod closest;
pub mod features;
mod index;
mod model;
mod profile;
mod score;

pub use closest::Closest;
pub use score::{Parts, Weights};

use crate::document::Document;
use crate::language::aliases::Aliases;
use choose::Scored;
use profile::{Profile, Vocabulary};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use score::{Idf, Local, NameMatcher, Scorer, Scores};

/// Tuning of the alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignOptions {
    /// Links scoring below this are dropped: their statements become only-left / only-right.
    pub min_score: f64,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions { min_score: 0.5 }
    }
}

/// Why a link was made: its statements are similar as wholes, or local evidence shows they tell
/// one event (then `AlignedLink::score` is above `similarity`).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Evidence {
    #[default]
    Similar,
    /// The same remark quoted in other words.
    Quote,
    /// Words that only these two statements of the two reports use, as the left one writes them.
    Anchors(Vec<String>),
    /// The two headlines of two reports that evidently tell one event.
    Headlines,
}

impl Evidence {
    /// One line for people; `None` when the statements are simply similar.
    pub fn describe(&self) -> Option<String> {
        match self {
            Evidence::Similar => None,
            Evidence::Quote => Some("linked by one remark, quoted in other words".to_string()),
            Evidence::Anchors(words) => Some(format!(
                "linked by words that no other statement of either report uses: {}",
                words.join(", ")
            )),
            Evidence::Headlines => Some(
                "linked as the headlines of two reports of one event, told in other words"
                    .to_string(),
            ),
        }
    }
}

/// A connection between statements of the two reports (indices into each document's statements).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AlignedLink {
    pub left: Vec<usize>,
    pub right: Vec<usize>,
    /// The score the link was chosen by, in [0, 1]: `similarity`, or more when local evidence
    /// shows the two statements tell one event (the same remark quoted in other words, words only
    /// these two statements of the two reports use). Never below `AlignOptions::min_score`.
    pub score: f64,
    /// The similarity of the linked statements as wholes, in [0, 1]: what `agree` is decided on
    /// (local evidence says "one event", not "the same thing said").
    pub similarity: f64,
    pub evidence: Evidence,
}

/// Aligns the statements of two reports: each link joins one statement of each; a statement
/// may be in several links.
pub fn align(left: &Document, right: &Document, options: &AlignOptions) -> Vec<AlignedLink> {
    align_with(left, right, options, &Aliases::build(&[left, right]))
}

/// `align` with the two reports' aliases already learnt (`analyze` learns them once for
/// alignment and compare).
pub fn align_with(
    left: &Document,
    right: &Document,
    options: &AlignOptions,
    aliases: &Aliases,
) -> Vec<AlignedLink> {
    align_closest(left, right, options, aliases).0
}

/// `align_with`, and the closest statements not linked (`Closest`).
pub fn align_closest(
    left: &Document,
    right: &Document,
    options: &AlignOptions,
    aliases: &Aliases,
) -> (Vec<AlignedLink>, Closest) {
    let prepared = Prepared::new(left, right, aliases);
    let (lp, rp) = (&prepared.left, &prepared.right);
    let scorer = prepared.scorer();
    let candidates = prepared.candidates();
    // The scores of every candidate, then the features that use them, on all cores.
    let scores: Vec<Scores> = candidates
        .par_iter()
        .map(|&(i, j)| scorer.scores_above(&lp[i as usize], &rp[j as usize], 0.0))
        .collect();
    let greedy = choose::one_to_one(
        candidates
            .iter()
            .zip(&scores)
            .map(|(&(i, j), s)| (i, j, s.choice)),
        GREEDY_MIN,
    );
    let scored: Vec<Scored> = candidates
        .par_iter()
        .zip(&scores)
        .map(|(&(i, j), s)| {
            let (a, b) = (&lp[i as usize], &rp[j as usize]);
            let f = scorer.features(a, b, prepared.standing(i, j, &greedy), *s);
            Scored {
                left: i,
                right: j,
                score: prepared.with_moment(a, b, model::probability(&f)),
                plain: f[features::SCORE],
            }
        })
        .collect();
    let (mut best_left, mut best_right) = (vec![0.0f64; lp.len()], vec![0.0f64; rp.len()]);
    for c in &scored {
        let (i, j) = (c.left as usize, c.right as usize);
        best_left[i] = best_left[i].max(c.score);
        best_right[j] = best_right[j].max(c.score);
    }
    // The best one-to-one pairing by similarity (the greedy choice) is a link too when the model
    // finds the pair at least plausible and the best of one of its statements: it pairs
    // statements that no third statement explains better.
    let greedy_links: Vec<AlignedLink> = scored
        .iter()
        .filter(|c| {
            let (i, j) = (c.left as usize, c.right as usize);
            c.score < options.min_score
                && c.score >= GREEDY_PROBABILITY
                && (c.score >= best_left[i] || c.score >= best_right[j])
                && greedy.binary_search(&(c.left, c.right)).is_ok()
        })
        .map(|c| AlignedLink {
            score: options.min_score,
            ..c.link()
        })
        .collect();
    let headline_pair = (scored.iter())
        .find(|c| c.left == 0 && c.right == 0)
        .filter(|_| prepared.headlines)
        .map(|c| (c.score, c.plain));
    let sure: Vec<Scored> = scored
        .iter()
        .filter(|c| c.score >= options.min_score)
        .copied()
        .collect();
    // Each statement's likeliest candidates, to tell the closest unlinked ones (`Closest`).
    let mut near = closest::Gathered::new((lp.len(), rp.len()));
    near.offer(&scored);
    let mut links = choose::choose(scored, options.min_score, lp.len(), rp.len());
    let second = other_facts(&sure, &links, &prepared);
    links.extend(second);
    links.extend(greedy_links);
    links.extend(continuations(&links, &prepared, &greedy, left, right));
    links.sort_by_key(|l| (l.left[0], l.right[0]));
    links.dedup_by_key(|l| (l.left[0], l.right[0]));
    for link in &mut links {
        let (i, j) = (link.left[0], link.right[0]);
        let moment = prepared.moment_in(&lp[i], &rp[j]);
        // A date one report alone gives is shown whole ("Feb. 17"), not by its day.
        let date = match moment {
            Some(Moment::Date(start, end)) => {
                let s = left.statements[i].span.start;
                (left.text.get(s + usize::from(start)..s + usize::from(end)))
                    .map(|d| (start..end, d.to_string()))
            }
            _ => None,
        };
        let with_date = |mut at: Vec<u16>| {
            let mut words = Vec::new();
            if let Some((span, text)) = &date {
                at.retain(|a| !span.contains(a));
                words.push(text.clone());
            }
            words.extend(words_at(left, i, &at));
            Evidence::Anchors(words)
        };
        link.evidence = match scorer.local(&lp[i], &rp[j]) {
            Some(Local::Quote) => Evidence::Quote,
            Some(Local::Anchors(at)) => with_date(at),
            // One moment that only these two statements give: it is what linked them.
            None => match moment {
                Some(Moment::Figure(at)) => Evidence::Anchors(words_at(left, i, &[at])),
                Some(Moment::Date(..)) if date.is_some() => with_date(Vec::new()),
                _ => Evidence::Similar,
            },
        };
    }
    let lens = (lp.len(), rp.len());
    if let Some(link) = headline_pair.and_then(|p| headline_link(p, &links, lens, options)) {
        links.insert(0, link);
    }
    let links = join_parallel_clauses(links, left, right, &prepared);
    let closest = near.closest(&links);
    (links, closest)
}

/// Two sentences that each make two claims, cut into clauses alike ("65% of traffic to India
/// was down, while services to Singapore … were affected" in both), whose clauses link in
/// order, clause by clause: one link of the two sentences. Each clause's link alone tells half
/// of what the two sentences share, and a reader sees the sentences side by side.
fn join_parallel_clauses(
    links: Vec<AlignedLink>,
    left: &Document,
    right: &Document,
    p: &Prepared,
) -> Vec<AlignedLink> {
    let single = |l: &AlignedLink| l.left.len() == 1 && l.right.len() == 1;
    let same_sentence = |doc: &Document, a: usize, b: usize| {
        let (s, t) = (&doc.statements[a], &doc.statements[b]);
        s.sentence == t.sentence && s.span != s.sentence
    };
    let mut out: Vec<AlignedLink> = Vec::with_capacity(links.len());
    // The link (index in `out`) that ends with each pair of clauses, to be joined by the next.
    let mut ends: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for link in links {
        let (i, j) = (link.left[0], link.right[0]);
        let before = (i > 0 && j > 0 && single(&link))
            .then(|| ends.get(&(i - 1, j - 1)).copied())
            .flatten()
            .filter(|_| same_sentence(left, i - 1, i) && same_sentence(right, j - 1, j));
        let Some(k) = before else {
            if single(&link) {
                ends.insert((i, j), out.len());
            }
            out.push(link);
            continue;
        };
        ends.remove(&(i - 1, j - 1));
        ends.insert((i, j), k);
        let prev = &mut out[k];
        prev.left.push(i);
        prev.right.push(j);
        prev.score = prev.score.max(link.score);
        let (a, b) = p.groups(&prev.left, &prev.right);
        prev.similarity = p.scorer().score(&a, &b);
    }
    out
}

/// Most of what a second link of a statement shares may be shared by its other links.
const OTHER_FACT_OVERLAP: f64 = 0.34;

/// The pairs above the threshold that neither statement ranks first (`choose`), linked when
/// they share other words than the links of either statement do: a statement that packs
/// several facts tells each to another statement of the other report ("struck by a gray 2013
/// Toyota Camry" after "walking alongside the parked cars"; "witnesses identified the vehicle
/// as a grey 2013 Toyota Camry").
fn other_facts(sure: &[Scored], links: &[AlignedLink], prepared: &Prepared) -> Vec<AlignedLink> {
    let (lp, rp) = (&prepared.left, &prepared.right);
    // The terms two statements share, and whether each is a name or figure in no other
    // statement of either report (an anchor, `profile::mark_once`).
    let shared = |i: usize, j: usize| -> Vec<(u32, bool)> {
        let b = &rp[j].terms;
        (lp[i].terms.iter())
            .filter_map(|t| {
                let k = b.binary_search_by_key(&t.id, |u| u.id).ok()?;
                Some((t.id, t.once && b[k].once && (t.name || t.number)))
            })
            .collect()
    };
    // The counterparts each statement is linked to.
    let (mut of_left, mut of_right) = (vec![Vec::new(); lp.len()], vec![Vec::new(); rp.len()]);
    for l in links {
        of_left[l.left[0]].push(l.right[0]);
        of_right[l.right[0]].push(l.left[0]);
    }
    let weight =
        |ids: &[(u32, bool)]| -> f64 { ids.iter().map(|&(id, _)| prepared.idf.weight(id)).sum() };
    let mut out = Vec::new();
    for c in sure {
        let (i, j) = (c.left as usize, c.right as usize);
        if of_left[i].contains(&j) {
            continue;
        }
        let ids = shared(i, j);
        // No anchor shared, none shared anew: the pair's other links need no look.
        if !ids.iter().any(|&(_, once)| once) {
            continue;
        }
        let others: Vec<u32> = (of_left[i].iter().map(|&k| shared(i, k)))
            .chain(of_right[j].iter().map(|&k| shared(k, j)))
            .flatten()
            .map(|(id, _)| id)
            .collect();
        let (again, new): (Vec<_>, Vec<_>) = ids.iter().partition(|(id, _)| others.contains(id));
        let (total, again) = (weight(&ids), weight(&again));
        // What the pair shares anew holds an anchor: a name or figure told only there.
        if total > 0.0 && again <= OTHER_FACT_OVERLAP * total && new.iter().any(|&(_, once)| once) {
            out.push(c.link());
        }
    }
    out
}

/// The link, at the alignment's threshold, of two headlines (`Prepared::headlines`) that the
/// model finds at least possible (`HEADLINE_MIN`), when the reports evidently tell one event:
/// they have at least `HEADLINE_EVENT_LINKS` other links, `HEADLINE_SURE_LINKS` of them sure,
/// which cover at least `HEADLINE_EVENT_SHARE` of the shorter report's statements. A headline
/// says the event in few, other words ("Gunman Kills L. A. Deputy on Gang Duty" / "Sheriff's
/// Deputy Shot and Killed"), so its similarity is low; but the headlines of two reports of one
/// event tell the same thing.
fn headline_link(
    (probability, similarity): (f64, f64),
    links: &[AlignedLink],
    (left_len, right_len): (usize, usize),
    options: &AlignOptions,
) -> Option<AlignedLink> {
    let others: Vec<&AlignedLink> = links
        .iter()
        .filter(|l| l.left[0] != 0 && l.right[0] != 0)
        .collect();
    let sure = others.iter().filter(|l| l.score >= HEADLINE_SURE).count();
    if probability < HEADLINE_MIN
        || others.len() < HEADLINE_EVENT_LINKS
        || sure < HEADLINE_SURE_LINKS
        || links.iter().any(|l| l.left[0] == 0 && l.right[0] == 0)
    {
        return None;
    }
    let covered = |side: fn(&AlignedLink) -> &Vec<usize>, len: usize| {
        let mut ids: Vec<usize> = others
            .iter()
            .flat_map(|l| side(l).iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len() as f64 / len as f64
    };
    let share = if left_len <= right_len {
        covered(|l| &l.left, left_len)
    } else {
        covered(|l| &l.right, right_len)
    };
    (share >= HEADLINE_EVENT_SHARE).then(|| AlignedLink {
        left: vec![0],
        right: vec![0],
        score: options.min_score,
        similarity,
        evidence: Evidence::Headlines,
    })
}

/// The least link probability of two headlines linked as such (`headline_link`).
const HEADLINE_MIN: f64 = 0.15;

/// Other links that show two reports tell one event (`headline_link`).
const HEADLINE_EVENT_LINKS: usize = 3;

/// Of those, the links at least this likely (`HEADLINE_SURE`) that show one event: reports of
/// two events of one kind (two hit-and-runs, two earthquakes) link a few statements of the kind,
/// seldom surely.
const HEADLINE_SURE_LINKS: usize = 2;
const HEADLINE_SURE: f64 = 0.9;

/// The least link probability of two statements that alone of their reports give one time of
/// day to the minute or one date (`Prepared::shares_moment`): on the real pairs every such pair
/// is a link of the careful reader (8 of 8), some with little else shared (9:27 a.m. in a long
/// sentence of where the quake struck and one of what agency rated it). Just over the default
/// threshold: a statement's likelier link still ranks first, so the moment's link does not
/// displace it (at 0.8 it did, two lead-to-lead links over all ECB+ pairs).
const MOMENT_PROBABILITY: f64 = 0.55;

/// The share of the shorter report's statements in those links (`headline_link`).
const HEADLINE_EVENT_SHARE: f64 = 0.3;

/// Whether a report's first statement is a headline: a line of its own without a full stop.
pub(crate) fn opens_with_headline(doc: &Document) -> bool {
    doc.statements.first().is_some_and(|s| {
        let text = doc.span_text(s.span).trim_end();
        !text.contains('\n') && !text.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')'])
    })
}

/// A statement that goes on from the one before it ("He further stated in a tweet, …") tells
/// the rest of its claim: when one statement of a link is continued so, or continues the one
/// before it, and the other statement of the link matches the two together better than the one
/// alone, the other half is linked too (one report splits what the other says in one sentence).
fn continuations(
    links: &[AlignedLink],
    p: &Prepared,
    greedy: &[(u32, u32)],
    left: &Document,
    right: &Document,
) -> Vec<AlignedLink> {
    let scorer = p.scorer();
    let mut out = Vec::new();
    for l in links {
        let (i, j) = (l.left[0], l.right[0]);
        let whole = scorer.score(&p.left[i], &p.right[j]);
        // (left side?, the statement that continues, the one it continues)
        let halves = [
            (false, j + 1, j),
            (false, j.wrapping_sub(1), j),
            (true, i + 1, i),
            (true, i.wrapping_sub(1), i),
        ];
        for (on_left, k, linked) in halves {
            let (doc, profiles) = if on_left {
                (left, &p.left)
            } else {
                (right, &p.right)
            };
            if k >= profiles.len() {
                continue;
            }
            let later = k.max(linked);
            let same_paragraph = doc.statements[k].paragraph == doc.statements[linked].paragraph
                || k.abs_diff(linked) == 1;
            if !same_paragraph || !continues(doc, later) {
                continue;
            }
            let (ii, jj) = if on_left { (k, j) } else { (i, k) };
            let f = p.features(ii, jj, greedy);
            let merged = if on_left {
                scorer.score(&Profile::merge([&p.left[i], &p.left[k]]), &p.right[j])
            } else {
                scorer.score(&p.left[i], &Profile::merge([&p.right[j], &p.right[k]]))
            };
            if model::probability(&f) >= CONTINUATION_MIN && merged > whole {
                out.push(AlignedLink {
                    left: vec![ii],
                    right: vec![jj],
                    score: l.score,
                    similarity: f[features::SCORE],
                    ..Default::default()
                });
            }
        }
    }
    out
}

/// The least link probability of the other half of a split statement.
const CONTINUATION_MIN: f64 = 0.3;

/// Whether statement `k` goes on from the one before it: it opens with a pronoun that stands
/// for someone or something just named.
fn continues(doc: &Document, k: usize) -> bool {
    k > 0
        && doc.statements[k].tokens.first().is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "he" | "she" | "they" | "it" | "his" | "her" | "their" | "its"
            )
        })
}

/// The least link probability of a greedy one-to-one pair kept below `min_score`.
const GREEDY_PROBABILITY: f64 = 0.35;

/// The least choice score of a pair the greedy one-to-one choice makes.
const GREEDY_MIN: f64 = 0.35;

/// A statement of fewer informative terms makes no link: one word is no claim ("He was 75.",
/// "Thursday.").
const MIN_TERMS: usize = 2;

/// The words of statement `index` that start at the byte offsets `at` (a quantity whole:
/// "800,000 euros"), as written.
fn words_at(doc: &Document, index: usize, at: &[u16]) -> Vec<String> {
    let s = &doc.statements[index];
    let mut words: Vec<String> = at
        .iter()
        .filter_map(|&at| {
            let start = s.span.start + usize::from(at);
            let quantity = s.quantities.iter().find(|q| q.start == start);
            let span = quantity.map(|q| (q.start, q.end)).or_else(|| {
                let t = s.tokens.iter().find(|t| t.start == start)?;
                Some((t.start, t.end))
            })?;
            Some(doc.text[span.0..span.1].to_string())
        })
        .collect();
    words.dedup();
    words
}

/// Reports shorter than this have no anchors (words only one statement of each report uses):
/// in a few sentences nearly every word is used once, so being used once says nothing. Measured
/// on unrelated stsb-news sentences (human score < 1) put together as reports of n statements:
/// anchors added 3% false links at n = 1, 2% at n = 5, 1% at n = 8 to 20 (docs/quality.md).
const ANCHOR_MIN_STATEMENTS: usize = 5;

/// Where a statement writes a moment it alone shares with a statement of the other report
/// (`Prepared::moment_in`), in bytes from the statement's start.
enum Moment {
    /// A time of day: the figure starting there.
    Figure(u16),
    /// A date, month and day: its start and end.
    Date(u16, u16),
}

/// The profiles of two reports with their shared vocabulary, IDF and name aliases.
struct Prepared<'a> {
    vocab: Vocabulary,
    left: Vec<Profile>,
    right: Vec<Profile>,
    idf: Idf,
    names: NameMatcher<'a>,
    /// Both reports open with a headline (and have several statements).
    headlines: bool,
    /// How many statements of each report give each date (`Profile::dates`), when both
    /// reports have several statements (empty otherwise, as `Term::once` is unset then).
    dates: [FxHashMap<u16, u32>; 2],
    /// By term id: a time of day to the minute, off the hour ("#t567", 9:27): read once here,
    /// not from the term's string for every scored pair.
    minutes: Vec<bool>,
}

impl<'a> Prepared<'a> {
    fn new(left: &Document, right: &Document, aliases: &'a Aliases) -> Prepared<'a> {
        let (mut vocab, mut lp, mut rp) = profile::profile_pair(left, right);
        if lp.len().min(rp.len()) >= ANCHOR_MIN_STATEMENTS {
            profile::mark_once(&mut lp, vocab.len());
            profile::mark_once(&mut rp, vocab.len());
            profile::unmark_unlike_small_figures(&mut lp, &mut rp);
        }
        let idf = Idf::new(vocab.len(), &[&lp, &rp]);
        vocab.gather_kin();
        let placed = lp.len().min(rp.len()) >= ANCHOR_MIN_STATEMENTS;
        let dates = [&lp, &rp].map(|side| {
            let mut n: FxHashMap<u16, u32> = FxHashMap::default();
            if placed {
                for d in side.iter().flat_map(|p| &p.dates) {
                    *n.entry(d.0).or_default() += 1;
                }
            }
            n
        });
        let minutes = (vocab.strings.iter())
            .map(|term| {
                (term.strip_prefix("#t"))
                    .and_then(|v| v.parse::<f64>().ok())
                    .is_some_and(|m| m.fract() == 0.0 && m % 60.0 != 0.0)
            })
            .collect();
        Prepared {
            vocab,
            left: lp,
            right: rp,
            idf,
            names: NameMatcher::new(aliases),
            headlines: placed && opens_with_headline(left) && opens_with_headline(right),
            dates,
            minutes,
        }
    }

    /// The candidate pairs (`index::candidates`) of statements with enough terms to link.
    fn candidates(&self) -> Vec<(u32, u32)> {
        let (lp, rp) = (&self.left, &self.right);
        index::candidates(lp, rp, &self.idf, self.vocab.len())
            .into_iter()
            .filter(|&(i, j)| {
                let (a, b) = (&lp[i as usize], &rp[j as usize]);
                a.terms.len() >= MIN_TERMS
                    && b.terms.len() >= MIN_TERMS
                    && !a.asks
                    && !b.asks
                    && !a.moments.apart(&b.moments)
            })
            .collect()
    }

    /// The link probability `p` of `a` and `b`, raised to `MOMENT_PROBABILITY` when they alone
    /// of their reports give one moment (`shares_moment`).
    fn with_moment(&self, a: &Profile, b: &Profile, p: f64) -> f64 {
        if self.shares_moment(a, b) {
            p.max(MOMENT_PROBABILITY)
        } else {
            p
        }
    }

    /// Whether `a` and `b` are the one statement of each report to give a time of day to the
    /// minute, off the hour ("recorded at approximately 9:27 a.m." / "The temblor occurred at
    /// 9:27 a.m."), or a date to the day ("is due in court Feb. 17"): such a time names one
    /// moment of the event, whatever else the two say.
    fn shares_moment(&self, a: &Profile, b: &Profile) -> bool {
        self.moment_in(a, b).is_some()
    }

    /// Where in `a` the moment it alone shares with `b` (`shares_moment`) is written.
    fn moment_in(&self, a: &Profile, b: &Profile) -> Option<Moment> {
        let date_once = |side: usize, d: u16| self.dates[side].get(&d) == Some(&1);
        let date = a.dates.iter().find(|&&(d, _, _)| {
            b.dates.iter().any(|x| x.0 == d) && date_once(0, d) && date_once(1, d)
        });
        if let Some(&(_, start, end)) = date {
            return Some(Moment::Date(start, end));
        }
        a.terms
            .iter()
            .find(|t| {
                t.number
                    && t.once
                    && self.minutes[t.id as usize]
                    && (b.terms.binary_search_by_key(&t.id, |u| u.id))
                        .is_ok_and(|k| b.terms[k].once)
            })
            .map(|t| Moment::Figure(t.at))
    }

    /// The pairs of `candidates` that the greedy one-to-one choice by choice score (similarity
    /// raised by local evidence, `Scorer::scores_above`) makes, sorted.
    fn greedy(&self, candidates: &[(u32, u32)]) -> Vec<(u32, u32)> {
        let scorer = self.scorer();
        let scored = candidates.iter().map(|&(i, j)| {
            let s =
                scorer.scores_above(&self.left[i as usize], &self.right[j as usize], GREEDY_MIN);
            (i, j, s.choice)
        });
        choose::one_to_one(scored, GREEDY_MIN)
    }

    /// The features of the pair `i`, `j` given the greedy pairs.
    fn features(&self, i: usize, j: usize, greedy: &[(u32, u32)]) -> [f64; features::COUNT] {
        let (a, b) = (&self.left[i], &self.right[j]);
        let scorer = self.scorer();
        let standing = self.standing(i as u32, j as u32, greedy);
        scorer.features(a, b, standing, scorer.scores_above(a, b, 0.0))
    }

    /// How statements `i` and `j` stand among all pairs (`features::Standing`). Positions say
    /// something only when both reports open with a headline.
    fn standing(&self, i: u32, j: u32, greedy: &[(u32, u32)]) -> features::Standing {
        features::Standing {
            first: self.headlines && i == 0 && j == 0,
            top: self.headlines && i <= 1 && j <= 1,
            greedy: greedy.binary_search(&(i, j)).is_ok(),
        }
    }

    /// The merged profiles of a group of left and a group of right statements.
    fn groups(&self, left_ids: &[usize], right_ids: &[usize]) -> (Profile, Profile) {
        (
            Profile::merge(left_ids.iter().map(|&i| &self.left[i])),
            Profile::merge(right_ids.iter().map(|&j| &self.right[j])),
        )
    }

    fn scorer(&self) -> Scorer<'_> {
        Scorer {
            idf: &self.idf,
            vocab: &self.vocab,
            weights: Weights::default(),
            names: Some(&self.names),
        }
    }
}

/// The link features (`features::NAMES`) of every pair of statements of two reports, and
/// whether candidate generation proposes the pair: for fitting and studying the link model.
pub fn all_features(left: &Document, right: &Document) -> Vec<(usize, usize, bool, Vec<f64>)> {
    let aliases = Aliases::build(&[left, right]);
    let p = Prepared::new(left, right, &aliases);
    let cands = p.candidates();
    let greedy = p.greedy(&cands);
    let mut out = Vec::new();
    for i in 0..p.left.len() {
        for j in 0..p.right.len() {
            let cand = cands.binary_search(&(i as u32, j as u32)).is_ok();
            out.push((i, j, cand, p.features(i, j, &greedy).to_vec()));
        }
    }
    out
}

/// The score `align` gives the group `left_ids` of `left` against the group `right_ids` of
/// `right` (statement indices), in the context of the two whole reports: to explain why a link
/// was or was not made.
pub fn group_score(
    left: &Document,
    right: &Document,
    left_ids: &[usize],
    right_ids: &[usize],
) -> f64 {
    let aliases = Aliases::build(&[left, right]);
    let p = Prepared::new(left, right, &aliases);
    let (a, b) = p.groups(left_ids, right_ids);
    p.scorer().score(&a, &b)
}

/// The link probability `align` gives the group `left_ids` of `left` against the group
/// `right_ids` of `right` (statement indices, merged when several), in the context of the two
/// whole reports, as a pair the greedy one-to-one choice makes and away from the headlines.
pub fn link_probability(
    left: &Document,
    right: &Document,
    left_ids: &[usize],
    right_ids: &[usize],
) -> f64 {
    let aliases = Aliases::build(&[left, right]);
    let p = Prepared::new(left, right, &aliases);
    let (a, b) = p.groups(left_ids, right_ids);
    let standing = features::Standing {
        greedy: true,
        ..Default::default()
    };
    let scores = p.scorer().scores_above(&a, &b, 0.0);
    let probability = model::probability(&p.scorer().features(&a, &b, standing, scores));
    p.with_moment(&a, &b, probability)
}

/// The alignment score of two pieces of text, each read as one report and all its statements
/// taken together: exactly the score `align` gives, for evaluating it on sentence pairs.
/// Text without words scores 0.
pub fn sentence_similarity(a: &str, b: &str) -> f64 {
    sentence_parts(a, b).map_or(0.0, |p| p.blend(&Weights::default()))
}

/// The parts of `sentence_similarity` before blending (to explain a score, or to tune
/// `Weights`); `None` when either text has no words.
pub fn sentence_parts(a: &str, b: &str) -> Option<Parts> {
    let (Ok(da), Ok(db)) = (Document::parse("a", a), Document::parse("b", b)) else {
        return None;
    };
    let aliases = Aliases::build(&[&da, &db]);
    let p = Prepared::new(&da, &db, &aliases);
    Some(
        p.scorer()
            .parts(&Profile::merge(&p.left), &Profile::merge(&p.right)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(left: &str, right: &str) -> Vec<(Vec<usize>, Vec<usize>)> {
        let (l, r) = (
            Document::parse("l", left).unwrap(),
            Document::parse("r", right).unwrap(),
        );
        let mut out: Vec<_> = align(&l, &r, &AlignOptions::default())
            .into_iter()
            .map(|a| (a.left, a.right))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_statement_of_two_facts_links_to_each_teller() {
        let left = "Maria Lopez, 59, had just parked her car and was walking toward the temple when she was struck by a red 2015 Honda Civic heading south.\n\n\
            Witnesses said an officer saw the fleeing vehicle and arrested its driver on Maple Avenue.\n\n\
            Lopez was taken to Mercy Hospital, where she died hours later.\n\n\
            Her family said she had visited the temple every Friday for thirty years.\n\n\
            The driver, a 24-year-old man from Albany, was charged with manslaughter.";
        let right = "Lopez had been walking alongside the parked cars toward the temple when she was struck by a vehicle, police said.\n\n\
            Witnesses identified the vehicle as a red 2015 Honda Civic, and an officer arrested its driver on Maple Avenue.\n\n\
            She died at Mercy Hospital a few hours after the crash.\n\n\
            Relatives said the grandmother had prayed at the temple every week for three decades.\n\n\
            The Albany man, 24, faces a manslaughter charge.\n\n\
            Police said Lopez was walking toward the temple when she was struck.";
        let found = links(left, right);
        // The first left statement tells the walk (right 0) and the car (right 1); right 1 is
        // first the arrest's (left 1).
        for pair in [(0, 0), (0, 1), (1, 1)] {
            assert!(
                found.contains(&(vec![pair.0], vec![pair.1])),
                "{pair:?} in {found:?}"
            );
        }
        // Right 5 tells the walk again in the same words as right 0: no second link for that.
        assert!(!found.contains(&(vec![0], vec![5])), "{found:?}");
    }

    #[test]
    fn plays_at_two_moments_of_a_game_are_no_link() {
        // Two plays of one player, told in the words of a game story: the clock and the score
        // say they are two moments.
        let left = "Rovers beat City 81-70 on Saturday to reach the final.\n\n\
            Marsh hit his third three-pointer of the day to make it 60-46 with 6:11 to go.";
        let right = "City lost 81-70 to Rovers on Saturday and missed the final.\n\n\
            Marsh hit a three-pointer from the corner to make it 57-46 with 7:02 remaining.";
        assert_eq!(links(left, right), [(vec![0], vec![0])]);
        // The same play at the same clock still links, whatever its score.
        let right = right.replace("57-46 with 7:02 remaining", "60-45 with 6:11 left");
        assert_eq!(
            links(left, &right),
            [(vec![0], vec![0]), (vec![1], vec![1])]
        );
    }

    #[test]
    fn reordered_reports_link_by_content_not_position() {
        let left = "Three drones attacked the prime minister's residence in Baghdad on Sunday.\n\
                    The central bank raised interest rates by half a point.\n\
                    Floods displaced thousands of villagers in the northern provinces.";
        let right = "Heavy floods in the northern provinces displaced thousands of villagers.\n\
                     Drones attacked the residence of the prime minister in Baghdad on Sunday.\n\
                     Interest rates were raised by the central bank.";
        assert_eq!(
            links(left, right),
            [(vec![0], vec![1]), (vec![1], vec![2]), (vec![2], vec![0])]
        );
    }

    #[test]
    fn one_sentence_links_to_the_two_that_split_it() {
        let left = "The minister resigned on Monday after protesters stormed the parliament building.\n\
                    Unrelated: the football season opens next week in Madrid.";
        let right = "Protesters stormed the parliament building.\n\
                     On Monday the minister resigned.";
        assert_eq!(links(left, right), [(vec![0], vec![0]), (vec![0], vec![1])]);
    }

    #[test]
    fn two_sentences_cut_alike_link_as_wholes() {
        let left = "Storm winds cut power to most homes in the harbour district, while the coastal \
                    railway line to Eastbrook was closed for the night.\n\
                    The mayor opened three school gyms as shelters.";
        let right = "Most homes in the harbour district lost power to the storm winds, while the \
                     coastal railway line to Eastbrook stayed closed overnight.\n\
                     Three school gyms were opened as shelters by the mayor.";
        assert_eq!(
            links(left, right),
            [(vec![0, 1], vec![0, 1]), (vec![2], vec![2])]
        );
        // Clauses that link crosswise keep their own links: the sentences are not told alike.
        let crosswise = "The coastal railway line to Eastbrook was closed for the night, while storm \
                         winds cut power to most homes in the harbour district.\n\
                         The mayor opened three school gyms as shelters.";
        assert_eq!(
            links(crosswise, right),
            [(vec![0], vec![1]), (vec![1], vec![0]), (vec![2], vec![2])]
        );
    }

    /// The scores of the first statements of two reports, read as a pair of reports.
    fn first_scores(left: &str, right: &str) -> score::Scores {
        let (l, r) = (
            Document::parse("l", left).unwrap(),
            Document::parse("r", right).unwrap(),
        );
        let aliases = Aliases::build(&[&l, &r]);
        let p = Prepared::new(&l, &r, &aliases);
        p.scorer().scores_above(&p.left[0], &p.right[0], 0.0)
    }

    #[test]
    fn one_remark_quoted_in_other_words_links_by_its_quotes() {
        let left = "The brigades mocked it, asserting that \"none of the factions is ready to lose a march against a former prime minister.\"\n\
                    The central bank raised interest rates by half a point.";
        let right = "He wrote: \"No one in Iraq has the desire to lose a drone on the home of a former prime minister.\"\n\
                     Interest rates were raised by the central bank.";
        let s = first_scores(left, right);
        assert!(s.choice > s.score + 0.05, "{s:?}");
        assert_eq!(links(left, right), [(vec![0], vec![0]), (vec![1], vec![1])]);
        let made = align(
            &Document::parse("l", left).unwrap(),
            &Document::parse("r", right).unwrap(),
            &AlignOptions::default(),
        );
        let evidence = |i: usize| &made.iter().find(|a| a.left == [i]).unwrap().evidence;
        assert_eq!(evidence(0), &Evidence::Quote);
        assert_eq!(evidence(1), &Evidence::Similar);
    }

    #[test]
    fn quotes_sharing_a_word_or_two_are_no_evidence() {
        let left = "The minister called the report \"fabricated\" on Monday.";
        let right = "Critics said the election results were \"fabricated lies\".";
        let s = first_scores(left, right);
        assert_eq!(s.choice, s.score);
    }

    /// Two five-statement reports of a flood in which four statements pair off plainly and the
    /// second ones, `left` and `right`, tell one more fact in other words. Returns the score of
    /// the second statements as wholes, and the links.
    fn flood_reports(left: &str, right: &str) -> (f64, Vec<AlignedLink>) {
        let (l, r) = flood_documents(left, right);
        let whole = group_score(&l, &r, &[1], &[1]);
        (whole, align(&l, &r, &AlignOptions::default()))
    }

    /// Two reports of a flood in Marlow with `left` and `right` as their second statements.
    fn flood_documents(left: &str, right: &str) -> (Document, Document) {
        let l = format!(
            "The storm flooded the coastal town of Marlow on Monday.\n{left}\n\
             Residents of Marlow were evacuated to the school gym.\n\
             The mayor of Marlow said rescue teams worked through the night.\n\
             Damage to the harbour of Marlow was estimated at two million euros."
        );
        let r = format!(
            "Floods hit Marlow on Monday after a storm.\n{right}\n\
             Evacuated residents of Marlow spent the night in the school gym.\n\
             Rescue teams worked through the night, the mayor said.\n\
             The harbour of Marlow suffered damage of about two million euros."
        );
        (
            Document::parse("l", &l).unwrap(),
            Document::parse("r", &r).unwrap(),
        )
    }

    #[test]
    fn words_only_two_statements_use_anchor_their_link() {
        let left = "Later, the town council accused the mayor of ordering workers to open the old \
                    sluice gates, threatening him with a recall vote.";
        let right = "At the funeral of a fisherman who drowned in the flood, Anna Berg, who leads \
                     the opposition, blamed the mayor for ordering staff to open the sluice gates \
                     at high tide, a decision she called reckless and unlawful.";
        let (whole, made) = flood_reports(left, right);
        // As wholes the two accusations are too different to link ...
        assert!(whole < AlignOptions::default().min_score, "{whole}");
        // ... but "sluice", "gates", "ordering" are in no other statement of either report.
        let accusation = made.iter().find(|a| a.left == [1]).expect("linked");
        assert_eq!(accusation.right, [1]);
        assert!(accusation.score >= AlignOptions::default().min_score);
        assert!((accusation.similarity - whole).abs() < 1e-9);
        assert_eq!(
            accusation.evidence,
            // "workers" / "staff" are one word to alignment (a synonym group).
            Evidence::Anchors(
                ["ordering", "workers", "open", "sluice", "gates"]
                    .map(String::from)
                    .to_vec()
            )
        );
        // Read alone, every word of a one-sentence report is used once: no anchors.
        assert_eq!(links(left, right), []);
    }

    #[test]
    fn a_figure_each_report_gives_once_is_an_anchor() {
        let (whole, made) = flood_reports(
            "Auditors later found that the harbour fund had lost 730,000 euros over six years, \
             most of it in consultancy fees paid to relatives of council members.",
            "According to an audit, some €730,000 vanished.",
        );
        assert!(whole < AlignOptions::default().min_score, "{whole}");
        assert!(
            made.iter().any(|a| a.left == [1] && a.right == [1]),
            "{made:?}"
        );
    }

    /// The anchors and shared figures (`features::NAMES`) of the middle statements of two flood
    /// reports (`flood_reports`).
    fn anchors_and_figures(left: &str, right: &str) -> (f64, f64) {
        let (l, r) = flood_documents(left, right);
        let f = all_features(&l, &r)
            .into_iter()
            .find(|&(i, j, ..)| i == 1 && j == 1)
            .map(|(.., f)| f)
            .unwrap();
        let at = |name: &str| f[features::NAMES.iter().position(|n| *n == name).unwrap()];
        (at("anchors"), at("figures"))
    }

    /// Asserts that each pair of statements shares no anchor, either way round.
    fn assert_unanchored(pairs: &[(&str, &str)]) {
        for (left, right) in pairs {
            assert_eq!(anchors_and_figures(left, right).0, 0.0, "{left}");
            assert_eq!(anchors_and_figures(right, left).0, 0.0, "{right}");
        }
    }

    /// Asserts that each pair of statements shares at least one figure's worth of anchors.
    fn assert_anchored(pairs: &[(&str, &str)]) {
        for (left, right) in pairs {
            let (anchors, _) = anchors_and_figures(left, right);
            assert!(anchors >= 2.0, "{left}: {anchors}");
        }
    }

    #[test]
    fn one_of_and_the_first_time_are_no_anchor_nor_shared_figure() {
        // Each is in no other statement of either report, but says nothing of the claim.
        let first = (
            "The regional governor offered his first sign of concern about the state of the \
             dykes by calling for an inquiry.",
            "\"This is not the first time that the river has burst its banks near the old \
             mill,\" a farmer said.",
        );
        let one = (
            "Volunteers called it one of the worst nights they could remember on the coast.",
            "The water destroyed one of the oldest houses of the village, a bakery.",
        );
        // "first" of a verb.
        let adverb = (
            "A new dyke along the river was first proposed by an engineer in the sixties.",
            "The first boat to reach the breach found the lock gates open.",
        );
        let past = (
            "Engineers first noticed the crack near the lock gates.",
            "Divers spent the first week of the flood searching the harbour.",
        );
        for (left, right) in [first, one, adverb, past] {
            assert_eq!(anchors_and_figures(left, right), (0.0, 0.0), "{left}");
            assert_eq!(anchors_and_figures(right, left), (0.0, 0.0), "{right}");
        }
        // As a figure "one" anchored a link of the two.
        let (_, made) = flood_reports(one.0, one.1);
        assert!(
            !made.iter().any(|a| a.left == [1] || a.right == [1]),
            "{made:?}"
        );
        // Other figures are anchors and shared still: "three" / "3", "one side", "the first
        // breach".
        for (left, right) in [
            (
                "Volunteers pulled three fishermen from the water near the pier.",
                "A lifeboat crew saved 3 men whose boat had capsized.",
            ),
            (
                "Sandbags were piled on one side of the bridge only.",
                "Workers reinforced one side of the old stone bridge.",
            ),
            (
                "The first breach was reported at dawn by a ferry captain.",
                "Engineers said the first crack appeared near the lock gates.",
            ),
            // A rank before a word that may be a verb in the past.
            (
                "The first shot hit the lock gates.",
                "Soldiers heard the first shot at dawn.",
            ),
        ] {
            let (anchors, figures) = anchors_and_figures(left, right);
            assert!(
                anchors >= 2.0 && figures == 1.0,
                "{left}: {anchors} {figures}"
            );
        }
    }

    #[test]
    fn counts_of_two_kinds_of_thing_anchor_nothing() {
        // "four" in no other statement of either report, of two things.
        let (anchors, _) = anchors_and_figures(
            "Police said the looter had four prior arrests for theft.",
            "His pistol was loaded with four bullets, a detective said.",
        );
        assert_eq!(anchors, 0.0);
        // Nor of people who came to two ends: killed / injured, died / were hurt, wounded /
        // arrested.
        assert_unanchored(&[
            (
                "The landslide killed more than 50 residents of the valley.",
                "The storm left 50 people with serious injuries, rescuers said.",
            ),
            (
                "Seven passengers died when the ferry capsized, officials said.",
                "Seven people were hurt as the lifeboat hit the pier.",
            ),
            (
                "Police said 12 protesters were wounded near the station.",
                "12 people were arrested after the clashes, a spokesman told reporters.",
            ),
        ]);
        // People under two nouns, a name first, one amount in two units, a figure of two
        // things, the same end told in other words: alike.
        assert_anchored(&[
            (
                "About 100 people were inside the depot when the water rose.",
                "Most of the 100 workers got out of the depot safely.",
            ),
            (
                "The coach carried 40 Dutch pensioners along the dyke.",
                "All 40 passengers were lifted from the coach by a crane.",
            ),
            (
                "The pumping station runs 12 Siemens pumps at full power.",
                "Its 12 engines kept the polder dry all night.",
            ),
            (
                "The storm surge reached the town at 120 mph.",
                "Gusts of up to 120 miles per hour tore at the roofs.",
            ),
            (
                "Nine firefighters brought nine pumps to the dyke.",
                "Nine pumps arrived at the breach by barge.",
            ),
            (
                "The quake killed at least 20 people in the old town.",
                "20 people died when the market hall collapsed.",
            ),
            (
                "Seven people were hurt when the wall fell.",
                "The collapse injured seven people near the wall.",
            ),
        ]);
    }

    #[test]
    fn small_figures_of_two_things_anchor_nothing() {
        // "third" and "two" in no other statement of either report, of other things.
        assert_unanchored(&[
            (
                "A third fisherman was taken to hospital with a broken arm.",
                "Water reached the third floor of the town hall before dawn.",
            ),
            (
                "At least two houses near the river were swept away.",
                "The injured were carried to the clinic in two trucks.",
            ),
            (
                "The storm stranded four pensioners along the coast road.",
                "Some four sailors spent the night in the school gym.",
            ),
        ]);
        // The same thing, its WordNet kin, a figure said of nothing (no noun), a figure of two
        // things one of which the other counts, and a large figure: anchors still.
        assert_anchored(&[
            (
                "Four bombs were dropped near the pumping station.",
                "A plane dropped four bombs on the dyke, a farmer said.",
            ),
            (
                "Two cars were swept off the road near the mill.",
                "The river carried two automobiles from the quay, a farmer said.",
            ),
            (
                "Five boats set out at dawn, of which four vanished.",
                "Four boats capsized near the harbour mouth.",
            ),
            (
                "Nine children were carried across the water by the 6-foot-9 fisherman.",
                "Rescuers brought nine children to safety at dawn.",
            ),
            (
                "The storm stranded 40 pensioners along the coast road.",
                "Some 40 sailors spent the night in the school gym.",
            ),
        ]);
    }

    /// Two reports of a quake whose second statements tell its time, `left_time` and
    /// `right_time`, each in a sentence of other details.
    fn clocked(left_time: &str, right_time: &str) -> Vec<(Vec<usize>, Vec<usize>)> {
        let (left, right) = clocked_texts(left_time, right_time);
        links(&left, &right)
    }

    fn clocked_texts(left_time: &str, right_time: &str) -> (String, String) {
        let left = format!(
            "A strong earthquake shook the hills north of Calver early on Sunday.\n\n\
             The quake was recorded at approximately {left_time} by the regional observatory, \
             which first rated it higher.\n\n\
             Residents of Calver said dishes fell from shelves.\n\n\
             No injuries were reported by the county sheriff.\n\n\
             Geologists expect aftershocks through the week."
        );
        let right = format!(
            "An earthquake rattled the hills north of Calver on Sunday morning.\n\n\
             The temblor occurred at {right_time}, 13 miles east of Dornby and two miles south \
             of the old mine, where steam wells dot the ridge.\n\n\
             People in Calver said dishes fell from their shelves.\n\n\
             The sheriff said nobody was hurt.\n\n\
             More aftershocks are expected this week, geologists said."
        );
        (left, right)
    }

    #[test]
    fn a_moment_told_twice_says_it_linked_the_statements() {
        let evidence = |l: &str, r: &str| {
            let (l, r) = clocked_texts(l, r);
            let (l, r) = (
                Document::parse("l", &l).unwrap(),
                Document::parse("r", &r).unwrap(),
            );
            align(&l, &r, &AlignOptions::default())
                .into_iter()
                .find(|a| a.left == [1] && a.right == [1])
                .map(|a| a.evidence)
        };
        // The figure as read (a sentence's last full stop is not its own).
        assert_eq!(
            evidence("9:27 a.m.", "9:27 a.m."),
            Some(Evidence::Anchors(vec!["9:27 a.m".to_string()]))
        );
        assert_eq!(
            evidence("Feb. 17", "February 17"),
            Some(Evidence::Anchors(vec!["Feb. 17".to_string()]))
        );
    }

    #[test]
    fn one_time_of_day_to_the_minute_or_one_date_links_two_statements() {
        let timed = (vec![1], vec![1]);
        assert!(clocked("9:27 a.m.", "9:27 a.m.").contains(&timed));
        // A time on the hour is common ("at 9 a.m."), two times of two moments tell nothing.
        assert!(!clocked("9 a.m.", "9 a.m.").contains(&timed));
        assert!(!clocked("9:27 a.m.", "9:42 a.m.").contains(&timed));
        // Nor does a time that a report gives in two statements (cut at the semicolon): which
        // of them tells the moment?
        assert!(!clocked("9:27 a.m.", "9:27 a.m.; dishes fell at 9:27 a.m.").contains(&timed));
        // A date to the day is a moment too; the same day of two months is none.
        assert!(clocked("Feb. 17", "February 17").contains(&timed));
        assert!(!clocked("Feb. 17", "March 17").contains(&timed));
        assert!(!clocked("Feb. 17", "Feb. 17; dishes fell on Feb. 17").contains(&timed));
    }

    /// The links of two reports of a flood in Marlow that open with the headlines `left` and
    /// `right`; with `same_event` false, the right report tells another event below its headline.
    fn headlined(left: &str, right: &str, same_event: bool) -> Vec<AlignedLink> {
        let l = format!(
            "{left}\n\nThe storm flooded the coastal town of Marlow on Monday.\n\
             Residents of Marlow were evacuated to the school gym.\n\
             The mayor of Marlow said rescue teams worked through the night.\n\
             Damage to the harbour of Marlow was estimated at two million euros.\n\
             Forecasters expect more rain in the region this week."
        );
        let body = if same_event {
            "Floods hit Marlow on Monday after a storm.\n\
             Evacuated residents of Marlow spent the night in the school gym.\n\
             Rescue teams worked through the night, the mayor said.\n\
             The harbour of Marlow suffered damage of about two million euros.\n\
             A fishing boat sank at its mooring in the old harbour."
        } else {
            "The council of Marlow approved a new budget on Monday.\n\
             The budget raises spending on schools by four percent.\n\
             Opposition members voted against the plan.\n\
             The harbour of Marlow will get a new pier next year.\n\
             The mayor called the vote a victory for families."
        };
        let (l, r) = (
            Document::parse("l", &l).unwrap(),
            Document::parse("r", &format!("{right}\n\n{body}")).unwrap(),
        );
        align(&l, &r, &AlignOptions::default())
    }

    #[test]
    fn headlines_of_reports_of_one_event_link_in_other_words() {
        let (left, right) = (
            "Marlow Mayor Thanks Rescuers After Night of Floods",
            "Storm leaves Marlow harbour in ruins",
        );
        let made = headlined(left, right, true);
        let headlines = made.iter().find(|a| a.left == [0]).expect("linked");
        assert_eq!(headlines.right, [0]);
        assert_eq!(headlines.evidence, Evidence::Headlines);
        assert_eq!(headlines.score, AlignOptions::default().min_score);
        // Over reports of two events, two headlines that share a name are no link.
        let headlines_linked =
            |made: &[AlignedLink]| made.iter().any(|a| a.left == [0] && a.right == [0]);
        let made = headlined(left, right, false);
        assert!(!headlines_linked(&made), "{made:?}");
        // Nor are two headlines that share nothing, though the reports tell one event.
        let made = headlined("Seaside Town Counts the Cost", right, true);
        assert!(!headlines_linked(&made), "{made:?}");
    }

    #[test]
    fn headlines_link_when_other_links_show_one_event() {
        let linked = |scores: &[f64], len: usize| {
            let links: Vec<AlignedLink> = (1..=scores.len())
                .zip(scores)
                .map(|(i, &score)| AlignedLink {
                    left: vec![i],
                    right: vec![i],
                    score,
                    ..Default::default()
                })
                .collect();
            headline_link((0.3, 0.2), &links, (len, len + 5), &AlignOptions::default()).is_some()
        };
        assert!(linked(&[0.95, 0.95, 0.6], 10));
        // Two reports of two hit-and-runs link a few statements of the kind, seldom surely.
        assert!(!linked(&[0.95, 0.6, 0.6], 10));
        // Three links in a long report are too few to show one event.
        assert!(!linked(&[0.95, 0.95, 0.6], 11));
        assert!(!linked(&[0.95, 0.95], 6));
        assert!(headline_link((0.1, 0.1), &[], (1, 1), &AlignOptions::default()).is_none());
    }

    #[test]
    fn unrelated_statements_stay_unlinked() {
        let left = "The orchestra performed Beethoven's ninth symphony to a full hall.";
        let right = "Wildfires forced the evacuation of two coastal towns.";
        assert_eq!(links(left, right), []);
    }

    #[test]
    fn a_title_and_the_name_it_stands_for_match() {
        // "The Prime Minister" is Mustafa al-Kazemi in these reports (the aliases of compare).
        let left = "Prime Minister Mustafa al-Kazemi visited the southern port on Monday.\n\
                    The Prime Minister promised new cranes to the dockers of the port.";
        let right = "Kazemi promised the dockers new cranes.\n\
                     Floods displaced thousands of villagers in the north.";
        let (l, r) = (
            Document::parse("l", left).unwrap(),
            Document::parse("r", right).unwrap(),
        );
        let with = group_score(&l, &r, &[1], &[0]);
        let aliases = Aliases::build(&[&l, &r]);
        let plain = Prepared::new(&l, &r, &aliases);
        let mut scorer = plain.scorer();
        scorer.names = None;
        let without = scorer.score(&plain.left[1], &plain.right[0]);
        assert!(with > without + 0.05, "{with} vs {without}");
        assert_eq!(links(left, right), [(vec![1], vec![0])]);
    }

    #[test]
    fn name_spellings_match_softly() {
        let s = sentence_similarity(
            "Somali troops captured the port of Kismayo.",
            "Somalian troops captured the port of Kismayu.",
        );
        let exact = sentence_similarity(
            "Somali troops captured the port of Kismayo.",
            "Kenyan troops captured the port of Lamu.",
        );
        assert!(s > 0.8 && s > exact + 0.2, "{s} vs {exact}");
        assert_eq!(
            sentence_similarity(
                "Asa'ib Ahl al-Haq denied it.",
                "Asaib Ahl al-Haq denied it."
            ),
            1.0
        );
    }

    #[test]
    fn scores_are_symmetric_and_bounded() {
        let (a, b) = (
            "Police said 12 miners were rescued on Tuesday.",
            "Twelve Chilean miners were rescued, police said.",
        );
        let (ab, ba) = (sentence_similarity(a, b), sentence_similarity(b, a));
        assert!((ab - ba).abs() < 1e-12);
        assert!((0.0..=1.0).contains(&ab) && ab > 0.5, "{ab}");
        assert_eq!(sentence_similarity("...", a), 0.0);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        const WORDS: &[&str] = &[
            "drone",
            "attack",
            "Kazemi",
            "home",
            "three",
            "12",
            "police",
            "said",
            "the",
            "of",
            "protesters",
            "Baghdad",
            "fired",
            "not",
            "minister",
            "\"fabricated\"",
            "and",
            "while",
        ];

        fn report() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::collection::vec(0..WORDS.len(), 1..12), 1..15).prop_map(
                |sentences| {
                    sentences
                        .iter()
                        .map(|s| s.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ") + ".")
                        .collect::<Vec<_>>()
                        .join(" ")
                },
            )
        }

        proptest! {
            #[test]
            fn links_are_valid(left in report(), right in report(), min in 0.0f64..1.0) {
                let (l, r) = (Document::parse("l", &left).unwrap(), Document::parse("r", &right).unwrap());
                let links = align(&l, &r, &AlignOptions { min_score: min });
                let mut seen = rustc_hash::FxHashSet::default();
                for link in &links {
                    prop_assert!((0.0..=1.0).contains(&link.score));
                    prop_assert!(link.score >= min);
                    // One statement of each report, each pair once.
                    prop_assert!(link.left.len() == 1 && link.right.len() == 1);
                    prop_assert!(link.left[0] < l.statements.len() && link.right[0] < r.statements.len());
                    prop_assert!(seen.insert((link.left[0], link.right[0])));
                }
            }
        }
    }
}
