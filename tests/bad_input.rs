//! Bad input never stops or crashes a scan: every file ends scanned, skipped (reason) or
//! failed (error), and the exit code says when some failed.

mod common;

use common::{scan, scan_with, Run};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

const EMAIL_LINE: &str = "contact: grace.hopper@navy.example.mil\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write test file");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

/// A folder holding one of each kind of bad input, plus one good file.
fn bad_folder(dir: &Path) {
    write(dir, "good.txt", EMAIL_LINE.as_bytes());
    write(dir, "empty.txt", b"");
    let mut invalid = b"caf\xe9 \xff\xfe ".to_vec();
    invalid.extend_from_slice(EMAIL_LINE.as_bytes());
    write(dir, "invalid-utf8.txt", &invalid);
    let lines: String = (0..20_000).map(|i| format!("{i} {EMAIL_LINE}")).collect();
    let mut truncated = gzip(lines.as_bytes());
    truncated.truncate(truncated.len() - 40);
    write(dir, "truncated.log.gz", &truncated);
    write(dir, "corrupt.parquet", b"PAR1 this is not a parquet file at all PAR1");
    write(dir, "deep.json", ("[".repeat(10_000) + &"]".repeat(10_000)).as_bytes());
    write(dir, "binary.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00");
    let fifo = dir.join("pipe.fifo");
    let ok = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs").success();
    assert!(ok, "mkfifo failed");
}

fn assert_all_accounted(run: &Run, expected_files: usize) {
    let locs = run.inventory["locations"].as_array().expect("locations");
    assert_eq!(locs.len(), expected_files, "{}", run.inventory);
    for l in locs {
        let status = l["outcome"]["status"].as_str().expect("status");
        match status {
            "scanned" => {}
            "skipped" => assert!(l["outcome"]["reason"].as_str().is_some_and(|r| !r.is_empty()), "{l}"),
            "failed" => assert!(l["outcome"]["error"].as_str().is_some_and(|r| !r.is_empty()), "{l}"),
            other => panic!("unknown status {other}"),
        }
    }
}

#[test]
fn every_bad_file_has_an_outcome_and_the_run_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    bad_folder(&data);
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[data.to_str().expect("utf-8")]);
    assert_eq!(run.code, 3, "partial failure exit code; stderr: {}", run.stderr);
    assert_all_accounted(&run, 8);

    assert_eq!(run.status("good.txt"), "scanned");
    assert_eq!(run.categories("good.txt"), ["email"]);
    assert_eq!(run.status("empty.txt"), "skipped");
    assert_eq!(run.location("empty.txt")["outcome"]["reason"], "empty");
    assert_eq!(run.status("binary.bin"), "skipped");
    assert_eq!(run.location("binary.bin")["outcome"]["reason"], "binary");
    assert_eq!(run.status("pipe.fifo"), "skipped");
    assert!(run.location("pipe.fifo")["outcome"]["reason"].as_str().is_some_and(|r| r.contains("fifo")));

    assert_eq!(run.status("invalid-utf8.txt"), "scanned");
    assert_eq!(run.categories("invalid-utf8.txt"), ["email"]);

    assert_eq!(run.status("truncated.log.gz"), "failed");
    let err = run.location("truncated.log.gz")["outcome"]["error"].as_str().unwrap_or_default().to_string();
    assert!(err.contains("gzip") && err.contains("truncated"), "{err}");
    // What was read before the damage is still reported, with decompressed line numbers.
    assert_eq!(run.categories("truncated.log.gz"), ["email"]);

    assert_eq!(run.status("corrupt.parquet"), "failed");
    assert!(run.location("corrupt.parquet")["outcome"]["error"].as_str().is_some_and(|e| e.contains("Parquet")));
    assert_eq!(run.status("deep.json"), "failed");
    assert!(run.location("deep.json")["outcome"]["error"].as_str().is_some_and(|e| e.contains("recursion limit")));

    assert_eq!(run.inventory["summary"]["failed"], 3);
    assert_eq!(run.inventory["summary"]["skipped"], 3);
    assert_eq!(run.inventory["summary"]["scanned"], 2);
    assert!(run.stdout.contains("FAILED"), "{}", run.stdout);
}

/// A file whose name is not UTF-8 (Shift_JIS, as on Japanese file shares) or holds a newline is
/// read, and its URI percent-encodes the name's bytes.
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    // 顧客.txt in Shift_JIS.
    let name = std::ffi::OsStr::from_bytes(b"\x8c\xda\x8bq.txt");
    std::fs::write(data.join(name), EMAIL_LINE).expect("write");
    // A newline in a name (legal on Linux, as in an S3 key) stays out of the URI's line.
    std::fs::write(data.join("export\n2024.txt"), EMAIL_LINE).expect("write");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let run = scan(&out, &[data.to_str().expect("utf-8 temp path"), "--quiet"]);
    assert_eq!(run.code, 1, "findings, no failure: {}", run.stderr);
    assert_eq!(run.status("/%8C%DA%8Bq.txt"), "scanned");
    assert_eq!(run.categories("/%8C%DA%8Bq.txt"), ["email"]);
    assert_eq!(run.status("/export%0A2024.txt"), "scanned");
    assert_eq!(run.categories("/export%0A2024.txt"), ["email"]);
}

#[test]
fn a_fifty_megabyte_single_line_is_windowed_not_dropped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("one-line.txt");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    let filler = "lorem ipsum dolor sit amet ".repeat(40);
    let mut written = 0;
    let mut emails = 0;
    while written < 50 * 1024 * 1024 {
        f.write_all(filler.as_bytes()).expect("write");
        written += filler.len();
        if written % (5 * 1024 * 1024) < filler.len() {
            write!(f, " user{emails}@example.com ").expect("write");
            emails += 1;
        }
    }
    writeln!(f, " last.one@example.com").expect("write");
    writeln!(f, "second line vin 1M8GDM9AXKP042788").expect("write");
    f.flush().expect("flush");
    drop(f);
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[path.to_str().expect("utf-8")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.status("one-line.txt"), "scanned");
    let on_line = |line: u64, cat: &str| {
        run.occurrences.iter().filter(|o| o["line"] == line && o["category"] == cat).count()
    };
    assert_eq!(on_line(1, "email"), emails + 1, "every email of the long line, once each");
    assert_eq!(on_line(2, "vin"), 1, "the file goes on after the long line");
}

#[test]
fn unreadable_file_fails_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    write(dir.path(), "readable.txt", EMAIL_LINE.as_bytes());
    write(dir.path(), "secret.txt", EMAIL_LINE.as_bytes());
    std::fs::set_permissions(dir.path().join("readable.txt"), std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(dir.path().join("secret.txt"), std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let out = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(out.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    // Root reads everything, so run as an unprivileged user when we are root.
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0\n")).unwrap_or(false);
    let cmd = if is_root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", common::BIN]);
        c
    } else {
        Command::new(common::BIN)
    };
    let run = scan_with(cmd, out.path(), &[dir.path().to_str().expect("utf-8")]);
    assert_eq!(run.code, 3, "stdout: {} stderr: {}", run.stdout, run.stderr);
    assert_eq!(run.status("readable.txt"), "scanned");
    assert_eq!(run.status("secret.txt"), "failed");
    let err = run.location("secret.txt")["outcome"]["error"].as_str().unwrap_or_default().to_lowercase();
    assert!(err.contains("permission denied"), "{err}");
    assert_eq!(run.location("secret.txt")["exposure"]["evidence"][0]["rule"], "fs-owner-only");
}
