//! The relation of a link, from its score, what the two sides share and its findings.
//!
//! `conflict` needs both: a strong link (the link probability of the alignment says the
//! statements are about the same thing) and at least one finding. A weaker link (from the
//! alignment's threshold, `--min-score`) is enough when a finding carries strong evidence of
//! its own that both sides speak of the same slot (`Finding::anchors` ≥ `SLOT_EVIDENCE`); words
//! the two sides share are not (`same_event`). A quote worded differently, or figures that
//! differ alone, contradict only on a link that tells one claim (`SAME_CLAIM_SCORE`), but for
//! none harmed against some told of the same things, which is slot evidence. Every
//! finder reports only disagreements (more or less detail is never a finding), so a conflict
//! is always explained by its findings.
//! Without findings a link is `agree` when its score says the statements make the same claim
//! (or two headlines share two words), `related` otherwise; a weak link with findings stays
//! `related`, and so does a link whose only difference is minor (`Finding::minor`: ages one
//! year apart).

use super::claim::Claim;
use super::findings::quote;
use super::{AGREE_SCORE, Finding, FindingKind, Relation};
use crate::align::{AlignedLink, Evidence};
use rustc_hash::FxHashSet;

/// Link probability at or above which a link is strong enough for a conflict on its own.
pub const STRONG_SCORE: f64 = 0.6;

/// Link probability from which two statements tell one claim, so that two speakers of one
/// quoted remark contradict each other ("Smith said he was aware of the \"off-the-field
/// issue\"" / "\"We're aware of the off-the-field issue,\" Butler said"); under it they tell
/// related claims ("Feldman said the company had other bidders" / "the acquisition, said
/// Papermaster, allows us …"): no contradiction.
pub const SAME_CLAIM_SCORE: f64 = 0.7;

/// Same-slot evidence (`Finding::anchors`) that makes a conflict on a link from the
/// alignment's threshold (`--min-score`):
/// "Police fired tear gas" / "soldiers fired tear gas" (fired, tear, gas); "Kovač conceded
/// defeat" / "Kovač refused to admit defeat" (defeat, and the same name by the cue).
pub const SLOT_EVIDENCE: usize = 3;

/// Whether both sides are about the same event: two quotations of the same remark (a quote
/// finding needs at least three shared content words), or figures that differ and nothing
/// else, on a link that tells one claim (`SAME_CLAIM_SCORE`); otherwise a strong link, or, from
/// the alignment's threshold, a finding whose finder saw both sides speak of the same slot.
/// Shared words alone (a name and two words of the event) make no conflict on a weak link: on
/// unseen real pairs (ECB+, docs/quality.md) 12 of the 14 conflicts they made were two claims
/// of one story ("Gaskin said Buckley was wearing crampons" / "the man … was not wearing
/// crampons": two climbers).
pub(crate) fn same_event(score: f64, min_score: f64, findings: &[Finding]) -> bool {
    let only = |kind: FindingKind| {
        findings
            .iter()
            .filter(|f| f.kind != FindingKind::Spelling && !f.minor)
            .all(|f| f.kind == kind)
    };
    // Two remarks quoted are one remark in other words only of one claim: "\"I'm proud of
    // everything that Deep Throat did,\" Felt told CNN" / "\"I'm the guy they used to call Deep
    // Throat.\"" are two. And one story gives figures of many like things: "Vinatieri's range
    // for a 36-yard field goal" / "Succop tied the game with a 47-yd field goal", a player's
    // points in two games, two products' battery lives. On unseen real pairs (ECB+,
    // docs/quality.md), of 13 number conflicts on links under `SAME_CLAIM_SCORE` 8 were such,
    // 2 borderline and 3 true.
    if only(FindingKind::Quote) {
        return score >= SAME_CLAIM_SCORE;
    }
    if only(FindingKind::Number) {
        // None harmed against some, told of the same things around them ("no casualties in
        // the bombing of the camp" / "12 killed in the bombing of the camp"), is one event.
        let none_against_some = findings.iter().any(|f| f.anchors >= SLOT_EVIDENCE);
        return score >= SAME_CLAIM_SCORE || (none_against_some && score >= min_score);
    }
    if score >= STRONG_SCORE {
        return true;
    }
    // The same act with the same object, the same person conceding or refusing the same thing.
    score >= min_score && findings.iter().any(|f| f.anchors >= SLOT_EVIDENCE)
}

/// The content words of a claim, as canonical stems, with or without the words of its names.
fn content_words(c: &Claim, names: bool) -> FxHashSet<String> {
    c.tokens
        .iter()
        .enumerate()
        // "said", "according": every attribution has one; it tells no event.
        .filter(|(i, t)| {
            !t.stop
                && !t.numeric
                && (names || c.name_at(*i).is_none())
                && !crate::language::words::attributes(&t.norm)
        })
        .map(|(_, t)| crate::language::synonyms::canonical(&t.stem).to_string())
        .collect()
}

/// Two headlines of one event (`Evidence::Headlines`) tell the same claim when they share at
/// least this many words, names included ("McDermott Sets Scoring Record as Men's Basketball
/// Tops Drake" / "McDermott fuels Creighton past Drake"); one shared word is only the topic
/// ("Brooklyn Neighborhood Is 'A Powder Keg' After Teen Killed" / "Enraged protesters battle
/// cops in Brooklyn streets").
const HEADLINE_SHARED_WORDS: usize = 2;

/// Whether two linked headlines say the same claim (`HEADLINE_SHARED_WORDS`): linked as
/// headlines, or the first statements of two reports that open with headlines, linked by their
/// words ("T-Mobile Adds BlackBerry Q10 to its 4G LTE Smartphone Portfolio" / "T-Mobile
/// Confirms it Will Carry BlackBerry Q10").
fn headlines_alike(link: &AlignedLink, left: &Claim, right: &Claim) -> bool {
    let openings = link.left == [0]
        && link.right == [0]
        && crate::align::opens_with_headline(left.doc)
        && crate::align::opens_with_headline(right.doc);
    (link.evidence == Evidence::Headlines || openings)
        && content_words(left, true)
            .intersection(&content_words(right, true))
            .count()
            >= HEADLINE_SHARED_WORDS
}

/// Conflict when a finding is on a link that tells one event (judged on the link's choice
/// score: local evidence of one event counts); otherwise agree when the statements as wholes
/// are similar enough.
pub(crate) fn relation(
    link: &AlignedLink,
    left: &Claim,
    right: &Claim,
    findings: &[Finding],
    min_score: f64,
) -> Relation {
    // A name spelt two ways is shown, but is no contradiction by itself; nor are two sources of
    // one claim, unless they are given the same quoted words (one remark, two speakers): two
    // officials may both say the fire was arson, but one remark has one speaker.
    let one_remark = || link.score >= SAME_CLAIM_SCORE && quote::quoted_alike(left, right);
    let decisive = findings
        .iter()
        .any(|f| f.kind != FindingKind::Spelling && !f.minor && (!f.source || one_remark()));
    if decisive {
        if same_event(link.score, min_score, findings) {
            Relation::Conflict
        } else {
            Relation::Related
        }
    } else if (link.score >= AGREE_SCORE || headlines_alike(link, left, right))
        && !findings.iter().any(|f| f.source || f.minor)
        && !quote::two_remarks(left, right)
    {
        Relation::Agree
    } else {
        Relation::Related
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn finding(kind: FindingKind, anchors: usize) -> Finding {
        Finding {
            kind,
            left: None,
            right: None,
            note: String::new(),
            anchors,
            source: false,
            minor: false,
        }
    }

    /// A one-to-one link of the first statements.
    fn link(score: f64, similarity: f64) -> AlignedLink {
        AlignedLink {
            left: vec![0],
            right: vec![0],
            score,
            similarity,
            ..Default::default()
        }
    }

    /// The relation of two one-statement reports linked at `score`, with `findings`.
    fn judge_texts(
        left: &str,
        right: &str,
        score: f64,
        findings: &[Finding],
        min_score: f64,
    ) -> Relation {
        let l = Document::parse("left", left).expect("a report");
        let r = Document::parse("right", right).expect("a report");
        relation(
            &link(score, score),
            &Claim::new(&l, &[0]),
            &Claim::new(&r, &[0]),
            findings,
            min_score,
        )
    }

    fn judge_at(score: f64, findings: &[Finding], min_score: f64) -> Relation {
        judge_texts(
            "Kovac conceded defeat on Sunday.",
            "Kovac refused to admit defeat, saying she would wait.",
            score,
            findings,
            min_score,
        )
    }

    fn judge(score: f64, findings: &[Finding]) -> Relation {
        judge_at(score, findings, 0.45)
    }

    #[test]
    fn two_remarks_of_one_speaker_are_related() {
        let judge = |a: &str, b: &str| judge_texts(a, b, 0.95, &[], 0.5);
        assert_eq!(
            judge(
                "\"Acquiring the firm boosts our ability to help customers transform their data centers,\" said John Smith, head of services.",
                "\"Data center transformation is a key focal point for our services team,\" says John Smith, head of services."
            ),
            Relation::Related
        );
        // One remark quoted twice, or a few quoted words in statements that tell a fact, agree.
        assert_eq!(
            judge(
                "\"We are pleased with the verdict and grateful to the jury,\" said John Smith.",
                "\"We are pleased with the verdict,\" Smith told reporters on Friday."
            ),
            Relation::Agree
        );
        assert_eq!(
            judge(
                "AMD will keep selling the Intel-based servers \"for the foreseeable future,\" Lu said.",
                "According to AMD, the firm will sell Intel-based servers \"for the foreseeable future.\""
            ),
            Relation::Agree
        );
    }

    #[test]
    fn the_weak_link_rule_reads_the_alignment_threshold() {
        let strong = [finding(FindingKind::Negation, SLOT_EVIDENCE)];
        assert_eq!(judge_at(0.40, &strong, 0.45), Relation::Related);
        assert_eq!(judge_at(0.40, &strong, 0.35), Relation::Conflict);
    }

    #[test]
    fn strong_slot_evidence_makes_a_weak_link_a_conflict() {
        let strong = [finding(FindingKind::Negation, SLOT_EVIDENCE)];
        let weak = [finding(FindingKind::Negation, SLOT_EVIDENCE - 1)];
        let unmeasured = [finding(FindingKind::Time, 0)];
        assert_eq!(judge(0.5, &strong), Relation::Conflict);
        assert_eq!(judge(0.5, &weak), Relation::Related);
        assert_eq!(judge(0.5, &unmeasured), Relation::Related);
        // Below the alignment's threshold no evidence is enough.
        assert_eq!(judge(0.40, &strong), Relation::Related);
        // A strong link needs no slot evidence.
        assert_eq!(judge(STRONG_SCORE, &unmeasured), Relation::Conflict);
    }

    #[test]
    fn shared_words_make_no_conflict_of_a_weak_link() {
        let judge = |findings: &[Finding]| {
            judge_texts(
                "Gaskin said Buckley was wearing crampons but was inexperienced.",
                "Campbell said the man was well-equipped but was not wearing crampons.",
                0.55,
                findings,
                0.45,
            )
        };
        // A name and two words of the event shared: two climbers of one story may be told.
        assert_eq!(
            judge(&[finding(FindingKind::Negation, 1)]),
            Relation::Related
        );
        // The finder's own evidence of one slot still makes the conflict.
        assert_eq!(
            judge(&[finding(FindingKind::Negation, SLOT_EVIDENCE)]),
            Relation::Conflict
        );
    }

    #[test]
    fn a_quote_in_other_words_contradicts_only_of_one_claim() {
        let quote = finding(FindingKind::Quote, 3);
        let below = SAME_CLAIM_SCORE - 0.05;
        assert_eq!(
            judge(below, std::slice::from_ref(&quote)),
            Relation::Related
        );
        assert_eq!(
            judge(SAME_CLAIM_SCORE, std::slice::from_ref(&quote)),
            Relation::Conflict
        );
        // With another finding on a strong link the quote is no longer alone.
        let number = finding(FindingKind::Number, 0);
        assert_eq!(judge(below, &[quote, number]), Relation::Conflict);
    }

    #[test]
    fn figures_that_differ_contradict_only_of_one_claim() {
        let number = finding(FindingKind::Number, 0);
        let below = SAME_CLAIM_SCORE - 0.05;
        // One story gives figures of many like things (two field goals, two games, two
        // products): a figure alone differs only on a link that tells one claim.
        assert_eq!(
            judge(below, std::slice::from_ref(&number)),
            Relation::Related
        );
        assert_eq!(
            judge(SAME_CLAIM_SCORE, std::slice::from_ref(&number)),
            Relation::Conflict
        );
        // With another kind of finding, or another kind alone, a strong link is enough.
        let time = finding(FindingKind::Time, 0);
        assert_eq!(judge(below, &[number, time.clone()]), Relation::Conflict);
        assert_eq!(judge(below, &[time]), Relation::Conflict);
    }

    #[test]
    fn none_harmed_against_some_of_the_same_event_contradicts_from_the_threshold() {
        // "no casualties in the bombing of the camp" / "12 killed in the bombing of the camp":
        // the finder counts the words around both (`number::none_findings`).
        let told_of_one_event = finding(FindingKind::Number, SLOT_EVIDENCE);
        assert_eq!(
            judge(0.5, std::slice::from_ref(&told_of_one_event)),
            Relation::Conflict
        );
        assert_eq!(judge(0.4, &[told_of_one_event]), Relation::Related);
    }

    #[test]
    fn two_sources_contradict_only_of_one_remark() {
        let mut source = finding(FindingKind::Actor, SLOT_EVIDENCE);
        source.source = true;
        let judge_source =
            |l: &str, r: &str, score| judge_texts(l, r, score, &[source.clone()], 0.45);
        // Two sources of one claim: both may well say it.
        let (police, brigade) = (
            "Police said the fire was set deliberately.",
            "The fire brigade said the fire was set deliberately.",
        );
        assert_eq!(judge_source(police, brigade, 0.8), Relation::Related);
        // One quoted remark given to two speakers; weakly linked, two remarks.
        let (mayor, prefect) = (
            "\"We will rebuild every house,\" said the mayor.",
            "The prefect said: \"We will rebuild every house in the valley.\"",
        );
        assert_eq!(judge_source(mayor, prefect, 0.8), Relation::Conflict);
        assert_eq!(judge_source(mayor, prefect, 0.65), Relation::Related);
        // Who did an act contradicts on any link that tells one event.
        let act = finding(FindingKind::Actor, SLOT_EVIDENCE);
        assert_eq!(judge(0.65, &[act]), Relation::Conflict);
    }

    #[test]
    fn a_spelling_alone_makes_no_conflict() {
        let spelling = [finding(FindingKind::Spelling, 0)];
        assert_eq!(judge(0.9, &spelling), Relation::Agree);
        assert_eq!(judge(0.5, &spelling), Relation::Related);
        let both = [spelling[0].clone(), finding(FindingKind::Number, 0)];
        assert_eq!(judge(0.9, &both), Relation::Conflict);
    }

    #[test]
    fn agree_is_judged_on_the_link_probability() {
        let l = Document::parse("left", "Kovac conceded defeat on Sunday.").expect("a report");
        let r = Document::parse("right", "Kovac conceded defeat.").expect("a report");
        let judge = |score| {
            let (l, r) = (Claim::new(&l, &[0]), Claim::new(&r, &[0]));
            relation(&link(score, 0.3), &l, &r, &[], 0.45)
        };
        assert_eq!(judge(AGREE_SCORE), Relation::Agree);
        // A link that is only likely: the statements may share part of the claim.
        assert_eq!(judge(0.5), Relation::Related);
    }

    #[test]
    fn headlines_that_share_two_words_agree() {
        let judge = |left: &str, right: &str, evidence: Evidence, findings: &[Finding]| {
            let l = Document::parse("left", left).expect("a report");
            let r = Document::parse("right", right).expect("a report");
            let link = AlignedLink {
                evidence,
                ..link(0.5, 0.2)
            };
            let (l, r) = (Claim::new(&l, &[0]), Claim::new(&r, &[0]));
            relation(&link, &l, &r, findings, 0.5)
        };
        let (left, right) = (
            "McDermott Sets Scoring Record as Basketball Tops Drake",
            "McDermott fuels Creighton past Drake in tournament opener",
        );
        assert_eq!(
            judge(left, right, Evidence::Headlines, &[]),
            Relation::Agree
        );
        // Two headlines that open their reports agree however they were linked.
        assert_eq!(judge(left, right, Evidence::Similar, &[]), Relation::Agree);
        // The same words at the same score, but not as headlines (sentences of a body): only
        // related.
        assert_eq!(
            judge(
                &format!("{left}."),
                &format!("{right}."),
                Evidence::Similar,
                &[]
            ),
            Relation::Related
        );
        // One shared word, a place, is the topic, not the claim.
        let (left, right) = (
            "Brooklyn Neighborhood Is 'A Powder Keg' After Teen Killed",
            "Enraged protesters battle cops in Brooklyn streets",
        );
        assert_eq!(
            judge(left, right, Evidence::Headlines, &[]),
            Relation::Related
        );
        // A difference the headlines show is no agreement.
        let (left, right) = ("Quake kills 40 in Java", "Java quake kills 50");
        let number = [finding(FindingKind::Number, 0)];
        assert_ne!(
            judge(left, right, Evidence::Headlines, &number),
            Relation::Agree
        );
        assert_eq!(
            judge(left, right, Evidence::Headlines, &[]),
            Relation::Agree
        );
    }
}
