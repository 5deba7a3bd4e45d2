//! The text path: keyword prefilter → one multi-pattern regex pass → validators on candidate
//! spans → context words. See DESIGN.md §4 for the scoring model.

use crate::rules::{Rule, RuleError};
use crate::validators::{self, Candidate, Validator, Verdict};
use aho_corasick::{AhoCorasick, MatchKind};
use piimap_model::Category;
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::{Anchored, Input};

/// Findings below this confidence are not reported.
pub const DEFAULT_THRESHOLD: f32 = 0.5;
/// Bytes on each side of a candidate searched for context words.
const CONTEXT_WINDOW: usize = 96;
const CONTEXT_BOOST: f32 = 0.15;
/// Bytes on each side of a candidate shown to its validator.
const VALIDATOR_WINDOW: usize = 32;
/// Bytes after a candidate that a reshaper may take in (the lines of a postal block).
const RESHAPE_WINDOW: usize = 320;
/// Bytes before a [`Verdict::Weak`] candidate where a context word must be (a key or a label).
const NEAR_WINDOW: usize = 32;

/// A validated, scored span of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextMatch {
    /// Index into [`Engine::rules`].
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

/// Mutable search state for one thread (see [`Engine::scratch`]).
#[derive(Debug, Clone)]
pub struct Scratch {
    groups: Vec<GroupScratch>,
    /// Each rule's own cache, made on first use: most rules never need theirs.
    single: Vec<Option<regex_automata::meta::Cache>>,
    captures: Vec<Option<regex_automata::util::captures::Captures>>,
}

#[derive(Debug, Clone)]
struct GroupScratch {
    all: regex_automata::meta::Cache,
    overlapping: Option<regex_automata::meta::Cache>,
    others: regex_automata::PatternSet,
    next: Next,
}

/// A group's leftmost candidate at or after the scan position.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Next {
    /// Not searched yet in this text.
    Unknown,
    /// No candidate up to the end of the text (or every rule of the group is gated off).
    Done,
    At { rule: usize, start: usize, end: usize },
}

/// Rules compiled into one automaton. A rule set is split into a few of these (by category, or a
/// rule's `automaton`): one automaton over every pattern is what a lazy DFA cannot cache, since
/// its states are the products of every pattern's states; a few small ones stay cached.
#[derive(Debug)]
struct Group {
    /// Rule indexes, ascending; pattern id = position here.
    rules: Vec<usize>,
    all: Regex,
    /// The group's patterns with `MatchKind::All`, to ask which rules match at a start where the
    /// first candidate failed (`None` for a group of one).
    overlapping: Option<Regex>,
    /// Every rule of the group has keywords: the group runs only on a text where the shared gate
    /// found one of them (trufflehog's prefilter, per automaton).
    gated: bool,
    /// The group's rules as a bit mask over rule indexes.
    mask: u128,
}

/// A compiled rule set. Immutable and `Sync`: one engine serves every worker thread.
#[derive(Debug)]
pub struct Engine {
    rules: Vec<Rule>,
    validators: Vec<Option<Validator>>,
    reshapers: Vec<Option<validators::Reshaper>>,
    /// Each rule's context words, compiled.
    context: Vec<ContextWords>,
    /// Cheap rejections run before a reshaper.
    screens: Vec<Option<Validator>>,
    /// Rules whose pattern marks the value with a `(?P<value>...)` group: the rest of the match
    /// (a key, a label, a greeting) is context, not the reported span.
    value_groups: u128,
    groups: Vec<Group>,
    /// Each pattern alone, to find the end of another rule's match at a start where the first
    /// candidate failed, and the value group of rules that mark one.
    single: Vec<Regex>,
    /// For each byte, the rules whose match can start with it: where a group's candidate fails,
    /// the other rules of its group are asked for only when one of them can start there.
    first_bytes: Box<[u128; 256]>,
    /// The keywords of every gated group's rules, looked for in one pass per text before any
    /// gated automaton runs.
    gate: Option<AhoCorasick>,
    /// For each gate keyword, the rules it enables (bit masks over rule indexes).
    gate_rules: Vec<u128>,
    keywords: Option<AhoCorasick>,
    /// Rules enabled by each keyword pattern, as bit masks.
    keyword_rules: Vec<u128>,
    /// Rules with no keywords run on every chunk.
    always_on: u128,
    threshold: f32,
}

fn compile(patterns: &[&str]) -> Result<Regex, RuleError> {
    compile_with(patterns, regex_automata::MatchKind::LeftmostFirst, false)
}

fn compile_with(patterns: &[&str], kind: regex_automata::MatchKind, captures: bool) -> Result<Regex, RuleError> {
    // A lazy-DFA cache larger than the default, bounded: each thread holds one per automaton.
    // Only the patterns that mark a value keep their capture groups; the others' slots would make
    // every thread's NFA-simulation cache large for nothing.
    let which = if captures { WhichCaptures::All } else { WhichCaptures::Implicit };
    Regex::builder()
        .configure(Regex::config().hybrid_cache_capacity(8 << 20).nfa_size_limit(Some(64 << 20)).match_kind(kind).which_captures(which))
        .syntax(regex_automata::util::syntax::Config::new().utf8(true))
        .build_many(patterns)
        .map_err(|e| {
            // The build error's own message only says which pattern; the syntax error is its source.
            let detail = std::error::Error::source(&e).map(|s| format!(": {s}")).unwrap_or_default();
            RuleError::Compile(format!("{e}{detail}"))
        })
}

fn keyword_automaton(words: &[String]) -> Result<AhoCorasick, RuleError> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(words)
        .map_err(|e| RuleError::Compile(e.to_string()))
}

/// Words looked for wherever they occur, also inside one another (overlapping iteration), in
/// either ASCII case; a DFA, since the texts searched are short or searched once per block.
fn every_word_automaton<W: AsRef<[u8]>>(words: &[W]) -> Result<AhoCorasick, RuleError> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(words)
        .map_err(|e| RuleError::Compile(e.to_string()))
}

/// Lowercased keywords of `rules`, each with the rules (bit mask) it enables.
fn keyword_table<'a>(rules: impl Iterator<Item = (usize, &'a Rule)>) -> (Vec<String>, Vec<u128>) {
    let mut words: Vec<String> = Vec::new();
    let mut masks: Vec<u128> = Vec::new();
    for (i, r) in rules {
        for k in &r.spec.keywords {
            let k = k.to_lowercase();
            match words.iter().position(|w| *w == k) {
                Some(p) => masks[p] |= 1 << i,
                None => {
                    words.push(k);
                    masks.push(1 << i);
                }
            }
        }
    }
    (words, masks)
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
        // Both spellings of a named group; the group info below is the authority on the rest.
        let marks_value = |p: &str| p.contains("(?P<value>") || p.contains("(?<value>");
        // Each rule alone first, so that a bad pattern is reported with its rule id.
        let single = patterns
            .iter()
            .zip(&rules)
            .map(|(p, r)| {
                compile_with(&[p], regex_automata::MatchKind::LeftmostFirst, marks_value(p))
                    .map_err(|e| RuleError::Compile(format!("{}: {e}", r.spec.id)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut names: Vec<String> = Vec::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            let name = r.spec.automaton.clone().unwrap_or_else(|| r.category.to_string());
            match names.iter().position(|n| *n == name) {
                Some(g) => members[g].push(i),
                None => {
                    names.push(name);
                    members.push(vec![i]);
                }
            }
        }
        let groups = members
            .into_iter()
            .map(|rule_ids| {
                let pats: Vec<&str> = rule_ids.iter().map(|&i| patterns[i]).collect();
                let all = compile(&pats)?;
                let overlapping = if pats.len() > 1 { Some(compile_with(&pats, regex_automata::MatchKind::All, false)?) } else { None };
                let gated = rule_ids.iter().all(|&i| !rules[i].spec.keywords.is_empty());
                let mask = rule_ids.iter().fold(0u128, |acc, &r| acc | (1 << r));
                Ok(Group { rules: rule_ids, all, overlapping, gated, mask })
            })
            .collect::<Result<Vec<_>, RuleError>>()?;
        let gated_rules = groups.iter().filter(|g| g.gated).fold(0u128, |acc, g| acc | g.mask);
        let (gate_words, gate_rules) = keyword_table(rules.iter().enumerate().filter(|(i, _)| gated_rules & (1 << i) != 0));
        // The gate reports the longest keyword at each start (see `gate_on`): a keyword inside it
        // enables its rules through the longer one.
        let gate_rules: Vec<u128> = gate_words
            .iter()
            .map(|w| gate_words.iter().zip(&gate_rules).filter(|(inner, _)| w.contains(inner.as_str())).fold(0, |acc, (_, m)| acc | m))
            .collect();
        let gate = if gate_words.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&gate_words)
                    .map_err(|e| RuleError::Compile(e.to_string()))?,
            )
        };
        let (words, keyword_rules) = keyword_table(rules.iter().enumerate());
        let always_on = rules.iter().enumerate().filter(|(_, r)| r.spec.keywords.is_empty()).fold(0u128, |acc, (i, _)| acc | (1 << i));
        let keywords = if words.is_empty() { None } else { Some(keyword_automaton(&words)?) };
        let validators = rules
            .iter()
            .map(|r| r.spec.validate.as_deref().and_then(validators::lookup))
            .collect();
        let reshapers = rules.iter().map(|r| r.spec.validate.as_deref().and_then(validators::reshaper)).collect();
        let context = rules.iter().map(|r| ContextWords::new(&r.context)).collect::<Result<Vec<_>, _>>()?;
        let mut first_bytes = Box::new([0u128; 256]);
        for (i, p) in patterns.iter().enumerate() {
            let starts = starting_bytes(p);
            for (b, &can) in starts.iter().enumerate() {
                if can {
                    first_bytes[b] |= 1 << i;
                }
            }
        }
        let screens = rules.iter().map(|r| r.spec.validate.as_deref().and_then(validators::screen)).collect();
        let value_groups = single
            .iter()
            .enumerate()
            .filter(|(_, re)| re.group_info().to_index(regex_automata::PatternID::ZERO, "value").is_some())
            .fold(0u128, |acc, (i, _)| acc | (1 << i));
        Ok(Engine {
            rules,
            validators,
            reshapers,
            context,
            screens,
            value_groups,
            groups,
            single,
            first_bytes,
            gate,
            gate_rules,
            keywords,
            keyword_rules,
            always_on,
            threshold: DEFAULT_THRESHOLD,
        })
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
    #[cfg(test)]
    fn enabled_rules(&self, text: &str) -> u128 {
        let mut enabled = self.always_on;
        if let Some(ac) = &self.keywords {
            for m in ac.find_iter(text) {
                enabled |= self.keyword_rules[m.pattern().as_usize()];
            }
        }
        enabled
    }

    /// Whether one of `rule`'s keywords occurs in the candidate or, failing that, anywhere in
    /// `text`. Asked lazily, once per text and rule, when the rule has a candidate: keywords
    /// gate rules (trufflehog's prefilter) but scanning every block for every keyword cost a
    /// fifth of the text path, and the keyword is usually inside the candidate itself.
    fn keyword_present(&self, text: &str, rule: usize, start: usize, end: usize) -> bool {
        let Some(ac) = &self.keywords else { return false };
        let bit = 1u128 << rule;
        let around = &text[floor_char_boundary(text, start.saturating_sub(CONTEXT_WINDOW))..floor_char_boundary(text, (end + CONTEXT_WINDOW).min(text.len()))];
        let hit = |t: &str| ac.find_iter(t).any(|m| self.keyword_rules[m.pattern().as_usize()] & bit != 0);
        hit(around) || hit(text)
    }

    /// The gated rules whose keywords occur in `text`. A prefiltered leftmost-longest search
    /// restarted one byte after each keyword's start visits every start a keyword has: the same
    /// rules as an overlapping search, at four fifths of its cost on logs (18 against 23 M
    /// instructions per MB), where keywords are rare.
    fn gate_on(&self, text: &str) -> u128 {
        let Some(gate) = &self.gate else { return 0 };
        let mut on = 0u128;
        let mut pos = 0;
        while let Some(m) = gate.find(aho_corasick::Input::new(text).span(pos..text.len())) {
            on |= self.gate_rules[m.pattern().as_usize()];
            pos = m.start() + 1;
        }
        on
    }

    /// Finds personal data in `text`, appending matches in order of their start.
    ///
    /// `field` (a column name or JSON path) counts as context, so that `vin` in a header raises
    /// the confidence of values below it just as "VIN:" does in prose.
    pub fn scan_text(&self, text: &str, field: Option<&str>, out: &mut Vec<TextMatch>) {
        self.scan_text_with(&mut self.scratch(), text, field, out);
    }

    /// Per-thread search state, so that hot loops do not fetch regex caches from a shared pool.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            groups: self
                .groups
                .iter()
                .map(|g| GroupScratch {
                    all: g.all.create_cache(),
                    overlapping: g.overlapping.as_ref().map(Regex::create_cache),
                    others: regex_automata::PatternSet::new(g.rules.len()),
                    next: Next::Unknown,
                })
                .collect(),
            single: vec![None; self.single.len()],
            captures: vec![None; self.single.len()],
        }
    }

    /// [`Engine::scan_text`] with caller-owned search state.
    ///
    /// Each automaton keeps its leftmost candidate at or after the scan position; the leftmost of
    /// them all is judged, then the other rules that match at the same start, in rule order: the
    /// same result as one leftmost-first automaton over every pattern, at a fraction of the cost.
    pub fn scan_text_with(&self, scratch: &mut Scratch, text: &str, field: Option<&str>, out: &mut Vec<TextMatch>) {
        // Rules without keywords are always on; the others are decided on their first candidate,
        // or for a group whose every rule has keywords, before its automaton runs.
        let mut enabled = self.always_on;
        let mut decided = self.always_on;
        let bytes = text.as_bytes();
        let Scratch { groups: group_scratch, single: single_caches, captures } = scratch;
        let gate_on = self.gate_on(text);
        for (g, gs) in self.groups.iter().zip(group_scratch.iter_mut()) {
            gs.next = Next::Unknown;
            if g.gated {
                decided |= g.mask;
                enabled |= gate_on & g.mask;
                if gate_on & g.mask == 0 {
                    gs.next = Next::Done;
                }
            }
        }
        let mut is_enabled = |rule: usize, start: usize, end: usize| {
            let bit = 1u128 << rule;
            if decided & bit == 0 {
                decided |= bit;
                if self.keyword_present(text, rule, start, end) {
                    enabled |= bit;
                }
            }
            enabled & bit != 0
        };
        let single = &self.single;
        // The value span of a rule's match at `start` (the whole match unless the rule marks it).
        let value_groups = self.value_groups;
        let value_span = |rule: usize, start: usize, end: usize, caches: &mut Vec<Option<regex_automata::meta::Cache>>, captures: &mut Vec<Option<regex_automata::util::captures::Captures>>| -> (usize, usize) {
            if value_groups & (1 << rule) == 0 {
                return (start, end);
            }
            let caps = captures[rule].get_or_insert_with(|| single[rule].create_captures());
            let cache = caches[rule].get_or_insert_with(|| single[rule].create_cache());
            single[rule].search_captures_with(cache, &Input::new(bytes).span(start..bytes.len()).anchored(Anchored::Yes), caps);
            caps.get_group_by_name("value").map_or((start, end), |s| (s.start, s.end))
        };
        let mut candidates: Vec<(usize, Option<usize>)> = Vec::new();
        let mut pos = 0;
        while pos < bytes.len() {
            // Each automaton's leftmost candidate at or after `pos`.
            let mut best = usize::MAX;
            for (g, gs) in self.groups.iter().zip(group_scratch.iter_mut()) {
                let stale = match gs.next {
                    Next::Done => continue,
                    Next::Unknown => true,
                    Next::At { start, .. } => start < pos,
                };
                if stale {
                    gs.next = match g.all.search_with(&mut gs.all, &Input::new(bytes).span(pos..bytes.len())) {
                        Some(m) => Next::At { rule: g.rules[m.pattern().as_usize()], start: m.start(), end: m.end() },
                        None => Next::Done,
                    };
                }
                if let Next::At { start, .. } = gs.next {
                    best = best.min(start);
                }
            }
            if best == usize::MAX {
                break;
            }
            let start = best;
            // A timestamp is never personal data, yet its digits start a phone (`2025-01-01`) or
            // a house number (`00Z INFO`) candidate on every line of a log: skipped whole,
            // without asking a validator, in one look at the bytes around.
            if let Some(end) = timestamp_around(bytes, start) {
                pos = end;
                continue;
            }
            // The rules matching at `start`: each automaton's own candidate (end known), and
            // when that fails, the other rules of the automaton that match there too.
            candidates.clear();
            for gs in group_scratch.iter() {
                if let Next::At { rule, start: s, end } = gs.next {
                    if s == start {
                        candidates.push((rule, Some(end)));
                    }
                }
            }
            candidates.sort_unstable_by_key(|c| c.0);
            let first = candidates[0];
            let mut accepted = None;
            if is_enabled(first.0, start, first.1.unwrap_or(start)) {
                let (vs, ve) = value_span(first.0, start, first.1.unwrap_or(start), single_caches, captures);
                accepted = self.judge(text, first.0, vs, ve, field);
            }
            if accepted.is_none() && !starts_inside_word(text, start) {
                // Another rule may match at the same start where the first one failed.
                let input = Input::new(bytes).span(start..bytes.len()).anchored(Anchored::Yes);
                for (g, gs) in self.groups.iter().zip(group_scratch.iter_mut()) {
                    let (Next::At { rule: own, start: s, .. }, Some(overlapping)) = (gs.next, &g.overlapping) else { continue };
                    if s != start || self.first_bytes[bytes[start] as usize] & g.mask & !(1 << own) == 0 {
                        continue;
                    }
                    gs.others.clear();
                    overlapping.which_overlapping_matches_with(gs.overlapping.as_mut().expect("cache of an overlapping automaton"), &input, &mut gs.others);
                    candidates.extend(gs.others.iter().map(|p| g.rules[p.as_usize()]).filter(|&r| r != own).map(|r| (r, None)));
                }
                candidates.sort_unstable_by_key(|c| c.0);
                for &(r, end) in &candidates[1..] {
                    let end = match end {
                        Some(e) => e,
                        None => {
                            let cache = single_caches[r].get_or_insert_with(|| single[r].create_cache());
                            match single[r].search_with(cache, &input) {
                                Some(m) => m.end(),
                                None => continue,
                            }
                        }
                    };
                    if !is_enabled(r, start, end) {
                        continue;
                    }
                    let (vs, ve) = value_span(r, start, end, single_caches, captures);
                    accepted = self.judge(text, r, vs, ve, field);
                    if accepted.is_some() {
                        break;
                    }
                }
            }
            match accepted {
                Some(tm) => {
                    pos = tm.end.max(start + 1);
                    out.push(tm);
                }
                // Every rule was tried at this start. A candidate starting further inside the same
                // word would be glued to it and rejected: go on after the word (one character when
                // the start is not a word character).
                None => pos = end_of_word(text, start).max(next_char_boundary(text, start)),
            }
        }
    }

    /// Validator and context for one candidate; `None` when rejected or below the threshold.
    fn judge(&self, text: &str, rule: usize, mut start: usize, mut end: usize, field: Option<&str>) -> Option<TextMatch> {
        if end <= start {
            return None;
        }
        // Rules that mark their value say themselves what surrounds it (`山田様`, `คุณสมชาย`);
        // other matches must stand as words before and after a reshaper moves their ends.
        let glue_checked = self.value_groups & (1 << rule) == 0;
        if glue_checked && glued_to_word(text, start, end) {
            return None;
        }
        if let Some(screen) = self.screens[rule] {
            let lo = floor_char_boundary(text, start.saturating_sub(VALIDATOR_WINDOW));
            let hi = floor_char_boundary(text, (end + VALIDATOR_WINDOW).min(text.len()));
            if screen(&Candidate { value: &text[start..end], before: &text[lo..start], after: &text[end..hi] }) == Verdict::Rejected {
                return None;
            }
        }
        if let Some(reshape) = self.reshapers[rule] {
            let hi = floor_char_boundary(text, (end + RESHAPE_WINDOW).min(text.len()));
            let (a, b) = reshape(&text[start..end], &text[end..hi])?;
            (start, end) = (start + a, start + b);
            if end <= start || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                return None;
            }
        }
        let r = &self.rules[rule];
        if glue_checked && glued_to_word(text, start, end) {
            return None;
        }
        let mut score = r.spec.score;
        let lo = floor_char_boundary(text, start.saturating_sub(VALIDATOR_WINDOW));
        // A field named for something else (`order_id`, `plz`) keeps only values that are
        // unmistakable on their own (a validator's confirmation); the column decides the rest.
        let field_against = !r.spec.negative_context.is_empty() && field.is_some_and(|f| field_says_otherwise(f, &r.spec.negative_context, &r.context));
        if !r.spec.negative_context.is_empty() {
            let (word, hash) = preceding_word(&text[lo..start]);
            // `Tel. No. 0301 234567`: a number sign after the rule's own context word is fine.
            let own_number_sign = hash && {
                let before_sign = text[lo..start].trim_end_matches([' ', ':', '=', '\t', '#', '.']);
                let before_sign = before_sign.strip_suffix("No").or_else(|| before_sign.strip_suffix("no")).unwrap_or(before_sign);
                let (previous, _) = preceding_word(before_sign);
                r.context.contains(&previous)
            };
            if !own_number_sign && ((hash && r.spec.negative_context.iter().any(|n| n == "#")) || r.spec.negative_context.contains(&word)) {
                return None;
            }
        }
        if let Some(v) = self.validators[rule] {
            let hi = floor_char_boundary(text, (end + if self.reshapers[rule].is_some() { RESHAPE_WINDOW } else { VALIDATOR_WINDOW }).min(text.len()));
            let candidate = Candidate { value: &text[start..end], before: &text[lo..start], after: &text[end..hi] };
            let verdict = v(&candidate);
            if field_against && verdict != Verdict::Confirmed {
                return None;
            }
            match verdict {
                Verdict::Rejected => return None,
                Verdict::Confirmed => score += (1.0 - score) * 0.75,
                Verdict::Likely => score += (1.0 - score) * 0.3,
                Verdict::Unknown => {}
                Verdict::Weak => {
                    if !has_near_context(text, start, end, field, &self.context[rule], &r.context) {
                        return None;
                    }
                }
            }
        }
        if field_against && self.validators[rule].is_none() {
            return None;
        }
        if !r.context.is_empty() && has_context(text, start, end, field, &self.context[rule], &r.context) {
            score = (score + CONTEXT_BOOST).min(0.99);
        }
        (score >= self.threshold).then_some(TextMatch { rule, start, end, confidence: score })
    }
}

/// The bytes a match of `pattern` can start with (every byte when it can match the empty
/// string, or when the pattern does not parse here: then it is only less selective).
fn starting_bytes(pattern: &str) -> [bool; 256] {
    let config = regex_automata::util::syntax::Config::new().utf8(true);
    match regex_automata::util::syntax::parse_with(pattern, &config) {
        Ok(hir) => match first_bytes_of(&hir) {
            (bytes, false) => bytes,
            (_, true) => [true; 256],
        },
        Err(_) => [true; 256],
    }
}

/// The bytes a match of `hir` can start with, and whether it can match the empty string (then
/// what follows it can start the match too). Look-around assertions are zero-width.
fn first_bytes_of(hir: &regex_syntax::hir::Hir) -> ([bool; 256], bool) {
    use regex_syntax::hir::{Class, HirKind};
    let mut bytes = [false; 256];
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (bytes, true),
        HirKind::Literal(literal) => match literal.0.first() {
            Some(&b) => {
                bytes[b as usize] = true;
                (bytes, false)
            }
            None => (bytes, true),
        },
        HirKind::Class(Class::Unicode(class)) => {
            for range in class.ranges() {
                for sequence in regex_syntax::utf8::Utf8Sequences::new(range.start(), range.end()) {
                    let lead = sequence.as_slice()[0];
                    for b in lead.start..=lead.end {
                        bytes[b as usize] = true;
                    }
                }
            }
            (bytes, false)
        }
        HirKind::Class(Class::Bytes(class)) => {
            for range in class.ranges() {
                for b in range.start()..=range.end() {
                    bytes[b as usize] = true;
                }
            }
            (bytes, false)
        }
        HirKind::Repetition(repetition) => {
            let (sub, empty) = first_bytes_of(&repetition.sub);
            (sub, empty || repetition.min == 0)
        }
        HirKind::Capture(capture) => first_bytes_of(&capture.sub),
        HirKind::Concat(parts) => {
            for part in parts {
                let (sub, empty) = first_bytes_of(part);
                for (b, &can) in sub.iter().enumerate() {
                    bytes[b] |= can;
                }
                if !empty {
                    return (bytes, false);
                }
            }
            (bytes, true)
        }
        HirKind::Alternation(branches) => {
            let mut empty = false;
            for branch in branches {
                let (sub, e) = first_bytes_of(branch);
                for (b, &can) in sub.iter().enumerate() {
                    bytes[b] |= can;
                }
                empty |= e;
            }
            (bytes, empty)
        }
    }
}

/// Word-character classes: two neighbours of the same class belong to one word. Kanji, kana and
/// Latin letters next to each other are separate words (Japanese has no spaces).
#[derive(PartialEq, Eq, Clone, Copy)]
enum WordClass {
    Alphabetic,
    Han,
    Hiragana,
    Katakana,
}

fn word_class(c: char) -> Option<WordClass> {
    if c.is_ascii() {
        return (c.is_ascii_alphanumeric() || c == '_').then_some(WordClass::Alphabetic);
    }
    match c {
        '\u{3041}'..='\u{309f}' => Some(WordClass::Hiragana),
        '\u{30a0}'..='\u{30ff}' | '\u{ff66}'..='\u{ff9f}' => Some(WordClass::Katakana),
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3005}' => Some(WordClass::Han),
        c if c.is_alphanumeric() || c == '_' => Some(WordClass::Alphabetic),
        _ => None,
    }
}

/// The end of the date, time or date-time token that `at` lies in, if any: `2015-10-18`,
/// `2015-10-18T18:01:47.978Z`, `2015-10-18 18:01:47,978`, `17/06/09 20:10:40`, `18:01:47`,
/// `2024-05-01T10:00:00+02:00`. A time needs its seconds (`18:01` alone may be a ratio or a
/// score); a date needs a four-digit year or the time after it.
fn timestamp_around(bytes: &[u8], at: usize) -> Option<usize> {
    let in_token = |b: u8| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b':' | b'.' | b',' | b'T' | b'Z' | b'+' | b' ');
    if !bytes.get(at).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // Back to where the token may begin: at most a date, a separator and a time before `at`.
    let floor = at.saturating_sub(24);
    let mut begin = at;
    while begin > floor && in_token(bytes[begin - 1]) {
        begin -= 1;
    }
    (begin..=at).filter(|&b| b == 0 || !bytes[b - 1].is_ascii_alphanumeric()).find_map(|b| {
        let end = date_time_at(bytes, b)?;
        (end > at).then_some(end)
    })
}

/// The end of a date, time or date-time starting at `i`, as [`timestamp_around`] reads them.
fn date_time_at(bytes: &[u8], i: usize) -> Option<usize> {
    let digits = |at: usize, n: usize| bytes.len() >= at + n && bytes[at..at + n].iter().all(u8::is_ascii_digit);
    let is = |at: usize, set: &[u8]| bytes.get(at).is_some_and(|b| set.contains(b));
    // HH:MM:SS with an optional fraction, at `t`.
    let time = |t: usize| -> Option<usize> {
        if !(digits(t, 2) && is(t + 2, b":") && digits(t + 3, 2) && is(t + 5, b":") && digits(t + 6, 2)) {
            return None;
        }
        let mut end = t + 8;
        if is(end, b".,") && digits(end + 1, 1) {
            end += 1;
            while digits(end, 1) {
                end += 1;
            }
        }
        Some(end)
    };
    let zone = |end: usize| -> usize {
        if is(end, b"Z") {
            end + 1
        } else if is(end, b"+-") && digits(end + 1, 2) {
            let e = if is(end + 3, b":") { end + 4 } else { end + 3 };
            if digits(e, 2) { e + 2 } else { end }
        } else {
            end
        }
    };
    let date = if digits(i, 4) && is(i + 4, b"-/") && digits(i + 5, 2) && is(i + 7, b"-/") && digits(i + 8, 2) {
        Some((i + 10, true))
    } else if digits(i, 2) && is(i + 2, b"-/") && digits(i + 3, 2) && is(i + 5, b"-/") && digits(i + 6, 2) {
        let long_year = digits(i + 8, 2);
        Some((if long_year { i + 10 } else { i + 8 }, long_year))
    } else {
        None
    };
    let end = match date {
        Some((d, full_year)) => match (is(d, b"T "), time(d + 1)) {
            (true, Some(t)) => zone(t),
            _ if full_year => d,
            _ => return None,
        },
        None => zone(time(i)?),
    };
    (!bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)).then_some(end)
}

/// A candidate that starts or ends inside a word (`Donald` in `McDonald`, `位置` in `車両位置`):
/// the Unicode word boundary check that the ASCII-mode automaton cannot make cheaply, done on
/// candidates only.
fn glued_to_word(text: &str, start: usize, end: usize) -> bool {
    // ASCII on both sides, as in most text: a byte comparison, no character decoding.
    let bytes = text.as_bytes();
    let ascii_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let ascii_side = |inner: Option<&u8>, outer: Option<&u8>| match (inner, outer) {
        (Some(&i), Some(&o)) if i.is_ascii() && o.is_ascii() => Some(ascii_word(i) && ascii_word(o)),
        (Some(&i), None) if i.is_ascii() => Some(false),
        _ => None,
    };
    if end > start {
        let outer_before = start.checked_sub(1).map(|i| &bytes[i]);
        if let (Some(glued_before), Some(glued_after)) = (ascii_side(bytes.get(start), outer_before), ascii_side(bytes.get(end - 1), bytes.get(end))) {
            return glued_before || glued_after;
        }
    }
    let value = &text[start..end];
    let (Some(first), Some(last)) = (value.chars().next(), value.chars().next_back()) else {
        return true;
    };
    let same = |a: char, b: Option<char>| word_class(a).is_some() && b.and_then(word_class) == word_class(a);
    same(first, text[..start].chars().next_back()) || same(last, text[end..].chars().next())
}

fn starts_inside_word(text: &str, start: usize) -> bool {
    let (Some(first), Some(prev)) = (text[start..].chars().next(), text[..start].chars().next_back()) else {
        return false;
    };
    word_class(first).is_some() && word_class(first) == word_class(prev)
}

/// Byte offset just past the run of same-class word characters that contains `start`.
fn end_of_word(text: &str, start: usize) -> usize {
    let class = text[start..].chars().next().and_then(word_class);
    // Chinese and Japanese have no spaces: a name may start at any character of a run
    // (`配件部耿先生`).
    if matches!(class, Some(WordClass::Han | WordClass::Hiragana | WordClass::Katakana)) {
        return next_char_boundary(text, start);
    }
    text[start..]
        .char_indices()
        .find(|(_, c)| word_class(*c) != class)
        .map_or(text.len(), |(i, _)| start + i)
}

/// The word right before a candidate (`SKU`, `Order #`, `build`), lowercased.
fn preceding_word(before: &str) -> (String, bool) {
    let trimmed = before.trim_end_matches([' ', ':', '=', '\t']);
    let hash = trimmed.ends_with('#') || trimmed.ends_with("No.") || trimmed.ends_with("no.");
    let trimmed = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = trimmed.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(trimmed.len(), |(i, _)| i);
    (trimmed[start..].to_lowercase(), hash)
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

/// Context words count within [`CONTEXT_WINDOW`] bytes of the value and on its own line, or on
/// the line before when the value starts its line (a label above a value, `Regards,` above a
/// name), never further: in logs, the next record is someone else's context.
fn context_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut lo = floor_char_boundary(text, start.saturating_sub(CONTEXT_WINDOW));
    let before = &text.as_bytes()[lo..start];
    let mut newlines = before.iter().enumerate().rev().filter(|(_, b)| **b == b'\n');
    if let Some((i, _)) = newlines.next() {
        let starts_line = before[i + 1..].iter().all(|b| b.is_ascii_whitespace());
        match newlines.next() {
            _ if !starts_line => lo += i + 1,
            Some((j, _)) => lo += j + 1,
            None => {}
        }
    }
    let hi = floor_char_boundary(text, (end + CONTEXT_WINDOW).min(text.len()));
    let hi = memchr::memchr(b'\n', &text.as_bytes()[end..hi]).map_or(hi, |i| end + i);
    (lo, hi)
}

/// Whether `word` (lowercase) occurs in `haystack` as a word: starting at a word boundary, and
/// for short Latin words ending at one too (`tel` in `tel:` but not in `hotel` or `telemetry`;
/// `phone` also in `phones`), but not as the first part of a CamelCase identifier
/// (`PhoneInterfaceManager` is a class, not a label). Words of scripts without spaces match
/// anywhere.
fn contains_word(haystack: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return !haystack.is_ascii() && haystack.to_lowercase().contains(word);
    }
    let (h, w) = (haystack.as_bytes(), word.as_bytes());
    let Some(&w0) = w.first() else { return false };
    // Candidate positions by the first byte in either case (memchr), then the whole word.
    memchr::memchr2_iter(w0.to_ascii_lowercase(), w0.to_ascii_uppercase(), h)
        .any(|i| i + w.len() <= h.len() && h[i..i + w.len()].eq_ignore_ascii_case(w) && stands_as_word(haystack, i, i + w.len()))
}

/// Whether the ASCII word found at `start..end` of `haystack` stands as a word there (see
/// [`contains_word`]).
fn stands_as_word(haystack: &str, start: usize, end: usize) -> bool {
    let short = end - start <= 4;
    // A word boundary, but not the next part of a dotted identifier (`com.whatsapp`).
    let mut prev = haystack[..start].chars().rev();
    let (p1, p2) = (prev.next(), prev.next());
    let before_ok = !p1.is_some_and(char::is_alphanumeric) && !(p1 == Some('.') && p2.is_some_and(char::is_alphanumeric));
    let next = haystack[end..].chars().next();
    let after_ok = !short || !next.is_some_and(char::is_alphabetic);
    // `PhoneStatusBar`, `ContactsSync`: after the word's own lower-case letters, another hump.
    let mut rest = haystack[end..].chars().skip_while(|c| c.is_lowercase());
    let camel = haystack.as_bytes()[start].is_ascii_uppercase() && rest.next().is_some_and(char::is_uppercase) && rest.next().is_some_and(char::is_lowercase);
    before_ok && after_ok && !camel
}

/// A rule's context words compiled for one pass over a window instead of one search per word
/// (phone numbers have ninety): the ASCII words in a case-insensitive Aho-Corasick automaton, the
/// others (which can only occur in non-ASCII text) looked for in the window's lower-cased copy.
#[derive(Debug)]
struct ContextWords {
    ascii: Option<AhoCorasick>,
    other: Vec<String>,
}

impl ContextWords {
    fn new(words: &[String]) -> Result<ContextWords, RuleError> {
        let ascii: Vec<&str> = words.iter().map(String::as_str).filter(|w| w.is_ascii() && !w.is_empty()).collect();
        let other = words.iter().filter(|w| !w.is_ascii()).cloned().collect();
        let ascii = if ascii.is_empty() {
            None
        } else {
            Some(every_word_automaton(&ascii)?)
        };
        Ok(ContextWords { ascii, other })
    }

    /// Whether one of the words occurs in `haystack` as [`contains_word`] finds it.
    fn found_in(&self, haystack: &str) -> bool {
        if let Some(ac) = &self.ascii {
            if ac.find_overlapping_iter(haystack).any(|m| stands_as_word(haystack, m.start(), m.end())) {
                return true;
            }
        }
        if self.other.is_empty() || haystack.is_ascii() {
            return false;
        }
        let lower = haystack.to_lowercase();
        self.other.iter().any(|w| lower.contains(w.as_str()))
    }
}

/// A context word right before the value, on its line (`phone=`, `tel.: `, `sms to `), or in the
/// field name.
fn has_near_context(text: &str, start: usize, end: usize, field: Option<&str>, context: &ContextWords, words: &[String]) -> bool {
    let lo = floor_char_boundary(text, start.saturating_sub(NEAR_WINDOW));
    let lo = memchr::memrchr(b'\n', &text.as_bytes()[lo..start]).map_or(lo, |i| lo + i + 1);
    let hi = floor_char_boundary(text, (end + NEAR_WINDOW / 2).min(text.len()));
    let hi = memchr::memchr(b'\n', &text.as_bytes()[end..hi]).map_or(hi, |i| end + i);
    let (before, after) = (&text[lo..start], &text[end..hi]);
    context.found_in(before) || context.found_in(after) || field.is_some_and(|f| field_has_word(f, words))
}

/// Whether a field name holds one of `words`: as a word, or inside it for words of five letters
/// or more (field names run words together: `customerphone`).
fn field_has_word(field: &str, words: &[String]) -> bool {
    let f = field.to_lowercase();
    words.iter().any(|w| contains_word(&f, w) || (w.chars().count() >= 5 && f.contains(w.as_str())))
}

/// A field whose name says it holds something else (`order_id`, `ean`, `tracking_number` for
/// phone numbers), unless it also names the rule's own kind (`account_phone`).
fn field_says_otherwise(field: &str, negative: &[String], context: &[String]) -> bool {
    let leaf = crate::column::leaf_name(field).to_lowercase();
    let negative_word = leaf.split(|c: char| !c.is_alphanumeric()).any(|w| negative.iter().any(|n| n == w));
    negative_word && !field_has_word(&leaf, context)
}

fn has_context(text: &str, start: usize, end: usize, field: Option<&str>, context: &ContextWords, words: &[String]) -> bool {
    let (lo, hi) = context_bounds(text, start, end);
    let (before, after) = (&text[lo..start], &text[end..hi]);
    context.found_in(before) || context.found_in(after) || field.is_some_and(|f| field_has_word(f, words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::embedded().expect("embedded rules compile")
    }

    /// An engine of the rules in one rule file's text.
    fn engine_of(toml: &str) -> Engine {
        Engine::new(crate::rules::parse_rule_file("t.toml", toml).expect("rules")).expect("engine")
    }

    fn scan(e: &Engine, text: &str) -> Vec<TextMatch> {
        let mut out = Vec::new();
        e.scan_text(text, None, &mut out);
        out
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
        e.scan_text("vehicle 1M8GDM9AXKP042789", None, &mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn bytes_a_match_can_start_with() {
        let starts = |p: &str| starting_bytes(p).iter().enumerate().filter(|(_, &c)| c).map(|(b, _)| b as u8).collect::<Vec<u8>>();
        assert_eq!(starts("[0-9]{3}"), b"0123456789".to_vec());
        assert_eq!(starts("a?b|(?i:c)"), b"Cabc".to_vec());
        assert_eq!(starts("(?m:^)[ \t]*X"), b"\t X".to_vec());
        assert!(starts("\\p{Lu}").contains(&b'A') && starts("\\p{Lu}").contains(&0xC3) && !starts("\\p{Lu}").contains(&b'a'));
        assert_eq!(starts("x*").len(), 256, "an empty match starts anywhere");
        let han = starts("(?P<value>\\p{Han})様");
        assert!(han.contains(&0xE4) && han.iter().all(|&b| b >= 0xE2), "lead bytes of Han only");
    }

    #[test]
    fn preceding_words() {
        assert_eq!(preceding_word("shipped. Order #"), ("order".to_string(), true));
        assert_eq!(preceding_word("INFO SKU "), ("sku".to_string(), false));
        assert_eq!(preceding_word("to="), ("to".to_string(), false));
    }

    #[test]
    fn timestamps_are_skipped_whole() {
        // (text, where a candidate starts, end of the timestamp around it)
        for (text, at, end) in [
            ("2025-01-01T00:00:00Z INFO", "2025", Some("2025-01-01T00:00:00Z")),
            ("2025-01-01T00:00:00Z INFO", "00Z", Some("2025-01-01T00:00:00Z")),
            ("2015-10-18 18:01:47,978 INFO", "18:01", Some("2015-10-18 18:01:47,978")),
            ("17/06/09 20:10:40 INFO", "17/", Some("17/06/09 20:10:40")),
            ("at 2024-05-01T10:00:00+02:00 ok", "2024", Some("at 2024-05-01T10:00:00+02:00")),
            ("Jun 14 15:16:01 combo", "15", Some("Jun 14 15:16:01")),
            ("born 2024-05-01, call", "2024", Some("born 2024-05-01")),
            ("2024-05-01 555 123 4567", "555", None),
            ("call 0131 496 0650", "0131", None),
            ("score 18:01 today", "18", None),
            ("17/06/09 then", "17", None),
            ("v2025-01-01x", "2025", None),
        ] {
            let start = text.find(at).unwrap();
            assert_eq!(timestamp_around(text.as_bytes(), start), end.map(|e| e.len()), "{text:?} at {at:?}");
        }
    }

    #[test]
    fn cjk_glue_by_script() {
        assert!(glued_to_word("車両位置 緯度", 3, 16));
        assert!(!glued_to_word("氏名: 藤田 陽一 様", 8, 21));
        // ASCII neighbours (the byte fast path) and mixed ones (decoded) agree.
        for (text, value, glued) in [
            ("McDonald", "Donald", true),
            ("Donald.", "Donald", false),
            ("Donald_x", "Donald", true),
            ("Donalds", "Donald", true),
            ("éDonald", "Donald", true),
            ("Donaldé", "Donald", true),
            ("«Donald»", "Donald", false),
        ] {
            let start = text.find(value).unwrap();
            assert_eq!(glued_to_word(text, start, start + value.len()), glued, "{text}");
        }
        assert!(!glued_to_word("Donald", 0, 6));
    }

    #[test]
    fn keyword_prefilter_skips_text_without_keywords() {
        let e = engine();
        assert_eq!(e.enabled_rules("no at sign here") & !e.always_on, 0);
        assert_ne!(e.enabled_rules("x@y.com") & !e.always_on, 0);
    }

    /// Keywords gate a rule over the whole text, also when the keyword is context rather than
    /// part of the match (checked lazily on the rule's first candidate).
    #[test]
    fn keywords_outside_the_match_gate_the_rule() {
        let toml = r#"
schema = 1
category = "phone"
[[classifier]]
id = "phone-extension"
pattern = '''(?-u:\b)[0-9]{4}(?-u:\b)'''
keywords = ["extension"]
score = 0.9
[classifier.examples]
match = ["extension list: 4711"]
no_match = ["room 4711"]
"#;
        let e = engine_of(toml);
        let found = |t: &str| scan(&e, t).len();
        assert_eq!(found("room 4711"), 0);
        assert_eq!(found("EXTENSION list: 4711"), 1, "keyword before, case-insensitive");
        let far = format!("4711 {} see the extension list", "x ".repeat(500));
        assert_eq!(found(&far), 1, "keyword far from the candidate, in the same text");
    }

    /// The gate finds a keyword that is a prefix of a longer one at the same start (`ext` of
    /// `extension`), that starts inside another (`ext` in `telextension`) or that overlaps the
    /// end of one (`isten` across `specialist`), as an overlapping search does.
    #[test]
    fn gate_finds_keywords_inside_and_across_other_keywords() {
        let toml = r#"
schema = 1
category = "phone"
[[classifier]]
id = "phone-a"
pattern = '''(?-u:\b)1[0-9]{3}(?-u:\b)'''
keywords = ["extension", "specialist"]
score = 0.9
[classifier.examples]
match = ["extension 1711"]
[[classifier]]
id = "phone-b"
pattern = '''(?-u:\b)2[0-9]{3}(?-u:\b)'''
keywords = ["ext"]
score = 0.9
[classifier.examples]
match = ["ext 2711"]
[[classifier]]
id = "phone-c"
pattern = '''(?-u:\b)3[0-9]{3}(?-u:\b)'''
keywords = ["tel", "isten"]
score = 0.9
[classifier.examples]
match = ["tel 3711"]
"#;
        let e = engine_of(toml);
        let rules = |t: &str| scan(&e, t).iter().map(|m| e.rules()[m.rule].spec.id.clone()).collect::<Vec<_>>();
        assert_eq!(rules("extension: 1711 2711 3711"), ["phone-a", "phone-b"], "a prefix at the same start");
        assert_eq!(rules("telextension: 1711 2711 3711"), ["phone-a", "phone-b", "phone-c"], "keywords starting inside another");
        assert_eq!(rules("specialisten: 1711 2711 3711"), ["phone-a", "phone-c"], "a keyword across the end of another");
        assert!(rules("1711 2711 3711").is_empty());
    }

    /// A value group keeps its capture slots (the other rules' are dropped) in either spelling.
    #[test]
    fn value_groups_in_both_spellings_mark_the_value() {
        for group in ["(?P<value>", "(?<value>"] {
            let toml = format!("schema = 1\ncategory = \"vin\"\n[[classifier]]\nid = \"vin-keyed\"\npattern = 'VIN: {group}[A-Z0-9]{{5}})'\nscore = 0.9\n");
            let e = engine_of(&toml);
            let text = "car VIN: AB123 sold";
            let found: Vec<&str> = scan(&e, text).iter().map(|m| &text[m.start..m.end]).collect();
            assert_eq!(found, ["AB123"], "{group}");
        }
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
