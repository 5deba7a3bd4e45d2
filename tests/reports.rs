//! The inventory people use: exports read back by real programs (LibreOffice for the
//! spreadsheet, headless Chromium for the HTML page), diffs, and no raw values without
//! `--show-samples`.

mod common;

use common::{repo_root, BIN};
use std::path::{Path, PathBuf};
use std::process::Command;

fn piimap(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("piimap runs")
}

fn dev_corpus() -> PathBuf {
    let data = repo_root().join("../shared/eval/dev-corpus/data");
    assert!(data.exists(), "../shared/eval/dev-corpus is missing: clone piimap next to the shared folder");
    data
}

/// Scans the dev corpus once into `dir`: inventory JSON and occurrences (masked).
fn scan_corpus(dir: &Path, extra: &[&str]) -> PathBuf {
    let inv = dir.join("inventory.json");
    let data = dev_corpus();
    let mut args = vec!["scan", data.to_str().expect("utf-8"), "-o", inv.to_str().expect("utf-8"), "--format", "none", "-q"];
    args.extend_from_slice(extra);
    let out = piimap(&args);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    inv
}

fn need(program: &str, package: &str) {
    let found = Command::new("sh").arg("-c").arg(format!("command -v {program}")).output().is_ok_and(|o| o.status.success());
    assert!(found, "{program} is missing: scripts/test.sh installs Debian's {package} when run as root");
}

fn artifacts() -> PathBuf {
    let dir = repo_root().join("target/test-artifacts");
    std::fs::create_dir_all(&dir).expect("artifact dir");
    dir
}

#[test]
fn xlsx_reads_back_in_libreoffice_cell_by_cell() {
    need("libreoffice", "libreoffice-calc-nogui");
    let dir = tempfile::tempdir().expect("tempdir");
    let inv = scan_corpus(dir.path(), &[]);
    let xlsx = dir.path().join("inventory.xlsx");
    let csv = dir.path().join("inventory.csv");
    for (format, path) in [("xlsx", &xlsx), ("csv", &csv)] {
        let out = piimap(&["report", inv.to_str().expect("utf-8"), "--format", format, "-o", path.to_str().expect("utf-8")]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    std::fs::copy(&xlsx, artifacts().join("dev-corpus-inventory.xlsx")).expect("keep artifact");
    // Every sheet to its own CSV (LibreOffice's sheet parameter -1), UTF-8, comma, quoted text.
    let lo = Command::new("libreoffice")
        .args(["--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir"])
        .arg(dir.path().join("lo"))
        .arg(&xlsx)
        .env("HOME", dir.path())
        .output()
        .expect("libreoffice runs");
    assert!(lo.status.success(), "{}", String::from_utf8_lossy(&lo.stderr));
    let sheet = |name: &str| {
        let path = dir.path().join("lo").join(format!("inventory-{name}.csv"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
        r.records().map(|r| r.expect("csv row").iter().map(str::to_string).collect::<Vec<_>>()).collect::<Vec<_>>()
    };
    let ours: Vec<Vec<String>> = {
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_path(&csv).expect("our csv");
        r.records().map(|r| r.expect("row").iter().map(str::to_string).collect()).collect()
    };
    let locations = sheet("Locations");
    assert_eq!(locations.len(), ours.len(), "one spreadsheet row per CSV row");
    for (i, (a, b)) in locations.iter().zip(&ours).enumerate() {
        for (j, (x, y)) in a.iter().zip(b).enumerate() {
            let same = x == y || x.parse::<f64>().ok().zip(y.parse::<f64>().ok()).is_some_and(|(p, q)| (p - q).abs() < 1e-9);
            assert!(same, "row {i} column {} differs: {x:?} vs {y:?}", ours[0][j]);
        }
    }
    let summary = sheet("Summary");
    let cell = |label: &str| summary.iter().find(|r| r[0] == label).map(|r| r[1].clone()).unwrap_or_default();
    assert_eq!(cell("Locations"), "46");
    assert_eq!(cell("Failed"), "0");
    assert!(sheet("Exposure").len() > 1);
    assert_eq!(sheet("Errors").len(), 1, "header only: nothing failed");
}

#[test]
fn html_renders_and_filters_in_chromium() {
    need("chromium", "chromium");
    let dir = tempfile::tempdir().expect("tempdir");
    let inv = scan_corpus(dir.path(), &[]);
    let html = dir.path().join("inventory.html");
    let out = piimap(&["report", inv.to_str().expect("utf-8"), "--format", "html", "-o", html.to_str().expect("utf-8")]);
    assert!(out.status.success());
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(!page.contains("http://") && !page.contains("https://") || !page.contains("src=\"http"), "self-contained");
    let chromium = |extra: &[&str], url: &str| {
        Command::new("chromium")
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0"])
            .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
            .args(extra)
            .arg(url)
            .output()
            .expect("chromium runs")
    };
    let url = format!("file://{}", html.display());
    let shot = artifacts().join("dev-corpus-report.png");
    let out = chromium(&[&format!("--screenshot={}", shot.display()), "--window-size=1280,1600"], &url);
    assert!(shot.exists(), "screenshot written: {}", String::from_utf8_lossy(&out.stderr));
    let dom = chromium(&["--dump-dom"], &format!("{url}#q=telematics"));
    let stderr = String::from_utf8_lossy(&dom.stderr);
    assert!(!stderr.contains("Uncaught") && !stderr.contains(":CONSOLE("), "console errors: {stderr}");
    let dom = String::from_utf8_lossy(&dom.stdout);
    let rows = dom.matches("<tr").count() - 1;
    let hidden = dom.matches("style=\"display: none;\"").count();
    assert!(dom.contains("telematics") && rows > 6, "{rows} rows");
    assert_eq!(rows - hidden, 12, "the filter leaves the telematics rows: (3 files + the dataset) × vin, lat, lon");
    assert!(dom.contains("12 of "), "the row counter follows the filter");
}

#[test]
fn diff_reports_new_exposure_and_exits_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = dir.path().join("old");
    let new = dir.path().join("new");
    std::fs::create_dir_all(&old).expect("mkdir");
    std::fs::create_dir_all(&new).expect("mkdir");
    let data = repo_root().join("testdata/golden/mixed/input");
    let run = |target: &Path, out: &Path, extra: &[&str]| {
        let mut args = vec!["scan", target.to_str().expect("utf-8"), "-o", out.to_str().expect("utf-8")];
        args.extend_from_slice(extra);
        piimap(&args)
    };
    run(&data, &old.join("inv.json"), &["--exclude", "orders.csv"]);
    run(&data, &new.join("inv.json"), &[]);
    let out = piimap(&["diff", old.join("inv.json").to_str().expect("utf-8"), new.join("inv.json").to_str().expect("utf-8"), "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1), "newly exposed personal data");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "change,location,personal_data,categories,detail");
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[1].starts_with("newly_exposed,file://") && lines[1].ends_with("orders.csv,yes,email,\"new location, authenticated (fs-world-readable)\""), "{}", lines[1]);
    let same = piimap(&["diff", new.join("inv.json").to_str().expect("utf-8"), new.join("inv.json").to_str().expect("utf-8")]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&same.stdout), "No changes.\n");
    // The same at the end of a scan.
    let baseline = run(&data, &dir.path().join("again.json"), &["--baseline", old.join("inv.json").to_str().expect("utf-8")]);
    assert!(String::from_utf8_lossy(&baseline.stdout).contains("Changes since the baseline:\nnewly_exposed"));
}

/// No raw value from the corpus appears in any output unless --show-samples is given.
#[test]
fn no_raw_values_in_any_output_without_show_samples() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dev_corpus();
    // The raw values, from a run that asked for them.
    let raw_occ = dir.path().join("raw.ndjson");
    let out = piimap(&["scan", data.to_str().expect("utf-8"), "--occurrences", raw_occ.to_str().expect("utf-8"), "--show-samples", "--format", "none"]);
    assert_eq!(out.status.code(), Some(1));
    let raw: std::collections::BTreeSet<String> = std::fs::read_to_string(&raw_occ)
        .expect("occurrences")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|o| o["preview"].as_str().map(str::to_string))
        .filter(|v| v.chars().count() >= 8)
        .collect();
    assert!(raw.len() > 1000, "{} raw values", raw.len());

    let masked = dir.path().join("masked");
    std::fs::create_dir(&masked).expect("mkdir");
    let inv = masked.join("inventory.json");
    let occ = masked.join("occurrences.ndjson");
    let stdout = piimap(&["scan", data.to_str().expect("utf-8"), "-o", inv.to_str().expect("utf-8"), "--occurrences", occ.to_str().expect("utf-8")]);
    for format in ["csv", "html", "json", "xlsx"] {
        let path = masked.join(format!("report.{format}"));
        piimap(&["report", inv.to_str().expect("utf-8"), "--format", format, "-o", path.to_str().expect("utf-8")]);
    }
    let json_stdout = piimap(&["scan", data.to_str().expect("utf-8"), "--format", "json", "-q"]);
    let html_stdout = piimap(&["scan", data.to_str().expect("utf-8"), "--format", "html", "-q"]);
    let mut outputs: Vec<(String, String)> = std::fs::read_dir(&masked)
        .expect("outputs")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x != "xlsx"))
        .map(|e| (e.path().display().to_string(), std::fs::read_to_string(e.path()).expect("text output")))
        .collect();
    // The spreadsheet is a zip of XML parts: read every part's text.
    let xlsx_text = Command::new("python3")
        .args(["-c", "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(''.join(z.read(n).decode('utf-8','replace') for n in z.namelist()))"])
        .arg(masked.join("report.xlsx"))
        .output()
        .expect("python3 reads the xlsx");
    assert!(xlsx_text.status.success() && xlsx_text.stdout.len() > 1000, "{}", String::from_utf8_lossy(&xlsx_text.stderr));
    outputs.push(("report.xlsx".into(), String::from_utf8_lossy(&xlsx_text.stdout).into_owned()));
    outputs.push(("summary stdout".into(), String::from_utf8_lossy(&stdout.stdout).into_owned()));
    outputs.push(("stderr".into(), String::from_utf8_lossy(&stdout.stderr).into_owned()));
    outputs.push(("json stdout".into(), String::from_utf8_lossy(&json_stdout.stdout).into_owned()));
    outputs.push(("html stdout".into(), String::from_utf8_lossy(&html_stdout.stdout).into_owned()));
    for (name, text) in &outputs {
        let leaked: Vec<&String> = raw.iter().filter(|v| text.contains(v.as_str())).take(3).collect();
        assert!(leaked.is_empty(), "{name} leaks raw values: {leaked:?}");
    }
}
