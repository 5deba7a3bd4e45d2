//! `piimap watch`: the scan as a long-running monitor. Every `--interval` an exposure pass
//! (listings and access settings, no content read); every `--content-interval`, and on the first
//! pass, a content pass over new and changed units only. Each pass is compared with the previous
//! one and the changes that matter are alerts: NDJSON on standard output, kept in the state
//! directory, and handed to `--alert-command`.
//!
//! The state directory holds the last inventory (samples always masked), the resume file, the
//! alert history and the schedule, never raw values; a restarted watch continues from it.

use crate::{engine_of, exit, finalize_of, inventory_of, now, plan_of, ScanArgs};
use anyhow::{Context, Result};
use piimap_model::{Inventory, LocationReport, Outcome};
use piimap_report::alert::Alert;
use piimap_report::{ReportFormat, Samples};
use serde::{Deserialize, Serialize};
use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[derive(clap::Args, Debug)]
pub(crate) struct WatchArgs {
    /// Time between exposure passes (`90s`, `10m`, `1h`).
    #[arg(long, default_value = "10m", value_parser = parse_duration)]
    interval: Duration,
    /// Time between content passes, which read new and changed locations (`24h`).
    #[arg(long, default_value = "24h", value_parser = parse_duration)]
    content_interval: Duration,
    /// Run this shell command for every alert, with the alert's JSON on its standard input (for
    /// mail, Slack, SNS or a pager). A failing command is logged; the alert stays in the state.
    #[arg(long, value_name = "CMD")]
    alert_command: Option<String>,
    /// POST every alert's JSON to this URL (a Slack or Teams webhook, an incident API), with
    /// retries; TLS certificates are verified. The URL is never printed or recorded; from the
    /// environment it stays out of the process list too.
    #[arg(long, value_name = "URL", env = "PIIMAP_ALERT_WEBHOOK", hide_env_values = true)]
    alert_webhook: Option<String>,
    /// Attempts after the first when the webhook fails (connection error, timeout, HTTP 429 or
    /// 5xx), waiting 1 s, 2 s, 4 s... (at most a minute) in between.
    #[arg(long, default_value_t = 5, value_name = "N")]
    alert_retries: u32,
    /// How long an alert command may run, or one webhook attempt may take, before it is stopped.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    alert_timeout: Duration,
    /// Stop after this many passes (for cron-like use and tests); default: until SIGTERM.
    #[arg(long, value_name = "N")]
    max_passes: Option<u64>,
    #[command(flatten)]
    scan: ScanArgs,
}

/// `500ms`, `90s`, `10m`, `1h30m`, `1d`.
pub(crate) fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("{s:?} is not a duration (e.g. 90s, 10m, 1h30m, 24h)");
    let mut total = Duration::ZERO;
    let mut rest = s.trim();
    if rest.is_empty() {
        return Err(bad());
    }
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let n: u64 = rest[..digits].parse().map_err(|_| bad())?;
        let after = &rest[digits..];
        let unit_len = after.find(|c: char| c.is_ascii_digit()).unwrap_or(after.len());
        let unit = match &after[..unit_len] {
            "ms" => Duration::from_millis(1),
            "s" => Duration::from_secs(1),
            "m" => Duration::from_secs(60),
            "h" => Duration::from_secs(3600),
            "d" => Duration::from_secs(86_400),
            _ => return Err(bad()),
        };
        total += unit.checked_mul(u32::try_from(n).map_err(|_| bad())?).ok_or_else(bad)?;
        rest = &after[unit_len..];
    }
    if total.is_zero() {
        return Err(format!("{s:?}: the duration must be longer than zero"));
    }
    Ok(total)
}

/// When the passes ran, so that a restarted watch keeps its schedule.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Schedule {
    passes: u64,
    /// When the last pass finished (RFC 3339).
    last_pass: Option<String>,
    /// When the last content pass started, in seconds since the epoch.
    last_content_pass_unix: Option<u64>,
}

struct Files {
    dir: PathBuf,
}

impl Files {
    fn inventory(&self) -> PathBuf {
        self.dir.join("inventory.json")
    }
    fn schedule(&self) -> PathBuf {
        self.dir.join("watch.json")
    }
    fn alerts(&self) -> PathBuf {
        self.dir.join("alerts.jsonl")
    }
    fn resume(&self) -> PathBuf {
        self.dir.join("state.jsonl")
    }

    /// Writes through a temporary file beside the target, renamed over it, so that a watch
    /// killed while writing leaves the previous file whole.
    fn replace(&self, path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(&self.dir);
        let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("writing in {}", dir.display()))?;
        {
            let mut w = BufWriter::new(tmp.as_file_mut());
            write(&mut w).with_context(|| format!("writing {}", path.display()))?;
            w.flush()?;
        }
        tmp.persist(path).with_context(|| format!("replacing {}", path.display()))?;
        Ok(())
    }
}

/// Counts what a pass did, for its log line.
#[derive(Default)]
struct PassCounts {
    listed: AtomicU64,
    failed: AtomicU64,
}

impl piimap_scan::Observer for PassCounts {
    fn listed(&self, _uri: &str) {
        self.listed.fetch_add(1, Ordering::Relaxed);
    }
    fn finished(&self, report: &LocationReport) {
        if let Outcome::Failed { error } = &report.outcome {
            self.failed.fetch_add(1, Ordering::Relaxed);
            tracing::warn!(location = %report.uri, "failed: {error}");
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) fn watch(args: WatchArgs) -> Result<i32> {
    let scan_args = &args.scan;
    let dir = scan_args.state.clone().context("watch needs --state DIR: the last inventory and the alerts are kept there between passes")?;
    if scan_args.baseline.is_some() || scan_args.occurrences.is_some() || scan_args.shard.is_some() || scan_args.exposure_only {
        anyhow::bail!("watch compares each pass with the previous one itself: --baseline, --occurrences, --shard and --exposure-only do not apply");
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating the state directory {}", dir.display()))?;
    let files = Files { dir };
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).context("installing the signal handler")?;
    }
    let engine = engine_of(scan_args)?;
    let finalize = finalize_of(scan_args.show_samples);
    let mut schedule: Schedule = match std::fs::read(files.schedule()) {
        Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| format!("{} is not a watch schedule", files.schedule().display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Schedule::default(),
        Err(e) => return Err(e).with_context(|| format!("reading {}", files.schedule().display())),
    };
    let mut previous: Option<Inventory> = match files.inventory().exists() {
        true => Some(crate::read_inventory(&files.inventory())?),
        false => None,
    };
    let output_format = scan_args.output.as_ref().map(|path| match scan_args.output_format {
        Some(f) => ReportFormat::from(f),
        None => ReportFormat::from_path(path).unwrap_or(ReportFormat::Json),
    });
    let mut passes_here = 0u64;
    loop {
        let pass_start = Instant::now();
        let content = previous.is_none()
            || schedule.last_content_pass_unix.is_none_or(|t| unix_now().saturating_sub(t) >= args.content_interval.as_secs());
        let started_unix = unix_now();
        match run_pass(&args, &files, &engine, &finalize, content, &schedule, previous.as_ref()) {
            Ok((inventory, alerts, counts)) => {
                let finished = inventory.run.finished.clone();
                schedule.passes += 1;
                schedule.last_pass = Some(finished);
                if content {
                    schedule.last_content_pass_unix = Some(started_unix);
                }
                files.replace(&files.schedule(), |w: &mut dyn Write| serde_json::to_writer_pretty(w, &schedule).map_err(std::io::Error::from))?;
                if let (Some(path), Some(format)) = (&scan_args.output, output_format) {
                    // A report that cannot be written is the user's to fix; the watch goes on.
                    if let Err(e) = files.replace(path, |w: &mut dyn Write| piimap_report::write_report(&inventory, format, Samples::Shown, w)) {
                        eprintln!("piimap watch: {e:#}");
                    }
                }
                eprintln!(
                    "piimap watch: pass {} ({}): {} listed, {} read, {} kept from earlier passes, {} failed, {} alert(s), {:.1} s",
                    schedule.passes,
                    if content { "content" } else { "exposure" },
                    counts.listed.load(Ordering::Relaxed),
                    if content { inventory.summary.scanned.saturating_sub(inventory.run.resumed) } else { 0 },
                    inventory.run.resumed,
                    counts.failed.load(Ordering::Relaxed),
                    alerts.len(),
                    pass_start.elapsed().as_secs_f64(),
                );
                previous = Some(inventory);
            }
            // A pass that could not run (a store unreachable at start, a full disk) is logged
            // and tried again at the next interval: a monitor must not die of one bad minute.
            Err(e) => eprintln!("piimap watch: pass failed, retrying at the next interval: {e:#}"),
        }
        passes_here += 1;
        if stop.load(Ordering::Relaxed) || args.max_passes.is_some_and(|n| passes_here >= n) {
            break;
        }
        while pass_start.elapsed() < args.interval && !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(100).min(args.interval));
        }
        if stop.load(Ordering::Relaxed) {
            break;
        }
    }
    eprintln!("piimap watch: stopped after {passes_here} pass(es); state in {}", files.dir.display());
    Ok(exit::CLEAN)
}

/// One pass: scan, compare with the previous pass, deliver the alerts, keep the inventory.
fn run_pass(
    args: &WatchArgs,
    files: &Files,
    engine: &piimap_classify::Engine,
    finalize: &dyn Fn(&mut LocationReport),
    content: bool,
    schedule: &Schedule,
    previous: Option<&Inventory>,
) -> Result<(Inventory, Vec<Alert>, PassCounts)> {
    let started = now();
    let mut plan = plan_of(&args.scan)?;
    plan.state = Some(files.resume());
    plan.read_content = content;
    plan.occurrences = false;
    let counts = PassCounts::default();
    let output = piimap_scan::scan(&plan, engine, &mut |_| {}, &counts, finalize)?;
    let inventory = inventory_of(&args.scan, started, output);
    let alerts = piimap_report::alert::alerts(previous, &inventory, schedule.last_pass.as_deref(), &inventory.run.finished)?;
    // The alerts are kept before they are delivered: a receiver that fails loses none.
    if !alerts.is_empty() {
        let mut history = std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(files.alerts()).with_context(|| format!("opening {}", files.alerts().display()))?;
        let mut stdout = std::io::stdout().lock();
        for alert in &alerts {
            let line = serde_json::to_string(alert)?;
            writeln!(history, "{line}")?;
            writeln!(stdout, "{line}")?;
        }
        stdout.flush()?;
        history.sync_data()?;
        if let Some(cmd) = &args.alert_command {
            for alert in &alerts {
                deliver(cmd, alert, args.alert_timeout);
            }
        }
        if let Some(url) = &args.alert_webhook {
            let webhook = Webhook::new(url, args.alert_retries, args.alert_timeout);
            for alert in &alerts {
                if let Err(why) = webhook.post(alert) {
                    eprintln!("piimap watch: the alert on {} was not delivered to the webhook: {why} (it stays in {})", alert.uri, files.alerts().display());
                }
            }
        }
    }
    // The kept inventory never holds raw values, whatever --show-samples says.
    files.replace(&files.inventory(), |w: &mut dyn Write| piimap_report::write_report(&inventory, ReportFormat::Json, Samples::Masked, w))?;
    Ok((inventory, alerts, counts))
}

/// Delivery of alerts by HTTP POST, with retries on failures that may pass.
struct Webhook<'a> {
    agent: ureq::Agent,
    url: &'a str,
    retries: u32,
}

impl<'a> Webhook<'a> {
    fn new(url: &'a str, retries: u32, timeout: Duration) -> Self {
        // Certificates verified against the Mozilla roots (webpki-roots), with aws-lc-rs.
        let tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::Rustls)
            .root_certs(ureq::tls::RootCerts::WebPki)
            .unversioned_rustls_crypto_provider(std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
            .build();
        let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(timeout)).tls_config(tls).build().into();
        Webhook { agent, url, retries }
    }

    /// Posts one alert; the error says what failed without the URL (it holds the hook's token).
    fn post(&self, alert: &Alert) -> Result<(), String> {
        let body = serde_json::to_vec(alert).map_err(|e| e.to_string())?;
        let mut wait = Duration::from_secs(1);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let why = match self.agent.post(self.url).header("Content-Type", "application/json").send(&body[..]) {
                Ok(_) => return Ok(()),
                Err(ureq::Error::StatusCode(code)) if code != 429 && code < 500 => return Err(format!("HTTP {code}, not retried")),
                Err(ureq::Error::StatusCode(code)) => format!("HTTP {code}"),
                Err(ureq::Error::Timeout(_)) => "timed out".to_string(),
                Err(ureq::Error::Io(e)) => format!("{}", e.kind()),
                Err(ureq::Error::HostNotFound) => "host not found".to_string(),
                Err(ureq::Error::ConnectionFailed) => "connection failed".to_string(),
                Err(ureq::Error::BadUri(_)) => return Err("not a valid URL".to_string()),
                Err(ureq::Error::Tls(e)) => return Err(format!("TLS: {e}")),
                Err(_) => "request failed".to_string(),
            };
            if attempt > self.retries {
                return Err(format!("{why} after {attempt} attempt(s)"));
            }
            eprintln!("piimap watch: webhook attempt {attempt} for the alert on {} failed ({why}); retrying in {wait:?}", alert.uri);
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_secs(60));
        }
    }
}

/// Runs the alert command with the alert on standard input; failures are logged, never fatal.
fn deliver(cmd: &str, alert: &Alert, timeout: Duration) {
    let json = match serde_json::to_vec(alert) {
        Ok(j) => j,
        Err(e) => return eprintln!("piimap watch: alert for {} not encoded: {e}", alert.uri),
    };
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return eprintln!("piimap watch: --alert-command could not start: {e}"),
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input is its own business.
        let _ = stdin.write_all(&json).and_then(|()| stdin.write_all(b"\n"));
    }
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return,
            Ok(Some(status)) => return eprintln!("piimap watch: --alert-command failed ({status}) for the alert on {}", alert.uri),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return eprintln!("piimap watch: --alert-command still running after {timeout:?}: stopped");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return eprintln!("piimap watch: --alert-command: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An HTTPS receiver that is not what it claims fails the delivery (no panic, no retry
    /// storm): the TLS stack is built and refuses.
    #[test]
    fn a_webhook_without_valid_tls_is_refused() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut stream = stream;
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            }
        });
        let url = format!("https://127.0.0.1:{port}/hook");
        let webhook = Webhook::new(&url, 0, Duration::from_secs(5));
        let alert: Alert = serde_json::from_str(
            r#"{"alert":"became-exposed","uri":"s3://b/","kind":"bucket","became":"public","since":{"by":"t"},"categories":[],"people_estimate":0,"evidence":[],"locations":1}"#,
        )
        .expect("alert");
        let err = webhook.post(&alert).expect_err("plain HTTP on an https URL is refused");
        assert!(!err.contains("/hook"), "no URL in the error: {err}");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2d"), Ok(Duration::from_secs(172_800)));
        assert!(parse_duration("10").is_err());
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("5 weeks").is_err());
        assert!(parse_duration("").is_err());
    }
}
