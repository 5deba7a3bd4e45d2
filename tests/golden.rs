//! Golden tests: `testdata/golden/<case>/input/` is scanned and compared with
//! `expected.ndjson` (occurrences), `expected-inventory.json`, `expected.csv` (the inventory
//! exported by `piimap report`) and `expected-diff.txt` (against the scan without its first
//! file). Paths are made relative to the case; what depends on the machine (times, file modes,
//! owners, hence exposure and risk) is left out. Regenerate with `PIIMAP_BLESS=1`.

mod common;

use common::{repo_root, scan, BIN};
use std::path::Path;
use std::process::Command;

/// Occurrences with the absolute input path replaced by `input`, sorted for a stable diff.
fn normalized_occurrences(run: &common::Run, input: &str) -> String {
    let mut lines: Vec<String> = run
        .occurrences
        .iter()
        .map(|o| {
            let mut o = o.clone();
            let loc = o["location"].as_str().unwrap_or_default().replace(input, "input");
            o["location"] = serde_json::Value::String(loc);
            serde_json::to_string(&o).expect("serializes")
        })
        .collect();
    lines.sort();
    lines.join("\n") + "\n"
}

/// The inventory without what depends on the machine or the clock.
fn normalized_inventory(inv: &serde_json::Value, input: &str) -> serde_json::Value {
    let text = serde_json::to_string(inv).expect("serializes").replace(input, "input");
    let mut inv: serde_json::Value = serde_json::from_str(&text).expect("json");
    inv["run"] = serde_json::json!({"started": "-", "finished": "-", "args": [], "samples_shown": false});
    inv["tool"]["version"] = serde_json::json!("-");
    inv["summary"]["exposed_with_personal_data"] = serde_json::json!(0);
    for loc in inv["locations"].as_array_mut().expect("locations") {
        loc["modified"] = serde_json::Value::Null;
        loc["exposure"] = serde_json::json!({"level": "restricted", "evidence": []});
        loc.as_object_mut().expect("object").remove("risk");
    }
    inv
}

fn piimap(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().expect("piimap runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check(path: &Path, got: &str, bless: bool, failures: &mut Vec<String>) {
    if bless {
        std::fs::write(path, got).expect("write expected");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if got != expected {
        failures.push(format!("{}: differs (PIIMAP_BLESS=1 to accept)\n--- expected\n{expected}--- got\n{got}", path.display()));
    }
}

#[test]
fn golden_cases() {
    let root = repo_root().join("testdata/golden");
    let bless = std::env::var_os("PIIMAP_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&root).expect("testdata/golden").flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in cases {
        let input = case.join("input");
        let input_str = input.to_str().expect("utf-8 path");
        let out = tempfile::tempdir().expect("tempdir");
        let run = scan(out.path(), &[input_str, "--format", "none"]);
        assert!(matches!(run.code, 0 | 1), "{}: exit {} {}", case.display(), run.code, run.stderr);
        check(&case.join("expected.ndjson"), &normalized_occurrences(&run, input_str), bless, &mut failures);

        let inv = normalized_inventory(&run.inventory, input_str);
        let inv_text = serde_json::to_string_pretty(&inv).expect("json") + "\n";
        check(&case.join("expected-inventory.json"), &inv_text, bless, &mut failures);
        let inv_path = out.path().join("normalized.json");
        std::fs::write(&inv_path, &inv_text).expect("write");
        let csv = piimap(&["report", inv_path.to_str().expect("utf-8"), "--format", "csv"]);
        check(&case.join("expected.csv"), &csv, bless, &mut failures);

        // Diff against the same inventory without its first location.
        let mut older = inv.clone();
        older["locations"].as_array_mut().expect("locations").remove(0);
        let old_path = out.path().join("old.json");
        std::fs::write(&old_path, serde_json::to_string(&older).expect("json")).expect("write");
        let diff = piimap(&["diff", old_path.to_str().expect("utf-8"), inv_path.to_str().expect("utf-8")]);
        check(&case.join("expected-diff.txt"), &diff, bless, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
