//! What kind of thing a noun names (a person, an artifact, an act, a time …): WordNet's
//! lexicographer file of its most frequent sense, derived by `scripts/language/kinds.py` into
//! `assets/language/noun_kinds.tsv` and read once, on first use. Alignment reads it to tell
//! whether two counts count the same kind of thing ("four prior arrests" / "four bullets" do
//! not; "100 people" / "100 workers" do).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::words::PERSON_NOUNS;

const TABLE: &str = include_str!("../../assets/language/noun_kinds.tsv");

/// The bit of WordNet's noun.person, the kind of `PERSON_NOUNS`.
const PEOPLE: u32 = 1 << 18;

static KINDS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (noun, files) = l.split_once('\t')?;
            let mask = files
                .split(' ')
                .filter_map(|f| f.parse::<u32>().ok())
                .filter(|&f| f < 32)
                .fold(0, |m, f| m | 1 << f);
            Some((noun, mask))
        })
        .collect()
});

/// The kinds of thing the noun `norm` (or its singular) names, one bit each; 0 when WordNet
/// has no such noun, or it is also an adjective or adverb ("full", "prior"). The nouns of
/// `PERSON_NOUNS` are people whatever WordNet's first sense of them ("people" is a group,
/// "individual" a top-level entity, "residents" could be "residue").
pub fn noun_kinds(norm: &str) -> u32 {
    if PERSON_NOUNS.contains(&norm) {
        return PEOPLE;
    }
    if let Some(&kinds) = KINDS.get(norm) {
        return kinds;
    }
    // Alignment asks for every count's nouns: a singular is spelt out only when needed.
    if let Some(&kinds) = norm
        .strip_suffix("ies")
        .and_then(|w| KINDS.get(format!("{w}y").as_str()))
    {
        return kinds;
    }
    [norm.strip_suffix("es"), norm.strip_suffix('s')]
        .into_iter()
        .flatten()
        .find_map(|w| KINDS.get(w).copied())
        .unwrap_or(0)
}

/// Whether `norm` is a noun of a person ("suspect", "victims").
pub fn names_person(norm: &str) -> bool {
    noun_kinds(norm) & PEOPLE != 0
}

/// Whether `norm` is a noun WordNet knows that names no person ("results", "test"): a thing,
/// an act, a time, a place …
pub fn names_no_person(norm: &str) -> bool {
    let kinds = noun_kinds(norm);
    kinds != 0 && kinds & PEOPLE == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_of_no_person_is_known_and_not_a_person() {
        assert!(names_no_person("results"));
        assert!(names_no_person("test"));
        assert!(!names_no_person("driver"));
        assert!(!names_no_person("workers"));
        // Unknown words may be anyone's names.
        assert!(!names_no_person("williams"));
    }

    #[test]
    fn nouns_of_people_are_one_kind() {
        for word in [
            "people",
            "workers",
            "individuals",
            "residents",
            "wives",
            "children",
            "men",
            "women",
            "troops",
            "police",
            "crew",
            "soldiers",
        ] {
            assert_eq!(noun_kinds(word), PEOPLE, "{word}");
        }
    }

    #[test]
    fn other_nouns_name_other_kinds() {
        assert_ne!(noun_kinds("arrests"), 0);
        assert_eq!(noun_kinds("arrests") & noun_kinds("bullets"), 0);
        assert_eq!(noun_kinds("hours"), noun_kinds("years"));
        // Of a word form, not a stem: "buildings" are what "houses" are, "build" is not.
        assert_eq!(noun_kinds("buildings"), noun_kinds("houses"));
        assert_eq!(noun_kinds("cities"), noun_kinds("city"));
        // Adjectives and unknown words name no kind.
        for word in ["full", "prior", "xyzzy"] {
            assert_eq!(noun_kinds(word), 0, "{word}");
        }
    }
}
