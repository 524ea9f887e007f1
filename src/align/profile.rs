//! What alignment looks at in a statement: its informative terms (interned), names, numbers and
//! a normalised content string for character-level similarity.

use rustc_hash::FxHashMap;

use crate::document::game::Moments;
use crate::document::phrases::is_calendar_word;
use crate::document::tokens::{is_stop_word, stem};
use crate::document::{Document, Quantity, QuantityKind, Statement, Token};
use crate::language::calendar::WEEKDAYS;
use crate::language::kinds::noun_kinds;
use crate::language::outcomes::{outcome, outcome_bit};
use crate::language::words::{AUXILIARY_CHAIN, DETERMINERS, PERSON_NOUNS, past_tense};
use crate::language::{Kinship, lexicon::Kin, synonyms};

/// Interned term strings shared by both reports, so terms compare as integers.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
    /// The string of each id (a stem, or "#value" for a number).
    pub strings: Vec<String>,
    /// How much each term tells in general English (`language::frequency::surprise` of its
    /// most common word); `NO_WORD_SURPRISE` for figures and name phrases.
    pub surprise: Vec<f32>,
    /// The least surprise of the words of each term (infinite for a term no word made): what
    /// `absorb` needs to give a term the surprise interning in one go would.
    word_surprise: Vec<f32>,
    /// Whether WordNet knows the term (`Lexicon::knows`): only then can it be kin to another.
    pub lexical: Vec<bool>,
    /// What WordNet relates each known term to (`gather_kin` fills it once all terms are in).
    pub kin: Vec<Option<Kin>>,
}

/// The general-English surprise given to terms that are no word: a figure is as specific as a
/// rare word.
const NO_WORD_SURPRISE: f32 = 6.0;

impl Vocabulary {
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.ids.insert(s.to_string(), id);
        self.strings.push(s.to_string());
        self.surprise.push(NO_WORD_SURPRISE);
        self.word_surprise.push(f32::INFINITY);
        self.lexical
            .push(!s.starts_with(['#', '@']) && crate::language::lexicon().knows(s));
        id
    }

    /// Gathers what WordNet relates each known term to, once every term is interned.
    pub fn gather_kin(&mut self) {
        let lexicon = crate::language::lexicon();
        self.kin = (0..self.strings.len())
            .map(|id| self.lexical[id].then(|| lexicon.kin(&self.strings[id])))
            .collect();
    }

    /// How WordNet relates the terms `a` and `b`, if it does (`gather_kin` first).
    pub fn kinship(&self, a: u32, b: u32) -> Option<Kinship> {
        let (Some(Some(ka)), Some(Some(kb))) = (self.kin.get(a as usize), self.kin.get(b as usize))
        else {
            return None;
        };
        ka.kinship(&self.strings[a as usize], kb, &self.strings[b as usize])
    }

    /// Interns the term of a word: its surprise is that of its most common word.
    pub fn intern_word(&mut self, term: &str, norm: &str) -> u32 {
        let fresh = !self.ids.contains_key(term);
        let id = self.intern(term);
        let s = crate::language::frequency::surprise(norm) as f32;
        let slot = &mut self.surprise[id as usize];
        *slot = if fresh { s } else { slot.min(s) };
        let word = &mut self.word_surprise[id as usize];
        *word = word.min(s);
        id
    }

    /// Takes in the terms of a vocabulary filled on its own (on another thread) and returns,
    /// for each of its ids, the id here. Its new terms follow in its order, so ids and
    /// surprises are those of interning its words here after this one's.
    pub fn absorb(&mut self, other: Vocabulary) -> Vec<u32> {
        let Vocabulary {
            strings,
            surprise,
            word_surprise,
            lexical,
            ..
        } = other;
        let mut map = Vec::with_capacity(strings.len());
        for (k, string) in strings.into_iter().enumerate() {
            if let Some(&id) = self.ids.get(&string) {
                let i = id as usize;
                self.surprise[i] = self.surprise[i].min(word_surprise[k]);
                self.word_surprise[i] = self.word_surprise[i].min(word_surprise[k]);
                map.push(id);
                continue;
            }
            let id = self.strings.len() as u32;
            self.ids.insert(string.clone(), id);
            self.strings.push(string);
            self.surprise.push(surprise[k]);
            self.word_surprise.push(word_surprise[k]);
            self.lexical.push(lexical[k]);
            map.push(id);
        }
        map
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }
}

/// One informative term of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub id: u32,
    /// Part of a name phrase: may match a near-identical spelling ("Somali"/"Somalian").
    pub name: bool,
    /// A quantity ("#3" for "three" and "3").
    pub number: bool,
    /// The interned derivational base of the term ("rescuer" and "rescue" → "rescu"; see
    /// `derivation_base`); `id` for names and numbers, which never match by base.
    pub base: u32,
    /// Words of the name phrase this term belongs to (1 outside names): a multi-word name
    /// shares one word's weight among its words, so "Asaib Ahl al-Haq" does not outweigh
    /// "Asaib" three to one.
    pub share: u8,
    /// Inside a quoted span (in any of its occurrences): quoted remarks are compared with each
    /// other as well as with the whole statement.
    pub quoted: bool,
    /// No other statement of the same report has this term (set by `mark_once`).
    pub once: bool,
    /// "one of", "the first time", "was first mooted", "first saw": a figure that matches as
    /// one, but news uses it for anything ("one of the hottest issues", "not the first time that
    /// ..."), so it is never an anchor (`mark_once`) nor a shared figure. "one side", "the first
    /// fire" still are.
    pub faint: bool,
    /// The kinds of thing a count counts (`kinds::noun_kinds` of the words after it, "four
    /// prior arrests"), 0 when unknown or for any other term: two counts of two kinds are no
    /// anchor (`Scorer::matches`).
    pub counted: u32,
    /// What happened to what a count counts (`outcomes::outcome_bit`: "five killed", "injuring
    /// five"), 0 when unknown or for any other term: two counts of two outcomes are no anchor
    /// either (`Scorer::matches`).
    pub outcome: u8,
    /// Where (one occurrence of) the term starts, in bytes from the start of its statement
    /// (statements are at most `MAX_STATEMENT_BYTES` long), to show the word as written.
    pub at: u16,
    /// The clause of the statement it is in (0 for the first; see `mark_clauses`).
    pub clause: u8,
}

/// Of two sets of kinds or outcomes (`Term::counted`, `Term::outcome`) of one figure told
/// twice in a statement, what it counts: any of them, and anything if either is unknown (0).
fn any_of<T>(a: T, b: T) -> T
where
    T: Copy + Default + PartialEq + std::ops::BitOr<Output = T>,
{
    if a == T::default() || b == T::default() {
        T::default()
    } else {
        a | b
    }
}

/// Whether two sets of kinds or outcomes (`Term::counted`, `Term::outcome`), both known, have
/// none in common: two counts of different things.
pub fn disjoint<T>(a: T, b: T) -> bool
where
    T: Copy + Default + PartialEq + std::ops::BitAnd<Output = T>,
{
    a != T::default() && b != T::default() && a & b == T::default()
}

impl Term {
    /// A figure: it never matches by base, and is no name.
    fn number(id: u32, quoted: bool, at: u16, faint: bool) -> Term {
        Term {
            id,
            base: id,
            name: false,
            number: true,
            share: 1,
            quoted,
            once: false,
            faint,
            counted: 0,
            outcome: 0,
            at,
            clause: 0,
        }
    }
}

/// The most terms (content words, names and figures, in text order) and name phrases a
/// statement's profile keeps (hardening, issue 15). Scoring compares every term and every name
/// of one statement with every one of the other (name spellings, aliases, the credit matrix of
/// the features): a 2,000-byte statement of 300 capitalised words made each candidate pair cost
/// 90,000 comparisons, and 16 MiB of them per side took 12.7 minutes. The statements of the
/// real and gold reports (tests real_pairs, align_quality, compare_gold, segment_gold,
/// verdicts_gold) have at most 53 terms and 9 name phrases: they keep all of theirs.
pub const MAX_TERMS: usize = 64;
/// See `MAX_TERMS`.
pub const MAX_NAME_PHRASES: usize = 16;

/// The features of one statement (or of several merged ones).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// Sorted by id, one entry per id.
    pub terms: Vec<Term>,
    /// Normalised content words in text order, space-separated.
    pub key: String,
    /// Sorted character bigrams of `key` without its white space, for `bigram_dice`.
    pub bigrams: Vec<u64>,
    /// The name phrases: an id for the phrase, its normalised words and the ids of its terms,
    /// to match names through the reports' aliases ("the Prime Minister" / "Kazemi").
    pub names: Vec<NamePhrase>,
    /// How many clauses the terms are in (`Term::clause`).
    pub clauses: u8,
    /// The statement asks, it does not tell ("But why did AMD buy SeaMicro?"): no claim to
    /// link.
    pub asks: bool,
    /// The game clocks and scores it reads: a statement at another moment of a game tells
    /// another play (`Moments::apart`).
    pub moments: Moments,
    /// The small figures (`SMALL_FIGURE`) with the stems of what each counts or ranks
    /// ("four" of "four bombs": "bomb"), for `unmark_unlike_small_figures`.
    pub small: Vec<(u32, Vec<String>)>,
    /// The dates it gives to the day ("Dec. 31"), as month × 32 + day, each with where it
    /// starts and ends in the statement (bytes): the day's term alone is shared by the days of
    /// two months (`month_of_day`).
    pub dates: Vec<(u16, u16, u16)>,
}

/// Whether quantity `q`, between the tokens `before` and `after` it, is a faint figure
/// (`Term::faint`): "one of", "the first time", "first" of a verb ("was first mooted",
/// "researchers first saw").
fn faint(q: &Quantity, before: &[Token], after: &[Token]) -> bool {
    let next = after.first().map(|t| t.norm.as_str());
    q.value == 1.0
        && match q.kind {
            QuantityKind::Ordinal => {
                let prev = before.last().map(|t| t.norm.as_str());
                let after_determiner = prev.is_some_and(|w| DETERMINERS.contains(&w));
                next == Some("time")
                    || prev.is_some_and(|w| AUXILIARY_CHAIN.contains(&w))
                    // "researchers first saw evidence", "it first learned": "first" of a
                    // verb in the past; "the first shot", "his first interview" are ranks.
                    || (next.is_some_and(past_tense) && !after_determiner)
            }
            QuantityKind::Count => next == Some("of"),
            _ => false,
        }
}

/// The kinds of thing count `q` counts (`Term::counted`), from the tokens `after` it: those of
/// the first word of its context whose kinds WordNet knows ("four prior arrests": "arrests"). A
/// name first ("40 Palestinians", "768 Intel Atom cores") leaves them unknown.
fn counted(q: &Quantity, after: &[Token]) -> u32 {
    context_tokens(q, after)
        .take_while(|t| !t.capitalised || PERSON_NOUNS.contains(&t.norm.as_str()))
        .map(|t| noun_kinds(&t.norm))
        .find(|&kinds| kinds != 0)
        .unwrap_or(0)
}

/// The tokens `after` quantity `q` that its context (`Quantity::context`, the stems of what it
/// counts) was read from, in order.
fn context_tokens<'a>(q: &'a Quantity, after: &'a [Token]) -> impl Iterator<Item = &'a Token> {
    let mut after = after.iter();
    q.context
        .iter()
        .map_while(move |stem| after.find(|t| &t.stem == stem))
}

/// The stems of the nouns of what quantity `q` counts or ranks, from the tokens `after` it
/// ("four bombs": "bomb"; words WordNet also knows as adjectives, "prior", "official", are
/// none); none when it is said of nothing ("of which four exploded").
fn nouns_counted(q: &Quantity, after: &[Token]) -> Vec<String> {
    context_tokens(q, after)
        .filter(|t| noun_kinds(&t.norm) != 0)
        .map(|t| t.stem.clone())
        .collect()
}

/// Whether a count is the day of a date, and of which month (0 for January; 12 for a calendar
/// word no month begins with) with the date's byte span (month and day): a capitalised month
/// or its abbreviation right before ("Jan. 31", "October 8") or after it ("8 October"), one
/// space between (and the full stop of an abbreviation): "In March, 31 people" is no date.
fn month_of_day(s: &Statement, q: &Quantity) -> Option<(u8, usize, usize)> {
    let at = s.tokens.iter().position(|t| t.start == q.start)?;
    let last = s.tokens.iter().rposition(|t| t.end <= q.end)?;
    let month = |t: &crate::document::Token, gap: usize| {
        (t.capitalised
            && !WEEKDAYS.contains(&t.norm.as_str())
            && is_calendar_word(&t.norm)
            && (gap == 1 || (t.norm.len() <= 4 && gap == 2)))
            .then(|| month_number(&t.norm))
    };
    let before = at.checked_sub(1).and_then(|k| {
        let t = &s.tokens[k];
        month(t, q.start.saturating_sub(t.end)).map(|m| (m, t.start, q.end))
    });
    before.or_else(|| {
        let t = s.tokens.get(last + 1)?;
        month(t, t.start.saturating_sub(s.tokens[last].end)).map(|m| (m, q.start, t.end))
    })
}

/// The number of a month (0 for January) from its name or abbreviation ("dec", "sept"); 12
/// for a calendar word no month begins with.
fn month_number(norm: &str) -> u8 {
    crate::language::calendar::month(norm).map_or(12, |k| k as u8)
}

/// A name phrase of a statement, for matching through aliases.
#[derive(Debug, Clone, PartialEq)]
pub struct NamePhrase {
    /// Interned "@words": one id per distinct phrase, to remember alias tests.
    pub id: u32,
    pub words: Vec<String>,
    /// Ids of the phrase's terms.
    pub terms: Vec<u32>,
}

impl Profile {
    pub fn of(s: &Statement, vocab: &mut Vocabulary) -> Profile {
        let name_at = |start: usize| {
            s.names
                .iter()
                .position(|n| n.start <= start && start < n.end)
        };
        let quoted = |start: usize| s.quotes.iter().any(|q| q.start <= start && start < q.end);
        let offset = |start: usize| u16::try_from(start - s.span.start).unwrap_or(u16::MAX);
        let mut terms = Vec::with_capacity(s.tokens.len());
        let mut key = String::new();
        let mut particle = None;
        // The term ids of each name phrase, for matching names through aliases.
        let mut name_ids: Vec<Vec<u32>> = vec![Vec::new(); s.names.len()];
        for (k, t) in s.tokens.iter().enumerate() {
            if particle == Some(k) || t.stop || is_filler(&t.norm) {
                continue;
            }
            // A phrasal verb is the one word it stands for; its particle is no term.
            let phrasal = s
                .tokens
                .get(k + 1)
                .and_then(|next| synonyms::phrase(&t.norm, &next.norm));
            if phrasal.is_some() {
                particle = Some(k + 1);
            }
            // The words of a quantity become one "#value" term below, unless they say what is
            // counted ("people" in "three people").
            let q = s
                .quantities
                .iter()
                .find(|q| !q.weak && q.start <= t.start && t.end <= q.end);
            if let Some(q) = q
                && !q.context.contains(&t.stem)
            {
                continue;
            }
            if t.numeric && q.is_none() {
                // A numeral the quantity reader skipped ("1990s" is read; "3-2" may not be).
                let id = vocab.intern(&format!("#{}", t.norm));
                terms.push(Term::number(id, quoted(t.start), offset(t.start), false));
                continue;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&t.norm);
            let name_index = name_at(t.start).filter(|_| t.capitalised);
            let name = name_index.map(|i| &s.names[i]);
            let share = name.map_or(1, |n| {
                let content = n.words.iter().filter(|w| !is_stop_word(w)).count();
                content.clamp(1, 4) as u8
            });
            let phrase_stem = phrasal.map(stem);
            let canonical = synonyms::canonical(phrase_stem.as_deref().unwrap_or(&t.stem));
            let id = vocab.intern_word(canonical, &t.norm);
            if let Some(i) = name_index {
                name_ids[i].push(id);
            }
            let base = if name.is_some() {
                id
            } else {
                vocab.intern(derivation_base(canonical))
            };
            terms.push(Term {
                id,
                base,
                name: name.is_some(),
                number: false,
                share,
                quoted: quoted(t.start),
                once: false,
                faint: false,
                counted: 0,
                outcome: 0,
                at: offset(t.start),
                clause: 0,
            });
        }
        let mut small = Vec::new();
        let mut dates = Vec::new();
        for q in s.quantities.iter().filter(|q| !q.weak) {
            // An amount of money or a percentage is no count: "$5 million" shares no figure
            // with "5 million people". A count keeps no word of what it counts ("Ten dead" /
            // "kills 10"), nor its unit: "7 km" and "seven miles" stay one term, as tagging
            // units lost links on held-out real pairs (docs/quality.md).
            let tag = match q.kind {
                QuantityKind::Time => "t",
                QuantityKind::Year => "y",
                QuantityKind::Ordinal => "o",
                QuantityKind::Money => "$",
                QuantityKind::Percent => "%",
                QuantityKind::Count => "",
            };
            // The day of a date is no count: "8 October" shares no figure with "8 customers"
            // (nor with the hour of "08:30", read as a count). Days of two months
            // still share theirs: "2 June" / "2 July" is one date, one side wrong.
            let month = (q.kind == QuantityKind::Count)
                .then(|| month_of_day(s, q))
                .flatten();
            let tag = if let Some((m, start, end)) = month {
                if m < 12 && (1.0..=31.0).contains(&q.value) && q.value.fract() == 0.0 {
                    dates.push((
                        u16::from(m) * 32 + q.value as u16,
                        offset(start),
                        offset(end),
                    ));
                }
                "d"
            } else {
                tag
            };
            let id = vocab.intern(&format!("#{tag}{}", q.value));
            // The tokens before the quantity and after it (statements keep them in text order).
            let before = &s.tokens[..s.tokens.partition_point(|t| t.end <= q.start)];
            let after = &s.tokens[s.tokens.partition_point(|t| t.start < q.end)..];
            let mut term = Term::number(
                id,
                quoted(q.start),
                offset(q.start),
                faint(q, before, after),
            );
            if (tag.is_empty() || tag == "o") && q.value <= SMALL_FIGURE {
                let nouns = nouns_counted(q, after);
                if !nouns.is_empty() {
                    small.push((id, nouns));
                }
            }
            // A measure ("120 mph" / "120 miles per hour") is one amount in two units.
            if tag.is_empty() && q.measure().is_none() {
                term.counted = counted(q, after);
                term.outcome = outcome(before, after, q.context.len()).map_or(0, outcome_bit);
            }
            terms.push(term);
        }
        // Hardening (issue 15): see `MAX_TERMS`.
        terms.truncate(MAX_TERMS);
        let names = s
            .names
            .iter()
            .zip(name_ids)
            .take(MAX_NAME_PHRASES)
            .map(|(n, terms)| NamePhrase {
                id: vocab.intern(&format!("@{}", n.words.join(" "))),
                words: n.words.clone(),
                terms,
            })
            .collect();
        let mut p = Profile::from_terms(terms, key);
        p.names = names;
        p.small = small;
        dates.sort_unstable();
        dates.dedup_by_key(|d| d.0);
        p.dates = dates;
        p
    }

    /// Gives the profile's term ids their ids in another vocabulary (`Vocabulary::absorb`).
    pub fn renumber(&mut self, map: &[u32]) {
        for t in &mut self.terms {
            t.id = map[t.id as usize];
            t.base = map[t.base as usize];
        }
        self.terms.sort_unstable_by_key(|t| t.id);
        for (id, _) in &mut self.small {
            *id = map[*id as usize];
        }
        for n in &mut self.names {
            n.id = map[n.id as usize];
            for t in &mut n.terms {
                *t = map[*t as usize];
            }
        }
    }

    fn from_terms(mut terms: Vec<Term>, key: String) -> Profile {
        // Sort so that a name flag on any occurrence wins when deduplicating, and otherwise the
        // first occurrence (a stable sort: which one is kept must not depend on the ids).
        terms.sort_by(|a, b| a.id.cmp(&b.id).then(b.name.cmp(&a.name)));
        terms.dedup_by(|t, kept| {
            let same = t.id == kept.id;
            if same {
                kept.quoted |= t.quoted;
                // A figure told of several things counts any of them; of something unknown,
                // anything.
                kept.counted = any_of(kept.counted, t.counted);
                kept.outcome = any_of(kept.outcome, t.outcome);
            }
            same
        });
        let chars: Vec<char> = key.chars().filter(|c| !c.is_whitespace()).collect();
        let mut bigrams: Vec<u64> = chars
            .windows(2)
            .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
            .collect();
        bigrams.sort_unstable();
        Profile {
            terms,
            key,
            bigrams,
            names: Vec::new(),
            clauses: 1,
            asks: false,
            moments: Moments::default(),
            small: Vec::new(),
            dates: Vec::new(),
        }
    }

    /// The profile of several statements read as one (one report splits what the other says in
    /// one sentence).
    pub fn merge<'a>(parts: impl IntoIterator<Item = &'a Profile>) -> Profile {
        let mut terms = Vec::new();
        let mut key = String::new();
        let mut names = Vec::new();
        // Clauses keep apart: those of the second statement follow those of the first (at most
        // 32, the width of the clause masks of `features`).
        let mut clauses = 0u8;
        for p in parts {
            terms.extend(p.terms.iter().map(|t| Term {
                clause: (t.clause + clauses).min(31),
                ..*t
            }));
            clauses = (clauses + p.clauses).min(32);
            names.extend(p.names.iter().cloned());
            if !key.is_empty() && !p.key.is_empty() {
                key.push(' ');
            }
            key.push_str(&p.key);
        }
        let mut p = Profile::from_terms(terms, key);
        p.names = names;
        p.clauses = clauses.max(1);
        p
    }
}

/// Derivational suffixes the Snowball stemmer leaves on short words (it strips a suffix only far
/// enough into the word): agent nouns ("rescuer", "prosecutor"), "-ery" ("delivery" →
/// "deliveri"), "-ion", "-ment", "-ist". Longest first.
const DERIVATIONAL_SUFFIXES: &[&str] = &["ation", "ment", "eri", "ion", "ist", "er", "or"];

/// The shortest base a suffix may leave: shorter bases join unrelated words.
const MIN_BASE: usize = 4;

/// A stem without one derivational suffix, so that words of one family meet ("rescuer" /
/// "rescue", "delivery" / "deliver", "prosecutor" / "prosecution"); the stem itself when none
/// applies.
pub fn derivation_base(stem: &str) -> &str {
    for suffix in DERIVATIONAL_SUFFIXES {
        if let Some(base) = stem.strip_suffix(suffix)
            && base.chars().count() >= MIN_BASE
        {
            return base;
        }
    }
    stem
}

/// Words that news uses in almost every statement whatever it reports: attribution ("said",
/// "according to") and discourse links ("however", "additionally"). They say nothing about which
/// event a statement is about, so alignment ignores them (compare still sees them).
fn is_filler(norm: &str) -> bool {
    matches!(
        norm,
        "said"
            | "says"
            | "say"
            | "saying"
            | "stated"
            | "told"
            | "tells"
            | "added"
            | "according"
            | "noted"
            | "mentioned"
            | "indicated"
            | "explained"
            | "reported"
            | "also"
            | "further"
            | "furthermore"
            | "additionally"
            | "however"
            | "meanwhile"
            | "moreover"
            | "regarding"
            | "noteworthy"
            | "later"
            | "earlier"
    )
}

/// Sørensen–Dice coefficient of the character bigrams of two keys, as `strsim::sorensen_dice`
/// computes it, but on bigrams prepared once per statement instead of hashed on every call (it
/// was 40% of the alignment time at 20,000 statements).
pub fn bigram_dice(a: &Profile, b: &Profile) -> f64 {
    let (x, y) = (&a.bigrams, &b.bigrams);
    if x == y {
        return 1.0;
    }
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * common) as f64 / (x.len() + y.len()) as f64
}

/// Flags the terms that only one statement of the report has.
pub fn mark_once(profiles: &mut [Profile], vocab_len: usize) {
    let mut df = vec![0u32; vocab_len];
    for p in profiles.iter() {
        for t in &p.terms {
            df[t.id as usize] += 1;
        }
    }
    for p in profiles.iter_mut() {
        for t in &mut p.terms {
            t.once = df[t.id as usize] == 1 && !t.faint;
        }
    }
}

/// The largest figure that two statements share by chance often enough that it anchors their
/// link only with what it counts: "the third victim" / "the third floor", "two houses" / "two
/// trucks" share a figure that no other statement of either report has.
const SMALL_FIGURE: f64 = 10.0;

/// Unflags as anchors (`Term::once`) the small figures (`SMALL_FIGURE`) that the one statement
/// of each report that has them tells of different things: no noun of what one counts or ranks
/// is a noun of the other's or its WordNet kin ("the third victim" / "the third-floor mixing
/// room"); the figure still matches. A figure whose thing one side does not name ("two were
/// killed", "of which four exploded") stays an anchor, as do kin ("two cars" / "two
/// automobiles").
pub fn unmark_unlike_small_figures(left: &mut [Profile], right: &mut [Profile]) {
    // The words of what each small figure that a statement has once counts (it may count
    // several things: "the 6-foot-9 senior needed nine points").
    fn said_of(side: &[Profile]) -> FxHashMap<u32, (usize, Vec<&str>)> {
        let once = |p: &Profile, id: u32| {
            p.terms
                .binary_search_by_key(&id, |t| t.id)
                .is_ok_and(|k| p.terms[k].once)
        };
        let mut words: FxHashMap<u32, (usize, Vec<&str>)> = FxHashMap::default();
        for (i, p) in side.iter().enumerate() {
            for (id, nouns) in &p.small {
                if once(p, *id) {
                    let entry = words.entry(*id).or_insert((i, Vec::new()));
                    entry.1.extend(nouns.iter().map(String::as_str));
                }
            }
        }
        words
    }
    let (on_left, on_right) = (said_of(left), said_of(right));
    let lexicon = crate::language::lexicon();
    let alike = |a: &str, b: &str| a == b || lexicon.kinship(a, b).is_some();
    let mut unlike: Vec<(usize, usize, u32)> = Vec::new();
    for (id, (i, ours)) in &on_left {
        if let Some((j, theirs)) = on_right.get(id)
            && !ours.iter().any(|a| theirs.iter().any(|b| alike(a, b)))
        {
            unlike.push((*i, *j, *id));
        }
    }
    for (i, j, id) in unlike {
        for p in [&mut left[i], &mut right[j]] {
            if let Ok(k) = p.terms.binary_search_by_key(&id, |t| t.id) {
                p.terms[k].once = false;
            }
        }
    }
}

/// Profiles of every statement of two documents, each document on its own thread, and the
/// vocabulary of their terms (the left document's terms first).
pub fn profile_pair(left: &Document, right: &Document) -> (Vocabulary, Vec<Profile>, Vec<Profile>) {
    let ((mut vocab, lp), (right_vocab, mut rp)) = rayon::join(
        || {
            let mut v = Vocabulary::default();
            let p = profiles(left, &mut v);
            (v, p)
        },
        || {
            let mut v = Vocabulary::default();
            let p = profiles(right, &mut v);
            (v, p)
        },
    );
    let map = vocab.absorb(right_vocab);
    for p in &mut rp {
        p.renumber(&map);
    }
    (vocab, lp, rp)
}

/// Profiles of every statement of a document.
pub fn profiles(doc: &Document, vocab: &mut Vocabulary) -> Vec<Profile> {
    doc.statements
        .iter()
        .map(|s| {
            let mut p = Profile::of(s, vocab);
            mark_clauses(&mut p, &clause_starts(s, &doc.text));
            p.asks = asks(s, &doc.text);
            p.moments = Moments::of(&doc.text, &s.tokens);
            p
        })
        .collect()
}

/// Words that open a question: "Why did AMD buy SeaMicro?", "Do you think …?".
const QUESTION_OPENERS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "how", "is", "should", "was", "were", "what",
    "when", "where", "which", "who", "why", "will", "would",
];

/// Whether a statement is a question of its own: it opens with a question word (after "but",
/// "and" or "so") and ends with a question mark outside any quotation. "He now has 2,029
/// points, but who's counting?" tells a figure; "'Why would he do this?' asked his mother"
/// tells what she asked.
fn asks(s: &Statement, text: &str) -> bool {
    let own = text[s.span.start..s.span.end].trim_end();
    let first = s
        .tokens
        .iter()
        .map(|t| t.norm.as_str())
        .find(|w| !matches!(*w, "but" | "and" | "so"));
    own.ends_with('?')
        && first.is_some_and(|w| QUESTION_OPENERS.contains(&w))
        && !s
            .quotes
            .iter()
            .any(|q| q.end + 1 >= s.span.start + own.len())
}

/// Words that open a clause: relative pronouns and subordinating conjunctions. News packs
/// several facts into one sentence ("X, who was released last month, was arrested on Tuesday
/// after a stand-off"); the other report may tell one of them alone.
const CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "because",
    "although", "though", "until", "but", "whereas", "if", "unless",
];

/// Most clauses a statement is cut into; the rest stay in the last.
const MAX_CLAUSES: usize = 16;

/// Where the clauses of a statement start (after the first), in bytes from the statement's
/// start: at a punctuation mark between two words (comma, semicolon, colon, bracket, dash,
/// quotation mark) or at a clause-opening word.
pub fn clause_starts(s: &Statement, text: &str) -> Vec<u16> {
    let mut starts = Vec::new();
    for w in s.tokens.windows(2) {
        let gap = text.get(w[0].end..w[1].start).unwrap_or("");
        let punct = gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
        if punct || CLAUSE_OPENERS.contains(&w[1].norm.as_str()) {
            starts.push(u16::try_from(w[1].start - s.span.start).unwrap_or(u16::MAX));
        }
        if starts.len() + 1 >= MAX_CLAUSES {
            break;
        }
    }
    starts
}

/// Sets `Term::clause` from the clause starts, joining a clause of fewer than two terms to the
/// one before it (or, for the first, to the one after): "The fire, which ..." keeps "fire"
/// with what is said of it, and a list ("Egypt, India and Kuwait") stays one clause.
pub fn mark_clauses(p: &mut Profile, starts: &[u16]) {
    let raw = |t: &Term| starts.partition_point(|&c| c <= t.at);
    let mut count = vec![0usize; starts.len() + 1];
    for t in &p.terms {
        count[raw(t)] += 1;
    }
    let mut map = vec![0u8; count.len()];
    let mut next = 0u8;
    let mut open = false;
    for (c, &n) in count.iter().enumerate() {
        if n >= 2 && open {
            next += 1;
        }
        map[c] = next;
        open |= n >= 2;
    }
    for t in &mut p.terms {
        t.clause = map[raw(t)];
    }
    p.clauses = next + 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_made_apart_are_those_made_in_one_vocabulary() {
        let left = Document::parse(
            "l",
            "The rescuers found 12 dead in Kabul. Officials said rescue work went on. \
             Ahmad Shah, 40, was hurt. \"We rescue who we can,\" he said. \
             Markets, mills, clinics and schools in the valley were left without a room.",
        )
        .unwrap();
        let right = Document::parse(
            "r",
            "Rescue teams in Kabul found twelve bodies. A rescuer said Ahmad Shah was injured. \
             Work continued on Tuesday. \
             The room that volunteers from the northern province searched first on a cold, \
             windy Tuesday morning after the flood, which destroyed bridges, roads, farms, \
             schools, clinics, mills and markets across the valley, was the last room they left.",
        )
        .unwrap();
        let mut one = Vocabulary::default();
        let lp = profiles(&left, &mut one);
        let rp = profiles(&right, &mut one);
        let (two, lp2, rp2) = profile_pair(&left, &right);
        assert_eq!(one.strings, two.strings);
        assert_eq!(one.surprise, two.surprise);
        assert_eq!(one.lexical, two.lexical);
        assert_eq!((lp, rp), (lp2, rp2));
    }

    /// The profile of the first statement of `text`, and the strings of its terms that `keep`
    /// selects, in term order.
    fn terms_where(text: &str, keep: impl Fn(&Term) -> bool) -> (Profile, Vec<String>) {
        let doc = Document::parse("t", text).unwrap();
        let mut v = Vocabulary::default();
        let p = Profile::of(&doc.statements[0], &mut v);
        let kept = p
            .terms
            .iter()
            .filter(|t| keep(t))
            .map(|t| v.strings[t.id as usize].clone())
            .collect();
        (p, kept)
    }

    fn terms(text: &str) -> Vec<String> {
        let mut out = terms_where(text, |_| true).1;
        out.sort();
        out
    }

    #[test]
    fn a_question_of_its_own_asks() {
        let asked = |text: &str| {
            let doc = Document::parse("t", text).unwrap();
            asks(&doc.statements[0], &doc.text)
        };
        assert!(asked("But why did AMD buy SeaMicro?"));
        assert!(asked("Do you think Smith will make a great Doctor Who?"));
        assert!(!asked(
            "McDermott now has 2,029 points in 106 games, but who's counting?"
        ));
        assert!(!asked("\"Why would he do this?\" asked his mother."));
        assert!(!asked("AMD bought SeaMicro."));
    }

    #[test]
    fn numbers_in_words_and_digits_are_one_term() {
        assert_eq!(
            terms("Three people were killed."),
            terms("3 people were killed.")
        );
        assert_eq!(terms("Three people died."), ["#3", "die", "peopl"]);
    }

    /// The figures among a statement's terms.
    fn figures(text: &str) -> Vec<String> {
        terms(text)
            .into_iter()
            .filter(|t| t.starts_with('#'))
            .collect()
    }

    #[test]
    fn money_and_percentages_are_no_counts() {
        // "$5 million" is no "5 million people", nor "55 percent" "55 people".
        assert_ne!(
            figures("The deal cost $5 million."),
            figures("The deal touched 5 million people.")
        );
        assert_ne!(
            figures("Turnout was 55 percent."),
            figures("Turnout was 55 people.")
        );
        // One unit written two ways, and a count with or without what it counts, still are.
        assert_eq!(
            figures("The town is 7 miles away."),
            figures("The town is seven miles away.")
        );
        assert_eq!(
            figures("Turnout was 55%."),
            figures("Turnout was 55 percent.")
        );
        assert_eq!(
            figures("Ten dead in the quake."),
            figures("The quake kills 10.")
        );
    }

    #[test]
    fn months_by_name_or_abbreviation() {
        assert_eq!(month_number("february"), 1);
        assert_eq!(month_number("feb"), 1);
        assert_eq!(month_number("sept"), 8);
        assert_eq!(month_number("dec"), 11);
        // A weekday or a fragment is no month.
        assert_eq!(month_number("monday"), 12);
        assert_eq!(month_number("ma"), 12);
    }

    #[test]
    fn the_day_of_a_date_is_no_count() {
        // "8 October" shares no figure with eight people or a time of day.
        assert_ne!(
            figures("Problems started on Saturday, 8 October."),
            figures("Problems hit 8 customers.")
        );
        assert_ne!(
            figures("Problems started on Saturday, 8 October."),
            figures("Problems started at 8.")
        );
        // One day written two ways is one figure; so are the days of two months ("2 June" /
        // "2 July": one date, one of them wrong, is a conflict to show).
        assert_eq!(
            figures("The quarter will end Jan. 31."),
            figures("The quarter will end on 31 January.")
        );
        assert_eq!(
            figures("He was suspended on 2 June."),
            figures("He was suspended on 2 July.")
        );
        // A count beside a month that does not date it stays a count; so does "may" the modal.
        assert_eq!(
            figures("In March, 31 people were hurt."),
            figures("31 people were hurt.")
        );
        assert_eq!(figures("Police said 31 may have died."), ["#31"]);
    }

    #[test]
    fn phrasal_verbs_are_their_word() {
        assert_eq!(
            terms("The march set off from the square."),
            terms("The march began at the square.")
        );
        assert_eq!(terms("Houses caved in."), terms("Houses collapsed."));
    }

    #[test]
    fn derivations_share_a_base() {
        let base = |w: &str| derivation_base(&stem(w)).to_string();
        for (a, b) in [
            ("rescuers", "rescued"),
            ("delivery", "deliver"),
            ("prosecutor", "prosecution"),
            ("negotiation", "negotiate"),
            ("protester", "protest"),
        ] {
            assert_eq!(base(a), base(b), "{a} / {b}");
        }
        for (a, b) in [("police", "policy"), ("nation", "nature"), ("order", "ore")] {
            assert_ne!(base(a), base(b), "{a} / {b}");
        }
    }

    #[test]
    fn bigram_dice_equals_strsim() {
        let mut v = Vocabulary::default();
        let texts = [
            "drones hit the home of the prime minister",
            "a drone hit the prime minister's home",
            "floods displaced thousands",
            "x",
        ];
        let docs: Vec<Document> = texts
            .iter()
            .map(|t| Document::parse("t", t).unwrap())
            .collect();
        let ps: Vec<Profile> = docs
            .iter()
            .map(|d| Profile::of(&d.statements[0], &mut v))
            .collect();
        for a in &ps {
            for b in &ps {
                let want = strsim::sorensen_dice(&a.key, &b.key);
                assert!(
                    (bigram_dice(a, b) - want).abs() < 1e-12,
                    "{} / {}",
                    a.key,
                    b.key
                );
            }
        }
    }

    #[test]
    fn quoted_words_are_flagged() {
        let (_, quoted) = terms_where(
            "Protesters chanted \"no fraud\" near the fraud court.",
            |t| t.quoted,
        );
        // "fraud" occurs inside and outside the quote: one term, flagged.
        assert_eq!(quoted, ["fraud"]);
    }

    #[test]
    fn names_are_flagged_and_particles_dropped() {
        let (p, names) = terms_where("The troops met Mustafa al-Kazemi in Baghdad.", |t| t.name);
        assert_eq!(names.len(), 3, "{names:?}");
        assert_eq!(p.key, "troops met mustafa kazemi baghdad");
    }
}
