//! The bundled sample pair: two real reports of the drone attack on the home of Iraq's prime
//! minister in November 2021, embedded so that the binary works from any directory.

use crate::document::Document;

pub const LEFT_NAME: &str = "kazemi-report-a.txt";
pub const RIGHT_NAME: &str = "kazemi-report-b.txt";
pub const LEFT_TEXT: &str = include_str!("../assets/kazemi-report-a.txt");
pub const RIGHT_TEXT: &str = include_str!("../assets/kazemi-report-b.txt");

/// The two sample reports, parsed.
pub fn documents() -> (Document, Document) {
    let parse = |name, text| Document::parse(name, text).expect("the bundled sample is valid");
    (parse(LEFT_NAME, LEFT_TEXT), parse(RIGHT_NAME, RIGHT_TEXT))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sample_parses() {
        let (l, r) = super::documents();
        assert!(l.statements.len() > 10 && r.statements.len() > 10);
    }
}
