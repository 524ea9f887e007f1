//! One side of a link: the statements of one report that a link joins, read as one claim.

use rustc_hash::FxHashSet;

use crate::document::segment::TITLES;
use crate::document::{Document, Name, Quantity, Span, Token};

/// The statements of one side of a link, their tokens, quantities, quotes and names in order.
pub(crate) struct Claim<'a> {
    pub doc: &'a Document,
    pub tokens: Vec<&'a Token>,
    pub quantities: Vec<&'a Quantity>,
    pub quotes: Vec<Span>,
    pub names: Vec<&'a Name>,
    /// For each token, the name it belongs to (index into `names`).
    name_of: Vec<Option<usize>>,
}

impl<'a> Claim<'a> {
    pub fn new(doc: &'a Document, indices: &[usize]) -> Claim<'a> {
        let statements = indices.iter().map(|&i| &doc.statements[i]);
        let mut claim = Claim {
            doc,
            tokens: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
            names: Vec::new(),
            name_of: Vec::new(),
        };
        for s in statements {
            claim.tokens.extend(&s.tokens);
            claim.quantities.extend(&s.quantities);
            claim.quotes.extend(&s.quotes);
            claim.names.extend(&s.names);
        }
        let mut n = 0;
        claim.name_of = claim
            .tokens
            .iter()
            .map(|t| {
                while n < claim.names.len() && claim.names[n].end <= t.start {
                    n += 1;
                }
                claim
                    .names
                    .get(n)
                    .filter(|name| name.start <= t.start && t.end <= name.end)
                    .map(|_| n)
            })
            .collect();
        claim
    }

    pub fn text(&self, span: Span) -> &'a str {
        self.doc.span_text(span)
    }

    /// The text between token `i - 1` and token `i` (punctuation, spaces); "" for the first.
    pub fn gap(&self, i: usize) -> &'a str {
        match i {
            0 => "",
            _ => &self.doc.text[self.tokens[i - 1].end..self.tokens[i].start],
        }
    }

    /// The first token at or after byte `at` (the number of tokens past the last).
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens
            .iter()
            .position(|t| t.start >= at)
            .unwrap_or(self.tokens.len())
    }

    pub fn span_of(&self, first: usize, last: usize) -> Span {
        Span::new(self.tokens[first].start, self.tokens[last].end)
    }

    /// The name that token `i` belongs to.
    pub fn name_at(&self, i: usize) -> Option<&'a Name> {
        self.name_of
            .get(i)
            .copied()
            .flatten()
            .map(|n| self.names[n])
    }

    /// Index of the first token of the name that token `i` belongs to.
    pub fn name_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && self.name_of[j - 1].is_some() && self.name_of[j - 1] == self.name_of[i] {
            j -= 1;
        }
        j
    }

    /// The tokens of the sentence that token `i` is in (or, for `i` past the last token, of
    /// the last sentence): between the full stops, semicolons, exclamation and question marks
    /// around it.
    pub fn sentence(&self, i: usize) -> std::ops::Range<usize> {
        let Some(last) = self.tokens.len().checked_sub(1) else {
            return 0..0;
        };
        let i = i.min(last);
        // A full stop after an initial or a title ("U. S. Geological Survey", "Mr. LaRue", "a.
        // 357 caliber gun", a tokenised ".357") ends no sentence, as the segmenter reads it.
        let abbreviation = |m: usize| {
            let prev = &self.tokens[m - 1].norm;
            self.gap(m).trim_start().starts_with('.')
                && (prev.chars().count() == 1 || TITLES.contains(&prev.as_str()))
        };
        let ends = |m: usize| self.gap(m).contains(['.', ';', '!', '?']) && !abbreviation(m);
        let start = (0..i).rev().find(|&m| ends(m + 1)).map_or(0, |m| m + 1);
        let end = (i + 1..self.tokens.len())
            .find(|&m| ends(m))
            .unwrap_or(self.tokens.len());
        start..end
    }

    /// The first token of the clause that token `i` is in: after the last comma, colon,
    /// semicolon, dash, bracket, quotation mark or sentence end before it.
    pub fn clause_start(&self, i: usize) -> usize {
        (1..=i.min(self.tokens.len()))
            .rev()
            .find(|&m| self.clause_breaks(m))
            .unwrap_or(0)
    }

    /// One past the last token of the clause that token `i` is in (see `clause_start`).
    pub fn clause_end(&self, i: usize) -> usize {
        (i + 1..self.tokens.len())
            .find(|&m| self.clause_breaks(m))
            .unwrap_or(self.tokens.len())
    }

    /// Whether a clause ends before token `m`.
    fn clause_breaks(&self, m: usize) -> bool {
        self.gap(m)
            .contains([',', ';', ':', '.', '!', '?', '(', '"', '“', '”', '—', '–'])
    }

    /// Whether the sentence of token `i` is a question: it asks, it does not tell ("What is he
    /// pointing a gun at?").
    pub fn asks(&self, i: usize) -> bool {
        let end = self.sentence(i).end;
        let after = match self.tokens.get(end) {
            Some(_) => self.gap(end),
            None => match self.tokens.last() {
                Some(t) => &self.doc.text[t.end..],
                None => "",
            },
        };
        after
            .chars()
            .take_while(|c| !c.is_alphanumeric())
            .take(4)
            .any(|c| c == '?')
    }

    /// For each token, whether its sentence is a question (`asks`), read once per sentence.
    pub fn questions(&self) -> Vec<bool> {
        let mut out = vec![false; self.tokens.len()];
        let mut i = 0;
        while i < self.tokens.len() {
            let sentence = self.sentence(i);
            let asks = self.asks(i);
            out[sentence.clone()].fill(asks);
            i = sentence.end.max(i + 1);
        }
        out
    }

    /// Whether token `i` is supposed rather than told: in its clause after "if", "whether" or
    /// "unless" ("if you run into problems", "mum on whether they will retry him").
    pub fn supposes(&self, i: usize) -> bool {
        (self.clause_start(i)..i.min(self.tokens.len()))
            .any(|m| matches!(self.tokens[m].norm.as_str(), "if" | "whether" | "unless"))
    }

    /// Whether most words are capitalised: a headline, where capitals do not mark names.
    pub fn title_case(&self) -> bool {
        let words: Vec<_> = self
            .tokens
            .iter()
            .filter(|t| !t.stop && !t.numeric)
            .collect();
        words.len() >= 3 && words.iter().filter(|t| t.capitalised).count() * 10 >= words.len() * 6
    }

    /// Whether token `k` is written as a possessive ("Egypt's", "Sunday’s").
    pub fn possessive(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| crate::document::tokens::possessive(&self.doc.text[t.start..t.end]))
    }

    /// Whether token `k` is part of a figure the claim states ("16" of "16 points", "one" of
    /// "one person").
    pub fn in_figure(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            self.quantities
                .iter()
                .any(|q| q.start <= t.start && t.end <= q.end)
        })
    }

    /// The normalised word of token `k`, if the claim has one.
    pub fn word(&self, k: usize) -> Option<&'a str> {
        self.tokens.get(k).map(|t| t.norm.as_str())
    }

    /// The normalised word `n` tokens before token `i`, if the claim has one.
    pub fn word_before(&self, i: usize, n: usize) -> Option<&'a str> {
        i.checked_sub(n).and_then(|k| self.word(k))
    }

    /// Content stems of the tokens in `range`, skipping token `except`.
    pub fn window_stems(&self, from: usize, to: usize, except: usize) -> FxHashSet<&'a str> {
        (from..to.min(self.tokens.len()))
            .filter(|&k| k != except)
            .map(|k| self.tokens[k])
            .filter(|t| !t.stop && !t.numeric)
            .map(|t| t.stem.as_str())
            .collect()
    }

    /// Whether `stem` is a word of a name in this claim.
    pub fn in_name(&self, stem: &str) -> bool {
        self.tokens
            .iter()
            .enumerate()
            .any(|(i, t)| t.stem == stem && self.name_at(i).is_some())
    }
}

/// Anchor words two sides share around two spans, and the same-slot evidence they give: one for
/// each shared word that is not part of a name, `NAME_ANCHORS` when some are words of a name
/// on both sides (the same person or place by both spans).
pub(crate) fn shared_anchors(
    left: &Claim,
    a: &FxHashSet<&str>,
    right: &Claim,
    b: &FxHashSet<&str>,
) -> usize {
    let (names, plain): (Vec<&&str>, Vec<&&str>) = a
        .intersection(b)
        .partition(|w| left.in_name(w) && right.in_name(w));
    let named = if names.is_empty() { 0 } else { NAME_ANCHORS };
    plain.len() + named
}

/// Same-slot evidence of a name shared around two spans.
pub(crate) const NAME_ANCHORS: usize = 2;
