//! The reader's state and its one way to change: [`App::update`] with an [`Action`].

use ratatui::layout::{Position, Rect};

use super::action::{Action, Dir, Filter, Target};
use super::flow::Flow;
use super::keymap::{self, Context, Input, Key};
use super::layout::{self, Screen};
use super::search;
use super::theme::{Highlight, Mark, Theme};
use crate::compare::{Comparison, FindingKind, Link, Relation};
use crate::document::Side;

/// Lines the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;
/// Width the text is laid out for while the terminal is too small to draw it.
const FALLBACK_WIDTH: usize = 20;

pub struct App {
    comparison: Comparison,
    pub theme: Theme,
    marks: [Vec<Mark>; 2],
    size: (u16, u16),
    screen: Option<Screen>,
    flows: [Flow; 2],
    widths: [usize; 2],
    active: Side,
    cursor: [Option<usize>; 2],
    scroll: [usize; 2],
    filter: Filter,
    mode: Context,
    finding_kind: Option<FindingKind>,
    /// The last search, folded ([`search::fold`]).
    search: String,
    /// For each report, the statements that contain the last search, in order.
    hits: [Vec<usize>; 2],
    /// The matches of the last search are highlighted (until `Esc`).
    show_hits: bool,
    /// What is being typed after `/`.
    prompt: String,
    /// Every statement's text, folded: computed at the first search.
    folded: Option<[Vec<String>; 2]>,
    message: Option<String>,
    detail_scroll: usize,
    help_scroll: usize,
    quit: bool,
}

fn ix(side: Side) -> usize {
    match side {
        Side::Left => 0,
        Side::Right => 1,
    }
}

impl App {
    /// A reader on `comparison` for a terminal of `width` × `height`.
    pub fn new(comparison: Comparison, width: u16, height: u16) -> App {
        let marks = [Side::Left, Side::Right].map(|side| {
            (0..comparison.document(side).statements.len())
                .map(|s| {
                    Mark::of(
                        comparison
                            .link_of(side, s)
                            .map(|l| comparison.links[l].relation),
                    )
                })
                .collect()
        });
        let mut app = App {
            comparison,
            theme: Theme::from_env(),
            marks,
            size: (0, 0),
            screen: None,
            flows: Default::default(),
            widths: [0, 0],
            active: Side::Left,
            cursor: [None, None],
            scroll: [0, 0],
            filter: Filter::All,
            mode: Context::Reader,
            finding_kind: None,
            search: String::new(),
            hits: [Vec::new(), Vec::new()],
            show_hits: false,
            prompt: String::new(),
            folded: None,
            message: None,
            detail_scroll: 0,
            help_scroll: 0,
            quit: false,
        };
        app.resize(width, height);
        for side in [Side::Left, Side::Right] {
            app.cursor[ix(side)] = app.flow(side).order.first().copied();
        }
        app.sync_other(Side::Left);
        app
    }

    // ----- read access for the view and for tests -----

    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }
    pub fn mode(&self) -> Context {
        self.mode
    }
    pub fn active(&self) -> Side {
        self.active
    }
    pub fn cursor(&self, side: Side) -> Option<usize> {
        self.cursor[ix(side)]
    }
    pub fn scroll(&self, side: Side) -> usize {
        self.scroll[ix(side)]
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
    pub fn search(&self) -> &str {
        &self.search
    }
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    pub fn flow(&self, side: Side) -> &Flow {
        &self.flows[ix(side)]
    }
    pub fn mark(&self, side: Side, s: usize) -> Mark {
        self.marks[ix(side)][s]
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

    /// The link of the selection, if it has one.
    pub fn selected_link(&self) -> Option<usize> {
        let s = self.cursor(self.active)?;
        self.comparison.link_of(self.active, s)
    }

    /// How statement `s` of `side` is drawn: the selection of the active pane, a statement of
    /// its link (in either pane), or neither.
    pub fn highlight(&self, side: Side, s: usize) -> Highlight {
        if side == self.active && self.cursor(side) == Some(s) {
            return Highlight::Selection;
        }
        match self.selected_link() {
            Some(l) if self.comparison.link_of(side, s) == Some(l) => Highlight::Counterpart,
            _ => Highlight::None,
        }
    }

    /// Where the search matches inside statement `s` of `side` (byte ranges of the report's
    /// text), if they are to be highlighted: only in the active pane, until `Esc`. Called for
    /// the visible statements only.
    pub fn search_ranges(&self, side: Side, s: usize) -> Vec<std::ops::Range<usize>> {
        if !self.show_hits || side != self.active || !self.is_hit(side, s) {
            return Vec::new();
        }
        let doc = self.comparison.document(side);
        let span = doc.statements[s].span;
        search::find(&doc.text[span.start..span.end], &self.search)
            .into_iter()
            .map(|r| r.start + span.start..r.end + span.start)
            .collect()
    }

    fn is_hit(&self, side: Side, s: usize) -> bool {
        self.hits[ix(side)].binary_search(&s).is_ok()
    }

    /// The search in the status line while its matches are highlighted: "match 2/5 for
    /// "kazemi"" on a match of the active pane, else how many it has.
    pub fn search_status(&self) -> Option<String> {
        if !self.show_hits || self.search.is_empty() {
            return None;
        }
        let hits = &self.hits[ix(self.active)];
        let query = &self.search;
        Some(
            match self.cursor(self.active).map(|s| hits.binary_search(&s)) {
                Some(Ok(i)) => format!("match {}/{} for \"{query}\"", i + 1, hits.len()),
                _ if hits.is_empty() => format!("no match for \"{query}\" here"),
                _ if hits.len() == 1 => format!("1 match for \"{query}\""),
                _ => format!("{} matches for \"{query}\"", hits.len()),
            },
        )
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

    pub fn press(&mut self, key: Key) {
        if let Some(a) = keymap::action(self.mode, key) {
            self.update(a);
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
            A::Jump(target, dir) => {
                if target == Target::Match {
                    self.show_hits = true;
                }
                self.jump(target, dir, false);
            }
            A::FindingKind(kind) => {
                self.finding_kind = Some(kind);
                self.jump(Target::Finding, Dir::Next, false);
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
            A::Close => self.mode = Context::Reader,
            A::Help => {
                self.mode = Context::Help;
                self.help_scroll = 0;
            }
            A::StartSearch => {
                self.mode = Context::Search;
                self.prompt.clear();
            }
            A::SearchChar(c) => {
                if !c.is_control() && self.prompt.chars().count() < 200 {
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
                self.show_hits = true;
                // A new search starts at the selection: it counts when it matches.
                self.jump(Target::Match, Dir::Next, true);
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
                self.show_hits = false;
                self.set_filter(Filter::All);
            }
            A::Scroll(dir) => self.scroll_view(dir, 1),
            A::Wheel { dir, column, row } => self.wheel(dir, column, row),
            A::Click { column, row } => self.click(column, row),
            A::Resize { width, height } => self.resize(width, height),
        }
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
            if self.widths[ix(side)] == width {
                continue;
            }
            self.rebuild(side, width);
        }
        self.after_layout();
    }

    fn rebuild(&mut self, side: Side, width: usize) {
        let c = &self.comparison;
        let filter = self.filter;
        let shown = |s: usize| match filter {
            Filter::All => true,
            Filter::Relation(r) => c.link_of(side, s).is_some_and(|l| c.links[l].relation == r),
            Filter::Only => c.link_of(side, s).is_none(),
        };
        self.flows[ix(side)] = Flow::build(c.document(side), &self.marks[ix(side)], width, shown);
        self.widths[ix(side)] = width;
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
            self.cursor[ix(side)] = fixed;
            self.scroll[ix(side)] = self.scroll[ix(side)].min(self.max_scroll(side));
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
        self.cursor[ix(side)] = Some(s);
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
        self.scroll[ix(side)] = scroll.min(self.max_scroll(side));
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
        let top = &mut self.scroll[ix(side)];
        if first < *top + margin {
            *top = first.saturating_sub(margin);
        } else if last + margin >= *top + rows {
            *top = (last + margin + 1).saturating_sub(rows).min(first);
        }
        let max = self.max_scroll(side);
        let top = &mut self.scroll[ix(side)];
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
        let c = &self.comparison;
        let anchor = (0..=s)
            .rev()
            .find_map(|t| c.link_of(side, t).map(|l| (t, l)));
        let Some((from, link)) = anchor else {
            let first = self.flow(other).order.first().copied();
            if first.is_some() && first != self.cursor(other) {
                self.cursor[ix(other)] = first;
                self.scroll[ix(other)] = 0;
            }
            return;
        };
        let other_flow = self.flow(other);
        let Some(&target) = c.links[link]
            .statements(other)
            .iter()
            .find(|&&t| other_flow.is_shown(t))
        else {
            return;
        };
        let lines = (other_flow.lines_of(target), self.flow(side).lines_of(from));
        let moved = self.cursor(other) != Some(target);
        self.cursor[ix(other)] = Some(target);
        let (Some((a, b)), Some((row_of, _))) = lines else {
            return;
        };
        let rows = self.pane_rows();
        let top = self.scroll(other);
        if moved || a < top || b >= top + rows {
            let screen_row = row_of.saturating_sub(self.scroll(side));
            self.scroll[ix(other)] = a.saturating_sub(screen_row).min(self.max_scroll(other));
        }
    }

    // ----- jumps -----

    fn matches(&self, side: Side, s: usize, target: Target) -> bool {
        let c = &self.comparison;
        let link = c.link_of(side, s).map(|l| &c.links[l]);
        let first_of = |l: &Link| l.statements(side).first() == Some(&s);
        match target {
            Target::Relation(r) => link.is_some_and(|l| l.relation == r && first_of(l)),
            Target::Only => link.is_none(),
            Target::Finding => link.is_some_and(|l| first_of(l) && self.has_finding(l)),
            Target::Match => self.is_hit(side, s),
        }
    }

    fn has_finding(&self, l: &Link) -> bool {
        l.findings
            .iter()
            .any(|f| self.finding_kind.is_none_or(|k| f.kind == k))
    }

    /// Moves to the next (previous) statement that `target` looks for after (before) the
    /// selection, wrapping around at the ends, as `n` does in vim and less. With
    /// `from_selection`, a forward jump may stay on the selection (a new search).
    fn jump(&mut self, target: Target, dir: Dir, from_selection: bool) {
        if target == Target::Match && self.search.is_empty() {
            self.message = Some("no search yet: press / to search".into());
            return;
        }
        let side = self.active;
        let flow = self.flow(side);
        let n = flow.order.len();
        let start = self.cursor(side).and_then(|s| flow.position(s));
        let Some(start) = start else {
            self.message = Some("nothing shown in this pane".into());
            return;
        };
        let found = (1..=n).find_map(|step| {
            let i = match (dir, from_selection) {
                (Dir::Next, true) => (start + step - 1) % n,
                (Dir::Next, false) => (start + step) % n,
                (Dir::Prev, _) => (start + n * 2 - step) % n,
            };
            let s = flow.order[i];
            self.matches(side, s, target).then_some((s, i))
        });
        match found {
            Some((s, i)) => {
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
                let what = self.target_name(target, side);
                let total = self.total(target, side);
                self.message = Some(if total > 0 && self.filter != Filter::All {
                    format!("no {what} shown (filter: {})", self.filter.name())
                } else {
                    format!("no {what}")
                });
            }
        }
    }

    /// Makes `query` (folded, not empty) the search, and finds the statements of both reports
    /// that contain it.
    fn set_search(&mut self, query: String) {
        let c = &self.comparison;
        let folded = self.folded.get_or_insert_with(|| {
            [Side::Left, Side::Right].map(|side| {
                let d = c.document(side);
                (0..d.statements.len())
                    .map(|s| search::fold(d.statement_text(s)))
                    .collect()
            })
        });
        self.hits = [0, 1].map(|i| {
            (folded[i].iter().enumerate())
                .filter(|(_, text)| text.contains(&query))
                .map(|(s, _)| s)
                .collect()
        });
        self.search = query;
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
            Target::Match => format!("match for \"{}\"", self.search),
        }
    }

    /// How many of `target` the report on `side` has, whatever the filter.
    fn total(&self, target: Target, side: Side) -> usize {
        let n = self.comparison.document(side).statements.len();
        (0..n).filter(|&s| self.matches(side, s, target)).count()
    }

    /// Where the selection stands: its id, its mark and its rank among the statements of that
    /// mark in its report ("L14 conflict 3/7").
    pub fn position_text(&self) -> Option<String> {
        let side = self.active;
        let s = self.cursor(side)?;
        let c = &self.comparison;
        let id = side.id(s);
        let mark = self.mark(side, s);
        let (rank, total) = match c.link_of(side, s) {
            Some(l) => {
                let r = c.links[l].relation;
                let key = |l: &Link| l.statements(side).first().copied();
                let mine = key(&c.links[l]);
                let rank = c
                    .links
                    .iter()
                    .filter(|x| x.relation == r && key(x) <= mine)
                    .count();
                (rank, c.count(r))
            }
            None => {
                let only = c.only(side);
                (only.partition_point(|&x| x <= s), only.len())
            }
        };
        let mut out = format!("{id} {} {rank}/{total}", mark.name(side.prefix()));
        if let Some(l) = c.link_of(side, s) {
            let link = &c.links[l];
            let other = side.other();
            out.push_str(&format!(
                " ~ {} · score {:.2}",
                crate::report::ids(other, link.statements(other)),
                link.score
            ));
        }
        Some(out)
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
        let top = &mut self.scroll[ix(side)];
        *top = match dir {
            Dir::Next => *top + WHEEL_LINES,
            Dir::Prev => top.saturating_sub(WHEEL_LINES),
        };
        let max = self.max_scroll(side);
        self.scroll[ix(side)] = self.scroll[ix(side)].min(max);
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
                let text = &self.comparison.document(side).text;
                if let Some(s) = self.flow(side).statement_at(line, col, text) {
                    // A click keeps the pane where it is when the statement is in view.
                    let keep = self.scroll(side);
                    self.select(side, s);
                    if self
                        .flow(side)
                        .lines_of(s)
                        .is_some_and(|(a, _)| a >= keep && a < keep + self.pane_rows())
                    {
                        self.scroll[ix(side)] = keep;
                    }
                }
                return;
            }
        }
    }
}

fn flow_len(app: &App, side: Side) -> usize {
    app.comparison.document(side).statements.len()
}
