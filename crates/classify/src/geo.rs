//! Coordinates: ranges, precision and structure (NMEA checksums, GeoJSON's lon-lat order).

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

/// A bare `lat, lon` pair: both numbers need at least 3 decimals (GPS precision), 5 to be sure
/// without context (statistics and measurements rarely carry five decimals on both).
pub fn decimal_pair(c: &Candidate<'_>) -> Verdict {
    let n = numbers(c.value);
    let [(lat, dl), (lon, dn)] = n[..] else {
        return Verdict::Rejected;
    };
    if !in_range(lat, lon) || dl < 3 || dn < 3 {
        return Verdict::Rejected;
    }
    // A pair glued into a longer list of numbers is a vector or a table row, not a position.
    if c.after.trim_start().starts_with(',') && c.after.trim_start()[1..].trim_start().starts_with(|ch: char| ch.is_ascii_digit() || ch == '-') {
        return Verdict::Unknown;
    }
    if dl >= 5 && dn >= 5 {
        Verdict::Confirmed
    } else {
        Verdict::Unknown
    }
}

/// `lat=.. lon=..`, `緯度.. 経度..`, `<trkpt lat=".." lon="..">`: the keys say what the numbers are.
pub fn keyed_pair(c: &Candidate<'_>) -> Verdict {
    let n: Vec<(f64, usize)> = numbers(c.value);
    let [(lat, dl), (lon, dn)] = n[..] else {
        return Verdict::Rejected;
    };
    if !in_range(lat, lon) || dl + dn < 2 {
        return Verdict::Rejected;
    }
    Verdict::Confirmed
}

/// `"coordinates": [lon, lat]`.
pub fn geojson_pair(c: &Candidate<'_>) -> Verdict {
    let n = numbers(c.value);
    if n.len() < 2 {
        return Verdict::Rejected;
    }
    let (lon, lat) = (n[n.len() - 2].0, n[n.len() - 1].0);
    if in_range(lat, lon) {
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

/// NMEA 0183 sentence: the XOR checksum after `*` must match.
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
    if actual == expected {
        Verdict::Confirmed
    } else {
        Verdict::Rejected
    }
}

/// Is this a latitude-like or longitude-like number column value? (value, decimals)
pub fn parse_coordinate(value: &str) -> Option<(f64, usize)> {
    let v = value.trim();
    if v.is_empty() || v.len() > 24 || !numbers_span_whole(v) {
        return None;
    }
    if let Some(plain) = plain_decimal(v) {
        return Some(plain);
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
    fn keyed_pairs() {
        assert_eq!(bare(keyed_pair, "lat=53.8055333 lon=-3.01508"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "緯度36.54931 経度136.5922"), Verdict::Confirmed);
        assert_eq!(bare(keyed_pair, "lat=153.8 lon=-3.0"), Verdict::Rejected);
    }

    #[test]
    fn geojson_is_lon_lat() {
        assert_eq!(bare(geojson_pair, "\"coordinates\": [139.7671, 35.6812]"), Verdict::Confirmed);
        assert_eq!(bare(geojson_pair, "\"coordinates\": [35.6812, 139.7671]"), Verdict::Rejected);
    }

    #[test]
    fn nmea_checksum() {
        let good = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47";
        assert_eq!(bare(nmea_sentence, good), Verdict::Confirmed);
        let bad = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48";
        assert_eq!(bare(nmea_sentence, bad), Verdict::Rejected);
    }

    #[test]
    fn coordinate_values() {
        assert_eq!(parse_coordinate("51.67266"), Some((51.67266, 5)));
        assert_eq!(parse_coordinate("-0.22405"), Some((-0.22405, 5)));
        assert_eq!(parse_coordinate("abc"), None);
        assert_eq!(parse_coordinate("1.2.3"), None);
    }
}
