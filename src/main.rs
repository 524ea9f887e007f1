//! The `parallax` command: thin glue between the command line, the core and the reader.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use parallax::align::AlignOptions;
use parallax::document::{Document, InputFormat};
use parallax::fetch::{self, FetchOptions};
use parallax::input::{self, ReadOptions};
use parallax::report::{self, Format};
use parallax::review::{Desk, store};

/// Compare news reports of the same event side by side: what both say, where they contradict
/// each other, and what only one of them reports.
#[derive(Parser)]
#[command(name = "parallax", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    open: Inputs,
}

#[derive(Subcommand)]
enum Command {
    /// Print the comparison instead of opening the reader.
    Report {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Args)]
struct Inputs {
    /// The left report: a file (plain text, an HTML page or Markdown, in UTF-8, UTF-16 or a
    /// legacy encoding), a URL (http:// or https://), or - for standard input. Without LEFT and
    /// RIGHT, the bundled sample pair is used.
    #[arg(requires = "right")]
    left: Option<String>,
    /// The right report.
    right: Option<String>,
    /// Read both reports in this format instead of detecting it.
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormat>,
    /// The encoding of reports without a byte-order mark (windows-1252, iso-8859-2, shift_jis,
    /// koi8-r …), instead of detecting it.
    #[arg(long, value_name = "LABEL", value_parser = encoding_label)]
    encoding: Option<&'static encoding_rs::Encoding>,
    /// Give up fetching a URL after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    timeout: u64,
    /// Links scoring below this (0 to 1) are dropped; their statements count as only-left or
    /// only-right.
    #[arg(long, default_value_t = AlignOptions::default().min_score, value_parser = unit_interval)]
    min_score: f64,
    /// The review by hand: the reader keeps its decisions there (by default one file per pair
    /// of reports in the user's data directory); `report` applies it.
    #[arg(long, value_name = "FILE")]
    review: Option<std::path::PathBuf>,
}

fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

fn encoding_label(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(s.trim().as_bytes()).ok_or_else(|| {
        format!("{s:?} is not an encoding Parallax knows (try windows-1252, iso-8859-2, shift_jis)")
    })
}

/// Exit status for bad input (as for usage errors).
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (inputs, format) = match cli.command {
        Some(Command::Report { inputs, format }) => (inputs, Some(format)),
        None => (cli.open, None),
    };
    let (left, right) = match load(&inputs) {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let options = AlignOptions {
        min_score: inputs.min_score,
    };
    let comparison = parallax::analyze(left, right, &options);
    let opened = store::open(inputs.review.as_deref(), format.is_some(), &comparison);
    let (review_file, review) = match opened {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let desk = Desk::new(comparison, review);
    let result = match format {
        Some(format) if inputs.review.is_some() => {
            print(&report::render_reviewed(&desk.into_reviewed(), format))
        }
        Some(format) => print(&report::render(desk.comparison(), format)),
        None => parallax::tui::run_reviewing(desk, review_file).context("the reader failed"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn load(inputs: &Inputs) -> Result<(Document, Document), String> {
    match (&inputs.left, &inputs.right) {
        (Some(l), Some(r)) => {
            if l == "-" && r == "-" {
                return Err("only one report can come from standard input (-)".into());
            }
            // Two cores are common: fetch, read and segment the reports side by side.
            let (left, right) = std::thread::scope(|s| {
                let right = s.spawn(|| load_one(r, inputs));
                let left = load_one(l, inputs);
                (left, right.join().expect("loading does not panic"))
            });
            Ok((left?, right?))
        }
        _ => Ok(parallax::sample::documents()),
    }
}

/// One report from a file, standard input or a URL.
fn load_one(arg: &str, inputs: &Inputs) -> Result<Document, String> {
    let options = ReadOptions {
        format: inputs.input_format,
        encoding: inputs.encoding,
    };
    if !fetch::is_url(arg) {
        return input::load(arg, &options).map_err(|e| e.to_string());
    }
    let fetch_options = FetchOptions {
        timeout: std::time::Duration::from_secs(inputs.timeout),
        ..FetchOptions::default()
    };
    let page = fetch::fetch(arg, fetch_options).map_err(|e| format!("{arg}: {e}"))?;
    input::read(arg, &page.bytes, &options, page.declared).map_err(|e| e.to_string())
}

/// Writes to stdout; a closed pipe (`parallax report … | head`) is not an error.
fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
