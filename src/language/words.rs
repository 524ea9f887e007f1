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

/// Irregular past tenses of verbs news tells of.
pub const IRREGULAR_PAST: &[&str] = &[
    "beat", "began", "broke", "brought", "came", "caught", "drove", "fell", "fled", "fought",
    "found", "gave", "held", "hit", "kept", "led", "left", "lost", "made", "met", "ran", "rose",
    "sent", "set", "shot", "stormed", "struck", "threw", "took", "went", "won",
];

/// A past-tense verb: "fired", "threw".
pub fn past_tense(norm: &str) -> bool {
    (norm.len() > 3 && norm.ends_with("ed")) || IRREGULAR_PAST.contains(&norm)
}
