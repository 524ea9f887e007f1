//! Drawing the reader into a TestBackend: snapshots of each screen (characters), and checks of
//! the styles (which snapshots do not keep).

mod common;

use insta::assert_snapshot;
use parallax::align::Evidence;
use parallax::document::{Document, Side};
use parallax::tui::App;
use parallax::tui::action::Action;
use parallax::tui::keymap::{Code, Key};
use parallax::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size();
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t
}

fn keys(app: &mut App, keys: &[Key]) {
    for &k in keys {
        app.press(k);
    }
}

/// The position of the first cell of `needle` on screen, searched row by row.
fn find(buf: &Buffer, needle: &str) -> (u16, u16) {
    find_below(buf, needle, 0)
}

fn style_at(buf: &Buffer, needle: &str) -> Style {
    let (x, y) = find(buf, needle);
    buf[(x, y)].style()
}

#[test]
fn main_screen() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n')]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn detail_view() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n'), Key::new(Code::Enter)]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn detail_of_a_statement_only_one_report_has() {
    let mut a = common::app(80, 12);
    keys(&mut a, &[Key::char('o'), Key::new(Code::Enter)]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn help_overlay() {
    let mut a = common::app(100, 72);
    keys(&mut a, &[Key::char('?')]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn filtered_view() {
    let mut a = common::app(100, 16);
    keys(&mut a, &[Key::char('v'), Key::char('v')]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn search_prompt() {
    let mut a = common::app(60, 8);
    keys(&mut a, &[Key::char('/'), Key::char('d'), Key::char('r')]);
    let t = draw(&a);
    let (_, y) = find(t.backend().buffer(), "/dr");
    assert_eq!(y, 7);
}

/// The position of the first cell of `needle` at or below row `from`.
fn find_below(buf: &Buffer, needle: &str, from: u16) -> (u16, u16) {
    for y in from..buf.area.height {
        let row: String = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(at) = row.find(needle) {
            return (row[..at].chars().count() as u16, y);
        }
    }
    panic!("{needle:?} not on screen below row {from}:\n{buf:?}");
}

fn search(app: &mut App, query: &str) {
    app.press(Key::char('/'));
    for c in query.chars() {
        app.press(Key::char(c));
    }
    app.press(Key::new(Code::Enter));
}

#[test]
fn search_matches_are_highlighted_in_both_panes() {
    for theme in [Theme::colored(), Theme::monochrome()] {
        let mut a = common::app(100, 24);
        a.theme = theme;
        search(&mut a, "kazemi");
        keys(&mut a, &[Key::char(';')]);
        let t = draw(&a);
        let buf = t.backend().buffer();
        // The selection is "Three drones ... al-Kazemi on Sunday": the match stands out
        // inside it, bold and underlined and not reversed.
        let (x, y) = find(buf, "al-Kazemi");
        let hit = buf[(x + 3, y)].style();
        assert!(
            hit.add_modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED),
            "{hit:?}"
        );
        assert!(!hit.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(buf[(x + 3 + 5, y)].style(), hit, "the whole word");
        let before = buf[(x, y)].style();
        assert!(before.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(buf[(x + 3 + 6, y)].style(), hit, "and no more");
        // Outside the selection (the headline, below the titles): highlighted too.
        let (x, y) = find_below(buf, "Hit Kazemi", 2);
        let other = buf[(x + 4, y)].style();
        assert!(
            other
                .add_modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        );
        assert_ne!(other, buf[(x, y)].style());
        if theme == Theme::colored() {
            assert_eq!((hit.fg, hit.bg), (Some(Color::Black), Some(Color::Yellow)));
        } else {
            assert!(other.add_modifier.contains(Modifier::REVERSED));
        }
        // The search covers both panes: in the other pane ("Minister Kazemi early Sunday" on
        // the right, the counterpart), "Kazemi" stands out from the words around it.
        let (x, y) = find_below(buf, "Kazemi early", 2);
        assert_ne!(buf[(x, y)].style(), buf[(x + 7, y)].style());
        assert!(
            buf[(x, y)]
                .style()
                .add_modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        );
        // Esc clears the highlight.
        keys(&mut a, &[Key::new(Code::Esc)]);
        let t = draw(&a);
        let buf = t.backend().buffer();
        let (x, y) = find(buf, "al-Kazemi");
        assert_eq!(buf[(x + 3, y)].style(), buf[(x, y)].style());
    }
}

#[test]
fn search_highlight_and_count() {
    let mut a = common::app(100, 24);
    search(&mut a, "drones");
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn tiny_terminal_with_a_search() {
    let mut a = common::app(20, 6);
    search(&mut a, "the");
    keys(
        &mut a,
        &[Key::char(';'), Key::new(Code::Tab), Key::char(',')],
    );
    assert_snapshot!("tiny_20x6_search", draw(&a).backend());
}

#[test]
fn tiny_terminal() {
    let a = common::app(20, 6);
    assert_snapshot!("tiny_20x6", draw(&a).backend());
    let a = common::app(19, 5);
    assert_snapshot!("too_small_19x5", draw(&a).backend());
}

#[test]
fn long_report_with_overview_strip() {
    let mut a = App::new(common::long_comparison(200), 90, 14);
    a.theme = Theme::colored();
    // The second conflict (the reader opens on the first).
    keys(&mut a, &[Key::char('n')]);
    assert_snapshot!(draw(&a).backend());
}

#[test]
fn wide_and_combining_and_right_to_left_text_keep_the_layout() {
    let left = Document::parse(
        "unicode.txt",
        "北京市朝阳区发生了一起事故，三人受伤。\n\nCafe\u{301} owners said 👨\u{200d}👩\u{200d}👧 families fled.\n\nقال المسؤولون إن ثلاثة أشخاص أصيبوا.",
    )
    .unwrap();
    let right = Document::parse("plain.txt", "Three people were hurt in Beijing.").unwrap();
    let c = parallax::compare::compare(left, right, Vec::new());
    let mut a = App::new(c, 44, 14);
    a.theme = Theme::colored();
    let t = draw(&a);
    let buf = t.backend().buffer();
    // The separator column stays where it is on every row of the panes (the title and 11
    // rows of text; the why line below them spans the width): nothing spilled over.
    let sep = find(buf, "│").0;
    for y in 1..13 - 1 {
        assert_eq!(buf[(sep, y)].symbol(), "│", "row {y}");
    }
    assert_snapshot!(t.backend());
}

#[test]
fn emoji_joined_by_zero_width_joiners_are_drawn_width_stable() {
    // A terminal that does not join 👨‍👩‍👧 draws three emoji (six columns) where ratatui
    // counted two: the reader draws the first emoji instead, in the two columns it counted.
    let family = "👨\u{200d}👩\u{200d}👧";
    let left = Document::parse(
        "zwj.txt",
        &format!("The {family} family fled the fire.\n\nThey were safe by noon."),
    )
    .unwrap();
    let right = Document::parse("plain.txt", "A family fled the fire.").unwrap();
    let c = parallax::compare::compare(left, right, Vec::new());
    for (mut a, what) in [
        (App::new(c.clone(), 80, 12), "panes"),
        (App::new(c, 80, 12), "detail"),
    ] {
        if what == "detail" {
            keys(&mut a, &[Key::new(Code::Enter)]);
        }
        let t = draw(&a);
        let buf = t.backend().buffer();
        for cell in buf.content() {
            assert!(!cell.symbol().contains('\u{200d}'), "{what}: {cell:?}");
        }
        let (x, y) = find(buf, "👨");
        // "family" right after the two columns of the emoji and a space.
        assert_eq!(buf[(x + 2, y)].symbol(), " ", "{what}: {}", row(buf, y));
        assert_eq!(buf[(x + 3, y)].symbol(), "f", "{what}: {}", row(buf, y));
    }
}

#[test]
fn relations_are_styled_by_the_theme() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('G')]); // select the last statement, an only-left one
    let t = draw(&a);
    let buf = t.backend().buffer();
    let conflict = style_at(buf, "Three drones");
    assert_eq!(conflict.fg, Some(Color::Red));
    assert!(conflict.add_modifier.contains(Modifier::BOLD));
    let agree = style_at(buf, "was unharmed");
    assert_eq!(agree.fg, Some(Color::Green));
    let related = style_at(buf, "The drones came");
    assert_eq!(related.fg, Some(Color::Yellow));
    assert!(related.add_modifier.contains(Modifier::DIM));
    // Text only one report has is plain (its gutter mark is cyan).
    let only = style_at(buf, "No group");
    assert!(matches!(only.fg, None | Some(Color::Reset)), "{only:?}");
    assert!(only.add_modifier.is_empty(), "{only:?}");
    let selected = style_at(buf, "Security forces");
    assert!(selected.add_modifier.contains(Modifier::REVERSED));
    assert!(!only.add_modifier.contains(Modifier::REVERSED));
    // Gutter symbols.
    let (x, y) = find(buf, "Three drones");
    assert_eq!(buf[(x - 2, y)].symbol(), "!");
    let (x, y) = find(buf, "No group");
    assert_eq!(buf[(x - 2, y)].symbol(), "+");
    assert_eq!(buf[(x - 2, y)].style().fg, Some(Color::Cyan));
    let (x, y) = find(buf, "The drones came");
    assert_eq!(buf[(x - 2, y)].symbol(), "~");
}

#[test]
fn the_selection_and_its_linked_counterpart_are_highlighted_together() {
    for theme in [Theme::colored(), Theme::monochrome()] {
        let mut a = common::app(100, 24);
        a.theme = theme;
        keys(&mut a, &[Key::char('n')]);
        let t = draw(&a);
        let buf = t.backend().buffer();
        // The selection is reversed, its counterpart in the other pane underlined: only the
        // active pane has reversed text.
        let selection = style_at(buf, "Three drones");
        assert!(selection.add_modifier.contains(Modifier::REVERSED));
        let counterpart = style_at(buf, "Two drones");
        assert!(!counterpart.add_modifier.contains(Modifier::REVERSED));
        assert!(counterpart.add_modifier.contains(Modifier::UNDERLINED));
        assert_eq!(counterpart.fg, selection.fg, "the same relation");
        assert!(
            !style_at(buf, "was unharmed")
                .add_modifier
                .intersects(Modifier::REVERSED | Modifier::UNDERLINED)
        );
        // A cursor mark in the active pane's gutter, next to the relation mark.
        let (x, y) = find(buf, "Three drones");
        assert_eq!(buf[(x - 2, y)].symbol(), "!");
        assert_eq!(buf[(x - 1, y)].symbol(), "›");
        let (x, y) = find(buf, "Two drones");
        assert_eq!(buf[(x - 1, y)].symbol(), " ");
        // Tab: the roles change sides.
        keys(&mut a, &[Key::new(Code::Tab)]);
        let t = draw(&a);
        let buf = t.backend().buffer();
        assert!(
            style_at(buf, "Two drones")
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        let left = style_at(buf, "Three drones").add_modifier;
        assert!(!left.contains(Modifier::REVERSED) && left.contains(Modifier::UNDERLINED));
        let (x, y) = find(buf, "Two drones");
        assert_eq!(buf[(x - 1, y)].symbol(), "›");
        let (x, y) = find(buf, "Three drones");
        assert_eq!(buf[(x - 1, y)].symbol(), " ");
    }
}

#[test]
fn without_colour_meaning_stays_in_symbols_and_modifiers() {
    let mut a = common::app(100, 24);
    a.theme = Theme::monochrome();
    a.update(Action::Move(parallax::tui::action::Dir::Next));
    let t = draw(&a);
    let buf = t.backend().buffer();
    let styles = [
        style_at(buf, "was unharmed"),    // agree
        style_at(buf, "The drones came"), // related
        style_at(buf, "No group"),        // only
        style_at(buf, "Three drones"),    // conflict, selected
        style_at(buf, "mocked it"),       // only, left
    ];
    for s in &styles {
        assert!(matches!(s.fg, None | Some(Color::Reset)), "{s:?}");
        assert!(matches!(s.bg, None | Some(Color::Reset)), "{s:?}");
    }
    let mods: Vec<Modifier> = styles.iter().map(|s| s.add_modifier).collect();
    assert_eq!(mods[0], Modifier::ITALIC);
    assert_eq!(mods[1], Modifier::DIM);
    assert_eq!(mods[2], Modifier::empty());
    assert_eq!(mods[3], Modifier::BOLD | Modifier::REVERSED);
    assert_eq!(mods[4], mods[2]);
}

#[test]
fn detail_marks_the_word_diff_and_the_findings() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n'), Key::new(Code::Enter)]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let finding = style_at(buf, "Three drones");
    assert!(
        finding
            .add_modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
    // "Three" is also a changed word: the finding's colour wins.
    assert_eq!(finding.fg, Some(Color::Red));
    let changed = style_at(buf, "attacked");
    assert!(changed.add_modifier.contains(Modifier::UNDERLINED));
    assert!(!changed.add_modifier.contains(Modifier::BOLD));
    let plain = style_at(buf, "the home");
    assert!(!plain.add_modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn detail_says_what_linked_the_statements() {
    let mut c = common::comparison();
    for link in &mut c.links {
        link.evidence = Evidence::Anchors(vec!["drones".into(), "Sunday".into()]);
    }
    let mut a = App::new(c, 100, 24);
    a.theme = Theme::colored();
    keys(&mut a, &[Key::char('n'), Key::new(Code::Enter)]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let why = "linked by words that no other statement of either report uses: drones, Sunday";
    let (_, y) = find(buf, why);
    assert_eq!(y, 2, "right under the link's header");
    assert!(style_at(buf, why).add_modifier.contains(Modifier::DIM));
}

#[test]
fn article_text_cannot_inject_escapes() {
    let evil = "Evil \u{1b}]0;pwned\u{7}title here. \u{1b}[2J Second \u{9b}31m sentence.";
    let left = Document::parse("evil.txt", evil).unwrap();
    let right = Document::parse("ok.txt", "Fine text here.").unwrap();
    let c = parallax::compare::compare(left, right, Vec::new());
    let a = App::new(c, 60, 10);
    let t = draw(&a);
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
}

/// The text of row `y`, without trailing blanks.
fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[test]
fn the_line_above_the_status_says_why_the_selection_is_marked() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n')]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert_eq!(
        row(buf, 22),
        "! number: different number of drones (left \"Three drones\", right \"Two drones\")"
    );
    assert_eq!(buf[(0, 22)].style().fg, Some(Color::Red));
    keys(&mut a, &[Key::char('j')]);
    let t = draw(&a);
    assert_eq!(
        row(t.backend().buffer(), 22),
        "= agree: the same claim, details consistent"
    );
    keys(&mut a, &[Key::char('G')]);
    let t = draw(&a);
    assert_eq!(
        row(t.backend().buffer(), 22),
        "+ only-left: the right report has no statement linked to this one"
    );
    // Too long for the line: cut with an ellipsis, never wider than the screen.
    let mut a = common::app(40, 24);
    keys(&mut a, &[Key::char('n')]);
    let t = draw(&a);
    let why = row(t.backend().buffer(), 22);
    assert!(
        why.starts_with("! number: different") && why.ends_with('…'),
        "{why}"
    );
    // Low terminals give the row to the panes.
    let mut a = common::app(60, 9);
    keys(&mut a, &[Key::char('n')]);
    let t = draw(&a);
    assert!(!format!("{:?}", t.backend()).contains("different number"));
}

#[test]
fn narrow_bars_leave_out_what_does_not_fit_instead_of_cutting_numbers() {
    let mut a = common::app(30, 12);
    keys(&mut a, &[Key::char('n')]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    // The counts behind the marks, not "Parallax  5 links: 1".
    assert_eq!(row(buf, 0), "!1 =2 ~2 +2/+1");
    assert_eq!(style_at(buf, "!1").fg, Some(Color::Red));
    // Not "... · score 0".
    assert_eq!(row(buf, 11), "L2 conflict 1/1 ↔ R2");
    // Without the name, the counts keep their words a little longer.
    let a = common::app(75, 12);
    let t = draw(&a);
    assert_eq!(
        row(t.backend().buffer(), 0),
        "5 links: 1 conflict · 2 agree · 2 related  2 only-left · 1 only-right"
    );
}

#[test]
fn a_filter_that_shows_nothing_says_so_without_a_dangling_separator() {
    let mut c = common::comparison();
    for l in &mut c.links {
        l.relation = parallax::compare::Relation::Agree;
        l.findings.clear();
    }
    let mut a = App::new(c, 100, 24);
    a.update(Action::CycleFilter(parallax::tui::action::Dir::Next)); // conflict: none
    let t = draw(&a);
    assert_eq!(
        row(t.backend().buffer(), 23).split("  ").next().unwrap(),
        "only conflict · nothing to show for conflict"
    );
}

/// A real pair (tests/gold/real/realdev2-2: 1 conflict — the careful reader's only one, the
/// time the police negotiated — and agreements and related links with the fitted link model,
/// 20 statements only one report has): text only one report has is
/// plain, links have colour and weight, the conflicts the most; the gutter says what each line
/// is.
#[test]
fn on_a_real_pair_only_one_side_text_is_plain_and_links_stand_out() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/real/realdev2-2");
    let read = |name: &str| {
        let path = format!("{dir}/{name}");
        parallax::document::Document::parse(&path, &std::fs::read_to_string(&path).unwrap())
            .unwrap()
    };
    let c = parallax::analyze(read("left.txt"), read("right.txt"), &Default::default());
    assert_eq!(c.count(parallax::compare::Relation::Conflict), 1);
    let mut a = App::new(c, 120, 30);
    a.theme = Theme::colored();
    keys(&mut a, &[Key::char('n'), Key::char('k')]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let screen = parallax::tui::layout::screen(*buf.area()).unwrap();
    let (mut plain, mut red, mut cyan_text) = (0, 0, 0);
    for side in [Side::Left, Side::Right] {
        let pane = screen.pane(side);
        for y in pane.text.top()..pane.text.bottom() {
            for x in pane.text.left()..pane.text.right() {
                let cell = &buf[(x, y)];
                if cell.symbol() == " " {
                    continue;
                }
                let style = cell.style();
                match style.fg {
                    Some(Color::Red) => {
                        red += 1;
                        assert!(style.add_modifier.contains(Modifier::BOLD));
                    }
                    Some(Color::Cyan) => cyan_text += 1,
                    None | Some(Color::Reset) if style.add_modifier.is_empty() => plain += 1,
                    _ => {}
                }
            }
            let gutter = buf[(pane.gutter.x, y)].clone();
            if gutter.symbol() == "+" {
                assert_eq!(gutter.style().fg, Some(Color::Cyan));
            }
        }
    }
    assert_eq!(cyan_text, 0, "only-one-side text is not coloured");
    assert!(red > 0, "a conflict is on screen");
    assert!(plain > 0, "only-one-side text on screen");
    assert_snapshot!(t.backend());
}

#[test]
fn statements_decided_by_hand_have_a_star_in_the_gutter() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n'), Key::char('='), Key::char('j')]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    // Both statements of the link whose verdict was set by hand, not the others.
    let (x, y) = find(buf, "Three drones");
    assert_eq!(buf[(x - 1, y)].symbol(), "*");
    let (x, y) = find(buf, "Two drones");
    assert_eq!(buf[(x - 1, y)].symbol(), "*");
    let (x, y) = find(buf, "No group");
    assert_eq!(buf[(x - 1, y)].symbol(), " ");
    // The selection's cursor mark wins over the star.
    keys(&mut a, &[Key::char('k')]);
    let t = draw(&a);
    let (x, y) = find(t.backend().buffer(), "Three drones");
    assert_eq!(t.backend().buffer()[(x - 1, y)].symbol(), "›");
}

#[test]
fn review_desk_after_a_verdict_and_a_note() {
    let mut a = common::app(100, 24);
    keys(&mut a, &[Key::char('n'), Key::char('='), Key::char('m')]);
    for c in "AP counts three".chars() {
        a.press(Key::char(c));
    }
    keys(&mut a, &[Key::new(Code::Enter)]);
    assert_snapshot!(draw(&a).backend());
}

/// Issue 15: a hostile title (a file name) and a message naming a hostile path are shown
/// visibly in the panes' titles, the detail view and the status line; no cell holds a control.
#[test]
fn hostile_titles_and_messages_are_shown_not_sent() {
    let mut c = common::comparison();
    c.left.title = "bad\x1b]2;PWNED\x07name.txt".into();
    c.right.title = "two\nlines\u{9b}2J".into();
    let mut app = App::new(c, 120, 30);
    app.theme = Theme::colored();
    app.notify("the review cannot be saved: /tmp/x\x1b[2J\x07.json: denied".into());
    let screens = [draw(&app), {
        keys(&mut app, &[Key::new(Code::Enter)]);
        draw(&app)
    }];
    for t in &screens {
        let buf = t.backend().buffer();
        assert!(
            !buf.content()
                .iter()
                .any(|cell| cell.symbol().chars().any(char::is_control)),
            "a control character in a cell"
        );
    }
    let main = screens[0].backend().buffer();
    find(main, "bad\\e]2;PWNED\\u{7}name.txt");
    find(main, "two\\nlines\\u{9b}2J");
    find(main, "/tmp/x\\e[2J\\u{7}.json");
    let detail = screens[1].backend().buffer();
    find(detail, "Left: bad\\e]2;PWNED\\u{7}name.txt");
}

/// The detail of a statement only one report has, on a real pair (tests/gold/real/ecbdev-a-2):
/// the statements of the other report that the link model finds closest, not linked; here the
/// careful reader's counterpart ("still burning on Saturday morning") comes first.
#[test]
fn detail_of_an_unlinked_statement_shows_the_closest_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/real/ecbdev-a-2");
    let read = |name: &str| {
        let path = format!("{dir}/{name}");
        Document::parse(&path, &std::fs::read_to_string(&path).unwrap()).unwrap()
    };
    let c = parallax::analyze(read("left.txt"), read("right.txt"), &Default::default());
    let mut a = App::new(c, 100, 16);
    keys(&mut a, &[Key::char('/')]);
    for ch in "some hours yet".chars() {
        keys(&mut a, &[Key::char(ch)]);
    }
    keys(&mut a, &[Key::new(Code::Enter), Key::new(Code::Enter)]);
    let t = draw(&a);
    find(
        t.backend().buffer(),
        "Closest in the right report, not linked",
    );
    find(
        t.backend().buffer(),
        "The fire was still burning on Saturday morning.",
    );
    assert_snapshot!(t.backend());
}
