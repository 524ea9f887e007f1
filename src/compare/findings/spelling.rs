//! Spelling findings: one name written two ways ("Catherine Gomes" / "Katherine Gomes",
//! "Kazemi" / "Kadhimi", "Jeffrey" / "Jeffery"). A fact-checker wants to
//! see it, but a transliteration or a variant spelling of one name is no contradiction: the
//! finding never makes a conflict by itself (`relation`).
//!
//! Two words of names, one in each claim, are one name spelt two ways when each report never
//! writes the other's spelling, they are a few edits apart in words of five letters or more,
//! they are not one word with two endings ("Russian" / "Russians"), and WordNet does not know
//! both ("Austria" / "Australia").

use rustc_hash::FxHashSet;

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::tokens::stem;
use crate::document::{Document, Span};
use crate::language::lexicon;

/// The words (normalised) a report writes anywhere: a spelling the other report also writes is
/// not that report's spelling of the name.
pub(crate) struct Vocabulary(FxHashSet<String>);

impl Vocabulary {
    pub fn new(doc: &Document) -> Vocabulary {
        let words = doc.statements.iter().flat_map(|s| &s.tokens);
        Vocabulary(words.map(|t| t.norm.clone()).collect())
    }
}

/// Shortest word whose variants are compared: short names differ by one letter and are other
/// names ("Gary" / "Gray", "Iran" / "Iraq").
const MIN_LETTERS: usize = 5;
/// Most edits (insertion, deletion, substitution, transposition) between two spellings: a
/// transliteration may take three ("Kazemi" / "Kadhimi"), but not three letters more
/// ("Tehuacan" / "Teotihuacan" are two towns).
const MAX_EDITS: usize = 3;

fn variant(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a == b || la.min(lb) < MIN_LETTERS || la.abs_diff(lb) >= MAX_EDITS {
        return false;
    }
    // Edits in fewer than half the letters of the longer word: more make it another word
    // ("Robyn" / "Robert").
    let edits = strsim::osa_distance(a, b);
    if edits > MAX_EDITS || edits * 2 >= la.max(lb) {
        return false;
    }
    // The same first letter, or only the first letter differs ("Catherine" / "Katherine"):
    // "Awsat" / "Wasat" are two newspapers.
    let (mut ca, mut cb) = (a.chars(), b.chars());
    if ca.next() != cb.next() && ca.as_str() != cb.as_str() {
        return false;
    }
    // One word with two endings is another form of it, not another spelling: "Russian" /
    // "Russians", "Crimea" / "Crimean", "County" / "Counties", "Netherlander" / "Netherlands".
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let ending = |w: &str| w.chars().skip(common).collect::<String>();
    if ENDINGS.contains(&ending(a).as_str()) && ENDINGS.contains(&ending(b).as_str()) {
        return false;
    }
    // Words WordNet knows both of are two words ("Austria" / "Australia"), or forms of one.
    let lex = lexicon();
    !(lex.knows(&stem(a)) && lex.knows(&stem(b)))
}

/// Endings of English word forms: plurals, demonyms, derivations.
const ENDINGS: &[&str] = &[
    "", "d", "e", "ed", "er", "ers", "es", "ese", "ian", "ians", "ies", "ing", "n", "an", "ans",
    "r", "s", "y",
];

/// Where a word stands in a name of several words: last (a family name) or not (a given
/// name); `None` in a name of one word.
type Place = Option<bool>;

/// The name words of a claim with their token spans and places, alphabetic ones only.
fn name_words<'a>(c: &Claim<'a>) -> impl Iterator<Item = (&'a str, Span, Place)> {
    (0..c.tokens.len())
        .filter_map(|i| c.name_at(i).map(|n| (c.tokens[i], n)))
        .filter(|(t, _)| !t.stop && t.norm.chars().all(char::is_alphabetic))
        .map(|(t, n)| {
            let place = (n.words.len() > 1).then(|| n.words.last() == Some(&t.norm));
            (t.norm.as_str(), Span::new(t.start, t.end), place)
        })
}

/// "Marvin Harrison" / "Peyton Manning": a given name and a family name are two names, however
/// alike.
fn same_place(a: Place, b: Place) -> bool {
    a.zip(b).is_none_or(|(x, y)| x == y)
}

pub(crate) fn findings(left: &Claim, right: &Claim, [lv, rv]: [&Vocabulary; 2]) -> Vec<Finding> {
    let theirs: Vec<(&str, Span, Place)> = name_words(right)
        .filter(|(w, _, _)| !lv.0.contains(*w))
        .collect();
    let mut out: Vec<Finding> = Vec::new();
    for (a, la, pa) in name_words(left).filter(|(w, _, _)| !rv.0.contains(*w)) {
        let Some(&(_, ra, _)) = theirs
            .iter()
            .find(|(b, _, pb)| same_place(pa, *pb) && variant(a, b))
        else {
            continue;
        };
        if out
            .iter()
            .any(|f| f.right == Some(ra) || f.left == Some(la))
        {
            continue;
        }
        out.push(Finding::between(
            FindingKind::Spelling,
            la,
            ra,
            format!(
                "name spelt two ways: {} vs {} (a spelling, not by itself a contradiction)",
                left.text(la),
                right.text(ra)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(a: &str, b: &str) -> Vec<String> {
        let l = Document::parse("left", a).expect("a report");
        let r = Document::parse("right", b).expect("a report");
        let (cl, cr) = (
            Claim::new(&l, &(0..l.statements.len()).collect::<Vec<_>>()),
            Claim::new(&r, &(0..r.statements.len()).collect::<Vec<_>>()),
        );
        let vocabulary = [&Vocabulary::new(&l), &Vocabulary::new(&r)];
        findings(&cl, &cr, vocabulary)
            .into_iter()
            .map(|f| f.note)
            .collect()
    }

    #[test]
    fn one_name_spelt_two_ways() {
        for (a, b, note) in [
            (
                "The bodies of Catherine Gomes, 61, were found by police.",
                "The body of Katherine Gomes, 61, was discovered on Tuesday.",
                "Catherine vs Katherine",
            ),
            (
                "Prime Minister Kazemi said the talks would go on.",
                "Prime Minister Kadhimi said talks would continue.",
                "Kazemi vs Kadhimi",
            ),
            (
                "General Jeffrey said he would donate his pension.",
                "Maj-Gen Jeffery said he would give his pension to charity.",
                "Jeffrey vs Jeffery",
            ),
            (
                "Mohamed Morsi was sworn in as president.",
                "Mursi was sworn in as Egyptian president.",
                "Morsi vs Mursi",
            ),
        ] {
            assert_eq!(
                notes(a, b),
                [format!(
                    "name spelt two ways: {note} (a spelling, not by itself a contradiction)"
                )]
            );
        }
    }

    #[test]
    fn other_names_are_no_spelling() {
        for (a, b) in [
            // Words WordNet knows apart are two places.
            (
                "The minister flew to Austria on Monday.",
                "The minister flew to Australia on Monday.",
            ),
            // Short names one letter apart are other names.
            ("Gary Gomes was arrested.", "Gray Gomes was arrested."),
            // Both spellings in one report: the other is not that report's spelling.
            (
                "Catherine Gomes, 61, was found. Her sister Katherine was away.",
                "Katherine Gomes, 61, was found.",
            ),
            // Far apart.
            ("Robyn Mendes was found.", "Robert Mendes was found."),
            // A word and its derivative; two names that only share letters.
            ("Leaders of Europe met.", "European leaders met."),
            ("He told Asharq Al-Awsat so.", "He told Al-Wasat so."),
            // One word with two endings.
            (
                "Russians rally for the Church.",
                "The Russian Orthodox Church rallies.",
            ),
            (
                "Counties with declines are Posey and Madison.",
                "Madison County will decline.",
            ),
            (
                "Troops entered the base in Crimea.",
                "Crimean forces entered the base.",
            ),
            // Three letters more is another name.
            ("East of here is Tehuacan.", "West of here is Teotihuacan."),
            // A given name and a family name.
            (
                "Marvin Harrison did not play on Thursday.",
                "Peyton Manning played on Thursday.",
            ),
        ] {
            assert!(notes(a, b).is_empty(), "{a} / {b}");
        }
    }
}
