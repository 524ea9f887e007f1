//! Properties of the document model on arbitrary input.

use parallax::document::{Document, clean::clean, decode::decode};
use proptest::prelude::*;

/// Text that looks like news often enough to exercise the segmenter, with hostile bits mixed in.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("\"".to_string()),
        Just("”".to_string()),
        Just(". ".to_string()),
        Just(", while ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("- ".to_string()),
        Just("\x1b[31m".to_string()),
        Just("\r\n".to_string()),
        Just("$3.4-million ".to_string()),
        Just("three ".to_string()),
        Just("é".to_string()),
        Just("😀".to_string()),
        "[A-Za-z]{1,9} ",
        "\\PC{0,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_decode_or_error_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = decode(&bytes) {
            let _ = Document::parse("x", &text);
        }
    }

    #[test]
    fn cleaning_keeps_length_and_removes_controls(text in newsish()) {
        let cleaned = clean(&text);
        prop_assert_eq!(cleaned.len(), text.len());
        prop_assert!(!cleaned.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn spans_are_ordered_inside_the_text_and_exact(text in newsish()) {
        let Ok(doc) = Document::parse("x", &text) else { return Ok(()); };
        prop_assert_eq!(doc.text.len(), text.len());
        let mut last_end = 0;
        for (i, s) in doc.statements.iter().enumerate() {
            prop_assert_eq!(s.index, i);
            prop_assert!(s.span.start >= last_end, "statements overlap or go backwards");
            prop_assert!(s.span.start < s.span.end && s.span.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(s.span.start));
            prop_assert!(doc.text.is_char_boundary(s.span.end));
            let t = doc.statement_text(i);
            prop_assert_eq!(t, t.trim(), "statement text is trimmed");
            prop_assert!(t.chars().any(char::is_alphanumeric));
            prop_assert!(s.sentence.start <= s.span.start && s.span.end <= s.sentence.end);
            let para = doc.paragraphs[s.paragraph];
            prop_assert!(para.start <= s.span.start && s.span.end <= para.end);
            for tok in &s.tokens {
                prop_assert!(s.span.start <= tok.start && tok.end <= s.span.end);
            }
            for q in &s.quantities {
                prop_assert!(q.start < q.end && q.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(q.start) && doc.text.is_char_boundary(q.end));
            }
            for q in &s.quotes {
                prop_assert!(s.span.start <= q.start && q.end <= s.span.end);
            }
            last_end = s.span.end;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// The whole pipeline on arbitrary report pairs: no panic, every link and finding points at
    /// real statements and real text, every statement is either linked (to one counterpart or
    /// several) or one-sided, never both, and every output format renders.
    #[test]
    fn analysis_of_any_pair_is_consistent(left in newsish(), right in newsish()) {
        use parallax::align::AlignOptions;
        use parallax::compare::Relation;
        use parallax::document::Side;
        let (Ok(l), Ok(r)) = (Document::parse("l", &left), Document::parse("r", &right)) else {
            return Ok(());
        };
        let c = parallax::analyze(l, r, &AlignOptions::default());
        for side in [Side::Left, Side::Right] {
            let doc = c.document(side);
            let mut linked = vec![false; doc.statements.len()];
            for link in &c.links {
                for &i in link.statements(side) {
                    prop_assert!(i < doc.statements.len());
                    linked[i] = true;
                }
            }
            let mut one_sided = vec![false; doc.statements.len()];
            for &i in c.only(side) {
                prop_assert!(!one_sided[i], "one-sided once");
                one_sided[i] = true;
            }
            prop_assert!(
                linked.iter().zip(&one_sided).all(|(l, o)| l != o),
                "each statement is linked or one-sided"
            );
        }
        for link in &c.links {
            prop_assert!((0.0..=1.0).contains(&link.score));
            prop_assert!(link.relation != Relation::Conflict || !link.findings.is_empty());
            for f in &link.findings {
                for (span, doc) in [(f.left, &c.left), (f.right, &c.right)] {
                    if let Some(s) = span {
                        prop_assert!(s.start <= s.end && s.end <= doc.text.len());
                        prop_assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
                    }
                }
            }
        }
        let meta = parallax::report::Meta::new(&parallax::align::AlignOptions::default());
        for format in [
            parallax::report::Format::Json,
            parallax::report::Format::Text,
            parallax::report::Format::Markdown,
            parallax::report::Format::Html,
        ] {
            let out = parallax::report::render(&c, format, &meta);
            prop_assert!(!out.chars().any(|ch| ch.is_control() && ch != '\n'));
        }
    }
}
