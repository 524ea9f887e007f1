//! What the reader can be asked to do. Keys and mouse events become actions at the edge
//! ([`super::keymap`]); [`super::app::App::update`] applies them.

use crate::compare::{FindingKind, Relation};

/// Direction of a move or jump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Next,
    Prev,
}

/// What a jump looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A link with this relation.
    Relation(Relation),
    /// A statement that only the active pane's report contains.
    Only,
    /// A link with a finding of the current finding kind (any kind if none is chosen).
    Finding,
    /// A statement containing the last search text.
    Match,
}

/// Which statements the panes show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Relation(Relation),
    Only,
}

impl Filter {
    /// The cycle of `v`: all, conflict, agree, related, only-one-side.
    pub const CYCLE: [Filter; 5] = [
        Filter::All,
        Filter::Relation(Relation::Conflict),
        Filter::Relation(Relation::Agree),
        Filter::Relation(Relation::Related),
        Filter::Only,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Relation(r) => r.name(),
            Filter::Only => "only-one-side",
        }
    }
}

/// One thing to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Select the next / previous statement in the active pane.
    Move(Dir),
    Page(Dir),
    First,
    Last,
    SwitchPane,
    FocusLeft,
    FocusRight,
    Jump(Target, Dir),
    /// Choose the finding kind that `f`/`F` look for, and jump to the next one.
    FindingKind(FindingKind),
    /// Look for any finding kind again.
    AnyFindingKind,
    OpenDetail,
    /// Close the detail view, the help overlay or the search prompt.
    Close,
    Help,
    StartSearch,
    SearchChar(char),
    SearchBackspace,
    SearchSubmit,
    /// Next / previous filter in [`Filter::CYCLE`].
    CycleFilter(Dir),
    /// Show all statements again and clear the message.
    Reset,
    /// Scroll a view by lines (detail view, help overlay).
    Scroll(Dir),
    /// Mouse wheel at a screen position.
    Wheel {
        dir: Dir,
        column: u16,
        row: u16,
    },
    /// Left click at a screen position.
    Click {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// Review: unlink the selected link.
    Unlink,
    /// Review: mark the selection to be linked, or link it to the statement marked in the
    /// other pane.
    Link,
    /// Review: set the selected link's verdict by hand.
    Verdict(Relation),
    /// Review: write a note on the selected link (or, with `statement`, on the statement).
    Note {
        statement: bool,
    },
    /// Keep the note typed.
    NoteSubmit,
    /// Take back the last review decision.
    Undo,
    /// Copy the selection, its counterpart and finding to the clipboard.
    Copy,
    /// Open the report in the editor at the selection.
    Edit,
    /// Suspend to the shell.
    Suspend,
    /// Capture the mouse, or leave it to the terminal.
    ToggleMouse,
}
