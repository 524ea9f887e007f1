//! Places WordNet knows (`assets/language/places.tsv`, derived by
//! `scripts/language/places.py`, read once, on first use): which names are regions —
//! countries, states, provinces, islands — and which places hold each. A region and a place
//! in it are two scales of one place ("in New Zealand" / "near the Mount Sefton hut"); a region
//! and a place WordNet puts elsewhere are two places ("in Gaza" / "near Damascus").

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../assets/language/places.tsv");

struct Place {
    region: bool,
    within: Vec<String>,
}

/// A name as names are read: hyphens split words, apostrophes go ("Guinea-Bissau").
fn key(name: &str) -> String {
    name.replace('-', " ").replace('\'', "")
}

static PLACES: LazyLock<FxHashMap<String, Place>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut fields = l.split('\t');
            let (name, kind, within) = (fields.next()?, fields.next()?, fields.next()?);
            let within = within
                .split(';')
                .filter(|w| !w.is_empty())
                .map(key)
                .collect();
            Some((
                key(name),
                Place {
                    region: kind == "r",
                    within,
                },
            ))
        })
        .collect()
});

fn place(words: &[String]) -> Option<&'static Place> {
    PLACES.get(&words.join(" "))
}

/// Whether a name (its normalised words) is the name of a region.
pub fn is_region(words: &[String]) -> bool {
    place(words).is_some_and(|p| p.region)
}

/// Whether WordNet puts the place `words` outside the region `region`: `region` is one of its
/// regions, it knows what holds the place, and the region is not among them. `false` for a
/// place it does not know.
pub fn outside(words: &[String], region: &[String]) -> bool {
    if !is_region(region) {
        return false;
    }
    let region = region.join(" ");
    place(words).is_some_and(|p| !p.within.is_empty() && !p.within.contains(&region))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn countries_and_states_not_cities() {
        for name in [
            "new zealand",
            "france",
            "texas",
            "sumatra",
            "guinea bissau",
            "wales",
        ] {
            assert!(is_region(&words(name)), "{name}");
        }
        // Cities, and names that are a city too.
        for name in ["paris", "london", "new york", "washington", "queens", ""] {
            assert!(!is_region(&words(name)), "{name}");
        }
    }

    #[test]
    fn a_place_in_a_region_or_outside_it() {
        assert!(!outside(&words("plano"), &words("texas")));
        // Either Paris: the one in France, the one in Texas.
        assert!(!outside(&words("paris"), &words("texas")));
        assert!(!outside(&words("cardiff"), &words("wales")));
        assert!(outside(&words("damascus"), &words("gaza")));
        // A place WordNet does not know may be anywhere.
        assert!(!outside(
            &words("mount sefton bivvy"),
            &words("new zealand")
        ));
    }
}
