//! Coordinates: ranges, precision and structure (NMEA fixes and checksums, GeoJSON's lon-lat
//! order, degrees-minutes-seconds, map URLs), and what a column's values say about positions.

use crate::validators::{Candidate, Verdict};

/// Signed decimal numbers in order of appearance, with their count of decimals.
fn numbers(s: &str) -> Vec<(f64, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i] == b'-' || b[i] == b'+' {
            i += 1;
        }
        let int_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == int_start {
            i = start + 1;
            continue;
        }
        let mut decimals = 0;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
                decimals += 1;
            }
        }
        if let Ok(v) = s[start..i].parse::<f64>() {
            out.push((v, decimals));
        }
    }
    out
}

fn in_range(lat: f64, lon: f64) -> bool {
    lat.abs() <= 90.0 && lon.abs() <= 180.0 && !(lat.abs() < 1.0 && lon.abs() < 1.0)
}

/// Words that say a pair of numbers is something else: statistics, model outputs, timings,
/// versions, prices, measurements (`ratio 79.4384, 122.0844`, `p50 12.3456, 45.6789`).
const NUMBERS_NOT_POSITIONS: &[&str] = &[
    "ratio", "ratios", "score", "scores", "mean", "avg", "average", "median", "p50", "p75", "p90", "p95", "p99", "p999",
    "percentile", "ms", "version", "ver", "std", "stddev", "sd", "variance", "var", "loss", "accuracy", "acc", "auc", "f1",
    "precision", "recall", "weight", "weights", "bias", "temp", "temperature", "price", "prices", "rate", "rates", "pct",
    "percent", "cpu", "load", "latency", "duration", "elapsed", "took", "xg", "odds", "min", "max", "total", "amount",
    "sum", "cost", "size", "width", "height", "length", "speed", "throughput", "factor", "coef", "coefficient", "range",
    "threshold", "ppm", "humidity", "pressure", "voltage", "current", "eur", "usd", "gbp", "jpy", "scale", "offset",
    "pixel", "pixels", "px", "resolution",
];

/// Words that say numbers are a position.
const POSITION_WORDS: &[&str] = &[
    "lat", "lon", "lng", "latitude", "longitude", "gps", "position", "location", "coordinates", "coords", "geo", "map",
    "located", "seen", "parked", "pos",
];

/// Units right after a pair of numbers: a measurement, not a position.
const UNITS: &[&str] = &[
    "ms", "s", "sec", "secs", "seconds", "us", "µs", "ns", "min", "mins", "px", "kb", "mb", "gb", "tb", "kib", "mib", "gib",
    "kg", "g", "lb", "lbs", "mm", "cm", "m", "km", "mi", "kmh", "mph", "hz", "khz", "mhz", "ghz", "v", "mv", "ma", "w", "kw",
    "kwh", "db", "dbm", "fps", "rpm", "pts", "points", "ops", "req", "rps", "qps",
];

/// Lowercase words of `s` (letters and digits).
fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Whether the text around a pair of numbers says they are not a position: a statistics,
/// timing or price word before them on their line (unless a position word follows it), or a
/// unit right after them.
fn numbers_named_otherwise(c: &Candidate<'_>) -> bool {
    let line = c.before.rsplit('\n').next().unwrap_or("");
    let mut against = false;
    for w in words(line) {
        if NUMBERS_NOT_POSITIONS.contains(&w.as_str()) {
            against = true;
        } else if POSITION_WORDS.contains(&w.as_str()) {
            against = false;
        }
    }
    let after = c.after.trim_start_matches([' ', '\t']);
    let unit: String = after.chars().take_while(|ch| ch.is_alphabetic() || *ch == '%' || *ch == 'µ').collect();
    let unit_ends = after[unit.len()..].chars().next().is_none_or(|ch| !ch.is_alphanumeric());
    against || unit == "%" || (unit_ends && UNITS.contains(&unit.to_lowercase().as_str()))
}

/// Whether a number-list separator (`,` `;`) and another number sit right before (or, with
/// `after`, right after) the candidate: a vector or a table row, not a position.
fn in_number_list(before: &str, after: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t']);
    let listed_before = b.strip_suffix([',', ';']).is_some_and(|b| b.trim_end().ends_with(|ch: char| ch.is_ascii_digit()));
    let a = after.trim_start_matches([' ', '\t']);
    let listed_after = a
        .strip_prefix([',', ';'])
        .is_some_and(|a| a.trim_start().starts_with(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '+'));
    listed_before || listed_after
}

/// Whether the candidate is a parameter or a path segment of a link (`?v=1.25,2.5`): map links
/// have their own rule; in other links a pair of numbers is a version or an id as often as not.
fn in_url(before: &str) -> bool {
    let token = before.rsplit([' ', '\t', '\n', '"', '\'', '(', '<', '>']).next().unwrap_or("");
    token.ends_with(['=', '/', '@']) && (token.contains("://") || token.contains(['?', '&']) || token.matches('/').count() >= 2)
}

/// A bare `lat, lon` pair (also `lat; lon`, and `51,18477; 3,32867` with decimal commas): both
/// numbers need at least 3 decimals (GPS precision), 5 to be sure without context (statistics
/// and measurements rarely carry five decimals on both), or 4 inside brackets of their own
/// (`[35.6812, 139.7671]`, `(35.6812; 139.7671)`). Never inside a longer list of numbers, after
/// a word that names them otherwise (`ratio`, `p50`, `version`) or before a unit (`ms`, `%`).
pub fn decimal_pair(c: &Candidate<'_>) -> Verdict {
    let n = if c.value.contains(';') && !c.value.contains('.') {
        numbers(&c.value.replace(',', "."))
    } else {
        numbers(c.value)
    };
    let [(lat, dl), (lon, dn)] = n[..] else {
        return Verdict::Rejected;
    };
    if !in_range(lat, lon) || dl < 3 || dn < 3 || numbers_named_otherwise(c) {
        return Verdict::Rejected;
    }
    if in_number_list(c.before, c.after) || in_url(c.before) {
        return Verdict::Unknown;
    }
    let opened = c.before.trim_end_matches([' ', '\t']).ends_with(['[', '(']);
    let closed = c.after.trim_start_matches([' ', '\t']).starts_with([']', ')']);
    if (dl >= 5 && dn >= 5) || (opened && closed && dl >= 4 && dn >= 4) {
        Verdict::Confirmed
    } else {
        Verdict::Unknown
    }
}

/// Words that name a latitude or a longitude in a key or a label, lowercase. The first key in a
/// candidate says which number comes first.
const LAT_KEYS: &[&str] = &["lat", "breite", "breedte", "纬度", "緯度", "위도"];
const LON_KEYS: &[&str] = &["lon", "lng", "läng", "laeng", "lengte", "经度", "經度", "経度", "경도"];
/// Latitude words that also mean something else (`Breite` is a width): GPS-like precision
/// needed.
const AMBIGUOUS_LAT_KEYS: &[&str] = &["breite", "breedte"];

fn first_key(lower: &str, keys: &[&str]) -> Option<usize> {
    keys.iter().filter_map(|k| lower.find(k)).min()
}

/// `lat=.. lon=..`, `latitude 35.68, longitude 139.69`, `mlat=..&mlon=..`, `纬度..，经度..`,
/// `<trkpt lat=".." lon="..">`, also longitude first: the keys say what the numbers are.
pub fn keyed_pair(c: &Candidate<'_>) -> Verdict {
    let n: Vec<(f64, usize)> = numbers(c.value);
    let [(a, da), (b, db)] = n[..] else {
        return Verdict::Rejected;
    };
    let lower = c.value.to_lowercase();
    let (lat_at, lon_at) = (first_key(&lower, LAT_KEYS), first_key(&lower, LON_KEYS));
    let lat_first = match (lat_at, lon_at) {
        (Some(l), Some(o)) => l < o,
        _ => true,
    };
    let ((lat, dl), (lon, dn)) = if lat_first { ((a, da), (b, db)) } else { ((b, db), (a, da)) };
    if !in_range(lat, lon) || dl + dn < 2 {
        return Verdict::Rejected;
    }
    let ambiguous = lat_at.is_some_and(|l| AMBIGUOUS_LAT_KEYS.iter().any(|k| lower[l..].starts_with(k)));
    if ambiguous && (dl < 3 || dn < 3) {
        return Verdict::Rejected;
    }
    Verdict::Confirmed
}

/// A JSON array of two numbers under a key that says what it holds: `"latlng": [lat, lon]`,
/// `"lnglat": [lon, lat]`, GeoJSON `"coordinates": [lon, lat]` (and `[lat, lon]`, as other
/// APIs write it: either order in range), `"position": [..]`. Keys that are not only about
/// places (`position`, `location`, `center`) need GPS-like precision (4 decimals).
pub fn json_array_pair(c: &Candidate<'_>) -> Verdict {
    let Some((key, rest)) = c.value.split_once('[') else {
        return Verdict::Rejected;
    };
    let key = key.to_lowercase();
    let n = numbers(rest);
    let [(a, da), (b, db)] = n[..] else {
        return Verdict::Rejected;
    };
    let has = |ks: &[&str]| ks.iter().any(|k| key.contains(k));
    let ok = if has(&["latlng", "latlon", "lat_lng", "lat_lon", "latlong"]) {
        in_range(a, b) && da + db >= 2
    } else if has(&["lnglat", "lonlat", "lng_lat", "lon_lat"]) {
        in_range(b, a) && da + db >= 2
    } else if has(&["coordinates", "coords", "coord"]) {
        (in_range(a, b) || in_range(b, a)) && da + db >= 2
    } else {
        (in_range(a, b) || in_range(b, a)) && da >= 4 && db >= 4
    };
    if ok {
        Verdict::Confirmed
    } else {
        Verdict::Rejected
    }
}

/// WKT `POINT(x y)` / `LINESTRING(x y, ...)`: x y is lon lat as PostGIS and MariaDB write it,
/// lat lon in MySQL 8's geographic systems; either order in range is a position.
pub fn wkt_point(c: &Candidate<'_>) -> Verdict {
    match numbers(c.value)[..] {
        [(x, _), (y, _), ..] if in_range(y, x) || in_range(x, y) => Verdict::Confirmed,
        _ => Verdict::Rejected,
    }
}

/// A map link with a position in it: `google.com/maps/@lat,lon,15z`, `?q=lat,lon`,
/// `?ll=lat,lon`, `query=lat%2Clon`, `/place/lat,lon`, OpenStreetMap's `#map=zoom/lat/lon`,
/// `geo:lat,lon`. The link must be a map's (its address says `map`, or a known map service);
/// the last two numbers are the position.
pub fn map_url(c: &Candidate<'_>) -> Verdict {
    let lower = c.value.to_lowercase();
    let geo_uri = lower.starts_with("geo:");
    let map_link = geo_uri || lower.contains("map") || ["waze.com", "here.com", "2gis."].iter().any(|h| lower.contains(h));
    if !map_link {
        return Verdict::Rejected;
    }
    let lower = lower.replace("%2c", ",");
    let n = numbers(&lower);
    let [.., (lat, dl), (lon, dn)] = n[..] else {
        return Verdict::Rejected;
    };
    if in_range(lat, lon) && dl + dn >= 2 {
        Verdict::Confirmed
    } else {
        Verdict::Rejected
    }
}

/// One part of a written coordinate: hemisphere letter, degrees, minutes, seconds.
#[derive(Debug, Default, Clone, Copy)]
struct Angle {
    hemisphere: Option<char>,
    degrees: Option<(f64, usize)>,
    minutes: Option<(f64, usize)>,
    seconds: Option<(f64, usize)>,
    degree_sign: bool,
    negative: bool,
}

impl Angle {
    fn value(&self) -> Option<f64> {
        let (d, _) = self.degrees?;
        let m = self.minutes.map_or(0.0, |(m, _)| m);
        let s = self.seconds.map_or(0.0, |(s, _)| s);
        Some(d + m / 60.0 + s / 3600.0)
    }

    /// Minutes and seconds below 60, only the last part with decimals, enough precision.
    fn well_formed(&self) -> bool {
        let Some((_, dd)) = self.degrees else { return false };
        let minutes_ok = self.minutes.is_none_or(|(m, _)| m < 60.0) && self.seconds.is_none_or(|(s, _)| s < 60.0);
        let decimals_last = match (self.minutes, self.seconds) {
            (None, None) => true,
            (Some((_, md)), None) => dd == 0 && md <= 8,
            (Some((_, md)), Some(_)) => dd == 0 && md == 0,
            (None, Some(_)) => false,
        };
        // Decimal degrees alone: 2 decimals with a degree sign (`35.68°N`), else 3.
        let precise = self.minutes.is_some() || dd >= if self.degree_sign { 2 } else { 3 };
        minutes_ok && decimals_last && precise && !(self.negative && self.hemisphere.is_some())
    }
}

/// Reads `35°41'22"N 139°41'30"E`, `N 50° 45.452', E 4° 33.030'`, `35.68°N, 139.69°E`,
/// `52° 18′ 13.1″ N` into angles.
fn angles(s: &str) -> Vec<Angle> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<Angle> = Vec::new();
    let mut cur = Angle::default();
    let mut pending_number: Option<(f64, usize, bool)> = None;
    let mut started = false;
    let mut i = 0;
    // A bare number is the degrees of its angle; one that cannot be placed spoils the reading.
    let mut misplaced = false;
    let mut flush_number = |cur: &mut Angle, n: Option<(f64, usize, bool)>| {
        if let Some((v, d, neg)) = n {
            if cur.degrees.is_none() {
                cur.degrees = Some((v, d));
                cur.negative = neg;
            } else {
                misplaced = true;
            }
        }
    };
    while i < chars.len() {
        let ch = chars[i];
        if ch.is_ascii_digit() || ((ch == '-' || ch == '+') && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            let neg = text.starts_with('-');
            let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
            let Ok(v) = text.trim_start_matches(['+', '-']).parse::<f64>() else { return Vec::new() };
            // A second bare number after complete degrees starts the next angle.
            if pending_number.is_some() || (cur.degrees.is_some() && cur.minutes.is_none() && !cur.degree_sign) {
                flush_number(&mut cur, pending_number.take());
                out.push(std::mem::take(&mut cur));
            }
            if cur.degrees.is_some() && cur.degree_sign && cur.minutes.is_some() && cur.seconds.is_some() {
                out.push(std::mem::take(&mut cur));
            }
            pending_number = Some((v, decimals, neg));
            started = true;
            continue;
        }
        match ch {
            '°' | 'º' | '˚' => {
                let Some((v, d, neg)) = pending_number.take() else { return Vec::new() };
                if cur.degrees.is_some() {
                    out.push(std::mem::take(&mut cur));
                }
                cur.degrees = Some((v, d));
                cur.negative = neg;
                cur.degree_sign = true;
            }
            '\'' | '′' | '’' => {
                let seconds = matches!(chars.get(i + 1), Some('\'' | '′'));
                let Some((v, d, _)) = pending_number.take() else { return Vec::new() };
                if seconds {
                    cur.seconds = Some((v, d));
                    i += 1;
                } else {
                    cur.minutes = Some((v, d));
                }
            }
            '"' | '″' | '”' => {
                let Some((v, d, _)) = pending_number.take() else { return Vec::new() };
                cur.seconds = Some((v, d));
            }
            'N' | 'S' | 'E' | 'W' => {
                flush_number(&mut cur, pending_number.take());
                if cur.degrees.is_none() {
                    // A letter before the numbers.
                    if cur.hemisphere.is_some() {
                        return Vec::new();
                    }
                    cur.hemisphere = Some(ch);
                } else if cur.hemisphere.is_none() {
                    cur.hemisphere = Some(ch);
                    out.push(std::mem::take(&mut cur));
                } else {
                    out.push(std::mem::take(&mut cur));
                    cur.hemisphere = Some(ch);
                }
                started = true;
            }
            ' ' | ',' | ';' | '/' | '\t' => {}
            _ => return Vec::new(),
        }
        i += 1;
    }
    flush_number(&mut cur, pending_number.take());
    if misplaced {
        return Vec::new();
    }
    if started && (cur.degrees.is_some() || cur.hemisphere.is_some()) {
        out.push(cur);
    }
    out
}

/// Degrees with minutes and seconds, degrees and decimal minutes, or decimal degrees with
/// hemisphere letters: `35°41'22"N 139°41'30"E`, `N 50° 45.452', E 4° 33.030'`,
/// `35.68°N, 139.69°E`. Confirmed with a latitude letter on one part and a longitude letter on
/// the other; degree-marked parts without letters only next to a location word.
pub fn dms_pair(c: &Candidate<'_>) -> Verdict {
    let parts = angles(c.value);
    let [a, b] = parts[..] else {
        return Verdict::Rejected;
    };
    if !a.well_formed() || !b.well_formed() {
        return Verdict::Rejected;
    }
    let (Some(va), Some(vb)) = (a.value(), b.value()) else {
        return Verdict::Rejected;
    };
    let is_lat = |h: Option<char>| matches!(h, Some('N' | 'S'));
    let is_lon = |h: Option<char>| matches!(h, Some('E' | 'W'));
    let (lat, lon) = match (a.hemisphere, b.hemisphere) {
        (ha, hb) if is_lat(ha) && is_lon(hb) => (va, vb),
        (ha, hb) if is_lon(ha) && is_lat(hb) => (vb, va),
        (None, None) if a.degree_sign && b.degree_sign && a.minutes.is_some() && b.minutes.is_some() => {
            return if in_range(va, vb) && !numbers_named_otherwise(c) { Verdict::Weak } else { Verdict::Rejected };
        }
        _ => return Verdict::Rejected,
    };
    if !in_range(lat, lon) || (!a.degree_sign && !b.degree_sign && numbers_named_otherwise(c)) {
        return Verdict::Rejected;
    }
    Verdict::Confirmed
}

/// `ddmm.mmmm` (or `dddmm.mmmm`) and its hemisphere letter as signed degrees.
fn nmea_angle(value: &str, hemisphere: &str, max: f64) -> Option<f64> {
    let v: f64 = value.parse().ok()?;
    let degrees = (v / 100.0).trunc();
    let minutes = v - degrees * 100.0;
    if value.is_empty() || minutes >= 60.0 || degrees > max {
        return None;
    }
    let sign = match hemisphere {
        "N" | "E" => 1.0,
        "S" | "W" => -1.0,
        _ => return None,
    };
    Some(sign * (degrees + minutes / 60.0))
}

/// NMEA 0183 RMC, GGA, GLL and GNS sentences from any constellation's talker: the XOR checksum
/// after `*` must match (either case of hex), and the sentence must hold a fix: RMC status `A`,
/// GGA quality above 0, GLL status not `V`, a GNS mode other than `N`; latitude and longitude
/// filled in and not both zero.
pub fn nmea_sentence(c: &Candidate<'_>) -> Verdict {
    let s = c.value.trim();
    let Some(body) = s.strip_prefix('$') else {
        return Verdict::Rejected;
    };
    let Some((payload, sum)) = body.rsplit_once('*') else {
        return Verdict::Rejected;
    };
    let Ok(expected) = u8::from_str_radix(sum.get(..2).unwrap_or(""), 16) else {
        return Verdict::Rejected;
    };
    let actual = payload.bytes().fold(0u8, |a, b| a ^ b);
    if actual != expected {
        return Verdict::Rejected;
    }
    let f: Vec<&str> = payload.split(',').collect();
    let field = |i: usize| f.get(i).copied().unwrap_or("");
    let kind = f[0].get(2..).unwrap_or("");
    let (lat, lon, fix) = match kind {
        "RMC" => (nmea_angle(field(3), field(4), 90.0), nmea_angle(field(5), field(6), 180.0), field(2) == "A"),
        "GGA" => (nmea_angle(field(2), field(3), 90.0), nmea_angle(field(4), field(5), 180.0), !matches!(field(6), "" | "0")),
        "GLL" => (nmea_angle(field(1), field(2), 90.0), nmea_angle(field(3), field(4), 180.0), field(6) != "V"),
        "GNS" => {
            let mode = field(6);
            (nmea_angle(field(2), field(3), 90.0), nmea_angle(field(4), field(5), 180.0), mode.chars().any(|m| m != 'N'))
        }
        _ => return Verdict::Rejected,
    };
    match (lat, lon) {
        (Some(lat), Some(lon)) if fix && !(lat == 0.0 && lon == 0.0) => Verdict::Confirmed,
        _ => Verdict::Rejected,
    }
}

/// Is this a latitude-like or longitude-like number column value? (value, decimals). A decimal
/// comma (`35,6812`, as `;`-separated exports write numbers) reads as a decimal point.
pub fn parse_coordinate(value: &str) -> Option<(f64, usize)> {
    let v = value.trim();
    if v.is_empty() || v.len() > 24 {
        return None;
    }
    if let Some(plain) = plain_decimal(v) {
        return Some(plain);
    }
    if let Some((int, frac)) = v.split_once(',') {
        let digits = !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit());
        if digits && plain_decimal(int).is_some_and(|(_, d)| d == 0) {
            return format!("{int}.{frac}").parse().ok().map(|x| (x, frac.len()));
        }
    }
    if !numbers_span_whole(v) {
        return None;
    }
    let n = numbers(v);
    match n[..] {
        [(x, d)] => Some((x, d)),
        _ => None,
    }
}

/// `-33.8688`, `151`: the common form, parsed without scanning for several numbers (this runs
/// on every value of every numeric column).
fn plain_decimal(v: &str) -> Option<(f64, usize)> {
    let b = v.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == int_start {
        return None;
    }
    let mut decimals = 0;
    if i < b.len() {
        if b[i] != b'.' {
            return None;
        }
        let frac = i + 1;
        i = frac;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        decimals = i - frac;
        if decimals == 0 || i != b.len() {
            return None;
        }
    }
    v.parse().ok().map(|x| (x, decimals))
}

fn numbers_span_whole(v: &str) -> bool {
    v.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
}

/// A value that is one coordinate pair on its own, in either order: `151.346563,-33.953349`,
/// `35.6812 139.7671`, `(35.6812; 139.7671)`, `53,555631;10,092071`; GPS-like precision (4
/// decimals on both) and in range.
pub fn pair_value(value: &str) -> bool {
    let v = value.trim().trim_start_matches(['(', '[']).trim_end_matches([')', ']']).trim();
    if v.len() > 64 || !v.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        return false;
    }
    let (a, b) = if let Some((a, b)) = v.split_once(';') {
        (a, b)
    } else if let Some((a, b)) = v.split_once(',') {
        (a, b)
    } else if let Some((a, b)) = v.split_once([' ', '\t']) {
        (a, b)
    } else {
        return false;
    };
    let (Some((x, dx)), Some((y, dy))) = (parse_coordinate(a), parse_coordinate(b)) else {
        return false;
    };
    dx >= 4 && dy >= 4 && (in_range(x, y) || in_range(y, x))
}

/// What the values of one column say about coordinates, gathered value by value.
#[derive(Debug, Clone)]
pub struct ColumnGeo {
    /// Values that are a single number in latitude / longitude range with 2+ decimals.
    pub lat_like: u64,
    pub lon_like: u64,
    /// Values that are a single number (decimal point or decimal comma).
    pub numeric: u64,
    /// ... with 4 decimals or more (GPS-like precision: about 10 m).
    pub precise: u64,
    /// ... below 1 in absolute value (ratios, probabilities).
    pub small: u64,
    /// ... outside latitude range, outside longitude range.
    pub beyond_lat: u64,
    pub beyond_lon: u64,
    pub min: f64,
    pub max: f64,
    /// Values that are one coordinate pair on their own (see [`pair_value`]).
    pub pairs: u64,
}

impl Default for ColumnGeo {
    fn default() -> Self {
        ColumnGeo {
            lat_like: 0,
            lon_like: 0,
            numeric: 0,
            precise: 0,
            small: 0,
            beyond_lat: 0,
            beyond_lon: 0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            pairs: 0,
        }
    }
}

impl ColumnGeo {
    /// Records one non-empty, trimmed value.
    pub fn observe(&mut self, value: &str) {
        if let Some((x, decimals)) = parse_coordinate(value) {
            self.numeric += 1;
            if decimals >= 2 {
                self.lat_like += u64::from(x.abs() <= 90.0);
                self.lon_like += u64::from(x.abs() <= 180.0);
            }
            self.precise += u64::from(decimals >= 4);
            self.small += u64::from(x.abs() < 1.0);
            self.beyond_lat += u64::from(x.abs() > 90.0);
            self.beyond_lon += u64::from(x.abs() > 180.0);
            self.min = self.min.min(x);
            self.max = self.max.max(x);
        } else if value.len() <= 64 && value.contains(['.', ',']) && pair_value(value) {
            self.pairs += 1;
        }
    }

    /// Every value a number with GPS-like precision, not mostly below 1, varied: a column that
    /// may be one side of a coordinate pair judged on values alone.
    pub fn precise_numbers(&self, nonempty: u64, distinct_ratio: f32) -> bool {
        nonempty >= 5
            && self.numeric * 100 >= nonempty * 95
            && self.precise * 10 >= self.numeric * 8
            && self.small * 2 < self.numeric
            && self.max > self.min
            && distinct_ratio >= 0.5
    }

    /// Every number within latitude range / longitude range.
    pub fn all_lat(&self) -> bool {
        self.numeric > 0 && self.beyond_lat == 0
    }

    pub fn all_lon(&self) -> bool {
        self.numeric > 0 && self.beyond_lon == 0
    }
}

/// Header words that say a numeric column is not a coordinate: prices, amounts, ratios,
/// temperatures, scores, statistics, timings and units.
const HEADER_AGAINST: &[&str] = &[
    "price", "amount", "cost", "total", "balance", "ratio", "rate", "pct", "percent", "temp", "score", "mean", "avg",
    "average", "median", "std", "ms", "sec", "duration", "latency", "speed", "weight", "kg", "mm", "cm", "height", "width",
    "length", "size", "humidity", "pressure", "volt", "power", "energy", "prob", "probability", "confidence", "loss",
    "accuracy", "load", "cpu", "mem", "usage", "count", "qty", "quantity", "version", "xg", "odds", "tax", "discount",
    "fee", "salary", "revenue", "margin", "p50", "p90", "p95", "p99", "euro", "eur", "usd", "hpa", "rpm",
];

/// Whether a field name holds a word of [`HEADER_AGAINST`]: as a word (`cpu_pct`, `p50_ms`,
/// `xg_home`), or inside the name for words of four letters or more (`unitprice`, `Temperatur`).
pub fn header_against(field: &str) -> bool {
    let mut parts: Vec<String> = Vec::new();
    for w in field.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        // camelCase humps: `unitPrice` → unit, price.
        let mut cur = String::new();
        for ch in w.chars() {
            if ch.is_uppercase() && cur.chars().last().is_some_and(char::is_lowercase) {
                parts.push(std::mem::take(&mut cur));
            }
            cur.extend(ch.to_lowercase());
        }
        parts.push(cur);
    }
    let joined = parts.concat();
    HEADER_AGAINST
        .iter()
        .any(|a| parts.iter().any(|p| p == a) || (a.chars().count() >= 4 && joined.contains(a)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_fast_and_slow_paths_agree() {
        for v in ["-33.8688", "151", "+12.5", "35.6812", " 139.7671 ", "12.", "1e5", "12-34", "-", ".5", "1.2.3"] {
            let t = v.trim();
            let slow = if t.is_empty() || !numbers_span_whole(t) {
                None
            } else {
                match numbers(t)[..] {
                    [(x, d)] => Some((x, d)),
                    _ => None,
                }
            };
            assert_eq!(parse_coordinate(v), slow, "{v}");
        }
    }

    fn bare(f: fn(&Candidate<'_>) -> Verdict, s: &str) -> Verdict {
        f(&Candidate::bare(s))
    }

    fn around(f: fn(&Candidate<'_>) -> Verdict, before: &str, value: &str, after: &str) -> Verdict {
        f(&Candidate { value, before, after })
    }

    #[test]
    fn decimal_pairs() {
        assert_eq!(bare(decimal_pair, "35.68123, 139.76712"), Verdict::Confirmed);
        assert_eq!(bare(decimal_pair, "35.6812, 139.7671"), Verdict::Unknown);
        assert_eq!(bare(decimal_pair, "44.83516, -0.59785"), Verdict::Confirmed);
        assert_eq!(bare(decimal_pair, "32.4518, -94.744"), Verdict::Unknown);
        assert_eq!(bare(decimal_pair, "95.1234, 10.1234"), Verdict::Rejected, "latitude out of range");
        assert_eq!(bare(decimal_pair, "45.1234, 190.1234"), Verdict::Rejected, "longitude out of range");
        assert_eq!(bare(decimal_pair, "0.9111, 0.8123"), Verdict::Rejected, "ratios near zero");
        assert_eq!(bare(decimal_pair, "45.12, 10.12"), Verdict::Rejected, "too coarse");
    }

    #[test]
    fn decimal_pairs_in_brackets_semicolons_and_decimal_commas() {
        assert_eq!(around(decimal_pair, "at [", "35.6812, 139.7671", "]"), Verdict::Confirmed);
        assert_eq!(around(decimal_pair, "(", "35.6812; 139.7671", ")"), Verdict::Confirmed);
        assert_eq!(bare(decimal_pair, "51,18477; 3,32867"), Verdict::Confirmed);
        assert_eq!(bare(decimal_pair, "51,1847; 3,3286"), Verdict::Unknown);
        assert_eq!(around(decimal_pair, "[", "35.681, 139.767", "]"), Verdict::Unknown, "3 decimals need context");
        assert_eq!(around(decimal_pair, "v = [0.5, ", "35.68123, 139.76712", "]"), Verdict::Unknown, "inside a vector");
        assert_eq!(around(decimal_pair, "", "35.68123, 139.76712", ", 12.5, 3.25"), Verdict::Unknown, "a table row");
        assert_eq!(around(decimal_pair, "https://example.com/api?v=", "3.45678,12.34567", ""), Verdict::Unknown, "in a link");
        assert_eq!(around(decimal_pair, "cdn.example.com/lib/", "3.45678,12.34567", "/x.js"), Verdict::Unknown, "in a path");
    }

    #[test]
    fn decimal_pairs_named_otherwise() {
        assert_eq!(around(decimal_pair, "ratio ", "79.4384, 122.0844", " (model score, not geo)"), Verdict::Rejected);
        assert_eq!(around(decimal_pair, "model score was ", "79.43841, 122.08442", ""), Verdict::Rejected);
        assert_eq!(around(decimal_pair, "p50/p99 latency ", "12.34567, 45.67891", ""), Verdict::Rejected);
        assert_eq!(around(decimal_pair, "took ", "12.34567, 45.67891", " ms"), Verdict::Rejected);
        assert_eq!(around(decimal_pair, "", "12.34567, 45.67891", "% of quota"), Verdict::Rejected);
        assert_eq!(around(decimal_pair, "[", "12.34567, 45.67891", "] s elapsed"), Verdict::Confirmed, "a bracket is no unit");
        assert_eq!(around(decimal_pair, "mean error, at gps ", "35.68123, 139.76712", ""), Verdict::Confirmed, "a position word after");
        assert_eq!(around(decimal_pair, "seen at ", "35.68123, 139.76712", " mall"), Verdict::Confirmed, "a word, not a unit");
    }

    #[test]
    fn keyed_pairs() {
        assert_eq!(bare(keyed_pair, "lat=53.8055333 lon=-3.01508"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "緯度36.54931 経度136.5922"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "lat=153.8 lon=-3.0"), Verdict::Rejected);
        assert_eq!(bare(keyed_pair, "lng: 139.7671, lat: 35.6812"), Verdict::Confirmed, "longitude first");
        assert_eq!(bare(keyed_pair, "lon=35.6812 lat=139.7671"), Verdict::Rejected, "longitude first, latitude out of range");
        assert_eq!(bare(keyed_pair, "mlat=49.7322073&mlon=17.2415143"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "纬度47.4225514，经度7.6133631"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "Breite 35.96038, Länge 140.20226"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "Breite 12.5, Länge 30.25"), Verdict::Rejected, "a width and a length");
    }

    #[test]
    fn json_arrays_by_key() {
        assert_eq!(bare(json_array_pair, "\"coordinates\": [139.7671, 35.6812"), Verdict::Confirmed);
        assert_eq!(bare(json_array_pair, "\"coordinates\": [35.6812, 139.7671"), Verdict::Confirmed, "lat, lon outside GeoJSON");
        assert_eq!(bare(json_array_pair, "\"coordinates\": [235.6812, 95.7671"), Verdict::Rejected);
        assert_eq!(bare(json_array_pair, "\"latlng\": [35.68, 139.69"), Verdict::Confirmed);
        assert_eq!(bare(json_array_pair, "\"latlng\": [139.69, 35.68"), Verdict::Rejected, "latlng is lat first");
        assert_eq!(bare(json_array_pair, "\"lngLat\": [139.69, 35.68"), Verdict::Confirmed);
        assert_eq!(bare(json_array_pair, "\"position\": [35.6812, 139.7671"), Verdict::Confirmed);
        assert_eq!(bare(json_array_pair, "\"position\": [120.5, 45.25"), Verdict::Rejected, "screen positions");
        assert_eq!(bare(json_array_pair, "\"coordinates\": [[[139.7671, 35.6812"), Verdict::Confirmed, "polygon");
    }

    #[test]
    fn map_urls() {
        assert_eq!(bare(map_url, "https://www.google.com/maps/@35.68123,139.69123"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "https://maps.google.com/?q=35.68,139.69"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "https://www.google.com/maps/search/?api=1&query=-23.020571%2C-43.065416"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "https://www.openstreetmap.org/?mlat=49.73&mlon=17.24#map=17/49.7322/17.2415"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "https://maps.apple.com/?ll=35.6812,139.7671"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "geo:35.6812,139.7671"), Verdict::Confirmed);
        assert_eq!(bare(map_url, "https://example.com/search?q=3.25,4.75"), Verdict::Rejected, "not a map");
        assert_eq!(bare(map_url, "https://www.google.com/maps/@95.68,139.69"), Verdict::Rejected, "out of range");
    }

    #[test]
    fn degrees_minutes_seconds() {
        for v in [
            "35°41'22\"N 139°41'30\"E",
            "35° 41' 22.5\" N, 139° 41' 30.2\" E",
            "52° 18′ 13.1″ N 4° 56′ 3.3″ E",
            "35°41'22''N 139°41'30''E",
            "N 50° 45.452', E 4° 33.030'",
            "35.68°N, 139.69°E",
            "N 35.68°, E 139.69°",
            "33.8688°S 151.2093°E",
            "35.6812 N, 139.7671 E",
            "139°41'30\"E 35°41'22\"N",
            "40° 19′ 27.3″ N 8° 28′ 42.5″ W",
        ] {
            assert_eq!(bare(dms_pair, v), Verdict::Confirmed, "{v}");
        }
        assert_eq!(bare(dms_pair, "35°41'22\" 139°41'30\""), Verdict::Weak, "no hemisphere letters: context needed");
        assert_eq!(bare(dms_pair, "35°71'22\"N 139°41'30\"E"), Verdict::Rejected, "71 minutes");
        assert_eq!(bare(dms_pair, "95°41'22\"N 139°41'30\"E"), Verdict::Rejected, "latitude out of range");
        assert_eq!(bare(dms_pair, "35°41'22\"N 35°41'22\"N"), Verdict::Rejected, "two latitudes");
        assert_eq!(bare(dms_pair, "21.5° 22.4°"), Verdict::Rejected, "two temperatures");
        assert_eq!(bare(dms_pair, "12.5 N, 3.2 E"), Verdict::Rejected, "forces, too coarse");
        assert_eq!(around(dms_pair, "ratio ", "12.5231 N, 3.2231 E", ""), Verdict::Rejected);
        assert_eq!(bare(dms_pair, "35.5°41'N 139°41'E"), Verdict::Rejected, "decimals before minutes");
    }

    #[test]
    fn nmea_checksum() {
        let good = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47";
        assert_eq!(bare(nmea_sentence, good), Verdict::Confirmed);
        let bad = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48";
        assert_eq!(bare(nmea_sentence, bad), Verdict::Rejected);
    }

    fn with_checksum(payload: &str) -> String {
        format!("${payload}*{:02X}", payload.bytes().fold(0u8, |a, b| a ^ b))
    }

    #[test]
    fn nmea_needs_a_fix() {
        let fix = |p: &str| bare(nmea_sentence, &with_checksum(p));
        assert_eq!(fix("GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W"), Verdict::Confirmed);
        assert_eq!(fix("GPRMC,123519,V,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W"), Verdict::Rejected, "void");
        assert_eq!(fix("GNRMC,123519,V,,,,,,,230394,,,N"), Verdict::Rejected, "empty");
        assert_eq!(fix("GPGGA,123519,4807.038,N,01131.000,E,0,00,99.9,,M,,M,,"), Verdict::Rejected, "quality 0");
        assert_eq!(fix("GPGGA,123519,0000.000,N,00000.000,E,1,08,0.9,545.4,M,46.9,M,,"), Verdict::Rejected, "all zero");
        assert_eq!(fix("GPGLL,4916.45,N,12311.12,W,225444,A,A"), Verdict::Confirmed);
        assert_eq!(fix("GPGLL,4916.45,N,12311.12,W,225444,V,N"), Verdict::Rejected, "GLL void");
        assert_eq!(fix("GNGNS,014035.00,4332.69262,S,17235.48549,E,RR,13,0.9,25.63,11.24,,"), Verdict::Confirmed);
        assert_eq!(fix("GNGNS,014035.00,4332.69262,S,17235.48549,E,NN,00,,,,,"), Verdict::Rejected, "GNS without a fix");
        assert_eq!(fix("BDGGA,123519,3541.3720,N,13941.5000,E,1,08,0.9,40.1,M,39.4,M,,"), Verdict::Confirmed);
        assert_eq!(fix("GPGGA,123519,9107.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"), Verdict::Rejected, "latitude 91");
        assert_eq!(fix("GPGGA,123519,4867.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"), Verdict::Rejected, "67 minutes");
        assert_eq!(bare(nmea_sentence, "$GPGLL,4916.45,N,12311.12,W,225444,A,A*5c"), Verdict::Confirmed, "lower-case hex");
        assert_eq!(bare(nmea_sentence, "$GPGLL,4916.45,N,12311.12,W,225444,A,A*5C"), Verdict::Confirmed);
    }

    #[test]
    fn coordinate_values() {
        assert_eq!(parse_coordinate("51.67266"), Some((51.67266, 5)));
        assert_eq!(parse_coordinate("-0.22405"), Some((-0.22405, 5)));
        assert_eq!(parse_coordinate("53,555631"), Some((53.555631, 6)), "decimal comma");
        assert_eq!(parse_coordinate("-10,092071"), Some((-10.092071, 6)));
        assert_eq!(parse_coordinate("1,234,567"), None);
        assert_eq!(parse_coordinate("abc"), None);
        assert_eq!(parse_coordinate("1.2.3"), None);
    }

    #[test]
    fn pair_values() {
        assert!(pair_value("151.346563,-33.953349"));
        assert!(pair_value("35.6812 139.7671"));
        assert!(pair_value("(35.6812; 139.7671)"));
        assert!(pair_value("53,555631;10,092071"));
        assert!(!pair_value("3.98,2.92"), "two scores");
        assert!(!pair_value("0.5123,0.2212"), "ratios");
        assert!(!pair_value("235.6812,195.7671"));
        assert!(!pair_value("35.6812,139.7671,12.5"));
    }

    #[test]
    fn headers_against_coordinates() {
        for h in ["unit_price", "cpu_pct", "p50_ms", "xg_home", "Temperatur", "x_mm", "humidity", "unitPrice", "score"] {
            assert!(header_against(h), "{h}");
        }
        for h in ["col7", "f_03", "lat", "Länge", "attr_c", "y", "pos", "lengte"] {
            assert!(!header_against(h), "{h}");
        }
    }
}
