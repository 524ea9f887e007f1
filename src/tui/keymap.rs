//! The keymap, as data: which key does what in which context. The help overlay and
//! `README.md` are generated from [`BINDINGS`]. Crossterm events are converted to
//! the reader's own [`Key`] here, at the edge, and nowhere else.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::{Action, Dir, Target};
use crate::compare::{FindingKind, Relation};

/// A key, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
}

/// A key with its modifiers. Shift is part of the character ('N'), not a modifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn new(code: Code) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }
    pub const fn char(c: char) -> Key {
        Key::new(Code::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: Code::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// How the key is written in the help and the docs.
    pub fn label(&self) -> String {
        let base = match self.code {
            Code::Char(' ') => "Space".to_string(),
            Code::Char(c) => c.to_string(),
            Code::Enter => "Enter".into(),
            Code::Esc => "Esc".into(),
            Code::Tab => "Tab".into(),
            Code::BackTab => "Shift-Tab".into(),
            Code::Backspace => "Backspace".into(),
            Code::Up => "↑".into(),
            Code::Down => "↓".into(),
            Code::Left => "←".into(),
            Code::Right => "→".into(),
            Code::PageUp => "PgUp".into(),
            Code::PageDown => "PgDn".into(),
            Code::Home => "Home".into(),
            Code::End => "End".into(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (_, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

/// Where the reader is: each context has its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The two panes.
    Reader,
    /// The detail view of a link.
    Detail,
    /// The `?` overlay.
    Help,
    /// Typing a search after `/`.
    Search,
    /// Typing a note after `m` or `M`.
    Note,
}

impl Context {
    pub const ALL: [Context; 5] = [
        Context::Reader,
        Context::Detail,
        Context::Help,
        Context::Search,
        Context::Note,
    ];
    pub fn title(self) -> &'static str {
        match self {
            Context::Reader => "Reading",
            Context::Detail => "Detail view (Enter)",
            Context::Help => "This help (?)",
            Context::Search => "Search prompt (/)",
            Context::Note => "Note prompt (m, M)",
        }
    }
}

/// One line of the keymap.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
    }
}

use Code::*;
use Context::{Detail as D, Help as H, Note as T, Reader as R, Search as S};

const QUIT_KEYS: &[Key] = &[Key::ctrl('c')];

/// Every key of the reader. Order is the order of the help.
pub static BINDINGS: &[Binding] = &[
    bind(
        R,
        &[Key::char('j'), Key::new(Down)],
        Action::Move(Dir::Next),
        "next statement",
    ),
    bind(
        R,
        &[Key::char('k'), Key::new(Up)],
        Action::Move(Dir::Prev),
        "previous statement",
    ),
    bind(
        R,
        &[Key::new(PageDown), Key::char(' '), Key::ctrl('f')],
        Action::Page(Dir::Next),
        "page down",
    ),
    bind(
        R,
        &[Key::new(PageUp), Key::char('b'), Key::ctrl('b')],
        Action::Page(Dir::Prev),
        "page up",
    ),
    bind(
        R,
        &[Key::char('g'), Key::new(Home)],
        Action::First,
        "first statement",
    ),
    bind(
        R,
        &[Key::char('G'), Key::new(End)],
        Action::Last,
        "last statement",
    ),
    bind(
        R,
        &[Key::new(Tab), Key::new(BackTab)],
        Action::SwitchPane,
        "switch pane (to the linked statement)",
    ),
    bind(
        R,
        &[Key::char('h'), Key::new(Left)],
        Action::FocusLeft,
        "left pane",
    ),
    bind(
        R,
        &[Key::char('l'), Key::new(Right)],
        Action::FocusRight,
        "right pane",
    ),
    bind(
        R,
        &[Key::char('n')],
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Next),
        "next conflict",
    ),
    bind(
        R,
        &[Key::char('N')],
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Prev),
        "previous conflict",
    ),
    bind(
        R,
        &[Key::char('a')],
        Action::Jump(Target::Relation(Relation::Agree), Dir::Next),
        "next agreement",
    ),
    bind(
        R,
        &[Key::char('A')],
        Action::Jump(Target::Relation(Relation::Agree), Dir::Prev),
        "previous agreement",
    ),
    bind(
        R,
        &[Key::char('r')],
        Action::Jump(Target::Relation(Relation::Related), Dir::Next),
        "next related link",
    ),
    bind(
        R,
        &[Key::char('R')],
        Action::Jump(Target::Relation(Relation::Related), Dir::Prev),
        "previous related link",
    ),
    bind(
        R,
        &[Key::char('o')],
        Action::Jump(Target::Only, Dir::Next),
        "next statement only this report has",
    ),
    bind(
        R,
        &[Key::char('O')],
        Action::Jump(Target::Only, Dir::Prev),
        "previous statement only this report has",
    ),
    bind(
        R,
        &[Key::char('f')],
        Action::Jump(Target::Finding, Dir::Next),
        "next finding (of the chosen kind)",
    ),
    bind(
        R,
        &[Key::char('F')],
        Action::Jump(Target::Finding, Dir::Prev),
        "previous finding (of the chosen kind)",
    ),
    bind(
        R,
        &[Key::char('1')],
        Action::FindingKind(FindingKind::Number),
        "next number finding (f/F follow numbers)",
    ),
    bind(
        R,
        &[Key::char('2')],
        Action::FindingKind(FindingKind::Actor),
        "next actor finding (who did or said it)",
    ),
    bind(
        R,
        &[Key::char('3')],
        Action::FindingKind(FindingKind::Quote),
        "next quote finding",
    ),
    bind(
        R,
        &[Key::char('4')],
        Action::FindingKind(FindingKind::Negation),
        "next negation finding",
    ),
    bind(
        R,
        &[Key::char('5')],
        Action::FindingKind(FindingKind::Hedge),
        "next hedge finding (certainty)",
    ),
    bind(
        R,
        &[Key::char('6')],
        Action::FindingKind(FindingKind::Time),
        "next time finding",
    ),
    bind(
        R,
        &[Key::char('7')],
        Action::FindingKind(FindingKind::Place),
        "next place finding",
    ),
    bind(
        R,
        &[Key::char('8')],
        Action::FindingKind(FindingKind::Other),
        "next other finding",
    ),
    bind(
        R,
        &[Key::char('9')],
        Action::FindingKind(FindingKind::Spelling),
        "next spelling finding (a name spelt two ways)",
    ),
    bind(
        R,
        &[Key::char('0')],
        Action::AnyFindingKind,
        "f/F follow findings of any kind",
    ),
    bind(
        R,
        &[Key::new(Enter)],
        Action::OpenDetail,
        "detail of the selected link or unlinked statement",
    ),
    bind(
        R,
        &[Key::char('/')],
        Action::StartSearch,
        "search the active pane",
    ),
    bind(
        R,
        &[Key::char(';')],
        Action::Jump(Target::Match, Dir::Next),
        "next search match",
    ),
    bind(
        R,
        &[Key::char(',')],
        Action::Jump(Target::Match, Dir::Prev),
        "previous search match",
    ),
    bind(
        R,
        &[Key::char('v')],
        Action::CycleFilter(Dir::Next),
        "show only: conflict, agree, related, only-one-side, all",
    ),
    bind(
        R,
        &[Key::char('V')],
        Action::CycleFilter(Dir::Prev),
        "the same filters, backwards",
    ),
    bind(
        R,
        &[Key::new(Esc)],
        Action::Reset,
        "show all statements, clear the message and the search highlight",
    ),
    bind(
        R,
        &[Key::char('x')],
        Action::Unlink,
        "review: unlink the selected link",
    ),
    bind(
        R,
        &[Key::char('c')],
        Action::Link,
        "review: link (c here, then c in the other pane)",
    ),
    bind(
        R,
        &[Key::char('!')],
        Action::Verdict(Relation::Conflict),
        "review: the selected link is a conflict (by hand)",
    ),
    bind(
        R,
        &[Key::char('=')],
        Action::Verdict(Relation::Agree),
        "review: the selected link agrees (by hand)",
    ),
    bind(
        R,
        &[Key::char('~')],
        Action::Verdict(Relation::Related),
        "review: the selected link is only related (by hand)",
    ),
    bind(
        R,
        &[Key::char('m')],
        Action::Note { statement: false },
        "review: note on the selected link (or statement)",
    ),
    bind(
        R,
        &[Key::char('M')],
        Action::Note { statement: true },
        "review: note on the selected statement",
    ),
    bind(
        R,
        &[Key::char('u')],
        Action::Undo,
        "review: undo the last decision",
    ),
    bind(
        R,
        &[Key::char('y')],
        Action::Copy,
        "copy the selection, its counterpart and finding (OSC 52)",
    ),
    bind(
        R,
        &[Key::char('e')],
        Action::Edit,
        "open the report in $VISUAL or $EDITOR at the selection",
    ),
    bind(
        R,
        &[Key::char('p')],
        Action::ToggleMouse,
        "mouse on/off (off: the terminal selects text)",
    ),
    bind(
        R,
        &[Key::ctrl('z')],
        Action::Suspend,
        "suspend to the shell",
    ),
    bind(R, &[Key::char('?')], Action::Help, "this help"),
    bind(R, &[Key::char('q'), Key::ctrl('c')], Action::Quit, "quit"),
    bind(
        D,
        &[Key::new(Esc), Key::new(Enter), Key::char('q')],
        Action::Close,
        "back to the panes",
    ),
    bind(
        D,
        &[Key::char('j'), Key::new(Down)],
        Action::Scroll(Dir::Next),
        "scroll down",
    ),
    bind(
        D,
        &[Key::char('k'), Key::new(Up)],
        Action::Scroll(Dir::Prev),
        "scroll up",
    ),
    bind(
        D,
        &[Key::char('n')],
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Next),
        "detail of the next conflict",
    ),
    bind(
        D,
        &[Key::char('N')],
        Action::Jump(Target::Relation(Relation::Conflict), Dir::Prev),
        "detail of the previous conflict",
    ),
    bind(D, QUIT_KEYS, Action::Quit, "quit"),
    bind(
        H,
        &[
            Key::new(Esc),
            Key::char('?'),
            Key::char('q'),
            Key::new(Enter),
        ],
        Action::Close,
        "close the help",
    ),
    bind(
        H,
        &[Key::char('j'), Key::new(Down)],
        Action::Scroll(Dir::Next),
        "scroll down",
    ),
    bind(
        H,
        &[Key::char('k'), Key::new(Up)],
        Action::Scroll(Dir::Prev),
        "scroll up",
    ),
    bind(H, QUIT_KEYS, Action::Quit, "quit"),
    bind(
        S,
        &[Key::new(Enter)],
        Action::SearchSubmit,
        "search (from the selection on, wrapping around)",
    ),
    bind(
        S,
        &[Key::new(Backspace)],
        Action::SearchBackspace,
        "delete a character",
    ),
    bind(S, &[Key::new(Esc)], Action::Close, "cancel"),
    bind(S, QUIT_KEYS, Action::Quit, "quit"),
    bind(
        T,
        &[Key::new(Enter)],
        Action::NoteSubmit,
        "keep the note (empty: remove it)",
    ),
    bind(
        T,
        &[Key::new(Backspace)],
        Action::SearchBackspace,
        "delete a character",
    ),
    bind(T, &[Key::new(Esc)], Action::Close, "cancel"),
    bind(T, QUIT_KEYS, Action::Quit, "quit"),
];

/// What the mouse does (not keys, but listed in the help too).
pub static MOUSE_HELP: &[(&str, &str)] = &[
    ("wheel", "scroll the pane, detail or help under the pointer"),
    (
        "click",
        "select the statement (on an overview strip: jump there)",
    ),
];

/// The action of `key` in `context`, if any.
pub fn action(context: Context, key: Key) -> Option<Action> {
    let bound = BINDINGS
        .iter()
        .find(|b| b.context == context && b.keys.contains(&key))
        .map(|b| b.action);
    match (bound, context, key.code) {
        (Some(a), _, _) => Some(a),
        (None, Context::Search | Context::Note, Code::Char(c)) if !key.ctrl && !key.alt => {
            Some(Action::SearchChar(c))
        }
        _ => None,
    }
}

/// The keys of a binding as written in the help: "j, ↓".
pub fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(Key::label).collect::<Vec<_>>().join(", ")
}

/// One entry of the help: the keys' labels and what they do.
pub type HelpRow = (Vec<String>, &'static str);

/// The help, grouped by context: `(heading, rows)`.
pub fn help() -> Vec<(&'static str, Vec<HelpRow>)> {
    let mut out: Vec<(&'static str, Vec<HelpRow>)> = Context::ALL
        .iter()
        .map(|&c| {
            let mut rows: Vec<HelpRow> = BINDINGS
                .iter()
                .filter(|b| b.context == c)
                .map(|b| (b.keys.iter().map(Key::label).collect(), b.help))
                .collect();
            match c {
                Context::Search => {
                    rows.insert(0, (vec!["any character".into()], "type the search text"))
                }
                Context::Note => rows.insert(0, (vec!["any character".into()], "type the note")),
                _ => {}
            }
            (c.title(), rows)
        })
        .collect();
    out.push((
        "Mouse",
        MOUSE_HELP
            .iter()
            .map(|&(k, h)| (vec![k.to_string()], h))
            .collect(),
    ));
    out
}

/// The key tables of `README.md`, generated from the keymap.
pub fn markdown() -> String {
    let mut out = String::new();
    for (title, rows) in help() {
        out.push_str(&format!(
            "### {title}\n\n| keys | what they do |\n|---|---|\n"
        ));
        for (keys, what) in rows {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            out.push_str(&format!("| {} | {what} |\n", keys.join(", ")));
        }
        out.push('\n');
    }
    out
}

/// Input from the terminal, in the reader's own terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(Key),
    /// Mouse and resize events, which mean the same in every context.
    Action(Action),
}

/// Converts a crossterm event; `None` for events the reader ignores (key releases, focus,
/// paste, mouse moves).
pub fn from_crossterm(event: &Event) -> Option<Input> {
    match event {
        Event::Key(k) => key_from_crossterm(k).map(Input::Key),
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            let action = match m.kind {
                MouseEventKind::ScrollDown => Action::Wheel {
                    dir: Dir::Next,
                    column,
                    row,
                },
                MouseEventKind::ScrollUp => Action::Wheel {
                    dir: Dir::Prev,
                    column,
                    row,
                },
                MouseEventKind::Down(MouseButton::Left) => Action::Click { column, row },
                _ => return None,
            };
            Some(Input::Action(action))
        }
        Event::Resize(width, height) => Some(Input::Action(Action::Resize {
            width: *width,
            height: *height,
        })),
        _ => None,
    }
}

fn key_from_crossterm(k: &KeyEvent) -> Option<Key> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    let code = match k.code {
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Tab if k.modifiers.contains(KeyModifiers::SHIFT) => Code::BackTab,
        KeyCode::Tab => Code::Tab,
        KeyCode::BackTab => Code::BackTab,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: k.modifiers.contains(KeyModifiers::CONTROL),
        alt: k.modifiers.contains(KeyModifiers::ALT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventState, MouseEvent};
    use std::collections::HashSet;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for c in Context::ALL {
            let mut seen = HashSet::new();
            for b in BINDINGS.iter().filter(|b| b.context == c) {
                for k in b.keys {
                    assert!(seen.insert(*k), "{} bound twice in {c:?}", k.label());
                }
            }
        }
    }

    #[test]
    fn conflict_jumps_and_search_jumps_do_not_share_keys() {
        let key_of = |a: Action| {
            BINDINGS
                .iter()
                .find(|b| b.context == Context::Reader && b.action == a)
                .map(|b| b.keys.to_vec())
                .unwrap()
        };
        let conflict = key_of(Action::Jump(
            Target::Relation(Relation::Conflict),
            Dir::Next,
        ));
        let search = key_of(Action::Jump(Target::Match, Dir::Next));
        assert_eq!(conflict, [Key::char('n')]);
        assert_eq!(search, [Key::char(';')]);
    }

    #[test]
    fn lookups() {
        use Context::*;
        assert_eq!(
            action(Reader, Key::char('j')),
            Some(Action::Move(Dir::Next))
        );
        assert_eq!(
            action(Reader, Key::new(Down)),
            Some(Action::Move(Dir::Next))
        );
        assert_eq!(action(Reader, Key::char('q')), Some(Action::Quit));
        assert_eq!(action(Reader, Key::char('w')), None);
        assert_eq!(action(Reader, Key::char('x')), Some(Action::Unlink));
        assert_eq!(action(Reader, Key::char('u')), Some(Action::Undo));
        assert_eq!(action(Reader, Key::ctrl('z')), Some(Action::Suspend));
        assert_eq!(action(Note, Key::char('q')), Some(Action::SearchChar('q')));
        assert_eq!(action(Note, Key::new(Enter)), Some(Action::NoteSubmit));
        assert_eq!(action(Detail, Key::char('q')), Some(Action::Close));
        assert_eq!(action(Help, Key::char('?')), Some(Action::Close));
        assert_eq!(
            action(Search, Key::char('q')),
            Some(Action::SearchChar('q'))
        );
        assert_eq!(
            action(Search, Key::char('n')),
            Some(Action::SearchChar('n'))
        );
        assert_eq!(action(Search, Key::new(Enter)), Some(Action::SearchSubmit));
        for c in Context::ALL {
            assert_eq!(action(c, Key::ctrl('c')), Some(Action::Quit), "{c:?}");
        }
        let alt_x = Key {
            alt: true,
            ..Key::char('x')
        };
        assert_eq!(action(Search, alt_x), None);
    }

    #[test]
    fn every_context_can_be_left() {
        for c in [
            Context::Detail,
            Context::Help,
            Context::Search,
            Context::Note,
        ] {
            assert_eq!(action(c, Key::new(Esc)), Some(Action::Close), "{c:?}");
        }
    }

    #[test]
    fn labels() {
        assert_eq!(Key::ctrl('c').label(), "Ctrl-c");
        assert_eq!(Key::char(' ').label(), "Space");
        assert_eq!(Key::new(PageDown).label(), "PgDn");
        let j = &BINDINGS[0];
        assert_eq!(keys_label(j), "j, ↓");
    }

    fn key_event(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    }

    #[test]
    fn crossterm_events_convert_at_the_edge() {
        let press = |code, m| from_crossterm(&key_event(code, m, KeyEventKind::Press));
        assert_eq!(
            press(KeyCode::Char('N'), KeyModifiers::SHIFT),
            Some(Input::Key(Key::char('N')))
        );
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Input::Key(Key::ctrl('c')))
        );
        assert_eq!(
            press(KeyCode::Tab, KeyModifiers::SHIFT),
            Some(Input::Key(Key::new(BackTab)))
        );
        assert_eq!(press(KeyCode::F(1), KeyModifiers::NONE), None);
        let release = key_event(
            KeyCode::Char('q'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        );
        assert_eq!(from_crossterm(&release), None);
        let wheel = Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        });
        assert_eq!(
            from_crossterm(&wheel),
            Some(Input::Action(Action::Wheel {
                dir: Dir::Next,
                column: 3,
                row: 4
            }))
        );
        assert_eq!(
            from_crossterm(&Event::Resize(80, 24)),
            Some(Input::Action(Action::Resize {
                width: 80,
                height: 24
            }))
        );
    }

    #[test]
    fn the_docs_list_every_key() {
        let docs = include_str!("../../README.md");
        let tables = markdown();
        assert!(
            docs.contains(&tables),
            "README.md is out of date; its key tables must be:\n{tables}"
        );
    }
}
