//! Phone numbers, the way a person recognises one: written with `+` (or `00`) and valid for its
//! country code, or written in the national format of a region (its trunk prefix and the
//! grouping libphonenumber's metadata gives for that region, e.g. `020 7946 0018`,
//! `(212) 555-0182`, `06 12 34 56 78`). Those are confirmed. A number that is only possible
//! (a bare digit run, an unusual grouping) is left unknown: phone context (`tel`, `phone`, a phone
//! column) decides. Shapes that are something else are rejected before libphonenumber is asked:
//! dates and times in every common layout, IPs, versions, decimals, amounts, durations, byte
//! counts, postal codes, pieces of longer digit-group runs (cards, IBANs), ids glued to words.

mod metadata;

use crate::validators::{Candidate, Verdict};
use metadata::Metadata;

const WORD_GLUE: fn(char) -> bool = |c| (c.is_alphanumeric() && !is_cjk(c)) || c == '_';

/// Chinese, Japanese and Korean characters: text in these scripts has no spaces, so a number
/// touching them is not glued to a word (`電話090-1234-5678まで`).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{ff00}'..='\u{ffef}')
}

/// The value is part of something longer: glued to a word (`SO-9437681`, a UUID group, a host
/// name `ip-10-250-10-6`), a time or a port (`18:01`, `host:8080`), a decimal (`47,978`, `1.5`),
/// one group of a longer run of digit groups (`4111 1111 1111 1111`, `DE89 3704 0044 0532`), or
/// an amount after a currency sign.
fn part_of_something_longer(before: &str, after: &str) -> bool {
    let mut b = before.chars().rev();
    let prev = b.next();
    let prev2 = b.next();
    let mut a = after.chars();
    let next = a.next();
    let next2 = a.next();
    let word = |c: Option<char>| c.is_some_and(WORD_GLUE);
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let glued_before = match prev {
        Some('-' | '.' | '/' | '_') => word(prev2),
        // A time, a decimal, or the next number of a list (`3534 3375 **** 3515 3479`).
        Some(':' | ',') => digit(prev2),
        // (The previous token may be the value of a key: `tracking=9324 1218 6515`.)
        Some(' ') => number_token(before[..before.len() - 1].rsplit(|c: char| c.is_whitespace() || c == '=').next().unwrap_or("")),
        Some('$' | '€' | '£' | '¥' | '₩' | '₹' | '#' | '@' | '%' | '^' | '~' | '\\') => true,
        c => word(c),
    };
    let label_after = after.get(next.map_or(0, char::len_utf8)..).unwrap_or("").trim_start_matches(' ').split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| PHONE_LABELS.contains(&w.to_lowercase().as_str()));
    let glued_after = match next {
        // `555-0182-Office`: a label glued to the number says what it is.
        Some('-' | '/') if label_after => false,
        Some('-' | '/' | '_') => word(next2),
        Some(':' | ',') => digit(next2),
        Some(' ') => number_token(after[1..].split(char::is_whitespace).next().unwrap_or("")),
        Some('.') => digit(next2) || next2.is_some_and(|c| c.is_ascii_lowercase()),
        Some('%' | '\\') => true,
        c => word(c),
    };
    glued_before || glued_after || in_hex_dump(before, after)
}

/// A neighbouring token that makes the value one number of a list: digits (`4111 1111`) or a
/// masked number (`****`), but not a time or a word.
fn number_token(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';', ')']);
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'*')
}

/// A number between hexadecimal tokens (`7c fd 82 63 98 82`) is bytes of a dump.
fn in_hex_dump(before: &str, after: &str) -> bool {
    let hex_token = |t: &str| (2..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_hexdigit()) && t.bytes().any(|b| b.is_ascii_alphabetic());
    let prev = before.strip_suffix(' ').and_then(|b| b.rsplit(char::is_whitespace).next()).unwrap_or("");
    let next = after.strip_prefix(' ').and_then(|a| a.split(char::is_whitespace).next()).unwrap_or("");
    hex_token(prev) || hex_token(next)
}

/// Labels written right after a number in contact lists (`555-0182-Office`, `…/Fax`).
const PHONE_LABELS: &[&str] = &["office", "fax", "home", "work", "mobile", "cell", "tel", "phone", "direct", "main", "desk"];

fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Lengths of the runs of digits: `(212) 555-0182` → `[3, 3, 4]`.
fn groups(s: &str) -> Vec<usize> {
    s.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).map(str::len).collect()
}

fn is_date(y: u32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d) && (y <= 99 || (1900..=2099).contains(&y))
}

fn is_time(h: u32, m: u32, s: u32) -> bool {
    h <= 23 && m <= 59 && s <= 60
}

fn num(s: &str) -> u32 {
    s.parse().unwrap_or(u32::MAX)
}

/// Dates and timestamps: `2024-06-23`, `17/06/09 20`, `23.06.2024`, `081109 203615`,
/// `20240623`, `20240623-13`. A phone number's groups are never a calendar date followed by more
/// time, and an eight-digit group that is a date is not a phone group.
fn looks_like_date_or_time(main: &str) -> bool {
    let parts: Vec<&str> = main.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let seps: Vec<char> = {
        let mut v = Vec::new();
        let mut in_digits = false;
        let mut cur: Option<char> = None;
        for c in main.chars() {
            if c.is_ascii_digit() {
                if !in_digits {
                    if let Some(s) = cur.take() {
                        v.push(s);
                    }
                }
                in_digits = true;
            } else {
                if in_digits {
                    cur = Some(c);
                }
                in_digits = false;
            }
        }
        v
    };
    // Three groups with the same date separator: y-m-d, d-m-y or m-d-y, alone or followed by a
    // differently separated time.
    if parts.len() >= 3 && seps.len() >= 2 && seps[0] == seps[1] && matches!(seps[0], '-' | '/' | '.') && (parts.len() == 3 || seps.get(2) != Some(&seps[0])) {
        let (a, b, c) = (parts[0], parts[1], parts[2]);
        let ymd = (a.len() == 4 || a.len() == 2) && b.len() <= 2 && c.len() <= 2 && is_date(num(a), num(b), num(c));
        let dmy = a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || c.len() == 2) && (is_date(num(c), num(b), num(a)) || is_date(num(c), num(a), num(b)));
        if ymd || dmy {
            return true;
        }
    }
    // Year ranges: `2000-2002`.
    if let [a, b] = parts[..] {
        let year = |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"));
        if year(a) && year(b) {
            return true;
        }
    }
    // Compact dates: yyyyMMdd anywhere, yyMMdd followed by HHmmss, MMdd/HHmmss (Chromium).
    for (i, p) in parts.iter().enumerate() {
        if p.len() == 4 && seps.get(i) == Some(&'/') && is_date(0, num(&p[..2]), num(&p[2..])) {
            if let Some(next) = parts.get(i + 1).filter(|n| n.len() == 6) {
                if is_time(num(&next[..2]), num(&next[2..4]), num(&next[4..])) {
                    return true;
                }
            }
        }
        if p.len() == 8 && (p.starts_with("19") || p.starts_with("20")) && is_date(num(&p[..4]), num(&p[4..6]), num(&p[6..])) {
            return true;
        }
        if p.len() == 6 && is_date(num(&p[..2]), num(&p[2..4]), num(&p[4..])) {
            if let Some(next) = parts.get(i + 1) {
                if next.len() >= 2 && next.len() <= 6 && is_time(num(&next[..2]), num(next.get(2..4).unwrap_or("0")), num(next.get(4..6).unwrap_or("0"))) {
                    return true;
                }
            }
        }
    }
    false
}

/// Brazilian CEP (`01304-001`) and US ZIP+4 (`20500-0003`) postal codes.
fn looks_like_postal_code(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    matches!(groups[..], [a, b] if a.len() == 5 && (b.len() == 3 || b.len() == 4) && s.bytes().all(|c| c.is_ascii_digit() || c == b'-'))
}

fn looks_like_ip(s: &str) -> bool {
    let groups: Vec<&str> = s.split('.').collect();
    groups.len() == 4 && groups.iter().all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Words after a number that make it a quantity: durations, sizes, counts, currencies.
const UNITS: &[&str] = &[
    "ms", "us", "ns", "s", "sec", "secs", "second", "seconds", "min", "mins", "minutes", "h", "hrs", "hours", "days", "b",
    "bytes", "byte", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "bit", "bits", "kbps", "mbps", "hz", "khz",
    "mhz", "ghz", "px", "pt", "rows", "records", "items", "entries", "events", "files", "times", "ops", "req", "reqs",
    "requests", "usd", "eur", "gbp", "jpy", "chf", "cny", "inr", "krw", "yen", "euro", "euros", "dollars", "km", "m",
    "kg", "g", "mg", "ml", "l", "%", "pct", "blocks", "pages", "lines", "tokens", "points", "pts",
];
/// Currency codes before an amount.
const CURRENCIES: &[&str] = &["usd", "eur", "gbp", "jpy", "chf", "cny", "rmb", "inr", "krw", "aud", "cad", "brl", "mxn", "sek", "nok", "dkk", "pln", "czk", "try", "thb", "idr", "vnd", "php", "myr", "twd", "nzd", "rs", "rp"];

fn quantity(before: &str, after: &str) -> bool {
    let next_word: String = after
        .trim_start_matches(' ')
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '%')
        .flat_map(char::to_lowercase)
        .collect();
    if !next_word.is_empty() && UNITS.contains(&next_word.as_str()) {
        return true;
    }
    let prev_word: String = {
        let t = before.trim_end_matches(' ');
        let w: Vec<char> = t.chars().rev().take_while(|c| c.is_alphabetic()).collect();
        w.into_iter().rev().flat_map(char::to_lowercase).collect()
    };
    CURRENCIES.contains(&prev_word.as_str())
}

/// Splits `x123` / `ext. 123` / `#123` off the end.
fn split_extension(s: &str) -> (&str, Option<&str>) {
    let lower = s.to_ascii_lowercase();
    for marker in ["ext.", "ext", "x", "#"] {
        if let Some(i) = lower.rfind(marker) {
            let tail = s[i + marker.len()..].trim();
            if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) {
                return (s[..i].trim_end(), Some(tail));
            }
        }
    }
    (s, None)
}

/// Group boundaries (as digit offsets) of a list of group lengths.
fn boundaries(groups: &[usize]) -> Vec<usize> {
    groups.iter().scan(0, |acc, g| {
        *acc += g;
        Some(*acc)
    }).collect()
}

/// Whether the written grouping is the region's national format: the same groups, or the same
/// first group (area code) with the rest split further into groups of 2 or more, or kept
/// together.
fn grouping_matches(written: &[usize], formatted: &[usize]) -> bool {
    if written == formatted {
        return true;
    }
    if written.len() < 2 || formatted.is_empty() || written[0] != formatted[0] || written.iter().any(|&g| g < 2) {
        return false;
    }
    // The same first group (area code), the rest split further (`030 90 18 20` for
    // `030 901820`) or kept together (`0446 337092` for `0446 337 092`).
    let (w, f) = (boundaries(written), boundaries(formatted));
    f.iter().all(|b| w.contains(b)) || w.iter().all(|b| f.contains(b))
}

/// Group lengths of a written national number without its trunk prefix: `020 7946 0018` →
/// `[2, 4, 4]` for a region with trunk `0`; `1-212-555-0182` → `[3, 3, 4]` in the NANP.
fn groups_without_trunk(written: &[usize], trunk: Option<&str>, digits: &str) -> Vec<usize> {
    let mut g = written.to_vec();
    if let Some(t) = trunk.filter(|t| digits.starts_with(t)) {
        // Only the NANP's `1` stands alone (`1-800-555-0199`); a lone `0` is a counter.
        if g.first() == Some(&t.len()) && t == "1" {
            g.remove(0);
        } else if let Some(first) = g.first_mut() {
            *first = first.saturating_sub(t.len());
        }
    }
    g
}

/// What the metadata says of a number written in national form (`written` its digit groups,
/// one group for a bare run). Confirmed when valid in a region and written in that region's
/// national grouping, with the region's trunk prefix when it has one, or in three groups or more
/// when it has none (`912 345 678`): two bare groups (`3515 3479`) are as often a pair of
/// counters as a phone number. Possible elsewhere: only with context right at it.
fn national(digits: &str, written: &[usize], punctuated: bool) -> Verdict {
    let meta = Metadata::get();
    let mut verdict = if meta.possible_national_length(digits) { Verdict::Weak } else { Verdict::Rejected };
    if written.len() < 2 {
        return verdict;
    }
    for (i, nsn) in meta.national_candidates(digits) {
        let r = &meta.regions[i];
        let trunk_written = nsn.len() < digits.len();
        let w = groups_without_trunk(written, r.trunk.as_deref().filter(|_| trunk_written), digits);
        let Some(format) = r.format_groups(nsn) else { continue };
        if !grouping_matches(&w, &format) {
            if r.is_valid(nsn) {
                verdict = Verdict::Unknown;
            }
            continue;
        }
        // Without a trunk prefix, spaces alone (`551 124 135`) are as often a row of counters
        // in a log (`200 200 236 364`); brackets, dashes or dots (`(212) 555-0182`,
        // `212.555.0182`), or the North-American 3-3-4 in the region's exact format
        // (`647 736 3347`) are a phone number.
        let distinct = w == format && written == [3, 3, 4];
        // A short number in two groups (`024 4127`) is as often a plate or a code.
        let trunk_confirms = trunk_written && (written.len() >= 3 || digits.len() >= 8);
        if trunk_confirms || (written.len() >= 3 && (punctuated || distinct)) {
            return Verdict::Confirmed;
        }
        verdict = Verdict::Unknown;
    }
    verdict
}

/// Full-width digits and punctuation (Japanese and Chinese text) as their ASCII forms.
fn half_width(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '０'..='９' | '＋' | '（' | '）' | '－' | '．' | '／' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '　' => ' ',
            c => c,
        })
        .collect()
}

pub fn validate(c: &Candidate<'_>) -> Verdict {
    let value = half_width(c.value.trim());
    if part_of_something_longer(c.before, c.after) || quantity(c.before, c.after) {
        return Verdict::Rejected;
    }
    let (main, _extension) = split_extension(&value);
    if looks_like_date_or_time(main) || looks_like_ip(main.trim_matches(['(', ')'])) || looks_like_postal_code(main) {
        return Verdict::Rejected;
    }
    // Two spaces inside a number are columns of a table (`1702  2395`), not a phone grouping.
    if main.contains("  ") {
        return Verdict::Rejected;
    }
    let plus = main.starts_with('+');
    // `+44 (0)20 ...`: the bracketed trunk zero is not dialled from abroad.
    let cleaned = if plus { main.replacen("(0)", "", 1) } else { main.to_string() };
    let digits = digits_of(&cleaned);
    if !(7..=15).contains(&digits.len()) || digits.bytes().all(|b| b == digits.as_bytes()[0]) {
        return Verdict::Rejected;
    }
    let written = groups(&cleaned);
    // Groups of one digit (CPU lists, counters) except a leading country or trunk digit, and more
    // groups than any national format has.
    let international = plus || (digits.starts_with("00") && written.len() > 1);
    if written.len() > 7 || written.iter().skip(if international { 2 } else { 1 }).any(|&g| g == 1) {
        return Verdict::Rejected;
    }
    // Dotted groups are decimals or versions unless they are three or more groups of two digits
    // or more (`930.167.3943`, `03.93.92.16.85`).
    if main.contains('.') && !plus && (written.len() < 3 || digits.len() < 9 || written.iter().any(|&g| g < 2)) {
        return Verdict::Rejected;
    }
    // The US social security number shape.
    if !plus && written == [3, 2, 4] && main.contains('-') {
        return Verdict::Rejected;
    }
    // `00` is an international call prefix when the number is grouped; a bare run starting with
    // `00` is as often a zero-padded id.
    // With `+` (or `00`) and a country code, a number of a possible length written in groups is
    // a phone number to any reader; valid ones are confirmed whatever their grouping.
    if international {
        let intl = if plus { digits.as_str() } else { &digits[2..] };
        match Metadata::get().international(intl) {
            Some(true) => return Verdict::Confirmed,
            Some(false) if written.len() > 1 => return Verdict::Confirmed,
            Some(false) => return Verdict::Unknown,
            None if plus => return Verdict::Rejected,
            // No country code after `00`: read it as a national number below.
            None => {}
        }
    }
    if written.len() < 2 && digits.len() > 13 {
        return Verdict::Rejected;
    }
    // Zero-padded record ids: no number is dialled with three leading zeros. Epoch seconds and
    // milliseconds (2001 to 2036) written bare.
    if digits.starts_with("000") {
        return Verdict::Rejected;
    }
    if written.len() == 1 && (digits.len() == 10 || digits.len() == 13) && (digits.starts_with('1') || digits.starts_with("20")) {
        return Verdict::Rejected;
    }
    let separators: Vec<&str> = main.split(|c: char| c.is_ascii_digit()).filter(|s| !s.is_empty()).collect();
    let punctuated = separators.iter().any(|s| s.contains(['(', ')', '-', '.', '/']));
    // `200 - 795 - 253`, `12 / 34`: fields of a record, not the grouping of a number.
    let listed = separators.iter().any(|s| s.len() > 1 && s.contains(' ') && !s.starts_with(')'));
    match national(&digits, &written, punctuated) {
        Verdict::Confirmed | Verdict::Unknown if listed => Verdict::Weak,
        // A bare run may also be an international number without its `+` (`to=34340577251`).
        Verdict::Rejected if written.len() < 2 && Metadata::get().international(digits.trim_start_matches("00")) == Some(true) => Verdict::Weak,
        v => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Verdict {
        validate(&Candidate::bare(s))
    }

    fn in_text(before: &str, value: &str, after: &str) -> Verdict {
        validate(&Candidate { value, before, after })
    }

    #[test]
    fn national_formats_of_many_regions_are_confirmed() {
        for n in [
            "04 88 22 45 13",   // FR
            "0131 496 0650",    // GB
            "020 7946 0018",    // GB London
            "030 901820",       // DE
            "030 90 18 20",     // DE, subscriber number split further
            "(212) 555-0182",   // US
            "212-555-0182",     // US
            "090-7982-0598",    // JP mobile
            "03-3224-5000",     // JP Tokyo
            "(02) 9374 4000",   // AU
            "020 624 1111",     // NL
            "02 123 4567",      // TH Bangkok
            "091 234 5678",     // VN? or another region's grouping
        ] {
            assert_eq!(v(n), Verdict::Confirmed, "{n}");
        }
    }

    #[test]
    fn international_numbers_are_confirmed() {
        for n in ["+33 (0)3 56 01 64 72", "+44 20 7946 0018", "+49 30 901820", "+1-318-885-7474", "+61 2 9374 4000", "+91 98765 43210", "+55 11 3040-1234", "+66 2 123 4567", "+82 2-312-3456", "0044 20 7946 0018"] {
            assert_eq!(v(n), Verdict::Confirmed, "{n}");
        }
    }

    #[test]
    fn bare_runs_and_odd_groupings_need_context_at_the_value() {
        for n in ["0612345678", "61193508", "34340577251"] {
            assert_eq!(v(n), Verdict::Weak, "{n}");
        }
        assert_ne!(v("2626 23469"), Verdict::Confirmed);
        assert_ne!(in_text("0.000 0.057 0.001 ", "404 404 115 64", " \"GET"), Verdict::Confirmed);
        assert_ne!(in_text("403 AccessDenied - ", "1091 339 214", " \"-\""), Verdict::Confirmed);
        // Valid and in its region's grouping, but two groups without a trunk prefix, or spaces
        // only where the region has no trunk prefix.
        assert_eq!(v("6123 4567"), Verdict::Unknown);
        assert_eq!(v("912 345 678"), Verdict::Unknown);
        assert_eq!(v("912-345-678"), Verdict::Confirmed);
        // A lone trunk zero, fields of a record.
        assert_ne!(v("0 221 489 222"), Verdict::Confirmed);
        assert_eq!(v("200 - 795 - 253"), Verdict::Weak);
    }

    #[test]
    fn labels_glued_after_the_number() {
        assert_eq!(in_text("", "(212) 555-0182", "-Office"), Verdict::Confirmed);
        assert_eq!(in_text("", "(212) 555-0182", "-x17"), Verdict::Rejected);
        assert_eq!(v("03.93.92.16.85"), Verdict::Confirmed);
    }

    #[test]
    fn extensions_are_allowed() {
        assert_ne!(v("001-895-309-5073x472"), Verdict::Rejected);
        assert_eq!(split_extension("212-555-0182 ext. 12"), ("212-555-0182", Some("12")));
    }

    #[test]
    fn timestamps_are_not_phones() {
        for (before, value, after) in [
            ("", "2015-10-18 18", ":01:47,978 INFO"),
            ("", "081109 203615 148", " INFO dfs.DataNode"),
            ("", "17/06/09 20", ":10:40 INFO"),
            ("", "20171223-22", ":15:29:606|Step_LSC"),
            ("", "2024-06-23", "T13:30:14Z"),
            ("[", "10/Oct/2000", ":13:55:36 -0700]"),
            ("03-17 16:13:38.811  ", "1702  2395", " D WindowManager"),
            ("", "06/09/17 20", ":10:40"),
            ("- ", "1131566461", " 2005.11.09"),
            ("", "23.06.2024 13", ":30"),
            ("SSN: ", "054-28-6917", ""),
            ("(C) ", "2000-2002", " Netfilter core team"),
            ("Dropbox[24019]: [", "0701/114930", ":WARNING:dns_config"),
            ("Fan speeds ( 3552 3534 3375 **** ", "3515 3479", " )"),
            ("Safe mode ON.\n081110 ", "000108 26116", " INFO"),
            ("tracking=9324 ", "1218 6515", " parcels=3"),
            ("from 163.27.187.39 ", "(163.27.187.39", "): Software"),
            ("Code: 31 8a 3c 23 39 7c fd ", "82 63 98 82", ""),
            ("(flags = ", "00000004", ", progress"),
        ] {
            assert_eq!(in_text(before, value, after), Verdict::Rejected, "{before}|{value}|{after}");
        }
    }

    #[test]
    fn numbers_that_are_something_else() {
        for s in ["2024-06-23", "10.0.0.12", "4766396984145", "5.24.918", "20.14.938", "01304-001", "20500-0003", "11111111", "53.8055333", "0 1 2 3 4 5 6 7"] {
            assert_eq!(v(s), Verdict::Rejected, "{s}");
        }
        for (before, value, after) in [
            ("order SO-", "9437681", " shipped"),
            ("4c23-", "4271-9599", "-e091a9f88404"),
            ("card ", "4111 1111 1111", " 1111"),
            ("IBAN DE89 ", "3704 0044 0532", " 0130 00"),
            ("took ", "1234567", " ms"),
            ("size ", "67108864", " bytes"),
            ("EUR ", "1 234 567", ""),
            ("host ", "10-250-10-6", ".ec2.internal"),
            ("ip-", "10-250-10-6", " "),
        ] {
            assert_eq!(in_text(before, value, after), Verdict::Rejected, "{before}|{value}|{after}");
        }
    }

    #[test]
    fn numbers_touching_cjk_text() {
        assert_eq!(in_text("電話", "090-7982-0598", "まで"), Verdict::Confirmed);
    }
}
