//! Small closed word lists that more than one finder reads.

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

/// Irregular past tenses of verbs news tells of.
pub const IRREGULAR_PAST: &[&str] = &[
    "arose",
    "beat",
    "began",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "drew",
    "drove",
    "dug",
    "fell",
    "felt",
    "fled",
    "flew",
    "fought",
    "forgave",
    "forgot",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hit",
    "kept",
    "knew",
    "led",
    "left",
    "lost",
    "made",
    "met",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "sang",
    "sank",
    "sat",
    "sent",
    "set",
    "shook",
    "shot",
    "slept",
    "sold",
    "sought",
    "spoke",
    "stole",
    "stood",
    "stormed",
    "struck",
    "swore",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "upheld",
    "went",
    "withdrew",
    "won",
    "wore",
    "woke",
    "wrote",
];

/// A past-tense verb: "fired", "threw".
pub fn past_tense(norm: &str) -> bool {
    (norm.len() > 3 && norm.ends_with("ed")) || IRREGULAR_PAST.contains(&norm)
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
