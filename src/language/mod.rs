//! Word knowledge that alignment and compare share, one layer below both: the lexical resource
//! (`lexicon`: WordNet synonyms, hypernyms, derivations, antonyms), general-English word
//! frequencies (`frequency`), the kinds of thing nouns name (`kinds`), places, their regions and
//! what holds them (`places`), calendar words (`calendar`), small closed word lists (`words`),
//! the groups of interchangeable news words and phrasal verbs (`synonyms`), and the
//! cross-report aliases of names (`aliases`).
//! Dependencies run one way: `align` and `compare` use it; it uses neither.

pub mod aliases;
pub mod calendar;
pub mod frequency;
pub mod kinds;
pub mod lexicon;
pub mod outcomes;
pub mod places;
pub(crate) mod synonyms;
pub mod words;

pub use lexicon::{Kinship, lexicon};
