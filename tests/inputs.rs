//! Real inputs, end to end through the binary: saved web pages, Markdown, a Windows-1252 text,
//! and the formats Parallax refuses. The fixtures in tests/inputs/ are two reports of one ferry
//! fire, each as the plain text of the article and as it came: the Harbour Herald as a saved
//! page (an <article> amid navigation, scripts, styles, ads, a cookie banner, related stories
//! and a footer) and in Windows-1252; the Aegean Daily as a div-soup page declaring
//! windows-1252 and as Markdown with front matter. The planted contradiction: three crew members
//! injured, or five.

mod input_common;

use input_common::{fixture, json_report, parallax, refused, statements, verdicts};
use serde_json::Value;
use tempfile::TempDir;

const HERALD: [&str; 10] = [
    "Fire breaks out on ferry off Crete, crew injured",
    "A fire broke out in the engine room of the passenger ferry Aegean Star on Tuesday evening, \
     forcing the evacuation of 412 passengers off the coast of Crete.",
    "Three crew members were injured while fighting the blaze, the coastguard said.",
    "The ferry had left the port of Heraklion at 6 p.m. and was bound for Piraeus.",
    "“The fire was contained within an hour,” said coastguard spokesman Nikos Alexiou.",
    "“All passengers are safe.”",
    "British tour operator Sunway Holidays said its 38 customers on board would be offered \
     refunds of up to £150 each & a free transfer home.",
    "What happens next",
    "Investigators from the Hellenic Coast Guard boarded the vessel on Wednesday to examine the \
     engine room.",
    "The Aegean Star was built in 1998 and was last inspected in January, according to its \
     operator, Minoan Blue Lines.",
];

#[test]
fn a_saved_page_gives_exactly_the_articles_sentences() {
    let json = json_report(
        &fixture("ferry-herald.html"),
        &fixture("ferry-daily.html"),
        &[],
    );
    assert_eq!(statements(&json, 0), HERALD);
    let herald = &json["reports"][0];
    assert_eq!(herald["title"], HERALD[0]);
    assert_eq!(herald["format"], "html");
    assert_eq!(herald["byline"], "Maria Papadaki");
    assert_eq!(herald["date"], "2024-03-12T21:40:00Z");
    let daily = &json["reports"][1];
    assert_eq!(
        daily["title"],
        "Passengers evacuated after engine-room fire on Crete ferry"
    );
    assert_eq!(daily["byline"], "Yannis Koutras");
    assert_eq!(daily["date"], "13/03/2024");
    assert_eq!(daily["encoding"], "windows-1252");
    assert_eq!(
        statements(&json, 1),
        std::fs::read_to_string(fixture("ferry-daily.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
    );
    // Nothing of the page's furniture, scripts or styles is left.
    let all = json.to_string();
    for furniture in [
        "cookie",
        "Accept all",
        "Advertisement",
        "Cheap flights",
        "Share on",
        "Related stories",
        "newsletter",
        "Most read",
        "All rights reserved",
        "dataLayer",
        "Five crew members were injured.\"", // in a script of the Herald's page
        "font-family",
        "Sponsored",
        "Trending",
        "Tags:",
        "comments",
        "&pound;",
        "&amp;",
        "Photo:",
    ] {
        assert!(!all.contains(furniture), "{furniture:?} left in the report");
    }
}

#[test]
fn the_planted_contradiction_between_two_saved_pages_is_found() {
    let json = json_report(
        &fixture("ferry-herald.html"),
        &fixture("ferry-daily.html"),
        &[],
    );
    let conflicts: Vec<&Value> = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["relation"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let finding = &conflicts[0]["findings"][0];
    assert_eq!(finding["kind"], "number");
    assert_eq!(
        (&finding["left"], &finding["right"]),
        (&"Three".into(), &"Five".into())
    );
}

#[test]
fn pages_markdown_and_legacy_text_compare_as_their_plain_text() {
    let plain = verdicts(&json_report(
        &fixture("ferry-herald.txt"),
        &fixture("ferry-daily.txt"),
        &[],
    ));
    for (left, right) in [
        ("ferry-herald.html", "ferry-daily.html"),
        ("ferry-herald.html", "ferry-daily.md"),
        ("ferry-herald-cp1252.txt", "ferry-daily.md"),
        ("ferry-herald.txt", "ferry-daily.html"),
    ] {
        let json = json_report(&fixture(left), &fixture(right), &[]);
        assert_eq!(verdicts(&json), plain, "{left} / {right}");
    }
}

#[test]
fn spans_point_into_the_text_the_json_names() {
    for (name, spans_in, format, encoding) in [
        ("ferry-herald.txt", "file", "text", "UTF-8"),
        ("ferry-herald-cp1252.txt", "text", "text", "windows-1252"),
        ("ferry-herald.html", "text", "html", "UTF-8"),
        ("ferry-daily.md", "text", "markdown", "UTF-8"),
    ] {
        let path = fixture(name);
        let json = json_report(&path, &fixture("ferry-daily.txt"), &[]);
        let report = &json["reports"][0];
        assert_eq!(
            (&report["spans_in"], &report["format"], &report["encoding"]),
            (&spans_in.into(), &format.into(), &encoding.into()),
            "{name}"
        );
        let text = match spans_in {
            "file" => {
                assert!(report.get("text").is_none(), "{name}: the file is the text");
                std::fs::read_to_string(&path).unwrap()
            }
            _ => report["text"].as_str().unwrap().to_string(),
        };
        for s in report["statements"].as_array().unwrap() {
            let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            assert_eq!(&text[start as usize..end as usize], s["text"], "{name}");
        }
        for link in json["links"].as_array().unwrap() {
            for f in link["findings"].as_array().unwrap() {
                if let Some([start, end]) = f["left_span"].as_array().map(|a| [&a[0], &a[1]]) {
                    let span =
                        &text[start.as_u64().unwrap() as usize..end.as_u64().unwrap() as usize];
                    assert_eq!(span, f["left"], "{name}");
                }
            }
        }
    }
}

#[test]
fn markdown_front_matter_is_the_header_and_markup_is_gone() {
    let json = json_report(
        &fixture("ferry-daily.md"),
        &fixture("ferry-herald.txt"),
        &[],
    );
    let md = &json["reports"][0];
    assert_eq!(md["byline"], "Yannis Koutras");
    assert_eq!(md["date"], "2024-03-13");
    let text = md["text"].as_str().unwrap();
    for markup in ["**", "*Aegean", "](", "> ", "![", "<!--", "---", "title:"] {
        assert!(!text.contains(markup), "{markup:?} in {text}");
    }
    assert!(
        text.contains(
            "evacuated from the ferry Aegean Star after a fire started in its engine room"
        )
    );
}

#[test]
fn a_windows_1252_text_is_read_or_named() {
    let path = fixture("ferry-herald-cp1252.txt");
    let plain = std::fs::read_to_string(fixture("ferry-herald.txt")).unwrap();
    for options in [
        &[][..],
        &["--encoding", "windows-1252"],
        &["--encoding", "latin1"],
    ] {
        let json = json_report(&path, &fixture("ferry-daily.txt"), options);
        assert_eq!(json["reports"][0]["text"], plain, "{options:?}");
    }
    refused(
        &path,
        "invalid UTF-8 at byte offset 366",
        &["--encoding", "utf-8"],
    );
    parallax()
        .args(["report", &path, &path, "--encoding", "klingon"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("not an encoding Parallax knows"));
}

#[test]
fn the_input_format_can_be_named() {
    // A page read as text keeps its markup: the override wins over detection.
    let json = json_report(
        &fixture("ferry-daily.md"),
        &fixture("ferry-herald.txt"),
        &["--input-format", "text"],
    );
    assert_eq!(json["reports"][0]["format"], "text");
    assert!(
        statements(&json, 0)
            .iter()
            .any(|s| s.contains("**Five crew members**"))
    );
    // Markdown without a telling name or sign, named.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("story");
    std::fs::write(
        &path,
        "Five *crew* members were hurt.\n\nThe fire is out.\n",
    )
    .unwrap();
    let json = json_report(
        path.to_str().unwrap(),
        &fixture("ferry-herald.txt"),
        &["--input-format", "markdown"],
    );
    assert_eq!(statements(&json, 0)[0], "Five crew members were hurt.");
}

#[test]
fn a_page_on_standard_input_is_recognised() {
    let page = std::fs::read(fixture("ferry-herald.html")).unwrap();
    let out = parallax()
        .args([
            "report",
            "-",
            &fixture("ferry-daily.txt"),
            "--format",
            "json",
        ])
        .write_stdin(page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(statements(&json, 0), HERALD);
}

#[test]
fn formats_parallax_cannot_read_are_refused_with_what_to_do() {
    let dir = TempDir::new().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_string_lossy().into_owned()
    };
    let mut docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\x21\x00\xdf\xa4\xd2\x6c\x5a\x01\x00\x00\x20\x05\x00\x00\x13\x00\x08\x02[Content_Types].xml".to_vec();
    docx.extend_from_slice(&[0u8; 64]);
    docx.extend_from_slice(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\x21\x00word/document.xml");
    let mut zip = b"PK\x03\x04\x0a\x00\x00\x00\x00\x00".to_vec();
    zip.extend_from_slice(b"notes/ferry.txt");
    let menu_only = "<!DOCTYPE html><html><head><title>Page not found | Harbour Herald</title>\
        </head><body><div class=\"cookie-banner\"><p>We use cookies to improve your experience \
        on our site and to show you personalised advertising. By clicking Accept all, you agree \
        to our use of cookies.</p></div><nav><a href=/>News</a> <a href=/sport>Sport</a></nav>\
        <main><h1>Sorry, we couldn't find that page</h1></main><footer>© Herald</footer></body></html>";
    for (name, bytes, says) in [
        (
            "report.pdf",
            &b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"[..],
            "a PDF document; convert it to text first, e.g. with pdftotext",
        ),
        (
            "story.docx",
            &docx,
            "a Word document (DOCX); save it as plain text or HTML first",
        ),
        ("article.txt", &docx, "a Word document (DOCX)"),
        (
            "photo.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
            "a JPEG image; Parallax reads text",
        ),
        (
            "scan.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR",
            "a PNG image",
        ),
        ("pages.zip", &zip, "a ZIP archive; unpack it first"),
        (
            "page.html.gz",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
            "a gzip-compressed file; decompress it first",
        ),
        (
            "404.html",
            menu_only.as_bytes(),
            "no article found in this page",
        ),
        ("empty.md", b"---\ndate: 2024-03-13\n---\n", "empty report"),
        (
            "blank.html",
            b"<!DOCTYPE html><html><body></body></html>",
            "no article found",
        ),
    ] {
        refused(&write(name, bytes), says, &[]);
    }
}

/// Wire copy opens with a dateline, on its own line or before the lead: where and when the
/// report was filed. It is no statement (its time is not the event's), and a dated one is the
/// report's date.
#[test]
fn datelines_are_the_header_not_statements() {
    let dir = TempDir::new().unwrap();
    let a = dir.path().join("wire.txt");
    let b = dir.path().join("agency.txt");
    std::fs::write(
        &a,
        "Ferry fire off Crete\nHERAKLION, Greece (Reuters) - A fire broke out on the ferry \
         Aegean Star on Tuesday evening.\n\nThree crew members were injured.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Ferry fire off Crete\nAthens, Mar 13, 2024 / 02:00 pm (CNA)\nA fire broke out on the \
         ferry Aegean Star on Tuesday evening.\n",
    )
    .unwrap();
    let json = json_report(a.to_str().unwrap(), b.to_str().unwrap(), &[]);
    let lead = "A fire broke out on the ferry Aegean Star on Tuesday evening.";
    assert_eq!(
        statements(&json, 0),
        [
            "Ferry fire off Crete",
            lead,
            "Three crew members were injured."
        ]
    );
    assert_eq!(statements(&json, 1), ["Ferry fire off Crete", lead]);
    assert_eq!(
        json["reports"][1]["date"],
        "Athens, Mar 13, 2024 / 02:00 pm (CNA)"
    );
    // Two filing times are no contradiction of the event's time.
    assert!(
        json["links"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["relation"] != "conflict"),
        "{}",
        json["links"]
    );
}
