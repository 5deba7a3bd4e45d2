//! The data model shared by every piimap crate: categories, locations, occurrences, findings,
//! exposure, outcomes and the inventory. Serde types only, so that reporters, the scanner and
//! external tools (the scorer, spreadsheets) agree on one shape. See `DESIGN.md` §3.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the inventory JSON layout; bumped on incompatible changes.
pub const INVENTORY_SCHEMA: u32 = 1;

/// Kind of personal data. The core set is closed (DESIGN.md §3); new ids are added here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Name,
    Address,
    Email,
    Phone,
    Vin,
    Location,
}

impl Category {
    /// How many categories there are: the length of every per-category array, so that adding a
    /// category is checked by the compiler rather than found by an index out of bounds.
    pub const COUNT: usize = 6;

    /// Every category, in declaration order ([`Category::index`] is the position here).
    pub const ALL: [Category; Category::COUNT] = [
        Category::Name,
        Category::Address,
        Category::Email,
        Category::Phone,
        Category::Vin,
        Category::Location,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Name => "name",
            Category::Address => "address",
            Category::Email => "email",
            Category::Phone => "phone",
            Category::Vin => "vin",
            Category::Location => "location",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The position in [`Category::ALL`] and in per-category arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether a distinct value of the category stands for one person (an e-mail address, a
    /// phone number, a vehicle): the people estimate is the largest distinct count among these.
    /// Names are shared by many people, and addresses and positions by a household or a street.
    pub const fn identifies_a_person(self) -> bool {
        match self {
            Category::Email | Category::Phone | Category::Vin => true,
            Category::Name | Category::Address | Category::Location => false,
        }
    }

    /// The category's colour in charts (Tableau 10, distinguishable in print and for most
    /// colour-blind readers).
    pub const fn chart_colour(self) -> &'static str {
        match self {
            Category::Name => "#4e79a7",
            Category::Address => "#f28e2b",
            Category::Email => "#e15759",
            Category::Phone => "#76b7b2",
            Category::Vin => "#59a14f",
            Category::Location => "#edc948",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of thing a location is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationKind {
    File,
    Object,
    Dataset,
    Table,
    /// A bucket: its objects are listed as their own locations; this entry carries the bucket's
    /// exposure and the exposure-window facts over them.
    Bucket,
    /// A database: its tables are their own locations; this entry carries the server's exposure.
    Database,
}

impl LocationKind {
    /// Groups (datasets, buckets, databases) summarise member locations that are listed too, so
    /// counts skip them to avoid counting the same data twice.
    pub fn is_group(self) -> bool {
        matches!(self, LocationKind::Dataset | LocationKind::Bucket | LocationKind::Database)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LocationKind::File => "file",
            LocationKind::Object => "object",
            LocationKind::Dataset => "dataset",
            LocationKind::Table => "table",
            LocationKind::Bucket => "bucket",
            LocationKind::Database => "database",
        }
    }
}

/// A detected value, the unit of the occurrences NDJSON contract (DESIGN.md §3).
///
/// `preview` holds the raw value inside the process; reporters mask it before writing unless the
/// user asked for samples. `line`/`end_line` are 1-based for text, `row` is 0-based for tables,
/// columns are 1-based character positions within the line, `column_end` exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    pub location: String,
    pub category: Category,
    pub field: Option<String>,
    pub line: Option<u64>,
    pub end_line: Option<u64>,
    pub column_start: Option<u64>,
    pub column_end: Option<u64>,
    pub row: Option<u64>,
    pub confidence: f32,
    pub classifier: String,
    pub preview: String,
}

/// Outcome of one unit: every enumerated location ends in exactly one of these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Outcome {
    Scanned,
    Skipped { reason: String },
    Failed { error: String },
}

impl Outcome {
    pub fn status(&self) -> &'static str {
        match self {
            Outcome::Scanned => "scanned",
            Outcome::Skipped { .. } => "skipped",
            Outcome::Failed { .. } => "failed",
        }
    }
}

/// Who can read a location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExposureLevel {
    /// Anyone on the internet.
    Public,
    /// Any authenticated principal (AuthenticatedUsers on S3, any local account for a file).
    Authenticated,
    Restricted,
    /// Could not be determined; the evidence says why.
    Unknown,
}

impl ExposureLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            ExposureLevel::Public => "public",
            ExposureLevel::Authenticated => "authenticated",
            ExposureLevel::Restricted => "restricted",
            ExposureLevel::Unknown => "unknown",
        }
    }

    /// Readable beyond the owner and the principals the owner chose.
    pub fn is_exposed(self) -> bool {
        matches!(self, ExposureLevel::Public | ExposureLevel::Authenticated)
    }
}

/// One exposure rule that fired, quotable by a breach responder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExposureEvidence {
    /// Stable rule id, e.g. `fs-world-readable`, `s3-acl-allusers-read`.
    pub rule: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exposure {
    pub level: ExposureLevel,
    pub evidence: Vec<ExposureEvidence>,
}

impl Exposure {
    pub fn unknown(rule: &str, detail: impl Into<String>) -> Exposure {
        Exposure {
            level: ExposureLevel::Unknown,
            evidence: vec![ExposureEvidence { rule: rule.into(), detail: detail.into() }],
        }
    }
}

/// Why a column-path verdict was reached, so a user can see *why* a field was flagged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnEvidence {
    /// The field name matched one of the category's header names.
    pub header_match: bool,
    pub sampled: u64,
    /// Sampled non-empty values that matched (and validated, where a validator exists).
    pub matched: u64,
    pub match_ratio: f32,
    pub distinct_ratio: f32,
    /// Negative evidence that lowered the verdict, in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub against: Vec<String>,
}

/// Aggregated findings of one category in one field (or the whole text) of a location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub category: Category,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub count: u64,
    pub distinct_estimate: u64,
    pub confidence: f32,
    pub classifiers: Vec<String>,
    /// Masked by the reporters unless `--show-samples`.
    pub samples: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_evidence: Option<ColumnEvidence>,
    /// Set on location findings that form a trace (many points per identifier over time),
    /// which identifies a person where one point may not; says why in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
}

/// One inventory entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationReport {
    pub uri: String,
    pub kind: LocationKind,
    pub format: Option<String>,
    pub size: Option<u64>,
    /// RFC 3339, UTC.
    pub modified: Option<String>,
    pub outcome: Outcome,
    pub exposure: Exposure,
    pub findings: Vec<Finding>,
    /// How urgently this location needs attention, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<Risk>,
    /// For `kind: dataset`: the files it groups (each also listed as its own location).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset: Option<DatasetInfo>,
    /// Set when only part of the location was read: how much, and how the sample was drawn.
    /// Counts in `findings` are then counts in the sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<Sampling>,
    /// The `dataset` location this file or object is a member of (its URI), so that a summary
    /// or a spreadsheet can fold ten thousand look-alike objects into one row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_of: Option<String>,
}

/// How much of a location was read when it was sampled rather than read in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sampling {
    pub rows_read: u64,
    /// Rows in the whole location, when known (Parquet metadata, table statistics).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows_total: Option<u64>,
    /// How the rows were chosen, in words (`16 windows spread over 8 of 38 row groups`).
    pub method: String,
    /// Fields flagged in the sample and then counted in every row (`--full-count`): their
    /// counts are over the whole location, the other fields' over the sample.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counted_in_full: Vec<String>,
}

/// A group of member locations: a partitioned or numbered set of files read as one table, or the
/// objects of a bucket, or the tables of a database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetInfo {
    pub files: u64,
    pub scanned: u64,
    pub skipped: u64,
    pub failed: u64,
    /// Oldest and newest modification time of its files (RFC 3339).
    pub modified_oldest: Option<String>,
    pub modified_newest: Option<String>,
    /// Fields seen with personal data across its files.
    pub fields: Vec<String>,
    /// Partition keys (`date` in `date=2024-01-01/`).
    pub partition_keys: Vec<String>,
    /// Total bytes of the members.
    #[serde(default)]
    pub bytes: u64,
    /// The exposure window a breach responder needs: members holding personal data, their bytes
    /// and the oldest and newest modification among them.
    #[serde(default)]
    pub with_personal_data: u64,
    #[serde(default)]
    pub personal_data_bytes: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data_oldest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data_newest: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    High,
    Medium,
    Low,
    None,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::High => "high",
            RiskLevel::Medium => "medium",
            RiskLevel::Low => "low",
            RiskLevel::None => "none",
        }
    }
}

/// Risk from sensitivity (which categories, traces over points), exposure and volume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    pub level: RiskLevel,
    /// The reason in words, e.g. "location trace; readable by anyone (s3-acl-allusers-read); ~12,000 distinct values".
    pub reason: String,
}

impl LocationReport {
    /// A location about to be read: outcome `scanned`, nothing found yet, no size or date.
    /// The one constructor every connector, stage and test starts from, so that a new field
    /// gets its default in one place.
    pub fn new(uri: impl Into<String>, kind: LocationKind, exposure: Exposure) -> Self {
        LocationReport {
            uri: uri.into(),
            kind,
            format: None,
            size: None,
            modified: None,
            outcome: Outcome::Scanned,
            exposure,
            findings: Vec::new(),
            risk: None,
            dataset: None,
            sampling: None,
            member_of: None,
        }
    }

    pub fn with_size(mut self, size: Option<u64>) -> Self {
        self.size = size;
        self
    }

    pub fn with_modified(mut self, modified: Option<String>) -> Self {
        self.modified = modified;
        self
    }

    pub fn with_outcome(mut self, outcome: Outcome) -> Self {
        self.outcome = outcome;
        self
    }

    pub fn has_personal_data(&self) -> bool {
        !self.findings.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolInfo {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    pub started: String,
    pub finished: String,
    /// Command-line arguments, with credentials removed.
    pub args: Vec<String>,
    /// Whether samples and previews in this inventory are raw (`--show-samples`).
    #[serde(default)]
    pub samples_shown: bool,
    /// Locations taken unchanged from the `--state` file of an earlier, interrupted run.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub resumed: u64,
    /// In a partial inventory, which part of the scan it is (`3/16`, `scan --shard`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub locations: u64,
    pub scanned: u64,
    pub skipped: u64,
    pub failed: u64,
    /// Locations holding each category.
    pub by_category: std::collections::BTreeMap<Category, u64>,
    pub exposed_with_personal_data: u64,
    /// Distinct identifiers across the whole run, per category (keyed hashes of normalised
    /// values: exact below a threshold, HyperLogLog above).
    #[serde(default)]
    pub distinct_by_category: std::collections::BTreeMap<Category, u64>,
    /// Estimated data subjects: the largest distinct count among direct identifiers (email,
    /// phone, VIN), or names when those are all there is. A lower bound for breach scoping.
    #[serde(default)]
    pub people_estimate: u64,
}

/// One category's distinct-value counter of a run, kept in a partial inventory (`scan --shard`)
/// so that `piimap merge` counts distinct identifiers over every part, not the sum of the parts.
/// The values are keyed hashes (`--hash-key-file`, the same for every part), never raw values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DistinctSketch {
    /// Every hash, ascending, while there are few.
    Exact(Vec<u64>),
    /// HyperLogLog registers.
    Registers(Vec<u8>),
}

/// The primary output (DESIGN.md §3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inventory {
    pub schema: u32,
    pub tool: ToolInfo,
    pub run: RunInfo,
    pub summary: Summary,
    pub locations: Locations,
    /// Only in a partial inventory (`scan --shard K/N`): the run's distinct-value sketches.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub distinct_sketches: std::collections::BTreeMap<Category, DistinctSketch>,
}

impl Inventory {
    /// Recomputes the summary from the locations, so it can never disagree with them; the
    /// run-wide distinct counts come from the scan (they cannot be derived from per-location
    /// estimates).
    pub fn summarize(locations: &[LocationReport], distinct_by_category: std::collections::BTreeMap<Category, u64>) -> Summary {
        let mut s = SummaryBuilder::default();
        locations.iter().for_each(|l| s.add(l));
        s.finish(distinct_by_category)
    }
}

/// The summary counted as locations go by, for inventories that are streamed.
#[derive(Debug, Default, Clone)]
pub struct SummaryBuilder {
    summary: Summary,
}

impl SummaryBuilder {
    pub fn add(&mut self, loc: &LocationReport) {
        // Datasets group files that are listed themselves: counted once, as files.
        if loc.kind.is_group() {
            return;
        }
        let s = &mut self.summary;
        s.locations += 1;
        match loc.outcome {
            Outcome::Scanned => s.scanned += 1,
            Outcome::Skipped { .. } => s.skipped += 1,
            Outcome::Failed { .. } => s.failed += 1,
        }
        let mut cats: Vec<Category> = loc.findings.iter().map(|f| f.category).collect();
        cats.sort();
        cats.dedup();
        for c in cats {
            *s.by_category.entry(c).or_insert(0) += 1;
        }
        if loc.has_personal_data() && loc.exposure.level.is_exposed() {
            s.exposed_with_personal_data += 1;
        }
    }

    /// The summary, with the run-wide distinct counts (they cannot be derived from per-location
    /// estimates).
    pub fn finish(self, distinct_by_category: std::collections::BTreeMap<Category, u64>) -> Summary {
        let people_estimate = Category::ALL
            .iter()
            .filter(|c| c.identifies_a_person())
            .filter_map(|c| distinct_by_category.get(c))
            .max()
            .copied()
            .or_else(|| distinct_by_category.get(&Category::Name).copied())
            .unwrap_or(0);
        Summary { distinct_by_category, people_estimate, ..self.summary }
    }
}

/// Locations spilled to disk by a large scan, read back in URI order as often as a report needs.
pub trait LocationSpill: Send + Sync + fmt::Debug {
    fn len(&self) -> u64;
    /// Every location, in URI order.
    fn read(&self) -> std::io::Result<Box<dyn Iterator<Item = std::io::Result<LocationReport>> + '_>>;
}

/// The locations of an inventory, in URI order: in memory, or spilled to disk so that a scan of
/// millions of objects holds none of them in memory. Reporters stream them with [`Locations::each`];
/// serialised, both are the same JSON array.
#[derive(Debug, Clone)]
pub enum Locations {
    Memory(Vec<LocationReport>),
    Spilled(std::sync::Arc<dyn LocationSpill>),
}

impl Default for Locations {
    fn default() -> Self {
        Locations::Memory(Vec::new())
    }
}

impl From<Vec<LocationReport>> for Locations {
    fn from(v: Vec<LocationReport>) -> Self {
        Locations::Memory(v)
    }
}

impl Locations {
    pub fn len(&self) -> u64 {
        match self {
            Locations::Memory(v) => v.len() as u64,
            Locations::Spilled(s) => s.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` on every location in order; stops at the first error.
    pub fn each(&self, mut f: impl FnMut(&LocationReport) -> std::io::Result<()>) -> std::io::Result<()> {
        match self {
            Locations::Memory(v) => v.iter().try_for_each(f),
            Locations::Spilled(s) => {
                for loc in s.read()? {
                    f(&loc?)?;
                }
                Ok(())
            }
        }
    }

    /// The locations as a vector, read into memory when spilled: for small inventories and tests.
    pub fn to_memory(&mut self) -> std::io::Result<&mut Vec<LocationReport>> {
        if let Locations::Spilled(s) = self {
            let v = s.read()?.collect::<std::io::Result<Vec<_>>>()?;
            *self = Locations::Memory(v);
        }
        match self {
            Locations::Memory(v) => Ok(v),
            Locations::Spilled(_) => unreachable!("read into memory above"),
        }
    }
}

impl PartialEq for Locations {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Locations::Memory(a), Locations::Memory(b)) => a == b,
            _ => {
                let read = |l: &Locations| {
                    let mut v = Vec::new();
                    l.each(|x| {
                        v.push(x.clone());
                        Ok(())
                    })
                    .map(|_| v)
                };
                matches!((read(self), read(other)), (Ok(a), Ok(b)) if a == b)
            }
        }
    }
}

impl Serialize for Locations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        match self {
            Locations::Memory(v) => v.serialize(serializer),
            Locations::Spilled(spill) => {
                let mut seq = serializer.serialize_seq(Some(spill.len() as usize))?;
                for loc in spill.read().map_err(S::Error::custom)? {
                    seq.serialize_element(&loc.map_err(S::Error::custom)?)?;
                }
                seq.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Locations {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<LocationReport>::deserialize(deserializer).map(Locations::Memory)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_ids_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("ssn"), None);
    }

    #[test]
    fn category_index_is_the_position_in_all() {
        for (i, c) in Category::ALL.into_iter().enumerate() {
            assert_eq!(c.index(), i, "{c}");
        }
        let colours: std::collections::HashSet<&str> = Category::ALL.iter().map(|c| c.chart_colour()).collect();
        assert_eq!(colours.len(), Category::COUNT, "one colour per category");
        let people: Vec<Category> = Category::ALL.into_iter().filter(|c| c.identifies_a_person()).collect();
        assert_eq!(people, [Category::Email, Category::Phone, Category::Vin]);
    }
}
