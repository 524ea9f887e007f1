//! Small closed word lists that more than one finder reads.

/// Nouns that news counts people by and WordNet files as another kind first ("people",
/// "men", "troops", "police" a group, "individuals" a top-level entity, "residents" could be
/// "residue"), or not at all ("women", an irregular plural), for `kinds::noun_kinds`.
pub const PERSON_NOUNS: &[&str] = &[
    "crew",
    "crowd",
    "family",
    "individuals",
    "men",
    "people",
    "persons",
    "police",
    "residents",
    "staff",
    "troops",
    "women",
];

/// Words that open a noun phrase: a word after one is a quality or rank of a thing ("the
/// alleged shooter", "his first interview"), not a verb or an adverb.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your",
];

/// Words of a verb's chain of auxiliaries: "has not been", "will be", "was never".
pub const AUXILIARY_CHAIN: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    "could", "can", "may", "might", "must", "should", "not", "never",
];

/// Words that attribute what follows to a source: "investigators said they found him
/// barricaded", "police allegations that he pointed a gun", "according to police".
pub const ATTRIBUTION: &[&str] = &[
    "according",
    "allege",
    "alleged",
    "alleges",
    "alleging",
    "allegation",
    "allegations",
    "claim",
    "claimed",
    "claims",
    "contend",
    "contended",
    "contends",
    "reported",
    "say",
    "said",
    "says",
    "told",
];

/// Whether a word (normalised) attributes what follows it to a source.
pub fn attributes(word: &str) -> bool {
    ATTRIBUTION.contains(&word)
}

/// Irregular past tenses of verbs news tells of, sorted (easy to read; a test checks).
pub const IRREGULAR_PAST: &[&str] = &[
    "arose",
    "beat",
    "became",
    "began",
    "bit",
    "bled",
    "blew",
    "bore",
    "bought",
    "bound",
    "bred",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "clung",
    "crept",
    "dealt",
    "dove",
    "drank",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forbade",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hit",
    "hung",
    "kept",
    "knelt",
    "knew",
    "laid",
    "leapt",
    "led",
    "left",
    "lent",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "mistook",
    "overcame",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "set",
    "shone",
    "shook",
    "shot",
    "slept",
    "slid",
    "sold",
    "sought",
    "sped",
    "spent",
    "spoke",
    "sprang",
    "spun",
    "stole",
    "stood",
    "stormed",
    "strode",
    "strove",
    "struck",
    "stuck",
    "stung",
    "swam",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "undertook",
    "underwent",
    "upheld",
    "went",
    "wept",
    "withdrew",
    "withheld",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// `IRREGULAR_PAST` by hash: the finders test every token.
static PAST_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| IRREGULAR_PAST.iter().copied().collect());

/// A past-tense verb: "fired", "threw".
pub fn past_tense(norm: &str) -> bool {
    (norm.len() > 3 && norm.ends_with("ed")) || PAST_SET.contains(norm)
}

/// Irregular past participles: "was chosen", "has been given". Alone they are often adjectives
/// ("worn rails", "a stolen car"), so they tell an act only after a form of "be" or "have".
/// Sorted, as `IRREGULAR_PAST`.
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "arisen",
    "beaten",
    "begun",
    "bitten",
    "blown",
    "born",
    "broken",
    "chosen",
    "drawn",
    "driven",
    "eaten",
    "fallen",
    "flown",
    "forbidden",
    "forgiven",
    "forgotten",
    "frozen",
    "given",
    "gotten",
    "grown",
    "hidden",
    "known",
    "overtaken",
    "proven",
    "ridden",
    "risen",
    "seen",
    "shaken",
    "shown",
    "slain",
    "spoken",
    "stolen",
    "stricken",
    "sworn",
    "taken",
    "thrown",
    "torn",
    "undertaken",
    "withdrawn",
    "woken",
    "worn",
    "written",
];

/// Whether a word is an irregular past participle (`IRREGULAR_PARTICIPLES`).
pub fn irregular_participle(norm: &str) -> bool {
    IRREGULAR_PARTICIPLES.binary_search(&norm).is_ok()
}

/// Suffixes that make a noun of a verb: the act ("announcement", "allegation") or who does it
/// ("reporters", "downloaders").
const NOUN_SUFFIXES: &[&str] = &["ment", "tion", "sion", "er", "ers", "or", "ors"];

/// Whether a word (normalised, with its stem) is a noun made from a verb: its suffix is one the
/// stemmer removed ("announcement" → "announc", "reporters" → "report"), not part of the verb
/// itself ("comment", "mention", "answer").
pub fn noun_of_verb(norm: &str, stem: &str) -> bool {
    NOUN_SUFFIXES
        .iter()
        .any(|s| norm.ends_with(s) && !stem.ends_with(s.trim_end_matches('s')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::stem;

    #[test]
    fn verb_lists_are_sorted() {
        for list in [IRREGULAR_PAST, IRREGULAR_PARTICIPLES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn nouns_made_from_verbs() {
        for w in [
            "announcement",
            "allegation",
            "reporters",
            "downloaders",
            "reporter",
        ] {
            assert!(noun_of_verb(w, &stem(w)), "{w}");
        }
        for w in [
            "comment",
            "mention",
            "answer",
            "announced",
            "reports",
            "offer",
        ] {
            assert!(!noun_of_verb(w, &stem(w)), "{w}");
        }
    }
}
