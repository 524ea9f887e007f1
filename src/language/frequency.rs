//! How common a word is in general English: two short articles give a noisy IDF (in a
//! 15-sentence article every word is "rare"), so how informative a word is also comes from a
//! large corpus. The table (`assets/language/frequencies.tsv`, the wordfreq package's English
//! list on the Zipf scale) is derived by `scripts/language/build.py` and read once, on first use.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../assets/language/frequencies.tsv");

static ZIPF: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, z) = l.split_once('\t')?;
            Some((word, z.parse().ok()?))
        })
        .collect()
});

/// The word's frequency on the Zipf scale (log10 of its count per billion words: "the" 7.7,
/// "fire" 5.1, "quake" 3.5), for a normalised (lower-case) word; `None` for words outside the
/// 100,000 most frequent.
pub fn zipf(word: &str) -> Option<f64> {
    ZIPF.get(word).map(|&z| f64::from(z) / 10.0)
}

/// Zipf value given to words outside the table: rarer than any in it.
const UNSEEN: f64 = 1.5;

/// How much a word tells, from its general-English frequency: minus log10 of its probability,
/// from about 1.3 ("the") to 7.5 (unseen words, names).
pub fn surprise(word: &str) -> f64 {
    9.0 - zipf(word).unwrap_or(UNSEEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_tell_less() {
        assert!(surprise("the") < 1.5);
        assert!(surprise("fire") < surprise("quake"));
        assert!(surprise("quake") < surprise("zzyzxq"));
        assert_eq!(zipf("zzyzxq"), None);
    }
}
