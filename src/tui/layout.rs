//! Where things go on the screen: one pure function of the terminal size, used by the renderer
//! and by mouse hit tests alike.

use ratatui::layout::{Position, Rect};

use crate::document::Side;

/// The smallest terminal the reader draws in; below it, a short message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Columns of the gutter (relation symbol and a space).
const GUTTER: u16 = 2;
/// Panes narrower than this have no overview strip.
const STRIP_MIN_PANE: u16 = 24;
/// Terminals lower than this have no "why" line: the panes keep every row.
pub const WHY_MIN_HEIGHT: u16 = 10;

/// One pane: its title line, the gutter, the text and the overview strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneArea {
    pub title: Rect,
    pub gutter: Rect,
    pub text: Rect,
    pub strip: Option<Rect>,
}

impl PaneArea {
    /// The whole pane below its title.
    pub fn body(&self) -> Rect {
        let right = self.strip.map_or(self.text.right(), |s| s.right());
        Rect::new(
            self.gutter.x,
            self.gutter.y,
            right - self.gutter.x,
            self.gutter.height,
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub panes: [PaneArea; 2],
    pub separator: Rect,
    /// Everything between the header and the status line (detail view, help).
    pub body: Rect,
    /// The line above the status line that says why the selection is marked as it is (its
    /// link's findings); none on low terminals.
    pub why: Option<Rect>,
    pub status: Rect,
}

impl Screen {
    pub fn pane(&self, side: Side) -> &PaneArea {
        match side {
            Side::Left => &self.panes[0],
            Side::Right => &self.panes[1],
        }
    }

    /// The pane whose body contains the position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Side> {
        [Side::Left, Side::Right]
            .into_iter()
            .find(|&s| self.pane(s).body().contains(Position::new(column, row)))
    }
}

/// The screen for a terminal area, or `None` when it is too small.
pub fn screen(area: Rect) -> Option<Screen> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let (x, y, w, h) = (area.x, area.y, area.width, area.height);
    let header = Rect::new(x, y, w, 1);
    let status = Rect::new(x, y + h - 1, w, 1);
    let body = Rect::new(x, y + 1, w, h - 2);
    let why = (h >= WHY_MIN_HEIGHT).then(|| Rect::new(x, y + h - 2, w, 1));
    let rows = h - 3 - u16::from(why.is_some());
    let left_w = (w - 1) / 2;
    let right_w = w - 1 - left_w;
    let pane = |px: u16, pw: u16| {
        let strip_cols = if pw >= STRIP_MIN_PANE { 2 } else { 0 };
        let text_w = pw - GUTTER - strip_cols;
        PaneArea {
            title: Rect::new(px, y + 1, pw, 1),
            gutter: Rect::new(px, y + 2, GUTTER, rows),
            text: Rect::new(px + GUTTER, y + 2, text_w, rows),
            strip: (strip_cols > 0).then(|| Rect::new(px + pw - 1, y + 2, 1, rows)),
        }
    };
    Some(Screen {
        header,
        panes: [pane(x, left_w), pane(x + left_w + 1, right_w)],
        separator: Rect::new(x + left_w, y + 1, 1, rows + 1),
        body,
        why,
        status,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_is_none() {
        assert!(screen(Rect::new(0, 0, 19, 6)).is_none());
        assert!(screen(Rect::new(0, 0, 20, 5)).is_none());
        assert!(screen(Rect::new(0, 0, 20, 6)).is_some());
    }

    #[test]
    fn panes_tile_the_width() {
        for w in 20..140 {
            let s = screen(Rect::new(0, 0, w, 30)).unwrap();
            let (l, r) = (s.panes[0], s.panes[1]);
            assert_eq!(l.body().right(), s.separator.x);
            assert_eq!(r.body().x, s.separator.right());
            assert_eq!(r.body().right(), w);
            assert!(l.text.width >= 7 && r.text.width >= 7);
            assert_eq!(s.pane_at(r.text.x, 5), Some(Side::Right));
            assert_eq!(s.pane_at(s.separator.x, 5), None);
        }
    }

    #[test]
    fn the_why_line_sits_between_the_panes_and_the_status_line() {
        let s = screen(Rect::new(0, 0, 80, 24)).unwrap();
        let why = s.why.unwrap();
        assert_eq!(why.y + 1, s.status.y);
        assert_eq!(s.panes[0].text.bottom(), why.y);
        assert_eq!(s.panes[1].gutter.bottom(), why.y);
        let low = screen(Rect::new(0, 0, 80, WHY_MIN_HEIGHT - 1)).unwrap();
        assert_eq!(low.why, None);
        assert_eq!(low.panes[0].text.bottom(), low.status.y);
    }
}
