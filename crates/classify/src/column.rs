//! The column path: what does a column (or JSON path) hold, judged from its name and the values
//! seen in it. Each verdict carries its evidence so a user can see why a field was flagged.

use crate::engine::{Engine, TextMatch};
use crate::headers::HeaderKind;
use crate::rules::normalize_header;
use piimap_model::{Category, ColumnEvidence};
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Distinct values are tracked exactly up to this many, then the ratio is frozen.
const DISTINCT_CAP: usize = 4096;
/// Share of a field's values that must hold a category before a header that says otherwise
/// (`street` for names, `postcode` for phones) is overruled.
const AGAINST_MIN_RATIO: f32 = 0.8;

/// Whether values can overrule a header that says the field holds something else: phone
/// numbers (a `fax` or `contact` column mislabelled), not names or addresses, whose detectors
/// are fuzzy (place names in a `region` column look like names, value after value).
fn overrules_header(category: Category) -> bool {
    category == Category::Phone
}

/// Categories that one value holds on its column's evidence alone, without a text-path match
/// of its own: a first name in a `first_name` column, a number in a latitude column. A bit per
/// category, indexed like [`Category::ALL`]. A column verdict counts these values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ColumnHits(u8);

impl ColumnHits {
    pub fn contains(self, category: Category) -> bool {
        self.0 & (1 << Category::index(category)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn insert(&mut self, category: Category) {
        self.0 |= 1 << Category::index(category);
    }
}

/// Evidence gathered about one field.
#[derive(Debug, Clone)]
pub struct ColumnProfile {
    field: String,
    nonempty: u64,
    /// Values with at least one accepted match, per category.
    matched: [u64; Category::COUNT],
    /// Values whose match covers most of the value, per category.
    whole: [u64; Category::COUNT],
    distinct: HashSet<u64>,
    distinct_frozen_at: Option<u64>,
    /// Rules that matched any value, as a bit mask over [`Engine::rules`].
    rules_seen: u128,
    /// What the values say about coordinates (see [`location_pairs`]).
    geo: crate::geo::ColumnGeo,
    /// Values that are one known first name or surname (Western or Japanese): the content of a
    /// `first_name` / `last_name` / `姓` column, which the two-token name pattern cannot see.
    name_part_like: u64,
    /// Values shaped like one name token (capitalised word that is not an everyday word).
    name_part_shaped: u64,
    /// Values shaped like a street line under an address header (`Lebeděvova 241/37`,
    /// `竹園7-7-17`), which carry no street type for the text path to see.
    street_line_shaped: u64,
    /// What the field name says it holds ([`crate::headers`]), decided once: name-part values
    /// are only looked up under a name header (see [`name_part_columns`]).
    header: std::sync::OnceLock<Option<HeaderKind>>,
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
            matched: [0; Category::COUNT],
            whole: [0; Category::COUNT],
            distinct: HashSet::new(),
            distinct_frozen_at: None,
            rules_seen: 0,
            geo: crate::geo::ColumnGeo::default(),
            name_part_like: 0,
            name_part_shaped: 0,
            street_line_shaped: 0,
            header: std::sync::OnceLock::new(),
        }
    }

    pub fn field(&self) -> &str {
        &self.field
    }

    /// Records one value and the text-path matches found in it; says which categories the value
    /// holds on the column's evidence alone (counted if the column's verdict says so).
    pub fn observe(&mut self, engine: &Engine, value: &str, matches: &[TextMatch]) -> ColumnHits {
        let mut hits = ColumnHits::default();
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return hits;
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
        let geo_before = (self.geo.lon_like, self.geo.pairs, self.geo.precise);
        self.geo.observe(trimmed);
        let coordinate_like = (self.geo.lon_like, self.geo.pairs, self.geo.precise) != geo_before;
        let mut name_part_value = false;
        if let Some(kind) = self.header_kind(engine).filter(|k| k.category() == Some(Category::Name)) {
            let (shaped, known) = name_part(trimmed, kind);
            self.name_part_shaped += u64::from(shaped);
            self.name_part_like += u64::from(known);
            name_part_value = shaped;
        }
        let street_line_value = self.header_kind(engine).is_some_and(|k| k.category() == Some(Category::Address)) && street_line(trimmed);
        self.street_line_shaped += u64::from(street_line_value);
        let mut seen = [false; Category::COUNT];
        for m in matches {
            self.rules_seen |= 1 << m.rule;
            let c = Category::index(engine.rules()[m.rule].category);
            if !seen[c] {
                seen[c] = true;
                self.matched[c] += 1;
                if (m.end - m.start) * 2 >= trimmed.len() {
                    self.whole[c] += 1;
                }
            }
        }
        if name_part_value && !seen[Category::index(Category::Name)] {
            hits.insert(Category::Name);
        }
        if street_line_value && !seen[Category::index(Category::Address)] {
            hits.insert(Category::Address);
        }
        if coordinate_like && !seen[Category::index(Category::Location)] {
            hits.insert(Category::Location);
        }
        hits
    }

    /// What the field name says the field holds, if it says ([`crate::headers`]).
    pub fn header_kind(&self, engine: &Engine) -> Option<HeaderKind> {
        *self.header.get_or_init(|| crate::headers::header_kind(leaf_name(&self.field), engine.rules()))
    }

    /// The header's kind when it says the field holds something other than `category`
    /// (`Straße` for names, `PLZ` for phones, `phone` for addresses).
    pub fn header_against(&self, engine: &Engine, category: Category) -> Option<HeaderKind> {
        self.header_kind(engine).filter(|k| k.against(category))
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

    /// Does the field name say it holds `category` (header words of many languages and the
    /// rules' own `columns`)?
    pub fn header_match(&self, engine: &Engine, category: Category) -> bool {
        self.header_kind(engine).and_then(HeaderKind::category) == Some(category)
    }

    /// Share of values with at least one match of `category`.
    pub fn hit_ratio(&self, category: Category) -> f32 {
        self.matched[Category::index(category)] as f32 / self.nonempty.max(1) as f32
    }

    /// Share of values that are (mostly) one match of `category`.
    fn whole_ratio(&self, category: Category) -> f32 {
        self.whole[Category::index(category)] as f32 / self.nonempty.max(1) as f32
    }

    /// Whether value-level hits of `category` in this field are reported: always for exact
    /// detectors; for fuzzy ones (a `column_min_ratio` in their rules) only with a header match
    /// or when enough of the column's values match; under a header that says the field holds
    /// something else, only when nearly all of its values match.
    pub fn keeps_hits(&self, engine: &Engine, category: Category) -> bool {
        if self.header_against(engine, category).is_some() {
            return overrules_header(category) && self.whole_ratio(category) >= AGAINST_MIN_RATIO;
        }
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
        let leaf = leaf_name(&self.field);
        let mut out = Vec::new();
        for category in engine.categories() {
            let c = Category::index(category);
            let header_match = self.header_match(engine, category);
            let header_rules: Vec<&str> = engine
                .rules()
                .iter()
                .filter(|r| header_match && r.category == category && crate::headers::header_matches_columns(leaf, &r.columns, category))
                .map(|r| r.spec.id.as_str())
                .collect();
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
            if let Some(kind) = self.header_against(engine, category) {
                if !overrules_header(category) || ratio < AGAINST_MIN_RATIO {
                    continue;
                }
                against.push(format!("the header names {}", kind.describe()));
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
/// Words that only name geographic coordinates, in several languages (`Breite`, `Länge`,
/// `lengte` also mean width and length: such columns are judged by their values alone).
const LAT_HEADERS: &[&str] = &[
    "lat", "latitude", "gpslat", "gpslatitude", "latdeg", "緯度", "纬度", "위도", "breitengrad", "latitud", "latitudine",
    "breedtegraad", "enlem", "leveysaste", "breddegrad", "breddgrad", "широта",
];
const LON_HEADERS: &[&str] = &[
    "lon", "lng", "long", "longitude", "gpslon", "gpslng", "gpslongitude", "londeg", "経度", "经度", "經度", "경도",
    "längengrad", "laengengrad", "longitud", "longitudine", "lengtegraad", "boylam", "pituusaste", "lengdegrad",
    "længdegrad", "längdgrad", "долгота",
];
/// Array fields holding positions (`coordinates[*]`, `latlng[*]`), and array fields that hold
/// positions when their values have GPS-like precision.
const ARRAY_HEADERS: &[&str] = &["coordinates", "coords", "latlng", "latlon", "lnglat", "lonlat", "latlong"];
const LOOSE_ARRAY_HEADERS: &[&str] = &["position", "location", "center", "centre", "geo", "gps", "point", "loc", "pos"];

/// Lowercase particles inside names (`van der Berg`, `de la Cruz`, `bin Laden`).
const NAME_PARTICLES: &[&str] = &["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "dos", "das", "do", "y", "e", "bin", "binti", "al", "el", "ter", "ten", "zu", "af", "av", "d'", "mc"];

/// Kana (hiragana, katakana, half-width katakana, the long-vowel mark and middle dot).
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309f}' | '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Is the value shaped like a name or a part of one, and does a name dictionary know a part of
/// it? Shaped: one to four capitalised words (or words in capitals, `DUPONT`), lowercase
/// particles between them, not everyday words unless a name list knows them (`Grace`, `Rose`);
/// in scripts without case, short words of one script (`藤田`, `김민준`); under a reading header
/// (`reading`), kana (`フジタ ヨウイチ`).
fn name_part(value: &str, kind: HeaderKind) -> (bool, bool) {
    let reading = kind == HeaderKind::NameReading;
    // Under a header that names a part of a name, everyday words are names too (`Nam`, `Mai`,
    // `Rose`); under `name` or `customer` they are not enough on their own.
    let specific = matches!(kind, HeaderKind::FirstName | HeaderKind::LastName | HeaderKind::MiddleName);
    use crate::dictionaries::{is_common_word, is_given_name, is_surname, JA_GIVEN_NAMES};
    if value.chars().count() > 40 {
        return (false, false);
    }
    let words: Vec<&str> = value.split([' ', '\u{3000}']).filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 4 {
        return (false, false);
    }
    if reading {
        let kana: usize = words.iter().map(|w| w.chars().filter(|&c| is_kana(c)).count()).sum();
        let shaped = words.iter().all(|w| w.chars().all(is_kana)) && (2..=24).contains(&kana);
        let hiragana = |w: &str| -> String { w.chars().map(|c| if ('\u{30a1}'..='\u{30f6}').contains(&c) { char::from_u32(c as u32 - 0x60).unwrap_or(c) } else { c }).collect() };
        let known = shaped && words.iter().any(|w| JA_GIVEN_NAMES.contains(hiragana(w).as_str()));
        return (shaped, known);
    }
    let cased = |c: char| c.is_uppercase() || c.is_lowercase();
    if words.iter().any(|w| w.chars().any(cased)) {
        let (mut tokens, mut everyday) = (0usize, 0usize);
        let mut known = false;
        for w in &words {
            let w = w.trim_end_matches([',', '.']);
            if NAME_PARTICLES.contains(&w) || w.starts_with("d'") && w.len() > 2 {
                continue;
            }
            let mut chars = w.chars();
            let Some(first) = chars.next() else { return (false, false) };
            let rest: Vec<char> = chars.collect();
            let name_char = |c: &char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’');
            // `Grace`, `DUPONT`, `O'Brien`, `Smith-Jones`, `McDonald`.
            let all_caps = rest.iter().any(|c| c.is_alphabetic()) && rest.iter().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            let humps_ok = rest.iter().enumerate().all(|(i, c)| {
                !c.is_uppercase() || (i > 0 && matches!(rest[i - 1], '-' | '\'' | '’')) || (i == 1 && w.starts_with("Mc")) || (i == 2 && w.starts_with("Mac"))
            });
            let capitalised = first.is_uppercase() && (all_caps || humps_ok);
            if !capitalised || !rest.iter().all(name_char) || (rest.is_empty() && words.len() == 1) {
                return (false, false);
            }
            let word_known = is_given_name(w) || is_surname(w);
            everyday += usize::from(!word_known && is_common_word(w));
            known |= word_known;
            tokens += 1;
        }
        // Everyday words alone are not a name (`Grace` is known; `Period`, `Thị` alone are not).
        let shaped = tokens > 0 && (specific || everyday < tokens);
        return (shaped, shaped && known);
    }
    // Scripts without case: Han, kana, Hangul, Thai, Arabic, Hebrew...
    let script = |c: char| match c {
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '々' => 1,
        c if is_kana(c) => 2,
        '\u{ac00}'..='\u{d7af}' => 3,
        c if c.is_alphabetic() => 4,
        _ => 0,
    };
    let known = is_given_name(value) || is_surname(value) || words.iter().any(|w| is_given_name(w) || is_surname(w));
    let pure = words.iter().all(|w| {
        let n = w.chars().count();
        let s: Vec<u8> = w.chars().map(script).collect();
        s.iter().all(|&x| x != 0)
            && match s[0] {
                // Han with kana (`藤田 ようこ`), up to four characters a word.
                1 | 2 => s.iter().all(|&x| x == 1 || x == 2) && n <= 4,
                3 => s.iter().all(|&x| x == 3) && (2..=4).contains(&n),
                _ => s.iter().all(|&x| x == 4) && n <= 20,
            }
    });
    let total: usize = words.iter().map(|w| w.chars().count()).sum();
    (known || pure && total >= 2, known)
}

/// Is the value shaped like the street line of an address: a house number and a word, with
/// spaces unless a script without them is used (`Lebeděvova 241/37`, `竹園7-7-17`,
/// `센텀중앙로 209 10층`); not a hex string, a host, an IP or a wallet address.
fn street_line(value: &str) -> bool {
    let n = value.chars().count();
    if !(4..=120).contains(&n) || value.contains('@') || value.contains("://") {
        return false;
    }
    let digit = value.chars().any(|c| c.is_numeric());
    // A run of two letters that are not all hexadecimal digits (`0x7ffd5fbff8a0`).
    let mut word = false;
    let (mut run, mut hex_only) = (0, true);
    for c in value.chars() {
        if c.is_alphabetic() {
            run += 1;
            hex_only &= c.is_ascii_hexdigit();
            word |= run >= 2 && !hex_only || !c.is_ascii();
        } else {
            (run, hex_only) = (0, true);
        }
    }
    let spaced = value.contains(char::is_whitespace) || value.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
    digit && word && spaced
}

/// Columns that their header and the shape of nearly all their values vouch for, though the
/// text path finds little in them: name parts ([`name_part_columns`]) and street lines under an
/// address header (`street_address`, `番地`, `도로명주소`).
pub fn header_evidence_columns(engine: &Engine, profiles: &[ColumnProfile]) -> Vec<(usize, ColumnVerdict)> {
    let mut out = name_part_columns(engine, profiles);
    out.extend(profiles.iter().enumerate().filter(|(_, p)| p.nonempty > 0 && p.header_match(engine, Category::Address)).filter_map(|(i, p)| {
        let ratio = p.street_line_shaped as f32 / p.nonempty as f32;
        (ratio >= 0.8).then(|| {
            let verdict = ColumnVerdict {
                category: Category::Address,
                confidence: (0.6 + 0.3 * ratio).min(0.99),
                classifiers: vec!["street-line-column".to_string()],
                evidence: ColumnEvidence {
                    header_match: true,
                    sampled: p.nonempty,
                    matched: p.street_line_shaped,
                    match_ratio: ratio,
                    distinct_ratio: p.distinct_ratio(),
                    against: Vec::new(),
                },
            };
            (i, verdict)
        })
    }));
    out
}

/// Name-part columns (`first_name`, `last_name`, `姓`, `フリガナ`): a name header, nearly all
/// values shaped like a name or a part of one, and a good share of them known to the
/// dictionaries (surname lists are never complete, so not all). Kana under a reading header
/// need no dictionary: the header and the script say enough.
pub fn name_part_columns(engine: &Engine, profiles: &[ColumnProfile]) -> Vec<(usize, ColumnVerdict)> {
    profiles
        .iter()
        .enumerate()
        .filter(|(_, p)| p.nonempty > 0 && p.header_match(engine, Category::Name))
        .filter_map(|(i, p)| {
            let ratio = p.name_part_like as f32 / p.nonempty as f32;
            let shaped = p.name_part_shaped as f32 / p.nonempty as f32;
            let kind = p.header_kind(engine);
            let reading = kind == Some(HeaderKind::NameReading);
            // A header that names a part of a name is specific: some dictionary support is enough
            // (surname lists are the least complete: Indonesian, Vietnamese, Thai names).
            let min_known = if matches!(kind, Some(HeaderKind::FirstName | HeaderKind::LastName | HeaderKind::MiddleName)) { 0.1 } else { 0.3 };
            (shaped >= 0.8 && (ratio >= min_known || reading)).then(|| {
                let verdict = ColumnVerdict {
                    category: Category::Name,
                    confidence: (0.7 + 0.25 * ratio.max(if reading { shaped } else { 0.0 })).min(0.99),
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

/// Latitude/longitude columns, judged on values:
/// - a `lat` column and a `lon` column (by header) whose values are nearly all coordinates with
///   decimals;
/// - arrays under keys that say they hold positions (`coordinates[*]`, `latlng[*]`; looser keys
///   such as `position[*]` with GPS-like precision);
/// - a column whose values are each one `lat,lon` (or `lon,lat`) pair;
/// - two adjacent columns with any header (`col7`, `f_03`) whose values are all numbers in
///   latitude and longitude range with GPS-like precision (4+ decimals), varied, not mostly
///   below 1, not part of a longer run of such columns (a vector), and whose headers do not say
///   otherwise (price, ratio, temperature, score...).
pub fn location_pairs(profiles: &[ColumnProfile]) -> Vec<(usize, ColumnVerdict)> {
    use crate::geo::header_against;
    let share = |n: u64, p: &ColumnProfile| n as f32 / p.nonempty.max(1) as f32;
    let named = |p: &ColumnProfile, headers: &[&str]| {
        let name = normalize_header(leaf_name(&p.field));
        headers.iter().any(|h| name == *h || name.ends_with(h) && h.chars().count() >= 3)
    };
    let side = |headers: &[&str], pick: fn(&ColumnProfile) -> u64| -> Vec<usize> {
        profiles
            .iter()
            .enumerate()
            .filter(|(_, p)| p.nonempty > 0 && named(p, headers) && share(pick(p), p) >= 0.9)
            .map(|(i, _)| i)
            .collect()
    };
    // Index → (values that are coordinates, header evidence, classifier).
    let mut found: std::collections::BTreeMap<usize, (u64, bool, &str)> = std::collections::BTreeMap::new();
    let lats = side(LAT_HEADERS, |p| p.geo.lat_like);
    let lons = side(LON_HEADERS, |p| p.geo.lon_like);
    if !lats.is_empty() && !lons.is_empty() {
        for &i in &lats {
            found.insert(i, (profiles[i].geo.lat_like, true, "location-latlon-columns"));
        }
        for &i in &lons {
            found.insert(i, (profiles[i].geo.lon_like, true, "location-latlon-columns"));
        }
    }
    let precise = |p: &ColumnProfile| p.geo.precise_numbers(p.nonempty, p.distinct_ratio()) && !header_against(leaf_name(&p.field));
    for (i, p) in profiles.iter().enumerate() {
        if p.nonempty == 0 || found.contains_key(&i) {
            continue;
        }
        // GeoJSON geometries and other position arrays: (lon, lat) or (lat, lon) numbers.
        let array = p.field.ends_with("[*]")
            && if named(p, ARRAY_HEADERS) {
                share(p.geo.lon_like, p) >= 0.9
            } else {
                named(p, LOOSE_ARRAY_HEADERS) && precise(p) && p.geo.all_lon()
            };
        if array {
            found.insert(i, (p.geo.lon_like.max(p.geo.precise), true, "location-latlon-columns"));
        } else if share(p.geo.pairs, p) >= 0.9 && !header_against(leaf_name(&p.field)) {
            found.insert(i, (p.geo.pairs, false, "location-pair-column"));
        }
    }
    // Adjacent columns judged by their values.
    let candidate: Vec<bool> = profiles.iter().map(|p| p.nonempty > 0 && precise(p) && p.geo.all_lon()).collect();
    for i in 0..profiles.len().saturating_sub(1) {
        let (a, b) = (&profiles[i], &profiles[i + 1]);
        if !candidate[i] || !candidate[i + 1] || found.contains_key(&i) || found.contains_key(&(i + 1)) {
            continue;
        }
        let vector = (i > 0 && candidate[i - 1]) || candidate.get(i + 2).copied().unwrap_or(false);
        let ordered = (a.geo.all_lat() && b.geo.all_lon()) || (a.geo.all_lon() && b.geo.all_lat());
        if ordered && !vector {
            found.insert(i, (a.geo.precise, false, "location-latlon-values"));
            found.insert(i + 1, (b.geo.precise, false, "location-latlon-values"));
        }
    }
    found
        .into_iter()
        .map(|(i, (like, header_match, classifier))| {
            let p = &profiles[i];
            let ratio = share(like, p).min(1.0);
            let mut against = Vec::new();
            let mut confidence = if header_match { 0.75 + 0.2 * ratio } else { 0.7 + 0.2 * ratio };
            if p.nonempty >= 10 && p.distinct.len() == 1 {
                against.push("every sampled value is identical".to_string());
                confidence *= 0.7;
            }
            let verdict = ColumnVerdict {
                category: Category::Location,
                confidence: confidence.min(0.99),
                classifiers: vec![classifier.to_string()],
                evidence: ColumnEvidence {
                    header_match,
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

    /// Street lines without a street type (`Lebeděvova 241/37`, `竹園7-7-17`) under an address
    /// header; an address header over hosts, hex addresses or IPs vouches for nothing.
    #[test]
    fn street_line_columns_under_an_address_header() {
        let e = Engine::embedded().expect("rules");
        let lines = [
            ("street_address", vec!["Lebeděvova 241/37", "Sádovská 2729/16", "Na Příkopě 12", "Hlavní 5"]),
            ("番地", vec!["竹園7-7-17", "松山212-2 山下荘 13F", "住吉七丁目25番22号", "橋場４－１０－１１"]),
            ("도로명주소", vec!["센텀중앙로 209 10층", "센트럴로 373 (송도동)", "테헤란로 152"]),
        ];
        for (header, values) in &lines {
            let found = header_evidence_columns(&e, &[profile(&e, header, values)]);
            assert_eq!(found.len(), 1, "{header}");
            assert_eq!((found[0].1.category, found[0].1.evidence.matched), (Category::Address, values.len() as u64), "{header}");
        }
        for (header, values) in [
            ("address", vec!["0x7ffd5fbff8a0", "0x7ffd5fbff8b8", "0x7ffd5fbff8c0"]),
            ("server_address", vec!["db01.internal:5432", "db02.internal:5432", "10.0.0.7:80"]),
            ("wallet_address", vec!["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"]),
            ("street", vec!["Main Street", "Rose Lane", "Church Road"]),
            ("city", vec!["Brno 2", "Praha 10", "Praha 4"]),
        ] {
            assert!(header_evidence_columns(&e, &[profile(&e, header, &values)]).is_empty(), "{header}");
        }
    }

    /// Header words of many languages feed the column path, also inside longer headers; a
    /// qualifier that names a thing defeats them.
    #[test]
    fn name_headers_in_many_languages() {
        let e = Engine::embedded().expect("rules");
        let given = ["Grace", "Alan", "Barbara", "Edsger", "Margaret", "Dennis"];
        for header in ["voornaam", "Vorname", "imię", "prénom", "nombre", "名", "customer_first_name", "FirstName", "顧客氏名", "nama_depan"] {
            let p = profile(&e, header, &given);
            assert_eq!(name_part_columns(&e, &[p]).len(), 1, "{header}");
        }
        for header in ["hotel_name", "username", "filename", "hostname", "company_name", "product_name", "会社名", "street"] {
            let p = profile(&e, header, &given);
            assert!(name_part_columns(&e, &[p]).is_empty(), "{header}");
        }
        for (header, category) in [("customer_phone", Category::Phone), ("電話番号", Category::Phone), ("전화", Category::Phone), ("住所", Category::Address), ("地址", Category::Address), ("주소", Category::Address), ("ที่อยู่", Category::Address), ("e-posta", Category::Email)] {
            assert!(ColumnProfile::new(header).header_match(&e, category), "{header}");
        }
        assert!(!ColumnProfile::new("hotel_name").header_match(&e, Category::Phone));
        assert!(!ColumnProfile::new("hotel").header_match(&e, Category::Phone));
    }

    /// Furigana columns hold the kana reading of names: name columns, without a dictionary.
    #[test]
    fn furigana_columns_are_name_columns() {
        let e = Engine::embedded().expect("rules");
        let kana = ["フジタ ヨウイチ", "タカハシ ミサキ", "ムラカミ アスカ", "サトウ ナオコ", "ワタナベ ケンタ"];
        for header in ["フリガナ", "ふりがな", "カナ", "name_kana", "furigana", "氏名カナ"] {
            let p = profile(&e, header, &kana);
            assert_eq!(name_part_columns(&e, &[p]).len(), 1, "{header}");
        }
        let not_kana = profile(&e, "フリガナ", &["ABC-123", "ABC-124", "ABC-125", "ABC-126", "ABC-127"]);
        assert!(name_part_columns(&e, &[not_kana]).is_empty());
    }

    /// A street or postcode column is not a name or phone column because some values look like
    /// one; a phone column is not an address column. The verdict is withheld, or lowered with the
    /// reason when nearly every value says otherwise.
    #[test]
    fn header_evidence_against() {
        let e = Engine::embedded().expect("rules");
        let phones = ["+33 1 42 68 53 00", "+33 1 45 49 32 10", "+33 4 91 55 11 11", "+33 5 56 00 66 00", "+44 20 7946 0018"];
        let as_phone = profile(&e, "contact", &phones);
        assert!(as_phone.verdicts(&e).iter().any(|v| v.category == Category::Phone));
        let postcode = profile(&e, "PLZ", &phones);
        let v: Vec<_> = postcode.verdicts(&e).into_iter().filter(|v| v.category == Category::Phone).collect();
        assert_eq!(v.len(), 1, "every value is a phone number: kept, lowered");
        assert!(v[0].confidence < as_phone.verdicts(&e)[0].confidence);
        assert!(v[0].evidence.against.iter().any(|a| a.contains("postcode")), "{:?}", v[0].evidence.against);
        let mut mixed: Vec<&str> = vec!["10115", "80331", "50667", "20095"];
        mixed.extend(&phones[..2]);
        let postcode = profile(&e, "postcode", &mixed);
        assert!(!postcode.verdicts(&e).iter().any(|v| v.category == Category::Phone));
        assert!(!postcode.keeps_hits(&e, Category::Phone), "value-level hits are withheld too");
        let streets = profile(&e, "street", &["Rue Victor Hugo 12", "Avenue Jean Jaurès 4", "Kerkstraat 5", "Dorpsstraat 189", "Hauptstraße 3"]);
        assert!(!streets.keeps_hits(&e, Category::Name));
        assert!(!streets.verdicts(&e).iter().any(|v| v.category == Category::Name));
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
