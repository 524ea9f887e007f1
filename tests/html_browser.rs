//! The HTML page in a real browser: headless Chromium lays it out at a phone's width and a
//! desktop's, follows its anchors, meets hostile article text, and prints it to PDF.
//!
//! The browser is `PARALLAX_BROWSER`, or `chromium` (Debian's package; `.ci/run` installs it)
//! found on PATH. Without one, each test says it is skipped and passes, unless
//! `PARALLAX_REQUIRE_BROWSER` is set (as `.ci/run` sets it where it could install one): then a
//! missing browser fails. The PDF check also needs `pdftotext` (Debian's poppler-utils).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use parallax::align::AlignOptions;
use parallax::compare::{Comparison, Relation};
use parallax::document::Document;
use parallax::report::{Meta, to_html};
use serde_json::Value;
use tempfile::TempDir;

/// Finds a program on PATH.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The browser to test with, or `None` (after saying why) when the test is to be skipped.
fn browser(test: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PARALLAX_BROWSER")
        .map(PathBuf::from)
        .or_else(|| {
            [
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ]
            .into_iter()
            .find_map(on_path)
        });
    if found.is_none() {
        assert!(
            std::env::var_os("PARALLAX_REQUIRE_BROWSER").is_none(),
            "{test}: no Chromium found, and PARALLAX_REQUIRE_BROWSER is set"
        );
        eprintln!(
            "{test}: skipped: no Chromium on this machine (apt-get install chromium, or set \
             PARALLAX_BROWSER)"
        );
    }
    found
}

/// Runs a program, killing it after `limit`.
fn run(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    // Read the pipes on threads so that a full pipe never stalls the program.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).ok();
        v
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut v).ok();
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("{cmd:?} took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn analyze(left: (&str, &str), right: (&str, &str)) -> Comparison {
    let l = Document::parse(left.0, left.1).unwrap();
    let r = Document::parse(right.0, right.1).unwrap();
    parallax::analyze(l, r, &AlignOptions::default())
}

/// Article text that would run if it were not escaped: a script, an attribute break-out with an
/// image whose error handler marks the page, and an unbreakable URL that would widen a page.
const HOSTILE: &str = "Police said <script>document.title='pwned'</script> three people were \
killed in the blast on Sunday.\n\nA witness wrote \"><img src=x onerror=\"document.body.\
setAttribute('data-pwned','1')\"> on the wall of the station.\n\nThe statement is at \
https://example.invalid/a/very/long/path/without/any/break/that/would/widen/the/page/on/a/phone/\
if/nothing/wrapped/it/0123456789abcdefghijklmnopqrstuvwxyz and nowhere else.";

const HOSTILE_OTHER: &str = "Police said two people were killed in the blast on Sunday.\n\n\
A witness painted a slogan on the wall of the station.";

/// The pages the tests open: the sample pair, the hostile pair, and a long pair that prints on
/// several pages.
fn pages(dir: &Path) -> Vec<(&'static str, PathBuf, Comparison)> {
    let meta = Meta::new(&AlignOptions::default());
    let (l, r) = parallax::sample::documents();
    let sample = parallax::analyze(l, r, &AlignOptions::default());
    let hostile = analyze(("hostile.txt", HOSTILE), ("other.txt", HOSTILE_OTHER));
    let (l, r) = parallax::synth::report_pair(60, 3);
    let long = analyze(("outlet-a.txt", &l), ("outlet-b.txt", &r));
    [("sample", sample), ("hostile", hostile), ("long", long)]
        .into_iter()
        .map(|(name, c)| {
            let path = dir.join(format!("{name}.html"));
            std::fs::write(&path, to_html(&c, &meta)).unwrap();
            (name, path, c)
        })
        .collect()
}

/// Measures a page from inside: the width it is laid out at, how wide its content is, the
/// anchors that lead nowhere, and the conflict list's anchors. Posted to the frame's parent.
const PROBE: &str = "<script>(function(){\
var d=document.documentElement,w=window.innerWidth,wide=[];\
document.querySelectorAll('body *').forEach(function(e){var b=e.getBoundingClientRect();\
if(b.right>w+1&&wide.length<5)wide.push(e.tagName+'.'+e.className+' '+Math.round(b.right));});\
var broken=[];document.querySelectorAll('a[href^=\"#\"]').forEach(function(a){\
var t=document.getElementById(a.getAttribute('href').slice(1));if(!t)broken.push(a.getAttribute('href'));});\
var conflicts=[];document.querySelectorAll('ol.conflicts a').forEach(function(a){\
var t=document.getElementById(a.getAttribute('href').slice(1));\
conflicts.push(t?t.className:'missing');});\
parent.postMessage(JSON.stringify({page:location.search.slice(1),width:w,\
scroll:Math.max(d.scrollWidth,document.body.scrollWidth),wide:wide,broken:broken,\
conflicts:conflicts,images:document.images.length,\
pwned:document.body.hasAttribute('data-pwned')||document.title==='pwned'}),'*');})();</script>";

const WIDTHS: [u32; 2] = [390, 1280];

/// A browser with a fresh profile, and the test pages written to a temporary folder.
struct Setup {
    browser: PathBuf,
    profile: TempDir,
    dir: TempDir,
    pages: Vec<(&'static str, PathBuf, Comparison)>,
}

impl Setup {
    /// `None` (after saying why) when there is no browser and the test is to be skipped.
    fn new(test: &str) -> Option<Setup> {
        let browser = browser(test)?;
        let dir = TempDir::new().unwrap();
        Some(Setup {
            browser,
            profile: TempDir::new().unwrap(),
            pages: pages(dir.path()),
            dir,
        })
    }

    fn page(&self, name: &str) -> &(&'static str, PathBuf, Comparison) {
        self.pages.iter().find(|(n, _, _)| *n == name).unwrap()
    }

    /// Headless Chromium as root in a container: no sandbox, no GPU, no network of its own, and
    /// the fresh profile.
    fn chromium(&self, args: &[String]) -> Output {
        let mut cmd = Command::new(&self.browser);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", self.profile.path().display()))
        .args(args);
        let out = run(cmd, Duration::from_secs(90));
        assert!(
            out.status.success(),
            "chromium failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

/// Every page at a phone's width and a desktop's, in one browser run: each in a frame of that
/// width (a window cannot be narrower than about 500 px), measured from inside.
#[test]
fn pages_fit_a_phone_and_a_desktop_and_their_anchors_resolve() {
    let Some(setup) = Setup::new("layout") else {
        return;
    };
    let (dir, pages) = (&setup.dir, &setup.pages);
    let mut frames = String::new();
    for (name, path, _) in pages {
        let probed = dir.path().join(format!("{name}-probed.html"));
        let html = std::fs::read_to_string(path).unwrap();
        std::fs::write(&probed, html.replace("</body>", &format!("{PROBE}</body>"))).unwrap();
        for width in WIDTHS {
            frames.push_str(&format!(
                "<iframe src=\"{}?{name}-{width}\" style=\"width:{width}px;height:800px;\
                 border:0;display:block\"></iframe>",
                url(&probed)
            ));
        }
    }
    let host = dir.path().join("host.html");
    std::fs::write(
        &host,
        format!(
            "<!DOCTYPE html><html><head><script>addEventListener('message',\
             function(e){{var p=document.createElement('pre');p.className='result';\
             p.textContent=e.data;document.body.appendChild(p);}});</script></head>\
             <body>{frames}</body></html>"
        ),
    )
    .unwrap();
    let out = setup.chromium(&[
        "--window-size=1400,900".into(),
        "--virtual-time-budget=10000".into(),
        "--dump-dom".into(),
        url(&host),
    ]);
    let dom = String::from_utf8(out.stdout).unwrap();
    let results: Vec<Value> = dom
        .split("<pre class=\"result\">")
        .skip(1)
        .map(|s| {
            let json = s.split("</pre>").next().unwrap().replace("&quot;", "\"");
            serde_json::from_str(&json.replace("&amp;", "&")).unwrap()
        })
        .collect();
    assert_eq!(results.len(), pages.len() * WIDTHS.len(), "{dom}");
    for (name, _, c) in pages {
        for width in WIDTHS {
            let what = format!("{name}-{width}");
            let r = results
                .iter()
                .find(|r| r["page"] == what.as_str())
                .unwrap_or_else(|| panic!("no result for {what}"));
            assert_eq!(r["width"], width, "{what}");
            assert!(
                r["scroll"].as_u64().unwrap() <= u64::from(width),
                "{what}: overflows horizontally: {r}"
            );
            assert_eq!(r["broken"], serde_json::json!([]), "{what}: {r}");
            let conflicts = c.count(Relation::Conflict);
            assert_eq!(
                r["conflicts"],
                serde_json::json!(vec!["conflict"; conflicts]),
                "{what}: each listed conflict leads to its conflict row"
            );
            assert_eq!(r["images"], 0, "{what}");
            assert_eq!(r["pwned"], false, "{what}");
        }
    }
    let sample = &pages[0].2;
    assert!(
        sample.count(Relation::Conflict) >= 1,
        "the sample has conflicts to follow"
    );
}

/// The page as the browser builds it: the hostile text is text — no element, no handler ran.
#[test]
fn hostile_article_text_stays_inert() {
    let Some(setup) = Setup::new("hostile text") else {
        return;
    };
    let (_, path, _) = setup.page("hostile");
    let out = setup.chromium(&[
        "--virtual-time-budget=3000".into(),
        "--dump-dom".into(),
        url(path),
    ]);
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(dom.contains("<main>"), "{dom}");
    assert!(!dom.contains("<script"), "a script element in the page");
    assert!(!dom.contains("<img"), "an image element in the page");
    assert!(!dom.contains("data-pwned=\"1\""), "a handler ran");
    assert!(!dom.contains("<title>pwned</title>"), "a script ran");
    // The words are on the page as the reports wrote them.
    let text = text_of(&dom);
    assert!(
        text.contains("<script>document.title='pwned'</script>"),
        "{text}"
    );
    assert!(text.contains("\"><img src=x onerror=\"document.body.setAttribute("));
}

/// The text of serialised HTML: the tags dropped (a `<` in text is serialised as `&lt;`), the
/// entities a serialiser writes decoded.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Printed, a long comparison runs over several pages, each with the column headers that say
/// which report is which.
#[test]
fn printed_pages_repeat_the_column_headers() {
    let Some(setup) = Setup::new("print") else {
        return;
    };
    let Some(pdftotext) = on_path("pdftotext") else {
        assert!(
            std::env::var_os("PARALLAX_REQUIRE_BROWSER").is_none(),
            "pdftotext missing and PARALLAX_REQUIRE_BROWSER is set"
        );
        eprintln!("print: skipped: no pdftotext (apt-get install poppler-utils)");
        return;
    };
    let (_, path, c) = setup.page("long");
    let pdf = setup.dir.path().join("long.pdf");
    setup.chromium(&[
        "--no-pdf-header-footer".into(),
        format!("--print-to-pdf={}", pdf.display()),
        url(path),
    ]);
    let mut cmd = Command::new(pdftotext);
    cmd.arg("-layout").arg(&pdf).arg("-");
    let out = run(cmd, Duration::from_secs(30));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let printed: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    let with_rows: Vec<&&str> = printed.iter().filter(|p| p.contains("· score")).collect();
    assert!(
        with_rows.len() >= 3,
        "{} links should fill several pages; {} printed with rows",
        c.links.len(),
        with_rows.len()
    );
    for (n, page) in with_rows.iter().enumerate() {
        for header in [
            format!("Left: {}", c.left.title),
            format!("Right: {}", c.right.title),
        ] {
            assert!(page.contains(&header), "page {n} lacks {header:?}:\n{page}");
        }
    }
    // No row is split across pages: the page that prints a link's number also prints the last
    // word of each of its two cells.
    for (k, link) in c.links.iter().enumerate() {
        let number = format!("#{}", k + 1);
        let page = with_rows
            .iter()
            .find(|p| {
                p.lines()
                    .any(|l| l.split_whitespace().next() == Some(number.as_str()))
            })
            .unwrap_or_else(|| panic!("link {number} is not printed"));
        for (doc, last) in [(&c.left, link.left.last()), (&c.right, link.right.last())] {
            let word = doc.statement_text(*last.unwrap()).split_whitespace().last();
            assert!(
                page.contains(word.unwrap()),
                "link {number} runs over to the next page ({word:?}):\n{page}"
            );
        }
    }
}
