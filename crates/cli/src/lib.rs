//! The `piimap` command line: arguments → scan plan → scan → reports → exit code.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use piimap_classify::Engine;
use piimap_connect::SelectOptions;
use piimap_formats::DecodeOptions;
use piimap_model::{Inventory, LocationReport, Outcome, RunInfo, ToolInfo, INVENTORY_SCHEMA};
use piimap_report::{OccurrenceWriter, ReportFormat, Samples};
use piimap_scan::{Observer, ScanPlan};
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

/// Exit codes (README "Exit codes").
mod watch;

pub mod exit {
    /// Scan complete, no personal data found.
    pub const CLEAN: i32 = 0;
    /// Scan complete, personal data found.
    pub const FOUND: i32 = 1;
    /// Fatal: bad arguments, unreachable source, or nothing could be scanned.
    pub const FATAL: i32 = 2;
    /// Partial: some locations failed; the others were scanned.
    pub const PARTIAL: i32 = 3;
}

#[derive(Parser, Debug)]
#[command(name = "piimap", version, about = "Find where personal data lives and whether each place is exposed")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Scan files and folders for personal data and report where it is and who can read it.
    Scan(Box<ScanArgs>),
    /// Write an existing inventory in another format (no rescan).
    Report(ReportArgs),
    /// Compare two inventories: newly exposed locations, new categories, no longer exposed, gone.
    /// Exits 1 when something newly exposed holds personal data.
    Diff(DiffArgs),
    /// Watch targets continuously: re-check exposure every --interval, read new and changed
    /// content every --content-interval, and print an alert (one JSON line) when personal data
    /// becomes exposed, appears in an exposed location, or stops being exposed.
    Watch(Box<watch::WatchArgs>),
    /// Merge the partial inventories of `scan --shard K/N` (every part once) into the inventory
    /// of one whole scan.
    Merge(MergeArgs),
}

#[derive(clap::Args, Debug)]
struct MergeArgs {
    /// The partial inventories (JSON written by `scan --shard K/N --output`).
    #[arg(required = true, value_name = "PART.json")]
    parts: Vec<PathBuf>,
    /// Where to write the merged inventory: JSON, or CSV/XLSX/HTML by extension or --output-format.
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
    /// Format of --output when its extension does not say.
    #[arg(long, value_enum)]
    output_format: Option<FileFormat>,
    /// Memory for location reports before they are spilled to temporary files (as `scan`).
    #[arg(long, default_value = "16M", value_name = "SIZE", value_parser = parse_size)]
    inventory_memory: u64,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FileFormat {
    /// The readable summary.
    Summary,
    Json,
    Csv,
    Xlsx,
    Html,
}

impl From<FileFormat> for ReportFormat {
    fn from(f: FileFormat) -> ReportFormat {
        match f {
            FileFormat::Summary => ReportFormat::Summary,
            FileFormat::Json => ReportFormat::Json,
            FileFormat::Csv => ReportFormat::Csv,
            FileFormat::Xlsx => ReportFormat::Xlsx,
            FileFormat::Html => ReportFormat::Html,
        }
    }
}

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// An inventory JSON written by `piimap scan --output`.
    inventory: PathBuf,
    #[arg(long, value_enum)]
    format: FileFormat,
    /// Where to write (standard output when absent, except for xlsx).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Keep raw samples if the inventory has them (it has only with `scan --show-samples`).
    #[arg(long)]
    show_samples: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum DiffFormat {
    Text,
    Json,
    Csv,
}

#[derive(clap::Args, Debug)]
struct DiffArgs {
    old: PathBuf,
    new: PathBuf,
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum StdoutFormat {
    /// A readable summary.
    Summary,
    /// The inventory JSON.
    Json,
    /// The inventory as CSV (one row per location × field × category).
    Csv,
    /// The inventory as a self-contained HTML page.
    Html,
    /// Nothing.
    None,
}

#[derive(clap::Args, Debug)]
struct ScanArgs {
    /// Files, folders, file:// URIs, S3 locations (s3:// for every bucket the credentials can
    /// list, s3://bucket, s3://bucket/prefix) or databases (postgres://user@host:port/db,
    /// mysql://user@host:port/db, sqlite:///path/app.db).
    #[arg(required = true, value_name = "PATH|URI")]
    targets: Vec<String>,
    /// Only scan files whose path (relative to the target) or name matches this glob; repeatable.
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Skip files and folders whose relative path or name matches this glob; repeatable.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Follow symbolic links (listed and skipped by default).
    #[arg(long)]
    follow_symlinks: bool,
    /// Write the inventory to this file: JSON, or CSV/XLSX/HTML by extension or --output-format.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Format of --output when its extension does not say.
    #[arg(long, value_enum)]
    output_format: Option<FileFormat>,
    /// Compare with an earlier inventory at the end of the scan (as `piimap diff`).
    #[arg(long, value_name = "OLD.json")]
    baseline: Option<PathBuf>,
    /// Key for hashing values when counting distinct identifiers, so that runs can be compared;
    /// random per run otherwise.
    #[arg(long, value_name = "FILE")]
    hash_key_file: Option<PathBuf>,
    /// What to print on standard output.
    #[arg(long, value_enum, default_value_t = StdoutFormat::Summary)]
    format: StdoutFormat,
    /// Write one JSON line per detected value (the scorer's input) to this file.
    #[arg(long, value_name = "FILE")]
    occurrences: Option<PathBuf>,
    /// Write raw sample values instead of masked previews. The outputs then hold personal data.
    #[arg(long)]
    show_samples: bool,
    /// Worker threads (default: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Longest line handled in one piece, in bytes; longer lines are split into windows.
    #[arg(long, default_value_t = piimap_formats::DEFAULT_LINE_CAP)]
    line_cap: usize,
    /// Load classifier rules from this folder of TOML files instead of the built-in set.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// Resume file: finished locations are recorded in it, and a later run with the same file
    /// does not read unchanged locations again (it holds no raw values). For `watch`, a
    /// directory: the last inventory, the alerts and the resume file.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Check who can read each location but read no content: listings and access settings
    /// only (bucket policy, ACLs, Block Public Access, the anonymous probe; grants; file modes).
    /// With --state, locations keep the findings of the last run that read them.
    #[arg(long)]
    exposure_only: bool,
    /// Memory for finished location reports per inventory stage; past it they are spilled to
    /// temporary files (in TMPDIR), so that millions of locations fit in bounded memory.
    #[arg(long, default_value = "16M", value_name = "SIZE", value_parser = parse_size)]
    inventory_memory: u64,
    /// List but do not read objects or files larger than this (bytes, or with K/M/G/T suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_object_size: Option<u64>,
    /// Archives inside archives read this deep (zip, tar, tar.gz, tar.zst; 1 = no nesting).
    #[arg(long, default_value_t = 3, value_name = "N", help_heading = "Archives")]
    archive_depth: u32,
    /// Entries listed per archive; the archive says how many more it holds.
    #[arg(long, default_value_t = 100_000, value_name = "N", help_heading = "Archives")]
    archive_max_entries: u64,
    /// Decompressed bytes read from one archive entry.
    #[arg(long, default_value = "1G", value_name = "SIZE", value_parser = parse_size, help_heading = "Archives")]
    archive_max_entry_size: u64,
    /// Decompressed bytes read from one archive, nested archives included.
    #[arg(long, default_value = "8G", value_name = "SIZE", value_parser = parse_size, help_heading = "Archives")]
    archive_max_total: u64,
    /// Largest compression ratio accepted (decompressed / compressed), past the first MiB.
    #[arg(long, default_value_t = 100, value_name = "N", help_heading = "Archives")]
    archive_max_ratio: u64,
    /// AWS profile for s3:// locations (default: the standard AWS configuration chain).
    #[arg(long, help_heading = "S3")]
    profile: Option<String>,
    /// AWS region for s3:// locations (buckets elsewhere are found by region discovery).
    #[arg(long, help_heading = "S3")]
    region: Option<String>,
    /// S3-compatible endpoint (also AWS_ENDPOINT_URL); uses path-style addressing.
    #[arg(long, value_name = "URL", help_heading = "S3")]
    endpoint_url: Option<String>,
    /// Objects per bucket whose ACL is read and that are read anonymously to prove public access.
    #[arg(long, default_value_t = 5, value_name = "N", help_heading = "S3")]
    object_sample: usize,
    /// Do not try anonymous reads (exposure then rests on the configuration alone).
    #[arg(long, help_heading = "S3")]
    no_anonymous_probe: bool,
    /// Objects read at once from remote stores.
    #[arg(long, default_value_t = 16, value_name = "N", help_heading = "S3")]
    io_concurrency: usize,
    /// Rows read from each table and each large columnar file (Parquet, Arrow), spread over the
    /// whole table or file; the inventory states the sample.
    #[arg(long, default_value_t = piimap_formats::DEFAULT_SAMPLE_ROWS, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    sample_rows: u64,
    /// Read every row of every table and file instead of a sample (and every file of a dataset).
    #[arg(long)]
    full: bool,
    /// After sampling a large Parquet file, read every row of the fields flagged in the sample so
    /// that their counts cover the whole file.
    #[arg(long)]
    full_count: bool,
    /// Files read per dataset (partitioned or numbered part files), spread over it with the first
    /// and last; the others are listed and skipped with the reason. Default: every file.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    sample_files: Option<u64>,
    /// Scan only part K of N (K from 0, as JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX):
    /// every part lists the same targets and reads the units whose URI hashes to it; the
    /// partial inventories are combined with `piimap merge`. Needs --hash-key-file (the same on
    /// every part) and --output.
    #[arg(long, value_name = "K/N", value_parser = piimap_scan::Shard::parse)]
    shard: Option<piimap_scan::Shard>,
    /// Read views too (listed and skipped by default: computing them can be expensive).
    #[arg(long, help_heading = "Databases")]
    views: bool,
    /// Password for database URIs without one (first line of the file); PGPASSWORD and
    /// MYSQL_PWD are read too. Never printed or written to the inventory.
    #[arg(long, value_name = "FILE", help_heading = "Databases")]
    password_file: Option<PathBuf>,
    /// Statement time limit for each read, in milliseconds.
    #[arg(long, default_value_t = 30_000, value_name = "MS", help_heading = "Databases")]
    statement_timeout: u64,
    /// Do not try to log in without a password (exposure then rests on the settings alone).
    #[arg(long, help_heading = "Databases")]
    no_login_probe: bool,
}

/// `1048576`, `100M`, `2G`, `512k`.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let n: u64 = digits.parse().map_err(|_| format!("{s:?} is not a size (e.g. 500M, 2G, 1048576)"))?;
    let factor: u64 = match unit.trim().to_ascii_uppercase().trim_end_matches("IB").trim_end_matches('B') {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        "T" => 1 << 40,
        _ => return Err(format!("{s:?}: unknown size unit (use K, M, G or T)")),
    };
    n.checked_mul(factor).ok_or_else(|| format!("{s:?} is too large"))
}

/// Parses arguments, runs, and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { exit::FATAL } else { exit::CLEAN };
            let _ = e.print();
            return code;
        }
    };
    init_logging();
    let result = match cli.command {
        Command::Scan(args) => scan(*args),
        Command::Report(args) => report(args),
        Command::Diff(args) => diff(args),
        Command::Merge(args) => merge(args),
        Command::Watch(args) => watch::watch(*args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("piimap: error: {e:#}");
            exit::FATAL
        }
    }
}

/// The AWS SDK warns at every step of its configuration chain (no IMDS on a laptop, no profile
/// file...); those are not the user's problem unless the chain fails, which is reported as an error.
const QUIET_DEPENDENCIES: &str = "warn,aws_config=error,aws_smithy_runtime=error,aws_sdk_s3=error";

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PIIMAP_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(QUIET_DEPENDENCIES));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false).try_init();
}

fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Options whose value is a secret as a whole: a webhook URL carries its token (Slack, Teams),
/// an alert command may carry one.
const SECRET_VALUED: [&str; 2] = ["--alert-webhook", "--alert-command"];

/// The command line as the inventory records it: passwords in URIs and secret-valued options
/// replaced by `***`.
fn recorded_args(args: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut secret_next = false;
    for arg in args {
        if std::mem::take(&mut secret_next) {
            out.push("***".into());
            continue;
        }
        match SECRET_VALUED.iter().find(|o| arg == **o || arg.starts_with(&format!("{o}="))) {
            Some(o) if arg.len() > o.len() => out.push(format!("{o}=***")),
            Some(o) => {
                secret_next = true;
                out.push(o.to_string());
            }
            None => out.push(redact(&arg)),
        }
    }
    out
}

/// Removes passwords from URIs before arguments are recorded (`user:secret@` → `user:***@`).
fn redact(arg: &str) -> String {
    let Some((scheme, rest)) = arg.split_once("://") else {
        return arg.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let userinfo = &rest[..at];
            let user = userinfo.split(':').next().unwrap_or("");
            let masked = if userinfo.contains(':') { format!("{user}:***") } else { user.to_string() };
            format!("{scheme}://{masked}{}", &rest[at..])
        }
        None => arg.to_string(),
    }
}

struct Progress {
    bar: ProgressBar,
}

impl Observer for Progress {
    fn listed(&self, _uri: &str) {
        self.bar.inc_length(1);
    }
    fn finished(&self, report: &LocationReport) {
        self.bar.inc(1);
        if let Outcome::Failed { error } = &report.outcome {
            tracing::warn!(location = %report.uri, "failed: {error}");
        }
    }
}

fn engine_of(args: &ScanArgs) -> Result<Engine> {
    Ok(match &args.rules {
        Some(dir) => Engine::new(piimap_classify::rules::load_rules_dir(dir)?)?,
        None => Engine::embedded()?,
    })
}

/// Risk per location, and samples masked once (unless `--show-samples`), as each location is
/// finished: every report writes the inventory as it is.
fn finalize_of(show_samples: bool) -> impl Fn(&mut LocationReport) {
    move |loc: &mut LocationReport| {
        piimap_report::assess(loc);
        if !show_samples {
            piimap_report::mask_location_samples(loc);
        }
    }
}

fn inventory_of(args: &ScanArgs, started: String, output: piimap_scan::ScanOutput) -> Inventory {
    Inventory {
        schema: INVENTORY_SCHEMA,
        tool: ToolInfo { name: "piimap".into(), version: env!("CARGO_PKG_VERSION").into() },
        run: RunInfo {
            started,
            finished: now(),
            args: recorded_args(std::env::args()),
            samples_shown: args.show_samples,
            resumed: output.resumed,
            shard: args.shard.map(|s| format!("{}/{}", s.index, s.count)),
        },
        summary: output.summary,
        locations: output.locations,
        distinct_sketches: if args.shard.is_some() { output.sketches } else { Default::default() },
    }
}

fn plan_of(args: &ScanArgs) -> Result<ScanPlan> {
    Ok(ScanPlan {
        targets: args.targets.clone(),
        select: SelectOptions {
            include: args.include.clone(),
            exclude: args.exclude.clone(),
            follow_symlinks: args.follow_symlinks,
            max_object_size: args.max_object_size,
            s3: piimap_connect::s3::S3Options {
                profile: args.profile.clone(),
                region: args.region.clone(),
                endpoint_url: args.endpoint_url.clone(),
                object_sample: args.object_sample,
                anonymous_probe: !args.no_anonymous_probe,
                concurrency: args.io_concurrency,
            },
            db: piimap_connect::db::DbOptions {
                sample_rows: args.sample_rows,
                full: args.full,
                views: args.views,
                statement_timeout_ms: args.statement_timeout,
                password_file: args.password_file.clone(),
                login_probe: !args.no_login_probe,
            },
        },
        decode: DecodeOptions {
            line_cap: args.line_cap,
            sample_rows: (!args.full).then_some(args.sample_rows),
            full_count: args.full_count,
            archives: piimap_formats::archive::ArchiveLimits {
                max_depth: args.archive_depth.max(1),
                max_entries: args.archive_max_entries,
                max_entry_size: args.archive_max_entry_size,
                max_total_size: args.archive_max_total,
                max_ratio: args.archive_max_ratio.max(1),
            },
            ..DecodeOptions::default()
        },
        threads: args.threads,
        max_samples: 3,
        hash_key: match &args.hash_key_file {
            Some(p) => Some(std::fs::read(p).with_context(|| format!("reading the hash key {}", p.display()))?),
            None => None,
        },
        state: args.state.clone(),
        occurrences: args.occurrences.is_some(),
        sample_files: if args.full { None } else { args.sample_files },
        shard: args.shard,
        inventory_memory: usize::try_from(args.inventory_memory).unwrap_or(usize::MAX),
        read_content: !args.exposure_only,
    })
}

fn scan(args: ScanArgs) -> Result<i32> {
    let started = now();
    let engine = engine_of(&args)?;
    let samples = if args.show_samples { Samples::Shown } else { Samples::Masked };
    let plan = plan_of(&args)?;
    if args.shard.is_some() && (args.hash_key_file.is_none() || args.output.is_none()) {
        anyhow::bail!("--shard needs --hash-key-file (the same file on every part, so that distinct values can be counted over all parts) and --output (the partial inventory for `piimap merge`)");
    }
    let baseline = match &args.baseline {
        Some(p) => Some(read_inventory(p)?),
        None => None,
    };
    let output_format = match &args.output {
        Some(path) => Some(match args.output_format {
            Some(f) => ReportFormat::from(f),
            None => ReportFormat::from_path(path).unwrap_or(ReportFormat::Json),
        }),
        None => None,
    };
    let mut occurrences = match &args.occurrences {
        Some(path) => {
            let f = File::create(path).with_context(|| format!("creating {}", path.display()))?;
            Some(OccurrenceWriter::new(BufWriter::new(f), samples))
        }
        None => None,
    };
    let bar = if !args.quiet && std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos}/{len} locations [{elapsed}] {wide_bar}")
                .expect("the template is valid"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let progress = Progress { bar };
    let mut write_error: Option<std::io::Error> = None;
    let finalize = finalize_of(args.show_samples);
    let output = piimap_scan::scan(
        &plan,
        &engine,
        &mut |occ| {
            if let Some(w) = occurrences.as_mut() {
                if write_error.is_none() {
                    if let Err(e) = w.write(&occ) {
                        write_error = Some(e);
                    }
                }
            }
        },
        &progress,
        &finalize,
    )?;
    progress.bar.finish_and_clear();
    if let Some(e) = write_error {
        return Err(e).context("writing occurrences");
    }
    if let Some(w) = occurrences {
        w.finish().context("writing occurrences")?;
    }

    let inventory = inventory_of(&args, started, output);
    // Masked as the locations were finished (unless --show-samples).
    let samples = Samples::Shown;
    if let (Some(path), Some(format)) = (&args.output, output_format) {
        let f = File::create(path).with_context(|| format!("creating {}", path.display()))?;
        piimap_report::write_report(&inventory, format, samples, BufWriter::new(f))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        StdoutFormat::Summary => {
            piimap_report::write_summary(&inventory, &mut out)?;
            if args.show_samples {
                writeln!(out, "note: --show-samples: the written outputs contain raw personal data")?;
            }
        }
        StdoutFormat::Json => piimap_report::write_inventory_json(&inventory, samples, &mut out)?,
        StdoutFormat::Csv => piimap_report::write_report(&inventory, ReportFormat::Csv, samples, &mut out)?,
        StdoutFormat::Html => piimap_report::write_report(&inventory, ReportFormat::Html, samples, &mut out)?,
        StdoutFormat::None => {}
    }
    if let Some(old) = &baseline {
        let changes = piimap_report::diff::diff(old, &inventory)?;
        writeln!(out, "\nChanges since the baseline:")?;
        piimap_report::diff::write_text(&changes, &mut out)?;
    }
    out.flush()?;
    Ok(exit_code(&inventory))
}

fn read_inventory(path: &std::path::Path) -> Result<Inventory> {
    let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    serde_json::from_reader(std::io::BufReader::new(f)).with_context(|| format!("{} is not a piimap inventory", path.display()))
}

fn report(args: ReportArgs) -> Result<i32> {
    let inventory = read_inventory(&args.inventory)?;
    let samples = if args.show_samples { Samples::Shown } else { Samples::Masked };
    let format = ReportFormat::from(args.format);
    match &args.output {
        Some(path) => {
            let f = File::create(path).with_context(|| format!("creating {}", path.display()))?;
            piimap_report::write_report(&inventory, format, samples, BufWriter::new(f)).with_context(|| format!("writing {}", path.display()))?;
        }
        None if format == ReportFormat::Xlsx => anyhow::bail!("--format xlsx needs --output FILE"),
        None => piimap_report::write_report(&inventory, format, samples, std::io::stdout().lock())?,
    }
    Ok(exit::CLEAN)
}

fn merge(args: MergeArgs) -> Result<i32> {
    let parts = args.parts.iter().map(|p| Ok((p.display().to_string(), read_inventory(p)?))).collect::<Result<Vec<_>>>()?;
    let memory = usize::try_from(args.inventory_memory).unwrap_or(usize::MAX);
    let merged = piimap_scan::merge::merge(&parts, memory, &piimap_report::assess)?;
    let samples_shown = parts.iter().any(|(_, p)| p.run.samples_shown);
    let inventory = Inventory {
        schema: INVENTORY_SCHEMA,
        tool: ToolInfo { name: "piimap".into(), version: env!("CARGO_PKG_VERSION").into() },
        run: RunInfo {
            started: merged.started,
            finished: merged.finished,
            args: recorded_args(std::env::args()),
            samples_shown,
            resumed: merged.resumed,
            shard: None,
        },
        summary: merged.summary,
        locations: merged.locations,
        distinct_sketches: Default::default(),
    };
    // The parts' samples are masked already (unless they were scanned with --show-samples).
    let format = match args.output_format {
        Some(f) => ReportFormat::from(f),
        None => ReportFormat::from_path(&args.output).unwrap_or(ReportFormat::Json),
    };
    let f = File::create(&args.output).with_context(|| format!("creating {}", args.output.display()))?;
    piimap_report::write_report(&inventory, format, Samples::Shown, BufWriter::new(f)).with_context(|| format!("writing {}", args.output.display()))?;
    let mut out = std::io::stdout().lock();
    piimap_report::write_summary(&inventory, &mut out)?;
    out.flush()?;
    Ok(exit_code(&inventory))
}

fn diff(args: DiffArgs) -> Result<i32> {
    let old = read_inventory(&args.old)?;
    let new = read_inventory(&args.new)?;
    let changes = piimap_report::diff::diff(&old, &new)?;
    let out = std::io::stdout().lock();
    match args.format {
        DiffFormat::Text => piimap_report::diff::write_text(&changes, out)?,
        DiffFormat::Json => piimap_report::diff::write_json(&changes, out)?,
        DiffFormat::Csv => piimap_report::diff::write_csv(&changes, out)?,
    }
    Ok(if piimap_report::diff::alarming(&changes) { exit::FOUND } else { exit::CLEAN })
}

fn exit_code(inv: &Inventory) -> i32 {
    let s = &inv.summary;
    if s.failed > 0 && s.scanned == 0 && s.skipped == 0 {
        exit::FATAL
    } else if s.failed > 0 {
        exit::PARTIAL
    } else if !s.by_category.is_empty() {
        exit::FOUND
    } else {
        exit::CLEAN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_redacted() {
        assert_eq!(redact("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact("s3://bucket/a@b"), "s3://bucket/a@b");
        assert_eq!(redact("/data/x"), "/data/x");
        assert_eq!(redact("mysql://root@h/db"), "mysql://root@h/db");
        let args = ["piimap", "watch", "--alert-webhook", "https://hooks.example/T1/secret", "--alert-command=notify --token t", "postgres://a:pw@h/db"];
        assert_eq!(
            recorded_args(args.into_iter().map(String::from)),
            ["piimap", "watch", "--alert-webhook", "***", "--alert-command=***", "postgres://a:***@h/db"]
        );
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
