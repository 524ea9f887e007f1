//! The finders, one file per kind of finding: each reads the two claims of a link and reports
//! only disagreements, each explained in one line.

pub(crate) mod actor;
pub(crate) mod cause;
/// Kind `other`: one person charged with, or convicted of, another grade of homicide.
pub(crate) mod charge;
/// Kind `other`: the colour of one thing told two ways.
pub(crate) mod colour;
pub(crate) mod court;
/// Kind `other`: what one person died of, told two ways.
pub(crate) mod death_cause;
/// Kind `other`: how one person left a post (fired or resigned), told two ways.
pub(crate) mod departure;
/// Kind `number`: a game's score at one clock time told two ways.
pub(crate) mod game_score;
pub(crate) mod hedge;
pub(crate) mod negation;
pub(crate) mod number;
/// Kind `other`: one person's outcome told two ways (in critical condition / died).
pub(crate) mod other;
pub(crate) mod person;
pub(crate) mod place;
pub(crate) mod quote;
mod slot;
pub(crate) mod spelling;
pub(crate) mod time;
#[cfg(test)]
mod time_place_tests;
/// Kind `other`: what one person was armed with, told two ways.
pub(crate) mod weapon;
/// Kind `other`: where on the body one person was hit, told two ways.
pub(crate) mod wound;
