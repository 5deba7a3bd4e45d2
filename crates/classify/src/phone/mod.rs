//! Phone numbers: a candidate is parsed with libphonenumber's metadata (the `phonenumber`
//! crate) for the regions we meet. Valid for some plausible region → confirmed; only possible
//! (plausible length and phone-like grouping) → unknown, so it needs context; anything shaped like
//! a date, an IP address, a version, an id glued to other text or a bare digit run without a
//! trunk prefix (order ids, EANs, tracking numbers) → rejected.

use crate::validators::{Candidate, Verdict};
use phonenumber::country::Id;

/// Regions tried for numbers written with a national trunk prefix `0`.
const TRUNK_ZERO_REGIONS: &[Id] = &[Id::GB, Id::FR, Id::DE, Id::JP, Id::IT, Id::NL, Id::AU, Id::IN, Id::BR, Id::BE, Id::CH, Id::AT];
/// Regions whose national numbers start without a trunk prefix.
const NO_TRUNK_REGIONS: &[Id] = &[Id::US, Id::CA, Id::ES, Id::IT, Id::IN];

/// The value touches other word characters (`SO-9437681`, a UUID group, `v2.3.4567`).
fn glued(before: &str, after: &str) -> bool {
    let mut b = before.chars().rev();
    let prev = b.next();
    let prev2 = b.next();
    let mut a = after.chars();
    let next = a.next();
    let next2 = a.next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    word(prev)
        || word(next)
        || (matches!(prev, Some('-' | '.' | '/' | ':')) && word(prev2))
        || (matches!(next, Some('-' | '/')) && word(next2))
        || (next == Some('.') && next2.is_some_and(|c| c.is_ascii_digit()))
}

fn looks_like_date(s: &str) -> bool {
    let groups: Vec<&str> = s.split(['-', '.', '/']).collect();
    groups.len() == 3
        && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (groups[0].len() == 4 || groups[2].len() == 4)
        && groups[1].len() <= 2
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

fn valid_in(region: Option<Id>, text: &str) -> bool {
    phonenumber::parse(region, text).is_ok_and(|n| phonenumber::is_valid(&n))
}

pub fn validate(c: &Candidate<'_>) -> Verdict {
    let value = c.value.trim();
    if glued(c.before, c.after) {
        return Verdict::Rejected;
    }
    let (main, _extension) = split_extension(value);
    if looks_like_date(main) || looks_like_ip(main) || looks_like_postal_code(main) {
        return Verdict::Rejected;
    }
    let plus = main.starts_with('+');
    // `+44 (0)20 ...`: the bracketed trunk zero is not dialled from abroad.
    let cleaned = if plus { main.replacen("(0)", "", 1) } else { main.to_string() };
    let digits: String = cleaned.chars().filter(char::is_ascii_digit).collect();
    if !(7..=15).contains(&digits.len()) {
        return Verdict::Rejected;
    }
    if digits.bytes().all(|b| b == digits.as_bytes()[0]) {
        return Verdict::Rejected;
    }
    let grouped = main.contains([' ', '-', '.', '(', ')', '/']);
    let trunk = digits.starts_with('0');
    if !plus && !grouped && (!trunk || digits.len() > 11) {
        // A bare run of digits without + or trunk 0, or too long for a national number:
        // an id, an EAN, a tracking number.
        return Verdict::Rejected;
    }
    // Dotted groups other than the North-American 3-3-4 are decimals or versions.
    if main.contains('.') && !plus {
        let groups: Vec<usize> = main.split('.').map(str::len).collect();
        if groups != [3, 3, 4] {
            return Verdict::Rejected;
        }
    }
    let valid = if plus {
        valid_in(None, &format!("+{digits}"))
    } else if let Some(intl) = digits.strip_prefix("00") {
        valid_in(None, &format!("+{intl}"))
    } else if trunk {
        TRUNK_ZERO_REGIONS.iter().any(|&r| valid_in(Some(r), &digits))
    } else {
        NO_TRUNK_REGIONS.iter().any(|&r| valid_in(Some(r), &digits))
    };
    if valid {
        Verdict::Confirmed
    } else if plus || grouped {
        Verdict::Unknown
    } else {
        Verdict::Rejected
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Verdict {
        validate(&Candidate::bare(s))
    }

    #[test]
    fn valid_numbers_of_many_regions() {
        for n in [
            "+33 (0)3 56 01 64 72", // FR international with bracketed trunk zero
            "04 88 22 45 13",       // FR national
            "+44 20 7946 0018",     // GB
            "0131 496 0650",        // GB national
            "+49 30 901820",        // DE
            "030 901820",           // DE national
            "+1-318-885-7474",      // US
            "(212) 555-0182",       // US national
            "090-7982-0598",        // JP mobile
            "03-3224-5000",         // JP Tokyo
            "+61 2 9374 4000",      // AU
            "+39 06 6982",          // IT (Vatican switchboard style, short)
            "+91 98765 43210",      // IN mobile
            "+55 11 3040-1234",     // BR
            "+31 20 624 1111",      // NL
            "+34 912 345 678",      // ES
        ] {
            assert_ne!(v(n), Verdict::Rejected, "{n}");
        }
        assert_eq!(v("+44 20 7946 0018"), Verdict::Confirmed);
        assert_eq!(v("090-7982-0598"), Verdict::Confirmed);
    }

    #[test]
    fn extensions_are_allowed() {
        assert_ne!(v("001-895-309-5073x472"), Verdict::Rejected);
        assert_eq!(split_extension("212-555-0182 ext. 12"), ("212-555-0182", Some("12")));
    }

    #[test]
    fn not_phones() {
        for s in ["2024-06-23", "10.0.0.12", "4766396984145", "0761595652073", "220664799811", "5.24.918", "20.14.938", "01304-001", "20500-0003", "11111111", "53.8055333"] {
            assert_eq!(v(s), Verdict::Rejected, "{s}");
        }
        // Glued to an id or a UUID.
        let c = Candidate { value: "9437681", before: "order SO-", after: " shipped" };
        assert_eq!(validate(&c), Verdict::Rejected);
        let c = Candidate { value: "4271-9599", before: "4c23-", after: "-e091a9f88404" };
        assert_eq!(validate(&c), Verdict::Rejected);
        let c = Candidate { value: "2024-10-11", before: "", after: "T13:30:14Z" };
        assert_eq!(validate(&c), Verdict::Rejected);
    }
}
