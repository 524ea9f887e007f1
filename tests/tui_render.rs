//! Drawing the reader into a TestBackend: snapshots of each screen, and style checks.

mod common;

use parallax::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t
}

#[test]
fn peek() {
    let app = common::app(100, 24);
    let t = draw(&app, 100, 24);
    println!("{}", t.backend());
}
