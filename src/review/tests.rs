use super::*;

const LEFT: &str = "Three workers died in the fire at the plant on Monday. \
The plant was closed by the city. The mayor visited the site.";
const RIGHT: &str = "Two workers died in the fire at the plant on Monday. \
Officials closed the plant. The owner declined to comment.";

fn comparison(left: &str, right: &str) -> Comparison {
    let l = Document::parse("l.txt", left).unwrap();
    let r = Document::parse("r.txt", right).unwrap();
    crate::compare::compare(l, r, vec![crate::compare::tests::link(0, 0, 0.8)])
}

fn pair(c: &Comparison, left: &[usize], right: &[usize]) -> Pair {
    Pair {
        left: anchors(&c.left, left),
        right: anchors(&c.right, right),
    }
}

#[test]
fn unlink_link_verdict_and_notes_apply_and_undo() {
    let c = comparison(LEFT, RIGHT);
    assert_eq!(c.links[0].relation, Relation::Conflict);
    let mut desk = Desk::new(c.clone(), Review::default());
    assert!(desk.reviewed().is_empty());

    desk.decide(Decision::Verdict {
        pair: pair(&c, &[0], &[0]),
        relation: Verdict::Related,
    });
    let r = desk.reviewed();
    assert_eq!(r.comparison.links[0].relation, Relation::Related);
    assert_eq!(r.hand(0).machine, Some(Relation::Conflict));

    desk.decide(Decision::Link {
        pair: pair(&c, &[1], &[1]),
    });
    let r = desk.reviewed();
    assert_eq!(r.comparison.links.len(), 2);
    assert_eq!(r.comparison.links[1].left, [1]);
    assert!(r.hand(1).linked);
    assert_eq!(r.comparison.only_left, [2]);

    desk.decide(Decision::Note {
        pair: pair(&c, &[1], &[1]),
        note: "city records say so".into(),
    });
    desk.decide(Decision::Note {
        pair: pair(&c, &[2], &[]),
        note: " not in the other report ".into(),
    });
    let r = desk.reviewed();
    assert_eq!(r.hand(1).note.as_deref(), Some("city records say so"));
    assert_eq!(r.note(Side::Left, 2), Some("not in the other report"));

    desk.decide(Decision::Unlink {
        pair: pair(&c, &[0], &[0]),
    });
    let r = desk.reviewed();
    assert_eq!(r.comparison.links.len(), 1);
    assert_eq!(r.unlinked.len(), 1);
    assert_eq!(r.unlinked[0].relation, Relation::Related);
    assert_eq!(r.comparison.only_left, [0, 2]);

    assert!(matches!(desk.undo(), Some(Decision::Unlink { .. })));
    assert_eq!(desk.comparison().links.len(), 2);
    for _ in 0..4 {
        assert!(desk.undo().is_some());
    }
    assert_eq!(desk.comparison(), &c);
    assert!(desk.reviewed().is_empty());
    assert_eq!(desk.undo(), None);
}

#[test]
fn a_verdict_on_unlinked_statements_links_them() {
    let c = comparison(LEFT, RIGHT);
    let mut desk = Desk::new(c.clone(), Review::default());
    desk.decide(Decision::Verdict {
        pair: pair(&c, &[2], &[2]),
        relation: Verdict::Conflict,
    });
    let r = desk.reviewed();
    let l = r.comparison.link_of(Side::Left, 2).unwrap();
    assert_eq!(r.comparison.links[l].relation, Relation::Conflict);
    assert!(r.hand(l).linked);
    assert!(r.hand(l).machine.is_some());
}

#[test]
fn decisions_follow_their_statements_into_a_changed_text() {
    let c = comparison(LEFT, RIGHT);
    let review = Review {
        decisions: vec![
            Decision::Verdict {
                pair: pair(&c, &[0], &[0]),
                relation: Verdict::Agree,
            },
            Decision::Note {
                pair: pair(&c, &[2], &[]),
                note: "check".into(),
            },
            Decision::Link {
                pair: pair(&c, &[1], &[2]),
            },
        ],
    };
    // A new version of the left report: a sentence before, the mayor's sentence rewritten;
    // the right report's sentences split differently.
    let changed = comparison(
        "A fire broke out. Three workers died in the fire at the plant on Monday. \
         The plant was closed by the city. The mayor went to the site.",
        RIGHT,
    );
    let mut desk = Desk::new(changed, review);
    let r = desk.reviewed();
    // The machine link is L1 ~ R1 here (index 0 ~ 0), the text moved to L2.
    assert_eq!(r.not_applied.len(), 1, "{:?}", r.not_applied);
    assert!(matches!(r.not_applied[0].0, Decision::Note { .. }));
    let linked = r.comparison.links_of(Side::Left, 2);
    assert_eq!(linked.len(), 1);
    assert_eq!(r.comparison.links[linked[0]].right, [2]);
    assert!(r.hand(linked[0]).linked);
    // The verdict went to the link of the statement's text, wherever it is now.
    let c2 = &r.comparison;
    let verdict = (0..c2.links.len()).find(|&l| r.hand(l).machine.is_some());
    assert_eq!(verdict.map(|l| c2.links[l].left.clone()), Some(vec![1]));
    assert!(desk.undo().is_some());
}

#[test]
fn decisions_naming_no_statement_are_not_applied_and_do_not_crash() {
    let c = comparison(LEFT, RIGHT);
    let empty = Pair::default();
    let one = pair(&c, &[0], &[]);
    let review = Review {
        decisions: vec![
            Decision::Link {
                pair: empty.clone(),
            },
            Decision::Link { pair: one.clone() },
            Decision::Verdict {
                pair: one.clone(),
                relation: Verdict::Agree,
            },
            Decision::Unlink { pair: one },
            Decision::Note {
                pair: empty,
                note: "x".into(),
            },
        ],
    };
    let desk = Desk::new(c.clone(), review);
    assert_eq!(desk.reviewed().not_applied.len(), 5);
    assert_eq!(desk.comparison(), &c);
}

#[test]
fn anchors_survive_a_split_and_a_merge() {
    let doc = Document::parse(
        "d.txt",
        "The army said it had left the town. Then rain came.",
    )
    .unwrap();
    let finder = Finder::new(&doc);
    let whole = Anchor {
        text: "The army said it had left the town. Then rain came.".into(),
        nth: 0,
    };
    assert_eq!(finder.find(&whole), [0, 1]);
    let part = Anchor {
        text: "said it had left".into(),
        nth: 0,
    };
    assert_eq!(finder.find(&part), [0]);
    let gone = Anchor {
        text: "Nothing like this.".into(),
        nth: 0,
    };
    assert!(finder.find(&gone).is_empty());
    // A piece that several statements contain names none of them.
    let twice = Document::parse("d.txt", "The army left. The army came back.").unwrap();
    let piece = Anchor {
        text: "The army".into(),
        nth: 0,
    };
    assert!(Finder::new(&twice).find(&piece).is_empty());
}

#[test]
fn repeated_sentences_are_told_apart() {
    let doc = Document::parse("d.txt", "It burned. Then it stopped. It burned.").unwrap();
    assert_eq!(anchor(&doc, 2).nth, 1);
    assert_eq!(Finder::new(&doc).find(&anchor(&doc, 2)), [2]);
    assert_eq!(Finder::new(&doc).find(&anchor(&doc, 0)), [0]);
}

mod files {
    use super::*;
    use crate::review::store::{Error, load, save};

    #[test]
    fn a_review_round_trips_through_its_file() {
        let c = comparison(LEFT, RIGHT);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("review.json");
        assert_eq!(load(&path).unwrap(), Review::default());
        let review = Review {
            decisions: vec![
                Decision::Unlink {
                    pair: pair(&c, &[0], &[0]),
                },
                Decision::Note {
                    pair: pair(&c, &[], &[1]),
                    note: "ask the agency".into(),
                },
                Decision::Verdict {
                    pair: pair(&c, &[1], &[1]),
                    relation: Verdict::Agree,
                },
            ],
        };
        save(&path, &review, &c).unwrap();
        assert_eq!(load(&path).unwrap(), review);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"parallax_review\": 1"), "{text}");
        assert!(text.contains("\"do\": \"verdict\""), "{text}");
        // Only the review file is left in the directory: the temporary file was renamed.
        let files = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(files, 1);
    }

    #[test]
    fn corrupt_foreign_and_newer_files_are_errors_naming_them_and_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in [
            (
                "corrupt.json",
                "{\"parallax_review\": 1, \"decisions\": [ {",
            ),
            ("foreign.json", "{\"name\": \"my package\"}"),
            ("binary.json", "\u{0}\u{1}PNG"),
            (
                "bad.json",
                "{\"parallax_review\": 1, \"decisions\": [{\"do\": \"dance\"}]}",
            ),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, content).unwrap();
            let e = load(&path).unwrap_err();
            assert!(matches!(e, Error::Foreign { .. }), "{name}: {e}");
            assert!(e.to_string().contains(name), "{e}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
        }
        let path = dir.path().join("newer.json");
        std::fs::write(&path, "{\"parallax_review\": 7, \"decisions\": []}").unwrap();
        assert!(matches!(load(&path), Err(Error::Newer { version: 7, .. })));
    }

    #[test]
    fn a_read_only_review_is_read_but_never_written() {
        let c = comparison(LEFT, RIGHT);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ro.json");
        let review = Review {
            decisions: vec![Decision::Link {
                pair: pair(&c, &[2], &[2]),
            }],
        };
        save(&path, &review, &c).unwrap();
        let before = std::fs::read_to_string(&path).unwrap();
        let mut perms = std::fs::metadata(&path).unwrap().permissions();
        perms.set_readonly(true);
        std::fs::set_permissions(&path, perms).unwrap();
        assert_eq!(load(&path).unwrap(), review);
        let e = save(&path, &Review::default(), &c).unwrap_err();
        assert!(matches!(e, Error::Write { .. }), "{e}");
        assert!(e.to_string().contains("ro.json"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    }
}

mod two_readers {
    use super::*;
    use crate::review::store::{load, merge, save_merged};

    fn note(c: &Comparison, text: &str) -> Decision {
        Decision::Note {
            pair: pair(c, &[2], &[]),
            note: text.into(),
        }
    }

    #[test]
    fn a_merge_keeps_their_decisions_and_our_additions_and_undos() {
        let c = comparison(LEFT, RIGHT);
        let [a, b, x, y] = ["a", "b", "x", "y"].map(|t| note(&c, t));
        let base = vec![a.clone(), b.clone()];
        // Nobody else wrote: ours as it is.
        let ours = vec![a.clone(), x.clone()];
        assert_eq!(merge(&base, &ours, &base), ours);
        // The other reader added y; we undid b and added x.
        let theirs = vec![a.clone(), b.clone(), y.clone()];
        assert_eq!(merge(&base, &ours, &theirs), [a.clone(), y.clone(), x]);
        // The other reader undid b too; we added nothing.
        assert_eq!(merge(&base, &base, std::slice::from_ref(&a)), [a]);
    }

    #[test]
    fn two_readers_saving_the_same_pair_at_once_lose_no_decision() {
        let c = comparison(LEFT, RIGHT);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pair.json");
        const EACH: usize = 25;
        let barrier = std::sync::Barrier::new(2);
        std::thread::scope(|s| {
            for reader in ["left", "right"] {
                let (c, path, barrier) = (&c, &path, &barrier);
                s.spawn(move || {
                    // One reader's desk: its review, and the review as last saved.
                    let (mut ours, mut base) = (Review::default(), Review::default());
                    barrier.wait();
                    for i in 0..EACH {
                        ours.decisions.push(note(c, &format!("{reader} {i}")));
                        let merged = save_merged(path, &base, &ours, c).unwrap();
                        (ours, base) = (merged.clone(), merged);
                    }
                });
            }
        });
        let saved = load(&path).unwrap();
        assert_eq!(saved.decisions.len(), 2 * EACH, "{saved:?}");
        for reader in ["left", "right"] {
            for i in 0..EACH {
                assert!(
                    saved
                        .decisions
                        .contains(&note(&c, &format!("{reader} {i}"))),
                    "{reader} {i} lost"
                );
            }
        }
        // Nothing left beside the review: no lock file, no temporary file.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
