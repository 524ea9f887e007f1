//! Random key sequences on random small comparisons: the reader never panics, and the
//! selection is always a statement that is shown.

mod common;

use parallax::align::AlignedLink;
use parallax::compare::{Finding, FindingKind, Relation, compare};
use parallax::document::{Document, Side, Span};
use parallax::tui::App;
use parallax::tui::action::{Action, Dir};
use parallax::tui::keymap::{BINDINGS, Code, Key};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WORDS: &[&str] = &[
    "drones",
    "Kazemi",
    "three",
    "attack",
    "said",
    "officials",
    "Baghdad",
    "北京",
    "café",
    "e\u{301}",
    "🙂",
    "قال",
    "militia",
    "not",
    "likely",
    "home",
];

fn report() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(prop::sample::select(WORDS), 1..9)
        .prop_map(|w| format!("{}.", w.join(" ")));
    let paragraph = prop::collection::vec(sentence, 1..4).prop_map(|s| s.join(" "));
    // The first sentence has a word, so that every report has a statement.
    prop::collection::vec(paragraph, 1..5)
        .prop_map(|p| format!("Officials said. {}", p.join("\n\n")))
}

#[derive(Debug, Clone)]
enum Step {
    Key(Key),
    Act(Action),
}

fn step() -> impl Strategy<Value = Step> {
    let bound: Vec<Key> = BINDINGS
        .iter()
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    prop_oneof![
        6 => prop::sample::select(bound).prop_map(Step::Key),
        1 => any::<char>().prop_map(|c| Step::Key(Key::char(c))),
        1 => prop::sample::select(vec![Code::Backspace, Code::Enter, Code::Esc]).prop_map(|c| Step::Key(Key::new(c))),
        1 => (any::<bool>(), 0u16..130, 0u16..50).prop_map(|(d, column, row)| Step::Act(Action::Wheel {
            dir: if d { Dir::Next } else { Dir::Prev },
            column,
            row,
        })),
        1 => (0u16..130, 0u16..50).prop_map(|(column, row)| Step::Act(Action::Click { column, row })),
        1 => (0u16..130, 0u16..50).prop_map(|(width, height)| Step::Act(Action::Resize { width, height })),
    ]
}

fn comparison(
    left: &str,
    right: &str,
    pairs: &[(usize, usize, u8, u8)],
) -> parallax::compare::Comparison {
    let l = Document::parse("l.txt", left).unwrap();
    let r = Document::parse("r.txt", right).unwrap();
    let (nl, nr) = (l.statements.len(), r.statements.len());
    let (mut used_l, mut used_r) = (vec![false; nl], vec![false; nr]);
    let mut links = Vec::new();
    let mut kinds = Vec::new();
    for &(a, b, score, kind) in pairs {
        let (a, b) = (a % nl, b % nr);
        if used_l[a] || used_r[b] {
            continue;
        }
        used_l[a] = true;
        used_r[b] = true;
        let mut left = vec![a];
        if kind % 5 == 0 && a + 1 < nl && !used_l[a + 1] {
            used_l[a + 1] = true;
            left.push(a + 1);
        }
        links.push(AlignedLink {
            left,
            right: vec![b],
            score: f64::from(score) / 255.0,
            similarity: f64::from(score) / 255.0,
            ..Default::default()
        });
        kinds.push(kind);
    }
    let mut c = compare(l, r, links);
    for (i, link) in c.links.iter_mut().enumerate() {
        let kind = kinds.get(i).copied().unwrap_or(0);
        if kind % 3 == 0 {
            link.relation = Relation::Conflict;
            let (ls, rs) = (
                c.left.statements[link.left[0]].span,
                c.right.statements[link.right[0]].span,
            );
            link.findings.push(Finding {
                kind: FindingKind::ALL[kind as usize % FindingKind::ALL.len()],
                left: Some(ls),
                right: Some(Span::new(rs.start, rs.end)),
                note: "differs".into(),
                anchors: 0,
                source: false,
                minor: false,
            });
            link.diff.left_changed.push(ls);
        }
    }
    c
}

fn check(app: &App) -> Result<(), TestCaseError> {
    for side in [Side::Left, Side::Right] {
        let flow = app.flow(side);
        match app.cursor(side) {
            Some(s) => prop_assert!(flow.is_shown(s), "{side:?} cursor {s} hidden"),
            None => prop_assert!(flow.order.is_empty(), "{side:?} has no cursor"),
        }
        prop_assert!(app.scroll(side) <= flow.lines().saturating_sub(app.pane_rows()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_never_panic_and_keep_the_selection_valid(
        left in report(),
        right in report(),
        pairs in prop::collection::vec((0usize..40, 0usize..40, any::<u8>(), any::<u8>()), 0..12),
        (w, h) in (0u16..120, 0u16..40),
        steps in prop::collection::vec(step(), 0..60),
    ) {
        let c = comparison(&left, &right, &pairs);
        let mut app = App::new(c, w, h);
        check(&app)?;
        for (i, s) in steps.into_iter().enumerate() {
            match s {
                Step::Key(k) => app.press(k),
                Step::Act(a) => app.update(a),
            }
            check(&app)?;
            if i % 4 == 0 {
                let (w, h) = app.size();
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| f.render_widget(&app, f.area())).unwrap();
            }
            if app.should_quit() {
                break;
            }
        }
    }
}
