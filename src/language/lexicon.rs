//! WordNet, reduced to what alignment and compare ask of it: which words of two reports name
//! one thing (synonyms: "quake" / "tremor", "nabbed" / "arrested"), a kind of the other
//! ("blaze" / "fire", "supermarket" / "store"), one family ("apologize" / "apology") or
//! opposites ("rose" / "fell"). Keyed by Snowball stem, as statements' tokens are.
//!
//! The table (`assets/language/wordnet.tsv`) is derived from Debian's `wordnet-base` by
//! `scripts/language/build.py`, ships inside the binary and is read once, on first use.

use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../assets/language/wordnet.tsv");

/// How two words are related in WordNet, closest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kinship {
    /// One sense of each is the same synset.
    Synonym,
    /// Derivationally related forms ("injure" / "injury").
    Derived,
    /// A sense of one is a direct hypernym of a sense of the other ("blaze" is a "fire").
    Hypernym,
    /// Two steps up ("supermarket" → "grocery store" → "marketplace").
    Hypernym2,
}

/// The reduced WordNet: senses of each stem, hypernyms of each synset, derivational links and
/// antonyms between stems.
#[derive(Debug, Default)]
pub struct Lexicon {
    senses: HashMap<&'static str, Vec<u32>>,
    hypernyms: HashMap<u32, Vec<u32>>,
    derived: HashMap<&'static str, Vec<&'static str>>,
    antonyms: HashMap<&'static str, Vec<&'static str>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(TABLE));

/// The shipped lexicon.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// Reads the table format of `scripts/language/build.py`; malformed lines are skipped.
    pub fn parse(table: &'static str) -> Lexicon {
        let mut lex = Lexicon::default();
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(kind), Some(key), Some(rest)) = (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let ids = || {
                rest.split(' ')
                    .filter_map(|x| x.parse::<u32>().ok())
                    .collect()
            };
            match kind {
                "s" => {
                    lex.senses.insert(key, ids());
                }
                "h" => {
                    if let Ok(id) = key.parse() {
                        lex.hypernyms.insert(id, ids());
                    }
                }
                "d" => {
                    lex.derived.insert(key, rest.split(' ').collect());
                }
                "a" => {
                    lex.antonyms.insert(key, rest.split(' ').collect());
                }
                _ => {}
            }
        }
        lex
    }

    /// The synsets of the frequent senses of the words with this stem (empty when WordNet does
    /// not know it).
    pub fn senses(&self, stem: &str) -> &[u32] {
        self.senses.get(stem).map_or(&[], Vec::as_slice)
    }

    /// The direct hypernyms of a synset.
    pub fn hypernyms(&self, synset: u32) -> &[u32] {
        self.hypernyms.get(&synset).map_or(&[], Vec::as_slice)
    }

    /// How the words of two different stems are related, if they are.
    pub fn kinship(&self, a: &str, b: &str) -> Option<Kinship> {
        let (sa, sb) = (self.senses(a), self.senses(b));
        if sa.iter().any(|s| sb.contains(s)) {
            return Some(Kinship::Synonym);
        }
        let linked = |map: &HashMap<&str, Vec<&str>>, x: &str, y: &str| {
            map.get(x).is_some_and(|v| v.contains(&y))
        };
        if linked(&self.derived, a, b) || linked(&self.derived, b, a) {
            return Some(Kinship::Derived);
        }
        let up = |from: &[u32], to: &[u32]| -> Option<Kinship> {
            let mut level2 = Vec::new();
            for &s in from {
                for &h in self.hypernyms(s) {
                    if to.contains(&h) {
                        return Some(Kinship::Hypernym);
                    }
                    level2.extend_from_slice(self.hypernyms(h));
                }
            }
            level2
                .iter()
                .any(|h| to.contains(h))
                .then_some(Kinship::Hypernym2)
        };
        match (up(sa, sb), up(sb, sa)) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }
    }

    /// Whether WordNet calls two stems opposites ("rise" / "fall", "survive" / "die").
    pub fn antonyms(&self, a: &str, b: &str) -> bool {
        let has = |x: &str, y: &str| self.antonyms.get(x).is_some_and(|v| v.contains(&y));
        has(a, b) || has(b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::stem;

    fn kin(a: &str, b: &str) -> Option<Kinship> {
        lexicon().kinship(&stem(a), &stem(b))
    }

    #[test]
    fn synonyms_from_wordnet() {
        for (a, b) in [
            ("quake", "earthquake"),
            ("quake", "tremor"),
            ("nabbed", "arrested"),
            ("car", "automobile"),
        ] {
            assert_eq!(kin(a, b), Some(Kinship::Synonym), "{a} / {b}");
        }
    }

    #[test]
    fn kinds_and_families() {
        assert!(kin("blaze", "fire").is_some());
        assert!(kin("apologized", "apology").is_some() || stem("apologized") == stem("apology"));
        assert_eq!(kin("injure", "injury"), Some(Kinship::Derived));
        assert!(kin("hurt", "injured").is_some());
    }

    #[test]
    fn unrelated_words_are_not_kin() {
        for (a, b) in [
            ("church", "quake"),
            ("police", "banana"),
            ("tuesday", "friday"),
        ] {
            assert_eq!(kin(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn opposites() {
        assert!(lexicon().antonyms(&stem("rise"), &stem("fall")));
        assert!(!lexicon().antonyms(&stem("rise"), &stem("increase")));
    }
}
