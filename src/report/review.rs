//! What was decided by hand, in every format: a section after the comparison (whose links
//! already carry the review's verdicts), and a `review` object in the JSON report.

use serde::Serialize;

use super::{Format, Meta, html::esc, ids, markdown::md, render};
use crate::compare::Relation;
use crate::document::Side;
use crate::review::Reviewed;
use crate::sanitize::visible;

/// One thing decided by hand, for people.
struct Row {
    /// "CONFLICT", "UNLINKED", "NOTE" …
    head: String,
    /// "L17 ↔ R7" or "L4".
    ids: String,
    what: String,
    note: Option<String>,
}

fn link_ids(left: &[usize], right: &[usize]) -> String {
    format!("{} ↔ {}", ids(Side::Left, left), ids(Side::Right, right))
}

fn rows(r: &Reviewed) -> Vec<Row> {
    let c = &r.comparison;
    let mut out = Vec::new();
    for (l, link) in c.links.iter().enumerate() {
        let hand = r.hand(l);
        if hand.is_empty() {
            continue;
        }
        let what = match (hand.machine, hand.linked) {
            (Some(m), true) => format!(
                "linked and verdict set by hand (Parallax said {})",
                m.name()
            ),
            (Some(m), false) => format!("verdict set by hand (Parallax said {})", m.name()),
            (None, true) => "linked by hand".to_string(),
            (None, false) => "noted".to_string(),
        };
        out.push(Row {
            head: link.relation.name().to_uppercase(),
            ids: link_ids(&link.left, &link.right),
            what,
            note: hand.note.clone(),
        });
    }
    for u in &r.unlinked {
        out.push(Row {
            head: "UNLINKED".into(),
            ids: link_ids(&u.left, &u.right),
            what: format!("unlinked by hand (Parallax said {})", u.relation.name()),
            note: None,
        });
    }
    for side in [Side::Left, Side::Right] {
        let mut notes: Vec<(usize, &str)> = (0..c.document(side).statements.len())
            .filter_map(|s| r.note(side, s).map(|n| (s, n)))
            .collect();
        notes.sort_unstable();
        for (s, n) in notes {
            out.push(Row {
                head: "NOTE".into(),
                ids: side.id(s),
                what: "note on the statement".into(),
                note: Some(n.to_string()),
            });
        }
    }
    for (d, why) in &r.not_applied {
        out.push(Row {
            head: "NOT APPLIED".into(),
            ids: d.describe(),
            what: why.clone(),
            note: None,
        });
    }
    out
}

/// The comparison with the review applied, in `format`, with what was decided by hand.
pub fn render_reviewed(r: &Reviewed, format: Format, meta: &Meta) -> String {
    with_review(render(&r.comparison, format, meta), r, format)
}

/// `out`, the report of `r.comparison` in `format`, with what was decided by hand added.
pub fn with_review(mut out: String, r: &Reviewed, format: Format) -> String {
    let rows = rows(r);
    match format {
        Format::Text => {
            out.push_str("\nDECIDED BY HAND\n");
            if rows.is_empty() {
                out.push_str("  nothing yet\n");
            }
            for row in rows {
                let (ids, what) = (visible(&row.ids), visible(&row.what));
                out.push_str(&format!("  {} {ids}: {what}\n", row.head));
                if let Some(n) = row.note {
                    out.push_str(&format!("    note: {}\n", visible(&n)));
                }
            }
        }
        Format::Markdown => {
            out.push_str("## Decided by hand\n\n");
            if rows.is_empty() {
                out.push_str("Nothing yet.\n");
            }
            for row in rows {
                out.push_str(&format!(
                    "- **{}** {}: {}\n",
                    md(&row.head.to_lowercase()),
                    md(&row.ids),
                    md(&row.what)
                ));
                if let Some(n) = row.note {
                    out.push_str(&format!("  - note: {}\n", md(&n)));
                }
            }
            out.push('\n');
        }
        Format::Html => {
            let mut section = String::from("<h2>Decided by hand</h2>\n<ul class=\"review\">\n");
            if rows.is_empty() {
                section.push_str("<li>Nothing yet.</li>\n");
            }
            for row in rows {
                section.push_str(&format!(
                    "<li><b>{}</b> <span class=\"id\">{}</span> {}",
                    esc(&row.head.to_lowercase()),
                    esc(&row.ids),
                    esc(&row.what)
                ));
                if let Some(n) = row.note {
                    section.push_str(&format!("<p class=\"why\">note: {}</p>", esc(&n)));
                }
                section.push_str("</li>\n");
            }
            section.push_str("</ul>\n");
            let at = out.rfind("</body>").unwrap_or(out.len());
            out.insert_str(at, &section);
        }
        Format::Json => {
            let review = crate::sanitize::json(
                serde_json::to_string_pretty(&json(r)).expect("the review serialises"),
            );
            let indented = review.replace('\n', "\n  ");
            // The report is one pretty-printed object: the review goes in as its last field.
            let body = out.trim_end().strip_suffix('}').unwrap_or(&out).trim_end();
            out = format!("{body},\n  \"review\": {indented}\n}}\n");
        }
    }
    out
}

#[derive(Serialize)]
struct JsonReview {
    /// Links the review made or judged: every link of `links` with something decided by hand.
    links: Vec<JsonLink>,
    /// Links of Parallax removed by hand.
    unlinked: Vec<JsonUnlinked>,
    /// Notes on statements.
    notes: Vec<JsonNote>,
    /// Decisions that could not be applied (their statements are gone), with why.
    not_applied: Vec<JsonNotApplied>,
}

#[derive(Serialize)]
struct JsonLink {
    left: Vec<String>,
    right: Vec<String>,
    relation: Relation,
    linked_by_hand: bool,
    /// What Parallax said when the verdict was set by hand (else null).
    machine_relation: Option<Relation>,
    note: Option<String>,
}

#[derive(Serialize)]
struct JsonUnlinked {
    left: Vec<String>,
    right: Vec<String>,
    machine_relation: Relation,
}

#[derive(Serialize)]
struct JsonNote {
    statement: String,
    note: String,
}

#[derive(Serialize)]
struct JsonNotApplied {
    decision: String,
    why: String,
}

fn json(r: &Reviewed) -> JsonReview {
    let c = &r.comparison;
    let names = |side: Side, v: &[usize]| v.iter().map(|&i| side.id(i)).collect::<Vec<_>>();
    let mut notes = Vec::new();
    for side in [Side::Left, Side::Right] {
        for s in 0..c.document(side).statements.len() {
            if let Some(n) = r.note(side, s) {
                notes.push(JsonNote {
                    statement: side.id(s),
                    note: n.to_string(),
                });
            }
        }
    }
    JsonReview {
        links: (c.links.iter().enumerate())
            .filter(|(l, _)| !r.hand(*l).is_empty())
            .map(|(l, link)| {
                let hand = r.hand(l);
                JsonLink {
                    left: names(Side::Left, &link.left),
                    right: names(Side::Right, &link.right),
                    relation: link.relation,
                    linked_by_hand: hand.linked,
                    machine_relation: hand.machine,
                    note: hand.note.clone(),
                }
            })
            .collect(),
        unlinked: (r.unlinked.iter())
            .map(|u| JsonUnlinked {
                left: names(Side::Left, &u.left),
                right: names(Side::Right, &u.right),
                machine_relation: u.relation,
            })
            .collect(),
        notes,
        not_applied: (r.not_applied.iter())
            .map(|(d, why)| JsonNotApplied {
                decision: d.describe(),
                why: why.clone(),
            })
            .collect(),
    }
}
