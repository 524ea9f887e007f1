//! Words of a statement: normalised form, stem, stop-word flag.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

/// One word or number of a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Byte span in the document text.
    pub start: usize,
    pub end: usize,
    /// Lower case, no diacritics, no apostrophes, no possessive "'s": "Asa'ib" → "asaib".
    pub norm: String,
    /// Snowball (Porter2) stem of `norm`.
    pub stem: String,
    /// A function word ("the", "of", "said" is not one).
    pub stop: bool,
    /// Starts with an upper-case letter in the text.
    pub capitalised: bool,
    /// Made of digits (possibly with separators).
    pub numeric: bool,
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Apostrophe-like characters removed from words.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´')
}

/// The normalised form of a word: NFKD without combining marks, lower case, apostrophes and a
/// possessive "'s" removed.
pub fn normalise(word: &str) -> String {
    let trimmed = strip_possessive(word);
    // Most news words are ASCII: skip the Unicode decomposition for them.
    if trimmed.is_ascii() {
        return trimmed
            .bytes()
            .filter(|&b| b != b'\'' && b != b'`')
            .map(|b| b.to_ascii_lowercase() as char)
            .collect();
    }
    trimmed
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && !is_apostrophe(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a word as written ends with a possessive "'s" ("Sunday's", "Newton’s").
pub fn possessive(word: &str) -> bool {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .any(|s| word.strip_suffix(s).is_some_and(|stem| !stem.is_empty()))
}

fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    word.trim_end_matches(is_apostrophe)
}

thread_local! {
    /// Stems of words already seen: a report repeats its vocabulary, and stemming is the
    /// costliest step of tokenising.
    static STEM_CACHE: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// Bound on the stem cache, so a huge vocabulary cannot grow it without limit.
const STEM_CACHE_MAX: usize = 100_000;

/// Stem of a normalised word.
pub fn stem(norm: &str) -> String {
    STEM_CACHE.with_borrow_mut(|cache| {
        if let Some(s) = cache.get(norm) {
            return s.clone();
        }
        if cache.len() >= STEM_CACHE_MAX {
            cache.clear();
        }
        let s = STEMMER.stem(norm).into_owned();
        cache.insert(norm.to_string(), s.clone());
        s
    })
}

/// Tokens of `text[start..end]`, with spans into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = text[start..end]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .filter_map(|(off, w)| {
            let norm = normalise(w);
            if norm.is_empty() {
                return None;
            }
            let numeric = norm
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
            Some(Token {
                start: start + off,
                end: start + off + w.len(),
                stem: if numeric { norm.clone() } else { stem(&norm) },
                stop: is_stop_word(&norm),
                capitalised: w.chars().next().is_some_and(char::is_uppercase),
                numeric,
                norm,
            })
        })
        .collect::<Vec<_>>();
    // A statement keeps its tokens for the whole session: without the room the collection grew
    // into (up to twice the tokens; a third of the heap of 20,000-statement reports).
    tokens.shrink_to_fit();
    tokens
}

/// English function words: they carry little meaning for alignment.
pub fn is_stop_word(norm: &str) -> bool {
    STOP_SET.contains(norm)
}

/// `STOP_WORDS` by hash: every token is tested, and a bisection of strings was a few per cent
/// of a large run.
static STOP_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| STOP_WORDS.iter().copied().collect());

// Sorted, so a duplicate or a missing word is easy to see (a unit test checks the order).
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "al",
    "all",
    "along",
    "already",
    "also",
    "although",
    "am",
    "amid",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "el",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn normalise_spelling_variants() {
        assert_eq!(normalise("Asa'ib"), "asaib");
        assert_eq!(normalise("Asa’ib"), normalise("Asaib"));
        assert_eq!(normalise("Kazemi's"), "kazemi");
        assert_eq!(normalise("Kazemi’s"), "kazemi");
        assert_eq!(normalise("Café"), "cafe");
        assert_eq!(normalise("ŞAHİN"), "sahin");
        assert_eq!(normalise("protesters'"), "protesters");
    }

    #[test]
    fn tokens_split_hyphenated_names() {
        let text = "Mustafa al-Kazemi's home, 2.5 km.";
        let tokens = tokenize(text, 0, text.len());
        let norms: Vec<_> = tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["mustafa", "al", "kazemi", "home", "2.5", "km"]);
        assert_eq!(&text[tokens[2].start..tokens[2].end], "Kazemi's");
        assert!(tokens[1].stop);
        assert!(tokens[0].capitalised && !tokens[3].capitalised);
        assert!(tokens[4].numeric);
    }

    #[test]
    fn stems_join_inflections() {
        assert_eq!(stem("attacks"), stem("attack"));
        assert_eq!(stem("targeted"), stem("targeting"));
    }
}
