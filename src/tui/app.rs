//! The reader's state and its one way to change: [`App::update`] with an [`Action`].
//!
//! The state is in parts: a [`Pane`] per report ([`BySide`]), the [`Search`], and the review
//! desk (the comparison with the decisions taken by hand). What the terminal must do beyond
//! drawing (save the review, copy, open an editor, suspend) comes out as [`Effect`]s for the
//! event loop.

use std::ops::{Index, IndexMut};

use ratatui::layout::{Position, Rect};

use super::action::{Action, Dir, Filter, Target};
use super::flow::Flow;
use super::keymap::{self, Context, Input, Key};
use super::layout::{self, Screen};
use super::search;
use super::theme::{Highlight, Mark, Theme};
use crate::compare::{Comparison, FindingKind, Link, Relation};
use crate::document::Side;
use crate::review::{self, Decision, Desk, Pair, Review, Reviewed};

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;
/// Width the text is laid out for while the terminal is too small to draw it.
const FALLBACK_WIDTH: usize = 20;
/// The longest prompt (search or note), in characters.
const PROMPT_MAX: usize = 500;

/// One value per report, indexed by [`Side`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BySide<T>([T; 2]);

impl<T> BySide<T> {
    pub fn from_fn(mut f: impl FnMut(Side) -> T) -> BySide<T> {
        BySide([f(Side::Left), f(Side::Right)])
    }
}

impl<T> Index<Side> for BySide<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Left => &self.0[0],
            Side::Right => &self.0[1],
        }
    }
}

impl<T> IndexMut<Side> for BySide<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Left => &mut self.0[0],
            Side::Right => &mut self.0[1],
        }
    }
}

/// One pane: its report laid out, each statement's mark, the selection and the scroll.
#[derive(Debug, Clone, Default)]
pub struct Pane {
    flow: Flow,
    marks: Vec<Mark>,
    /// The width `flow` was laid out for (0: to be laid out).
    width: usize,
    cursor: Option<usize>,
    scroll: usize,
}

/// The last search: what it looks for, where it is found, whether it is highlighted.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Folded ([`search::fold`]).
    query: String,
    /// For each report, the statements that contain the query, in order.
    hits: BySide<Vec<usize>>,
    /// For each report, how many times the query occurs.
    occurrences: BySide<usize>,
    /// The matches are highlighted (until `Esc`).
    show: bool,
    /// Every statement's text, folded: computed at the first search.
    folded: Option<BySide<Vec<String>>>,
}

/// What the event loop does for the reader, beyond drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the review file (it changed).
    SaveReview,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Open the report of `side` in the user's editor at statement `statement`.
    Edit { side: Side, statement: usize },
    /// Suspend to the shell (Ctrl-z).
    Suspend,
    /// Capture the mouse (or leave it to the terminal, to select text).
    MouseCapture(bool),
}

/// What a note being typed is about.
#[derive(Debug, Clone, PartialEq)]
struct NoteTarget {
    pair: Pair,
    /// "L3 ↔ R7" or "L3", for the prompt.
    label: String,
}

pub struct App {
    desk: Desk,
    pub theme: Theme,
    size: (u16, u16),
    screen: Option<Screen>,
    panes: BySide<Pane>,
    active: Side,
    filter: Filter,
    mode: Context,
    finding_kind: Option<FindingKind>,
    search: Search,
    /// What is being typed after `/` or `m`.
    prompt: String,
    note: Option<NoteTarget>,
    /// A statement marked with `c`, to be linked to the selection of the other pane.
    linking: Option<(Side, usize)>,
    mouse: bool,
    message: Option<String>,
    effects: Vec<Effect>,
    detail_scroll: usize,
    help_scroll: usize,
    quit: bool,
}

impl App {
    /// A reader on `comparison` for a terminal of `width` × `height`.
    pub fn new(comparison: Comparison, width: u16, height: u16) -> App {
        App::reviewing(Desk::new(comparison, Review::default()), width, height)
    }

    /// A reader on a comparison under review.
    pub fn reviewing(desk: Desk, width: u16, height: u16) -> App {
        let mut app = App {
            desk,
            theme: Theme::from_env(),
            size: (0, 0),
            screen: None,
            panes: BySide::default(),
            active: Side::Left,
            filter: Filter::All,
            mode: Context::Reader,
            finding_kind: None,
            search: Search::default(),
            prompt: String::new(),
            note: None,
            linking: None,
            mouse: true,
            message: None,
            effects: Vec::new(),
            detail_scroll: 0,
            help_scroll: 0,
            quit: false,
        };
        app.remark();
        app.resize(width, height);
        for side in [Side::Left, Side::Right] {
            app.panes[side].cursor = app.flow(side).order.first().copied();
        }
        app.sync_other(Side::Left);
        let gone = app.reviewed().not_applied.len();
        let taken = app.review().decisions.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if gone > 0 {
            app.message = Some(format!(
                "{gone} review decision{} not applied: statements gone (parallax report --review lists them)",
                plural(gone)
            ));
        } else if taken > 0 {
            app.message = Some(format!(
                "the review goes on: {taken} decision{} by hand (u undoes the last)",
                plural(taken)
            ));
        }
        app
    }

    /// Each statement's mark: the relation of its strongest link, or only-one-side.
    fn remark(&mut self) {
        let c = self.desk.comparison();
        for side in [Side::Left, Side::Right] {
            self.panes[side].marks = (0..c.document(side).statements.len())
                .map(|s| Mark::of(c.link_of(side, s).map(|l| c.links[l].relation)))
                .collect();
            self.panes[side].width = 0;
        }
    }

    // ----- read access for the view and for tests -----

    pub fn comparison(&self) -> &Comparison {
        self.desk.comparison()
    }
    /// The comparison with what was decided by hand.
    pub fn reviewed(&self) -> &Reviewed {
        self.desk.reviewed()
    }
    pub fn review(&self) -> &Review {
        self.desk.review()
    }
    /// Takes the review as it was saved (with the decisions of another reader of the pair).
    pub fn adopt_review(&mut self, review: Review) {
        self.desk.replace_review(review);
    }
    pub fn mode(&self) -> Context {
        self.mode
    }
    pub fn active(&self) -> Side {
        self.active
    }
    pub fn cursor(&self, side: Side) -> Option<usize> {
        self.panes[side].cursor
    }
    pub fn scroll(&self, side: Side) -> usize {
        self.panes[side].scroll
    }
    pub fn filter(&self) -> Filter {
        self.filter
    }
    pub fn finding_kind(&self) -> Option<FindingKind> {
        self.finding_kind
    }
    pub fn prompt(&self) -> &str {
        &self.prompt
    }
    /// What the note being typed is about ("L3 ↔ R7").
    pub fn note_label(&self) -> Option<&str> {
        self.note.as_ref().map(|n| n.label.as_str())
    }
    /// The statement marked with `c`, waiting for its counterpart.
    pub fn linking(&self) -> Option<(Side, usize)> {
        self.linking
    }
    pub fn search(&self) -> &str {
        &self.search.query
    }
    /// The statements of `side` that contain the search.
    pub fn search_hits(&self, side: Side) -> &[usize] {
        &self.search.hits[side]
    }
    /// How many times the search occurs in the report of `side`.
    pub fn search_occurrences(&self, side: Side) -> usize {
        self.search.occurrences[side]
    }
    /// The search matches are highlighted (until `Esc`).
    pub fn search_shown(&self) -> bool {
        self.search.show && !self.search.query.is_empty()
    }
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    pub fn mouse_captured(&self) -> bool {
        self.mouse
    }
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    pub fn flow(&self, side: Side) -> &Flow {
        &self.panes[side].flow
    }
    pub fn mark(&self, side: Side, s: usize) -> Mark {
        self.panes[side].marks[s]
    }
    pub fn size(&self) -> (u16, u16) {
        self.size
    }
    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    /// What the event loop is to do, in order; taking them empties the list.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Shows a message from outside (the event loop: a review that cannot be saved).
    pub fn notify(&mut self, message: String) {
        self.message = Some(message);
    }

    /// The link of the selection that keys act on: the one joining it to the other pane's
    /// selection, else its strongest (conflict first).
    pub fn selected_link(&self) -> Option<usize> {
        let side = self.active;
        let s = self.cursor(side)?;
        let c = self.comparison();
        let other = self.cursor(side.other());
        c.links_of(side, s)
            .iter()
            .copied()
            .find(|&l| other.is_some_and(|o| c.links[l].statements(side.other()).contains(&o)))
            .or_else(|| c.link_of(side, s))
    }

    /// Whether statement `s` of `side` has a note, or a link with a decision or a note, by hand.
    pub fn by_hand(&self, side: Side, s: usize) -> bool {
        let r = self.reviewed();
        r.note(side, s).is_some()
            || (r.comparison.links_of(side, s).iter()).any(|&l| !r.hand(l).is_empty())
    }

    /// How statement `s` of `side` is drawn: the selection of the active pane, a statement
    /// linked to it by any of its links (in either pane) or marked to be linked, or neither.
    pub fn highlight(&self, side: Side, s: usize) -> Highlight {
        let active = self.active;
        let Some(sel) = self.cursor(active) else {
            return Highlight::None;
        };
        if side == active && sel == s {
            return Highlight::Selection;
        }
        if self.linking == Some((side, s)) {
            return Highlight::Counterpart;
        }
        let c = self.comparison();
        let mine = c.links_of(active, sel);
        if c.links_of(side, s).iter().any(|l| mine.contains(l)) {
            Highlight::Counterpart
        } else {
            Highlight::None
        }
    }

    /// Where the search matches inside statement `s` of `side` (byte ranges of the report's
    /// text), if they are to be highlighted (in both panes, until `Esc`). Called for the
    /// visible statements only.
    pub fn search_ranges(&self, side: Side, s: usize) -> Vec<std::ops::Range<usize>> {
        if !self.search.show || !self.is_hit(side, s) {
            return Vec::new();
        }
        let doc = self.comparison().document(side);
        let span = doc.statements[s].span;
        search::find(&doc.text[span.start..span.end], &self.search.query)
            .into_iter()
            .map(|r| r.start + span.start..r.end + span.start)
            .collect()
    }

    fn is_hit(&self, side: Side, s: usize) -> bool {
        self.search.hits[side].binary_search(&s).is_ok()
    }

    /// Rows of text a pane shows.
    pub fn pane_rows(&self) -> usize {
        self.screen.map_or(1, |s| s.panes[0].text.height as usize)
    }

    fn max_scroll(&self, side: Side) -> usize {
        self.flow(side).lines().saturating_sub(self.pane_rows())
    }

    // ----- input -----

    /// Handles terminal input: keys go through the keymap of the current context.
    pub fn handle(&mut self, input: Input) {
        match input {
            Input::Key(key) => self.press(key),
            Input::Action(a) => self.update(a),
        }
    }

    /// A key: its action in the current context, or a word on how to find the keys.
    pub fn press(&mut self, key: Key) {
        match keymap::action(self.mode, key) {
            Some(a) => self.update(a),
            None => {
                self.message = Some(format!(
                    "{} does nothing here: press ? for help",
                    key.label()
                ));
            }
        }
    }

    pub fn update(&mut self, action: Action) {
        use Action as A;
        if !matches!(action, A::Resize { .. } | A::Wheel { .. }) {
            self.message = None;
        }
        match action {
            A::Quit => self.quit = true,
            A::Move(dir) => self.step(dir, 1),
            A::Page(dir) => self.page(dir),
            A::First => self.select_nth(0),
            A::Last => self.select_nth(usize::MAX),
            A::SwitchPane => self.focus(self.active.other()),
            A::FocusLeft => self.focus(Side::Left),
            A::FocusRight => self.focus(Side::Right),
            A::Jump(Target::Match, dir) => {
                self.search.show = true;
                self.jump_match(dir, false);
            }
            A::Jump(target, dir) => self.jump(target, dir),
            A::FindingKind(kind) => {
                self.finding_kind = Some(kind);
                self.jump(Target::Finding, Dir::Next);
            }
            A::AnyFindingKind => {
                self.finding_kind = None;
                self.message = Some("f/F: findings of any kind".into());
            }
            A::OpenDetail => {
                if self.cursor(self.active).is_some() {
                    self.mode = Context::Detail;
                    self.detail_scroll = 0;
                }
            }
            A::Close => {
                self.mode = Context::Reader;
                self.note = None;
            }
            A::Help => {
                self.mode = Context::Help;
                self.help_scroll = 0;
            }
            A::StartSearch => {
                self.mode = Context::Search;
                self.prompt.clear();
            }
            A::SearchChar(c) => {
                if !c.is_control() && self.prompt.chars().count() < PROMPT_MAX {
                    self.prompt.push(c);
                }
            }
            A::SearchBackspace => {
                self.prompt.pop();
            }
            A::SearchSubmit => {
                self.mode = Context::Reader;
                let query = search::fold(&self.prompt);
                if !query.is_empty() {
                    self.set_search(query);
                }
                self.search.show = true;
                // A new search starts at the selection: it counts when it matches.
                self.jump_match(Dir::Next, true);
            }
            A::CycleFilter(dir) => {
                let cycle = Filter::CYCLE;
                let i = cycle.iter().position(|&f| f == self.filter).unwrap_or(0);
                let next = match dir {
                    Dir::Next => (i + 1) % cycle.len(),
                    Dir::Prev => (i + cycle.len() - 1) % cycle.len(),
                };
                self.set_filter(cycle[next]);
            }
            A::Reset => {
                self.search.show = false;
                self.linking = None;
                self.set_filter(Filter::All);
            }
            A::Unlink => self.unlink(),
            A::Link => self.link(),
            A::Verdict(relation) => self.verdict(relation),
            A::Note { statement } => self.start_note(statement),
            A::NoteSubmit => self.submit_note(),
            A::Undo => self.undo(),
            A::Copy => self.copy(),
            A::Edit => {
                if let Some(s) = self.cursor(self.active) {
                    self.effects.push(Effect::Edit {
                        side: self.active,
                        statement: s,
                    });
                }
            }
            A::Suspend => self.effects.push(Effect::Suspend),
            A::ToggleMouse => {
                self.mouse = !self.mouse;
                self.effects.push(Effect::MouseCapture(self.mouse));
                self.message = Some(if self.mouse {
                    "mouse on: wheel and clicks go to the reader".into()
                } else {
                    "mouse off: select text with the mouse as usual (p turns it back on)".into()
                });
            }
            A::Scroll(dir) => self.scroll_view(dir, 1),
            A::Wheel { dir, column, row } => self.wheel(dir, column, row),
            A::Click { column, row } => self.click(column, row),
            A::Resize { width, height } => self.resize(width, height),
        }
    }

    // ----- the review by hand -----

    /// The anchors of a link's statements.
    fn link_pair(&self, l: usize) -> Pair {
        let c = self.comparison();
        let link = &c.links[l];
        Pair {
            left: review::anchors(&c.left, &link.left),
            right: review::anchors(&c.right, &link.right),
        }
    }

    /// The anchors of statement `s` of `side` and, if given, statement `t` of the other side;
    /// with its label ("L3 ↔ R7", "L3").
    fn pair_of(&self, side: Side, s: usize, t: Option<usize>) -> (Pair, String) {
        let c = self.comparison();
        let mut ids: BySide<Option<usize>> = BySide::default();
        ids[side] = Some(s);
        ids[side.other()] = t;
        let pair = Pair {
            left: review::anchors(&c.left, ids[Side::Left].as_slice()),
            right: review::anchors(&c.right, ids[Side::Right].as_slice()),
        };
        let label = [Side::Left, Side::Right]
            .iter()
            .filter_map(|&d| ids[d].map(|i| d.id(i)))
            .collect::<Vec<_>>()
            .join(" ↔ ");
        (pair, label)
    }

    fn link_label(&self, l: usize) -> String {
        let link = &self.comparison().links[l];
        format!(
            "{} ↔ {}",
            crate::report::ids(Side::Left, &link.left),
            crate::report::ids(Side::Right, &link.right)
        )
    }

    /// Takes a decision: applied at once, saved, undone with `u`.
    fn decide(&mut self, decision: Decision, message: String) {
        self.desk.decide(decision);
        self.after_review();
        self.message = Some(format!("{message} (u undoes)"));
    }

    fn after_review(&mut self) {
        self.remark();
        self.relayout();
        self.effects.push(Effect::SaveReview);
    }

    fn unlink(&mut self) {
        match self.selected_link() {
            Some(l) => {
                let label = self.link_label(l);
                let pair = self.link_pair(l);
                self.decide(Decision::Unlink { pair }, format!("unlinked {label}"));
            }
            None => self.message = Some("no link here to unlink".into()),
        }
    }

    /// `c`: marks the selection to be linked, or links it to the statement marked in the
    /// other pane.
    fn link(&mut self) {
        let side = self.active;
        let Some(s) = self.cursor(side) else {
            return;
        };
        match self.linking {
            Some((marked, t)) if marked != side => {
                self.linking = None;
                let (pair, label) = self.pair_of(side, s, Some(t));
                self.decide(Decision::Link { pair }, format!("linked {label}"));
            }
            _ => {
                self.linking = Some((side, s));
                let other = side.other().name();
                self.message = Some(format!(
                    "{} marked: select its counterpart in the {other} pane and press c (Esc cancels)",
                    side.id(s)
                ));
            }
        }
    }

    fn verdict(&mut self, relation: Relation) {
        let pair = match (self.linking, self.cursor(self.active)) {
            // A statement marked with `c` and the selection: link them with this verdict.
            (Some((marked, t)), Some(s)) if marked != self.active => {
                self.linking = None;
                self.pair_of(self.active, s, Some(t)).0
            }
            _ => match self.selected_link() {
                Some(l) => self.link_pair(l),
                None => {
                    self.message =
                        Some("no link here: c marks a statement to link it first".into());
                    return;
                }
            },
        };
        let message = format!("verdict set by hand: {}", relation.name());
        self.decide(
            Decision::Verdict {
                pair,
                relation: relation.into(),
            },
            message,
        );
    }

    /// `m` (the selected link, or the statement when it has none) and `M` (the statement):
    /// opens the note prompt with the note there is.
    fn start_note(&mut self, statement: bool) {
        let side = self.active;
        let Some(s) = self.cursor(side) else {
            return;
        };
        let link = if statement {
            None
        } else {
            self.selected_link()
        };
        let (target, existing) = match link {
            Some(l) => (
                NoteTarget {
                    pair: self.link_pair(l),
                    label: self.link_label(l),
                },
                self.reviewed().hand(l).note.clone(),
            ),
            None => {
                let (pair, label) = self.pair_of(side, s, None);
                (
                    NoteTarget { pair, label },
                    self.reviewed().note(side, s).map(str::to_string),
                )
            }
        };
        self.prompt = existing.unwrap_or_default();
        self.note = Some(target);
        self.mode = Context::Note;
    }

    fn submit_note(&mut self) {
        self.mode = Context::Reader;
        let Some(target) = self.note.take() else {
            return;
        };
        let note = self.prompt.trim().to_string();
        let message = if note.is_empty() {
            format!("note on {} removed", target.label)
        } else {
            format!("note on {} kept", target.label)
        };
        self.decide(
            Decision::Note {
                pair: target.pair,
                note,
            },
            message,
        );
    }

    fn undo(&mut self) {
        match self.desk.undo() {
            Some(d) => {
                self.after_review();
                self.message = Some(format!("undone: {} (u undoes the one before)", d.name()));
            }
            None => self.message = Some("nothing to undo".into()),
        }
    }

    /// `y`: the selection, its counterparts and the first finding, with the reports' titles,
    /// as text to paste into an article or a chat.
    fn copy(&mut self) {
        let Some(text) = self.copy_text() else {
            return;
        };
        let what = match (self.selected_link(), self.cursor(self.active)) {
            (Some(l), _) => self.link_label(l),
            (None, s) => self.active.id(s.unwrap_or_default()),
        };
        self.effects.push(Effect::Copy(text));
        self.message = Some(format!("copied {what} to the clipboard"));
    }

    /// What `y` copies: the selection, and the statements of its link with the relation, the
    /// first finding and the note; or the statement alone, if it has no link.
    pub fn copy_text(&self) -> Option<String> {
        let side = self.active;
        let s = self.cursor(side)?;
        let c = self.comparison();
        let r = self.reviewed();
        let quote = |side: Side, s: usize| {
            let doc = c.document(side);
            format!(
                "{} ({}): \"{}\"\n",
                side.id(s),
                crate::report::one_line(&doc.title),
                crate::report::one_line(doc.statement_text(s))
            )
        };
        let Some(l) = self.selected_link() else {
            let mut out = quote(side, s);
            out.push_str(&format!(
                "{}: the other report has no statement linked to it\n",
                self.mark(side, s).name(side.prefix())
            ));
            if let Some(n) = r.note(side, s) {
                out.push_str(&format!("note: {n}\n"));
            }
            return Some(out);
        };
        let link = &c.links[l];
        let mut out = String::new();
        for side in [Side::Left, Side::Right] {
            for &t in link.statements(side) {
                out.push_str(&quote(side, t));
            }
        }
        let hand = r.hand(l);
        out.push_str(link.relation.name());
        if let Some(m) = hand.machine {
            out.push_str(&format!(" (by hand; Parallax said {})", m.name()));
        }
        if let Some(f) = link.findings.first() {
            out.push_str(&format!(" · {}", super::view::finding_text(c, f)));
        }
        out.push('\n');
        if let Some(n) = &hand.note {
            out.push_str(&format!("note: {n}\n"));
        }
        Some(out)
    }

    // ----- layout -----

    fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.screen = layout::screen(Rect::new(0, 0, width, height));
        self.relayout();
    }

    fn text_width(&self, side: Side) -> usize {
        self.screen
            .map_or(FALLBACK_WIDTH, |s| s.pane(side).text.width as usize)
    }

    /// Rebuilds the flows whose width or filter changed, keeping the selection.
    fn relayout(&mut self) {
        for side in [Side::Left, Side::Right] {
            let width = self.text_width(side);
            if self.panes[side].width == width {
                continue;
            }
            self.rebuild(side, width);
        }
        self.after_layout();
    }

    fn rebuild(&mut self, side: Side, width: usize) {
        let c = self.desk.comparison();
        let filter = self.filter;
        let shown = |s: usize| match filter {
            Filter::All => true,
            Filter::Relation(r) => (c.links_of(side, s).iter()).any(|&l| c.links[l].relation == r),
            Filter::Only => c.links_of(side, s).is_empty(),
        };
        self.panes[side].flow =
            Flow::build(c.document(side), &self.panes[side].marks, width, shown);
        self.panes[side].width = width;
    }

    fn set_filter(&mut self, filter: Filter) {
        if filter != self.filter {
            self.filter = filter;
            for side in [Side::Left, Side::Right] {
                self.rebuild(side, self.text_width(side));
            }
            self.after_layout();
            if self.flow(Side::Left).order.is_empty() && self.flow(Side::Right).order.is_empty() {
                self.message = Some(format!("nothing to show for {}", filter.name()));
            }
        }
    }

    /// After a new layout: the selection moves to a shown statement, and stays in view.
    fn after_layout(&mut self) {
        for side in [Side::Left, Side::Right] {
            let flow = self.flow(side);
            let fixed = match self.cursor(side) {
                Some(s) if flow.is_shown(s) => Some(s),
                Some(s) => (s..flow_len(self, side))
                    .find(|&t| flow.is_shown(t))
                    .or_else(|| (0..s).rev().find(|&t| flow.is_shown(t))),
                None => flow.order.first().copied(),
            };
            self.panes[side].cursor = fixed;
            self.panes[side].scroll = self.panes[side].scroll.min(self.max_scroll(side));
        }
        if self.cursor(self.active).is_none() && self.cursor(self.active.other()).is_some() {
            self.active = self.active.other();
        }
        if let Some(s) = self.cursor(self.active) {
            self.reveal(self.active, s);
            self.sync_other(self.active);
        }
    }

    // ----- selection -----

    fn select(&mut self, side: Side, s: usize) {
        self.active = side;
        self.panes[side].cursor = Some(s);
        self.reveal(side, s);
        self.sync_other(side);
    }

    fn select_nth(&mut self, n: usize) {
        let order = &self.flow(self.active).order;
        if let Some(&s) = order.get(n.min(order.len().saturating_sub(1))) {
            self.select(self.active, s);
        }
    }

    fn step(&mut self, dir: Dir, by: usize) {
        let side = self.active;
        let Some(cur) = self.cursor(side) else {
            return;
        };
        let flow = self.flow(side);
        let Some(p) = flow.position(cur) else {
            return;
        };
        let target = match dir {
            Dir::Next => (p + by).min(flow.order.len() - 1),
            Dir::Prev => p.saturating_sub(by),
        };
        let s = flow.order[target];
        self.select(side, s);
    }

    fn page(&mut self, dir: Dir) {
        let side = self.active;
        let Some(cur) = self.cursor(side) else {
            return;
        };
        let rows = self.pane_rows().saturating_sub(1).max(1);
        let flow = self.flow(side);
        let (first, _) = flow.lines_of(cur).unwrap_or((0, 0));
        let line = match dir {
            Dir::Next => first + rows,
            Dir::Prev => first.saturating_sub(rows),
        };
        let target = flow.statement_at_line(line);
        let scroll = match dir {
            Dir::Next => self.scroll(side) + rows,
            Dir::Prev => self.scroll(side).saturating_sub(rows),
        };
        self.panes[side].scroll = scroll.min(self.max_scroll(side));
        match target {
            Some(s) if s != cur => self.select(side, s),
            _ => self.step(dir, 1),
        }
    }

    fn focus(&mut self, side: Side) {
        if side == self.active {
            return;
        }
        if let Some(s) = self.cursor(side) {
            self.select(side, s);
        }
    }

    /// Scrolls `side` so that statement `s` is in view, with a little context around it.
    fn reveal(&mut self, side: Side, s: usize) {
        let Some((first, last)) = self.flow(side).lines_of(s) else {
            return;
        };
        let rows = self.pane_rows();
        let margin = (rows / 4).min(2);
        let top = &mut self.panes[side].scroll;
        if first < *top + margin {
            *top = first.saturating_sub(margin);
        } else if last + margin >= *top + rows {
            *top = (last + margin + 1).saturating_sub(rows).min(first);
        }
        let max = self.max_scroll(side);
        let top = &mut self.panes[side].scroll;
        *top = (*top).min(max);
    }

    /// The other pane follows the selection of `side`: its cursor goes to the linked
    /// statement (or, for a statement without a link, to the counterpart of the nearest
    /// linked statement before it, or to the other report's beginning when there is none),
    /// scrolled level with the selection when it is a new one or out of view.
    fn sync_other(&mut self, side: Side) {
        let Some(s) = self.cursor(side) else {
            return;
        };
        let other = side.other();
        let c = self.desk.comparison();
        let anchor = (0..=s)
            .rev()
            .find_map(|t| c.link_of(side, t).map(|l| (t, l)));
        let Some((from, link)) = anchor else {
            let first = self.flow(other).order.first().copied();
            if first.is_some() && first != self.cursor(other) {
                self.panes[other].cursor = first;
                self.panes[other].scroll = 0;
            }
            return;
        };
        let other_flow = self.flow(other);
        // The other pane stays on a counterpart of any of the links (a statement may have
        // several); else it goes to the strongest link's.
        let counterpart = |o: &usize| {
            other_flow.is_shown(*o)
                && (c.links_of(side, from).iter())
                    .any(|&l| c.links[l].statements(other).contains(o))
        };
        let kept = self.cursor(other).filter(counterpart);
        let mut first = c.links[link].statements(other).iter().copied();
        let Some(target) = kept.or_else(|| first.find(|&t| other_flow.is_shown(t))) else {
            return;
        };
        let lines = (other_flow.lines_of(target), self.flow(side).lines_of(from));
        let moved = self.cursor(other) != Some(target);
        self.panes[other].cursor = Some(target);
        let (Some((a, b)), Some((row_of, _))) = lines else {
            return;
        };
        let rows = self.pane_rows();
        let top = self.scroll(other);
        if moved || a < top || b >= top + rows {
            let screen_row = row_of.saturating_sub(self.scroll(side));
            self.panes[other].scroll = a.saturating_sub(screen_row).min(self.max_scroll(other));
        }
    }

    // ----- jumps -----

    fn matches(&self, side: Side, s: usize, target: Target) -> bool {
        let c = self.desk.comparison();
        // A statement is a target for a link where it comes first in that link.
        let mut firsts = (c.links_of(side, s).iter())
            .map(|&l| &c.links[l])
            .filter(|l| l.statements(side).first() == Some(&s));
        match target {
            Target::Relation(r) => firsts.any(|l| l.relation == r),
            Target::Only => c.links_of(side, s).is_empty(),
            Target::Finding => firsts.any(|l| self.has_finding(l)),
            Target::Match => self.is_hit(side, s),
        }
    }

    fn has_finding(&self, l: &Link) -> bool {
        l.findings
            .iter()
            .any(|f| self.finding_kind.is_none_or(|k| f.kind == k))
    }

    /// Moves to the next (previous) statement that `target` looks for after (before) the
    /// selection in the active pane, wrapping around at the ends, as `n` does in vim and less.
    fn jump(&mut self, target: Target, dir: Dir) {
        self.jump_over(target, dir, false, &[self.active]);
    }

    /// The next (previous) search match, in both panes: the left report's, then the right's.
    /// With `from_selection`, a forward jump may stay on the selection (a new search).
    fn jump_match(&mut self, dir: Dir, from_selection: bool) {
        if self.search.query.is_empty() {
            self.message = Some("no search yet: press / to search".into());
            return;
        }
        self.jump_over(
            Target::Match,
            dir,
            from_selection,
            &[Side::Left, Side::Right],
        );
    }

    /// Jumps through the shown statements of `sides`, one after the other, from the selection.
    fn jump_over(&mut self, target: Target, dir: Dir, from_selection: bool, sides: &[Side]) {
        let lens: Vec<usize> = sides.iter().map(|&d| self.flow(d).order.len()).collect();
        let n: usize = lens.iter().sum();
        let at = |mut i: usize| {
            for (k, &d) in sides.iter().enumerate() {
                if i < lens[k] {
                    return (d, self.flow(d).order[i]);
                }
                i -= lens[k];
            }
            unreachable!("an index below the total")
        };
        let active = self.active;
        let before: usize = (sides.iter().zip(&lens))
            .take_while(|(d, _)| **d != active)
            .map(|(_, len)| len)
            .sum();
        let start = self
            .cursor(active)
            .and_then(|s| self.flow(active).position(s));
        let Some(start) = start.map(|p| before + p) else {
            self.message = Some("nothing shown in this pane".into());
            return;
        };
        let found = (1..=n).find_map(|step| {
            let i = match (dir, from_selection) {
                (Dir::Next, true) => (start + step - 1) % n,
                (Dir::Next, false) => (start + step) % n,
                (Dir::Prev, _) => (start + n * 2 - step) % n,
            };
            let (side, s) = at(i);
            self.matches(side, s, target).then_some((side, s, i))
        });
        match found {
            Some((side, s, i)) => {
                let wrapped = match dir {
                    Dir::Next => i < start || (i == start && !from_selection),
                    Dir::Prev => i >= start,
                };
                self.select(side, s);
                if i == start && wrapped {
                    let what = self.target_name(target, side);
                    self.message = Some(format!("no other {what}"));
                } else if wrapped {
                    self.message = Some("wrapped around".into());
                }
            }
            None => {
                let what = self.target_name(target, active);
                let total: usize = sides.iter().map(|&d| self.total(target, d)).sum();
                self.message = Some(if total > 0 && self.filter != Filter::All {
                    format!("no {what} shown (filter: {})", self.filter.name())
                } else {
                    format!("no {what}")
                });
            }
        }
    }

    /// Makes `query` (folded, not empty) the search, and finds the statements of both reports
    /// that contain it and how often.
    fn set_search(&mut self, query: String) {
        let c = self.desk.comparison();
        let folded = self.search.folded.get_or_insert_with(|| {
            BySide::from_fn(|side| {
                let d = c.document(side);
                (0..d.statements.len())
                    .map(|s| search::fold(d.statement_text(s)))
                    .collect()
            })
        });
        for side in [Side::Left, Side::Right] {
            let hits: Vec<usize> = (folded[side].iter().enumerate())
                .filter(|(_, text)| text.contains(&query))
                .map(|(s, _)| s)
                .collect();
            let doc = c.document(side);
            self.search.occurrences[side] = (hits.iter())
                .map(|&s| search::find(doc.statement_text(s), &query).len())
                .sum();
            self.search.hits[side] = hits;
        }
        self.search.query = query;
    }

    fn target_name(&self, target: Target, side: Side) -> String {
        match target {
            Target::Relation(Relation::Conflict) => "conflicts".into(),
            Target::Relation(Relation::Agree) => "agreements".into(),
            Target::Relation(Relation::Related) => "related links".into(),
            Target::Only => format!("{} statements", Mark::Only.name(side.prefix())),
            Target::Finding => match self.finding_kind {
                Some(k) => format!("{} findings", k.name()),
                None => "findings".into(),
            },
            Target::Match => format!("match for \"{}\"", self.search.query),
        }
    }

    /// How many of `target` the report on `side` has, whatever the filter.
    fn total(&self, target: Target, side: Side) -> usize {
        let n = self.comparison().document(side).statements.len();
        (0..n).filter(|&s| self.matches(side, s, target)).count()
    }

    // ----- scrolling and the mouse -----

    fn scroll_view(&mut self, dir: Dir, by: usize) {
        let rows = self.screen.map_or(1, |s| s.body.height as usize);
        let (value, max) = match self.mode {
            Context::Detail => {
                let width = self.screen.map_or(1, |s| s.body.width);
                let lines = super::view::detail_lines(self, width).len();
                (&mut self.detail_scroll, lines.saturating_sub(rows))
            }
            Context::Help => {
                let lines = super::view::help_lines(self).len();
                (
                    &mut self.help_scroll,
                    lines.saturating_sub(rows.saturating_sub(2)),
                )
            }
            _ => return,
        };
        *value = match dir {
            Dir::Next => (*value + by).min(max),
            Dir::Prev => value.saturating_sub(by),
        };
    }

    fn wheel(&mut self, dir: Dir, column: u16, row: u16) {
        if self.mode != Context::Reader {
            self.scroll_view(dir, WHEEL_LINES);
            return;
        }
        let Some(side) = self.screen.and_then(|s| s.pane_at(column, row)) else {
            return;
        };
        let top = &mut self.panes[side].scroll;
        *top = match dir {
            Dir::Next => *top + WHEEL_LINES,
            Dir::Prev => top.saturating_sub(WHEEL_LINES),
        };
        let max = self.max_scroll(side);
        self.panes[side].scroll = self.panes[side].scroll.min(max);
    }

    fn click(&mut self, column: u16, row: u16) {
        if self.mode != Context::Reader {
            return;
        }
        let Some(screen) = self.screen else {
            return;
        };
        for side in [Side::Left, Side::Right] {
            let pane = screen.pane(side);
            let at = Position::new(column, row);
            if pane.title.contains(at) {
                self.focus(side);
                return;
            }
            if let Some(strip) = pane.strip
                && strip.contains(at)
            {
                let lines = self.flow(side).lines();
                let line = (row - strip.y) as usize * lines / strip.height.max(1) as usize;
                if let Some(s) = self.flow(side).statement_at_line(line) {
                    self.select(side, s);
                }
                return;
            }
            if pane.body().contains(at) {
                let line = self.scroll(side) + (row - pane.text.y) as usize;
                if line >= self.flow(side).lines() {
                    return;
                }
                let col = column.saturating_sub(pane.text.x) as usize;
                let text = &self.comparison().document(side).text;
                if let Some(s) = self.flow(side).statement_at(line, col, text) {
                    // A click keeps the pane where it is when the statement is in view.
                    let keep = self.scroll(side);
                    self.select(side, s);
                    if self
                        .flow(side)
                        .lines_of(s)
                        .is_some_and(|(a, _)| a >= keep && a < keep + self.pane_rows())
                    {
                        self.panes[side].scroll = keep;
                    }
                }
                return;
            }
        }
    }
}

fn flow_len(app: &App, side: Side) -> usize {
    app.comparison().document(side).statements.len()
}
