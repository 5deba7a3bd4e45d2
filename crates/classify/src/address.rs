//! Postal addresses by structure, for every country the same way: a street part (a house number
//! with a street type of libpostal's 60-language dictionary, glued or apart: `96 Castro Turnpike
//! St`, `Steinbergweg 86`, `Avenida Diagonal, 113`, `rue Victor Hugo`), followed on its line or the
//! next lines of its block by what only addresses have: a locality with a postal code in one of
//! the world's shapes (`Toronto ON M5V 2L9`, `80267 München`, `FI-02949 Espoo`, `Bogotá, D.C.,
//! 110055`), a unit (`Apt. 8`, `Suite 1120`), an administrative division (`Brgy. Lahug`,
//! `Phường Đa Kao`, `Col. Roma Norte`), a landmark (`Near Metro Station`), a country.
//!
//! The reshaper ([`extend_block`]) takes the block in, so that one finding spans the lines of a
//! postal block; the validators ([`street`], [`block`]) judge the whole.

use crate::dictionaries::{contains_lower, is_common_word, lower, Lower, CALENDAR_WORDS, COUNTRIES, PLACES, STREET_TYPES};
use crate::validators::{Candidate, Verdict};
use crate::dictionaries::WordSet;
use crate::recent::Recent;
use std::sync::LazyLock;

/// The 47 prefectures of Japan.
pub const PREFECTURES: [&str; 47] = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
    "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
    "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
];

/// A Japanese address must name a real prefecture.
pub fn jp_prefecture(c: &Candidate<'_>) -> Verdict {
    if PREFECTURES.iter().any(|p| c.value.contains(p)) {
        Verdict::Confirmed
    } else {
        Verdict::Rejected
    }
}

/// Street-type endings glued to the name in the languages that write them so (libpostal's
/// `suffix_separable` and `suffix_inseparable` entries, and the street types of those languages).
static GLUED_SUFFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    const GLUING: &[&str] = &["de", "nl", "af", "da", "sv", "nb", "nn", "no", "fi", "et", "is", "hu", "lb", "fy"];
    let mut out: Vec<&'static str> = include_str!("../../../classifiers/dictionaries/street_types.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<&'static str> = l.split('\t').collect();
            let (lang, kind, word) = (*cols.first()?, *cols.get(1)?, *cols.get(2)?);
            (kind.starts_with("suffix") || (kind == "street_type" && GLUING.contains(&lang))).then_some(word)
        })
        .filter(|w| w.chars().count() >= 3)
        // Swedish and Norwegian, which the shipped dictionaries lack.
        .chain(["ring", "allee", "platz", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "gatan", "gata", "vägen", "gränd", "stigen", "torget", "allén", "backen", "veien", "vegen", "gate", "gaten", "gade", "vej", "straße", "strasse", "str.", "gasse", "katu", "tie", "kuja", "polku"])
        .collect();
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out.dedup();
    out
});

/// Unit, floor and building words before an identifier (`Apt. 8`, `Suite 1120`, `Piso 3`,
/// `Whg. 4`, `lok. 19`, `号室`), curated from libpostal's unit dictionary (whose full list also
/// holds everyday words such as `at`, `as`, `bus`).
const UNIT_WORDS_LIST: &[&str] = &[
    "apt", "apartment", "apartament", "apartamento", "apto", "ap", "app", "appartement", "appartamento", "suite", "ste",
    "unit", "flat", "floor", "fl", "level", "lvl", "room", "rm", "bldg", "building", "block", "blk", "lot", "phase",
    "piso", "planta", "puerta", "pta", "depto", "dpto", "departamento", "dept", "andar", "sala", "conj", "conjunto",
    "bloco", "bloque", "casa", "étage", "etage", "bât", "bat", "bâtiment", "batiment", "esc", "escalera", "whg",
    "wohnung", "stock", "og", "interno", "int", "scala", "piano", "lok", "lokal", "m", "mieszkanie", "byt", "kat",
    "daire", "no", "nr", "nº", "n°", "#", "tower", "torre", "of", "oficina", "dp", "door", "box", "hus", "lgh",
    "leilighet", "asunto", "as", "huoneisto", "krs", "kerros", "po", "pob", "postfach", "bp", "cp", "gpo", "locked",
    "private", "bag", "house",
];

/// Small words inside street and place names (`Rue de la Paix`, `Jiřího z Poděbrad`).
const PARTICLES_LIST: &[&str] = &["de", "da", "del", "della", "dei", "di", "du", "des", "do", "dos", "das", "la", "le", "les", "el", "los", "las", "van", "von", "der", "den", "ter", "y", "e", "z", "am", "an", "im", "in", "auf", "zum", "zur", "of", "the", "and", "sur", "upon", "on", "u", "bei", "d'", "l'"];

/// Floors and doors written alone in Spanish, Catalan, French and Italian addresses (`bajo`,
/// `izq.`, `RDC`).
const FLOOR_WORDS_LIST: &[&str] = &["bajo", "bajos", "entlo", "entresuelo", "principal", "pral", "izq", "izda", "izquierda", "dcha", "drcha", "derecha", "ático", "atico", "rdc", "sótano", "pt", "pb"];

/// Words that start a line or a part of an address below the street: administrative divisions
/// and landmarks of many countries.
const ADMIN_WORDS_LIST: &[&str] = &[
    "brgy", "barangay", "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "desa", "rt", "rw", "phường",
    "phuong", "quận", "quan", "huyện", "huyen", "thành", "tỉnh", "tinh", "xã", "thị", "col", "colonia", "bairro",
    "barrio", "zona", "distrito", "fraccionamiento", "fracc", "urb", "urbanización", "sector", "mahalle", "mahallesi",
    "mah", "ilçe", "district", "near", "behind", "opp", "opposite", "nr", "cerca", "frente", "taman",
    "jalan", "soi", "moo", "khet", "tambon", "amphoe", "stn", "station", "cedex", "postbus",
];

/// State and province codes written after a city (`Austin, TX 78701`, `Toronto ON`, `Sydney NSW`,
/// `Salvador-BA`, `Mérida, Yuc.`).
static REGION_CODES: LazyLock<WordSet> = LazyLock::new(|| {
    "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa \
     ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp aa ae ap ab bc mb nb nl ns nt nu on pe qc sk yt nsw vic qld sa \
     tas act ac am ap ba ce df es go ma mg ms mt pa pb pe pi pr rj rn ro rr rs sc se sp to cdmx yuc jal nl bc chis dgo \
     qro gto pue ver"
        .split_whitespace()
        .collect()
});

fn bare(t: &str) -> Lower<'_> {
    let t = t.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '\'' | '*' | '|' | '·' | '–' | '—')).trim_end_matches('.');
    lower(t)
}

/// The word lists above as sets: they are asked about every token of every candidate.
static UNIT_WORDS: LazyLock<WordSet> = LazyLock::new(|| UNIT_WORDS_LIST.iter().copied().collect());
static PARTICLES: LazyLock<WordSet> = LazyLock::new(|| PARTICLES_LIST.iter().copied().collect());
static FLOOR_WORDS: LazyLock<WordSet> = LazyLock::new(|| FLOOR_WORDS_LIST.iter().copied().collect());
pub(crate) static ADMIN_WORDS: LazyLock<WordSet> = LazyLock::new(|| ADMIN_WORDS_LIST.iter().copied().collect());

/// Street types written in full (`street`, `rue`, `calle`, `רחוב`), as opposed to their
/// abbreviations (`st`, `for`, `d`), which count only capitalised or with a full stop: many are
/// everyday words or letters (`for` is Italian `foro`, `d` a log level).
static STREET_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("../../../classifiers/dictionaries/street_types.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(2))
        .filter(|w| !w.is_empty())
        .collect()
});

pub(crate) fn is_street_type(t: &str) -> bool {
    let b = bare(t);
    if b.chars().count() < 2 || !STREET_TYPES.contains(b.as_str()) {
        return false;
    }
    let t = t.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '\''));
    STREET_WORDS.contains(b.as_str()) || capitalised(t) || t.ends_with('.')
}

/// A token of code or machine text, which no address holds: brackets, underscores, `=`, `$`,
/// `@`, a colon inside, or an inner capital (`PowerManagerService`, `sshd[242]`, `blk_38`).
fn codeish(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';', '.', ':']);
    // `No:56`, `Kat:3`, `Daire:38`: Turkish numbers and units are written with a colon.
    if let Some((word, number)) = t.split_once(':') {
        if (word.eq_ignore_ascii_case("no") || is_unit_word(word) || matches!(lower(word).as_str(), "kat" | "daire" | "blok")) && !number.is_empty() && number.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-') {
            return false;
        }
    }
    if t.contains(['[', ']', '{', '}', '(', ')', '_', '=', '$', '<', '>', '@', '\\', '|', ':', '%']) {
        return true;
    }
    // Inner capitals after two lower-case letters: `PowerManager`, not `McDonald`, `MacKenzie`,
    // `Heini-Schweitzer-Ring`.
    t.split(['-', '\'', '’', '.']).any(|part| {
        let mut lower_run = 0;
        let inner_capital = part.chars().any(|c| {
            if c.is_uppercase() && lower_run >= 2 {
                return true;
            }
            lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
            false
        });
        inner_capital && !part.starts_with("Mac")
    })
}

/// `Steinbergweg`, `Laajasalontie`, `Prinsengracht`: a street type glued to the name.
fn has_glued_suffix(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase) && glued_suffix_chars(&bare(t)).is_some()
}

/// [`GLUED_SUFFIXES`] as a set, with the lengths (in characters) its words have.
static GLUED_SUFFIX_SET: LazyLock<(WordSet, Vec<usize>)> = LazyLock::new(|| {
    let mut lengths: Vec<usize> = GLUED_SUFFIXES.iter().map(|s| s.chars().count()).collect();
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    lengths.dedup();
    (GLUED_SUFFIXES.iter().copied().collect(), lengths)
});

/// The length in characters of the longest glued street type that `b` (bare, lowercase) ends
/// with, after a name of three characters or more.
fn glued_suffix_chars(b: &str) -> Option<usize> {
    let (set, lengths) = &*GLUED_SUFFIX_SET;
    let n = b.chars().count();
    lengths.iter().copied().filter(|&l| n >= l + 3).find(|&l| {
        let cut = b.char_indices().rev().nth(l - 1).map_or(0, |(i, _)| i);
        set.contains(&b[cut..])
    })
}

fn is_unit_word(t: &str) -> bool {
    // `Kat:3`, `Daire:38`.
    let t = t.split_once(':').map_or(t, |(word, _)| word);
    let b = bare(t);
    UNIT_WORDS.contains(b.as_str()) || b.ends_with("号室") || b.ends_with('室') || b.ends_with('층') || b.ends_with('호')
}

fn has_digit(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// A postal code token of one of the world's shapes, with an optional country prefix
/// (`FI-02949`, `CH-3020`, `〒730-0050`): digits (3 to 7), digit groups (`01304-001`, `90-808`,
/// `730-0050`, `20500-0003`), or letters and digits (`C1782`, `V6B7Y4`).
fn postcode(t: &str) -> bool {
    let t = t.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ')' | '(' | '|'));
    let t = t.trim_start_matches('〒');
    let t = match t.split_once('-') {
        Some((p, rest)) if p.len() <= 2 && p.chars().all(|c| c.is_ascii_uppercase()) => rest,
        _ => t,
    };
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return false;
    }
    if t.chars().all(|c| c.is_ascii_digit() || c == '-') {
        let groups: Vec<usize> = t.split('-').map(str::len).collect();
        return matches!(groups[..], [n] if (4..=7).contains(&n)) || matches!(groups[..], [5, 3] | [5, 4] | [2, 3] | [3, 4] | [4, 3] | [3, 3] | [4, 4]);
    }
    // Letters and digits: `C1782`, `V6B7Y4`, `SW1A`, `1017GC`.
    (2..=6).contains(&digits) && t.len() <= 8 && t.chars().filter(|c| c.is_ascii_alphabetic()).all(|c| c.is_ascii_uppercase())
}

/// Two-token postal codes: `M5V 2L9`, `SW1A 2AA`, `155 00`, `1017 GC`, `EC1Y 3AZ`.
fn postcode_pair(a: &str, b: &str) -> bool {
    let a = a.trim_matches(|c: char| matches!(c, ',' | '.' | '('));
    let b = b.trim_matches(|c: char| matches!(c, ',' | '.' | ')'));
    let upper_alnum = |t: &str, lo: usize, hi: usize| (lo..=hi).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    let a = a.rsplit('-').next().unwrap_or(a);
    (upper_alnum(a, 2, 4) && has_digit(a) && upper_alnum(b, 2, 3) && b.chars().next().is_some_and(|c| c.is_ascii_digit()) && b.chars().skip(1).all(|c| c.is_ascii_alphabetic() || c.is_ascii_digit()))
        || (a.len() == 3 && b.len() == 2 && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit()))
        || (a.len() == 4 && a.chars().all(|c| c.is_ascii_digit()) && b.len() == 2 && b.chars().all(|c| c.is_ascii_uppercase()))
}

/// A phone number on a line of the block ends the address (`+1 902 951-0474`, `Tel: 020 8536
/// 7978`, `0664 1703872`): an international prefix, a phone word, or three or more digit
/// groups with more digits than a postal code has.
fn phone_like(tokens: &[&str]) -> bool {
    let digits: usize = tokens.iter().map(|t| t.chars().filter(char::is_ascii_digit).count()).sum();
    let groups = tokens.iter().filter(|t| t.trim_start_matches(['(', '+']).starts_with(|c: char| c.is_ascii_digit())).count();
    let phone_word = tokens.first().is_some_and(|t| {
        let b = bare(t);
        matches!(b.as_str(), "tel" | "tél" | "phone" | "ph" | "fax" | "mobile" | "mob" | "cell" | "telefon" | "telefone" | "teléfono" | "telefono" | "tlf" | "tfn" | "puh" | "電話" | "tel:" | "t" | "m" | "f")
    });
    let international = tokens.first().is_some_and(|t| t.starts_with('+') || t.starts_with("00")) && digits >= 8;
    international || (phone_word && digits >= 6) || (groups >= 2 && digits >= 8 && tokens.iter().all(|t| !t.chars().any(char::is_alphabetic) || t.len() <= 4 && t.chars().all(|c| c.is_ascii_alphabetic() || c == '.')))
}

/// What one part of a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A street with a street type or a glued suffix (a second street line).
    Street,
    Unit,
    /// A locality with a postal code, a region code, or a known place name.
    Locality { postcode: bool },
    Country,
    Admin,
    /// A postal code alone (`BS8 3LF`, `110055`).
    Postcode,
    /// A short capitalised phrase that may be a town or a neighbourhood (`Glasgow`, `Pituba`).
    Maybe,
    Other,
}

impl Part {
    fn strong(self) -> bool {
        !matches!(self, Part::Maybe | Part::Other)
    }
}

/// Letters of scripts without case count as capitalised (`באר שבע`, `เชียงใหม่`, `Đà Nẵng`).
fn capitalised(t: &str) -> bool {
    t.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// What one part of a block is, remembered for the last few parts classified on this thread:
/// the street reshaper ([`extend_block`]) and the validator ([`street`]) read the same lines of
/// a block one after the other, and classifying a part is most of their cost.
fn classify(segment: &str) -> Part {
    thread_local! {
        static RECENT: std::cell::RefCell<Recent<(), Part>> = const { std::cell::RefCell::new(Recent::new()) };
    }
    if let Some(part) = RECENT.with(|r| r.borrow().get(segment, ())) {
        return part;
    }
    let part = classify_part(segment);
    RECENT.with(|r| r.borrow_mut().insert(segment, (), part));
    part
}

fn classify_part(segment: &str) -> Part {
    let s = segment.trim().trim_matches(|c: char| matches!(c, ',' | '.' | ';' | '|' | '-' | '–' | '—' | '·')).trim();
    if s.is_empty() {
        return Part::Other;
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let words: Vec<&str> = tokens.iter().copied().filter(|t| !has_digit(t)).collect();
    // Every part but a country has at most eight tokens, and no country name has more than ten
    // words: a long run of words (a log message) is no part of an address.
    if words.len() > 10 {
        return Part::Other;
    }
    let lower = lower(s);
    let first = bare(tokens[0]);
    if phone_like(&tokens) {
        return Part::Other;
    }
    if COUNTRIES.contains(lower.as_str()) || (tokens.len() >= 2 && postcode(tokens[tokens.len() - 1]) && COUNTRIES.contains(bare(&words.join(" ")).as_str())) {
        return Part::Country;
    }
    if tokens.len() <= 2 && tokens.iter().all(|t| FLOOR_WORDS.contains(bare(t).as_str())) {
        return Part::Unit;
    }
    // A staircase and a door (`C 9`, `A 40`), as Finnish and Swedish addresses write them.
    if tokens.len() == 2 && tokens[0].len() == 1 && tokens[0].chars().all(|c| c.is_ascii_uppercase()) && tokens[1].chars().all(|c| c.is_ascii_digit()) && tokens[1].len() <= 4 {
        return Part::Unit;
    }
    if is_unit_word(tokens[0]) && tokens.len() <= 4 && (tokens.len() > 1 && (has_digit(tokens[1]) || tokens[1].len() <= 3) || has_digit(tokens[0])) {
        return Part::Unit;
    }
    if tokens.iter().any(|t| codeish(t)) {
        return Part::Other;
    }
    // Lower-case words in a street or a locality are street types, particles or unit letters,
    // never ordinary words (`shipped via Harris`, `Comm: node Not tainted`).
    let plain_lower = |t: &str| {
        let b = bare(t);
        t.chars().next().is_some_and(char::is_lowercase) && b.chars().count() > 1 && !STREET_WORDS.contains(b.as_str()) && !PARTICLES.contains(b.as_str()) && !is_unit_word(t) && !FLOOR_WORDS.contains(b.as_str())
    };
    if tokens.iter().any(|t| plain_lower(t)) && !ADMIN_WORDS.contains(first.as_str()) {
        return Part::Other;
    }
    let number_token = |t: &str| has_digit(t) && t.chars().count() <= 8 && t.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '#');
    let typed = tokens.iter().any(|t| is_street_type(t));
    let postcode_first = postcode(tokens[0]) && tokens[0].chars().filter(char::is_ascii_digit).count() >= 4;
    if tokens.len() <= 6
        && (typed || !postcode_first)
        && (typed || tokens.iter().any(|t| has_glued_suffix(t)))
        && tokens.iter().any(|t| number_token(t))
        && tokens.iter().any(|t| capitalised(t) && !has_digit(t))
    {
        return Part::Street;
    }
    let has_postcode = tokens.iter().any(|t| postcode(t)) || tokens.windows(2).any(|w| postcode_pair(w[0], w[1]));
    let cities: Vec<&str> = words.iter().copied().filter(|w| capitalised(w) && !REGION_CODES.contains(bare(w).as_str())).collect();
    if has_postcode && tokens.len() <= 8 {
        if cities.is_empty() && words.iter().all(|w| REGION_CODES.contains(bare(w).as_str()) || bare(w).is_empty()) {
            return if words.is_empty() { Part::Postcode } else { Part::Locality { postcode: true } };
        }
        if !cities.is_empty() && !cities.iter().all(|w| CALENDAR_WORDS.contains(bare(w).as_str())) {
            return Part::Locality { postcode: true };
        }
    }
    if ADMIN_WORDS.contains(first.as_str()) && tokens.len() <= 8 {
        return Part::Admin;
    }
    // `Austin, TX`, `Toronto ON`, `Salvador-BA`, `HOBART TAS`.
    let last = bare(tokens[tokens.len() - 1]);
    let region_after_city = tokens.len() >= 2 && tokens.len() <= 5 && REGION_CODES.contains(last.as_str()) && tokens[tokens.len() - 1].chars().all(|c| c.is_uppercase() || c == '.');
    let city_dash_region = tokens.len() <= 4 && tokens[tokens.len() - 1].rsplit_once('-').is_some_and(|(city, r)| capitalised(city) && r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()));
    if region_after_city || city_dash_region {
        return Part::Locality { postcode: false };
    }
    if tokens.len() <= 4 && !has_digit(s) && (PLACES.contains(lower.as_str()) || crate::dictionaries::contains_lower(&PLACES, &lower)) {
        return Part::Locality { postcode: false };
    }
    if tokens.len() <= 4 && !has_digit(s) && words.iter().all(|w| capitalised(w) || PARTICLES.contains(bare(w).as_str())) {
        return Part::Maybe;
    }
    Part::Other
}

/// Splits a line into the parts of an address written on one line (`, ` and ` - ` separate
/// them), with the byte offset of each part's end. A sentence end (`2L9. Thanks`) ends the
/// address: nothing after it is a part.
fn parts_of(line: &str) -> Vec<(Part, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i <= line.len() {
        let at_end = i == line.len();
        let comma = !at_end && (bytes[i] == b',' || bytes[i] == b';');
        let dash = !at_end && (line[i..].starts_with(" - ") || line[i..].starts_with(" | "));
        let stop = !at_end && sentence_end(line, i);
        if at_end || comma || dash || stop {
            let seg = &line[start..i];
            if !seg.trim().is_empty() {
                let end = start + seg.trim_end().len();
                out.push((classify(seg), end));
            }
            if stop {
                break;
            }
            start = if dash { i + 3 } else { i + 1 };
            i = start;
            continue;
        }
        i += 1;
        while i < line.len() && !line.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// A full stop at `i` that ends a sentence rather than an abbreviation: followed by a space and
/// a capital (or the end), after a token that ends in a digit or a word of five letters or more
/// (`M5V 2L9. Thanks`, `Bilbao. See you`; not `St. Louis`, `Apt. 4`, `D.C.`).
fn sentence_end(line: &str, i: usize) -> bool {
    let bytes = line.as_bytes();
    if bytes[i] != b'.' && bytes[i] != b'!' && bytes[i] != b'?' {
        return false;
    }
    let after = &line[i + 1..];
    let next_is_sentence = after.is_empty() || (after.starts_with(' ') && after.trim_start().chars().next().is_some_and(|c| c.is_uppercase()));
    if !next_is_sentence {
        return false;
    }
    let token = line[..i].rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
    bytes[i] != b'.' || token.ends_with(|c: char| c.is_ascii_digit()) || (token.chars().count() >= 5 && token.chars().all(char::is_alphabetic))
}

/// Markup and quoting that surround the lines of a block (`<br>`, `<city>`, `> `, `| `).
fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().trim_start_matches(['>', '|', '*', '-', '•', ' ']).trim().to_string()
}

/// A line without the tags that close it (`Bucaramanga</city>`), so that a finding ends on text.
fn without_closing_markup(line: &str) -> &str {
    let mut line = line.trim_end();
    while line.ends_with('>') {
        match line.rfind('<') {
            Some(i) if i > 0 => line = line[..i].trim_end(),
            _ => break,
        }
    }
    line
}

/// How far an address goes on after its street part: the rest of its line (`, Toronto ON M5V
/// 2L9`), then up to four more lines of its block (units, localities, divisions, the country).
/// A line break may also be written `<br>`. Returns the value's range within `value + after`.
pub fn extend_block(value: &str, after: &str) -> Option<(usize, usize)> {
    if number_goes_on(value, after) {
        return None;
    }
    let mut end = value.len();
    // Lines of the block, as (offset in `after`, text). `<br>` breaks lines too.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for raw in after.split_inclusive('\n') {
        let mut inner = 0;
        let pieces: Vec<&str> = raw.trim_end_matches(['\n', '\r']).split("<br>").collect();
        // `<br>` at the end of a line is the same break as the newline.
        let keep = if pieces.len() > 1 && pieces.last().is_some_and(|p| p.trim().is_empty()) { pieces.len() - 1 } else { pieces.len() };
        for piece in &pieces[..keep] {
            lines.push((offset + inner, *piece));
            inner += piece.len() + 4;
        }
        offset += raw.len();
    }
    let Some(&(_, mut rest)) = lines.first() else { return Some((0, end)) };
    // A unit word at the end of the street takes its identifier (`Combs Forge Apt.` + ` 363`).
    let rest_offset;
    if value.split_whitespace().last().is_some_and(is_unit_word) {
        let id_len = rest.len() - rest.trim_start_matches(' ').len();
        let id = rest[id_len..].split([' ', ',', ';']).next().unwrap_or("");
        if !id.is_empty() && id.len() <= 8 && has_digit(id) && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '#' | '/')) {
            end = value.len() + id_len + id.len();
            rest_offset = id_len + id.len();
        } else {
            rest_offset = 0;
        }
    } else {
        rest_offset = 0;
    }
    rest = &rest[rest_offset..];
    // The rest of the street's own line.
    let mut pending_maybe = 0;
    let rest_parts = parts_of(rest);
    // A sentence that ends on the street's line ends the address there.
    let sentence_ended = rest_parts.last().is_some_and(|&(_, e)| rest[e..].trim_start().starts_with(['.', '!', '?']) && sentence_end(rest, e + rest[e..].find(['.', '!', '?']).unwrap_or(0)));
    for (part, seg_end) in rest_parts {
        match part {
            Part::Other => break,
            Part::Maybe => pending_maybe += 1,
            _ => {
                pending_maybe = 0;
                end = value.len() + rest_offset + seg_end;
            }
        }
        if pending_maybe > 3 {
            break;
        }
    }
    // The next lines of the block: each all address parts, a blank or other line ends it.
    let mut maybe_line = None;
    for &(line_offset, line) in lines.iter().skip(1).take(if sentence_ended { 0 } else { 5 }) {
        if line.trim().is_empty() {
            break;
        }
        let text = strip_markup(line);
        let parts: Vec<Part> = parts_of(&text).into_iter().map(|(p, _)| p).collect();
        // A street on a following line starts the next address (`Lange Str. 3` under a
        // complete one), unless it is the second line of the same street.
        if parts.is_empty() || parts.contains(&Part::Other) || parts.len() > 5 || parts.first() == Some(&Part::Street) {
            break;
        }
        let line_end = value.len() + line_offset + without_closing_markup(line).len();
        if parts.iter().any(|p| p.strong()) {
            end = line_end;
            maybe_line = None;
        } else if maybe_line.is_none() {
            // A town alone on its line (`Glasgow`) counts when an address line follows.
            maybe_line = Some(line_end);
        } else {
            break;
        }
    }
    Some((0, end.min(value.len() + after.len())))
}

/// What a block holds, from its text: the first part is the anchor (a street or another line).
struct Evidence {
    /// The street part: the first part of the first line.
    anchor: String,
    codeish: bool,
    /// The street reads as a street even without its block: a street type written out at
    /// its edge (`24 Clarke Avenue`, `Rua Augusta, 1500`) and a name that is not an everyday
    /// word (not `502 Bad Gateway`, `1 ORDER BY`, `Repairing 0`).
    standalone: bool,
    street_type: bool,
    number: bool,
    name_words: usize,
    locality_postcode: bool,
    locality: bool,
    units: usize,
    country: bool,
    admin: bool,
}

fn evidence(value: &str) -> Evidence {
    let mut lines = value.split(['\n']).flat_map(|l| l.split("<br>"));
    let first = strip_markup(lines.next().unwrap_or(""));
    let first_parts = parts_of(&first);
    // The anchor is the first part, with the number written apart by a comma (`Avenida
    // Diagonal, 113`, `45, rue Delannoy`).
    let mut anchor_parts = 1;
    let part_text = |k: usize| {
        let from = if k == 0 { 0 } else { first_parts[k - 1].1 + 1 };
        first.get(from..first_parts[k].1).unwrap_or("").trim()
    };
    if first_parts.len() >= 2 {
        let (a, b) = (part_text(0), part_text(1));
        // `43`, `43 int. 5`, `66 ter`, `No. 5`.
        let numbered = |t: &str, most: usize| {
            let tokens: Vec<&str> = t.split_whitespace().collect();
            tokens.len() <= most && tokens.iter().take(2).any(|t| t.starts_with(|c: char| c.is_ascii_digit()) && t.len() <= 8)
        };
        let number_alone = |t: &str| t.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "bis" | "ter" | "quater") || w.len() == 1);
        if (numbered(b, 4) && !has_digit(a)) || (numbered(a, 2) && number_alone(a)) {
            anchor_parts = 2;
        }
    }
    let anchor_end = first_parts.get(anchor_parts - 1).map_or(first.len(), |(_, e)| *e);
    let anchor = &first[..anchor_end.min(first.len())];
    let all_tokens: Vec<&str> = anchor.split_whitespace().collect();
    // A unit written on the street's line without a comma (`18 McPherson Road Suite 019`).
    let house_number_mark = |t: &str| matches!(bare(t.split(':').next().unwrap_or(t)).as_str(), "no" | "nr" | "nº" | "n°" | "#" | "n");
    let unit_at = (1..all_tokens.len()).find(|&k| is_unit_word(all_tokens[k]) && !house_number_mark(all_tokens[k]) && capitalised(all_tokens[k]) && all_tokens.get(k + 1).is_some_and(|n| has_digit(n)));
    let tokens: Vec<&str> = all_tokens[..unit_at.unwrap_or(all_tokens.len())].to_vec();
    // Each token's street-type and unit flags, looked up once (the checks below ask several times).
    let typed: Vec<bool> = tokens.iter().map(|t| is_street_type(t)).collect();
    let unit: Vec<bool> = tokens.iter().map(|t| is_unit_word(t)).collect();
    let street_type = (0..tokens.len()).any(|k| typed[k] && !unit[k]) || tokens.iter().any(|t| has_glued_suffix(t)) || (anchor.contains('#') && tokens.iter().any(|t| t.contains('-') && has_digit(t)));
    let number = tokens.iter().any(|t| has_digit(t));
    let name_words = (0..tokens.len())
        .filter(|&k| capitalised(tokens[k]) && !has_digit(tokens[k]) && !typed[k] && !unit[k] && tokens[k].chars().count() >= 2)
        .count();
    // A name made of street-type words (`Avenida Diagonal`, `Rue de la Paix`) still names.
    let capitalised_words = (0..tokens.len()).filter(|&k| capitalised(tokens[k]) && !has_digit(tokens[k]) && !unit[k]).count();
    let name_words = if name_words == 0 && capitalised_words >= 2 { 1 } else { name_words };
    // Streets named by a number (`Calle 30A # 106A-51`, `Carrera 7 No. 71-21`, `5th Avenue`).
    let numbered_street = tokens.iter().filter(|t| has_digit(t)).count() >= 2 || tokens.iter().any(|t| t.len() <= 6 && ["st", "nd", "rd", "th"].iter().any(|s| lower(t).ends_with(s)) && t.starts_with(|c: char| c.is_ascii_digit()));
    let name_words = if name_words == 0 && numbered_street && typed.contains(&true) { 1 } else { name_words };
    // The words of the street, as indexes into `tokens`.
    let words: Vec<usize> = (0..tokens.len()).filter(|&k| !has_digit(tokens[k]) && !matches!(tokens[k], "#" | "No." | "Nr." | "No" | "Nr")).collect();
    let typed_edge = |k: Option<&usize>| k.is_some_and(|&k| typed[k] && !unit[k]);
    let edge = typed_edge(words.first()) || typed_edge(words.last());
    let uncommon_name = words.iter().any(|&k| {
        let t = tokens[k];
        let b = t.trim_matches(|c: char| !c.is_alphanumeric());
        capitalised(t) && !typed[k] && b.chars().count() >= 2 && !is_common_word(b) && !contains_lower(&crate::dictionaries::FREQUENT_WORDS_EN, b)
    });
    // A long street type glued to a name reads as a street alone (`Loorenstrasse 149`,
    // `Laajasalontie 18` is too short to tell from other words).
    let glued_long = tokens.iter().any(|t| {
        let b = bare(t);
        t.chars().next().is_some_and(char::is_uppercase) && glued_suffix_chars(&b).is_some_and(|l| l >= 4) && !is_common_word(&b) && !contains_lower(&crate::dictionaries::FREQUENT_WORDS_EN, &b)
    });
    let standalone = (edge && uncommon_name) || glued_long;
    let mut ev = Evidence { anchor: anchor.to_string(), codeish: all_tokens.iter().any(|t| codeish(t)), standalone, street_type, number, name_words, locality_postcode: false, locality: false, units: usize::from(unit_at.is_some()), country: false, admin: false };
    let rest_parts = first_parts.iter().skip(anchor_parts).map(|(p, _)| *p);
    let later_parts = lines.flat_map(|l| parts_of(&strip_markup(l)).into_iter().map(|(p, _)| p).collect::<Vec<_>>());
    for p in rest_parts.chain(later_parts) {
        match p {
            Part::Locality { postcode } => {
                ev.locality = true;
                ev.locality_postcode |= postcode;
            }
            Part::Postcode => ev.locality_postcode = true,
            Part::Unit => ev.units += 1,
            Part::Country => ev.country = true,
            Part::Admin => ev.admin = true,
            Part::Street => ev.street_type = true,
            Part::Maybe | Part::Other => {}
        }
    }
    ev
}

/// A candidate cut out of something longer: its first number continues a time or an id before
/// it (`00:00Z WARN`, `v2.10 Build`) or its last number goes on after it (`BP 120/80`).
fn glued_to_more(c: &Candidate<'_>) -> bool {
    let before = c.before.chars().next_back();
    let value_starts_digit = c.value.starts_with(|ch: char| ch.is_ascii_digit());
    let cut_before = value_starts_digit && before.is_some_and(|b| b.is_alphanumeric() || matches!(b, ':' | '.' | '/' | '-' | '_' | '=' | '+'));
    cut_before || number_goes_on(c.value, c.after)
}

/// The value's last number goes on after it (`BP 120/80`, `Order #3372-5022-2015`).
fn number_goes_on(value: &str, after: &str) -> bool {
    let mut after = after.chars();
    value.ends_with(|ch: char| ch.is_ascii_digit())
        && matches!(after.next(), Some('/' | ':' | '.' | '-' | '_' | ','))
        && after.next().is_some_and(|n| n.is_ascii_digit())
}

/// Words before a number that make it something else than a house number (`Order 12345`,
/// `Windows 10`, `Chapter 3`, `Jun 14`).
fn not_a_street(value: &str) -> bool {
    let first_line = value.lines().next().unwrap_or(value);
    let tokens: Vec<&str> = first_line.split_whitespace().take(8).collect();
    dated_without_street_type(&tokens) || tokens.first().is_some_and(|t| names_something_else(t))
}

/// A date: a month or weekday word next to a day number (`Jun 14`, `14 juin`), unless a street
/// type says otherwise (`Rua Augusta, 15`).
fn dated_without_street_type(tokens: &[&str]) -> bool {
    let day = |t: &str| {
        let t = bare(t);
        t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let calendar = |t: &str| CALENDAR_WORDS.contains(bare(t).as_str()) && !is_street_type(t);
    let dated = tokens.windows(2).any(|w| (calendar(w[0]) && day(w[1])) || (day(w[0]) && calendar(w[1])));
    dated && !tokens.iter().any(|t| is_street_type(t) && !CALENDAR_WORDS.contains(bare(t).as_str()))
}

fn names_something_else(first_token: &str) -> bool {
    matches!(bare(first_token).as_str(), "order" | "invoice" | "case" | "ticket" | "version" | "build" | "chapter" | "page" | "step" | "release" | "item" | "sku" | "part" | "model" | "windows" | "iphone" | "android" | "ios" | "java" | "python" | "node" | "rule" | "section" | "article" | "table" | "figure" | "line")
}

/// What [`street`] would reject from the candidate alone, before its block is read: a number
/// cut out of a longer one (`59Z INFO` in a timestamp), an identifier in the street's first part
/// (`2395 D WindowManager` in an Android log), a first word that numbers something else, a date.
/// The first part of the candidate (up to a comma, ` - ` or a full stop) is always the start of
/// the street's anchor, whatever the block adds.
pub(crate) fn street_rejected_early(c: &Candidate<'_>) -> bool {
    if glued_to_more(c) {
        return true;
    }
    let first_part = c.value.split([',', ';', '.', '!', '?']).next().unwrap_or("");
    let first_part = first_part.split(" - ").next().unwrap_or("").split(" | ").next().unwrap_or("");
    let tokens: Vec<&str> = first_part.split_whitespace().take(8).collect();
    // A date of a log line (`Sun Dec 04`, `Jul 17`): a street type after it on the same line
    // (`Jun 14 Street`) is not worth reading the block for.
    tokens.iter().any(|t| codeish(t)) || tokens.first().is_some_and(|t| names_something_else(t)) || dated_without_street_type(&tokens)
}

/// A street anchor (`96 Castro Turnpike St`, `Steinbergweg 86`, `Avenida Diagonal, 113`) and its
/// block: confirmed with a locality, a postal code or a country below or after it; likely alone
/// when it has a street type, a number and a name; a numbered line without a street type counts
/// only in a block with a postal code and a unit or a country (`6570 Jiřího z Poděbrad 1874 /
/// Apt. 008 / Velká Bukovina / Czech Republic 67420`).
pub fn street(c: &Candidate<'_>) -> Verdict {
    if glued_to_more(c) {
        return Verdict::Rejected;
    }
    let ev = evidence(c.value);
    if ev.codeish || not_a_street(&ev.anchor) {
        return Verdict::Rejected;
    }
    let block = ev.locality_postcode || (ev.locality && (ev.units > 0 || ev.country || ev.admin)) || ev.country;
    let named = ev.name_words > 0 || c.value.split_whitespace().any(|t| !t.is_ascii() && t.chars().any(char::is_alphabetic));
    match (ev.street_type && ev.number && named, block) {
        (true, true) => Verdict::Confirmed,
        (true, false) if ev.locality || ev.units > 0 || ev.admin => Verdict::Confirmed,
        (true, false) if ev.standalone => Verdict::Likely,
        (true, false) => Verdict::Unknown,
        // A numbered street line without a street type (`U Vlachovky 653/74`, `Andersenvollen
        // 7`) above or before a locality with its postal code.
        (false, true) if ev.number && named && ev.locality_postcode => Verdict::Likely,
        (false, true) if ev.number && named => Verdict::Unknown,
        _ => Verdict::Rejected,
    }
}

/// The first line of an address-book block is often its person (`Tabitha Holland` above `12
/// Main St`): that line is a name, not a house name.
fn starts_with_a_person(value: &str) -> bool {
    let first = strip_markup(value.lines().next().unwrap_or(""));
    let tokens: Vec<&str> = first.split_whitespace().collect();
    (2..=4).contains(&tokens.len())
        && crate::dictionaries::is_given_name(tokens[0].trim_end_matches(','))
        && !tokens.iter().any(|t| is_street_type(t) || is_unit_word(t) || has_glued_suffix(t))
}

/// An anchor that is an address only with its block: an office building with a suite, a house
/// name, a street line without a number, a post-office box: confirmed with a locality that has a
/// postal code (or a region code); a post-office box or a military address is likely alone.
pub fn block(c: &Candidate<'_>) -> Verdict {
    if glued_to_more(c) {
        return Verdict::Rejected;
    }
    let ev = evidence(c.value);
    if ev.codeish || starts_with_a_person(c.value) {
        return Verdict::Rejected;
    }
    let first = c.value.lines().next().unwrap_or("").to_lowercase();
    let postal_box = ["box", "bag", "postfach", "apartado", "caixa", "casilla", "bp ", "pob", "boîte", "psc", "cmr", "unit ", "apo ", "fpo ", "dpo "].iter().any(|w| first.contains(w));
    if ev.locality_postcode || (ev.locality && ev.country) {
        Verdict::Confirmed
    } else if postal_box {
        Verdict::Likely
    } else if ev.locality {
        Verdict::Unknown
    } else {
        Verdict::Rejected
    }
}

/// Header and text words for addresses are elsewhere; this keeps common words out of the
/// `Maybe` class where a name list says nothing (`Please`, `Thanks`).
#[allow(dead_code)]
fn everyday(t: &str) -> bool {
    is_common_word(t) && !contains_lower(&PLACES, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extended(value: &str, after: &str) -> String {
        let joined = format!("{value}{after}");
        let (a, b) = extend_block(value, after).expect("some");
        joined[a..b].to_string()
    }

    fn v(value: &str, after: &str) -> Verdict {
        let joined = format!("{value}{after}");
        let (a, b) = extend_block(value, after).expect("some");
        street(&Candidate { value: &joined[a..b], before: "", after: &joined[b..] })
    }

    #[test]
    fn prefectures() {
        assert_eq!(jp_prefecture(&Candidate::bare("〒639-2289 群馬県横浜市保土ケ谷区木立5丁目11番17号")), Verdict::Confirmed);
        assert_eq!(jp_prefecture(&Candidate::bare("架空県横浜市5丁目11番17号")), Verdict::Rejected);
    }

    #[test]
    fn postcodes_of_the_world() {
        for t in ["62704", "20500-0003", "FI-02949", "〒730-0050", "01304-001", "90-808", "C1782", "8403938", "110055"] {
            assert!(postcode(t), "{t}");
        }
        for (a, b) in [("M5V", "2L9"), ("SW1A", "2AA"), ("155", "00"), ("1017", "GC"), ("EC1Y", "3AZ")] {
            assert!(postcode_pair(a, b), "{a} {b}");
        }
        assert!(!postcode("123") && !postcode("hello") && !postcode("12345678"));
    }

    #[test]
    fn blocks_extend_over_their_lines() {
        assert_eq!(extended("222 Chapel Gardens", "\nGlasgow\nG12 7SW\nUNITED KINGDOM\n\nThanks"), "222 Chapel Gardens\nGlasgow\nG12 7SW\nUNITED KINGDOM");
        assert_eq!(extended("96 Castro Turnpike St", ", Toronto ON M5V 2L9. Thanks"), "96 Castro Turnpike St, Toronto ON M5V 2L9");
        assert_eq!(extended("Steinbergweg 86 a", ", 80267 München.\nNext line"), "Steinbergweg 86 a, 80267 München");
        assert_eq!(extended("146 rue Victor Hugo", "<br>\n69004 Lyon<br>\nFRANCE<br>"), "146 rue Victor Hugo<br>\n69004 Lyon<br>\nFRANCE");
        assert_eq!(extended("12 Main St", " is closed today"), "12 Main St");
        assert_eq!(extended("1 Harbour Rd", "\nHalifax NS B3H 1A1\n+1 902 951-0474"), "1 Harbour Rd\nHalifax NS B3H 1A1");
        assert_eq!(extended("Steinbergweg 86", "\n80267 München\n0664 1703872"), "Steinbergweg 86\n80267 München");
        assert_eq!(extended("Steinbergweg 86", "\n80267 München\nTel: 089 890 8934"), "Steinbergweg 86\n80267 München");
    }

    #[test]
    fn streets_with_and_without_blocks() {
        assert_eq!(v("96 Castro Turnpike St", ", Toronto ON M5V 2L9."), Verdict::Confirmed);
        assert_eq!(v("Laajasalontie 18", "\nFI-02949 Espoo\nFINLAND"), Verdict::Confirmed);
        assert_eq!(v("Avenida Diagonal, 113", ", bajo, 48014 Bilbao Bizkaia"), Verdict::Confirmed);
        assert_eq!(v("24 Clarke Avenue", " after the concert."), Verdict::Likely);
        assert_eq!(v("6570 Jiřího z Poděbrad 1874", "\n Apt. 008\n Velká Bukovina u Decína\n Czech Republic 67420"), Verdict::Likely);
        assert_eq!(v("U Vlachovky 653/74", "\n301 00 Plzeň\nCZECH REPUBLIC"), Verdict::Likely);
        assert_eq!(v("Veropellonbulevardi 90", " C 9, FI-20199 Turku."), Verdict::Confirmed);
        assert_eq!(v("İnönü Caddesi No:56", " Kat:3 Daire:38, 01311 Seyhan/Adana"), Verdict::Confirmed);
        assert_eq!(v("Order 12345", " shipped"), Verdict::Rejected);
        assert_eq!(v("Jun 14", " 15:16:01 combo sshd"), Verdict::Rejected);
        assert_eq!(v("200 OK", ""), Verdict::Rejected);
    }
}
