//! Scanning one unit: decode into a sink that classifies every text block and every cell,
//! aggregates findings per (field, category) and emits occurrences.
//!
//! Structured fields are judged as columns: value-level hits of fuzzy detectors (names,
//! addresses) are held back until the field has shown enough values to say whether it really
//! holds that category (DESIGN.md §4, column evidence), then released or dropped. Memory stays
//! bounded: the decision is made after [`DECIDE_AFTER`] values at the latest.

use crate::distinct::{DistinctCounter, ValueHasher};
use piimap_classify::column::{header_evidence_columns, leaf_name, location_pairs};
use piimap_classify::rules::normalize_header;
use piimap_classify::memo::Lookup;
use piimap_classify::{ColumnProfile, Engine, Scratch, ShapeMemo, TextMatch};
use piimap_formats::{Sink, TextBlock};
use crate::text_pool::{Pending, TextPool};
use piimap_model::{Category, ColumnEvidence, Finding, Occurrence};
use std::collections::HashMap;
use std::sync::Arc;

/// Hashes small integer keys (field indices, category tags).
#[derive(Default)]
pub(crate) struct SmallKeyHasher(u64);

impl std::hash::Hasher for SmallKeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Blocks smaller than this are scanned by the unit's own thread.
const POOL_MIN_BLOCK: usize = 32 * 1024;

/// A text block waiting for its matches.
struct QueuedBlock {
    text: Arc<str>,
    first_line: u64,
    first_column: u64,
    report_before: usize,
}

/// Non-empty values of a field seen before its held-back hits are decided.
const DECIDE_AFTER: u64 = 1000;
/// Fields that identify a device, vehicle or person in a trace.
const ID_HEADERS: &[&str] = &["vin", "deviceid", "device", "vehicleid", "imei", "trackerid", "userid", "customerid", "driverid", "assetid", "unitid", "carid", "personid", "subjectid"];
/// Fields that timestamp a point.
const TIME_HEADERS: &[&str] = &["ts", "timestamp", "time", "datetime", "date", "recordedat", "createdat", "eventtime", "gpstime", "utc"];

#[derive(Debug, Default)]
struct Aggregate {
    count: u64,
    distinct: DistinctCounter,
    confidence: f32,
    /// Bit mask over the engine's rules.
    rules: u128,
    samples: Vec<String>,
    evidence: Option<ColumnEvidence>,
    trace: Option<String>,
}

impl Aggregate {
    fn add(&mut self, hasher: &ValueHasher, category: Category, value: &str, m: &TextMatch, max_samples: usize) {
        self.count += 1;
        self.distinct.insert(hasher.hash_normalized(category, value));
        self.confidence = self.confidence.max(m.confidence);
        self.rules |= 1 << m.rule;
        if self.samples.len() < max_samples && !self.samples.iter().any(|s| s == value) {
            self.samples.push(value.to_string());
        }
    }
}

/// Values of a field that hold a category on the column's evidence alone
/// ([`piimap_classify::column::ColumnHits`]: a
/// first name in a `first_name` column, a number in a latitude column), counted into the
/// field's finding when its column verdict says it holds that category.
#[derive(Debug, Default)]
struct Tally {
    count: u64,
    distinct: DistinctCounter,
    samples: Vec<String>,
}

struct FieldState {
    name: String,
    profile: ColumnProfile,
    /// Per category (indexed like [`Category::ALL`]).
    tallies: [Option<Box<Tally>>; Category::COUNT],
    /// Hits held back per category until the field is judged.
    pending: [Vec<Occurrence>; Category::COUNT],
    /// Per category: `Some(keep)` once judged.
    decided: [Option<bool>; Category::COUNT],
    /// Verdicts by value shape, so that a column of one kind of value is not run through every
    /// detector value after value.
    memo: ShapeMemo,
}

/// Distinct hashed values per category (indexed like [`Category::ALL`]).
pub type UnitDistinct = [DistinctCounter; Category::COUNT];


/// Classifies what a decoder pushes, for one location.
pub(crate) struct UnitSink<'a> {
    engine: &'a Engine,
    hasher: &'a ValueHasher,
    uri: &'a str,
    max_samples: usize,
    /// Occurrences are built only when someone reads them (`--occurrences`).
    want_occurrences: bool,
    emit: &'a mut dyn FnMut(Occurrence),
    fields: Vec<FieldState>,
    field_index: HashMap<String, usize>,
    /// Decoders push a column's values one after another: the last field looked up.
    last_field: usize,
    /// Text blocks of a large file go to the pool; their answers are taken in order.
    pool: Option<TextPool>,
    queued: std::collections::VecDeque<(Pending, QueuedBlock)>,
    text_blocks: u64,
    /// Key: (field index or none for text, category). Looked up once per detected value: hashed
    /// with a multiply-rotate hash, not SipHash (the keys are our own small integers).
    aggregates: HashMap<(Option<usize>, Category), Aggregate, std::hash::BuildHasherDefault<SmallKeyHasher>>,
    matches: Vec<TextMatch>,
    /// The worker's regex caches, reused from unit to unit (building them is the expensive part
    /// of a small unit).
    scratch: &'a mut Scratch,
    rows: u64,
}

fn char_count(s: &str) -> u64 {
    s.bytes().filter(|&b| (b & 0xC0) != 0x80).count() as u64
}

impl<'a> UnitSink<'a> {
    pub(crate) fn new(
        engine: &'a Engine,
        hasher: &'a ValueHasher,
        uri: &'a str,
        max_samples: usize,
        want_occurrences: bool,
        scratch: &'a mut Scratch,
        emit: &'a mut dyn FnMut(Occurrence),
    ) -> UnitSink<'a> {
        UnitSink {
            engine,
            hasher,
            uri,
            max_samples,
            want_occurrences,
            emit,
            fields: Vec::new(),
            field_index: HashMap::new(),
            last_field: usize::MAX,
            pool: None,
            queued: std::collections::VecDeque::new(),
            text_blocks: 0,
            aggregates: HashMap::default(),
            matches: Vec::new(),
            scratch,
            rows: 0,
        }
    }

    /// Lets text blocks after a unit's first go to the pool (one-block files never do).
    pub(crate) fn use_pool(&mut self, pool: Option<&TextPool>) {
        self.pool = pool.cloned();
    }

    /// Takes the answers of every queued block, in order.
    fn drain_queue(&mut self) {
        while let Some((pending, block)) = self.queued.pop_front() {
            let matches = pending.wait();
            self.record_text(&block.text, block.first_line, block.first_column, block.report_before, &matches);
        }
    }

    fn field_id(&mut self, field: &str) -> usize {
        if self.fields.get(self.last_field).is_some_and(|f| f.name == field) {
            return self.last_field;
        }
        if let Some(&i) = self.field_index.get(field) {
            self.last_field = i;
            return i;
        }
        let i = self.fields.len();
        self.fields.push(FieldState {
            name: field.to_string(),
            profile: ColumnProfile::new(field),
            tallies: Default::default(),
            pending: Default::default(),
            decided: [None; Category::COUNT],
            memo: ShapeMemo::new(),
        });
        self.field_index.insert(field.to_string(), i);
        self.last_field = i;
        i
    }

    /// Judges the held-back hits of a field and releases or drops them.
    fn decide(&mut self, idx: usize, category: Category) -> bool {
        let c = Category::index(category);
        let f = &mut self.fields[idx];
        if let Some(keep) = f.decided[c] {
            return keep;
        }
        let keep = f.profile.keeps_hits(self.engine, category);
        f.decided[c] = Some(keep);
        let pending = std::mem::take(&mut f.pending[c]);
        if keep {
            pending.into_iter().for_each(&mut *self.emit);
        }
        keep
    }

    /// Findings of the unit, with column-path verdicts merged in, and the unit's distinct
    /// values per category (for run-wide counts).
    /// Judges every category with value-level hits in a field not judged yet.
    fn decide_field(&mut self, idx: usize) {
        for category in Category::ALL {
            let c = Category::index(category);
            if self.fields[idx].decided[c].is_none() && self.aggregates.contains_key(&(Some(idx), category)) {
                self.decide(idx, category);
            }
            if self.fields[idx].decided[c] == Some(false) {
                self.aggregates.remove(&(Some(idx), category));
            }
        }
    }

    pub(crate) fn finish(mut self) -> (Vec<Finding>, UnitDistinct) {
        self.drain_queue();
        for idx in 0..self.fields.len() {
            self.decide_field(idx);
        }
        let profiles: Vec<ColumnProfile> = self.fields.iter().map(|f| f.profile.clone()).collect();
        let mut verdicts: Vec<(usize, piimap_classify::ColumnVerdict)> = Vec::new();
        for (idx, profile) in profiles.iter().enumerate() {
            verdicts.extend(profile.verdicts(self.engine).into_iter().map(|v| (idx, v)));
        }
        verdicts.extend(location_pairs(&profiles));
        verdicts.extend(header_evidence_columns(self.engine, &profiles));
        let mut distinct_from_profile: Vec<(usize, Category)> = Vec::new();
        for (idx, v) in verdicts {
            // The verdict counts every value that holds the category: those the text path found
            // and those the column's evidence vouches for (taken once per field and category).
            let tally = self.fields[idx].tallies[Category::index(v.category)].take();
            let agg = self.aggregates.entry((Some(idx), v.category)).or_default();
            let text_hits = agg.count > 0;
            if let Some(t) = tally {
                agg.count += t.count;
                agg.distinct.merge(&t.distinct);
                for s in t.samples {
                    if agg.samples.len() < self.max_samples && !agg.samples.contains(&s) {
                        agg.samples.push(s);
                    }
                }
            }
            if agg.count == 0 {
                agg.count = v.evidence.matched;
                distinct_from_profile.push((idx, v.category));
            }
            if !text_hits && self.want_occurrences {
                (self.emit)(Occurrence {
                    location: self.uri.to_string(),
                    category: v.category,
                    field: Some(self.fields[idx].name.clone()),
                    line: None,
                    end_line: None,
                    column_start: None,
                    column_end: None,
                    row: None,
                    confidence: (v.confidence * 100.0).round() / 100.0,
                    classifier: v.classifiers.first().cloned().unwrap_or_default(),
                    preview: String::new(),
                });
            }
            agg.confidence = agg.confidence.max(v.confidence);
            for id in &v.classifiers {
                if let Some(i) = self.engine.rules().iter().position(|r| &r.spec.id == id) {
                    agg.rules |= 1 << i;
                }
            }
            agg.evidence = Some(v.evidence);
        }
        self.mark_traces();
        let mut distinct: UnitDistinct = Default::default();
        for ((_, category), agg) in &self.aggregates {
            distinct[Category::index(*category)].merge(&agg.distinct);
        }
        let fields: Vec<String> = self.fields.iter().map(|f| f.name.clone()).collect();
        let rules = self.engine.rules();
        let mut findings: Vec<Finding> = self
            .aggregates
            .into_iter()
            .map(|((field, category), agg)| {
                let distinct = if distinct_from_profile.contains(&(field.unwrap_or(usize::MAX), category)) {
                    field.map_or(0, |i| profiles[i].distinct_count())
                } else {
                    agg.distinct.estimate()
                };
                let mut classifiers: Vec<String> = rules
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| agg.rules & (1 << i) != 0)
                    .map(|(_, r)| r.spec.id.clone())
                    .collect();
                if classifiers.is_empty() {
                    classifiers.push(match category {
                        Category::Location => "location-latlon-columns".into(),
                        Category::Address => "street-line-column".into(),
                        _ => "name-part-column".into(),
                    });
                }
                Finding {
                    category,
                    field: field.map(|i| fields[i].clone()),
                    count: agg.count,
                    distinct_estimate: distinct.max(u64::from(agg.count > 0)),
                    confidence: (agg.confidence * 100.0).round() / 100.0,
                    classifiers,
                    samples: agg.samples,
                    column_evidence: agg.evidence,
                    trace: agg.trace,
                }
            })
            .collect();
        findings.sort_by(|a, b| (&a.field, a.category).cmp(&(&b.field, b.category)));
        (findings, distinct)
    }

    /// Location findings that come with an identifier (VIN, device id) and, for tables, a time
    /// field, are traces: many points per device or person over time.
    fn mark_traces(&mut self) {
        let header_in = |name: &str, list: &[&str]| {
            let n = normalize_header(leaf_name(name));
            list.iter().any(|h| n == *h) || list == TIME_HEADERS && (n.ends_with("time") || n.ends_with("at") && n.len() > 4)
        };
        let vins: u64 = self.aggregates.iter().filter(|((_, c), _)| *c == Category::Vin).map(|(_, a)| a.distinct.estimate()).sum();
        let id_field = self
            .aggregates
            .keys()
            .filter(|(f, c)| f.is_some() && *c == Category::Vin)
            .filter_map(|(f, _)| *f)
            .chain(self.fields.iter().enumerate().filter(|(_, f)| header_in(&f.name, ID_HEADERS)).map(|(i, _)| i))
            .next();
        let time_field = self.fields.iter().position(|f| header_in(&f.name, TIME_HEADERS));
        let id_name = id_field.map(|i| self.fields[i].name.clone());
        let time_name = time_field.map(|i| self.fields[i].name.clone());
        let rows = self.rows;
        for ((field, category), agg) in self.aggregates.iter_mut() {
            if *category != Category::Location {
                continue;
            }
            agg.trace = match (field, &id_name, &time_name) {
                (Some(_), Some(id), Some(time)) if rows >= 10 => {
                    Some(format!("{} points identified by `{id}` over `{time}`", agg.count))
                }
                (None, _, _) if agg.count >= 3 && vins >= 1 => {
                    Some(format!("{} positions alongside {vins} vehicle identifier(s) in the same text", agg.count))
                }
                _ => None,
            };
        }
    }

    /// Line and column bookkeeping, occurrences and aggregates for the matches of one block.
    fn record_text(&mut self, text: &str, first_line: u64, first_column: u64, report_before: usize, matches: &[TextMatch]) {
        let mut line = first_line;
        // Position up to which newlines and columns are counted, and the column there.
        let mut pos = 0;
        let mut column = first_column;
        for m in matches {
            if m.start >= report_before {
                break;
            }
            let gap = &text[pos..m.start];
            match memchr::memrchr(b'\n', gap.as_bytes()) {
                Some(last_nl) => {
                    line += memchr::memchr_iter(b'\n', gap.as_bytes()).count() as u64;
                    column = char_count(&gap[last_nl + 1..]);
                }
                None => column += char_count(gap),
            }
            pos = m.start;
            let value = &text[m.start..m.end];
            let category = self.engine.rules()[m.rule].category;
            if self.want_occurrences {
                let mut occ = self.occurrence(m, value);
                occ.line = Some(line);
                occ.end_line = Some(line + memchr::memchr_iter(b'\n', value.as_bytes()).count() as u64);
                occ.column_start = Some(column + 1);
                occ.column_end = Some(column + 1 + char_count(value));
                (self.emit)(occ);
            }
            self.aggregates.entry((None, category)).or_default().add(self.hasher, category, value, m, self.max_samples);
        }
    }

    fn cell_occurrence(&self, m: &TextMatch, value: &str, field: usize, row: u64) -> Occurrence {
        let mut occ = self.occurrence(m, value);
        occ.field = Some(self.fields[field].name.clone());
        occ.row = Some(row);
        occ
    }

    fn occurrence(&self, m: &TextMatch, value: &str) -> Occurrence {
        Occurrence {
            location: self.uri.to_string(),
            category: self.engine.rules()[m.rule].category,
            field: None,
            line: None,
            end_line: None,
            column_start: None,
            column_end: None,
            row: None,
            confidence: (m.confidence * 100.0).round() / 100.0,
            classifier: self.engine.rules()[m.rule].spec.id.clone(),
            preview: value.to_string(),
        }
    }
}

impl Sink for UnitSink<'_> {
    fn flagged_fields(&self) -> Vec<String> {
        let mut flagged: std::collections::BTreeSet<usize> = self
            .aggregates
            .keys()
            .filter_map(|&(field, category)| {
                let f = &self.fields[field?];
                let keep = f.decided[Category::index(category)].unwrap_or_else(|| f.profile.keeps_hits(self.engine, category));
                keep.then_some(field?)
            })
            .collect();
        let profiles: Vec<ColumnProfile> = self.fields.iter().map(|f| f.profile.clone()).collect();
        flagged.extend(profiles.iter().enumerate().filter(|(_, p)| !p.verdicts(self.engine).is_empty()).map(|(i, _)| i));
        flagged.extend(location_pairs(&profiles).into_iter().map(|(i, _)| i));
        flagged.extend(header_evidence_columns(self.engine, &profiles).into_iter().map(|(i, _)| i));
        flagged.into_iter().map(|i| self.fields[i].name.clone()).collect()
    }

    fn text(&mut self, block: &TextBlock<'_>) {
        self.text_blocks += 1;
        if let Some(pool) = self.pool.as_ref().filter(|_| self.text_blocks > 1 && block.text.len() >= POOL_MIN_BLOCK) {
            let text: Arc<str> = Arc::from(block.text);
            let pending = pool.submit(text.clone());
            let in_flight = pool.in_flight;
            self.queued.push_back((pending, QueuedBlock { text, first_line: block.first_line, first_column: block.first_column, report_before: block.report_before }));
            if self.queued.len() > in_flight {
                let (pending, b) = self.queued.pop_front().expect("queue is not empty");
                let matches = pending.wait();
                self.record_text(&b.text, b.first_line, b.first_column, b.report_before, &matches);
            }
            return;
        }
        self.drain_queue();
        let mut matches = std::mem::take(&mut self.matches);
        matches.clear();
        self.engine.scan_text_with(self.scratch, block.text, None, &mut matches);
        self.record_text(block.text, block.first_line, block.first_column, block.report_before, &matches);
        self.matches = matches;
    }

    fn cell(&mut self, row: u64, field: &str, value: &str) {
        if !self.queued.is_empty() {
            self.drain_queue();
        }
        let idx = self.field_id(field);
        self.rows = self.rows.max(row + 1);
        let mut matches = std::mem::take(&mut self.matches);
        matches.clear();
        let f = &mut self.fields[idx];
        // Small fields are always judged value by value; the memo is for volume.
        let warm = f.profile.nonempty() >= DECIDE_AFTER;
        match f.memo.lookup(value) {
            Lookup::Trusted(_, m) if warm => matches.extend(m),
            Lookup::Learn(key) | Lookup::Trusted(key, _) => {
                self.engine.scan_text_with(self.scratch, value, Some(field), &mut matches);
                f.memo.learn(key, value, &matches);
            }
            Lookup::Scan => self.engine.scan_text_with(self.scratch, value, Some(field), &mut matches),
        }
        let hits = f.profile.observe(self.engine, value, &matches);
        if !hits.is_empty() {
            for category in Category::ALL.into_iter().filter(|&c| hits.contains(c)) {
                let tally = self.fields[idx].tallies[Category::index(category)].get_or_insert_with(Default::default);
                let trimmed = value.trim();
                tally.count += 1;
                tally.distinct.insert(self.hasher.hash_normalized(category, trimmed));
                if tally.samples.len() < self.max_samples && !tally.samples.iter().any(|s| s == trimmed) {
                    tally.samples.push(trimmed.to_string());
                }
            }
        }
        for m in &matches {
            let category = self.engine.rules()[m.rule].category;
            let c = Category::index(category);
            if self.fields[idx].decided[c].is_none() && self.fields[idx].profile.nonempty() >= DECIDE_AFTER {
                self.decide(idx, category);
            }
            let v = &value[m.start..m.end];
            match self.fields[idx].decided[c] {
                Some(false) => continue,
                Some(true) if self.want_occurrences => {
                    let occ = self.cell_occurrence(m, v, idx, row);
                    (self.emit)(occ);
                }
                None if self.want_occurrences => {
                    let occ = self.cell_occurrence(m, v, idx, row);
                    self.fields[idx].pending[c].push(occ);
                }
                _ => {}
            }
            self.aggregates.entry((Some(idx), category)).or_default().add(self.hasher, category, v, m, self.max_samples);
        }
        self.matches = matches;
        if self.fields[idx].profile.nonempty() == DECIDE_AFTER {
            self.decide_field(idx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count_with_sink(engine: &Engine, field: &str, values: &[String]) -> u64 {
        let hasher = ValueHasher::default();
        let mut scratch = engine.scratch();
        let mut emit = |_: Occurrence| {};
        let mut sink = UnitSink::new(engine, &hasher, "file:///t.csv", 3, false, &mut scratch, &mut emit);
        for (row, v) in values.iter().enumerate() {
            sink.cell(row as u64, field, v);
        }
        let (findings, _) = sink.finish();
        findings.iter().filter(|f| f.field.as_deref() == Some(field)).map(|f| f.count).sum()
    }

    fn count_value_by_value(engine: &Engine, field: &str, values: &[String]) -> u64 {
        let mut scratch = engine.scratch();
        values
            .iter()
            .map(|v| {
                let mut m = Vec::new();
                engine.scan_text_with(&mut scratch, v, Some(field), &mut m);
                m.len() as u64
            })
            .sum()
    }

    fn findings_of(engine: &Engine, columns: &[(&str, Vec<String>)]) -> (Vec<Finding>, UnitDistinct) {
        let hasher = ValueHasher::default();
        let mut scratch = engine.scratch();
        let mut emit = |_: Occurrence| {};
        let mut sink = UnitSink::new(engine, &hasher, "file:///t.csv", 3, false, &mut scratch, &mut emit);
        let rows = columns.iter().map(|(_, v)| v.len()).max().unwrap_or(0);
        for row in 0..rows {
            for (field, values) in columns {
                sink.cell(row as u64, field, &values[row]);
            }
        }
        sink.finish()
    }

    /// Distinct first names: real ones (a list of our own), double first names made of them
    /// (`Anna-Lena`) and seeded combinations of syllables that no dictionary knows.
    pub(crate) fn first_names(n: usize) -> Vec<String> {
        const REAL: &[&str] = &[
            "Anna", "Lena", "Marie", "Sophie", "Laura", "Julia", "Emma", "Hannah", "Sarah", "Lisa", "Paul", "Lukas", "Jonas", "Felix",
            "Leon", "Peter", "Klaus", "Hans", "Karl", "Maria", "Sofia", "Lucia", "Carmen", "Pilar", "Jose", "Juan", "Carlos", "Pedro",
            "Luis", "Elena", "Jean", "Pierre", "Louis", "Camille", "Manon", "Hugo", "Jules", "Giulia", "Francesca", "Marco", "Luca",
            "Matteo", "Chiara", "Sanne", "Daan", "Femke", "Joris", "Lotte", "Anouk", "Thijs", "Ruben", "Olga", "Ivan", "Natalia",
            "Yuki", "Haruka", "Kenji", "Hiroshi", "Priya", "Rahul", "Arjun", "Aisha", "Omar", "Fatima", "John", "Mary", "James",
            "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David", "Susan", "William", "Karen", "Richard", "Nancy", "Thomas",
            "Helen", "George", "Grace",
        ];
        const ONSET: &[&str] = &["", "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
        const NUCLEUS: &[&str] = &["a", "e", "i", "o", "u", "ia", "ie"];
        const CODA: &[&str] = &["", "n", "l", "r", "s", "th"];
        let mut state = 0x5eed_u64;
        let mut next = |m: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) % m as u64) as usize
        };
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for r in REAL {
            if seen.insert(r.to_string()) {
                out.push(r.to_string());
            }
        }
        while out.len() < n / 2 {
            let (a, b) = (REAL[next(REAL.len())], REAL[next(REAL.len())]);
            let double = format!("{a}-{b}");
            if a != b && seen.insert(double.clone()) {
                out.push(double);
            }
        }
        while out.len() < n {
            let syllables = 2 + next(2);
            let mut w = String::new();
            for i in 0..syllables {
                w.push_str(ONSET[next(ONSET.len())]);
                w.push_str(NUCLEUS[next(NUCLEUS.len())]);
                if i + 1 == syllables {
                    w.push_str(CODA[next(CODA.len())]);
                }
            }
            let mut c = w.chars();
            let w: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
            if seen.insert(w.clone()) {
                out.push(w);
            }
        }
        out
    }

    /// A column verdict counts the values that hold the category, not the few the text path
    /// also caught (a first-name column of 3,000 rows reported 11), and its distinct estimate
    /// is over the keyed hashes of those values, so the run's distinct names count them too.
    #[test]
    fn column_verdicts_count_the_values_that_hold_the_category() {
        let engine = Engine::embedded().expect("rules");
        let names = first_names(3000);
        let ids: Vec<String> = (0..3000).map(|i| format!("C{:06}", i * 7)).collect();
        let (findings, distinct) = findings_of(&engine, &[("customer_id", ids), ("first_name", names)]);
        let f = findings.iter().find(|f| f.field.as_deref() == Some("first_name") && f.category == Category::Name).expect("a first-name finding");
        assert!(f.count >= 2900 && f.count <= 3000, "count {}", f.count);
        assert!((f.distinct_estimate as f64 - 3000.0).abs() < 150.0, "distinct {}", f.distinct_estimate);
        assert_eq!(f.samples.len(), 3, "samples of the column's values");
        let run_wide = distinct[Category::index(Category::Name)].estimate() as f64;
        assert!((run_wide - 3000.0).abs() < 150.0, "run-wide distinct names {run_wide}");
        assert!(!findings.iter().any(|f| f.field.as_deref() == Some("customer_id")), "{findings:?}");
    }

    #[test]
    fn coordinate_columns_count_their_values() {
        let engine = Engine::embedded().expect("rules");
        let lat: Vec<String> = (0..500).map(|i| format!("{:.5}", 35.0 + f64::from(i) * 0.00731)).collect();
        let lon: Vec<String> = (0..500).map(|i| format!("{:.5}", 139.0 + f64::from(i % 250) * 0.01113)).collect();
        let (findings, distinct) = findings_of(&engine, &[("lat", lat), ("lon", lon)]);
        let count = |field: &str| findings.iter().find(|f| f.field.as_deref() == Some(field) && f.category == Category::Location).map(|f| (f.count, f.distinct_estimate));
        assert_eq!(count("lat"), Some((500, 500)));
        assert_eq!(count("lon"), Some((500, 250)));
        assert_eq!(distinct[Category::index(Category::Location)].estimate(), 750);
    }

    /// The shape memo must not change what is counted: a shape whose values are judged
    /// differently (VIN-shaped codes, only some with a valid check digit) keeps being scanned,
    /// and uniform shapes give the counts the engine gives value by value.
    #[test]
    fn memoised_counts_equal_value_by_value_counts() {
        let engine = Engine::embedded().expect("rules");
        let vins: Vec<String> = (0..5000u32).map(|i| format!("1HGCM8263{}A{:06}", i % 10, 4352 + i)).collect();
        let phones: Vec<String> = (0..5000u32).map(|i| format!("+1 415 {} {:04}", 200 + i % 700, i % 10_000)).collect();
        let ids: Vec<String> = (0..5000u32).map(|i| format!("{}", 10_000_000 + i * 7)).collect();
        for (field, values) in [("code", &vins), ("phone", &phones), ("event_id", &ids)] {
            assert_eq!(count_with_sink(&engine, field, values), count_value_by_value(&engine, field, values), "{field}");
        }
        assert!(count_value_by_value(&engine, "code", &vins) > 0, "some check digits are valid");
        assert!(count_value_by_value(&engine, "code", &vins) < 5000, "and some are not");
    }
}
