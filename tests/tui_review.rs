//! The review by hand in the reader, driven by key sequences: unlink, link, verdicts, notes,
//! undo, copy, editor, suspend, mouse; and the review's round trip through its file.

mod common;

use common::{app, statement};
use parallax::compare::Relation;
use parallax::document::Side;
use parallax::review::{Desk, store};
use parallax::tui::App;
use parallax::tui::app::Effect;
use parallax::tui::keymap::{Code, Context, Key};
use parallax::tui::theme::Highlight;
use parallax::tui::view::{position_text, why_text};

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.press(Key::char(c));
    }
}

fn l(needle: &str) -> usize {
    statement(&common::documents().0, needle)
}
fn r(needle: &str) -> usize {
    statement(&common::documents().1, needle)
}

/// The relation of the strongest link of left statement `s`, if linked.
fn relation(a: &App, s: usize) -> Option<Relation> {
    let c = a.comparison();
    c.link_of(Side::Left, s).map(|k| c.links[k].relation)
}

#[test]
fn x_unlinks_and_u_undoes() {
    let mut a = app(100, 24);
    press(&mut a, "n");
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    assert_eq!(a.take_effects(), []);
    press(&mut a, "x");
    assert_eq!(a.comparison().links.len(), 4);
    assert_eq!(relation(&a, l("Three drones")), None);
    assert_eq!(a.message(), Some("unlinked L2 ↔ R2 (u undoes)"));
    assert_eq!(a.take_effects(), [Effect::SaveReview]);
    assert!(position_text(&a).unwrap().starts_with("L2 only-left"));
    assert_eq!(a.reviewed().unlinked.len(), 1);
    press(&mut a, "u");
    assert_eq!(a.comparison().links.len(), 5);
    assert_eq!(relation(&a, l("Three drones")), Some(Relation::Conflict));
    assert_eq!(
        a.message(),
        Some("undone: unlink (u undoes the one before)")
    );
    assert_eq!(a.take_effects(), [Effect::SaveReview]);
    press(&mut a, "u");
    assert_eq!(a.message(), Some("nothing to undo"));
    // Nothing to unlink on a statement only one report has.
    press(&mut a, "G");
    press(&mut a, "x");
    assert_eq!(a.message(), Some("no link here to unlink"));
    assert!(a.review().decisions.is_empty());
}

#[test]
fn c_in_one_pane_then_c_in_the_other_links_the_two() {
    let mut a = app(100, 24);
    press(&mut a, "G");
    let launch = l("Security forces");
    assert_eq!(a.cursor(Side::Left), Some(launch));
    press(&mut a, "c");
    assert_eq!(a.linking(), Some((Side::Left, launch)));
    assert!(
        a.message().unwrap().starts_with("L7 marked"),
        "{:?}",
        a.message()
    );
    press(&mut a, "lG");
    assert_eq!(a.active(), Side::Right);
    let claimed = r("No group");
    assert_eq!(a.cursor(Side::Right), Some(claimed));
    // The marked statement stays underlined while the other pane is chosen.
    assert_eq!(a.highlight(Side::Left, launch), Highlight::Counterpart);
    press(&mut a, "c");
    assert_eq!(a.linking(), None);
    assert_eq!(a.message(), Some("linked L7 ↔ R6 (u undoes)"));
    let c = a.comparison();
    let k = c.link_of(Side::Left, launch).unwrap();
    assert_eq!(c.links[k].right, [claimed]);
    assert!(a.reviewed().hand(k).linked);
    assert!(c.only_left.iter().all(|&s| s != launch));
    assert!(position_text(&a).unwrap().contains("linked by hand"));
    // Esc forgets a mark.
    press(&mut a, "c");
    assert!(a.linking().is_some());
    a.press(Key::new(Code::Esc));
    assert_eq!(a.linking(), None);
}

#[test]
fn a_statement_in_two_links_shows_all_its_counterparts_and_the_strongest_relation() {
    let mut a = app(100, 24);
    // Link L2 (the conflict with R2) to R4 as well.
    press(&mut a, "nc");
    press(&mut a, "l");
    while a.cursor(Side::Right) != Some(r("came from")) {
        press(&mut a, "j");
    }
    press(&mut a, "c");
    press(&mut a, "h");
    while a.cursor(Side::Left) != Some(l("Three drones")) {
        press(&mut a, "k");
    }
    let c = a.comparison();
    assert_eq!(c.links_of(Side::Left, l("Three drones")).len(), 2);
    assert_eq!(
        a.highlight(Side::Right, r("Two drones")),
        Highlight::Counterpart
    );
    assert_eq!(
        a.highlight(Side::Right, r("came from")),
        Highlight::Counterpart
    );
    assert_eq!(a.highlight(Side::Right, r("No group")), Highlight::None);
    let status = position_text(&a).unwrap();
    assert!(status.starts_with("L2 conflict 1/1 ↔ R2+R4"), "{status}");
    // The detail view shows the strongest link and names the other.
    let detail: Vec<String> = parallax::tui::view::detail_lines(&a, 100)
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert!(detail[0].contains("L2 ~ R2"), "{detail:?}");
    assert!(
        detail
            .iter()
            .any(|l| l.starts_with("L2 is also in L2 ↔ R4 (")),
        "{detail:?}"
    );
    assert_eq!(relation(&a, l("Three drones")), Some(Relation::Conflict));
}

#[test]
fn verdict_keys_set_the_relation_by_hand() {
    let mut a = app(100, 24);
    press(&mut a, "n");
    let three = l("Three drones");
    press(&mut a, "=");
    assert_eq!(relation(&a, three), Some(Relation::Agree));
    assert_eq!(a.message(), Some("verdict set by hand: agree (u undoes)"));
    let status = position_text(&a).unwrap();
    assert!(
        status.starts_with("L2 agree") && status.ends_with("by hand (Parallax: conflict)"),
        "{status}"
    );
    let (_, why) = why_text(&a).unwrap();
    assert!(
        why.starts_with("agree by hand (Parallax said conflict)"),
        "{why}"
    );
    press(&mut a, "~");
    assert_eq!(relation(&a, three), Some(Relation::Related));
    press(&mut a, "!");
    assert_eq!(relation(&a, three), Some(Relation::Conflict));
    assert_eq!(a.review().decisions.len(), 3);
    // Jumps follow the verdicts by hand.
    press(&mut a, "g=");
    press(&mut a, "a");
    assert_eq!(a.cursor(Side::Left), Some(l("Kazemi was")));
    press(&mut a, "uuuu");
    assert!(a.review().decisions.is_empty());
    assert!(a.reviewed().hands.iter().all(|h| h.machine.is_none()));
    // No link and nothing marked: the verdict keys say what to do.
    press(&mut a, "G!");
    assert_eq!(
        a.message(),
        Some("no link here: c marks a statement to link it first")
    );
}

#[test]
fn notes_on_a_link_and_on_a_statement() {
    let mut a = app(100, 24);
    press(&mut a, "nm");
    assert_eq!(a.mode(), Context::Note);
    assert_eq!(a.note_label(), Some("L2 ↔ R2"));
    press(&mut a, "AP says three");
    a.press(Key::new(Code::Enter));
    assert_eq!(a.mode(), Context::Reader);
    let k = a.selected_link().unwrap();
    assert_eq!(a.reviewed().hand(k).note.as_deref(), Some("AP says three"));
    let (_, why) = why_text(&a).unwrap();
    assert!(why.starts_with("note: AP says three · "), "{why}");
    // m again shows the note to change; Esc leaves it as it was.
    press(&mut a, "m");
    assert_eq!(a.prompt(), "AP says three");
    press(&mut a, "!!");
    a.press(Key::new(Code::Esc));
    assert_eq!(a.reviewed().hand(k).note.as_deref(), Some("AP says three"));
    // M: a note on the statement itself.
    press(&mut a, "M");
    assert_eq!(a.note_label(), Some("L2"));
    press(&mut a, "check the count");
    a.press(Key::new(Code::Enter));
    assert_eq!(
        a.reviewed().note(Side::Left, l("Three drones")),
        Some("check the count")
    );
    // On a statement without a link, m writes on the statement; an empty note removes it.
    press(&mut a, "G");
    press(&mut a, "mx");
    a.press(Key::new(Code::Enter));
    assert_eq!(
        a.reviewed().note(Side::Left, l("Security forces")),
        Some("x")
    );
    press(&mut a, "m");
    a.press(Key::new(Code::Backspace));
    a.press(Key::new(Code::Enter));
    assert_eq!(a.reviewed().note(Side::Left, l("Security forces")), None);
    assert_eq!(a.message(), Some("note on L7 removed (u undoes)"));
}

#[test]
fn y_copies_e_edits_ctrl_z_suspends_p_frees_the_mouse() {
    let mut a = app(100, 24);
    press(&mut a, "n");
    a.take_effects();
    press(&mut a, "y");
    let effects = a.take_effects();
    let [Effect::Copy(text)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(
        text.contains("L2 (Drones Hit Kazemi Home): \"Three drones attacked"),
        "{text}"
    );
    assert!(
        text.contains("R2 (Attack on Iraqi Premier): \"Two drones struck"),
        "{text}"
    );
    assert!(
        text.contains("conflict · number: different number of drones"),
        "{text}"
    );
    assert_eq!(a.message(), Some("copied L2 ↔ R2 to the clipboard"));
    press(&mut a, "e");
    assert_eq!(
        a.take_effects(),
        [Effect::Edit {
            side: Side::Left,
            statement: l("Three drones")
        }]
    );
    a.press(Key::ctrl('z'));
    assert_eq!(a.take_effects(), [Effect::Suspend]);
    assert!(a.mouse_captured());
    press(&mut a, "p");
    assert!(!a.mouse_captured());
    assert_eq!(a.take_effects(), [Effect::MouseCapture(false)]);
    assert!(a.message().unwrap().starts_with("mouse off"));
    press(&mut a, "p");
    assert_eq!(a.take_effects(), [Effect::MouseCapture(true)]);
}

#[test]
fn an_unknown_key_says_how_to_find_the_keys() {
    let mut a = app(100, 24);
    press(&mut a, "w");
    assert_eq!(a.message(), Some("w does nothing here: press ? for help"));
    a.press(Key::ctrl('q'));
    assert_eq!(
        a.message(),
        Some("Ctrl-q does nothing here: press ? for help")
    );
    a.press(Key::new(Code::Enter));
    press(&mut a, "w");
    assert_eq!(a.mode(), Context::Detail);
    assert_eq!(a.message(), Some("w does nothing here: press ? for help"));
}

#[test]
fn the_review_round_trips_change_quit_reopen_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.json");
    let mut a = app(100, 24);
    press(&mut a, "n=mwire copy");
    a.press(Key::new(Code::Enter));
    press(&mut a, "jjx");
    press(&mut a, "GMnot elsewhere");
    a.press(Key::new(Code::Enter));
    // What the event loop does with each SaveReview.
    for e in a.take_effects() {
        if e == Effect::SaveReview {
            store::save(&path, a.review(), a.comparison()).unwrap();
        }
    }
    let before = a.reviewed().clone();
    let review = store::load(&path).unwrap();
    assert_eq!(&review, a.review());
    let b = App::reviewing(Desk::new(common::comparison(), review), 100, 24);
    let after = b.reviewed();
    assert_eq!(after.comparison, before.comparison);
    assert_eq!(after.hands, before.hands);
    assert_eq!(after.notes, before.notes);
    assert_eq!(after.unlinked, before.unlinked);
    assert!(after.not_applied.is_empty());
    assert_eq!(
        b.message(),
        Some("the review goes on: 4 decisions by hand (u undoes the last)")
    );
}

#[test]
fn decisions_whose_statements_are_gone_are_reported_on_opening() {
    let mut a = app(100, 24);
    press(&mut a, "nx");
    let review = a.review().clone();
    // The same reports, the conflicting sentence rewritten since.
    let (l, r) = common::documents();
    let text = l.text.replace("Three drones attacked", "Drones attacked");
    let l = parallax::document::Document::parse("left.txt", &text).unwrap();
    let c = parallax::analyze(l, r, &Default::default());
    let b = App::reviewing(Desk::new(c, review), 100, 24);
    assert_eq!(b.reviewed().not_applied.len(), 1);
    assert!(
        b.message()
            .unwrap()
            .starts_with("1 review decision not applied"),
        "{:?}",
        b.message()
    );
}
