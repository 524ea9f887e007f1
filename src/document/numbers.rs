//! Quantities in a statement, written in digits or words: "three people", "$3.4-million",
//! "1.5m", "two-million-euro", "12%", "5.15am", "the third".

use serde::Serialize;

use super::tokens::Token;

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Count,
    Money,
    Percent,
    Year,
    Ordinal,
    /// Time of day, in minutes after midnight.
    Time,
}

/// One quantity mentioned in a statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte span in the document text (the number with its currency, scale and unit words).
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub kind: QuantityKind,
    /// Currency code ("USD", "EUR", …) for money.
    pub unit: Option<&'static str>,
    /// Stems of the words after the number: what is counted ("people", "drone").
    pub context: Vec<String>,
    /// "about", "at least", "more than", "nearly" …: not an exact figure.
    pub approx: bool,
    /// "a"/"an" read as one: a weak count that only matters against a clear figure.
    pub weak: bool,
    /// The digits of a whole number too large for `value` to hold exactly (beyond 2^53),
    /// without separators or leading zeros, so that two such figures that differ in a digit
    /// are never one value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<String>,
}

impl Quantity {
    /// An age written "27-year-old" or "27 years old", or a gap of ages ("a 10-year older
    /// brother", and the slip "the 55-year older leader" for "55-year-old"): about how old
    /// someone is, never a stretch of time to set against a prison term.
    pub fn years_old(&self) -> bool {
        self.context
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "old" | "older" | "younger"))
    }

    /// The unit of length, area or weight a figure is measured in, from the first two words after
    /// it ("15,800-square-metre", "200 feet"), one name for each unit's spellings.
    pub fn measure(&self) -> Option<&'static str> {
        self.context.iter().take(2).find_map(|w| unit_of(w))
    }
}

/// The unit of length, area or weight the word `w` (a stem) names, one name for each unit's
/// spellings ("km" and "kilometers" are "kilometre").
pub fn unit_of(w: &str) -> Option<&'static str> {
    const UNITS: &[(&str, &str)] = &[
        ("kilomet", "kilometre"),
        ("km", "kilometre"),
        ("metr", "metre"),
        ("meter", "metre"),
        ("mile", "mile"),
        ("foot", "foot"),
        ("feet", "foot"),
        ("ft", "foot"),
        ("yard", "yard"),
        ("yd", "yard"),
        ("yds", "yard"),
        ("inch", "inch"),
        ("acr", "acre"),
        ("hectar", "hectare"),
        ("pound", "pound"),
        ("lb", "pound"),
        ("kilogram", "kilogram"),
        ("kg", "kilogram"),
        ("tonn", "tonne"),
    ];
    UNITS
        .iter()
        // A stem's own endings only: "football", "across" are no "foot", "acre".
        .find(|(prefix, _)| {
            w.starts_with(prefix)
                && w.len() <= prefix.len() + 2
                && (prefix.len() > 2 || w.len() == prefix.len())
        })
        .map(|(_, unit)| *unit)
}

/// The largest whole number an `f64` holds exactly, and every smaller one: 2^53.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

/// The digits of numeral `norm` when it is a whole number beyond [`EXACT_LIMIT`] written with
/// digits (and maybe thousands separators) alone.
fn exact_digits(norm: &str, value: f64) -> Option<String> {
    if value < EXACT_LIMIT || !norm.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    let digits: String = norm.chars().filter(char::is_ascii_digit).collect();
    Some(digits.trim_start_matches('0').to_string())
}

const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
];

/// Currency words after a number, and symbols before it.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("gbp", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("rupees", "INR"),
    ("dinars", "IQD"),
    ("francs", "CHF"),
    ("real", "BRL"),
    ("reais", "BRL"),
    ("ariary", "MGA"),
    ("shilling", "SHILLING"),
    ("shillings", "SHILLING"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
    ("peso", "PESO"),
    ("pesos", "PESO"),
    ("lira", "TRY"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("koruna", "CZK"),
    ("crowns", "CROWN"),
    ("leva", "BGN"),
    ("dirhams", "DIRHAM"),
    ("riyals", "RIYAL"),
    ("zloty", "PLN"),
    ("forints", "HUF"),
    ("hryvnias", "UAH"),
];
/// Longest first where one ends another ("R$" before "$").
const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("R$", "BRL"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
];

const APPROX_BEFORE: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "below",
    "within",
    "above",
    "least",
    "than",
    "to",
    "estimated",
    "dozens",
    "hundreds",
    "thousands",
];

/// Periods an ordinal names rather than counts: "third-quarter", "the first half".
const PERIODS: &[&str] = &["quarter", "half"];

fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// Parses a numeral token such as "1,500", "2.5", "1.5m", "5.15am", "10th".
/// Returns the value and the alphabetic suffix.
fn parse_numeral(norm: &str) -> Option<(f64, &str)> {
    let split = norm
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(norm.len());
    let (digits, suffix) = norm.split_at(split);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_end_matches(['.', ',']);
    // "1,500" is fifteen hundred; "1,5" (European decimal) is rare in English news.
    let value = digits.replace(',', "").parse::<f64>().ok()?;
    Some((value, suffix))
}

/// Units of length, weight and speed written glued to the figure ("70mph", "10kg", "5km"):
/// the unit is the figure's first word after it, as in "70 mph". Not "m" (a million in
/// "£10m", a metre in "the 100m"), nor the gigabytes of a product's specifications, whose
/// lists name many sizes of many models.
const GLUED_UNITS: &[&str] = &[
    "cm", "ft", "kg", "km", "kmh", "kph", "lb", "lbs", "mg", "ml", "mm", "mph",
];

/// The unit glued to the figure of the numeral `norm` ("mph" of "70mph").
pub fn glued_unit(norm: &str) -> Option<&str> {
    let (_, suffix) = parse_numeral(norm)?;
    GLUED_UNITS.contains(&suffix).then_some(suffix)
}

/// Currency abbreviations written glued to the figure: "TSh10 million", "Ar45 billion",
/// "Rs500". Longest first where one ends another.
const GLUED_CURRENCIES: &[(&str, &str)] = &[
    ("ksh", "SHILLING"),
    ("tsh", "SHILLING"),
    ("ush", "SHILLING"),
    ("ar", "MGA"),
    ("rs", "INR"),
    ("rp", "IDR"),
];

/// The currency and the figure of a token like "tsh10".
fn glued_currency(norm: &str) -> Option<(&'static str, &str)> {
    GLUED_CURRENCIES.iter().find_map(|&(prefix, code)| {
        let rest = norm.strip_prefix(prefix)?;
        rest.starts_with(|c: char| c.is_ascii_digit())
            .then_some((code, rest))
    })
}

/// The value of one numeral word, cardinal or ordinal, in figures or in letters ("12",
/// "12th", "twelve", "twelfth"), for telling two spellings of one number apart from two numbers.
pub fn word_value(norm: &str) -> Option<f64> {
    match parse_numeral(norm) {
        Some((v, "" | "st" | "nd" | "rd" | "th")) => Some(v),
        Some(_) => None,
        None => lookup(SMALL, norm).or_else(|| lookup(ORDINALS, norm)),
    }
}

/// A cheap test that rules out most words before the full parse.
fn may_start_quantity(norm: &str) -> bool {
    norm.starts_with(|c: char| c.is_ascii_digit())
        || glued_currency(norm).is_some()
        || norm == "a"
        || norm == "an"
        || lookup(SMALL, norm).is_some()
        || lookup(ORDINALS, norm).is_some()
}

/// Everything between two tokens is white space or a hyphen: they belong to one phrase.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c.is_whitespace() || c == '-' || c == '‑')
}

/// Finds the quantities among a statement's tokens.
pub fn quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_start_quantity(&tokens[i].norm) {
            i += 1;
            continue;
        }
        // "a few dozen", "several dozen": no figure at all.
        let before = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
        let vague = tokens[i].norm == "dozen" && before.is_some_and(|p| VAGUE_BEFORE.contains(&p))
            // "no one was hurt" says nobody, not one.
            || tokens[i].norm == "one" && before == Some("no");
        match quantity_at(text, tokens, i).filter(|_| !vague) {
            Some((mut q, next)) => {
                if let Some(year) = found.last().and_then(|p| season_end(text, p, &q)) {
                    q.kind = QuantityKind::Year;
                    q.value = year;
                }
                // "eight years and six months" is one span of eight and a half years.
                if let Some(prev) = found.last_mut()
                    && let Some(part) = smaller_part(text, prev, &q)
                {
                    prev.value += part;
                    // The span takes in the smaller unit's word too.
                    prev.end = tokens.get(next).map_or(q.end, |t| t.end);
                    i = next + 1;
                    continue;
                }
                found.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// The fraction that follows a whole number at token `j` ("and a half", "-1/2", " 1/2") and
/// the token after it.
fn fraction_after(text: &str, tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    if word(j) == Some("and") && matches!(word(j + 1), Some("a" | "one")) {
        let part = match word(j + 2)? {
            "half" => 0.5,
            "quarter" => 0.25,
            _ => return None,
        };
        return Some((part, j + 3));
    }
    let before = &text[tokens.get(j.checked_sub(1)?)?.end..tokens.get(j)?.start];
    let (n, d) = slashed(text, tokens, j)?;
    let (n, d) = (n.norm.parse::<f64>().ok()?, d.norm.parse::<f64>().ok()?);
    (matches!(before, "-" | " ") && n < d && d > 0.0).then_some((n / d, j + 2))
}

/// Whether the text between two tokens is a slash ("1/2", tokenised "1 / 2").
fn slash(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.end..b.start], "/" | " / ")
}

/// The two figures joined by a slash at token `j` ("1/2", tokenised "1 / 2").
fn slashed<'t>(text: &str, tokens: &'t [Token], j: usize) -> Option<(&'t Token, &'t Token)> {
    let (n, d) = (tokens.get(j)?, tokens.get(j + 1)?);
    (n.numeric && d.numeric && slash(text, n, d)).then_some((n, d))
}

/// Denominators of a fraction written alone ("1/3 inch", "3/4 mile"); others are more often a
/// date ("9/11", "12/25/2008") or a ratio.
const FRACTION_DENOMINATORS: &[u32] = &[2, 3, 4, 8, 16];

/// The fraction written at token `i` with no whole number before it ("1/3", "1 / 3" as
/// tokenised corpora set it) and the token after it; not part of a date ("12/25/2008", "3/4/2012").
fn fraction_alone(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let (n, d) = slashed(text, tokens, i)?;
    let (num, den) = (n.norm.parse::<u32>().ok()?, d.norm.parse::<u32>().ok()?);
    let in_date = tokens
        .get(i + 2)
        .is_some_and(|y| y.numeric && slash(text, d, y))
        || i.checked_sub(1)
            .is_some_and(|p| tokens[p].numeric && slash(text, &tokens[p], n));
    (num > 0 && num < den && FRACTION_DENOMINATORS.contains(&den) && !in_date)
        .then(|| (f64::from(num) / f64::from(den), i + 2))
}

/// Fraction characters and their values.
const VULGAR_FRACTIONS: &[(char, f64)] = &[
    ('\u{bd}', 0.5),
    ('\u{bc}', 0.25),
    ('\u{be}', 0.75),
    ('\u{2153}', 1.0 / 3.0),
    ('\u{2154}', 2.0 / 3.0),
];

/// Words that make the number after them vague.
const VAGUE_BEFORE: &[&str] = &["few", "several", "many", "some"];

/// The year that `q` ends when it follows the year `prev` after a dash or slash: "2023-24",
/// "2023/24" is a season, and its "24" is the year 2024, not 24 of something.
fn season_end(text: &str, prev: &Quantity, q: &Quantity) -> Option<f64> {
    let between = text.get(prev.end..q.start)?;
    let short = q.kind == QuantityKind::Count && (0.0..100.0).contains(&q.value);
    (prev.kind == QuantityKind::Year && short && matches!(between, "-" | "–" | "/"))
        .then(|| (prev.value / 100.0).floor() * 100.0 + q.value)
}

/// Time units (stems) and how many of the next smaller unit each holds. Not minutes and
/// seconds: "with 7 minutes 41 seconds to go" is a game clock, whose figures alignment matches
/// with "7:41" one by one.
const SMALLER_UNITS: &[(&str, &str, f64)] = &[
    ("year", "month", 12.0),
    ("week", "day", 7.0),
    ("day", "hour", 24.0),
    ("hour", "minut", 60.0),
];

/// What `q` adds to the span `prev` when it is its part in the next smaller unit ("eight years
/// and six months", "one hour 20 minutes", "two years, three months"), in `prev`'s unit.
fn smaller_part(text: &str, prev: &Quantity, q: &Quantity) -> Option<f64> {
    // After the larger unit's word: "years and", "hour", "years,".
    let between = text.get(prev.end..q.start)?.trim_start();
    let rest = between.trim_start_matches(char::is_alphabetic).trim();
    if !matches!(rest, "" | "and" | ",") || prev.kind != QuantityKind::Count {
        return None;
    }
    let (large, small) = (prev.context.first()?, q.context.first()?);
    let &(_, _, per) = SMALLER_UNITS
        .iter()
        .find(|(l, s, _)| large == l && small == s)?;
    (q.kind == QuantityKind::Count && prev.context.len() == 1 && q.value < per)
        .then_some(q.value / per)
}

/// A word-number run starting at `i`: "two", "twenty five", "three hundred and fifty",
/// "two million". Returns the value and the index after the run.
fn word_number(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut j = i;
    while j < tokens.len() {
        let w = tokens[j].norm.as_str();
        if j > i && !joined(text, &tokens[j - 1], &tokens[j]) {
            break;
        }
        if let Some(v) = lookup(SMALL, w) {
            current += v;
        } else if w == "hundred" && seen {
            current = current.max(1.0) * 100.0;
        } else if let Some(scale) = lookup(SCALES, w).filter(|s| seen && *s >= 1e3 && w.len() > 2) {
            total += current.max(1.0) * scale;
            current = 0.0;
        } else if w == "and"
            && seen
            && tokens
                .get(j + 1)
                .is_some_and(|t| lookup(SMALL, &t.norm).is_some())
        {
        } else {
            break;
        }
        seen = true;
        j += 1;
    }
    seen.then_some((total + current, j))
}

fn quantity_at(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let t = &tokens[i];
    let mut kind = QuantityKind::Count;
    let mut weak = false;
    let glued = glued_currency(&t.norm);
    let numeral = glued.map_or(t.norm.as_str(), |(_, rest)| rest);
    let parsed = parse_numeral(numeral).map(|(v, _)| v);
    let mut unit_glued = None;
    let (mut value, mut j) = if let Some((v, suffix)) = parse_numeral(numeral) {
        let mut v = v;
        match suffix {
            "" => {}
            "am" | "pm" if glued.is_none() => {
                kind = QuantityKind::Time;
                v = clock_minutes(&t.norm[..t.norm.len() - 2], suffix == "pm")?;
            }
            "st" | "nd" | "rd" | "th" => kind = QuantityKind::Ordinal,
            "s" => {} // "1990s"
            other if glued.is_none() && GLUED_UNITS.contains(&other) => unit_glued = Some(other),
            other => v *= lookup(SCALES, other)?,
        }
        (v, i + 1)
    } else if let Some(v) = lookup(ORDINALS, &t.norm) {
        kind = QuantityKind::Ordinal;
        (v, i + 1)
    } else if matches!(t.norm.as_str(), "a" | "an") {
        let next = tokens.get(i + 1)?;
        if next.stop || next.numeric || next.capitalised || !joined(text, t, next) {
            return None;
        }
        // "a dozen", "a million": the article is part of the numeral; before another number
        // word ("a two-million-euro grant") it is only an article.
        if let Some(scale) = lookup(SCALES, &next.norm).filter(|_| next.norm.len() > 2) {
            (scale, i + 2)
        } else if next.norm == "dozen" {
            (12.0, i + 2)
        } else if word_number(text, tokens, i + 1).is_some()
            || matches!(
                next.norm.as_str(),
                "few" | "lot" | "number" | "couple" | "series" | "wave" | "campaign" | "range"
            )
        {
            return None;
        } else if next.norm == "lone" {
            // "a lone gunman": one, said as such. Not "a single": "on a single charge", "a
            // single chip" count nothing of the story (false findings and links on ECB+).
            (1.0, i + 2)
        } else {
            weak = true;
            (1.0, i + 1)
        }
    } else {
        word_number(text, tokens, i)?
    };

    // "third-quarter", "the first half": an ordinal before a period names the period.
    if kind == QuantityKind::Ordinal
        && let Some(next) = tokens.get(j)
        && joined(text, &tokens[j - 1], next)
        && PERIODS.contains(&next.norm.as_str())
    {
        return None;
    }

    // A fraction after a whole number: "four and a half", "2-1/2", "2 1/2".
    if kind == QuantityKind::Count
        && let Some((fraction, next)) = fraction_after(text, tokens, j)
    {
        value += fraction;
        j = next;
    } else if kind == QuantityKind::Count
        && let Some((fraction, next)) = fraction_alone(text, tokens, i)
    {
        // "1/3 inch", "a 3/4 mile track": a fraction of its own, not two figures.
        value = fraction;
        j = next;
    }
    // "4½": a fraction character glued to the figure. "4\u{FFFD}": a character after the figure
    // that could not be decoded (most often such a fraction) leaves its value unknown.
    let glued_fraction = match text[tokens[j - 1].end..].chars().next() {
        Some('\u{FFFD}') if tokens[j - 1].numeric => return None,
        Some(c) if tokens[j - 1].numeric => VULGAR_FRACTIONS
            .iter()
            .find(|(f, _)| *f == c)
            .map(|&(f, v)| (f.len_utf8(), v)),
        _ => None,
    };
    if let Some((_, v)) = glued_fraction {
        value += v;
    }

    // Scale words after digits: "1.5 million", "3.4-million".
    if kind == QuantityKind::Count
        && let Some(next) = tokens.get(j)
        && joined(text, &tokens[j - 1], next)
        && let Some(scale) = lookup(SCALES, &next.norm).filter(|_| next.norm.len() > 2)
    {
        value *= scale;
        j += 1;
    }

    // Time of day: "10 a.m.", "5:15 pm", "5.15am", "at 08:30".
    if kind == QuantityKind::Count
        && let Some(minutes) =
            clock_after(text, tokens, i, j).or_else(|| clock_24(text, tokens, i, j))
    {
        kind = QuantityKind::Time;
        value = minutes.0;
        j = minutes.1;
    }

    let mut start = t.start;
    let mut end = tokens[j - 1].end + glued_fraction.map_or(0, |(len, _)| len);
    let mut unit = None;

    // Currency symbol right before the number.
    let before = text[..start].trim_end_matches(' ');
    if kind == QuantityKind::Count
        && let Some((sym, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| before.ends_with(s))
    {
        kind = QuantityKind::Money;
        unit = Some(*code);
        start = before.len() - sym.len();
    } else if let Some((code, _)) = glued.filter(|_| kind == QuantityKind::Count) {
        kind = QuantityKind::Money;
        unit = Some(code);
    }
    // Percent sign or word, currency word after it.
    let after = &text[end..];
    if kind == QuantityKind::Count && after.starts_with('%') {
        kind = QuantityKind::Percent;
        end += 1;
    } else if let Some(next) = tokens.get(j).filter(|n| joined(text, &tokens[j - 1], n)) {
        if kind == QuantityKind::Count && next.norm == "percent" {
            kind = QuantityKind::Percent;
            end = next.end;
            j += 1;
        } else if kind == QuantityKind::Count
            && next.norm == "per"
            && tokens.get(j + 1).is_some_and(|c| c.norm == "cent")
        {
            kind = QuantityKind::Percent;
            end = tokens[j + 1].end;
            j += 2;
        } else if matches!(kind, QuantityKind::Count | QuantityKind::Money)
            && let Some(code) = lookup(CURRENCY_WORDS, &next.norm)
        {
            kind = QuantityKind::Money;
            unit = Some(code);
            end = next.end;
            j += 1;
        }
    }
    if kind == QuantityKind::Count
        && !weak
        && value.fract() == 0.0
        && (1800.0..=2100.0).contains(&value)
        && t.numeric
        && !t.norm.contains(',')
    {
        kind = QuantityKind::Year;
    }

    let approx = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| APPROX_BEFORE.contains(&p.norm.as_str()));
    let mut context = context_after(text, tokens, j);
    if let Some(u) = unit_glued {
        context.insert(0, crate::document::tokens::stem(u));
    }
    // Only a figure as written: not one changed by a fraction or a scale word after it.
    let digits = (parsed == Some(value))
        .then(|| exact_digits(numeral, value))
        .flatten();
    Some((
        Quantity {
            start,
            end,
            value,
            kind,
            unit,
            context,
            approx,
            weak,
            digits,
        },
        j,
    ))
}

/// "5.15" + pm → minutes after midnight.
fn clock_minutes(digits: &str, pm: bool) -> Option<f64> {
    let (h, m) = match digits.split_once(['.', ':']) {
        Some((h, m)) => (h.parse::<f64>().ok()?, m.parse::<f64>().ok()?),
        None => (digits.parse::<f64>().ok()?, 0.0),
    };
    if !(0.0..=12.0).contains(&h) || !(0.0..60.0).contains(&m) {
        return None;
    }
    let h = if pm && h < 12.0 { h + 12.0 } else { h % 12.0 };
    Some(h * 60.0 + m)
}

/// A clock time made of the tokens from `i`: "10 a.m.", "5:15 pm", "10 pm".
fn clock_after(text: &str, tokens: &[Token], i: usize, j: usize) -> Option<(f64, usize)> {
    if j != i + 1 || !tokens[i].numeric {
        return None;
    }
    let mut digits = tokens[i].norm.clone();
    let mut k = j;
    // "5:15": the colon splits the words; tokenised corpora write "8: 30pm".
    if let Some(min) = tokens.get(k)
        && matches!(&text[tokens[i].end..min.start], ":" | ": ")
    {
        if min.numeric {
            digits = format!("{digits}:{}", min.norm);
            k += 1;
        } else if let Some((m, pm)) = (min.norm.strip_suffix("pm").map(|m| (m, true)))
            .or_else(|| min.norm.strip_suffix("am").map(|m| (m, false)))
            && m.len() == 2
            && m.bytes().all(|b| b.is_ascii_digit())
        {
            return Some((clock_minutes(&format!("{digits}:{m}"), pm)?, k + 1));
        }
    }
    let next = tokens.get(k)?;
    let gap = &text[tokens[k - 1].end..next.start];
    if !gap.trim().is_empty() {
        return None;
    }
    let pm = match next.norm.as_str() {
        "am" | "a.m" => false,
        "pm" | "p.m" => true,
        "a" | "p" if text[next.end..].starts_with(".m") || text[next.end..].starts_with(". m.") => {
            // "a.m." splits into "a" and "m"; so does "p. m.", as tokenised corpora write it.
            tokens.get(k + 1).filter(|m| m.norm == "m")?;
            return Some((clock_minutes(&digits, next.norm == "p")?, k + 2));
        }
        _ => return None,
    };
    Some((clock_minutes(&digits, pm)?, k + 1))
}

/// Words right before a time of day written on the 24-hour clock ("at 08:30", "around 13:45").
const AT_TIME: &[&str] = &[
    "at", "around", "about", "from", "until", "till", "by", "before", "after", "since",
];

/// A time of day on the 24-hour clock, from the tokens at `i`: "08:30", "13:45" after "at",
/// "around" … (`AT_TIME`), or four digits before "GMT" or "UTC" ("0737 GMT"). Only an hour
/// written with a leading zero or past 12 is read so: "with 10:03 to play" is a game clock,
/// and "at 4:30" may be either half of the day.
fn clock_24(text: &str, tokens: &[Token], i: usize, j: usize) -> Option<(f64, usize)> {
    let hour = &tokens[i];
    // "0737 GMT", "2045 UTC": four digits before the zone name a time of day.
    if j == i + 1
        && hour.norm.len() == 4
        && hour.norm.bytes().all(|b| b.is_ascii_digit())
        && let Some(zone) = tokens.get(j)
        && matches!(zone.norm.as_str(), "gmt" | "utc")
        && text[hour.end..zone.start].trim().is_empty()
    {
        let (h, m) = (
            hour.norm[..2].parse::<u32>().ok()?,
            hour.norm[2..].parse::<u32>().ok()?,
        );
        return (h < 24 && m < 60).then(|| (f64::from(h * 60 + m), j));
    }
    let minute = tokens.get(j)?;
    let after_at = (i.saturating_sub(2)..i).any(|k| AT_TIME.contains(&tokens[k].norm.as_str()));
    if j != i + 1
        || !after_at
        || &text[hour.end..minute.start] != ":"
        || hour.norm.len() != 2
        || minute.norm.len() != 2
        || !hour
            .norm
            .bytes()
            .chain(minute.norm.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (h, m) = (
        hour.norm.parse::<u32>().ok()?,
        minute.norm.parse::<u32>().ok()?,
    );
    let written_24 = hour.norm.starts_with('0') || (13..24).contains(&h);
    (written_24 && m < 60).then(|| (f64::from(h * 60 + m), j + 1))
}

/// Stems of the content words right after a quantity, up to punctuation: what is counted.
fn context_after(text: &str, tokens: &[Token], j: usize) -> Vec<String> {
    let mut context = Vec::new();
    let mut prev = j.checked_sub(1).map(|p| &tokens[p]);
    for t in tokens.iter().skip(j).take(5) {
        if let Some(p) = prev
            && !joined(text, p, t)
        {
            break;
        }
        prev = Some(t);
        if t.numeric || (t.stop && t.norm != "of") {
            break;
        }
        if t.norm != "of" {
            context.push(t.stem.clone());
        }
        if context.len() == 3 {
            break;
        }
    }
    context
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::tokenize;

    fn q(text: &str) -> Vec<(f64, QuantityKind, Option<&'static str>, String)> {
        let tokens = tokenize(text, 0, text.len());
        quantities(text, &tokens)
            .into_iter()
            .map(|q| (q.value, q.kind, q.unit, text[q.start..q.end].to_string()))
            .collect()
    }

    use QuantityKind::*;

    #[test]
    fn a_unit_glued_to_the_figure() {
        let text = "at 70mph and 10kg and £10m";
        let found = quantities(text, &tokenize(text, 0, text.len()));
        let read: Vec<(f64, Option<&str>)> = found
            .iter()
            .map(|q| {
                (
                    q.value,
                    q.measure().or(q.context.first().map(String::as_str)),
                )
            })
            .collect();
        // The unit is the first word after the figure, as in "70 mph"; "m" stays a million.
        assert_eq!(
            read,
            [(70.0, Some("mph")), (10.0, Some("kilogram")), (1e7, None)]
        );
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(
            q("three people were killed"),
            [(3.0, Count, None, "three".into())]
        );
        assert_eq!(
            q("twenty-five miners and 1,500 workers"),
            [
                (25.0, Count, None, "twenty-five".into()),
                (1500.0, Count, None, "1,500".into())
            ]
        );
        assert_eq!(
            q("three hundred and fifty homes"),
            [(350.0, Count, None, "three hundred and fifty".into())]
        );
    }

    #[test]
    fn no_one_is_no_count() {
        assert!(q("No one was injured in the fire.").is_empty());
        assert_eq!(q("One was injured in the fire.").len(), 1);
    }

    #[test]
    fn a_span_with_its_part_in_a_smaller_unit_is_one_span() {
        assert_eq!(
            q("jailed for eight years and six months"),
            [(8.5, Count, None, "eight years and six months".into())]
        );
        assert_eq!(
            q("lasted 1 hour 30 minutes"),
            [(1.5, Count, None, "1 hour 30 minutes".into())]
        );
        // Units that do not nest, a game clock, or a part as large as the unit: two figures.
        assert_eq!(q("two years and six days").len(), 2);
        assert_eq!(q("with 7 minutes 41 seconds to go").len(), 2);
        assert_eq!(q("two hours and 90 minutes").len(), 2);
        assert_eq!(q("three men and two women").len(), 2);
    }

    #[test]
    fn fractions_after_whole_numbers() {
        assert_eq!(
            q("four and a half months"),
            [(4.5, Count, None, "four and a half".into())]
        );
        assert_eq!(q("a 2-1/2 year sentence")[0].0, 2.5);
        assert_eq!(q("2 1/2 years")[0].0, 2.5);
        // Tokenised corpora set the slash apart.
        assert_eq!(q("after 4 1 / 2 hours of testimony")[0].0, 4.5);
        // A score or a date is no fraction.
        assert_eq!(q("won 3-2")[0].0, 3.0);
        // A fraction alone is one figure; a date, or "9/11", is none.
        assert_eq!(
            q("about 1/3 inch of rain fell"),
            [(1.0 / 3.0, Count, None, "1/3".into())]
        );
        assert_eq!(q("a slip rate of (1 / 3 inches / yr)").len(), 2);
        assert_eq!(q("a slip rate of (1 / 3 inches / yr)")[1].0, 1.0 / 3.0);
        assert_eq!(q("on 3/4/2012 he left").len(), 3);
        assert_eq!(q("since 9/11 the rules changed").len(), 2);
        assert_eq!(q("served 4\u{bd} months")[0].0, 4.5);
    }

    #[test]
    fn a_figure_with_an_unreadable_character_is_no_figure() {
        // "4½" decoded wrong: 4 and something.
        assert!(q("served 4\u{fffd} months in prison").is_empty());
    }

    #[test]
    fn money_written_many_ways_has_one_value() {
        for text in [
            "1.5 million dollars",
            "$1.5m",
            "$1.5 million",
            "1.5-million-dollar",
            "US$1.5 million",
        ] {
            let found = q(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, 1_500_000.0, "{text}");
            assert_eq!(found[0].1, Money, "{text}");
            assert_eq!(found[0].2, Some("USD"), "{text}");
        }
        assert_eq!(
            q("a two-million-euro grant"),
            [(2e6, Money, Some("EUR"), "two-million-euro".into())]
        );
        assert_eq!(
            q("$3.4-million deal"),
            [(3.4e6, Money, Some("USD"), "$3.4-million".into())]
        );
        // Other dollars, and currencies written glued to the figure.
        assert_eq!(q("R$6.5 billion")[0].2, Some("BRL"));
        assert_eq!(q("A$20")[0].2, Some("AUD"));
        assert_eq!(
            q("estimated at Ar45 billion"),
            [(45e9, Money, Some("MGA"), "Ar45 billion".into())]
        );
        assert_eq!(q("TSh10 million")[0].0, 1e7);
        assert_eq!(q("45 billion ariary")[0].2, Some("MGA"));
        assert_eq!(q("fined 200,000 reais")[0].2, Some("BRL"));
        // Not currencies: a word that only starts like one.
        assert!(q("the Arsenal squad").is_empty());
    }

    #[test]
    fn percent_year_time_ordinal() {
        assert_eq!(q("up 12%")[0].1, Percent);
        assert_eq!(q("12 per cent")[0].1, Percent);
        assert_eq!(q("0.11 percent")[0].0, 0.11);
        assert_eq!(q("in early 2020")[0].1, Year);
        for text in ["during the 2023-24 season", "the 2023/24 season"] {
            let found = q(text);
            assert_eq!(
                found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
                [(2023.0, Year), (2024.0, Year)],
                "{text}"
            );
        }
        assert_eq!(q("between 2012 and 18 people")[1].1, Count);
        assert_eq!(q("at 5.15am")[0], (315.0, Time, None, "5.15am".into()));
        assert_eq!(q("at 10 p.m. on")[0].0, 22.0 * 60.0);
        // As tokenised corpora write it.
        assert_eq!(
            q("at 3:30 p. m. Saturday")[0],
            (15.0 * 60.0 + 30.0, Time, None, "3:30 p. m".into())
        );
        assert_eq!(q("at 5:15 pm")[0].0, 17.0 * 60.0 + 15.0);
        // As tokenised corpora write it.
        assert_eq!(q("just after 8: 30pm Thursday")[0].0, 20.0 * 60.0 + 30.0);
        assert_eq!(q("at 8: 30 pm")[0].0, 20.0 * 60.0 + 30.0);
        assert_eq!(q("at 11: 41am")[0].1, Time);
        assert_eq!(q("at 11: 41am")[0].0, 11.0 * 60.0 + 41.0);
        // A score is no time.
        assert!(q("they won 3: 2 away").iter().all(|x| x.1 != Time));
        // The 24-hour clock, after "at" and the like: a leading zero or an hour past 12.
        assert_eq!(
            q("started at around 08:30 on Tuesday")[0],
            (8.0 * 60.0 + 30.0, Time, None, "08:30".into())
        );
        assert_eq!(q("was resolved at 21:40")[0].0, 21.0 * 60.0 + 40.0);
        assert_eq!(
            q("struck inland at 0737 GMT")[0],
            (7.0 * 60.0 + 37.0, Time, None, "0737".into())
        );
        assert_eq!(q("by 2045 GMT on Sunday")[0].1, Time);
        assert_eq!(q("in 2045 there will be")[0].1, Year);
        // A game clock, or an hour that may be either half of the day, is no time of day.
        assert!(q("with 10:03 to play").iter().all(|x| x.1 != Time));
        assert!(q("at 10:03 in the third").iter().all(|x| x.1 != Time));
        assert!(q("the score was 08:30 after").iter().all(|x| x.1 != Time));
        assert_eq!(q("the third drone")[0].1, Ordinal);
        assert_eq!(q("his 10th visit")[0].1, Ordinal);
        for text in [
            "third-quarter profit",
            "in the first half",
            "3rd-quarter sales",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", q(text));
        }
        assert_eq!(q("the second quarterback")[0].1, Ordinal);
    }

    #[test]
    fn articles_are_weak_counts() {
        let text = "with a drone carrying explosives";
        let tokens = tokenize(text, 0, text.len());
        let found = quantities(text, &tokens);
        assert_eq!(found.len(), 1);
        assert!(found[0].weak);
        assert_eq!(found[0].context[0], "drone");
        assert!(q("a few people").is_empty());
        assert!(q("a Reuters reporter").is_empty());
        assert_eq!(q("a dozen miners")[0].0, 12.0);
        assert!(q("a few dozen metres").is_empty());
        assert!(q("several dozen people").is_empty());
        assert_eq!(q("a million dollars")[0].0, 1e6);
        // One, said as such: no article.
        let text = "a lone gunman on a single charge";
        let found = quantities(text, &tokenize(text, 0, text.len()));
        assert_eq!(found.len(), 2);
        assert!(!found[0].weak);
        assert_eq!(found[0].context[0], "gunman");
        assert!(found[1].weak);
    }

    #[test]
    fn context_and_approximation() {
        let text = "at least 12 Chilean miners, officials said";
        let tokens = tokenize(text, 0, text.len());
        let found = quantities(text, &tokens);
        assert!(found[0].approx);
        assert_eq!(found[0].context, ["chilean", "miner"]);
        for text in [
            "close to 1 billion euros",
            "just under 1 billion euros",
            "nearly 900",
        ] {
            let tokens = tokenize(text, 0, text.len());
            assert!(quantities(text, &tokens)[0].approx, "{text}");
        }
    }
}
