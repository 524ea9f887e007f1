//! The `parallax` command: thin glue between the command line, the core and the reader.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueHint};
use parallax::align::AlignOptions;
use parallax::cli::{self, exit};
use parallax::compare::Relation;
use parallax::config::{self, ColorWhen, Config, Overrides, Settings, ThemeName};
use parallax::document::{Document, InputFormat};
use parallax::fetch::{self, FetchOptions};
use parallax::input::{self, ReadOptions};
use parallax::report::{self, Format, Meta, Paint};
use parallax::review::{Desk, store};
use parallax::sanitize::visible;
use parallax::tui::Theme;

/// Compare news reports of the same event side by side: what both say, where they contradict
/// each other, and what only one of them reports.
///
/// On a terminal, `parallax LEFT RIGHT` opens the reader; when standard output is a file or a
/// pipe, it prints the text report instead (`--reader` forces the reader).
#[derive(Parser)]
#[command(
    name = "parallax",
    version,
    args_conflicts_with_subcommands = true,
    max_term_width = 100,
    after_help = cli::AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    open: Inputs,
    /// Open the reader even when standard output is not a terminal.
    #[arg(long)]
    reader: bool,
    #[command(flatten)]
    look: Look,
}

#[derive(Subcommand)]
enum Command {
    /// Print the comparison instead of opening the reader.
    #[command(after_help = cli::AFTER_HELP)]
    Report {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format [default: text, or the `format` setting].
        #[arg(long, short, value_enum, ignore_case = true)]
        format: Option<Format>,
        /// Write the report to FILE (all at once: never half a report) instead of standard
        /// output (which `-o -` names too).
        #[arg(long, short, value_name = "FILE", value_hint = ValueHint::FilePath)]
        output: Option<PathBuf>,
    },
    /// Show the configuration file's path and the settings in force, as TOML.
    Config,
    /// Print a completion script for SHELL, e.g. `parallax completions zsh > ~/.zfunc/_parallax`.
    Completions {
        #[arg(value_enum, ignore_case = true)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `parallax man > ~/.local/share/man/man1/parallax.1`;
    /// `parallax man report` prints the page of `parallax report` (parallax-report.1).
    Man {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(["report", "batch", "config", "completions"]))]
        command: Option<String>,
    },
    /// Compare many pairs: read PAIRS (lines of LEFT<TAB>RIGHT, or JSON Lines
    /// {"left": …, "right": …}) and print one JSON report per line, in the same order.
    #[command(after_help = cli::AFTER_HELP)]
    Batch {
        /// The pairs file, or - for standard input.
        #[arg(default_value = "-", value_hint = ValueHint::FilePath)]
        pairs: String,
        /// Threads to use (default: all cores).
        #[arg(long, short)]
        jobs: Option<usize>,
        #[command(flatten)]
        reading: Reading,
        #[command(flatten)]
        tuning: Tuning,
    },
}

#[derive(Args)]
struct Inputs {
    /// The left report: a file (plain text, an HTML page or Markdown, in UTF-8, UTF-16 or a
    /// legacy encoding), a URL (http:// or https://), or - for standard input.
    #[arg(requires = "right", value_parser = report_argument, value_hint = ValueHint::FilePath)]
    left: Option<String>,
    /// The right report.
    #[arg(value_parser = report_argument, value_hint = ValueHint::FilePath)]
    right: Option<String>,
    /// Compare the bundled sample pair (what `parallax` alone opens on a terminal).
    #[arg(long, conflicts_with = "left")]
    sample: bool,
    /// Exit with status 1 when the reports contradict each other (as `git diff --exit-code`).
    #[arg(long)]
    exit_code: bool,
    /// The review by hand: the reader keeps its decisions there (by default one file per pair
    /// of reports in the user's data directory); `report` applies it.
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    review: Option<PathBuf>,
    #[command(flatten)]
    reading: Reading,
    #[command(flatten)]
    tuning: Tuning,
}

/// How reports are read.
#[derive(Args)]
struct Reading {
    /// Read both reports in this format instead of detecting it.
    #[arg(long, value_enum, value_name = "FORMAT", ignore_case = true)]
    input_format: Option<InputFormat>,
    /// The encoding of reports without a byte-order mark (windows-1252, iso-8859-2, shift_jis,
    /// koi8-r …), instead of detecting it.
    #[arg(long, value_name = "LABEL", value_parser = encoding_label)]
    encoding: Option<&'static encoding_rs::Encoding>,
    /// Give up fetching a URL after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    timeout: u64,
}

/// How statements are linked.
#[derive(Args)]
struct Tuning {
    /// Links scoring below this (0 to 1) are dropped; their statements count as only-left or
    /// only-right [default: 0.5, or the `min-score` setting].
    #[arg(long, value_name = "SCORE", value_parser = config::unit_interval)]
    min_score: Option<f64>,
}

/// How output looks, for every command.
#[derive(Args)]
struct Look {
    /// When to use colours: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(
        long,
        value_enum,
        value_name = "WHEN",
        global = true,
        ignore_case = true
    )]
    color: Option<ColorWhen>,
    /// The palette of the reader and the text report.
    #[arg(long, value_enum, global = true, ignore_case = true)]
    theme: Option<ThemeName>,
}

/// A report's file, URL or `-`: never empty (`parallax report "$A" "$B"` with unset variables).
fn report_argument(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("an empty argument is not a report (an unset variable?)".into())
    } else {
        Ok(s.to_string())
    }
}

fn encoding_label(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(s.trim().as_bytes()).ok_or_else(|| {
        // Quoted as `visible` shows it (a Debug quote would escape the backslashes of the
        // visible form again: "two\\nlines").
        format!(
            "\"{}\" is not an encoding Parallax knows (try windows-1252, iso-8859-2, shift_jis)",
            visible(s)
        )
    })
}

/// A failure and the exit status it ends with.
struct Failure {
    code: u8,
    error: anyhow::Error,
}

fn fail(code: u8) -> impl FnOnce(anyhow::Error) -> Failure {
    move |error| Failure { code, error }
}

// mimalloc (its v2: v3 held 312 MB at 20,000 statements per side, over the 300 MB budget; v2
// 272-283 MB, glibc 290 MB): the pipeline allocates many small vectors per statement pair, and
// at 20,000 statements per side it runs 5-10% faster than on the system allocator
// (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Failure { code, error }) => {
            eprintln!("parallax: {}", visible(&format!("{error:#}")));
            ExitCode::from(code)
        }
    }
}

/// The command line, with a hint for a mistyped command (`parallax reprot a b`).
fn parse() -> Cli {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // clap's help and errors follow --color too (NO_COLOR and CLICOLOR_FORCE they follow).
    if let Some(when) = cli::color_flag(&args) {
        anstream::ColorChoice::write_global(when.into());
    }
    let mut command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    if let Some(first) = args.get(1)
        && let Some(name) = cli::mistyped_command(first, &names)
    {
        let name = name.to_string();
        command
            .error(
                ErrorKind::InvalidSubcommand,
                format!(
                    "{first:?} is neither a file nor a command; did you mean `parallax {name}`?"
                ),
            )
            .exit();
    }
    match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => usage_error_shown_safely(e, &args),
    }
}

/// Ends with clap's usage error, the arguments it quotes shown as `sanitize::visible` shows
/// them: the same command line parsed with each argument made visible gives the same error
/// with nothing a terminal would interpret.
fn usage_error_shown_safely(error: clap::Error, args: &[String]) -> ! {
    let shown = args.iter().map(|a| visible(a).into_owned());
    match Cli::try_parse_from(shown) {
        Err(e) => e.exit(),
        Ok(_) => {
            eprint!(
                "{}",
                parallax::sanitize::visible_lines(&error.render().to_string())
            );
            std::process::exit(error.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<u8, Failure> {
    match cli.command {
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "parallax", &mut script);
            print(&script)
        }
        Some(Command::Man { command }) => man_page(command.as_deref()),
        Some(Command::Config) => {
            let config = settings(&cli.look, Overrides::default())?;
            print(config.describe().as_bytes())
        }
        Some(Command::Batch {
            pairs,
            jobs,
            reading,
            tuning,
        }) => batch(&pairs, jobs, &reading, &tuning, &cli.look),
        Some(Command::Report {
            inputs,
            format,
            output,
        }) => {
            if inputs.left.is_none() && !inputs.sample {
                usage_error(
                    Some("report"),
                    "the reports to compare are missing: give LEFT and RIGHT, or --sample for the bundled pair",
                );
            }
            let output = output.filter(|path| path.as_os_str() != "-");
            compare(&inputs, Some(Printed { format, output }), &cli.look)
        }
        None => {
            let terminal = cli.reader || std::io::stdout().is_terminal();
            if cli.open.left.is_none() && !cli.open.sample && !terminal {
                usage_error(
                    None,
                    "no reports to compare (standard output is not a terminal, so the reader does not open on the sample pair): give LEFT and RIGHT, or --sample",
                );
            }
            let printed = (!terminal).then_some(Printed {
                format: Some(Format::Text),
                output: None,
            });
            compare(&cli.open, printed, &cli.look)
        }
    }
}

/// A comparison printed rather than shown in the reader.
struct Printed {
    /// The format given on the command line (else the setting's).
    format: Option<Format>,
    /// The file to write (else standard output).
    output: Option<PathBuf>,
}

/// Compares the reports and shows the comparison in the reader, or prints it.
fn compare(inputs: &Inputs, printed: Option<Printed>, look: &Look) -> Result<u8, Failure> {
    let given = Overrides {
        min_score: inputs.tuning.min_score,
        format: printed.as_ref().and_then(|p| p.format),
        ..Overrides::default()
    };
    let settings = settings(look, given)?.settings;
    let (left, right) = load(inputs)
        .map_err(|e| anyhow::anyhow!(e))
        .map_err(fail(exit::BAD_INPUT))?;
    let options = AlignOptions {
        min_score: settings.min_score,
    };
    let comparison = parallax::analyze(left, right, &options);
    // A printed comparison applies the review named with --review, if any; the reader also
    // keeps its decisions in the pair's review file.
    let (review_file, review) =
        store::open(inputs.review.as_deref(), printed.is_some(), &comparison)
            .map_err(|e| anyhow::Error::msg(e.to_string()))
            .map_err(fail(exit::BAD_INPUT))?;
    let desk = Desk::new(comparison, review);
    let conflicts = desk.comparison().count(Relation::Conflict) > 0;
    match printed {
        None => parallax::tui::run_reviewing(desk, review_file, reader_theme(&settings))
            .context("the reader failed")
            .map_err(fail(exit::READER))?,
        Some(Printed { output, .. }) => {
            let reviewed = desk.into_reviewed();
            let comparison = &reviewed.comparison;
            let mut text = match settings.format {
                Format::Text => {
                    report::to_text_painted(comparison, paint(&settings, output.is_none()))
                }
                format => report::render(comparison, format, &Meta::new(&options)),
            };
            if inputs.review.is_some() {
                text = report::with_review(text, &reviewed, settings.format);
            }
            match output {
                Some(path) => cli::write_atomic(&path, text.as_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))
                    .map_err(fail(exit::OUTPUT))?,
                None => {
                    print(text.as_bytes())?;
                }
            }
        }
    }
    Ok(if inputs.exit_code && conflicts {
        exit::CONFLICTS
    } else {
        exit::OK
    })
}

/// `parallax man [COMMAND]`: the manual page of parallax, or of one of its commands.
fn man_page(command: Option<&str>) -> Result<u8, Failure> {
    let mut cli = Cli::command();
    // Built, the commands have the global options (--color, --theme) too.
    cli.build();
    let man = match command {
        Some(name) => {
            let sub = cli
                .find_subcommand_mut(name)
                .expect("a command of parallax");
            let sub = sub.clone().name(format!("parallax-{name}"));
            clap_mangen::Man::new(sub.bin_name(format!("parallax {name}")))
        }
        None => clap_mangen::Man::new(cli),
    };
    let mut page = Vec::new();
    man.render(&mut page)
        .context("cannot render the manual page")
        .map_err(fail(exit::OUTPUT))?;
    print(&page)
}

/// The settings in force: the command line over the environment over the configuration file.
fn settings(look: &Look, mut given: Overrides) -> Result<Config, Failure> {
    let mut config = Config::load()
        .map_err(anyhow::Error::from)
        .map_err(fail(exit::BAD_INPUT))?;
    given.color = look.color;
    given.theme = look.theme;
    config.apply(given);
    Ok(config)
}

/// Ends with a usage error of `parallax` or one of its commands (status 2, as clap's own).
fn usage_error(command: Option<&str>, message: &str) -> ! {
    let mut cli = Cli::command();
    let mut command = match command {
        Some(name) => cli
            .find_subcommand_mut(name)
            .expect("a command of parallax")
            .clone()
            .bin_name(format!("parallax {name}")),
        None => cli,
    };
    command
        .error(ErrorKind::MissingRequiredArgument, message)
        .exit()
}

/// How the text report is marked up: colours only where they are wanted (`--color`, NO_COLOR,
/// CLICOLOR_FORCE, a terminal); a file written with `-o` only with `--color always`.
fn paint(settings: &Settings, to_stdout: bool) -> Paint {
    let color = settings.color.colors(|| {
        to_stdout
            && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
    });
    match (color, settings.theme) {
        (false, _) => Paint::Plain,
        (true, ThemeName::Monochrome) => Paint::Monochrome,
        (true, ThemeName::Default) => Paint::Color,
    }
}

/// The reader's theme: monochrome with `--color never`, NO_COLOR (unless `--color always`) or
/// the monochrome theme.
fn reader_theme(settings: &Settings) -> Theme {
    let color = settings
        .color
        .colors(|| Theme::from_env() == Theme::colored());
    if color && settings.theme == ThemeName::Default {
        Theme::colored()
    } else {
        Theme::monochrome()
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
                let right = s.spawn(|| load_one(r, &inputs.reading));
                let left = load_one(l, &inputs.reading);
                (left, right.join().expect("loading does not panic"))
            });
            Ok((left?, right?))
        }
        _ => Ok(parallax::sample::documents()),
    }
}

/// One report from a file, standard input or a URL.
fn load_one(arg: &str, inputs: &Reading) -> Result<Document, String> {
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

/// `parallax batch`: a pairs file that cannot be read is bad input (exit 2); a bad pair is one
/// error record in the output. The `min-score` setting applies as it does to `parallax report`.
fn batch(
    pairs: &str,
    jobs: Option<usize>,
    reading: &Reading,
    tuning: &Tuning,
    look: &Look,
) -> Result<u8, Failure> {
    let given = Overrides {
        min_score: tuning.min_score,
        ..Overrides::default()
    };
    let settings = settings(look, given)?.settings;
    let options = AlignOptions {
        min_score: settings.min_score,
    };
    let text = parallax::batch::read_pairs(pairs)
        .map_err(anyhow::Error::from)
        .map_err(fail(exit::BAD_INPUT))?;
    let entries = parallax::batch::parse_pairs(&text);
    let totals = run_batch(&entries, jobs, reading, &options).map_err(fail(exit::OUTPUT))?;
    if totals.errors > 0 {
        eprintln!(
            "parallax: {} of {} pairs could not be compared (error records in the output)",
            totals.errors,
            entries.len()
        );
    }
    Ok(exit::OK)
}

fn run_batch(
    entries: &[Result<parallax::batch::Pair, report::json::BatchError>],
    jobs: Option<usize>,
    reading: &Reading,
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
    let load = |arg: &str| load_one(arg, reading);
    let totals = parallax::batch::run(entries, options, &load, &mut out, &|| bar.inc(1));
    bar.finish_and_clear();
    match totals {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Default::default()),
        other => other.context("cannot write to standard output"),
    }
}

/// Writes to stdout; a closed pipe (`parallax report … | head`) is not an error.
fn print(bytes: &[u8]) -> Result<u8, Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(exit::OK),
        other => other
            .map(|()| exit::OK)
            .context("cannot write to standard output")
            .map_err(fail(exit::OUTPUT)),
    }
}
