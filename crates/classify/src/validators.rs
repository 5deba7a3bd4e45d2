//! Named validators that rules refer to with `validate = "<name>"`. A validator sees only the
//! candidate span, never the whole text, so it may be as thorough as it likes.


/// What a validator concluded about a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Structure proven (a check digit matched, a dictionary knew every part): raises the score.
    Confirmed,
    /// Cannot be a value of this kind: the candidate is dropped.
    Rejected,
    /// Nothing to prove either way: the score stays (context may still lift it).
    Unknown,
    /// Probably a value of this kind without any context (a known given name and a surname no
    /// list knows; a name in a layout that says so): reported, with less confidence than
    /// confirmed.
    Likely,
    /// Only a value of this kind when something right at it says so: a context word of the rule
    /// just before it on the same line (`tel: `, `sms to=`) or in the field name. A bare digit
    /// run is a phone number after `phone=`, not because `PhoneStatusBar` is on the same line.
    Weak,
}

/// A candidate span with a little of the text around it.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub value: &'a str,
    /// Up to a few dozen bytes before the value (on a character boundary).
    pub before: &'a str,
    /// Up to a few dozen bytes after the value.
    pub after: &'a str,
}

impl<'a> Candidate<'a> {
    /// A candidate with no surrounding text (rule examples, column values).
    pub fn bare(value: &'a str) -> Candidate<'a> {
        Candidate { value, before: "", after: "" }
    }
}

pub type Validator = fn(&Candidate<'_>) -> Verdict;

/// Reshapes a candidate before it is validated: the byte range of the value within the candidate
/// and the text after it (`value + after`), or `None` when nothing is left. Names narrow
/// (`Dear Hartmut Stey Yesterday` → `Hartmut Stey`); addresses extend over the lines of their
/// postal block (`12 Main St` + `Springfield, IL 62704` + `USA`).
pub type Reshaper = fn(value: &str, after: &str) -> Option<(usize, usize)>;

/// The reshaper that goes with a validator, if any.
pub fn reshaper(name: &str) -> Option<Reshaper> {
    match name {
        "person-name" | "person-name-loose" => Some(crate::names::narrow),
        "person-name-honorific" => Some(|v, _| crate::names::narrow_before_honorific(v)),
        "address-street" | "address-block" => Some(crate::address::extend_block),
        _ => None,
    }
}

/// A cheap test that rejects a candidate before its reshaper reads the lines after it (the
/// street candidate `59Z INFO` cut out of a timestamp, on every line of a log).
pub fn screen(name: &str) -> Option<Validator> {
    match name {
        "address-street" => Some(|c| if crate::address::street_rejected_early(c) { Verdict::Rejected } else { Verdict::Unknown }),
        _ => None,
    }
}

/// Resolves a validator name used in rule files.
pub fn lookup(name: &str) -> Option<Validator> {
    Some(match name {
        "vin-check-digit" => |c| if labelled_part_number(c.before) { Verdict::Rejected } else { vin_check_digit(c.value) },
        "vin-structure" => |c| {
            if vin_structure_ok(c.value.as_bytes()) && !labelled_part_number(c.before) { Verdict::Unknown } else { Verdict::Rejected }
        },
        "email-structure" => |c| {
            // `git@github.com:org/repo.git` is an SSH remote, not a mailbox.
            if c.after.starts_with(':') && c.after[1..].starts_with(|ch: char| !ch.is_whitespace()) {
                return Verdict::Rejected;
            }
            // `Message-ID: <ad18a4e2@mail.example.com>`: message and part identifiers of mail
            // headers have the shape of an address and name no mailbox.
            let line = c.before.rsplit('\n').next().unwrap_or("").trim_start().to_ascii_lowercase();
            if ["message-id:", "in-reply-to:", "references:", "content-id:", "x-message-id:", "msgid="].iter().any(|h| line.starts_with(h) || line.contains(&format!(" {h}"))) {
                return Verdict::Rejected;
            }
            email_structure(c.value)
        },
        "phone-number" => crate::phone::validate,
        "coordinates-pair" => crate::geo::decimal_pair,
        "coordinates-keyed" => crate::geo::keyed_pair,
        "coordinates-geojson" => crate::geo::json_array_pair,
        "coordinates-dms" => crate::geo::dms_pair,
        "coordinates-url" => crate::geo::map_url,
        "coordinates-wkt" => crate::geo::wkt_point,
        "nmea-checksum" => crate::geo::nmea_sentence,
        "person-name" => crate::names::western,
        "person-name-inverted" => crate::names::inverted,
        "person-name-loose" => crate::names::loose,
        "person-name-given" => crate::names::given_alone,
        "person-name-single" => crate::names::single_given,
        "person-name-script" | "person-name-honorific" => crate::names::script,
        "person-name-ja" => crate::names::japanese,
        "jp-prefecture" => crate::address::jp_prefecture,
        "address-street" => crate::address::street,
        "address-block" => crate::address::block,
        _ => return None,
    })
}

/// Is `label` a delegated top-level domain (case-insensitive)?
pub fn is_known_tld(label: &str) -> bool {
    crate::dictionaries::contains_lower(&crate::dictionaries::TLDS, label)
}

/// Email shape beyond the pattern: no empty dot-atoms, valid domain labels, a known TLD.
pub fn email_structure(candidate: &str) -> Verdict {
    let Some((local, domain)) = candidate.rsplit_once('@') else {
        return Verdict::Rejected;
    };
    if local.is_empty() || local.len() > 64 || local.contains("..") || local.starts_with('.') || local.ends_with('.') {
        return Verdict::Rejected;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-')) {
        return Verdict::Rejected;
    }
    let tld = labels[labels.len() - 1];
    if !is_known_tld(tld) {
        return Verdict::Rejected;
    }
    Verdict::Confirmed
}

/// Transliteration values of ISO 3779 letters for the check digit.
fn vin_value(c: u8) -> Option<u32> {
    Some(match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => return None,
    })
}

const VIN_WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/// Structural checks shared by every VIN rule: the ISO 3779 alphabet, the last four characters
/// numeric (the serial part of the VIS), at least one letter (a 17-digit run is an id, not a
/// VIN) and not one repeated character (placeholders such as `11111111111111111`).
pub fn vin_structure_ok(v: &[u8]) -> bool {
    v.len() == 17
        && v.iter().all(|&c| vin_value(c).is_some())
        && v[13..].iter().all(u8::is_ascii_digit)
        && v.iter().any(u8::is_ascii_alphabetic)
        && v.iter().any(|&c| c != v[0])
}

/// The North-American check digit (position 9) computed from the other sixteen characters.
pub fn vin_expected_check_digit(v: &[u8]) -> Option<u8> {
    if v.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (i, &c) in v.iter().enumerate() {
        sum += vin_value(c)? * VIN_WEIGHTS[i];
    }
    Some(match sum % 11 {
        10 => b'X',
        d => b'0' + d as u8,
    })
}

/// Labels of part, article, item and serial numbers, and the words of multi-word ones
/// (`part number`, `P/N`, `Art.-Nr.`, `S/N`, `item no.`).
const PART_LABELS: &[&str] = &[
    "part", "parts", "partno", "pn", "mpn", "sku", "item", "itemno", "article", "artikel", "artnr", "serial", "serialno",
    "sn", "teil", "teilenummer", "teilenr", "sachnummer",
];
const PART_LABEL_FIRST: &[&str] = &["part", "p", "item", "serial", "s", "article", "art", "artikel", "teil", "sach"];
const NUMBER_WORDS: &[&str] = &["number", "no", "nr", "num", "n", "nummer", "numero", "número", "nº"];

/// A part, article, item or serial number label right before a VIN-shaped candidate (`part
/// number`, `P/N:`, `Part No.`, `Art.-Nr.`, `item #`, `S/N`, `SKU`): the value is that number,
/// even with a valid check digit, unless the label itself names a VIN (`VIN / part no.`).
pub fn labelled_part_number(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let words: Vec<String> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let last = |i: usize| words.len().checked_sub(i + 1).map(|j| words[j].as_str());
    let label_words = match (last(1), last(0)) {
        (_, Some(w)) if PART_LABELS.contains(&w) => 1,
        (Some(first), Some(n)) if NUMBER_WORDS.contains(&n) && PART_LABEL_FIRST.contains(&first) => 2,
        _ => return false,
    };
    // `VIN / part no.`: the word before the label names a vehicle number.
    !last(label_words).is_some_and(|w| matches!(w, "vin" | "chassis" | "fin"))
}

/// ISO 3779 structure plus the check digit: confirmed when it matches, rejected otherwise.
pub fn vin_check_digit(candidate: &str) -> Verdict {
    let v = candidate.as_bytes();
    if !vin_structure_ok(v) {
        return Verdict::Rejected;
    }
    match vin_expected_check_digit(v) {
        Some(d) if d == v[8] => Verdict::Confirmed,
        _ => Verdict::Rejected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vin_check_digit_accepts_known_vins() {
        for v in ["1M8GDM9AXKP042788", "JH4KA7561PC008269", "3ZRJ2J0X4P3ZC0512", "KT2A9EEZ4D8ED4266"] {
            assert_eq!(vin_check_digit(v), Verdict::Confirmed, "{v}");
        }
    }

    #[test]
    fn vin_check_digit_rejects_wrong_digit_and_shapes() {
        assert_eq!(vin_check_digit("1M8GDM9AXKP042789"), Verdict::Rejected);
        assert_eq!(vin_check_digit("11111111111111111"), Verdict::Rejected, "placeholder");
        assert_eq!(vin_check_digit("1M8GDM9AXKP04278"), Verdict::Rejected, "16 chars");
        assert_eq!(vin_check_digit("1M8GDM9AXKPO42788"), Verdict::Rejected, "letter O");
        assert_eq!(vin_check_digit("12345678901234567"), Verdict::Rejected, "all digits");
        assert_eq!(vin_check_digit("ABCDEFGHJKLMNPRST"), Verdict::Rejected, "serial not numeric");
    }

    #[test]
    fn part_number_labels() {
        for b in ["part ", "Part number: ", "P/N ", "p/n:", "Part No. ", "Art.-Nr. ", "item #", "S/N: ", "SKU ", "order line 3, serial "] {
            assert!(labelled_part_number(b), "{b:?}");
        }
        for b in ["", "VIN ", "VIN / part no. ", "chassis ", "The car's VIN is ", "ref ", "Fahrgestellnummer ", "part of the fleet, VIN "] {
            assert!(!labelled_part_number(b), "{b:?}");
        }
    }

    #[test]
    fn check_digit_x_is_computed() {
        // Remainder 10 is written X: the ninth character of this well-known VIN.
        assert_eq!(vin_expected_check_digit(b"1M8GDM9AXKP042788"), Some(b'X'));
    }

    #[test]
    fn email_structure_needs_known_tld() {
        assert_eq!(email_structure("a.b@example.com"), Verdict::Confirmed);
        assert_eq!(email_structure("x@mail.example.co.uk"), Verdict::Confirmed);
        assert_eq!(email_structure("logo@2x.png"), Verdict::Rejected);
        assert_eq!(email_structure("a..b@example.com"), Verdict::Rejected);
        assert_eq!(email_structure("a@-example.com"), Verdict::Rejected);
        assert_eq!(email_structure("a@example"), Verdict::Rejected);
    }

    #[test]
    fn tld_list_is_loaded() {
        assert!(is_known_tld("COM"));
        assert!(is_known_tld("jp"));
        assert!(!is_known_tld("png"));
        assert!(!is_known_tld("localhost"));
    }
}
