//! libphonenumber's metadata (as packaged by the `phonenumber` crate), compiled once into our own
//! automata: the crate's validator asks a shared, mutex-guarded cache of 100 regexes, which
//! thrashes (and serialises threads) as soon as numbers of many regions are tried.
//!
//! Only what the validator needs: per region its country code, trunk prefix, the patterns and
//! lengths of the kinds of numbers people give out, and the national formats (to tell whether a
//! number is written in its region's grouping). One multi-pattern automaton over every region's
//! general pattern picks the few regions worth a closer look; those are compiled on first use.

use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternSet};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// Regions tried first for numbers written in national form: the markets of a global carmaker.
/// Every other region libphonenumber knows is tried after them.
const MARKETS: &[&str] = &[
    "US", "GB", "FR", "DE", "JP", "CA", "AU", "IN", "BR", "MX", "IT", "ES", "NL", "BE", "CH", "AT", "IE", "PT", "PL",
    "CZ", "SE", "NO", "DK", "FI", "TR", "IL", "TH", "ID", "VN", "PH", "MY", "TW", "CN", "KR", "NZ", "AR", "CO", "SG",
    "HK", "ZA", "AE", "SA", "RU", "UA", "GR", "HU", "RO", "CL", "PE",
];

/// One region's numbering plan, as far as the validator needs it.
pub struct Region {
    pub id: String,
    pub code: u16,
    /// National (trunk) prefix: `0` in most of the world, `1` in the NANP, `8` in Russia.
    pub trunk: Option<String>,
    /// Possible lengths of a national significant number, over the kinds of numbers kept.
    pub lengths: Vec<u16>,
    /// Pattern sources, compiled into [`Detail`] on first use.
    types: Vec<(String, Vec<u16>)>,
    formats: Vec<(String, Option<String>, String)>,
    detail: OnceLock<Option<Detail>>,
}

struct Detail {
    /// Every kind of number of the region, one pattern each (full match).
    types: Regex,
    type_lengths: Vec<Vec<u16>>,
    formats: Vec<Format>,
}

struct Format {
    pattern: Regex,
    leading: Option<Regex>,
    template: String,
}

pub struct Metadata {
    pub regions: Vec<Region>,
    /// Every region's general pattern, pattern id = index in `regions`.
    general: Regex,
    by_code: HashMap<u16, Vec<usize>>,
    /// The distinct trunk prefixes, to strip before asking `general`.
    trunks: Vec<String>,
}

fn build(patterns: &[String], kind: MatchKind) -> Option<Regex> {
    let full: Vec<String> = patterns.iter().map(|p| format!("(?:{p})$")).collect();
    Regex::builder()
        .configure(Regex::config().match_kind(kind))
        .syntax(syntax::Config::new().ignore_whitespace(true).unicode(false).utf8(false))
        .build_many(&full)
        .ok()
}

/// Kinds of numbers people give out (short codes, emergency and carrier codes are not kept).
fn kept_descriptors(d: &phonenumber::metadata::Descriptors) -> Vec<&phonenumber::metadata::Descriptor> {
    [d.fixed_line(), d.mobile(), d.toll_free(), d.premium_rate(), d.shared_cost(), d.personal_number(), d.voip(), d.uan(), d.pager()]
        .into_iter()
        .flatten()
        .collect()
}

pub static METADATA: LazyLock<Metadata> = LazyLock::new(|| {
    let mut regions: Vec<(usize, Region)> = phonenumber::metadata::DATABASE
        .iter()
        .map(|m| {
            let d = m.descriptors();
            let kept = kept_descriptors(d);
            let types: Vec<(String, Vec<u16>)> = kept.iter().map(|t| (t.national_number().as_str().to_string(), t.possible_length().to_vec())).collect();
            let mut lengths: Vec<u16> = types.iter().flat_map(|(_, l)| l.iter().copied()).collect();
            lengths.sort_unstable();
            lengths.dedup();
            let formats = m
                .formats()
                .iter()
                .map(|f| (f.pattern().as_str().to_string(), f.leading_digits().last().map(|l| l.as_str().to_string()), f.format().to_string()))
                .collect();
            let rank = MARKETS.iter().position(|r| *r == m.id()).unwrap_or(MARKETS.len());
            let region = Region {
                id: m.id().to_string(),
                code: m.country_code(),
                trunk: m.national_prefix().map(str::to_string),
                lengths,
                types,
                formats,
                detail: OnceLock::new(),
            };
            // The main region of a shared country code first (US before CA in +1).
            (rank * 2 + usize::from(!m.is_main_country_for_code()), region)
        })
        .collect();
    regions.sort_by(|(ra, a), (rb, b)| ra.cmp(rb).then_with(|| a.id.cmp(&b.id)));
    let regions: Vec<Region> = regions.into_iter().map(|(_, r)| r).collect();
    let general_sources: Vec<String> = phonenumber::metadata::DATABASE
        .iter()
        .map(|m| (m.id().to_string(), m.descriptors().general().national_number().as_str().to_string()))
        .collect::<HashMap<_, _>>()
        .into_iter()
        .fold(vec![String::new(); regions.len()], |mut acc, (id, p)| {
            if let Some(i) = regions.iter().position(|r| r.id == id) {
                acc[i] = p;
            }
            acc
        });
    let general = build(&general_sources, MatchKind::All).expect("libphonenumber general patterns compile");
    let mut by_code: HashMap<u16, Vec<usize>> = HashMap::new();
    for (i, r) in regions.iter().enumerate() {
        by_code.entry(r.code).or_default().push(i);
    }
    let mut trunks: Vec<String> = regions.iter().filter_map(|r| r.trunk.clone()).collect();
    trunks.sort();
    trunks.dedup();
    Metadata { regions, general, by_code, trunks }
});

impl Region {
    fn detail(&self) -> Option<&Detail> {
        self.detail
            .get_or_init(|| {
                let sources: Vec<String> = self.types.iter().map(|(p, _)| p.clone()).collect();
                let types = build(&sources, MatchKind::All)?;
                let formats = self
                    .formats
                    .iter()
                    .filter_map(|(p, leading, template)| {
                        let pattern = build(std::slice::from_ref(p), MatchKind::LeftmostFirst)?;
                        let leading = match leading {
                            Some(l) => Some(
                                Regex::builder()
                                    .syntax(syntax::Config::new().ignore_whitespace(true).unicode(false).utf8(false))
                                    .build(l)
                                    .ok()?,
                            ),
                            None => None,
                        };
                        Some(Format { pattern, leading, template: template.clone() })
                    })
                    .collect();
                Some(Detail { types, type_lengths: self.types.iter().map(|(_, l)| l.clone()).collect(), formats })
            })
            .as_ref()
    }

    /// Is `nsn` (national significant number) a valid number of one of the kept kinds?
    pub fn is_valid(&self, nsn: &str) -> bool {
        let Some(d) = self.detail() else { return false };
        let mut set = PatternSet::new(d.types.pattern_len());
        d.types.which_overlapping_matches(&Input::new(nsn).anchored(Anchored::Yes), &mut set);
        set.iter().any(|p| {
            let lengths = &d.type_lengths[p.as_usize()];
            lengths.is_empty() || lengths.contains(&(nsn.len() as u16))
        })
    }

    /// Digit-group lengths of `nsn` in the region's national format (trunk prefix excluded),
    /// chosen as libphonenumber does: the first format whose last leading-digits pattern
    /// matches the start of the number and whose pattern matches all of it.
    pub fn format_groups(&self, nsn: &str) -> Option<Vec<usize>> {
        let d = self.detail()?;
        for f in &d.formats {
            if let Some(l) = &f.leading {
                if l.search(&Input::new(nsn).anchored(Anchored::Yes)).is_none() {
                    continue;
                }
            }
            let mut caps = f.pattern.create_captures();
            f.pattern.search_captures(&Input::new(nsn).anchored(Anchored::Yes), &mut caps);
            if !caps.is_match() {
                continue;
            }
            // Render the template (`$1 $2 $3`, sometimes `$1$2 $3`) and measure its digit runs.
            let mut rendered = String::new();
            let mut chars = f.template.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '$' {
                    if let Some(g) = chars.peek().and_then(|d| d.to_digit(10)) {
                        chars.next();
                        if let Some(span) = caps.get_group(g as usize) {
                            rendered.push_str(&nsn[span.range()]);
                        }
                        continue;
                    }
                }
                rendered.push(if c.is_ascii_digit() { 'x' } else { c });
            }
            return Some(super::groups(&rendered));
        }
        None
    }
}

impl Metadata {
    pub fn get() -> &'static Metadata {
        &METADATA
    }

    /// Regions, in priority order, where the number written nationally as `digits` (trunk
    /// prefix included when the region has one; optional in the NANP) matches the region's
    /// general pattern, with the national significant number for each.
    pub fn national_candidates<'d>(&self, digits: &'d str) -> Vec<(usize, &'d str)> {
        let mut out = Vec::new();
        let mut set = PatternSet::new(self.regions.len());
        let mut ask = |nsn: &'d str, keep: &dyn Fn(&Region) -> bool, out: &mut Vec<(usize, &'d str)>| {
            set.clear();
            self.general.which_overlapping_matches(&Input::new(nsn).anchored(Anchored::Yes), &mut set);
            for p in set.iter() {
                let r = &self.regions[p.as_usize()];
                if keep(r) && r.lengths.contains(&(nsn.len() as u16)) {
                    out.push((p.as_usize(), nsn));
                }
            }
        };
        // Without a trunk prefix: any region (regions with one often leave it out, as Brazil's
        // `(21) 91815-1551`; the validator then asks for phone punctuation).
        ask(digits, &|_: &Region| true, &mut out);
        for t in &self.trunks {
            if let Some(nsn) = digits.strip_prefix(t.as_str()) {
                ask(nsn, &|r: &Region| r.trunk.as_deref() == Some(t.as_str()), &mut out);
            }
        }
        out.sort_by_key(|(i, _)| *i);
        out
    }

    /// Whether some region could have a national number of this many digits (trunk included).
    pub fn possible_national_length(&self, digits: &str) -> bool {
        self.regions.iter().any(|r| {
            let len = match &r.trunk {
                Some(t) if digits.starts_with(t.as_str()) => digits.len() - t.len(),
                Some(t) if t != "1" => return false,
                _ => digits.len(),
            };
            r.lengths.contains(&(len as u16))
        })
    }

    /// An international number (`+` and country code first): `Some(true)` when valid in a
    /// region of its country code, `Some(false)` when only of a possible length, `None` when no
    /// country code fits.
    pub fn international(&self, digits: &str) -> Option<bool> {
        let mut possible = None;
        for cc_len in 1..=3.min(digits.len()) {
            let Ok(code) = digits[..cc_len].parse::<u16>() else { continue };
            let Some(regions) = self.by_code.get(&code) else { continue };
            let nsn = &digits[cc_len..];
            for &i in regions {
                let r = &self.regions[i];
                if r.lengths.contains(&(nsn.len() as u16)) {
                    possible = Some(false);
                    if r.is_valid(nsn) {
                        return Some(true);
                    }
                }
            }
        }
        possible
    }
}
