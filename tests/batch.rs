//! `parallax batch`: a pairs file in, one JSON line per pair out, in order; a bad pair is one
//! error record, never the end of the batch; every line follows the published schemas.

mod input_common;

use std::io::Read;
use std::time::{Duration, Instant};

use input_common::{contract, parallax};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use tempfile::TempDir;

fn repo(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A pairs file with a header, a comment, good pairs in TSV and JSON Lines, a missing report, a
/// line with one path, a JSON line that is not a pair, and a directory.
fn pairs(dir: &TempDir) -> String {
    let (a, b) = (
        repo("assets/kazemi-report-a.txt"),
        repo("assets/kazemi-report-b.txt"),
    );
    let (fl, fr) = (
        repo("tests/gold/pairs/factory-fire/left.txt"),
        repo("tests/gold/pairs/factory-fire/right.txt"),
    );
    let dir_path = dir.path().to_string_lossy().into_owned();
    let text = format!(
        "left\tright\n# the sample pair\n{a}\t{b}\n{fl}\t{}/missing.txt\n\n\
         only-one-path.txt\n{{\"left\": \"{fl}\", \"right\": \"{fr}\"}}\n{{\"left\": 3}}\n\
         {dir_path}\t{b}\n{b}\t{a}\n",
        dir_path
    );
    let path = dir.path().join("pairs.tsv");
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// (line of the pairs file, error record?) for each output line, in order.
const EXPECTED: [(usize, bool); 7] = [
    (3, false),
    (4, true),
    (6, true),
    (7, false),
    (8, true),
    (9, true),
    (10, false),
];

#[test]
fn every_pair_gives_one_line_in_order_and_bad_pairs_are_records() {
    let dir = TempDir::new().unwrap();
    let out = parallax().args(["batch", &pairs(&dir)]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), EXPECTED.len(), "{stdout}");
    for (k, (line, (number, error))) in lines.iter().zip(EXPECTED).enumerate() {
        let what = format!("output line {}", k + 1);
        if error {
            let record = contract::valid_batch_error(line, &what);
            assert_eq!(record["line"], number, "{what}");
            assert_eq!(record["parallax_error"], 1);
        } else {
            let report = contract::valid_report(line, &what);
            contract::consistent(&report, &what);
        }
    }
    let errors: Vec<serde_json::Value> = lines
        .iter()
        .filter(|l| l.contains("\"parallax_error\""))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        errors[0]["error"]
            .as_str()
            .unwrap()
            .ends_with("missing.txt: no such file")
    );
    assert!(errors[1]["left"].is_null());
    assert!(
        errors[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 6: expected two")
    );
    assert!(
        errors[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 8: not a pair")
    );
    assert!(
        errors[3]["error"]
            .as_str()
            .unwrap()
            .ends_with("is a directory, not a file")
    );
    // The two orders of the sample pair are mirror images.
    let (first, last): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(lines[0]).unwrap(),
        serde_json::from_str(lines[6]).unwrap(),
    );
    assert_eq!(first["reports"][0]["source"], last["reports"][1]["source"]);
    // Not a terminal: no progress bar, only the one line that says some pairs failed.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "parallax: 4 of 7 pairs could not be compared (error records in the output)\n"
    );
}

#[test]
fn the_same_lines_on_one_thread_and_on_all_and_from_stdin() {
    let dir = TempDir::new().unwrap();
    let pairs = pairs(&dir);
    let all = parallax().args(["batch", &pairs]).output().unwrap();
    // The default min-score, given: the same as not given.
    let default = parallax::align::AlignOptions::default()
        .min_score
        .to_string();
    let one = parallax()
        .args(["batch", &pairs, "--jobs", "1", "--min-score", &default])
        .output()
        .unwrap();
    assert_eq!(all.stdout, one.stdout);
    let stdin = parallax()
        .args(["batch"])
        .write_stdin(std::fs::read(&pairs).unwrap())
        .output()
        .unwrap();
    assert_eq!(all.stdout, stdin.stdout);
    let strict = parallax()
        .args(["batch", &pairs, "--min-score", "0.9"])
        .output()
        .unwrap();
    let first: serde_json::Value = serde_json::from_str(
        String::from_utf8(strict.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["settings"]["min_score"], 0.9);
}

#[test]
fn a_pairs_file_that_cannot_be_read_is_bad_input() {
    let dir = TempDir::new().unwrap();
    let latin1 = dir.path().join("latin1.tsv");
    std::fs::write(&latin1, b"caf\xe9.txt\tb.txt\n").unwrap();
    for (path, problem) in [
        ("/no/such/pairs.tsv".to_string(), "no such file"),
        (latin1.to_string_lossy().into_owned(), "not UTF-8"),
    ] {
        let out = parallax().args(["batch", &path]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(&path) && err.contains(problem), "{err}");
    }
    // A report named "-" cannot share standard input with the pairs.
    let out = parallax()
        .args(["batch"])
        .write_stdin(format!("-\t{}\n", repo("assets/kazemi-report-a.txt")))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let record = contract::valid_batch_error(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        "stdin pair",
    );
    assert!(record["error"].as_str().unwrap().contains("standard input"));
}

/// On a terminal, stderr shows a progress bar; the JSON lines still go to stdout alone.
#[test]
fn a_progress_bar_on_a_terminal() {
    let dir = TempDir::new().unwrap();
    let pair = format!(
        "{}\t{}\n",
        repo("assets/kazemi-report-a.txt"),
        repo("assets/kazemi-report-b.txt")
    );
    let pairs = dir.path().join("pairs.tsv");
    std::fs::write(&pairs, pair.repeat(12)).unwrap();
    let out_file = dir.path().join("out.jsonl");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        "exec \"$0\" batch \"$1\" > \"$2\"",
        env!("CARGO_BIN_EXE_parallax"),
        &pairs.to_string_lossy(),
        &out_file.to_string_lossy(),
    ]);
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        tx.send(all).ok();
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "batch hangs");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success());
    drop(pty.master);
    let terminal =
        String::from_utf8_lossy(&rx.recv_timeout(Duration::from_secs(10)).unwrap_or_default())
            .into_owned();
    assert!(
        terminal.contains("/12 pairs"),
        "no progress bar: {terminal:?}"
    );
    assert!(!terminal.contains("parallax_report"), "{terminal:?}");
    let written = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(written.lines().count(), 12);
}
