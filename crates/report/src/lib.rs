//! Reporters: the inventory JSON, the occurrences NDJSON and the readable summary. Reporters
//! alone mask values: unless the user asked for samples, no raw personal data leaves here.

pub mod alert;
pub mod diff;
mod html;
mod mask;
pub mod risk;
mod summary;
pub mod tabular;
mod xlsx;

pub use mask::mask;

use piimap_model::{Inventory, LocationReport, Occurrence};
use std::io::{self, Write};

/// Formats the inventory can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// The readable summary (as `piimap scan` prints it).
    Summary,
    Json,
    Csv,
    Xlsx,
    Html,
}

impl ReportFormat {
    /// From a file name's extension.
    pub fn from_path(path: &std::path::Path) -> Option<ReportFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(ReportFormat::Json),
            "csv" => Some(ReportFormat::Csv),
            "xlsx" => Some(ReportFormat::Xlsx),
            "html" | "htm" => Some(ReportFormat::Html),
            "txt" => Some(ReportFormat::Summary),
            _ => None,
        }
    }
}

/// Adds what is derived from the findings (risk per location), to an inventory held in memory.
/// A scan does this per location as it builds the inventory ([`assess`]).
pub fn finalize(inventory: &mut Inventory) {
    if let Ok(locations) = inventory.locations.to_memory() {
        locations.iter_mut().for_each(assess);
    }
}

/// The location's risk, from its findings and exposure.
pub fn assess(loc: &mut LocationReport) {
    loc.risk = Some(risk::assess(loc));
}

/// Writes the inventory in any format, masking samples unless they are to be shown. Locations
/// are streamed: an inventory spilled to disk is read as often as the format needs, never held.
pub fn write_report(inventory: &Inventory, format: ReportFormat, samples: Samples, mut out: impl Write) -> io::Result<()> {
    let inv = Prepared { inv: inventory, mask: samples == Samples::Masked };
    match format {
        ReportFormat::Summary => summary::write_summary(inv, &mut out)?,
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &InventoryOut::of(inv))?;
            out.write_all(b"\n")?;
        }
        ReportFormat::Csv => tabular::write_csv(inv, &mut out)?,
        ReportFormat::Xlsx => xlsx::write(inv, &mut out)?,
        ReportFormat::Html => html::write(inv, &mut out)?,
    }
    out.flush()
}

/// Whether previews and samples are written as found or masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Samples {
    Masked,
    Shown,
}

/// The inventory as reporters see it: every location masked on the way out, unless the user
/// asked for samples.
#[derive(Clone, Copy)]
pub struct Prepared<'a> {
    pub inv: &'a Inventory,
    mask: bool,
}

impl<'a> Prepared<'a> {
    /// The inventory as it is (samples shown or masked already).
    pub fn as_is(inv: &'a Inventory) -> Self {
        Prepared { inv, mask: false }
    }

    /// Whether what is written holds raw values.
    pub fn samples_shown(&self) -> bool {
        !self.mask && self.inv.run.samples_shown
    }

    /// Every location in URI order, as written.
    pub fn each(&self, mut f: impl FnMut(&LocationReport) -> io::Result<()>) -> io::Result<()> {
        self.inv.locations.each(|loc| {
            if self.mask && loc.findings.iter().any(|f| !f.samples.is_empty()) {
                let mut masked = loc.clone();
                mask_location(&mut masked);
                f(&masked)
            } else {
                f(loc)
            }
        })
    }
}

/// The inventory JSON, fields in the order of [`Inventory`], locations streamed.
#[derive(serde::Serialize)]
struct InventoryOut<'a> {
    schema: u32,
    tool: &'a piimap_model::ToolInfo,
    run: piimap_model::RunInfo,
    summary: &'a piimap_model::Summary,
    locations: LocationsOut<'a>,
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    distinct_sketches: &'a std::collections::BTreeMap<piimap_model::Category, piimap_model::DistinctSketch>,
}

impl<'a> InventoryOut<'a> {
    fn of(p: Prepared<'a>) -> Self {
        let run = piimap_model::RunInfo { samples_shown: p.samples_shown(), ..p.inv.run.clone() };
        InventoryOut { schema: p.inv.schema, tool: &p.inv.tool, run, summary: &p.inv.summary, locations: LocationsOut(p), distinct_sketches: &p.inv.distinct_sketches }
    }
}

struct LocationsOut<'a>(Prepared<'a>);

impl serde::Serialize for LocationsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = serializer.serialize_seq(Some(self.0.inv.locations.len() as usize))?;
        let mut failed: Option<S::Error> = None;
        let read = self.0.each(|loc| {
            seq.serialize_element(loc).map_err(|e| {
                failed = Some(e);
                io::Error::other("stopped")
            })
        });
        if let Some(e) = failed {
            return Err(e);
        }
        read.map_err(S::Error::custom)?;
        seq.end()
    }
}

fn mask_location(loc: &mut LocationReport) {
    for f in &mut loc.findings {
        for s in &mut f.samples {
            *s = mask(f.category, s);
        }
    }
}

/// Masks every sample of a location and records nothing else: what a scan applies to each
/// location when samples are not to be shown.
pub fn mask_location_samples(loc: &mut LocationReport) {
    mask_location(loc);
}

/// Masks every sample in place, and records that the inventory holds no raw value.
pub fn mask_samples(inv: &mut Inventory) {
    inv.run.samples_shown = false;
    if let Ok(locations) = inv.locations.to_memory() {
        locations.iter_mut().for_each(mask_location);
    }
}

/// The readable summary of an inventory as it is (it never shows samples).
pub fn write_summary(inventory: &Inventory, out: impl Write) -> io::Result<()> {
    summary::write_summary(Prepared::as_is(inventory), out)
}

pub fn write_inventory_json(inventory: &Inventory, samples: Samples, out: impl Write) -> io::Result<()> {
    write_report(inventory, ReportFormat::Json, samples, out)
}

/// Writes occurrences as NDJSON in the contract form (DESIGN.md §3).
pub struct OccurrenceWriter<W: Write> {
    out: W,
    samples: Samples,
}

impl<W: Write> OccurrenceWriter<W> {
    pub fn new(out: W, samples: Samples) -> Self {
        OccurrenceWriter { out, samples }
    }

    pub fn write(&mut self, occ: &Occurrence) -> io::Result<()> {
        if self.samples == Samples::Masked {
            let masked = Occurrence { preview: mask(occ.category, &occ.preview), ..occ.clone() };
            serde_json::to_writer(&mut self.out, &masked)?;
        } else {
            serde_json::to_writer(&mut self.out, occ)?;
        }
        self.out.write_all(b"\n")
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::*;

    /// `n` locations holding e-mails, restricted, except the last one, which is public and
    /// therefore the most urgent; risks assessed.
    pub(crate) fn many_locations(n: usize) -> Inventory {
        let mut inv = sample_inventory();
        let template = inv.locations.to_memory().expect("in memory")[0].clone();
        inv.locations = (0..n)
            .map(|i| {
                let mut l = template.clone();
                l.uri = format!("file:///data/part-{i:04}.csv");
                l.exposure.level = if i + 1 == n { ExposureLevel::Public } else { ExposureLevel::Restricted };
                l
            })
            .collect::<Vec<_>>()
            .into();
        finalize(&mut inv);
        inv
    }

    pub(crate) fn sample_inventory() -> Inventory {
        let locations = vec![
            LocationReport {
                format: Some("csv".into()),
                findings: vec![Finding {
                    category: Category::Email,
                    field: Some("email".into()),
                    count: 2,
                    distinct_estimate: 2,
                    confidence: 0.93,
                    classifiers: vec!["email-rfc5322".into()],
                    samples: vec!["jane.doe@example.com".into()],
                    column_evidence: None,
                    trace: None,
                }],
                ..LocationReport::new(
                    "file:///data/crm.csv",
                    LocationKind::File,
                    Exposure {
                        level: ExposureLevel::Authenticated,
                        evidence: vec![ExposureEvidence { rule: "fs-world-readable".into(), detail: "mode 0644".into() }],
                    },
                )
                .with_size(Some(120))
                .with_modified(Some("2024-01-01T00:00:00Z".into()))
            },
            LocationReport::new("file:///data/bad.parquet", LocationKind::File, Exposure { level: ExposureLevel::Restricted, evidence: vec![] })
                .with_size(Some(10))
                .with_outcome(Outcome::Failed { error: "invalid Parquet: bad magic".into() }),
        ];
        Inventory {
            schema: INVENTORY_SCHEMA,
            tool: ToolInfo { name: "piimap".into(), version: "0.1.0".into() },
            run: RunInfo { started: "s".into(), finished: "f".into(), args: vec![], samples_shown: true, resumed: 0, shard: None },
            summary: Inventory::summarize(&locations, [(Category::Email, 2)].into_iter().collect()),
            locations: locations.into(),
            distinct_sketches: Default::default(),
        }
    }

    #[test]
    fn inventory_json_has_the_contract_shape_and_masks() {
        let mut out = Vec::new();
        write_inventory_json(&sample_inventory(), Samples::Masked, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(!text.contains("jane.doe@example.com"));
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(v["schema"], 1);
        assert_eq!(v["summary"]["failed"], 1);
        assert_eq!(v["summary"]["exposed_with_personal_data"], 1);
        assert_eq!(v["summary"]["by_category"]["email"], 1);
        assert_eq!(v["locations"][0]["outcome"]["status"], "scanned");
        assert_eq!(v["locations"][1]["outcome"]["status"], "failed");
        assert_eq!(v["locations"][1]["outcome"]["error"], "invalid Parquet: bad magic");
        assert_eq!(v["locations"][0]["exposure"]["level"], "authenticated");
        assert_eq!(v["locations"][0]["findings"][0]["samples"][0], "j***@e***.com");
    }

    #[test]
    fn shown_samples_are_raw() {
        let mut out = Vec::new();
        write_inventory_json(&sample_inventory(), Samples::Shown, &mut out).expect("write");
        assert!(String::from_utf8(out).expect("utf-8").contains("jane.doe@example.com"));
    }

    #[test]
    fn occurrence_line_is_the_contract_form() {
        let occ = Occurrence {
            location: "file:///data/support/t-1.txt".into(),
            category: Category::Email,
            field: None,
            line: Some(12),
            end_line: Some(12),
            column_start: Some(18),
            column_end: Some(39),
            row: None,
            confidence: 0.98,
            classifier: "email-rfc5322".into(),
            preview: "jane.doe@example.com".into(),
        };
        let mut w = OccurrenceWriter::new(Vec::new(), Samples::Masked);
        w.write(&occ).expect("write");
        let out = String::from_utf8(w.finish().expect("flush")).expect("utf-8");
        assert_eq!(
            out,
            "{\"location\":\"file:///data/support/t-1.txt\",\"category\":\"email\",\"field\":null,\"line\":12,\"end_line\":12,\
\"column_start\":18,\"column_end\":39,\"row\":null,\"confidence\":0.98,\"classifier\":\"email-rfc5322\",\"preview\":\"j***@e***.com\"}\n"
        );
    }
}
