//! Both sample reports split into exactly the statements of the checked-in gold lists.

use parallax::document::Side;
use parallax::report::one_line;
use parallax::sample;

fn check(side: Side, doc: &parallax::document::Document, gold: &str) {
    let expected: Vec<(&str, &str)> = gold
        .lines()
        .map(|l| l.split_once('\t').expect("id<TAB>text"))
        .collect();
    let got: Vec<(String, String)> = doc
        .statements
        .iter()
        .map(|s| (side.id(s.index), one_line(doc.statement_text(s.index))))
        .collect();
    for (i, (e, g)) in expected.iter().zip(&got).enumerate() {
        assert_eq!((e.0, e.1), (g.0.as_str(), g.1.as_str()), "statement {i}");
    }
    assert_eq!(expected.len(), got.len(), "number of statements");
}

#[test]
fn sample_reports_match_gold_segmentation() {
    let (left, right) = sample::documents();
    check(
        Side::Left,
        &left,
        include_str!("gold/kazemi-report-a.statements.txt"),
    );
    check(
        Side::Right,
        &right,
        include_str!("gold/kazemi-report-b.statements.txt"),
    );
}

#[test]
fn clause_statements_share_their_sentence() {
    let (left, _) = sample::documents();
    // "… condemned the attack …, while the Hezbollah Brigades mocked the attack …"
    let s17 = &left.statements[16];
    let s18 = &left.statements[17];
    assert_eq!(s17.sentence, s18.sentence);
    assert!(
        left.statement_text(17)
            .starts_with("while the Hezbollah Brigades")
    );
    assert!(s17.span.end <= s18.span.start);
}
