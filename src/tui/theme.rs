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

/// How a statement stands to the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    None,
    /// The selected statement of the active pane: reversed, the only reversed text of the panes.
    Selection,
    /// A statement linked to the selection (in the other pane, or a sibling of the selection in
    /// a link that joins several statements): underlined.
    Counterpart,
}

/// The mark left of the first line of the selection, in the active pane's gutter.
pub const CURSOR: &str = "›";
/// The mark left of the first line of a statement with a decision or a note by hand.
pub const BY_HAND: &str = "*";

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
    pub fn relation(&self, relation: Relation, highlight: Highlight) -> Style {
        self.mark(Mark::of(Some(relation)), highlight)
    }

    /// Statement text only one report has.
    pub fn only(&self, highlight: Highlight) -> Style {
        self.mark(Mark::Only, highlight)
    }

    /// Statement text: colour and weight are for links, the strongest for conflicts; text only
    /// one report has is plain (on a real pair it is most of the text, and its gutter mark says
    /// what it is), so that the few links stand out. Without colour, agreements are italic.
    pub fn mark(&self, mark: Mark, highlight: Highlight) -> Style {
        let base = match mark {
            Mark::Conflict => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Mark::Agree if self.color => self.fg(Color::Green),
            Mark::Agree => Style::new().add_modifier(Modifier::ITALIC),
            Mark::Related => self.fg(Color::Yellow).add_modifier(Modifier::DIM),
            Mark::Only => Style::new(),
        };
        match highlight {
            Highlight::None => base,
            Highlight::Selection => base.add_modifier(Modifier::REVERSED),
            Highlight::Counterpart => base.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// Words that match the search, drawn over the style of their statement `base`: bold and
    /// underlined, black on yellow in colour; without colour, reversed outside the selection
    /// and not reversed inside it (as `less` does), so that they stand out everywhere.
    pub fn search_match(&self, base: Style) -> Style {
        let reversed = base.add_modifier.contains(Modifier::REVERSED);
        let style = base
            .remove_modifier(Modifier::REVERSED | Modifier::DIM)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        if self.color {
            style.fg(Color::Black).bg(Color::Yellow)
        } else if reversed {
            style
        } else {
            style.add_modifier(Modifier::REVERSED)
        }
    }

    /// The selection's [`CURSOR`] mark in the gutter.
    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The gutter symbol of a mark (only-one-side in cyan: the text itself is plain).
    pub fn gutter(&self, mark: Mark) -> Style {
        match mark {
            Mark::Only => self.fg(Color::Cyan),
            m => self
                .mark(m, Highlight::None)
                .remove_modifier(Modifier::DIM | Modifier::ITALIC),
        }
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
            .map(|&m| t.mark(m, Highlight::None))
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
            t.relation(Relation::Conflict, Highlight::Selection)
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        assert_eq!(
            t.relation(Relation::Conflict, Highlight::None).fg,
            Some(Color::Red)
        );
        // Text only one report has is plain; its gutter mark is coloured.
        assert_eq!(t.only(Highlight::None), Style::new());
        assert_eq!(t.gutter(Mark::Only).fg, Some(Color::Cyan));
    }

    #[test]
    fn links_have_colour_and_weight_conflicts_the_most() {
        for t in [Theme::colored(), Theme::monochrome()] {
            let plain = t.only(Highlight::None);
            for m in [Mark::Agree, Mark::Related, Mark::Conflict] {
                assert_ne!(t.mark(m, Highlight::None), plain, "{m:?}");
            }
            let conflict = t.mark(Mark::Conflict, Highlight::None);
            assert!(conflict.add_modifier.contains(Modifier::BOLD));
            for m in [Mark::Agree, Mark::Related, Mark::Only] {
                assert!(
                    !t.mark(m, Highlight::None)
                        .add_modifier
                        .contains(Modifier::BOLD)
                );
            }
        }
    }

    #[test]
    fn the_counterpart_differs_from_the_selection_without_colour() {
        let t = Theme::monochrome();
        for m in [Mark::Agree, Mark::Related, Mark::Only, Mark::Conflict] {
            let selection = t.mark(m, Highlight::Selection);
            let counterpart = t.mark(m, Highlight::Counterpart);
            assert!(selection.add_modifier.contains(Modifier::REVERSED));
            assert!(!counterpart.add_modifier.contains(Modifier::REVERSED));
            assert!(counterpart.add_modifier.contains(Modifier::UNDERLINED));
            assert_ne!(counterpart, t.mark(m, Highlight::None));
        }
    }

    #[test]
    fn search_matches_stand_out_inside_the_selection_without_colour() {
        let t = Theme::monochrome();
        for m in [Mark::Agree, Mark::Related, Mark::Only, Mark::Conflict] {
            for h in [
                Highlight::None,
                Highlight::Selection,
                Highlight::Counterpart,
            ] {
                let base = t.mark(m, h);
                let hit = t.search_match(base);
                assert_eq!(hit.fg, None);
                assert!(
                    hit.add_modifier
                        .contains(Modifier::BOLD | Modifier::UNDERLINED)
                );
                assert_ne!(hit, base, "{m:?} {h:?}");
            }
        }
        let hit = Theme::colored().search_match(Style::new());
        assert_eq!((hit.fg, hit.bg), (Some(Color::Black), Some(Color::Yellow)));
    }
}
