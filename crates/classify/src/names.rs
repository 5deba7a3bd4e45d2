//! Person names from dictionaries, not from "any capitalised word": a candidate is confirmed
//! when its first token is a known first name and its last a known surname; one known part
//! leaves it unknown (context such as "Dear", "From:", a title or a `name` field decides);
//! an everyday word among its tokens rejects it.

use crate::dictionaries::{contains_lower, COMMON_WORDS, FIRST_NAMES, JA_GIVEN_NAMES, JA_SURNAMES, SURNAMES};
use crate::validators::{Candidate, Verdict};

const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme", "mlle", "m", "mister", "madame", "monsieur"];
/// Company forms: "Jordan Ltd" is a firm, not a person.
const COMPANY_WORDS: &[&str] = &["ltd", "llc", "inc", "plc", "gmbh", "corp", "co", "company", "group", "sons", "ag", "sa", "sas", "sarl", "bv", "nv", "kk", "kg", "oy", "ab", "spa", "srl", "partners", "associates", "holdings", "bros", "industries", "limited"];
/// Words that start a capitalised phrase but never a name: articles, place prefixes, street
/// types, calendar words.
const NEVER_FIRST: &[&str] = &[
    "the", "a", "an", "of", "and", "for", "with", "to", "in", "on", "at", "by", "from", "my", "our", "your", "his", "her",
    "their", "this", "that", "these", "those", "dear", "hello", "hi", "thanks", "thank", "please", "re", "fw", "fwd",
    "new", "north", "south", "east", "west", "san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "ste", "port",
    "lake", "mount", "fort", "cape", "los", "las", "el", "le", "la", "les", "rue", "rua", "via", "calle", "avenida", "avenue",
    "street", "road", "piazza", "plaza", "bad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "july", "september", "october", "november", "december", "mon", "tue",
    "wed", "thu", "fri", "feb", "mar", "apr", "jul", "sep", "sept", "oct", "nov", "dec", "lundi", "mardi", "montag", "dienstag", "lunes", "martes", "lunedì",
];
/// Words that never end a name: calendar words and place kinds.
const NEVER_LAST: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december", "city", "county", "park", "bridge", "street",
    "avenue", "road", "station", "airport", "university", "college", "school", "hospital", "hotel", "center", "centre",
];
const PARTICLES: &[&str] = &["de", "da", "di", "du", "van", "von", "der", "den", "del", "della", "la", "le", "dos", "das", "y", "bin", "al", "ter", "zu"];

/// Every hyphen-separated part is in the list (`Laure-Christiane`, `Davies-Hammond`), or the
/// whole token is.
fn known(set: &std::collections::HashSet<&'static str>, token: &str) -> bool {
    contains_lower(set, token) || (token.contains('-') && token.split('-').all(|p| !p.is_empty() && contains_lower(set, p)))
}

fn any_part_known(set: &std::collections::HashSet<&'static str>, token: &str) -> bool {
    token.split('-').any(|p| !p.is_empty() && contains_lower(set, p))
}

/// An everyday word; a double-barrelled token only when every part is one (`Kambs-Butte` is a
/// surname even though "butte" is a word).
fn common(token: &str) -> bool {
    token.split('-').all(|p| contains_lower(&COMMON_WORDS, p))
}

pub fn western(c: &Candidate<'_>) -> Verdict {
    let mut tokens: Vec<&str> = c.value.split_whitespace().map(|t| t.trim_end_matches(['\'', '’'])).collect();
    let titled = tokens.first().is_some_and(|t| TITLES.contains(&t.trim_end_matches('.').to_lowercase().as_str()));
    if titled {
        tokens.remove(0);
    }
    tokens.retain(|t| !PARTICLES.contains(t));
    if tokens.iter().any(|t| COMPANY_WORDS.contains(&t.trim_end_matches('.').to_lowercase().as_str())) {
        return Verdict::Rejected;
    }
    let (Some(&first), Some(&last)) = (tokens.first(), tokens.last()) else {
        return Verdict::Rejected;
    };
    if tokens.len() < 2 && !titled {
        return Verdict::Rejected;
    }
    let lower = |t: &str| t.trim_end_matches('.').to_lowercase();
    if NEVER_FIRST.contains(&lower(first).as_str()) || NEVER_LAST.contains(&lower(last).as_str()) {
        return Verdict::Rejected;
    }
    // An everyday word after the first token ("Customer Care", "Grace Period"); frequent
    // surnames are not in the word list, so "Mark Baker" passes.
    if tokens[1..].iter().any(|t| common(t) && !known(&FIRST_NAMES, t) || common(t) && tokens.len() > 2) {
        return Verdict::Rejected;
    }
    let first_known = known(&FIRST_NAMES, first) || any_part_known(&FIRST_NAMES, first);
    let first_is_word = common(first);
    if first_is_word && !first_known {
        return Verdict::Rejected;
    }
    let last_known = tokens.len() > 1 && known(&SURNAMES, last);
    if first_known && last_known && !first_is_word {
        return Verdict::Confirmed;
    }
    // A display name before a mailbox: `Barbara Liskov <b.liskov@example.com>`.
    let display_name = c.after.trim_start().strip_prefix('<').is_some_and(|rest| rest.split('>').next().is_some_and(|m| m.contains('@')));
    if display_name && (first_known || known(&SURNAMES, last)) {
        return Verdict::Confirmed;
    }
    if first_known || (titled && known(&SURNAMES, last)) || (tokens.len() > 1 && known(&FIRST_NAMES, last) && !common(first)) {
        return Verdict::Unknown;
    }
    Verdict::Rejected
}

fn is_kana(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '\u{3041}'..='\u{309f}' | '\u{30a0}'..='\u{30ff}'))
}

/// `藤田 陽一`, `村上 あすか`: surname and given name from ENAMDICT.
pub fn japanese(c: &Candidate<'_>) -> Verdict {
    let mut parts = c.value.split([' ', '\u{3000}']).filter(|p| !p.is_empty());
    let (Some(surname), Some(given), None) = (parts.next(), parts.next(), parts.next()) else {
        return Verdict::Rejected;
    };
    let s = JA_SURNAMES.contains(surname);
    let g = JA_GIVEN_NAMES.contains(given) || (is_kana(given) && given.chars().count() >= 2);
    match (s, g) {
        (true, true) => Verdict::Confirmed,
        (true, false) | (false, true) => Verdict::Unknown,
        (false, false) => Verdict::Rejected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Verdict {
        western(&Candidate::bare(s))
    }

    #[test]
    fn western_names() {
        assert_eq!(w("Grace Hopper"), Verdict::Confirmed);
        assert_eq!(w("Jérôme Jourdan"), Verdict::Confirmed);
        assert_eq!(w("Dr Callum Farrell"), Verdict::Confirmed);
        assert_eq!(w("Julien de Langlois"), Verdict::Confirmed);
        assert_eq!(w("Laure-Christiane Lesage"), Verdict::Confirmed);
        assert_eq!(w("Mirjana Kambs"), Verdict::Unknown, "known first name, unknown surname");
        assert_eq!(w("María José García"), Verdict::Confirmed);
        assert_eq!(w("Hans Müller"), Verdict::Confirmed);
        assert_eq!(w("Mr O'Brien"), Verdict::Unknown);
        assert_eq!(w("Konstantin Kambs-Butte"), Verdict::Unknown);
        assert_eq!(w("Mark Baker"), Verdict::Confirmed, "frequent first names that are words are names");
    }

    #[test]
    fn display_names_before_a_mailbox() {
        let c = Candidate { value: "Barbara Liskov", before: "pilot: ", after: " <b.liskov@pilot.example.com>" };
        assert_eq!(western(&c), Verdict::Confirmed);
    }

    #[test]
    fn capitalised_words_are_not_names() {
        assert_eq!(w("Customer Care"), Verdict::Rejected);
        assert_eq!(w("Brown Customer Care"), Verdict::Rejected);
        assert_eq!(w("Please Call"), Verdict::Rejected);
        assert_eq!(w("Grace Period"), Verdict::Rejected);
        assert_eq!(w("Operative Graphic Interface"), Verdict::Rejected);
        assert_eq!(w("Dear"), Verdict::Rejected);
        assert_eq!(w("Jordan Ltd"), Verdict::Rejected);
        assert_eq!(w("Monday March"), Verdict::Rejected);
        assert_eq!(w("New York"), Verdict::Rejected);
        assert_eq!(w("The Lord"), Verdict::Rejected);
        assert_eq!(w("Golden Gate Bridge"), Verdict::Rejected);
        assert_eq!(w("São Paulo"), Verdict::Rejected);
        assert_ne!(w("Jan de Vries"), Verdict::Rejected, "month abbreviations that are first names stay names");
        assert_ne!(w("April Smith"), Verdict::Rejected);
        assert_eq!(w("Brown and Sons"), Verdict::Rejected);
    }

    #[test]
    fn japanese_names() {
        let j = |s| japanese(&Candidate::bare(s));
        assert_eq!(j("藤田 陽一"), Verdict::Confirmed);
        assert_eq!(j("村上 あすか"), Verdict::Confirmed);
        assert_eq!(j("分割 意図"), Verdict::Rejected);
    }
}
