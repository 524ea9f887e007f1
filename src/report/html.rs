//! The HTML report: one self-contained page to hand on (no scripts, no external files): who made
//! it from what, a summary with the conflicts first, every link with an anchor to cite
//! (`#link-12`), a layout that reads on a phone, prints with the column headers on every page, and
//! follows the reader's dark mode. All text from the reports is escaped; relations are shown with
//! a symbol and a word as well as a colour.

use std::fmt::Write;

use super::{Header, Meta, closest_legend, ids, link_id, one_line, span_text};
use crate::compare::{Comparison, Finding, Link, Relation};
use crate::document::{Document, Side, Span};

/// Escapes text for HTML element content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Line breaks and tabs are white space to a browser; any other control character
            // (ESC, BEL, C1: also the terminal's, when the page goes to standard output) or
            // bidirectional override is shown as `\e`, `\u{7}`…, never written.
            '\n' | '\t' => out.push(c),
            c if crate::sanitize::needs_escape(c) => {
                out.push_str(&crate::sanitize::visible(c.encode_utf8(&mut [0; 4])))
            }
            _ => out.push(c),
        }
    }
    out
}

fn mark(relation: Relation) -> &'static str {
    match relation {
        Relation::Conflict => "!",
        Relation::Agree => "=",
        Relation::Related => "~",
    }
}

/// Colours are variables so that dark mode and print only change them. Narrow screens stack each
/// link (verdict, left, right) and label each side; print repeats the table's header row on every
/// page and never splits a row.
const STYLE: &str = "\
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#5c6168;--line:#d5d9de;\
--conflict:#b00020;--conflict-bg:#fff4f4;--agree:#1b7f3b;--related:#7a5f00;--only:#00658a;\
--mark:#ffe27a;--link:#0b57d0}\
@media screen and (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#15171a;--muted:#a3a8ae;\
--line:#3a3f46;--conflict:#ff7b7b;--conflict-bg:#2a1a1c;--agree:#6fd392;--related:#e2c25a;\
--only:#6ccbef;--mark:#6a5200;--link:#8ab4f8}}\
*{box-sizing:border-box}\
body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif;color:var(--fg);\
background:var(--bg);max-width:80rem;margin:0 auto;padding:1rem}\
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}\
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}\
a{color:var(--link)}p,li,td,dd{overflow-wrap:anywhere}\
.pair{font-size:1.1rem;margin:.2rem 0 1rem}.side{font-weight:600}\
dl.provenance{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;\
font-size:.9rem}dl.provenance dt{color:var(--muted)}dl.provenance dd{margin:0}\
nav ol{margin:.3rem 0;padding-left:1.5rem}\
.counts span{white-space:nowrap;margin-right:1rem}\
.conflict .verdict,.counts .conflict{color:var(--conflict);font-weight:700}\
.agree .verdict,.counts .agree{color:var(--agree)}\
.related .verdict,.counts .related{color:var(--related)}\
.counts .only{color:var(--only)}\
table{border-collapse:collapse;width:100%;table-layout:fixed}col.verdict{width:26%}\
th,td{vertical-align:top;text-align:left;padding:.5rem;border-top:1px solid var(--line)}\
thead th{border-top:0;border-bottom:2px solid var(--line)}\
tr.conflict{background:var(--conflict-bg)}\
.id{color:var(--muted);font-size:.85em;margin-right:.3em;white-space:nowrap}\
.anchor{font-weight:600;margin-right:.4em;text-decoration:none}\
mark{background:var(--mark);color:inherit;font-weight:600;padding:0 .1em;border-radius:2px}\
.changed{text-decoration:underline dotted var(--muted);text-underline-offset:.2em}\
ul.findings{margin:.4rem 0 0;padding-left:1.1rem}ul.findings li{margin:.2rem 0}\
p.why{margin:.4rem 0 0;color:var(--muted);font-style:italic;font-size:.9rem}\
ul.only{padding-left:1.2rem}ul.only li{margin:.3rem 0}\
ul.closest{margin:.2rem 0 .4rem;padding-left:1.1rem;color:var(--muted);font-size:.9em}\
ul.closest li{margin:.15rem 0}.probability{white-space:nowrap}\
:target{outline:2px solid var(--link);outline-offset:2px}\
@media screen and (max-width:40rem){body{padding:.6rem;font-size:15px}\
table,tbody,tr,td{display:block;width:auto}thead{display:none}\
tr{border-top:2px solid var(--line);padding:.4rem 0}td{border:0;padding:.3rem 0}\
td[data-label]::before{content:attr(data-label);display:block;font-size:.8rem;\
color:var(--muted);font-weight:600}dl.provenance{grid-template-columns:1fr}\
dl.provenance dd{margin-bottom:.3rem}}\
@media print{body{max-width:none;padding:0;font-size:10pt;color:#000;background:#fff}\
nav{display:none}a{color:inherit;text-decoration:none}\
thead{display:table-header-group}tr,li{break-inside:avoid;page-break-inside:avoid}\
h2,h3{break-after:avoid;page-break-after:avoid}\
tr.conflict,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}\
:target{outline:0}@page{margin:14mm 12mm}}";

/// Words the other side does not have are marked only when they are few: when most words
/// differ, marking them says nothing and the page reads like a page of hyperlinks.
const MAX_CHANGED_SHARE: f64 = 1.0 / 3.0;

/// The share of the words of statement `index` that lie in `changed`.
fn changed_share(doc: &Document, index: usize, changed: &[Span]) -> f64 {
    let tokens = &doc.statements[index].tokens;
    if tokens.is_empty() {
        return 0.0;
    }
    let inside = tokens
        .iter()
        .filter(|t| changed.iter().any(|c| c.start <= t.start && t.end <= c.end))
        .count();
    inside as f64 / tokens.len() as f64
}

/// Statement text with the changed words marked (dotted underline) and the findings' words
/// highlighted (`<mark>`).
fn statement_html(doc: &Document, index: usize, changed: &[Span], findings: &[Span]) -> String {
    let s = doc.statements[index].span;
    let inside = |spans: &[Span], at: usize| spans.iter().any(|x| x.start <= at && at < x.end);
    let mut out = String::new();
    let mut open: Option<(bool, bool)> = None;
    let close = |out: &mut String, open: Option<(bool, bool)>| match open {
        Some((_, true)) => out.push_str("</mark>"),
        Some((true, false)) => out.push_str("</span>"),
        _ => {}
    };
    for (off, c) in doc.text[s.start..s.end].char_indices() {
        let at = s.start + off;
        let state = (inside(changed, at), inside(findings, at));
        if open != Some(state) {
            close(&mut out, open);
            match state {
                (_, true) => out.push_str("<mark>"),
                (true, false) => out.push_str("<span class=\"changed\">"),
                _ => {}
            }
            open = Some(state);
        }
        // Line breaks of hard-wrapped text are spaces in a paragraph.
        let mut buf = [0; 4];
        out.push_str(&esc(if c.is_whitespace() {
            " "
        } else {
            c.encode_utf8(&mut buf)
        }));
    }
    close(&mut out, open);
    out
}

/// One side of a link: its statements, each with its id.
fn side_cell(c: &Comparison, link: &Link, side: Side) -> String {
    let doc = c.document(side);
    let (changed, findings): (&[Span], Vec<Span>) = match side {
        Side::Left => (
            &link.diff.left_changed,
            link.findings.iter().filter_map(|f| f.left).collect(),
        ),
        Side::Right => (
            &link.diff.right_changed,
            link.findings.iter().filter_map(|f| f.right).collect(),
        ),
    };
    link.statements(side)
        .iter()
        .map(|&i| {
            let changed = if changed_share(doc, i, changed) <= MAX_CHANGED_SHARE {
                changed
            } else {
                &[]
            };
            format!(
                "<span class=\"id\">{}</span>{}",
                side.id(i),
                statement_html(doc, i, changed, &findings)
            )
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

/// A finding in one line: its kind, its note, and the words of each report unless the note
/// already quotes them.
fn finding_html(c: &Comparison, f: &Finding) -> String {
    let (l, r) = (span_text(&c.left, f.left), span_text(&c.right, f.right));
    let mut out = format!("<b>{}</b>: {}", f.kind.name(), esc(&f.note));
    if !(f.note.contains(&l) && f.note.contains(&r)) {
        let _ = write!(out, " (“{}” vs “{}”)", esc(&l), esc(&r));
    }
    out
}

/// "Left: <title>" (with its outlet first when known), as the column headers and the phone
/// labels name each report.
fn side_label(c: &Comparison, side: Side) -> String {
    let (name, doc) = match side {
        Side::Left => ("Left", &c.left),
        Side::Right => ("Right", &c.right),
    };
    let h = Header::of(doc);
    match h.outlet {
        Some(outlet) => format!("{name}: {outlet} — {}", h.title),
        None => format!("{name}: {}", h.title),
    }
}

fn provenance(out: &mut String, c: &Comparison, meta: &Meta) {
    out.push_str("<dl class=\"provenance\" id=\"provenance\">");
    let _ = write!(
        out,
        "<dt>Made by</dt><dd>Parallax {}, {} (UTC)</dd>",
        esc(meta.version),
        esc(&meta.generated_utc())
    );
    for (side, doc) in [(Side::Left, &c.left), (Side::Right, &c.right)] {
        let h = Header::of(doc);
        // A title that is only the file name is said once, as the file.
        let file_name = std::path::Path::new(&doc.source).file_name();
        let mut facts = Vec::new();
        if file_name.is_none_or(|n| n.to_string_lossy() != h.title) {
            facts.push(format!("<cite>{}</cite>", esc(&h.title)));
        }
        for (label, value) in [("by ", &h.byline), ("", &h.outlet), ("", &h.date)] {
            if let Some(v) = value {
                facts.push(format!("{label}{}", esc(v)));
            }
        }
        if let Some(url) = h.url.as_ref().filter(|u| **u != doc.source) {
            facts.push(format!("<code>{}</code>", esc(url)));
        }
        let source = if doc.source == "-" {
            "standard input".to_string()
        } else {
            // A path may hold any character but NUL: control characters become spaces.
            let path = crate::document::clean::clean(&doc.source);
            format!("<code>{}</code>", esc(&one_line(&path)))
        };
        let format = serde_json::to_value(doc.origin.format).unwrap_or_default();
        facts.push(format!(
            "read from {source} ({} in {}), {} statements",
            format.as_str().unwrap_or("text"),
            esc(doc.origin.encoding),
            doc.statements.len()
        ));
        let _ = write!(
            out,
            "<dt>{} report</dt><dd>{}</dd>",
            if side == Side::Left { "Left" } else { "Right" },
            facts.join(" · ")
        );
    }
    let _ = writeln!(
        out,
        "<dt>Settings</dt><dd>links scoring below {} dropped (<code>--min-score</code>)</dd>\
         <dt>Verdicts</dt><dd>made offline by the program, not by a person: read both \
         statements before citing one</dd></dl>",
        meta.options.min_score
    );
}

fn summary(out: &mut String, c: &Comparison) {
    let conflicts: Vec<(usize, &Link)> = c
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.relation == Relation::Conflict)
        .collect();
    let _ = write!(
        out,
        "<section id=\"summary\"><h2>Summary</h2>\n<p class=\"counts\">\
         <span class=\"conflict\">! {} conflict</span> <span class=\"agree\">= {} agree</span> \
         <span class=\"related\">~ {} related</span> <span class=\"only\">+ {} only-left</span> \
         <span class=\"only\">+ {} only-right</span> <span>{} links in all</span></p>\n\
         <h3 id=\"conflicts\">Conflicts</h3>\n",
        conflicts.len(),
        c.count(Relation::Agree),
        c.count(Relation::Related),
        c.only_left.len(),
        c.only_right.len(),
        c.links.len()
    );
    if conflicts.is_empty() {
        out.push_str(
            "<p>No conflicts found. Parallax would rather miss a contradiction than invent \
             one: the related links are where to look for one.</p>\n",
        );
    } else {
        out.push_str("<ol class=\"conflicts\">\n");
        for (k, link) in conflicts {
            let _ = write!(
                out,
                "<li><a href=\"#{}\">#{}</a> <span class=\"id\">{} ~ {}</span> ",
                link_id(k),
                k + 1,
                ids(Side::Left, &link.left),
                ids(Side::Right, &link.right),
            );
            let findings: Vec<String> = link.findings.iter().map(|f| finding_html(c, f)).collect();
            out.push_str(&findings.join("; "));
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

fn contents(out: &mut String, c: &Comparison) {
    let mut items = vec![
        ("summary", "Summary".to_string()),
        (
            "conflicts",
            format!("Conflicts ({})", c.count(Relation::Conflict)),
        ),
    ];
    if !c.links.is_empty() {
        items.push(("links", format!("All links ({})", c.links.len())));
    }
    for (side, anchor, label) in [
        (Side::Left, "only-left", "Only in the left report"),
        (Side::Right, "only-right", "Only in the right report"),
    ] {
        if !c.only(side).is_empty() {
            items.push((anchor, format!("{label} ({})", c.only(side).len())));
        }
    }
    items.push(("provenance", "Provenance".to_string()));
    out.push_str("<nav aria-label=\"Contents\"><b>Contents</b><ol>");
    for (anchor, label) in items {
        let _ = write!(out, "<li><a href=\"#{anchor}\">{label}</a></li>");
    }
    out.push_str("</ol></nav>\n");
}

fn links_table(out: &mut String, c: &Comparison) {
    let (left, right) = (
        esc(&side_label(c, Side::Left)),
        esc(&side_label(c, Side::Right)),
    );
    let _ = write!(
        out,
        "<section id=\"links\"><h2>All links</h2>\n<p class=\"legend\">In the order of the left \
         report. <b>! conflict</b>: the same claim or event, a detail disagrees; <b>= agree</b>: \
         the same claim, details consistent; <b>~ related</b>: same topic, no clear verdict. \
         <mark>Highlighted</mark>: the words of a finding; <span class=\"changed\">dotted</span>: \
         words the other report does not have (marked when they are few).</p>\n\
         <table><colgroup><col class=\"verdict\"><col><col></colgroup>\n<thead><tr>\
         <th scope=\"col\">Link</th><th scope=\"col\">{left}</th><th scope=\"col\">{right}</th>\
         </tr></thead>\n<tbody>\n"
    );
    for (k, link) in c.links.iter().enumerate() {
        let name = link.relation.name();
        let id = link_id(k);
        let _ = write!(
            out,
            "<tr id=\"{id}\" class=\"{name}\"><td><a class=\"anchor\" href=\"#{id}\">#{}</a>\
             <span class=\"verdict\">{} {name}</span><br><span class=\"id\">{} ~ {} · score \
             {:.2}</span>",
            k + 1,
            mark(link.relation),
            ids(Side::Left, &link.left),
            ids(Side::Right, &link.right),
            link.score,
        );
        if !link.findings.is_empty() {
            out.push_str("<ul class=\"findings\">");
            for f in &link.findings {
                let _ = write!(out, "<li>{}</li>", finding_html(c, f));
            }
            out.push_str("</ul>");
        }
        if let Some(why) = link.evidence.describe() {
            let _ = write!(out, "<p class=\"why\">{}</p>", esc(&why));
        }
        let _ = writeln!(
            out,
            "</td><td data-label=\"{left}\">{}</td><td data-label=\"{right}\">{}</td></tr>",
            side_cell(c, link, Side::Left),
            side_cell(c, link, Side::Right)
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// Under statement `index` of `side`, which is in no link: the statements of the other report
/// that the link model finds closest without linking them, likeliest first, each with its id
/// and link probability (`Comparison::closest`); "" when there are none.
fn closest_html(c: &Comparison, side: Side, index: usize) -> String {
    let near = c.closest(side, index);
    if near.is_empty() {
        return String::new();
    }
    let other = side.other();
    let items: String = near
        .iter()
        .map(|&(j, p)| {
            let j = j as usize;
            format!(
                "<li><span class=\"id\">{}</span><span class=\"probability\">link probability \
                 {p:.2}</span> {}</li>",
                other.id(j),
                statement_html(c.document(other), j, &[], &[])
            )
        })
        .collect();
    format!(
        "<ul class=\"closest\" aria-label=\"Closest in the {} report, not linked\">{items}</ul>",
        other.name()
    )
}

fn only_lists(out: &mut String, c: &Comparison) {
    for (side, anchor, label) in [
        (Side::Left, "only-left", "Only in the left report"),
        (Side::Right, "only-right", "Only in the right report"),
    ] {
        let only = c.only(side);
        if only.is_empty() {
            continue;
        }
        let doc = c.document(side);
        let _ = writeln!(
            out,
            "<section id=\"{anchor}\"><h2>{label} <small>({})</small></h2>",
            esc(&Header::of(doc).title)
        );
        if only.iter().any(|&i| !c.closest(side, i).is_empty()) {
            let _ = writeln!(
                out,
                "<p class=\"legend\">{}</p>",
                esc(&closest_legend(side))
            );
        }
        out.push_str("<ul class=\"only\">\n");
        for &i in only {
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span>{}{}</li>",
                side.id(i),
                statement_html(doc, i, &[], &[]),
                closest_html(c, side, i)
            );
        }
        out.push_str("</ul></section>\n");
    }
}

pub fn to_html(c: &Comparison, meta: &Meta) -> String {
    let (left, right) = (Header::of(&c.left).title, Header::of(&c.right).title);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"Parallax {}\">\
         <title>Parallax: {} / {}</title><style>{STYLE}</style></head><body>\n<header>\
         <h1>Parallax: two reports compared</h1>\n<p class=\"pair\"><span class=\"side\">Left:\
         </span> <cite>{}</cite><br><span class=\"side\">Right:</span> <cite>{}</cite></p>\n",
        esc(meta.version),
        esc(&left),
        esc(&right),
        esc(&left),
        esc(&right),
    );
    provenance(&mut out, c, meta);
    contents(&mut out, c);
    out.push_str("</header>\n<main>\n");
    summary(&mut out, c);
    if !c.links.is_empty() {
        links_table(&mut out, c);
    }
    only_lists(&mut out, c);
    out.push_str("</main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignOptions;

    #[test]
    fn article_text_is_escaped() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn control_characters_are_shown_not_written() {
        assert_eq!(
            esc("bad\x1b]2;PWNED\x07\u{9b}2J\u{202e}x\ny"),
            "bad\\e]2;PWNED\\u{7}\\u{9b}2J\\u{202e}x\ny"
        );
    }

    #[test]
    fn spans_become_marked_runs() {
        let doc = Document::parse("d", "Three <b>drones</b> hit the home.").unwrap();
        let html = statement_html(&doc, 0, &[Span::new(0, 5)], &[Span::new(9, 15)]);
        assert_eq!(
            html,
            "<span class=\"changed\">Three</span> &lt;b&gt;<mark>drones</mark>\
             &lt;/b&gt; hit the home."
        );
    }

    #[test]
    fn control_characters_of_a_file_name_never_reach_the_page() {
        let doc = |name| Document::parse(name, "Three drones hit the home.").unwrap();
        let c = crate::compare::compare(doc("evil\x1b[31m.txt"), doc("b.txt"), vec![]);
        let html = to_html(&c, &Meta::new(&AlignOptions::default()));
        assert!(!html.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn under_a_statement_in_no_link_its_closest_statements_as_a_nested_list() {
        for pair in crate::report::tests::closest_pairs() {
            let (side, me, other, p) = (pair.side, &pair.id, &pair.closest, &pair.p);
            let html = to_html(&pair.c, &Meta::new(&AlignOptions::default()));
            let expected = format!(
                "<li><span class=\"id\">{me}</span>It was the drones that hit the home of the \
                 prime minister, the army said.<ul class=\"closest\" aria-label=\"Closest in \
                 the {} report, not linked\"><li><span class=\"id\">{other}</span><span \
                 class=\"probability\">link probability {p}</span> Three drones struck the \
                 home of the prime minister in Baghdad on Sunday &lt;script&gt;x&lt;/script&gt; \
                 | .</li></ul></li>",
                side.other().name()
            );
            // The escape sequence became spaces when the report was read: white space to a
            // browser.
            assert!(one_line(&html).contains(&expected), "{expected}\n{html}");
            assert_eq!(html.matches("<ul class=\"closest\"").count(), 1, "{html}");
            for (side, i, text) in [
                (side, 1, "The weather was fine all week."),
                (side.other(), 1, "Oil prices rose on Monday."),
            ] {
                let li = format!("<li><span class=\"id\">{}</span>{text}</li>\n", side.id(i));
                assert!(html.contains(&li), "{li}\n{html}");
            }
            // The legend stands in the section with closest statements only.
            assert_eq!(html.matches("Under a statement:").count(), 1, "{html}");
            let section = &html[html.find(&format!("id=\"only-{}\"", side.name())).unwrap()..];
            assert!(
                section.find("<p class=\"legend\">Under a statement:") < section.find("<li>"),
                "{html}"
            );
            assert!(!html.contains("<script"), "{html}");
            assert!(
                !html.chars().any(|c| c.is_control() && c != '\n'),
                "{html:?}"
            );
        }
    }

    #[test]
    fn changed_words_are_marked_only_when_few() {
        let doc = Document::parse("d", "Three drones hit the home of the premier.").unwrap();
        assert!(changed_share(&doc, 0, &[Span::new(0, 5)]) <= MAX_CHANGED_SHARE);
        assert!(changed_share(&doc, 0, &[Span::new(0, 27)]) > MAX_CHANGED_SHARE);
    }

    #[test]
    fn every_link_has_an_anchor_and_every_conflict_is_listed_first() {
        let (l, r) = crate::sample::documents();
        let c = crate::analyze(l, r, &AlignOptions::default());
        let html = to_html(&c, &Meta::new(&AlignOptions::default()));
        for k in 0..c.links.len() {
            assert!(html.contains(&format!("<tr id=\"link-{}\"", k + 1)), "{k}");
        }
        let summary = html.find("id=\"summary\"").unwrap();
        let table = html.find("id=\"links\"").unwrap();
        for (k, _) in c
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| l.relation == Relation::Conflict)
        {
            let cite = html
                .find(&format!("<li><a href=\"#link-{}\">", k + 1))
                .unwrap();
            assert!(summary < cite && cite < table);
        }
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(!html.contains("<script"));
        for css in [
            "ul.closest{margin:.2rem 0 .4rem;padding-left:1.1rem;color:var(--muted)",
            "@media print",
            "prefers-color-scheme:dark",
            "table-header-group",
        ] {
            assert!(html.contains(css), "{css}");
        }
    }
}
