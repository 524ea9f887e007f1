//! Quote findings: the same remark quoted in different words. Two quotations are the same
//! remark when they share at least three content words and those make up a good part of the
//! shorter one; they differ when each has content words the other lacks (words only added on
//! one side, or only function words changed, are a fuller or shorter quotation, not another
//! wording).

use rustc_hash::FxHashSet;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::compare::claim::Claim;
use crate::compare::{Finding, FindingKind};
use crate::document::numbers::word_value;
use crate::document::{Span, Token};
use crate::language::aliases::initials;
use crate::language::{Kinship, lexicon};

/// Shared content words that make two quotations the same remark…
const MIN_SHARED: usize = 3;
/// …and the share of the shorter quotation's content words they must be.
const MIN_SHARE: f64 = 0.4;
/// …or, when no two of them are in a row in both, this share, and this share of the longer
/// one: a reworded remark keeps most of both, while a short remark shares a long one's topic
/// words only.
const MIN_SHARE_UNORDERED: f64 = 0.6;
const MIN_SHARE_UNORDERED_LONGER: f64 = 0.4;
/// The most content words, per side, of a run that rewords a part of a remark.
const MAX_REWORDING: usize = 4;
/// The longest swap of words, per side, at either end of a remark.
const EDGE_SWAP: usize = 2;
/// Differing words listed in a note, per side.
const NOTE_WORDS: usize = 8;

/// A quotation opened by a straight mark right after a word or punctuation ("…right,\" said
/// X"): the mark closes a quotation that began before the text, it opens none.
fn misread(c: &Claim, q: Span) -> bool {
    let before = &c.doc.text[..q.start];
    before.ends_with('"')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(|ch| !ch.is_whitespace() && !matches!(ch, '(' | '[' | ':' | '—' | '-'))
}

pub(crate) fn findings(left: &Claim, right: &Claim) -> Vec<Finding> {
    let mut out = Vec::new();
    for &ql in left.quotes.iter().filter(|q| !misread(left, **q)) {
        let lt = words(left, ql);
        for &qr in right.quotes.iter().filter(|q| !misread(right, **q)) {
            let rt = words(right, qr);
            if let Some(note) = compare(&lt, &rt, left, right) {
                out.push(Finding {
                    kind: FindingKind::Quote,
                    left: Some(ql),
                    right: Some(qr),
                    note,
                    anchors: 0,
                    source: false,
                    minor: false,
                });
            }
        }
    }
    out
}

fn words<'a>(c: &Claim<'a>, q: Span) -> Vec<&'a Token> {
    c.tokens
        .iter()
        .copied()
        .filter(|t| q.start <= t.start && t.end <= q.end)
        .collect()
}

fn content<'a>(ts: &[&'a Token]) -> FxHashSet<&'a str> {
    content_stems(ts).into_iter().collect()
}

fn contains(long: &[&str], short: &[&str]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

fn compare<'a>(lt: &[&'a Token], rt: &[&'a Token], left: &Claim, right: &Claim) -> Option<String> {
    let (lc, rc) = (content(lt), content(rt));
    let shared = lc.intersection(&rc).count();
    let shorter = lc.len().min(rc.len()).max(1);
    let longer = lc.len().max(rc.len()).max(1);
    if shared < MIN_SHARED || (shared as f64) < MIN_SHARE * shorter as f64 {
        return None;
    }
    // One remark quoted twice keeps a phrase of it, two content words in a row, or most of its
    // words (a translation reorders them: "the citizens voted for change" / "the citizens
    // have chosen change"); two remarks of one story share some of its words only ("never
    // going to bring Jerry back to his family" / "never repay them for … this family … for
    // Jerry").
    let pairs = |ts: &[&'a Token]| -> FxHashSet<(&'a str, &'a str)> {
        content_stems(ts).windows(2).map(|w| (w[0], w[1])).collect()
    };
    let unordered = (shared as f64) >= MIN_SHARE_UNORDERED * shorter as f64
        && (shared as f64) >= MIN_SHARE_UNORDERED_LONGER * longer as f64;
    if pairs(lt).is_disjoint(&pairs(rt)) && !unordered {
        return None;
    }
    let (ln, rn) = (norms(lt), norms(rt));
    if contains(&ln, &rn) || contains(&rn, &ln) {
        return None;
    }
    let mut only_left = Vec::new();
    let mut only_right = Vec::new();
    let ops = capture_diff_slices(Algorithm::Myers, &ln, &rn);
    // A rewording is a short run of changed words, content words on both sides of it ("to our
    // heads" / "to our head"). Words only one side has — where one outlet cut the remark
    // shorter, or added to it ("we condemn [and denounce] the council") — or only function
    // words changed make a fuller or shorter quotation; a long run is another sentence of the
    // remark, not another wording of this one.
    // Shared function words alone ("to", "he") anchor nothing: they go with the run around them.
    let anchors =
        |op: &DiffOp| matches!(op, DiffOp::Equal { .. }) && op.old_range().any(|i| !lt[i].stop);
    for hunk in ops.split(anchors) {
        let Some((first, last)) = hunk.first().zip(hunk.last()) else {
            continue;
        };
        let (old, new) = (
            first.old_range().start..last.old_range().end,
            first.new_range().start..last.new_range().end,
        );
        let words = |ts: &[&Token]| ts.iter().filter(|t| !t.stop).count();
        let short =
            words(&lt[old.clone()]) <= MAX_REWORDING && words(&rt[new.clone()]) <= MAX_REWORDING;
        // At either end of a remark, two different continuations are another cut of it ("a
        // dozen people inside enjoying a party" / "a dozen people on the scene") unless they
        // swap a word or two or share a word ("to our heads" / "to our head").
        let edge = old.start == 0 || new.start == 0 || old.end == ln.len() || new.end == rn.len();
        let stems = |ts: &[&'a Token]| content(ts);
        let reworded = !edge
            || (old.len() <= EDGE_SWAP && new.len() <= EDGE_SWAP)
            || !stems(&lt[old.clone()]).is_disjoint(&stems(&rt[new.clone()]));
        if !short
            || !reworded
            || !old.clone().any(|i| !lt[i].stop)
            || !new.clone().any(|j| !rt[j].stop)
            || same_words(&ln[old.clone()], &rn[new.clone()])
            || synonyms(&lt[old.clone()], &rt[new.clone()])
            || added_to(&lt[old.clone()], &rt[new.clone()])
            || editors(left, &lt[old.clone()])
            || editors(right, &rt[new.clone()])
        {
            continue;
        }
        only_left.extend(old.map(|i| left.text(span(lt[i]))));
        only_right.extend(new.map(|j| right.text(span(rt[j]))));
    }
    if only_left.is_empty() {
        return None;
    }
    let list = |w: &[&str]| {
        let mut s = w
            .iter()
            .take(NOTE_WORDS)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if w.len() > NOTE_WORDS {
            s.push_str(" …");
        }
        if s.is_empty() { "—".to_string() } else { s }
    };
    Some(format!(
        "the same remark quoted in different words: \"{}\" vs \"{}\"",
        list(&only_left),
        list(&only_right)
    ))
}

/// Two runs of words that are one wording: word for word, the same word spelt two ways, the
/// same letters written as one word or two ("data center" / "datacenter"), or an acronym and
/// its words.
fn same_words(a: &[&str], b: &[&str]) -> bool {
    let letters = |w: &[&str]| w.concat().replace(['-', '‑'], "");
    // "IE" / "Internet Explorer": an acronym and the words it stands for.
    let acronym = |short: &[&str], long: &[&str]| {
        short.len() == 1 && long.len() >= 2 && short[0] == initials(long)
    };
    (a.len() == b.len() && a.iter().zip(b).all(|(a, b)| spelling_variant(a, b)))
        || letters(a) == letters(b)
        || acronym(a, b)
        || acronym(b, a)
}

/// Two runs of words each content word of which WordNet gives a synonym of in the other
/// ("injuries sustained" / "injuries suffered"): one wording in other words, no misquotation.
/// Only synonyms: a kind of a thing is another word ("a sad day" / "a sad time").
fn synonyms(a: &[&Token], b: &[&Token]) -> bool {
    let lex = lexicon();
    let (a, b) = (content_stems(a), content_stems(b));
    let synonym = |x: &str, y: &str| x != y && lex.kinship(x, y) == Some(Kinship::Synonym);
    // Every word has its own or a synonym on the other side, and one is a synonym ("guns to
    // our heads" / "a gun to our head" keeps its words and changes their form).
    let matched = |xs: &[&str], ys: &[&str]| {
        xs.iter()
            .all(|x| ys.iter().any(|y| x == y || synonym(x, y)))
    };
    a.iter().any(|x| b.iter().any(|y| synonym(x, y))) && matched(&a, &b) && matched(&b, &a)
}

/// Whether the two sides quote the same words: a quotation of one is word for word inside a
/// quotation of the other ("the off-the-field issue" / "We're aware of the off-the-field issue
/// involving Vincent"), at least `ALIKE_WORDS` content words of it. Two speakers of the same
/// words are one remark given to two people; two speakers of other words, two remarks.
pub(crate) fn quoted_alike(left: &Claim, right: &Claim) -> bool {
    let inside = |long: &[&Token], short: &[&Token]| {
        short.iter().filter(|t| !t.stop).count() >= ALIKE_WORDS
            && contains(&norms(long), &norms(short))
    };
    left.quotes.iter().any(|&ql| {
        let a = words(left, ql);
        right.quotes.iter().any(|&qr| {
            let b = words(right, qr);
            inside(&a, &b) || inside(&b, &a)
        })
    })
}

/// Whether each side is a remark (it opens with a quotation: "\"…,\" says McCain, senior vice
/// president") and the two quote no words alike (`quoted_alike`): two remarks, even of one
/// speaker on one topic, are two claims, related at most ("Acquiring EYP boosts HP's ability to
/// help customers transform their data centers," McCain said / "Data center transformation is
/// a key focal point for the HP Services team," says McCain).
pub(crate) fn two_remarks(left: &Claim, right: &Claim) -> bool {
    let remark = |c: &Claim| {
        c.tokens.first().is_some_and(|first| {
            (c.quotes.iter()).any(|&q| {
                q.start <= first.start
                    && first.end <= q.end
                    && words(c, q).iter().filter(|t| !t.stop).count() >= ALIKE_WORDS
            })
        })
    };
    remark(left) && remark(right) && !quoted_alike(left, right)
}

fn norms<'t>(ts: &[&'t Token]) -> Vec<&'t str> {
    ts.iter().map(|t| t.norm.as_str()).collect()
}

fn content_stems<'t>(ts: &[&'t Token]) -> Vec<&'t str> {
    ts.iter()
        .filter(|t| !t.stop)
        .map(|t| t.stem.as_str())
        .collect()
}

/// Contractions and the words they stand for (tokens drop the apostrophe).
const CONTRACTIONS: &[(&str, [&str; 2])] = &[
    ("arent", ["are", "not"]),
    ("cant", ["can", "not"]),
    ("cannot", ["can", "not"]),
    ("couldnt", ["could", "not"]),
    ("didnt", ["did", "not"]),
    ("doesnt", ["does", "not"]),
    ("dont", ["do", "not"]),
    ("hadnt", ["had", "not"]),
    ("hasnt", ["has", "not"]),
    ("havent", ["have", "not"]),
    ("im", ["i", "am"]),
    ("isnt", ["is", "not"]),
    ("ive", ["i", "have"]),
    ("shouldnt", ["should", "not"]),
    ("theyre", ["they", "are"]),
    ("theyve", ["they", "have"]),
    ("wasnt", ["was", "not"]),
    ("werent", ["were", "not"]),
    ("weve", ["we", "have"]),
    ("wont", ["will", "not"]),
    ("wouldnt", ["would", "not"]),
    ("youre", ["you", "are"]),
    ("youve", ["you", "have"]),
];

/// Whether a run holds words in square brackets: the editor's, standing for the speaker's
/// ("it would be [Capaldi]" / "I'd pick him").
fn editors(c: &Claim, run: &[&Token]) -> bool {
    run.iter().any(|t| {
        c.doc.text[..t.start].trim_end().ends_with('[') || c.doc.text[t.end..].starts_with(']')
    })
}

/// The words of a run with contractions written out.
fn written_out<'a>(ts: &[&'a Token]) -> Vec<&'a str> {
    ts.iter()
        .flat_map(|t| match CONTRACTIONS.iter().find(|(c, _)| *c == t.norm) {
            Some((_, words)) => words.to_vec(),
            None => vec![t.norm.as_str()],
        })
        .collect()
}

/// Whether one run is the other with words added, contractions written out ("who certainly
/// would not" / "who wouldn't"): a fuller quotation, not another wording.
fn added_to(a: &[&Token], b: &[&Token]) -> bool {
    let (a, b) = (written_out(a), written_out(b));
    let within = |short: &[&str], long: &[&str]| {
        let mut rest = long.iter();
        short.iter().all(|w| rest.any(|x| x == w))
    };
    within(&a, &b) || within(&b, &a)
}

/// Content words a quotation must have to be one remark quoted on both sides.
const ALIKE_WORDS: usize = 2;

/// Two spellings of one word: one letter apart in a word of at least five letters
/// ("offense" / "offence"), one number in figures and in letters ("12th" / "twelfth"), or a
/// name with and without its suffix ("MySpace.com" / "MySpace").
fn spelling_variant(a: &str, b: &str) -> bool {
    let suffixed = |long: &str, short: &str| {
        short.chars().count() >= 4
            && long
                .strip_prefix(short)
                .is_some_and(|rest| rest.starts_with(['.', '-', '\'', '’']))
    };
    (a.chars().count() >= 5 && strsim::osa_distance(a, b) == 1)
        || word_value(a).is_some_and(|v| word_value(b) == Some(v))
        || suffixed(a, b)
        || suffixed(b, a)
}

fn span(t: &Token) -> Span {
    Span::new(t.start, t.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn notes(a: &str, b: &str) -> Vec<String> {
        crate::compare::test_notes(a, b, |l, r, _| findings(l, r))
    }

    #[test]
    fn same_remark_other_words() {
        let n = notes(
            "He said \"none of the factions is ready to lose a march against a former Prime Minister.\"",
            "He wrote, \"No one in Iraq has the desire to lose a drone on the home of a former prime minister.\"",
        );
        assert_eq!(n.len(), 1);
        assert!(n[0].contains("march"), "{n:?}");
        // Translated: most words the same, none two in a row.
        let n = notes(
            "\"Tonight the citizens voted for change, and we will not disappoint them,\" he said.",
            "\"The citizens have chosen change tonight and we will not let them down,\" he said.",
        );
        assert_eq!(n.len(), 1, "{n:?}");
    }

    #[test]
    fn one_word_spelt_two_ways_is_the_same_wording() {
        assert!(
            notes(
                "\"I've always taken the position that's a valid offense in law,\" Oppal said.",
                "\"I've always taken the position that's a valid offence in law,\" he said."
            )
            .is_empty()
        );
    }

    #[test]
    fn excerpts_and_other_remarks_are_no_finding() {
        assert!(
            notes(
                "He said \"we know the perpetrators of the attack and will reveal them\".",
                "He said \"we know the perpetrators of the attack\"."
            )
            .is_empty()
        );
        assert!(
            notes(
                "He said \"we will win\".",
                "He said \"the vote was rigged\"."
            )
            .is_empty()
        );
        // A short remark shares a long one's topic words, not most of it.
        assert!(
            notes(
                "\"Officers shooting young men, young men shooting young men, it's a problem that needs to be dealt with. If they want to ignore it, it's just going to keep happening.\"",
                "\"The problem is, people still don't want to go to the officers,\" he said."
            )
            .is_empty()
        );
        // Two remarks of one story share its words, not a phrase.
        assert!(
            notes(
                "He said, \"You feel good, but it's never going to bring Jerry back to his family and friends.\"",
                "\"We could never repay them for all the support and love they have for this family, and for Jerry,\" Chela said."
            )
            .is_empty()
        );
    }

    #[test]
    fn one_outlet_cutting_a_remark_shorter_is_no_rewording() {
        // Each quotes a different end of one remark; one adds words inside it.
        assert!(
            notes(
                "\"I wish my successor all the best, because I know he's both a huge fan of the show and a really nice guy,\" he said.",
                "\"I just want to wish my successor all the best,\" Smith said."
            )
            .is_empty()
        );
        assert!(
            notes(
                "\"Being asked to play the Doctor is a privilege. Like the Doctor himself I find myself in a state of terror and delight.\"",
                "\"Like the Doctor himself I find myself in a state of terror and delight. It's so wonderful not to keep this secret any longer.\""
            )
            .is_empty()
        );
        // The sentences after a shared one differ: another part of the remark, though both
        // go on with "to".
        assert!(
            notes(
                "\"I find myself in a state of terror and delight. I can't wait to get started,\" he said.",
                "\"I find myself in a state of terror and delight. It's so wonderful not to keep this secret,\" he said."
            )
            .is_empty()
        );
    }

    #[test]
    fn one_number_or_name_written_two_ways_is_one_wording() {
        assert!(
            notes(
                "She said: \"Capaldi is the man taking on the challenge of becoming the 12th Doctor with us.\"",
                "She says: \"Capaldi is the man taking on the challenge of becoming the Twelfth Doctor with us.\""
            )
            .is_empty()
        );
        assert!(
            notes(
                "\"It gives easy access to networks, including Facebook, Flickr, and MySpace.com, to our users,\" he said.",
                "\"It gives easy access to networks, including Facebook, Flickr and MySpace, to our users,\" he said."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_word_changed_inside_a_remark_is_a_rewording() {
        let n = notes(
            "\"This is a sad day for the Kraft Foods family,\" the statement said.",
            "\"This is a sad time for the Kraft Foods family,\" the company said.",
        );
        assert_eq!(n.len(), 1, "{n:?}");
        assert!(n[0].contains("\"day\" vs \"time\""), "{n:?}");
        let n = notes(
            "The coach told reporters \"the referee cost us the match and everybody saw it\".",
            "The coach told reporters \"everybody saw that the referee stole the match from us\".",
        );
        assert_eq!(n.len(), 1, "{n:?}");
        let n = notes(
            "The minister said: \"We will not negotiate with people who hold guns to our heads.\"",
            "The minister said: \"We will never negotiate with those who hold a gun to our head.\"",
        );
        assert_eq!(n.len(), 1, "{n:?}");
    }

    #[test]
    fn a_word_swapped_for_its_synonym_is_one_wording() {
        assert!(
            notes(
                "\"We have received 50 people with injuries sustained when the walls collapsed,\" the doctor said.",
                "\"We have received 50 people with injuries suffered when the walls collapsed,\" the doctor said."
            )
            .is_empty()
        );
        // A word for another thing is still another wording.
        let n = notes(
            "\"We have received 50 people with injuries sustained when the walls collapsed,\" the doctor said.",
            "\"We have received 50 people with wounds sustained when the roofs collapsed,\" the doctor said.",
        );
        assert_eq!(n.len(), 1, "{n:?}");
    }

    #[test]
    fn a_contraction_is_its_words() {
        assert!(
            notes(
                "\"The new Doctor certainly would not put up with his language,\" Capaldi said.",
                "\"The new Doctor wouldn't put up with his language,\" said Capaldi."
            )
            .is_empty()
        );
        // Another word beside it is still another wording.
        assert_eq!(
            notes(
                "\"The new Doctor certainly would not put up with his language,\" Capaldi said.",
                "\"The new Doctor wouldn't ever tolerate his language,\" said Capaldi."
            )
            .len(),
            1
        );
    }

    #[test]
    fn words_in_brackets_are_the_editors() {
        assert!(
            notes(
                "\"If I had to pick someone, I'd pick him because I think he's great,\" Smith said.",
                "\"If I had to pick someone, it would be [Capaldi]. I think he's great,\" Smith said."
            )
            .is_empty()
        );
        assert_eq!(
            notes(
                "\"If I had to pick someone, I'd pick him because I think he's great,\" Smith said.",
                "\"If I had to pick someone, it would be Capaldi. I think he's great,\" Smith said."
            )
            .len(),
            1
        );
    }

    #[test]
    fn the_same_words_quoted_on_both_sides() {
        let alike = |a: &str, b: &str| {
            let l = crate::document::Document::parse("left", a).expect("a report");
            let r = crate::document::Document::parse("right", b).expect("a report");
            quoted_alike(&Claim::new(&l, &[0]), &Claim::new(&r, &[0]))
        };
        assert!(alike(
            "\"We are aware of the off-the-field issue involving Vincent,\" Butler said.",
            "Smith said he was aware of the \"off-the-field issue\" involving Vincent."
        ));
        assert!(alike(
            "\"We will rebuild every house,\" said the mayor.",
            "\"We will rebuild every house,\" said the prefect."
        ));
        // Other words, or one shared word, are two remarks.
        assert!(!alike(
            "\"People still do not trust the police,\" Williams said.",
            "\"People still do not want to go to the police,\" Lee said."
        ));
        assert!(!alike(
            "He called it \"a disgrace\".",
            "She said \"it is a disgrace to the city\"."
        ));
        assert!(!alike(
            "Police said the fire was set deliberately.",
            "The fire brigade said the fire was set deliberately."
        ));
    }

    #[test]
    fn another_cut_of_a_remark_at_its_end_is_no_rewording() {
        assert!(
            notes(
                "\"The suspect entered the business, which had at least a dozen people inside enjoying a Christmas party,\" police said.",
                "\"There was at least a dozen other people on the scene.\""
            )
            .is_empty()
        );
        assert!(
            notes(
                "\"Microsoft encourages all IE customers to test and deploy this update,\" said Budd.",
                "Budd said the company \"encourages all Internet Explorer customers to test and deploy this update\"."
            )
            .is_empty()
        );
        assert!(
            notes(
                "\"The data center is the foundation of IT for enterprises,\" says John McCain.",
                "\"The datacenter is the foundation of IT for enterprises,\" said John McCain."
            )
            .is_empty()
        );
    }
}
