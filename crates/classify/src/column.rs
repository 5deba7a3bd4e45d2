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
    /// Values that are a single number in latitude / longitude range with 2+ decimals.
    lat_like: u64,
    lon_like: u64,
    /// Values that are one known first name or surname (Western or Japanese): the content of a
    /// `first_name` / `last_name` / `姓` column, which the two-token name pattern cannot see.
    name_part_like: u64,
    /// Values shaped like one name token (capitalised word that is not an everyday word).
    name_part_shaped: u64,
    /// Whether the field name is a name header, decided on the first value: name-part values are
    /// only looked up under such a header (see [`name_part_columns`]).
    name_header: Option<bool>,
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

/// The last segment of a JSONPath (`$.customer.email` → `email`) or a spreadsheet field
/// (`Customers!email` → `email`), which is what header rules name.
pub fn leaf_name(field: &str) -> &str {
    let f = field.trim_end_matches("[*]");
    f.rsplit(['.', '/', '!']).next().unwrap_or(f).trim_end_matches("[*]")
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
            lat_like: 0,
            lon_like: 0,
            name_part_like: 0,
            name_part_shaped: 0,
            name_header: None,
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
        if let Some((x, decimals)) = crate::geo::parse_coordinate(trimmed) {
            if decimals >= 2 {
                self.lat_like += u64::from(x.abs() <= 90.0);
                self.lon_like += u64::from(x.abs() <= 180.0);
            }
        }
        let name_header = *self.name_header.get_or_insert_with(|| {
            let name = normalize_header(leaf_name(&self.field));
            engine.rules().iter().any(|r| r.category == Category::Name && header_matches(&name, &r.columns))
        });
        if matches.is_empty() && name_header {
            let (shaped, known) = name_part(trimmed);
            self.name_part_shaped += u64::from(shaped);
            self.name_part_like += u64::from(known);
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

    /// Distinct non-empty values: exact up to an internal cap, then extrapolated from the
    /// share of distinct values among the values seen before the cap was reached.
    pub fn distinct_count(&self) -> u64 {
        match self.distinct_frozen_at {
            Some(at) => ((self.distinct.len() as f64 / at as f64) * self.nonempty as f64).round() as u64,
            None => self.distinct.len() as u64,
        }
    }

    pub fn nonempty(&self) -> u64 {
        self.nonempty
    }

    /// Does the field name match a header name of `category`'s rules?
    pub fn header_match(&self, engine: &Engine, category: Category) -> bool {
        let name = normalize_header(leaf_name(&self.field));
        engine.rules().iter().any(|r| r.category == category && header_matches(&name, &r.columns))
    }

    /// Share of values with at least one match of `category`.
    pub fn hit_ratio(&self, category: Category) -> f32 {
        self.matched[cat_index(category)] as f32 / self.nonempty.max(1) as f32
    }

    /// Whether value-level hits of `category` in this field are reported: always for exact
    /// detectors; for fuzzy ones (a `column_min_ratio` in their rules) only with a header match
    /// or when enough of the column's values match.
    pub fn keeps_hits(&self, engine: &Engine, category: Category) -> bool {
        let min_ratio = engine
            .rules()
            .iter()
            .filter(|r| r.category == category)
            .map(|r| r.spec.column_min_ratio)
            .fold(0.0f32, f32::max);
        min_ratio <= 0.0 || self.header_match(engine, category) || self.hit_ratio(category) >= min_ratio
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

/// Header names of latitude and longitude columns (normalized).
const LAT_HEADERS: &[&str] = &["lat", "latitude", "gpslat", "gpslatitude", "latdeg", "緯度", "breitengrad"];
const LON_HEADERS: &[&str] = &["lon", "lng", "long", "longitude", "gpslon", "gpslng", "gpslongitude", "londeg", "経度", "längengrad", "laengengrad"];

/// Is the value shaped like one name token, and does a name dictionary know it?
fn name_part(value: &str) -> (bool, bool) {
    use crate::dictionaries::{contains_lower, COMMON_WORDS, FIRST_NAMES, JA_GIVEN_NAMES, JA_SURNAMES, SURNAMES};
    if value.chars().count() > 30 || value.contains(char::is_whitespace) {
        return (false, false);
    }
    let first = value.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        let shaped = value.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
            && !contains_lower(&COMMON_WORDS, value);
        let known = contains_lower(&FIRST_NAMES, value) || contains_lower(&SURNAMES, value);
        return (shaped, shaped && known);
    }
    let known = JA_SURNAMES.contains(value) || JA_GIVEN_NAMES.contains(value);
    (known, known)
}

/// Name-part columns (`first_name`, `last_name`, `姓`): a name header, nearly all values shaped
/// like a name token and a good share of them known to the dictionaries (surname lists are never
/// complete, so not all).
pub fn name_part_columns(engine: &Engine, profiles: &[ColumnProfile]) -> Vec<(usize, ColumnVerdict)> {
    profiles
        .iter()
        .enumerate()
        .filter(|(_, p)| p.nonempty > 0 && p.header_match(engine, Category::Name))
        .filter_map(|(i, p)| {
            let ratio = p.name_part_like as f32 / p.nonempty as f32;
            let shaped = p.name_part_shaped as f32 / p.nonempty as f32;
            (shaped >= 0.8 && ratio >= 0.3).then(|| {
                let verdict = ColumnVerdict {
                    category: Category::Name,
                    confidence: (0.7 + 0.25 * ratio).min(0.99),
                    classifiers: vec!["name-part-column".to_string()],
                    evidence: ColumnEvidence {
                        header_match: true,
                        sampled: p.nonempty,
                        matched: p.name_part_like,
                        match_ratio: ratio,
                        distinct_ratio: p.distinct_ratio(),
                        against: Vec::new(),
                    },
                };
                (i, verdict)
            })
        })
        .collect()
}

/// Latitude/longitude column pairs, judged on values: a `lat` column is a location only when a
/// `lon` column sits beside it and nearly all values of both are coordinates with decimals.
pub fn location_pairs(profiles: &[ColumnProfile]) -> Vec<(usize, ColumnVerdict)> {
    let share = |n: u64, p: &ColumnProfile| n as f32 / p.nonempty.max(1) as f32;
    let side = |headers: &[&str], pick: fn(&ColumnProfile) -> u64| -> Vec<usize> {
        profiles
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                let name = normalize_header(leaf_name(&p.field));
                p.nonempty > 0
                    && headers.iter().any(|h| name == *h || name.ends_with(h) && h.chars().count() >= 3)
                    && share(pick(p), p) >= 0.9
            })
            .map(|(i, _)| i)
            .collect()
    };
    let lats = side(LAT_HEADERS, |p| p.lat_like);
    let lons = side(LON_HEADERS, |p| p.lon_like);
    // GeoJSON geometries: `coordinates` arrays of (lon, lat) numbers.
    let geojson = side(&["coordinates"], |p| p.lon_like);
    let pairs: Vec<usize> = if lats.is_empty() || lons.is_empty() { Vec::new() } else { lats.iter().chain(&lons).copied().collect() };
    pairs
        .into_iter()
        .chain(geojson)
        .map(|i| (i, if lats.contains(&i) { profiles[i].lat_like } else { profiles[i].lon_like }))
        .map(|(i, like)| {
            let p = &profiles[i];
            let ratio = share(like, p);
            let mut against = Vec::new();
            let mut confidence = 0.75 + 0.2 * ratio;
            if p.nonempty >= 10 && p.distinct.len() == 1 {
                against.push("every sampled value is identical".to_string());
                confidence *= 0.7;
            }
            let verdict = ColumnVerdict {
                category: Category::Location,
                confidence: confidence.min(0.99),
                classifiers: vec!["location-latlon-columns".to_string()],
                evidence: ColumnEvidence {
                    header_match: true,
                    sampled: p.nonempty,
                    matched: like,
                    match_ratio: ratio,
                    distinct_ratio: p.distinct_ratio(),
                    against,
                },
            };
            (i, verdict)
        })
        .collect()
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
    fn lat_lon_pairs_need_both_sides_and_coordinate_values() {
        let e = Engine::embedded().expect("rules");
        let lat = profile(&e, "lat", &["35.6812", "48.8584", "-33.8688"]);
        let lon = profile(&e, "lon", &["139.7671", "2.2945", "151.2093"]);
        let speed = profile(&e, "speed", &["12.5", "80.25", "33.75"]);
        let found = location_pairs(&[lat.clone(), lon.clone(), speed]);
        assert_eq!(found.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1]);
        assert!(location_pairs(std::slice::from_ref(&lat)).is_empty(), "a lat column alone is not enough");
        let not_coordinates = profile(&e, "lon", &["1", "2", "3"]);
        assert!(location_pairs(&[lat, not_coordinates]).is_empty(), "values decide, not only names");
        let geometry = profile(&e, "$.features[*].geometry.coordinates[*]", &["139.7671", "35.6812", "2.2945", "48.8584"]);
        assert_eq!(location_pairs(&[geometry]).len(), 1, "GeoJSON coordinates");
    }

    #[test]
    fn first_and_last_name_columns() {
        let e = Engine::embedded().expect("rules");
        let first = profile(&e, "first_name", &["Grace", "Alan", "Barbara", "Edsger", "Jérôme"]);
        let last = profile(&e, "last_name", &["Hopper", "Turing", "Liskov", "Dijkstra", "Jourdan"]);
        let sei = profile(&e, "氏名", &["藤田", "高橋", "村上"]);
        let city = profile(&e, "city", &["Paris", "Jordan", "Austin"]);
        let found = name_part_columns(&e, &[first, last, sei, city]);
        assert_eq!(found.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 2], "a name header is required");
    }

    #[test]
    fn fuzzy_hits_need_column_support() {
        let e = Engine::embedded().expect("rules");
        let mut cities = vec!["Lyon"; 9];
        cities.push("Saint Augustin-la-Forêt");
        let p = profile(&e, "city", &cities);
        assert!(!p.keeps_hits(&e, Category::Name));
        let emails = profile(&e, "notes", &["ok", "ok", "ok", "write to a@example.com"]);
        assert!(emails.keeps_hits(&e, Category::Email), "exact detectors keep sparse hits");
    }

    #[test]
    fn leaf_names() {
        assert_eq!(leaf_name("$.customer.address.street"), "street");
        assert_eq!(leaf_name("$.items[*]"), "items");
        assert_eq!(leaf_name("vin"), "vin");
        assert_eq!(leaf_name("Customers!E-mail"), "E-mail");
    }
}
