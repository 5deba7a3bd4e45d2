//! Helpers shared by the end-to-end tests: run the real binary, read what it wrote.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_piimap");

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub inventory: serde_json::Value,
    pub occurrences: Vec<serde_json::Value>,
}

/// Runs `piimap scan <args> --output ... --occurrences ...` with outputs in `out_dir`.
pub fn scan(out_dir: &Path, args: &[&str]) -> Run {
    scan_with(Command::new(BIN), out_dir, args)
}

pub fn scan_with(mut cmd: Command, out_dir: &Path, args: &[&str]) -> Run {
    let inv = out_dir.join("inventory.json");
    let occ = out_dir.join("occurrences.ndjson");
    let output: Output = cmd
        .arg("scan")
        .args(args)
        .arg("--output")
        .arg(&inv)
        .arg("--occurrences")
        .arg(&occ)
        .output()
        .expect("the piimap binary runs");
    let read = |p: &PathBuf| std::fs::read_to_string(p).unwrap_or_default();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        inventory: serde_json::from_str(&read(&inv)).unwrap_or(serde_json::Value::Null),
        occurrences: read(&occ).lines().map(|l| serde_json::from_str(l).expect("valid NDJSON line")).collect(),
    }
}

impl Run {
    /// The inventory entry whose URI ends with `suffix`.
    pub fn location(&self, suffix: &str) -> &serde_json::Value {
        self.inventory["locations"]
            .as_array()
            .expect("locations array")
            .iter()
            .find(|l| l["uri"].as_str().is_some_and(|u| u.ends_with(suffix)))
            .unwrap_or_else(|| panic!("no location ending in {suffix}: {}", self.inventory))
    }

    pub fn status(&self, suffix: &str) -> String {
        self.location(suffix)["outcome"]["status"].as_str().unwrap_or_default().to_string()
    }

    pub fn categories(&self, suffix: &str) -> Vec<String> {
        let mut c: Vec<String> = self.location(suffix)["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["category"].as_str().unwrap_or_default().to_string())
            .collect();
        c.sort();
        c.dedup();
        c
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
