//! Differences between two inventories, for monitoring: what became exposed, what gained
//! categories, what is no longer exposed or gone.

use piimap_model::{Category, Inventory, LocationReport};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Readable beyond its owner now and not before (or new and already exposed).
    NewlyExposed,
    /// Holds categories it did not hold before.
    NewCategories,
    /// A location not in the old inventory that holds personal data.
    NewLocation,
    NoLongerExposed,
    Gone,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::NewlyExposed => "newly_exposed",
            Change::NewCategories => "new_categories",
            Change::NewLocation => "new_location",
            Change::NoLongerExposed => "no_longer_exposed",
            Change::Gone => "gone",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffEntry {
    pub change: Change,
    pub uri: String,
    pub personal_data: bool,
    pub categories: Vec<Category>,
    pub detail: String,
}

pub(crate) fn categories(l: &LocationReport) -> BTreeSet<Category> {
    l.findings.iter().map(|f| f.category).collect()
}

/// What a location was in the old inventory: all the diff (and a watch's alerts) compare.
pub(crate) struct Was {
    pub(crate) level: piimap_model::ExposureLevel,
    pub(crate) categories: BTreeSet<Category>,
    pub(crate) personal_data: bool,
}

/// Each location of an earlier inventory by URI, as much as a comparison needs; the inventory
/// itself is streamed.
pub(crate) fn was_by_uri(old: &Inventory) -> io::Result<BTreeMap<String, Was>> {
    let mut by = BTreeMap::new();
    old.locations.each(|l| {
        by.insert(l.uri.clone(), Was { level: l.exposure.level, categories: categories(l), personal_data: l.has_personal_data() });
        Ok(())
    })?;
    Ok(by)
}

/// What changed from `old` to `new`. The new inventory is streamed; of the old one only each
/// location's exposure and categories are held.
pub fn diff(old: &Inventory, new: &Inventory) -> io::Result<Vec<DiffEntry>> {
    let mut old_by = was_by_uri(old)?;
    let mut out = Vec::new();
    new.locations.each(|n| {
        let uri = &n.uri;
        let cats = categories(n);
        let entry = |change, detail: String, cats: &BTreeSet<Category>| DiffEntry {
            change,
            uri: uri.to_string(),
            personal_data: n.has_personal_data(),
            categories: cats.iter().copied().collect(),
            detail,
        };
        let rule = n.exposure.evidence.first().map(|e| e.rule.clone()).unwrap_or_default();
        match old_by.remove(uri) {
            None => {
                if n.exposure.level.is_exposed() && n.has_personal_data() {
                    out.push(entry(Change::NewlyExposed, format!("new location, {} ({rule})", n.exposure.level.as_str()), &cats));
                } else if n.has_personal_data() {
                    out.push(entry(Change::NewLocation, "new location with personal data".into(), &cats));
                }
            }
            Some(o) => {
                if n.exposure.level.is_exposed() && !o.level.is_exposed() {
                    out.push(entry(Change::NewlyExposed, format!("{} → {} ({rule})", o.level.as_str(), n.exposure.level.as_str()), &cats));
                } else if !n.exposure.level.is_exposed() && o.level.is_exposed() {
                    out.push(entry(Change::NoLongerExposed, format!("{} → {}", o.level.as_str(), n.exposure.level.as_str()), &cats));
                }
                let added: BTreeSet<Category> = cats.difference(&o.categories).copied().collect();
                if !added.is_empty() {
                    let names: Vec<&str> = added.iter().map(|c| c.as_str()).collect();
                    out.push(entry(Change::NewCategories, format!("now also holds {}", names.join(", ")), &added));
                }
            }
        }
        Ok(())
    })?;
    // What is left of the old inventory is gone from the new one.
    for (uri, o) in old_by {
        out.push(DiffEntry {
            change: Change::Gone,
            uri,
            personal_data: o.personal_data,
            categories: o.categories.into_iter().collect(),
            detail: "not in the new inventory".into(),
        });
    }
    out.sort_by(|a, b| (a.change, &a.uri).cmp(&(b.change, &b.uri)));
    Ok(out)
}

/// Something newly exposed holds personal data: what monitoring must alert on.
pub fn alarming(entries: &[DiffEntry]) -> bool {
    entries.iter().any(|e| e.change == Change::NewlyExposed && e.personal_data)
}

pub fn write_text(entries: &[DiffEntry], mut out: impl Write) -> io::Result<()> {
    if entries.is_empty() {
        return writeln!(out, "No changes.");
    }
    for e in entries {
        let cats: Vec<&str> = e.categories.iter().map(|c| c.as_str()).collect();
        writeln!(out, "{:<18} {}  [{}]  {}", e.change.as_str(), e.uri, cats.join(","), e.detail)?;
    }
    Ok(())
}

pub fn write_json(entries: &[DiffEntry], mut out: impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, entries)?;
    writeln!(out)
}

pub fn write_csv(entries: &[DiffEntry], out: impl Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["change", "location", "personal_data", "categories", "detail"])?;
    for e in entries {
        let cats: Vec<&str> = e.categories.iter().map(|c| c.as_str()).collect();
        w.write_record([e.change.as_str(), &e.uri, if e.personal_data { "yes" } else { "no" }, &cats.join(","), &e.detail])?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{ExposureEvidence, ExposureLevel};

    #[test]
    fn exposure_changes_and_new_categories() {
        let old = crate::tests::sample_inventory();
        let mut new = old.clone();
        // crm.csv: authenticated → public stays exposed; bad.parquet becomes exposed with data.
        let locations = new.locations.to_memory().expect("in memory");
        locations[1].exposure.level = ExposureLevel::Public;
        locations[1].exposure.evidence = vec![ExposureEvidence { rule: "s3-policy-public".into(), detail: String::new() }];
        locations[1].findings = locations[0].findings.clone();
        locations[0].findings[0].category = Category::Vin;
        let d = diff(&old, &new).expect("diff");
        let kinds: Vec<(Change, &str)> = d.iter().map(|e| (e.change, e.uri.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Change::NewlyExposed, "file:///data/bad.parquet"),
                (Change::NewCategories, "file:///data/bad.parquet"),
                (Change::NewCategories, "file:///data/crm.csv")
            ]
        );
        assert!(alarming(&d));
        let mut gone = new.clone();
        gone.locations.to_memory().expect("in memory").remove(0);
        let d = diff(&new, &gone).expect("diff");
        assert_eq!(d[0].change, Change::Gone);
        assert!(!alarming(&d));
    }
}
