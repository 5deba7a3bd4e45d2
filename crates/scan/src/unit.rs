//! Scanning one unit: decode into a sink that classifies every text block and every cell,
//! aggregates findings per (field, category) and emits occurrences.

use crate::distinct::{DistinctCounter, ValueHasher};
use piimap_classify::{ColumnProfile, Engine, TextMatch};
use piimap_formats::{Sink, TextBlock};
use piimap_model::{Category, ColumnEvidence, Finding, Occurrence};
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Aggregate {
    count: u64,
    distinct: DistinctCounter,
    confidence: f32,
    /// Bit mask over the engine's rules.
    rules: u128,
    samples: Vec<String>,
    evidence: Option<ColumnEvidence>,
}

impl Aggregate {
    fn add(&mut self, hasher: &ValueHasher, value: &str, m: &TextMatch, max_samples: usize) {
        self.count += 1;
        self.distinct.insert(hasher.hash(value));
        self.confidence = self.confidence.max(m.confidence);
        self.rules |= 1 << m.rule;
        if self.samples.len() < max_samples && !self.samples.iter().any(|s| s == value) {
            self.samples.push(value.to_string());
        }
    }
}

/// Classifies what a decoder pushes, for one location.
pub(crate) struct UnitSink<'a> {
    engine: &'a Engine,
    hasher: &'a ValueHasher,
    uri: &'a str,
    max_samples: usize,
    emit: &'a mut dyn FnMut(Occurrence),
    fields: Vec<String>,
    field_index: HashMap<String, usize>,
    profiles: Vec<ColumnProfile>,
    /// Key: (field index or none for text, category).
    aggregates: HashMap<(Option<usize>, Category), Aggregate>,
    matches: Vec<TextMatch>,
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
        emit: &'a mut dyn FnMut(Occurrence),
    ) -> UnitSink<'a> {
        UnitSink {
            engine,
            hasher,
            uri,
            max_samples,
            emit,
            fields: Vec::new(),
            field_index: HashMap::new(),
            profiles: Vec::new(),
            aggregates: HashMap::new(),
            matches: Vec::new(),
        }
    }

    fn field_id(&mut self, field: &str) -> usize {
        if let Some(&i) = self.field_index.get(field) {
            return i;
        }
        let i = self.fields.len();
        self.fields.push(field.to_string());
        self.field_index.insert(field.to_string(), i);
        self.profiles.push(ColumnProfile::new(field));
        i
    }

    /// Findings of the unit, with column-path verdicts merged in.
    pub(crate) fn finish(mut self) -> Vec<Finding> {
        for (idx, profile) in self.profiles.iter().enumerate() {
            for v in profile.verdicts(self.engine) {
                let agg = self.aggregates.entry((Some(idx), v.category)).or_default();
                if agg.count == 0 {
                    agg.count = v.evidence.matched;
                    (self.emit)(Occurrence {
                        location: self.uri.to_string(),
                        category: v.category,
                        field: Some(self.fields[idx].clone()),
                        line: None,
                        end_line: None,
                        column_start: None,
                        column_end: None,
                        row: None,
                        confidence: v.confidence,
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
        }
        let mut findings: Vec<Finding> = self
            .aggregates
            .into_iter()
            .map(|((field, category), agg)| Finding {
                category,
                field: field.map(|i| self.fields[i].clone()),
                count: agg.count,
                distinct_estimate: agg.distinct.estimate().max(u64::from(agg.count > 0)),
                confidence: (agg.confidence * 100.0).round() / 100.0,
                classifiers: self
                    .engine
                    .rules()
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| agg.rules & (1 << i) != 0)
                    .map(|(_, r)| r.spec.id.clone())
                    .collect(),
                samples: agg.samples,
                column_evidence: agg.evidence,
            })
            .collect();
        findings.sort_by(|a, b| (&a.field, a.category).cmp(&(&b.field, b.category)));
        findings
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
    fn text(&mut self, block: &TextBlock<'_>) {
        let mut matches = std::mem::take(&mut self.matches);
        matches.clear();
        self.engine.scan_text(block.text, None, &mut matches);
        let text = block.text;
        let mut line = block.first_line;
        // Position up to which newlines and columns are counted, and the column there.
        let mut pos = 0;
        let mut column = block.first_column;
        for m in &matches {
            if m.start >= block.report_before {
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
            let mut occ = self.occurrence(m, value);
            occ.line = Some(line);
            occ.end_line = Some(line + memchr::memchr_iter(b'\n', value.as_bytes()).count() as u64);
            occ.column_start = Some(column + 1);
            occ.column_end = Some(column + 1 + char_count(value));
            let category = occ.category;
            (self.emit)(occ);
            self.aggregates.entry((None, category)).or_default().add(self.hasher, value, m, self.max_samples);
        }
        self.matches = matches;
    }

    fn cell(&mut self, row: u64, field: &str, value: &str) {
        let idx = self.field_id(field);
        let mut matches = std::mem::take(&mut self.matches);
        matches.clear();
        self.engine.scan_text(value, Some(field), &mut matches);
        self.profiles[idx].observe(self.engine, value, &matches);
        for m in &matches {
            let v = &value[m.start..m.end];
            let mut occ = self.occurrence(m, v);
            occ.field = Some(self.fields[idx].clone());
            occ.row = Some(row);
            let category = occ.category;
            (self.emit)(occ);
            self.aggregates.entry((Some(idx), category)).or_default().add(self.hasher, v, m, self.max_samples);
        }
        self.matches = matches;
    }
}
