//! Word knowledge that alignment and compare share, one layer below both: the lexical resource
//! (WordNet synonyms, hypernyms, derivations, antonyms) and general-English word frequencies.
//! Dependencies run one way: `align` and `compare` use it; it uses neither.

pub mod calendar;
pub mod frequency;
pub mod lexicon;
pub mod words;

pub use lexicon::{Kinship, lexicon};
