//! Reader speed: one keypress (update + draw into a 200×50 TestBackend) on reports of 20,000
//! statements per side, and start to first frame on the bundled sample pair.
//!
//! `cargo bench --bench tui`

use std::sync::LazyLock;

use parallax::align::{AlignOptions, AlignedLink};
use parallax::compare::{Comparison, Finding, FindingKind, Relation, compare};
use parallax::document::Document;
use parallax::tui::App;
use parallax::tui::keymap::{Code, Key};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const STATEMENTS: usize = 20_000;
const WIDTH: u16 = 200;
const HEIGHT: u16 = 50;

const SUBJECTS: &[&str] = &[
    "The ministry",
    "Local officials",
    "A spokesman for the army",
    "Witnesses",
    "The governor",
    "Rescue teams",
    "Two senior diplomats",
    "The opposition leader",
];
const VERBS: &[&str] = &[
    "said",
    "confirmed",
    "denied",
    "reported",
    "warned",
    "estimated",
    "announced",
    "claimed",
];
const OBJECTS: &[&str] = &[
    "that the convoy had crossed the river before dawn",
    "that at least 14 people were injured in the blast",
    "that talks would resume in Geneva on Monday",
    "that the power plant was shut down for repairs",
    "that the fire spread to three neighbouring buildings",
    "that no decision had been taken about the border crossing",
];

/// A generated report: simple news-like sentences, four to a paragraph.
fn report(seed: usize) -> String {
    let mut text = String::with_capacity(STATEMENTS * 90);
    for i in 0..STATEMENTS {
        let k = i.wrapping_mul(2654435761).wrapping_add(seed);
        text.push_str(&format!(
            "{} {} {} (item {i}).",
            SUBJECTS[k % SUBJECTS.len()],
            VERBS[(k / 7) % VERBS.len()],
            OBJECTS[(k / 49) % OBJECTS.len()]
        ));
        text.push_str(if i % 4 == 3 { "\n\n" } else { " " });
    }
    text
}

/// 20,000 statements per side; four in five linked (to a nearby statement, not the same
/// index: reports tell events in different orders), one link in ten a conflict with a finding.
static BIG: LazyLock<Comparison> = LazyLock::new(|| {
    let left = Document::parse("left.txt", &report(1)).unwrap();
    let right = Document::parse("right.txt", &report(2)).unwrap();
    assert_eq!(left.statements.len(), STATEMENTS);
    assert_eq!(right.statements.len(), STATEMENTS);
    let n = STATEMENTS;
    let links = (0..n)
        .filter(|i| i % 5 != 4)
        .map(|i| {
            let j = if i % 10 < 4 { (i + 1).min(n - 1) } else { i };
            (i, j)
        })
        .filter(|&(i, j)| i % 10 >= 4 || j != i || j + 1 == n)
        .map(|(i, j)| {
            let score = if i % 3 == 0 { 0.5 } else { 0.8 };
            AlignedLink {
                left: vec![i],
                right: vec![j],
                score,
                similarity: score,
                ..Default::default()
            }
        })
        .collect::<Vec<_>>();
    let mut links = links;
    links.dedup_by_key(|l| l.right[0]);
    let mut c = compare(left, right, links);
    for k in (0..c.links.len()).step_by(10) {
        let (l, r) = (c.links[k].left[0], c.links[k].right[0]);
        let (ls, rs) = (c.left.statements[l].span, c.right.statements[r].span);
        let link = &mut c.links[k];
        link.relation = Relation::Conflict;
        link.findings.push(Finding {
            kind: FindingKind::Number,
            left: Some(ls),
            right: Some(rs),
            note: "different number".into(),
            anchors: 0,
            source: false,
            minor: false,
        });
    }
    c
});

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap()
}

fn big_app() -> App {
    App::new(BIG.clone(), WIDTH, HEIGHT)
}

/// One keypress: the key's update plus a full draw. Keys that move back and forth are
/// alternated so that every iteration does real work.
#[divan::bench(args = ["j/k", "n/N", "G/g", "PgDn/PgUp", "Tab", "search ;", "Enter/Esc"])]
fn keypress_20k(bencher: divan::Bencher, keys: &str) {
    let pair: [Key; 2] = match keys {
        "j/k" => [Key::char('j'), Key::char('k')],
        "n/N" => [Key::char('n'), Key::char('N')],
        "G/g" => [Key::char('G'), Key::char('g')],
        "PgDn/PgUp" => [Key::new(Code::PageDown), Key::new(Code::PageUp)],
        "Tab" => [Key::new(Code::Tab), Key::new(Code::Tab)],
        "search ;" => [Key::char(';'), Key::char(';')],
        _ => [Key::new(Code::Enter), Key::new(Code::Esc)],
    };
    let mut app = big_app();
    if keys == "search ;" {
        for k in [Key::char('/')]
            .into_iter()
            .chain("item 1999".chars().map(Key::char))
        {
            app.press(k);
        }
        app.press(Key::new(Code::Enter));
    }
    let mut term = terminal();
    term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let mut i = 0usize;
    bencher.bench_local(|| {
        app.press(pair[i % 2]);
        i += 1;
        term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

/// Changing the filter lays both reports out again (once per filter change, not per frame).
#[divan::bench(sample_count = 20)]
fn filter_change_20k(bencher: divan::Bencher) {
    let mut app = big_app();
    let mut term = terminal();
    bencher.bench_local(|| {
        app.press(Key::char('v'));
        term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

/// A resize lays both reports out again.
#[divan::bench(sample_count = 20)]
fn resize_20k(bencher: divan::Bencher) {
    let mut app = big_app();
    let mut term = terminal();
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        let w = if wide { WIDTH } else { WIDTH - 40 };
        app.update(parallax::tui::Action::Resize {
            width: w,
            height: HEIGHT,
        });
        term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

/// Opening the reader on 20,000 statements per side (layout of both) and drawing once; the
/// comparison itself is given.
#[divan::bench(sample_count = 20)]
fn open_20k(bencher: divan::Bencher) {
    bencher.with_inputs(|| BIG.clone()).bench_local_values(|c| {
        let app = App::new(c, WIDTH, HEIGHT);
        let mut term = terminal();
        term.draw(|f| f.render_widget(&app, f.area())).unwrap();
        app
    });
}

/// What `parallax` does before the first frame on the sample pair: parse both reports,
/// align and compare, lay out, draw (into a 200×50 TestBackend instead of the terminal).
#[divan::bench]
fn sample_start_to_first_frame() -> App {
    let (left, right) = parallax::sample::documents();
    let c = parallax::analyze(left, right, &AlignOptions::default());
    let app = App::new(c, WIDTH, HEIGHT);
    let mut term = terminal();
    term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    app
}
