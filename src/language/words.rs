//! Small closed word lists that more than one finder reads.

/// Words that attribute what follows to a source: "investigators said they found him
/// barricaded", "police allegations that he pointed a gun", "according to police".
pub const ATTRIBUTION: &[&str] = &[
    "according",
    "alleged",
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
