//! WordNet, reduced to what alignment and compare ask of it: which words of two reports name
//! one thing (synonyms: "quake" / "tremor", "nabbed" / "arrested"), a kind of the other
//! ("blaze" / "fire", "supermarket" / "store"), one family ("apologize" / "apology") or
//! opposites ("rose" / "fell"). Keyed by Snowball stem, as statements' tokens are.
//!
//! The table (`assets/language/wordnet.tsv`) is derived from Debian's `wordnet-base` by
//! `scripts/language/build.py`, ships inside the binary and is read once, on first use.

use rustc_hash::FxHashMap;
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

/// What WordNet relates one stem to: its senses, their hypernyms one and two steps up, and the
/// stems derived from it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kin {
    pub senses: Synsets,
    pub up1: Synsets,
    pub up2: Synsets,
    pub derived: Vec<&'static str>,
    /// One bit for the stem itself and one per derived stem (by a hash modulo 64): a derived
    /// list is searched only when the other stem's bit is in it.
    stem_bit: u64,
    derived_mask: u64,
}

/// Sorted synset ids, with one bit per synset (by its id modulo 256): two sets whose masks do
/// not meet share no synset, which spares most comparisons (64 bits were too few: a common
/// word's hypernyms filled most of them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Synsets {
    ids: Vec<u32>,
    mask: [u64; 4],
}

impl Synsets {
    fn new(mut ids: Vec<u32>) -> Synsets {
        ids.sort_unstable();
        ids.dedup();
        let mut mask = [0; 4];
        for &id in &ids {
            mask[(id as usize / 64) % 4] |= 1 << (id % 64);
        }
        Synsets { ids, mask }
    }

    /// Whether the two share a synset.
    fn meets(&self, other: &Synsets) -> bool {
        self.mask.iter().zip(&other.mask).any(|(x, y)| x & y != 0) && meet(&self.ids, &other.ids)
    }
}

/// The bit of a stem in a derived mask (FNV-1a modulo 64).
fn stem_bit(stem: &str) -> u64 {
    let h = stem.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    1 << (h % 64)
}

impl Kin {
    /// How the stems of `self` (`a`) and `other` (`b`) are related, as `Lexicon::kinship` says.
    pub fn kinship(&self, a: &str, other: &Kin, b: &str) -> Option<Kinship> {
        let derived = || {
            (self.derived_mask & other.stem_bit != 0 && self.derived.contains(&b))
                || (other.derived_mask & self.stem_bit != 0 && other.derived.contains(&a))
        };
        if self.senses.meets(&other.senses) {
            return Some(Kinship::Synonym);
        }
        if derived() {
            return Some(Kinship::Derived);
        }
        if self.up1.meets(&other.senses) || other.up1.meets(&self.senses) {
            return Some(Kinship::Hypernym);
        }
        (self.up2.meets(&other.senses) || other.up2.meets(&self.senses))
            .then_some(Kinship::Hypernym2)
    }
}

/// Whether two sorted lists share an element.
fn meet(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The reduced WordNet: senses of each stem, hypernyms of each synset, derivational links and
/// antonyms between stems.
#[derive(Debug, Default)]
pub struct Lexicon {
    senses: FxHashMap<&'static str, Vec<u32>>,
    hypernyms: FxHashMap<u32, Vec<u32>>,
    derived: FxHashMap<&'static str, Vec<&'static str>>,
    antonyms: FxHashMap<&'static str, Vec<&'static str>>,
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

    /// Everything WordNet relates a stem to, gathered once so that two stems are compared
    /// without look-ups (`Kin::kinship`).
    pub fn kin(&self, stem: &str) -> Kin {
        let senses = Synsets::new(self.senses(stem).to_vec());
        let up = |from: &Synsets| {
            Synsets::new(
                (from.ids.iter())
                    .flat_map(|&s| self.hypernyms(s))
                    .copied()
                    .collect(),
            )
        };
        let up1 = up(&senses);
        let up2 = up(&up1);
        let derived = self.derived.get(stem).cloned().unwrap_or_default();
        Kin {
            stem_bit: stem_bit(stem),
            derived_mask: derived.iter().fold(0, |m, d| m | stem_bit(d)),
            senses,
            up1,
            up2,
            derived,
        }
    }

    /// Whether WordNet relates this stem to any other (it has senses or derivations): a stem it
    /// does not know is kin to nothing, which spares the look-ups.
    pub fn knows(&self, stem: &str) -> bool {
        self.senses.contains_key(stem) || self.derived.contains_key(stem)
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
        let linked = |map: &FxHashMap<&str, Vec<&str>>, x: &str, y: &str| {
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
    /// The stems the table gives as antonyms of `a` (`antonyms` asks both ways).
    pub fn antonyms_of(&self, a: &str) -> &[&'static str] {
        self.antonyms.get(a).map_or(&[], Vec::as_slice)
    }

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
    fn gathered_kin_says_what_the_lexicon_says() {
        let words = [
            "quake", "tremor", "blaze", "fire", "injure", "injury", "church", "banana",
        ];
        for a in words {
            for b in words {
                let (sa, sb) = (stem(a), stem(b));
                if sa == sb {
                    continue;
                }
                let (ka, kb) = (lexicon().kin(&sa), lexicon().kin(&sb));
                assert_eq!(
                    ka.kinship(&sa, &kb, &sb),
                    lexicon().kinship(&sa, &sb),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn opposites() {
        assert!(lexicon().antonyms(&stem("rise"), &stem("fall")));
        assert!(!lexicon().antonyms(&stem("rise"), &stem("increase")));
    }
}
