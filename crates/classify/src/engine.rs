//! The text path: keyword prefilter → one multi-pattern regex pass → validators on candidate
//! spans → context words. See DESIGN.md §4 for the scoring model.

use crate::rules::{Rule, RuleError};
use crate::validators::{self, Validator, Verdict};
use aho_corasick::{AhoCorasick, MatchKind};
use piimap_model::Category;
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

/// Findings below this confidence are not reported.
pub const DEFAULT_THRESHOLD: f32 = 0.5;
/// Bytes on each side of a candidate searched for context words.
const CONTEXT_WINDOW: usize = 96;
const CONTEXT_BOOST: f32 = 0.15;

/// A validated, scored span of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextMatch {
    /// Index into [`Engine::rules`].
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

/// A compiled rule set. Immutable and `Sync`: one engine serves every worker thread.
#[derive(Debug)]
pub struct Engine {
    rules: Vec<Rule>,
    validators: Vec<Option<Validator>>,
    /// All patterns in one automaton; pattern id = rule index.
    all: Regex,
    /// Each pattern alone, to retry other rules at a start where the first candidate failed.
    single: Vec<Regex>,
    keywords: Option<AhoCorasick>,
    /// Rules enabled by each keyword pattern, as bit masks.
    keyword_rules: Vec<u128>,
    /// Rules with no keywords run on every chunk.
    always_on: u128,
    threshold: f32,
}

fn compile(patterns: &[&str]) -> Result<Regex, RuleError> {
    Regex::builder()
        .syntax(regex_automata::util::syntax::Config::new().utf8(true))
        .build_many(patterns)
        .map_err(|e| RuleError::Compile(e.to_string()))
}

impl Engine {
    pub fn new(rules: Vec<Rule>) -> Result<Engine, RuleError> {
        if rules.len() > 128 {
            return Err(RuleError::Compile(format!("{} rules; at most 128 are supported", rules.len())));
        }
        let mut seen = std::collections::HashSet::new();
        for r in &rules {
            if !seen.insert(r.spec.id.as_str()) {
                return Err(RuleError::DuplicateId(r.spec.id.clone()));
            }
        }
        let patterns: Vec<&str> = rules.iter().map(|r| r.spec.pattern.as_str()).collect();
        let all = compile(&patterns)?;
        let single = patterns
            .iter()
            .zip(&rules)
            .map(|(p, r)| compile(&[p]).map_err(|e| RuleError::Compile(format!("{}: {e}", r.spec.id))))
            .collect::<Result<Vec<_>, _>>()?;
        let mut words: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<u128> = Vec::new();
        let mut always_on = 0u128;
        for (i, r) in rules.iter().enumerate() {
            if r.spec.keywords.is_empty() {
                always_on |= 1 << i;
            }
            for k in &r.spec.keywords {
                let k = k.to_lowercase();
                match words.iter().position(|w| *w == k) {
                    Some(p) => keyword_rules[p] |= 1 << i,
                    None => {
                        words.push(k);
                        keyword_rules.push(1 << i);
                    }
                }
            }
        }
        let keywords = if words.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(&words)
                    .map_err(|e| RuleError::Compile(e.to_string()))?,
            )
        };
        let validators = rules
            .iter()
            .map(|r| r.spec.validate.as_deref().and_then(validators::lookup))
            .collect();
        Ok(Engine { rules, validators, all, single, keywords, keyword_rules, always_on, threshold: DEFAULT_THRESHOLD })
    }

    /// The default rule set compiled into the binary.
    pub fn embedded() -> Result<Engine, RuleError> {
        Engine::new(crate::rules::embedded_rules()?)
    }

    pub fn with_threshold(mut self, threshold: f32) -> Engine {
        self.threshold = threshold;
        self
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub fn categories(&self) -> Vec<Category> {
        let mut c: Vec<Category> = self.rules.iter().map(|r| r.category).collect();
        c.sort();
        c.dedup();
        c
    }

    /// Which rules may match in `text`, from the keyword prefilter.
    fn enabled_rules(&self, text: &str) -> u128 {
        let mut enabled = self.always_on;
        if let Some(ac) = &self.keywords {
            let all_gated: u128 = self.keyword_rules.iter().fold(0, |a, b| a | b);
            for m in ac.find_iter(text) {
                enabled |= self.keyword_rules[m.pattern().as_usize()];
                if enabled & all_gated == all_gated {
                    break;
                }
            }
        }
        enabled
    }

    /// Finds personal data in `text`, appending matches in order of their start.
    ///
    /// `field` (a column name or JSON path) counts as context, so that `vin` in a header raises
    /// the confidence of values below it just as "VIN:" does in prose.
    pub fn scan_text(&self, text: &str, field: Option<&str>, out: &mut Vec<TextMatch>) {
        let enabled = self.enabled_rules(text);
        if enabled == 0 {
            return;
        }
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let Some(m) = self.all.search(&Input::new(bytes).span(pos..bytes.len())) else {
                break;
            };
            let start = m.start();
            let first = m.pattern().as_usize();
            let mut accepted = None;
            if enabled & (1 << first) != 0 {
                accepted = self.judge(text, first, start, m.end(), field);
            }
            if accepted.is_none() {
                // Another rule may match at the same start where the first one failed.
                accepted = (0..self.rules.len())
                    .filter(|&r| r != first && enabled & (1 << r) != 0)
                    .find_map(|r| {
                        let input = Input::new(bytes).span(start..bytes.len()).anchored(Anchored::Yes);
                        let m2 = self.single[r].search(&input)?;
                        self.judge(text, r, start, m2.end(), field)
                    });
            }
            match accepted {
                Some(tm) => {
                    pos = tm.end.max(start + 1);
                    out.push(tm);
                }
                None => pos = next_char_boundary(text, start),
            }
        }
    }

    /// Validator and context for one candidate; `None` when rejected or below the threshold.
    fn judge(&self, text: &str, rule: usize, start: usize, end: usize, field: Option<&str>) -> Option<TextMatch> {
        if end <= start {
            return None;
        }
        let r = &self.rules[rule];
        let candidate = &text[start..end];
        let mut score = r.spec.score;
        if let Some(v) = self.validators[rule] {
            match v(candidate) {
                Verdict::Rejected => return None,
                Verdict::Confirmed => score += (1.0 - score) * 0.75,
                Verdict::Unknown => {}
            }
        }
        if !r.context.is_empty() && has_context(text, start, end, field, &r.context) {
            score = (score + CONTEXT_BOOST).min(0.99);
        }
        (score >= self.threshold).then_some(TextMatch { rule, start, end, confidence: score })
    }
}

fn next_char_boundary(text: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < text.len() && !text.is_char_boundary(j) {
        j += 1;
    }
    j
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn has_context(text: &str, start: usize, end: usize, field: Option<&str>, words: &[String]) -> bool {
    let lo = floor_char_boundary(text, start.saturating_sub(CONTEXT_WINDOW));
    let hi = floor_char_boundary(text, (end + CONTEXT_WINDOW).min(text.len()));
    let before = text[lo..start].to_lowercase();
    let after = text[end..hi].to_lowercase();
    let field = field.map(str::to_lowercase);
    words.iter().any(|w| {
        before.contains(w.as_str())
            || after.contains(w.as_str())
            || field.as_deref().is_some_and(|f| f.contains(w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::embedded().expect("embedded rules compile")
    }

    /// Every `match` example of every rule file is found by its rule, and no `no_match` example
    /// is reported by it (DESIGN.md §4: examples are asserted by one test over all rule files).
    #[test]
    fn rule_examples_hold() {
        let e = engine();
        let mut failures = Vec::new();
        for (i, r) in e.rules().iter().enumerate() {
            for ex in &r.spec.examples.matches {
                let mut out = Vec::new();
                e.scan_text(ex, None, &mut out);
                if !out.iter().any(|m| m.rule == i) {
                    failures.push(format!("{}: should match {ex:?}", r.spec.id));
                }
            }
            for ex in &r.spec.examples.no_match {
                let mut out = Vec::new();
                e.scan_text(ex, None, &mut out);
                if out.iter().any(|m| e.rules()[m.rule].category == r.category) {
                    failures.push(format!("{}: should not match {ex:?}", r.spec.id));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn offsets_point_at_the_value() {
        let e = engine();
        let text = "ID 42: 車台番号 1M8GDM9AXKP042788, mail a.b@example.org";
        let mut out = Vec::new();
        e.scan_text(text, None, &mut out);
        let found: Vec<&str> = out.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["1M8GDM9AXKP042788", "a.b@example.org"]);
    }

    #[test]
    fn context_raises_confidence_only() {
        let e = engine();
        let mut bare = Vec::new();
        e.scan_text("ref 1M8GDM9AXKP042788", None, &mut bare);
        let mut ctx = Vec::new();
        e.scan_text("vehicle VIN 1M8GDM9AXKP042788", None, &mut ctx);
        assert_eq!(bare.len(), 1);
        assert_eq!(ctx.len(), 1);
        assert!(ctx[0].confidence > bare[0].confidence);
        // A field name is context too.
        let mut field = Vec::new();
        e.scan_text("1M8GDM9AXKP042788", Some("$.vehicle.vin"), &mut field);
        assert!(field[0].confidence > bare[0].confidence);
        // Context never creates a hit.
        let mut none = Vec::new();
        e.scan_text("VIN 1M8GDM9AXKP042789", None, &mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn keyword_prefilter_skips_text_without_keywords() {
        let e = engine();
        assert_eq!(e.enabled_rules("no at sign here") & !e.always_on, 0);
        assert_ne!(e.enabled_rules("x@y.com") & !e.always_on, 0);
    }

    #[test]
    fn rejected_candidate_does_not_hide_a_later_one() {
        let e = engine();
        let mut out = Vec::new();
        e.scan_text("logo@2x.png then real.person@example.com", None, &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn invalid_utf8_replacement_and_cjk_are_fine() {
        let e = engine();
        let mut out = Vec::new();
        e.scan_text("メール:\u{FFFD}mikiwatanabe@example.com。", None, &mut out);
        assert_eq!(out.len(), 1);
    }
}
