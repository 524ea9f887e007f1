//! The reader's state driven by key sequences: every key of the keymap.

mod common;

use common::{app, statement};
use parallax::compare::{FindingKind, Relation};
use parallax::document::Side;
use parallax::tui::App;
use parallax::tui::action::{Action, Dir, Filter};
use parallax::tui::keymap::{Code, Context, Key};
use parallax::tui::view::{position_text, search_status};

fn ch(c: char) -> Key {
    Key::char(c)
}
fn code(c: Code) -> Key {
    Key::new(c)
}

fn press(app: &mut App, keys: &[Key]) {
    for &k in keys {
        app.press(k);
    }
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.press(ch(c));
    }
}

/// Left and right statement indices of the fixture, by a phrase they contain.
fn l(needle: &str) -> usize {
    statement(&common::documents().0, needle)
}
fn r(needle: &str) -> usize {
    statement(&common::documents().1, needle)
}

fn long(n: usize, w: u16, h: u16) -> App {
    App::new(common::long_comparison(n), w, h)
}

#[test]
fn starts_on_the_first_statement_with_the_other_pane_following() {
    let a = app(100, 24);
    assert_eq!(a.mode(), Context::Reader);
    assert_eq!(a.active(), Side::Left);
    assert_eq!(a.cursor(Side::Left), Some(0));
    assert_eq!(a.cursor(Side::Right), Some(0));
    assert_eq!(
        position_text(&a).unwrap(),
        "L1 related 1/2 ↔ R1 · score 0.40"
    );
}

#[test]
fn j_k_and_arrows_move_one_statement() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('j')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    assert_eq!(a.cursor(Side::Right), Some(r("Two drones")));
    press(&mut a, &[code(Code::Down), code(Code::Down)]);
    assert_eq!(a.cursor(Side::Left), Some(l("Iran condemned")));
    assert_eq!(a.cursor(Side::Right), Some(r("Iran condemned")));
    press(&mut a, &[ch('k'), code(Code::Up)]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    press(&mut a, &[ch('k'), ch('k'), ch('k')]);
    assert_eq!(a.cursor(Side::Left), Some(0), "k stops at the top");
    press(&mut a, &[ch('G'), ch('j')]);
    assert_eq!(
        a.cursor(Side::Left),
        Some(l("Security forces")),
        "j stops at the end"
    );
}

#[test]
fn g_and_big_g_and_home_end() {
    let mut a = app(100, 24);
    let last = l("Security forces");
    press(&mut a, &[ch('G')]);
    assert_eq!(a.cursor(Side::Left), Some(last));
    press(&mut a, &[ch('g')]);
    assert_eq!(a.cursor(Side::Left), Some(0));
    press(&mut a, &[code(Code::End)]);
    assert_eq!(a.cursor(Side::Left), Some(last));
    press(&mut a, &[code(Code::Home)]);
    assert_eq!(a.cursor(Side::Left), Some(0));
}

#[test]
fn pages_move_by_a_screen_and_keep_the_selection_in_view() {
    for down in [code(Code::PageDown), ch(' '), Key::ctrl('f')] {
        let mut a = long(300, 80, 20);
        let rows = a.pane_rows();
        press(&mut a, &[down]);
        let s = a.cursor(Side::Left).unwrap();
        let (first, _) = a.flow(Side::Left).lines_of(s).unwrap();
        assert!(first >= rows - 2, "{down:?} moved to line {first}");
        assert!(first >= a.scroll(Side::Left) && first < a.scroll(Side::Left) + rows);
    }
    for up in [code(Code::PageUp), ch('b'), Key::ctrl('b')] {
        let mut a = long(300, 80, 20);
        press(&mut a, &[ch('G'), up]);
        let s = a.cursor(Side::Left).unwrap();
        assert!(s < 299, "{up:?} stayed at the end");
        let (first, _) = a.flow(Side::Left).lines_of(s).unwrap();
        assert!(first >= a.scroll(Side::Left) && first < a.scroll(Side::Left) + a.pane_rows());
    }
}

#[test]
fn the_other_pane_scrolls_to_the_linked_statement() {
    let mut a = long(300, 80, 20);
    press(&mut a, &[ch('G')]);
    // 298 is linked to right 298 (every second statement is linked).
    let s = a.cursor(Side::Left).unwrap();
    assert_eq!(s, 299);
    press(&mut a, &[ch('k')]);
    assert_eq!(a.cursor(Side::Right), Some(298));
    let (first, last) = a.flow(Side::Right).lines_of(298).unwrap();
    let top = a.scroll(Side::Right);
    assert!(first >= top && last < top + a.pane_rows());
}

#[test]
fn tab_switches_pane_to_the_linked_statement() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('j'), code(Code::Tab)]);
    assert_eq!(a.active(), Side::Right);
    assert_eq!(a.cursor(Side::Right), Some(r("Two drones")));
    press(&mut a, &[ch('j'), ch('j')]);
    assert_eq!(a.cursor(Side::Right), Some(r("The drones came")));
    assert_eq!(a.cursor(Side::Left), Some(l("launched from")));
    press(&mut a, &[code(Code::BackTab)]);
    assert_eq!(a.active(), Side::Left);
    assert_eq!(a.cursor(Side::Left), Some(l("launched from")));
    press(&mut a, &[ch('l')]);
    assert_eq!(a.active(), Side::Right);
    press(&mut a, &[ch('h')]);
    assert_eq!(a.active(), Side::Left);
    press(&mut a, &[code(Code::Right)]);
    assert_eq!(a.active(), Side::Right);
    press(&mut a, &[code(Code::Left)]);
    assert_eq!(a.active(), Side::Left);
}

#[test]
fn n_and_big_n_jump_through_conflicts_with_their_position() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('n')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    assert_eq!(a.message(), None);
    assert_eq!(
        position_text(&a).unwrap(),
        "L2 conflict 1/1 ↔ R2 · score 0.70"
    );
    // The only conflict: n stays on it and says so.
    press(&mut a, &[ch('n')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    assert_eq!(a.message(), Some("no other conflicts"));
    press(&mut a, &[ch('G'), ch('N')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));

    // The reader opens on L1, the first of five conflicts (every twentieth statement). As in
    // vim and less, n goes to the next one after the selection: the first n is never lost.
    let mut many = long(100, 100, 30);
    assert!(position_text(&many).unwrap().starts_with("L1 conflict 1/5"));
    press(&mut many, &[ch('n')]);
    assert_eq!(many.cursor(Side::Left), Some(20));
    assert_eq!(many.message(), None);
    assert!(
        position_text(&many)
            .unwrap()
            .starts_with("L21 conflict 2/5")
    );
    press(&mut many, &[ch('n')]);
    assert_eq!(many.cursor(Side::Left), Some(40));
    assert!(
        position_text(&many)
            .unwrap()
            .starts_with("L41 conflict 3/5")
    );
    press(&mut many, &[ch('N')]);
    assert_eq!(many.cursor(Side::Left), Some(20));
    press(&mut many, &[ch('N'), ch('N')]);
    assert_eq!(many.cursor(Side::Left), Some(80), "N wraps to the last");
    assert_eq!(many.message(), Some("wrapped around"));
    press(&mut many, &[ch('n')]);
    assert_eq!(many.cursor(Side::Left), Some(0), "n wraps to the first");
    assert_eq!(many.message(), Some("wrapped around"));
}

#[test]
fn every_jump_key_moves_past_a_selection_that_is_already_a_target() {
    // In the long pair, L1 is a conflict with a finding; L5 an agreement; L3 a related link;
    // L2 only-left. Each forward key, pressed on a statement it looks for, goes to the next
    // one; each backward key comes back.
    let mut a = long(100, 100, 30);
    typed(&mut a, "/item 1");
    press(&mut a, &[code(Code::Enter)]);
    assert_eq!(
        a.cursor(Side::Left),
        Some(1),
        "a new search counts the selection"
    );
    for (next, prev, start) in [
        ('n', 'N', 0),
        ('f', 'F', 0),
        ('a', 'A', 4),
        ('r', 'R', 2),
        ('o', 'O', 1),
        (';', ',', 1),
    ] {
        press(&mut a, &[ch('g')]);
        while a.cursor(Side::Left) != Some(start) {
            press(&mut a, &[ch('j')]);
        }
        press(&mut a, &[ch(next)]);
        let moved = a.cursor(Side::Left).unwrap();
        assert!(moved > start, "{next} on L{} stayed", start + 1);
        assert_eq!(a.message(), None, "{next}");
        press(&mut a, &[ch(prev)]);
        assert_eq!(a.cursor(Side::Left), Some(start), "{prev}");
    }
    // A digit looks for the next finding of its kind (here: time) after the selection too.
    press(&mut a, &[ch('g'), ch('6')]);
    assert_eq!(a.cursor(Side::Left), Some(20));
}

#[test]
fn no_conflicts_says_so() {
    let (left, right) = common::documents();
    let c = parallax::compare::compare(left, right, Vec::new());
    let mut a = App::new(c, 80, 24);
    press(&mut a, &[ch('n')]);
    assert_eq!(a.message(), Some("no conflicts"));
    assert_eq!(a.cursor(Side::Left), Some(0));
    press(&mut a, &[ch('N')]);
    assert_eq!(a.message(), Some("no conflicts"));
}

#[test]
fn jumps_by_relation() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('a')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Kazemi was")));
    press(&mut a, &[ch('a')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Iran condemned")));
    press(&mut a, &[ch('A')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Kazemi was")));
    press(&mut a, &[ch('r')]);
    assert_eq!(a.cursor(Side::Left), Some(l("launched from")));
    press(&mut a, &[ch('R')]);
    assert_eq!(a.cursor(Side::Left), Some(0));
    press(&mut a, &[ch('o')]);
    assert_eq!(a.cursor(Side::Left), Some(l("militia leaders")));
    assert_eq!(position_text(&a).unwrap(), "L5 only-left 1/2");
    press(&mut a, &[ch('o')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Security forces")));
    press(&mut a, &[ch('O')]);
    assert_eq!(a.cursor(Side::Left), Some(l("militia leaders")));
    // In the right pane, o looks for only-right statements.
    press(&mut a, &[code(Code::Tab), ch('o')]);
    assert_eq!(a.cursor(Side::Right), Some(r("No group")));
    assert_eq!(position_text(&a).unwrap(), "R6 only-right 1/1");
}

#[test]
fn digits_choose_a_finding_kind_and_f_follows_it() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('1')]);
    assert_eq!(a.finding_kind(), Some(FindingKind::Number));
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    press(&mut a, &[ch('g'), ch('f')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    press(&mut a, &[ch('g'), ch('F')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    let kinds = [
        ('2', FindingKind::Actor),
        ('3', FindingKind::Quote),
        ('4', FindingKind::Negation),
        ('5', FindingKind::Hedge),
        ('6', FindingKind::Time),
        ('7', FindingKind::Place),
        ('8', FindingKind::Other),
        ('9', FindingKind::Spelling),
    ];
    for (key, kind) in kinds {
        press(&mut a, &[ch(key)]);
        assert_eq!(a.finding_kind(), Some(kind));
        assert_eq!(
            a.message(),
            Some(format!("no {} findings", kind.name()).as_str())
        );
    }
    press(&mut a, &[ch('0')]);
    assert_eq!(a.finding_kind(), None);
    press(&mut a, &[ch('g'), ch('f')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
}

#[test]
fn enter_opens_the_detail_and_closing_returns_to_where_you_were() {
    for close in [code(Code::Esc), code(Code::Enter), ch('q')] {
        let mut a = app(100, 24);
        press(&mut a, &[ch('n')]);
        let before = (
            a.cursor(Side::Left),
            a.scroll(Side::Left),
            a.scroll(Side::Right),
        );
        press(&mut a, &[code(Code::Enter)]);
        assert_eq!(a.mode(), Context::Detail);
        press(
            &mut a,
            &[ch('j'), code(Code::Down), ch('k'), code(Code::Up)],
        );
        press(&mut a, &[close]);
        assert_eq!(a.mode(), Context::Reader, "{close:?} closes");
        assert!(!a.should_quit());
        assert_eq!(
            (
                a.cursor(Side::Left),
                a.scroll(Side::Left),
                a.scroll(Side::Right)
            ),
            before
        );
    }
}

#[test]
fn n_in_the_detail_moves_to_the_next_conflict() {
    let mut a = long(100, 100, 30);
    press(&mut a, &[ch('n'), code(Code::Enter), ch('n')]);
    assert_eq!(a.mode(), Context::Detail);
    assert_eq!(a.cursor(Side::Left), Some(40));
    press(&mut a, &[ch('N')]);
    assert_eq!(a.cursor(Side::Left), Some(20));
}

#[test]
fn help_opens_and_closes_with_every_closing_key() {
    for close in [code(Code::Esc), ch('?'), ch('q'), code(Code::Enter)] {
        let mut a = app(100, 24);
        press(&mut a, &[ch('?')]);
        assert_eq!(a.mode(), Context::Help);
        press(&mut a, &[ch('j'), ch('j'), code(Code::Down)]);
        assert_eq!(a.help_scroll(), 3);
        press(&mut a, &[ch('k'), code(Code::Up)]);
        assert_eq!(a.help_scroll(), 1);
        press(&mut a, &[close]);
        assert_eq!(a.mode(), Context::Reader);
        assert!(!a.should_quit());
    }
}

#[test]
fn search_with_its_own_next_and_previous_keys() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('/')]);
    assert_eq!(a.mode(), Context::Search);
    typed(&mut a, "nbaghdax");
    press(&mut a, &[code(Code::Backspace)]);
    assert_eq!(a.prompt(), "nbaghda");
    press(&mut a, &[code(Code::Backspace); 7]);
    typed(&mut a, "KAZEMI");
    press(&mut a, &[code(Code::Enter)]);
    assert_eq!(a.mode(), Context::Reader);
    assert_eq!(a.search(), "kazemi");
    // Before any move, the first statement counts too (its headline says "Kazemi").
    assert_eq!(a.cursor(Side::Left), Some(0));
    press(&mut a, &[ch(';')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    press(&mut a, &[ch(';')]);
    assert_eq!(a.cursor(Side::Left), Some(l("Kazemi was")));
    // The search covers both panes: after the left report's matches, the right's.
    press(&mut a, &[ch(';')]);
    assert_eq!(a.active(), Side::Right);
    assert_eq!(a.cursor(Side::Right), Some(r("Prime Minister Kazemi")));
    press(&mut a, &[ch(';')]);
    assert_eq!(a.cursor(Side::Right), Some(r("Kazemi was")));
    press(&mut a, &[ch(';')]);
    assert_eq!((a.active(), a.cursor(Side::Left)), (Side::Left, Some(0)));
    assert_eq!(a.message(), Some("wrapped around"));
    press(&mut a, &[ch(',')]);
    assert_eq!(
        (a.active(), a.cursor(Side::Right)),
        (Side::Right, Some(r("Kazemi was")))
    );
    // n still means the next conflict.
    press(&mut a, &[ch('n')]);
    assert!(
        position_text(&a).unwrap().contains(" conflict "),
        "{:?}",
        position_text(&a)
    );
    press(&mut a, &[ch('/')]);
    typed(&mut a, "zzz");
    press(&mut a, &[code(Code::Enter)]);
    assert_eq!(a.message(), Some("no match for \"zzz\""));
    press(&mut a, &[ch('/'), ch('x'), code(Code::Esc)]);
    assert_eq!(a.mode(), Context::Reader);
    assert_eq!(a.search(), "zzz", "Esc cancels without searching");
}

#[test]
fn search_counts_its_matches_wraps_around_and_esc_clears_the_highlight() {
    let mut a = app(100, 24);
    assert_eq!(search_status(&a), None);
    press(&mut a, &[ch('/')]);
    typed(&mut a, "  KaZeMi ");
    press(&mut a, &[code(Code::Enter)]);
    // Left: the headline, "al-Kazemi" and "Kazemi was"; right: two more. The selection (the
    // headline) counts. The status counts the statements of both reports and the occurrences.
    let times = format!(
        "{}×: L {}, R {}",
        a.search_occurrences(Side::Left) + a.search_occurrences(Side::Right),
        a.search_occurrences(Side::Left),
        a.search_occurrences(Side::Right)
    );
    assert!(a.search_occurrences(Side::Left) >= 3);
    assert!(a.search_occurrences(Side::Right) >= 2);
    assert_eq!(a.cursor(Side::Left), Some(0));
    let status = |n: usize| format!("match {n}/5 for \"kazemi\" ({times})");
    assert_eq!(search_status(&a), Some(status(1)));
    press(&mut a, &[ch(';')]);
    assert_eq!(search_status(&a), Some(status(2)));
    press(&mut a, &[ch(';'), ch(';')]);
    assert_eq!(a.cursor(Side::Right), Some(r("Prime Minister Kazemi")));
    assert_eq!(search_status(&a), Some(status(4)));
    press(&mut a, &[ch(';')]);
    assert_eq!(search_status(&a), Some(status(5)));
    assert_eq!(a.message(), None);
    press(&mut a, &[ch(';')]);
    assert_eq!(search_status(&a), Some(status(1)));
    assert_eq!(a.message(), Some("wrapped around"));
    press(&mut a, &[ch(',')]);
    assert_eq!(search_status(&a), Some(status(5)));
    assert_eq!(a.message(), Some("wrapped around"));
    // Off a match, the status says how many there are.
    press(&mut a, &[ch('h'), ch('j')]);
    assert!(
        !a.search_hits(Side::Left)
            .contains(&a.cursor(Side::Left).unwrap())
    );
    assert_eq!(
        search_status(&a),
        Some(format!("5 matches for \"kazemi\" ({times})"))
    );
    // Both panes are highlighted.
    let span = a.comparison().right.statements[r("Kazemi was")].span;
    assert_eq!(
        a.search_ranges(Side::Right, r("Kazemi was")),
        vec![span.start..span.start + 6]
    );
    assert!(!a.search_ranges(Side::Left, l("Kazemi was")).is_empty());
    // Esc clears the highlight and the count; the search stays for ; and , which bring
    // them back.
    press(&mut a, &[code(Code::Esc)]);
    assert_eq!(search_status(&a), None);
    assert!(a.search_ranges(Side::Right, r("Kazemi was")).is_empty());
    assert_eq!(a.search(), "kazemi");
    press(&mut a, &[ch(';')]);
    assert!(search_status(&a).unwrap().starts_with("match "));
}

#[test]
fn search_matches_across_line_breaks_and_in_multi_byte_text() {
    let left = parallax::document::Document::parse(
        "u.txt",
        "News.\n\nİstanbul'da Prime\nMinister ÇELİK spoke. Straße und STRASSE.\n\n北京市朝阳区发生了一起事故。",
    )
    .unwrap();
    let right = parallax::document::Document::parse("p.txt", "Nothing here.").unwrap();
    let c = parallax::compare::compare(left, right, Vec::new());
    let mut a = App::new(c, 40, 12);
    for (query, statement) in [
        ("prime minister", Some(1)),
        ("çeli\u{307}k", Some(1)),
        ("i", Some(1)),
        ("STRAßE", Some(2)),
        ("朝阳", Some(3)),
        ("ß", Some(2)),
        ("x", None),
    ] {
        press(&mut a, &[ch('g'), ch('/')]);
        typed(&mut a, query);
        press(&mut a, &[code(Code::Enter)]);
        let s = a.cursor(Side::Left).unwrap();
        match statement {
            Some(want) => {
                assert_eq!(s, want, "{query}");
                let text = &a.comparison().left.text;
                for r in a.search_ranges(Side::Left, s) {
                    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                }
                assert!(!a.search_ranges(Side::Left, s).is_empty(), "{query}");
            }
            None => assert_eq!(a.message(), Some("no match for \"x\"")),
        }
        // Drawing the highlighted matches at any size never panics.
        for (w, h) in [(40, 12), (20, 6), (23, 7)] {
            a.update(Action::Resize {
                width: w,
                height: h,
            });
            let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
            t.draw(|f| f.render_widget(&a, f.area())).unwrap();
        }
        a.update(Action::Resize {
            width: 40,
            height: 12,
        });
    }
}

#[test]
fn search_keys_before_any_search() {
    let mut a = app(100, 24);
    press(&mut a, &[ch(';')]);
    assert_eq!(a.message(), Some("no search yet: press / to search"));
    press(&mut a, &[ch(',')]);
    assert_eq!(a.cursor(Side::Left), Some(0));
}

#[test]
fn v_filters_by_relation_and_esc_shows_everything() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('v')]);
    assert_eq!(a.filter(), Filter::Relation(Relation::Conflict));
    assert_eq!(a.flow(Side::Left).order, [l("Three drones")]);
    assert_eq!(a.flow(Side::Right).order, [r("Two drones")]);
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    press(&mut a, &[ch('v')]);
    assert_eq!(a.filter(), Filter::Relation(Relation::Agree));
    assert_eq!(
        a.flow(Side::Left).order,
        [l("Kazemi was"), l("Iran condemned")]
    );
    press(&mut a, &[ch('v')]);
    assert_eq!(a.filter(), Filter::Relation(Relation::Related));
    press(&mut a, &[ch('v')]);
    assert_eq!(a.filter(), Filter::Only);
    assert_eq!(a.flow(Side::Right).order, [r("No group")]);
    press(&mut a, &[ch('n')]);
    assert_eq!(
        a.message(),
        Some("no conflicts shown (filter: only-one-side)")
    );
    press(&mut a, &[ch('v')]);
    assert_eq!(a.filter(), Filter::All);
    press(&mut a, &[ch('V')]);
    assert_eq!(a.filter(), Filter::Only);
    press(&mut a, &[code(Code::Esc)]);
    assert_eq!(a.filter(), Filter::All);
    assert_eq!(a.flow(Side::Left).order.len(), 7);
}

#[test]
fn q_and_ctrl_c_quit_from_everywhere() {
    let mut a = app(100, 24);
    press(&mut a, &[ch('q')]);
    assert!(a.should_quit());
    for opening in [
        vec![],
        vec![code(Code::Enter)],
        vec![ch('?')],
        vec![ch('/')],
    ] {
        let mut a = app(100, 24);
        press(&mut a, &opening);
        press(&mut a, &[Key::ctrl('c')]);
        assert!(a.should_quit(), "after {opening:?}");
    }
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = long(300, 80, 20);
    let cursor = a.cursor(Side::Left);
    a.update(Action::Wheel {
        dir: Dir::Next,
        column: 60,
        row: 5,
    });
    assert_eq!(a.scroll(Side::Right), 3);
    assert_eq!(a.scroll(Side::Left), 0);
    assert_eq!(
        a.cursor(Side::Left),
        cursor,
        "the wheel does not move the selection"
    );
    a.update(Action::Wheel {
        dir: Dir::Prev,
        column: 60,
        row: 5,
    });
    assert_eq!(a.scroll(Side::Right), 0);
}

#[test]
fn mouse_click_selects_the_statement_under_the_pointer() {
    let mut a = app(100, 24);
    // Row 4 is the first line of the second paragraph: the conflict, in both panes.
    a.update(Action::Click { column: 60, row: 4 });
    assert_eq!(a.active(), Side::Right);
    assert_eq!(a.cursor(Side::Right), Some(r("Two drones")));
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
    // A click on the left title activates the left pane.
    a.update(Action::Click { column: 5, row: 1 });
    assert_eq!(a.active(), Side::Left);
    // A click on the header or the separator does nothing.
    a.update(Action::Click { column: 49, row: 4 });
    a.update(Action::Click { column: 5, row: 0 });
    assert_eq!(a.cursor(Side::Left), Some(l("Three drones")));
}

#[test]
fn clicking_the_overview_strip_jumps_there() {
    let mut a = long(300, 80, 20);
    let screen = parallax::tui::layout::screen(ratatui::layout::Rect::new(0, 0, 80, 20)).unwrap();
    let strip = screen.panes[0].strip.unwrap();
    assert_eq!(
        strip.x, 38,
        "the left pane is 39 wide; its strip is its last column"
    );
    // The strip's last row: the end of the report.
    a.update(Action::Click {
        column: strip.x,
        row: strip.bottom() - 1,
    });
    let s = a.cursor(Side::Left).unwrap();
    assert!(s > 250, "jumped to {s}");
}

#[test]
fn resizing_keeps_a_valid_selection_down_to_tiny_terminals() {
    let mut a = long(50, 120, 40);
    press(&mut a, &[ch('G')]);
    for (w, h) in [(20, 6), (5, 2), (0, 0), (200, 60), (33, 9)] {
        a.update(Action::Resize {
            width: w,
            height: h,
        });
        assert_eq!(a.cursor(Side::Left), Some(49));
        assert!(a.scroll(Side::Left) <= a.flow(Side::Left).lines());
        press(&mut a, &[ch('k'), ch('j')]);
    }
}

/// The long pair, re-linked: left `i` to right `i + shift`, for every second `i` from `from`.
fn shifted(n: usize, from: usize, shift: usize, w: u16, h: u16) -> App {
    let c = common::long_comparison(n);
    let links = (from..n - shift)
        .step_by(2)
        .map(|i| parallax::align::AlignedLink {
            left: vec![i],
            right: vec![i + shift],
            score: 0.8,
            similarity: 0.8,
            ..Default::default()
        })
        .collect();
    App::new(parallax::compare::compare(c.left, c.right, links), w, h)
}

/// The screen row of the first line of statement `s` of `side`.
fn screen_row(a: &App, side: Side, s: usize) -> isize {
    a.flow(side).lines_of(s).unwrap().0 as isize - a.scroll(side) as isize
}

#[test]
fn with_nothing_linked_before_the_selection_the_other_pane_shows_its_beginning() {
    let mut a = shifted(300, 100, 0, 80, 20);
    assert_eq!(a.cursor(Side::Left), Some(0));
    assert_eq!(a.cursor(Side::Right), Some(0));
    assert_eq!(a.scroll(Side::Right), 0);
    // The first link takes the other pane to its counterpart, level with the selection.
    press(&mut a, &[ch('a')]);
    assert_eq!(a.cursor(Side::Left), Some(100));
    assert_eq!(a.cursor(Side::Right), Some(100));
    assert_eq!(
        screen_row(&a, Side::Left, 100),
        screen_row(&a, Side::Right, 100)
    );
    // And back to the start: the right report's beginning again.
    press(&mut a, &[ch('g')]);
    assert_eq!(a.cursor(Side::Right), Some(0));
    assert_eq!(a.scroll(Side::Right), 0);
}

#[test]
fn a_new_counterpart_is_drawn_level_with_the_selection_even_when_in_view() {
    // Left i is linked to right i + 3: the counterpart is in view but lower down.
    let mut a = shifted(60, 0, 3, 80, 30);
    assert_eq!(a.cursor(Side::Right), Some(3));
    assert_eq!(
        screen_row(&a, Side::Left, 0),
        screen_row(&a, Side::Right, 3)
    );
    for _ in 0..6 {
        press(&mut a, &[ch('j')]);
        let s = a.cursor(Side::Left).unwrap();
        let anchor = s - s % 2;
        let target = a.cursor(Side::Right).unwrap();
        assert_eq!(target, anchor + 3);
        assert_eq!(
            screen_row(&a, Side::Left, anchor),
            screen_row(&a, Side::Right, target),
            "left {s}"
        );
    }
    // A pane the user scrolled stays where it is while the counterpart does not change.
    assert_eq!(a.cursor(Side::Left), Some(6));
    let level = a.scroll(Side::Right);
    assert!(level >= 3, "{level}");
    a.update(Action::Wheel {
        dir: Dir::Prev,
        column: 60,
        row: 5,
    });
    press(&mut a, &[ch('j')]);
    assert_eq!(a.cursor(Side::Right), Some(9));
    assert_eq!(a.scroll(Side::Right), level - 3);
}

/// Draws `a`, finds the lowest row of `side`'s pane that shows "item N", clicks on that word
/// and checks that statement N is selected and the pane did not move.
fn click_on_an_item(a: &mut App, side: Side) {
    let (w, h) = a.size();
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(&*a, f.area())).unwrap();
    let buf = t.backend().buffer();
    let screen = parallax::tui::layout::screen(ratatui::layout::Rect::new(0, 0, w, h)).unwrap();
    let text = screen.pane(side).text;
    for y in (text.y..text.bottom()).rev() {
        let row: String = (text.x..text.right())
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let Some(at) = row.find("item ") else {
            continue;
        };
        let digits: String = row[at + 5..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let Ok(n) = digits.parse::<usize>() else {
            continue;
        };
        let scroll = a.scroll(side);
        let column = text.x + row[..at].chars().count() as u16 + 2;
        a.update(Action::Click { column, row: y });
        assert_eq!(a.active(), side);
        assert_eq!(a.cursor(side), Some(n), "{side:?} {w}×{h} row {y}: {row}");
        // The pane stays where it is, unless the statement began above it: then it shows
        // its beginning.
        let (first, _) = a.flow(side).lines_of(n).unwrap();
        if first >= scroll {
            assert_eq!(a.scroll(side), scroll, "a click keeps the pane where it is");
        } else {
            assert!(a.scroll(side) <= first, "{side:?} {w}×{h}");
        }
        return;
    }
    panic!("no item on screen in {side:?} at {w}×{h}");
}

#[test]
fn clicks_select_what_is_drawn_after_scrolling_both_panes_and_resizing() {
    let mut a = long(300, 80, 20);
    // (At 20×6 a pane is 7 columns wide: "item N" does not fit on one row.)
    for (w, h) in [(80, 20), (120, 40), (44, 12), (30, 7), (80, 20)] {
        a.update(Action::Resize {
            width: w,
            height: h,
        });
        for (column, times) in [(w / 4, 3), (w * 3 / 4, 5)] {
            for _ in 0..times {
                a.update(Action::Wheel {
                    dir: Dir::Next,
                    column,
                    row: h / 2,
                });
            }
        }
        assert!(a.scroll(Side::Left) > 0 && a.scroll(Side::Right) > 0);
        click_on_an_item(&mut a, Side::Left);
        click_on_an_item(&mut a, Side::Right);
        click_on_an_item(&mut a, Side::Left);
    }
}
