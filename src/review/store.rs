//! The review file: JSON, one per pair of reports (by default in the user's data directory,
//! named by a hash of the two texts), written atomically after each change. A file that is not
//! a Parallax review is an error naming it, and is never overwritten.
//!
//! Two readers may review the same pair at once: [`save_merged`] writes, under a lock on the
//! review's directory, what is in the file now (another reader's decisions) with this reader's
//! changes since it last read or wrote it, so that no decision is lost.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Decision, Review};
use crate::compare::Comparison;
use crate::document::{Document, Side};

/// The version this Parallax writes and reads.
pub const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read the review file: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}: not a Parallax review file ({why}); it is left as it is: move it away or choose another with --review"
    )]
    Foreign { path: PathBuf, why: String },
    #[error(
        "{path}: a review file of a newer Parallax (version {version}); this one reads version {VERSION}"
    )]
    Newer { path: PathBuf, version: u64 },
    #[error("{path}: cannot save the review: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no data directory to keep reviews in ({0}); choose a file with --review")]
    NoDataDir(String),
    #[error("{0}: no such review file")]
    Missing(PathBuf),
}

/// The review to use and where it lives: `explicit` (`--review FILE`), else for the reader the
/// pair's file in the data directory (none when there is no data directory: the decisions are
/// then not kept). The reader starts a review where there is none; a report applies an existing
/// one, so a missing file is an error there.
pub fn open(
    explicit: Option<&Path>,
    for_report: bool,
    c: &Comparison,
) -> Result<(Option<PathBuf>, Review), Error> {
    let path = match (explicit, for_report) {
        (Some(p), true) if !p.exists() => return Err(Error::Missing(p.into())),
        (Some(p), _) => Some(p.to_path_buf()),
        (None, true) => None,
        (None, false) => default_path(&c.left, &c.right).ok(),
    };
    let review = path.as_deref().map(load).transpose()?.unwrap_or_default();
    Ok((path, review))
}

/// The reports a review was made on, for people reading the file (decisions do not depend on
/// it: they are anchored to statement text).
#[derive(Debug, Serialize)]
struct ReportInfo {
    side: Side,
    source: String,
    title: String,
    sha256: String,
}

#[derive(Serialize)]
struct FileOut<'a> {
    parallax_review: u32,
    reports: [ReportInfo; 2],
    decisions: &'a [Decision],
}

#[derive(Deserialize)]
struct FileIn {
    decisions: Vec<Decision>,
}

fn sha256_hex(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The review file of a pair of reports in the user's data directory: named by a hash of the
/// two texts (left, then right), so the same pair finds its review again, wherever its files
/// are.
pub fn default_path(left: &Document, right: &Document) -> Result<PathBuf, Error> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|e| Error::NoDataDir(e.to_string()))?;
    let key = sha256_hex(&[&left.text, &right.text]);
    Ok(base
        .data_dir()
        .join("parallax")
        .join("reviews")
        .join(format!("{}.json", &key[..32])))
}

/// Reads the review at `path`; a file that does not exist is an empty review.
pub fn load(path: &Path) -> Result<Review, Error> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Review::default()),
        Err(source) => {
            return Err(Error::Read {
                path: path.into(),
                source,
            });
        }
    };
    let foreign = |why: String| Error::Foreign {
        path: path.into(),
        why,
    };
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| foreign(format!("not JSON: {e}")))?;
    let version = value
        .get("parallax_review")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| foreign("no \"parallax_review\" version".into()))?;
    if version > VERSION as u64 {
        return Err(Error::Newer {
            path: path.into(),
            version,
        });
    }
    let file: FileIn = serde_json::from_value(value).map_err(|e| foreign(e.to_string()))?;
    Ok(Review {
        decisions: file.decisions,
    })
}

/// Writes `review` to `path` atomically (a temporary file in the same directory, renamed over
/// it), creating the directory if needed. Whatever is in the file is replaced (see
/// [`save_merged`] to keep another reader's decisions).
pub fn save(path: &Path, review: &Review, c: &Comparison) -> Result<(), Error> {
    let dir = prepare(path)?;
    let _lock = lock(&dir);
    write(path, &dir, review, c)
}

/// Saves `ours`, a review that was `base` when it was last read from or written to `path`:
/// what the file holds now (with the decisions another reader saved since) without the
/// decisions `ours` took back from `base`, then the decisions `ours` added. Read and write
/// happen under a lock on the directory (on Unix), and the write is atomic. Returns the review
/// written, the new base.
pub fn save_merged(
    path: &Path,
    base: &Review,
    ours: &Review,
    c: &Comparison,
) -> Result<Review, Error> {
    let dir = prepare(path)?;
    let _lock = lock(&dir);
    let theirs = load(path)?;
    let merged = Review {
        decisions: merge(&base.decisions, &ours.decisions, &theirs.decisions),
    };
    write(path, &dir, &merged, c)?;
    Ok(merged)
}

/// Three-way merge of decision logs: `theirs` (the file now) without what `ours` undid since
/// `base`, then what `ours` added since `base`. When the file is still `base`, that is `ours`.
pub fn merge(base: &[Decision], ours: &[Decision], theirs: &[Decision]) -> Vec<Decision> {
    let kept = (base.iter().zip(ours)).take_while(|(b, o)| b == o).count();
    let mut merged = theirs.to_vec();
    for undone in base[kept..].iter().rev() {
        if let Some(i) = merged.iter().rposition(|d| d == undone) {
            merged.remove(i);
        }
    }
    merged.extend_from_slice(&ours[kept..]);
    merged
}

/// Checks that `path` may be written, and creates its directory; returns the directory.
fn prepare(path: &Path) -> Result<PathBuf, Error> {
    let write_err = |source| Error::Write {
        path: path.into(),
        source,
    };
    // A read-only review is someone's to keep as it is (a rename would replace it).
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(write_err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "the file is read-only",
        )));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(write_err)?;
    Ok(dir.to_path_buf())
}

/// An exclusive lock on directory `dir` until dropped (on Unix: flock on the directory, which
/// leaves no lock file behind). Best effort: where the directory cannot be locked, saving goes
/// on without (the write stays atomic).
fn lock(dir: &Path) -> Option<std::fs::File> {
    #[cfg(unix)]
    {
        let file = std::fs::File::open(dir).ok()?;
        file.lock().ok()?;
        Some(file)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Writes `review` to `path` in `dir` through a temporary file renamed over it.
fn write(path: &Path, dir: &Path, review: &Review, c: &Comparison) -> Result<(), Error> {
    let write_err = |source| Error::Write {
        path: path.into(),
        source,
    };
    let info = |side: Side, d: &Document| ReportInfo {
        side,
        source: d.source.clone(),
        title: d.title.clone(),
        sha256: sha256_hex(&[&d.text]),
    };
    let file = FileOut {
        parallax_review: VERSION,
        reports: [info(Side::Left, &c.left), info(Side::Right, &c.right)],
        decisions: &review.decisions,
    };
    let mut json = serde_json::to_string_pretty(&file).expect("a review serialises");
    json.push('\n');
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(write_err)?;
    std::io::Write::write_all(&mut tmp, json.as_bytes()).map_err(write_err)?;
    tmp.as_file().sync_all().map_err(write_err)?;
    tmp.persist(path).map_err(|e| write_err(e.error))?;
    Ok(())
}
