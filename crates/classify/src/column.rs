//! The column path: what does a column (or JSON path) hold, judged from its name and the values
//! seen in it. Each verdict carries its evidence so a user can see why a field was flagged.

use crate::engine::{Engine, TextMatch};
use crate::rules::normalize_header;
use piimap_model::{Category, ColumnEvidence};
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Distinct values are tracked exactly up to this many, then the ratio is frozen.
const DISTINCT_CAP: usize = 4096;

/// Evidence gathered about one field.
#[derive(Debug, Clone)]
pub struct ColumnProfile {
    field: String,
    nonempty: u64,
    /// Values with at least one accepted match, per category.
    matched: [u64; 6],
    /// Values whose match covers most of the value, per category.
    whole: [u64; 6],
    distinct: HashSet<u64>,
    distinct_frozen_at: Option<u64>,
    /// Rules that matched any value, as a bit mask over [`Engine::rules`].
    rules_seen: u128,
}

/// A column-path verdict: "this field holds `category`".
#[derive(Debug, Clone)]
pub struct ColumnVerdict {
    pub category: Category,
    pub confidence: f32,
    /// Rule ids whose header names or values supported the verdict.
    pub classifiers: Vec<String>,
    pub evidence: ColumnEvidence,
}

fn cat_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).expect("ALL lists every category")
}

/// The last segment of a JSONPath (`$.customer.email` → `email`), which is what header rules name.
pub fn leaf_name(field: &str) -> &str {
    let f = field.trim_end_matches("[*]");
    f.rsplit(['.', '/']).next().unwrap_or(f).trim_end_matches("[*]")
}

impl ColumnProfile {
    pub fn new(field: impl Into<String>) -> ColumnProfile {
        ColumnProfile {
            field: field.into(),
            nonempty: 0,
            matched: [0; 6],
            whole: [0; 6],
            distinct: HashSet::new(),
            distinct_frozen_at: None,
            rules_seen: 0,
        }
    }

    pub fn field(&self) -> &str {
        &self.field
    }

    /// Records one value and the text-path matches found in it.
    pub fn observe(&mut self, engine: &Engine, value: &str, matches: &[TextMatch]) {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return;
        }
        self.nonempty += 1;
        if self.distinct_frozen_at.is_none() {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            trimmed.hash(&mut h);
            self.distinct.insert(h.finish());
            if self.distinct.len() >= DISTINCT_CAP {
                self.distinct_frozen_at = Some(self.nonempty);
            }
        }
        let mut seen = [false; 6];
        for m in matches {
            self.rules_seen |= 1 << m.rule;
            let c = cat_index(engine.rules()[m.rule].category);
            if !seen[c] {
                seen[c] = true;
                self.matched[c] += 1;
                if (m.end - m.start) * 2 >= trimmed.len() {
                    self.whole[c] += 1;
                }
            }
        }
    }

    fn distinct_ratio(&self) -> f32 {
        let seen = self.distinct_frozen_at.unwrap_or(self.nonempty).max(1);
        self.distinct.len() as f32 / seen as f32
    }

    /// Verdicts for every category the engine knows.
    pub fn verdicts(&self, engine: &Engine) -> Vec<ColumnVerdict> {
        if self.nonempty == 0 {
            return Vec::new();
        }
        let name = normalize_header(leaf_name(&self.field));
        let mut out = Vec::new();
        for category in engine.categories() {
            let c = cat_index(category);
            let header_rules: Vec<&str> = engine
                .rules()
                .iter()
                .filter(|r| r.category == category && header_matches(&name, &r.columns))
                .map(|r| r.spec.id.as_str())
                .collect();
            let header_match = !header_rules.is_empty();
            let ratio = self.whole[c] as f32 / self.nonempty as f32;
            let distinct_ratio = self.distinct_ratio();
            let mut against = Vec::new();
            let mut confidence = if ratio >= 0.6 {
                0.7 + 0.25 * ratio
            } else if header_match && ratio >= 0.1 {
                0.6 + 0.3 * ratio
            } else {
                continue;
            };
            if header_match {
                confidence += 0.05;
            }
            if self.nonempty >= 10 && self.distinct.len() == 1 {
                against.push("every sampled value is identical".to_string());
                confidence *= 0.7;
            }
            if confidence < engine.threshold() {
                continue;
            }
            let classifiers: Vec<String> = engine
                .rules()
                .iter()
                .enumerate()
                .filter(|(i, r)| {
                    r.category == category
                        && (self.rules_seen & (1 << i) != 0 || header_rules.contains(&r.spec.id.as_str()))
                })
                .map(|(_, r)| r.spec.id.clone())
                .collect();
            out.push(ColumnVerdict {
                category,
                confidence: confidence.min(0.99),
                classifiers,
                evidence: ColumnEvidence {
                    header_match,
                    sampled: self.nonempty,
                    matched: self.whole[c],
                    match_ratio: ratio,
                    distinct_ratio,
                    against,
                },
            });
        }
        out
    }
}

/// Exact header name, or a longer name ending in it (`customer_email`, `billing_phone`).
fn header_matches(name: &str, columns: &[String]) -> bool {
    columns
        .iter()
        .any(|c| name == c || (c.chars().count() >= 3 && name.ends_with(c.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(engine: &Engine, field: &str, values: &[&str]) -> ColumnProfile {
        let mut p = ColumnProfile::new(field);
        for v in values {
            let mut m = Vec::new();
            engine.scan_text(v, Some(field), &mut m);
            p.observe(engine, v, &m);
        }
        p
    }

    #[test]
    fn email_column_by_values_with_evidence() {
        let e = Engine::embedded().expect("rules");
        let p = profile(&e, "contact", &["a@example.com", "b@example.org", "c@example.net", ""]);
        let v = p.verdicts(&e);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Email);
        assert_eq!(v[0].evidence.sampled, 3);
        assert_eq!(v[0].evidence.matched, 3);
        assert!(!v[0].evidence.header_match);
    }

    #[test]
    fn header_lowers_the_bar_but_never_decides_alone() {
        let e = Engine::embedded().expect("rules");
        let mut values = vec!["n/a"; 8];
        values.push("x@example.com");
        values.push("y@example.com");
        let with_header = profile(&e, "$.customer.email", &values);
        assert_eq!(with_header.verdicts(&e).len(), 1, "header + 20% matching values");
        let without = profile(&e, "comment", &values);
        assert!(without.verdicts(&e).is_empty(), "20% matching values alone is not a column verdict");
        let only_header = profile(&e, "email", &["n/a", "unknown", "-"]);
        assert!(only_header.verdicts(&e).is_empty(), "a header alone decides nothing");
    }

    #[test]
    fn free_text_column_is_not_an_email_column() {
        let e = Engine::embedded().expect("rules");
        let p = profile(&e, "notes", &["call me at a@example.com please, thanks a lot for the help"; 5]);
        assert!(p.verdicts(&e).is_empty());
    }

    #[test]
    fn identical_values_lower_confidence() {
        let e = Engine::embedded().expect("rules");
        let same = profile(&e, "x", &["support@example.com"; 20]);
        let varied: Vec<String> = (0..20).map(|i| format!("u{i}@example.com")).collect();
        let varied: Vec<&str> = varied.iter().map(String::as_str).collect();
        let varied = profile(&e, "x", &varied);
        let (s, v) = (&same.verdicts(&e)[0], &varied.verdicts(&e)[0]);
        assert!(s.confidence < v.confidence);
        assert_eq!(s.evidence.against.len(), 1);
    }

    #[test]
    fn leaf_names() {
        assert_eq!(leaf_name("$.customer.address.street"), "street");
        assert_eq!(leaf_name("$.items[*]"), "items");
        assert_eq!(leaf_name("vin"), "vin");
    }
}
