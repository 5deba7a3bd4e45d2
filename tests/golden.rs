//! Golden tests: `testdata/golden/<case>/input/` scanned, occurrences compared with
//! `expected.ndjson` (paths relative to the case). Regenerate with `PIIMAP_BLESS=1`.

mod common;

use common::{repo_root, scan};

/// Occurrences with the absolute input path replaced by `input`, sorted for a stable diff.
fn normalized(run: &common::Run, input: &str) -> String {
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
        let got = normalized(&run, input_str);
        let expected_path = case.join("expected.ndjson");
        if bless {
            std::fs::write(&expected_path, &got).expect("write expected");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!(
                "{}: occurrences differ (PIIMAP_BLESS=1 to accept)\n--- expected\n{expected}--- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
