//! The article in a Markdown file, read with `pulldown-cmark` (a CommonMark parser): headings,
//! paragraphs, list items and block quotes become paragraphs; emphasis and link markup go, link
//! text stays; images, code blocks and raw HTML go; YAML (`---`) or TOML (`+++`) front matter
//! gives the title, the byline and the date.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::blocks::{Article, Blocks};

/// The article of a Markdown text.
pub fn extract(markdown: &str) -> Article {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH;
    let mut blocks = Blocks::default();
    let mut front = String::new();
    let mut in_front = false;
    // Inside an image or a code block: its text is not the article's.
    let mut hidden = 0usize;
    // The first block, when it is a level-1 heading: the headline.
    let mut first_block = true;
    let mut headline: Option<String> = None;
    let mut in_headline = false;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_front = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_front = false,
            Event::Text(t) if in_front => front.push_str(&t),
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_)) => hidden += 1,
            Event::End(TagEnd::Image | TagEnd::CodeBlock) => hidden = hidden.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if hidden == 0 => {
                blocks.text(&t);
                if in_headline {
                    headline.get_or_insert_default().push_str(&t);
                }
            }
            Event::SoftBreak => blocks.text(" "),
            Event::HardBreak => blocks.line_break(),
            Event::InlineHtml(html) if html.trim_start().starts_with("<br") => blocks.line_break(),
            Event::Start(tag) if starts_block(&tag) => {
                blocks.end_block();
                in_headline = first_block
                    && matches!(
                        tag,
                        Tag::Heading {
                            level: HeadingLevel::H1,
                            ..
                        }
                    );
                first_block = false;
            }
            Event::End(TagEnd::TableCell) => blocks.text(" "),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::FootnoteDefinition,
            )
            | Event::Rule => {
                blocks.end_block();
                in_headline = false;
            }
            _ => {}
        }
    }
    let meta = FrontMatter::parse(&front);
    blocks.into_article(meta.title.or(headline), meta.byline, meta.date)
}

fn starts_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::Item
            | Tag::TableRow
            | Tag::TableHead
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::FootnoteDefinition(_)
    )
}

/// What front matter says about the article.
#[derive(Debug, Default, PartialEq, Eq)]
struct FrontMatter {
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
}

impl FrontMatter {
    /// Reads `key: value` (YAML) or `key = value` (TOML) lines; a list of authors may be
    /// `[A, B]` or `- A` lines. Other keys are ignored.
    fn parse(front: &str) -> FrontMatter {
        let mut meta = FrontMatter::default();
        let mut authors: Vec<String> = Vec::new();
        let mut in_authors = false;
        for line in front.lines() {
            if in_authors && let Some(item) = line.trim_start().strip_prefix("- ") {
                authors.push(unquote(item).to_string());
                continue;
            }
            in_authors = false;
            let Some((key, value)) = line.split_once(':').or_else(|| line.split_once('=')) else {
                continue;
            };
            let value = unquote(value);
            match key.trim().to_ascii_lowercase().as_str() {
                "title" | "headline" => meta.title = Some(value.to_string()),
                "date" | "published" | "pubdate" | "published_at" | "date_published" => {
                    meta.date = Some(value.to_string());
                }
                "author" | "authors" | "byline" | "by" => {
                    in_authors = value.is_empty();
                    let list = value.trim_start_matches('[').trim_end_matches(']');
                    authors.extend(
                        list.split(',')
                            .map(|a| unquote(a).to_string())
                            .filter(|a| !a.is_empty()),
                    );
                }
                _ => {}
            }
        }
        if !authors.is_empty() {
            meta.byline = Some(authors.join(", "));
        }
        meta.title = meta.title.filter(|t| !t.is_empty());
        meta.date = meta.date.filter(|d| !d.is_empty());
        meta
    }
}

fn unquote(value: &str) -> &str {
    let v = value.trim();
    ['"', '\'']
        .iter()
        .find_map(|&q| v.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
        .unwrap_or(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_text_stays() {
        let a = extract(
            "# Flood in *Valencia*\n\n\
             Heavy **rain** flooded the [old town](https://x.example/ \"t\") on\n\
             Monday, officials said.\n\n\
             ## Rescue\n\n\
             > \"We saw cars float,\" said a resident.\n\n\
             - Schools closed.\n- Roads blocked.\n\n\
             ![A flooded street](street.jpg)\n\n\
             ```\nnot = article\n```\n\n\
             <div class=\"ad\">Buy now</div>\n\n\
             ---\n\n\
             Line one  \nline two with `code`.<br>Three.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Flood in Valencia"));
        assert_eq!(
            a.text,
            "Flood in Valencia\n\n\
             Heavy rain flooded the old town on Monday, officials said.\n\n\
             Rescue\n\n\
             \"We saw cars float,\" said a resident.\n\n\
             Schools closed.\n\nRoads blocked.\n\n\
             Line one\nline two with code.\nThree."
        );
    }

    #[test]
    fn front_matter_is_the_header() {
        let a = extract(
            "---\ntitle: \"Flood in Valencia\"\nauthors:\n  - Ana Ruiz\n  - Luis Gil\n\
             date: 2024-11-04\ntags: [flood]\n---\n\nHeavy rain flooded the town.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Flood in Valencia"));
        assert_eq!(a.byline.as_deref(), Some("Ana Ruiz, Luis Gil"));
        assert_eq!(a.date.as_deref(), Some("2024-11-04"));
        assert_eq!(a.text, "Flood in Valencia\n\nHeavy rain flooded the town.");
        let toml = extract("+++\ntitle = 'Flood'\nauthor = ['Ana Ruiz']\n+++\n\nRain.\n");
        assert_eq!(toml.title.as_deref(), Some("Flood"));
        assert_eq!(toml.byline.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_later_heading_is_not_the_headline() {
        let a = extract("Rain fell.\n\n# Later\n\nMore.\n");
        assert_eq!(a.title, None);
        assert_eq!(a.text, "Rain fell.\n\nLater\n\nMore.");
    }
}
