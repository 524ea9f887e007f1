//! The `parallax` command: thin glue between the command line, the core and the reader.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use parallax::align::AlignOptions;
use parallax::document::Document;
use parallax::report::{self, Format, Meta};

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
    /// Compare many pairs: read PAIRS (lines of LEFT<TAB>RIGHT, or JSON Lines
    /// {"left": …, "right": …}) and print one JSON report per line, in the same order.
    Batch {
        /// The pairs file, or - for standard input.
        #[arg(default_value = "-")]
        pairs: String,
        /// Threads to use (default: all cores).
        #[arg(long, short)]
        jobs: Option<usize>,
        #[command(flatten)]
        tuning: Tuning,
    },
}

#[derive(Args)]
struct Inputs {
    /// The left report: a UTF-8 or UTF-16 text file, or - for standard input. Without LEFT and
    /// RIGHT, the bundled sample pair is used.
    #[arg(requires = "right")]
    left: Option<String>,
    /// The right report.
    right: Option<String>,
    #[command(flatten)]
    tuning: Tuning,
}

#[derive(Args)]
struct Tuning {
    /// Links scoring below this (0 to 1) are dropped; their statements count as only-left or
    /// only-right.
    #[arg(long, default_value_t = AlignOptions::default().min_score, value_parser = unit_interval)]
    min_score: f64,
}

impl Tuning {
    fn options(&self) -> AlignOptions {
        AlignOptions {
            min_score: self.min_score,
        }
    }
}

fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

/// Exit status for bad input (as for usage errors).
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (inputs, format) = match cli.command {
        Some(Command::Report { inputs, format }) => (inputs, Some(format)),
        Some(Command::Batch {
            pairs,
            jobs,
            tuning,
        }) => return batch(&pairs, jobs, &tuning.options()),
        None => (cli.open, None),
    };
    let (left, right) = match load(&inputs) {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let options = inputs.tuning.options();
    let comparison = parallax::analyze(left, right, &options);
    let result = match format {
        Some(format) => print(&report::render(&comparison, format, &Meta::new(&options))),
        None => parallax::tui::run(comparison).context("the reader failed"),
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
            // Two cores are common: read and segment the reports side by side.
            let (left, right) = std::thread::scope(|s| {
                let right = s.spawn(|| Document::load(r));
                let left = Document::load(l);
                (left, right.join().expect("loading does not panic"))
            });
            Ok((
                left.map_err(|e| e.to_string())?,
                right.map_err(|e| e.to_string())?,
            ))
        }
        _ => Ok(parallax::sample::documents()),
    }
}

/// `parallax batch`: a pairs file that cannot be read is bad input (exit 2); a bad pair is one
/// error record in the output.
fn batch(pairs: &str, jobs: Option<usize>, options: &AlignOptions) -> ExitCode {
    let text = match parallax::batch::read_pairs(pairs) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let entries = parallax::batch::parse_pairs(&text);
    match run_batch(&entries, jobs, options) {
        Ok(totals) => {
            if totals.errors > 0 {
                eprintln!(
                    "parallax: {} of {} pairs could not be compared (error records in the output)",
                    totals.errors,
                    entries.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_batch(
    entries: &[Result<parallax::batch::Pair, report::json::BatchError>],
    jobs: Option<usize>,
    options: &AlignOptions,
) -> anyhow::Result<parallax::batch::Totals> {
    if let Some(jobs) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global()
            .context("cannot start the worker threads")?;
    }
    // A progress bar only for a person watching: never in a log or a pipe.
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(entries.len() as u64).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} pairs · {per_sec} · {eta} left",
            )
            .context("the progress bar's template")?,
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let totals = parallax::batch::run(entries, options, &mut out, &|| bar.inc(1));
    bar.finish_and_clear();
    match totals {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Default::default()),
        other => other.context("cannot write to standard output"),
    }
}

/// Writes to stdout; a closed pipe (`parallax report … | head`) is not an error.
fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
