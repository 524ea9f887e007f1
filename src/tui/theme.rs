//! The semantic theme: call sites ask for "a conflict, selected", never for a colour. Every
//! meaning has a modifier and a symbol as well as a colour, so it survives NO_COLOR and
//! monochrome terminals.

use ratatui::style::{Color, Modifier, Style};

use crate::compare::Relation;

/// How a statement stands: in a link with a relation, or in one report only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    // Ordered by how much a reader needs to see it: the overview strip and the gutter show the
    // strongest mark of what they cover.
    Agree,
    Related,
    Only,
    Conflict,
}

impl Mark {
    pub fn of(relation: Option<Relation>) -> Mark {
        match relation {
            None => Mark::Only,
            Some(Relation::Agree) => Mark::Agree,
            Some(Relation::Related) => Mark::Related,
            Some(Relation::Conflict) => Mark::Conflict,
        }
    }

    /// The gutter and overview symbol: ASCII, so that any terminal shows it.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Agree => "=",
            Mark::Related => "~",
            Mark::Only => "+",
            Mark::Conflict => "!",
        }
    }

    pub fn name(self, side_prefix: &str) -> String {
        match self {
            Mark::Agree => "agree".into(),
            Mark::Related => "related".into(),
            Mark::Conflict => "conflict".into(),
            Mark::Only => format!("only-{}", if side_prefix == "L" { "left" } else { "right" }),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours unless the `NO_COLOR` environment variable is set to anything non-empty.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
    pub fn colored() -> Theme {
        Theme { color: true }
    }
    pub fn monochrome() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Statement text of a link with `relation`.
    pub fn relation(&self, relation: Relation, selected: bool) -> Style {
        self.mark(Mark::of(Some(relation)), selected)
    }

    /// Statement text only one report has.
    pub fn only(&self, selected: bool) -> Style {
        self.mark(Mark::Only, selected)
    }

    pub fn mark(&self, mark: Mark, selected: bool) -> Style {
        let base = match mark {
            Mark::Conflict => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Mark::Agree => self.fg(Color::Green),
            Mark::Related => self.fg(Color::Yellow).add_modifier(Modifier::DIM),
            Mark::Only => self.fg(Color::Cyan).add_modifier(Modifier::ITALIC),
        };
        if selected {
            base.add_modifier(Modifier::REVERSED)
        } else {
            base
        }
    }

    /// The gutter symbol of a mark.
    pub fn gutter(&self, mark: Mark) -> Style {
        self.mark(mark, false)
            .remove_modifier(Modifier::DIM | Modifier::ITALIC)
    }

    /// Text between statements, and everything without a meaning of its own.
    pub fn plain(&self) -> Style {
        Style::new()
    }

    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// A pane title; the active pane's is reversed.
    pub fn pane_title(&self, active: bool) -> Style {
        if active {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn separator(&self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A key name in the hints and the help.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A status message that needs attention ("no conflicts", "not found").
    pub fn notice(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Words of a link that the other side does not have (word diff).
    pub fn changed(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED)
    }

    /// The span of a finding in the detail view.
    pub fn finding_span(&self) -> Style {
        self.fg(Color::Red)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The part of an overview strip that the pane shows.
    pub fn viewport(&self, mark: Option<Mark>) -> Style {
        match mark {
            Some(m) => self.gutter(m).add_modifier(Modifier::REVERSED),
            None => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_differ_without_colour() {
        let t = Theme::monochrome();
        let styles: Vec<Style> = [Mark::Agree, Mark::Related, Mark::Only, Mark::Conflict]
            .iter()
            .map(|&m| t.mark(m, false))
            .collect();
        for (i, a) in styles.iter().enumerate() {
            assert_eq!(a.fg, None);
            for b in &styles[i + 1..] {
                assert_ne!(a, b);
            }
        }
        let symbols: std::collections::HashSet<_> = [Mark::Agree, Mark::Related, Mark::Only]
            .iter()
            .chain([Mark::Conflict].iter())
            .map(|m| m.symbol())
            .collect();
        assert_eq!(symbols.len(), 4);
    }

    #[test]
    fn selection_reverses() {
        let t = Theme::colored();
        assert!(
            t.relation(Relation::Conflict, true)
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        assert_eq!(t.relation(Relation::Conflict, false).fg, Some(Color::Red));
        assert_eq!(t.only(false).fg, Some(Color::Cyan));
    }
}
