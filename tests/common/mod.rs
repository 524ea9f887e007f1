//! Fixtures for the reader tests: small report pairs with hand-made links, findings and word
//! diffs (the alignment and compare stages are built elsewhere; the reader only reads).
#![allow(dead_code)]

use parallax::align::AlignedLink;
use parallax::compare::{Comparison, Finding, FindingKind, Relation, compare};
use parallax::document::{Document, Side, Span};
use parallax::tui::App;

pub const LEFT: &str = "Drones Hit Kazemi Home\n\n\
Three drones attacked the home of Prime Minister Mustafa al-Kazemi on Sunday. Kazemi was \
unharmed, officials said.\n\n\
Iran condemned the attack, while militia leaders mocked it. The drones were launched from east \
Baghdad.\n\n\
Security forces found the launch site.";

pub const RIGHT: &str = "Attack on Iraqi Premier\n\n\
Two drones struck the residence of Prime Minister Kazemi early Sunday. Kazemi was not hurt, \
according to officials.\n\n\
The drones came from east Baghdad. Iran condemned the attack.\n\n\
No group has claimed responsibility.";

pub fn documents() -> (Document, Document) {
    (
        Document::parse("left.txt", LEFT).unwrap(),
        Document::parse("right.txt", RIGHT).unwrap(),
    )
}

/// Index of the statement of `doc` containing `needle`.
pub fn statement(doc: &Document, needle: &str) -> usize {
    (0..doc.statements.len())
        .find(|&i| doc.statement_text(i).contains(needle))
        .unwrap_or_else(|| panic!("no statement contains {needle:?}"))
}

/// The span of the first `needle` inside statement `s`.
pub fn span_in(doc: &Document, s: usize, needle: &str) -> Span {
    let st = doc.statements[s].span;
    let at = doc.text[st.start..st.end].find(needle).unwrap() + st.start;
    Span::new(at, at + needle.len())
}

/// The sample comparison: one conflict (a number finding), two agreements, two related
/// links, two only-left statements and one only-right.
pub fn comparison() -> Comparison {
    let (l, r) = documents();
    let pair = |ln: &str, rn: &str, score: f64| AlignedLink {
        left: vec![statement(&l, ln)],
        right: vec![statement(&r, rn)],
        score,
        similarity: score,
        ..Default::default()
    };
    let links = vec![
        pair("Drones Hit", "Attack on Iraqi", 0.4),
        pair("Three drones", "Two drones", 0.7),
        pair("Kazemi was", "Kazemi was", 0.8),
        pair("Iran condemned", "Iran condemned", 0.9),
        pair("launched from", "came from", 0.5),
    ];
    let mut c = compare(l, r, links);
    let li = statement(&c.left, "Three drones");
    let ri = statement(&c.right, "Two drones");
    let k = c.link_of(Side::Left, li).unwrap();
    let left_three = span_in(&c.left, li, "Three drones");
    let right_two = span_in(&c.right, ri, "Two drones");
    let left_diff = vec![
        span_in(&c.left, li, "Three"),
        span_in(&c.left, li, "attacked"),
        span_in(&c.left, li, "home"),
    ];
    let right_diff = vec![
        span_in(&c.right, ri, "Two"),
        span_in(&c.right, ri, "struck"),
        span_in(&c.right, ri, "residence"),
    ];
    let link = &mut c.links[k];
    link.relation = Relation::Conflict;
    // Replace whatever compare found: the reader tests must not depend on its rules.
    link.findings = vec![Finding {
        kind: FindingKind::Number,
        left: Some(left_three),
        right: Some(right_two),
        note: "different number of drones".into(),
        anchors: 0,
        source: false,
        minor: false,
    }];
    link.diff.left_changed = left_diff;
    link.diff.right_changed = right_diff;
    c
}

/// Sets the relation of the link of left statement `s`, adding a finding when it becomes a
/// conflict.
pub fn make_conflict(c: &mut Comparison, left_statement: usize, kind: FindingKind) {
    let k = c.link_of(Side::Left, left_statement).unwrap();
    let link = &mut c.links[k];
    link.relation = Relation::Conflict;
    let (l, r) = (link.left[0], link.right[0]);
    let left = c.left.statements[l].span;
    let right = c.right.statements[r].span;
    c.links[k].findings = vec![Finding {
        kind,
        left: Some(left),
        right: Some(right),
        note: format!("a {} difference", kind.name()),
        anchors: 0,
        source: false,
        minor: false,
    }];
}

/// A reader on the fixture, with a fixed (monochrome-independent) theme.
pub fn app(width: u16, height: u16) -> App {
    let mut app = App::new(comparison(), width, height);
    app.theme = parallax::tui::theme::Theme::colored();
    app
}

/// A generated pair of `n` statements per side, three to a paragraph; every second statement
/// linked to its namesake (every tenth link a conflict with a finding).
pub fn long_comparison(n: usize) -> Comparison {
    let text = |side: &str| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&format!(
                "The {side} report says item {i} was seen near place {} on day {}.",
                i % 17,
                i % 5
            ));
            s.push_str(if i % 3 == 2 { "\n\n" } else { " " });
        }
        s
    };
    let l = Document::parse("long-left.txt", &text("left")).unwrap();
    let r = Document::parse("long-right.txt", &text("right")).unwrap();
    assert_eq!(l.statements.len(), n);
    let links = (0..n)
        .step_by(2)
        .map(|i| AlignedLink {
            left: vec![i],
            right: vec![i],
            score: if i % 4 == 0 { 0.8 } else { 0.5 },
            similarity: if i % 4 == 0 { 0.8 } else { 0.5 },
            ..Default::default()
        })
        .collect();
    let mut c = compare(l, r, links);
    for i in (0..n).step_by(20) {
        make_conflict(&mut c, i, FindingKind::Time);
    }
    c
}
