//! Calendar words that the document reader (datelines, sentence ends after "p.m."), and
//! compare (days, dates) all need: kept once, here.

/// The days of the week, normalised.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, normalised.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Time zones news gives after a clock time ("4:30 p.m. ET").
pub const TIME_ZONES: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "aest", "ist", "hkt",
];

/// Words that tell when, relative to the report or the day: after a name they open a time, not
/// a noun the name modifies ("landfall near Miami early Sunday", "arrested in Leeds
/// yesterday").
pub const RELATIVE_TIME: &[&str] = &[
    "early",
    "earlier",
    "last",
    "late",
    "later",
    "next",
    "overnight",
    "this",
    "today",
    "tonight",
    "yesterday",
];

/// The month (0 for January) a normalised name or abbreviation of at least three letters
/// begins ("feb", "sept", "december").
pub fn month(norm: &str) -> Option<usize> {
    MONTHS
        .iter()
        .position(|m| norm.len() >= 3 && m.starts_with(norm))
}

/// Whether a normalised word is a day of the week or a month.
pub fn is_day_or_month(word: &str) -> bool {
    WEEKDAYS.contains(&word) || MONTHS.contains(&word)
}
