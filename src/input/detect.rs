//! What a report file is: from its first bytes (the formats Parallax cannot read, with what to
//! do about them), then from its text and its name (plain text, HTML or Markdown).

use crate::document::InputFormat;

/// A file Parallax cannot read: what it is and what to do instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unsupported {
    pub what: &'static str,
    pub advice: &'static str,
}

const TO_TEXT: &str = "save it as plain text or HTML first (e.g. with pandoc or LibreOffice)";
const OCR: &str =
    "Parallax reads text, not pictures: extract the text first (e.g. OCR with tesseract)";
const UNPACK: &str = "unpack it first and give Parallax the article inside";

/// Magic numbers at the start of a file, checked in order.
const MAGIC: &[(&[u8], Unsupported)] = &[
    (
        b"%PDF-",
        Unsupported {
            what: "a PDF document",
            advice: "convert it to text first, e.g. with pdftotext (poppler-utils)",
        },
    ),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        Unsupported {
            what: "a Microsoft Office document in the old binary format (.doc, .xls, .ppt)",
            advice: TO_TEXT,
        },
    ),
    (
        b"{\\rtf",
        Unsupported {
            what: "an RTF document",
            advice: TO_TEXT,
        },
    ),
    (
        b"\x89PNG\r\n\x1a\n",
        Unsupported {
            what: "a PNG image",
            advice: OCR,
        },
    ),
    (
        b"\xFF\xD8\xFF",
        Unsupported {
            what: "a JPEG image",
            advice: OCR,
        },
    ),
    (
        b"GIF87a",
        Unsupported {
            what: "a GIF image",
            advice: OCR,
        },
    ),
    (
        b"GIF89a",
        Unsupported {
            what: "a GIF image",
            advice: OCR,
        },
    ),
    (
        b"II*\0",
        Unsupported {
            what: "a TIFF image",
            advice: OCR,
        },
    ),
    (
        b"MM\0*",
        Unsupported {
            what: "a TIFF image",
            advice: OCR,
        },
    ),
    (
        b"\x1F\x8B",
        Unsupported {
            what: "a gzip-compressed file",
            advice: "decompress it first (gunzip FILE)",
        },
    ),
    (
        b"\xFD7zXZ\0",
        Unsupported {
            what: "an xz-compressed file",
            advice: "decompress it first (unxz FILE)",
        },
    ),
    (
        b"\x28\xB5\x2F\xFD",
        Unsupported {
            what: "a zstd-compressed file",
            advice: "decompress it first (unzstd FILE)",
        },
    ),
    (
        b"7z\xBC\xAF\x27\x1C",
        Unsupported {
            what: "a 7-Zip archive",
            advice: UNPACK,
        },
    ),
    (
        b"Rar!\x1A\x07",
        Unsupported {
            what: "a RAR archive",
            advice: UNPACK,
        },
    ),
    (
        b"\x7FELF",
        Unsupported {
            what: "a program (an ELF executable)",
            advice: "give Parallax the text of an article",
        },
    ),
    (
        b"SQLite format 3\0",
        Unsupported {
            what: "an SQLite database",
            advice: "export the article's text first",
        },
    ),
];

/// What kind of ZIP-based file, from the names of its first entries.
const ZIP_KINDS: &[(&[u8], Unsupported)] = &[
    (
        b"word/",
        Unsupported {
            what: "a Word document (DOCX)",
            advice: TO_TEXT,
        },
    ),
    (
        b"mimetypeapplication/vnd.oasis.opendocument.text",
        Unsupported {
            what: "an OpenDocument text (ODT)",
            advice: TO_TEXT,
        },
    ),
    (
        b"mimetypeapplication/epub+zip",
        Unsupported {
            what: "an EPUB e-book",
            advice: "convert the chapter you want to text first (e.g. with pandoc)",
        },
    ),
    (
        b"xl/",
        Unsupported {
            what: "an Excel spreadsheet (XLSX)",
            advice: "copy the article's text into a text file first",
        },
    ),
    (
        b"ppt/",
        Unsupported {
            what: "a PowerPoint presentation (PPTX)",
            advice: "copy the article's text into a text file first",
        },
    ),
];

const ZIP: Unsupported = Unsupported {
    what: "a ZIP archive",
    advice: UNPACK,
};

/// The format of a file Parallax cannot read, from its first bytes; `None` for anything else
/// (which may still turn out to be binary when decoded).
pub fn unsupported(bytes: &[u8]) -> Option<Unsupported> {
    if bytes.starts_with(b"PK\x03\x04") {
        // Office files put their part names early; a few kilobytes are enough.
        let head = &bytes[..bytes.len().min(8192)];
        let kind = ZIP_KINDS
            .iter()
            .find(|(name, _)| contains(head, name))
            .map_or(ZIP, |(_, kind)| *kind);
        return Some(kind);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(*kind);
    }
    // Containers whose type is a few bytes in.
    let at = |offset: usize, tag: &[u8]| bytes.get(offset..offset + tag.len()) == Some(tag);
    // "BZh" alone could start a text: the block size and the block magic follow.
    if at(0, b"BZh") && bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b)) && at(4, b"1AY&SY")
    {
        return Some(Unsupported {
            what: "a bzip2-compressed file",
            advice: "decompress it first (bunzip2 FILE)",
        });
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Some(Unsupported {
            what: "a WebP image",
            advice: OCR,
        });
    }
    if at(4, b"ftyp") {
        let image = [&b"heic"[..], b"heix", b"avif", b"mif1"]
            .iter()
            .any(|brand| at(8, brand));
        return Some(if image {
            Unsupported {
                what: "a HEIC/AVIF image",
                advice: OCR,
            }
        } else {
            Unsupported {
                what: "an audio or video file (MP4)",
                advice: "Parallax reads text: transcribe it first",
            }
        });
    }
    if at(257, b"ustar") {
        return Some(Unsupported {
            what: "a tar archive",
            advice: UNPACK,
        });
    }
    None
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The format of a decoded report: its content first (a page is HTML whatever its name), then
/// what the source declared (a server's content type), then the file's extension, then signs of
/// Markdown in the text; plain text otherwise.
pub fn format(text: &str, declared: Option<InputFormat>, name: &str) -> InputFormat {
    if looks_like_html_page(text) {
        return InputFormat::Html;
    }
    if let Some(format) = declared {
        return format;
    }
    let extension = std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match extension.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => return InputFormat::Html,
        Some("md" | "markdown" | "mdown" | "mkd" | "mkdn") => return InputFormat::Markdown,
        Some("txt" | "text") => return InputFormat::Text,
        _ => {}
    }
    if looks_like_markdown(text) {
        InputFormat::Markdown
    } else {
        InputFormat::Text
    }
}

/// A whole page or a fragment of one: the text starts with a doctype, a comment or one of the
/// elements pages start with.
fn looks_like_html_page(text: &str) -> bool {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // An XML declaration or comments may come first.
    for _ in 0..8 {
        let skip = if rest.starts_with("<?xml") {
            rest.find("?>").map(|i| i + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            None
        };
        match skip {
            Some(i) => rest = rest[i..].trim_start(),
            None => break,
        }
    }
    let head: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
    ]
    .iter()
    .any(|start| head.starts_with(start))
        || (["<article", "<main", "<div", "<p>", "<p ", "<section", "<h1"]
            .iter()
            .any(|start| head.starts_with(start))
            && text.contains("</"))
}

/// Clear signs of Markdown: front matter, an ATX heading, a link or image, a fenced code block;
/// or two weaker ones (strong emphasis, a setext heading underline).
fn looks_like_markdown(text: &str) -> bool {
    if text.starts_with("---\n") || text.starts_with("---\r\n") || text.starts_with("+++") {
        return true;
    }
    let mut weak = 0;
    let mut previous_had_text = false;
    for line in text.lines().take(400) {
        let t = line.trim_start();
        let hashes = t.len() - t.trim_start_matches('#').len();
        let heading = (1..=6).contains(&hashes) && t[hashes..].starts_with(' ');
        let link = t
            .find("](")
            .is_some_and(|i| t[..i].contains('[') && t[i..].contains(')'));
        if heading || link || t.starts_with("```") {
            return true;
        }
        let underline = previous_had_text
            && t.len() >= 3
            && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'));
        let strong = t.matches("**").count() >= 2 || t.matches("__").count() >= 2;
        weak += usize::from(underline) + usize::from(strong);
        if weak >= 2 {
            return true;
        }
        previous_had_text = t.chars().any(char::is_alphanumeric);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_formats_by_their_first_bytes() {
        let what = |bytes: &[u8]| unsupported(bytes).map(|u| u.what);
        assert_eq!(
            what(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"),
            Some("a PDF document")
        );
        let mut docx = b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0".to_vec();
        docx.extend_from_slice(b"[Content_Types].xml ... word/document.xml");
        assert_eq!(what(&docx), Some("a Word document (DOCX)"));
        assert_eq!(
            what(b"PK\x03\x04\x14\0\0\0notes.txt"),
            Some("a ZIP archive")
        );
        assert_eq!(what(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("a PNG image"));
        assert_eq!(what(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some("a JPEG image"));
        assert_eq!(what(b"RIFF\0\0\0\0WEBPVP8 "), Some("a WebP image"));
        assert_eq!(what(b"\0\0\0\x18ftypheic"), Some("a HEIC/AVIF image"));
        assert_eq!(what(b"\x1F\x8B\x08\0"), Some("a gzip-compressed file"));
        let mut tar = vec![b'a'; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(what(&tar), Some("a tar archive"));
        assert_eq!(what(b"BZh91AY&SY\x12\x34"), Some("a bzip2-compressed file"));
        assert_eq!(what(b"BZh is a word."), None);
        assert_eq!(what(b"Plain text about a PDF."), None);
        assert_eq!(what(b""), None);
    }

    #[test]
    fn html_by_content_whatever_the_name() {
        for page in [
            "<!DOCTYPE html>\n<html><p>x</p></html>",
            "\u{feff}  <!-- saved from url=(0042)https://x.example/ -->\n<html>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html><html>",
            "<HTML><BODY>Old page</BODY></HTML>",
            "<article><p>Fragment.</p></article>",
        ] {
            assert_eq!(format(page, None, "a.txt"), InputFormat::Html, "{page}");
        }
        assert_eq!(format("<b>", None, "-"), InputFormat::Text);
        assert_eq!(format("Plain.", None, "page.htm"), InputFormat::Html);
        assert_eq!(
            format("Plain.", Some(InputFormat::Html), "-"),
            InputFormat::Html
        );
    }

    #[test]
    fn markdown_by_name_or_by_signs() {
        assert_eq!(format("Plain.", None, "a.md"), InputFormat::Markdown);
        assert_eq!(format("# Title\n\nText.", None, "-"), InputFormat::Markdown);
        assert_eq!(
            format("---\ntitle: x\n---\nText.", None, "-"),
            InputFormat::Markdown
        );
        assert_eq!(
            format("See [the report](https://x.example).", None, "-"),
            InputFormat::Markdown
        );
        assert_eq!(
            format("Title\n=====\n\nSome **bold** claim.", None, "-"),
            InputFormat::Markdown
        );
        // A name says text: text, whatever it looks like.
        assert_eq!(format("# Title", None, "a.txt"), InputFormat::Text);
        for text in [
            "Police said #MeToo trended.\nThree people died.",
            "Prices rose 5% [est.] on Monday.",
            "One **bold** claim.",
            "- a bullet\n- another",
        ] {
            assert_eq!(format(text, None, "-"), InputFormat::Text, "{text}");
        }
    }
}
