//! Reports fetched from URLs, end to end through the binary, against an HTTP server that each
//! test starts on 127.0.0.1 (never the internet): pages, redirects, a 404, a server slower than
//! the timeout, bodies over the size cap, and content that is not an article.

mod input_common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use input_common::{fixture, json_report, refused, statements, verdicts};
use parallax::document::MAX_REPORT_BYTES;

/// At most this many connections per server: every test's request loop is bounded.
const MAX_CONNECTIONS: usize = 64;

/// Starts a server on a free port of 127.0.0.1 and returns its base URL. It answers each
/// connection on its own thread and stops accepting after `MAX_CONNECTIONS`.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(MAX_CONNECTIONS).flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut request = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // Skip the headers (bounded: at most 100 lines).
    for _ in 0..100 {
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let file = |name: &str| std::fs::read(fixture(name)).unwrap();
    let ok = |content_type: &str, body: Vec<u8>| {
        (200, vec![("Content-Type", content_type.to_string())], body)
    };
    let (status, headers, body): (u16, Vec<(&str, String)>, Vec<u8>) = match path.as_str() {
        "/herald" => ok("text/html; charset=utf-8", file("ferry-herald.html")),
        // No charset in the header: the page's <meta> says windows-1252.
        "/daily" => ok("text/html", file("ferry-daily.html")),
        "/daily.md" => ok("text/markdown; charset=utf-8", file("ferry-daily.md")),
        // The charset only in the header.
        "/herald.txt" => ok(
            "text/plain; charset=windows-1252",
            file("ferry-herald-cp1252.txt"),
        ),
        "/old/herald" => (301, vec![("Location", "/herald".to_string())], Vec::new()),
        "/loop" => (302, vec![("Location", "/loop".to_string())], Vec::new()),
        "/missing" => (
            404,
            vec![("Content-Type", "text/html".into())],
            b"<h1>Not found</h1>".to_vec(),
        ),
        "/photo" => ok(
            "image/jpeg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01".to_vec(),
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            ok("text/plain", b"Too late.".to_vec())
        }
        "/huge" => return huge(stream, true),
        "/huge-stream" => return huge(stream, false),
        _ => (404, Vec::new(), Vec::new()),
    };
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// A text body one MiB over the cap, with its length announced or not; writing stops when the
/// client hangs up.
fn huge(mut stream: TcpStream, announced: bool) {
    let size = MAX_REPORT_BYTES + (1 << 20);
    let length = if announced {
        format!("Content-Length: {size}\r\n")
    } else {
        String::new()
    };
    let head =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n{length}Connection: close\r\n\r\n");
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let chunk = "The ferry burned. ".repeat(3641); // 65,538 bytes
    let mut sent = 0;
    while sent < size {
        if stream.write_all(chunk.as_bytes()).is_err() {
            return;
        }
        sent += chunk.len() as u64;
    }
}

#[test]
fn two_urls_compare_as_their_saved_pages() {
    let base = serve();
    let fetched = json_report(&format!("{base}/herald"), &format!("{base}/daily"), &[]);
    let saved = json_report(
        &fixture("ferry-herald.html"),
        &fixture("ferry-daily.html"),
        &[],
    );
    assert_eq!(verdicts(&fetched), verdicts(&saved));
    assert_eq!(fetched["reports"][0]["source"], format!("{base}/herald"));
    assert_eq!(fetched["reports"][1]["encoding"], "windows-1252");
    assert_eq!(fetched["reports"][0]["byline"], "Maria Papadaki");
}

/// `parallax batch` reads URLs as `report` does, and a missing page is one error record.
#[test]
fn batch_pairs_may_be_urls() {
    let base = serve();
    let pairs = format!(
        "{base}/herald\t{base}/daily\n{{\"left\": \"{}\", \"right\": \"{base}/missing\"}}\n",
        fixture("ferry-herald.html")
    );
    let out = input_common::parallax()
        .arg("batch")
        .write_stdin(pairs)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let saved = json_report(
        &fixture("ferry-herald.html"),
        &fixture("ferry-daily.html"),
        &[],
    );
    assert_eq!(verdicts(&lines[0]), verdicts(&saved));
    assert_eq!(lines[0]["reports"][0]["url"], format!("{base}/herald"));
    assert_eq!(lines[0]["reports"][0]["outlet"], "127.0.0.1");
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"].as_str().unwrap().contains("/missing"),
        "{}",
        lines[1]
    );
}

#[test]
fn urls_mix_with_files_markdown_and_charsets_from_the_header() {
    let base = serve();
    let mixed = json_report(
        &format!("{base}/herald.txt"),
        &format!("{base}/daily.md"),
        &[],
    );
    let plain = json_report(
        &fixture("ferry-herald.txt"),
        &fixture("ferry-daily.txt"),
        &[],
    );
    assert_eq!(verdicts(&mixed), verdicts(&plain));
    assert_eq!(mixed["reports"][0]["encoding"], "windows-1252");
    assert_eq!(mixed["reports"][1]["format"], "markdown");
    let with_file = json_report(
        &fixture("ferry-herald.html"),
        &format!("{base}/daily.md"),
        &[],
    );
    assert_eq!(verdicts(&with_file), verdicts(&plain));
}

#[test]
fn redirects_are_followed() {
    let base = serve();
    let json = json_report(
        &format!("{base}/old/herald"),
        &fixture("ferry-daily.txt"),
        &[],
    );
    assert_eq!(
        statements(&json, 0)[0],
        "Fire breaks out on ferry off Crete, crew injured"
    );
    refused(&format!("{base}/loop"), "too many redirects", &[]);
}

#[test]
fn a_missing_page_is_refused() {
    let base = serve();
    refused(
        &format!("{base}/missing"),
        "the server answered 404 Not Found",
        &[],
    );
}

#[test]
fn a_server_slower_than_the_timeout_is_refused() {
    let base = serve();
    let started = Instant::now();
    refused(
        &format!("{base}/slow"),
        "no answer within 1 s",
        &["--timeout", "1"],
    );
    // Twice (as the left and as the right report), each after about a second.
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn bodies_over_the_size_cap_are_refused() {
    let base = serve();
    let limit = format!("too large (more than {MAX_REPORT_BYTES} bytes)");
    refused(&format!("{base}/huge"), &limit, &[]);
    refused(&format!("{base}/huge-stream"), &limit, &[]);
}

#[test]
fn content_that_is_not_an_article_is_refused() {
    let base = serve();
    refused(
        &format!("{base}/photo"),
        "not a web page or text: the server says it is image/jpeg",
        &[],
    );
}

#[test]
fn no_server_is_one_line_too() {
    // A port that was free a moment ago: nothing listens there now.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    refused(
        &format!("http://127.0.0.1:{port}/herald"),
        "cannot fetch",
        &[],
    );
}
