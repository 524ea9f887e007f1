//! The article in a web page: page furniture (scripts, styles, navigation, cookie banners, ads,
//! share buttons, footers) taken away, then the main text found with `dom_smoothie` (a port of
//! Mozilla's Readability, the engine of Firefox's reader view), then turned into paragraphs.

use dom_query::{Document as Html, NodeRef};
use dom_smoothie::{Config, Readability};

use super::blocks::{Article, Blocks};
use crate::report::one_line;

/// Fewer words than this outside the headline is not an article (an error page, a menu).
const MIN_ARTICLE_WORDS: usize = 20;

/// Elements that are never part of an article's text.
const FURNITURE: &str = "script, style, noscript, template, iframe, object, embed, svg, canvas, \
    nav, footer, aside, form, button, input, select, textarea, dialog, \
    [role=dialog], [role=alertdialog], [role=navigation], [role=banner], [role=contentinfo], \
    [role=complementary], [aria-modal=true], [hidden]";

/// Words of class names and ids that mark furniture: "cookie-banner", "ad-slot", "share-tools".
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "consent",
    "cookie",
    "cookies",
    "gdpr",
    "newsletter",
    "outbrain",
    "paywall",
    "popup",
    "promo",
    "share",
    "sharing",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "taboola",
];

/// Why no article could be taken out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoArticle;

/// The article of an HTML page: headline, byline, date and paragraphs.
pub fn extract(html: &str) -> Result<Article, NoArticle> {
    let page = Html::from(html);
    remove_furniture(&page);
    let date = date_on_page(&page);
    let headings: Vec<String> = page
        .select("h1")
        .nodes()
        .iter()
        .map(|h| one_line(&h.text()))
        .filter(|h| !h.is_empty())
        .collect();
    let mut readability =
        Readability::with_document(page, None, Some(Config::default())).map_err(|_| NoArticle)?;
    let found = readability.parse().map_err(|_| NoArticle)?;
    let mut blocks = Blocks::default();
    walk(&Html::fragment(found.content).root(), &mut blocks);
    let byline = found.byline.map(|b| strip_by(&b).to_string());
    // Readability keeps short titles whole ("Flood in Valencia | Daily"): the page's own
    // headline, when the title contains it, is the headline without the site's name.
    let title = one_line(&found.title);
    let title = headings
        .into_iter()
        .find(|h| title.contains(h.as_str()))
        .unwrap_or(title);
    let article = blocks.into_article(
        Some(title).filter(|t| !t.is_empty()),
        byline,
        found.published_time.or(date),
    );
    let skip = usize::from(article.title.is_some());
    let words: usize = article
        .text
        .split("\n\n")
        .skip(skip)
        .map(|block| block.split_whitespace().count())
        .sum();
    if words < MIN_ARTICLE_WORDS {
        return Err(NoArticle);
    }
    Ok(article)
}

fn remove_furniture(page: &Html) {
    page.select(FURNITURE).remove();
    for node in page.select("[class], [id]").nodes() {
        let names = [node.attr("class"), node.attr("id")];
        let furniture = names.iter().flatten().any(|names| {
            names
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| FURNITURE_WORDS.contains(&word.to_ascii_lowercase().as_str()))
        });
        // <body class="ad-free"> or <div class="story-body has-ads"> would take the article
        // with it: containers and blocks of several paragraphs stay (Readability judges them).
        let container = matches!(
            node.node_name().as_deref(),
            Some("html" | "body" | "main" | "article")
        ) || node
            .descendants_it()
            .filter(|d| d.node_name().as_deref() == Some("p"))
            .nth(2)
            .is_some();
        if furniture && !container {
            node.remove_from_parent();
        }
    }
}

/// When the article was published, as the page shows it: a `<time>` element, or an element
/// whose class says it is the date. (`dom_smoothie` reads the date from metadata.)
fn date_on_page(page: &Html) -> Option<String> {
    if let Some(time) = page.select("time").nodes().first() {
        let text = time.text();
        let shown = text.trim();
        return Some(if shown.is_empty() {
            time.attr("datetime")?.to_string()
        } else {
            shown.to_string()
        });
    }
    page.select("[class*=date], [class*=published], [class*=timestamp]")
        .nodes()
        .iter()
        .map(|n| n.text().trim().to_string())
        .find(|t| t.len() <= 40 && t.chars().any(|c| c.is_ascii_digit()))
}

/// "By Jane Doe" → "Jane Doe".
fn strip_by(byline: &str) -> &str {
    let b = byline.trim();
    match b.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => b[3..].trim_start(),
        _ => b,
    }
}

/// Elements that hold no article text.
fn skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "canvas"
            | "figure"
            | "figcaption"
            | "img"
            | "picture"
            | "video"
            | "audio"
            | "button"
            | "select"
            | "textarea"
            | "head"
            | "title"
    )
}

/// Elements that start and end a paragraph.
fn block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "blockquote"
            | "caption"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tr"
            | "ul"
    )
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    /// Leaving an element: a block ends, a table cell leaves a space.
    Leave {
        block: bool,
    },
}

/// Appends the text under `root` to `blocks`, depth first (without recursion: pages nest deep).
fn walk(root: &NodeRef, blocks: &mut Blocks) {
    let mut stack: Vec<Step> = root.children_it(true).map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave { block: true } => {
                blocks.end_block();
                continue;
            }
            Step::Leave { block: false } => {
                blocks.text(" ");
                continue;
            }
            Step::Enter(node) => node,
        };
        if node.is_text() {
            blocks.text(&node.text());
            continue;
        }
        let Some(name) = node.node_name() else {
            continue;
        };
        let name = name.to_ascii_lowercase();
        if skipped(&name) {
            continue;
        }
        if name == "br" {
            blocks.line_break();
            continue;
        }
        if block(&name) {
            blocks.end_block();
            stack.push(Step::Leave { block: true });
        } else if matches!(name.as_str(), "td" | "th") {
            stack.push(Step::Leave { block: false });
        }
        stack.extend(node.children_it(true).map(Step::Enter));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><title>Flood in Valencia | Daily</title>\
             <style>p {{ color: red }}</style><script>var claim = 'Nine died.';</script>\
             </head><body>{body}</body></html>"
        )
    }

    const STORY: &str = "<p>Heavy rain flooded the old town of Valencia on Monday night, \
        forcing hundreds of residents to leave their homes.</p>\
        <p>Firefighters rescued 14 people from cars trapped in the water, officials said.</p>\
        <p>The regional government said schools would stay closed on Tuesday.</p>";

    #[test]
    fn the_article_only() {
        let html = page(&format!(
            "<div class=\"cookie-consent\"><p>We use cookies to give you the best experience \
             on our website and to show you relevant advertising. Accept all?</p></div>\
             <nav><a href=/>Home</a> <a href=/news>News</a></nav>\
             <article><h1>Flood in Valencia</h1><p class=\"byline\">By Ana Ruiz</p>{STORY}\
             <div class=\"share-buttons\"><a href=#>Share</a></div></article>\
             <footer><p>© Daily. All rights reserved.</p></footer>"
        ));
        let a = extract(&html).unwrap();
        assert_eq!(a.title.as_deref(), Some("Flood in Valencia"));
        assert_eq!(a.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            a.text,
            "Flood in Valencia\n\n\
             Heavy rain flooded the old town of Valencia on Monday night, forcing hundreds of \
             residents to leave their homes.\n\n\
             Firefighters rescued 14 people from cars trapped in the water, officials said.\n\n\
             The regional government said schools would stay closed on Tuesday."
        );
    }

    #[test]
    fn entities_line_breaks_and_lists() {
        let html = page(&format!(
            "<article>{STORY}<p>Caf&eacute; owners lost &pound;2,000 &amp; more.<br>\
             Second&nbsp;line.</p><ul><li>One item.</li><li>Another item.</li></ul></article>"
        ));
        let text = extract(&html).unwrap().text;
        assert!(
            text.contains(
                "\n\nCafé owners lost £2,000 & more.\nSecond line.\n\nOne item.\n\nAnother item."
            ),
            "{text}"
        );
    }

    #[test]
    fn a_body_whose_class_mentions_ads_stays() {
        let html = page(&format!(
            "<div class=\"story-body has-ads\">{STORY}<div class=\"ad\"><p>Buy!</p></div></div>"
        ));
        let text = extract(&html).unwrap().text;
        assert!(text.contains("Firefighters rescued 14 people"), "{text}");
        assert!(!text.contains("Buy!"), "{text}");
    }

    #[test]
    fn a_page_without_an_article() {
        let html = page(
            "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our site \
             and to show you personalised advertising. By clicking Accept all, you agree to our \
             use of cookies and similar technologies.</p></div>\
             <nav><ul><li><a href=/a>News</a></li><li><a href=/b>Sport</a></li></ul></nav>\
             <main><h1>Sorry, we couldn't find that page</h1><p><a href=/>Home</a></p></main>",
        );
        assert_eq!(extract(&html), Err(NoArticle));
        assert_eq!(extract(""), Err(NoArticle));
    }

    #[test]
    fn the_date_the_page_shows() {
        let html = page(&format!(
            "<article><h1>Flood</h1><span class=\"post-date\">04/11/2024</span>{STORY}</article>"
        ));
        assert_eq!(extract(&html).unwrap().date.as_deref(), Some("04/11/2024"));
        let html = page(&format!(
            "<article><time datetime=\"2024-11-04\"></time>{STORY}</article>"
        ));
        assert_eq!(extract(&html).unwrap().date.as_deref(), Some("2024-11-04"));
    }

    #[test]
    fn bylines_lose_their_by() {
        assert_eq!(strip_by(" By Ana Ruiz"), "Ana Ruiz");
        assert_eq!(strip_by("by  Ana"), "Ana");
        assert_eq!(strip_by("Byron Lee"), "Byron Lee");
    }
}
