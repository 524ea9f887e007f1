//! Fetching a report from the web: the only network code in Parallax, kept apart from the pure
//! core. A small blocking client (`ureq`, TLS by rustls) with a timeout, a size cap and
//! redirects; what the server says the page is (its content type and charset) goes with the
//! bytes to [`crate::input::read`], which extracts the article as from a saved page.

use std::time::Duration;

use thiserror::Error;

use crate::document::{InputFormat, MAX_REPORT_BYTES};
use crate::input::Declared;

/// How long and how much to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchOptions {
    /// For the whole request: connecting, redirects and the body.
    pub timeout: Duration,
    /// The largest body read; a longer one is refused.
    pub max_bytes: u64,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            timeout: Duration::from_secs(30),
            max_bytes: MAX_REPORT_BYTES,
        }
    }
}

/// A fetched page: its body and what the server says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub bytes: Vec<u8>,
    pub declared: Declared,
}

/// Why a page could not be fetched (one line each).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FetchError {
    #[error("no answer within {0} s (raise the limit with --timeout)")]
    Timeout(u64),
    #[error("the server answered {0}")]
    Status(String),
    #[error("too large (more than {limit} bytes)")]
    TooLarge { limit: u64 },
    #[error("not a web page or text: the server says it is {0}")]
    NotText(String),
    #[error("host not found")]
    HostNotFound,
    #[error("too many redirects")]
    TooManyRedirects,
    #[error("cannot fetch: {0}")]
    Other(String),
}

/// Whether a report argument is a URL rather than a path.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches `url`, following redirects.
pub fn fetch(url: &str, options: FetchOptions) -> Result<Page, FetchError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("parallax/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let fail = |e| error(e, options);
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.1",
        )
        .call()
        .map_err(fail)?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(FetchError::Status(
            format!("{} {reason}", status.as_u16())
                .trim_end()
                .to_string(),
        ));
    }
    let body = response.body();
    let mime = body.mime_type().map(str::to_ascii_lowercase);
    let declared = Declared {
        format: match mime.as_deref() {
            Some("text/html" | "application/xhtml+xml") => Some(InputFormat::Html),
            Some("text/markdown" | "text/x-markdown") => Some(InputFormat::Markdown),
            _ => None,
        },
        charset: body
            .charset()
            .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes())),
    };
    // Anything textual is read (and its content checked); a missing or generic type is
    // sniffed like a file; a picture, a PDF or JSON is refused before its body is read.
    if let Some(mime) = mime.filter(|m| !textual(m)) {
        return Err(FetchError::NotText(mime));
    }
    if body.content_length().is_some_and(|n| n > options.max_bytes) {
        return Err(FetchError::TooLarge {
            limit: options.max_bytes,
        });
    }
    let bytes = response
        .body_mut()
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(fail)?;
    Ok(Page { bytes, declared })
}

fn textual(mime: &str) -> bool {
    mime.starts_with("text/")
        || matches!(
            mime,
            "application/xhtml+xml" | "application/octet-stream" | "binary/octet-stream"
        )
}

fn error(e: ureq::Error, options: FetchOptions) -> FetchError {
    match e {
        ureq::Error::Timeout(_) => FetchError::Timeout(options.timeout.as_secs().max(1)),
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
            limit: options.max_bytes,
        },
        ureq::Error::HostNotFound => FetchError::HostNotFound,
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            FetchError::Timeout(options.timeout.as_secs().max(1))
        }
        ureq::Error::Io(io) => FetchError::Other(crate::report::one_line(&io.to_string())),
        other => FetchError::Other(crate::report::one_line(&other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("./https://x"));
        assert!(!is_url("-"));
        assert!(!is_url("é"));
    }

    #[test]
    fn textual_types() {
        assert!(textual("text/html"));
        assert!(textual("text/plain"));
        assert!(textual("application/octet-stream"));
        assert!(!textual("application/pdf"));
        assert!(!textual("image/png"));
        assert!(!textual("application/json"));
    }

    #[test]
    fn a_bad_url_is_an_error_not_a_panic() {
        let e = fetch("http://", FetchOptions::default()).unwrap_err();
        assert!(matches!(e, FetchError::Other(_)), "{e:?}");
    }
}
