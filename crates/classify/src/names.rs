//! Person names from dictionaries and layout, not from "any capitalised word".
//!
//! Every token of a candidate is classed by the name lists (given names and surnames of many
//! cultures and scripts) and the word lists (English, then 18 other languages for words no name
//! list knows; month and weekday names of 82 locales; company forms; countries). A known given
//! name with a known surname is confirmed; a known given name with a name-shaped token no list
//! knows (`Cristina Nagl`, `Krisztián Szöllösy`) is likely; two unknown tokens need context
//! (`Dear`, `met with`, a `name` field). An everyday word, a calendar word or a company form in
//! the candidate rejects it. Where the layout says "this is a name" (a `name=` key, a display
//! name before a mailbox, a chat speaker, an XML `<lastName>` element), the looser validator
//! accepts one token or any script.

use crate::dictionaries::{self, Lower, 
    contains_lower, is_common_word, is_given_name, is_surname, CALENDAR_WORDS, CJK_WORDS, COMMON_WORDS_INTL, COUNTRIES, PLACES, FREQUENT_WORDS_EN, HONORIFICS, HONORIFIC_SUFFIXES,
    JA_GIVEN_NAMES, JA_SURNAMES, KO_GIVEN_SYLLABLES, KO_SURNAMES, NAME_PARTICLES, NAME_SUFFIXES, TH_GIVEN_NAMES,
    TH_SURNAMES, ZH_SURNAMES,
};
use crate::recent::Recent;
use crate::validators::{Candidate, Verdict};

/// Company forms: "Jordan Ltd" is a firm, not a person.
const COMPANY_WORDS: &[&str] = &[
    "ltd", "llc", "llp", "inc", "plc", "gmbh", "corp", "co", "company", "group", "sons", "ag", "sa", "sas", "sarl", "bv",
    "nv", "kk", "kg", "oy", "ab", "spa", "srl", "lda", "ltda", "partners", "associates", "holdings", "bros", "industries",
    "limited", "motors", "auto", "bank", "university", "foundation", "institute", "hospital", "clinic", "services",
    "solutions", "systems", "technologies", "international", "pty", "pte", "bhd", "sdn", "tbk", "as", "asa", "aps",
];
/// Words that start a capitalised phrase but never a name: articles, prepositions, greetings,
/// place prefixes.
const NEVER_FIRST: &[&str] = &[
    "der", "die", "das", "dem", "ein", "eine", "einen", "het", "een", "il", "gli", "los", "las", "une", "un",
    "the", "a", "an", "of", "and", "for", "with", "to", "in", "on", "at", "by", "from", "my", "our", "your", "his", "her",
    "their", "this", "that", "these", "those", "dear", "hello", "hi", "hey", "thanks", "thank", "please", "re", "fw", "fwd",
    "new", "north", "south", "east", "west", "san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "ste", "port",
    "lake", "mount", "fort", "cape", "los", "las", "el", "le", "la", "les", "rue", "rua", "via", "calle", "avenida",
    "avenue", "street", "road", "piazza", "plaza", "bad", "liebe", "lieber", "liebes", "hallo", "sehr", "geehrte",
    "geehrter", "hola", "estimada", "estimado", "estimados", "querida", "querido", "prezada", "prezado", "prezados", "caro",
    "cara", "gentile", "egregio", "cher", "chère", "bonjour", "salut", "beste", "geachte", "hej", "hei", "kære", "kaere",
    "drogi", "droga", "szanowny", "szanowna", "vážený", "vážená", "sayın", "kính", "chào", "olá", "ola", "oi", "ciao",
    "buongiorno", "guten", "good", "morning", "afternoon", "evening", "dia", "bom", "buenos", "buenas", "tag", "dzień",
    "grüße", "gruss", "gruß", "saludos", "cordialmente", "atentamente", "cumprimentos", "cordialement", "regards", "best",
    "kind", "mit", "freundlichen", "von", "de", "met", "vriendelijke", "groet", "groeten", "med", "venlig", "hilsen",
    "ystävällisin", "terveisin", "pozdrawiam", "s", "pozdravem", "saygılarımla", "salam", "hormat", "kami",
];
/// Words that never end a name: place kinds and institutions.
const NEVER_LAST: &[&str] = &[
    "city", "county", "park", "bridge", "street", "avenue", "road", "station", "airport", "university", "college",
    "school", "hospital", "hotel", "center", "centre", "river", "lake", "mountain", "island", "beach", "valley", "square",
    "district", "province", "state", "region", "team", "department", "office", "desk",
];

/// One classified token of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Initial,
    Particle,
    Suffix,
    /// A capitalised token (or a token of a script without case) with what the lists say;
    /// `frequent`: one of the most frequent English words (`Call`, `Back`, `Will`, `White`),
    /// which name lists know as surnames too.
    Token { given: bool, surname: bool, word: bool, frequent: bool, calendar: bool, company: bool },
}

fn lower(t: &str) -> Lower<'_> {
    crate::dictionaries::lower(t.trim_end_matches(['.', ',']))
}

fn is_title(t: &str) -> bool {
    contains_lower(&HONORIFICS, t) || contains_lower(&HONORIFICS, t.trim_end_matches('.'))
}

fn is_initial(t: &str) -> bool {
    let mut chars = t.chars();
    match (chars.next(), chars.as_str()) {
        (Some(c), rest) if c.is_uppercase() => rest.is_empty() || rest == "." || (rest.len() > 1 && rest.split('.').all(|p| p.is_empty() || p.chars().count() == 1 && p.chars().all(char::is_uppercase))),
        _ => false,
    }
}

/// What a token of a name candidate is, remembered for the last few tokens classified on this
/// thread: the reshaper ([`narrow`]) and the validators read the same tokens one after the
/// other, and the dictionary lookups are most of their cost.
fn classify(t: &str, first: bool) -> Part {
    thread_local! {
        static RECENT: std::cell::RefCell<Recent<bool, Part>> = const { std::cell::RefCell::new(Recent::new()) };
    }
    if let Some(part) = RECENT.with(|r| r.borrow().get(t, first)) {
        return part;
    }
    let part = classify_token(t, first);
    RECENT.with(|r| r.borrow_mut().insert(t, first, part));
    part
}

fn classify_token(t: &str, first: bool) -> Part {
    let l = lower(t);
    if first && is_title(t) {
        return Part::Title;
    }
    if is_initial(t) {
        return Part::Initial;
    }
    if t.chars().next().is_some_and(char::is_lowercase) && NAME_PARTICLES.contains(l.as_str()) {
        return Part::Particle;
    }
    if !first && NAME_SUFFIXES.contains(l.trim_end_matches('.')) && (t.chars().all(|c| c.is_uppercase() || c == '.') || t.ends_with('.') || l.len() <= 3) {
        return Part::Suffix;
    }
    let token = t.trim_end_matches(['.', ',', '\'', '’']);
    let given = is_given_name(token);
    let surname = is_surname(token);
    Part::Token {
        given,
        surname,
        word: is_common_word(token),
        frequent: is_frequent_word(token),
        calendar: contains_lower(&CALENDAR_WORDS, token),
        company: COMPANY_WORDS.contains(&l.as_str()),
    }
}

/// The case pattern of a name token in a cased script: `Smith`, `O'Brien`, `McDonald`,
/// `Anna-Lena`, `DiCaprio`, `J.`, `III`; not `DataNode`, `HTTP`, `iPhone`. Tokens of scripts
/// without case, particles and lower-case words pass (other checks judge them).
fn shaped(t: &str) -> bool {
    let t = t.trim_end_matches([',', '.', ':', ';', '\'', '’']);
    let Some(first) = t.chars().next() else { return false };
    if !first.is_uppercase() || is_initial(t) || NAME_SUFFIXES.contains(dictionaries::lower(t).as_str()) {
        return true;
    }
    t.split(['-', '‐', '\'', '’']).all(|part| {
        // The capitals after the first character: how many, the last one's position, and how
        // many characters follow the first.
        let (mut caps, mut cap_at, mut rest) = (0, 0, 0);
        for (i, c) in part.chars().skip(1).enumerate() {
            if c.is_uppercase() {
                caps += 1;
                cap_at = i;
            }
            rest = i + 1;
        }
        match caps {
            0 => true,
            // Mc, Mac, Fitz, De, Di, Da, La, Le, Van, Von, O: one inner capital after a known prefix.
            1 => ["Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Ó", "O"].iter().any(|p| part.starts_with(p) && p.chars().count() == cap_at + 1) && rest > cap_at + 1,
            _ => false,
        }
    })
}

fn is_frequent_word(t: &str) -> bool {
    FREQUENT_WORDS_EN.contains(dictionaries::lower(t).as_str())
}

fn parts(value: &str) -> Vec<(&str, Part)> {
    value.split_whitespace().enumerate().map(|(i, t)| (t, classify(t, i == 0))).collect()
}

/// Trims the words around a name candidate that cannot be part of it: a leading greeting,
/// article or everyday word (`Dear`, `Liebe`, `Yesterday`), trailing everyday, calendar and place
/// words (`Customer Care`, `Monday`). Byte offsets of what is left, or `None` when too little.
/// `after`, the text after the value, says whether English words follow (see [`foreign_word`]).
pub fn narrow(value: &str, after: &str) -> Option<(usize, usize)> {
    let english_after = std::cell::OnceCell::new();
    let tokens: Vec<(usize, &str)> = value
        .split(' ')
        .scan(0usize, |pos, t| {
            let start = *pos;
            *pos += t.len() + 1;
            Some((start, t))
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let mut lo = 0;
    let mut hi = tokens.len();
    let junk_first = |t: &str| {
        let l = lower(t);
        let w = t.trim_end_matches(['.', ',']);
        !is_title(t) && !is_initial(t) && (NEVER_FIRST.contains(&l.as_str()) || (is_common_word(w) && !is_given_name(w) && !is_surname(w)) || (is_frequent_word(w) && !is_given_name(w)))
    };
    let junk_last = |t: &str| {
        // A middle initial (`Ella H. Snider`) is no word, whatever the word lists hold of `h`.
        if is_initial(t) {
            return false;
        }
        let w = t.trim_end_matches(['.', ',', '\'', '’']);
        let l = dictionaries::lower(w);
        let word = is_common_word(w) && !(foreign_word(w) && *english_after.get_or_init(|| english_neighbour("", after.split('\n').next().unwrap_or(""))));
        NEVER_LAST.contains(&l.as_str()) || ((word || contains_lower(&CALENDAR_WORDS, w)) && !NAME_SUFFIXES.contains(l.as_str()))
    };
    while lo < hi && junk_first(tokens[lo].1) {
        lo += 1;
    }
    // A name ends at the first word that cannot be part of it, and has five words at most.
    if let Some(i) = (lo + 1..hi).find(|&i| junk_last(tokens[i].1) || !shaped(tokens[i].1)) {
        hi = i;
    }
    hi = hi.min(lo + 5);
    while hi > lo && junk_last(tokens[hi - 1].1) {
        hi -= 1;
    }
    // Particles and initials never end a name (`Smith and`, `... de`).
    while hi > lo && tokens[hi - 1].1.chars().next().is_some_and(char::is_lowercase) {
        hi -= 1;
    }
    if lo >= hi {
        return None;
    }
    let start = tokens[lo].0;
    let (last_start, last) = tokens[hi - 1];
    let end = last_start + last.trim_end_matches([',', ':', ';']).len();
    Some((start, end))
}

/// Before an honorific in running Chinese or Japanese text (`已转给配件部耿先生`), the name is the
/// longest tail of up to three characters that starts with a known surname (`耿`).
pub fn narrow_before_honorific(value: &str) -> Option<(usize, usize)> {
    let chars: Vec<(usize, char)> = value.char_indices().collect();
    if chars.iter().any(|(_, c)| script_of(*c) != Script::Han) {
        return Some((0, value.len()));
    }
    let n = chars.len();
    (1..=n.min(3)).rev().map(|k| chars[n - k].0).find(|&start| {
        let tail = &value[start..];
        let head1: String = tail.chars().take(1).collect();
        let head2: String = tail.chars().take(2).collect();
        ZH_SURNAMES.contains(head1.as_str()) || JA_SURNAMES.contains(head2.as_str()) || JA_SURNAMES.contains(tail)
    }).map(|start| (start, value.len()))
}

fn country_or_place(value: &str) -> bool {
    let l = dictionaries::lower(value);
    COUNTRIES.contains(l.as_str()) || (l.contains(' ') && PLACES.contains(l.as_str()))
}

/// Words that say a place follows: administrative divisions and neighbourhood words of many
/// countries (street types come from the libpostal list).
const PLACE_PREFIXES: &[&str] = &[
    "phố", "phường", "quận", "huyện", "tỉnh", "xã", "thị", "ấp", "kel", "kec", "kab", "kelurahan", "kecamatan",
    "kabupaten", "desa", "taman", "jalan", "jl", "col", "colonia", "bairro", "barrio", "fraccionamiento", "provincia",
    "comune", "gemeinde", "ortsteil", "distrito", "município", "municipio", "estado", "comuna", "region", "región",
    "mahalle", "mahallesi", "ilçe", "köy", "barangay", "brgy", "sitio", "purok", "amphoe", "tambon", "khet", "soi",
    "moo", "suburb", "uss", "hms",
];

/// What stands right around a name candidate says it is part of something else: a street or a
/// place (`Via Dante Alighieri`, `Thành phố Hồ Chí Minh`, `61 Guy Little`), a firm or a product
/// (`Kellogg Brown & Root`, `Walt Disney Studios`, `Müller Logistik GmbH`), a Title Case run
/// (`Jeep Grand Cherokee Laredo`), or an address line (`Surry Hills NSW 2010`).
fn part_of_something_else(before: &str, after: &str) -> bool {
    // Only the value's own line.
    let before = before.rsplit('\n').next().unwrap_or(before);
    let after = after.split('\n').next().unwrap_or(after);
    let prev_tokens: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    fn bare(t: &str) -> Lower<'_> {
        dictionaries::lower(t.trim_end_matches(['.', ',', ':']))
    }
    if let Some(prev) = prev_tokens.first() {
        let p = bare(prev);
        if crate::address::is_street_type(prev) && !is_given_name(prev) && !is_title(prev) && !prev.ends_with([',', ':']) {
            return true;
        }
        if PLACE_PREFIXES.contains(&p.as_str()) {
            return true;
        }
        // Two capitalised words before: the candidate is the tail of a longer Title Case run.
        let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase) && t.chars().last().is_some_and(char::is_alphabetic);
        if prev_tokens.len() == 2 && capitalised(prev_tokens[0]) && capitalised(prev_tokens[1]) && !is_title(prev_tokens[0]) && !NEVER_FIRST.contains(&bare(prev_tokens[1]).as_str()) {
            return true;
        }
    }
    let rest = after.trim_start_matches([' ', ',']);
    let next: &str = rest.split_whitespace().next().unwrap_or("");
    let n = bare(next);
    // A company form after the name (`Nordic Fisk AS`), not an English word that spells one
    // (`add Irenke Sörös as a beneficiary`).
    let company_form = COMPANY_WORDS.contains(&n.as_str()) && (next.starts_with(char::is_uppercase) || !is_common_word(&n));
    if next.starts_with('&') || company_form || n.starts_with("gmbh") {
        return true;
    }
    // `Walt Disney Studios`: a capitalised everyday word right after.
    if next.chars().next().is_some_and(char::is_uppercase) && next.chars().skip(1).all(char::is_lowercase) && is_common_word(&n) && !is_surname(&n) && !after.starts_with(',') {
        return true;
    }
    // `Surry Hills NSW 2010`, `..., 28013`: a region code or a postal code follows.
    let mut following = rest.split_whitespace();
    let (a, b) = (following.next().unwrap_or(""), following.next().unwrap_or(""));
    let postal = |t: &str| t.trim_end_matches([',', '.']).len() >= 4 && t.trim_end_matches([',', '.']).chars().all(|ch| ch.is_ascii_digit());
    (a.len() <= 3 && a.chars().all(|ch| ch.is_ascii_uppercase()) && !a.is_empty() && postal(b)) || (postal(a) && after.starts_with(','))
}

/// Western-style names: `Grace Hopper`, `Dr Callum Farrell`, `Gregory C. Moore`, `M. Graham`,
/// `Julien de Langlois`, `Anna-Lena Schweighofer`, `Frau Bahon`, `Martin Luther King Jr.`.
pub fn western(c: &Candidate<'_>) -> Verdict {
    if keyed_as_thing(c.before) {
        return Verdict::Rejected;
    }
    // `Bebek Mah.`, `Lahug Brgy`: a neighbourhood with its division word.
    if c.value.split_whitespace().last().is_some_and(|t| {
        let b = lower(t);
        b.chars().count() <= 5 && crate::address::ADMIN_WORDS.contains(b.as_str())
    }) {
        return Verdict::Rejected;
    }
    let ps = parts(c.value);
    let titled = matches!(ps.first(), Some((_, Part::Title)));
    let tokens: Vec<(&str, Part)> = ps.iter().copied().filter(|(_, p)| matches!(p, Part::Token { .. })).collect();
    if ps.len() > 7 || ps.iter().any(|(t, _)| !shaped(t)) {
        return Verdict::Rejected;
    }
    let initials = ps.iter().filter(|(_, p)| *p == Part::Initial).count();
    let suffixed = ps.iter().any(|(_, p)| *p == Part::Suffix);
    // `Mohmad R. Vizirov`: an initial between two capitalised words is how names are written.
    let middle_initial = ps.len() >= 3 && ps[1..ps.len() - 1].iter().any(|(_, p)| *p == Part::Initial) && matches!(ps.first(), Some((_, Part::Token { .. }))) && matches!(ps.last(), Some((_, Part::Token { .. })));
    let known = |p: Part| matches!(p, Part::Token { given: true, .. } | Part::Token { surname: true, .. });
    let given = |p: Part| matches!(p, Part::Token { given: true, .. });
    let surname = |p: Part| matches!(p, Part::Token { surname: true, .. });
    let Some(&(first, first_part)) = tokens.first() else { return Verdict::Rejected };
    let &(_, last_part) = tokens.last().unwrap_or(&(first, first_part));
    if country_or_place(c.value) || (tokens.len() > 1 && country_or_place(&tokens.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(" "))) {
        return Verdict::Rejected;
    }
    // `Ferrari N.V.`, `Oetker S.A.`: a company form written with dots, read as initials.
    if ps.len() >= 2 && ps.last().is_some_and(|(t, p)| *p == Part::Initial && t.len() > 2 && COMPANY_WORDS.contains(&dictionaries::lower(&t.replace('.', "")).as_str())) {
        return Verdict::Rejected;
    }
    // `Southern Poland`, `Greater Jordan`: a country after a word that is no given name.
    if tokens.len() >= 2 && !given(first_part) && COUNTRIES.contains(lower(tokens[tokens.len() - 1].0).as_str()) {
        return Verdict::Rejected;
    }
    let mut calendar = 0;
    let mut frequent_later = false;
    let english = std::cell::OnceCell::new();
    let english = || *english.get_or_init(|| english_neighbour(c.before.rsplit('\n').next().unwrap_or(""), c.after.split('\n').next().unwrap_or("")));
    for (i, (t, p)) in tokens.iter().enumerate() {
        if let Part::Token { given, surname, word, frequent, calendar: cal, company } = *p {
            // `Call Back`, `Will Retry`: a sentence, unless a title says otherwise; later in the
            // name (`James Brown`, `Neil Young`) it caps the verdict.
            if frequent {
                if i == 0 && !titled && !given {
                    return Verdict::Rejected;
                }
                frequent_later |= i > 0;
            }
            if company {
                return Verdict::Rejected;
            }
            // An everyday word anywhere (`Grace Period`, `Mark Done`, `Wo Garten`), unless a
            // title or a middle initial says the known name is one (`Sari J. Paavolainen`).
            if word && !((titled || middle_initial) && (given || surname)) && !(foreign_word(t) && english()) {
                return Verdict::Rejected;
            }
            if cal {
                calendar += 1;
                if !given && !surname {
                    return Verdict::Rejected;
                }
            }
        }
    }
    // `Sun Dec`, `Mar Jun`: two calendar words are a date.
    if calendar >= 2 {
        return Verdict::Rejected;
    }
    if NEVER_FIRST.contains(&lower(first).as_str()) && !titled {
        return Verdict::Rejected;
    }
    // A vehicle make before a model (`Dodge Durango`, `Renault Clio`, `Alfa Romeo Giulia`).
    if tokens.len() >= 2 && !titled && crate::dictionaries::VEHICLE_MAKES.contains(lower(first).as_str()) && !is_given_name(first) {
        return Verdict::Rejected;
    }
    // Streets named after people: `Viale Bonatti`, `Rua Augusta`, `61 Guy Little`, `4 Natalie
    // Cross`, `Canale Renzo, 777`.
    let street = |t: &str| crate::address::is_street_type(t);
    let after_number = c.before.trim_end_matches(' ').rsplit([' ', '\n', ',']).next().is_some_and(|t| !t.is_empty() && t.chars().next().is_some_and(|ch| ch.is_ascii_digit()));
    let number_after = c.after.trim_start_matches([',', ' ']).starts_with(|ch: char| ch.is_ascii_digit()) && c.after.starts_with(',');
    if !titled && ((street(first) && !is_given_name(first)) || ((after_number || number_after) && tokens.iter().any(|(t, _)| street(t)))) {
        return Verdict::Rejected;
    }
    if after_number && !titled && !given(first_part) {
        return Verdict::Rejected;
    }
    if part_of_something_else(c.before, c.after) {
        return Verdict::Rejected;
    }
    // Capitalised nouns (German): every token a frequent word of some language, none a given name.
    if tokens.len() >= 2 && tokens.iter().all(|(t, p)| contains_lower(&COMMON_WORDS_INTL, t) && !matches!(p, Part::Token { given: true, .. })) {
        return Verdict::Rejected;
    }
    // A display name before a mailbox: `Barbara Liskov <b.liskov@example.com>`.
    let display_name = c.after.trim_start().strip_prefix(['<', '‹']).is_some_and(|rest| rest.split(['>', '›']).next().is_some_and(|m| m.contains('@')));
    let verdict = if tokens.len() == 1 {
        if titled || initials > 0 {
            if known(first_part) {
                Verdict::Confirmed
            } else if titled {
                Verdict::Likely
            } else {
                Verdict::Unknown
            }
        } else {
            Verdict::Rejected
        }
    } else if ((given(first_part) && surname(last_part)) || (surname(first_part) && given(last_part))) && !frequent_later {
        Verdict::Confirmed
    } else if given(first_part) && display_name {
        Verdict::Confirmed
    } else if given(first_part) || titled || display_name || middle_initial || (known(first_part) && known(last_part)) {
        Verdict::Likely
    } else if surname(last_part) || tokens.iter().any(|(_, p)| known(*p)) {
        // An unknown first token before a known surname (`Bhavya Murty`); a known part inside.
        if tokens.len() == 2 && first.chars().count() >= 3 {
            Verdict::Likely
        } else {
            Verdict::Unknown
        }
    } else {
        Verdict::Unknown
    };
    match verdict {
        Verdict::Likely if (suffixed || initials > 0 && known(last_part)) && !frequent_later => Verdict::Confirmed,
        v => v,
    }
}

/// `Castillo, Franco`, `Martineau, J.`, `Welch, Neil`: a surname, a comma and a given name or
/// initials. Confirmed when the lists know both sides; with initials, the surname must be known.
pub fn inverted(c: &Candidate<'_>) -> Verdict {
    // `Lewis, Harrison and Scott PLC`, `Hobbs, Kane and Howe`: a list of surnames is a firm.
    let rest = c.after.trim_start_matches([' ', ',']).to_lowercase();
    if c.after.starts_with(',') || ["and ", "& ", "und ", "et ", "y ", "e "].iter().any(|a| rest.starts_with(a)) {
        return Verdict::Rejected;
    }
    let Some((family, given)) = c.value.split_once(',') else { return Verdict::Rejected };
    if part_of_something_else(c.before, c.after) {
        return Verdict::Rejected;
    }
    let family_tokens: Vec<&str> = family.split_whitespace().collect();
    let given_tokens: Vec<&str> = given.split_whitespace().collect();
    if family_tokens.is_empty() || given_tokens.is_empty() {
        return Verdict::Rejected;
    }
    let bad = |t: &str| {
        let w = t.trim_end_matches(['.', ':']);
        (is_common_word(w) && !is_surname(w) && !is_given_name(w)) || contains_lower(&CALENDAR_WORDS, w) || COMPANY_WORDS.contains(&dictionaries::lower(w).as_str()) || country_or_place(w)
    };
    if family_tokens.iter().chain(&given_tokens).any(|t| !is_initial(t) && bad(t)) {
        return Verdict::Rejected;
    }
    let family_known = family_tokens.iter().any(|t| is_surname(t));
    let given_initials = given_tokens.iter().all(|t| is_initial(t));
    let given_known = given_tokens.iter().any(|t| is_given_name(t.trim_end_matches(':')));
    match (family_known, given_known, given_initials) {
        (true, true, _) => Verdict::Confirmed,
        (true, false, true) => Verdict::Likely,
        (false, true, false) => Verdict::Likely,
        (true, false, false) => Verdict::Unknown,
        _ => Verdict::Unknown,
    }
}

fn script_of(c: char) -> Script {
    match c {
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => Script::Kana,
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3005}' => Script::Han,
        '\u{ac00}'..='\u{d7af}' => Script::Hangul,
        '\u{0e00}'..='\u{0e7f}' => Script::Thai,
        '\u{0590}'..='\u{05ff}' => Script::Hebrew,
        '\u{0600}'..='\u{06ff}' => Script::Arabic,
        '\u{0900}'..='\u{097f}' => Script::Devanagari,
        c if c.is_alphabetic() => Script::Cased,
        _ => Script::Other,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Kana,
    Han,
    Hangul,
    Thai,
    Hebrew,
    Arabic,
    Devanagari,
    Cased,
    Other,
}

/// Names in scripts without capital letters, where the lists can tell: Chinese (surname
/// character first, two to four characters), Korean (surname syllable and given-name
/// syllables), Japanese (known surname or given name), Thai, Hebrew and Arabic (a known given
/// name or surname among the words).
pub fn script(c: &Candidate<'_>) -> Verdict {
    if keyed_as_thing(c.before) {
        return Verdict::Rejected;
    }
    script_in(c, false)
}

/// An honorific suffix starts `after`. Each starts with a letter: most candidates are followed
/// by a space, a line break or punctuation, and are not compared with forty suffixes.
fn starts_with_honorific(after: &str) -> bool {
    after.chars().next().is_some_and(char::is_alphabetic) && HONORIFIC_SUFFIXES.iter().any(|h| after.starts_with(h))
}

/// [`script`], where `layout` says the text around already names the value a name (a key, a
/// chat speaker): then a dictionary word that is also a surname (`山本`) counts as the surname.
fn script_in(c: &Candidate<'_>, layout: bool) -> Verdict {
    let value = c.value.trim();
    let words: Vec<&str> = value.split([' ', '\u{3000}']).filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else { return Verdict::Rejected };
    let script = first.chars().next().map(script_of).unwrap_or(Script::Other);
    // Scripts without spaces: the value must stand apart (`> 江辉`, `<td>王秀英</td>`, `cc: 黃明哲`),
    // not be a piece of running text, unless an honorific follows (`山田様`, `김민준님`).
    let cjk = |ch: Option<char>| ch.map(script_of).is_some_and(|s| matches!(s, Script::Han | Script::Kana | Script::Hangul));
    if matches!(script, Script::Han | Script::Kana | Script::Hangul) {
        if (cjk(c.before.chars().next_back()) || cjk(c.after.chars().next())) && !starts_with_honorific(c.after.trim_start_matches([' ', '\u{3000}'])) {
            return Verdict::Rejected;
        }
    }
    if words.iter().any(|w| w.chars().any(|ch| script_of(ch) != script && !(script == Script::Han && script_of(ch) == Script::Kana))) {
        return Verdict::Rejected;
    }
    if contains_lower(&CALENDAR_WORDS, value) || country_or_place(value) {
        return Verdict::Rejected;
    }
    match script {
        Script::Kana if words.iter().all(|w| is_kana(w)) => {
            // Kana alone (`サトウ ナオコ`): the layout decides.
            let n: usize = words.iter().map(|w| w.chars().count()).sum();
            if (2..=12).contains(&n) && words.len() <= 2 {
                Verdict::Unknown
            } else {
                Verdict::Rejected
            }
        }
        Script::Han | Script::Kana => {
            let joined: String = words.concat();
            let n = joined.chars().count();
            let honorific = starts_with_honorific(c.after.trim_start_matches([' ', '\u{3000}']));
            // A surname alone before an honorific: `耿先生`, `胡小姐`.
            if n == 1 && honorific && ZH_SURNAMES.contains(joined.as_str()) {
                return Verdict::Likely;
            }
            // One character alone in an element that names a name part: `<lastName>林</lastName>`.
            if n == 1 && element_alone(c, layout) && (ZH_SURNAMES.contains(joined.as_str()) || JA_SURNAMES.contains(joined.as_str()) || JA_GIVEN_NAMES.contains(joined.as_str())) {
                return Verdict::Likely;
            }
            if !(2..=5).contains(&n) {
                return Verdict::Rejected;
            }
            // A dictionary word (`住所`, `部品`), or four characters or more without a space (as
            // often a compound word: `車台番号`).
            if words.iter().any(|w| CJK_WORDS.contains(w) && !(layout && JA_SURNAMES.contains(w))) {
                return Verdict::Rejected;
            }
            if words.len() == 1 && n > 3 {
                return Verdict::Unknown;
            }
            let head1: String = joined.chars().take(1).collect();
            let head2: String = joined.chars().take(2).collect();
            // A label in running text (`新地址：`, `车架号：`); a chat speaker is read by the
            // layout rules.
            let label = c.after.starts_with(['：', ':']) && !layout;
            if label && n >= 3 {
                return Verdict::Rejected;
            }
            let ja = JA_SURNAMES.contains(head2.as_str()) || (words.len() == 2 && JA_SURNAMES.contains(words[0]) && (JA_GIVEN_NAMES.contains(words[1]) || words[1].chars().all(|ch| script_of(ch) == Script::Kana)));
            let zh = ZH_SURNAMES.contains(head1.as_str()) || ZH_SURNAMES.contains(head2.as_str());
            if words.len() == 2 && ja {
                Verdict::Confirmed
            } else if (zh && n <= 4) || (ja && n <= 5) || JA_SURNAMES.contains(joined.as_str()) {
                Verdict::Likely
            } else {
                Verdict::Unknown
            }
        }
        Script::Hangul => {
            let joined: String = words.concat();
            let syllables: Vec<char> = joined.chars().collect();
            if syllables.len() == 1 && element_alone(c, layout) && KO_SURNAMES.contains(joined.as_str()) {
                return Verdict::Likely;
            }
            if !(2..=4).contains(&syllables.len()) {
                return Verdict::Rejected;
            }
            let honorific = starts_with_honorific(c.after.trim_start());
            // Korean words are spaced: a bare name has a surname and two given-name syllables;
            // place names end with an administrative syllable (`연수구`, `성남시`, `판교역로`).
            // `문제가` is a word and its particle; `메모` a two-syllable word.
            if !layout && !honorific && (syllables.len() == 2 || syllables.len() == 3 && matches!(syllables[2], '가' | '를' | '는' | '을' | '의' | '와' | '과' | '에')) {
                return Verdict::Rejected;
            }
            if !layout && !honorific && (syllables.len() != 3 || matches!(syllables[2], '시' | '구' | '군' | '동' | '읍' | '면' | '리' | '로' | '길' | '도' | '층' | '호' | '역')) {
                return Verdict::Unknown;
            }
            let surname = KO_SURNAMES.contains(syllables[0].to_string().as_str());
            let given = syllables[1..].iter().all(|s| KO_GIVEN_SYLLABLES.contains(s.to_string().as_str()));
            match (surname, given) {
                (true, true) => Verdict::Likely,
                (true, false) | (false, true) => Verdict::Unknown,
                _ => Verdict::Rejected,
            }
        }
        Script::Thai => {
            let given = words.first().is_some_and(|w| TH_GIVEN_NAMES.contains(w));
            let surname = words.get(1).is_some_and(|w| TH_SURNAMES.contains(w));
            match (given, surname) {
                (true, true) => Verdict::Confirmed,
                (true, false) | (false, true) => Verdict::Likely,
                _ => Verdict::Unknown,
            }
        }
        Script::Hebrew | Script::Arabic | Script::Cased | Script::Devanagari => {
            if words.len() < 2 || words.len() > 4 {
                return Verdict::Unknown;
            }
            let given = is_given_name(words[0]);
            let surname = words[1..].iter().any(|w| is_surname(w));
            match (given, surname) {
                (true, true) => Verdict::Confirmed,
                (true, false) | (false, true) => Verdict::Likely,
                _ => Verdict::Unknown,
            }
        }
        Script::Other => Verdict::Rejected,
    }
}

/// Local parts of mailboxes that belong to a function, not a person.
const ROLE_MAILBOXES: &[&str] = &[
    "support", "info", "service", "services", "sales", "noreply", "no-reply", "donotreply", "do-not-reply", "admin",
    "contact", "help", "helpdesk", "billing", "team", "office", "hello", "mail", "news", "newsletter", "marketing",
    "orders", "order", "accounts", "accounting", "finance", "hr", "jobs", "careers", "press", "privacy", "security",
    "abuse", "postmaster", "webmaster", "customerservice", "kundenservice", "service-client", "atencion", "contacto",
    "kontakt", "notifications", "notification", "alerts", "reply", "feedback", "invoice", "invoices", "shop", "store",
    "dispatch", "fleet", "parts", "dealer", "reception", "info-jp", "system", "root",
];

/// Keys whose `name` is a thing, not a person (`file name`, `host_name`, `thread name`).
const THING_KEYS: &[&str] = &[
    "file", "host", "user", "app", "application", "os", "platform", "browser", "machine", "vm", "instance", "provider", "source", "channel", "process", "program", "driver", "volume", "disk", "image", "thread", "class", "table", "column", "field", "bucket", "key",
    "device", "server", "service", "node", "domain", "package", "module", "branch", "project", "product", "company",
    "job", "task", "event", "queue", "topic", "index", "db", "database", "schema", "cluster", "pod", "container",
    "image", "function", "method", "variable", "param", "parameter", "metric", "tag", "label", "group", "role",
    "policy", "region", "zone", "bank", "brand", "model", "street", "city", "town", "country", "state", "store", "shop",
    "dealer", "site", "org", "organization", "organisation", "team", "account", "vendor", "carrier", "plan", "item",
    "attribute", "object", "entity", "resource", "profile", "screen", "network", "ssid", "printer", "font",
];

/// The value fills a whole element (`<lastName>김</lastName>`) that the layout says holds a name.
fn element_alone(c: &Candidate<'_>, layout: bool) -> bool {
    layout && c.before.ends_with('>') && c.after.starts_with("</")
}

/// The value is right after a key or inside an element that names a thing or a place:
/// `model="Jeep Grand Cherokee"`, `<city>新宿区</city>`, `<street>Bertha Pauligin bulevardi`.
fn keyed_as_thing(before: &str) -> bool {
    let key = before.strip_suffix(['"', '\'']).unwrap_or(before);
    let Some(key) = key.strip_suffix('=').or_else(|| key.strip_suffix('>').filter(|k| !k.ends_with('/') && k.contains('<'))) else { return false };
    let key = key.rsplit(['<', ' ', '\t', '\n']).next().unwrap_or(key);
    let word = key.rsplit(['_', '-', '.', ':']).next().unwrap_or(key);
    word.chars().all(|ch| ch.is_ascii_alphabetic()) && THING_KEYS.contains(&word.to_ascii_lowercase().as_str())
}

/// A name where the layout says so (a key, a display name before a mailbox, a chat speaker, an
/// XML element): one token suffices and any script is read, but identifiers, everyday words and
/// thing-names are not names.
pub fn loose(c: &Candidate<'_>) -> Verdict {
    let value = c.value.trim().trim_matches(['"', '\'', '*']);
    if value.is_empty() || value.chars().count() > 60 {
        return Verdict::Rejected;
    }
    // `file name:`, `host_name=`: the key names a thing.
    let key = c.before.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    if key.to_lowercase().ends_with("name") {
        let key_word = key[..key.len() - 4].trim_end_matches([' ', '_', '-', '.']).rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        if THING_KEYS.contains(&key_word.as_str()) {
            return Verdict::Rejected;
        }
    }
    // A value cut out of something longer: a quoted value that runs past its closing quote
    // (`Name='Microsoft-Windows-Perflib' Guid`), a prefix of an id (`customer=CUST-113332317`).
    let opened_by = c.before.chars().next_back().filter(|q| matches!(q, '\'' | '"'));
    // Narrowed to the word after a closing quote (`Name='Service Control Manager' Guid`).
    if c.before.ends_with(char::is_whitespace) && c.before.trim_end().ends_with(['\'', '"']) {
        return Verdict::Rejected;
    }
    if opened_by.is_some_and(|q| c.value.trim_end_matches(q).contains(q))
        || c.value.ends_with('-')
        || c.after.starts_with(|ch: char| ch.is_alphanumeric())
        || c.value.split_whitespace().any(|w| w.matches('-').count() >= 3)
    {
        return Verdict::Rejected;
    }
    // A role mailbox (`Kundenservice <support@x.com>`) is a department, whatever it is called.
    let mailbox = c.after.trim_start_matches([' ', '"']).strip_prefix(['<', '‹']).and_then(|m| m.split('@').next()).unwrap_or("").to_lowercase();
    if ROLE_MAILBOXES.iter().any(|r| mailbox == *r || mailbox.starts_with(&format!("{r}-")) || mailbox.starts_with(&format!("{r}."))) {
        return Verdict::Rejected;
    }
    if value.chars().any(|ch| ch.is_ascii_digit() || matches!(ch, '_' | '@' | '/' | '\\' | '=' | '<' | '>' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '$' | '%' | '&' | '|' | ':' | ';')) {
        return Verdict::Rejected;
    }
    let first_char = value.chars().next().unwrap_or(' ');
    if script_of(first_char) != Script::Cased {
        return match script_in(&Candidate { value, ..*c }, true) {
            Verdict::Unknown if value.chars().count() >= 2 => Verdict::Likely,
            v => v,
        };
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() > 4 {
        return Verdict::Rejected;
    }
    // Identifiers: `DataNode`, `jobTracker`, `my.service`, all-capital codes.
    if words.iter().any(|w| {
        let inner_caps = w.chars().skip(1).filter(|ch| ch.is_uppercase()).count();
        let dotted = w.trim_end_matches('.').contains('.') && !is_initial(w);
        (inner_caps > 1 && !w.contains('-')) || (inner_caps == 1 && w.chars().count() > 2 && !w.contains(['-', '\'', '’']) && !w.starts_with("Mc") && !w.starts_with("Mac") && !w.starts_with("De") && !w.starts_with("Di") && !w.starts_with("La") && !w.starts_with("Le")) || dotted
    }) {
        return Verdict::Rejected;
    }
    if words.len() == 1 && words[0].chars().count() > 1 && words[0].chars().all(char::is_uppercase) {
        return Verdict::Rejected;
    }
    let lowercase = words.iter().all(|w| w.chars().next().is_some_and(char::is_lowercase));
    let mut known = 0;
    for w in &words {
        let t = w.trim_end_matches(['.', ',']);
        if is_initial(w) || NAME_PARTICLES.contains(dictionaries::lower(t).as_str()) || (is_title(w) && words.len() > 1) {
            continue;
        }
        let name = is_given_name(t) || is_surname(t);
        if COMPANY_WORDS.contains(&t.to_lowercase().as_str()) || contains_lower(&CALENDAR_WORDS, t) && !name {
            return Verdict::Rejected;
        }
        if is_common_word(t) && !name {
            return Verdict::Rejected;
        }
        known += usize::from(name);
    }
    if country_or_place(value) {
        return Verdict::Rejected;
    }
    match (words.len(), known, lowercase) {
        (_, 0, true) => Verdict::Rejected,
        (1, 1, _) => Verdict::Likely,
        (1, 0, _) => Verdict::Likely,
        (_, k, _) if k >= 2 => Verdict::Confirmed,
        (_, 1, _) => Verdict::Likely,
        _ => Verdict::Likely,
    }
}

/// One given name alone, after words that introduce a person (`Spoke to Patrick`, `Hola Lucas`,
/// `Liebe Anna-Lena`, `thx geraldine`): a given name no word list has.
pub fn given_alone(c: &Candidate<'_>) -> Verdict {
    let t = c.value.trim().trim_end_matches(['.', ',', '!', '?', ':']);
    if t.chars().count() < 2 || t.chars().any(|ch| !ch.is_alphabetic() && ch != '-' && ch != '\'') {
        return Verdict::Rejected;
    }
    if !is_given_name(t) || is_common_word(t) || contains_lower(&CALENDAR_WORDS, t) || country_or_place(t) {
        return Verdict::Rejected;
    }
    // `met Jonas Nielsen`: a capitalised word follows, the whole name is read by the rules for
    // full names.
    if c.after.strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_uppercase)) {
        return Verdict::Rejected;
    }
    if t.chars().next().is_some_and(char::is_lowercase) && (contains_lower(&crate::dictionaries::COMMON_WORDS_INTL, t) || t.chars().count() < 4) {
        return Verdict::Rejected;
    }
    Verdict::Likely
}

/// One capitalised given name in running text (`Kevin had given Alma his address`, `Why is
/// Katrine so impulsive?`): a name of the given-name lists that no word list of any language
/// holds, standing alone (a capitalised neighbour makes it part of a longer name or title, read
/// by other rules), not after an article or a number, not glued to code.
pub fn single_given(c: &Candidate<'_>) -> Verdict {
    let t = c.value;
    if t.chars().count() < 3 || !is_given_name(t) || is_common_word(t) || contains_lower(&FREQUENT_WORDS_EN, t) || contains_lower(&CALENDAR_WORDS, t) || country_or_place(t) || crate::address::is_street_type(t) {
        return Verdict::Rejected;
    }
    let line_before = c.before.rsplit('\n').next().unwrap_or("");
    let line_after = c.after.split('\n').next().unwrap_or("");
    // `Don't`, `Won't`: a contraction, not a possessive.
    if line_after.strip_prefix(['\'', '’']).is_some_and(|rest| rest.starts_with(char::is_alphabetic) && !rest.starts_with('s')) {
        return Verdict::Rejected;
    }
    // A frequent word of another language (`Aber`, `Basta`, and names frequent in its text:
    // `Ivan`, `Scott`) is a name among English words (`Why is Ivan so`, `Scott is a`).
    if contains_lower(&COMMON_WORDS_INTL, t) && !english_neighbour(line_before, line_after) {
        return Verdict::Rejected;
    }
    // Glued to code or markup: `name=Ruby`, `/Sofia/`, `Ruby.version`.
    if line_before.ends_with(|ch: char| !ch.is_whitespace() && !matches!(ch, '(' | '"' | '“' | '\'' | '‘' | '*' | '>')) {
        return Verdict::Rejected;
    }
    if line_after.starts_with(|ch: char| !ch.is_whitespace() && !matches!(ch, ',' | '.' | '!' | '?' | ';' | ':' | ')' | '"' | '”' | '\'' | '’' | '*')) || line_after.starts_with(['.', ':']) && line_after[1..].starts_with(|ch: char| ch.is_alphanumeric()) {
        return Verdict::Rejected;
    }
    if crate::dictionaries::VEHICLE_MAKES.contains(dictionaries::lower(t).as_str()) {
        return Verdict::Rejected;
    }
    let previous = line_before.split_whitespace().next_back().unwrap_or("");
    let next = line_after.trim_start_matches(|ch: char| matches!(ch, '\'' | '’' | 's')).split_whitespace().next().unwrap_or("");
    let sentence_start = previous.is_empty() || previous.ends_with(['.', '!', '?', ':', '"']);
    let capital = |w: &str| w.trim_start_matches(['(', '"', '“']).starts_with(char::is_uppercase);
    if (capital(previous) && !sentence_start && !previous.ends_with(',')) || (capital(next) && !line_after.trim_start().starts_with(['(', '-'])) {
        return Verdict::Rejected;
    }
    // In a list (`via Rangel, Freeman and Harrison`), the word before the list decides.
    let mut head = line_before.split_whitespace().rev().skip_while(|w| {
        let bare = w.trim_end_matches(',');
        matches!(bare, "and" | "&" | "or" | "und" | "et" | "y" | "e") || bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphabetic)
    });
    let head = head.next().unwrap_or(previous);
    let p = head.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase();
    if matches!(p.as_str(), "the" | "a" | "an" | "of" | "this" | "that" | "our" | "new" | "version" | "project" | "team" | "hurricane" | "storm" | "typhoon" | "cyclone" | "operation" | "codename" | "package" | "library" | "via")
        || THING_KEYS.contains(&p.as_str())
        || previous.chars().any(|ch| ch.is_ascii_digit()) && !previous.ends_with(':')
    {
        return Verdict::Rejected;
    }
    // Machine text (`Davey! duration=1158ms`) and firm names (`Rangel, Freeman and Harrison`,
    // `Mitchell and Sons Ltd`): a key=value or a company word follows in the same sentence.
    let sentence = line_after.split(['.', '!', '?', ';']).next().unwrap_or("");
    // `Marks & Spencer`, `Johnson & Johnson`.
    if next == "&" || previous == "&" {
        return Verdict::Rejected;
    }
    let rest_of_line_has_key = line_after.split_whitespace().take(3).any(|w| w.contains('=') || w.ends_with(':') && w.len() > 1 && w[..w.len() - 1].contains(['_', '.']));
    if rest_of_line_has_key || sentence.split_whitespace().take(8).any(|w| COMPANY_WORDS.contains(&dictionaries::lower(w.trim_matches(|ch: char| !ch.is_alphanumeric())).as_str())) {
        return Verdict::Rejected;
    }
    Verdict::Likely
}

/// A word only by the lists of other languages than English (`Sipilä`, frequent in Finnish
/// news): among English words it is a name, not an everyday word.
fn foreign_word(t: &str) -> bool {
    !crate::dictionaries::is_english_word(t.trim_end_matches(['.', ',', '\'', '’']))
}

/// The two words right before or the two right after a candidate are among the most frequent
/// English words (`Why is Ivan so`, `Scott is a`; not `Aber die Verbindung`).
fn english_neighbour(line_before: &str, line_after: &str) -> bool {
    fn english<'a>(words: impl Iterator<Item = &'a str>) -> bool {
        let mut words = words.filter(|w| w.chars().any(char::is_alphabetic) && !matches!(*w, "'s" | "’s")).map(|w| w.trim_matches(|ch: char| !ch.is_alphabetic()));
        let frequent = |w: Option<&str>| w.is_some_and(|w| (w.len() >= 2 || w == "a" || w == "I") && w.chars().skip(1).all(char::is_lowercase) && contains_lower(&FREQUENT_WORDS_EN, w));
        frequent(words.next()) && frequent(words.next())
    }
    english(line_after.split_whitespace()) || english(line_before.split_whitespace().rev())
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
    let honorific = starts_with_honorific(c.after.trim_start());
    match (s, g) {
        (true, true) => Verdict::Confirmed,
        (true, false) | (false, true) if honorific => Verdict::Likely,
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

    fn narrowed(s: &str) -> Option<&str> {
        narrow(s, "").map(|(a, b)| &s[a..b])
    }

    #[test]
    fn western_names() {
        assert_eq!(w("Grace Hopper"), Verdict::Confirmed);
        assert_eq!(w("Jérôme Jourdan"), Verdict::Confirmed);
        assert_eq!(w("Dr Callum Farrell"), Verdict::Confirmed);
        assert_eq!(w("Julien de Langlois"), Verdict::Confirmed);
        assert_eq!(w("Laure-Christiane Lesage"), Verdict::Confirmed);
        assert_eq!(w("María José García"), Verdict::Confirmed);
        assert_eq!(w("Hans Müller"), Verdict::Confirmed);
        assert_eq!(w("Mark Baker"), Verdict::Confirmed, "frequent first names that are words are names");
        assert_eq!(w("Gregory C. Moore"), Verdict::Confirmed);
        assert_ne!(w("Martin Luther King Jr."), Verdict::Rejected);
    }

    #[test]
    fn likely_names() {
        // A known given name and a surname no list has: names of every culture.
        let passes = |s| matches!(w(s), Verdict::Likely | Verdict::Confirmed);
        assert!(passes("Cristina Nagl"));
        assert!(passes("Krisztián Szöllösy"));
        assert_eq!(w("Frau Bahon"), Verdict::Likely);
        assert_eq!(w("Neil Young"), Verdict::Likely, "a frequent word as the surname");
        assert_ne!(w("M. Graham"), Verdict::Rejected);
        assert_ne!(w("Mr O'Brien"), Verdict::Rejected);
    }

    #[test]
    fn display_names_before_a_mailbox() {
        let c = Candidate { value: "Barbara Liskov", before: "pilot: ", after: " <b.liskov@pilot.example.com>" };
        assert_eq!(western(&c), Verdict::Confirmed);
    }

    #[test]
    fn capitalised_words_are_not_names() {
        for s in [
            "Customer Care", "Brown Customer Care", "Please Call", "Grace Period", "Operative Graphic Interface", "Jordan Ltd",
            "Monday March", "New York", "The Lord", "Golden Gate Bridge", "São Paulo", "Brown and Sons", "Sun Dec", "Mark Done",
            "Will Retry", "Call Back", "New Zealand", "Viale Bonatti", "Strada Annibale", "Schnee Vogel", "Santa Clara",
        ] {
            assert_eq!(w(s), Verdict::Rejected, "{s}");
        }
        assert_ne!(w("Jan de Vries"), Verdict::Rejected, "month abbreviations that are first names stay names");
        assert_ne!(w("April Smith"), Verdict::Rejected);
    }

    #[test]
    fn middle_initials_stay_inside_names_and_vouch_for_them() {
        assert_eq!(narrowed("Ella H. Snider"), Some("Ella H. Snider"), "an initial is no everyday word `h`");
        assert_eq!(w("Mohmad R. Vizirov"), Verdict::Likely, "two unknown words around an initial");
        assert_eq!(w("Sari J. Paavolainen"), Verdict::Confirmed, "a given name that is also a word (`sari`)");
        assert_eq!(w("Sari Paavolainen"), Verdict::Rejected, "without the initial the word still counts against");
        assert_eq!(narrowed("H. Ward"), Some("H. Ward"), "nor a leading initial");
        assert_eq!(w("Southern Poland"), Verdict::Rejected);
        assert_ne!(w("Michael Jordan"), Verdict::Rejected, "a country after a known given name");
    }

    /// `Sipilä` is frequent in Finnish news, so a word of the Finnish list; among English words
    /// it is a surname.
    #[test]
    fn words_of_other_languages_are_names_among_english_words() {
        let c = Candidate { value: "Minna Sipilä", before: "I spoke with ", after: " from your dealership yesterday." };
        assert_eq!(narrow(c.value, c.after), Some((0, c.value.len())));
        assert_eq!(western(&c), Verdict::Likely);
        assert_eq!(narrow(c.value, " eilen"), Some((0, "Minna".len())), "among Finnish words it is a word");
    }

    #[test]
    fn one_character_names_fill_their_element() {
        for (before, value, after, verdict) in [("<lastName>", "김", "</lastName>", Verdict::Likely), ("<lastName>", "林", "</lastName>", Verdict::Likely), ("담당: ", "김", "\n", Verdict::Rejected)] {
            assert_eq!(loose(&Candidate { value, before, after }), verdict, "{before}{value}{after}");
        }
    }

    #[test]
    fn single_given_names_frequent_in_other_languages_need_english_around() {
        for (before, value, after, verdict) in [
            ("Why is ", "Ivan", " so quiet?", Verdict::Likely),
            ("", "Scott", " is a good listener.", Verdict::Likely),
            ("", "Leif", "'s car is ready", Verdict::Likely),
            ("", "Aber", " die Verbindung wurde getrennt.", Verdict::Rejected),
            ("INFO: ", "Don", "'t have map outputs", Verdict::Rejected),
            ("- 13 March 2021: ", "Ruben", " called about the tyre change.", Verdict::Likely),
            ("order 12 ", "Ruben", " called about the tyre change.", Verdict::Rejected),
        ] {
            assert_eq!(single_given(&Candidate { value, before, after }), verdict, "{before}{value}{after}");
        }
    }

    #[test]
    fn narrowing_drops_greetings_and_trailing_words() {
        assert_eq!(narrowed("Liebe Hartmut Stey"), Some("Hartmut Stey"));
        assert_eq!(narrowed("Dear Mr. Anderson"), Some("Mr. Anderson"));
        assert_eq!(narrowed("John Smith Customer Care"), Some("John Smith"));
        assert_eq!(narrowed("Yesterday"), None);
        assert_eq!(narrowed("John Smith DataNode"), Some("John Smith"));
        assert!(!shaped("DataNode") && !shaped("HTTP") && shaped("McDonald") && shaped("O'Brien") && shaped("Anna-Lena"));
    }

    #[test]
    fn names_inside_streets_firms_and_places() {
        let c = |before, value, after| western(&Candidate { value, before, after });
        assert_eq!(c("Via ", "Dante Alighieri", ", 96/A"), Verdict::Rejected);
        assert_eq!(c("Thành phố ", "Hồ Chí Minh", " 700000"), Verdict::Rejected);
        assert_eq!(c("We order from ", "Kellogg Brown", " & Root every quarter."), Verdict::Rejected);
        assert_eq!(c("", "Walt Disney", " Studios"), Verdict::Rejected);
        assert_eq!(c("VF1 Jeep Grand ", "Cherokee Laredo", " cabin filter"), Verdict::Rejected);
        assert_eq!(c("Unit 25, 107 Miller Tce, ", "Surry Hills", " NSW 2010"), Verdict::Rejected);
        assert_ne!(c("Yesterday ", "John Smith", " called."), Verdict::Rejected);
        assert_eq!(c("", "Nordic Fisk", " AS, Bergen"), Verdict::Rejected, "`AS`, the Norwegian company form");
        assert_eq!(c("", "Ferrari N.V.", ""), Verdict::Rejected, "a company form with dots is no initial");
        assert_eq!(c("<vehicle vin=\"x\" model=\"", "Aston Martin Vantage", "\"/>"), Verdict::Rejected);
        assert_eq!(c("      <street>", "Bertha Pauligin", " bulevardi 109</street>"), Verdict::Rejected);
        assert_ne!(c("<customer name=\"", "Bertha Pauli", "\">"), Verdict::Rejected, "a key that names a person");
        assert_eq!(script(&Candidate { value: "新宿区", before: "<city>", after: "</city>" }), Verdict::Rejected);
        assert_ne!(c("I want to add ", "Irenke Sörös", " as a beneficiary"), Verdict::Rejected, "`as`, the English word");
        assert_ne!(c("Dear ", "John Smith", ","), Verdict::Rejected);
    }

    #[test]
    fn inverted_names() {
        let i = |s| inverted(&Candidate::bare(s));
        assert_eq!(i("Castillo, Franco"), Verdict::Confirmed);
        assert_eq!(i("Martineau, J."), Verdict::Likely);
        assert_eq!(i("Taylor, Nguyen"), Verdict::Unknown);
        assert_eq!(i("Monday, Smith"), Verdict::Rejected);
        assert_eq!(inverted(&Candidate { value: "Lewis, Harrison", before: "by ", after: " and Scott PLC" }), Verdict::Rejected);
    }

    #[test]
    fn names_in_other_scripts() {
        let s = |v| script(&Candidate::bare(v));
        assert_eq!(s("黃明哲"), Verdict::Likely);
        assert_eq!(s("山田 太郎"), Verdict::Confirmed);
        assert_eq!(s("김민준"), Verdict::Likely);
        assert_eq!(s("住所"), Verdict::Rejected, "a dictionary word");
        assert_ne!(s("דוד כהן"), Verdict::Rejected);
    }

    #[test]
    fn loose_names_where_the_layout_says_so() {
        let l = |before, value| loose(&Candidate { value, before, after: "" });
        assert_eq!(l("customer_name=\"", "Maria Gonzalez"), Verdict::Confirmed);
        assert_eq!(l("name=", "DataNode"), Verdict::Rejected);
        assert_eq!(l("thread name: ", "main"), Verdict::Rejected);
        assert_eq!(l("file name: ", "Report"), Verdict::Rejected);
        assert_eq!(l("display_name: ", "山田 太郎"), Verdict::Confirmed);
        assert_eq!(l("name=", "Customer Service"), Verdict::Rejected);
        assert_eq!(l("[11:47] ", "Lucas"), Verdict::Likely);
    }

    #[test]
    fn given_names_alone() {
        let g = |v| given_alone(&Candidate::bare(v));
        assert_eq!(g("Patrick"), Verdict::Likely);
        assert_eq!(g("geraldine"), Verdict::Likely);
        assert_eq!(g("there"), Verdict::Rejected);
        assert_eq!(g("Monday"), Verdict::Rejected);
    }

    #[test]
    fn japanese_names() {
        let j = |s| japanese(&Candidate::bare(s));
        assert_eq!(j("藤田 陽一"), Verdict::Confirmed);
        assert_eq!(j("村上 あすか"), Verdict::Confirmed);
        assert_eq!(j("分割 意図"), Verdict::Rejected);
    }
}
