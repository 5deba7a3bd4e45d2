//! Per-field memo of detector verdicts by value shape.
//!
//! A column usually holds one kind of value: ids, timestamps, e-mail addresses, phone numbers in
//! one national format. Once [`TRUST_AFTER`] values of one *shape* (the sequence of digit and
//! letter runs with their lengths and case, and the punctuation between them) have all been
//! judged the same way by the full engine, further values of that shape take the same verdict
//! without running the detectors. A shape whose values were judged differently (some phone
//! numbers valid, some not; some 17-character codes with a VIN check digit, some without) is
//! never trusted again, so the memo only skips work where this field's own values showed that
//! the verdict depends on nothing but the shape. Free text (long values) is never memoised.

use crate::engine::TextMatch;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Values of one shape judged identically before the verdict is reused.
pub const TRUST_AFTER: u32 = 16;
/// Longer values are free text: always scanned.
const MAX_LEN: usize = 64;
/// Shapes remembered per field; values of further shapes are always scanned.
const MAX_SHAPES: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    /// No detector accepted anything in the value.
    Nothing,
    /// One rule accepted the whole (trimmed) value.
    Whole { rule: usize, confidence: f32 },
    /// Values of this shape were judged differently, or partly: never reused.
    Mixed,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    seen: u32,
    verdict: Verdict,
}

/// What the memo knows about a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lookup {
    /// The verdict of the values of this shape: nothing, or one match over the trimmed value
    /// (with the shape key, for callers that still want to scan and learn).
    Trusted(u64, Option<TextMatch>),
    /// Not (yet) trusted: scan the value and call [`ShapeMemo::learn`] with this key.
    Learn(u64),
    /// Too long to memoise.
    Scan,
}

/// Shape keys are already well mixed: hash them as they are.
#[derive(Debug, Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Debug, Default, Clone)]
pub struct ShapeMemo {
    entries: HashMap<u64, Entry, BuildHasherDefault<KeyHasher>>,
}

fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

/// The shape of a value as a 64-bit key: each run of letters and digits contributes its length,
/// whether it has digits, upper- and lower-case letters or other letters, and whether it starts
/// with a capital; every other character contributes itself.
pub fn shape_key(value: &str) -> u64 {
    const DIGIT: u64 = 1;
    const UPPER: u64 = 2;
    const LOWER: u64 = 4;
    const OTHER: u64 = 8;
    const FIRST_UPPER: u64 = 16;
    let mut h = 0x5157_4150_4d41_5045u64;
    let mut run_len = 0u64;
    let mut run_kind = 0u64;
    let flush = |h: &mut u64, len: &mut u64, kind: &mut u64| {
        if *len > 0 {
            *h = mix(*h, (*len << 8) | *kind | 0x8000_0000);
            *len = 0;
            *kind = 0;
        }
    };
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let kind = match b {
            b'0'..=b'9' => DIGIT,
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            0x80.. => {
                // A non-ASCII character: letters join the run, anything else separates.
                let c = value[i..].chars().next().expect("i is a char boundary");
                let width = c.len_utf8();
                if c.is_alphanumeric() {
                    run_kind |= OTHER;
                    run_len += 1;
                } else {
                    flush(&mut h, &mut run_len, &mut run_kind);
                    h = mix(h, u64::from(c));
                }
                i += width;
                continue;
            }
            _ => 0,
        };
        if kind == 0 {
            flush(&mut h, &mut run_len, &mut run_kind);
            h = mix(h, u64::from(b));
        } else {
            if run_len == 0 && kind == UPPER {
                run_kind |= FIRST_UPPER;
            }
            run_kind |= kind;
            run_len += 1;
        }
        i += 1;
    }
    flush(&mut h, &mut run_len, &mut run_kind);
    h
}

/// Byte range of `value` without surrounding whitespace.
fn trimmed_span(value: &str) -> (usize, usize) {
    let start = value.len() - value.trim_start().len();
    (start, value.trim_end().len().max(start))
}

impl ShapeMemo {
    pub fn new() -> ShapeMemo {
        ShapeMemo::default()
    }

    pub fn lookup(&self, value: &str) -> Lookup {
        if value.len() > MAX_LEN {
            return Lookup::Scan;
        }
        let key = shape_key(value);
        match self.entries.get(&key) {
            Some(Entry { verdict: Verdict::Mixed, .. }) => Lookup::Scan,
            Some(e) if e.seen >= TRUST_AFTER => match e.verdict {
                Verdict::Whole { rule, confidence } => {
                    let (start, end) = trimmed_span(value);
                    Lookup::Trusted(key, Some(TextMatch { rule, start, end, confidence }))
                }
                _ => Lookup::Trusted(key, None),
            },
            _ => Lookup::Learn(key),
        }
    }

    /// Records the engine's verdict on a value of shape `key`.
    pub fn learn(&mut self, key: u64, value: &str, matches: &[TextMatch]) {
        let (start, end) = trimmed_span(value);
        let verdict = match matches {
            [] => Verdict::Nothing,
            [m] if m.start == start && m.end == end => Verdict::Whole { rule: m.rule, confidence: m.confidence },
            _ => Verdict::Mixed,
        };
        if self.entries.len() >= MAX_SHAPES && !self.entries.contains_key(&key) {
            return;
        }
        let e = self.entries.entry(key).or_insert(Entry { seen: 0, verdict });
        if e.verdict != verdict {
            e.verdict = Verdict::Mixed;
        }
        e.seen = e.seen.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_keep_lengths_case_and_punctuation() {
        assert_eq!(shape_key("+1 415 234 5678"), shape_key("+1 212 987 6543"));
        assert_ne!(shape_key("+1 415 234 5678"), shape_key("+1 415 234 567"));
        assert_eq!(shape_key("anna.lena12@example.com"), shape_key("marc.yuki34@example.org"));
        assert_ne!(shape_key("Anna"), shape_key("anna"));
        assert_ne!(shape_key("Anna"), shape_key("ANNA"));
        assert_ne!(shape_key("2025-01-01"), shape_key("2025/01/01"));
        assert_eq!(shape_key("山田"), shape_key("佐藤"));
        assert_ne!(shape_key("山田 太郎"), shape_key("山田太郎"));
    }

    fn whole(rule: usize, value: &str) -> Vec<TextMatch> {
        let (start, end) = trimmed_span(value);
        vec![TextMatch { rule, start, end, confidence: 0.9 }]
    }

    #[test]
    fn trusted_only_after_consistent_verdicts() {
        let mut memo = ShapeMemo::new();
        let values: Vec<String> = (0..TRUST_AFTER).map(|i| format!("+1 415 234 {:04}", 1000 + i)).collect();
        for v in &values {
            let Lookup::Learn(key) = memo.lookup(v) else { panic!("not trusted yet") };
            memo.learn(key, v, &whole(3, v));
        }
        match memo.lookup("+1 999 876 5432") {
            Lookup::Trusted(_, Some(m)) => assert_eq!((m.rule, m.start, m.end), (3, 0, 15)),
            other => panic!("expected a trusted match, got {other:?}"),
        }
    }

    #[test]
    fn mixed_verdicts_are_never_trusted() {
        let mut memo = ShapeMemo::new();
        for i in 0..100u32 {
            let v = format!("1HGCM82633A00{:04}", i);
            // Roughly one in eleven passes a check digit.
            let m = if i % 11 == 0 { whole(1, &v) } else { Vec::new() };
            match memo.lookup(&v) {
                Lookup::Learn(key) => memo.learn(key, &v, &m),
                Lookup::Scan => {}
                Lookup::Trusted(..) => panic!("a mixed shape must keep being scanned"),
            }
        }
        assert_eq!(memo.lookup("1HGCM82633A009999"), Lookup::Scan);
    }

    #[test]
    fn partial_matches_and_long_values_are_not_memoised() {
        let mut memo = ShapeMemo::new();
        let Lookup::Learn(key) = memo.lookup("call 12") else { panic!("new shape") };
        memo.learn(key, "call 12", &[TextMatch { rule: 0, start: 5, end: 7, confidence: 0.9 }]);
        assert_eq!(memo.lookup("call 77"), Lookup::Scan);
        assert_eq!(memo.lookup(&"x".repeat(100)), Lookup::Scan);
    }
}
