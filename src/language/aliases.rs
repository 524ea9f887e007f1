//! Cross-report aliases of names: full name and short name ("Mustafa al-Kazemi" / "Kazemi"),
//! acronyms ("Popular Mobilization Forces" / "PMF"), spelling variants (folded by the token
//! norms: "Asa'ib" = "Asaib"), a title standing for the one person the reports give it to
//! ("the Prime Minister" = "Prime Minister Mustafa al-Kazemi"), and affiliations written in the
//! text ("Asa'ib Ahl al-Haq leader Qais al-Khazali": a leader and his group are not two
//! different actors).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use crate::document::{Document, Statement};

/// Words of a title or a role, not of a name: stripped from a name's key.
const ROLES: &[&str] = &[
    "adm",
    "ambassador",
    "attorney",
    "atty",
    "ayatollah",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "cleric",
    "defence",
    "defense",
    "director",
    "dist",
    "dr",
    "emir",
    "envoy",
    "foreign",
    "former",
    "founder",
    "gov",
    "governor",
    "head",
    "imam",
    "interior",
    "judge",
    "king",
    "leader",
    "mayor",
    "member",
    "minister",
    "mr",
    "mrs",
    "ms",
    "official",
    "pm",
    "prefect",
    "premier",
    "president",
    "prime",
    "prince",
    "prof",
    "prosecutor",
    "queen",
    "rep",
    "representative",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sheikh",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Ranks of the police and the military: titles too, and their holder speaks for the service
/// ("Sgt. Marty Earley" / "police").
const RANKS: &[&str] = &[
    "capt",
    "captain",
    "chief",
    "cmdr",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "const",
    "constable",
    "corporal",
    "cpl",
    "cst",
    "deputy",
    "det",
    "detective",
    "gen",
    "general",
    "insp",
    "inspector",
    "lieutenant",
    "lt",
    "maj",
    "marshal",
    "sergeant",
    "sgt",
    "sheriff",
    "superintendent",
    "supt",
    "trooper",
];

/// Words inside names that are not part of their key.
const PARTICLES: &[&str] = &[
    "al", "el", "the", "of", "de", "la", "and", "for", "los", "las", "le", "les", "del", "du",
];

/// Legal forms of companies: "TallGrass Distribution Ltd" is "Tall Grass Distribution
/// Limited".
const LEGAL_FORMS: &[&str] = &[
    "co",
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "llc",
    "ltd",
    "limited",
    "plc",
];

/// Words that may stand between a person's name and their group's ("spokesperson for the X,
/// known as Y").
const FILLERS: &[&str] = &[
    "the", "of", "for", "known", "as", "named", "called", "a", "an", "its", "his", "her", "their",
    "new", "acting", "interim",
];

pub fn is_role(norm: &str) -> bool {
    ROLE_SET.contains(norm) || is_rank(norm)
}

pub fn is_rank(norm: &str) -> bool {
    RANK_SET.contains(norm)
}

/// `ROLES` and `RANKS` by hash: every word of every name pair matched is tested.
static ROLE_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| ROLES.iter().copied().collect());
static RANK_SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| RANKS.iter().copied().collect());

/// The identifying words of a name: no particles, no titles. Empty for a bare title.
pub fn key(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .map(String::as_str)
        .filter(|w| !PARTICLES.contains(w) && !LEGAL_FORMS.contains(w) && !is_role(w))
        .collect()
}

/// The title words of a name, joined: "prime minister".
fn title(words: &[String]) -> String {
    words
        .iter()
        .map(String::as_str)
        .filter(|w| is_role(w) && *w != "former")
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn initials(words: &[&str]) -> String {
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// The ways an acronym may spell the first `n` words: their initials, or with a two-letter
/// word whole ("USGS" = US Geological Survey, as "U. S. Geological Survey" is "usgs" by
/// initials).
fn acronyms(words: &[&str]) -> [String; 2] {
    let whole = words
        .iter()
        .map(|w| {
            if w.chars().count() == 2 {
                w
            } else {
                &w[..w.chars().next().map_or(0, char::len_utf8)]
            }
        })
        .collect();
    [initials(words), whole]
}

/// Whether two keys name the same entity, by the rules of the module documentation.
fn same_key(a: &[&str], b: &[&str]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let same = |x: &[&str], y: &[&str]| {
        x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_word(p, q))
    };
    // "TallGrass" / "Tall Grass": one name written with and without a space.
    if same(a, b) || (a.len() != b.len() && same_letters(a, b)) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 {
        let w = short[0];
        let n = w.chars().count();
        // "PMF" = Popular Mobilization Forces; "US" = United States (government).
        let acronym =
            n >= 2 && (1..=long.len()).any(|k| acronyms(&long[..k]).iter().any(|a| a == w));
        return long.first().is_some_and(|f| same_word(f, w))
            || long.last().is_some_and(|l| same_word(l, w))
            || acronym;
    }
    long.windows(short.len()).any(|win| same(win, short))
}

/// Whether two keys are the same letters, spaced differently: "tallgrass" / "tall grass".
/// Compared letter by letter, without building the joined strings (see `one_edit`).
fn same_letters(a: &[&str], b: &[&str]) -> bool {
    a.iter()
        .flat_map(|w| w.chars())
        .eq(b.iter().flat_map(|w| w.chars()))
}

/// Two words of names that are one word spelt two ways: "Jeffrey" / "Jeffery", "Guangdong" /
/// "Guandong" (transliterations; one edit in a long word).
fn same_word(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 5 && b.len() >= 5 && one_edit(a, b))
}

/// Whether two different words are one insertion, deletion, substitution or transposition of
/// neighbours apart (`strsim::osa_distance(a, b) == 1`), in one pass without allocating: name
/// words meet millions of times on large reports, and most differ in length or first letters.
fn one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let room = la.min(lb) - prefix;
    let suffix = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count();
    match (la - prefix - suffix, lb - prefix - suffix) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => {
            let mid = |w: &str| {
                let mut c = w.chars().skip(prefix);
                (c.next(), c.next())
            };
            let ((a1, a2), (b1, b2)) = (mid(a), mid(b));
            a1 == b2 && a2 == b1
        }
        _ => false,
    }
}

fn as_strs(words: &[String]) -> Vec<&str> {
    words.iter().map(String::as_str).collect()
}

/// Aliases learnt from the two reports of a comparison.
#[derive(Debug, Default, Clone)]
pub struct Aliases {
    /// A title ("prime minister") and the keys of the people the reports give it to.
    titles: FxHashMap<String, Vec<Vec<String>>>,
    /// `titles` by person: by the last word of the person's key ("Genesee County Sheriff
    /// Robert J Pickell": "pickell" -> the key and "sheriff"), the name a report uses after
    /// the first mention.
    people: FxHashMap<String, Vec<(Vec<String>, String)>>,
    /// Pairs of names written as member and group ("X leader Y", "Y, spokesman of X").
    affiliations: Vec<(Vec<String>, Vec<String>)>,
    /// Hardening (issue 15): the affiliations by every signature of their two keys
    /// (`signatures`), so that `related` tests only those that can match instead of walking
    /// them all for every pair of names (8,000 learnt pairings made a comparison quadratic).
    by_signature: FxHashMap<String, Vec<u32>>,
}

/// Strings that two keys for which `same_key` holds always have in common: their words; each
/// word of five or more bytes with one character deleted (two words one edit apart share one:
/// the symmetric-deletion trick); and the initials of each first two or more words (an
/// acronym's only word is among the other key's words, see `acronyms`). A superset test:
/// `same_key` decides.
fn signatures(key: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in key {
        out.push(w.to_string());
        if w.len() >= 5 {
            for (at, c) in w.char_indices() {
                out.push(format!("{}{}", &w[..at], &w[at + c.len_utf8()..]));
            }
        }
    }
    // Names written with and without a space (`same_key`) share their letters.
    out.push(key.concat());
    for n in 1..=key.len() {
        out.extend(
            acronyms(&key[..n])
                .into_iter()
                .filter(|a| a.chars().count() >= 2),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl Aliases {
    pub fn build(docs: &[&Document]) -> Aliases {
        let mut aliases = Aliases::default();
        for doc in docs {
            for s in &doc.statements {
                aliases.learn(s, &doc.text);
            }
        }
        for people in aliases.titles.values_mut() {
            people.sort();
            people.dedup();
        }
        // The same titles by person, for `titles_of`.
        for (title, people) in &aliases.titles {
            for person in people {
                if let Some(family) = person.last() {
                    (aliases.people.entry(family.clone()).or_default())
                        .push((person.clone(), title.clone()));
                }
            }
        }
        aliases.affiliations.sort();
        aliases.affiliations.dedup();
        for (n, (x, y)) in aliases.affiliations.iter().enumerate() {
            let mut sigs = signatures(&as_strs(x));
            sigs.extend(signatures(&as_strs(y)));
            sigs.sort_unstable();
            sigs.dedup();
            for sig in sigs {
                aliases.by_signature.entry(sig).or_default().push(n as u32);
            }
        }
        aliases
    }

    fn learn(&mut self, s: &Statement, text: &str) {
        for (n, name) in s.names.iter().enumerate() {
            // "Sheriff Robert J. Pickell": the name cut at an initial goes on after it.
            let mut words = name.words.clone();
            if let Some(next) = s.names.get(n + 1)
                && name.words.last().is_some_and(|w| w.chars().count() == 1)
                && next.start <= name.end + 2
            {
                words.extend(next.words.iter().cloned());
            }
            let t = title(&words);
            let k = key(&words);
            // "Prime Minister Mustafa al-Kazemi": the title comes first, the person after it.
            if !t.is_empty() && !k.is_empty() && words.last().is_some_and(|w| !is_role(w)) {
                let person = k.iter().map(|w| w.to_string()).collect();
                self.titles.entry(t).or_default().push(person);
            }
        }
        for pair in s.names.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let between: Vec<&str> = s
                .tokens
                .iter()
                .filter(|t| t.start >= a.end && t.end <= b.start)
                .map(|t| t.norm.as_str())
                .collect();
            let before: Vec<&str> = s
                .tokens
                .iter()
                .filter(|t| t.end <= a.start)
                .rev()
                .take(3)
                .map(|t| t.norm.as_str())
                .collect();
            // "Hector Ruiz, chairman and chief executive of AMD": titles joined by "and".
            let only_fillers = between.len() <= 6
                && between.iter().enumerate().all(|(i, w)| {
                    is_role(w)
                        || FILLERS.contains(w)
                        || *w == "s"
                        || (*w == "and" && i > 0 && is_role(between[i - 1]))
                });
            // "Hector Ruiz, AMD's chief executive": the title may follow the second name.
            // Read only when the other tests fail: most pairs of names are settled before it.
            let titled_after = || {
                crate::document::tokens::possessive(&text[b.start..b.end])
                    && s.tokens
                        .iter()
                        .skip_while(|t| t.start < b.end)
                        .take(3)
                        .map(|t| t.norm.as_str())
                        .take_while(|w| is_role(w) || FILLERS.contains(w) || *w == "s")
                        .any(is_role)
            };
            // "Acme's new CEO Rory Read": the title may open the second name.
            let role = between.iter().any(|w| is_role(w))
                || a.words.iter().any(|w| is_role(w))
                || b.words.first().is_some_and(|w| is_role(w))
                || before
                    .iter()
                    .take_while(|w| is_role(w) || FILLERS.contains(w))
                    .any(|w| is_role(w))
                || titled_after();
            let (ka, kb) = (key(&a.words), key(&b.words));
            if only_fillers && role && !ka.is_empty() && !kb.is_empty() {
                let own = |k: Vec<&str>| k.into_iter().map(str::to_string).collect();
                self.affiliations.push((own(ka), own(kb)));
            }
        }
    }

    /// The key of a name, or for a bare title the key of the one person it stands for.
    fn resolve<'w>(&'w self, words: &'w [String]) -> Vec<&'w str> {
        let k = key(words);
        if !k.is_empty() {
            return k;
        }
        match self.titles.get(&title(words)).map(Vec::as_slice) {
            Some([one]) => one.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The two names are one entity (alias, short form, acronym, title of the person).
    pub fn same(&self, a: &[String], b: &[String]) -> bool {
        let (ka, kb) = (self.resolve(a), self.resolve(b));
        if ka.is_empty() && kb.is_empty() {
            let (ta, tb) = (title(a), title(b));
            return !ta.is_empty() && ta == tb;
        }
        same_key(&ka, &kb)
    }

    /// The title words the reports give the person `words` names, anywhere: "Pickell said"
    /// after "Genesee County Sheriff Robert J Pickell" gives "sheriff".
    pub fn titles_of(&self, words: &[String]) -> Vec<&str> {
        let k = key(words);
        let mut out: Vec<&str> = k
            .last()
            .and_then(|w| self.people.get(*w))
            .into_iter()
            .flatten()
            .filter(|(person, _)| same_key(&k, &as_strs(person)))
            .flat_map(|(_, title)| title.split(' '))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The same entity, or a member and its group as the reports write them.
    pub fn related(&self, a: &[String], b: &[String]) -> bool {
        if self.same(a, b) {
            return true;
        }
        let (ka, kb) = (self.resolve(a), self.resolve(b));
        // Only the affiliations that share a signature with both names can match (see
        // `signatures`); `same_key` decides, as it did when every affiliation was tested.
        let candidates = |k: &[&str]| {
            let mut c: Vec<u32> = signatures(k)
                .iter()
                .filter_map(|s| self.by_signature.get(s))
                .flatten()
                .copied()
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        };
        let (ca, cb) = (candidates(&ka), candidates(&kb));
        ca.iter().filter(|n| cb.binary_search(n).is_ok()).any(|&n| {
            let (x, y) = &self.affiliations[n as usize];
            let (kx, ky) = (as_strs(x), as_strs(y));
            (same_key(&ka, &kx) && same_key(&kb, &ky)) || (same_key(&ka, &ky) && same_key(&kb, &kx))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn one_edit_is_osa_distance_one() {
        let words = [
            "jeffrey",
            "jeffery",
            "jefrey",
            "jeffreys",
            "guangdong",
            "guandong",
            "kazemi",
            "kadhimi",
            "khazali",
            "kazemí",
            "abcde",
            "bacde",
            "abced",
            "abdce",
            "aabcde",
            "ab",
            "ba",
            "a",
            "",
            "éclair",
            "eclair",
            "ecliar",
        ];
        for a in words {
            for b in words {
                let want = strsim::osa_distance(a, b) == 1;
                assert_eq!(one_edit(a, b), want, "{a} / {b}");
            }
        }
    }

    proptest::proptest! {
        /// The signature index (hardening, issue 15) finds every affiliation that the walk over
        /// all of them found.
        #[test]
        fn indexed_related_agrees_with_the_walk(
            pairs in proptest::collection::vec(
                ("(kazemi|kazemy|khazali|abcde|bacde|pmf|us|u) ?(popular|asaib|mobilization)? ?(forces|haq)?",
                 "(kazemi|kazemy|khazali|abcde|bacde|pmf|us|u) ?(popular|asaib|mobilization)? ?(forces|haq)?"),
                0..8),
            a in "(kazemi|kazemy|khazali|bacde|pmf|us|mf) ?(popular|asaib|mobilisation)? ?(forces|haq)?",
            b in "(kazemi|kazemy|khazali|bacde|pmf|us|mf) ?(popular|asaib|mobilisation)? ?(forces|haq)?",
        ) {
            let mut aliases = Aliases::default();
            for (x, y) in &pairs {
                let (x, y) = (words(x), words(y));
                let (kx, ky) = (key(&x), key(&y));
                if !kx.is_empty() && !ky.is_empty() {
                    aliases.affiliations.push((
                        kx.iter().map(|w| w.to_string()).collect(),
                        ky.iter().map(|w| w.to_string()).collect(),
                    ));
                }
            }
            aliases.affiliations.sort();
            aliases.affiliations.dedup();
            for (n, (x, y)) in aliases.affiliations.iter().enumerate() {
                for sig in signatures(&as_strs(x)).into_iter().chain(signatures(&as_strs(y))) {
                    let at = aliases.by_signature.entry(sig).or_default();
                    if at.last() != Some(&(n as u32)) {
                        at.push(n as u32);
                    }
                }
            }
            let (a, b) = (words(&a), words(&b));
            let (ka, kb) = (aliases.resolve(&a), aliases.resolve(&b));
            let walk = aliases.same(&a, &b)
                || aliases.affiliations.iter().any(|(x, y)| {
                    let (kx, ky) = (as_strs(x), as_strs(y));
                    (same_key(&ka, &kx) && same_key(&kb, &ky))
                        || (same_key(&ka, &ky) && same_key(&kb, &kx))
                });
            proptest::prop_assert_eq!(aliases.related(&a, &b), walk);
        }

        #[test]
        fn one_edit_agrees_with_strsim(a in "[abé]{0,6}", b in "[abé]{0,6}") {
            proptest::prop_assert_eq!(one_edit(&a, &b), strsim::osa_distance(&a, &b) == 1);
        }
    }

    #[test]
    fn roles_are_sorted() {
        assert!(ROLES.windows(2).all(|w| w[0] < w[1]));
        assert!(RANKS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn short_names_acronyms_and_titles() {
        let left = Document::parse(
            "a",
            "Iraqi Prime Minister Mustafa al-Kazemi survived. The Popular Mobilization Forces \
             protested.",
        )
        .unwrap();
        let right =
            Document::parse("b", "Asa'ib Ahl al-Haq leader Qais al-Khazali spoke.").unwrap();
        let a = Aliases::build(&[&left, &right]);
        assert!(a.same(&words("kazemi"), &words("mustafa al kazemi")));
        assert!(a.same(&words("prime minister"), &words("kazemi")));
        assert!(a.same(&words("pmf"), &words("popular mobilization forces")));
        assert!(a.same(&words("asaib"), &words("asaib ahl al haq")));
        assert!(!a.same(&words("kazemi"), &words("khazali")));
        assert!(!a.same(&words("hezbollah brigades"), &words("asaib ahl al haq")));
        assert!(a.same(&words("general jeffrey"), &words("maj gen jeffery")));
        assert!(a.same(&words("us"), &words("united states government")));
        assert!(a.same(&words("usgs"), &words("us geological survey")));
        assert!(a.same(&words("usgs"), &words("u s geological survey")));
        assert!(!a.same(&words("usgs"), &words("us army")));
        assert!(!a.same(&words("kazemi"), &words("kadhimi")));
        assert!(a.related(&words("khazali"), &words("asaib")));
        assert!(!a.related(&words("kazemi"), &words("asaib")));
    }

    #[test]
    fn companies_written_two_ways() {
        let a = Aliases::default();
        // A legal form, or a space, does not make another company.
        assert!(a.same(
            &words("tallgrass distribution ltd"),
            &words("tall grass distribution limited")
        ));
        assert!(a.same(&words("acme corp"), &words("acme corporation")));
        assert!(a.same(&words("seamicro inc"), &words("sea micro")));
        // Other words still do.
        assert!(!a.same(&words("tall grass"), &words("tallgrass farms")));
        assert!(!a.same(&words("harbour maritime corp"), &words("harbour petroleum")));
    }

    #[test]
    fn titles_a_report_gives_a_person() {
        let d = Document::parse(
            "a",
            "The chase ended, Marion County Sheriff Robert J. Pickell said. Pickell left. \
             Acme's new CEO Rory Read spoke.",
        )
        .unwrap();
        let a = Aliases::build(&[&d]);
        assert_eq!(a.titles_of(&words("pickell")), ["sheriff"]);
        assert!(a.titles_of(&words("dunn")).is_empty());
        // An adjective of the title keeps the member and the group together.
        assert!(a.related(&words("read"), &words("acme")));
    }
}
